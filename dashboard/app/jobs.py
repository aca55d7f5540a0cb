"""Long work off the request thread: a small, thread-safe registry of background jobs.

Adding a large article takes seconds (about 2 s per MB of text to tag and label). A request that
waited for it would hold a server thread and leave the page without word; instead the callback
starts a job and returns at once, and the page polls :meth:`Jobs.status` (a ``dcc.Interval``)
to show what the job is doing until it is done.

Jobs run one at a time on one worker thread (they write to the store, where writes queue anyway;
one thread also means one SQLite connection for all of them).

>>> jobs = Jobs()
>>> job = jobs.start(lambda progress: progress("halfway") or "finished")
>>> jobs.wait(job).state, jobs.status(job).result
('done', 'finished')
>>> jobs.status("no such job") is None
True
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

KEEP = 50  # finished jobs kept for their pages to read; older ones are forgotten


@dataclass(frozen=True)
class JobStatus:
    """Where a job is: ``state`` is queued, running, done or failed; ``step`` what it is doing
    (its last progress report); ``result`` its return value, ``error`` the failure's text."""

    state: str
    step: str = ""
    started: float = 0.0
    finished: float | None = None
    result: Any = None
    error: str = ""

    @property
    def over(self) -> bool:
        return self.state in ("done", "failed")

    def seconds(self, now: float | None = None) -> float:
        end = self.finished if self.finished is not None else (now or time.monotonic())
        return max(end - self.started, 0.0)


class Jobs:
    """Start work in the background, read its status by id."""

    def __init__(self, *, keep: int = KEEP) -> None:
        self._lock = threading.Lock()
        self._status: OrderedDict[str, JobStatus] = OrderedDict()
        self._done: dict[str, threading.Event] = {}
        self._keep = keep
        self._ids = itertools.count(1)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="job")

    def start(self, work: Callable[[Callable[[str], None]], Any]) -> str:
        """Queue ``work(progress)`` and return its id; ``work`` calls ``progress(step)`` to say
        what it is doing. An exception in it makes the job failed, with the exception's text."""
        job = f"job-{next(self._ids)}-{time.monotonic_ns() % 1_000_000}"
        with self._lock:
            self._status[job] = JobStatus("queued", "waiting for the job before it")
            self._done[job] = threading.Event()
            self._forget_old()
        self._worker.submit(self._run, job, work)
        return job

    def status(self, job: Any) -> JobStatus | None:
        """The job's status, or None for an id that is not (or no longer) known."""
        if not isinstance(job, str):
            return None
        with self._lock:
            return self._status.get(job)

    def wait(self, job: str, timeout: float | None = None) -> JobStatus | None:
        """Block until the job is over (for tests and scripts)."""
        with self._lock:
            done = self._done.get(job)
        if done is not None:
            done.wait(timeout)
        return self.status(job)

    def _run(self, job: str, work: Callable[[Callable[[str], None]], Any]) -> None:
        self._update(job, state="running", step="starting", started=time.monotonic())
        try:
            result = work(lambda step: self._update(job, step=step))
        except Exception as error:  # the job's own failure, reported to its page
            self._update(job, state="failed", error=str(error), finished=time.monotonic())
        else:
            self._update(job, state="done", result=result, finished=time.monotonic())
        finally:
            with self._lock:
                done = self._done.get(job)
            if done is not None:
                done.set()

    def _update(self, job: str, **changes: Any) -> None:
        with self._lock:
            if job in self._status:
                self._status[job] = replace(self._status[job], **changes)

    def _forget_old(self) -> None:
        while len(self._status) > self._keep:
            oldest = next(iter(self._status))
            if not self._status[oldest].over:
                break
            del self._status[oldest]
            self._done.pop(oldest, None)
