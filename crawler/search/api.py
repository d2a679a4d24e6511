"""Full-text search over the archive, as people type it.

Matching runs on the folded index (accents and đ removed), so a query typed
without accents finds every accented form. Folding merges real words
(đường, dương, đương -> duong), so when the user typed accents, the articles
that carry exactly those accents rank first (exact index), then the rest by
BM25; ``exact=True`` keeps only those. The work stays in the folded index
(:mod:`crawler.search.counting`, :mod:`~crawler.search.ranking`,
:mod:`~crawler.search.date_order`); only ``--exact`` and filters the index
cannot say (a bound with a time of day) filter rows of ``articles`` instead
(:mod:`crawler.storage.matching`), which costs a row read per match. Snippets
come from :mod:`crawler.search.snippet`. Every read is a named function of
storage: no SQL here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from crawler.search.counting import Walk, is_dense, walk
from crawler.search.date_order import by_date
from crawler.search.indexes import (
    EXACT,
    FOLD,
    Index,
    date_window,
    filter_expression,
    with_filters,
)
from crawler.search.query import Query, QueryError, accented_tokens, parse_query
from crawler.search.ranking import rank
from crawler.search.snippet import snippet
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.index_reads import article_texts, date_order, match_ids, result_rows
from crawler.storage.matching import matching_ids

__all__ = ["QueryError", "SearchResult", "SearchResults", "search"]

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
                        offset + limit + (EXACT_WINDOW if accented else 0), index,
                        date_window(filters))
            if accented:
                page = _exact_first(archive, page, accented)
        else:
            page = [(r, 0.0) for r in by_date(archive, expression, sort == "newest",
                                              offset + limit, is_dense(archive, found))]
    page = page[offset:offset + limit]
    rows = result_rows(archive, [rowid for rowid, _ in page])
    results = [result_from_row(r, query, highlight, -s)
               for rowid, s in page if (r := rows.get(rowid))]
    return SearchResults(total=total, results=results, exact_total=exact_total)


def result_from_row(row: tuple, query: Query, highlight: tuple[str, str],
                    score: float) -> SearchResult:
    """A result from its row (:func:`crawler.storage.index_reads.result_rows`' columns),
    with the snippet of its text."""
    return SearchResult(url=row[0], site=row[1], title=row[2],
                        published=datetime.fromisoformat(row[3]) if row[3] else None,
                        section=row[4], authors=json.loads(row[5]),
                        snippet=snippet(row[6], query, highlight), score=score)


def _table_search(archive: Archive, query: Query, filters: Filters, sort: str, index: Index,
                  need: int) -> tuple[int, list[tuple[int, float]]]:
    """Count and order the matches found by joining ``articles`` (a row read per
    match: filters the index cannot say, --exact with filters); ranked by the same
    path as every search (:func:`crawler.search.ranking.rank`)."""
    ids = matching_ids(archive, index.table, index.expression(query), filters)
    if sort != "relevance":
        dated = date_order(archive, ids)  # newest first, undated last
        if sort == "oldest":
            dated = [d for d in dated if d[1]][::-1] + [d for d in dated if not d[1]][::-1]
        return len(ids), [(r, 0.0) for r, _ in dated[:need]]
    page = rank(archive, query, index.expression(query), Walk(ids, len(ids), True), need, index,
                rows_filtered=True)
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
    walked = match_ids(archive, EXACT.table, " AND ".join(f'"{t}"' for t in accented),
                       min(ids), max(ids), EXACT_WALK, newest=True)
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

    return {rowid for rowid, *texts in article_texts(archive, ids)
            if all(has(" ".join(filter(None, texts)).lower(), p) for p in patterns)}
