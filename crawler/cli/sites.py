"""``newsarchive sites``: the papers it can crawl, and adding or removing one as data.

Apart from ``crawling`` so that listing the sites does not import the crawl (its
pipelines, Scrapy's crawler, the Redis frontier, trafilatura); the site
registry itself (:mod:`crawler.sites`) still loads the spiders, and so Scrapy.
"""

from __future__ import annotations

import click

from crawler.cli.output import CliError, format_option, print_records
from crawler.sites import (
    SiteSpecError,
    all_sites,
    builtin_sites,
    new_site_record,
    project_settings,
)
from crawler.storage import ArchiveError, open_archive
from crawler.storage.archive import open_for_writing
from crawler.storage.runs import INTERRUPTED, list_runs
from crawler.storage.sitedata import (
    SiteExistsError,
    SiteRecord,
    add_site,
    dead_entries,
    list_sites,
    remove_site,
)

SITE_COLUMNS = ("name", "title", "hosts", "discovery", "articles", "last_run", "health")


@click.group(invoke_without_command=True)
@format_option("table", "json", "csv")
@click.pass_context
def sites(ctx: click.Context, fmt: str) -> None:
    """List the sites newsarchive can crawl: articles stored, last run, health.

    Built-in sites are spiders in spiders/; 'sites add URL' adds any other paper
    to the archive as data, crawled with no code of its own.
    """
    if ctx.invoked_subcommand is not None:
        return
    db = ctx.obj.db
    counts: dict[str, int] = {}
    last: dict[str, tuple[str, str]] = {}
    records: dict[str, SiteRecord] = {}
    gone: dict[str, int] = {}
    known = all_sites(project_settings(db))
    if db.exists():
        try:
            with open_archive(db) as archive:
                counts = archive.counts_by_site()
                last = {name: _last_run(archive, name) for name in known}
                records = {r.name: r for r in list_sites(archive)}
                gone = {name: len(dead_entries(archive, name)) for name in known}
        except ArchiveError as exc:
            raise CliError(str(exc)) from exc
    rows = []
    for name, spider in known.items():
        when, health = last.get(name, ("", "never crawled"))
        if gone.get(name):
            health += f" ({gone[name]} entry points gone)"
        record = records.get(name)
        title, discovery = spider.title, spider.discovery_kinds()
        if record is not None:
            title = record.title or record.hints.get("site_name") or record.host
            family = record.hints.get("family")
            discovery = ["auto" + (f" ({family})" if family and family != "generic" else "")]
        rows.append({"name": name, "title": title, "hosts": list(spider.hosts),
                     "discovery": discovery, "articles": counts.get(name, 0),
                     "last_run": when, "health": health if spider.enabled else "disabled",
                     "added": record.url if record else None})
    print_records(rows, SITE_COLUMNS, fmt)


@sites.command("add")
@click.argument("url")
@click.option("--name", help="Short name for crawl and search (default: from the host).")
@click.option("--title", help="The paper's name as readers know it.")
@click.pass_obj
def sites_add(obj: object, url: str, name: str | None, title: str | None) -> None:
    """Add the paper at URL (its home page) to the archive, to crawl with no code.

    Its sitemaps, feeds and sections are found by themselves, articles are told
    from listings by the page, and its CMS is recognised from its pages.
    """
    db = obj.db  # type: ignore[attr-defined]
    try:
        record = new_site_record(url, name, title, project_settings(db))
        with open_for_writing(db, "sites add", create=True) as archive:
            add_site(archive, record)
    except (SiteSpecError, SiteExistsError, ArchiveError) as exc:
        raise CliError(str(exc)) from exc
    click.echo(f"added {record.name}: {record.url} (crawl it: newsarchive crawl {record.name})")


@sites.command("remove")
@click.argument("name")
@click.pass_obj
def sites_remove(obj: object, name: str) -> None:
    """Forget a paper added with 'sites add' (its stored articles are kept)."""
    db = obj.db  # type: ignore[attr-defined]
    if name in builtin_sites(project_settings(db)):
        raise CliError(f"{name!r} is a built-in site (a spider in spiders/), not one added "
                       "with 'sites add'; it cannot be removed")
    try:
        with open_for_writing(db, "sites remove") as archive:
            removed = remove_site(archive, name)
            added = [r.name for r in list_sites(archive)]
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    if not removed:
        raise CliError(f"no site {name!r} was added to {db}; added sites: "
                       f"{', '.join(added) or 'none'}")
    click.echo(f"removed {name} (its articles stay in the archive)")


def _last_run(archive: object, site: str) -> tuple[str, str]:
    """(when the site last finished a run, its health then)."""
    history = list_runs(archive, 1, site)  # type: ignore[arg-type]
    if not history:
        return "", "never crawled"
    run = history[0]
    if run.finished is None:
        return run.started[:16].replace("T", " "), "unfinished run (killed?)"
    if run.status == INTERRUPTED:
        return run.started[:16].replace("T", " "), "last run interrupted (see 'newsarchive runs')"
    mine = [w for w in run.warnings if w.site == site]
    return run.finished[:16].replace("T", " "), ("warning: " + mine[0].detail
                                                 if mine else "ok")
