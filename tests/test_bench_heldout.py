"""The held-out benchmark's reader: TimeML markup to plain text and gold offsets."""

from pathlib import Path

import pytest

from bench.timex_heldout import PLATINUM, gold_document


def test_every_platinum_timex_offset_points_at_its_text() -> None:
    documents = [gold_document(path) for path in sorted(PLATINUM.glob("*.tml"))]
    assert len(documents) == 20
    assert sum(len(d["timexes"]) for d in documents) == 138  # the published test set's count
    for document in documents:
        assert "<" not in document["text"], document["doc_id"]  # no markup left in the text
        for timex in document["timexes"]:
            assert document["text"][timex["start"] : timex["end"]] == timex["text"]
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}


def test_a_file_without_a_body_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tml"
    broken.write_text("<DOCID>x</DOCID>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.tml"):
        gold_document(broken)
