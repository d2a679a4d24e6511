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
from crawler.storage.index_reads import match_ids, max_rowid

COUNT_CAP = 5_000  # matches counted one by one; more are estimated
BLOCKS = 8  # rowid blocks a count walk samples evenly (a sharp edge errs by one)
MIN_BLOCK = 8  # rowids in a block at least (a small archive has fewer blocks)
MIN_SAMPLE = 1_000  # matches that are enough to estimate the count
DENSE_SHARE = 0.05  # a query matching more of the archive is put in date order by days


@dataclass
class Walk:
    """The newest matches of an expression, and what they say about the count."""
    rowids: list[int]
    total: int
    exact: bool


def is_dense(archive: Archive, found: Walk) -> bool:
    """Whether a query matches more than DENSE_SHARE of the archive."""
    return found.total > DENSE_SHARE * max_rowid(archive)


def walk(archive: Archive, expression: str, index: Index = FOLD) -> Walk:
    """Matches and their count, the same whatever order the articles were stored in.

    A query with fewer than MIN_SAMPLE matches is read whole: the count is exact.
    Otherwise the rowids are cut into BLOCKS blocks, and each is walked from its
    bottom for its share of the sample (MIN_SAMPLE / BLOCKS matches, at least 2): a
    block that has fewer is counted whole, the others by their density where walked. This
    is a stratified sample: a backfill, which puts old articles on the newest
    rowids, or a word only in recent news cannot skew it as a walk of the newest
    rowids would; a sharp edge in time errs by at most a block. Past COUNT_CAP
    matches a count is always an estimate."""
    top = max_rowid(archive)
    limit = min(MIN_SAMPLE, COUNT_CAP + 1)
    first = match_ids(archive, index.table, expression, 1, top, limit)
    if len(first) < limit:
        return Walk(first, len(first), True)
    count = max(1, min(BLOCKS, top // MIN_BLOCK))
    edges = [1 + top * i // count for i in range(count)] + [top + 1]
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
            # k matches: k - 1 gaps between the first and the k-th
            estimate += (len(ids) - 1) * (high - low + 1) / max(1, ids[-1] - ids[0])
    if exact and estimate <= COUNT_CAP:  # every block read whole
        return Walk(rowids, len(rowids), True)
    return Walk(rowids, max(len(rowids) + 1, _round(estimate)), False)


def _round(n: float) -> int:
    """Two significant digits: an estimate should not look exact."""
    digits = max(0, len(str(int(n))) - 2)
    return int(round(n, -digits))
