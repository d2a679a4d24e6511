"""Incremental crawling: fetch what is new, and what the site says changed.

A downloader middleware between the spider and the network. For an article
URL already in the archive it decides, before any request is made:

- the site gave a date (sitemap ``lastmod``, feed or API date) later than our
  fetch: fetch again (extraction then stores a new version if it changed);
- the article is recent (published in the last NEWSARCHIVE_REVISIT_DAYS days,
  when papers still correct and update): a conditional request with the
  stored ``ETag`` / ``Last-Modified``; a 304 answer is counted unchanged;
- otherwise: not fetched at all, counted as skipped.

So a second run costs the site only its entry pages, and a crawl killed
half-way resumes without refetching what it stored. Reads go through its
own read-only connection; the archive is written only by the store pipeline.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.extraction.dates import parse_iso

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

HINTS_META = "newsarchive_hints"  # request.meta key set by the spiders for article requests
CHANGE_HINTS = ("lastmod", "feed_date", "api_date")


class KnownURL(IgnoreRequest):
    """An article already stored, which the site does not say changed."""


class NotModified(IgnoreRequest):
    """The site answered 304 to a conditional request."""


class IncrementalMiddleware:
    def __init__(self, crawler: Crawler, path: str, revisit: timedelta):
        self.crawler = crawler
        self.path = Path(path)
        self.revisit = revisit
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_INCREMENTAL", True) or not settings.get(
                "NEWSARCHIVE_DB"):
            raise NotConfigured("incremental crawling is off")
        middleware = cls(crawler, settings["NEWSARCHIVE_DB"],
                         timedelta(days=settings.getfloat("NEWSARCHIVE_REVISIT_DAYS", 2)))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        hints = request.meta.get(HINTS_META)
        if hints is None:
            return None  # not an article request
        spider = self.crawler.spider
        url = getattr(spider, "canonical_url", lambda u: u)(request.url) or request.url
        known = self._lookup(url)
        if known is None:
            return None
        fetched, published, headers = known
        changed = max((d for d in map(_parse_hint, (hints.get(h) for h in CHANGE_HINTS)) if d),
                      default=None)
        if changed is not None and changed > fetched:
            self._count("newsarchive/revisit/changed")
            return None
        now = datetime.now(UTC)
        if published is not None and now - published <= self.revisit and (
                "ETag" in headers or "Last-Modified" in headers):
            if "ETag" in headers:
                request.headers["If-None-Match"] = headers["ETag"]
            if "Last-Modified" in headers:
                request.headers["If-Modified-Since"] = headers["Last-Modified"]
            request.meta["newsarchive_conditional"] = True
            self._count("newsarchive/revisit/conditional")
            return None
        self._count("newsarchive/skipped/known")
        raise KnownURL(f"already stored: {url}")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if response.status == 304 and request.meta.get("newsarchive_conditional"):
            self._count("newsarchive/articles/unchanged")
            raise NotModified(f"not modified: {request.url}")
        return response

    def _lookup(self, url: str) -> tuple[datetime, datetime | None, dict[str, str]] | None:
        conn = self._connection()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT a.fetched, a.published, p.headers FROM articles a "
                "LEFT JOIN pages p ON p.url = a.url WHERE a.url = ?", [url]).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        headers = {k.title(): v for k, v in json.loads(row[2] or "{}").items()}
        return (datetime.fromisoformat(row[0]),
                datetime.fromisoformat(row[1]) if row[1] else None, headers)

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None and self.path.exists():
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                         check_same_thread=False)
        return self._conn

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


def _parse_hint(value: Any) -> datetime | None:
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
