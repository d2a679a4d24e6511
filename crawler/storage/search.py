"""Full-text search over the archive, as people type it.

Matching runs on the folded index (accents and đ removed), so a query typed
without accents finds every accented form. Folding merges real words
(đường, dương, đương -> duong), so when the user typed accents, the articles
that carry exactly those accents rank first (exact index), then the rest by
BM25; ``exact=True`` keeps only those. The work stays in the folded index
(:mod:`crawler.storage.index_search`); only ``--exact`` and filters the index
cannot say (a bound with a time of day) filter rows of ``articles`` instead,
which costs a row read per match. Snippets come from
:mod:`crawler.search.snippet`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crawler.search.query import (
    Query,
    QueryError,
    accented_tokens,
    parse_query,
)
from crawler.search.snippet import snippet
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.index_search import (
    EXACT,
    FOLD,
    Index,
    Walk,
    biggest_first,
    by_date,
    facet_counts,
    filter_expression,
    is_dense,
    walk,
    with_filters,
)
from crawler.storage.ranking import date_order, rank
from crawler.storage.sections import NO_SECTION, section_names

__all__ = ["QueryError", "SearchResult", "SearchResults", "facets", "search"]

NO_FILTERS = Filters()  # frozen: safe to share as a default
EXACT_WINDOW = 100  # candidates among which exact-accent matches are moved first
EXACT_WALK = 5_000  # rows an exact-accent check may walk in the exact index
SORTS = ("relevance", "newest", "oldest")


@dataclass
class SearchResult:
    url: str
    site: str
    title: str
    published: datetime | None
    section: str | None
    authors: list[str]
    snippet: str
    score: float


@dataclass
class SearchResults:
    total: int
    results: list[SearchResult]
    exact_total: bool = True  # False: past COUNT_CAP matches, `total` is an estimate


def search(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
           sort: str = "relevance", exact: bool = False, limit: int = 20, offset: int = 0,
           highlight: tuple[str, str] = ("", "")) -> SearchResults:
    """Search the archive; raises QueryError for a query with nothing to find.

    The articles table holds the texts (4 KB a row); reading a row per match
    is what makes a common word slow, so only the rows shown are read.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    query = parse_query(text)
    if exact:  # the exact index has no filter or date tokens: those read rows
        filter_expr = "" if filters == NO_FILTERS and sort == "relevance" else None
        index, expression = EXACT, EXACT.expression(query)
    else:
        filter_expr = filter_expression(archive, filters)
        index, expression = FOLD, with_filters(query, filter_expr or "")
    if filter_expr is None:
        (total, page), exact_total = _table_search(archive, query, filters, sort, index,
                                                   offset + limit), True
    else:
        found = walk(archive, expression, index)
        total, exact_total = found.total, found.exact
        if sort == "relevance":
            accented = [] if exact else accented_tokens(query)
            page = rank(archive, query, expression, found,
                        offset + limit + (EXACT_WINDOW if accented else 0), index)
            if accented:
                page = _exact_first(archive, page, accented)
        else:
            page = [(r, 0.0) for r in by_date(archive, expression, sort == "newest",
                                              offset + limit, is_dense(archive, found))]
    page = page[offset:offset + limit]
    rows = _rows(archive, [rowid for rowid, _ in page])
    results = [
        SearchResult(url=r[0], site=r[1], title=r[2],
                     published=datetime.fromisoformat(r[3]) if r[3] else None,
                     section=r[4], authors=json.loads(r[5]),
                     snippet=snippet(r[6], query, highlight), score=-s)
        for rowid, s in page if (r := rows.get(rowid))]
    return SearchResults(total=total, results=results, exact_total=exact_total)


def _table_search(archive: Archive, query: Query, filters: Filters, sort: str, index: Index,
                  need: int) -> tuple[int, list[tuple[int, float]]]:
    """Count and order the matches found by joining ``articles`` (a row read per
    match: filters the index cannot say, --exact with filters); ranked by the same
    path as every search (:func:`crawler.storage.ranking.rank`)."""
    sql_from, where, params = _matching(query, filters, index)
    ids = [r for (r,) in archive.db.execute(f"SELECT f.rowid {sql_from} WHERE {where}", params)]
    if sort != "relevance":
        dated = date_order(archive, ids)  # newest first, undated last
        if sort == "oldest":
            dated = [d for d in dated if d[1]][::-1] + [d for d in dated if not d[1]][::-1]
        return len(ids), [(r, 0.0) for r, _ in dated[:need]]
    page = rank(archive, query, index.expression(query), Walk(ids, len(ids), True), need, index)
    if index is FOLD and (accented := accented_tokens(query)):
        page = _exact_first(archive, page, accented)
    return len(ids), page


def _exact_first(archive: Archive, ranked: list[tuple[int, float]],
                 accented: list[str]) -> list[tuple[int, float]]:
    """`ranked` with the rows that carry exactly the accents typed moved first (stable).

    The exact index is walked over the rowids of `ranked` (a range: FTS5 would test
    "rowid IN (...)" against every match), at most EXACT_WALK rows: when the typed
    words are common and `ranked` spread thin, the older rest is read as text.
    """
    if not ranked:
        return ranked
    ids = [rowid for rowid, _ in ranked]
    walked = [r for (r,) in archive.db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?",
        [" AND ".join(f'"{t}"' for t in accented), min(ids), max(ids), EXACT_WALK])]
    exact = set(walked)
    if len(walked) == EXACT_WALK:
        exact |= _have_words(archive, [r for r in ids if r < walked[-1]], accented)
    return sorted(ranked, key=lambda pair: pair[0] not in exact)


def _have_words(archive: Archive, ids: list[int], words: list[str]) -> set[int]:
    """The rows among `ids` whose title, lead or text has every word (lower case)."""
    patterns = [re.compile(re.escape(w) + r"(?!\w)") for w in words]  # literal first: fast

    def has(text: str, pattern: re.Pattern[str]) -> bool:
        return any(m.start() == 0 or not text[m.start() - 1].isalnum()
                   for m in pattern.finditer(text))

    marks = ", ".join("?" * len(ids))
    return {rowid for rowid, *texts in archive.db.execute(
        f"SELECT rowid, title, lead, text FROM articles WHERE rowid IN ({marks})", ids)
        if all(has(" ".join(filter(None, texts)).lower(), p) for p in patterns)}


def _rows(archive: Archive, ids: list[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r[0]: r[1:] for r in archive.db.execute(
        "SELECT rowid, url, site, title, published, section, authors, text FROM articles "
        f"WHERE rowid IN ({marks})", ids)}


def facets(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
           exact: bool = False) -> dict[str, dict[str, int]]:
    """Counts of all matches per site, section and month (YYYY-MM), every match counted:
    in the folded index, or (--exact, filters it cannot say) over the matching rows, in
    one pass. Sections are counted by their key, as --section matches them."""
    query = parse_query(text)
    filter_expr = None if exact else filter_expression(archive, filters)
    if filter_expr is not None:
        return facet_counts(archive, with_filters(query, filter_expr))
    sql_from, where, params = _matching(query, filters, EXACT if exact else FOLD)
    names = section_names(archive)
    out: dict[str, dict[str, int]] = {"site": {}, "section": {}, "month": {}}
    for site, section, month, n in archive.db.execute(
            "SELECT a.site, CASE WHEN coalesce(a.section, '') != '' THEN na_key(a.section) "
            "END, substr(a.published, 1, 7), count(*) "
            f"{sql_from} WHERE {where} GROUP BY 1, 2, 3", params):
        name = names.get(section, section) if section is not None else NO_SECTION
        for facet, value in (("site", site), ("section", name), ("month", month or "no date")):
            out[facet][value] = out[facet].get(value, 0) + n
    return {facet: biggest_first(counts) for facet, counts in out.items()}


def _matching(query: Query, filters: Filters, index: Index) -> tuple[str, str, dict[str, Any]]:
    """(FROM clause, WHERE clause, params) for the articles matching `query`."""
    clauses, params = filters.sql("a")
    params["q"] = index.expression(query)
    where = " AND ".join([f"{index.table} MATCH :q", *clauses])
    return f"FROM {index.table} f JOIN articles a ON a.rowid = f.rowid", where, params
