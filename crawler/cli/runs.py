"""``newsarchive runs``: the recorded crawl runs.

Apart from ``crawling`` so that reading the record costs no Scrapy import
(the crawl report's columns live here and ``crawl`` prints its report with them).
"""

from __future__ import annotations

import click

from crawler.cli.output import CliError, format_option, print_json, print_records
from crawler.storage import ArchiveError, open_archive
from crawler.storage.runs import SiteRun, list_runs

REPORT_COLUMNS = ("site", "pages", "new", "updated", "unchanged", "skipped", "failed",
                  "failures")


@click.command()
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True,
              help="How many runs, newest first.")
@click.option("--site", help="Only runs that crawled this site.")
@format_option("table", "json")
@click.pass_obj
def runs(obj: object, limit: int, site: str | None, fmt: str) -> None:
    """List recorded crawl runs: when, per site pages and articles, failures, warnings."""
    if site:
        from crawler.sites import all_sites, project_settings  # the spiders: Scrapy

        known = all_sites(project_settings(obj.db))  # type: ignore[attr-defined]
        if site not in known:
            raise CliError(f"unknown site {site!r}; sites: {', '.join(known)} "
                           "(see 'newsarchive sites')")
    try:
        with open_archive(obj.db) as archive:  # type: ignore[attr-defined]
            found = list_runs(archive, limit, site)
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    if fmt == "json":
        print_json([{**vars(r), "warnings": [w.to_record() for w in r.warnings],
                     "site_runs": [vars(s) for s in r.site_runs]} for r in found])
        return
    records = []
    for run in found:
        state = run.status if run.finished else "unfinished (killed?)"
        for s in run.site_runs or [SiteRun(site=", ".join(run.sites))]:
            records.append({"run": run.id, "started": run.started[:16].replace("T", " "),
                            "status": state, **report_record(s)})
    print_records(records, ("run", "started", "status", *REPORT_COLUMNS), fmt)
    for run in found:
        for warning in run.warnings:
            click.echo(f"run {run.id}: {warning}")


def report_record(report: SiteRun) -> dict:
    """One site's line of a crawl report, or of a recorded run."""
    return {"site": report.site, "pages": report.pages, "new": report.new,
            "updated": report.updated, "unchanged": report.unchanged,
            "skipped": report.skipped, "failed": report.failed, "failures": report.failures}
