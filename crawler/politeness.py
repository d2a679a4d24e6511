"""Honour a site's ``Retry-After``: slow down the whole site, not just one request.

On 429 or 503 with ``Retry-After`` (seconds or an HTTP date), the site's
download slot waits that long between requests (capped, so a bogus value
cannot stall a run for days); Scrapy's RetryMiddleware then retries the
request, and AutoThrottle brings the delay back down as the site recovers.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)
RETRY_AFTER_STATUSES = (429, 503)


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler, cap: float):
        self.crawler = crawler
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler, crawler.settings.getfloat("NEWSARCHIVE_MAX_RETRY_AFTER", 600))

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if response.status not in RETRY_AFTER_STATUSES:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is None:
            return response
        wait = min(wait, self.cap)
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        key = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        slot = downloader.slots.get(key) if downloader else None
        if slot is not None and slot.delay < wait:
            slot.delay = wait
        self.crawler.stats.inc_value("newsarchive/retry_after")
        logger.warning("%s answered %s, Retry-After %.0f s: slowing down %s",
                       request.url, response.status, wait, key)
        return response


def retry_after_seconds(value: bytes | None) -> float | None:
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
