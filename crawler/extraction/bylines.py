"""Bylines: the short line that names the author, moved out of the text.

"Trần Vũ", "Tin, ảnh: P.Y", "Hà Thu (tổng hợp)", "Minh Anh - Quang Huy"
name authors; "Theo TTXVN" names a source. A site's own name is never an
author.
"""

from __future__ import annotations

import re

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
    """Author names in a byline, prefixes and suffixes stripped.

    Never the paper (`site_names`, or a press name such as "Báo X"), a CMS
    account, an e-mail address; a paper's name glued after a person's is cut
    off ("Đức Minh Thời báo Tài chính Việt Nam" is "Đức Minh").
    """
    text = generic.EMAIL_RE.sub(" ", clean(text))
    text = generic.BYLINE_SUFFIX_RE.sub("", clean(text))
    text = generic.BYLINE_PREFIX_RE.sub("", text).strip(" .-–")
    banned = {s.lower() for s in site_names if s}
    result = []
    for part in generic.BYLINE_SPLIT_RE.split(text):
        part = _PAREN_RE.sub("", part.strip(" .-–|"))
        if part.lower() in banned or generic.PRESS_NAME_RE.match(part):
            continue
        name = _without_paper(part.strip(" .-–()|"), banned)
        if name and not _is_paper(name, banned) and name.lower() not in generic.NOT_AUTHORS \
                and _is_name(name) and name not in result:
            result.append(name)
    return result


_PAREN_RE = re.compile(r"\s*\([^()]*\)?\s*$")


def _is_paper(name: str, banned: set[str]) -> bool:
    """The name is one of the paper's, however written ("Vietnam+" for VietnamPlus)."""
    key = _key(name)
    return any(key == _key(site) or (len(key) >= max(4, len(_key(site)) // 2)
                                            and _key(site).startswith(key))
               for site in banned)


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _without_paper(name: str, banned: set[str]) -> str:
    """The person's name with a paper's name glued after it removed."""
    lowered = name.lower()
    for site in sorted(banned, key=len, reverse=True):
        if len(site) >= 4 and lowered.endswith(" " + site) and len(lowered) > len(site) + 1:
            name = name[: len(name) - len(site)].strip(" ,-–|")
            break
    return generic.GLUED_PAPER_RE.sub("", name).strip(" ,-–|")


def _is_name(text: str) -> bool:
    """Vietnamese personal names capitalise every syllable ("Trần Vũ", "P.Y")."""
    words = text.split()
    if any(ch in text for ch in "@/:=_") or text.lower().startswith(("http", "www")):
        return False
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)
