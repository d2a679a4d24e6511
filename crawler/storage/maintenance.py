"""Merging each full-text index into one segment (``newsarchive optimize``).

FTS5 adds a segment to an index at every commit and merges them a few at a
time, so a grown index is a stack of segments (21 in the folded index of a
million articles written in batches), and every word of every query is looked
up in each of them: with the dozens of date tokens of a filtered query, that
look-up is most of a walk. FTS5's 'optimize' merges all of them into one.
It rewrites the index, in one transaction: readers go on (WAL) and an
interrupted run leaves the archive as it was, but the write-ahead log grows to
the index's size until it is checkpointed, after.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from crawler.storage.archive import Archive, ArchiveError, ArchiveWriteError
from crawler.storage.index_reads import INDEXES, index_table


@dataclass
class Merged:
    """One index merged: its segments before and after, and how long it took."""
    table: str
    before: int
    after: int
    seconds: float


def segments(archive: Archive, table: str) -> int:
    """How many segments the index `table` has (its ``%_idx`` rows name them)."""
    table = index_table(table)
    return archive.db.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()[0]


def optimize(archive: Archive, started: Callable[[str, int], None] | None = None
             ) -> list[Merged]:
    """Merge each full-text index into one segment, committing after each; `started`
    hears of each index (its name and segment count) before its merge, which takes
    minutes at a million articles. ArchiveError when the archive cannot be written (a
    read-only file or folder: nothing is changed; a full disk: the index being merged
    stays as it was, one merged before stays merged)."""
    if archive.read_only:
        raise ArchiveError(f"{archive.path} cannot be written (a read-only file or folder); "
                           "optimize rewrites its indexes: run it where the archive can be "
                           "written")
    done = []
    for table in INDEXES:
        before = segments(archive, table)
        if started:
            started(table, before)
        t0 = time.perf_counter()
        if before > 1:
            try:
                archive.db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
                archive.commit()
            except sqlite3.Error as exc:  # a full disk: the merge is rolled back whole
                archive.db.conn.rollback()
                raise ArchiveWriteError(f"cannot optimize {table} in {archive.path}: {exc}; "
                                        "that index is as it was (the merge needs free disk "
                                        "space about the size of the index)") from exc
        done.append(Merged(table, before, segments(archive, table), time.perf_counter() - t0))
    archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # give the log's space back
    return done
