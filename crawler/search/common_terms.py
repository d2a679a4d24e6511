"""BM25 of the query terms too common for FTS5 to score, as FTS5 would score them.

FTS5's bm25() reads a term's whole doclist for its IDF (0.3 ms per 1,000
articles that hold it), so a term in more than SCORED_DOCS articles
(:mod:`crawler.search.ranking`) is scored here with FTS5's own formula:
``idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))``, where f is the
term's count in each column times the column's weight and D the article's
length in the index. Its IDF comes from the ranking's estimate of how many
articles hold it.

Counting f needs the article's words. For the 2,000 candidates it is
approximated from what is cheap (:func:`approximate`): whether the term is in
the title or the lead (asked of the folded index within the candidates' days,
or a substring test of the ``article_heads`` table: :func:`common_terms`) plus
one mention in the text. The best RESCORED of them are then counted exactly from
their rows (:func:`exact`: a row read and a fold of its text each, about 0.2 ms
a candidate), so the top of the ranking is much nearer FTS5's BM25: the top 10
of our candidates share with FTS5's exact bm25 over them 0.91 (100,000
articles) and 0.84 (1,000,000), against 0.73 and 0.61 from the approximation
alone; 100 rescored would give 0.96 at 100,000, for twice the cost.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from crawler.search.indexes import COLUMN_WEIGHTS, FOLD, Index
from crawler.search.query import Term
from crawler.storage.archive import Archive
from crawler.storage.fold import fold
from crawler.storage.index_reads import (
    all_match_ids,
    article_heads,
    article_texts,
    doc_lengths,
    head_lengths,
    max_rowid,
    mean_length,
)
from crawler.storage.terms import words

BM25_K1, BM25_B = 1.2, 0.75  # FTS5's bm25 constants
RESCORED = 50  # the best candidates whose common terms are counted from their rows
COLUMN_WALK = 5  # index rows a column walk may read per candidate (else heads are read)
COLUMNS = ("title", "lead", "text")


@dataclass
class CommonTerms:
    """The common terms of a query, with their IDF; for each, the candidates that have it
    in their title and those that have it in their lead; the candidates' lengths in
    the index."""
    terms: list[tuple[Term, float]]
    places: list[tuple[set[int], set[int]]]
    lengths: dict[int, int]
    mean: float
    index: Index

    def bm25(self, idf: float, f: float, rowid: int) -> float:
        """What one term adds to an article's score (positive: higher is better)."""
        norm = BM25_K1 * (1 - BM25_B + BM25_B * self.lengths.get(rowid, self.mean) / self.mean)
        return idf * f * (BM25_K1 + 1) / (f + norm)


def common_terms(archive: Archive, terms: list[tuple[Term, int]], ids: list[int],
                 index: Index, days: list[str] | None = None, matches: int = 0
                 ) -> CommonTerms:
    """`terms` (each with how many articles hold it) ready to score `ids`, the candidates
    of a query with `matches` matches, found by whole `days` (their date tokens) or not.

    Which candidates have a term in their title, and which in their lead, is asked of
    the folded index within those days: 0.1 to 0.6 ms a column for a word at a million
    articles, where reading 2,000 folded titles and leads costs 3 to 16 ms and testing
    them in Python as much again. A walk reads every row of the term in those days, so
    a term far more common than the query (a syllable of a name) would read many that
    are not candidates: past COLUMN_WALK rows a candidate, and for candidates not found
    by days (all the matches of a rarer query, or the exact index's), their folded
    title and lead are read and tested instead (the heads table, whose lengths are the
    folded index's; the exact index's are read from its own records)."""
    if not terms:
        return CommonTerms([], [], {}, 1.0, index)
    total = max_rowid(archive)
    walked = sum(docs for _, docs in terms) / max(1, matches)  # rows per candidate, per column
    if days and index is FOLD and walked <= COLUMN_WALK:
        wanted, meta = set(ids), "{meta}: (" + " OR ".join(days) + ")"
        places = [(wanted.intersection(all_match_ids(archive, f"{{title}}: {phrase} AND {meta}")),
                   wanted.intersection(all_match_ids(archive, f"{{lead}}: {phrase} AND {meta}")))
                  for phrase in (term.fts(folded=True) for term, _ in terms)]
        lengths = head_lengths(archive, ids)
    else:
        heads = article_heads(archive, ids)
        needles = [f" {words(' '.join(term.tokens))} " for term, _ in terms]  # as heads are
        places = [({r for r, head in heads.items() if needle in head[0]},
                   {r for r, head in heads.items() if needle in head[1]}) for needle in needles]
        lengths = ({r: h[2] for r, h in heads.items()} if index is FOLD else
                   doc_lengths(archive, index.table, ids))
    return CommonTerms([(t, max(1e-6, math.log((total - docs + 0.5) / (docs + 0.5))))
                        for t, docs in terms], places, lengths,
                       mean_length(archive, index.table), index)


def approximate(common: CommonTerms, ids: list[int]) -> dict[int, float]:
    """{rowid: what the common terms add}, f from the columns each term is in (title,
    lead), the text counted once: every candidate gets a term's score for one mention
    in the text, then those with it in the title or lead what that adds."""
    out = dict.fromkeys(ids, 0.0)
    if not common.terms:
        return out
    in_title, in_lead, in_text = (COLUMN_WEIGHTS[c] for c in COLUMNS)
    k1, b, mean, lengths = BM25_K1, BM25_B, common.mean, common.lengths
    norms = {r: k1 * (1 - b + b * lengths.get(r, mean) / mean) for r in ids}
    for (_, idf), (title, lead) in zip(common.terms, common.places, strict=True):
        scale = idf * (k1 + 1)
        for r, norm in norms.items():
            out[r] += scale * in_text / (in_text + norm)
        for r in title | lead:
            if r in norms:
                f = in_text + (in_title if r in title else 0.0) + (in_lead if r in lead else 0.0)
                norm = norms[r]
                out[r] += scale * f / (f + norm) - scale * in_text / (in_text + norm)
    return out


def exact(archive: Archive, common: CommonTerms, ids: list[int]) -> dict[int, float]:
    """{rowid: what the common terms add}, each term counted in the row's title, lead
    and text as the index counts it: a word in each column at that column's weight; in
    the folded index a phrase is its word pairs, at the weight of their column. The
    text is folded once (or lower-cased for the exact index) and each term found in it
    by substring search, its boundaries checked at each hit: tokenising the text
    costs two to three times as much."""
    out = dict.fromkeys(ids, 0.0)
    folded = common.index is FOLD
    finders = [(_finder([fold(t) if folded else t for t in term.tokens]), len(term.tokens) > 1,
                idf) for term, idf in common.terms]
    for rowid, *texts in article_texts(archive, ids):
        columns = [(fold(t) if folded else t.lower()) if t else "" for t in texts]
        for count, phrase, idf in finders:
            counts = [count(c) for c in columns]
            if folded and phrase:
                f = COLUMN_WEIGHTS["grams"] * sum(counts)
            else:
                f = sum(COLUMN_WEIGHTS[c] * n for c, n in zip(COLUMNS, counts, strict=True))
            out[rowid] += common.bm25(idf, f, rowid)
    return out


def _finder(tokens: list[str]) -> Callable[[str], int]:
    """A function counting the phrase `tokens` (one word or more, as the index has them)
    as whole words in a text prepared the same way: a word by str.find, a phrase by a
    regular expression that starts with its first word (so that the search skips ahead
    at C speed), anything but letters, digits and _ between its words."""
    if len(tokens) == 1:
        word = tokens[0]

        def count(text: str) -> int:
            n, at = 0, text.find(word)
            while at >= 0:
                n += _whole(text, at, at + len(word))
                at = text.find(word, at + 1)
            return n
        return count
    pattern = re.compile(r"\W+".join(map(re.escape, tokens)))
    return lambda text: sum(_whole(text, m.start(), m.end()) for m in pattern.finditer(text))


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not part of a longer word."""
    return not ((start and _in_word(text[start - 1])) or (end < len(text) and _in_word(text[end])))


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
