"""The article body: prune boxes, move captions into images, read text blocks.

Works on one container element (the site's or a generic body selector).
Order matters: related boxes go first (their thumbnails are not the
article's images), then images are collected with their captions and the
caption elements removed, then the remaining text is read block by block.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree, html

from crawler.extraction import generic
from crawler.extraction.dates import parse_visible
from crawler.extraction.rules import compile_css
from crawler.extraction.text import clean
from crawler.items import Image

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article figure "
    "figcaption table thead tbody tfoot tr td th pre header footer main center address "
    "hr caption details summary".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
IMG_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "src")
IMAGE_TABLE_MAX_ROWS = 3
IMAGE_TABLE_MAX_CAPTION = 400


@dataclass
class Block:
    """One paragraph-like piece of text, with the element it came from."""

    text: str
    tag: str
    element: etree._Element
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def prune(container: etree._Element, selectors: tuple[str, ...],
          boxes: tuple[str, ...] = ()) -> None:
    """Remove every element matching `selectors`, every block matching `boxes`,
    and comments."""
    for node in container.xpath(".//comment() | .//processing-instruction()"):
        _drop(node)
    for css in selectors:
        for node in compile_css(css)(container):
            if node is not container:
                _drop(node)
    for css in boxes:
        for node in compile_css(css)(container):
            if node is not container and node.tag not in generic.INLINE_TAGS:
                _drop(node)


def prune_related_by_heading(container: etree._Element) -> None:
    """Remove boxes opened by a heading such as "Tin liên quan".

    The box is the container's child holding the heading when that child is
    mostly links; when the heading stands alone in the body, the link lists
    that follow it go with it, up to the first real paragraph.
    """
    for node in list(container.iter()):
        if not isinstance(node.tag, str) or node is container:
            continue
        text = clean(node.text_content())
        if not is_related_heading(text):
            continue
        if _is_detached(node, container):
            continue
        top = node
        while top.getparent() is not None and top.getparent() is not container:
            top = top.getparent()
        if top is not node and _link_density(top, exclude=text) >= 0.5:
            _drop(top)
            continue
        sibling = top.getnext()
        _drop(top)
        while sibling is not None and _link_density(sibling) >= 0.7:
            following = sibling.getnext()
            _drop(sibling)
            sibling = following


def prune_cards(container: etree._Element) -> None:
    """Remove link cards placed inside the body: short blocks that are mostly a
    link to another story, with a thumbnail or a one-line teaser."""
    for node in list(container.iter(*generic.CARD_TAGS)):
        if node is container or node.getparent() is None or _is_detached(node, container):
            continue
        text = clean(node.text_content())
        if not text or len(text) > generic.CARD_MAX_CHARS:
            continue
        links = [a for a in node.iter("a") if (a.get("href") or "#")[:1] not in ("#", "")
                 and not (a.get("href") or "").startswith("javascript")]
        if not links or _link_density(node) < generic.CARD_MIN_LINK_DENSITY:
            continue
        if node.find(".//img") is not None or len(node) > 1 or len(text) > 60:
            _drop(node)


def is_related_heading(text: str) -> bool:
    """"Tin liên quan", "Xem thêm:", "Loạt bài: Cát tặc trên sông Lô" (not a sentence
    that merely starts with those words, such as "Tin liên quan đến vụ cháy ...")."""
    folded = text.lower()
    if len(text) <= 40 and folded.rstrip(": ") in generic.RELATED_HEADINGS:
        return True
    return len(text) <= 100 and folded.startswith(generic.RELATED_PREFIXES)


def take_images(container: etree._Element, base_url: str,
                image_tables: tuple[tuple[str, str], ...] = ()) -> list[Image]:
    """Collect the body's images with their captions; remove captions from the tree."""
    images: list[Image] = []
    seen: set[str] = set()
    to_drop: list[etree._Element] = []
    site_tables = [(set(compile_css(block)(container)), compile_css(cap))
                   for block, cap in image_tables]
    for img in list(container.iter("img")):
        src = next((img.get(a) for a in IMG_SRC_ATTRS
                    if img.get(a) and not img.get(a).startswith("data:")), None)
        if not src:
            continue
        url = urljoin(base_url, src.strip())
        holder, caption_nodes = _caption_of(img, container, site_tables)
        caption = clean(" ".join(n.text_content() for n in caption_nodes)) or None
        if url not in seen:
            seen.add(url)
            images.append(Image(url=url, caption=caption))
        to_drop.extend(caption_nodes)
        if holder is not None:
            to_drop.append(holder)
    for node in to_drop:
        if node.getparent() is not None:
            _drop(node)
    images.extend(_take_media_captions(container, base_url))
    return images


def _take_media_captions(container: etree._Element, base_url: str) -> list[Image]:
    """Captions left without an <img> (videos, embeds): into images, out of the text."""
    images = []
    captions = [n for css in generic.CAPTIONS for n in compile_css(css)(container)
                if n is not container]
    for node in captions:
        if node.getparent() is None or _is_detached(node, container):
            continue
        caption = clean(node.text_content())
        holder = node.getparent()
        media = None
        for element in (holder, *holder.iterdescendants()):
            if element is node or not isinstance(element.tag, str):
                continue
            media = next((element.get(a) for a in generic.MEDIA_URL_ATTRS if element.get(a)),
                         None)
            if media:
                break
        if caption:
            images.append(Image(url=urljoin(base_url, media) if media else base_url,
                                caption=caption))
        _drop(node)
    return images


def read_blocks(container: etree._Element) -> list[Block]:
    """Split the container's text into blocks: one per paragraph, heading, item."""
    blocks: list[Block] = []

    def flush(parts: list[str], links: int, element: etree._Element) -> None:
        text = clean("".join(parts))
        if text:
            blocks.append(Block(text, _block_tag(element), element, min(links, len(text))))

    def walk(element: etree._Element) -> None:
        parts, links = [element.text or ""], 0
        for child in element:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if child.tag == "br" or child.tag in BLOCK_TAGS or _has_block(child):
                flush(parts, links, element)
                parts, links = [], 0
                if child.tag != "br":
                    walk(child)
            else:
                text = " ".join(child.itertext()) if child.tag != "img" else ""
                parts.append(text)
                links += sum(len(clean(a.text_content())) for a in child.iter("a"))
            parts.append(child.tail or "")
        flush(parts, links, element)

    walk(container)
    return blocks


def is_noise(block: Block) -> bool:
    """Leftovers that are never article text: stray markup, link-only lines,
    widget lines, a date line on its own."""
    text = block.text
    if not any(ch.isalnum() for ch in text):
        return True  # "-->", "***", "|"
    if generic.WIDGET_TEXT_RE.match(text):
        return True
    if len(text) <= generic.FOLLOW_MAX_CHARS and generic.FOLLOW_RE.match(text):
        return True  # "Theo dõi Báo X trên Google News"
    if block.link_chars and text.lower().startswith(generic.RELATED_PREFIXES):
        return True  # "Xem thêm: <a>another story</a>"
    if len(text) <= generic.DATE_LINE_MAX_CHARS and is_date_line(text):
        return True
    # A line made only of links to other stories (inline related lines).
    return block.link_density >= 0.9 and block.tag not in HEADING_TAGS


def is_date_line(text: str) -> bool:
    """"07h15 ngày 19/3/2024", "Thứ Hai, 27/05/2024 | 10:30": a date and little else."""
    if parse_visible(text) is None:
        return False
    words = [w.strip(",.:|()-").lower() for w in text.split()]
    return all(not w or any(c.isdigit() for c in w) or w in generic.DATE_WORDS for w in words)


def is_right_aligned_or_bold(block: Block, container: etree._Element) -> bool:
    """Bylines are set apart: right-aligned, or wholly bold/italic."""
    node: etree._Element | None = block.element
    while node is not None and node is not container.getparent():
        align = (node.get("align") or "").lower()
        style = (node.get("style") or "").replace(" ", "").lower()
        if align == "right" or "text-align:right" in style:
            return True
        if node is container:
            break
        node = node.getparent()
    strong = "".join(
        "".join(n.itertext()) for n in block.element.iter("strong", "b", "em", "i"))
    return clean(strong) == block.text


def _caption_of(img: etree._Element, container: etree._Element,
                site_tables: list[tuple[set[etree._Element], etree.XPath]]
                ) -> tuple[etree._Element | None, list[etree._Element]]:
    """(element holding image + caption, caption elements) for one image."""
    for holders, caption_xpath in site_tables:
        for ancestor in img.iterancestors():
            if ancestor is container:
                break
            if ancestor in holders:
                return ancestor, list(caption_xpath(ancestor))
    under = _caption_under(img, container)
    if under is not None:
        return under
    for ancestor in img.iterancestors():
        if ancestor is container:
            break
        if ancestor.tag == "figure":
            captions = [n for css in generic.CAPTIONS for n in compile_css(css)(ancestor)]
            return ancestor, captions[:1]
        if ancestor.tag == "table":
            rows = ancestor.xpath(".//tr")
            if 0 < len(rows) <= IMAGE_TABLE_MAX_ROWS:
                captions = [r for r in rows if not r.xpath(".//img")]
                text = clean(" ".join(r.text_content() for r in captions))
                if len(text) <= IMAGE_TABLE_MAX_CAPTION:
                    return ancestor, captions
            break
    # A caption element beside the image in a block that holds this one image
    # (<div class="itemImageBlock"><img><span class="itemImageCaption">).
    for ancestor in (*_ancestors_within(img, container), container):
        if len(ancestor.xpath(".//img")) != 1:
            break
        captions = [n for css in generic.CAPTIONS for n in compile_css(css)(ancestor)]
        if captions:
            return None, captions[:1]
    return None, []


def _ancestors_within(node: etree._Element, container: etree._Element) -> list[etree._Element]:
    """The ancestors of `node` below `container`, nearest first."""
    found = []
    for ancestor in node.iterancestors():
        if ancestor is container:
            return found
        found.append(ancestor)
    return []


def _caption_under(img: etree._Element, container: etree._Element
                   ) -> tuple[etree._Element, list[etree._Element]] | None:
    """A centred or wholly italic short line right under an image (not in a figure).

    Either the image's own paragraph goes on after a <br>, or the next
    paragraph is that line. A real italic quote elsewhere is not touched.
    """
    within = _ancestors_within(img, container)
    holder = next((a for a in within if a.tag in ("p", "div", "center")), None)
    if holder is None or any(a.tag in ("figure", "table") for a in within):
        return None
    own = clean(holder.text_content())
    if own:
        if len(own) <= generic.CAPTION_MAX_CHARS and _set_apart(holder):
            return holder, [holder]
        return None
    following = holder.getnext()
    if following is None or following.tag not in ("p", "div", "center"):
        return None
    text = clean(following.text_content())
    if 0 < len(text) <= generic.CAPTION_MAX_CHARS and following.find(".//img") is None and (
            _set_apart(following)):
        return holder, [following]
    return None


def _set_apart(element: etree._Element) -> bool:
    """Centred, or all its text in italics: how captions are typeset."""
    style = (element.get("style") or "").replace(" ", "").lower()
    if (element.get("align") or "").lower() == "center" or "text-align:center" in style \
            or element.tag == "center":
        return True
    italic = "".join("".join(n.itertext()) for n in element.iter("em", "i"))
    return bool(clean(italic)) and clean(italic) == clean(element.text_content())


def _block_tag(element: etree._Element) -> str:
    return element.tag if isinstance(element.tag, str) else "p"


def _has_block(element: etree._Element) -> bool:
    """Block descendants, or <br>: an inline element such as <font> can hold a
    whole body of <br><br>-separated paragraphs."""
    return any(isinstance(d.tag, str) and (d.tag in BLOCK_TAGS or d.tag == "br")
               for d in element.iterdescendants())


def _link_density(element: etree._Element, exclude: str = "") -> float:
    text = clean(element.text_content())
    if exclude and text.startswith(exclude):
        text = text[len(exclude):].strip()
    if not text:
        return 1.0
    links = sum(len(clean(a.text_content())) for a in element.iter("a"))
    return min(links / len(text), 1.0)


def _is_detached(node: etree._Element, container: etree._Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is container:
            return False
    return True


def _drop(node: etree._Element) -> None:
    """Remove a node but keep its tail text (which belongs to the parent)."""
    if isinstance(node, html.HtmlElement) or isinstance(node.tag, str):
        node.drop_tree()
        return
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
