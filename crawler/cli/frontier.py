"""``newsarchive frontier status|clear``: look into, or empty, a shared crawl frontier."""

from __future__ import annotations

import click

from crawler import frontier as shared
from crawler.cli.output import CliError, format_option, print_json, print_records

PAPER_COLUMNS = ("paper", "queued", "seen")


@click.group()
def frontier() -> None:
    """The shared crawl frontier on Redis (crawl --frontier, ingest --frontier)."""


@frontier.command("status")
@click.argument("url", envvar=shared.ENV, metavar="URL")
@format_option("table", "json")
def frontier_status(url: str, fmt: str) -> None:
    """Queued requests and seen URLs per paper, items waiting for the writer,
    crawlers alive and Redis memory of the frontier at URL (redis://HOST:PORT/DB)."""
    try:
        found = shared.status(url)
    except shared.FrontierError as exc:
        raise CliError(str(exc)) from exc
    summary = {"frontier": found.url, "layout": found.version or "empty",
               "items_waiting": found.items_waiting, "items_taken_by_writer": found.items_pending,
               "known_urls": found.known_urls, "crawlers_alive": len(found.crawlers),
               "redis_memory_mib": round(found.memory_bytes / 2**20, 2),
               "seen_sets_mib": round(found.seen_bytes / 2**20, 2)}
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
