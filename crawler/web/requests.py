"""A search as the web asks for it: the form fields (the CLI's option names) read
into a search, with the CLI's messages for bad input, and the results made
ready for a page, JSON, CSV or Atom. Runs in Datasette's database thread on
its read-only connection; no SQL here (:mod:`crawler.searching` does it).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from crawler.search.watches import new_matches
from crawler.searching import Found, RequestError, find, make_filters, parse_date
from crawler.storage import Archive, Filters
from crawler.storage.watches import Watch, list_watches

PAGE_SIZE = 20
FEED_SIZE = 50
MARKS = ("\ue000", "\ue001")  # hit markers in snippets, made <mark> after escaping
FIELDS = ("q", "site", "section", "author", "since", "until", "sort", "exact", "page")
MAX_CHART_MONTHS = 360


@dataclass
class WebSearch:
    """What the form said, as typed (kept to fill the form again)."""
    values: dict[str, str]

    @classmethod
    def from_args(cls, args: Any) -> WebSearch:
        return cls({name: (args.get(name) or "").strip() for name in FIELDS})

    @property
    def text(self) -> str:
        return self.values["q"]

    @property
    def exact(self) -> bool:
        return self.values["exact"].lower() in ("1", "on", "true", "yes")

    def page(self) -> int:
        raw = self.values["page"] or "1"
        if not raw.isdigit() or int(raw) < 1:
            raise RequestError(f"bad page {raw!r}: a number from 1")
        return int(raw)

    def filters(self) -> Filters:
        v = self.values
        since = parse_date(v["since"], "--since") if v["since"] else None
        until = parse_date(v["until"], "--until") if v["until"] else None
        return make_filters(v["site"], v["section"], v["author"], since, until)

    def run(self, archive: Archive, *, limit: int = PAGE_SIZE, sort: str | None = None,
            facets: bool = False, highlight: tuple[str, str] = ("", "")) -> Found:
        """The search, or RequestError with the CLI's one-line message."""
        v = self.values
        return find(archive, self.text, filters=self.filters(),
                    sort=sort or v["sort"] or "relevance",
                    exact=self.exact, limit=limit, offset=(self.page() - 1) * limit,
                    highlight=highlight, facets=facets)

    def link(self, **changes: str | int | None) -> str:
        """The query string of this search with some fields changed (None drops one)."""
        values = {**self.values, **{k: ("" if v is None else str(v)) for k, v in changes.items()}}
        return urlencode({k: v for k, v in values.items() if v and not (k == "page" and v == "1")})


@dataclass
class SearchPage:
    """Everything the search page shows."""
    search: WebSearch
    found: Found | None = None
    error: str | None = None
    sites: list[str] = field(default_factory=list)
    watches: list[dict] = field(default_factory=list)


def search_page(archive: Archive, search: WebSearch) -> SearchPage:
    page = SearchPage(search, sites=archive.site_names(), watches=watch_summaries(archive))
    if not search.text:
        if any(v for k, v in search.values.items() if k not in ("q", "sort", "page")):
            page.error = "empty query: type one or more words, e.g. 'dien bien'"
        return page
    try:
        page.found = search.run(archive, facets=True, highlight=MARKS)
    except RequestError as exc:
        page.error = str(exc)
    return page


def watch_summaries(archive: Archive, shown: int = 5) -> list[dict]:
    """Each saved search with its new matches (not marked seen: only 'watch run' does)."""
    out = []
    for watch in list_watches(archive):
        error = None
        try:
            matches = new_matches(archive, watch, limit=shown)
        except ValueError as exc:  # a query that stopped parsing after an upgrade: say so
            matches, error = None, f"not run: {exc}"
        out.append({"name": watch.name, "search": watch.describe(), "error": error,
                    "link": watch_link(watch), "results": matches.results if matches else []})
    return out


def watch_link(watch: Watch) -> str:
    f = watch.filters
    values = {"q": watch.query, "site": f.site, "section": f.section, "author": f.author,
              "since": f.since.strftime("%d/%m/%Y") if f.since else None,
              "exact": "1" if watch.exact else None}
    return urlencode({k: v for k, v in values.items() if v})


def highlighted(snippet: str) -> Markup:
    """A snippet escaped, its hits in <mark>: stored text never becomes markup."""
    return Markup(str(escape(snippet)).replace(MARKS[0], "<mark>").replace(MARKS[1], "</mark>"))


def plain(snippet: str) -> str:
    return snippet.replace(MARKS[0], "").replace(MARKS[1], "")


def month_bars(search: WebSearch, months: dict[str, int]) -> list[dict]:
    """Matches per month, oldest first with empty months in between, as bars (height in
    per cent of the busiest month) that link to the search narrowed to that month."""
    dated = sorted((k, n) for k, n in months.items() if k[:4].isdigit())
    if not dated:
        return []
    first, last = date.fromisoformat(dated[0][0] + "-01"), date.fromisoformat(dated[-1][0] + "-01")
    counts = dict(dated)
    top = max(counts.values())
    bars = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(bars) < MAX_CHART_MONTHS:
        key = f"{year}-{month:02d}"
        n = counts.get(key, 0)
        end = calendar.monthrange(year, month)[1]
        bars.append({"month": key, "count": n, "height": round(100 * n / top, 1),
                     "link": search.link(since=f"01/{month:02d}/{year}", page=None,
                                         until=f"{end}/{month:02d}/{year}")})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars
