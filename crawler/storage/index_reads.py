"""Reads of the full-text indexes, one SQL statement each, for the search stage.

:mod:`crawler.search` decides what to read (an FTS5 expression it wrote, a rowid
range, how many), in what order and what the rows mean (counts, candidates,
relevance); here is only how each read is said in SQL. ``articles_fold`` is the
folded index (words without accents or đ, word pairs, authors, and one token per
site, section and date: :mod:`crawler.storage.terms`), ``articles_fts`` the exact
one. Rows of ``articles`` joined to a match, for filters the index cannot say,
are read in :mod:`crawler.storage.matching`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from crawler.storage.archive import Archive
from crawler.storage.terms import varint_sum

FOLDED = "articles_fold"  # the folded index: every filter and date token
EXACT = "articles_fts"  # the exact index (--exact): words as written, no tokens
INDEXES = (FOLDED, EXACT)


def index_table(table: str) -> str:
    """`table`, checked to be one of the indexes (it is written into the SQL)."""
    if table not in INDEXES:
        raise ValueError(f"not a full-text index: {table!r}; one of {', '.join(INDEXES)}")
    return table


def match_ids(archive: Archive, table: str, expression: str, low: int, high: int,
              limit: int, *, newest: bool = False) -> list[int]:
    """Matches with rowids in low..high, at most `limit`, lowest first (FTS5 seeks to
    a range forwards; backwards it reads the doclist from its start), or highest
    first when `newest`."""
    table = index_table(table)
    return [r for (r,) in archive.db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? "
        f"AND rowid BETWEEN ? AND ? ORDER BY rowid {'DESC' if newest else ''} LIMIT ?",
        [expression, low, high, limit])]


def count_lowest_matches(archive: Archive, table: str, expression: str, limit: int
                         ) -> tuple[int, int | None]:
    """(how many, the highest rowid) of the `limit` matches with the lowest rowids (one
    short walk, summed in SQL)."""
    table = index_table(table)
    return archive.db.execute(
        f"SELECT count(*), max(rowid) FROM (SELECT rowid FROM {table} WHERE "
        f"{table} MATCH ? ORDER BY rowid LIMIT ?)", [expression, limit]).fetchone()


def all_match_ids(archive: Archive, expression: str, table: str = FOLDED,
                  between: tuple[int, int] | None = None) -> list[int]:
    """Every match (in the index's order), within rowids `between` when given."""
    table = index_table(table)
    if between is None:
        return [r for (r,) in archive.db.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [expression])]
    return [r for (r,) in archive.db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?",
        [expression, *between])]


def newest_match_ids(archive: Archive, expression: str, limit: int, table: str = FOLDED
                     ) -> list[int]:
    """The `limit` matches with the highest rowids, highest first (FTS5 reads its
    doclists from the end: the last match costs about a millisecond at a million
    articles, 5 for a date window's month tokens)."""
    table = index_table(table)
    return [r for (r,) in archive.db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        [expression, limit])]


def bm25_scores(archive: Archive, table: str, weights: str, expression: str,
                between: tuple[int, int] | None, limit: int) -> Iterator[tuple[int, float]]:
    """(rowid, FTS5's bm25 with these column `weights`; lower is better) of at most
    `limit` matches, within rowids `between` when given."""
    table = index_table(table)
    _check_weights(weights)
    where, params = f"{table} MATCH ?", [expression]
    if between is not None:
        where, params = where + " AND rowid BETWEEN ? AND ?", [expression, *between]
    yield from archive.db.execute(
        f"SELECT rowid, bm25({table}, {weights}) FROM {table} WHERE {where} "
        f"LIMIT {int(limit)}", params)


def bm25_best(archive: Archive, table: str, weights: str, expression: str, limit: int
              ) -> list[tuple[int, float]]:
    """The `limit` best matches by FTS5's bm25 with these column `weights` (lower is
    better), every match scored: (rowid, score), best first, rowid breaking ties."""
    table = index_table(table)
    _check_weights(weights)
    return archive.db.execute(
        f"SELECT rowid, bm25({table}, {weights}) AS s FROM {table} WHERE {table} MATCH ? "
        "ORDER BY s, rowid DESC LIMIT ?", [expression, limit]).fetchall()


def _check_weights(weights: str) -> None:
    if not all(part.strip().replace(".", "", 1).isdigit() for part in weights.split(",")):
        raise ValueError(f"bm25 weights must be numbers, one per column: {weights!r}")


def has_match(archive: Archive, expression: str) -> bool:
    """Whether anything in the folded index matches (one seek)."""
    return archive.db.execute("SELECT 1 FROM articles_fold WHERE articles_fold MATCH ? LIMIT 1",
                              [expression]).fetchone() is not None


def match_count(archive: Archive, expression: str) -> int:
    """How many articles match in the folded index (an index count, no row read)."""
    return archive.db.execute("SELECT count(*) FROM articles_fold WHERE articles_fold MATCH ?",
                              [expression]).fetchone()[0]


def ids_by_published(archive: Archive, start: str, end: str, newest: bool) -> Iterator[int]:
    """Rowids of the articles published in start..end (ISO text, end excluded) in date
    order, rowid breaking ties, read one by one from the covering index
    ``articles_published``: stop iterating when you have enough."""
    direction = "DESC" if newest else "ASC"
    for (rowid,) in archive.db.execute(
            "SELECT rowid FROM articles INDEXED BY articles_published WHERE published >= ? "
            f"AND published < ? ORDER BY published {direction}, rowid {direction}",
            [start, end]):
        yield rowid


def date_order(archive: Archive, ids: list[int], limit: int = -1
               ) -> list[tuple[int, str | None]]:
    """`ids` with their publication dates, newest first, undated last (rowid breaks
    a tie of equal dates), at most `limit` (-1: all), from the small ``article_dates``
    table (schema 006)."""
    if not ids:
        return []
    return archive.db.execute(
        "SELECT id, published FROM article_dates WHERE id IN (SELECT value FROM json_each(?)) "
        "ORDER BY published IS NULL, published DESC, id DESC LIMIT ?",
        [json.dumps(ids), limit]).fetchall()


def article_heads(archive: Archive, ids: list[int]) -> dict[int, tuple[str, str, int]]:
    """{rowid: (title, lead, length)} of `ids`: the title and lead as their folded words
    with a space before and after each (" dien bien phu "), so that "is this word, or
    phrase, in the title" is a substring test, and the article's length in the folded
    index (its ``%_docsize`` sum, copied when the article is indexed); from the small
    ``article_heads`` table (schema 009): one read where two were needed."""
    if not ids:
        return {}
    return {r: (f" {title} ", f" {lead} ", length) for r, title, lead, length in
            archive.db.execute("SELECT id, title, lead, length FROM article_heads "
                               "WHERE id IN (SELECT value FROM json_each(?))",
                               [json.dumps(ids)])}


def head_lengths(archive: Archive, ids: list[int]) -> dict[int, int]:
    """{rowid: its length in the folded index} of `ids`, from ``article_heads`` (what
    :func:`article_heads` reads, without the title and lead)."""
    if not ids:
        return {}
    return dict(archive.db.execute("SELECT id, length FROM article_heads WHERE id IN "
                                   "(SELECT value FROM json_each(?))", [json.dumps(ids)]))


def site_names(archive: Archive) -> list[str]:
    """The distinct sites, one index seek each (a DISTINCT would scan the index)."""
    return [s for (s,) in archive.db.execute(
        "WITH RECURSIVE s(site) AS (SELECT min(site) FROM articles UNION ALL "
        "SELECT (SELECT min(site) FROM articles WHERE site > s.site) FROM s "
        "WHERE s.site IS NOT NULL) SELECT site FROM s WHERE site IS NOT NULL")]


def date_span(archive: Archive) -> tuple[date | None, date | None]:
    """The days of the first and the last published article (None: no dates)."""
    low, high = archive.db.execute(  # two subqueries: each is one index lookup
        "SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)"
    ).fetchone()
    return (date.fromisoformat(low[:10]) if low else None,
            date.fromisoformat(high[:10]) if high else None)


def max_rowid(archive: Archive) -> int:
    """The highest article rowid (1 for an empty archive: a size to divide by)."""
    return archive.db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 1


def result_rows(archive: Archive, ids: list[int]) -> dict[int, tuple]:
    """{rowid: (url, site, title, published, section, authors JSON, text)} of `ids`."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r[0]: r[1:] for r in archive.db.execute(
        "SELECT rowid, url, site, title, published, section, authors, text FROM articles "
        f"WHERE rowid IN ({marks})", ids)}


def article_texts(archive: Archive, ids: list[int]) -> Iterator[tuple[int, str, str, str]]:
    """(rowid, title, lead, text) of the articles among `ids`."""
    marks = ", ".join("?" * len(ids))
    yield from archive.db.execute(
        f"SELECT rowid, title, lead, text FROM articles WHERE rowid IN ({marks})", ids)


def doc_lengths(archive: Archive, table: str, ids: list[int]) -> dict[int, int]:
    """{rowid: its tokens in all columns of the index}, for BM25's length normalisation,
    from FTS5's own ``%_docsize`` (a varint per column of each row: FTS5's documented
    file format)."""
    table = index_table(table)
    return {r: varint_sum(sz) for r, sz in archive.db.execute(
        f"SELECT id, sz FROM {table}_docsize WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)])}


def mean_length(archive: Archive, table: str) -> float:
    """The mean length of the index's rows, from FTS5's averages record (row 1 of
    ``%_data``: the row count, then each column's total)."""
    block = archive.db.execute(
        f"SELECT block FROM {index_table(table)}_data WHERE id = 1").fetchone()
    if not block:
        return 1.0
    rows_count = varint_sum(block[0][:_first_varint_end(block[0])])
    return (varint_sum(block[0]) - rows_count) / max(1, rows_count)


def _first_varint_end(blob: bytes) -> int:
    """Where the first varint of `blob` ends."""
    return next((i + 1 for i, byte in enumerate(blob) if not byte & 0x80), len(blob))
