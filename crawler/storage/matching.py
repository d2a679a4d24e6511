"""Rows of ``articles`` that match an index expression and filters on the row.

For what the index cannot say: ``--exact`` (the exact index has no filter
tokens) and a bound with a time of day. Each match's row is read and filtered
by :meth:`Filters.sql <crawler.storage.filters.Filters.sql>`, which costs a row
read per match. The expression is written by :mod:`crawler.search`; the reads
here serve the search API, the facets and the watches.
"""

from __future__ import annotations

from typing import Any

from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.index_reads import index_table


def matching(table: str, expression: str, filters: Filters) -> tuple[str, str, dict[str, Any]]:
    """(FROM, WHERE, params) of the articles matching; the index is aliased ``f`` and
    ``articles`` ``a``."""
    table = index_table(table)
    clauses, params = filters.sql("a")
    params["q"] = expression
    where = " AND ".join([f"{table} MATCH :q", *clauses])
    return f"FROM {table} f JOIN articles a ON a.rowid = f.rowid", where, params


def matching_ids(archive: Archive, table: str, expression: str, filters: Filters) -> list[int]:
    """The rowids of every matching article (in the index's order)."""
    sql_from, where, params = matching(table, expression, filters)
    return [r for (r,) in archive.db.execute(f"SELECT f.rowid {sql_from} WHERE {where}", params)]


def matching_facet_rows(archive: Archive, table: str, expression: str, filters: Filters
                        ) -> list[tuple[str, str | None, str | None, int]]:
    """(site, section key or None, month YYYY-MM or None, matches) of the matching rows,
    one pass; the key is :func:`crawler.storage.terms.key` of the section, as
    ``--section`` matches it."""
    sql_from, where, params = matching(table, expression, filters)
    return archive.db.execute(
        "SELECT a.site, CASE WHEN coalesce(a.section, '') != '' THEN na_key(a.section) "
        "END, substr(a.published, 1, 7), count(*) "
        f"{sql_from} WHERE {where} GROUP BY 1, 2, 3", params).fetchall()


def new_matching_rows(archive: Archive, table: str, expression: str, filters: Filters,
                      low: int, high: int, limit: int | None) -> list[tuple]:
    """(url, site, title, published, section, authors JSON, text) of the matches stored
    with rowids in low+1..high, newest stored first, at most `limit` (None: all)."""
    sql_from, where, params = matching(table, expression, filters)
    params.update(low=low, high=high, limit=-1 if limit is None else limit)
    return archive.db.execute(
        f"SELECT a.url, a.site, a.title, a.published, a.section, a.authors, a.text {sql_from} "
        f"WHERE {where} AND f.rowid > :low AND f.rowid <= :high ORDER BY f.rowid DESC "
        "LIMIT :limit", params).fetchall()
