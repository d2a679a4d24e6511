"""The rows that match a query and its filters, as SQL to build on, for the reads
that need rows of ``articles`` rather than a ranked page: a watch's new matches
(:mod:`crawler.storage.watches`).

Filters the folded index can say are index terms; the rest (``--exact``, a
bound with a time of day) are WHERE clauses on the joined row, as search does.
"""

from __future__ import annotations

from typing import Any

from crawler.search.query import parse_query
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.index_search import EXACT, FOLD, filter_expression, with_filters


def matching(archive: Archive, text: str, filters: Filters, exact: bool
             ) -> tuple[str, str, dict[str, Any]]:
    """(FROM, WHERE, params) of the articles matching; the index is aliased ``f`` and
    ``articles`` ``a``. Raises QueryError for a query with nothing to search."""
    query = parse_query(text)
    if exact:
        table, expression = EXACT.table, EXACT.expression(query)
    else:
        table, filter_expr = FOLD.table, filter_expression(archive, filters)
        if filter_expr is None:  # the filters cannot be index terms: check the rows
            expression = FOLD.expression(query)
        else:
            expression, filters = with_filters(query, filter_expr), Filters()
    clauses, params = filters.sql("a")
    params["q"] = expression
    where = " AND ".join([f"{table} MATCH :q", *clauses])
    return f"FROM {table} f JOIN articles a ON a.rowid = f.rowid", where, params
