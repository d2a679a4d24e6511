"""The shared news spider: discovery and fetching, no site facts.

A site declares its hosts, article URL pattern, entry points (sitemaps,
feeds, listing pages) and extraction rules as class constants; this class
discovers article URLs from them, fetches each article once and yields a
:class:`~crawler.items.Page`. Extraction and storage happen in pipelines.
A failed page (HTTP error, not HTML) is logged with its URL and reason and
counted; the crawl goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import scrapy
from lxml import etree
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler import outcomes
from crawler.extraction import SiteRules
from crawler.extraction.dates import parse_any, parse_visible
from crawler.extraction.rules import rules_at
from crawler.frontier.published import dead_entries_tried
from crawler.incremental import HINTS_META, NotModified, parse_change_date
from crawler.items import Page
from crawler.outcomes import Failed, Skipped, failed_stat, skipped_stat
from spiders.checkmode import CheckPool
from spiders.failures import describe
from spiders.xmlsafe import FEED_PARSER, xml_problem

logger = logging.getLogger(__name__)

# Article redirects are followed by the spider, so that loops, endless chains and
# moves to another domain are named in the log and counted, not dropped silently.
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ARTICLE_META = {"dont_redirect": True, "handle_httpstatus_list": list(REDIRECT_STATUSES)}
REDIRECT_CHAIN_META = "newsarchive_redirects"
# An entry point (feed, sitemap, section) answering one of these is gone, not failing:
# remembered in the archive and tried again only every DEAD_ENTRY_RETRY.
DEAD_STATUSES = (404, 410)
DEAD_ENTRY_RETRY = timedelta(days=7)
GUESSED_META = "newsarchive_guessed"  # an entry point guessed, not known to exist

class NewsSpider(scrapy.Spider):
    """Base of every site spider. Subclasses set the class constants below."""

    name: ClassVar[str]
    #: The paper's name, as readers know it.
    title: ClassVar[str] = ""
    #: Crawled by ``newsarchive crawl --all``.
    enabled: ClassVar[bool] = True
    #: Hosts of the site; the first is the current one, the others old or alternate.
    hosts: ClassVar[tuple[str, ...]] = ()
    #: Other hosts the spider may fetch from (APIs), never article hosts.
    api_hosts: ClassVar[tuple[str, ...]] = ()
    #: Paths of article pages (matched against the URL path, query dropped).
    article_path: ClassVar[re.Pattern[str]] = re.compile(r"$^")
    #: Entry points, absolute URLs.
    sitemaps: ClassVar[tuple[str, ...]] = ()  # sitemap.xml, sitemap indexes, robots.txt
    feeds: ClassVar[tuple[str, ...]] = ()  # RSS / Atom
    listings: ClassVar[tuple[str, ...]] = ()  # section pages
    #: In listing pages: where article links are, and the next page link.
    listing_links: ClassVar[str] = "a::attr(href)"
    next_page: ClassVar[str | None] = None
    #: One listing item, its link and its printed date (CSS): a backfill skips
    #: items older than its date and stops paging at the first page all older.
    listing_items: ClassVar[str | None] = None
    listing_item_link: ClassVar[str] = "a::attr(href)"
    listing_item_date: ClassVar[str | None] = None
    #: Listing pages walked per section on an ordinary run (new articles are on top),
    #: and at most on a backfill (--since), which stops earlier at its date.
    max_listing_pages: ClassVar[int] = 3
    max_backfill_pages: ClassVar[int] = 1000
    #: Extraction rules of the site (data; see crawler.extraction.rules).
    extraction_rules: ClassVar[SiteRules] = SiteRules()
    #: Earlier rules of the site, each with its ``valid_until`` (see rules_at).
    older_rules: ClassVar[tuple[SiteRules, ...]] = ()

    @classmethod
    def rules_at(cls, fetched: datetime | None) -> SiteRules:
        """The site's rules when a page was fetched (a crawl: now, the current ones)."""
        return rules_at(cls.extraction_rules, cls.older_rules, fetched)

    def __init__(self, *args: Any, since: datetime | str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.allowed_domains = [*self.hosts, *self.api_hosts]
        #: Backfill limit: walk listings back to this date (None: new articles only).
        self.since = parse_any(since) if isinstance(since, str) else since
        #: Entry points found gone this run (url -> reason) and those that answered;
        #: the crawl records both in the archive (see crawler.storage.sitedata).
        self.dead_entries: dict[str, str] = {}
        self.alive_entries: set[str] = set()
        self._known_dead: dict[str, datetime] | None = None
        #: Set by ``newsarchive check``: article requests wait there, newest first.
        self.check_pool: CheckPool | None = None

    @classmethod
    def discovery_kinds(cls) -> list[str]:
        """How the site's articles are found, for ``newsarchive sites``."""
        kinds = {"sitemap": cls.sitemaps, "feed": cls.feeds, "listing": cls.listings,
                 "api": cls.api_hosts}
        return [kind for kind, entries in kinds.items() if entries]

    @classmethod
    def page_rules(cls, body: bytes | str, fetched: datetime | None = None) -> SiteRules:
        """The extraction rules for one of the site's pages: those of its time, and a
        site whose pages come from several CMSes may choose by the page."""
        return cls.rules_at(fetched)

    # --- URLs ------------------------------------------------------------------
    @classmethod
    def canonical_url(cls, url: str) -> str | None:
        """The site's form of an article URL (current host, https, no query),
        or None when the URL is not one of the site's articles."""
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        if host.startswith("www.") and host[4:] in cls.hosts:
            host = host[4:]
        if host not in cls.hosts or not cls.article_path.search(parts.path):
            return None
        return urlunsplit(("https", cls.hosts[0], parts.path, "", ""))

    def older_than_since(self, date: str | None) -> bool:
        """True when a backfill date is set and `date` (ISO or RFC 822) is before it."""
        if not self.since or not date:
            return False
        parsed = parse_change_date(date)
        return parsed is not None and parsed < self.since

    def is_article_url(self, url: str) -> bool:
        return self.canonical_url(url) is not None

    # --- discovery -------------------------------------------------------------
    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.check_pool = CheckPool.from_crawler(crawler, spider)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self.discovery_requests():
            if self.entry_due(request.url):
                yield request

    # --- entry points that are gone ----------------------------------------------
    def _dead_known(self) -> dict[str, datetime]:
        """Dead entry points remembered in the archive -> when last tried."""
        if self._known_dead is None:
            crawler = getattr(self, "crawler", None)
            retry_all = crawler.settings.getbool("NEWSARCHIVE_RETRY_DEAD") if crawler else True
            tried = {} if retry_all else dead_entries_tried(crawler.settings, self.name)
            self._known_dead = {url: datetime.fromisoformat(when) for url, when in tried.items()}
        return self._known_dead

    def entry_due(self, url: str) -> bool:
        """False for an entry point known dead and tried recently: not requested."""
        tried = self._dead_known().get(url)
        if tried is None or datetime.now(UTC) - tried >= DEAD_ENTRY_RETRY:
            return True
        self.crawler.stats.inc_value(skipped_stat(Skipped.DEAD_ENTRY))
        logger.debug("not fetched %s: a dead entry point, tried %s", url, tried)
        return False

    def entry_dead(self, url: str, reason: str) -> None:
        """An entry point is gone: said once, remembered, not counted as a failure."""
        self.dead_entries[url] = reason
        self.crawler.stats.inc_value("newsarchive/dead_entry")
        if url in self._dead_known():
            logger.info("entry point %s still gone (%s)", url, reason)
        else:
            logger.warning("entry point %s is gone (%s): not counted as a failure; "
                           "remembered and tried again in %d days", url, reason,
                           DEAD_ENTRY_RETRY.days)

    def entry_answered(self, response: Response) -> None:
        redirects = response.request.meta.get("redirect_urls") if response.request else None
        self.alive_entries.add((redirects or [response.url])[0])

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        """The entry points; a site with an API adds its own requests."""
        for url in self.sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.entry_failed)
        for url in self.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.entry_failed)
        for url in self.listings:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.entry_failed,
                                 cb_kwargs={"page": 1})

    def article_request(self, url: str, via: str, **hints: Any) -> scrapy.Request | None:
        """A request for an article page, or None when the URL is not an article."""
        if not self.is_article_url(url):
            return None
        hints = {"via": via, **hints}
        request = scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                                 cb_kwargs={"hints": hints},
                                 meta={**ARTICLE_META, HINTS_META: hints})
        if self.check_pool is not None:  # `newsarchive check`: only the newest are fetched
            self.check_pool.hold(request, hints)
            return None
        return request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                if self.entry_due(url):
                    yield scrapy.Request(url, callback=self.parse_sitemap,
                                         errback=self.entry_failed)
            return
        problem = xml_problem(response.body)
        if problem and problem.refused:
            self._count_failure(Failed.BAD_SITEMAP, response.url, f"sitemap refused: {problem}")
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # noqa: BLE001 - any malformed sitemap is skipped
            self._entry_problem(response, Failed.BAD_SITEMAP, f"unreadable sitemap ({exc})")
            return
        if sitemap.type not in ("urlset", "sitemapindex"):
            self._entry_problem(response, Failed.BAD_SITEMAP,
                                f"not a sitemap (its XML root is <{sitemap.type}>)")
            return
        self.entry_answered(response)
        if problem:  # recovered: what could be read is used, the damage is reported
            self._count_failure(Failed.BAD_SITEMAP, response.url,
                                f"malformed sitemap XML, read as far as possible ({problem})")
        for entry in sitemap:
            loc = entry.get("loc", "")
            if self.older_than_since(entry.get("lastmod")):
                continue  # a backfill stops at its date (sub-sitemaps too)
            if sitemap.type == "sitemapindex":
                if self.entry_due(loc):
                    yield scrapy.Request(loc, callback=self.parse_sitemap,
                                         errback=self.entry_failed)
            elif request := self.article_request(loc, "sitemap", lastmod=entry.get("lastmod")):
                yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        problem = xml_problem(response.body)
        if problem and problem.refused:
            self._count_failure(Failed.BAD_FEED, response.url, f"feed refused: {problem}")
            return
        try:
            root = etree.fromstring(response.body, parser=FEED_PARSER)
        except etree.XMLSyntaxError as exc:
            self._entry_problem(response, Failed.BAD_FEED, f"unreadable feed ({exc})")
            return
        if root is None:
            self._entry_problem(response, Failed.BAD_FEED, "unreadable feed (empty)")
            return
        self.entry_answered(response)
        for item in root.iter("item", "{http://www.w3.org/2005/Atom}entry"):
            link = item.findtext("link") or ""
            if not link.strip():
                atom = item.find("{http://www.w3.org/2005/Atom}link")
                link = atom.get("href", "") if atom is not None else ""
            date = item.findtext("pubDate") or item.findtext(
                "{http://www.w3.org/2005/Atom}updated")
            if self.older_than_since(date):
                continue
            request = self.article_request(response.urljoin(link.strip()), "feed",
                                           feed_date=date)
            if request:
                yield request

    def parse_listing(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        self.entry_answered(response)
        limit = self.max_backfill_pages if self.since else self.max_listing_pages
        dated = self.since and self.listing_items and self.listing_item_date
        if dated:
            # Only the dated items count; side boxes are undated.
            items = response.css(self.listing_items)
            fresh = 0
            for item in items:
                date = parse_visible(" ".join(item.css(self.listing_item_date).getall()))
                if date and date[0] < self.since:
                    continue
                fresh += 1
                href = item.css(self.listing_item_link).get()
                if href and (request := self.article_request(response.urljoin(href), "listing")):
                    yield request
            if items and not fresh:
                return  # the whole page is older than the backfill date: stop paging
        else:
            for href in response.css(self.listing_links).getall():
                if request := self.article_request(response.urljoin(href), "listing"):
                    yield request
        if self.next_page and page < limit:
            href = response.css(self.next_page).get()
            if href and response.urljoin(href) != response.url:
                yield scrapy.Request(response.urljoin(href), callback=self.parse_listing,
                                     errback=self.entry_failed, cb_kwargs={"page": page + 1})

    # --- articles --------------------------------------------------------------
    def parse_article(self, response: Response, hints: dict[str, Any]
                      ) -> Iterable[Page | scrapy.Request]:
        if response.status in REDIRECT_STATUSES:
            return self._follow_redirect(response, hints)
        if not isinstance(response, HtmlResponse):
            kind = response.headers.get("Content-Type", b"?").decode("latin-1")
            self._count_failure(Failed.NOT_HTML, response.url, f"not an HTML page ({kind})")
            return []
        return [Page(
            url=response.url, site=self.name, body=response.body, encoding=response.encoding,
            status=response.status, fetched=datetime.now(UTC),
            headers={k.decode("latin-1"): v[0].decode("latin-1")
                     for k, v in response.headers.items() if v},
            hints=hints)]

    def _follow_redirect(self, response: Response,
                         hints: dict[str, Any]) -> list[scrapy.Request]:
        """Follow an article's redirect within the site; name loops, endless chains
        and moves to another domain (which are not followed)."""
        chain = [*response.meta.get(REDIRECT_CHAIN_META, []), response.url]
        location = response.headers.get("Location", b"").decode("latin-1").strip()
        target = response.urljoin(location) if location else ""
        host = (urlsplit(target).hostname or "").lower().removeprefix("www.")
        if not target:
            problem = (Failed.REDIRECT_BROKEN,
                       f"redirect without a Location (HTTP {response.status})")
        elif target in chain:
            problem = (Failed.REDIRECT_LOOP, "redirect loop: " + " -> ".join([*chain, target]))
        elif len(chain) > self.crawler.settings.getint("REDIRECT_MAX_TIMES"):
            problem = (Failed.REDIRECT_LIMIT, f"too many redirects ({len(chain)})")
        elif host not in {h.removeprefix("www.") for h in self.hosts}:
            problem = (Failed.REDIRECT_OFFSITE,
                       f"redirect to another domain not followed: {target}")
        else:
            return [scrapy.Request(
                target, callback=self.parse_article, errback=self.article_failed,
                cb_kwargs={"hints": hints}, dont_filter=True,
                meta={**ARTICLE_META, HINTS_META: hints, REDIRECT_CHAIN_META: chain})]
        self._count_failure(problem[0], chain[0], problem[1])
        return []

    def article_failed(self, failure: Failure) -> None:
        self._request_failed(failure, "article")

    def entry_failed(self, failure: Failure) -> None:
        self._request_failed(failure, "entry")

    def _request_failed(self, failure: Failure, what: str) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(NotModified):
            return  # counted by the incremental middleware: not a failure
        outcome = describe(failure, self.crawler.settings)
        url = request.meta.get(REDIRECT_CHAIN_META, [request.url])[0]
        if what == "entry" and failure.check(HttpError) and \
                failure.value.response.status in DEAD_STATUSES:
            self.entry_dead(request.meta.get("redirect_urls", [url])[0], outcome.reason)
            return
        if not outcome.failed:
            self.crawler.stats.inc_value(skipped_stat(outcome.key))
            logger.info("not fetched %s: %s", url, outcome.reason)
            return
        self._count_failure(outcomes.entry(outcome.key) if what == "entry" else outcome.key,
                            url, outcome.reason)

    def _entry_problem(self, response: Response, key: str, reason: str) -> None:
        """An entry point that answered but is not what it should be: a guessed one
        (a soft 404, an HTML page at /rss) is gone; a declared one is failing."""
        if response.request is not None and response.request.meta.get(GUESSED_META):
            self.entry_dead(response.request.url, reason)
        else:
            self._count_failure(key, response.url, reason)

    def _count_failure(self, key: str, url: str, reason: str) -> None:
        self.crawler.stats.inc_value(failed_stat(key))
        logger.warning("skipped %s: %s", url, reason)
