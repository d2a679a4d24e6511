"""The day-one check: is a site read right? The Python API behind ``newsarchive check``.

Fetches the site's entry points and its N newest articles with the site's
real spider (a built-in one or a paper added as data), politely, extracts
them as a crawl would, and says per field what looks wrong (see
:mod:`crawler.verdicts`). Nothing is written to the archive: the archive is
only read, for the papers added as data. Each fetched article page can be
saved with its proposed expected record as a page test case
(:mod:`crawler.page_cases`), so a wrong guess becomes a failing test.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import DropItem

from crawler.crawl import CrawlOptions, apply_options
from crawler.extraction import ExtractionError
from crawler.items import Page
from crawler.outcomes import failed_stat, failures_in, is_entry_failure
from crawler.page_cases import case_for, save_case
from crawler.redirect import parse_redirects
from crawler.sites import extract_with_site, get_site, project_settings
from crawler.verdicts import Checked, FieldVerdict, article_row, assess, disagreements
from spiders.checkmode import CHECK_SETTING
from spiders.pagekind import page_kind

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

DEFAULT_ARTICLES = 10
CHECKED_ATTR = "newsarchive_checked"  # the crawler attribute the pipeline fills


@dataclass
class CheckOptions:
    """What the caller chooses for one check."""

    articles: int = DEFAULT_ARTICLES
    save: Path | None = None  # write each article page as a page test case here
    redirects: list[str] = field(default_factory=list)
    delay: float | None = None
    timeout: float | None = None
    contact: str | None = None
    log_level: str = "WARNING"


@dataclass
class EntryPoints:
    """How the site's feeds, sitemaps, sections and APIs answered."""

    answered: list[str] = field(default_factory=list)
    gone: dict[str, str] = field(default_factory=dict)  # url -> why (404, not a feed ...)
    failed: dict[str, int] = field(default_factory=dict)  # failure key -> count

    @property
    def holds(self) -> bool:
        return bool(self.answered)


@dataclass
class CheckReport:
    site: str
    title: str
    wanted: int
    checked: list[Checked]
    verdicts: list[FieldVerdict]
    entries: EntryPoints
    disagreements: Counter[str]
    not_articles: dict[str, str] = field(default_factory=dict)  # url -> why
    article_failures: dict[str, int] = field(default_factory=dict)  # key -> count
    saved: list[Path] = field(default_factory=list)
    not_saved: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every field holds on most articles, and the site gave articles at all."""
        return (any(c.article for c in self.checked) and self.entries.holds
                and all(v.holds for v in self.verdicts))

    def rows(self) -> list[dict[str, Any]]:
        """A row per article page, newest first (pages with no article last)."""
        def newest(c: Checked) -> tuple[bool, float]:
            published = c.article.published if c.article else None
            return (published is None, -published.timestamp() if published else 0.0)
        return [article_row(c) for c in sorted(self.checked, key=newest)]


class CheckPipeline:
    """Extract each article page with its site's rules and keep it for the report;
    nothing is stored. A page with no article is dropped, so the spider's check
    pool lets the next newest article go in its place."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        setattr(crawler, CHECKED_ATTR, [])

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CheckPipeline:
        return cls(crawler)

    def process_item(self, item: object) -> object:
        if not isinstance(item, Page):
            return item
        spider = self.crawler.spider
        checked = Checked(url=item.url, hints=dict(item.hints), body=item.body,
                          fetched=item.fetched)
        try:
            checked.article = extract_with_site(type(spider), item.body, item.url,
                                                encoding=item.encoding, fetched=item.fetched)
        except ExtractionError as exc:
            checked.error, error_key = str(exc), exc.key
        else:
            kind = page_kind(item.body, item.encoding)
            if not kind.is_article:
                checked.listing = kind.reason
        getattr(self.crawler, CHECKED_ATTR).append(checked)
        if checked.article is None:
            self.crawler.stats.inc_value(failed_stat(error_key))
            raise DropItem(f"no article in {item.url}: {checked.error}")
        return item


def check(site: str, db: str | Path, options: CheckOptions | None = None) -> CheckReport:
    """Check `site` live (or through options.redirects); the archive at `db` is only
    read (for papers added as data). Raises UnknownSiteError or RedirectSpecError
    before any request when the check cannot start."""
    options = options or CheckOptions()
    settings = project_settings(db)
    spider_class = get_site(site, settings)
    parse_redirects(options.redirects)
    overrides = {CHECK_SETTING: str(options.articles),
                 "NEWSARCHIVE_INCREMENTAL": "False",  # stored articles are checked too
                 "NEWSARCHIVE_RETRY_DEAD": "True",  # every entry point is tried
                 "NEWSARCHIVE_EXTRACT_WORKERS": "0"}
    if options.timeout is not None:
        overrides["DOWNLOAD_TIMEOUT"] = str(options.timeout)
    apply_options(settings, db, CrawlOptions(
        redirects=list(options.redirects), delay=options.delay, log_level=options.log_level,
        contact=options.contact, settings=overrides))
    settings.set("ITEM_PIPELINES", {f"{__name__}.CheckPipeline": 300}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(site)
    process.crawl(crawler)
    process.start()
    spider = crawler.spider
    checked: list[Checked] = getattr(crawler, CHECKED_ATTR, [])
    stats = crawler.stats.get_stats() if crawler.stats else {}
    failures = failures_in(stats)
    entries = EntryPoints(
        answered=sorted(getattr(spider, "alive_entries", ())),
        gone=dict(sorted(getattr(spider, "dead_entries", {}).items())),
        failed={k: v for k, v in failures.items() if is_entry_failure(k)})
    pool = getattr(spider, "check_pool", None)
    names = (spider_class.title, spider_class.name, *spider_class.hosts)
    report = CheckReport(
        site=site, title=spider_class.title, wanted=options.articles, checked=checked,
        verdicts=assess(checked, names), entries=entries,
        disagreements=disagreements(checked),
        not_articles=dict(pool.not_articles) if pool else {},
        article_failures={k: v for k, v in failures.items() if not is_entry_failure(k)})
    if options.save is not None:
        save_pages(report, options.save)
    return report


def save_pages(report: CheckReport, directory: Path) -> None:
    """Write each article page (gzip) with its proposed expected record beside it,
    in the format of tests/pages/<site>/; a case already there is kept."""
    for checked in report.checked:
        if checked.article is None:
            continue
        case = case_for(checked.article, checked.fetched)
        try:
            report.saved.append(save_case(directory, checked.body, case))
        except FileExistsError:
            report.not_saved.append(checked.url)
