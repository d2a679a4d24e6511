"""Incremental crawling with no archive at hand: what it holds, read from the frontier.

The writer keeps ``newsarchive:known`` (URL -> when fetched, when published,
ETag and Last-Modified) in step with the archive; a frontier crawler asks it
instead of the archive, and decides exactly as a local crawl does
(crawler.incremental).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

import redis
from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler import frontier as keys
from crawler.frontier.loss import frontier_lost, is_lost
from crawler.incremental import IncrementalMiddleware
from crawler.storage import KnownArticle

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def known_value(fetched: str, published: str | None, headers: dict[str, str]) -> str:
    """The frontier's record of one stored article (see :func:`read_known`)."""
    kept = {k.lower(): v for k, v in headers.items() if k.lower() in ("etag", "last-modified")}
    return json.dumps([fetched, published, kept])


def read_known(value: bytes) -> KnownArticle:
    """What the archive holds of an article, as the local crawl reads it (Archive.known)."""
    fetched, published, headers = json.loads(value)
    return KnownArticle(fetched=datetime.fromisoformat(fetched),
                        published=datetime.fromisoformat(published) if published else None,
                        headers=headers)


class FrontierIncrementalMiddleware(IncrementalMiddleware):
    """IncrementalMiddleware reading what the archive holds from the frontier."""

    def __init__(self, crawler: Crawler, url: str, revisit):  # noqa: ANN001
        super().__init__(crawler, "", revisit)
        self.client = keys.connect(url)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierIncrementalMiddleware:
        from datetime import timedelta

        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_INCREMENTAL") or not settings.get(
                "NEWSARCHIVE_FRONTIER"):
            raise NotConfigured("no frontier, or incremental crawling is off")
        middleware = cls(crawler, settings["NEWSARCHIVE_FRONTIER"],
                         timedelta(days=settings.getfloat("NEWSARCHIVE_REVISIT_DAYS")))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def _lookup(self, url: str) -> KnownArticle | None:
        if is_lost(self.crawler):
            return None
        try:
            value = self.client.hget(keys.KNOWN_KEY, url)
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
            return None
        return read_known(value) if value else None

    def close(self) -> None:
        self.client.close()
