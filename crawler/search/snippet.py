"""Snippets: the words around the first hit, hits highlighted in the original.

Matching is on folded text; since folding keeps positions, the words shown
and highlighted are the original, accented ones, whatever the user typed.
"""

from __future__ import annotations

import re

from crawler.search.query import WORD_RE, Query
from crawler.storage.fold import accent_pattern, fold

SNIPPET_WORDS = 36
# The text a snippet is cut from: from a quarter of the window before the first
# hit (a snippet starts SNIPPET_WORDS // 3 words before it, ~80 characters of
# Vietnamese) to three times as far after it (the rest of its ~36 words, ~200).
# Only this window is split into words and scanned in Python: a whole article
# text (4 KB) per result was most of a search's time in snippets.
WINDOW_CHARS = 640


def snippet(text: str, query: Query, highlight: tuple[str, str] = ("", "")) -> str:
    """About SNIPPET_WORDS words of `text` around the first hit, hits highlighted.

    Matching is on folded text; since folding keeps positions, the words
    shown and highlighted are the original, accented ones.
    """
    terms = [([fold(t) for t in term.tokens], term.prefix) for term in query.positive_terms()]
    if len(text) > WINDOW_CHARS:
        # Only the words around the first hit are read: one regex finds it in the text
        # as written (folding keeps positions); no hit in the text (a title match):
        # its beginning.
        first_hit = _first_hit_re(terms).search(text)
        lo = _word_start(text, max(0, first_hit.start() - WINDOW_CHARS // 4)
                         ) if first_hit else 0
        hi = min(len(text), lo + WINDOW_CHARS)
        clipped = snippet_window(text[lo:hi], fold(text[lo:hi]), terms, highlight)
        return ("…" if lo > 0 and not clipped.startswith("…") else "") + clipped + (
            "…" if hi < len(text) and not clipped.endswith("…") else "")
    return snippet_window(text, fold(text), terms, highlight)


def snippet_window(text: str, folded: str, terms: list[tuple[list[str], bool]],
                   highlight: tuple[str, str]) -> str:
    """The snippet of `text` (whose folded form is `folded`), hits highlighted."""
    spans = [(m.start(), m.end()) for m in WORD_RE.finditer(folded)]
    words = [folded[s:e] for s, e in spans]
    firsts = {tokens[0] for tokens, prefix in terms if not prefix}
    prefixes = tuple(tokens[0] for tokens, prefix in terms if prefix)
    hits: list[int] = []
    for i, word in enumerate(words):
        if word in firsts or (prefixes and word.startswith(prefixes)):
            hits.extend(range(i, i + _match_length(words, i, terms)))
    hits = sorted(set(hits))
    first = hits[0] if hits else 0
    start = max(0, min(first - SNIPPET_WORDS // 3, len(spans) - SNIPPET_WORDS))
    end = min(len(spans), start + SNIPPET_WORDS)
    if not spans:
        return ""
    marked = _mark(text, spans, hits, start, end, highlight)
    return ("…" if start > 0 else "") + marked + ("…" if end < len(spans) else "")


def _first_hit_re(terms: list[tuple[list[str], bool]]) -> re.Pattern[str]:
    """The first hit of any term in unfolded text (terms folded)."""
    alternatives = [r"\W+".join(map(accent_pattern, tokens)) + (r"\w*" if prefix else r"\b")
                    for tokens, prefix in terms]
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _word_start(text: str, pos: int) -> int:
    """Back to the start of the word at `pos`."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _match_length(words: list[str], i: int, terms: list[tuple[list[str], bool]]) -> int:
    """How many words from word `i` on match a query term (0: none); terms folded."""
    for tokens, prefix in terms:
        if prefix:
            if words[i].startswith(tokens[0]):
                return 1
        elif words[i:i + len(tokens)] == tokens:
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
