"""Politeness across crawler processes: one request at a time per paper, and its delay.

Scrapy's download slots are per process; two crawlers of one paper would each
send a request at a time. Here a Redis key per host (``newsarchive:slot:HOST``)
is the paper's slot for every process: a request is sent only by the process
that set the key (SET NX, expiring after DOWNLOAD_TIMEOUT plus a margin, so a
killed crawler holds the paper no longer than that); when the answer comes
the key is left to expire after the paper's delay, so the next request,
whichever process sends it, waits that long. A ``Retry-After`` answer sets
the key to expire after the time asked: the paper is paused for all.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import TYPE_CHECKING

import redis
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.httpobj import urlparse_cached

from crawler import frontier as keys
from crawler.frontier.loss import frontier_lost, is_lost
from crawler.politeness import RETRY_AFTER_STATUSES, retry_after_seconds

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

HOLD_MARGIN = 5.0  # seconds over DOWNLOAD_TIMEOUT a slot may stay taken (a killed crawler)
POLL = 0.05  # seconds between tries while another process has the slot
SLOT_META = "newsarchive_shared_slot"
# Release: only the holder's token; the key stays as a pause of `ms` milliseconds.
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if tonumber(ARGV[2]) > 0 then
    redis.call('SET', KEYS[1], 'pause', 'PX', ARGV[2])
  else
    redis.call('DEL', KEYS[1])
  end
  return 1
end
return 0
"""


class SharedSlotMiddleware:
    """Downloader middleware (nearest the downloader): the paper's slot in Redis."""

    def __init__(self, crawler: Crawler, url: str):
        self.crawler = crawler
        self.client = keys.connect(url)
        settings = crawler.settings
        self.hold_ms = int(1000 * (settings.getfloat("DOWNLOAD_TIMEOUT") + HOLD_MARGIN))
        self.cap = settings.getfloat("NEWSARCHIVE_MAX_RETRY_AFTER")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedSlotMiddleware:
        settings = crawler.settings
        if not settings.get("NEWSARCHIVE_FRONTIER") or not settings.getbool(
                "NEWSARCHIVE_SHARED_POLITENESS"):
            raise NotConfigured("no frontier, or shared politeness off")
        return cls(crawler, settings["NEWSARCHIVE_FRONTIER"])

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        key = keys.SLOT_KEY % (urlparse_cached(request).hostname or "")
        token = secrets.token_hex(8)
        waited = False
        try:
            while not self.client.set(key, token, nx=True, px=self.hold_ms):
                if not waited:
                    waited = True
                    self.crawler.stats.inc_value("newsarchive/frontier/slot_waits")
                wait = self.client.pttl(key)
                await asyncio.sleep(min(max(wait, 1) / 1000, POLL) if wait > 0 else POLL / 5)
                if is_lost(self.crawler):
                    break
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
        if is_lost(self.crawler):  # not sent: it stays in flight, fetched again later
            raise IgnoreRequest("the frontier went away")
        request.meta[SLOT_META] = (key, token)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        pause = 0.0
        if response.status in RETRY_AFTER_STATUSES:
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait is not None and wait <= self.cap:
                pause = wait
        self._release(request, pause)
        return response

    def process_exception(self, request: Request, exception: Exception,
                          spider: Spider | None = None) -> None:
        self._release(request, 0.0)

    def _release(self, request: Request, pause: float) -> None:
        held = request.meta.pop(SLOT_META, None)
        if held is None:
            return
        key, token = held
        delay = self._delay(request)
        ms = int(1000 * max(delay, pause))
        try:
            if pause:
                # Retry-After: the paper waits for everyone, whoever holds the slot now.
                self.client.set(key, "retry-after", px=ms)
            else:
                self.client.eval(RELEASE, 1, key, token, ms)
        except redis.RedisError as exc:  # the slot expires by itself (hold_ms)
            frontier_lost(self.crawler, exc)

    def _delay(self, request: Request) -> float:
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(request.meta.get("download_slot", "")) \
            if engine else None
        if slot is not None:
            return slot.download_delay()
        return self.crawler.settings.getfloat("DOWNLOAD_DELAY")
