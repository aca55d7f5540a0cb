"""Tagger accuracy on text we never tuned on: the TempEval-3 platinum test set.

``python -m bench.timex_heldout`` reads the 20 platinum documents kept in
``bench/data/te3_platinum/`` (news of March 2013; see the README there for source and licence),
turns their inline TIMEX3 markup into the scorer's gold JSONL (plain text, character offsets),
tags the plain text with ``tag --jsonl`` and scores it with the same TempEval-3 style scorer as
``bench.timex_accuracy``. HeidelTime, the best TempEval-3 system, reached value F1 0.776 on this set.

The rules are tuned on TimeBank/AQUAINT only. Nobody reads this set's errors while tuning, so the
figure stays a held-out one; the error list is written (``bench/output/heldout_errors.txt``) for
whoever later decides to spend the set on tuning and replace it with another held-out set.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from bench.timex_accuracy import (
    OUTPUT,
    SCORER,
    score,
    score_heideltime,
    side_by_side,
    tag_corpus,
    write_jsonl,
)

PLATINUM = Path(__file__).resolve().parent / "data" / "te3_platinum"
HEIDELTIME_VALUE_F1 = 0.776

_DCT_VALUE = re.compile(r'<DCT>\s*<TIMEX3\b[^>]*\bvalue="([^"]+)"')
_BODY = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_OTHER_TAG = re.compile(r"</?(?:EVENT|SIGNAL)\b[^>]*>")


def gold_document(path: Path) -> dict:
    """One TimeML file as a scorer gold row: plain text, dct and TIMEX3 spans with offsets."""
    markup = path.read_text(encoding="utf-8")
    dct = _DCT_VALUE.search(markup)
    body = _BODY.search(markup)
    if not dct or not body:
        raise ValueError(f"{path}: no <DCT> value or no <TEXT> body; is it a TimeML file?")
    source = _OTHER_TAG.sub("", body.group(1))
    text_parts: list[str] = []
    timexes: list[dict] = []
    offset = 0
    position = 0
    for match in _TIMEX.finditer(source):
        before = html.unescape(source[position : match.start()])
        inner = html.unescape(match.group(2))
        text_parts += [before, inner]
        start = offset + len(before)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        timexes.append(
            {
                "start": start,
                "end": start + len(inner),
                "text": inner,
                "type": attributes.get("type"),
                "value": attributes.get("value"),
            }
        )
        offset = start + len(inner)
        position = match.end()
    text_parts.append(html.unescape(source[position:]))
    return {
        "doc_id": path.stem,
        "dct": dct.group(1)[:10],
        "text": "".join(text_parts),
        "timexes": timexes,
    }


def main() -> int:
    files = sorted(PLATINUM.glob("*.tml"))
    if not files:
        print(f"timex_heldout: no TimeML files in {PLATINUM}; nothing to measure.")
        return 0
    if not SCORER.exists():
        print(f"timex_heldout: the scorer {SCORER} is absent; nothing to measure on this machine.")
        return 0
    OUTPUT.mkdir(parents=True, exist_ok=True)
    docs = [gold_document(path) for path in files]
    gold_path = OUTPUT / "gold_platinum.jsonl"
    write_jsonl(gold_path, docs)
    if tag_corpus(docs, "platinum") is None:
        return 1
    figures = score(
        gold_path,
        OUTPUT / "platinum_predictions.jsonl",
        "TempEval-3 platinum (held out)",
        errors_to=OUTPUT / "heldout_errors.txt",
    )
    print(
        f"\nsummary (held out, {sum(len(d['timexes']) for d in docs)} gold timexes): "
        f"strict F1 {figures['strict_f1']:.3f}  relaxed F1 {figures['relaxed_f1']:.3f}  "
        f"value F1 {figures['value_f1']:.3f}  (HeidelTime's published figure: {HEIDELTIME_VALUE_F1})"
    )
    side_by_side(figures, score_heideltime(gold_path, "platinum"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
