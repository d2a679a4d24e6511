"""``newsarchive search`` and ``newsarchive show``: reading the archive."""

from __future__ import annotations

from typing import Any

import click

from crawler.cli.options import filter_options, make_filters
from crawler.cli.output import (
    CliError,
    format_option,
    print_json,
    print_records,
    stdout_is_terminal,
)
from crawler.items import Article
from crawler.search import relevance_help
from crawler.searching import RESULT_COLUMNS, RequestError, find
from crawler.storage import Archive, ArchiveError, open_archive

MAX_OFFSET = 10**9  # past SQLite's integers once added to --limit: say so, no traceback

ANSI_HIGHLIGHT = ("\x1b[1;33m", "\x1b[0m")
SEARCH_HELP = f"""Search the archive, with or without accents ("dien bien" finds "Điện Biên").

    \b
    QUERY is one or more words; all must match. Also:
      "lao dong thu do"   a phrase, words next to each other
      ha noi OR hue       either word
      dien bien -du lich  without a word
      kinh*               words starting with a prefix

    Articles with exactly the accents you typed rank first (--exact: only them).
    {relevance_help()} --facets counts every match exactly.

    Dates are day first (25/04/2024) or ISO (2024-04-25).
    """


def _open(obj: object) -> Archive:
    try:
        return open_archive(obj.db)  # type: ignore[attr-defined]
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc


@click.command(context_settings={"ignore_unknown_options": True},  # "-word" is a query term
               help=SEARCH_HELP)
@click.argument("words", metavar="QUERY", nargs=-1, required=True)
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]),
              default="relevance", show_default=True, help="Order of the results.")
@click.option("--exact", is_flag=True, help="Only articles with exactly the accents typed.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="How many results.")
@click.option("--offset", type=click.IntRange(0, MAX_OFFSET), default=0,
              help="Skip this many.")
@click.option("--facets", is_flag=True,
              help="Also count all matches per site, section and month.")
@format_option("table", "json", "csv")
@click.pass_obj
def search(obj: object, words: tuple[str, ...], site: str | None, section: str | None,
           author: str | None, since: Any, until: Any, sort: str, exact: bool, limit: int,
           offset: int, facets: bool, fmt: str) -> None:
    """Search the archive (help: SEARCH_HELP, which carries the figures)."""
    text = " ".join(words)
    filters = make_filters(site, section, author, since, until)
    highlight = ANSI_HIGHLIGHT if fmt == "table" and stdout_is_terminal() else ("", "")
    with _open(obj) as archive:
        try:
            found = find(archive, text, filters=filters, sort=sort, exact=exact, limit=limit,
                         offset=offset, highlight=highlight, facets=facets)
        except RequestError as exc:
            raise CliError(str(exc)) from exc
    records = found.records
    if fmt == "json" and facets:
        print_json({"total": found.total, "total_exact": found.exact_total,
                    "results": records, "facets": found.facets})
    elif fmt != "table":
        print_records(records, RESULT_COLUMNS, fmt)
    else:
        _print_results(text, found.total, found.count_text, offset, records, found.facets)


def _print_results(text: str, total: int, count: str, offset: int, records: list[dict],
                   counts: dict[str, dict[str, int]]) -> None:
    if not records:
        click.echo(f"No article matches {text!r}." if total == 0 else
                   f"{count} articles match {text!r}; none after --offset {offset}.")
    else:
        shown = f"{offset + 1}-{offset + len(records)} of " if total > len(records) else ""
        click.echo(f"{shown}{count} article{'s' if total != 1 else ''} matching {text!r}\n")
    for record in records:
        date = record["published"][:16].replace("T", " ") if record["published"] else "no date"
        click.echo(f"{record['rank']}. {record['title']}")
        click.echo(f"   {record['site']} · {date} · {record['url']}")
        click.echo(f"   {record['snippet']}\n")
    for name, values in counts.items():
        click.echo(f"By {name}: " + ", ".join(f"{k} {n}" for k, n in values.items()))


@click.command()
@click.argument("url")
@click.option("--versions", is_flag=True, help="Also print the earlier versions kept when "
              "the article changed.")
@format_option("text", "json")
@click.pass_obj
def show(obj: object, url: str, versions: bool, fmt: str) -> None:
    """Print one stored article, by its URL."""
    with _open(obj) as archive:
        article = archive.get(url)
        if article is None:
            raise CliError(f"no article with URL {url} in {archive.path}; "
                           "'newsarchive search' finds URLs")
        earlier = archive.versions(url) if versions else []
    if fmt == "json":
        record = article.to_record()
        if versions:
            record["versions"] = [{"replaced": when, **old.to_record()} for when, old in earlier]
        print_json(record)
        return
    click.echo(as_text(article))
    if versions:
        click.echo(f"\n{len(earlier)} earlier version{'s' if len(earlier) != 1 else ''}")
        for number, (when, old) in enumerate(earlier, start=1):
            click.echo(f"\n--- version {number}, replaced {when[:16].replace('T', ' ')}\n")
            click.echo(as_text(old))


def as_text(article: Article) -> str:
    """An article for reading in a terminal: head lines, text, images."""
    facts = [article.site, article.section or "",
             article.published.isoformat() if article.published else "no date",
             ", ".join(article.authors)]
    lines = [article.title, " · ".join(f for f in facts if f), article.url]
    if article.tags:
        lines.append("Tags: " + ", ".join(article.tags))
    lines += ["", article.text]
    if article.images:
        lines += ["", "Images:"]
        lines += [f"  {i.url}" + (f"  ({i.caption})" if i.caption else "") for i in article.images]
    return "\n".join(lines)
