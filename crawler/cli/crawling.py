"""``newsarchive crawl`` (``runs``, the record it leaves, is in :mod:`crawler.cli.runs`;
``sites`` in :mod:`crawler.cli.sites`)."""

from __future__ import annotations

import sys
from typing import Any

import click

from crawler import settings as defaults
from crawler.cli.frontier import crawl_into_frontier
from crawler.cli.options import DateParam, Seconds
from crawler.cli.output import CliError, format_option, print_records
from crawler.cli.runs import REPORT_COLUMNS, report_record
from crawler.cli.watching import WatchMatches, new_matches_after_crawl, print_matches
from crawler.crawl import CrawlOptions
from crawler.crawl import crawl as run_crawl
from crawler.lock import ArchiveBusyError, LockFileError
from crawler.redirect import RedirectSpecError, parse_redirects
from crawler.sites import (
    UnknownSiteError,
    all_sites,
    get_site,
    project_settings,
)
from crawler.storage import ArchiveError
from crawler.storage.archive import ArchiveWriteError

EXIT_WARNING = 1  # a site looks broken: cron mails the output
EXIT_BUSY = 75  # EX_TEMPFAIL: another crawl holds the archive
EXIT_WRITE_FAILED = 74  # EX_IOERR: the archive refused a write (disk full, read-only, I/O)


@click.command()
@click.argument("site_names", metavar="SITE...", nargs=-1)
@click.option("--all", "all_sites_", is_flag=True, help="Crawl every enabled site.")
@click.option("--redirect", "redirects", multiple=True, metavar="HOST=ADDR",
              help="Send requests for HOST to ADDR (ip:port) instead, keeping the real "
                   "URLs; other hosts are then refused. For offline tests and demos. "
                   "Repeatable.")
@click.option("--delay", type=Seconds(min=0), default=None,
              help=f"Seconds between requests to one site (default: {defaults.DOWNLOAD_DELAY:g}, "
                   "with AutoThrottle).")
@click.option("--timeout", type=Seconds(min=0.1), default=None,
              help=f"Seconds to wait for a page (default: {defaults.DOWNLOAD_TIMEOUT:g}).")
@click.option("--max-pages", type=click.IntRange(1, 10**9), default=None,
              help="Page budget per site for this run "
                   f"(default: {defaults.CLOSESPIDER_PAGECOUNT}).")
@click.option("--since", type=DateParam(), default=None,
              help="Backfill: also walk listings, API and sitemaps back to DATE.")
@click.option("--contact", envvar="NEWSARCHIVE_CONTACT", default=None,
              help="URL or e-mail for site owners, sent in the User-Agent "
                   "[env: NEWSARCHIVE_CONTACT].")
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              default="WARNING", show_default=True, help="Crawl log detail (on stderr).")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Any Scrapy or newsarchive setting for this run, e.g. "
                   "DOWNLOAD_TIMEOUT=10 (as 'scrapy crawl -s'). Repeatable.")
@click.option("--frontier", "frontier_url", envvar="NEWSARCHIVE_FRONTIER", default=None,
              metavar="redis://HOST:PORT/DB",
              help="Crawl into a shared frontier on Redis instead of the archive (several "
                   "crawlers share it; 'newsarchive ingest' stores, and publishes the papers "
                   "added with 'sites add' there) [env: NEWSARCHIVE_FRONTIER].")
@click.option("--idle-exit", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="With --frontier: exit once the shared queue stayed empty this long "
                   f"(default: {defaults.NEWSARCHIVE_IDLE_EXIT:g}).")
@format_option("table", "json", "csv")
@click.pass_obj
def crawl(obj: object, site_names: tuple[str, ...], all_sites_: bool,
          redirects: tuple[str, ...], delay: float | None, timeout: float | None,
          max_pages: int | None,
          since: Any, contact: str | None, log_level: str, overrides: tuple[str, ...],
          frontier_url: str | None, idle_exit: float | None, fmt: str) -> None:
    """Crawl SITE... (or --all) into the archive: new and changed articles are stored.

    Robots.txt is obeyed and each site gets one request at a time. Articles
    already stored are not fetched again unless the site says they changed.
    Pages that fail are logged with their URL and reason, counted, and skipped.
    Exits 1 with a warning when a site seems broken (no new article for much
    longer than usual, or failures jumping), so cron mails it; exits 74 when
    the archive refused a write (disk full, read-only, I/O error: the crawl
    stops at once); exits 75 when another crawl is writing to the same archive.
    With --frontier the archive is never opened: pages go to the shared frontier
    for 'newsarchive ingest', and papers added with 'sites add' are known from
    the frontier, where the writer ('newsarchive ingest') publishes them; exits
    69 when Redis goes away mid-crawl (the crawler stops at once, the requests
    it had taken go back to the queue).
    """
    if all_sites_ == bool(site_names):
        raise CliError("name the sites to crawl, or --all (see 'newsarchive sites')")
    settings = {}
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name.strip().isupper():
            raise CliError(f"bad --set {override!r}: expected NAME=VALUE, "
                           "e.g. DOWNLOAD_TIMEOUT=10")
        settings[name.strip()] = value.strip()
    if timeout is not None:
        settings["DOWNLOAD_TIMEOUT"] = str(timeout)
    if frontier_url:  # never opens the archive: data sites come from the frontier
        crawl_into_frontier(list(site_names), all_sites_, frontier_url, idle_exit, CrawlOptions(
            redirects=list(redirects), delay=delay, log_level=log_level, max_pages=max_pages,
            since=since, contact=contact, progress=sys.stderr.isatty(), settings=settings), fmt)
        return
    if idle_exit is not None:
        raise CliError("--idle-exit goes with --frontier (a local crawl ends by itself)")
    known = all_sites(project_settings(obj.db))  # type: ignore[attr-defined]
    names = [n for n, s in known.items() if s.enabled] if all_sites_ else list(site_names)
    try:
        for name in names:
            get_site(name, project_settings(obj.db))  # type: ignore[attr-defined]
        parse_redirects(list(redirects))
        watched: list[tuple[list[WatchMatches], str | None]] = []
        result = run_crawl(names, obj.db, CrawlOptions(  # type: ignore[attr-defined]
            redirects=list(redirects), delay=delay, log_level=log_level, max_pages=max_pages,
            since=since, contact=contact, progress=sys.stderr.isatty(), settings=settings),
            after_run=lambda archive: watched.append(new_matches_after_crawl(archive)))
    except ArchiveWriteError as exc:
        click.echo(f"Error: {exc}; the crawl stopped (what was stored before is kept: "
                   "free space or fix the file, then run it again to resume)", err=True)
        sys.exit(EXIT_WRITE_FAILED)
    except (UnknownSiteError, RedirectSpecError, ArchiveError, LockFileError) as exc:
        raise CliError(str(exc)) from exc
    except ArchiveBusyError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BUSY)
    print_records([report_record(r) for r in result.sites], REPORT_COLUMNS, fmt)
    # Saved searches: new matches after the report (on stderr when stdout is data).
    for found, problem in watched:
        print_matches(found, quiet=True, err=fmt != "table")
        if problem:
            click.echo(f"Warning: {problem}", err=True)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if result.warnings:
        sys.exit(EXIT_WARNING)
