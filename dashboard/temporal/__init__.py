"""The temporal tagger: find time expressions and anchor them to the calendar.

>>> import datetime as dt
>>> from dashboard.temporal import tag
>>> [t.value for t in tag("Talks on Thursday.", dt.date(2025, 5, 7))]
['2025-05-08']
"""

from dashboard.temporal.types import Grain, Timex, TimexType

__all__ = ["Grain", "Timex", "TimexType", "tag"]


def tag(text, anchor):  # replaced by the tagger module; see dashboard.temporal.tagger
    from dashboard.temporal.tagger import tag as _tag

    return _tag(text, anchor)
