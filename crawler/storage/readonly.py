"""A read-only view of an archive, for look-ups beside a crawl's writer.

The incremental middleware asks the archive, while the store pipeline writes
it, whether a URL is known; it must never migrate, lock or write the file, so
it gets a connection opened ``mode=ro`` rather than :func:`open_archive`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from crawler.storage.archive import Archive, ArchiveError


def open_read_only(path: str | Path) -> Archive:
    """A read-only view of the archive at `path`: never migrated, never written, for
    look-ups beside a crawl's writer (the incremental middleware). Raises ArchiveError
    when there is no archive to read."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"no archive at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot read {path}: {exc}") from exc
    return Archive(path, sqlite_utils.Database(conn))
