"""Article metadata from the page head (meta, JSON-LD) and the visible page.

Each field is tried in priority order: the site's selectors, then what the
page shows its readers, then machine-readable metadata, then generic
selectors. Reading the head once into a :class:`Head` keeps that cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from crawler.extraction import generic
from crawler.extraction.context import in_other_stories
from crawler.extraction.dates import parse_iso, parse_visible
from crawler.extraction.rules import SiteRules, compile_css
from crawler.extraction.text import clean

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting"}


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


def published(root: etree._Element, head: Head, rules: SiteRules,
              anchor: etree._Element | None = None) -> datetime | None:
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
    visible = _visible_date(root, rules, anchor)
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
    names = [clean(p.get("name", "") if isinstance(p, dict) else str(p)) for p in people
             if not (isinstance(p, dict) and p.get("@type") == "Organization")]
    names = [n for n in names if n and not _is_site(n, head)]
    if names:
        return names
    meta = head.first("author", "article:author", "dc.creator")
    if not meta or meta.startswith("http") or _is_site(meta, head):
        return []
    return [meta]


def site_names(head: Head) -> tuple[str, ...]:
    """Names the page gives its site (never an author)."""
    publisher = head.article.get("publisher")
    names = [head.first("og:site_name", "application-name", "al:android:app_name"),
             publisher.get("name") if isinstance(publisher, dict) else None]
    return tuple(clean(str(n)) for n in names if n)


def _is_site(name: str, head: Head) -> bool:
    folded = name.lower()
    return folded in generic.NOT_AUTHORS or any(
        folded == s.lower() or folded in s.lower() for s in site_names(head))


def section(root: etree._Element, head: Head, rules: SiteRules) -> str | None:
    """The site rule's last match outside boxes of other stories ("Cùng
    chuyên mục" links to a section too), then article:section / JSON-LD, then
    the breadcrumb."""
    for css in rules.section:
        texts = [clean(n.text_content()) for n in compile_css(css)(root)
                 if not in_other_stories(n)]
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
    """The site's tag links, else generic tag boxes and tag-page links outside
    sidebars, else article:tag / news_keywords / JSON-LD keywords (never the
    `keywords` meta, which many sites fill with the same words on every page)."""
    for css in rules.tags + generic.TAGS:
        values = _unique(clean(n.text_content()).lstrip("#").strip()
                         for n in compile_css(css)(root) if not in_other_stories(n))
        if values:
            return values
    if head.meta.get("article:tag"):
        return _unique(clean(v) for v in head.meta["article:tag"])
    news_keywords = head.first("news_keywords")
    if news_keywords:
        return _unique(clean(k) for k in news_keywords.split(","))
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
                  if 0 < len(clean(n.text_content())) <= generic.LEAD_MAX_CHARS]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    order = {element: i for i, element in enumerate(root.iter())}
    headline = next((h for h in root.iter("h1") if len(clean(h.text_content())) > 10), None)
    start = order.get(headline, -1)
    after = [c for c in candidates if order[c] > start]
    return min(after or candidates, key=order.__getitem__)


def description(head: Head) -> str | None:
    return head.first("og:description", "description", "twitter:description") or clean(
        str(head.article.get("description") or "")) or None


def lead_by_description(root: etree._Element, head: Head,
                        container: etree._Element | None) -> etree._Element | None:
    """The printed sapo when no selector knows it: the element outside the body
    whose text is the page's description (often cut short in the meta tag)."""
    description = head.first("og:description", "description", "twitter:description")
    if not description or len(description) < 40:
        return None
    start = description.rstrip(".… ")[:60]
    for node in root.iter("p", "div", "span", "h2", "h3", "strong", "b", "td", "em"):
        if not _begins_with(node, start):
            continue
        if container is not None and (node is container or any(
                a is container for a in node.iterancestors())):
            continue
        text = clean(node.text_content())
        if text.startswith(start) and len(text) <= max(len(description) * 1.5, 300):
            return node
    return None


# Letters only Vietnamese writes (tone marks on vowels, ă ơ ư đ).
VIETNAMESE_RE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
VIETNAMESE_MIN_LETTERS = 3


def is_vietnamese(root: etree._Element, head: Head) -> bool:
    """The page is in Vietnamese: its lang says so, or its title, description
    and headline use letters only Vietnamese writes (many Vietnamese templates
    keep lang="en")."""
    if (head.lang or "").lower().startswith("vi"):
        return True
    title = root.find(".//title")
    sample = " ".join([title.text_content() if title is not None else "",
                       head.first("og:title", "og:description", "description") or "",
                       *(h.text_content() for h in root.iter("h1"))])
    return len(VIETNAMESE_RE.findall(sample)) >= VIETNAMESE_MIN_LETTERS


def _begins_with(node: etree._Element, start: str) -> bool:
    """The node's text begins with `start`, reading no more of it than needed."""
    parts, size = [], 0
    for piece in node.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= len(start) * 2 + 20:
            break
    return clean("".join(parts)).startswith(start)


def language(head: Head, text: str) -> str | None:
    if head.lang:
        return head.lang.split("-")[0].lower()
    meta = head.first("content-language", "og:locale", "language")
    if meta:
        return meta.split("-")[0].split("_")[0].lower()
    # Vietnamese letters no other language uses.
    return "vi" if any(ch in text for ch in "ăơưđĂƠƯĐ") else None


def _visible_date(root: etree._Element, rules: SiteRules,
                  anchor: etree._Element | None) -> tuple[datetime, bool] | None:
    for css in rules.date_line:
        for node in compile_css(css)(root):
            parsed = parse_visible(clean(node.text_content()))
            if parsed:
                return parsed
    # Generic: short elements marked as dates (class, id or <time>). The article's
    # own line follows the headline (or precedes the body); a "today" widget in
    # the page header comes before it, so the first one after the anchor wins.
    anchor = next((h for h in root.iter("h1") if len(clean(h.text_content())) > 10), anchor)
    order = {element: i for i, element in enumerate(root.iter())}
    start = order.get(anchor, -1)
    found: list[tuple[int, tuple[datetime, bool]]] = []
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "meta"):
            continue
        marker = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if node.tag != "time" and not any(h in marker for h in generic.DATE_HINTS):
            continue
        parsed = (parse_iso(node.get("datetime")), True) if node.get("datetime") else None
        if parsed is None or parsed[0] is None:
            text = clean(node.text_content())
            parsed = parse_visible(text) if len(text) <= generic.DATE_LINE_MAX_CHARS else None
        if parsed:
            found.append((order[node], parsed))
    if not found:
        return None
    after = [p for i, p in found if i > start]
    return after[0] if after else found[-1][1]


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
