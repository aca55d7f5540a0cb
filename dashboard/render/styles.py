"""One look per source, everywhere: a source keeps its palette position and marker shape in the
dashboard, every export preset and the deck.

A source's position is the order in which it first appeared in the store (the order documents were
added), so adding an article never recolours the sources already shown; a new source takes the next
position. A preset may draw a position in a projection-safe variant of the colour (its own palette,
aligned position by position), never with a different mapping.

>>> styles = SourceStyles.of(["Nordic Times", "Evening Courier"])
>>> styles.position("Evening Courier"), styles.with_sources(["Wire"]).position("Wire")
(1, 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard.model import Document, Event


@dataclass(frozen=True)
class SourceStyles:
    """The sources in their fixed order; a source's index picks its colour and shape."""

    order: tuple[str, ...] = ()

    @classmethod
    def of(cls, sources: Iterable[str]) -> SourceStyles:
        return cls(tuple(dict.fromkeys(sources)))

    def with_sources(self, sources: Iterable[str]) -> SourceStyles:
        """These styles, with any source not yet known appended (the known keep their place)."""
        known = dict.fromkeys(self.order)
        known.update(dict.fromkeys(sources))
        return SourceStyles(tuple(known))

    def position(self, source: str) -> int:
        """The source's place in the order (an unknown source raises ``ValueError``)."""
        return self.order.index(source)

    def colour(self, source: str, palette: Sequence[str]) -> str:
        return palette[self.position(source) % len(palette)]

    def symbol(self, source: str, symbols: Sequence[str]) -> str:
        return symbols[self.position(source) % len(symbols)]


def source_styles(documents: Iterable[Document], events: Iterable[Event] = ()) -> SourceStyles:
    """The styles of a story: sources by first appearance among ``documents`` (in the order they
    were stored or read), then any source only the events name, in first-mention order.

    >>> from dashboard.model import Document
    >>> docs = [Document("1", "B", "", "", None), Document("2", "A", "", "", None)]
    >>> source_styles(docs).order
    ('B', 'A')
    """
    return SourceStyles.of(d.source for d in documents).with_sources(
        s for e in events for s in e.sources
    )
