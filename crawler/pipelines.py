"""Item pipelines, ordered in settings: extract (300) -> store (800).

Spiders yield :class:`~crawler.items.Page`; extraction attaches the article
(or the reason there is none); storage keeps the raw page and the article
in one transaction batch. A page that yields no article is logged with its
URL and reason, counted in the stats, and dropped; the crawl goes on.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import load_object

from crawler.extraction import ExtractionError
from crawler.items import Article, Page
from crawler.outcomes import failed_stat
from crawler.sites import all_sites, extract_with_site
from crawler.storage.archive import ArchiveWriteError, compress, open_for_writing
from crawler.workers import (
    PageLimitExceeded,
    PageLimits,
    WorkerDied,
    WorkerPool,
    make_worker_pool,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

    from crawler.storage import Archive

logger = logging.getLogger(__name__)

COMMIT_EVERY_ITEMS = 50
COMMIT_EVERY_SECONDS = 1.0  # at most this much work is redone after a kill
WRITE_FAILED = "archive_write_failed"  # the finish reason of a crawl stopped by a write


def extract_job(site: str, body: bytes, url: str, encoding: str | None,
                fetched: datetime) -> tuple[Article | None, ExtractionError | None, bytes]:
    """Extract one page in a worker process: (article or None, why not, compressed body)."""
    try:
        article, error = extract_with_site(_site_class(site), body, url, encoding=encoding,
                                           fetched=fetched), None
    except ExtractionError as exc:
        article, error = None, exc
    return article, error, compress(body)


@functools.cache
def _site_class(name: str) -> type | None:
    """The site's spider class, looked up once per worker process."""
    return all_sites().get(name)


def make_extractor_pool(settings: Settings) -> WorkerPool | None:
    """Worker processes for extraction as the settings say: how many
    (NEWSARCHIVE_EXTRACT_WORKERS; None: extract in the crawl process) and each
    page's limits (NEWSARCHIVE_PAGE_TIMEOUT, NEWSARCHIVE_PAGE_MEMORY_MB)."""
    return make_worker_pool(settings.getint("NEWSARCHIVE_EXTRACT_WORKERS"),
                            PageLimits.from_settings(settings))


class ExtractPipeline:
    """Turn a fetched page into an article with the site's rules, in worker processes.

    Extraction is the CPU-heavy part of a crawl; in the crawl process it
    would stall the downloads it waits for. A pool of NEWSARCHIVE_EXTRACT_WORKERS
    processes (0: extract inline) runs it beside the crawl; a caller running
    several crawlers may share one pool as ``crawler.newsarchive_extractors``.
    """

    def __init__(self, crawler: Crawler, job: Callable[..., Any]):
        self.crawler = crawler
        self.job = job
        self.pool: WorkerPool | None = None
        self.owns_pool = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        job = crawler.settings.get("NEWSARCHIVE_EXTRACT_JOB")
        return cls(crawler, load_object(job) if job else extract_job)

    def open_spider(self) -> None:
        self.pool = getattr(self.crawler, "newsarchive_extractors", None)
        if self.pool is None:
            self.pool = make_extractor_pool(self.crawler.settings)
            self.owns_pool = self.pool is not None

    def close_spider(self) -> None:
        if self.pool is not None and self.owns_pool:
            self.crawler.stats.set_value("newsarchive/workers/deaths", self.pool.deaths)
            self.pool.shutdown(wait=True)
        self.pool = None

    async def process_item(self, item: object) -> object:
        if not isinstance(item, Page):
            return item
        job = (item.site, item.body, item.url, item.encoding, item.fetched)
        error: ExtractionError | WorkerDied | PageLimitExceeded | None
        if self.pool is None:
            item.article, error, item.compressed = self.job(*job)
        else:
            try:
                item.article, error, item.compressed = await self.pool.run(self.job, *job)
            except (WorkerDied, PageLimitExceeded) as exc:  # killed its worker twice, or over
                item.article, error, item.compressed = None, exc, None  # a page limit: failed
        if error is not None:  # with that reason, the crawl goes on
            item.error, item.error_key = str(error), error.key
            self.crawler.stats.inc_value(failed_stat(error.key))
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
        self._lock = ExitStack()  # the writer lock, when this pipeline opened the archive
        self.pending = 0
        self._stopping = False
        self.last_commit = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        path = crawler.settings.get("NEWSARCHIVE_DB")
        if not path:
            raise NotConfigured("NEWSARCHIVE_DB is not set")
        return cls(crawler, path)

    def open_spider(self) -> None:
        self.archive = getattr(self.crawler, "newsarchive_archive", None)
        if self.archive is None:  # ``scrapy crawl``: the one writer, as newsarchive crawl is
            self._lock = ExitStack()
            try:
                self.archive = self._lock.enter_context(
                    open_for_writing(self.path, "scrapy crawl", create=True))
            except BaseException:
                self._lock.close()
                raise
            self.owns_archive = True

    def close_spider(self) -> None:
        if self.archive is not None:
            if self.archive.write_error is None:
                try:
                    with self.archive.writing():
                        self.archive.commit()
                except ArchiveWriteError as exc:
                    self._stop(exc)
            if self.owns_archive:
                self._lock.close()  # closes the archive, then drops the writer lock
            self.archive = None

    def process_item(self, item: object) -> object:
        if not isinstance(item, Page) or self.archive is None:
            return item
        if self.archive.write_error is not None:  # stopping: nothing more can be stored
            self._stop(self.archive.write_error)
            return item
        try:
            with self.archive.writing():
                return self._store(item)
        except ArchiveWriteError as exc:
            self._stop(exc)
            return item

    def _store(self, item: Page) -> Page:
        assert self.archive is not None
        self.archive.begin()
        if item.article is None:
            # Kept for a later re-extraction, but never over a good page stored before.
            self.archive.write_page(item, item.url, replace=False)
            self._maybe_commit()
            raise DropItem(f"skipped {item.url}: {item.error or 'no article'}")
        status = self.archive.write_article(item.article)
        if status == "unchanged":  # an unchanged article writes nothing at all
            self.crawler.stats.inc_value(f"newsarchive/articles/{status}")
        else:
            self.archive.write_page(item, item.article.url)
            key = f"newsarchive/articles/{status}"  # counted once stored, not attempted
            self.archive.on_commit(lambda: self.crawler.stats.inc_value(key))
        self._maybe_commit()
        return item

    def _stop(self, error: ArchiveWriteError) -> None:
        """A write was refused: stop this crawl at once (the caller reports why)."""
        self.crawler.newsarchive_write_error = error
        engine = self.crawler.engine
        if engine is None or engine.spider is None or self._stopping:
            return
        self._stopping = True
        logger.debug("stopping the crawl: %s", error)
        asyncio.ensure_future(engine.close_spider_async(reason=WRITE_FAILED))

    def _maybe_commit(self) -> None:
        assert self.archive is not None
        self.pending += 1
        now = time.monotonic()
        if self.pending >= COMMIT_EVERY_ITEMS or now - self.last_commit >= COMMIT_EVERY_SECONDS:
            self.archive.commit()
            self.pending, self.last_commit = 0, now
