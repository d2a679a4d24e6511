"""Dates as Vietnamese papers print them: day first, in Asia/Ho_Chi_Minh.

``04/05/2024`` is 4 May. Pages print ``Thứ năm, 25/04/2024 10:30``,
``08:49 | 06/08/2021``, ``25-4-2024 - 10:30``, ``10:30 ngày 25/4/2024`` or
``ngày 25 tháng 4 năm 2024``; meta tags and JSON-LD carry ISO 8601, sometimes
without an offset, which for these papers means +07:00.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")  # no DST since 1975

_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_WORDS_RE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})", re.I)
_TIME_RE = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[:hH]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d/])"
                      r"(?:\s*(AM|PM|SA|CH)\b)?", re.I)
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso(value: str | None) -> datetime | None:
    """ISO 8601 from meta tags / JSON-LD; a naive time is taken as +07:00."""
    if not value or not _ISO_RE.match(value.strip()):
        return None
    text = value.strip().replace("Z", "+00:00").replace(" ", "T", 1)
    # "+0700" -> "+07:00", which fromisoformat on 3.11 also accepts; keep explicit.
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)
    return parsed.astimezone(VN_TZ)


def parse_visible(text: str | None) -> tuple[datetime, bool] | None:
    """A date line as printed; returns (datetime at +07:00, whether it had a time)."""
    if not text:
        return None
    match = _DMY_RE.search(text) or _WORDS_RE.search(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    rest = text[: match.start()] + " " + text[match.end():]
    hour = minute = second = 0
    time_match = _TIME_RE.search(rest)
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
        meridiem = (time_match.group(4) or "").upper()
        if meridiem in ("PM", "CH") and hour < 12:
            hour += 12
        elif meridiem in ("AM", "SA") and hour == 12:
            hour = 0
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=VN_TZ)
    except ValueError:
        return None
    return value, time_match is not None


def parse_any(text: str | None) -> datetime | None:
    """ISO first, then a printed day-first date (for user input such as --since)."""
    iso = parse_iso(text)
    if iso:
        return iso
    visible = parse_visible(text)
    return visible[0] if visible else None
