"""MasterCMS, the CMS many Vietnamese papers share (laodongthudo.vn, baoquocte.vn,
thoibaonganhang.vn, congthuong.vn, ...): one family spider, a sister site is a
few lines (name, title, hosts, sections).

URL shapes and selectors below are the family's; see shared/sites/README.md.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from crawler.extraction import SiteRules
from spiders.base import NewsSpider

ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-\d+\.html$")
FEED_PATH = "/rss_feed/"
SITEMAP_PATHS = ("/robots.txt", "/sitemap.xml")
# Listing items first; headline links of side boxes are articles of the site too.
LISTING_LINKS = ("div.list_news .list_news_title h2 a::attr(href), "
                 "h2 a::attr(href), h3 a::attr(href)")
NEXT_PAGE = "div.__MB_ARTICLE_PAGING a:last-child::attr(href)"
LISTING_ITEMS = "div.col_category div.list_news"
LISTING_ITEM_LINK = ".list_news_title h2 a::attr(href)"
LISTING_ITEM_DATE = ".time_news ::text"  # [G] the fixture's guess of the real markup

RULES = SiteRules(
    body=("div.__MASTERCMS_CONTENT", "div.detail_info"),
    lead=(".sabo",),
    title=(".content_detail h1", "h1"),
    date_line=(".content_detail .tool", ".format_date"),
    section=(".title_new_nav a",),
    tags=(".tags a",),
    prune=("table.__MB_ARTICLE_A", ".__MB_ARTICLE_A", ".box_related", ".related"),
    image_tables=(("table.MASTERCMS_TPL_TABLE", "tr:nth-child(n+2)"),),
)


class MasterCMSSpider(NewsSpider):
    """A MasterCMS paper: feeds, sitemaps and section listings with paging."""

    #: Section paths of the paper, e.g. ("/thoi-su", "/lao-dong/viec-lam").
    sections: ClassVar[tuple[str, ...]] = ()
    article_path = ARTICLE_PATH
    listing_links = LISTING_LINKS
    next_page = NEXT_PAGE
    listing_items = LISTING_ITEMS
    listing_item_link = LISTING_ITEM_LINK
    listing_item_date = LISTING_ITEM_DATE
    extraction_rules = RULES

    def __init_subclass__(cls, **kwargs: Any):
        """Entry points follow from the paper's host and sections, for what the
        paper's own class does not declare (a sister paper's own feeds, sitemaps or
        listings are kept as it wrote them)."""
        super().__init_subclass__(**kwargs)
        if not cls.hosts:
            return
        base = f"https://{cls.hosts[0]}"
        derived = {
            "sitemaps": tuple(base + p for p in SITEMAP_PATHS),
            "feeds": (base + FEED_PATH,) + tuple(
                base + FEED_PATH + s.strip("/") for s in cls.sections),
            "listings": tuple(base + s for s in cls.sections),
        }
        for name, value in derived.items():
            if name not in cls.__dict__:
                setattr(cls, name, value)
