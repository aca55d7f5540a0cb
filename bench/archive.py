"""Archive benchmark: ingest on 1 and 2 Dask workers, on an external cluster, at 1x-10x, and
adding 10 articles to the 10x store.

``python -m bench.archive [--sizes 1,2,4,10] [--check]``. Reads the three stories of
``../shared/data/stories/`` (1,884 articles; says so and stops when they are absent) into one JSON
Lines file; the Kx archive is K copies of it, copy k's articles with " (Archive copy k.)" added at
the end, so each copy has its own content hash (a new id) and the same dates and words (a sentence
with no date adds no mention). Each ingest runs in a child process into a new store; the bench
samples the resident memory of that process and of every Dask process it uses (workers, nanny,
scheduler) every 0.1 s and reports the peak of their sum.

- 1x with a local cluster of 1 and of 2 workers (``--workers``), and through ``dask scheduler`` +
  two ``dask worker`` processes on 127.0.0.1 started here (``--scheduler``);
- 2x, 4x, 10x with 2 local workers: articles/s and peak memory;
- 10 new articles (copy 10 of ten articles) added to the 10x store by the real command in a new
  process (``python -m dashboard ingest extra.jsonl --db …``), timed from outside; with
  ``--check`` the same 10 are added to a copy of the store with a full merge and the events are
  compared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ("bpoil", "MJ", "haiti")


def stories_path() -> Path | None:
    for base in (ROOT.parent / "shared", ROOT / ".." / "shared", Path("../shared")):
        path = base / "data" / "stories"
        if all((path / s / "articles").is_dir() for s in STORIES):
            return path
    return None


def write_archive(rows: list[dict], copies: int, path: Path, first_copy: int = 0) -> int:
    with path.open("w", encoding="utf-8") as f:
        for k in range(first_copy, first_copy + copies):
            for row in rows:
                text = row["text"] if k == 0 else f"{row['text']}\n\n(Archive copy {k}.)"
                f.write(json.dumps({**row, "text": text}) + "\n")
    return len(rows) * copies


class PeakMemory:
    """Samples the summed RSS of some processes and their children."""

    def __init__(self, pids: list[int]) -> None:
        import psutil

        self.psutil = psutil
        self.pids = pids
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in list(self.pids):
                try:
                    root = self.psutil.Process(pid)
                    for p in [root, *root.children(recursive=True)]:
                        total += p.memory_info().rss
                except self.psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            time.sleep(0.1)


def run_child(args: list[str], watch: list[int] | None = None) -> tuple[dict, float, float]:
    """Run ``python -m bench.archive --child ARGS``; (its JSON result, wall seconds, peak MB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.archive", "--child", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    with PeakMemory([child.pid, *(watch or [])]) as memory:
        out, _ = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"child failed ({child.returncode}): {args}")
    return json.loads(out.strip().splitlines()[-1]), wall, memory.peak / 1e6


def child(jsonl: str, db: str, workers: str, scheduler: str, incremental: str) -> None:
    """In the child: read the archive, ingest it, print timings as one JSON line."""
    import contextlib

    from dashboard.ingest.archive import stream_documents
    from dashboard.parallel import InProcess, dask_extractor
    from dashboard.timeline import ingest, open_store

    started = time.perf_counter()
    problems: list = []
    documents = list(stream_documents([Path(jsonl)], problems))
    read = time.perf_counter()
    n = int(workers)
    if scheduler:
        cluster = dask_extractor(scheduler=scheduler)
    elif n:
        cluster = dask_extractor(workers=n, release=True)
    else:
        cluster = contextlib.nullcontext(InProcess())
    with cluster as extractor:
        up = time.perf_counter()
        with open_store(db) as store:
            report = ingest(store, documents, extractor=extractor, incremental=incremental == "1")
            events = report.event_count
    ended = time.perf_counter()
    print(
        json.dumps(
            {
                "documents": len(report.added),
                "events": events,
                "input": read - started,
                "cluster": up - read,
                "ingest": ended - up,
                "total": ended - started,
                "own_cpu": time.process_time(),  # this process alone: what the workers cannot share
                **report.timings,
            }
        )
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def external_cluster(workers: int) -> tuple[str, list[subprocess.Popen]]:
    """``dask scheduler`` and ``workers`` ``dask worker`` processes on 127.0.0.1, up and ready."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dask = str(Path(sys.executable).parent / "dask")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    processes = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            **quiet,
        )
    ]
    for _ in range(workers):
        processes.append(
            subprocess.Popen(
                [
                    dask,
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    "--no-dashboard",
                ],
                **quiet,
            )
        )
    deadline = time.monotonic() + 60
    while True:
        try:
            with Client(address, timeout="5s") as client:
                client.wait_for_workers(workers, timeout=max(1, deadline - time.monotonic()))
            return address, processes
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                stop(processes)
                raise
            time.sleep(0.5)


def stop(processes: list[subprocess.Popen]) -> None:
    for p in reversed(processes):
        p.terminate()
    for p in processes:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def line(name: str, result: dict, wall: float, peak: float) -> str:
    n = result["documents"]
    return (
        f"  {name:<34} {n:>6} articles  extract {result['extract']:6.1f} s "
        f"({n / result['extract']:5.1f}/s)  end to end {result['total']:6.1f} s "
        f"({n / result['total']:5.1f}/s)  merge {result.get('merge', 0):5.1f} s  "
        f"own CPU {result.get('own_cpu', 0):5.1f} s  "
        f"peak {peak:6.0f} MB  [{result['events']} events; load {os.getloadavg()[0]:.1f}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.archive")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="1,2,4,10", help="archive sizes (copies) to ingest")
    parser.add_argument("--check", action="store_true", help="compare the 10 added incrementally")
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    stories = stories_path()
    if stories is None:
        print("../shared/data/stories not found (bpoil, MJ, haiti); nothing to measure.")
        return
    from dashboard.ingest.archive import read_documents

    report = read_documents([stories / s / "articles" for s in STORIES])
    rows = [
        {
            "text": d.text,
            "source": d.source,
            "published": d.published.isoformat() if d.published else None,
            "title": d.title,
            "url": d.url,
        }
        for d in report.documents
    ]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(
        f"stories: {len(rows)} articles from {stories}; {os.cpu_count()} cores; load average "
        f"{os.getloadavg()[0]:.1f} (other work on the machine slows every figure)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one = work / "1x.jsonl"
        write_archive(rows, 1, one)
        results = {}
        for name, workers, scheduler in (
            ("1x, 1 local worker", "1", ""),
            ("1x, 2 local workers", "2", ""),
        ):
            result, wall, peak = run_child(
                [str(one), str(work / f"w{workers}.sqlite"), workers, scheduler, "1"]
            )
            results[workers] = result
            print(line(name, result, wall, peak), flush=True)
        speedup = results["1"]["extract"] / results["2"]["extract"]
        speedup_total = results["1"]["total"] / results["2"]["total"]
        rate = results["2"]["documents"] / results["2"]["extract"]
        print(
            f"  2 workers vs 1: extraction {speedup:.2f}x, end to end {speedup_total:.2f}x "
            f"(target 1.7x); {rate:.0f} articles/s extracted with 2 (target 100)",
            flush=True,
        )
        address, processes = external_cluster(2)
        try:
            result, wall, peak = run_child(
                [str(one), str(work / "ext.sqlite"), "0", address, "1"],
                watch=[p.pid for p in processes],
            )
        finally:
            stop(processes)
        print(line("1x, dask scheduler + 2 dask workers", result, wall, peak), flush=True)
        for size in sizes:
            if size == 1:
                continue
            path = work / f"{size}x.jsonl"
            write_archive(rows, size, path)
            db = work / f"{size}x.sqlite"
            result, wall, peak = run_child([str(path), str(db), "2", "", "1"])
            print(line(f"{size}x, 2 local workers", result, wall, peak), flush=True)
            path.unlink()
        biggest = max(sizes)
        db = work / f"{biggest}x.sqlite"
        if biggest > 1 and db.exists():
            add_ten(rows, biggest, db, work, args.check)


def add_ten(rows: list[dict], size: int, db: Path, work: Path, check: bool) -> None:
    import random

    extra = work / "extra.jsonl"
    chosen = random.Random(16).sample(rows, 10)
    write_archive(chosen, 1, extra, first_copy=size)
    if check:
        shutil.copy(db, work / "full.sqlite")
        shutil.copy(db, work / "inc.sqlite")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(extra), "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    print(f"  add 10 articles to the {size}x store (a new process, the real command): {wall:.1f} s")
    print(f"    {done.stdout.strip()} {done.stderr.strip()[-300:]}")
    if not check:
        return
    from dashboard.timeline import open_store

    result, wall_inc, _ = run_child([str(extra), str(work / "inc.sqlite"), "0", "", "1"])
    stages = ", ".join(
        f"{name} {result[name]:.2f} s"
        for name in ("input", "cluster", "extract", "region", "read", "merge", "score", "write")
        if name in result
    )
    print(
        f"    the same 10 in a child process: {wall_inc:.1f} s; {stages}; "
        f"{result.get('region_events', 0):.0f} events in the region, "
        f"{result.get('changed_events', 0):.0f} of them changed [load {os.getloadavg()[0]:.1f}]"
    )
    (work / "inc.sqlite").unlink()
    result, wall_full, _ = run_child([str(extra), str(work / "full.sqlite"), "0", "", "0"])
    print(
        f"    the same 10 with a full merge instead: {wall_full:.1f} s (merge {result['merge']:.1f} s)"
    )
    with open_store(db) as a, open_store(work / "full.sqlite") as b:
        left, right = snapshot(a), snapshot(b)
    differ = len(set(left) ^ set(right))
    print(
        f"    incremental vs full merge: {len(left)} vs {len(right)} events, "
        f"{differ} differing (ids, dates, labels, sources, mentions)"
    )


def snapshot(store) -> list[tuple]:
    return [
        (
            e.id,
            e.start,
            e.end,
            e.label,
            tuple(e.sources),
            e.disagreement,
            tuple(sorted((m.document_id, m.timex_start) for m in e.mentions)),
        )
        for e in store.events()
    ]


if __name__ == "__main__":
    main()
