"""The ``newsarchive`` command group and its global options."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import click

from crawler.cli import crawling, extracting, reading

DEFAULT_DB = "archive.db"


@dataclass
class Context:
    """What every command gets: where the archive is."""

    db: Path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsarchive")
@click.option("--db", type=click.Path(dir_okay=True, path_type=Path),
              default=lambda: os.environ.get("NEWSARCHIVE_DB", DEFAULT_DB),
              show_default=f"$NEWSARCHIVE_DB or {DEFAULT_DB}",
              help="The archive file (SQLite).")
@click.pass_context
def cli(ctx: click.Context, db: Path) -> None:
    """Crawl regional news sites into a searchable archive, and search it.

    \b
    Typical use:
      newsarchive sites                  the sites it knows
      newsarchive crawl laodongthudo     fetch new articles into archive.db
      newsarchive search "dien bien"     search, with or without accents
      newsarchive show URL               one stored article
    """
    ctx.obj = Context(db=db)


cli.add_command(crawling.sites)
cli.add_command(crawling.crawl)
cli.add_command(reading.search)
cli.add_command(reading.show)
cli.add_command(extracting.extract)
cli.add_command(extracting.reextract)


def main() -> None:
    cli(prog_name="newsarchive")
