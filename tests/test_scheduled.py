"""Unattended crawls: incremental, versioned, locked, resumable after SIGKILL, watched.

Each test crawls a private copy of the Lao Động Thủ Đô fixture site (so it
can change pages) through the real CLI in a subprocess. The tests that begin
with a first crawl of the unchanged site start from a copy of one such crawl's
archive (made once for this module).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import NEWSARCHIVE, ROOT, SITES, expected, newsarchive
from tests.fixture_server import FixtureServer

SEED = ("https://laodongthudo.vn/"
        "dua-hop-tac-ha-noi-dien-bien-ngay-cang-di-vao-thuc-chat-hieu-qua-184703.html")
SITE_DIR = "laodongthudo.vn"


def copy_site(root: Path) -> Path:
    shutil.copytree(SITES / "laodongthudo", root,
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


@pytest.fixture
def site(tmp_path):
    """A private copy of the fixture site, served on 127.0.0.1."""
    with FixtureServer(copy_site(tmp_path / "site")) as server:
        yield tmp_path / "site", server


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """The unchanged fixture site crawled once into a new archive: the first crawl several
    tests start from, made once for them (a crawl is the slow part); each test gets its
    own copy of the archive (:func:`crawled_before`), since it writes to it."""
    tmp = tmp_path_factory.mktemp("first_crawl")
    with FixtureServer(copy_site(tmp / "site")) as server:
        run, report = crawl(server, tmp / "first.db")
    return tmp / "first.db", run, report


def crawled_before(first_crawl, db: Path):
    """`db` as the first crawl left its archive (a copy); that crawl's (run, report)."""
    made, run, report = first_crawl
    with closing(sqlite3.connect(made)) as source, closing(sqlite3.connect(db)) as copy:
        source.backup(copy)
    return run, report


def crawl(server: FixtureServer, db: Path, *extra: str):
    args = ["crawl", "laodongthudo", "--delay", "0", "--format", "json", *extra]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    run = newsarchive(*args, db=db)
    report = json.loads(run.stdout)[0] if run.stdout.strip() else None
    return run, report


def article_file(root: Path, url: str) -> Path:
    return root / SITE_DIR / url.split("laodongthudo.vn/", 1)[1]


def bump_lastmod(root: Path, url: str) -> None:
    """The site's sitemap says the article changed (a date after our fetch)."""
    sitemap = root / SITE_DIR / "sitemaparticles-site-1.xml"
    text = sitemap.read_text(encoding="utf-8")
    text = re.sub(rf"(<loc>{re.escape(url)}</loc>\s*<lastmod>)[^<]+",
                  r"\g<1>2099-01-01T00:00:00+07:00", text)
    sitemap.write_text(text, encoding="utf-8")


def test_changed_article_is_stored_as_a_new_version(site, first_crawl, tmp_path):
    root, server = site
    db = tmp_path / "a.db"
    run, report = crawled_before(first_crawl, db)
    assert report["new"] == len(expected("laodongthudo")), run.stderr[-2000:]
    page = article_file(root, SEED)
    page.write_text(page.read_text(encoding="utf-8").replace(
        "Đại biểu tỉnh Điện Biên có Phó Bí thư Tỉnh ủy",
        "Đại biểu tỉnh Điện Biên (đã đính chính) có Phó Bí thư Tỉnh ủy"), encoding="utf-8")
    bump_lastmod(root, SEED)
    other = next(p["url"] for p in expected("laodongthudo") if p["url"] != SEED)
    bump_lastmod(root, other)  # said to change, but did not
    run, report = crawl(server, db)
    assert (report["updated"], report["unchanged"], report["new"]) == (1, 1, 0), run.stderr
    shown = json.loads(newsarchive("show", SEED, "--versions", "--format", "json", db=db).stdout)
    assert "(đã đính chính)" in shown["text"]
    assert len(shown["versions"]) == 1
    assert "(đã đính chính)" not in shown["versions"][0]["text"]
    other_versions = json.loads(newsarchive("show", other, "--versions", "--format", "json",
                                            db=db).stdout)["versions"]
    assert other_versions == []


def test_recent_articles_get_conditional_requests(site, first_crawl, tmp_path):
    _, server = site
    db = tmp_path / "a.db"
    crawled_before(first_crawl, db)
    # Every fixture article counts as recent: asked again with If-None-Match, answered 304.
    run, report = crawl(server, db, "--set", "NEWSARCHIVE_REVISIT_DAYS=100000")
    assert report["unchanged"] == len(expected("laodongthudo")), run.stderr[-2000:]
    assert (report["new"], report["updated"], report["failed"]) == (0, 0, 1)  # the 404 link


def test_a_second_crawl_on_the_same_archive_exits_at_once(site, tmp_path):
    _, server = site
    db = tmp_path / "a.db"
    slow = _start_crawl(server, db, "--delay", "0.3")
    try:
        lock = Path(f"{db}.lock")
        deadline = time.monotonic() + 60
        while f"pid {slow.pid}" not in (lock.read_text() if lock.exists() else ""):
            assert time.monotonic() < deadline and slow.poll() is None, "first crawl never ran"
            time.sleep(0.1)
        run, report = crawl(server, db)
        assert run.returncode == 75
        assert run.stderr.startswith(f"Error: another newsarchive command is writing to {db} "
                                     f"(crawl, pid {slow.pid}")
        assert report is None
        # Reading while the crawl writes works (WAL): search answers, no "database is locked".
        while _count(db) == 0:
            assert time.monotonic() < deadline and slow.poll() is None, "nothing stored"
            time.sleep(0.1)
        searched = newsarchive("search", "ha noi OR cong OR lao", "--format", "json", db=db)
        assert searched.returncode == 0, searched.stderr
        assert json.loads(searched.stdout)
    finally:
        slow.kill()
        slow.wait()


def test_killed_crawl_leaves_the_archive_intact_and_resumes(site, tmp_path):
    _, server = site
    db = tmp_path / "a.db"
    slow = _start_crawl(server, db, "--delay", "0.4")
    try:
        deadline = time.monotonic() + 120
        while _count(db) < 3:
            assert time.monotonic() < deadline and slow.poll() is None, "nothing stored"
            time.sleep(0.2)
        workers = _children(slow.pid)
        assert workers, "the crawl runs extraction in worker processes"
        os.kill(slow.pid, signal.SIGKILL)
    finally:
        slow.wait()
    deadline = time.monotonic() + 15  # extraction workers notice and exit, no orphans
    while any(Path(f"/proc/{pid}").exists() for pid in workers):
        assert time.monotonic() < deadline, f"orphaned workers {workers}"
        time.sleep(0.2)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
        partial = "SELECT count(*) FROM articles WHERE text = '' OR title = '' OR hash = ''"
        assert conn.execute(partial).fetchone()[0] == 0
    assert 3 <= len(stored) < len(expected("laodongthudo"))
    asked_before = len(server.requests)
    run, report = crawl(server, db)
    assert run.returncode == 0, run.stderr[-2000:]
    assert report["new"] == len(expected("laodongthudo")) - len(stored)
    assert report["skipped"] == len(stored)
    asked_again = {t for _, t in server.requests[asked_before:]}
    assert not {u.split("laodongthudo.vn", 1)[1] for u in stored} & asked_again
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone() == (
            len(expected("laodongthudo")),) * 2
    runs = json.loads(newsarchive("runs", "--format", "json", db=db).stdout)
    # newest first: the resumed run finished; the killed one marked by it, with its reason
    assert runs[0]["finished"] is not None and runs[0]["status"] != "interrupted", runs[0]
    assert runs[1]["status"] == "interrupted" and runs[1]["finished"] is not None, runs[1]
    assert [w["kind"] for w in runs[1]["warnings"]] == ["interrupted"]


def test_a_silent_site_warns_and_exits_non_zero(site, first_crawl, tmp_path):
    _, server = site
    db = tmp_path / "a.db"
    first, report = crawled_before(first_crawl, db)
    assert first.returncode == 0 and report["new"] == len(expected("laodongthudo")), (
        first.stderr[-1500:])  # else the second run finds "new" articles and is not silent
    with sqlite3.connect(db) as conn:  # the last new article was found a month ago
        conn.execute("UPDATE articles SET first_seen = '2026-01-01T00:00:00+00:00'")
    run, report = crawl(server, db)
    assert report["new"] == 0, run.stderr[-1500:]
    assert run.returncode == 1
    assert re.search(r"Warning: laodongthudo: no new article for \d+ days \(usually one every "
                     r"[^)]+\); a redesign or a block\?", run.stderr), run.stderr[-1500:]
    sites = json.loads(newsarchive("sites", "--format", "json", db=db).stdout)
    health = {s["name"]: s["health"] for s in sites}
    assert health["laodongthudo"].startswith("warning: no new article for")
    assert health["baodienbienphu"] == "never crawled"


def _start_crawl(server: FixtureServer, db: Path, *extra: str) -> subprocess.Popen:
    args = [NEWSARCHIVE, "--db", str(db), "crawl", "laodongthudo", *extra]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (the crawl's extraction workers)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_since_backfills_back_to_the_date_and_stops_there(site, tmp_path):
    _, server = site
    db = tmp_path / "a.db"
    run, report = crawl(server, db, "--since", "05/05/2024")
    assert run.returncode == 0, run.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
    assert stored == {p["url"] for p in expected("laodongthudo")
                      if p["published"] >= "2024-05-05T00:00:00+07:00"}
