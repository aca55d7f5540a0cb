"""Export presets: the figure's look (a ``FigureStyle``) plus the pixel size and scale of the image.

- ``slide``: 16:9, 1920×1080 layout pixels at scale 2, so the PNG is 3840×2160. When that picture
  fills a 13.33-inch 16:9 slide, one layout pixel is half a point, so every text is at least 36 px
  (18 pt from the back of a room). Dark, saturated colours that hold on a washed-out projector (the
  first three at clearly different grey levels: 43, 136, 91 of 255), one marker shape per source and
  a black outline on every marker, so sources stay apart in grayscale print by shape as well.
  No range slider or buttons: a picture cannot be dragged.
- ``a4``: a landscape A4 page (297×210 mm = 1123×794 CSS pixels at 96 per inch) for reports; text at
  14 px is 10.5 pt on paper. PDF is vector; PNG at scale 2 (about 190 dpi).
- ``web``: the dashboard's own look (``WEB_STYLE``) at 1400 pixels wide.

>>> PRESETS["slide"].pixel_size
(3840, 2160)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from dashboard.render.figure import WEB_STYLE, FigureStyle

# The dashboard's Okabe-Ito colours made to read on white through a projector (none lighter than
# grey level 140), position by position: a source is the same hue and the same shape on the screen
# and on the slide (see dashboard.render.styles). The first three differ most in grey level.
PROJECTOR_PALETTE = (
    "#08306B",  # blue
    "#D97A00",  # orange, darkened
    "#1B7F4B",  # bluish green
    "#A6206A",  # reddish purple
    "#4C9BD6",  # sky blue
    "#5A5A5A",  # black, as a dark grey that stays apart from the black outline
    "#8C6D00",  # olive
    "#7A1B45",  # wine
)

SLIDE: FigureStyle = replace(
    WEB_STYLE,
    width=1920,
    height=1080,
    grow_height=False,
    font_size=36,
    title_size=48,
    label_size=36,
    note_size=36,
    hover_size=36,
    palette=PROJECTOR_PALETTE,
    marker_size=34,
    marker_line_colour="#000000",
    source_offset=0.3,
    lane_height=90,  # also how far above its event a note is drawn: clear of the label
    label_char_width=0.52,  # DejaVu Sans runs about half an em per character
    text_colour="#000000",
    grid_colour="#d0d0d0",
    range_colour="#333333",
    approximate_colour="#666666",
    approximate_opacity=0.3,
    note_max_chars=30,
    show_rangeslider=False,
    show_view_buttons=False,
    labels_flip_at_edge=True,  # the axis ends at the last event, not at the end of its label
    webgl_threshold=1_000_000,  # a picture gains nothing from WebGL, and software GL is slow
    aggregate_threshold=150,  # past this, a slide shows counts per period: labels would not read
    aggregate_max_bins=60,  # bars wide enough to see from the back of the room
    margin=(90, 60, 150, 90),  # left: room for half of the first date under the axis
)

A4: FigureStyle = replace(
    WEB_STYLE,
    width=1123,
    height=794,
    grow_height=False,
    font_size=14,
    title_size=22,
    label_size=14,
    note_size=13,
    palette=PROJECTOR_PALETTE,
    marker_size=14,
    marker_line_colour="#000000",
    text_colour="#000000",
    lane_height=30,
    label_char_width=0.52,
    show_rangeslider=False,
    show_view_buttons=False,
    webgl_threshold=1_000_000,
    aggregate_threshold=400,
    aggregate_max_bins=120,
    margin=(30, 30, 80, 50),
)

WEB: FigureStyle = replace(WEB_STYLE, width=1400)


@dataclass(frozen=True)
class Preset:
    """A named export look: the figure style and the image size (layout pixels × scale)."""

    name: str
    style: FigureStyle
    scale: float
    description: str

    @property
    def width(self) -> int:
        """Layout width in CSS pixels (the PDF/SVG size; the PNG is ``scale`` times larger)."""
        return self.style.width or 1400

    @property
    def height(self) -> int:
        return self.style.height

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The PNG's size in pixels."""
        return round(self.width * self.scale), round(self.height * self.scale)


PRESETS: Mapping[str, Preset] = {
    "slide": Preset("slide", SLIDE, 2, "16:9 slide, 1920×1080 at scale 2 (PNG 3840×2160)"),
    "a4": Preset("a4", A4, 2, "landscape A4 page, 297×210 mm (1123×794 px; PNG at scale 2)"),
    "web": Preset("web", WEB, 1, "the dashboard's look, 1400 px wide"),
}


def get_preset(preset: Preset | str) -> Preset:
    """A preset by name (``slide``, ``a4``, ``web``), or the preset itself.

    >>> get_preset("a4").style.width
    1123
    """
    if isinstance(preset, Preset):
        return preset
    try:
        return PRESETS[preset.lower()]
    except KeyError:
        raise ValueError(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}.") from None
