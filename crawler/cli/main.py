"""The ``newsarchive`` command group and its global options."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from crawler.cli.lazy import LazyCommand, LazyGroup
from crawler.lock import ArchiveBusyError, LockFileError

DEFAULT_DB = "archive.db"
EXIT_BUSY = 75  # EX_TEMPFAIL: another command holds the archive's writer lock


@dataclass
class Context:
    """What every command gets: where the archive is."""

    db: Path


#: The commands: where each is defined (imported only when it runs or shows its help, so
#: `newsarchive search` never imports Scrapy or trafilatura) and the short help that
#: `newsarchive --help` lists, the first sentence of its docstring (tests/test_cli.py
#: checks they agree).
COMMANDS: dict[str, LazyCommand] = {
    "sites": LazyCommand("crawler.cli.sites:sites", "List the sites newsarchive can "
                         "crawl: articles stored, last run, health."),
    "crawl": LazyCommand("crawler.cli.crawling:crawl", "Crawl SITE... (or --all) into the "
                         "archive: new and changed articles are stored."),
    "runs": LazyCommand("crawler.cli.runs:runs", "List recorded crawl runs: when, per "
                        "site pages and articles, failures, warnings."),
    "search": LazyCommand("crawler.cli.reading:search", "Search the archive, with or "
                          'without accents ("dien bien" finds "Điện Biên").'),
    "show": LazyCommand("crawler.cli.reading:show", "Print one stored article, by its URL."),
    "extract": LazyCommand("crawler.cli.extracting:extract", "Extract the article of one "
                           "saved page FILE (- for stdin), as a crawl would store it."),
    "reextract": LazyCommand("crawler.cli.extracting:reextract", "Re-run extraction over "
                             "the stored raw pages, after the rules changed."),
    "stats": LazyCommand("crawler.cli.archive:stats", "Articles per site and per month, "
                         "first and last dates, archive size."),
    "export": LazyCommand("crawler.cli.archive:export", "Write the archive's articles to "
                          "stdout, one record per line (jsonl) or CSV."),
    "optimize": LazyCommand("crawler.cli.archive:optimize", "Merge each full-text index "
                            "into one segment, so that searches start faster."),
    "import": LazyCommand("crawler.cli.importing:import_", "Load articles from JSON lines: "
                          "'newsarchive export' output, news-please's or Fundus's JSON "
                          "(one object a line; see README)."),
    "frontier": LazyCommand("crawler.cli.frontier:frontier", "The shared crawl frontier on "
                            "Redis (crawl --frontier, ingest --frontier)."),
    "check": LazyCommand("crawler.cli.checking:check", "Check that SITE is read right: "
                         "fetch its entry points and newest articles."),
    "watch": LazyCommand("crawler.cli.watching:watch", "Saved searches: 'watch run' (and "
                         "every crawl) lists what is new for each."),
    "serve": LazyCommand("crawler.cli.serving:serve", "Serve the archive in a browser: "
                         "search at /-/archive, articles, feeds."),
    "ingest": LazyCommand("crawler.cli.frontier:ingest", "The one writer: store what "
                          "crawlers put in the frontier into the archive (--db)."),
}


class NewsGroup(LazyGroup):
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


@click.group(cls=NewsGroup, lazy_commands=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
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


def main() -> None:
    cli(prog_name="newsarchive")
