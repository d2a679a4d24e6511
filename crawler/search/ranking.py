"""Relevance: BM25 over the most recently *published* matches, ties to the newer.

A million articles cannot all be scored in the time budget, so, as a news
search does, relevance ranks the RANK_CANDIDATES most recently published
matches (whole months from the newest, by their index tokens, then ordered by
the small ``article_dates`` table), never the newest rowids, which are only the
order articles were stored in. The candidates are scored by FTS5's bm25 with
our column weights, exactly, for every term in at most SCORED_DOCS articles
(every term of an archive that size, whatever its skew). FTS5 reads a term's
whole doclist for its IDF (0.3 ms per 1,000 articles that hold it), so a more
common term is scored by :mod:`crawler.search.common_terms` with the same
formula: for every candidate from the columns it is in (title, lead: a small
table of each article's folded title and lead) and the article's length from
the index's own table of lengths, so a title match still outranks a body
mention and a short article a long one; then, for the RESCORED best, from its
count in their rows, so three mentions outrank one. The weights are COLUMN_WEIGHTS
(:mod:`crawler.search.indexes`); every read of the index is one named function
of :mod:`crawler.storage.index_reads`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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
from crawler.storage.terms import NO_DATE, date_tokens, month_token, next_month

RANK_CANDIDATES = 2_000  # most recently published matches ranked by BM25
RANK_WALK = 6_000  # at most this many rows scored by FTS5
Window = tuple[date | None, date | None]  # first and last day a date filter lets through
NO_WINDOW: Window = (None, None)
SCORED_DOCS = 20_000  # a term in more articles is scored here, by the columns it is in


def relevance_help() -> str:
    """How relevance and counts work, in the numbers the code uses (--help, README)."""
    w = COLUMN_WEIGHTS
    return (f"Relevance is BM25 (title {w['title']:g}, lead {w['lead']:g}, text "
            f"{w['text']:g}) over the {RANK_CANDIDATES:,} most recently published matches "
            "(all of them for rarer queries), ties to the newer article. A count is exact "
            f"up to {COUNT_CAP:,} matches; past {MIN_SAMPLE:,} it may be estimated from "
            "an even sample of the archive (\"about\").")


def rank(archive: Archive, query: Query, expression: str, found: Walk,
         need: int, index: Index = FOLD, window: Window = NO_WINDOW) -> list[tuple[int, float]]:
    """The first `need` matches by relevance: the RANK_CANDIDATES most recently
    published, by BM25 (ties to the newer article), then, for deep pages, the
    older matches newest first. `window`: the first and last day the expression's
    date filter lets through, where the recent matches are looked for."""
    dated, by_months = _recent(archive, expression, found, index, RANK_CANDIDATES, window)
    scored, extra, common = _scores(archive, query, dated, index, by_months)
    # Unscored last (when some are), then by score, then newest first: plain tuples
    # sort at C speed (a key function per candidate costs more than the sort).
    some_scored = bool(scored)

    def key(i: int, r: int) -> tuple[bool, float, int, int]:
        return some_scored and r not in scored, scored.get(r, 0.0) - extra.get(r, 0.0), i, r

    order = sorted(key(i, r) for i, (r, _) in enumerate(dated))
    if common and common.terms:  # the best, with their common terms counted exactly
        extra.update(exact(archive, common, [r for *_, r in order[:RESCORED]]))
        order = sorted(key(i, r) for *_, i, r in order[:RESCORED]) + order[RESCORED:]
    ranked = [(r, score) for _, score, _, r in order]
    if need > len(ranked):
        seen = {r for r, _ in dated}
        older = (by_date(archive, expression, True, need + len(seen), is_dense(archive, found))
                 if index is FOLD and not found.exact else
                 [r for r, _ in recent(archive, expression, found, index, need + len(seen))])
        ranked += [(r, 0.0) for r in older if r not in seen]
    return ranked[:need]


def recent(archive: Archive, expression: str, found: Walk, index: Index,
           need: int) -> list[tuple[int, str | None]]:
    """The `need` most recently published matches (see :func:`_recent`)."""
    return _recent(archive, expression, found, index, need)[0]


def _recent(archive: Archive, expression: str, found: Walk, index: Index, need: int,
            window: Window = NO_WINDOW) -> tuple[list[tuple[int, str | None]], bool]:
    """The `need` most recently published matches (rowid, published), newest first,
    undated last: all of them sorted when the walk read them all, else whole months
    from the newest (their index tokens) until there are enough. The exact index
    has no month tokens: past COUNT_CAP matches it sorts the walk's sample."""
    ids, complete = found.rowids, found.exact
    if not complete and found.total <= COUNT_CAP:  # all of them: one short walk
        ids = match_ids(archive, index.table, expression, 1, max_rowid(archive),
                        COUNT_CAP + 1)
        complete = len(ids) <= COUNT_CAP
    by_months = not complete and index is FOLD
    if by_months:
        ids = _newest_months(archive, expression, need, found.total, window)
    return date_order(archive, ids, need), by_months  # and whether by months


def _newest_months(archive: Archive, expression: str, need: int, total: int,
                   window: Window) -> list[int]:
    """At least `need` matches (when there are), whole months from the newest, asked
    for several months at a time (as many as the query's density says hold `need`),
    within the date filter's `window`: at a million articles, months outside it cost
    walks that find nothing, and diluted the density (a 2016-2018 window asked from
    2024 back, ever more months a walk)."""
    low, high = date_span(archive)
    if low is not None and high is not None:
        low, high = max(low, window[0] or low), min(high, window[1] or high)
    months: list[str] = []
    day = high
    while low is not None and day is not None and day >= low.replace(day=1):
        months.append(month_token(day))
        day = (day.replace(day=1) - timedelta(days=1)).replace(day=1)
    per_month = max(1.0, total / max(1, len(months)))
    out: list[int] = []
    start = 0
    while start < len(months) and len(out) < need:
        count = max(1, math.ceil((need - len(out)) / per_month * 1.25))
        batch, start = months[start:start + count], start + count
        out += all_match_ids(archive, f"({expression}) AND {{meta}}: ({' OR '.join(batch)})")
        per_month = per_month if len(out) else per_month / 2
    if len(out) >= need:
        return out
    return out + newest_match_ids(archive, f"({expression}) AND {{meta}}: {NO_DATE}",
                                  need - len(out))


def _scores(archive: Archive, query: Query,
            dated: list[tuple[int, str | None]], index: Index, by_months: bool
            ) -> tuple[dict[int, float], dict[int, float], CommonTerms | None]:
    """FTS5's BM25 (negative: lower is better) of the candidates for the query's terms
    in at most SCORED_DOCS articles, and for more common terms what they add by the
    columns they are in (FTS5 reads a term's whole doclist for its IDF: at a million
    articles a common word would cost more than the whole search). Whether a common
    term is in a candidate's title or lead is read from the folded heads table, a
    substring test each, not from the index (see schema 009: a column walk cost
    4 to 40 ms a word at a million articles); for ``--exact`` that test is folded."""
    if not dated:
        return {}, {}, None
    span = _span(dated, index, by_months)
    groups, common = [], []
    for group in query.groups:
        alts = []
        for term in group:
            if term.prefix:
                continue  # a prefix expands to many words: it matches, it does not weigh
            docs = _doc_count(archive, index.term(term), index)
            (alts if docs <= SCORED_DOCS else common).append((term, docs))
        if alts and len(alts) == len(group):
            terms = [index.term(t) for t, _ in alts]
            groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
        else:
            common += alts
    wanted = {r for r, _ in dated}
    scored: dict[int, float] = {}
    if groups:
        restricted, between = span(" AND ".join(groups))
        scored = {r: s for r, s in bm25_scores(archive, index.table, index.weights, restricted,
                                               between, RANK_WALK) if r in wanted}
    common_part = common_terms(archive, common, list(wanted), index)
    return scored, approximate(common_part, list(wanted)), common_part


def _doc_count(archive: Archive, expression: str, index: Index) -> int:
    """How many articles hold a term: exact up to MIN_SAMPLE, past that estimated from
    how densely its first MIN_SAMPLE matches fill the lowest rowids (one short walk: it
    only picks how the term is scored, and a common word's IDF, which varies slowly)."""
    count, last = count_lowest_matches(archive, index.table, expression, MIN_SAMPLE)
    if count < MIN_SAMPLE:
        return count
    return round((count - 1) * max_rowid(archive) / max(1, last - 1))


def _span(dated: list[tuple[int, str | None]], index: Index, by_months: bool
          ) -> Callable[[str], tuple[str, tuple[int, int] | None]]:
    """A restriction of an FTS5 expression to the candidates (a speed-up: callers keep
    only candidates), as (expression, rowid range or None): their dates when they are
    whole months of the folded index (few tokens), else their rowids' range (free to
    test)."""
    if index is not FOLD or not by_months:
        ids = [r for r, _ in dated]
        return lambda expr: (expr, (min(ids), max(ids)))
    days = sorted({p[:10] for _, p in dated if p})  # whole months: the candidates' own
    tokens = date_tokens(date.fromisoformat(days[0]).replace(day=1),
                         next_month(date.fromisoformat(days[-1]))) if days else []
    if any(p is None for _, p in dated):
        tokens.append(NO_DATE)
    meta = "{meta}: (" + " OR ".join(tokens) + ")"
    return lambda expr: (f"({expr}) AND {meta}", None)


