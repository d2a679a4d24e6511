"""``newsarchive frontier status|clear``: look into, or empty, a shared crawl frontier."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from crawler import frontier as shared
from crawler import settings as defaults
from crawler.cli.output import CliError, format_option, print_json, print_records
from crawler.frontier.loss import FrontierLostError
from crawler.lock import ArchiveBusyError
from crawler.storage import Archive, ArchiveError

if TYPE_CHECKING:  # the crawl's modules import Scrapy: `frontier status` does without them
    from crawler.crawl import CrawlOptions

EXIT_WARNING = 1  # a site looks broken (as crawl)
EXIT_BUSY = 75  # another writer holds the archive (as crawl)
EXIT_LOST = 69  # EX_UNAVAILABLE: the frontier (Redis) went away mid-run

PAPER_COLUMNS = ("paper", "queued", "seen")
CRAWLER_COLUMNS = ("site", "pages", "requests", "handed_over", "failed", "recovered",
                   "finish_reason")


@click.group()
def frontier() -> None:
    """The shared crawl frontier on Redis (crawl --frontier, ingest --frontier)."""


@frontier.command("status")
@click.argument("url", envvar=shared.ENV, metavar="URL")
@format_option("table", "json")
def frontier_status(url: str, fmt: str) -> None:
    """Queued requests and seen URLs per paper, items waiting for the writer,
    papers added as data that the writer published, crawlers alive and Redis
    memory of the frontier at URL (redis://HOST:PORT/DB)."""
    try:
        found = shared.status(url)
    except shared.FrontierError as exc:
        raise CliError(str(exc)) from exc
    summary = {"frontier": found.url, "layout": found.version or "empty",
               "items_waiting": found.items_waiting, "items_taken_by_writer": found.items_pending,
               "known_urls": found.known_urls, "data_sites_published": found.data_sites,
               "crawlers_alive": len(found.crawlers),
               "redis_memory_mib": round(found.memory_bytes / 2**20, 2),
               "seen_sets_kib": round(found.seen_bytes / 1024, 1)}
    if fmt == "json":
        print_json({**summary, "crawlers": found.crawlers, "papers": found.papers})
        return
    for key, value in summary.items():
        click.echo(f"{key.replace('_', ' ')}: {value}")
    for crawler_id in found.crawlers:
        click.echo(f"  crawler {crawler_id}")
    if found.papers:
        click.echo("")
        print_records([{"paper": name, **counts} for name, counts in found.papers.items()],
                      PAPER_COLUMNS, "table")


@frontier.command("clear")
@click.argument("url", envvar=shared.ENV, metavar="URL")
@click.option("--yes", is_flag=True, help="Really delete (nothing is asked).")
def frontier_clear(url: str, yes: bool) -> None:
    """Empty the frontier at URL: queues, seen-sets, items not yet stored,
    incremental state. Crawlers using it should be stopped first."""
    if not yes:
        raise CliError("this deletes every queued request and every item not yet stored by "
                       "the writer; add --yes to do it")
    try:
        deleted = shared.clear(url)
    except shared.FrontierError as exc:
        raise CliError(str(exc)) from exc
    click.echo(f"cleared {url}: {deleted} keys deleted")


def crawl_into_frontier(names: list[str], all_sites_: bool, url: str,
                        idle_exit: float | None, options: CrawlOptions, fmt: str) -> None:
    """``crawl --frontier``: fetch and extract into the shared frontier; print per site
    what this crawler did. Data sites (and --all) are those the writer published."""
    from crawler.frontier.crawl import crawl_frontier  # Scrapy and scrapy-redis: only here
    from crawler.redirect import RedirectSpecError
    from crawler.sites import UnknownSiteError, all_sites, frontier_settings_for_sites

    if idle_exit is None:
        idle_exit = defaults.NEWSARCHIVE_IDLE_EXIT
    try:
        if all_sites_:
            known = all_sites(frontier_settings_for_sites(url))
            names = [n for n, s in known.items() if s.enabled]
        reports = crawl_frontier(names, url, options, idle_exit)
    except FrontierLostError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOST)
    except (shared.FrontierError, UnknownSiteError, RedirectSpecError) as exc:
        raise CliError(str(exc)) from exc
    print_records([vars(r) for r in reports], CRAWLER_COLUMNS, fmt)


@click.command()
@click.option("--frontier", "url", envvar=shared.ENV, required=True,
              metavar="redis://HOST:PORT/DB",
              help="The shared frontier the crawlers fill [env: NEWSARCHIVE_FRONTIER].")
@click.option("--idle-exit", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Exit once nothing came for this long (default: run until SIGTERM).")
@click.option("--batch", type=click.IntRange(1, 10000), default=200, show_default=True,
              help="Items stored per transaction.")
@format_option("table", "json")
@click.pass_obj
def ingest(obj: object, url: str, idle_exit: float | None, batch: int, fmt: str) -> None:
    """The one writer: store what crawlers put in the frontier into the archive (--db).

    An item leaves Redis only after the archive committed it, so the writer
    may be killed at any moment: restarted, it stores what was left, nothing
    twice. SIGTERM finishes the batch in hand and exits 0. Each crawler run
    is recorded as a run (see 'newsarchive runs'), with its health warnings
    (exit 1) and the saved searches' new matches (see 'newsarchive watch').
    It publishes the archive's sites added with 'sites add' and its entry
    points gone in the frontier, for crawlers (which never open the archive).
    Exits 75 when another writer or crawl holds the archive, and 69 when Redis
    went away mid-run (one line; start it again once Redis is back: what it had
    not acknowledged is read again and stored once).
    """
    from crawler.frontier.writer import ingest as run_ingest

    try:
        result = run_ingest(obj.db, url, idle_exit, batch,  # type: ignore[attr-defined]
                            lambda text: click.echo(f"Warning: {text}", err=True),
                            lambda archive: _new_matches(archive, err=fmt != "table"))
    except FrontierLostError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOST)
    except (shared.FrontierError, ArchiveError) as exc:
        raise CliError(str(exc)) from exc
    except ArchiveBusyError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BUSY)
    stored = result.stored
    record = {"entries": result.entries, "new": stored["new"], "updated": stored["updated"],
              "unchanged": stored["unchanged"], "no_article": stored["no_article"],
              "runs": len(result.runs), "seconds": round(result.seconds, 1),
              "stopped_by": result.stopped_by}
    if fmt == "json":
        print_json({**record, "run_ids": result.runs,
                    "warnings": [w.to_record() for w in result.warnings]})
    else:
        print_records([record], tuple(record), "table")
    if result.warnings:
        sys.exit(EXIT_WARNING)


def _new_matches(archive: Archive, *, err: bool) -> None:
    """After each run the writer records: saved searches' new matches, as after a crawl."""
    from crawler.cli.watching import print_matches
    from crawler.search import QueryError
    from crawler.search.watches import run_watches

    try:
        found = run_watches(archive)
    except QueryError as exc:
        click.echo(f"Warning: watches not run: {exc}", err=True)
        return
    print_matches(found, quiet=True, err=err)
