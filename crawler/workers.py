"""Extraction worker processes that survive the death of one of them.

A worker can die under a crawl (the OOM killer on a heavy page, a crash in a
C extension). A plain ``ProcessPoolExecutor`` is then broken for good: every
later page fails with ``BrokenProcessPool`` and the crawl stores nothing more.
:class:`WorkerPool` replaces a broken pool with a fresh one and runs the jobs
the dead pool held once more; a job whose second run kills a worker too is
given up with :data:`WORKER_DIED`, and the crawl goes on. The deaths are
counted so the run record and the exit code can say so.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any

from crawler.outcomes import Failed

logger = logging.getLogger(__name__)

WORKER_PARENT_POLL_SECONDS = 1.0
ATTEMPTS = 2  # a job is run at most this often when its worker dies under it
WORKER_DIED = "extraction worker died twice on this page (killed, or out of memory)"


class WorkerDied(Exception):
    """A job's worker process died on every attempt."""

    key = Failed.WORKER_DIED  # what a run record counts the page under


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: exit when the crawl process is gone (even SIGKILLed),
    instead of lingering as an orphan waiting for work that never comes."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WORKER_PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


class WorkerPool:
    """A process pool that replaces itself when a worker dies.

    "spawn": a fresh interpreter per worker, so no Twisted reactor or SQLite
    connection is inherited from the crawl process.
    """

    def __init__(self, workers: int):
        self.workers = workers
        self.deaths = 0  # pools found broken (each: at least one worker died)
        self.retried = 0  # jobs run again after their pool broke
        self.given_up = 0  # jobs failed with WORKER_DIED
        self._pool = self._new_pool()
        self._closed = False

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=get_context("spawn"),
                                   initializer=_exit_with_parent, initargs=(os.getpid(),))

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Put a fresh pool in place of `broken`, once however many jobs saw it break."""
        if self._pool is not broken or self._closed:
            return
        self.deaths += 1
        logger.error("an extraction worker died; starting new workers and running the "
                     "pages it held once more")
        broken.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(*args) in a worker; raises WorkerDied when its worker dies on every attempt."""
        for attempt in range(1, ATTEMPTS + 1):
            pool = self._pool
            try:
                return await asyncio.wrap_future(pool.submit(fn, *args))
            except BrokenProcessPool:
                self._replace(pool)
                if attempt < ATTEMPTS:
                    self.retried += 1
        self.given_up += 1
        raise WorkerDied(WORKER_DIED)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def pids(self) -> list[int]:
        """The worker processes now running (for tests and drills)."""
        return list(getattr(self._pool, "_processes", None) or {})


def make_worker_pool(workers: int) -> WorkerPool | None:
    """Worker processes for extraction (None: extract in the crawl process)."""
    return WorkerPool(workers) if workers > 0 else None
