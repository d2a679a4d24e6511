"""Relevance: BM25 over the most recently *published* matches, ties to the newer.

A query whose matches FTS5 can rank cheaply is ranked by its bm25 over all of
them (:mod:`crawler.search.exact_rank`). A million articles cannot all be scored
in the time budget, so, as a news search does, relevance otherwise ranks the
RANK_CANDIDATES most recently published matches (whole
days from the newest, found by the index's date tokens, so no article's date is
read until equal scores are put newer first), never the newest rowids, which are
only the order articles were stored in. The candidates are scored by FTS5's bm25
with our column weights, exactly, for every term in at most SCORED_DOCS articles
(every term of an archive that size, whatever its skew). FTS5 reads a term's
whole doclist for its IDF (0.3 ms per 1,000 articles that hold it), so a more
common term is scored by :mod:`crawler.search.common_terms` with the same
formula: for every candidate from the columns it is in (title, lead: asked of
the index within the candidates' days, or read from a small table of each
article's folded title and lead) and the article's length, so a title match
still outranks a body mention and a short article a long one; then, for the
RESCORED best, from its count in their rows, so three mentions outrank one. The
weights are COLUMN_WEIGHTS (:mod:`crawler.search.indexes`); every read of the
index is one named function of :mod:`crawler.storage.index_reads`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from crawler.search.common_terms import (
    RESCORED,
    CommonTerms,
    approximate,
    common_terms,
    exact,
)
from crawler.search.counting import COUNT_CAP, MIN_SAMPLE, Walk, is_dense
from crawler.search.date_order import by_date
from crawler.search.exact_rank import affordable, exact_rank
from crawler.search.indexes import COLUMN_WEIGHTS, FOLD, Index
from crawler.search.query import Query
from crawler.storage.archive import Archive
from crawler.storage.index_reads import (
    all_match_ids,
    bm25_scores,
    count_lowest_matches,
    date_order,
    date_span,
    match_ids,
    max_rowid,
    newest_match_ids,
)
from crawler.storage.terms import NO_DATE, date_tokens

RANK_CANDIDATES = 2_000  # most recently published matches ranked by BM25
RANK_WALK = 6_000  # at most this many rows scored by FTS5
Window = tuple[date | None, date | None]  # first and last day a date filter lets through
NO_WINDOW: Window = (None, None)
SCORED_DOCS = 20_000  # a term in more articles is scored here, by the columns it is in
DAYS_MARGIN = 1.15  # days asked for beyond those the density says hold the candidates


def relevance_help() -> str:
    """How relevance and counts work, in the numbers the code uses (--help, README)."""
    w = COLUMN_WEIGHTS
    return (f"Relevance is BM25 (title {w['title']:g}, lead {w['lead']:g}, text "
            f"{w['text']:g}) over all matches when FTS5 can rank them cheaply (most queries "
            f"of an archive of tens of thousands of articles), else over the "
            f"{RANK_CANDIDATES:,} most recently published matches (whole days of them), ties "
            "to the newer article. A count is exact "
            f"up to {COUNT_CAP:,} matches; past {MIN_SAMPLE:,} it may be estimated from "
            "an even sample of the archive (\"about\").")


def rank(archive: Archive, query: Query, expression: str, found: Walk,
         need: int, index: Index = FOLD, window: Window = NO_WINDOW,
         rows_filtered: bool = False) -> list[tuple[int, float]]:
    """The first `need` matches by relevance: by FTS5's exact BM25 over all of them
    when that is cheap (:mod:`crawler.search.exact_rank`), else the RANK_CANDIDATES
    most recently published (whole days of them), by BM25 (ties to the newer
    article), then, for deep pages, the older matches newest first. `window`: the
    first and last day the expression's date filter lets through, where the recent
    matches are looked for. `rows_filtered`: `found` holds the matches left by
    filters read from the rows, not all of the expression's."""
    docs = _term_docs(archive, query, index)
    if not rows_filtered and _exactly(query, expression, found, index, docs):
        return exact_rank(archive, expression, need)
    pool = _candidates(archive, expression, found, index, RANK_CANDIDATES, window)
    scored, extra, common = _scores(archive, query, pool, index, found.total, docs)
    # Unscored last (when some are), then by score, then newest first: plain tuples
    # sort at C speed (a key function per candidate costs more than the sort).
    flag = bool(scored)
    order = sorted([(flag and r not in scored, scored.get(r, 0.0) - extra.get(r, 0.0), age, r)
                    for r, age in pool.aged])
    if common and common.terms:  # the best, with their common terms counted exactly
        extra.update(exact(archive, common, [r for *_, r in order[:RESCORED]]))
        order = sorted([(f, scored.get(r, 0.0) - extra.get(r, 0.0), age, r)
                        for f, _, age, r in order[:RESCORED]]) + order[RESCORED:]
    if pool.coarse:
        order = _newer_first(archive, order, need)
    ranked = [(r, score) for _, score, _, r in order]
    if need > len(ranked):
        seen = {r for r, _ in pool.aged}
        older = (by_date(archive, expression, True, need + len(seen), is_dense(archive, found))
                 if index is FOLD and not found.exact else
                 recent(archive, expression, found, index, need + len(seen)))
        ranked += [(r, 0.0) for r in older if r not in seen]
    return ranked[:need]


@dataclass
class Candidates:
    """The matches relevance ranks, as (rowid, age), a smaller age for the newer.
    `coarse`: ages are batches of days (or all 0), so equal scores are put in date
    order at the end (:func:`_newer_first`); else an age is the place in date order.
    `tokens`: the folded index's date tokens of the days they were found in."""
    aged: list[tuple[int, int]]
    coarse: bool = False
    tokens: list[str] = field(default_factory=list)


def ranked_among(archive: Archive, query: Query, expression: str, found: Walk,
                 window: Window = NO_WINDOW) -> list[int] | None:
    """The matches :func:`rank` ranks for an unfiltered-by-rows query in the folded
    index: None when it ranks all of them exactly, else its candidates (for a
    benchmark's comparison with an exact ranking of the same)."""
    if _exactly(query, expression, found, FOLD, _term_docs(archive, query, FOLD)):
        return None
    return [r for r, _ in _candidates(archive, expression, found, FOLD, RANK_CANDIDATES,
                                      window).aged]


def _exactly(query: Query, expression: str, found: Walk, index: Index,
             docs: dict[str, int]) -> bool:
    """Whether FTS5 ranks every match itself (the folded index only)."""
    return index is FOLD and affordable(query, expression, found.total, list(docs.values()))


def _term_docs(archive: Archive, query: Query, index: Index) -> dict[str, int]:
    """{a term as the index has it: how many articles hold it}, prefixes left out."""
    return {index.term(t): _doc_count(archive, index.term(t), index)
            for t in query.positive_terms() + query.excluded if not t.prefix}


def recent(archive: Archive, expression: str, found: Walk, index: Index,
           need: int) -> list[int]:
    """At least the `need` most recently published matches (see :func:`_candidates`),
    newest first, undated last."""
    pool = _candidates(archive, expression, found, index, need)
    if not pool.coarse:
        return [r for r, _ in pool.aged]
    return [r for r, _ in date_order(archive, [r for r, _ in pool.aged])]


def _candidates(archive: Archive, expression: str, found: Walk, index: Index, need: int,
                window: Window = NO_WINDOW) -> Candidates:
    """The `need` most recently published matches: all of them when there are no
    more; the newest `need` of them by date when there are at most COUNT_CAP (one walk
    reads them all: a sparse query's recent days would span most of the archive, and
    cost as much); else, in the folded index, whole days from the newest (their date
    tokens) until there are enough, which asks no article's date: at a million
    articles, reading the dates of the 3,000 to 5,000 matches of a month cost 6 to
    9 ms. The exact index has no date tokens: past COUNT_CAP it puts the walk's sample
    in date order."""
    ids, complete = found.rowids, found.exact
    if index is FOLD and found.total > max(need, COUNT_CAP):
        return _newest_days(archive, expression, need, found.total, window)
    if not complete and found.total <= COUNT_CAP:  # all of them: one short walk
        ids = match_ids(archive, index.table, expression, 1, max_rowid(archive),
                        COUNT_CAP + 1)
        complete = len(ids) <= COUNT_CAP
    if index is FOLD and complete and len(ids) <= need:
        return Candidates([(r, 0) for r in ids], coarse=True)
    if index is FOLD and not complete:
        return _newest_days(archive, expression, need, found.total, window)
    return Candidates([(r, i) for i, (r, _) in enumerate(date_order(archive, ids, need))])


def _newest_days(archive: Archive, expression: str, need: int, total: int,
                 window: Window) -> Candidates:
    """At least `need` matches (when there are), whole days from the newest, within
    the date filter's `window`, asked for several days at a time: as many as the
    matches found so far per day say hold the rest, DAYS_MARGIN more (the first ask
    goes by the query's count over the whole span; at a million articles, days outside
    a window cost walks that find nothing)."""
    low, high = date_span(archive)
    aged: list[tuple[int, int]] = []
    tokens: list[str] = []
    batches = 0
    if low is not None and high is not None:
        low, end = max(low, window[0] or low), min(high, window[1] or high) + timedelta(days=1)
        per_day, walked = total / max(1, (end - low).days), 0
        while end > low and len(aged) < need:
            days = max(1, math.ceil((need - len(aged)) / max(per_day, 1e-9) * DAYS_MARGIN))
            start = max(low, end - timedelta(days=days))
            batch = date_tokens(start, end)
            ids = all_match_ids(archive, f"({expression}) AND {{meta}}: ({' OR '.join(batch)})")
            aged += [(r, batches) for r in ids]
            batches += 1
            tokens += batch
            walked += (end - start).days
            end = start
            per_day = len(aged) / walked if aged else per_day / 2
    if len(aged) < need:
        aged += [(r, batches) for r in newest_match_ids(
            archive, f"({expression}) AND {{meta}}: {NO_DATE}", need - len(aged))]
        tokens.append(NO_DATE)
    return Candidates(aged, coarse=True, tokens=tokens)


def _newer_first(archive: Archive, order: list[tuple[bool, float, int, int]], need: int
                 ) -> list[tuple[bool, float, int, int]]:
    """`order` with its first `need` (and whatever ties the last of them) put newer
    first among equal scores, by their dates: a batch of days holds matches in the
    order they were stored, which a backfill reverses."""
    end = min(need, len(order))
    while 0 < end < len(order) and order[end][:2] == order[end - 1][:2]:
        end += 1
    head = order[:end]
    dates = dict(date_order(archive, [r for *_, r in head]))
    head.sort(key=lambda o: -o[3])
    head.sort(key=lambda o: dates.get(o[3]) or "", reverse=True)  # undated last
    head.sort(key=lambda o: o[:2])
    return head + order[end:]


def _scores(archive: Archive, query: Query, pool: Candidates, index: Index, matches: int,
            term_docs: dict[str, int]
            ) -> tuple[dict[int, float], dict[int, float], CommonTerms | None]:
    """FTS5's BM25 (negative: lower is better) of the candidates for the query's terms
    in at most SCORED_DOCS articles, and for more common terms what they add by the
    columns they are in (FTS5 reads a term's whole doclist for its IDF: at a million
    articles a common word would cost more than the whole search). Whether a common
    term is in a candidate's title or lead: :func:`common_terms`.

    FTS5's bm25 is asked of the candidates' days (their date tokens) when they hold
    fewer articles than the scored terms do; but bm25 reads the whole doclist of every
    token of its expression for its IDF, those of the days too (a phrase in 4,400 of a
    million articles: its candidates span five years, whose year and month tokens cost
    34 ms), so when the scored terms are in fewer articles than the days, and no more
    than RANK_WALK, all their matches are walked instead. A walk that reaches RANK_WALK
    rows stops short of some candidates, and which ones depends on the order the
    articles were stored in: then those terms are scored as common ones are, for every
    candidate alike."""
    if not pool.aged:
        return {}, {}, None
    span = _span(pool)
    groups, common, group_docs, rare = [], [], [], []
    for group in query.groups:
        alts = []
        for term in group:
            if term.prefix:
                continue  # a prefix expands to many words: it matches, it does not weigh
            docs = term_docs[index.term(term)]
            (alts if docs <= SCORED_DOCS else common).append((term, docs))
        if alts and len(alts) == len(group):
            terms = [index.term(t) for t, _ in alts]
            groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
            group_docs.append(sum(docs for _, docs in alts))
            rare += alts
        else:
            common += alts
    wanted = {r for r, _ in pool.aged}
    scored: dict[int, float] = {}
    if groups:
        restricted, between = span(" AND ".join(groups))
        in_days = len(wanted) * max_rowid(archive) / max(1, matches)  # articles, about
        if pool.tokens and min(group_docs) <= min(in_days, RANK_WALK):
            restricted, between = " AND ".join(groups), None
        rows = list(bm25_scores(archive, index.table, index.weights, restricted, between,
                                RANK_WALK))
        if len(rows) < RANK_WALK:
            scored = {r: s for r, s in rows if r in wanted}
        else:  # the walk stopped short: which candidates it reached is storage order
            common += rare
    common_part = common_terms(archive, common, list(wanted), index, pool.tokens, matches)
    return scored, approximate(common_part, list(wanted)), common_part


def _doc_count(archive: Archive, expression: str, index: Index) -> int:
    """How many articles hold a term: exact up to MIN_SAMPLE, past that estimated from
    how densely its first MIN_SAMPLE matches fill the lowest rowids (one short walk: it
    only picks how the term is scored, and a common word's IDF, which varies slowly)."""
    count, last = count_lowest_matches(archive, index.table, expression, MIN_SAMPLE)
    if count < MIN_SAMPLE:
        return count
    return round((count - 1) * max_rowid(archive) / max(1, last - 1))


def _span(pool: Candidates) -> Callable[[str], tuple[str, tuple[int, int] | None]]:
    """A restriction of an FTS5 expression to the candidates (a speed-up: callers keep
    only candidates), as (expression, rowid range or None): the date tokens of their
    days when they were found by days (few tokens), else their rowids' range (free to
    test)."""
    if not pool.tokens:
        ids = [r for r, _ in pool.aged]
        return lambda expr: (expr, (min(ids), max(ids)))
    meta = "{meta}: (" + " OR ".join(pool.tokens) + ")"
    return lambda expr: (f"({expr}) AND {meta}", None)
