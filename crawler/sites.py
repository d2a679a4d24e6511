"""The sites the archive knows: built-in spider classes and papers added as data.

Built-in spiders are found by Scrapy's loader in ``spiders/``; papers added
with ``newsarchive sites add`` are rows of the archive (NEWSARCHIVE_DB), made
into spider classes by :func:`spiders.generic.site_spider`. The
:class:`ArchiveSpiderLoader` (SPIDER_LOADER_CLASS) lists both, so the CLI,
``scrapy crawl NAME`` and the extraction workers all see the same sites.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings, Settings
from scrapy.spiderloader import SpiderLoader

from crawler.items import Article
from crawler.storage.sitedata import SiteRecord, read_sites
from spiders.base import NewsSpider
from spiders.generic import site_spider

DATA_SITES_ENV = "NEWSARCHIVE_DATA_SITES"  # records a frontier crawl gives its workers (JSON)
SITE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class UnknownSiteError(ValueError):
    """A site name that no spider has."""


class SiteSpecError(ValueError):
    """A site to add that cannot be: a bad URL or name, or one already known."""


class ArchiveSpiderLoader(SpiderLoader):
    """Scrapy's loader, plus the data sites of the archive named by NEWSARCHIVE_DB."""

    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.builtin = set(self._spiders)
        for record in data_site_records(settings):
            if record.name not in self._spiders:
                self._spiders[record.name] = site_spider(record)


def data_site_records(settings: BaseSettings) -> list[SiteRecord]:
    """The data sites: those the writer published in the frontier, for a crawler with a
    frontier (it never opens the archive); else the archive's own."""
    frontier = settings.get("NEWSARCHIVE_SITES_FRONTIER")
    if frontier:
        from crawler.frontier.published import published_sites  # Redis: only here

        return published_sites(frontier)
    handed = os.environ.get(DATA_SITES_ENV)
    if handed:  # an extraction worker of a frontier crawl: the records it was given
        return [SiteRecord(**r) for r in json.loads(handed)]
    db = settings.get("NEWSARCHIVE_DB")
    return read_sites(db) if db else []


def project_settings(db: str | Path | None = None) -> Settings:
    """newsarchive's Scrapy settings, wherever the command runs from; `db` (or the
    NEWSARCHIVE_DB environment variable) names the archive whose data sites count.

    A frontier crawler's extraction workers get its data sites' records in the
    environment (:func:`hand_data_sites`): they never ask Redis.
    """
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    db = db or os.environ.get("NEWSARCHIVE_DB")
    if db:
        settings.set("NEWSARCHIVE_DB", str(db), priority="project")
    return settings


def hand_data_sites(settings: BaseSettings) -> None:
    """Put the data sites `settings` know in this process' environment, for the
    extraction workers it spawns (a frontier crawler's: read once from Redis)."""
    records = [asdict(r) for r in data_site_records(settings)]
    os.environ[DATA_SITES_ENV] = json.dumps(records, ensure_ascii=False)


def frontier_settings_for_sites(url: str) -> Settings:
    """Settings naming no archive, the data sites read from the frontier at `url`."""
    settings = project_settings()
    settings.set("NEWSARCHIVE_DB", "", priority="cmdline")
    settings.set("NEWSARCHIVE_SITES_FRONTIER", url, priority="cmdline")
    return settings


def all_sites(settings: Settings | None = None) -> dict[str, type[NewsSpider]]:
    loader = ArchiveSpiderLoader.from_settings(settings or project_settings())
    spiders = {name: loader.load(name) for name in loader.list()}
    return {n: s for n, s in sorted(spiders.items()) if issubclass(s, NewsSpider)}


def builtin_sites(settings: Settings | None = None) -> dict[str, type[NewsSpider]]:
    """The spiders written as code (not the archive's data sites)."""
    return {n: s for n, s in all_sites(settings).items() if not hasattr(s, "record")}


def get_site(name: str, settings: Settings | None = None) -> type[NewsSpider]:
    sites = all_sites(settings)
    if name not in sites:
        raise UnknownSiteError(f"unknown site {name!r}; known sites: {', '.join(sites)} "
                               "(see 'newsarchive sites')")
    return sites[name]


def site_for_url(url: str, settings: Settings | None = None) -> type[NewsSpider] | None:
    """The site whose hosts include the URL's host (www. ignored), or None."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    for spider in all_sites(settings).values():
        if host in {h.removeprefix("www.") for h in spider.hosts}:
            return spider
    return None


def new_site_record(url: str, name: str | None, title: str | None,
                    settings: Settings | None = None) -> SiteRecord:
    """A data site for the paper at `url`, checked against the built-in spiders.

    Raises SiteSpecError with one line saying what is wrong.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or "." not in host:
        raise SiteSpecError(f"not a web address: {url!r}; give the paper's home page, "
                            "e.g. https://baoquocte.vn/")
    bare = host.removeprefix("www.")
    name = (name or bare.split(".")[0]).strip().lower()
    if not SITE_NAME_RE.match(name):
        raise SiteSpecError(f"bad site name {name!r}: use lower-case letters, digits, '-' "
                            "or '_' (e.g. --name baoquocte)")
    for other, spider in builtin_sites(settings).items():
        if other == name:
            raise SiteSpecError(f"{name!r} is a built-in site; choose another --name")
        if bare in {h.removeprefix("www.") for h in spider.hosts}:
            raise SiteSpecError(f"{bare} is already the built-in site {other!r}")
    home = f"{parts.scheme}://{parts.netloc.lower()}{parts.path or '/'}"
    return SiteRecord(name=name, url=home, host=bare, title=(title or "").strip())


def extract_with_site(site: type[NewsSpider] | None, body: bytes | str, url: str, *,
                      encoding: str | None = None, fetched: datetime | None = None) -> Article:
    """Extract a page with its site's rules (generic rules when `site` is None).

    The one code path of the crawl, ``newsarchive extract`` and re-extraction,
    so that all three store exactly the same thing for the same page. A page
    fetched before a redesign is read with the rules valid then (`fetched`).
    """
    from crawler.extraction import extract  # trafilatura: not for listing the sites

    if site is None:
        return extract(body, url, None, encoding=encoding, fetched=fetched)
    return extract(body, url, site.page_rules(body, fetched), site=site.name, encoding=encoding,
                   fetched=fetched, canonicalize=site.canonical_url)
