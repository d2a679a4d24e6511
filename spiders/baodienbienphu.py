"""Báo Điện Biên Phủ (baodienbienphu.vn), the provincial paper of Điện Biên.

Its section pages are rendered in the browser, so articles are discovered
through the site's JSON API (menu list, then articles by category) and its
sitemap. Older hosts serve the same site; URLs on them are stored under the
current host.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from crawler.extraction import SiteRules
from spiders.base import NewsSpider

HOSTS = ("baodienbienphu.vn", "baodienbienphu.com.vn", "www.baodienbienphu.info.vn")
API_HOSTS = ("api-dienbien.baodienbienphu.vn",)
# /{type}/{category}/{slug} now (usually /tin-bai/...); /tin-tuc/{category}/{id}/{slug}
# on the 2020-24 host. /tin-tuc/{menu}[/{child}] are section pages, not articles.
ARTICLE_PATH = re.compile(r"^/(?!tin-tuc/|tu-khoa/|api/)[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$"
                          r"|^/tin-tuc/[a-z0-9-]+/\d+/[a-z0-9-]+$")
SITEMAPS = ("https://baodienbienphu.vn/robots.txt", "https://baodienbienphu.vn/sitemap.xml")
API = "https://api-dienbien.baodienbienphu.vn/api/web"
MENU_API = f"{API}/menu-get-list"
CATEGORY_API = f"{API}/article-get-news-by-category-slug"
CATEGORY_LIMIT = 50
ARTICLE_URL = "https://baodienbienphu.vn/{article_type_slug}/{category_slug}/{article_slug}"

RULES = SiteRules(
    body=("div.editor-content",),
    lead_is_first_paragraph=True,  # the bold "ĐBP - ..." paragraph opens the body
    title=("#detail-news h1", "h1"),
    date_line=("#detail-news .time-detail", "#detail-news [class*=time]"),
    section=("#detail-news a[href*='/tin-tuc/']",),
    tags=(".tags a",),
    prune=(".related-inline",),
    site_names=("Báo Điện Biên Phủ", "Điện Biên Phủ", "ĐBP", "baodienbienphu.vn"),
)


class BaoDienBienPhuSpider(NewsSpider):
    name = "baodienbienphu"
    title = "Báo Điện Biên Phủ"
    hosts = HOSTS
    api_hosts = API_HOSTS
    article_path = ARTICLE_PATH
    sitemaps = SITEMAPS
    extraction_rules = RULES

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        yield from super().discovery_requests()
        yield scrapy.Request(MENU_API, callback=self.parse_menus, errback=self.entry_failed)

    def parse_menus(self, response: Response) -> Iterator[scrapy.Request]:
        self.entry_answered(response)
        for menu in _api_list(response):
            slug = menu.get("menu_slug")
            if slug:
                query = urlencode({"category_slug": slug, "limit": CATEGORY_LIMIT})
                yield scrapy.Request(f"{CATEGORY_API}?{query}", callback=self.parse_category,
                                     errback=self.entry_failed)

    def parse_category(self, response: Response) -> Iterator[scrapy.Request]:
        self.entry_answered(response)
        for entry in _api_list(response):
            try:
                url = ARTICLE_URL.format(**entry)
            except KeyError:
                continue
            if self.older_than_since(entry.get("publish_date")):
                continue
            if request := self.article_request(url, "api",
                                               api_date=entry.get("publish_date")):
                yield request


def _api_list(response: Response) -> list[dict]:
    """The `data.list` of an API answer ([] when the answer is not that shape)."""
    try:
        data = json.loads(response.text)
    except ValueError:
        return []
    items = (data.get("data") or {}).get("list") if isinstance(data, dict) else None
    return [i for i in items or [] if isinstance(i, dict)]
