"""News timeline: turn news articles into one interactive timeline.

The package is layered, each layer usable on its own:

- ``dashboard.temporal``: the temporal tagger (``tag(text, anchor)``), pure functions.
- ``dashboard.model``: the immutable values shared by every layer (documents, mentions, events).
- documents, events and the SQLite store; the figure function; the Dash app; exports.
"""

__version__ = "0.1.0"
