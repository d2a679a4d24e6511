"""The shared crawl frontier on Redis: where it is, what is in it, its keys.

Several crawler processes (on any machines) share one frontier: scrapy-redis
keeps each paper's request queue and seen-set there, crawlers put what they
extracted on a Redis stream, and one writer (``newsarchive ingest``) moves it
into the archive. Every key of ours starts with ``newsarchive:`` so a frontier
can share a Redis database with nothing else of ours, and ``frontier clear``
knows what to delete. ``newsarchive:version`` says which layout wrote the
frontier: a crawler or writer of another layout refuses it rather than
misreading it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import redis

#: The layout of the keys and of the stream entries; bump on any change.
FRONTIER_VERSION = "1"
PREFIX = "newsarchive:"
VERSION_KEY = PREFIX + "version"
PAPERS_KEY = PREFIX + "papers"  # the spiders that ever queued here (a set)
ITEMS_KEY = PREFIX + "items"  # the stream of extracted pages for the writer
WRITERS_GROUP = "writers"  # its consumer group
KNOWN_KEY = PREFIX + "known"  # url -> what the archive holds (written by the writer)
CRAWLERS_KEY = PREFIX + "crawlers"  # crawler id -> heartbeat deadline (a sorted set)
QUEUE_KEY = PREFIX + "%(spider)s:requests"  # scrapy-redis' queue, per paper
SEEN_KEY = PREFIX + "%(spider)s:seen"  # scrapy-redis' seen-set, per paper
INFLIGHT_KEY = PREFIX + "inflight:%s"  # crawler id -> requests it took, not yet done
SLOT_KEY = PREFIX + "slot:%s"  # host -> who may send the next request, and when
SITES_KEY = PREFIX + "sites"  # data site name -> its record (published by the writer)
DEAD_KEY = PREFIX + "dead:%s"  # site -> {entry point URL: last tried} (by the writer)
SCHEMES = ("redis", "rediss")
ENV = "NEWSARCHIVE_FRONTIER"
CONNECT_TIMEOUT = 5.0


class FrontierError(Exception):
    """A frontier that cannot be used; the message names it and the fix."""


def parse_frontier_url(url: str) -> str:
    """Check a frontier URL (``redis://HOST:PORT/DB``) and return it as given.

    Checked here rather than by redis-py, whose errors name neither the
    option nor the form expected.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in SCHEMES:
        raise FrontierError(f"bad frontier URL {url!r}: expected redis://HOST:PORT/DB "
                            f"(or rediss:// for TLS), not {parts.scheme or 'no'} scheme")
    if not parts.hostname:
        raise FrontierError(f"bad frontier URL {url!r}: no host (redis://HOST:PORT/DB)")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise FrontierError(f"bad frontier URL {url!r}: the port is not a number") from None
    db = parts.path.strip("/")
    if db and not db.isdigit():
        raise FrontierError(f"bad frontier URL {url!r}: the database must be a number "
                            "(redis://HOST:PORT/0)")
    return url.strip()


def connect(url: str, *, create: bool = False, any_version: bool = False) -> redis.Redis:
    """A checked connection: reachable, and a frontier of this layout (or empty).

    With `create`, an empty database becomes a frontier of this layout; with
    `any_version`, a frontier of another layout is opened too (to clear it).
    """
    client = redis.Redis.from_url(parse_frontier_url(url), socket_connect_timeout=CONNECT_TIMEOUT,
                                  socket_timeout=30, health_check_interval=30)
    try:
        version = client.get(VERSION_KEY)
        if version is None and create:
            client.set(VERSION_KEY, FRONTIER_VERSION, nx=True)
            version = client.get(VERSION_KEY)
    except redis.AuthenticationError as exc:
        raise FrontierError(f"the frontier at {url} refused us: {exc}") from None
    except redis.RedisError as exc:
        raise FrontierError(f"cannot reach the frontier at {url}: {reason(exc)} "
                            "(is redis-server running there?)") from None
    if version is not None and version.decode() != FRONTIER_VERSION and not any_version:
        raise FrontierError(
            f"the frontier at {url} was made by another version of newsarchive (layout "
            f"{version.decode()!r}, this one reads {FRONTIER_VERSION!r}); let that version "
            "finish with it, or empty it: newsarchive frontier clear URL --yes")
    return client


def reason(exc: Exception) -> str:
    """A Redis error's first line, for a one-line message."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text.rstrip(".")


def crawler_id(spider: str) -> str:
    """Who a crawler is in the frontier: host, process and paper."""
    return f"{os.uname().nodename}:{os.getpid()}:{spider}"


def alive_crawlers(client: redis.Redis) -> list[str]:
    now = time.time()
    return [m.decode() for m in client.zrangebyscore(CRAWLERS_KEY, now, "+inf")]


@dataclass
class FrontierStatus:
    """What ``frontier status`` prints."""

    url: str
    version: str | None
    papers: dict[str, dict[str, int]] = field(default_factory=dict)  # queued, seen
    items_waiting: int = 0  # on the stream, not yet stored by the writer
    items_pending: int = 0  # of those, taken by a writer and not yet acknowledged
    known_urls: int = 0
    data_sites: int = 0  # papers added with 'sites add', published by the writer
    crawlers: list[str] = field(default_factory=list)
    memory_bytes: int = 0
    seen_bytes: int = 0  # of which the seen-sets


def status(url: str) -> FrontierStatus:
    client = connect(url)
    try:
        version = client.get(VERSION_KEY)
        found = FrontierStatus(url, version.decode() if version else None)
        for name in sorted(m.decode() for m in client.smembers(PAPERS_KEY)):
            seen = SEEN_KEY % {"spider": name}
            found.papers[name] = {"queued": client.zcard(QUEUE_KEY % {"spider": name}),
                                  "seen": client.scard(seen)}
            found.seen_bytes += client.memory_usage(seen) or 0
        found.items_waiting = client.xlen(ITEMS_KEY)
        if found.items_waiting:
            groups = client.xinfo_groups(ITEMS_KEY)
            found.items_pending = sum(g["pending"] for g in groups)
        found.known_urls = client.hlen(KNOWN_KEY)
        found.data_sites = client.hlen(SITES_KEY)
        found.crawlers = alive_crawlers(client)
        found.memory_bytes = int(client.info("memory")["used_memory"])
    except redis.RedisError as exc:
        raise FrontierError(f"cannot read the frontier at {url}: {reason(exc)}") from None
    finally:
        client.close()
    return found


def clear(url: str) -> int:
    """Delete every key of ours (queues, seen-sets, the stream, incremental state);
    the number deleted. Keys of other programs in the database stay."""
    client = connect(url, any_version=True)
    deleted = 0
    try:
        batch = []
        for key in client.scan_iter(match=PREFIX + "*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                deleted += client.delete(*batch)
                batch = []
        if batch:
            deleted += client.delete(*batch)
    except redis.RedisError as exc:
        raise FrontierError(f"cannot clear the frontier at {url}: {reason(exc)}") from None
    finally:
        client.close()
    return deleted
