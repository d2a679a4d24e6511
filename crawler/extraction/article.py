"""Assemble an Article from a page: container, body blocks, metadata."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from datetime import datetime
from typing import ClassVar
from urllib.parse import urlsplit

import trafilatura
from lxml import etree, html

from crawler.extraction import agreement, body, bylines, candidates, generic, metadata
from crawler.extraction.container import find_container
from crawler.extraction.rules import SiteRules, compile_css
from crawler.extraction.text import clean
from crawler.items import Article
from crawler.outcomes import Failed

NO_RULES = SiteRules()
# trafilatura's XML elements -> HTML tags our block reader knows.
_TRAFILATURA_TAGS = {"head": "h2", "item": "li", "list": "ul", "quote": "blockquote",
                     "lb": "br", "hi": "span", "ref": "a", "cell": "td", "row": "tr"}
MAX_BYLINE_BLOCKS = 2
MIN_TEXT_CHARS = 25
#: libxml2's limit on one text node (XML_MAX_TEXT_LENGTH): past it, a parse without
#: huge_tree cuts the node silently; a page with one is failed with this reason.
MAX_TEXT_NODE = 10_000_000
#: Stored links and images: web addresses only (no javascript:, vbscript:, data:).
URL_SCHEMES = ("http", "https")
#: Script or style code written as text (an RCDATA <title>, an escaped h1): never stored.
SCRIPT_TEXT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class ExtractionError(ValueError):
    """The page has no article to extract; a subclass says why, and its ``key`` is
    what a run record counts it under (crawler.outcomes). The message is for people."""

    key: ClassVar[str] = Failed.EXTRACTION_FAILED


class EmptyPage(ExtractionError):
    """Nothing but white space came back."""

    key = Failed.EMPTY_PAGE


class NotAnHtmlPage(ExtractionError):
    """Bytes said to be HTML that are not an HTML document (binary, no <body>)."""

    key = Failed.NOT_AN_HTML_PAGE


class HugeTextNode(ExtractionError):
    """A text node over the HTML parser's limit: refused rather than read cut short."""

    key = Failed.HUGE_TEXT_NODE


class NoArticleText(ExtractionError):
    """An HTML page with no article text in it."""

    key = Failed.NO_ARTICLE_TEXT


def parse_html(data: bytes | str, encoding: str | None = None) -> etree._Element:
    """Parse a page; raise ExtractionError when it is not an HTML document."""
    if isinstance(data, str):
        data = data.encode("utf-8")
        encoding = "utf-8"
    data, encoding = from_utf16(data, encoding)
    if not data.strip():
        raise EmptyPage("empty page")
    if b"\x00" in data[:4096]:
        raise NotAnHtmlPage("not an HTML page (binary content)")
    longest = max(map(len, data.split(b"<")))
    if longest >= MAX_TEXT_NODE:  # read whole or not at all: never a silently cut page
        raise HugeTextNode(f"a text node of {longest / 1e6:.1f} MB, over the HTML "
                              f"parser's limit of {MAX_TEXT_NODE / 1e6:g} MB: not read")
    if not data.isascii() and _is_utf8(data):
        # Bytes that decode as UTF-8 are UTF-8, whatever a header or meta tag
        # claims (servers often send a stale "iso-8859-1"); the other way round,
        # Vietnamese text in a one-byte code page is never valid UTF-8.
        encoding = "utf-8"
    parser = html.HTMLParser(encoding=encoding or _sniff_encoding(data), remove_comments=False)
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotAnHtmlPage(f"not an HTML page ({exc})") from exc
    if root is None or root.find(".//body") is None:
        raise NotAnHtmlPage("not an HTML page (no <body>)")
    for node in list(root.iter("script", "style")):  # code is no text (JSON-LD is data)
        if node.tag == "script" and "json" in (node.get("type") or "").lower():
            continue
        node.drop_tree()  # keeps the text after it
    return root


def from_utf16(data: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """A UTF-16 page (by its BOM, its declared encoding, or its zero bytes) as UTF-8."""
    name = next((n for bom, n in _UTF16_BOMS if data.startswith(bom)), None)
    if name is None and encoding and encoding.lower().replace("_", "-").startswith("utf-16"):
        name = encoding
    if name is None and len(data) >= 4:
        sample = data[:512]
        if sample[1::2].count(0) > len(sample) // 3 and not sample[0::2].count(0):
            name = "utf-16-le"
        elif sample[0::2].count(0) > len(sample) // 3 and not sample[1::2].count(0):
            name = "utf-16-be"
    if name is None:
        return data, encoding
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return data, encoding
    text = re.sub(r"(?i)(charset\s*=\s*[\"']?)utf-?16(?:[-_]?[lb]e)?", r"\1utf-8", text)
    return text.lstrip("\ufeff").encode("utf-8"), "utf-8"


def _text_only(value: str | None) -> str | None:
    """`value` without script or style code written as text."""
    if not value or "<" not in value:
        return value
    return SCRIPT_TEXT.sub(" ", value).strip() or None


def extract(data: bytes | str, url: str, rules: SiteRules | None = None, *,
            site: str = "", encoding: str | None = None,
            fetched: datetime | None = None,
            canonicalize: Callable[[str], str | None] | None = None) -> Article:
    """Extract the article of one page. Raises ExtractionError when there is none.

    `canonicalize` maps a URL to the site's canonical form (None when the URL
    is not the site's); the page's own canonical link is preferred through it,
    so an article reached by an old host or a tracking URL is stored once.
    """
    rules = rules or NO_RULES
    if isinstance(data, bytes):
        data, encoding = from_utf16(data, encoding)  # trafilatura reads `data` too
    root = parse_html(data, encoding)
    head = metadata.read_head(root)
    if canonicalize is not None:
        declared = head.canonical or head.first("og:url")
        url = (canonicalize(declared) if declared else None) or canonicalize(url) or url
    title = _decide_title(root, head, rules, url)
    # Pages in other languages: trafilatura's text as it is (our rules are
    # Vietnamese; on other pages they must not do worse than trafilatura).
    foreign = not rules.body and not metadata.is_vietnamese(root, head)
    container = None if foreign else _container(root, rules)
    published_line, updated_lines = candidates.visible_dates(root, url, container)
    published = agreement.decide_date(
        "published", candidates.structured_dates(root, head, "published"),
        candidates.rule_dates(root, rules, url), published_line)
    modified = agreement.decide_date(
        "modified", candidates.structured_dates(root, head, "modified"), [], [])
    lead_decision = (agreement.Decision() if foreign
                     else _decide_lead(root, head, rules, container))
    lead_node = lead_decision.value
    lead = clean(lead_node.text_content()) if lead_node is not None else None
    banned = candidates.banned_names(rules, head, url)
    header_authors = candidates.author_candidates(root, head, rules, url, banned, container)

    if container is not None:
        if lead_node is not None and _contains(container, lead_node):
            body._drop(lead_node)
        body.prune(container, generic.PRUNE + rules.prune, generic.PRUNE_BOXES)
        body.prune_related_by_heading(container)
        body.prune_cards(container)
        images = [image for figure in _lead_figures(container)
                  for image in body.take_images(figure, url)]
        images += body.take_images(container, url, rules.image_tables)
        blocks = body.read_blocks(container)
    else:
        images, blocks = [], _trafilatura_blocks(data, url, recall=not foreign)
        container = root

    if foreign:
        byline_authors: list[str] = []
    else:
        blocks = [b for b in blocks if not body.is_noise(b) and b.text != title.value]
        for block in blocks:
            block.text = generic.STRAY_LETTER_RE.sub("", block.text)
        byline_authors = _take_byline(blocks, container, banned)
    texts = [b.text for b in blocks]
    if (rules.lead_is_first_paragraph or (not lead and _is_bold_lead(blocks))) and texts:
        lead = texts[0]
    elif lead:
        if texts and texts[0] == lead:
            texts = texts[1:]
        texts = [lead, *texts]
    text = "\n\n".join(texts)
    if len(text) < MIN_TEXT_CHARS:  # a menu word or a stray label is not an article
        raise NoArticleText("no article text found")

    byline = [agreement.Candidate(byline_authors, "byline")] if byline_authors else []
    authors = agreement.decide_authors(byline + header_authors)
    decisions = {"title": title, "published": published, "modified": modified,
                 "authors": authors, "lead": lead_decision}
    section = metadata.section(root, head, rules)
    return Article(
        url=url, site=site, title=_text_only(title.value) or "", text=_text_only(text) or "",
        lead=_text_only(lead) or None,
        authors=[a for a in map(_text_only, authors.value) if a],
        published=published.value, modified=modified.value,
        section=_text_only(section), tags=[t for t in map(_text_only,
                                                           metadata.tags(root, head, rules)) if t],
        images=[i for i in images if urlsplit(i.url).scheme.lower() in URL_SCHEMES],
        language=metadata.language(head, text), fetched=fetched,
        published_text=published.text,
        disagreements=[d for decision in decisions.values() for d in decision.disagreements],
        sources={name: decision.agreeing for name, decision in decisions.items()},
    )


def _decide_title(root: etree._Element, head: metadata.Head, rules: SiteRules,
                  url: str) -> agreement.Decision:
    return agreement.decide_title(
        candidates.rule_titles(root, rules, url), candidates.headings(root, url),
        candidates.structured_titles(root, head), candidates.page_title(root))


def _decide_lead(root: etree._Element, head: metadata.Head, rules: SiteRules,
                 container: etree._Element | None) -> agreement.Decision:
    """The printed sapo (an element, or None). The site's lead selector wins
    unless the page's description contradicts it and another printed element
    matches the description."""
    if rules.lead_is_first_paragraph:
        return agreement.Decision(None, "rule:first paragraph", agreeing=["rule"])
    description = metadata.description(head)
    rule_node = metadata.lead_element(root, rules) if rules.lead else None
    printed = [] if rule_node is None else [agreement.Candidate(rule_node, "rule")]

    def agrees(candidate: agreement.Candidate) -> bool:
        return bool(description) and agreement.leads_agree(
            clean(candidate.value.text_content()), description)

    # Other printed candidates only when the rule has none or the page contradicts it.
    if rule_node is None or (description and not agrees(printed[0])):
        generic_node = metadata.lead_element(root, NO_RULES)
        if generic_node is not None and generic_node is not rule_node:
            printed.append(agreement.Candidate(generic_node, "printed"))
        matched = None if any(agrees(c) for c in printed) else metadata.lead_by_description(
            root, head, container)
        if matched is not None:
            printed.append(agreement.Candidate(matched, "description-match"))
    if not printed:
        return agreement.Decision()
    chosen = printed[0]
    if description and not agrees(chosen):
        chosen = next((c for c in printed[1:] if agrees(c)), chosen)
    decision = agreement.Decision(chosen.value, chosen.source, agreeing=[
        c.source for c in printed if c.value is chosen.value] + (
        ["meta:description"] if agrees(chosen) else []))
    if chosen is not printed[0] and printed[0].source == "rule":
        decision.disagreements.append({
            "field": "lead", "chosen": clean(chosen.value.text_content())[:200],
            "chosen_source": chosen.source,
            "other": clean(printed[0].value.text_content())[:200], "other_source": "rule"})
    return decision


def _container(root: etree._Element, rules: SiteRules) -> etree._Element | None:
    """The body: the site's selector, a known CMS's, else the element scoring best."""
    for css in rules.body + generic.BODY:
        for node in compile_css(css)(root):
            if len(clean(node.text_content())) > 50:
                return node
    return find_container(root)


def _take_byline(blocks: list[body.Block], container: etree._Element,
                 banned: tuple[str, ...]) -> list[str]:
    """Remove trailing byline / source lines from `blocks`; return the author names."""
    authors: list[str] = []
    for _ in range(MAX_BYLINE_BLOCKS):
        if not blocks:
            break
        last = blocks[-1]
        classes = _classes_up_to(last.element, container)
        if len(blocks) > 1 and (bylines.is_source_line(last.text) or any(
                h in classes for h in generic.SOURCE_CLASS_HINTS)):
            blocks.pop()
            continue
        marked = (generic.BYLINE_PREFIX_RE.match(last.text)
                  or generic.BYLINE_SUFFIX_RE.search(last.text)
                  or any(h in classes for h in generic.BYLINE_CLASS_HINTS)
                  or body.is_right_aligned_or_bold(last, container))
        if marked and len(blocks) > 1 and bylines.looks_like_byline(last.text):
            found = bylines.names(last.text, banned)
            if found:
                blocks.pop()
                authors = found + authors
                continue
        break
    return authors


def _classes_up_to(element: etree._Element, container: etree._Element) -> str:
    """The class attributes of `element` and its ancestors inside `container`."""
    classes = []
    node: etree._Element | None = element
    while node is not None and node is not container:
        classes.append((node.get("class") or "").lower())
        node = node.getparent()
    return " ".join(classes)


def _lead_figures(container: etree._Element) -> list[etree._Element]:
    """The lead image printed just before the body: a <figure>, or a block with
    one image and a caption (Joomla's itemImageBlock and the like)."""
    figures = []
    child, parent = container, container.getparent()
    for _ in range(2):
        if parent is None:
            break
        for sibling in child.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or len(sibling.xpath(".//img")) != 1:
                continue
            captioned = any(compile_css(css)(sibling) for css in generic.CAPTIONS)
            if sibling.tag == "figure" or captioned:
                figures.append(sibling)
        child, parent = parent, parent.getparent()
    return figures[::-1]


def _is_bold_lead(blocks: list[body.Block]) -> bool:
    """The first block is a long, wholly bold paragraph: the sapo set in the body."""
    if not blocks or len(blocks) < 2 or len(blocks[0].text) < generic.BOLD_LEAD_MIN_CHARS:
        return False
    bold = "".join("".join(n.itertext()) for n in blocks[0].element.iter("strong", "b"))
    return clean(bold) == blocks[0].text


def _trafilatura_blocks(data: bytes | str, url: str, recall: bool = True) -> list[body.Block]:
    """No known container: let trafilatura find the main text, then read its blocks.

    On Vietnamese pages with recall favoured (our rules then prune); on other
    pages with trafilatura's own defaults, as plain trafilatura runs.
    """
    xml = trafilatura.extract(data, url=url, output_format="xml", include_comments=False,
                              include_tables=True, include_images=False, favor_recall=recall)
    if not xml:
        return []
    tree = etree.fromstring(xml.encode("utf-8"))
    main = tree.find("main")
    if main is None:
        return []
    for node in main.iter():
        if isinstance(node.tag, str):
            node.tag = _TRAFILATURA_TAGS.get(node.tag, node.tag)
    return body.read_blocks(main)


def _contains(container: etree._Element, node: etree._Element) -> bool:
    return any(a is container for a in node.iterancestors())


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff_encoding(data: bytes) -> str:
    head = data[:4096].lower()
    for marker in (b'charset="', b"charset='", b"charset="):
        pos = head.find(marker)
        if pos >= 0:
            value = head[pos + len(marker):pos + len(marker) + 20]
            name = value.split(b'"')[0].split(b"'")[0].split(b";")[0].split(b">")[0].strip()
            if name:
                try:
                    return "utf-8" if name in (b"utf8",) else "".join(map(chr, name))
                except ValueError:
                    break
    return "utf-8"
