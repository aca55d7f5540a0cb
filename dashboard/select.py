"""THE selection: which events a view shows, for the dashboard and every export alike.

``select_events(events, filters)`` is the only filter of events in the product: the chart, the table,
"Export this view", the CLI ``export --sources/--from/--to`` and the deck all call it, so the
picture on the slide is the picture on the screen.

>>> import datetime as dt
>>> from dashboard.model import Certainty, Event, Mention
>>> def mention(source):
...     return Mention("d", source, "x", "x", "x", dt.date(2025, 5, 8), dt.date(2025, 5, 8),
...                    Certainty.EXACT)
>>> both = Event("e", "Talks", dt.date(2025, 5, 8), dt.date(2025, 5, 8), Certainty.EXACT,
...              (mention("A"), mention("B")), disagreement="A and B differ")
>>> [(e.sources, e.disagreement) for e in select_events([both], Filters.of(sources=["a"]))]
[(('A',), None)]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.model import Certainty, Event

__all__ = ["Filters", "select_events"]


@dataclass(frozen=True)
class Filters:
    """What the analyst asked to see. ``None`` means "no restriction".

    Source names match ignoring case: "reuters" selects "Reuters".
    """

    sources: frozenset[str] | None = None
    certainties: frozenset[Certainty] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    include_hidden: bool = False  # the events the analyst hid (dashboard.curation)
    min_sources: int = 0  # events reported by at least this many sources
    min_mentions: int = 0  # ...and mentioned at least this many times

    @classmethod
    def of(
        cls,
        *,
        sources: Iterable[str] | None = None,
        certainties: Iterable[Certainty] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        text: str = "",
        include_hidden: bool = False,
        min_sources: int = 0,
        min_mentions: int = 0,
    ) -> Filters:
        """Filters from plain values (source names in any case, text stripped)."""
        return cls(
            sources=frozenset(sources) if sources is not None else None,
            certainties=frozenset(certainties) if certainties is not None else None,
            date_from=date_from,
            date_to=date_to,
            text=text.strip(),
            include_hidden=include_hidden,
            min_sources=max(int(min_sources or 0), 0),
            min_mentions=max(int(min_mentions or 0), 0),
        )


def _matches_text(event: Event, needle: str) -> bool:
    haystack = [event.label, *(m.sentence for m in event.mentions), *event.sources]
    return any(needle in part.casefold() for part in haystack)


def select_events(events: Iterable[Event], filters: Filters) -> list[Event]:
    """The events the filters let through, in the order given.

    Events the analyst hid are left out unless ``include_hidden``. A source filter also drops
    the other sources' mentions from each kept event, so a hidden source leaves no marker
    behind; a disagreement flag stays only while two sources remain. Dates keep events that
    overlap ``date_from``..``date_to`` (inclusive); text matches the label, the quotes and the
    source names, ignoring case. ``min_sources`` and ``min_mentions`` count what is left after
    the source filter.

    >>> import datetime as dt
    >>> from dashboard.model import Certainty, Event
    >>> lone = Event("e", "Talks", dt.date(2025, 5, 8), dt.date(2025, 5, 8), Certainty.EXACT)
    >>> select_events([lone], Filters.of(min_mentions=1))
    []
    """
    needle = filters.text.casefold()
    wanted = {s.casefold() for s in filters.sources} if filters.sources is not None else None
    kept = []
    for event in events:
        if event.hidden and not filters.include_hidden:
            continue
        if filters.certainties is not None and event.certainty not in filters.certainties:
            continue
        if filters.date_from and event.end < filters.date_from:
            continue
        if filters.date_to and event.start > filters.date_to:
            continue
        if wanted is not None:
            mentions = tuple(m for m in event.mentions if m.source.casefold() in wanted)
            if not mentions:
                continue
            if len(mentions) != len(event.mentions):
                still_disputed = len({m.source for m in mentions}) > 1
                event = dataclasses.replace(
                    event,
                    mentions=mentions,
                    disagreement=event.disagreement if still_disputed else None,
                )
        if len(event.sources) < filters.min_sources or len(event.mentions) < filters.min_mentions:
            continue
        if needle and not _matches_text(event, needle):
            continue
        kept.append(event)
    return kept
