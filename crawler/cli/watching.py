"""``newsarchive watch``: saved searches that report what is new.

A crawl runs every watch after it stores (:func:`new_matches_after_crawl`, under
the crawl's own writer lock), so the
mail cron sends after a crawl is the alert; a crawl with nothing new for any
watch prints nothing more.
"""

from __future__ import annotations

from typing import Any

import click

from crawler.cli.options import filter_options, make_filters
from crawler.cli.output import CliError, format_option, print_json, print_records
from crawler.search import QueryError
from crawler.search.watches import WatchMatches, add_watch, run_watches
from crawler.searching import RequestError, check_site, result_record
from crawler.storage import ArchiveError, open_archive
from crawler.storage.archive import Archive, open_for_writing
from crawler.storage.watches import Watch, WatchError, list_watches, remove_watch

WATCH_COLUMNS = ("name", "search", "added", "last_run")


@click.group()
def watch() -> None:
    """Saved searches: 'watch run' (and every crawl) lists what is new for each.

    \b
      newsarchive watch add dien-bien "dien bien" --site baodienbienphu
      newsarchive watch run            new matches of every watch, then marked seen
    """


@watch.command("add", context_settings={"ignore_unknown_options": True})  # "-word"
@click.argument("name")
@click.argument("words", metavar="QUERY", nargs=-1, required=True)
@filter_options
@click.option("--exact", is_flag=True, help="Only articles with exactly the accents typed.")
@click.pass_obj
def watch_add(obj: object, name: str, words: tuple[str, ...], site: str | None,
              section: str | None, author: str | None, since: Any, until: Any,
              exact: bool) -> None:
    """Save the search QUERY (with the search filters) as NAME.

    Its first run lists the matching articles stored after it was added.
    """
    filters = make_filters(site, section, author, since, until)
    try:
        with open_for_writing(obj.db, "watch add",  # type: ignore[attr-defined]
                              create=True) as archive:
            check_site(archive, site)
            saved = add_watch(archive, Watch(name, " ".join(words), filters, exact))
    except (ArchiveError, WatchError, QueryError, RequestError) as exc:
        raise CliError(str(exc)) from exc
    click.echo(f"added watch {saved.name}: {saved.describe()} "
               f"(new matches: newsarchive watch run {saved.name})")


@watch.command("list")
@format_option("table", "json")
@click.pass_obj
def watch_list(obj: object, fmt: str) -> None:
    """List the saved searches."""
    try:
        with open_archive(obj.db) as archive:  # type: ignore[attr-defined]
            watches = list_watches(archive)
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    records = [{"name": w.name, "search": w.describe(), "query": w.query,
                "added": w.added[:16].replace("T", " "),
                "last_run": (w.last_run or "never")[:16].replace("T", " ")} for w in watches]
    if fmt == "json":
        print_json(records)
    elif not records:
        click.echo("No watches yet; 'newsarchive watch add NAME QUERY' saves one.")
    else:
        print_records(records, WATCH_COLUMNS, fmt)


@watch.command("remove")
@click.argument("name")
@click.pass_obj
def watch_remove(obj: object, name: str) -> None:
    """Forget the saved search NAME."""
    try:
        with open_for_writing(obj.db, "watch remove") as archive:  # type: ignore[attr-defined]
            removed = remove_watch(archive, name)
            names = [w.name for w in list_watches(archive)]
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    if not removed:
        raise CliError(f"no watch named {name!r}; watches: {', '.join(names) or 'none'}")
    click.echo(f"removed watch {name}")


@watch.command("run")
@click.argument("name", required=False)
@format_option("table", "json")
@click.pass_obj
def watch_run(obj: object, name: str | None, fmt: str) -> None:
    """List the articles stored since each watch (or NAME) last ran that match it,
    and mark them seen: the next run lists only newer ones."""
    try:  # marking seen is a write: the writer lock, as every writer
        with open_for_writing(obj.db, "watch run") as archive:  # type: ignore[attr-defined]
            found = run_watches(archive, name)
    except (ArchiveError, WatchError, QueryError) as exc:
        raise CliError(str(exc)) from exc
    if fmt == "json":
        print_json([{"watch": m.watch.name, "search": m.watch.describe(),
                     "results": [result_record(i, r) for i, r in enumerate(m.results, 1)],
                     **({"error": m.error} if m.error else {})} for m in found])
    else:
        print_matches(found, quiet=False)
    if any(m.error for m in found):
        raise SystemExit(1)  # the others ran; exit 1 as a crawl with a warning does


def print_matches(found: list[WatchMatches], *, quiet: bool, err: bool = False) -> None:
    """Each watch's new matches; `quiet`: say nothing for a watch with none."""
    for matches in found:
        if matches.error:  # said even when quiet: the cron mail is how it gets fixed
            name = matches.watch.name
            click.echo(f"{name}: not run: {matches.error}; 'newsarchive watch remove {name}' "
                       "and add it again", err=True)
            continue
        if not matches.results:
            if not quiet:
                click.echo(f"{matches.watch.name}: no new match", err=err)
            continue
        count = len(matches.results)
        click.echo(f"{matches.watch.name}: {count} new article{'s' if count != 1 else ''} "
                   f"matching {matches.watch.describe()}", err=err)
        for result in matches.results:
            date = result.published.strftime("%Y-%m-%d %H:%M") if result.published else "no date"
            click.echo(f"  {result.title}\n    {result.site} · {date} · {result.url}", err=err)


def new_matches_after_crawl(archive: Archive) -> tuple[list[WatchMatches], str | None]:
    """After a crawl, on its archive and under its writer lock: every watch's new
    matches, marked seen (or why they could not be: a warning)."""
    try:
        with archive.writing():
            return run_watches(archive), None
    except (ArchiveError, QueryError) as exc:
        return [], f"watches not run: {exc}"
