"""``newsarchive sites`` and ``newsarchive crawl``."""

from __future__ import annotations

import click

from crawler.cli.output import CliError, format_option, print_records
from crawler.crawl import SiteReport
from crawler.crawl import crawl as run_crawl
from crawler.redirect import RedirectSpecError, parse_redirects
from crawler.sites import UnknownSiteError, all_sites, get_site
from crawler.storage import ArchiveError, open_archive

SITE_COLUMNS = ("name", "title", "hosts", "discovery", "articles")
REPORT_COLUMNS = ("site", "pages", "new", "updated", "unchanged", "failed", "failures")


@click.command()
@format_option("table", "json", "csv")
@click.pass_obj
def sites(obj: object, fmt: str) -> None:
    """List the sites newsarchive can crawl, with articles stored per site."""
    counts: dict[str, int] = {}
    if obj.db.exists():  # type: ignore[attr-defined]
        try:
            with open_archive(obj.db) as archive:  # type: ignore[attr-defined]
                counts = archive.counts_by_site()
        except ArchiveError as exc:
            raise CliError(str(exc)) from exc
    records = []
    for name, spider in all_sites().items():
        records.append({"name": name, "title": spider.title, "hosts": list(spider.hosts),
                        "discovery": spider.discovery_kinds(), "articles": counts.get(name, 0)})
    print_records(records, SITE_COLUMNS, fmt)


@click.command()
@click.argument("site_names", metavar="SITE...", nargs=-1, required=True)
@click.option("--redirect", "redirects", multiple=True, metavar="HOST=ADDR",
              help="Send requests for HOST to ADDR (ip:port) instead, keeping the real "
                   "URLs; for offline tests and demos. Repeatable.")
@click.option("--delay", type=click.FloatRange(min=0), default=None,
              help="Seconds between requests to one site (default: 2, with AutoThrottle).")
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              default="INFO", show_default=True, help="Crawl log detail (on stderr).")
@format_option("table", "json", "csv")
@click.pass_obj
def crawl(obj: object, site_names: tuple[str, ...], redirects: tuple[str, ...],
          delay: float | None, log_level: str, fmt: str) -> None:
    """Crawl SITE... into the archive: new and changed articles are stored.

    Robots.txt is obeyed and each site gets one request at a time. Pages that
    fail are logged with their URL and reason, counted, and skipped.
    """
    try:
        for name in site_names:
            get_site(name)
        parse_redirects(list(redirects))
        reports = run_crawl(list(site_names), obj.db,  # type: ignore[attr-defined]
                            redirects=list(redirects), delay=delay, log_level=log_level)
    except (UnknownSiteError, RedirectSpecError, ArchiveError) as exc:
        raise CliError(str(exc)) from exc
    print_records([_report_record(r) for r in reports], REPORT_COLUMNS, fmt)


def _report_record(report: SiteReport) -> dict:
    return {"site": report.site, "pages": report.pages, "new": report.new,
            "updated": report.updated, "unchanged": report.unchanged,
            "failed": report.failed, "failures": report.failures}
