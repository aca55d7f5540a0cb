"""The Dash app: ``create_app(store)`` builds it; nothing is loaded at import.

>>> from dashboard.store import Store  # doctest: +SKIP
>>> create_app(Store("data/timeline.sqlite")).run(port=8050)  # doctest: +SKIP
"""

from dashboard.app.factory import create_app

__all__ = ["create_app"]
