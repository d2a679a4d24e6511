"""Decide a metadata field from all its candidates, by agreement.

Each candidate carries its source ("jsonld", "meta:article:published_time",
"rule", "visible", "h1", "byline", ...). A value that several independent
sources agree on beats one selector's answer; a site rule is a hint that wins
ties; when a rule contradicts the structured data (JSON-LD, meta tags,
itemprop) on the day or the title, the structured value wins and the
disagreement is recorded, so that ``newsarchive check`` can show which guess
is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Sources of machine-readable metadata, by trust when they disagree on a day.
STRUCTURED_ORDER = ("meta", "jsonld", "itemprop")
AUTHOR_ORDER = ("rule", "byline", "header", "jsonld", "meta")
TITLE_CONTAINED_MIN_CHARS = 12
TITLE_TOKEN_OVERLAP = 0.8
TITLE_MIN_TOKENS = 3


@dataclass
class Candidate:
    """One value a page offers for a field, and where it was read."""

    value: Any
    source: str
    text: str | None = None  # as printed on the page (dates)
    has_time: bool = True
    node: Any = field(default=None, repr=False, compare=False)  # where it was printed

    @property
    def kind(self) -> str:
        """The family of the source: "meta:og:title" -> "meta"."""
        return self.source.split(":", 1)[0]


@dataclass
class Decision:
    """The chosen value, the sources that agree with it, and the dissent."""

    value: Any = None
    source: str | None = None
    text: str | None = None
    agreeing: list[str] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)


def dissent(name: str, chosen: Candidate, other: Candidate) -> dict[str, Any]:
    return {"field": name, "chosen": _show(chosen.value), "chosen_source": chosen.source,
            "other": _show(other.value), "other_source": other.source}


def _show(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _structured_rank(candidate: Candidate) -> int:
    kind = candidate.kind
    return STRUCTURED_ORDER.index(kind) if kind in STRUCTURED_ORDER else len(STRUCTURED_ORDER)


# --- dates ------------------------------------------------------------------------
def decide_date(name: str, structured: list[Candidate], hints: list[Candidate],
                visible: list[Candidate]) -> Decision:
    """A date: the structured data's day (by majority), at the printed line's
    minute when a printed line shows that day with a time.

    `hints` are the site rule's date lines, `visible` the generic printed
    date lines of the article (in page order, those after the headline first);
    both already exclude dates inside boxes about other stories.
    """
    printed = hints + visible
    if not structured:
        chosen = printed[0] if printed else None
        if chosen is None:
            return Decision()
        return Decision(chosen.value, chosen.source, chosen.text,
                        [c.source for c in printed if _day(c) == _day(chosen)])
    groups: dict[Any, list[Candidate]] = {}
    for candidate in structured:
        groups.setdefault(_day(candidate), []).append(candidate)

    def rank(day: Any) -> tuple[int, bool, int]:
        return (len(groups[day]), any(_day(c) == day for c in printed),
                -min(_structured_rank(c) for c in groups[day]))

    day = max(groups, key=rank)
    agreeing = sorted(groups[day], key=_structured_rank)
    machine = next((c for c in agreeing if c.has_time), agreeing[0])
    line = next((c for c in printed if _day(c) == day), None)
    chosen = line if line is not None and (line.has_time or not machine.has_time) else machine
    decision = Decision(chosen.value, chosen.source, line.text if line else None,
                        [c.source for c in structured + printed if _day(c) == day])
    first = printed[0] if printed else None
    if first is not None and _day(first) != day:
        decision.disagreements.append(dissent(name, chosen, first))
    for other_day, others in groups.items():
        if other_day != day:
            decision.disagreements.append(dissent(name, chosen, others[0]))
    return decision


def _day(candidate: Candidate) -> Any:
    return candidate.value.date()


# --- titles -----------------------------------------------------------------------
def decide_title(hints: list[Candidate], headings: list[Candidate],
                 structured: list[Candidate], fallback: Candidate | None) -> Decision:
    """The printed headline that the structured titles confirm.

    The site rule's match when it agrees with og:title / JSON-LD headline /
    <title> (or when the page has none); else the first <h1> that agrees;
    else the structured title itself (a rule that matched the section
    heading loses, and the loss is recorded).
    """
    def agreeing(value: str) -> list[str]:
        return [c.source for c in structured if titles_agree(value, c.value)]

    if not structured:
        chosen = (hints or headings or [fallback])[0]
        if chosen is None:
            return Decision()
        return Decision(chosen.value, chosen.source, agreeing=[chosen.source])
    for candidate in hints + headings:
        sources = agreeing(candidate.value)
        if sources:
            decision = Decision(candidate.value, candidate.source,
                                agreeing=[candidate.source, *sources])
            if hints and candidate not in hints:
                decision.disagreements.append(dissent("title", candidate, hints[0]))
            return decision
    best = max(structured, key=lambda c: len(agreeing(c.value)))
    decision = Decision(best.value, best.source, agreeing=agreeing(best.value))
    if hints:
        decision.disagreements.append(dissent("title", best, hints[0]))
    return decision


def titles_agree(a: str, b: str) -> bool:
    """Equal, one inside the other ("Title - Paper"), or nearly the same words."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long = sorted((fa, fb), key=len)
    if len(short) >= TITLE_CONTAINED_MIN_CHARS and short in long:
        return True
    ta, tb = set(fa.split()), set(fb.split())
    smaller = min(len(ta), len(tb))
    return smaller >= TITLE_MIN_TOKENS and len(ta & tb) / smaller >= TITLE_TOKEN_OVERLAP


def fold(text: str) -> str:
    """Lower case, NFC, punctuation to spaces: for comparing, never for storing."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


# --- authors ----------------------------------------------------------------------
def decide_authors(candidates: list[Candidate]) -> Decision:
    """The names most sources confirm; among equals, the most visible source
    (the site rule, the byline in the text, the header byline, JSON-LD, meta)."""
    candidates = [c for c in candidates if c.value]
    if not candidates:
        return Decision(value=[])
    names = [{fold(n) for n in c.value} for c in candidates]

    def support(i: int) -> int:
        return sum(1 for j, other in enumerate(names) if j != i and names[i] & other)

    def order(i: int) -> int:
        kind = candidates[i].kind
        return AUTHOR_ORDER.index(kind) if kind in AUTHOR_ORDER else len(AUTHOR_ORDER)

    best = min(range(len(candidates)), key=lambda i: (-support(i), order(i)))
    chosen = candidates[best]
    decision = Decision(list(chosen.value), chosen.source,
                        agreeing=[c.source for j, c in enumerate(candidates)
                                  if j == best or names[j] & names[best]])
    for j, other in enumerate(candidates):
        if not names[j] & names[best]:
            decision.disagreements.append(dissent("authors", chosen, other))
    return decision


# --- leads ------------------------------------------------------------------------
def leads_agree(printed: str, description: str) -> bool:
    """The printed sapo and the description meta (often cut short) say the same."""
    fp, fd = fold(printed), fold(description)
    if not fp or not fd:
        return False
    start = fd[:60].rstrip()
    if fp.startswith(start) or fd.startswith(fp[:60].rstrip()):
        return True
    tp, td = set(fp.split()), set(fd.split())
    return len(tp & td) / max(1, min(len(tp), len(td))) >= TITLE_TOKEN_OVERLAP
