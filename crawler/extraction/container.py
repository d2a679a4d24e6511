"""Find the article body on a page whose template nobody described.

When neither the site's nor the generic body selectors match, score the
elements that hold paragraphs (readability's idea, with Vietnamese class
names): every run of prose adds to its parent and, half, to its
grandparent; link-heavy elements and classes that name menus, comments or
related boxes lose. The best element is the body, so the usual rules
(pruning, captions, bylines) apply to it as to a known container. Only when
no element holds enough prose does extraction fall back to trafilatura.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extraction.text import clean

PROSE_TAGS = frozenset("p div td font blockquote pre section article span li dd".split())
# Not <form>: ASP.NET pages wrap the whole page in one.
SKIP_TAGS = frozenset("script style noscript nav header footer aside select option "
                      "button head title textarea".split())
POSITIVE_RE = re.compile(r"article|body|content|entry|main|post|text|detail|story|"
                         r"noidung|noi-dung|chitiet|chi-tiet|baiviet|bai-viet", re.I)
NEGATIVE_RE = re.compile(r"comment|binhluan|binh-luan|footer|sidebar|menu|nav|related|relate|"
                         r"lienquan|lien-quan|tinkhac|tin-khac|widget|banner|share|chiase|"
                         r"tag|tukhoa|breadcrumb|duongdan|advert|quangcao|cottrai|cotphai|"
                         r"header|logo|copyright|social|popup|modal", re.I)
MIN_PROSE_CHARS = 40
MIN_BODY_SCORE = 8.0


def find_container(root: etree._Element) -> etree._Element | None:
    """The element that most likely holds the article body, or None."""
    scores: dict[etree._Element, float] = {}
    for element in root.iter(*PROSE_TAGS):
        if _skipped(element):
            continue
        text = clean(_own_text(element))
        if len(text) < MIN_PROSE_CHARS:
            continue
        points = 1 + text.count(",") + min(len(text) / 100, 3)
        holder = element if _holds_prose_directly(element) else element.getparent()
        for weight, node in ((1.0, holder), (0.5, holder.getparent() if holder is not None
                                              else None)):
            if node is not None and isinstance(node.tag, str):
                scores[node] = scores.get(node, 0.0) + points * weight
    best, best_score = None, MIN_BODY_SCORE
    for node, score in scores.items():
        score *= (1 - _link_density(node)) * _class_weight(node)
        if score > best_score:
            best, best_score = node, score
    return best


def _own_text(element: etree._Element) -> str:
    """Text of the element itself and of its inline children (not nested blocks)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in ("a", "b", "strong", "i", "em", "span",
                                                        "u", "font", "sup", "sub"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(parts)


def _holds_prose_directly(element: etree._Element) -> bool:
    """<div>text<br><br>text</div>: the element is itself the body (a <p> or a
    <font> run of text is a paragraph of its parent)."""
    return element.tag in ("div", "td", "section", "article") and len(
        clean(element.text or "")) >= MIN_PROSE_CHARS


def _skipped(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in SKIP_TAGS:
            return True
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if marker.strip() and NEGATIVE_RE.search(marker) and not POSITIVE_RE.search(marker):
            return True
    return False


def _class_weight(node: etree._Element) -> float:
    marker = f"{node.get('class', '')} {node.get('id', '')}"
    weight = 1.0
    if POSITIVE_RE.search(marker):
        weight *= 1.25
    if NEGATIVE_RE.search(marker):
        weight *= 0.2
    return weight


def _link_density(node: etree._Element) -> float:
    text = len(clean(node.text_content()))
    if not text:
        return 1.0
    links = sum(len(clean(a.text_content())) for a in node.iter("a"))
    return min(links / text, 1.0)
