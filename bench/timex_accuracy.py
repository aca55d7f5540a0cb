"""Tagger accuracy on TimeBank + AQUAINT (TempEval-3 training data), scored TempEval-3 style.

``python -m bench.timex_accuracy`` converts ``/work/shared/data/timebank/train.jsonl`` to the
``tag --jsonl`` input (id = doc_id, anchor = dct), runs ``python -m dashboard tag --jsonl`` as a
real subprocess, writes the predictions under ``bench/output/``, and scores them with
``/work/shared/tools/score_timex.py`` three times: all documents, the TimeBank part and the
AQUAINT part (ids APW/NYT/XIE), the latter a check that rules tuned on one collection carry over.
Misses, spurious spans and wrong values go to ``bench/output/timex_errors.txt``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
GOLD = SHARED / "data" / "timebank" / "train.jsonl"
SCORER = SHARED / "tools" / "score_timex.py"
OUTPUT = ROOT / "bench" / "output"
AQUAINT_PREFIXES = ("APW", "NYT", "XIE")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )


def score(gold: Path, pred: Path, label: str, errors_to: Path | None = None) -> dict:
    """Score ``pred`` against ``gold`` with the shared scorer, print its table, return its figures.

    With ``errors_to``, every miss, spurious span and wrong value is written there, one per line.
    """
    args = [sys.executable, str(SCORER), str(gold), str(pred)]
    if errors_to:
        args += ["--errors", "100000"]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    figures = json.loads(lines[-1])
    if errors_to:
        errors_to.write_text(
            "\n".join(line for line in lines[:-1] if line.startswith("  ") and ":" in line) + "\n",
            encoding="utf-8",
        )
    print(f"\n--- {label}: {figures['docs']} documents ---")
    print(
        "\n".join(
            line for line in lines[:-1] if not line.startswith(("  MATCH", "  MISS", "  SPUR"))
        )
    )
    return figures


def tag_corpus(docs: list[dict], name: str) -> list[dict] | None:
    """Tag gold documents through the real ``tag --jsonl`` CLI; prediction rows, or None on failure.

    The request and the predictions are kept under ``bench/output/`` as ``{name}_input.jsonl`` and
    ``{name}_predictions.jsonl``.
    """
    request = OUTPUT / f"{name}_input.jsonl"
    write_jsonl(request, [{"id": d["doc_id"], "text": d["text"], "anchor": d["dct"]} for d in docs])
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "tag", "--jsonl", str(request)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if result.returncode != 0:
        print(f"tag --jsonl failed (exit {result.returncode}):\n{result.stderr}")
        return None
    predictions = [json.loads(line) for line in result.stdout.splitlines()]
    pred_rows = [{"doc_id": p["id"], "timexes": p["timexes"]} for p in predictions]
    write_jsonl(OUTPUT / f"{name}_predictions.jsonl", pred_rows)
    return pred_rows


def main() -> int:
    if not GOLD.exists() or not SCORER.exists():
        print(f"timex_accuracy: {GOLD} or {SCORER} is absent; nothing to measure on this machine.")
        return 0
    OUTPUT.mkdir(parents=True, exist_ok=True)
    docs = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    pred_rows = tag_corpus(docs, "timebank")
    if pred_rows is None:
        return 1
    pred_path = OUTPUT / "timebank_predictions.jsonl"

    def is_aquaint(doc_id: str) -> bool:
        return doc_id.startswith(AQUAINT_PREFIXES)

    splits = {}
    for name, keep in (("timebank", lambda i: not is_aquaint(i)), ("aquaint", is_aquaint)):
        gold_part, pred_part = OUTPUT / f"gold_{name}.jsonl", OUTPUT / f"pred_{name}.jsonl"
        write_jsonl(gold_part, [d for d in docs if keep(d["doc_id"])])
        write_jsonl(pred_part, [p for p in pred_rows if keep(p["doc_id"])])
        splits[name] = (gold_part, pred_part)
    overall = score(
        GOLD, pred_path, "all (TimeBank + AQUAINT)", errors_to=OUTPUT / "timex_errors.txt"
    )
    for name, (gold_part, pred_part) in splits.items():
        score(gold_part, pred_part, name)
    print(
        f"\nsummary: strict F1 {overall['strict_f1']:.3f}  relaxed F1 {overall['relaxed_f1']:.3f}  "
        f"value F1 {overall['value_f1']:.3f}  (targets 0.85 / 0.92 / 0.85)"
    )
    print(f"errors written to {OUTPUT / 'timex_errors.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
