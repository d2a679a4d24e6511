"""Article metadata from the page head (meta, JSON-LD) and the visible page.

Each field is tried in priority order: the site's selectors, then what the
page shows its readers, then machine-readable metadata, then generic
selectors. Reading the head once into a :class:`Head` keeps that cheap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from crawler.extraction import generic
from crawler.extraction.dates import parse_iso, parse_visible
from crawler.extraction.rules import SiteRules, compile_css
from crawler.extraction.text import clean

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting"}
DATE_CLASS_HINTS = ("date", "time", "publish")


@dataclass
class Head:
    """Machine-readable metadata of a page, read once."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    article: dict[str, Any] = field(default_factory=dict)  # the NewsArticle object
    canonical: str | None = None
    lang: str | None = None

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, []):
                if clean(value):
                    return clean(value)
        return None


def read_head(root: etree._Element) -> Head:
    head = Head(lang=(root.get("lang") or root.get("xml:lang") or "").strip() or None)
    for node in root.iter("meta"):
        name = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if name and node.get("content") is not None:
            head.meta.setdefault(name, []).append(node.get("content"))
    for node in root.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and node.get("href"):
            head.canonical = node.get("href").strip()
            break
    for node in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text or "", strict=False)
        except ValueError:
            continue
        head.jsonld.extend(_flatten_jsonld(data))
    head.article = next((o for o in head.jsonld if _types(o) & ARTICLE_TYPES), {})
    return head


def title(root: etree._Element, head: Head, rules: SiteRules) -> str | None:
    for css in rules.title:
        text = _first_text(root, css)
        if text:
            return text
    og = head.first("og:title", "twitter:title") or clean(str(head.article.get("headline", "")))
    h1s = [clean(h.text_content()) for h in root.iter("h1")]
    h1s = [h for h in h1s if len(h) > 10]
    if og:
        for h1 in h1s:
            if h1 in og or og in h1:
                return h1
        return og
    if h1s:
        return h1s[0]
    page_title = root.find(".//title")
    if page_title is not None and page_title.text:
        return clean(page_title.text.rsplit(" - ", 1)[0].rsplit(" | ", 1)[0]) or None
    return None


def published(root: etree._Element, head: Head, rules: SiteRules) -> datetime | None:
    """The publication time, preferring what the page shows its readers.

    The visible date line is what readers (and the newsroom) see and what
    the site's own listings sort by; meta tags are often written by a CMS
    template at a different moment (first save, re-publish, or midnight
    when only the day is known). So: the visible line when it carries a
    time; the machine time when the line gives only the day and they agree
    on it; the visible day otherwise.
    """
    machine = (parse_iso(head.first("article:published_time", "datepublished",
                                     "pubdate", "publishdate", "dc.date.issued"))
               or parse_iso(str(head.article.get("datePublished", ""))))
    visible = _visible_date(root, rules)
    if visible is None:
        return machine
    when, has_time = visible
    if has_time:
        return when
    if machine is not None and machine.date() == when.date():
        return machine
    return when


def modified(head: Head) -> datetime | None:
    return (parse_iso(head.first("article:modified_time", "datemodified", "og:updated_time"))
            or parse_iso(str(head.article.get("dateModified", ""))))


def authors_from_page(root: etree._Element, head: Head, rules: SiteRules) -> list[str]:
    """Authors named outside the body: site byline selectors, then JSON-LD, then meta."""
    for css in rules.authors:
        names = [clean(n.text_content()) for n in compile_css(css)(root)]
        if any(names):
            return [n for n in names if n]
    people = head.article.get("author") or []
    if isinstance(people, dict | str):
        people = [people]
    names = [clean(p.get("name", "") if isinstance(p, dict) else str(p)) for p in people]
    names = [n for n in names if n]
    if names:
        return names
    meta = head.first("author", "article:author", "dc.creator")
    return [meta] if meta and not meta.startswith("http") else []


def section(root: etree._Element, head: Head, rules: SiteRules) -> str | None:
    for css in rules.section:
        texts = [clean(n.text_content()) for n in compile_css(css)(root)]
        texts = [t for t in texts if t]
        if texts:
            return texts[-1]
    value = head.first("article:section") or clean(str(head.article.get("articleSection", "")))
    if value:
        return value
    for css in generic.SECTION:
        texts = [clean(n.text_content()) for n in compile_css(css)(root)]
        texts = [t for t in texts if t and t.lower() not in ("trang chủ", "home")]
        if texts:
            return texts[-1]
    return None


def tags(root: etree._Element, head: Head, rules: SiteRules) -> list[str]:
    for css in rules.tags or generic.TAGS:
        values = _unique(clean(n.text_content()) for n in compile_css(css)(root))
        if values:
            return values
    if head.meta.get("article:tag"):
        return _unique(clean(v) for v in head.meta["article:tag"])
    keywords = head.article.get("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    return _unique(clean(str(k)) for k in keywords or [])


def lead_element(root: etree._Element, rules: SiteRules) -> etree._Element | None:
    """The sapo. A site's selectors are precise; generic ones also match the
    sapos of teasers in side boxes, so the first one after the headline wins."""
    for css in rules.lead:
        for node in compile_css(css)(root):
            if clean(node.text_content()):
                return node
    candidates = [n for css in generic.LEAD for n in compile_css(css)(root)
                  if clean(n.text_content())]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    order = {element: i for i, element in enumerate(root.iter())}
    headline = next((h for h in root.iter("h1") if len(clean(h.text_content())) > 10), None)
    start = order.get(headline, -1)
    after = [c for c in candidates if order[c] > start]
    return min(after or candidates, key=order.__getitem__)


def language(head: Head, text: str) -> str | None:
    if head.lang:
        return head.lang.split("-")[0].lower()
    meta = head.first("content-language", "og:locale", "language")
    if meta:
        return meta.split("-")[0].split("_")[0].lower()
    # Vietnamese letters no other language uses.
    return "vi" if any(ch in text for ch in "ăơưđĂƠƯĐ") else None


def _visible_date(root: etree._Element, rules: SiteRules) -> tuple[datetime, bool] | None:
    for css in rules.date_line:
        for node in compile_css(css)(root):
            parsed = parse_visible(clean(node.text_content()))
            if parsed:
                return parsed
    # Generic: a date-like element in the headline's neighbourhood only, so that
    # a "today's date" widget in the page header is not taken for it.
    for h1 in root.iter("h1"):
        region = h1.getparent()
        if region is not None and region.getparent() is not None:
            region = region.getparent()
        for node in region.iter() if region is not None else ():
            if not isinstance(node.tag, str):
                continue
            cls = (node.get("class") or "").lower()
            if node.tag == "time" or any(h in cls for h in DATE_CLASS_HINTS):
                iso = parse_iso(node.get("datetime"))
                if iso:
                    return iso, True
                parsed = parse_visible(clean(node.text_content()))
                if parsed:
                    return parsed
    return None


def _first_text(root: etree._Element, css: str) -> str | None:
    for node in compile_css(css)(root):
        text = clean(node.text_content())
        if text:
            return text
    return None


def _flatten_jsonld(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _flatten_jsonld(item)]
    if isinstance(data, dict):
        return [data] + _flatten_jsonld(data.get("@graph", []))
    return []


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    return {kind} if isinstance(kind, str) else set(kind)


def _unique(values: Any) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)
