"""Item pipelines, ordered in settings: extract (300) -> store (800).

Spiders yield :class:`~crawler.items.Page`; extraction attaches the article
(or the reason there is none); storage keeps the raw page and the article
in one transaction batch. A page that yields no article is logged with its
URL and reason, counted in the stats, and dropped; the crawl goes on.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem, NotConfigured

from crawler.extraction import ExtractionError
from crawler.items import Page
from crawler.sites import extract_with_site
from crawler.storage import open_archive

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from crawler.storage import Archive

logger = logging.getLogger(__name__)

COMMIT_EVERY_ITEMS = 50
COMMIT_EVERY_SECONDS = 5.0


def failure_key(reason: str) -> str:
    """A stats key for a failure reason: "not an HTML page (x)" -> "not_an_html_page"."""
    return reason.split("(")[0].strip().lower().replace(" ", "_").replace(":", "")


class ExtractPipeline:
    """Turn a fetched page into an article with the spider's site rules."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, Page):
            return item
        try:
            item.article = extract_with_site(type(self.crawler.spider), item.body, item.url,
                                             encoding=item.encoding, fetched=item.fetched)
        except ExtractionError as exc:
            item.error = str(exc)
            self.crawler.stats.inc_value(f"newsarchive/failed/{failure_key(str(exc))}")
        return item


class StorePipeline:
    """Write pages and articles to the archive (NEWSARCHIVE_DB).

    Several crawlers in one process (``newsarchive crawl A B``) must share one
    connection: each pipeline batching writes on its own connection would
    leave a transaction open across reactor turns, and SQLite refuses the
    other's write. So the caller may open the archive and hand it over as
    ``crawler.newsarchive_archive``; otherwise (``scrapy crawl``) the pipeline
    opens its own and closes it at the end.
    """

    def __init__(self, crawler: Crawler, path: str):
        self.crawler = crawler
        self.path = path
        self.archive: Archive | None = None
        self.owns_archive = False
        self.pending = 0
        self.last_commit = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        path = crawler.settings.get("NEWSARCHIVE_DB")
        if not path:
            raise NotConfigured("NEWSARCHIVE_DB is not set")
        return cls(crawler, path)

    def open_spider(self) -> None:
        self.archive = getattr(self.crawler, "newsarchive_archive", None)
        if self.archive is None:
            self.archive = open_archive(self.path, create=True)
            self.owns_archive = True

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.commit()
            if self.owns_archive:
                self.archive.close()
            self.archive = None

    def process_item(self, item: object) -> object:
        if not isinstance(item, Page) or self.archive is None:
            return item
        self.archive.begin()
        url = item.article.url if item.article else item.url
        self.archive.write_page(item, url)
        if item.article is None:
            self._maybe_commit()
            raise DropItem(f"skipped {item.url}: {item.error or 'no article'}")
        status = self.archive.write_article(item.article)
        self.crawler.stats.inc_value(f"newsarchive/articles/{status}")
        self._maybe_commit()
        return item

    def _maybe_commit(self) -> None:
        assert self.archive is not None
        self.pending += 1
        now = time.monotonic()
        if self.pending >= COMMIT_EVERY_ITEMS or now - self.last_commit >= COMMIT_EVERY_SECONDS:
            self.archive.commit()
            self.pending, self.last_commit = 0, now
