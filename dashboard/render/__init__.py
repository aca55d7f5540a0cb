"""Events -> pictures: the figure (``figure``), export looks (``presets``), one look per source
(``styles``) and the value every renderer takes (``view``)."""
