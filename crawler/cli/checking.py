"""``newsarchive check``: a thin layer over :func:`crawler.checking.check`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler import settings as defaults
from crawler.checking import DEFAULT_ARTICLES, CheckOptions, CheckReport
from crawler.checking import check as run_check
from crawler.cli.options import Seconds
from crawler.cli.output import CliError, format_option, print_json, print_records
from crawler.redirect import RedirectSpecError
from crawler.sites import UnknownSiteError

ROW_COLUMNS = ("title", "published", "authors", "section", "paragraphs", "chars", "images",
               "lead")
EXIT_WRONG = 1  # some field looks wrong on most articles


@click.command()
@click.argument("site")
@click.option("--articles", "-n", type=click.IntRange(1, 200), default=DEFAULT_ARTICLES,
              show_default=True, help="How many of the newest articles to fetch.")
@click.option("--save", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write each fetched article page (gzip) with its proposed expected "
                   "record into DIR, as page test cases (tests/pages/<site>/).")
@click.option("--redirect", "redirects", multiple=True, metavar="HOST=ADDR",
              help="Send requests for HOST to ADDR (ip:port), as for crawl. Repeatable.")
@click.option("--delay", type=Seconds(min=0), default=None,
              help=f"Seconds between requests (default: {defaults.DOWNLOAD_DELAY:g}).")
@click.option("--timeout", type=Seconds(min=0.1), default=None,
              help=f"Seconds to wait for a page (default: {defaults.DOWNLOAD_TIMEOUT:g}).")
@click.option("--contact", envvar="NEWSARCHIVE_CONTACT", default=None,
              help="URL or e-mail for site owners, sent in the User-Agent "
                   "[env: NEWSARCHIVE_CONTACT].")
@click.option("--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              default="ERROR", show_default=True, help="Crawl log detail (on stderr).")
@format_option("table", "json")
@click.pass_obj
def check(obj: object, site: str, articles: int, save: Path | None,
          redirects: tuple[str, ...], delay: float | None, timeout: float | None,
          contact: str | None, log_level: str, fmt: str) -> None:
    """Check that SITE is read right: fetch its entry points and newest articles.

    Prints a row per article (title, published, authors, section, paragraphs,
    characters, images, lead) and a line per field: how many articles have it
    and what looks wrong (one date on most articles, dates in the future, the
    paper's name as author, related-box lines in the text, ...). Nothing is
    written to the archive. Exits 0 when every field holds on most articles,
    1 otherwise.
    """
    if save is not None and save.exists() and not save.is_dir():
        raise CliError(f"--save {save}: not a folder")
    options = CheckOptions(articles=articles, save=save, redirects=list(redirects),
                           delay=delay, timeout=timeout, contact=contact, log_level=log_level)
    try:
        report = run_check(site, obj.db, options)  # type: ignore[attr-defined]
    except (UnknownSiteError, RedirectSpecError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:  # --save: a folder that cannot be written
        raise CliError(f"--save {save}: {exc.strerror or exc}") from exc
    if fmt == "json":
        print_json(_json(report))
    else:
        _print(report)
    if not report.ok:
        sys.exit(EXIT_WRONG)


def _print(report: CheckReport) -> None:
    click.echo(f"{report.site} ({report.title or report.site}): "
               f"{sum(1 for c in report.checked if c.article)} of {report.wanted} articles")
    if report.checked:
        print_records(report.rows(), ROW_COLUMNS, "table")
    click.echo("")
    for verdict in report.verdicts:
        mark = "ok   " if verdict.holds else "WRONG"
        problems = "; ".join(verdict.problems)
        click.echo(f"{mark} {verdict.field:<10} {verdict.have}/{verdict.total}"
                   + (f"  {problems}" if problems else ""))
    entries = report.entries
    mark = "ok   " if entries.holds else "WRONG"
    line = f"{mark} entry points: {len(entries.answered)} answered"
    if entries.gone:
        line += f", {len(entries.gone)} gone (" + ", ".join(entries.gone) + ")"
    if entries.failed:
        line += ", failed: " + ", ".join(f"{k} {v}" for k, v in entries.failed.items())
    click.echo(line)
    if report.article_failures:
        click.echo("      article pages failed: " + ", ".join(
            f"{k} {v}" for k, v in sorted(report.article_failures.items())))
    if report.not_articles:
        click.echo(f"      not articles (not stored by a crawl): {len(report.not_articles)}")
    if report.disagreements:
        click.echo("      disagreements, structured data against site rules: " + ", ".join(
            f"{k} on {v}" for k, v in sorted(report.disagreements.items())))
    else:
        click.echo("      disagreements, structured data against site rules: none")
    if report.saved:
        click.echo(f"saved {len(report.saved)} page cases in {report.saved[0].parent} "
                   "(review each .json, then delete its \"review\" key)")
    if report.not_saved:
        click.echo(f"kept {len(report.not_saved)} page cases already there")
    click.echo("looks right" if report.ok else "looks wrong: " + ", ".join(
        [v.field for v in report.verdicts if not v.holds]
        + ([] if entries.holds else ["entry points"])
        + ([] if any(c.article for c in report.checked) else ["no article fetched"])))


def _json(report: CheckReport) -> dict:
    return {
        "site": report.site, "ok": report.ok, "articles": report.rows(),
        "fields": [vars(v) for v in report.verdicts],
        "entry_points": vars(report.entries),
        "disagreements": dict(report.disagreements),
        "not_articles": report.not_articles, "article_failures": report.article_failures,
        "saved": [str(p) for p in report.saved],
    }
