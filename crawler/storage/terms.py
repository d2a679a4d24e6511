"""The extra tokens of the folded index, written by the triggers and read by search.

Besides the folded words of title, lead and text, ``articles_fold`` holds:

- ``grams``: every pair of adjacent words joined by ``_`` ("dien_bien"). A
  phrase of common words ("của xã", "hà nội") has to walk, and compare the
  positions of, doclists that cover most of the archive; its pairs are rare
  tokens, and the phrase "a b c" is exactly the gram phrase "a_b b_c"
  (the CommonGrams / shingle technique of Lucene and other engines).
- ``authors``: the folded names, a ``zz`` token between two people, so
  ``--author "tran vu"`` is a phrase match that cannot span two names.
- ``meta``: one token per filterable fact: ``zs`` + site, ``zc`` + section,
  ``zy``/``zm``/``zd`` + the local year, month and day of publication
  (``znodate`` without a date). Filters and date order then run in the
  index as FTS terms instead of reading a 4 KB article row per match.

The functions here are registered on every connection (as SQL functions for
the triggers) and used by the query side, so both sides spell tokens alike.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, datetime, timedelta

from crawler.extraction.dates import VN_TZ
from crawler.storage.fold import fold

TOKEN_RE = re.compile(r"\w+")  # unicode61 with tokenchars '_': letters, digits, _
NAME_SEPARATOR = "zz"
NO_DATE = "znodate"


def grams(*texts: str | None) -> str:
    """The adjacent word pairs of each text, never across two texts (a phrase across
    them would need the pair that spans the gap, which is not there)."""
    out: list[str] = []
    for text in texts:
        words = TOKEN_RE.findall(fold(text)) if text else []
        if len(words) > 1:  # pairs joined at C speed: this runs on every article written
            out.append(" ".join(map("_".join, zip(words, words[1:], strict=False))))
    return " ".join(out)


def gram_phrase(tokens: list[str]) -> str:
    """The grams of a phrase of two or more folded tokens, in order."""
    return " ".join(f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))


def authors_field(authors_json: str | None) -> str:
    """The folded names of a JSON list of authors, NAME_SEPARATOR between them."""
    try:
        names = json.loads(authors_json or "[]")
    except ValueError:
        names = []
    return f" {NAME_SEPARATOR} ".join(words(str(n)) for n in names if n)


def key(value: str | None) -> str:
    """Letters and digits only, folded: how a site or section is compared."""
    return "".join(TOKEN_RE.findall(fold(value or ""))).replace("_", "")


def words(value: str | None) -> str:
    """The folded words, one space apart: how a name is compared."""
    return " ".join(TOKEN_RE.findall(fold(value or "")))


def site_token(site: str) -> str:
    return "zs" + key(site)


def section_token(section: str) -> str:
    return "zc" + key(section)


def meta_field(site: str | None, section: str | None, published: str | None) -> str:
    """The meta tokens of one article (published: ISO 8601, local time)."""
    tokens = [site_token(site or "")]
    if section:
        tokens.append(section_token(section))
    if published and len(published) >= 10:
        y, m, d = published[:4], published[5:7], published[8:10]
        tokens += [f"zy{y}", f"zm{y}{m}", f"zd{y}{m}{d}"]
    else:
        tokens.append(NO_DATE)
    return " ".join(tokens)


def month_token(day: date) -> str:
    return f"zm{day:%Y%m}"


def local_day(when: datetime) -> date | None:
    """The local (+07:00) date of a filter bound, or None when it is not midnight there:
    such a bound cannot be said with day tokens."""
    local = when.astimezone(VN_TZ) if when.tzinfo else when
    if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
        return None
    return local.date()


def date_tokens(first: date, end: date) -> list[str]:
    """The fewest year, month and day tokens that cover the days first..end-1."""
    tokens: list[str] = []
    day = first
    while day < end:
        year_end, month_end = date(day.year + 1, 1, 1), next_month(day)
        if day.month == 1 and day.day == 1 and year_end <= end:
            tokens.append(f"zy{day.year}")
            day = year_end
        elif day.day == 1 and month_end <= end:
            tokens.append(month_token(day))
            day = month_end
        else:
            tokens.append(f"zd{day:%Y%m%d}")
            day += timedelta(days=1)
    return tokens


def next_month(day: date) -> date:
    """The first day of the month after `day`'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def varint_sum(blob: bytes | None) -> int:
    """The sum of the SQLite varints of an FTS5 record (big-endian, 7 bits a byte, the
    high bit set on every byte but a number's last): a ``%_docsize`` row's sum is the
    article's length in tokens, all columns."""
    total = value = 0
    for byte in blob or b"":
        if byte & 0x80:
            value = (value | (byte & 0x7F)) << 7
        else:
            total += value | byte
            value = 0
    return total


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the index triggers call (schema migrations 004, 009)."""
    conn.create_function("na_grams", 3, grams, deterministic=True)
    conn.create_function("na_authors", 1, authors_field, deterministic=True)
    conn.create_function("na_meta", 3, meta_field, deterministic=True)
    conn.create_function("na_key", 1, key, deterministic=True)
    conn.create_function("na_words", 1, words, deterministic=True)
    conn.create_function("na_length", 1, varint_sum, deterministic=True)
