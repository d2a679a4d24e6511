"""A search as a person asks for it, from the command line or a browser.

The CLI (``newsarchive search``, ``watch``) and the web pages
(:mod:`crawler.web`) both read what was typed here, so a bad date or an
unknown site gets the same one-line message in a terminal, on a page and in
a JSON 400; both print the same records. The searching itself is
:func:`crawler.search.search`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crawler.extraction.dates import parse_any
from crawler.search import QueryError, SearchResult
from crawler.search import facets as run_facets
from crawler.search import search as run_search
from crawler.storage import Archive, Filters

RESULT_COLUMNS = ("rank", "title", "site", "published", "url", "snippet", "score")
SORTS = ("relevance", "newest", "oldest")
NO_FILTERS = Filters()  # frozen: safe to share as a default


class RequestError(ValueError):
    """Bad input in a search request: one line that says what to type instead."""


#: What a date option takes, whole: 25/04/2024 (day first, / . or -), or ISO
#: 2024-04-25 with an optional time and zone; "25/04/2024x" is refused.
WHOLE_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
                        r"|\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                        r"(Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(value: str, option: str) -> datetime:
    """A date as people write it here: day first (25/04/2024) or ISO (2024-04-25)."""
    parsed = parse_any(value) if WHOLE_DATE.fullmatch(value.strip()) else None
    if parsed is None:
        raise RequestError(f"bad date {value!r} for {option}: write it day first, "
                           "e.g. 25/04/2024, or as ISO 2024-04-25")
    return parsed


def make_filters(site: str | None, section: str | None, author: str | None,
                 since: datetime | None, until: datetime | None) -> Filters:
    """Filters from what was typed; --until is inclusive of the whole day."""
    if since and until and until < since:
        raise RequestError("--until is before --since: nothing can match")
    return Filters(site=site or None, section=section or None, author=author or None,
                   since=since, until=until + timedelta(days=1) if until else None)


def check_site(archive: Archive, site: str | None) -> None:
    """An unknown site would match nothing, silently: say so, naming the ones there are."""
    if not site:
        return
    names = archive.site_names()
    if site not in names:
        raise RequestError(f"unknown site {site!r}; sites in {archive.path.name}: "
                           f"{', '.join(names) or 'none yet'} (see 'newsarchive sites')")


@dataclass
class Found:
    """One page of results, as records (the CLI's ``--format json``)."""
    text: str
    total: int
    exact_total: bool
    records: list[dict]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    offset: int = 0

    @property
    def count_text(self) -> str:
        """"1,234" or "about 920,000" when the count is estimated."""
        return f"{self.total:,}" if self.exact_total else f"about {self.total:,}"


def find(archive: Archive, text: str, *, filters: Filters = NO_FILTERS, sort: str = "relevance",
         exact: bool = False, limit: int = 20, offset: int = 0,
         highlight: tuple[str, str] = ("", ""), facets: bool = False) -> Found:
    """Search; RequestError for bad input (an unknown site, an empty query, a bad sort)."""
    if sort not in SORTS:
        raise RequestError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    check_site(archive, filters.site)
    try:
        found = run_search(archive, text, filters=filters, sort=sort, exact=exact,
                           limit=limit, offset=offset, highlight=highlight)
        counts = run_facets(archive, text, filters=filters, exact=exact) if facets else {}
    except QueryError as exc:
        raise RequestError(str(exc)) from exc
    records = [result_record(i, r) for i, r in enumerate(found.results, start=offset + 1)]
    return Found(text, found.total, found.exact_total, records, counts, offset)


def result_record(rank: int, result: SearchResult) -> dict:
    """One result as the CLI's JSON and CSV print it."""
    return {"rank": rank, "title": result.title, "site": result.site,
            "published": result.published.isoformat() if result.published else None,
            "section": result.section, "authors": result.authors, "url": result.url,
            "snippet": result.snippet,
            "score": round(result.score, 4)}
