"""Run crawls in this process: the Python API behind ``newsarchive crawl``.

Builds the Scrapy settings from the project's own plus the caller's options,
takes the archive's writer lock, records the run, runs the sites' spiders
together (each site keeps its own politeness slot, all share one archive
connection), then checks each site's health against its history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from crawler.health import site_warnings
from crawler.outcomes import RunWarning, Skipped, WarningKind, failures_in, skipped_stat
from crawler.pipelines import make_extractor_pool
from crawler.redirect import parse_redirects
from crawler.sites import get_site, project_settings
from crawler.storage import Archive
from crawler.storage.archive import ArchiveWriteError, check_archive_path, open_for_writing
from crawler.storage.runs import SiteRun, finish_run, start_run
from crawler.storage.sitedata import remember_entries, update_hints
from crawler.workers import WorkerPool


@dataclass
class CrawlResult:
    run_id: int
    sites: list[SiteRun]
    warnings: list[RunWarning] = field(default_factory=list)


@dataclass
class CrawlOptions:
    """What a caller may change of the project settings for one run."""

    redirects: list[str] = field(default_factory=list)
    delay: float | None = None
    log_level: str = "INFO"
    max_pages: int | None = None  # page budget per site
    since: datetime | None = None  # backfill back to this date
    contact: str | None = None  # URL or e-mail put in the User-Agent
    progress: bool = False  # a progress line on stderr
    settings: dict[str, str] = field(default_factory=dict)  # any Scrapy setting, as -s does


def crawl(sites: list[str], db: str | Path, options: CrawlOptions | None = None,
          after_run: Callable[[Archive], None] | None = None) -> CrawlResult:
    """Crawl `sites` into the archive at `db`.

    `after_run` is called with the archive once the run is recorded, still under
    the crawl's writer lock (the CLI runs the saved searches there: marking them
    seen is a write, and taking the lock again could lose it to another writer).

    Raises UnknownSiteError, RedirectSpecError, ArchiveError, LockFileError or
    ArchiveBusyError (another writer holds the archive) before any request is
    made when the run cannot start, and ArchiveWriteError when the archive
    refused a write (the crawl stopped at once; what was
    committed before stays, and the next run resumes).
    """
    options = options or CrawlOptions()
    settings = project_settings(db)
    for name in sites:
        get_site(name, settings)
    parse_redirects(options.redirects)
    apply_options(settings, db, options)
    check_archive_path(db)  # a bad path fails now, clearly, not mid-crawl
    # created and migrated under the writer lock; runs a gone crawl left unfinished closed
    with open_for_writing(db, "crawl", create=True) as archive:
        with archive.writing():
            run_id = start_run(archive, sites)
        process = CrawlerProcess(settings)
        pool = make_extractor_pool(settings)
        crawlers = []
        for name in dict.fromkeys(sites):
            crawler = process.create_crawler(name)
            crawler.newsarchive_archive = archive  # one writer connection for every site
            crawler.newsarchive_extractors = pool  # and one pool of extraction workers
            crawlers.append(crawler)
            process.crawl(crawler, since=options.since)
        try:
            process.start()
        except BaseException:
            finish_run(archive, run_id, [], "failed", [RunWarning(
                None, WarningKind.CRAWL_ERROR, "the crawl stopped on an error")])
            raise
        finally:
            if pool is not None:
                pool.shutdown(wait=True)
        reports = [_site_run(c.spider.name if c.spider else "?", c.stats.get_stats())
                   for c in crawlers]
        if archive.write_error is not None:
            _record_write_error(archive, run_id, reports)
            raise archive.write_error
        for c in crawlers:
            _remember(archive, c.spider)
        warnings = [w for r in reports for w in site_warnings(archive, r)]
        if pool is not None and pool.deaths:
            warnings.append(worker_warning(pool))
        if pool is not None and pool.over_limit:
            warnings.append(limit_warning(pool))
        finish_run(archive, run_id, reports, "warning" if warnings else "ok", warnings)
        if after_run is not None:
            after_run(archive)
    return CrawlResult(run_id, reports, warnings)


def _record_write_error(archive: Archive, run_id: int, reports: list[SiteRun]) -> None:
    """Say in the run record why the crawl stopped, if the archive still takes that much."""
    error = archive.write_error
    assert error is not None
    archive.write_error = None  # one more try, for the record only
    try:
        with archive.writing():
            finish_run(archive, run_id, reports, "failed", [RunWarning(
                None, WarningKind.WRITE_FAILED,
                f"the crawl stopped: {error} (run it again to resume)")])
    except ArchiveWriteError:
        pass  # the run stays "unfinished"; the error line on stderr says why
    archive.write_error = error


def worker_warning(pool: WorkerPool) -> RunWarning:
    """The run's word on extraction workers that died (the run record keeps it)."""
    return RunWarning(None, WarningKind.WORKERS_DIED,
                      f"extraction workers died {pool.deaths} time(s) and were replaced: "
                      f"{pool.retried} pages run again, {pool.given_up} failed")


def limit_warning(pool: WorkerPool) -> RunWarning:
    """The run's word on pages failed over the extraction limits (cron mails it)."""
    limits = pool.limits
    return RunWarning(None, WarningKind.OVER_LIMIT, (
        f"{pool.over_limit} page{'s' if pool.over_limit != 1 else ''} failed over the "
        f"extraction limits (NEWSARCHIVE_PAGE_TIMEOUT {limits.seconds:g} s, "
        f"NEWSARCHIVE_PAGE_MEMORY_MB {limits.memory_mb} MB); raise them with "
        "--set NAME=VALUE if such pages are articles"))


def _remember(archive, spider) -> None:  # noqa: ANN001
    """Keep what the run learnt of the site: entry points gone or back, its CMS."""
    if spider is None:
        return
    remember_entries(archive, spider.name, getattr(spider, "dead_entries", {}),
                     getattr(spider, "alive_entries", set()))
    if getattr(spider, "learnt", None):
        update_hints(archive, spider.name, spider.learnt)


def apply_options(settings, db: str | Path, options: CrawlOptions) -> None:  # noqa: ANN001
    """Put a caller's options over the project settings (crawl and check alike)."""
    def put(name: str, value: object) -> None:
        settings.set(name, value, priority="cmdline")

    for name, value in options.settings.items():
        put(name, value)
    put("NEWSARCHIVE_DB", str(db))
    put("NEWSARCHIVE_REDIRECT", list(options.redirects))
    put("LOG_LEVEL", options.log_level)
    put("NEWSARCHIVE_PROGRESS", options.progress)
    if options.delay is not None:
        put("DOWNLOAD_DELAY", options.delay)
        put("AUTOTHROTTLE_START_DELAY", options.delay)
    if options.max_pages is not None:
        put("CLOSESPIDER_PAGECOUNT", options.max_pages)
    if options.contact:
        put("USER_AGENT", f"{settings.get('USER_AGENT')} (+{options.contact})")


def _site_run(site: str, stats: dict) -> SiteRun:
    failures = failures_in(stats)
    return SiteRun(
        site=site,
        pages=stats.get("downloader/response_count", 0),
        requests=stats.get("downloader/request_count", 0),
        new=stats.get("newsarchive/articles/new", 0),
        updated=stats.get("newsarchive/articles/updated", 0),
        unchanged=stats.get("newsarchive/articles/unchanged", 0),
        skipped=stats.get(skipped_stat(Skipped.KNOWN), 0),
        failed=sum(failures.values()),
        failures=failures,
        finish_reason=str(stats.get("finish_reason", "")),
    )
