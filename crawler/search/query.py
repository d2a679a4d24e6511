"""Reading a user's query into terms, and writing it back as safe FTS5.

Words, "quoted phrases", ``word*`` prefixes, ``-excluded`` words and ``OR``
between terms. Every token is quoted in the FTS5 expression, so nothing a
user types reaches FTS5's own syntax: no query can raise an SQL error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.storage.fold import fold, has_accents
from crawler.storage.terms import gram_phrase

WORD_RE = re.compile(r"\w+")
TERM_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')


class QueryError(ValueError):
    """A query that cannot be searched; the message says why and what to type."""


@dataclass
class Term:
    tokens: list[str]  # as typed (lower-cased), one or more for a phrase
    prefix: bool = False
    negate: bool = False

    def fts(self, folded: bool) -> str:
        tokens = [fold(t) if folded else t for t in self.tokens]
        return f'"{" ".join(tokens)}"' + ("*" if self.prefix else "")


@dataclass
class Query:
    groups: list[list[Term]]  # AND of groups; each group is an OR of terms
    excluded: list[Term] = field(default_factory=list)

    def positive_terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]


def parse_query(text: str) -> Query:
    """Read a user's query; QueryError when it cannot be searched as typed. An
    unbalanced quote is refused rather than guessed at (a phrase left open, or a
    stray inch mark?): the user closes it or removes it. Decomposed accents (as
    some keyboards type them) are composed, as stored texts are."""
    text = unicodedata.normalize("NFC", text)
    if text.count('"') % 2:
        raise QueryError(f"unbalanced quote in {text.strip()!r}: close the phrase with \" "
                         "or remove it")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for match in TERM_RE.finditer(text):
        negate_phrase, phrase, word = match.groups()
        if word == "OR":
            pending_or = bool(groups)
            continue
        raw = phrase if phrase is not None else word
        negate = bool(negate_phrase) or (word is not None and word.startswith("-"))
        prefix = word is not None and word.endswith("*")
        tokens = [t.lower() for t in WORD_RE.findall(raw)]
        if not tokens:
            continue  # stray punctuation, a bare "-" or "*"
        term = Term(tokens, prefix=prefix and len(tokens) == 1, negate=negate)
        if negate:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        if excluded:
            raise QueryError("a query needs at least one word to find, not only "
                             "excluded -words")
        raise QueryError("empty query: type one or more words, e.g. 'dien bien'")
    return Query(groups, excluded)


TEXT_COLUMNS = "{title lead text}"


def fts_expression(query: Query, folded: bool = True) -> str:
    """The query as FTS5 for a plain index of title, lead and text (the exact one)."""
    return write_expression(query, lambda term: term.fts(folded))


def fold_term(term: Term) -> str:
    """A term for the folded index (schema 004): words in the text columns, a phrase
    as its word pairs in ``grams`` (the same matches, far cheaper)."""
    tokens = [fold(t) for t in term.tokens]
    if len(tokens) > 1 and not term.prefix:
        return '{grams}: "' + gram_phrase(tokens) + '"'
    return f"{TEXT_COLUMNS}: {term.fts(folded=True)}"


def write_expression(query: Query, write: Callable[[Term], str]) -> str:
    """The query as FTS5, each term written by `write` (AND, OR groups, NOT)."""
    parts = []
    for group in query.groups:
        alts = [write(t) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expression = " AND ".join(parts)
    for term in query.excluded:
        expression = f"({expression}) NOT {write(term)}"
    return expression


def accented_tokens(query: Query) -> list[str]:
    """The accented tokens the user typed (lower case), for ranking exact matches first."""
    return list(dict.fromkeys(tok for t in query.positive_terms() for tok in t.tokens
                              if has_accents(tok)))
