"""Full-text search over the archive, as people type it.

A query is read into terms (words, "quoted phrases", ``word*`` prefixes,
``-excluded`` words, ``OR`` between terms) and rebuilt as a safe FTS5
expression: every token is quoted, so no user input reaches FTS5's syntax
and no query can raise an SQL error. Matching runs on the folded index
(accents and đ removed); when the user typed accents, the articles that
carry exactly those accents rank first (exact index), then the rest by BM25.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from crawler.storage.archive import Archive
from crawler.storage.fold import fold, has_accents

WORD_RE = re.compile(r"\w+")
TERM_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')
BM25_WEIGHTS = (10.0, 4.0, 1.0)  # title, lead, text
SNIPPET_WORDS = 36


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


@dataclass
class SearchResult:
    url: str
    site: str
    title: str
    published: datetime | None
    section: str | None
    snippet: str
    score: float


@dataclass
class SearchResults:
    total: int
    results: list[SearchResult]


def parse_query(text: str) -> Query:
    """Read a user's query. Unbalanced quotes are read as plain words."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
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


def fts_expression(query: Query, folded: bool = True) -> str:
    parts = []
    for group in query.groups:
        alts = [t.fts(folded) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expression = " AND ".join(parts)
    for term in query.excluded:
        expression = f"({expression}) NOT {term.fts(folded)}"
    return expression


def exact_expression(query: Query) -> str | None:
    """The accented tokens the user typed, for ranking exact matches first."""
    tokens = [tok for t in query.positive_terms() for tok in t.tokens if has_accents(tok)]
    return " AND ".join(f'"{tok}"' for tok in dict.fromkeys(tokens)) or None


def search(archive: Archive, text: str, *, site: str | None = None, limit: int = 20,
           offset: int = 0, highlight: tuple[str, str] = ("", "")) -> SearchResults:
    """Search the archive; raises QueryError for a query with nothing to find."""
    query = parse_query(text)
    where, params = ["articles_fold MATCH :q"], {"q": fts_expression(query)}
    if site:
        where.append("a.site = :site")
        params["site"] = site
    exact = exact_expression(query)
    rank = "0"
    if exact:
        rank = ("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :exact)")
        params["exact"] = exact
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    sql_from = "FROM articles_fold f JOIN articles a ON a.rowid = f.rowid"
    sql_where = " WHERE " + " AND ".join(where)
    total = archive.db.execute(f"SELECT count(*) {sql_from}{sql_where}", params).fetchone()[0]
    rows = archive.db.execute(
        f"""SELECT a.url, a.site, a.title, a.published, a.section, a.text,
                   bm25(articles_fold, {weights}) AS score, {rank} AS exact
            {sql_from}{sql_where}
            ORDER BY exact DESC, score LIMIT :limit OFFSET :offset""",
        {**params, "limit": limit, "offset": offset}).fetchall()
    results = [
        SearchResult(url=r[0], site=r[1], title=r[2],
                     published=datetime.fromisoformat(r[3]) if r[3] else None,
                     section=r[4], snippet=snippet(r[5], query, highlight), score=-r[6])
        for r in rows]
    return SearchResults(total=total, results=results)


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
