"""A reported claim is shown as its claimant's, as reported by the source, on every "Source:" line:
the hover card, the detail panel, the slide and its speaker notes (issue 10)."""

from __future__ import annotations

import datetime as dt
import json

import plotly

from dashboard.app.views import detail_sources
from dashboard.export.deck import SourceInfo, _body, speaker_notes
from dashboard.model import Certainty, Event, Mention
from dashboard.render.figure import build_figure

DAY = dt.date(2025, 6, 2)
SENTENCE = "Latvian state radio reported that Finland and Estonia signed the accord on Monday."
CLAIM = "Latvian state radio, as reported by Riga Review"


def _event(attributed_to: str) -> Event:
    at = SENTENCE.index("Monday")
    mention = Mention(
        "d" * 16, "Riga Review", "Monday", SENTENCE, "2025-06-02", DAY, DAY, Certainty.EXACT,
        at, at + 6, dt.date(2025, 6, 6), attributed_to=attributed_to,
    )  # fmt: skip
    return Event(
        "e-1", "Finland and Estonia signed the accord", DAY, DAY, Certainty.EXACT, (mention,)
    )


def _cards(figure) -> str:
    return " ".join(t for trace in figure.data for t in (trace.hovertext or ()) if t)


def test_hover_card_names_the_claimant_as_reported():
    assert f"Source: {CLAIM}" in _cards(build_figure([_event("Latvian state radio")]))
    own = _cards(build_figure([_event("")]))
    assert "Source: Riga Review" in own and "as reported by" not in own


def test_detail_panel_names_the_claimant_as_reported():
    tree = json.dumps(
        detail_sources(_event("Latvian state radio"), {}), cls=plotly.utils.PlotlyJSONEncoder
    )
    assert f"Source: {CLAIM}" in tree
    own = json.dumps(detail_sources(_event(""), {}), cls=plotly.utils.PlotlyJSONEncoder)
    assert "as reported by" not in own


def test_slide_and_speaker_notes_name_the_claimant_as_reported():
    event = _event("Latvian state radio")
    (who, _quote) = _body(list(event.mentions), 1, ())
    assert who[0][0] == CLAIM
    info = {
        "Riga Review": SourceInfo("Riga Review", "Baltic Power Plans", dt.date(2025, 6, 6), False)
    }
    notes = speaker_notes(event, info)
    assert f"Source: {CLAIM}." in notes
    assert "as reported by" not in speaker_notes(_event(""), info)


def test_when_a_claimant_spoke_is_no_part_of_who_it_is():
    from dashboard.events.claims import attribution

    assert attribution("Voters disapprove, according to a Fox News poll released Thursday.") == (
        "a Fox News poll"
    )
    assert attribution("Voters disapprove, according to a poll published on Monday.") == "a poll"
