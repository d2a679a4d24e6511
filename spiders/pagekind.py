"""Is this page one article, or a listing of many? Told by the page itself.

A paper added by its URL comes with no URL pattern: a tag or topic page can
look exactly like an article URL (``/tag/lu-lut-123.html``). So the page is
read: an article has one main text (prose that is not links) under one
headline, and usually says so in its structured data (``og:type``, JSON-LD
``NewsArticle``, ``article:published_time``); a listing is a run of
headline links, each with a teaser, and little prose of its own. Structured
data is a hint (some CMSes mark every page ``article``); the prose decides.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree, html

ARTICLE_TYPES = frozenset({"newsarticle", "article", "blogposting", "reportagenewsarticle",
                           "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                           "report", "liveblogposting"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})
SKIP_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form",
             "select", "button")
# Prose: a paragraph of at least this many characters outside links.
PROSE_MIN = 60
# An article's main text: at least this much prose in one container ...
ARTICLE_PROSE = 400
# ... or this much when the page's structured data says "article".
ARTICLE_PROSE_MARKED = 200
# A listing: at least this many headline links (h2-h4 > a, or a link in a
# card with a teaser) and more of them than prose paragraphs in the main text.
LISTING_HEADLINES = 6
INLINE_TAGS = frozenset("span b strong i em u font small sup sub mark abbr time code q cite "
                        "big s del ins".split())
_CLASS_NOISE = re.compile(r"comment|binh-?luan|related|lien-?quan|tin-?khac|sidebar|widget|"
                          r"footer|menu|box-?news|most|xem-?nhieu|doc-?nhieu", re.I)


@dataclass
class PageKind:
    """The verdict and the signals behind it (shown by ``newsarchive check``)."""

    is_article: bool
    reason: str
    prose: int = 0  # characters of prose in the best container
    headlines: int = 0  # headline links on the page
    marked: str = ""  # what structured data says: "article", "listing" or ""


def page_kind(body: bytes | str, encoding: str | None = None) -> PageKind:
    """Classify a fetched HTML page."""
    try:
        if isinstance(body, str):
            root = html.document_fromstring(body)
        else:
            parser = html.HTMLParser(encoding=encoding or "utf-8", remove_comments=True)
            root = html.document_fromstring(body, parser=parser)
    except (etree.ParserError, ValueError):
        return PageKind(False, "not an HTML page")
    marked = _structured_kind(root)
    prose, paragraphs = _main_prose(root)
    headlines = _headline_links(root)
    h1s = len(root.xpath("//body//h1"))
    kind = PageKind(False, "", prose, headlines, marked)
    if marked == "listing" and prose < ARTICLE_PROSE * 2:
        kind.reason = "marked as a listing (structured data)"
    elif prose >= ARTICLE_PROSE or (marked == "article" and prose >= ARTICLE_PROSE_MARKED):
        if headlines >= LISTING_HEADLINES and paragraphs < 3 and marked != "article":
            kind.reason = f"{headlines} headline links, main text of {paragraphs} paragraphs"
        else:
            kind.is_article = True
            kind.reason = (f"one main text ({prose} chars)" + (", marked as an article"
                                                               if marked == "article" else ""))
    elif headlines >= LISTING_HEADLINES:
        kind.reason = f"a listing: {headlines} headline links, {prose} chars of prose"
    elif h1s == 0 and marked != "article":
        kind.reason = f"no headline and {prose} chars of prose"
    else:
        kind.reason = f"too little text for an article ({prose} chars of prose)"
    return kind


def _structured_kind(root: etree._Element) -> str:
    """"article", "listing" or "" from JSON-LD and Open Graph."""
    types: set[str] = set()
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        types |= _ld_types(data)
    if types & ARTICLE_TYPES:
        return "article"
    if types & LISTING_TYPES:
        return "listing"
    og_type = " ".join(root.xpath("//meta[@property='og:type']/@content")).strip().lower()
    if og_type == "article" and root.xpath("//meta[@property='article:published_time']"):
        return "article"
    return ""


def _ld_types(data: object, depth: int = 0) -> set[str]:
    if depth > 4:
        return set()
    found: set[str] = set()
    if isinstance(data, list):
        for item in data[:50]:
            found |= _ld_types(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        found |= {k.lower() for k in kinds if isinstance(k, str)}
        if "@graph" in data:
            found |= _ld_types(data["@graph"], depth + 1)
    return found


def _skipped(element: etree._Element) -> bool:
    for node in element.iterancestors():
        if node.tag in SKIP_TAGS or _CLASS_NOISE.search(
                f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _main_prose(root: etree._Element) -> tuple[int, int]:
    """(characters, paragraphs) of prose in the container that holds the most of it.

    A paragraph counts only for its text outside links, and only when it is
    long enough to be prose (a teaser of a listing item counts too, but
    each item's teaser sits in its own card, so they do not add up).
    """
    totals: dict[etree._Element, list[int]] = {}
    for p in root.iter("p", "div", "td", "blockquote", "li", "section", "span"):
        if not isinstance(p.tag, str) or p.tag in SKIP_TAGS:
            continue
        own = _own_text(p)
        if len(own) < PROSE_MIN:
            continue
        if _skipped(p):
            continue
        parent = p.getparent() if p.tag in ("p", "li", "span", "blockquote") else p
        if parent is None:
            continue
        entry = totals.setdefault(parent, [0, 0])
        entry[0] += len(own)
        entry[1] += 1
    if not totals:
        return 0, 0
    best = max(totals.values(), key=lambda v: v[0])
    return best[0], best[1]


def _own_text(element: etree._Element) -> str:
    """Text of the element and its inline children, links left out."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag in INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _headline_links(root: etree._Element) -> int:
    """Distinct links that are the headline of a teaser, outside menus and footers."""
    hrefs = set()
    for a in root.xpath("//body//*[self::h2 or self::h3 or self::h4 or self::h5]//a[@href]"):
        if not _in_chrome(a) and len(" ".join(a.text_content().split())) >= 15:
            hrefs.add(a.get("href"))
    return len(hrefs)


def _in_chrome(element: etree._Element) -> bool:
    return any(node.tag in ("nav", "footer", "header") for node in element.iterancestors())
