"""Snippets: the words around the first hit, hits highlighted in the original.

Matching is on folded text; since folding keeps positions, the words shown
and highlighted are the original, accented ones, whatever the user typed.
"""

from __future__ import annotations

from crawler.storage.fold import fold
from crawler.storage.query import WORD_RE, Query, Term

SNIPPET_WORDS = 36


def snippet(text: str, query: Query, highlight: tuple[str, str] = ("", "")) -> str:
    """About SNIPPET_WORDS words of `text` around the first hit, hits highlighted.

    Matching is on folded text; since folding keeps positions, the words
    shown and highlighted are the original, accented ones.
    """
    folded = fold(text)
    spans = [(m.start(), m.end()) for m in WORD_RE.finditer(folded)]
    terms = query.positive_terms()
    hits: list[int] = []
    for i in range(len(spans)):
        length = _match_length(folded, spans, i, terms)
        hits.extend(range(i, i + length))
    hits = sorted(set(hits))
    first = hits[0] if hits else 0
    start = max(0, min(first - SNIPPET_WORDS // 3, len(spans) - SNIPPET_WORDS))
    end = min(len(spans), start + SNIPPET_WORDS)
    if not spans:
        return ""
    marked = _mark(text, spans, hits, start, end, highlight)
    return ("…" if start > 0 else "") + marked + ("…" if end < len(spans) else "")


def _match_length(folded: str, spans: list[tuple[int, int]], i: int,
                  terms: list[Term]) -> int:
    """How many words from word `i` on match a query term (0: none)."""
    for term in terms:
        tokens = [fold(t) for t in term.tokens]
        if i + len(tokens) > len(spans):
            continue
        words = [folded[s:e] for s, e in spans[i:i + len(tokens)]]
        if term.prefix:
            if words[0].startswith(tokens[0]):
                return 1
        elif words == tokens:
            return len(tokens)
    return 0


def _mark(text: str, spans: list[tuple[int, int]], hits: list[int], start: int, end: int,
          highlight: tuple[str, str]) -> str:
    lo = 0 if start == 0 else spans[start][0]
    hi = len(text) if end == len(spans) else spans[end - 1][1]
    if not any(highlight):
        return " ".join(text[lo:hi].split())
    out, pos = [], lo
    for i in hits:
        if start <= i < end:
            s, e = spans[i]
            out += [text[pos:s], highlight[0], text[s:e], highlight[1]]
            pos = e
    out.append(text[pos:hi])
    return " ".join("".join(out).split())
