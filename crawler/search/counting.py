"""How many articles match, the same whatever order they were stored in.

At a million articles a common word matches most of them, and anything done
once per match (reading its 4 KB row, a BM25 score, even counting) costs more
than the whole time budget. So the count is exact for rarer queries and
estimated past that from an even sample of the rowids (:func:`walk`), so that
the order articles were stored in (a backfill stores old ones last) does not
skew it; Elasticsearch reports a lower bound past 10,000 hits for the same
reason. The index is read through :mod:`crawler.storage.index_reads`.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.search.indexes import FOLD, Index
from crawler.storage.archive import Archive
from crawler.storage.index_reads import date_span, match_ids, max_rowid, newest_match_ids

COUNT_CAP = 5_000  # matches counted one by one; more are estimated
BLOCKS = 8  # rowid blocks a count walk samples evenly (a sharp edge errs by one)
MIN_BLOCK = 8  # rowids in a block at least (a small archive has fewer blocks)
MIN_SAMPLE = 1_000  # matches that are enough to estimate the count
DENSE_MONTH = 300  # matches in an average month past which date order walks day by day


@dataclass
class Walk:
    """The newest matches of an expression, and what they say about the count."""
    rowids: list[int]
    total: int
    exact: bool


def is_dense(archive: Archive, found: Walk) -> bool:
    """Whether a query has more than DENSE_MONTH matches in an average month of the
    archive, so that date order is walked day by day: a month of such a query is more
    rows than a day's walk costs. (A share of the archive said it badly for a small
    one: in 3,000 articles over ten years, a word in a fifth of them was walked day by
    day, 100 index reads for a page of 20, 50 ms.)"""
    low, high = date_span(archive)
    months = (high.year - low.year) * 12 + high.month - low.month + 1 if low and high else 1
    return found.total > DENSE_MONTH * months


def walk(archive: Archive, expression: str, index: Index = FOLD) -> Walk:
    """Matches and their count, the same whatever order the articles were stored in.

    A query with fewer than MIN_SAMPLE matches is read whole: the count is exact.
    Otherwise the rowids from the first match to the last are cut into BLOCKS
    blocks, and each is walked from its bottom for its share of the sample
    (MIN_SAMPLE / BLOCKS matches, at least 2): a block that has fewer is counted
    whole; in the others the matches walked are known and the rest of the block is
    counted at their density. This is a stratified sample: a backfill, which puts
    old articles on the newest rowids, or a word only in recent news cannot skew it
    as a walk of the newest rowids would. Matches that sit in one stretch of rowids
    (a date window in a chronological archive) neither start nor end inside a
    block's unwalked part, so their edges do not inflate it: counting whole blocks
    from the first match of each put a one-year window at twice its size at a
    million articles. Past COUNT_CAP matches a count is always an estimate."""
    limit = min(MIN_SAMPLE, COUNT_CAP + 1)
    first = match_ids(archive, index.table, expression, 1, max_rowid(archive), limit)
    if len(first) < limit:
        return Walk(first, len(first), True)
    bottom = first[0]
    top = max([first[-1], *newest_match_ids(archive, expression, 1, index.table)])
    span = top - bottom + 1
    count = max(1, min(BLOCKS, span // MIN_BLOCK))
    edges = [bottom + span * i // count for i in range(count)] + [top + 1]
    share = max(2, -(-limit // count))
    rowids: list[int] = []
    estimate, exact = 0.0, True
    for low, high in zip(edges, [e - 1 for e in edges[1:]], strict=False):
        ids = [r for r in first if low <= r <= high][:share]  # the first walk's part
        if len(ids) < share and first[-1] < high:
            ids += match_ids(archive, index.table, expression, max(low, first[-1] + 1), high,
                             share - len(ids))
        rowids += ids
        if len(ids) < share:
            estimate += len(ids)
        else:
            exact = False
            # the walked part holds these k; the rest at their density (k - 1 gaps)
            estimate += len(ids) + (high - ids[-1]) * (len(ids) - 1) / max(1, ids[-1] - ids[0])
    if exact and estimate <= COUNT_CAP:  # every block read whole
        return Walk(rowids, len(rowids), True)
    return Walk(rowids, max(len(rowids) + 1, _round(estimate)), False)


def _round(n: float) -> int:
    """Two significant digits: an estimate should not look exact."""
    digits = max(0, len(str(int(n))) - 2)
    return int(round(n, -digits))
