"""``newsarchive import``: articles from JSON lines into the archive (a thin layer
over :mod:`crawler.importing`)."""

from __future__ import annotations

import sys
from functools import cache
from urllib.parse import urlsplit

import click

from crawler.cli.crawling import EXIT_BUSY
from crawler.cli.output import CliError
from crawler.importing import ImportReport, default_site, import_lines
from crawler.lock import ArchiveBusyError
from crawler.sites import site_for_url
from crawler.storage import ArchiveError
from crawler.storage.archive import open_for_writing

EXIT_REJECTED = 1  # some lines were rejected (the rest is imported)
ERRORS_SHOWN = 20


@click.command(name="import")
@click.argument("source", metavar="FILE|-", type=click.File("r", encoding="utf-8"))
@click.pass_obj
def import_(obj: object, source: click.utils.LazyFile) -> None:
    """Load articles from JSON lines: 'newsarchive export' output, news-please's or
    Fundus's JSON (one object a line; see README). Importing twice adds nothing;
    a changed article becomes a new version, as a recrawl would.

    Prints the counts (new, updated, unchanged, rejected) and each rejected line's
    number and reason on stderr; exits 1 when a line was rejected, 75 when a
    crawl holds the archive.
    """
    db = obj.db  # type: ignore[attr-defined]
    shown = sys.stderr.isatty()

    def progress(report: ImportReport) -> None:
        if shown:
            click.echo(f"\rline {report.lines:,}: " + _counts(report), nl=False, err=True)

    try:
        with open_for_writing(db, "import", create=True) as archive:
            report = import_lines(archive, source, site_of=_site_of, progress=progress)
    except ArchiveBusyError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BUSY)
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{source.name} is not UTF-8 text ({exc.reason}); "
                       "give a JSON-lines file") from exc
    if shown:
        click.echo("\r", nl=False, err=True)
    for number, reason in report.errors[:ERRORS_SHOWN]:
        click.echo(f"line {number}: rejected: {reason}", err=True)
    if len(report.errors) > ERRORS_SHOWN:
        click.echo(f"... and {len(report.errors) - ERRORS_SHOWN} more rejected lines", err=True)
    click.echo(f"{report.lines:,} lines: " + _counts(report))
    if report.counts["rejected"]:
        sys.exit(EXIT_REJECTED)


def _counts(report: ImportReport) -> str:
    return ", ".join(f"{n:,} {k}" for k, n in report.counts.items())


def _site_of(url: str) -> str:
    """Our name for the site of `url` (a known paper's, else the host's first label)."""
    parts = urlsplit(url)
    return _site_of_host(f"{parts.scheme}://{(parts.hostname or '').lower()}/")


@cache
def _site_of_host(home: str) -> str:
    spider = site_for_url(home)
    return spider.name if spider else default_site(home)
