"""The shared frontier's part of ``scripts/bench_crawl.py --frontier``.

On the same generated site and server as the local crawl, politeness off
(AutoThrottle off, 16 requests at a time to the site, no shared slot), with a
redis-server of its own on 127.0.0.1:

  local             `newsarchive crawl` into an archive (the baseline, same run).
  1 crawler         `crawl --frontier` alone; then `ingest` drains the stream alone:
                    the crawler's pages/s and the writer's articles/s (start-up in) apart.
  2 crawlers+writer two crawlers and the writer at once, from an empty frontier:
                    end to end, until the archive holds every article.

pages/s = pages handed over / (first to last request the server saw) for crawls, articles /
(start to last article stored) end to end; wall times include start-up and the
crawlers' --idle-exit. CPU ms per page of each role: crawler (with its extraction
workers, from wait4), writer, redis-server, fixture server. Redis memory: the
seen-set per 100,000 URLs (scrapy-redis' fingerprints, SHA-1 hex, in a set) measured
by adding 100,000 of them, and per URL after the crawl; the in-flight/queue and the
incremental state (`known`) per URL after the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler import frontier as keys  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

NEWSARCHIVE = str(ROOT / ".venv" / "bin" / "newsarchive")
HOST = "laodongthudo.vn"
IDLE_EXIT = 2.0
SEEN_SAMPLE = 100_000


def cpu_of(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    rest = stat[stat.rfind(")") + 2:].split()
    return (int(rest[11]) + int(rest[12])) / os.sysconf("SC_CLK_TCK")


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(db, timeout=1)) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


class Role:
    """One command in the background; its CPU (with reaped children) when it ends."""

    def __init__(self, name: str, args: list[str], log: Path):
        self.name, self.log = name, log
        self.out = log.with_suffix(".out").open("w")
        self.err = log.open("w")
        self.start = time.time()
        self.process = subprocess.Popen([NEWSARCHIVE, *args], stdout=self.out, stderr=self.err,
                                        cwd=ROOT)
        self.cpu = 0.0
        self.wall = 0.0
        self.code: int | None = None

    def poll(self) -> bool:
        if self.code is not None:
            return True
        pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
        if not pid:
            return False
        self.code = os.waitstatus_to_exitcode(status)
        self.process.returncode = self.code
        self.cpu, self.wall = usage.ru_utime + usage.ru_stime, time.time() - self.start
        self.out.close()
        self.err.close()
        if self.code not in (0, 1):
            sys.exit(f"{self.name} failed ({self.code}); see {self.log}")
        return True


def crawler_args(url: str, server_address: str, db: Path, workers: int,
                 extra: list[str]) -> list[str]:
    sets = ["AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
            "CONCURRENT_REQUESTS=32", f"NEWSARCHIVE_EXTRACT_WORKERS={workers}",
            "NEWSARCHIVE_SHARED_POLITENESS=False", *extra]
    return ["--db", str(db), "crawl", "laodongthudo", "--redirect", f"{HOST}={server_address}",
            "--delay", "0", "--max-pages", "1000000", "--frontier", url, "--idle-exit",
            str(IDLE_EXIT), *(a for s in sets for a in ("--set", s)), "--format", "json",
            "--log-level", "ERROR"]


def run_roles(roles: list[Role], until=None) -> float:  # noqa: ANN001
    """Wait for every role; the time `until()` first held (or the last exit)."""
    reached = None
    while not all([r.poll() for r in roles]):
        if until is not None and reached is None and until():
            reached = time.time()
        time.sleep(0.2)
    if until is not None and reached is None and until():
        reached = time.time()
    return reached or time.time()


def until_stored(crawlers: list[Role], writer: Role, db: Path, n: int) -> float:
    """Wait for the crawlers to end and the archive to hold `n` articles (the time
    it did), then stop the writer as systemd would (SIGTERM)."""
    reached = None
    while not all([r.poll() for r in crawlers]) or reached is None:
        if reached is None and stored(db) >= n:
            reached = time.time()
        if writer.poll():
            sys.exit(f"the writer stopped early; see {writer.log}")
        time.sleep(0.2)
    writer.process.send_signal(signal.SIGTERM)
    while not writer.poll():
        time.sleep(0.1)
    return reached


def seen_memory(client: redis.Redis) -> tuple[float, float]:
    """Bytes per URL of a seen-set of SEEN_SAMPLE fingerprints: (used_memory delta,
    MEMORY USAGE of the key)."""
    key = keys.PREFIX + "bench:seen"
    client.delete(key)
    before = int(client.info("memory")["used_memory"])
    pipe = client.pipeline(transaction=False)
    for i in range(SEEN_SAMPLE):
        pipe.sadd(key, hashlib.sha1(f"https://{HOST}/article-{i}.html".encode()).hexdigest())
        if i % 5000 == 4999:
            pipe.execute()
    pipe.execute()
    after = int(client.info("memory")["used_memory"])
    usage = client.memory_usage(key, samples=0) or 0
    client.delete(key)
    return (after - before) / SEEN_SAMPLE, usage / SEEN_SAMPLE


def bench(work: Path, server, n: int, workers: int, extra: list[str],  # noqa: ANN001
          local: dict) -> None:
    redis_server = RedisServer(work)
    client = redis.Redis.from_url(redis_server.url)
    try:
        results = {}
        for config, crawlers in (("1 crawler", 1), ("2 crawlers+writer", 2)):
            client.flushdb()
            db = work / f"frontier-{crawlers}.db"
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            print(f"frontier: {config} ...", file=sys.stderr)
            server.hits()
            redis_cpu, server_cpu = cpu_of(redis_server.process.pid), cpu_of(server.pid)
            roles = [Role(f"crawler {i + 1}", crawler_args(redis_server.url, server.address,
                                                          work / "none.db", workers, extra),
                          work / f"f{crawlers}-crawler{i + 1}.log") for i in range(crawlers)]
            start = roles[0].start
            writer_args = ["--db", str(db), "ingest", "--frontier", redis_server.url]
            if crawlers > 1:  # at once; done when the archive holds every article
                writer = Role("writer", writer_args, work / f"f{crawlers}-writer.log")
                done = until_stored(roles, writer, db, n)
                hits = server.hits()
            else:  # the crawler alone, then the writer drains the stream alone
                run_roles(roles)
                hits = server.hits()
                seen = client.scard(keys.SEEN_KEY % {"spider": "laodongthudo"})
                seen_bytes = client.memory_usage(keys.SEEN_KEY % {"spider": "laodongthudo"},
                                                 samples=0) or 0
                stream_bytes = client.memory_usage(keys.ITEMS_KEY, samples=0) or 0
                waiting = client.xlen(keys.ITEMS_KEY)
                writer = Role("writer", writer_args, work / "f1-writer.log")
                done = until_stored([], writer, db, n)
            handed = sum(json.loads(r.log.with_suffix(".out").read_text())[0]["handed_over"]
                         for r in roles)
            roles.append(writer)
            window = hits[-1][0] - hits[0][0] if hits else 0.0
            articles = stored(db)
            writer = roles[-1]
            crawl_cpu = sum(r.cpu for r in roles[:-1])
            pages = len(hits)
            r = {"articles": articles, "requests": pages, "window": window,
                 "crawl_rate": handed / window if window else 0.0,
                 "end_to_end": articles / (done - start),
                 "crawler_wall": max(r.wall for r in roles[:-1]),
                 "ms_crawler": 1000 * crawl_cpu / max(pages, 1),
                 "ms_writer": 1000 * writer.cpu / max(articles, 1),
                 "ms_redis": 1000 * (cpu_of(redis_server.process.pid) - redis_cpu) / max(pages, 1),
                 "ms_server": 1000 * (cpu_of(server.pid) - server_cpu) / max(pages, 1)}
            if crawlers == 1:
                r.update(writer_rate=articles / (done - writer.start), seen=seen,
                         seen_per_url=seen_bytes / seen,
                         stream_per_item=stream_bytes / max(waiting, 1),
                         known_per_url=(client.memory_usage(keys.KNOWN_KEY, samples=0) or 0)
                         / max(client.hlen(keys.KNOWN_KEY), 1))
            results[config] = r
        delta, usage = seen_memory(client)
    finally:
        redis_server.stop()
    one, two = results["1 crawler"], results["2 crawlers+writer"]
    print(f"\nshared frontier (politeness off; {os.cpu_count()} cores shared, load "
          f"{os.getloadavg()[0]:.2f}): this machine shows the frontier's overhead, not the "
          "gain of more machines")
    print(f"{'':36}{'local':>12}{'1 crawler':>12}{'2 crawlers':>12}")
    print(f"  {'articles stored':34}{local['stored']:>12}{one['articles']:>12}"
          f"{two['articles']:>12}")
    print(f"  {'crawl pages/s (request window)':34}{local['stored'] / local['window']:>12.1f}"
          f"{one['crawl_rate']:>12.1f}{two['crawl_rate']:>12.1f}")
    print(f"  {'end to end pages/s (all stored)':34}{local['rate']:>12.1f}"
          f"{one['end_to_end']:>12.1f}{two['end_to_end']:>12.1f}")
    print(f"  {'CPU ms/page crawler(s)+workers':34}"
          f"{local['ms_main'] + local['ms_children']:>12.2f}"
          f"{one['ms_crawler']:>12.2f}{two['ms_crawler']:>12.2f}")
    print(f"  {'CPU ms/article writer':34}{'(in crawl)':>12}{one['ms_writer']:>12.2f}"
          f"{two['ms_writer']:>12.2f}")
    print(f"  {'CPU ms/page redis-server':34}{'-':>12}{one['ms_redis']:>12.2f}"
          f"{two['ms_redis']:>12.2f}")
    print(f"  {'CPU ms/page fixture server':34}{local['ms_server']:>12.2f}"
          f"{one['ms_server']:>12.2f}{two['ms_server']:>12.2f}")
    print(f"writer alone (draining {one['articles']} waiting items): "
          f"{one['writer_rate']:.0f} articles/s")
    print(f"seen-set: {delta:.0f} bytes/URL by used_memory, {usage:.0f} by MEMORY USAGE "
          f"({delta * 100_000 / 2**20:.1f} MiB per 100,000 URLs); after the crawl "
          f"{one['seen_per_url']:.0f} bytes/URL over {one['seen']} URLs")
    print(f"stream: {one['stream_per_item']:.0f} bytes per waiting item (compressed page + "
          f"article); incremental state: {one['known_per_url']:.0f} bytes per stored article")
