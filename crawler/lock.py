"""One writer per archive: a crawl holds an exclusive lock on ``<archive>.lock``.

cron or a systemd timer may start a run while the last one still works (a
slow site, a long backfill). Two writers would fight over the archive, so the
second run exits at once with a clear message. The lock is an ``flock`` on a
file beside the archive: the kernel drops it when the process dies, even by
SIGKILL, so a killed crawl never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class ArchiveBusyError(Exception):
    """Another process is crawling into this archive."""


@contextmanager
def writer_lock(db: str | Path) -> Iterator[None]:
    path = Path(f"{db}.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "?"
            raise ArchiveBusyError(f"another crawl is writing to {db} ({holder}); "
                                   "this run exits without crawling") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
                  .encode(), 0)
        yield
    finally:
        os.close(fd)  # closing drops the lock
