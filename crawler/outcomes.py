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

from enum import StrEnum

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
