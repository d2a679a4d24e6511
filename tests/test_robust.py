"""No silent failures (issue 14): a hostile world, and the crawl saying what happened.

Each defect is reproduced as a user would meet it (a worker killed under a
crawl, a write that cannot succeed, two writers at once, ...) and the test
checks what the user then sees: the stored rows, the run record, the one
line on stderr, the exit code.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from crawler.workers import WORKER_DIED, WorkerDied, WorkerPool
from tests.conftest import NEWSARCHIVE, ROOT, newsarchive
from tests.fixture_server import FixtureServer

HOST = "laodongthudo.vn"


def _bench_crawl():
    """scripts/bench_crawl.py: it builds laodongthudo-shaped sites of N articles."""
    spec = importlib.util.spec_from_file_location("bench_crawl",
                                                  ROOT / "scripts" / "bench_crawl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_site(tmp_path_factory):
    """A generated site of 120 articles, served on 127.0.0.1."""
    workdir = tmp_path_factory.mktemp("big")
    pages = _bench_crawl().build_site(120, workdir)
    with FixtureServer(workdir / "site") as server:
        yield server, [url for _, url in pages]


def crawl_command(server: FixtureServer, db: Path, *extra: str) -> list[str]:
    args = [NEWSARCHIVE, "--db", str(db), "crawl", "laodongthudo", "--delay", "0",
            "--max-pages", "100000", "--format", "json", "--set", "AUTOTHROTTLE_ENABLED=False",
            *extra]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    return args


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), cmdline))
    return found


def stored_urls(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [r[0] for r in conn.execute("SELECT url FROM articles")]


def last_run(db: Path) -> dict:
    run = newsarchive("runs", "--format", "json", "--limit", "1", db=db)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)[0]


# --- 1. a dead extraction worker ------------------------------------------------------
def _suicide(_: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def _square(n: int) -> int:
    return n * n


def test_a_job_that_kills_its_worker_twice_fails_and_the_pool_goes_on():
    pool = WorkerPool(1)
    try:
        with pytest.raises(WorkerDied, match="died twice"):
            asyncio.run(pool.run(_suicide, 1))
        assert asyncio.run(pool.run(_square, 7)) == 49
        assert (pool.deaths, pool.retried, pool.given_up) == (2, 1, 1)
        assert str(WorkerDied(WORKER_DIED)) == WORKER_DIED
    finally:
        pool.shutdown()


def test_a_worker_killed_mid_crawl_is_replaced_and_its_pages_retried(big_site, tmp_path):
    server, urls = big_site
    db = tmp_path / "a.db"
    server.hits.clear()
    process = subprocess.Popen(
        crawl_command(server, db, "--set", "NEWSARCHIVE_EXTRACT_WORKERS=2",
                      "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=8"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    killed = None
    deadline = time.monotonic() + 240
    while killed is None and process.poll() is None and time.monotonic() < deadline:
        articles = sum(h.target.rstrip("/").endswith(".html") for h in server.hits)
        workers = [p for p, cmd in children(process.pid) if "spawn_main" in cmd]
        if articles >= 15 and workers:
            os.kill(workers[0], signal.SIGKILL)
            killed = workers[0]
        time.sleep(0.02)
    out, err = process.communicate(timeout=600)
    assert killed is not None, "the crawl ended before a worker could be killed"
    assert sorted(stored_urls(db)) == sorted(urls), err[-3000:]
    assert process.returncode == 1, err[-3000:]  # a warning: cron mails it
    assert "BrokenProcessPool" not in err
    assert "Warning: extraction workers died 1 time(s)" in err
    report = json.loads(out)[0]
    assert report["new"] == len(urls)
    run = last_run(db)
    assert run["status"] == "warning"
    assert any("extraction workers died" in w for w in run["warnings"])
