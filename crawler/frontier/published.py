"""What the archive tells crawlers that never open it: its data sites, its dead entry points.

A paper added with ``newsarchive sites add`` is a row of the archive, and a
frontier crawler never opens the archive. So the writer (``ingest``), which
holds the archive, publishes in the frontier what a crawler needs of it:

- ``newsarchive:sites``: site name -> its record (JSON), every data site of
  the archive, so ``crawl --frontier NAME`` (and ``--all``) knows the papers
  added as data exactly as a local crawl does, CMS family learnt included;
- ``newsarchive:dead:SITE``: entry point URL -> when last tried, the feeds,
  sitemaps and sections the archive remembers as gone, so a frontier crawler
  retries them as rarely as a local crawl does.

The writer replaces both when it starts, after each run it records (a run
may add dead entry points or learn a site's CMS) and every
:data:`REFRESH_SECONDS` (a ``frontier clear`` or a lost Redis is made good
without restarting it). Only the writer writes them; crawlers only read.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import redis

from crawler import frontier as keys
from crawler.storage.archive import Archive
from crawler.storage.sitedata import SiteRecord, all_dead_entries, list_sites, read_dead_entries

REFRESH_SECONDS = 30.0


def publish(client: redis.Redis, archive: Archive) -> tuple[int, int]:
    """Put the archive's data sites and dead entry points in the frontier, replacing
    what was there, in one transaction; (sites, dead entry points) published."""
    sites = {r.name: json.dumps(asdict(r), ensure_ascii=False) for r in list_sites(archive)}
    dead = all_dead_entries(archive)
    old_dead = [k for k in client.scan_iter(match=keys.DEAD_KEY % "*", count=1000)]
    pipe = client.pipeline(transaction=True)
    pipe.delete(keys.SITES_KEY, *old_dead)
    if sites:
        pipe.hset(keys.SITES_KEY, mapping=sites)
    for site, entries in dead.items():
        pipe.hset(keys.DEAD_KEY % site, mapping={e.url: e.last_tried for e in entries})
    pipe.execute()
    return len(sites), sum(len(e) for e in dead.values())


def published_sites(url: str) -> list[SiteRecord]:
    """The data sites the writer published in the frontier at `url` (FrontierError
    when it cannot be read)."""
    client = keys.connect(url)
    try:
        values = client.hvals(keys.SITES_KEY)
    except redis.RedisError as exc:
        raise keys.FrontierError(f"cannot read the sites of the frontier at {url}: "
                                 f"{keys.reason(exc)}") from None
    finally:
        client.close()
    records = [SiteRecord(**json.loads(v)) for v in values]
    return sorted(records, key=lambda r: r.name)


def published_dead_entries(url: str, site: str) -> dict[str, str]:
    """Entry point URL -> when last tried (ISO), for `site`, as the writer published them."""
    client = keys.connect(url)
    try:
        found = client.hgetall(keys.DEAD_KEY % site)
    except redis.RedisError as exc:
        raise keys.FrontierError(f"cannot read the frontier at {url}: "
                                 f"{keys.reason(exc)}") from None
    finally:
        client.close()
    return {k.decode(): v.decode() for k, v in found.items()}


def dead_entries_tried(settings: Any, site: str) -> dict[str, str]:
    """Entry point URL -> when last tried, of the site's entry points known gone, for
    its spider: from the frontier the writer published them in (a frontier crawler
    never opens the archive), else from the archive (read-only)."""
    frontier = settings.get("NEWSARCHIVE_FRONTIER") if settings else None
    if frontier:
        return published_dead_entries(frontier, site)
    path = settings.get("NEWSARCHIVE_DB") if settings else None
    return {url: e.last_tried for url, e in read_dead_entries(path, site).items()} if path else {}
