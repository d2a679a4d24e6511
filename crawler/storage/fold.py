"""Vietnamese accent folding for search: "Điện Biên" -> "dien bien".

Unicode gives no decomposition for đ/Đ, so no SQLite tokenizer folds it;
we fold it ourselves, in Python for queries and snippets, and in SQL (the
``FOLD_SQL`` expression used by the index triggers) for the folded index.
Folding is one character to one character, so a position in folded text is
the same position in the original: snippets highlight the original words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base) == 1 else ch.lower()


def fold(text: str) -> str:
    """Lower-case, accents and tone marks removed, đ -> d; same length as `text`."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def has_accents(text: str) -> bool:
    """True when `text` carries Vietnamese marks (so the user typed them on purpose)."""
    return not text.isascii() and fold(text) != text.lower()


def fold_sql(column: str) -> str:
    """SQL that folds đ/Đ in `column`; the tokenizer (remove_diacritics 2) does the rest."""
    return f"replace(replace({column}, 'đ', 'd'), 'Đ', 'D')"
