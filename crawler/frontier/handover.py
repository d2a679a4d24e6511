"""Crawler to writer: extracted pages and end-of-run figures on a Redis stream.

A crawler with a frontier never opens the archive. Its last pipeline puts
each extracted page (the article, or why there is none, and the compressed
body) on the ``newsarchive:items`` stream, then lets the scheduler forget the
request it came from; when the spider closes, one ``run`` entry carries what
only the crawler knows (pages fetched, failures, entry points gone). The
writer (crawler.frontier.writer) reads them through a consumer group and
acknowledges each entry only after the archive committed it.

Entries are pickles of our own dataclasses: the frontier is trusted storage
of one deployment (keep Redis off the internet), and its layout version
(crawler.frontier.FRONTIER_VERSION) keeps another version's entries out.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler import frontier as keys
from crawler.frontier.loss import frontier_lost, is_lost
from crawler.frontier.scheduler import FRONTIER_META, FrontierScheduler
from crawler.items import Page

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

PAGE, RUN = b"page", b"run"


def encode_page(page: Page) -> dict[bytes, bytes]:
    if page.compressed is not None:
        page.body = b""  # the writer stores the compressed body; no need to send both
    return {b"kind": PAGE, b"site": page.site.encode(), b"data": pickle.dumps(page, 5)}


def decode(fields: dict[bytes, bytes]) -> tuple[str, Any]:
    """("page", Page) or ("run", dict) from a stream entry."""
    kind = fields.get(b"kind", b"").decode()
    if kind == "page":
        return kind, pickle.loads(fields[b"data"])  # noqa: S301 - our own entries, see above
    if kind == "run":
        return kind, json.loads(fields[b"data"])
    raise ValueError(f"unknown frontier entry kind {kind!r}")


def _scheduler(crawler: Crawler) -> FrontierScheduler | None:
    scheduler = crawler.engine.scheduler if crawler.engine else None
    return scheduler if isinstance(scheduler, FrontierScheduler) else None


class HandOverPipeline:
    """The last pipeline of a frontier crawl: each page onto the stream, then done."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.client = keys.connect(crawler.settings["NEWSARCHIVE_FRONTIER"])
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HandOverPipeline:
        if not crawler.settings.get("NEWSARCHIVE_FRONTIER"):
            raise NotConfigured("no frontier")
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, Page):
            return item
        token = getattr(item, "frontier_token", None)
        if is_lost(self.crawler):  # its request stays in flight: fetched again later
            return item
        try:
            self.client.xadd(keys.ITEMS_KEY, encode_page(item))
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
            return item
        self.crawler.stats.inc_value("newsarchive/frontier/handed_over")
        scheduler = _scheduler(self.crawler)
        if scheduler is not None:
            scheduler.done(token)
        return item

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = {k: v for k, v in self.crawler.stats.get_stats().items()
                 if isinstance(v, (int, float, str))}
        run = {"site": spider.name, "reason": reason, "stats": stats,
               "crawler": keys.crawler_id(spider.name),
               "dead_entries": getattr(spider, "dead_entries", {}),
               "alive_entries": sorted(getattr(spider, "alive_entries", set())),
               "learnt": getattr(spider, "learnt", None) or {}}
        if is_lost(self.crawler):  # the next run finds again what this one would report
            return
        try:
            self.client.xadd(keys.ITEMS_KEY, {b"kind": RUN, b"site": spider.name.encode(),
                                              b"data": json.dumps(run, default=str).encode()})
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)


class DoneMiddleware:
    """Spider middleware: a response that yielded no page is done once its output is
    scheduled; a page carries its request's token to the hand-over pipeline."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DoneMiddleware:
        if not crawler.settings.get("NEWSARCHIVE_FRONTIER"):
            raise NotConfigured("no frontier")
        return cls(crawler)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Spider | None = None) -> AsyncIterator[Any]:
        token = response.meta.get(FRONTIER_META)
        pages = 0
        async for item in result:
            pages = _tag(item, token, pages)
            yield item
        self._no_page(token, pages)

    def process_spider_output(self, response: Response, result: Any,
                              spider: Spider | None = None) -> Any:
        token = response.meta.get(FRONTIER_META)
        pages = 0
        for item in result:
            pages = _tag(item, token, pages)
            yield item
        self._no_page(token, pages)

    def _no_page(self, token: Any, pages: int) -> None:
        """A response that gave no page is done now; one that did is done when stored."""
        if not pages:
            scheduler = _scheduler(self.crawler)
            if scheduler is not None:
                scheduler.done(token)


def _tag(item: Any, token: Any, pages: int) -> int:
    """Give the response's frontier token to its first page only; return pages seen."""
    if not isinstance(item, Page):
        return pages
    item.frontier_token = token if pages == 0 else None  # type: ignore[attr-defined]
    return pages + 1
