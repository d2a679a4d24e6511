"""Search that stays in the folded index, so its cost does not grow with the archive.

At a million articles a common word matches most of them, and anything done
once per match (reading its 4 KB row for a date or a site, a BM25 score, even
counting) costs more than the whole time budget. So, as big engines do:

- filters are index terms (:mod:`crawler.storage.terms`), ANDed to the query;
- matches are walked newest first (FTS5 rowid order) and the walk stops: the
  count is exact for rarer queries, and estimated from how densely the walked
  matches fill the newest rowids once the sample is big enough (Elasticsearch
  reports a lower bound past 10,000 hits for the same reason);
- relevance is BM25 over the RANK_CANDIDATES most recent matches, computed
  for the query's selective words only: FTS5 scans a word's whole doclist
  to get its IDF, and a word in more than COMMON_SHARE of the archive has a
  low IDF, so it would cost the most and change the order the least; at most
  RANK_WALK rows are scored (unscored candidates follow, newest first);
- newest/oldest walk the years and months (their index tokens) from the end,
  and the days inside a month for a common query, reading dates from the
  small ``articles_published`` index, until the page is full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.query import Query, Term, fold_term, write_expression
from crawler.storage.terms import (
    NAME_SEPARATOR,
    NO_DATE,
    date_tokens,
    local_day,
    month_token,
    next_month,
    section_token,
    site_token,
    words,
)

BM25_WEIGHTS = "10.0, 4.0, 1.0, 2.0, 0.0, 0.0"  # title, lead, text, grams, authors, meta
COUNT_CAP = 5_000  # matches counted one by one; more are estimated
WALK_STEPS = (0.25, 0.5, 1.0)  # shares of the archive (newest first) walked in turn
MIN_SAMPLE = 1_000  # matches after a step that are enough to estimate the count
RANK_CANDIDATES = 2_000  # most recent matches ranked by BM25
RANK_WALK = 4_000  # at most this many rows scored while ranking
COMMON_SHARE = 0.1  # a word in more of the archive than this does not weigh in BM25
DENSE_SHARE = 0.05  # a query matching more of the archive is put in date order by days
DF_SAMPLE = 2_000  # matches walked to estimate how common a word is
NOTHING = f"{{meta}}: {NO_DATE} NOT {{meta}}: {NO_DATE}"  # a filter no article passes


@dataclass(frozen=True)
class Index:
    """An FTS5 table walked and ranked the same way: the folded one, or the exact one
    for ``--exact`` (which has no filter tokens: filtered --exact reads rows)."""
    table: str
    weights: str
    term: Callable[[Term], str]  # one query term as FTS5 for this table

    def expression(self, query: Query) -> str:
        return write_expression(query, self.term)


FOLD = Index("articles_fold", BM25_WEIGHTS, fold_term)
EXACT = Index("articles_fts", "10.0, 4.0, 1.0", lambda t: t.fts(folded=False))


@dataclass
class Walk:
    """The newest matches of an expression, and what they say about the count."""
    rowids: list[int]
    total: int
    exact: bool


def filter_expression(archive: Archive, filters: Filters) -> str | None:
    """The filters as index terms ("" for none); None when they cannot be said so
    (a since/until with a time of day), and the caller must filter rows instead."""
    parts = []
    if filters.site:
        parts.append(f"{{meta}}: {site_token(filters.site)}")
    if filters.section:
        parts.append(f"{{meta}}: {section_token(filters.section)}")
    if filters.author:
        name = words(filters.author)
        if not name or NAME_SEPARATOR in name.split():
            return None
        parts.append(f'{{authors}}: "{name}"')
    if filters.since or filters.until:
        first = local_day(filters.since) if filters.since else None
        end = local_day(filters.until) if filters.until else None
        if (filters.since and first is None) or (filters.until and end is None):
            return None
        low, high = _date_span(archive)
        if low is None or high is None:
            return NOTHING  # no article has a date
        first, end = max(first or low, low), min(end or high + timedelta(days=1),
                                                 high + timedelta(days=1))
        if first >= end:
            return NOTHING
        parts.append("{meta}: (" + " OR ".join(date_tokens(first, end)) + ")")
    return " AND ".join(parts)


def with_filters(query: Query, filter_expr: str) -> str:
    expression = FOLD.expression(query)
    return f"({expression}) AND {filter_expr}" if filter_expr else expression


def is_dense(archive: Archive, found: Walk) -> bool:
    """Whether a query matches more than DENSE_SHARE of the archive."""
    return found.total > DENSE_SHARE * _max_rowid(archive)


def walk(archive: Archive, expression: str, index: Index = FOLD) -> Walk:
    """The newest matches (at most COUNT_CAP) and the count.

    The archive is walked from its newest rowids in steps (WALK_STEPS of it); the
    count is exact when the walk ends, and estimated from the density of matches
    in the part walked when it stops early: at COUNT_CAP matches, or at MIN_SAMPLE
    once a step is done (a sample that gives the count within a few per cent,
    where walking on would cost most: an intersection of big doclists)."""
    top = _max_rowid(archive)
    rowids: list[int] = []
    high = top
    for step in WALK_STEPS:
        low = max(1, top - int(top * step) + 1) if step < 1 else 1
        rowids += [r for (r,) in archive.db.execute(
            f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ? "
            "AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
            [expression, low, high, COUNT_CAP + 1 - len(rowids)])]
        if len(rowids) > COUNT_CAP:
            rowids = rowids[:COUNT_CAP]
            low = rowids[-1]
        elif low == 1 or len(rowids) < MIN_SAMPLE:
            high = low - 1
            continue
        estimate = len(rowids) * top / max(1, top - low + 1)
        return Walk(rowids, max(len(rowids) + 1, _round(estimate)), False)
    return Walk(rowids, len(rowids), True)


def rank(archive: Archive, query: Query, expression: str, found: Walk,
         need: int, index: Index = FOLD) -> list[tuple[int, float]]:
    """The first `need` matches by relevance: the RANK_CANDIDATES newest by BM25 of
    the selective words (recency breaks ties, and orders them all when no word is
    selective), then, for deep pages, the older matches newest first."""
    candidates = found.rowids[:RANK_CANDIDATES]
    selective = _selective_expression(archive, query, index)
    ranked = [(r, 0.0) for r in candidates]
    if candidates and selective is not None:
        wanted = set(candidates)
        scored = {r: s for r, s in archive.db.execute(
            f"SELECT rowid, bm25({index.table}, {index.weights}) FROM {index.table} "
            f"WHERE {index.table} MATCH ? AND rowid >= ? ORDER BY rowid DESC LIMIT ?",
            [selective, candidates[-1], RANK_WALK]) if r in wanted}
        ranked = sorted(((r, scored.get(r, 0.0)) for r in candidates),
                        key=lambda pair: (pair[0] not in scored, pair[1], -pair[0]))
    if need > len(ranked):
        ranked += [(r, 0.0) for r in found.rowids[len(ranked):need]]
    if need > len(ranked) and not found.exact:
        ranked += [(r, 0.0) for (r,) in archive.db.execute(
            f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ? AND rowid < ? "
            "ORDER BY rowid DESC LIMIT ?", [expression, found.rowids[-1], need - len(ranked)])]
    return ranked[:need]


def _selective_expression(archive: Archive, query: Query, index: Index) -> str | None:
    """An AND of the query's groups whose words are not too common to weigh."""
    groups = []
    for group in query.groups:
        if any(t.prefix or (len(t.tokens) == 1 and _too_common(archive, t, index))
               for t in group):
            continue
        alts = [index.term(t) for t in group]
        groups.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(groups) or None


def _too_common(archive: Archive, term: Term, index: Index) -> bool:
    rowids = [r for (r,) in archive.db.execute(
        f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ? ORDER BY rowid DESC "
        "LIMIT ?", [index.term(term), DF_SAMPLE])]
    if len(rowids) < DF_SAMPLE:
        return False
    top = _max_rowid(archive)
    return DF_SAMPLE / max(1, top - rowids[-1] + 1) > COMMON_SHARE


def by_date(archive: Archive, expression: str, newest: bool, need: int,
            dense: bool = False) -> list[int]:
    """The first `need` matches in date order (undated last), month by month; day by
    day when the query is `dense` (a month of a common word is thousands of matches,
    a day a few hundred)."""
    out: list[int] = []
    low, high = _date_span(archive)
    if low is not None and high is not None:
        years = range(high.year, low.year - 1, -1) if newest else range(low.year, high.year + 1)
        for year in years:
            if not _any(archive, f"({expression}) AND {{meta}}: zy{year}"):
                continue
            months = range(12, 0, -1) if newest else range(1, 13)
            for month in months:
                first = date(year, month, 1)
                days = [first + timedelta(days=d)
                        for d in range((next_month(first) - first).days)]
                for day in (days[::-1] if newest else days) if dense else [first]:
                    out += _in_order(archive, expression, day, newest, need - len(out),
                                     whole_month=not dense)
                    if len(out) >= need:
                        return out[:need]
    out += [r for (r,) in archive.db.execute(
        "SELECT rowid FROM articles_fold WHERE articles_fold MATCH ? ORDER BY rowid DESC "
        "LIMIT ?", [f"({expression}) AND {{meta}}: {NO_DATE}", need - len(out)])]
    return out[:need]


def _in_order(archive: Archive, expression: str, day: date, newest: bool, need: int,
              whole_month: bool) -> list[int]:
    """The first `need` matches of one month (or day) in date order: their dates are
    read from the covering index (published, rowid), only as far as needed."""
    token = month_token(day) if whole_month else f"zd{day:%Y%m%d}"
    matches = {r for (r,) in archive.db.execute(
        "SELECT rowid FROM articles_fold WHERE articles_fold MATCH ?",
        [f"({expression}) AND {{meta}}: {token}"])}
    out: list[int] = []
    if not matches:
        return out
    after = next_month(day) if whole_month else day + timedelta(days=1)
    start, end = (f"{day:%Y-%m}", f"{after:%Y-%m}") if whole_month else (f"{day}", f"{after}")
    direction = "DESC" if newest else "ASC"
    for (rowid,) in archive.db.execute(  # rows are stepped one by one: stop when full
            "SELECT rowid FROM articles INDEXED BY articles_published WHERE published >= ? "
            f"AND published < ? ORDER BY published {direction}, rowid {direction}",
            [start, end]):
        if rowid in matches:
            out.append(rowid)
            if len(out) == need or len(out) == len(matches):
                break
    return out


def facet_counts(archive: Archive, expression: str) -> dict[str, dict[str, int]]:
    """Matches per site and per month, each an index count (an AND with the site's or
    month's token), never a row read: under a second for a common word at a million."""
    sites = {site: _count(archive, f"({expression}) AND {{meta}}: {site_token(site)}")
             for site in _sites(archive)}
    months: dict[str, int] = {}
    low, high = _date_span(archive)
    for year in range(low.year, high.year + 1) if low and high else ():
        if _any(archive, f"({expression}) AND {{meta}}: zy{year}"):
            for month in range(1, 13):
                token = month_token(date(year, month, 1))
                months[f"{year}-{month:02d}"] = _count(archive,
                                                       f"({expression}) AND {{meta}}: {token}")
    months["no date"] = _count(archive, f"({expression}) AND {{meta}}: {NO_DATE}")
    return {name: dict(sorted(((k, n) for k, n in counts.items() if n),
                              key=lambda kv: (-kv[1], kv[0])))
            for name, counts in (("site", sites), ("month", months))}


def _count(archive: Archive, expression: str) -> int:
    return archive.db.execute("SELECT count(*) FROM articles_fold WHERE articles_fold MATCH ?",
                              [expression]).fetchone()[0]


def _sites(archive: Archive) -> list[str]:
    """The distinct sites, one index seek each (a DISTINCT would scan the index)."""
    return [s for (s,) in archive.db.execute(
        "WITH RECURSIVE s(site) AS (SELECT min(site) FROM articles UNION ALL "
        "SELECT (SELECT min(site) FROM articles WHERE site > s.site) FROM s "
        "WHERE s.site IS NOT NULL) SELECT site FROM s WHERE site IS NOT NULL")]


def _any(archive: Archive, expression: str) -> bool:
    return archive.db.execute("SELECT 1 FROM articles_fold WHERE articles_fold MATCH ? LIMIT 1",
                              [expression]).fetchone() is not None


def _date_span(archive: Archive) -> tuple[date | None, date | None]:
    low, high = archive.db.execute(  # two subqueries: each is one index lookup
        "SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)"
    ).fetchone()
    return (date.fromisoformat(low[:10]) if low else None,
            date.fromisoformat(high[:10]) if high else None)


def _max_rowid(archive: Archive) -> int:
    return archive.db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 1


def _round(n: float) -> int:
    """Two significant digits: an estimate should not look exact."""
    digits = max(0, len(str(int(n))) - 2)
    return int(round(n, -digits))

