"""Counts of all the matches of a query per site, section and month (the facets).

When the filters are index terms, each count is an index count (the query ANDed
with the site's, section's or month's token), never a row read: under a second
for a common word at a million articles. Otherwise (``--exact``, a bound with a
time of day) the matching rows are grouped in one pass
(:mod:`crawler.storage.matching`). Sections are counted by their key, as
``--section`` matches them, under the name :mod:`crawler.storage.sections` gives.
"""

from __future__ import annotations

from datetime import date

from crawler.search.indexes import match_plan
from crawler.search.query import parse_query
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.index_reads import date_span, has_match, match_count, site_names
from crawler.storage.matching import matching_facet_rows
from crawler.storage.sections import NO_SECTION, section_names
from crawler.storage.terms import NO_DATE, month_token, section_token, site_token

NO_FILTERS = Filters()  # frozen: safe to share as a default
NO_DATE_KEY = "no date"


def facets(archive: Archive, text: str, *, filters: Filters = NO_FILTERS,
           exact: bool = False) -> dict[str, dict[str, int]]:
    """Counts of all matches per site, section and month (YYYY-MM), every match counted:
    in the folded index, or (--exact, filters it cannot say) over the matching rows."""
    index, expression, row_filters = match_plan(archive, parse_query(text), filters, exact)
    if not exact and row_filters == NO_FILTERS:
        return facet_counts(archive, expression)
    names = section_names(archive)
    out: dict[str, dict[str, int]] = {"site": {}, "section": {}, "month": {}}
    for site, section, month, n in matching_facet_rows(archive, index.table, expression,
                                                       row_filters):
        name = names.get(section, section) if section is not None else NO_SECTION
        for facet, value in (("site", site), ("section", name), ("month", month or NO_DATE_KEY)):
            out[facet][value] = out[facet].get(value, 0) + n
    return {facet: biggest_first(counts) for facet, counts in out.items()}


def facet_counts(archive: Archive, expression: str) -> dict[str, dict[str, int]]:
    """Matches per site, section and month, each an index count (an AND with the site's,
    section's or month's token), never a row read. Sites and sections each split the
    archive, so each facet's counts walk at most the archive's tokens once, however many
    papers or sections there are. Every article has one site: the site counts add up to
    every match, and what no section count took is "no section"."""
    sites = {site: match_count(archive, f"({expression}) AND {{meta}}: {site_token(site)}")
             for site in site_names(archive)}
    sections = {name: match_count(archive,
                                  f"({expression}) AND {{meta}}: {section_token(name)}")
                for name in section_names(archive).values()}
    sections[NO_SECTION] = sum(sites.values()) - sum(sections.values())
    months: dict[str, int] = {}
    low, high = date_span(archive)
    for year in range(low.year, high.year + 1) if low and high else ():
        if has_match(archive, f"({expression}) AND {{meta}}: zy{year}"):
            for month in range(1, 13):
                token = month_token(date(year, month, 1))
                months[f"{year}-{month:02d}"] = match_count(
                    archive, f"({expression}) AND {{meta}}: {token}")
    months[NO_DATE_KEY] = match_count(archive, f"({expression}) AND {{meta}}: {NO_DATE}")
    return {name: biggest_first(counts)
            for name, counts in (("site", sites), ("section", sections), ("month", months))}


def biggest_first(counts: dict[str, int]) -> dict[str, int]:
    """The non-zero counts, biggest first, then by name."""
    return dict(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))
