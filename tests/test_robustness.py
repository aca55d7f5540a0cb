"""Faults a reliability and security probe found (issue 14), each reproduced on real files,
real SQLite and the real commands. The HTTP side (Host, Origin, headers, callbacks, threads) is in
test_server_hardening.py."""

from __future__ import annotations

import datetime as dt
import time

from dashboard.events.extract import extract_candidates
from dashboard.ingest.documents import document_from_text
from dashboard.ingest.sentences import MAX_SENTENCE_CHARS, split_sentences

NEWS = "The delegation met on Monday, May 5, 2025 in Moscow to discuss trade. "


def _extract_seconds(megabytes: float) -> float:
    text = NEWS * int(megabytes * 1e6 / len(NEWS))
    doc = document_from_text(text, source="Wire", published=dt.date(2025, 5, 7))
    started = time.process_time()  # CPU time: other work on the machine does not count
    extract_candidates(doc)
    return time.process_time() - started


def test_extraction_is_linear_in_the_article_size():
    _extract_seconds(0.01)  # compiles the tagger's patterns
    small = min(_extract_seconds(0.25) for _ in range(2))
    large = _extract_seconds(1.0)
    # Four times the text: about four times the time. Comparing every time expression with every
    # other made it eight times and more (1 MB took 8-9 s, 1.6 MB 38 s).
    assert large / small < 6, (small, large)


def test_a_text_without_full_stops_is_cut_into_bounded_sentences():
    text = "Aid came on May 5 and " * 2000  # 44,000 characters, one "sentence"
    pieces = split_sentences(text)
    assert len(pieces) > 40
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)  # offsets stay the text's
