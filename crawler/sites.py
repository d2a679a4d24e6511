"""The sites the archive knows: the spider classes found by Scrapy's loader.

Used by the CLI to list sites, check names, and pick a site's extraction
rules for a URL, without importing any site module by hand.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from crawler.extraction import extract
from crawler.items import Article
from spiders.base import NewsSpider


class UnknownSiteError(ValueError):
    """A site name that no spider has."""


def project_settings() -> Settings:
    """newsarchive's Scrapy settings, wherever the command runs from."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


def all_sites(settings: Settings | None = None) -> dict[str, type[NewsSpider]]:
    loader = SpiderLoader.from_settings(settings or project_settings())
    spiders = {name: loader.load(name) for name in loader.list()}
    return {n: s for n, s in sorted(spiders.items()) if issubclass(s, NewsSpider)}


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


def extract_with_site(site: type[NewsSpider] | None, body: bytes | str, url: str, *,
                      encoding: str | None = None, fetched: datetime | None = None) -> Article:
    """Extract a page with its site's rules (generic rules when `site` is None).

    The one code path of the crawl, ``newsarchive extract`` and re-extraction,
    so that all three store exactly the same thing for the same page. A page
    fetched before a redesign is read with the rules valid then (`fetched`).
    """
    if site is None:
        return extract(body, url, None, encoding=encoding, fetched=fetched)
    return extract(body, url, site.rules_at(fetched), site=site.name, encoding=encoding,
                   fetched=fetched, canonicalize=site.canonical_url)
