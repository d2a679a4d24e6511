"""Memory and time per page are bounded (issue 14).

A page whose extraction runs too long is failed with a reason naming
NEWSARCHIVE_PAGE_TIMEOUT, one that wants too much memory with a reason naming
NEWSARCHIVE_PAGE_MEMORY_MB; the worker lives on (or, stuck in C code, is killed
and replaced), the other pages are stored, and the run record and exit code say
so. No duration is asserted: the limits are what the tests set.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess

import pytest

from crawler.workers import PageLimitExceeded, PageLimits, WorkerDied, WorkerPool
from tests.conftest import ROOT
from tests.fixture_server import FixtureServer
from tests.robust_jobs import greedy, spin, square, stuck_in_c
from tests.test_robust import _bench_crawl, crawl_command, last_run, stored_urls


def run_in(pool: WorkerPool, fn, *args):  # noqa: ANN001, ANN201
    return asyncio.run(pool.run(fn, *args))


def test_a_page_over_its_time_limit_fails_and_its_worker_goes_on():
    pool = WorkerPool(1, PageLimits(seconds=1, memory_mb=0))
    try:
        with pytest.raises(PageLimitExceeded,
                           match=r"longer than 1 s \(NEWSARCHIVE_PAGE_TIMEOUT\)"):
            run_in(pool, spin, None)
        assert run_in(pool, square, 7) == 49
        assert (pool.deaths, pool.over_limit) == (0, 1)
    finally:
        pool.shutdown()


def test_a_page_over_its_memory_limit_fails_and_its_worker_goes_on():
    pool = WorkerPool(1, PageLimits(seconds=0, memory_mb=700))
    try:
        with pytest.raises(PageLimitExceeded,
                           match=r"more than 700 MB \(NEWSARCHIVE_PAGE_MEMORY_MB\)"):
            run_in(pool, greedy, None)
        assert run_in(pool, square, 8) == 64
        assert (pool.deaths, pool.over_limit) == (0, 1)
    finally:
        pool.shutdown()


def test_a_page_stuck_in_c_code_is_killed_by_its_cpu_limit_and_then_failed():
    pool = WorkerPool(1, PageLimits(seconds=0.5, memory_mb=0, cpu_grace=1))
    try:
        with pytest.raises(WorkerDied, match="NEWSARCHIVE_PAGE_TIMEOUT"):
            run_in(pool, stuck_in_c, None)
        assert run_in(pool, square, 9) == 81
        assert (pool.deaths, pool.retried, pool.given_up) == (2, 1, 1)
    finally:
        pool.shutdown()


def test_a_crawl_fails_the_pages_over_their_limits_and_stores_the_rest(tmp_path):
    workdir = tmp_path / "site"
    urls = [url for _, url in _bench_crawl().build_site(24, workdir)]
    slow, heavy = urls[3], urls[7]
    db = tmp_path / "a.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore",
           "ROBUST_SLOW_URL": slow, "ROBUST_GREEDY_URL": heavy}
    with FixtureServer(workdir / "site") as server:
        done = subprocess.run(
            crawl_command(server, db, "--set", "NEWSARCHIVE_EXTRACT_WORKERS=2",
                          "--set", "NEWSARCHIVE_EXTRACT_JOB=tests.robust_extract.extract_job",
                          "--set", "NEWSARCHIVE_PAGE_TIMEOUT=5",
                          "--set", "NEWSARCHIVE_PAGE_MEMORY_MB=700"),
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert done.returncode == 1, done.stderr[-3000:]  # a warning: cron mails it
    assert sorted(stored_urls(db)) == sorted(set(urls) - {slow, heavy}), done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    warning = ("Warning: 2 pages failed over the extraction limits (NEWSARCHIVE_PAGE_TIMEOUT "
               "5 s, NEWSARCHIVE_PAGE_MEMORY_MB 700 MB)")
    assert warning in done.stderr, done.stderr[-3000:]
    report = json.loads(done.stdout)[0]
    assert report["new"] == len(urls) - 2
    failures = report["failures"]
    assert failures.get("over_time_limit") == 1, failures
    assert failures.get("over_memory_limit") == 1, failures
    run = last_run(db)
    assert run["status"] == "warning"
    assert any(w["kind"] == "over_limit" and "over the extraction limits" in w["message"]
               for w in run["warnings"]), run["warnings"]
