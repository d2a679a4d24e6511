"""`newsarchive check`: a spider fetches its entry points, then only the N newest articles.

When NEWSARCHIVE_CHECK_ARTICLES is set, a spider's article requests are held
here instead of being scheduled. Each time the crawl falls idle, the newest
held requests (by the date the sitemap, feed or API gave, undated ones in the
order they were found) are let go, as many as articles are still wanted; a
page that turns out not to be an article makes room for the next one. So a
check costs the site its entry points and about N pages, politely.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from crawler.incremental import CHANGE_HINTS, parse_change_date

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

CHECK_SETTING = "NEWSARCHIVE_CHECK_ARTICLES"


class CheckPool:
    """Held article requests of one spider, let go newest first."""

    def __init__(self, crawler: Crawler, wanted: int):
        self.crawler = crawler
        self.wanted = wanted
        self.held: list[tuple[float, int, Request]] = []
        self.seen: set[str] = set()
        self.released = 0
        self.articles = 0  # pages that came back as articles
        self.not_articles: dict[str, str] = {}  # url -> why (listing, tag page ...)
        self._order = itertools.count()

    @classmethod
    def from_crawler(cls, crawler: Crawler, spider: Spider) -> CheckPool | None:
        wanted = crawler.settings.getint(CHECK_SETTING, 0)
        if wanted <= 0:
            return None
        pool = cls(crawler, wanted)
        crawler.signals.connect(pool.idle, signal=signals.spider_idle)
        crawler.signals.connect(pool.item_scraped, signal=signals.item_scraped)
        return pool

    def hold(self, request: Request, hints: dict[str, Any]) -> None:
        if request.url in self.seen:
            return
        self.seen.add(request.url)
        dates = [d for h in CHANGE_HINTS if (d := parse_change_date(hints.get(h)))]
        newest = -max(dates).timestamp() if dates else float("inf")
        self.held.append((newest, next(self._order), request))

    def not_article(self, url: str, reason: str) -> None:
        self.not_articles[url] = reason

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        self.articles += 1

    def idle(self, spider: Spider) -> None:
        """Let the next newest go while articles are still wanted."""
        missing = self.wanted - self.articles
        if missing <= 0 or not self.held:
            return
        self.held.sort(key=lambda entry: entry[:2])
        batch, self.held = self.held[:missing], self.held[missing:]
        for _, _, request in batch:
            self.released += 1
            self.crawler.engine.crawl(request)
        raise DontCloseSpider
