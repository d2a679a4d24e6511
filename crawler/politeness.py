"""Honour a site's ``Retry-After``: pause the whole site, not just one request.

On 429 or 503 with ``Retry-After`` (seconds or an HTTP date), no request goes
to that host before the time given (the download handler holds its slot,
:func:`pause_slot`; this middleware holds requests that arrive later); then
Scrapy's RetryMiddleware retries the request and the crawl goes on at its
usual pace. A site asking
for more than NEWSARCHIVE_MAX_RETRY_AFTER is left alone for this run (the
crawl of that site stops, saying why) rather than stalling the run.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.utils.httpobj import urlparse_cached

from crawler.outcomes import Failed, failed_stat

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)
RETRY_AFTER_STATUSES = (429, 503)
MIN_DELAY_FOR_PAUSE = 0.001


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler, cap: float):
        self.crawler = crawler
        self.cap = cap
        self.not_before: dict[str, float] = {}  # host -> time.monotonic() to wait for

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler, crawler.settings.getfloat("NEWSARCHIVE_MAX_RETRY_AFTER"))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        wait = self.not_before.get(urlparse_cached(request).hostname or "", 0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        if response.status not in RETRY_AFTER_STATUSES:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is None:
            return response
        host = urlparse_cached(request).hostname or ""
        self.crawler.stats.inc_value("newsarchive/retry_after")
        if wait > self.cap:
            logger.warning("%s answered %s with Retry-After %.0f s (over %.0f s): leaving %s "
                           "for this run", request.url, response.status, wait, self.cap, host)
            self.crawler.stats.inc_value(failed_stat(Failed.RETRY_AFTER_TOO_LONG))
            if self.crawler.engine is not None:
                asyncio.ensure_future(self.crawler.engine.close_spider_async(
                    reason=Failed.RETRY_AFTER_TOO_LONG))
            return response
        self.not_before[host] = max(self.not_before.get(host, 0), time.monotonic() + wait)
        logger.warning("%s answered %s, Retry-After %.0f s: pausing %s",
                       request.url, response.status, wait, host)
        return response


def pause_slot(crawler: Crawler, request: Request, response: Response) -> None:
    """Hold the host's download slot for its Retry-After, from this moment.

    Called by the download handler as the answer arrives: Scrapy's downloader
    releases the next queued request of the slot before any middleware sees
    the response, so a pause set later would come one request too late. The
    slot counts its delay from `lastseen`: moving that into the future pauses
    the host for the wait, whatever the delay and its jitter, and leaves the
    delay itself as it was (a pause, not a slowdown for the rest of the run).
    """
    if response.status not in RETRY_AFTER_STATUSES or crawler.engine is None:
        return
    wait = retry_after_seconds(response.headers.get("Retry-After"))
    cap = crawler.settings.getfloat("NEWSARCHIVE_MAX_RETRY_AFTER")
    slot = crawler.engine.downloader.slots.get(request.meta.get("download_slot", ""))
    if wait is None or wait > cap or slot is None:
        return
    # The slot's clock is time.monotonic(); it applies lastseen only with some
    # delay, so a crawl run with none gets a millisecond, which changes nothing else.
    slot.delay = max(slot.delay, MIN_DELAY_FOR_PAUSE)
    slot.lastseen = max(slot.lastseen, time.monotonic() + wait)


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
