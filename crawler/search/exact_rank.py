"""Relevance as FTS5's exact BM25 over every match, when that is cheap enough.

Ranking the most recently published candidates (:mod:`crawler.search.ranking`)
is what makes a million articles searchable in tens of milliseconds, but it
cannot find the best of all matches, and its scoring runs in Python. FTS5's own
bm25 can, in C, at a cost that grows with the matches (about 1.3 us each at a
million articles) and with each term's index entry, which it reads whole for
the term's IDF (about a third of that an article holding the term). Up to
EXACT_ROWS by that count it is cheaper than the candidates' ranking: at 100,000
articles (bench_search, same sitting) 12,000 rows gave top-10 agreement with the
exact ranking 0.47 and p50 / p95 32 / 64 ms, 50,000 gave 0.66 and 27 / 48,
100,000 gave 0.88 and 28 / 81. So an archive of tens of thousands of articles
ranks most queries exactly; at a million, a word's entry alone is past it.
Filters are left to the candidates' ranking: their index tokens (a site, a year)
hold a large share of the archive each, and bm25 would read them too.
"""

from __future__ import annotations

from crawler.search.indexes import FOLD
from crawler.search.query import Query
from crawler.storage.archive import Archive
from crawler.storage.index_reads import bm25_best, date_order

EXACT_ROWS = 50_000  # matches plus a third of the terms' articles, ranked by FTS5 itself
IDF_SHARE = 3  # reading an article of a term's entry for its IDF costs a third of a match


def affordable(query: Query, expression: str, matches: int, term_docs: list[int]) -> bool:
    """Whether FTS5 can rank every match of an unfiltered query within EXACT_ROWS:
    `matches` of it, `term_docs` the articles holding each of its terms (a prefix
    expands to many terms: never)."""
    if expression != FOLD.expression(query) or any(
            t.prefix for t in query.positive_terms() + query.excluded):
        return False
    return matches + sum(term_docs) / IDF_SHARE <= EXACT_ROWS


def exact_rank(archive: Archive, expression: str, need: int) -> list[tuple[int, float]]:
    """The first `need` matches by FTS5's bm25 over all of them (our column weights),
    ties to the newer article: the best `need` and whatever ties the last of them,
    put in date order among equal scores."""
    if need < 1:
        return []
    pool = need
    while True:
        rows = bm25_best(archive, FOLD.table, FOLD.weights, expression, pool * 2)
        if len(rows) < pool * 2 or rows[-1][1] > rows[need - 1][1]:
            break
        pool *= 4  # the last of the page ties with all those read: read more
    if len(rows) > need:
        last = rows[need - 1][1]
        rows = [row for i, row in enumerate(rows) if i < need or row[1] == last]
    dates = dict(date_order(archive, [r for r, _ in rows]))
    rows.sort(key=lambda row: -row[0])
    rows.sort(key=lambda row: dates.get(row[0]) or "", reverse=True)  # undated last
    rows.sort(key=lambda row: row[1])
    return rows[:need]
