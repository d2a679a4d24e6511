"""What can happen to a page, named once: the keys a run record counts.

A crawl counts every page it did not store under a key: as a Scrapy stat
(``newsarchive/failed/<key>``, ``newsarchive/skipped/<key>``), then in the
run record (``run_sites.failures``), where ``newsarchive runs`` prints it and
the health check (crawler.health) reads it. The keys are data other code
compares, so they are named here and nowhere else: an error carries its key
(``ExtractionError.key``, ``HostNotRedirected.key``), a spider counts a
member of :class:`Failed`, and no key is ever built from a message.

Two families are open-ended and made by functions: ``http_<status>`` for an
HTTP error status, and ``entry_<key>`` for a failure of an entry point (a
feed, a sitemap, a section page) rather than of an article.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

FAILED_STAT = "newsarchive/failed/"
SKIPPED_STAT = "newsarchive/skipped/"
ENTRY_PREFIX = "entry_"


class Failed(StrEnum):
    """Why a page was not stored, counted as a failure of the run."""

    # --- fetching (spiders/failures.py names Scrapy's errors with these) ---
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"  # over DOWNLOAD_MAXSIZE, before or after decompression
    DATA_LOSS = "data_loss"  # the connection closed before the whole body came
    CONNECTION_REFUSED = "connection_refused"
    DNS = "dns"
    REDIRECT_LIMIT = "redirect_limit"  # more hops than REDIRECT_MAX_TIMES
    IGNORED = "ignored"  # a request some middleware dropped for another reason
    RETRY_AFTER_TOO_LONG = "retry_after_too_long"  # a 429/503 asking to wait too long
    # --- an article's own redirects (followed by the spider) ---
    REDIRECT_BROKEN = "redirect_broken"  # no Location
    REDIRECT_LOOP = "redirect_loop"
    REDIRECT_OFFSITE = "redirect_offsite"  # to another domain: not followed
    # --- what came back ---
    NOT_HTML = "not_html"  # the server said it is something else (a PDF, an image)
    # --- extraction (crawler.extraction.article's ExtractionError subclasses) ---
    EXTRACTION_FAILED = "extraction_failed"  # an ExtractionError of no more precise kind
    EMPTY_PAGE = "empty_page"
    NOT_AN_HTML_PAGE = "not_an_html_page"  # said to be HTML, is not (binary, no <body>)
    HUGE_TEXT_NODE = "huge_text_node"  # over the HTML parser's limit: never read half
    NO_ARTICLE_TEXT = "no_article_text_found"
    WORKER_DIED = "worker_died"  # the page killed its extraction worker twice
    OVER_TIME_LIMIT = "over_time_limit"  # extraction longer than NEWSARCHIVE_PAGE_TIMEOUT
    OVER_MEMORY_LIMIT = "over_memory_limit"  # more than NEWSARCHIVE_PAGE_MEMORY_MB
    # --- entry points that answered but are not what they should be ---
    BAD_SITEMAP = "bad_sitemap"
    BAD_FEED = "bad_feed"


class Skipped(StrEnum):
    """Pages not fetched or not stored by design: counted, never failures."""

    KNOWN = "known"  # stored before, and the site says nothing changed
    DEAD_ENTRY = "dead_entry"  # an entry point known gone, tried recently
    NOT_ARTICLE = "not_article"  # a listing or tag page, not an article
    DEAD_LINK = "dead_link"  # a broken link of a home or listing page
    ROBOTS = "robots"  # forbidden by robots.txt
    REFUSED_HOST = "refused_host"  # not redirected while --redirect is set


#: Failure keys of entry points (feeds, sitemaps, listings, APIs), not of articles.
ENTRY_FAILURES = (Failed.BAD_SITEMAP, Failed.BAD_FEED)


def http(status: int) -> str:
    """The key of an HTTP error status: ``http_404``."""
    return f"http_{status}"


def error_name(name: str) -> str:
    """The key of an error no member names (an exception's class name, lower-cased)."""
    return name.lower()


def entry(key: str) -> str:
    """The key of a failure of an entry point: ``entry_http_500``."""
    return f"{ENTRY_PREFIX}{key}"


def is_entry_failure(key: str) -> bool:
    """Whether a failure key is an entry point's (not an article page's)."""
    return key.startswith(ENTRY_PREFIX) or key in ENTRY_FAILURES


def failed_stat(key: str) -> str:
    return f"{FAILED_STAT}{key}"


def skipped_stat(key: str) -> str:
    return f"{SKIPPED_STAT}{key}"


def failures_in(stats: dict) -> dict[str, int]:
    """The failures counted in a crawler's stats, by key (sorted)."""
    return {k[len(FAILED_STAT):]: v for k, v in sorted(stats.items())
            if k.startswith(FAILED_STAT)}


class WarningKind(StrEnum):
    """What a run warns about (a run record keeps the kind beside the words)."""

    NO_ANSWER = "no_answer"  # not a single page came back
    FAILURES_JUMP = "failures_jump"  # far more article pages failed than usual
    SILENCE = "silence"  # no new article for much longer than usual
    NO_ARTICLE_YET = "no_article_yet"
    WORKERS_DIED = "workers_died"  # extraction workers died and were replaced
    OVER_LIMIT = "over_limit"  # pages failed over the extraction time or memory limit
    WRITE_FAILED = "write_failed"  # the archive refused a write: the crawl stopped
    CRAWL_ERROR = "crawl_error"  # the crawl stopped on an error
    INTERRUPTED = "interrupted"  # its process ended before finishing the run's record
    OTHER = "other"


@dataclass(frozen=True)
class RunWarning:
    """One warning of a run: about a site (or the run as a whole), of a kind, in words.

    Kept as a record so that nothing parses a sentence to learn the site or the kind;
    ``str()`` is the line a person reads ("laodongthudo: no new article for 9 days ...").
    """

    site: str | None  # None: the run as a whole
    kind: WarningKind
    detail: str  # the words after the site's name

    def __str__(self) -> str:
        return f"{self.site}: {self.detail}" if self.site else self.detail

    def to_record(self) -> dict[str, str | None]:
        return {"site": self.site, "kind": str(self.kind), "detail": self.detail,
                "message": str(self)}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> RunWarning:
        kind = record.get("kind")
        return cls(site=record.get("site"),
                   kind=WarningKind(kind) if kind in WarningKind._value2member_map_
                   else WarningKind.OTHER,
                   detail=str(record.get("detail", "")))
