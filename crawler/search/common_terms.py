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
the title or the lead (the ``article_heads`` table: a substring test) plus one
mention in the text. The best RESCORED of them are then counted exactly from
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
    article_heads,
    article_texts,
    doc_lengths,
    max_rowid,
    mean_length,
)
from crawler.storage.terms import words

BM25_K1, BM25_B = 1.2, 0.75  # FTS5's bm25 constants
RESCORED = 50  # the best candidates whose common terms are counted from their rows
NO_HEADS = ("", "")  # the title and lead of a candidate without a heads row
COLUMNS = ("title", "lead", "text")


@dataclass
class CommonTerms:
    """The common terms of a query, with their IDF, the candidates' folded title and
    lead (``article_heads``) and their lengths in the index."""
    terms: list[tuple[Term, float]]
    heads: dict[int, tuple[str, str, int]]
    lengths: dict[int, int]
    mean: float
    index: Index

    def bm25(self, idf: float, f: float, rowid: int) -> float:
        """What one term adds to an article's score (positive: higher is better)."""
        norm = BM25_K1 * (1 - BM25_B + BM25_B * self.lengths.get(rowid, self.mean) / self.mean)
        return idf * f * (BM25_K1 + 1) / (f + norm)


def common_terms(archive: Archive, terms: list[tuple[Term, int]], ids: list[int],
                 index: Index) -> CommonTerms:
    """`terms` (each with how many articles hold it) ready to score `ids`: the heads
    table gives the folded index's lengths with the titles; the exact index's are
    read from its own records."""
    if not terms:
        return CommonTerms([], {}, {}, 1.0, index)
    total = max_rowid(archive)
    heads = article_heads(archive, ids)
    lengths = ({r: h[2] for r, h in heads.items()} if index is FOLD else
               doc_lengths(archive, index.table, ids))
    return CommonTerms([(t, max(1e-6, math.log((total - docs + 0.5) / (docs + 0.5))))
                        for t, docs in terms], heads, lengths,
                       mean_length(archive, index.table), index)


def approximate(common: CommonTerms, ids: list[int]) -> dict[int, float]:
    """{rowid: what the common terms add}, f from the columns each term is in: the
    title and lead as stored folded in ``article_heads``, the text counted once. (The
    loop is written out: 2,000 candidates times each term, in Python.)"""
    out = dict.fromkeys(ids, 0.0)
    if not common.terms:
        return out
    in_title, in_lead, in_text = (COLUMN_WEIGHTS[c] for c in COLUMNS)
    k1, b, mean, lengths = BM25_K1, BM25_B, common.mean, common.lengths
    rows = [(r, *common.heads.get(r, NO_HEADS)[:2],
             k1 * (1 - b + b * lengths.get(r, mean) / mean)) for r in ids]
    for term, idf in common.terms:
        needle = f" {words(' '.join(term.tokens))} "  # folded, as the heads are
        scale = idf * (k1 + 1)
        for r, head_title, head_lead, norm in rows:
            f = in_text + (in_title if needle in head_title else 0.0) + (
                in_lead if needle in head_lead else 0.0)
            out[r] += scale * f / (f + norm)
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
