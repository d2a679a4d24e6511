"""``newsarchive extract`` (one saved page) and ``newsarchive reextract`` (the archive)."""

from __future__ import annotations

import sys

import click

from crawler.cli.output import CliError, format_option, print_json, print_records
from crawler.extraction import ExtractionError
from crawler.reextract import reextract as run_reextract
from crawler.sites import UnknownSiteError, extract_with_site, get_site, site_for_url
from crawler.storage import ArchiveError, open_archive
from crawler.storage.archive import ArchiveWriteError, open_for_writing

REEXTRACT_COLUMNS = ("site", "pages", "new", "updated", "unchanged", "failed")
MAX_INPUT_BYTES = 64 * 1024 * 1024
EXIT_WRITE_FAILED = 74  # EX_IOERR: the archive refused a write


@click.command()
@click.argument("file", type=click.File("rb"))
@click.option("--url", required=True, help="The page's URL: picks the site's rules, "
              "resolves links. Unknown sites get the generic Vietnamese rules.")
@format_option("text", "json")
def extract(file: click.utils.LazyFile, url: str, fmt: str) -> None:
    """Extract the article of one saved page FILE (- for stdin), as a crawl would store it."""
    data = file.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise CliError(f"{file.name}: larger than {MAX_INPUT_BYTES // 2**20} MiB, not a page")
    try:
        article = extract_with_site(site_for_url(url), data, url)
    except ExtractionError as exc:
        raise CliError(f"{file.name}: {exc}") from exc
    if fmt == "json":
        print_json(article.to_record())
        return
    from crawler.cli.reading import as_text  # the same layout as `show`

    click.echo(as_text(article))


@click.command()
@click.option("--site", help="Only this site's pages.")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--changes", is_flag=True, help="List each changed article and its fields.")
@format_option("table", "json", "csv")
@click.pass_obj
def reextract(obj: object, site: str | None, dry_run: bool, changes: bool, fmt: str) -> None:
    """Re-run extraction over the stored raw pages, after the rules changed.

    Articles whose extraction changed are rewritten; the summary counts them
    per site, and --changes names each one with the fields that changed.
    """
    tty = sys.stderr.isatty()

    def progress(done: int) -> None:
        if tty and done % 100 == 0:
            click.echo(f"\r{done} pages re-extracted", nl=False, err=True)

    db = obj.db  # type: ignore[attr-defined]
    try:
        if site:
            get_site(site)
        # Rewriting articles is writing: one writer at a time (a crawl makes this exit 75).
        opened = open_archive(db) if dry_run else open_for_writing(db, "reextract")
        with opened as archive, archive.writing():
            report = run_reextract(archive, site, dry_run=dry_run, progress=progress)
    except ArchiveWriteError as exc:
        click.echo(f"Error: {exc}; reextract stopped (what was written before is kept)",
                   err=True)
        sys.exit(EXIT_WRITE_FAILED)
    except (UnknownSiteError, ArchiveError) as exc:
        raise CliError(str(exc)) from exc
    if tty:
        click.echo("\r", nl=False, err=True)
    records = [vars(c) for c in report.sites.values()]
    print_records(records, REEXTRACT_COLUMNS, fmt)
    if changes and fmt == "table":
        for change in report.changes:
            click.echo(f"{change.url}: {', '.join(change.fields)}")
        for url, reason in report.failures:
            click.echo(f"{url}: failed: {reason}")
