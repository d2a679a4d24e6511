"""Saved searches ("watches"): a query and its filters, and how far it has read.

A watch remembers the highest article rowid it has seen (``seen_rowid``):
articles are stored with growing rowids, so "stored since the watch last
ran" is the rowid range above it, which the full-text indexes can restrict
cheaply (FTS5 honours rowid bounds) however large the archive is. When added,
a watch starts at the archive's current end, so its first run lists what was
stored since it was added. Only ``run`` (``mark_seen``) moves the mark; the
web pages only look.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from crawler.search.query import QueryError, parse_query
from crawler.search.snippet import snippet
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.matching import matching
from crawler.storage.search import SearchResult

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


def add_watch(archive: Archive, watch: Watch) -> Watch:
    """Save a new watch, starting at the archive's current end; WatchError when the name
    is taken or malformed, QueryError when the query has nothing to search."""
    if not NAME_RE.match(watch.name):
        raise WatchError(f"bad watch name {watch.name!r}: use letters, digits, '-', '_' or '.' "
                         "(at most 64), e.g. dien-bien")
    parse_query(watch.query)  # raises QueryError with the CLI's message
    if get_watch(archive, watch.name) is not None:
        raise WatchError(f"a watch named {watch.name!r} already exists; "
                         f"'newsarchive watch remove {watch.name}' first, or pick another name")
    watch.added = watch.added or _now()
    watch.seen_rowid = _last_rowid(archive)
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


@dataclass
class WatchMatches:
    """The new matches of one watch, newest stored first, and the mark to move to."""
    watch: Watch
    results: list[SearchResult]
    upto: int  # the archive's last rowid when looked at
    error: str | None = None  # why the watch could not run (its query no longer parses)


def new_matches(archive: Archive, watch: Watch, *, limit: int | None = None,
                highlight: tuple[str, str] = ("", "")) -> WatchMatches:
    """Articles stored since the watch's mark that match it (nothing is marked)."""
    upto = _last_rowid(archive)
    query = parse_query(watch.query)
    sql_from, where, params = matching(archive, watch.query, watch.filters, watch.exact)
    params.update(low=watch.seen_rowid, high=upto, limit=-1 if limit is None else limit)
    rows = archive.db.execute(
        f"SELECT a.url, a.site, a.title, a.published, a.section, a.authors, a.text {sql_from} "
        f"WHERE {where} AND f.rowid > :low AND f.rowid <= :high ORDER BY f.rowid DESC "
        "LIMIT :limit", params).fetchall()
    results = [SearchResult(url=r[0], site=r[1], title=r[2],
                            published=datetime.fromisoformat(r[3]) if r[3] else None,
                            section=r[4], authors=json.loads(r[5]),
                            snippet=snippet(r[6], query, highlight), score=0.0) for r in rows]
    return WatchMatches(watch, results, upto)


def mark_seen(archive: Archive, name: str, upto: int) -> None:
    """Move a watch's mark to `upto` (what a run listed) and note when it ran."""
    archive.db.execute("UPDATE watches SET seen_rowid = max(seen_rowid, ?), last_run = ? "
                       "WHERE name = ?", [upto, _now(), name])
    archive.commit()


def run_watches(archive: Archive, name: str | None = None) -> list[WatchMatches]:
    """Every watch (or the one named): its new matches, then marked seen. A watch whose
    stored query no longer parses (saved by an older version that read an unbalanced
    quote as words) is reported with the reason and left unmarked; the others run."""
    if name is None:
        watches = list_watches(archive)
    else:
        found = get_watch(archive, name)
        if found is None:
            names = ", ".join(w.name for w in list_watches(archive)) or "none"
            raise WatchError(f"no watch named {name!r}; watches: {names} "
                             "('newsarchive watch add NAME QUERY' makes one)")
        watches = [found]
    out = []
    for watch in watches:
        try:
            matches = new_matches(archive, watch)
        except QueryError as exc:
            out.append(WatchMatches(watch, [], watch.seen_rowid, error=str(exc)))
            continue
        mark_seen(archive, watch.name, matches.upto)
        out.append(matches)
    return out


def _last_rowid(archive: Archive) -> int:
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


__all__ = ["QueryError", "Watch", "WatchError", "WatchMatches", "add_watch", "get_watch",
           "list_watches", "mark_seen", "new_matches", "remove_watch", "run_watches"]
