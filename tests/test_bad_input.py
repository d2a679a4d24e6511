"""Bad input the crawler must survive: each bad page is logged with its reason,
counted in the run record, and the crawl goes on; nothing stored before changes.

The Lao Động Thủ Đô fixture site is crawled once into an archive; then a copy
of it made bad in every way (tests/bad/site.py: HTTP errors, 429, redirect
loops and chains, a redirect to another domain, PDF, empty body, wrong
charsets, 50 MB pages, a gzip bomb, a dropped connection, broken and huge
sitemaps, an XML entity bomb, looping listings, and stored articles that now
misbehave) is crawled twice into the same archive with the installed
``newsarchive crawl``, as a user would. Timeouts need a short DOWNLOAD_TIMEOUT,
which the CLI cannot set: they are crawled with ``scrapy crawl -s``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler import settings as project
from spiders.laodongthudo import LaoDongThuDoSpider
from tests.bad.site import (
    CHAIN,
    CYCLE,
    DOWNLOAD_TIMEOUT,
    HOST,
    OTHER_HOST,
    RETRY_AFTER,
    Case,
    build,
    build_timeouts,
    path_of,
)
from tests.conftest import ROOT, SITES, Run, expected, newsarchive
from tests.fixture_server import FixtureServer, Hit

CRAWL_TIMEOUT = 120  # seconds; a crawl still running then is stuck in a loop
GOOD = [p["url"] for p in expected("laodongthudo")]
DELETED = ("https://laodongthudo.vn/"
           "cong-doan-huyen-dong-anh-tham-hoi-cong-nhan-bi-tai-nan-lao-dong-184842.html")
MOJIBAKE = ("Ã", "Â", "Ä", "á»", "áº", "Æ", "\ufffd")
LOG_LINE = re.compile(r"^\S+ \S+ \[[^\]]+\] (WARNING|ERROR|CRITICAL): (.*)$", re.M)


@dataclass
class Crawl:
    run: Run | None  # None: killed after CRAWL_TIMEOUT
    hits: list[Hit]  # what the server was asked during this crawl
    tables: dict

    @property
    def report(self) -> dict:
        assert self.run is not None, f"the crawl did not finish in {CRAWL_TIMEOUT} s"
        return {r["site"]: r for r in json.loads(self.run.stdout)}["laodongthudo"]

    @property
    def log(self) -> str:
        assert self.run is not None, f"the crawl did not finish in {CRAWL_TIMEOUT} s"
        return self.run.stderr


@dataclass
class Bad:
    db: Path
    clean_db: Path  # a copy of the archive before the bad crawls
    cases: list[Case]
    before: dict
    first: Crawl
    second: Crawl

    def case(self, name: str) -> Case:
        return next(c for c in self.cases if c.name == name)


def tables(db: Path) -> dict:
    """Every stored row that matters, by key."""
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return {
            "articles": {r["url"]: dict(r) for r in conn.execute("SELECT * FROM articles")},
            "versions": [dict(r) for r in conn.execute(
                "SELECT * FROM article_versions ORDER BY url, replaced")],
            "pages": {r["url"]: dict(r) for r in conn.execute("SELECT * FROM pages")},
        }


def crawl(server: FixtureServer, db: Path) -> Crawl:
    args = ["crawl", "laodongthudo", "--delay", "0", "--format", "json"]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    start = len(server.hits)
    try:
        run: Run | None = newsarchive(*args, db=db, timeout=CRAWL_TIMEOUT)
    except subprocess.TimeoutExpired:
        run = None
    return Crawl(run, server.hits[start:], tables(db))


@pytest.fixture(scope="module")
def bad(tmp_path_factory) -> Bad:
    tmp = tmp_path_factory.mktemp("bad_input")
    db = tmp / "archive.db"
    with FixtureServer(SITES / "laodongthudo") as clean:
        run = crawl(clean, db).run
    assert run is not None and run.returncode == 0, run and run.stderr[-3000:]
    clean_db = tmp / "clean.db"
    with closing(sqlite3.connect(db)) as src, closing(sqlite3.connect(clean_db)) as dst:
        src.backup(dst)
    before = tables(db)
    cases = build(tmp / "site")
    with FixtureServer(tmp / "site") as server:
        first = crawl(server, db)
        second = crawl(server, db)
    return Bad(db, clean_db, cases, before, first, second)


# --- helpers -------------------------------------------------------------------------
def log_reasons(log: str, url: str) -> list[str]:
    """Reasons given in warning/error lines of the form '... URL: reason'."""
    pattern = re.compile(re.escape(url) + r"(?:[?#]\S*)?: (.*)$")
    return [m.group(1) for _, message in LOG_LINE.findall(log)
            if (m := pattern.search(message))]


def recovered(done: Crawl, case: Case) -> bool:
    """Whether a "recover" case was stored (right or wrong) rather than refused."""
    if case.known:
        return not any(log_reasons(done.log, case.url))
    return case.url in done.tables["articles"]


def failing(bad: Bad, done: Crawl) -> list[Case]:
    """The cases this crawl must have logged and counted as failures."""
    return [c for c in bad.cases if c.outcome == "fail"
            or (c.outcome == "recover" and not recovered(done, c))]


def changed_columns(old: dict, new: dict | None) -> list[str]:
    if new is None:
        return ["<row gone>"]
    return [k for k in old if old[k] != new.get(k)]


# --- the crawls end, and say what happened -----------------------------------------
def test_both_crawls_finish_and_exit_as_documented(bad):
    for name, done in (("first", bad.first), ("second", bad.second)):
        assert done.run is not None, f"{name} crawl still running after {CRAWL_TIMEOUT} s"
        run = done.run
        assert "Traceback" not in run.stderr, run.stderr[-3000:]
        assert run.returncode in (0, 1), f"{name}: exit {run.returncode}\n{run.stderr[-3000:]}"
        if run.returncode == 1:  # 1 is a health warning, printed for cron
            assert "Warning: laodongthudo:" in run.stderr, run.stderr[-3000:]
    # Most pages of the bad copy fail: the first run must say the site looks broken.
    assert bad.first.run.returncode == 1
    assert re.search(r"Warning: laodongthudo: \d+ of \d+ article pages failed",
                     bad.first.run.stderr)


def test_good_articles_are_kept_exactly_as_stored(bad):
    assert set(bad.before["articles"]) == set(GOOD)
    for name, done in (("first", bad.first), ("second", bad.second)):
        changed = {url: changed_columns(bad.before["articles"][url],
                                        done.tables["articles"].get(url)) for url in GOOD}
        changed = {url: cols for url, cols in changed.items() if cols}
        assert not changed, f"{name} crawl changed stored articles: {changed}"
        assert done.tables["versions"] == bad.before["versions"], \
            f"{name} crawl stored new versions of: " \
            f"{sorted({v['url'] for v in done.tables['versions']})}"


def test_stored_articles_the_site_says_changed_are_fetched_again(bad):
    """Else the tests on known-* cases below would prove nothing."""
    for name, done in (("first", bad.first), ("second", bad.second)):
        asked = {h.target for h in done.hits}
        missing = [c.name for c in bad.cases if c.known and path_of(c.url) not in asked]
        assert not missing, f"{name} crawl did not fetch again {missing}"


def test_raw_pages_of_good_articles_are_not_replaced_by_bad_answers(bad):
    """A stored page is what re-extraction reads: a bad answer must not replace it."""
    problems = []
    for case in (c for c in bad.cases if c.known):
        old = bad.before["pages"][case.url]
        for name, done in (("first", bad.first), ("second", bad.second)):
            new = done.tables["pages"].get(case.url)
            # A page decoded right may be stored again (fetched, headers), same body.
            keys = list(old) if case in failing(bad, done) else ["body", "encoding", "status"]
            cols = [k for k in keys if new is None or old[k] != new[k]]
            if cols:
                shown = {k: (new or {}).get(k) for k in cols if k != "body"}
                problems.append(f"{name} crawl, {case.name} ({case.url}): {cols} changed "
                                f"{shown} body {len(old['body'])} -> "
                                f"{len((new or {}).get('body') or b'')} bytes (compressed)")
    assert not problems, "\n".join(problems)


def test_bad_pages_are_not_stored(bad):
    stored = [c.name for c in bad.cases
              if c.outcome == "fail" and not c.known and not c.entry
              and (c.url in bad.second.tables["articles"]
                   or any(u.startswith(c.url) for u in bad.second.tables["articles"]))]
    assert not stored
    assert set(bad.second.tables["articles"]) - set(GOOD) <= {
        c.url for c in bad.cases if c.outcome in ("stored", "recover")}


def test_pages_that_recover_are_stored_right_or_not_at_all(bad):
    problems = []
    for case in (c for c in bad.cases if c.outcome in ("stored", "recover") and not c.known):
        row = bad.first.tables["articles"].get(case.url)
        if row is None:
            if case.outcome == "stored":
                problems.append(f"{case.name}: not stored")
            continue
        if row["title"] != case.title or case.sapo not in row["text"]:
            problems.append(f"{case.name}: stored as title {row['title']!r}, "
                            f"text {row['text'][:120]!r}")
        if any(m in row["title"] + row["text"] for m in MOJIBAKE):
            problems.append(f"{case.name}: stored with mojibake: {row['title']!r}")
    assert not problems, "\n".join(problems)


# --- each failure is logged with its reason and counted ------------------------------
@pytest.mark.parametrize("which", ["first", "second"])
def test_each_failure_is_logged_with_its_url_and_reason(bad, which):
    done = getattr(bad, which)
    problems = []
    for case in failing(bad, done):
        reasons = [r for url in (case.url, *case.also_logged_as)
                   for r in log_reasons(done.log, url)]
        if not reasons:
            problems.append(f"{case.name}: no warning names {case.url} with a reason")
        elif not any(re.search(case.reason, r, re.I) for r in reasons):
            problems.append(f"{case.name}: reason {reasons} does not say /{case.reason}/")
        elif all(r.rstrip().endswith(":") for r in reasons):
            problems.append(f"{case.name}: reason {reasons} is only an exception name")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("which", ["first", "second"])
def test_each_failure_is_counted_in_the_run_record(bad, which):
    done = getattr(bad, which)
    report = done.report
    fails = failing(bad, done)
    # the fixture's deleted article answers 404 too
    assert report["failures"].get("http_404") == 1 + sum(c.key == "http_404" for c in fails)
    for key in ("http_500", "http_429"):
        assert report["failures"].get(key) == sum(c.key == key for c in fails), key
    assert sum(report["failures"].values()) == report["failed"]
    assert report["failed"] == 1 + len(fails), (
        f"{report['failed']} failures counted {report['failures']}, expected "
        f"{1 + len(fails)}: {DELETED.rsplit('/', 1)[1]} and {[c.name for c in fails]}")


def test_run_record_matches_the_report(bad):
    runs = newsarchive("runs", "--format", "json", "--limit", "3", db=bad.db)
    assert runs.returncode == 0, runs.stderr
    recorded = json.loads(runs.stdout)
    for run, done in zip(recorded, (bad.second, bad.first), strict=False):
        assert run["finished"]
        site = next(s for s in run["site_runs"] if s["site"] == "laodongthudo")
        for key, value in done.report.items():
            assert site[key] == value, key


def test_second_crawl_changes_no_stored_row(bad):
    report = bad.second.report
    assert (report["new"], report["updated"]) == (0, 0)
    assert bad.second.tables["articles"] == bad.first.tables["articles"]
    assert bad.second.tables["versions"] == bad.first.tables["versions"]
    fetched_again = {c.url for c in bad.cases if c.known and c.outcome == "recover"}
    for url, page in bad.first.tables["pages"].items():
        if url in GOOD and url not in fetched_again:
            assert bad.second.tables["pages"].get(url) == page, url


def test_archive_is_sound(bad):
    with closing(sqlite3.connect(bad.db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


# --- what the server saw: nothing followed too far ---------------------------------------
def test_redirect_to_another_domain_is_not_followed(bad):
    asked = [h.target for h in bad.first.hits + bad.second.hits
             if h.host.split(":")[0] == OTHER_HOST]
    assert asked == []


@pytest.mark.parametrize("which", ["first", "second"])
def test_loops_and_retries_end(bad, which):
    hits = getattr(bad, which).hits
    listings = [h.target for h in hits if h.host.split(":")[0] == HOST
                and (h.target.split("?")[0] in CYCLE or h.target.startswith(CHAIN))]
    assert len(listings) == len(set(listings)), "a listing page was fetched twice"
    assert CYCLE[1] in listings  # the cycle was entered
    assert 2 <= sum(t.startswith(CHAIN) for t in listings) <= LaoDongThuDoSpider.max_listing_pages
    tries = getattr(project, "RETRY_TIMES", 2) + 1
    hops = getattr(project, "REDIRECT_MAX_TIMES", 20) + 1
    for name, most in (("http-500", tries), ("http-429-for-ever", tries),
                       ("redirect-chain", hops), ("redirect-loop", hops)):
        path = path_of(bad.case(name).url)
        count = sum(h.target.split("?")[0] == path for h in hits)
        assert count <= most, f"{name}: asked {count} times"


def test_no_request_within_retry_after_of_a_429(bad):
    """Retry-After is a minimum: the site is not asked again sooner (jitter included)."""
    hits = [h for h in bad.first.hits if h.host.split(":")[0] == HOST]
    with_retry_after = path_of(bad.case("http-429-then-ok").url)
    answers = [(hit, after) for hit, after in zip(hits, hits[1:], strict=False)
               if hit.status == 429 and hit.target == with_retry_after]
    too_soon = [f"{hit.target} then {after.target} {after.time - hit.time:.2f} s later"
                for hit, after in answers if after.time - hit.time < RETRY_AFTER - 0.05]
    assert answers
    assert not too_soon, f"Retry-After: {RETRY_AFTER} not waited: {too_soon}"


# --- timeouts: scrapy crawl with a short DOWNLOAD_TIMEOUT --------------------------------
@pytest.fixture(scope="module")
def timeouts(bad, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("timeouts")
    db = tmp / "archive.db"
    shutil.copy(bad.clean_db, db)
    cases = build_timeouts(tmp / "site")
    scrapy = str(Path(sys.executable).with_name("scrapy"))
    with FixtureServer(tmp / "site") as server:
        command = [scrapy, "crawl", "laodongthudo", "-s", f"NEWSARCHIVE_DB={db}",
                   "-s", f"NEWSARCHIVE_REDIRECT={','.join(server.redirects())}",
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0",
                   "-s", f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}"]
        try:
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                  timeout=CRAWL_TIMEOUT,
                                  env={**os.environ, "PYTHONWARNINGS": "ignore"})
            run: Run | None = Run(done.returncode, done.stdout, done.stderr)
        except subprocess.TimeoutExpired:
            run = None
    return cases, Crawl(run, [], tables(db))


def test_timeouts_are_logged_counted_and_the_crawl_goes_on(bad, timeouts):
    cases, done = timeouts
    assert done.run is not None, f"still running after {CRAWL_TIMEOUT} s"
    assert done.run.returncode == 0, done.log[-3000:]
    for case in cases:
        assert case.url not in done.tables["articles"]
        reasons = log_reasons(done.log, case.url)
        assert any(re.search(case.reason, r, re.I) for r in reasons), (case.name, reasons)
    assert done.tables["articles"] == bad.before["articles"]
    stats = {k: int(v) for k, v in re.findall(r"'newsarchive/failed/([^']+)': (\d+)",
                                               done.log)}
    assert stats.get("http_404") == 1  # the fixture's deleted article
    assert sum(stats.values()) == 1 + len(cases), stats
