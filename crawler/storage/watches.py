"""Saved searches ("watches"): a query and its filters, and how far it has read.

A watch remembers the highest article rowid it has seen (``seen_rowid``):
articles are stored with growing rowids, so "stored since the watch last
ran" is the rowid range above it, which the full-text indexes can restrict
cheaply (FTS5 honours rowid bounds) however large the archive is. When added,
a watch starts at the archive's current end, so its first run lists what was
stored since it was added. Only ``run`` (``mark_seen``) moves the mark; the
web pages only look. A watch's new matches, and a new watch's query check, are
the search stage's (:mod:`crawler.search.watches`); here are the watches' rows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from crawler.storage.archive import Archive
from crawler.storage.filters import Filters

NAME_RE = re.compile(r"^[\w][\w.-]{0,63}$")
FILTER_FIELDS = ("site", "section", "author", "since", "until")


class WatchError(ValueError):
    """A watch that cannot be added, found or run; the message names it and the fix."""


@dataclass
class Watch:
    name: str
    query: str
    filters: Filters = field(default_factory=Filters)
    exact: bool = False
    added: str = ""
    last_run: str | None = None
    seen_rowid: int = 0

    def describe(self) -> str:
        """The query and filters as the CLI options that make them."""
        parts = [self.query]
        for name in FILTER_FIELDS:
            value = getattr(self.filters, name)
            if value is not None:
                parts.append(f"--{name} {_filter_text(name, value)}")
        if self.exact:
            parts.append("--exact")
        return " ".join(parts)


def check_watch_name(name: str) -> None:
    """WatchError when `name` cannot name a watch."""
    if not NAME_RE.match(name):
        raise WatchError(f"bad watch name {name!r}: use letters, digits, '-', '_' or '.' "
                         "(at most 64), e.g. dien-bien")


def add_watch(archive: Archive, watch: Watch) -> Watch:
    """Save a new watch, starting at the archive's current end; WatchError when the name
    is taken or malformed. Its query is checked by the caller
    (:func:`crawler.search.watches.add_watch`)."""
    check_watch_name(watch.name)
    if get_watch(archive, watch.name) is not None:
        raise WatchError(f"a watch named {watch.name!r} already exists; "
                         f"'newsarchive watch remove {watch.name}' first, or pick another name")
    watch.added = watch.added or _now()
    watch.seen_rowid = last_rowid(archive)
    archive.db.execute(
        "INSERT INTO watches (name, query, filters, exact, added, last_run, seen_rowid) "
        "VALUES (?, ?, ?, ?, ?, NULL, ?)",
        [watch.name, watch.query, json.dumps(_filters_record(watch.filters)), int(watch.exact),
         watch.added, watch.seen_rowid])
    archive.commit()
    return watch


def list_watches(archive: Archive) -> list[Watch]:
    if not archive.db["watches"].exists():  # an archive read before migration 007
        return []
    rows = archive.db.execute("SELECT name, query, filters, exact, added, last_run, seen_rowid "
                              "FROM watches ORDER BY name").fetchall()
    return [_watch(row) for row in rows]


def get_watch(archive: Archive, name: str) -> Watch | None:
    row = archive.db.execute("SELECT name, query, filters, exact, added, last_run, seen_rowid "
                             "FROM watches WHERE name = ?", [name]).fetchone()
    return _watch(row) if row else None


def remove_watch(archive: Archive, name: str) -> bool:
    removed = archive.db.execute("DELETE FROM watches WHERE name = ?", [name]).rowcount
    archive.commit()
    return bool(removed)


def mark_seen(archive: Archive, name: str, upto: int) -> None:
    """Move a watch's mark to `upto` (what a run listed) and note when it ran."""
    archive.db.execute("UPDATE watches SET seen_rowid = max(seen_rowid, ?), last_run = ? "
                       "WHERE name = ?", [upto, _now(), name])
    archive.commit()


def last_rowid(archive: Archive) -> int:
    """The archive's last article rowid (0: empty): where a watch's mark can move to."""
    return archive.db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]


def _filters_record(filters: Filters) -> dict[str, str]:
    return {name: (value.isoformat() if isinstance(value, datetime) else value)
            for name in FILTER_FIELDS if (value := getattr(filters, name)) is not None}


def _filter_text(name: str, value: Any) -> str:
    if isinstance(value, datetime):  # --until is stored exclusive (the next day)
        day = value if name == "since" else value - timedelta(days=1)
        return day.strftime("%d/%m/%Y")
    text = str(value)
    return repr(text) if " " in text else text


def _watch(row: tuple) -> Watch:
    stored = json.loads(row[2])
    filters = Filters(**{k: (datetime.fromisoformat(v) if k in ("since", "until") else v)
                         for k, v in stored.items() if k in FILTER_FIELDS})
    return Watch(name=row[0], query=row[1], filters=filters, exact=bool(row[3]), added=row[4],
                 last_run=row[5], seen_rowid=row[6])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["Watch", "WatchError", "add_watch", "check_watch_name", "get_watch", "last_rowid",
           "list_watches", "mark_seen", "remove_watch"]
