"""Newest or oldest first, without reading a row per match.

The years and months (their tokens in the folded index) are walked from the
end, and the days inside a month for a common query, reading dates from the
small ``articles_published`` index, until the page is full
(:mod:`crawler.storage.index_reads` says each read in SQL).
"""

from __future__ import annotations

from datetime import date, timedelta

from crawler.storage.archive import Archive
from crawler.storage.index_reads import (
    all_match_ids,
    date_span,
    has_match,
    ids_by_published,
    newest_match_ids,
)
from crawler.storage.terms import NO_DATE, month_token, next_month


def by_date(archive: Archive, expression: str, newest: bool, need: int,
            dense: bool = False) -> list[int]:
    """The first `need` matches in date order (undated last), month by month; day by
    day when the query is `dense` (a month of a common word is thousands of matches,
    a day a few hundred)."""
    out: list[int] = []
    low, high = date_span(archive)
    if low is not None and high is not None:
        years = range(high.year, low.year - 1, -1) if newest else range(low.year, high.year + 1)
        for year in years:
            if not has_match(archive, f"({expression}) AND {{meta}}: zy{year}"):
                continue
            months = range(12, 0, -1) if newest else range(1, 13)
            for month in months:
                first = date(year, month, 1)
                days = [first + timedelta(days=d)
                        for d in range((next_month(first) - first).days)]
                for day in (days[::-1] if newest else days) if dense else [first]:
                    out += _in_order(archive, expression, day, newest, need - len(out),
                                     whole_month=not dense)
                    if len(out) >= need:
                        return out[:need]
    out += newest_match_ids(archive, f"({expression}) AND {{meta}}: {NO_DATE}", need - len(out))
    return out[:need]


def _in_order(archive: Archive, expression: str, day: date, newest: bool, need: int,
              whole_month: bool) -> list[int]:
    """The first `need` matches of one month (or day) in date order: their dates are
    read from the covering index (published, rowid), only as far as needed."""
    token = month_token(day) if whole_month else f"zd{day:%Y%m%d}"
    matches = set(all_match_ids(archive, f"({expression}) AND {{meta}}: {token}"))
    out: list[int] = []
    if not matches:
        return out
    after = next_month(day) if whole_month else day + timedelta(days=1)
    start, end = (f"{day:%Y-%m}", f"{after:%Y-%m}") if whole_month else (f"{day}", f"{after}")
    for rowid in ids_by_published(archive, start, end, newest):  # stop when full
        if rowid in matches:
            out.append(rowid)
            if len(out) == need or len(out) == len(matches):
                break
    return out
