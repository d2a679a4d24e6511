"""A paper added by its URL: discovery and page kinds with no configuration.

``newsarchive sites add https://HOST/`` saves a :class:`SiteRecord`; the
spider loader makes a :class:`DataSiteSpider` subclass of it, so the crawl,
``scrapy crawl NAME``, incremental runs, robots.txt, politeness and
``--redirect`` work exactly as for a built-in spider.

Discovery: robots.txt ``Sitemap:`` lines, ``/sitemap.xml`` (indexes and news
sitemaps too), feeds announced on the home page (``<link rel=alternate>``)
and the paths papers commonly use, and the home page's links. Guessed entry
points that are not there are remembered as gone (see ``NewsSpider``), not
failures. Every fetched page is judged by itself (:mod:`spiders.pagekind`):
an article is stored; a listing (a section, a tag or topic page, whatever
its URL looks like) is counted "not an article" and its links are followed
one level down. The CMS family is recognised from the pages
(:mod:`spiders.families`) and its extraction rules and entry points applied.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import HtmlResponse, Response

from crawler import outcomes
from crawler.extraction import SiteRules
from crawler.items import Page
from crawler.outcomes import Failed, Skipped, skipped_stat
from crawler.storage.sitedata import SiteRecord
from spiders.base import GUESSED_META, NewsSpider
from spiders.families import GENERIC, Family, detect_family, family_named
from spiders.pagekind import page_kind

logger = logging.getLogger(__name__)

# Entry points most papers have under one of these paths (all guessed).
COMMON_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml")
COMMON_FEEDS = ("/rss", "/feed", "/rss.xml", "/feed.xml", "/rss_feed/", "/atom.xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
# How deep links are followed: home (0) -> section pages (1) -> their articles (2).
MAX_DEPTH = 2
MAX_LINKS_PER_PAGE = 300
MAX_FEEDS_FROM_PAGE = 30
DEPTH_HINT = "depth"  # in the request's hints: how many links from the home page
PAGE_HINT = "listing_page"  # the page number of a listing followed by its "next" link
# A listing's "next page" link: rel=next, or one of these words or arrows.
NEXT_WORDS = frozenset({"»", "›", ">", ">>", "sau", "trang sau", "tiếp", "trang tiếp",
                        "xem tiếp", "next", "tiếp theo"})
# Never a page of the paper's own: files, feeds, search, accounts, print views.
NOT_A_PAGE = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|css|js|json|xml|rss|atom|pdf|docx?|xlsx?|pptx?|zip|rar|"
    r"mp3|mp4|m3u8|avi|mov|woff2?|ttf|eot)$"
    r"|^/(tag|tags|tu-khoa|tukhoa|search|tim-kiem|timkiem|login|dang-nhap|dang-ky|register|"
    r"lien-he|contact|wp-admin|wp-login\.php|wp-json|feed|rss|rss_feed|cdn-cgi|apicenter@|"
    r"print|in-bai|amp)(/|$|\.)", re.I)
TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|zarsrc$|ref$|_ga$)", re.I)


class DataSiteSpider(NewsSpider):
    """Base of the spiders made from data sites; subclasses carry `record`."""

    record: ClassVar[SiteRecord]
    #: Not one article path: every page of the site is a candidate, judged when fetched.
    article_path = re.compile(r"^/.")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DataSiteSpider:
        # Extraction workers are spawned processes that find this site by its name in
        # the archive: they read the archive's path from the environment.
        db = crawler.settings.get("NEWSARCHIVE_DB")
        if db:
            os.environ["NEWSARCHIVE_DB"] = os.path.abspath(db)
        return super().from_crawler(crawler, *args, **kwargs)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.family: Family = family_named(self.record.hints.get("family"))
        self.learnt: dict[str, Any] = {}

    # --- URLs ------------------------------------------------------------------
    @classmethod
    def base_url(cls) -> str:
        parts = urlsplit(cls.record.url)
        return urlunsplit((parts.scheme, parts.netloc, "", "", ""))

    @classmethod
    def canonical_url(cls, url: str) -> str | None:
        """The site's form of a page URL: its scheme and host, the query without
        tracking parameters (some CMSes name articles by ``?id=``)."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower().removeprefix("www.")
        if host != cls.record.host:
            return None
        path = parts.path or "/"
        if path == "/" and not parts.query or NOT_A_PAGE.search(path):
            return None
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                           if not TRACKING_PARAMS.match(k)])
        home = urlsplit(cls.record.url)
        return urlunsplit((home.scheme, home.netloc, path, query, ""))

    @classmethod
    def discovery_kinds(cls) -> list[str]:
        return ["auto"]

    @classmethod
    def page_rules(cls, body: bytes | str, fetched: datetime | None = None) -> SiteRules:
        """The rules of the CMS family the page was made by, knowing the paper's names."""
        rules = detect_family(body).rules
        names = tuple(n for n in (cls.title, cls.record.host) if n)
        return replace(rules, site_names=rules.site_names + names)

    # --- discovery -------------------------------------------------------------
    def discovery_requests(self) -> Iterator[scrapy.Request]:
        base = self.base_url()
        yield scrapy.Request(f"{base}/robots.txt", callback=self.parse_sitemap,
                             errback=self.entry_failed, meta={GUESSED_META: True})
        yield scrapy.Request(self.record.url, callback=self.parse_home,
                             errback=self.entry_failed, dont_filter=True)
        yield from self._guessed(self.family, COMMON_SITEMAPS, COMMON_FEEDS)

    def _guessed(self, family: Family, sitemaps: Iterable[str],
                 feeds: Iterable[str]) -> Iterator[scrapy.Request]:
        base = self.base_url()
        for path in dict.fromkeys([*sitemaps, *family.sitemaps]):
            yield scrapy.Request(base + path, callback=self.parse_sitemap,
                                 errback=self.entry_failed, meta={GUESSED_META: True})
        for path in dict.fromkeys([*feeds, *family.feeds]):
            yield scrapy.Request(base + path, callback=self.parse_guessed_feed,
                                 errback=self.entry_failed, meta={GUESSED_META: True})

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        """The home page: the CMS family, announced feeds, and every link a candidate."""
        if not isinstance(response, HtmlResponse):
            self._count_failure(outcomes.entry(Failed.NOT_HTML), response.url,
                                "the home page is not HTML")
            return
        self.entry_answered(response)
        family = detect_family(response.body)
        if family is not GENERIC and family is not self.family:
            logger.info("%s: pages made by %s; its rules apply", self.name, family.name)
            self.family = family
            for request in self._guessed(family, (), ()):
                if self.entry_due(request.url):
                    yield request
        self.learnt["family"] = family.name
        site_name = response.css("meta[property='og:site_name']::attr(content)").get()
        if site_name:
            self.learnt["site_name"] = " ".join(site_name.split())
        yield from self._feeds_announced(response)
        yield from self._links(response, depth=1)

    def parse_guessed_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """A guessed feed path: a feed, or an HTML page listing the paper's feeds
        (many papers have /rss as such a page)."""
        if isinstance(response, HtmlResponse):
            feeds = list(self._feeds_announced(response, anchors=True))
            if feeds:
                self.entry_answered(response)
                yield from feeds
            else:
                self.entry_dead(response.request.url, "an HTML page, not a feed")
            return
        yield from self.parse_feed(response)

    def _feeds_announced(self, response: HtmlResponse,
                         anchors: bool = False) -> Iterator[scrapy.Request]:
        hrefs = [href for link in response.css("link[rel~=alternate]")
                 if (link.attrib.get("type") or "").lower() in FEED_TYPES
                 and (href := link.attrib.get("href"))]
        if anchors:
            hrefs += [h for h in response.css("a::attr(href)").getall()
                      if re.search(r"(\.rss|\.atom|/rss/[^/]+|/feed/?)$", h.strip(), re.I)]
        seen = 0
        for href in dict.fromkeys(hrefs):
            url = response.urljoin(href.strip())
            host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
            if host != self.record.host or seen >= MAX_FEEDS_FROM_PAGE:
                continue
            seen += 1
            if self.entry_due(url):
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.entry_failed)

    def _links(self, response: HtmlResponse, depth: int,
               skip: str | None = None) -> Iterator[scrapy.Request]:
        count = 0
        for href in response.css("a::attr(href)").getall():
            if count >= MAX_LINKS_PER_PAGE:
                break
            url = response.urljoin(href.strip())
            if url == skip or self.canonical_url(url) is None:
                continue
            if request := self.article_request(url, "home" if depth == 1 else "listing",
                                               depth=depth):
                count += 1
                yield request

    def article_request(self, url: str, via: str, depth: int = MAX_DEPTH,
                        **hints: Any) -> scrapy.Request | None:
        canonical = self.canonical_url(url)
        if canonical is None:
            return None
        return super().article_request(canonical, via, **{DEPTH_HINT: depth, **hints})

    # --- pages -------------------------------------------------------------------
    def parse_article(self, response: Response, hints: dict[str, Any]
                      ) -> Iterable[Page | scrapy.Request]:
        """Store the page if it is an article; a listing's links are followed instead."""
        pages = super().parse_article(response, hints)
        if not isinstance(response, HtmlResponse) or response.status != 200:
            return pages
        kind = page_kind(response.body, response.encoding)
        if kind.is_article:
            return pages
        self.crawler.stats.inc_value(skipped_stat(Skipped.NOT_ARTICLE))
        logger.info("not an article %s: %s", response.url, kind.reason)
        if self.check_pool is not None:
            self.check_pool.not_article(response.url, kind.reason)
        depth = hints.get(DEPTH_HINT, MAX_DEPTH)
        if depth >= MAX_DEPTH:
            return []
        follow = []
        page = hints.get(PAGE_HINT, 1)
        limit = self.max_backfill_pages if self.since else self.max_listing_pages
        next_url = _next_page(response)
        if page < limit and next_url:
            # The next page of a section is the same section: same depth.
            request = self.article_request(next_url, "listing", depth=depth,
                                           **{PAGE_HINT: page + 1})
            if request is not None:
                follow.append(request)
        return follow + list(self._links(response, depth + 1, skip=next_url))

    def article_failed(self, failure: Any) -> None:
        """A link of the home page or of a listing that is broken is not a failed
        article (nothing said it was one); articles from sitemaps and feeds are."""
        request = failure.request
        hints = request.meta.get("newsarchive_hints", {})
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if hints.get("via") in ("home", "listing") and status in (404, 410):
            self.crawler.stats.inc_value(skipped_stat(Skipped.DEAD_LINK))
            logger.info("not fetched %s: a broken link (HTTP %s)", request.url, status)
            return
        super().article_failed(failure)


def _next_page(response: HtmlResponse) -> str | None:
    """The listing's next page, when it says which link that is."""
    href = response.css("link[rel=next]::attr(href), a[rel~=next]::attr(href)").get()
    if not href:
        for link in response.css("a[href]"):
            words = " ".join("".join(link.css("::text").getall()).split()).lower()
            title = (link.attrib.get("title") or "").strip().lower()
            if words in NEXT_WORDS or title in NEXT_WORDS:
                href = link.attrib["href"]
    if not href:
        return None
    url = response.urljoin(href.strip())
    return url if url != response.url else None


@cache
def _spider_class(name: str, url: str, host: str, title: str, enabled: bool,
                  family: str) -> type[DataSiteSpider]:
    record = SiteRecord(name=name, url=url, host=host, title=title, enabled=enabled,
                        hints={"family": family} if family else {})
    hosts = (host, f"www.{host}")
    if urlsplit(url).hostname and urlsplit(url).hostname.lower().startswith("www."):
        hosts = (f"www.{host}", host)
    attrs = {"name": name, "title": title or host, "enabled": enabled, "hosts": hosts,
             "record": record, "__module__": __name__,
             "__doc__": f"{title or host}, added by its URL ({url})."}
    return type(f"DataSite_{re.sub(r'[^0-9A-Za-z_]', '_', name)}", (DataSiteSpider,), attrs)


def site_spider(record: SiteRecord) -> type[DataSiteSpider]:
    """The spider class of a data site (one class per record, cached)."""
    return _spider_class(record.name, record.url, record.host, record.title, record.enabled,
                         str(record.hints.get("family") or ""))

