"""Extraction worker processes that survive the death of one of them, with each
page's time and memory bounded.

A worker can die under a crawl (the OOM killer on a heavy page, a crash in a
C extension). A plain ``ProcessPoolExecutor`` is then broken for good: every
later page fails with ``BrokenProcessPool`` and the crawl stores nothing more.
:class:`WorkerPool` replaces a broken pool with a fresh one and runs the jobs
the dead pool held once more; a job whose second run kills a worker too is
given up with :data:`WORKER_DIED`, and the crawl goes on. The deaths are
counted so the run record and the exit code can say so.

Crawled pages are hostile input: one page must not hold a worker for ever or
eat the machine's memory. :class:`PageLimits` bounds each job: a wall-clock
alarm fails a page that takes longer than ``NEWSARCHIVE_PAGE_TIMEOUT`` (the
worker lives on); the worker's address space is capped at
``NEWSARCHIVE_PAGE_MEMORY_MB``, so a greedy page gets ``MemoryError`` (failed
with that reason) instead of the OOM killer's attention; and a CPU-time limit
a little above the time limit kills a worker stuck in C code where the alarm
cannot interrupt it (the dead-worker path above then retries it once and fails
it). Both reasons name the setting to raise.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from types import FrameType
from typing import Any

from crawler.outcomes import Failed

logger = logging.getLogger(__name__)

WORKER_PARENT_POLL_SECONDS = 1.0
ATTEMPTS = 2  # a job is run at most this often when its worker dies under it
WORKER_DIED = ("extraction worker died twice on this page (killed, out of memory, or over "
               "its CPU time limit, NEWSARCHIVE_PAGE_TIMEOUT)")
CPU_GRACE_SECONDS = 10  # CPU time past the page's time limit before the kernel kills it
MB = 1024 * 1024


class WorkerDied(Exception):
    """A job's worker process died on every attempt."""

    key = Failed.WORKER_DIED  # what a run record counts the page under


class PageLimitExceeded(BaseException):  # noqa: N818 - the name says what happened
    """A job went over a page limit: its message is the page's failure reason.

    A BaseException, so that no ``except Exception`` in extraction code can
    swallow the alarm and go on with the page.
    """

    key: str = Failed.EXTRACTION_FAILED


class OverTimeLimit(PageLimitExceeded):  # noqa: N818
    key = Failed.OVER_TIME_LIMIT


class OverMemoryLimit(PageLimitExceeded):  # noqa: N818
    key = Failed.OVER_MEMORY_LIMIT


@dataclass(frozen=True)
class PageLimits:
    """Bounds on one page's extraction (0: unbounded); from the settings named."""

    seconds: float = 60.0  # NEWSARCHIVE_PAGE_TIMEOUT: wall-clock time per page
    memory_mb: int = 1024  # NEWSARCHIVE_PAGE_MEMORY_MB: a worker's address space
    cpu_grace: float = CPU_GRACE_SECONDS  # CPU seconds past `seconds` before a kill

    @classmethod
    def from_settings(cls, settings: Any) -> PageLimits:
        return cls(seconds=max(0.0, settings.getfloat("NEWSARCHIVE_PAGE_TIMEOUT", cls.seconds)),
                   memory_mb=max(0, settings.getint("NEWSARCHIVE_PAGE_MEMORY_MB",
                                                    cls.memory_mb)))

    def time_reason(self) -> str:
        return (f"extraction over its time limit: longer than {self.seconds:g} s "
                "(NEWSARCHIVE_PAGE_TIMEOUT)")

    def memory_reason(self) -> str:
        return (f"extraction over its memory limit: more than {self.memory_mb} MB "
                "(NEWSARCHIVE_PAGE_MEMORY_MB)")


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: exit when the crawl process is gone (even SIGKILLed),
    instead of lingering as an orphan waiting for work that never comes."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WORKER_PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _init_worker(parent: int, limits: PageLimits) -> None:
    """Worker initializer: follow the parent, cap the address space, dump no core."""
    _exit_with_parent(parent)
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (0, hard))  # killed over CPU: no core file
    if limits.memory_mb:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = limits.memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS,
                           (want if hard == resource.RLIM_INFINITY else min(want, hard), hard))


def _bounded(limits: PageLimits, fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a worker within `limits`; PageLimitExceeded names the one it broke."""
    if not limits.seconds:
        try:
            return fn(*args)
        except MemoryError:
            raise OverMemoryLimit(limits.memory_reason()) from None

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise OverTimeLimit(limits.time_reason())

    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    cpu = math.ceil(usage.ru_utime + usage.ru_stime + limits.seconds + limits.cpu_grace)
    if cpu_hard == resource.RLIM_INFINITY or cpu < cpu_hard:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))  # SIGXCPU: the kernel kills
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, limits.seconds)
    try:
        return fn(*args)
    except MemoryError:
        raise OverMemoryLimit(limits.memory_reason()) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_hard, cpu_hard))


class WorkerPool:
    """A process pool that replaces itself when a worker dies.

    "spawn": a fresh interpreter per worker, so no Twisted reactor or SQLite
    connection is inherited from the crawl process.
    """

    def __init__(self, workers: int, limits: PageLimits | None = None):
        self.workers = workers
        self.limits = limits or PageLimits()
        self.deaths = 0  # pools found broken (each: at least one worker died)
        self.retried = 0  # jobs run again after their pool broke
        self.given_up = 0  # jobs failed with WORKER_DIED
        self.over_limit = 0  # jobs failed with PageLimitExceeded (time or memory)
        self._pool = self._new_pool()
        self._closed = False

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=get_context("spawn"),
                                   initializer=_init_worker, initargs=(os.getpid(), self.limits))

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
        """fn(*args) in a worker within the page limits; raises WorkerDied when its worker
        dies on every attempt, PageLimitExceeded when it went over a limit."""
        for attempt in range(1, ATTEMPTS + 1):
            pool = self._pool
            try:
                return await asyncio.wrap_future(pool.submit(_bounded, self.limits, fn, *args))
            except PageLimitExceeded:
                self.over_limit += 1
                raise
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


def make_worker_pool(workers: int, limits: PageLimits | None = None) -> WorkerPool | None:
    """Worker processes for extraction (None: extract in the crawl process, unbounded)."""
    return WorkerPool(workers, limits) if workers > 0 else None
