"""Redis going away mid-run, under a crawler and under the writer, then coming back.

A deployment runs Redis with an append-only file (README), so a restarted
Redis holds what it held; these tests run it so (tests/redis_server.py,
``persist``) and stop it with SIGTERM, as ``systemctl restart redis-server``
does. The design: a crawler or a writer that loses its frontier stops at once
with one line and exit 69 (EX_UNAVAILABLE), never a traceback; systemd or cron
starts it again. Nothing is lost: what a crawler had taken and not handed
over is still in flight in Redis and goes back to the queue; what the writer
stored and had not acknowledged is read again, and changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

import pytest
import redis

from crawler import frontier
from tests.conftest import SITES, newsarchive
from tests.fixture_server import FixtureServer
from tests.redis_server import RedisServer
from tests.test_frontier import (
    ARTICLES,
    SITE,
    article_fetches,
    crawler,
    finish,
    start,
    stored,
    versions,
    wait_for,
    waiting,
)

EXIT_FRONTIER_LOST = 69
BEAT = ("--set", "NEWSARCHIVE_FRONTIER_HEARTBEAT=2")


@pytest.fixture
def persistent_redis(tmp_path):
    server = RedisServer(tmp_path, persist=True)
    yield server
    server.stop()


def one_error_line(err: str) -> str:
    """The one `Error:` line of a run's stderr (and no traceback)."""
    assert "Traceback" not in err, err[-3000:]
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, err[-3000:]
    return errors[0]


def test_crawler_whose_redis_stops_exits_with_one_line_and_loses_nothing(persistent_redis,
                                                                          tmp_path):
    url = persistent_redis.url
    with FixtureServer(SITES / SITE, latency=0.15) as server:
        victim = crawler(server, url, *BEAT)
        wait_for(lambda: sum(article_fetches(server).values()) >= 3, "articles fetched")
        persistent_redis.stop()
        code, _, err = finish(victim)
        assert sum(article_fetches(server).values()) < len(ARTICLES), "stopped too late"
        assert code == EXIT_FRONTIER_LOST, err[-3000:]
        assert f"the frontier at {url} went away" in one_error_line(err)
        persistent_redis.start()
        code, out, err = finish(crawler(server, url, *BEAT, "--idle-exit", "5"))
        assert code == 0, err[-3000:]
        fetches = article_fetches(server)
    assert set(fetches) == {urlsplit(u).path for u in ARTICLES}
    assert max(fetches.values()) <= 2  # what was in flight is sent once more, at most
    db = tmp_path / "archive.db"
    code, out, err = finish(start("ingest", "--frontier", url, "--idle-exit", "1",
                                  "--format", "json", db=db))
    assert code == 0, err[-3000:]
    assert stored(db) == ARTICLES and versions(db) == 0
    assert waiting(url) == 0


def test_writer_whose_redis_stops_exits_with_one_line_and_stores_nothing_twice(
        persistent_redis, tmp_path):
    url = persistent_redis.url
    with FixtureServer(SITES / SITE) as server:
        code, _, err = finish(crawler(server, url))
    assert code == 0, err[-3000:]
    db = tmp_path / "archive.db"
    writer = start("ingest", "--frontier", url, "--batch", "1", db=db,
                   env={"NEWSARCHIVE_INGEST_DRILL_PAUSE": "0.5"})
    wait_for(lambda: db.exists() and 0 < len(stored(db)), "the writer stored something")
    persistent_redis.stop()
    code, _, err = finish(writer)
    assert 0 < len(stored(db)) < len(ARTICLES), "stopped too late to tell"
    assert code == EXIT_FRONTIER_LOST, err[-3000:]
    assert f"the frontier at {url} went away" in one_error_line(err)
    persistent_redis.start()
    code, out, err = finish(start("ingest", "--frontier", url, "--idle-exit", "1",
                                  "--format", "json", db=db))
    assert code == 0, err[-3000:]
    assert stored(db) == ARTICLES and versions(db) == 0
    assert waiting(url) == 0
    runs = json.loads(newsarchive("runs", "--format", "json", db=db).stdout)
    assert len(runs) == 1  # the crawler's run, recorded once
    assert redis.Redis.from_url(url).hlen(frontier.KNOWN_KEY) == len(ARTICLES)


def test_a_run_recorded_but_not_acknowledged_is_recorded_once(persistent_redis, tmp_path):
    """The writer killed after recording a crawler's run and before acknowledging its
    report: restarted, it reads the report again and does not record the run twice."""
    url = persistent_redis.url
    with FixtureServer(SITES / SITE) as server:
        code, _, err = finish(crawler(server, url))
    assert code == 0, err[-3000:]
    db = tmp_path / "archive.db"
    writer = start("ingest", "--frontier", url, db=db,
                   env={"NEWSARCHIVE_INGEST_DRILL_PAUSE": "3"})

    def recorded() -> int:
        if not db.exists():
            return 0
        with closing(sqlite3.connect(db)) as con:
            try:
                return con.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL"
                                   ).fetchone()[0]
            except sqlite3.OperationalError:
                return 0

    wait_for(lambda: recorded() == 1, "the writer recorded the crawler's run")
    writer.kill()  # within the drill's pause: recorded, not acknowledged
    writer.wait()
    assert waiting(url) == 1, "killed too late to tell"  # the report, still taken
    code, out, err = finish(start("ingest", "--frontier", url, "--idle-exit", "1",
                                  "--format", "json", db=db))
    assert code == 0, err[-3000:]
    assert waiting(url) == 0
    assert recorded() == 1
    assert stored(db) == ARTICLES and versions(db) == 0
