"""Search that stays in the folded index, so its cost does not grow with the archive.

At a million articles a common word matches most of them, and anything done
once per match (reading its 4 KB row for a date or a site, a BM25 score, even
counting) costs more than the whole time budget. So, as big engines do:

- filters are index terms (:mod:`crawler.storage.terms`), ANDed to the query;
- the count is exact for rarer queries, and estimated past that from an even
  sample of the rowids (:func:`walk`), so that the order articles were stored
  in (a backfill stores old ones last) does not skew it; Elasticsearch reports
  a lower bound past 10,000 hits for the same reason;
- relevance ranks the most recently published matches
  (:mod:`crawler.storage.ranking`);
- newest/oldest walk the years and months (their index tokens) from the end,
  and the days inside a month for a common query, reading dates from the
  small ``articles_published`` index, until the page is full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.search.query import Query, Term, fold_term, write_expression
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.schema import FOLD_COLUMNS, FTS_COLUMNS
from crawler.storage.sections import NO_SECTION, section_names
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

COLUMN_WEIGHTS = {"title": 10.0, "lead": 4.0, "text": 1.0, "grams": 2.0, "authors": 0.0,
                  "meta": 0.0}  # BM25 weight of a match in each column of the folded index
BM25_WEIGHTS = ", ".join(str(COLUMN_WEIGHTS[c]) for c in FOLD_COLUMNS)
COUNT_CAP = 5_000  # matches counted one by one; more are estimated
BLOCKS = 8  # rowid blocks a count walk samples evenly (a sharp edge errs by one)
MIN_BLOCK = 8  # rowids in a block at least (a small archive has fewer blocks)
MIN_SAMPLE = 1_000  # matches that are enough to estimate the count
DENSE_SHARE = 0.05  # a query matching more of the archive is put in date order by days
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
EXACT = Index("articles_fts", ", ".join(str(COLUMN_WEIGHTS[c]) for c in FTS_COLUMNS),
              lambda t: t.fts(folded=False))


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
    """Matches and their count, the same whatever order the articles were stored in.

    A query with fewer than MIN_SAMPLE matches is read whole: the count is exact.
    Otherwise the rowids are cut into BLOCKS blocks, and each is walked from its
    bottom for its share of the sample (MIN_SAMPLE / BLOCKS matches, at least 2): a
    block that has fewer is counted whole, the others by their density where walked. This
    is a stratified sample: a backfill, which puts old articles on the newest
    rowids, or a word only in recent news cannot skew it as a walk of the newest
    rowids would; a sharp edge in time errs by at most a block. Past COUNT_CAP
    matches a count is always an estimate."""
    top = _max_rowid(archive)
    limit = min(MIN_SAMPLE, COUNT_CAP + 1)
    first = _match_ids(archive, index, expression, 1, top, limit)
    if len(first) < limit:
        return Walk(first, len(first), True)
    count = max(1, min(BLOCKS, top // MIN_BLOCK))
    edges = [1 + top * i // count for i in range(count)] + [top + 1]
    share = max(2, -(-limit // count))
    rowids: list[int] = []
    estimate, exact = 0.0, True
    for low, high in zip(edges, [e - 1 for e in edges[1:]], strict=False):
        ids = [r for r in first if low <= r <= high][:share]  # the first walk's part
        if len(ids) < share and first[-1] < high:
            ids += _match_ids(archive, index, expression, max(low, first[-1] + 1), high,
                              share - len(ids))
        rowids += ids
        if len(ids) < share:
            estimate += len(ids)
        else:
            exact = False
            # k matches: k - 1 gaps between the first and the k-th
            estimate += (len(ids) - 1) * (high - low + 1) / max(1, ids[-1] - ids[0])
    if exact and estimate <= COUNT_CAP:  # every block read whole
        return Walk(rowids, len(rowids), True)
    return Walk(rowids, max(len(rowids) + 1, _round(estimate)), False)


def _match_ids(archive: Archive, index: Index, expression: str, low: int, high: int,
               limit: int) -> list[int]:
    """Matches with rowids in low..high, lowest first, at most `limit` (FTS5 seeks to a
    range forwards; backwards it reads the doclist from its start)."""
    return [r for (r,) in archive.db.execute(
        f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ? "
        "AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
        [expression, low, high, limit])]


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
    """Matches per site, section and month, each an index count (an AND with the site's,
    section's or month's token), never a row read: under a second for a common word at
    a million. Sites and sections each split the archive, so each facet's counts walk
    at most the archive's tokens once, however many papers or sections there are. Every
    article has one site: the site counts add up to every match, and what no section
    count took is "no section"."""
    sites = {site: _count(archive, f"({expression}) AND {{meta}}: {site_token(site)}")
             for site in _sites(archive)}
    sections = {name: _count(archive, f"({expression}) AND {{meta}}: {section_token(name)}")
                for name in section_names(archive).values()}
    sections[NO_SECTION] = sum(sites.values()) - sum(sections.values())
    months: dict[str, int] = {}
    low, high = _date_span(archive)
    for year in range(low.year, high.year + 1) if low and high else ():
        if _any(archive, f"({expression}) AND {{meta}}: zy{year}"):
            for month in range(1, 13):
                token = month_token(date(year, month, 1))
                months[f"{year}-{month:02d}"] = _count(archive,
                                                       f"({expression}) AND {{meta}}: {token}")
    months["no date"] = _count(archive, f"({expression}) AND {{meta}}: {NO_DATE}")
    return {name: biggest_first(counts)
            for name, counts in (("site", sites), ("section", sections), ("month", months))}


def biggest_first(counts: dict[str, int]) -> dict[str, int]:
    """The non-zero counts, biggest first, then by name."""
    return dict(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


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

