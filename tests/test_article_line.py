"""The detail panel names each quote's article (a crawl keeps no title: its file's name) and links
to the original only when its address is a web page's."""

from __future__ import annotations

import datetime as dt
import json

import plotly

from dashboard.app.views import detail_sources
from dashboard.model import Certainty, Document, Event, Mention

DAY = dt.date(2010, 7, 15)
SENTENCE = "The flow ended on 15 July, when BP closed a new cap."


def _panel(document: Document) -> str:
    at = SENTENCE.index("15 July")
    mention = Mention(
        document.id, "BBC", "15 July", SENTENCE, "2010-07-15", DAY, DAY, Certainty.EXACT,
        at, at + 7, dt.date(2010, 8, 3),
    )  # fmt: skip
    event = Event("e-1", "The flow ended", DAY, DAY, Certainty.EXACT, (mention,))
    tree = detail_sources(event, {document.id: document})
    return json.dumps(tree, cls=plotly.utils.PlotlyJSONEncoder)


def _document(title: str = "", url: str = "", path: str = "") -> Document:
    return Document("d" * 16, "BBC", title, SENTENCE, dt.date(2010, 8, 3), url=url, path=path)


def test_an_article_without_a_title_is_named_by_its_file():
    panel = _panel(_document(path="../stories/bpoil/articles/bbc-100.txt"))
    assert "Article: bbc-100.txt" in panel
    assert '"Article: "' not in panel


def test_a_web_address_is_a_link_to_the_original():
    panel = _panel(_document(title="Cap holds", url="https://www.bbc.co.uk/news/10651262"))
    assert "Article: Cap holds" in panel
    assert '"href": "https://www.bbc.co.uk/news/10651262"' in panel
    assert "noopener noreferrer" in panel


def test_no_link_for_an_address_of_another_scheme():
    panel = _panel(_document(url="javascript:alert(1)"))
    assert "href" not in panel
    assert "Article: javascript:alert(1)" in panel  # shown as text, never followed
