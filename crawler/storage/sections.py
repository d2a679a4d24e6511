"""Matches per section, for the web page's facet.

Sections are free text per paper, with no index of their own, so each match's
row must be read: the newest SECTION_SAMPLE matches are counted (all of them
for rarer queries), and the caller is told when it was a sample.
"""

from __future__ import annotations

from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.matching import matching

SECTION_SAMPLE = 2_000
NO_SECTION = "no section"
NO_FILTERS = Filters()  # frozen: safe to share as a default


def section_counts(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
                   exact: bool = False, sample: int = SECTION_SAMPLE
                   ) -> tuple[dict[str, int], bool]:
    """({section: matches}, whether every match was counted), biggest first."""
    sql_from, where, params = matching(archive, text, filters, exact)
    rows = archive.db.execute(
        f"SELECT coalesce(nullif(section, ''), '{NO_SECTION}') AS s, count(*) FROM "
        f"(SELECT a.section {sql_from} WHERE {where} ORDER BY f.rowid DESC LIMIT :sample) "
        "GROUP BY s ORDER BY count(*) DESC, s", {**params, "sample": sample + 1}).fetchall()
    seen = sum(n for _, n in rows)
    return dict(rows), seen <= sample
