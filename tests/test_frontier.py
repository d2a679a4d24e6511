"""The shared crawl frontier on Redis: `frontier status|clear`, crawlers and the writer.

Each test module run starts its own redis-server on 127.0.0.1 and a free port
(tests/redis_server.py) and empties it between tests; the commands run as a
user runs them, in subprocesses.
"""

from __future__ import annotations

import json

import pytest
import redis

from crawler import frontier
from tests.conftest import newsarchive
from tests.redis_server import RedisServer, free_port


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
