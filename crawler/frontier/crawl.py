"""``newsarchive crawl --frontier``: a crawler that fetches and extracts, never stores.

The same spiders, settings and extraction as a local crawl (crawler.crawl);
only the scheduler, the seen-set, the incremental state, the politeness slot
and the last pipeline change, to their shared forms in Redis. No archive is
opened, so the crawler may run on a machine without one; what it extracted
waits on the frontier's stream for ``newsarchive ingest``.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess

from crawler import frontier as keys
from crawler.crawl import CrawlOptions, apply_options
from crawler.frontier.loss import LOST_STAT, FrontierLostError, is_lost, lost_message
from crawler.outcomes import failures_in
from crawler.pipelines import make_extractor_pool
from crawler.redirect import parse_redirects
from crawler.sites import (
    UnknownSiteError,
    frontier_settings_for_sites,
    get_site,
    hand_data_sites,
)

FRONTIER_SETTINGS = {
    "SCHEDULER": "crawler.frontier.scheduler.FrontierScheduler",
    "SCHEDULER_QUEUE_CLASS": "crawler.frontier.scheduler.InflightQueue",
    "SCHEDULER_QUEUE_KEY": keys.QUEUE_KEY,
    "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
    "SCHEDULER_DUPEFILTER_KEY": keys.SEEN_KEY,
    "SCHEDULER_PERSIST": True,  # the queue and seen-set belong to every crawler
}


@dataclass
class FrontierCrawlReport:
    site: str
    pages: int  # responses this crawler received
    requests: int
    handed_over: int  # pages put on the stream for the writer
    failed: int
    recovered: int  # requests of stopped crawlers this one put back on the queue
    finish_reason: str


NOT_PUBLISHED = ("; a paper added with 'sites add' reaches frontier crawlers once "
                 "'newsarchive ingest' has run on its archive (it publishes the archive's "
                 "sites in the frontier)")


def known_site(name: str, settings) -> None:  # noqa: ANN001
    """UnknownSiteError, saying how data sites reach crawlers, for a site not known."""
    try:
        get_site(name, settings)
    except UnknownSiteError as exc:
        raise UnknownSiteError(str(exc) + NOT_PUBLISHED) from None


def frontier_settings(sites: list[str], url: str, options: CrawlOptions, idle_exit: float):
    """The Scrapy settings of a frontier crawler (no archive anywhere in them)."""
    settings = frontier_settings_for_sites(url)  # never opens the archive
    for name in sites:
        known_site(name, settings)
    parse_redirects(options.redirects)
    apply_options(settings, "", options)
    put = lambda name, value: settings.set(name, value, priority="cmdline")  # noqa: E731
    put("NEWSARCHIVE_DB", "")
    for name, value in FRONTIER_SETTINGS.items():
        put(name, value)
    put("REDIS_URL", url)
    put("NEWSARCHIVE_FRONTIER", url)
    put("NEWSARCHIVE_IDLE_EXIT", idle_exit)
    middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
    middlewares["crawler.incremental.IncrementalMiddleware"] = None
    middlewares["crawler.frontier.incremental.FrontierIncrementalMiddleware"] = 900
    middlewares["crawler.frontier.handover.DoneMiddleware"] = 10
    put("SPIDER_MIDDLEWARES", middlewares)
    downloader = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    downloader["crawler.frontier.slots.SharedSlotMiddleware"] = 990
    put("DOWNLOADER_MIDDLEWARES", downloader)
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    pipelines["crawler.pipelines.StorePipeline"] = None
    pipelines["crawler.frontier.handover.HandOverPipeline"] = 800
    put("ITEM_PIPELINES", pipelines)
    return settings


def crawl_frontier(sites: list[str], url: str, options: CrawlOptions | None = None,
                   idle_exit: float = 10.0) -> list[FrontierCrawlReport]:
    """Crawl `sites` into the frontier at `url` until its queues stay empty `idle_exit` s.

    Raises UnknownSiteError, RedirectSpecError or FrontierError before any
    request is made when the crawl cannot start, and FrontierLostError when
    Redis went away mid-crawl (the crawler stopped at once; crawler.frontier.loss).
    """
    options = options or CrawlOptions()
    keys.connect(url, create=True).close()  # unreachable, or another layout: say so now
    settings = frontier_settings(sites, url, options, idle_exit)
    hand_data_sites(settings)  # extraction workers are spawned processes: given, not asked
    process = CrawlerProcess(settings)
    pool = make_extractor_pool(settings)
    crawlers = []
    for name in dict.fromkeys(sites):
        crawler = process.create_crawler(name)
        crawler.newsarchive_extractors = pool
        crawlers.append(crawler)
        process.crawl(crawler, since=options.since)
    try:
        process.start()
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    lost = [c.stats.get_value(LOST_STAT) for c in crawlers if is_lost(c)]
    if lost:
        raise FrontierLostError(lost_message(url, lost[0], "crawler"))
    reports = []
    for c in crawlers:
        stats = c.stats.get_stats()
        reports.append(FrontierCrawlReport(
            site=c.spider.name if c.spider else "?",
            pages=stats.get("downloader/response_count", 0),
            requests=stats.get("downloader/request_count", 0),
            handed_over=stats.get("newsarchive/frontier/handed_over", 0),
            failed=sum(failures_in(stats).values()),
            recovered=stats.get("newsarchive/frontier/recovered", 0),
            finish_reason=str(stats.get("finish_reason", ""))))
    return reports
