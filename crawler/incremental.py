"""Incremental crawling: fetch what is new, and what the site says changed.

A spider middleware on the requests the spider yields: for an article URL
already in the archive it decides, before the request is even scheduled
(so that Scrapy's duplicate filter never swallows a later discovery of the
same URL that does carry a change date):

- the site gave a date (sitemap ``lastmod``, feed or API date) later than our
  fetch: fetch again (extraction then stores a new version if it changed);
- the article is recent (published in the last NEWSARCHIVE_REVISIT_DAYS days,
  when papers still correct and update): a conditional request with the
  stored ``ETag`` / ``Last-Modified``; a 304 answer is counted unchanged;
- otherwise: not fetched at all, counted as skipped.

So a second run costs the site only its entry pages, and a crawl killed
half-way resumes without refetching what it stored. Reads go through a
read-only view of the archive (``open_archive(path, read_only=True)``: never
migrated, locked or written); the archive is written only by the store pipeline.
:class:`NotModifiedMiddleware` (a downloader middleware) turns a 304 answer
into "unchanged".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.extraction.dates import parse_iso
from crawler.outcomes import Skipped, skipped_stat
from crawler.storage import Archive, ArchiveError, KnownArticle, open_archive

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

HINTS_META = "newsarchive_hints"  # request.meta key set by the spiders for article requests
CHANGE_HINTS = ("lastmod", "feed_date", "api_date")


class NotModified(IgnoreRequest):
    """The site answered 304 to a conditional request."""


class IncrementalMiddleware:
    """Spider middleware: drop requests for stored articles the site says nothing about."""

    def __init__(self, crawler: Crawler, path: str, revisit: timedelta):
        self.crawler = crawler
        self.path = Path(path)
        self.revisit = revisit
        self.skipped: set[str] = set()
        self._archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_INCREMENTAL") or not settings.get(
                "NEWSARCHIVE_DB"):
            raise NotConfigured("incremental crawling is off")
        middleware = cls(crawler, settings["NEWSARCHIVE_DB"],
                         timedelta(days=settings.getfloat("NEWSARCHIVE_REVISIT_DAYS")))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in start:
            if self._keep(item):
                yield item

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Spider | None = None) -> Iterator[Any]:
        return (item for item in result if self._keep(item))

    async def process_spider_output_async(self, response: Response,
                                          result: AsyncIterator[Any],
                                          spider: Spider | None = None) -> AsyncIterator[Any]:
        async for item in result:
            if self._keep(item):
                yield item

    def _keep(self, item: Any) -> bool:
        """False for a request of a stored article the site does not say changed."""
        hints = getattr(item, "meta", {}).get(HINTS_META) if isinstance(item, Request) else None
        if hints is None:
            return True  # not an article request
        spider = self.crawler.spider
        url = getattr(spider, "canonical_url", lambda u: u)(item.url) or item.url
        known = self._lookup(url)
        if known is None:
            return True
        fetched, published, headers = known.fetched, known.published, known.headers
        dates = (parse_change_date(hints.get(h)) for h in CHANGE_HINTS)
        changed = max((d for d in dates if d), default=None)
        if changed is not None and changed > fetched:
            self._count("newsarchive/revisit/changed")
            return True
        now = datetime.now(UTC)
        if published is not None and now - published <= self.revisit and (
                "etag" in headers or "last-modified" in headers):
            if "etag" in headers:
                item.headers["If-None-Match"] = headers["etag"]
            if "last-modified" in headers:
                item.headers["If-Modified-Since"] = headers["last-modified"]
            item.meta["newsarchive_conditional"] = True
            self._count("newsarchive/revisit/conditional")
            return True
        if url not in self.skipped:
            self.skipped.add(url)
            self._count(skipped_stat(Skipped.KNOWN))
        return False

    def _lookup(self, url: str) -> KnownArticle | None:
        if self._archive is None and self.path.exists():
            try:
                self._archive = open_archive(self.path, read_only=True)
            except ArchiveError:
                return None
        if self._archive is None:
            return None
        try:
            return self._archive.known(url)
        except ArchiveError:
            return None  # an archive from before these tables: nothing known yet

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()


class NotModifiedMiddleware:
    """Downloader middleware: a 304 to a conditional request is an unchanged article."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NotModifiedMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if response.status == 304 and request.meta.get("newsarchive_conditional"):
            self.crawler.stats.inc_value("newsarchive/articles/unchanged")
            raise NotModified(f"not modified: {request.url}")
        return response


def parse_change_date(value: Any) -> datetime | None:
    """A change date given by the site: ISO (sitemap, API) or RFC 822 (RSS)."""
    if not value or not isinstance(value, str):
        return None
    parsed = parse_iso(value)
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
