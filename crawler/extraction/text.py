"""Text normalisation shared by every extraction step.

Vietnamese pages mix NFC and NFD (decomposed tone marks), non-breaking and
zero-width spaces; search and comparisons need one canonical form.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_RE = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """NFC, invisible characters dropped, whitespace runs collapsed, trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    return _SPACE_RE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return text.split()
