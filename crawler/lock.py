"""One writer per archive: every command that writes holds ``<archive>.lock``.

cron or a systemd timer may start a run while the last one still works (a
slow site, a long backfill), and a person may run ``reextract`` or ``import``
meanwhile. Two writers would fight over the archive (one of them failing
with "database is locked" mid-run), so the second exits at once with a
clear message naming the holder. The lock is taken before the first write,
the schema's creation and migration included. It is an ``flock`` on a file
beside the archive: the kernel drops it when the process dies, even by
SIGKILL, so a killed crawl never leaves a stale lock behind. Readers take
no lock: SQLite's WAL lets them read while one process writes.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class ArchiveBusyError(Exception):
    """Another process is writing to this archive."""


class LockFileError(Exception):
    """The lock file beside the archive cannot be made (a missing or read-only folder)."""


class _Held:
    """The locks this process holds, by lock file, with how often each is joined:
    a crawl holding its archive's lock may open (and migrate) that archive."""

    counts: dict[str, int] = {}  # noqa: RUF012 - per process, by design


def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.lock")


@contextmanager
def writer_lock(db: str | Path, what: str = "crawl", *, join: bool = False) -> Iterator[None]:
    """Hold the archive's writer lock for `what` (a command name, told to the others).

    Raises ArchiveBusyError naming the holder when another holds it, and
    LockFileError when the lock file cannot be made. With `join`, a lock this
    process already holds is joined (a command's own schema update); without,
    a second command in one process is refused as another process would be.
    """
    path = lock_path(db)
    key = os.path.realpath(path)
    if join and _Held.counts.get(key):
        _Held.counts[key] += 1
        try:
            yield
        finally:
            _Held.counts[key] -= 1
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LockFileError(f"cannot write to {db}: its lock file {path} cannot be made "
                            f"({exc.strerror or exc})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "?"
            raise ArchiveBusyError(f"another newsarchive command is writing to {db} "
                                   f"({holder}); this {what} exits without writing") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{what}, pid {os.getpid()}, since {datetime.now(UTC):%Y-%m-%d %H:%M} "
                  "UTC".encode(), 0)
        _Held.counts[key] = 1
        try:
            yield
        finally:
            _Held.counts.pop(key, None)
    finally:
        os.close(fd)  # closing drops the lock
