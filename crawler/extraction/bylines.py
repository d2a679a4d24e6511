"""Bylines: the short line that names the author, moved out of the text.

"Trần Vũ", "Tin, ảnh: P.Y", "Hà Thu (tổng hợp)", "Minh Anh - Quang Huy"
name authors; "Theo TTXVN" names a source. A site's own name is never an
author.
"""

from __future__ import annotations

from crawler.extraction import generic
from crawler.extraction.text import clean


def looks_like_byline(text: str) -> bool:
    """Short, no sentence punctuation inside, starts with a capital or a role prefix."""
    if len(text) > generic.BYLINE_MAX_CHARS or len(text.split()) > generic.BYLINE_MAX_WORDS:
        return False
    body = generic.BYLINE_SUFFIX_RE.sub("", text)
    if any(mark in body.rstrip(".") for mark in ".!?:") and not generic.BYLINE_PREFIX_RE.match(
            body):
        return False
    return body[:1].isupper() or body[:1] == "("


def is_source_line(text: str) -> bool:
    """"Theo TTXVN", "(Theo VnExpress)", "Nguồn: ..." : a source, not an author."""
    return bool(generic.SOURCE_RE.match(text.strip()))


def names(text: str, site_names: tuple[str, ...] = ()) -> list[str]:
    """Author names in a byline, prefixes and suffixes stripped."""
    text = generic.BYLINE_SUFFIX_RE.sub("", clean(text))
    text = generic.BYLINE_PREFIX_RE.sub("", text).strip(" .-–")
    banned = {s.lower() for s in site_names}
    result = []
    for part in generic.BYLINE_SPLIT_RE.split(text):
        name = part.strip(" .-–()")
        if name and name.lower() not in banned and _is_name(name) and name not in result:
            result.append(name)
    return result


def _is_name(text: str) -> bool:
    """Vietnamese personal names capitalise every syllable ("Trần Vũ", "P.Y")."""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
