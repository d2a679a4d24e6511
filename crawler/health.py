"""Is a site still yielding articles? Warnings to see before weeks of news are missed.

A redesign or a block rarely fails loudly: the crawl "succeeds" with no new
article, or with every page failing extraction. After each run, each site is
checked against its own history:

- silence: no new article for much longer than the site's usual rhythm
  (the median gap between its articles' publication times, times a factor,
  and at least a day, so a quiet Sunday is not an alarm);
- failures jump: this run's share of failed *article* pages well above the
  site's recent runs (and not just one or two pages). Entry points (feeds,
  sitemaps, sections) are not articles: one that is gone (404) is remembered
  and retried rarely by the spider, never counted here, so a paper with a few
  dead guessed feeds is not a "redesign" every hour;
- nothing answered: not a single page came back.
"""

from __future__ import annotations

import statistics
from datetime import UTC, datetime, timedelta

from crawler.outcomes import RunWarning, WarningKind, is_entry_failure
from crawler.storage import Archive
from crawler.storage.runs import SiteRun, site_history

MIN_SILENCE = timedelta(days=1)
SILENCE_FACTOR = 6
RHYTHM_SAMPLE = 50  # recent articles that set the usual gap
FAILURE_MIN_PAGES = 3
FAILURE_MIN_RATE = 0.2
FAILURE_JUMP = 2.0  # times the recent average rate


def site_warnings(archive: Archive, run: SiteRun,
                  now: datetime | None = None) -> list[RunWarning]:
    now = now or datetime.now(UTC)
    warnings = []
    failed = article_failures(run)
    attempts = run.new + run.updated + run.unchanged + failed
    if run.pages == 0 and run.requests > 0:
        warnings.append(RunWarning(run.site, WarningKind.NO_ANSWER,
                                   f"no page answered ({_reasons(run)}); site down, moved "
                                   "or blocking us?"))
    rate = failed / attempts if attempts else 0.0
    history = [h for h in site_history(archive, run.site) if h is not run]
    rates = [article_failures(h) / t for h in history
             if (t := h.new + h.updated + h.unchanged + article_failures(h))]
    usual = statistics.fmean(rates) if rates else 0.0
    if failed >= FAILURE_MIN_PAGES and rate >= max(FAILURE_MIN_RATE, FAILURE_JUMP * usual):
        warnings.append(RunWarning(run.site, WarningKind.FAILURES_JUMP,
                                   f"{failed} of {attempts} article pages failed this run "
                                   f"({rate:.0%}, usually {usual:.0%}): {_reasons(run)}; "
                                   f"a redesign? try 'newsarchive check {run.site}'"))
    silence = _silence(archive, run.site, now)
    if silence:
        warnings.append(silence)
    return warnings


def article_failures(run: SiteRun) -> int:
    """Failed article pages of a run (failed entry points left out)."""
    return sum(n for key, n in run.failures.items() if not is_entry_failure(key))


def _silence(archive: Archive, site: str, now: datetime) -> RunWarning | None:
    last_new = archive.last_new(site)
    if last_new is None:
        return RunWarning(site, WarningKind.NO_ARTICLE_YET, "no article stored yet")
    published = archive.recent_published(site, RHYTHM_SAMPLE)
    gaps = [a - b for a, b in zip(published, published[1:], strict=False) if a > b]
    usual = statistics.median(gaps) if gaps else MIN_SILENCE
    limit = max(MIN_SILENCE, usual * SILENCE_FACTOR)
    quiet = now - last_new
    if quiet <= limit:
        return None
    return RunWarning(site, WarningKind.SILENCE,
                      f"no new article for {_human(quiet)} (usually one every "
                      f"{_human(usual)}); a redesign or a block?")


def _reasons(run: SiteRun) -> str:
    articles = {k: v for k, v in run.failures.items() if not is_entry_failure(k)}
    top = sorted(articles.items(), key=lambda kv: -kv[1])[:3]
    return ", ".join(f"{k} {v}" for k, v in top) or "no reason recorded"


def _human(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(1, round(hours * 60))} min"
    if hours < 48:
        return f"{hours:.0f} h"
    return f"{hours / 24:.0f} days"
