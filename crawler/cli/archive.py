"""``newsarchive stats``, ``export`` and ``optimize``: the archive as a whole."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from crawler.cli.options import filter_options, make_filters
from crawler.cli.output import CliError, format_option, print_json, print_table
from crawler.files import OutputExistsError, atomic_output
from crawler.searching import RequestError, check_site
from crawler.storage import ArchiveError, open_archive
from crawler.storage.archive import open_for_writing
from crawler.storage.maintenance import optimize as optimize_indexes
from crawler.storage.stats import archive_stats, export_articles
from crawler.storage.warc import write_warc

EXPORT_COLUMNS = ("url", "site", "title", "lead", "text", "authors", "published", "modified",
                  "section", "tags", "images", "language", "fetched")


@click.command()
@click.pass_obj
def optimize(obj: object) -> None:
    """Merge each full-text index into one segment, so that searches start faster.

    FTS5 looks every word of a query up in every segment of an index, and a
    growing archive collects a stack of them (21 at a million articles): after a
    large import or a month of crawls, this makes searches faster (at 100,000
    articles, p50 39 -> 35 ms; filtered p95 65 -> 46). It rewrites the indexes:
    12 minutes at a million articles here, with free disk space about the size
    of the largest index. Searches go on meanwhile; a crawl that starts meanwhile
    exits 75 (as it does beside another crawl), and this exits 75 when a crawl
    holds the archive; an interrupted run changes nothing.
    """
    def started(table: str, count: int) -> None:  # progress, on a terminal only (cron)
        if sys.stderr.isatty():
            click.echo(f"{table}: {_segments(count)}" + (", merging..." if count > 1 else
                                                         ", nothing to merge"), err=True)

    try:  # a crawl holding the archive: the group says so, exit 75
        with open_for_writing(obj.db, "optimize") as archive:  # type: ignore[attr-defined]
            merged = optimize_indexes(archive, started)
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    for m in merged:
        click.echo(f"{m.table}: {_segments(m.before)} -> {m.after:,} in {m.seconds:.1f} s")


def _segments(count: int) -> str:
    return f"{count:,} segment{'' if count == 1 else 's'}"


@click.command()
@format_option("table", "json")
@click.pass_obj
def stats(obj: object, fmt: str) -> None:
    """Articles per site and per month, first and last dates, archive size."""
    try:
        with open_archive(obj.db) as archive:  # type: ignore[attr-defined]
            found = archive_stats(archive)
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    if fmt == "json":
        print_json({"path": found.path, "size_bytes": found.size_bytes,
                    "articles": found.articles, "pages": found.pages,
                    "sites": [vars(s) for s in found.sites]})
        return
    click.echo(f"{found.path}: {found.articles} articles, {found.pages} raw pages, "
               f"{found.size_bytes / 2**20:.1f} MiB\n")
    print_table([{"site": s.site, "articles": s.articles, "first": (s.first or "")[:10],
                  "last": (s.last or "")[:10]} for s in found.sites],
                ("site", "articles", "first", "last"))
    for site in found.sites:
        click.echo(f"\n{site.site} per month: " +
                   ", ".join(f"{m} {n}" for m, n in site.months.items()))


@click.command()
@filter_options
@format_option("jsonl", "csv")
@click.option("--warc", "warc_path", type=click.Path(dir_okay=False, writable=True),
              help="Instead, write the stored raw responses (of --site, or all) to this "
                   "WARC file (.warc.gz) for other web-archive tools. It appears only "
                   "when complete.")
@click.option("--force", is_flag=True, help="Overwrite the --warc file if it exists.")
@click.pass_obj
def export(obj: object, site: str | None, section: str | None, author: str | None,
           since: Any, until: Any, fmt: str, warc_path: str | None, force: bool) -> None:
    """Write the archive's articles to stdout, one record per line (jsonl) or CSV.

    Streams: articles are read and written one at a time, whatever the size.
    """
    filters = make_filters(site, section, author, since, until)
    try:
        archive = open_archive(obj.db)  # type: ignore[attr-defined]
        check_site(archive, site)  # an unknown site would export nothing, silently
    except (ArchiveError, RequestError) as exc:
        raise CliError(str(exc)) from exc
    if warc_path:
        with archive:
            if section or author or since or until:
                raise CliError("--warc takes --site only: it writes raw pages, not articles")
            try:  # complete or not there at all: a killed export leaves no truncated WARC
                with atomic_output(warc_path, force=force) as out:
                    count = write_warc(archive, out, site)
            except OutputExistsError as exc:
                raise CliError(str(exc)) from exc
            except OSError as exc:
                raise CliError(f"cannot write {warc_path}: {exc.strerror or exc}") from exc
        click.echo(f"{count} responses written to {warc_path}", err=True)
        return
    out = sys.stdout
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    if fmt == "csv":
        writer.writeheader()
    with archive:
        try:
            for article in export_articles(archive, filters):
                record = article.to_record()
                if fmt == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    writer.writerow({k: json.dumps(v, ensure_ascii=False)
                                     if isinstance(v, list) else v for k, v in record.items()})
        except BrokenPipeError:  # `newsarchive export | head`
            sys.stderr.close()
