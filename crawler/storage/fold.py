"""Vietnamese accent folding for search: "Điện Biên" -> "dien bien".

Unicode gives no decomposition for đ/Đ, so no SQLite tokenizer folds it;
we fold it ourselves, in Python for queries and snippets, and in SQL (the
``FOLD_SQL`` expression used by the index triggers) for the folded index.
Folding is one character to one character, so a position in folded text is
the same position in the original: snippets highlight the original words.
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters with marks (Latin-1 to Latin Extended Additional, where all of
# Vietnamese lives), folded one character to one character by str.translate:
# snippets fold whole article texts, so this must run at C speed.
_LATIN_MARKED = range(0x00C0, 0x1F00)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base) == 1 else ch.lower()


_MAP = {code: _fold_char(chr(code)) for code in _LATIN_MARKED
        if len(_fold_char(chr(code))) == 1 and _fold_char(chr(code)) != chr(code)}
# The same mapping as a string indexed by code point over the whole BMP: str.translate
# looks a character up in a string twice as fast as in a dict (the archive's writes
# fold every article text for its word pairs, and every search folds 20 texts).
_TABLE = "".join(_MAP.get(code, chr(code)) for code in range(0x10000))


def fold(text: str) -> str:
    """Lower-case, accents and tone marks removed, đ -> d; same length as `text`."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_TABLE).lower()
    if len(folded) != len(text):  # a rare character whose lower() is longer (İ)
        return "".join(_fold_char(ch) for ch in text)
    return folded


_VARIANTS: dict[str, str] = {}
for _code, _base in _MAP.items():
    _VARIANTS[_base] = _VARIANTS.get(_base, _base) + chr(_code)


def accent_pattern(word: str) -> str:
    """A regular expression (to use with re.IGNORECASE) matching every form of the
    folded `word` in unfolded text: each letter as the class of the letters that fold
    to it ("dien" matches "Điện", "điển", "DIEN"). So a text can be searched without
    folding it first (folding 4 KB costs ~0.2 ms; a snippet per result adds up)."""
    return "".join(f"[{re.escape(_VARIANTS[ch])}]" if ch in _VARIANTS else re.escape(ch)
                   for ch in word)


def has_accents(text: str) -> bool:
    """True when `text` carries Vietnamese marks (so the user typed them on purpose)."""
    return not text.isascii() and fold(text) != text.lower()


def fold_sql(column: str) -> str:
    """SQL that folds đ/Đ in `column`; the tokenizer (remove_diacritics 2) does the rest."""
    return f"replace(replace({column}, 'đ', 'd'), 'Đ', 'D')"
