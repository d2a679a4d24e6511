"""Whose is this element? A date or a name printed beside another story is not this article's.

Pages print many dates and names: a "today" widget in the header, the dated
items of a "Tin liên quan" list (sometimes inside the article column), the
most-read sidebar, the breadcrumb, comments. :func:`is_foreign` tells an
element that belongs to one of those from one of the article's own header or
foot, from the page's structure alone (no site rule), so that metadata
candidates can be gathered anywhere and the foreign ones dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.extraction.text import clean

# Classes and ids of boxes that list or describe other pages (folded to lower case).
FOREIGN_CLASS_RE = re.compile(
    r"relate|lienquan|lien-quan|tinkhac|tin-khac|other-news|othernews|sidebar|side-bar|"
    r"widget|breadcrumb|duongdan|menu|navbar|\bnav\b|most|docnhieu|doc-nhieu|xemnhieu|"
    r"xem-nhieu|moinhat|moi-nhat|latest|popular|trending|cungchuyenmuc|cung-chuyen-muc|"
    r"same-cat|list[-_]?news|news[-_]?list|box-news|today|weather|thoitiet|header-top|"
    r"top-bar|topbar|cottrai|cotphai|col-right|col-left|right-col|left-col|suggest|"
    r"recommend|dexuat|de-xuat|quantam|quan-tam|hot-news|tieudiem|tieu-diem|ticker|"
    r"marquee|calendar|comment|binhluan|binh-luan|teaser|card|timeline|more-news|"
    r"readmore|read-more|xemthem|xem-them|docthem|doc-them", re.I)
NAVIGATION_RE = re.compile(r"breadcrumb|duongdan|menu|navbar|\bnav\b", re.I)
FOREIGN_TAGS = frozenset(("nav", "aside", "select", "option"))
# An item of a list of stories: short, with a link to another page whose text
# is a headline (several words).
ITEM_MAX_CHARS = 320
HEADLINE_LINK_MIN_CHARS = 24
HEADLINE_LINK_MIN_WORDS = 4
MAX_DEPTH = 12


def in_other_stories(node: etree._Element) -> bool:
    """In a box listing other stories (related, same section, most read,
    sidebar) -- but a breadcrumb or menu is fine: that is where a section is named."""
    for depth, ancestor in enumerate((node, *node.iterancestors())):
        if ancestor.tag in ("body", "html") or depth > MAX_DEPTH:
            return False
        if ancestor.tag == "aside":
            return True
        marker = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        match = FOREIGN_CLASS_RE.search(marker) if marker.strip() else None
        if match and not NAVIGATION_RE.fullmatch(match.group(0)):
            return True
    return False


def is_foreign(node: etree._Element, page_url: str = "",
               related_heading: Callable[[str], bool] | None = None, *,
               name: bool = False) -> bool:
    """True when `node` sits in a box about other pages (list of links,
    sidebar, widget, breadcrumb, comments, site header/footer).

    `related_heading(text) -> bool` recognises box headings such as
    "Tin liên quan" (passed in to keep this module free of language data).
    With `name`, `node` is a byline: a link around it goes to the author's
    page, which is no sign of another story.
    """
    own_links = set(node.iter("a"))
    for depth, ancestor in enumerate((node, *node.iterancestors())):
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in ("body", "html") or depth > MAX_DEPTH:
            return False
        if tag in FOREIGN_TAGS:
            return True
        if tag == "footer" and not _inside_article(ancestor):
            return True
        marker = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".strip()
        if marker and FOREIGN_CLASS_RE.search(marker):
            return True
        if tag == "a" and not name and ancestor is not node and _is_other_page(ancestor, page_url):
            return True
        if related_heading is not None and _after_related_heading(ancestor, related_heading):
            return True
        if tag in ("ul", "ol") and _story_links(ancestor, page_url, own_links) >= 2:
            return True
        if depth and _text_within(ancestor, ITEM_MAX_CHARS) and \
                _story_links(ancestor, page_url, own_links) >= 1:
            return True
    return False


def _text_within(element: etree._Element, limit: int) -> bool:
    """The element's text is at most about `limit` characters, read only as far
    as needed: ancestors can be the whole page."""
    total = 0
    for piece in element.itertext():
        total += len(piece.strip())
        if total > limit:
            return False
    return True


def _inside_article(node: etree._Element) -> bool:
    return any(a.tag in ("article", "main") for a in node.iterancestors())


def _is_other_page(link: etree._Element, page_url: str) -> bool:
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return False
    if not page_url:
        return True
    target = urlsplit(urljoin(page_url, href))
    here = urlsplit(page_url)
    return (target.netloc.removeprefix("www."), target.path.rstrip("/")) != (
        here.netloc.removeprefix("www."), here.path.rstrip("/"))


def _story_links(element: etree._Element, page_url: str,
                 own: set[etree._Element]) -> int:
    """How many links to other pages with headline-like text `element` holds."""
    count = 0
    for link in element.iter("a"):
        if link in own:
            continue
        text = link.text_content()
        if len(text) >= HEADLINE_LINK_MIN_CHARS and len(text.split()) >= \
                HEADLINE_LINK_MIN_WORDS and _is_other_page(link, page_url):
            count += 1
            if count >= 2:
                break
    return count


def _after_related_heading(element: etree._Element, related_heading) -> bool:
    """The element follows a "Tin liên quan" heading among its siblings."""
    sibling = element.getprevious()
    for _ in range(2):
        if sibling is None:
            return False
        if isinstance(sibling.tag, str):
            text = clean(sibling.text_content())
            if text and len(text) <= 60:
                return bool(related_heading(text))
            if text:
                return False
        sibling = sibling.getprevious()
    return False
