"""A progress line on the terminal during a long crawl (pages, articles, errors, rate).

Enabled by NEWSARCHIVE_PROGRESS (the CLI sets it when stderr is a terminal);
it rewrites one line on stderr every few seconds and leaves logs alone.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.outcomes import failures_in

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

INTERVAL_SECONDS = 2.0


class ProgressLine:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        if not crawler.settings.getbool("NEWSARCHIVE_PROGRESS"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self) -> None:
        self.loop.start(INTERVAL_SECONDS, now=False)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
        sys.stderr.write("\r\x1b[K")

    def show(self) -> None:
        stats = self.crawler.stats.get_stats()
        pages = stats.get("downloader/response_count", 0)
        new = stats.get("newsarchive/articles/new", 0)
        updated = stats.get("newsarchive/articles/updated", 0)
        errors = sum(failures_in(stats).values())
        rate = pages / max(time.monotonic() - self.started, 1e-6)
        name = self.crawler.spider.name if self.crawler.spider else ""
        sys.stderr.write(f"\r\x1b[K{name}: {pages} pages · {new} new, {updated} updated · "
                         f"{errors} errors · {rate:.1f} pages/s")
        sys.stderr.flush()
