"""Run crawls in this process: the Python API behind ``newsarchive crawl``.

Builds the Scrapy settings from the project's own plus the caller's options,
runs the sites' spiders together (each site keeps its own politeness slot),
and returns one report per site from the crawl stats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from crawler.redirect import parse_redirects
from crawler.sites import get_site, project_settings
from crawler.storage import open_archive

FAILED_PREFIX = "newsarchive/failed/"


@dataclass
class SiteReport:
    site: str
    pages: int = 0  # HTTP responses received
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    finish_reason: str = ""

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def crawl(sites: list[str], db: str | Path, *, redirects: list[str] | None = None,
          delay: float | None = None, log_level: str = "INFO") -> list[SiteReport]:
    """Crawl `sites` into the archive at `db`; one report per site.

    Raises UnknownSiteError, RedirectSpecError or ArchiveError before any
    request is made when an argument cannot be used.
    """
    settings = project_settings()
    for name in sites:
        get_site(name, settings)
    parse_redirects(redirects)
    archive = open_archive(db, create=True)  # fails now, with a clear message, not mid-crawl
    settings.set("NEWSARCHIVE_DB", str(db), priority="cmdline")
    settings.set("NEWSARCHIVE_REDIRECT", list(redirects or []), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", delay, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in dict.fromkeys(sites):
        crawler = process.create_crawler(name)
        crawler.newsarchive_archive = archive  # one writer connection for every site
        crawlers.append(crawler)
        process.crawl(crawler)
    try:
        process.start()
    finally:
        archive.close()
    return [_report(c.spider.name if c.spider else "?", c.stats.get_stats()) for c in crawlers]


def _report(site: str, stats: dict) -> SiteReport:
    return SiteReport(
        site=site,
        pages=stats.get("downloader/response_count", 0),
        new=stats.get("newsarchive/articles/new", 0),
        updated=stats.get("newsarchive/articles/updated", 0),
        unchanged=stats.get("newsarchive/articles/unchanged", 0),
        failures={k[len(FAILED_PREFIX):]: v for k, v in sorted(stats.items())
                  if k.startswith(FAILED_PREFIX)},
        finish_reason=str(stats.get("finish_reason", "")),
    )
