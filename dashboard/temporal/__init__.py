"""The temporal tagger: find time expressions and anchor them to the calendar.

>>> import datetime as dt
>>> from dashboard.temporal import tag
>>> [t.value for t in tag("Talks on Thursday.", dt.date(2025, 5, 7))]
['2025-05-08']

Recognise, then resolve: :mod:`.rules` (a table of named patterns over the word tables of
:mod:`.lexicon`) finds spans and describes them (:class:`.expression.Expression`);
:func:`.resolve.resolve` places each description relative to the anchor. :mod:`.tagger` runs the
scan; its docstring states the conventions (disjunctions, "later this year").
"""

from dashboard.temporal.tagger import tag
from dashboard.temporal.types import Grain, Timex, TimexType

__all__ = ["Grain", "Timex", "TimexType", "tag"]
