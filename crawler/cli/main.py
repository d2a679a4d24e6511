"""The ``newsarchive`` command group and its global options."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from crawler.cli import (
    archive,
    checking,
    crawling,
    extracting,
    frontier,
    importing,
    reading,
    serving,
    watching,
)
from crawler.lock import ArchiveBusyError, LockFileError

DEFAULT_DB = "archive.db"
EXIT_BUSY = 75  # EX_TEMPFAIL: another command holds the archive's writer lock


@dataclass
class Context:
    """What every command gets: where the archive is."""

    db: Path


class NewsGroup(click.Group):
    """A group whose usage errors are one line on stderr, exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # `newsarchive search ... | head -1`: the reader has enough
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes
            return 0

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "newsarchive"
            click.echo(f"Error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except ArchiveBusyError as exc:  # another command is writing: try again later
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_BUSY)
        except LockFileError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=NewsGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
cli.add_command(crawling.runs)
cli.add_command(reading.search)
cli.add_command(reading.show)
cli.add_command(extracting.extract)
cli.add_command(extracting.reextract)
cli.add_command(archive.stats)
cli.add_command(archive.export)
cli.add_command(importing.import_)
cli.add_command(frontier.frontier)
cli.add_command(checking.check)
cli.add_command(watching.watch)
cli.add_command(serving.serve)
cli.add_command(frontier.ingest)


def main() -> None:
    cli(prog_name="newsarchive")
