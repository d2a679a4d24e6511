"""The two full-text indexes as search sees them, and filters as index terms.

Search walks and ranks the folded index (``articles_fold``: accents and đ
folded, word pairs, authors, a token per site, section and date) or, for
``--exact``, the exact one (``articles_fts``), the same way: an :class:`Index`
says which table, how a query term is written for it, and its BM25 weights,
named by column in COLUMN_WEIGHTS (the one place they are set). Filters the
folded index can say are ANDed to the query as its tokens
(:mod:`crawler.storage.terms`), so no article row is read to filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.search.query import Query, Term, fold_term, write_expression
from crawler.storage import index_reads
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.schema import FOLD_COLUMNS, FTS_COLUMNS
from crawler.storage.terms import (
    NAME_SEPARATOR,
    NO_DATE,
    date_tokens,
    local_day,
    section_token,
    site_token,
    words,
)

COLUMN_WEIGHTS = {"title": 10.0, "lead": 4.0, "text": 1.0, "grams": 2.0, "authors": 0.0,
                  "meta": 0.0}  # BM25 weight of a match in each column of the folded index
BM25_WEIGHTS = ", ".join(str(COLUMN_WEIGHTS[c]) for c in FOLD_COLUMNS)
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


FOLD = Index(index_reads.FOLDED, BM25_WEIGHTS, fold_term)
EXACT = Index(index_reads.EXACT, ", ".join(str(COLUMN_WEIGHTS[c]) for c in FTS_COLUMNS),
              lambda t: t.fts(folded=False))


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
        low, high = index_reads.date_span(archive)
        if low is None or high is None:
            return NOTHING  # no article has a date
        first, end = max(first or low, low), min(end or high + timedelta(days=1),
                                                 high + timedelta(days=1))
        if first >= end:
            return NOTHING
        parts.append("{meta}: (" + " OR ".join(date_tokens(first, end)) + ")")
    return " AND ".join(parts)


def date_window(filters: Filters) -> tuple[date | None, date | None]:
    """The first and the last local day that the filters' since and until let through
    (None: no bound, or one with a time of day, which the rows check): the months
    that relevance may look for recent matches in."""
    first = local_day(filters.since) if filters.since else None
    end = local_day(filters.until) if filters.until else None
    return first, end - timedelta(days=1) if end else None


def with_filters(query: Query, filter_expr: str) -> str:
    expression = FOLD.expression(query)
    return f"({expression}) AND {filter_expr}" if filter_expr else expression


def match_plan(archive: Archive, query: Query, filters: Filters, exact: bool
               ) -> tuple[Index, str, Filters]:
    """Where the matches of `query` are found: (index, its FTS5 expression, the filters
    left for the rows). Filters the folded index can say are index terms and none is
    left; ``--exact`` and a bound with a time of day leave them to the joined rows
    (:mod:`crawler.storage.matching`)."""
    if exact:
        return EXACT, EXACT.expression(query), filters
    filter_expr = filter_expression(archive, filters)
    if filter_expr is None:  # the filters cannot be index terms: check the rows
        return FOLD, FOLD.expression(query), filters
    return FOLD, with_filters(query, filter_expr), Filters()
