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
from crawler.storage.query import Query, QueryError, exact_expression, fts_expression, parse_query
from crawler.storage.snippet import snippet

__all__ = ["QueryError", "SearchResult", "SearchResults", "facets", "search"]

NO_FILTERS = Filters()  # frozen: safe to share as a default
BM25_WEIGHTS = "10.0, 4.0, 1.0"  # title, lead, text
SORTS = {
    "relevance": "exact DESC, score",
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
    """Search the archive; raises QueryError for a query with nothing to find."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    query = parse_query(text)
    sql_from, where, params = _matching(query, filters, exact)
    total = archive.db.execute(f"SELECT count(*) {sql_from} WHERE {where}", params).fetchone()[0]
    index = "articles_fts" if exact else "articles_fold"
    rank = "0"
    accented = None if exact else exact_expression(query)
    if accented:
        rank = "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :exact)"
        params["exact"] = accented
    rows = archive.db.execute(
        f"""SELECT a.url, a.site, a.title, a.published, a.section, a.authors, a.text,
                   bm25({index}, {BM25_WEIGHTS}) AS score, {rank} AS exact
            {sql_from} WHERE {where}
            ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset""",
        {**params, "limit": limit, "offset": offset}).fetchall()
    results = [
        SearchResult(url=r[0], site=r[1], title=r[2],
                     published=datetime.fromisoformat(r[3]) if r[3] else None,
                     section=r[4], authors=json.loads(r[5]),
                     snippet=snippet(r[6], query, highlight), score=-r[7])
        for r in rows]
    return SearchResults(total=total, results=results)


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
