"""Full-text search over the archive, as people type it.

Matching runs on the folded index (accents and đ removed), so a query typed
without accents finds every accented form. Folding merges real words
(đường, dương, đương -> duong), so when the user typed accents, the articles
that carry exactly those accents rank first (exact index), then the rest by
BM25; ``exact=True`` keeps only those. Filters and sorting come from
:mod:`crawler.storage.filters`; snippets from :mod:`crawler.storage.snippet`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.query import (
    Query,
    QueryError,
    exact_expression,
    fts_expression,
    parse_query,
)
from crawler.storage.snippet import snippet

__all__ = ["QueryError", "SearchResult", "SearchResults", "facets", "search"]

NO_FILTERS = Filters()  # frozen: safe to share as a default
BM25_WEIGHTS = "10.0, 4.0, 1.0"  # title, lead, text
EXACT_WINDOW = 200  # candidates among which exact-accent matches are moved first
RELEVANCE_CANDIDATES = 5000  # most recent matches ranked by relevance
SORTS = {
    "relevance": "s",
    "newest": "a.published IS NULL, a.published DESC",
    "oldest": "a.published IS NULL, a.published ASC",
}


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


def search(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
           sort: str = "relevance", exact: bool = False, limit: int = 20, offset: int = 0,
           highlight: tuple[str, str] = ("", "")) -> SearchResults:
    """Search the archive; raises QueryError for a query with nothing to find.

    Work is kept off the articles table until the page of results is known:
    it holds the texts (4 KB a row), and reading a row per match is what makes
    a common word slow. So the count and the relevance ranking run in the index
    alone when no filter needs the table, and only the rows shown are read.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    query = parse_query(text)
    index = "articles_fts" if exact else "articles_fold"
    params: dict[str, Any] = {"q": fts_expression(query, folded=not exact)}
    clauses, filter_params = filters.sql("a")
    params.update(filter_params)
    where = " AND ".join([f"{index} MATCH :q", *clauses])
    source = (f"FROM {index} f JOIN articles a ON a.rowid = f.rowid" if clauses
              else f"FROM {index} f")
    total = archive.db.execute(f"SELECT count(*) {source} WHERE {where}", params).fetchone()[0]
    accented = None if exact else exact_expression(query)
    score = f"bm25({index}, {BM25_WEIGHTS})"
    if sort == "relevance":
        # BM25 over every match of a common word costs more than the whole time
        # budget at a million articles; FTS5 walks matches newest first (by rowid)
        # and stops, so the ranking covers the RELEVANCE_CANDIDATES most recent
        # matches (all of them for any query with fewer). Exact-accent matches
        # are then moved first among the best-ranked.
        window = offset + limit + (EXACT_WINDOW if accented else 0)
        ranked = archive.db.execute(
            f"SELECT rowid, s FROM (SELECT f.rowid AS rowid, {score} AS s {source} "
            f"WHERE {where} ORDER BY f.rowid DESC LIMIT :candidates) ORDER BY s LIMIT :n",
            {**params, "n": window, "candidates": RELEVANCE_CANDIDATES}).fetchall()
        if accented:
            ranked = _exact_first(archive, ranked, accented)
        page = ranked[offset:offset + limit]
    else:
        page = archive.db.execute(
            f"SELECT f.rowid, {score} AS s FROM {index} f JOIN articles a ON a.rowid = f.rowid "
            f"WHERE {where} ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset}).fetchall()
    rows = _rows(archive, [rowid for rowid, _ in page])
    results = [
        SearchResult(url=r[0], site=r[1], title=r[2],
                     published=datetime.fromisoformat(r[3]) if r[3] else None,
                     section=r[4], authors=json.loads(r[5]),
                     snippet=snippet(r[6], query, highlight), score=-s)
        for rowid, s in page if (r := rows.get(rowid))]
    return SearchResults(total=total, results=results)


def _exact_first(archive: Archive, ranked: list[tuple[int, float]],
                 accented: str) -> list[tuple[int, float]]:
    """`ranked` with the rows that carry exactly the accents typed moved first."""
    if not ranked:
        return ranked
    ids = [rowid for rowid, _ in ranked]
    marks = ", ".join("?" * len(ids))
    exact = {r[0] for r in archive.db.execute(
        f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})",
        [accented, *ids])}
    return sorted(ranked, key=lambda pair: pair[0] not in exact)  # stable: bm25 order kept


def _rows(archive: Archive, ids: list[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r[0]: r[1:] for r in archive.db.execute(
        "SELECT rowid, url, site, title, published, section, authors, text FROM articles "
        f"WHERE rowid IN ({marks})", ids)}


def facets(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
           exact: bool = False) -> dict[str, dict[str, int]]:
    """Counts of all matches per site and per month (YYYY-MM)."""
    sql_from, where, params = _matching(parse_query(text), filters, exact)
    out: dict[str, dict[str, int]] = {}
    for name, expr in (("site", "a.site"), ("month", "substr(a.published, 1, 7)")):
        rows = archive.db.execute(
            f"SELECT {expr} AS k, count(*) {sql_from} WHERE {where} GROUP BY k "
            "ORDER BY count(*) DESC, k", params).fetchall()
        out[name] = {(k or "no date"): n for k, n in rows}
    return out


def _matching(query: Query, filters: Filters, exact: bool) -> tuple[str, str, dict[str, Any]]:
    """(FROM clause, WHERE clause, params) for the articles matching `query`."""
    index = "articles_fts" if exact else "articles_fold"
    clauses, params = filters.sql("a")
    params["q"] = fts_expression(query, folded=not exact)
    where = " AND ".join([f"{index} MATCH :q", *clauses])
    return f"FROM {index} f JOIN articles a ON a.rowid = f.rowid", where, params
