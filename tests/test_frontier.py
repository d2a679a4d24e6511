"""The shared crawl frontier on Redis: `frontier status|clear`, crawlers and the writer.

Each test module run starts its own redis-server on 127.0.0.1 and a free port
(tests/redis_server.py) and empties it between tests; the commands run as a
user runs them, in subprocesses.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis

from crawler import frontier
from tests.conftest import (
    NEWSARCHIVE,
    ROOT,
    SITES,
    crawl_args,
    expected,
    fixture_sites,
    newsarchive,
)
from tests.fixture_server import FixtureServer
from tests.redis_server import RedisServer, free_port

SITE = "laodongthudo"
VUNGCAO = next(s for s in fixture_sites() if s.folder == "baovungcao")  # added as data
ARTICLES = sorted(a["url"] for a in expected(SITE))
RUN_TIMEOUT = 300  # seconds; a crawler or writer still running then is stuck


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def frontier_url(redis_server):
    redis_server.flush()
    return redis_server.url


def test_status_of_an_empty_frontier(frontier_url):
    run = newsarchive("frontier", "status", frontier_url, "--format", "json")
    assert run.returncode == 0, run.stderr
    status = json.loads(run.stdout)
    assert status["layout"] == "empty"
    assert status["items_waiting"] == 0 and status["crawlers_alive"] == 0
    assert status["redis_memory_mib"] > 0


def test_clear_needs_yes_and_deletes_only_our_keys(frontier_url):
    client = redis.Redis.from_url(frontier_url)
    client.set(frontier.VERSION_KEY, frontier.FRONTIER_VERSION)
    client.sadd(frontier.SEEN_KEY % {"spider": "laodongthudo"}, "a" * 40)
    client.set("someone-else", "kept")
    refused = newsarchive("frontier", "clear", frontier_url)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert client.exists(frontier.VERSION_KEY)
    done = newsarchive("frontier", "clear", frontier_url, "--yes")
    assert done.returncode == 0, done.stderr
    assert "2 keys deleted" in done.stdout
    assert client.keys("newsarchive:*") == [] and client.get("someone-else") == b"kept"


@pytest.mark.parametrize(("url", "says"), [
    ("http://127.0.0.1:6379/0", "expected redis://HOST:PORT/DB"),
    ("redis:///0", "no host"),
    ("redis://127.0.0.1:6379/zero", "database must be a number"),
    ("redis://127.0.0.1:notaport/0", "port is not a number"),
])
def test_bad_frontier_url_is_one_line(url, says):
    run = newsarchive("frontier", "status", url)
    assert run.returncode == 2
    assert says in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_unreachable_redis_is_one_line():
    url = f"redis://127.0.0.1:{free_port()}/0"
    run = newsarchive("frontier", "status", url)
    assert run.returncode == 2
    assert f"cannot reach the frontier at {url}" in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_frontier_of_another_version_is_refused(frontier_url):
    redis.Redis.from_url(frontier_url).set(frontier.VERSION_KEY, "0-other")
    run = newsarchive("frontier", "status", frontier_url)
    assert run.returncode == 2
    assert "another version of newsarchive" in run.stderr and "Traceback" not in run.stderr
    assert newsarchive("frontier", "clear", frontier_url, "--yes").returncode == 0


# --- crawlers and the writer -------------------------------------------------------------

def start(*args: str, db: Path | None = None, env: dict | None = None) -> subprocess.Popen:
    """The installed command in the background, as a user (or systemd) starts it."""
    command = [NEWSARCHIVE, *(["--db", str(db)] if db else []), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})})


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=RUN_TIMEOUT)
    return process.returncode, out, err


def crawler(server: FixtureServer, url: str, *extra: str) -> subprocess.Popen:
    return start("crawl", *crawl_args(server, SITE), "--frontier", url, "--idle-exit", "2",
                 *extra)


def stored(db: Path) -> list[str]:
    """The archive's article URLs (none while the writer is still making the archive)."""
    with closing(sqlite3.connect(db)) as con:
        try:
            return [u for (u,) in con.execute("SELECT url FROM articles ORDER BY url")]
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise


def versions(db: Path) -> int:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT count(*) FROM article_versions").fetchone()[0]


def article_fetches(server: FixtureServer) -> Counter:
    paths = {urlsplit(u).path for u in ARTICLES}
    return Counter(t.split("?")[0] for _, t in server.requests if t.split("?")[0] in paths)


def waiting(url: str) -> int:
    return redis.Redis.from_url(url).xlen(frontier.ITEMS_KEY)


def wait_for(condition, what: str, timeout: float = RUN_TIMEOUT) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.2)


@pytest.fixture
def site_server():
    with FixtureServer(SITES / SITE) as running:
        yield running


def test_two_crawlers_one_writer_store_and_fetch_every_article_once(frontier_url, site_server,
                                                                    tmp_path):
    db = tmp_path / "archive.db"
    writer = start("ingest", "--frontier", frontier_url, "--format", "json", db=db)
    crawlers = [crawler(site_server, frontier_url), crawler(site_server, frontier_url)]
    reports = []
    for process in crawlers:
        code, out, err = finish(process)
        assert code == 0, err[-3000:]
        reports += json.loads(out)
    wait_for(lambda: waiting(frontier_url) == 0, "the writer emptied the stream")
    writer.send_signal(signal.SIGTERM)
    code, out, err = finish(writer)
    assert code == 0, err[-3000:]
    assert json.loads(out)["stopped_by"] == "signal"
    assert stored(db) == ARTICLES
    fetches = article_fetches(site_server)
    assert set(fetches) == {urlsplit(u).path for u in ARTICLES}
    assert max(fetches.values()) == 1, fetches.most_common(3)
    assert sum(r["handed_over"] for r in reports) == len(ARTICLES)
    runs = newsarchive("runs", "--format", "json", db=db)
    assert len(json.loads(runs.stdout)) == 2  # one per crawler, recorded by the writer


def test_crawlers_never_open_the_archive(frontier_url, site_server, tmp_path):
    code, out, err = finish(start("crawl", *crawl_args(site_server, SITE), "--frontier",
                                  frontier_url, "--idle-exit", "1", db=tmp_path / "a.db"))
    assert code == 0, err[-3000:]
    assert list(tmp_path.iterdir()) == []


def test_writer_started_after_the_crawlers_finished(frontier_url, site_server, tmp_path):
    code, _, err = finish(crawler(site_server, frontier_url))
    assert code == 0, err[-3000:]
    status = json.loads(newsarchive("frontier", "status", frontier_url, "--format",
                                    "json").stdout)
    assert status["items_waiting"] == len(ARTICLES) + 1  # the pages and the run's figures
    assert status["papers"][SITE]["queued"] == 0
    db = tmp_path / "archive.db"
    code, out, err = finish(start("ingest", "--frontier", frontier_url, "--idle-exit", "1",
                                  "--format", "json", db=db))
    assert code == 0, err[-3000:]
    assert json.loads(out)["new"] == len(ARTICLES)
    assert stored(db) == ARTICLES and waiting(frontier_url) == 0
    # The next round knows what the archive holds: nothing stored is fetched again.
    before = sum(article_fetches(site_server).values())
    code, out, err = finish(crawler(site_server, frontier_url))
    assert code == 0, err[-3000:]
    assert sum(article_fetches(site_server).values()) == before
    assert json.loads(out)[0]["handed_over"] == 0


def test_writer_killed_mid_run_and_restarted_loses_nothing_stores_nothing_twice(
        frontier_url, site_server, tmp_path):
    code, _, err = finish(crawler(site_server, frontier_url))
    assert code == 0, err[-3000:]
    db = tmp_path / "archive.db"
    # Each batch of one waits a second between its commit and its acknowledgement: the
    # kill comes in that window, the worst moment (stored, still in Redis).
    writer = start("ingest", "--frontier", frontier_url, "--batch", "1", db=db,
                   env={"NEWSARCHIVE_INGEST_DRILL_PAUSE": "1"})
    wait_for(lambda: db.exists() and 0 < len(stored(db)), "the writer stored something")
    writer.kill()
    writer.wait()
    before = stored(db)
    assert len(before) < len(ARTICLES), "killed too late to tell"
    code, out, err = finish(start("ingest", "--frontier", frontier_url, "--idle-exit", "1",
                                  "--format", "json", db=db))
    assert code == 0, err[-3000:]
    assert stored(db) == ARTICLES
    assert versions(db) == 0  # nothing written a second time as a "new version"
    assert waiting(frontier_url) == 0
    # The entry committed before the kill came again and changed nothing.
    result = json.loads(out)
    assert result["new"] + result["unchanged"] >= len(ARTICLES) - len(before) + 1
    assert result["new"] == len(ARTICLES) - len(before)


def test_crawler_killed_mid_run_its_requests_are_sent_by_the_other(frontier_url, tmp_path):
    beat = ("--set", "NEWSARCHIVE_FRONTIER_HEARTBEAT=2", "--timeout", "5")
    with FixtureServer(SITES / SITE, latency=0.1) as server:
        victim = crawler(server, frontier_url, *beat)
        survivor = crawler(server, frontier_url, *beat, "--idle-exit", "8", "--format", "json")
        wait_for(lambda: sum(article_fetches(server).values()) >= 3, "articles fetched")
        victim.kill()
        victim.wait()
        assert sum(article_fetches(server).values()) < len(ARTICLES), "killed too late to tell"
        code, out, err = finish(survivor)
        assert code == 0, err[-3000:]
        fetches = article_fetches(server)
    assert json.loads(out)[0]["recovered"] >= 1  # the victim's requests in flight, put back
    assert set(fetches) == {urlsplit(u).path for u in ARTICLES}
    assert max(fetches.values()) <= 2  # re-sent once at most
    db = tmp_path / "archive.db"
    code, _, err = finish(start("ingest", "--frontier", frontier_url, "--idle-exit", "1", db=db))
    assert code == 0, err[-3000:]
    assert stored(db) == ARTICLES


def test_politeness_holds_across_two_crawlers(frontier_url, tmp_path):
    """One request at a time to the paper and its delay between them, whichever crawler
    sends it; a Retry-After answer pauses the paper for both."""
    site = Path(shutil.copytree(SITES / SITE, tmp_path / "site"))
    routes_file = site / "laodongthudo.vn" / "_routes.json"
    routes = json.loads(routes_file.read_text(encoding="utf-8"))
    slow = urlsplit(ARTICLES[0]).path
    routes[slow] = {"file": slow.lstrip("/"), "sequence": [
        {"status": 429, "headers": {"Retry-After": "2"}}, {}]}
    routes_file.write_text(json.dumps(routes), encoding="utf-8")
    delay = 0.2
    with FixtureServer(site, latency=0.05) as server:
        crawlers = [crawler(server, frontier_url, "--delay", str(delay), "--format", "json")
                    for _ in range(2)]
        reports = []
        for process in crawlers:
            code, out, err = finish(process)
            assert code == 0, err[-3000:]
            reports += json.loads(out)
        hits = sorted((h for h in server.hits if h.host.startswith("laodongthudo.vn")),
                      key=lambda h: h.time)
    assert all(r["requests"] > 0 for r in reports), reports  # both crawlers sent requests
    assert len(hits) > 40
    for before, after in zip(hits, hits[1:], strict=False):
        assert before.done, f"{before.target} never answered"
        gap = after.time - before.done
        assert gap >= 0, f"{after.target} sent while {before.target} was in progress"
        # the delay, with Scrapy's jitter (at least half of it)
        assert gap >= delay * 0.5 * 0.9, f"{after.target} only {gap:.3f} s after {before.target}"
        if before.status == 429:
            assert gap >= 2 * 0.9, f"{after.target} sent {gap:.2f} s into a Retry-After of 2 s"
    assert [h.status for h in hits if h.target == slow] == [429, 200]


def test_a_paper_added_as_data_is_crawled_through_the_frontier(frontier_url, tmp_path):
    """`sites add` on the writer's archive; the writer publishes the archive's sites in
    the frontier; crawlers that never open the archive crawl the paper; every article
    stored once, its gone entry points recorded as a local crawl records them, and not
    asked for again by the next frontier round."""
    db = tmp_path / "archive.db"
    added = newsarchive("sites", "add", VUNGCAO.add or "", "--name", VUNGCAO.name,
                        "--title", VUNGCAO.title or "", db=db)
    assert added.returncode == 0, added.stderr
    articles = sorted(a["url"] for a in VUNGCAO.expected())
    paths = {urlsplit(u).path for u in articles}
    with FixtureServer(SITES / VUNGCAO.folder) as server:
        args = (*crawl_args(server, VUNGCAO.name), "--frontier", frontier_url, "--idle-exit", "2")
        code, _, err = finish(start("crawl", *args))  # no writer has published it yet
        assert code == 2 and "Traceback" not in err
        assert f"unknown site {VUNGCAO.name!r}" in err and "newsarchive ingest" in err
        writer = start("ingest", "--frontier", frontier_url, "--format", "json", db=db)
        client = redis.Redis.from_url(frontier_url)
        wait_for(lambda: client.hexists(frontier.SITES_KEY, VUNGCAO.name),
                 "the writer published the archive's sites")
        status = json.loads(newsarchive("frontier", "status", frontier_url, "--format",
                                        "json").stdout)
        assert status["data_sites_published"] == 1
        crawlers = [start("crawl", *args), start("crawl", *args)]
        for process in crawlers:
            code, _, err = finish(process)
            assert code == 0, err[-3000:]
        wait_for(lambda: waiting(frontier_url) == 0, "the writer emptied the stream")
        wait_for(lambda: client.exists(frontier.DEAD_KEY % VUNGCAO.name),
                 "the writer published the entry points gone")
        writer.send_signal(signal.SIGTERM)
        code, _, err = finish(writer)
        assert code == 0, err[-3000:]
        fetched = Counter(t for _, t in server.requests if t in paths)
        assert stored(db) == articles
        assert set(fetched) == paths and max(fetched.values()) == 1, fetched
        listed = {s["name"]: s for s in json.loads(newsarchive(
            "sites", "--format", "json", db=db).stdout)}
        health = listed[VUNGCAO.name]["health"]
        assert health.startswith("ok (") and "entry points gone" in health, health
        assert listed[VUNGCAO.name]["articles"] == len(articles)
        # The next round: the entry points gone are not asked for; the live ones are.
        before = len(server.requests)
        code, _, err = finish(start("crawl", *args))
        assert code == 0, err[-3000:]
        asked = {target for _, target in server.requests[before:]}
    for url in VUNGCAO.dead_entry_points:
        assert urlsplit(url).path not in asked
    assert "/tin-moi.rss" in asked
    assert not paths & asked  # stored already: the writer told the crawlers


@pytest.mark.parametrize("command", [
    ("crawl", SITE, "--frontier"),
    ("ingest", "--frontier"),
])
def test_crawl_and_ingest_with_a_bad_frontier_are_one_line(command, tmp_path):
    for url, says in ((f"redis://127.0.0.1:{free_port()}/0", "cannot reach the frontier"),
                      ("http://127.0.0.1:6379/0", "expected redis://HOST:PORT/DB")):
        run = newsarchive(*command, url, db=tmp_path / "archive.db")
        assert run.returncode == 2, run.stderr
        assert says in run.stderr and "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "archive.db").exists()


def test_idle_exit_goes_with_frontier():
    run = newsarchive("crawl", SITE, "--idle-exit", "5")
    assert run.returncode == 2 and "--idle-exit goes with --frontier" in run.stderr
