"""A saved search's new matches: what was stored since the watch last ran.

The watches themselves (name, query, filters, the mark) are rows of the archive
(:mod:`crawler.storage.watches`); finding their matches is search's: the query
is parsed here, so a watch whose query has nothing to search is refused when
added, with the message ``newsarchive search`` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.search.api import SearchResult, result_from_row
from crawler.search.indexes import match_plan
from crawler.search.query import QueryError, parse_query
from crawler.storage import watches
from crawler.storage.archive import Archive
from crawler.storage.matching import new_matching_rows
from crawler.storage.watches import Watch, WatchError


@dataclass
class WatchMatches:
    """The new matches of one watch, newest stored first, and the mark to move to."""
    watch: Watch
    results: list[SearchResult]
    upto: int  # the archive's last rowid when looked at
    error: str | None = None  # why the watch could not run (its query no longer parses)


def add_watch(archive: Archive, watch: Watch) -> Watch:
    """Save a new watch, starting at the archive's current end; WatchError when the name
    is taken or malformed, QueryError when the query has nothing to search."""
    watches.check_watch_name(watch.name)
    parse_query(watch.query)  # raises QueryError with the CLI's message
    return watches.add_watch(archive, watch)


def new_matches(archive: Archive, watch: Watch, *, limit: int | None = None,
                highlight: tuple[str, str] = ("", "")) -> WatchMatches:
    """Articles stored since the watch's mark that match it (nothing is marked)."""
    upto = watches.last_rowid(archive)
    query = parse_query(watch.query)
    index, expression, row_filters = match_plan(archive, query, watch.filters, watch.exact)
    rows = new_matching_rows(archive, index.table, expression, row_filters, watch.seen_rowid,
                             upto, limit)
    return WatchMatches(watch, [result_from_row(r, query, highlight, 0.0) for r in rows], upto)


def run_watches(archive: Archive, name: str | None = None) -> list[WatchMatches]:
    """Every watch (or the one named): its new matches, then marked seen. A watch whose
    stored query no longer parses (saved by an older version that read an unbalanced
    quote as words) is reported with the reason and left unmarked; the others run."""
    if name is None:
        found = watches.list_watches(archive)
    else:
        one = watches.get_watch(archive, name)
        if one is None:
            names = ", ".join(w.name for w in watches.list_watches(archive)) or "none"
            raise WatchError(f"no watch named {name!r}; watches: {names} "
                             "('newsarchive watch add NAME QUERY' makes one)")
        found = [one]
    out = []
    for watch in found:
        try:
            matches = new_matches(archive, watch)
        except QueryError as exc:
            out.append(WatchMatches(watch, [], watch.seen_rowid, error=str(exc)))
            continue
        watches.mark_seen(archive, watch.name, matches.upto)
        out.append(matches)
    return out
