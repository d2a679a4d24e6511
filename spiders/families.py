"""CMS families, recognised from a page: the rules a paper gets without any code.

Many Vietnamese papers run on a handful of CMSes. A page says which one it
was made by (a class only that CMS writes, its asset host, a generator
tag); a paper added by its URL gets that family's extraction rules and
entry points. Markers are searched in the raw bytes (cheap, before any
parsing), and each family's facts are named here, never inline elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extraction import SiteRules
from spiders import mastercms


@dataclass(frozen=True)
class Family:
    name: str
    #: Any of these (a bytes regex, case-insensitive) in a page marks the family.
    markers: tuple[bytes, ...]
    rules: SiteRules = SiteRules()
    #: Entry points the family usually has, as paths (guessed: remembered when gone).
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    #: Article URL paths of the family, when it has a telling shape (a hint only).
    article_path: re.Pattern[str] | None = None

    def matches(self, head: bytes) -> bool:
        return any(re.search(m, head, re.I) for m in self.markers)


MASTERCMS = Family(
    name="mastercms",
    markers=(rb"__MASTERCMS_CONTENT", rb"__MB_MASTERCMS_EL", rb"MASTERCMS_TPL_TABLE",
             rb"__MB_ARTICLE_PAGING", rb"<meta[^>]+generator[^>]+MasterCMS"),
    rules=mastercms.RULES,
    feeds=(mastercms.FEED_PATH,),
    sitemaps=mastercms.SITEMAP_PATHS,
    article_path=mastercms.ARTICLE_PATH,
)

# The CMS behind Nhân Dân, Tiền Phong, VietnamPlus and many provincial papers
# (assets on mcms.one; see shared/devpages/).
MCMS = Family(
    name="mcms",
    markers=(rb"mcms\.one/assets", rb'class="article__body cms-body', rb'class="cms-relate'),
    rules=SiteRules(
        body=("div.article__body.cms-body", "div.cms-body"),
        lead=(".article__sapo",),
        title=("h1.article__title",),
        date_line=(".article__meta .time", ".article__meta .cms-date"),
        authors=(".article__author", ".article__meta .author"),
        tags=(".article__tag a",),
        prune=(".article-relate", ".sda_middle", ".cms-relate", ".box-related"),
    ),
    feeds=("/rss/home.rss",),
    article_path=re.compile(r"-post\d+\.[a-z]+$"),
)

WORDPRESS = Family(
    name="wordpress",
    markers=(rb"/wp-content/", rb"/wp-includes/", rb"<meta[^>]+generator[^>]+WordPress"),
    rules=SiteRules(
        body=("div.entry-content", "div.post-content", "div.td-post-content",
              "article .entry-content"),
        title=("h1.entry-title", "h1.post-title"),
        date_line=(".entry-meta time", ".post-meta time", "time.entry-date"),
        authors=(".entry-meta .author a", ".post-author a", ".byline .author"),
        section=(".cat-links a",),
        tags=(".tags-links a", ".post-tags a"),
        prune=(".sharedaddy", ".jp-relatedposts", ".yarpp-related", ".related-posts",
               ".post-navigation", ".wp-block-buttons"),
    ),
    feeds=("/feed/",),
    sitemaps=("/wp-sitemap.xml", "/sitemap_index.xml"),
)

# VCCorp (Soha, GenK, Kênh 14 and their sister sites).
VCCORP = Family(
    name="vccorp",
    markers=(rb'data-role="content"', rb'class="knc-content', rb'class="kbwc-title'),
    rules=SiteRules(
        body=("div.detail-content[data-role=content]", "#ContentDetail", "div.knc-content"),
        lead=("h2.detail-sapo", "p.knc-sapo", "p.news-sapo"),
        title=("h1.detail-title", "h1.kbwc-title", "h1.news-title"),
        authors=("[data-role=author]", ".kbwcm-author", ".detail-author"),
        prune=(".link-source-wrapper", ".knc-rate-link", ".VCSortableInPreviewMode[type=link]"),
    ),
    article_path=re.compile(r"-\d{15,}\.(htm|chn)$"),
)

GENERIC = Family(name="generic", markers=())

FAMILIES = (MASTERCMS, MCMS, VCCORP, WORDPRESS)
HEAD_BYTES = 400_000  # markers sit in the head or the article's own markup


def detect_family(body: bytes | str) -> Family:
    """The family whose markers the page carries (GENERIC when none)."""
    data = body.encode("utf-8", "replace") if isinstance(body, str) else body
    head = data[:HEAD_BYTES]
    for family in FAMILIES:
        if family.matches(head):
            return family
    return GENERIC


def family_named(name: str | None) -> Family:
    return next((f for f in FAMILIES if f.name == name), GENERIC)
