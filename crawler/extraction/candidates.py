"""Gather every candidate a page offers for its dates, title and authors.

Structured data (JSON-LD, meta tags, itemprop), the site rule's selectors,
and what the page prints in the article's own header or foot: each value
with its source, for :mod:`crawler.extraction.agreement` to decide. Printed
values inside boxes about other stories are dropped here
(:func:`crawler.extraction.context.is_foreign`).
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extraction import body, bylines, generic
from crawler.extraction.agreement import Candidate
from crawler.extraction.context import is_foreign
from crawler.extraction.dates import parse_iso, parse_visible
from crawler.extraction.metadata import Head, site_names
from crawler.extraction.rules import SiteRules, compile_css
from crawler.extraction.text import clean

PUBLISHED_META = ("article:published_time", "og:published_time", "pubdate", "publishdate",
                  "publish-date", "publish_date", "dc.date.issued", "dc.date", "date",
                  "parsely-pub-date", "sailthru.date", "datepublished")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified",
                 "dc.date.modified")
ITEMPROP_META = ("datepublished", "datemodified")  # <meta itemprop=...> read into Head.meta
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
               "byl")
UPDATED_RE = re.compile(r"cập nhật|sửa lúc|update|modified|capnhat|cap-nhat", re.I)
NEAR_HEADLINE_AFTER = 40  # elements, in page order
NEAR_HEADLINE_BEFORE = 12
FOOT_ELEMENTS = 3


def headline_element(root: etree._Element) -> etree._Element | None:
    return next((h for h in root.iter("h1") if len(clean(h.text_content())) > 10), None)


# --- dates ------------------------------------------------------------------------
def structured_dates(root: etree._Element, head: Head, which: str) -> list[Candidate]:
    """datePublished / dateModified from meta tags, JSON-LD and itemprop elements."""
    names = PUBLISHED_META if which == "published" else MODIFIED_META
    key = "datePublished" if which == "published" else "dateModified"
    found: list[Candidate] = []
    for name in names:
        for raw in head.meta.get(name, [])[:1]:
            value = parse_iso(clean(raw))
            if value:
                kind = "itemprop" if name in ITEMPROP_META else "meta"
                found.append(Candidate(value, f"{kind}:{name}", has_time=_has_time(raw)))
    raw = head.article.get(key)
    if isinstance(raw, str) and (value := parse_iso(raw)):
        found.append(Candidate(value, f"jsonld:{key}", has_time=_has_time(raw)))
    for node in root.xpath(f'//*[@itemprop="{key}"][not(self::meta)]'):
        raw = node.get("datetime") or node.get("content") or ""
        value = parse_iso(raw)
        if value and not is_foreign(node):
            found.append(Candidate(value, f"itemprop:{key}", has_time=_has_time(raw)))
            break
    return found


def _has_time(raw: str) -> bool:
    return "T" in raw.strip() or ":" in raw


def rule_dates(root: etree._Element, rules: SiteRules, url: str) -> list[Candidate]:
    """The site's date-line selectors, in order, without foreign matches."""
    found = []
    for css in rules.date_line:
        for node in compile_css(css)(root):
            text = clean(node.text_content())
            parsed = parse_visible(text)
            if parsed and not is_foreign(node, url, body.is_related_heading):
                found.append(Candidate(parsed[0], f"rule:{css}", text, parsed[1]))
    return found


def visible_dates(root: etree._Element, url: str, container: etree._Element | None
                  ) -> tuple[list[Candidate], list[Candidate]]:
    """Printed date lines of the article: (published lines, "updated" lines).

    Elements marked as dates (class, id or <time>), else short date lines
    near the headline. The article's own line is in the article's block (the
    headline's and the body's common ancestor), usually after the headline;
    a "today" widget comes before it, outside that block, and dates in boxes
    about other stories are never taken.
    """
    headline = headline_element(root)
    anchor = headline if headline is not None else container
    start = _position(anchor) if anchor is not None else -1
    scope = _article_scope(headline, container)
    found: list[tuple[float, Candidate]] = []
    seen: set[etree._Element] = set()

    def take(node: etree._Element, source: str, marked: bool) -> bool:
        if node in seen or _inside_any(node, seen):
            return False
        candidate = _date_candidate(node, source, marked)
        if candidate is None or is_foreign(node, url, body.is_related_heading):
            return False
        position = _position(node)
        if position < start and scope is not None and not _within(node, scope):
            return False
        seen.add(node)
        found.append((position, candidate))
        return True

    # The article's block first; the whole page only when it holds no date line.
    for where in ((scope, root) if scope is not None else (root,)):
        for node in _DATE_MARKED(where):
            if node.tag not in ("script", "style", "meta", "head", "html", "body"):
                take(node, "visible", True)
        if found:
            break
    if anchor is not None and not any(i > start for i, _ in found):
        near = [e for e in (*_FOLLOWING(anchor), *_PRECEDING(anchor))
                if isinstance(e.tag, str) and len(e) <= 3
                and (scope is None or _within(e, scope))]
        near.sort(key=lambda e: (_position(e) < start, abs(_position(e) - start)))
        for element in near:
            if take(element, "visible:near-h1", False):
                break
    found.sort(key=lambda ic: (ic[0] <= start, ic[0] if ic[0] > start else -ic[0]))
    published = [c for _, c in found if not UPDATED_RE.search(_marker(c))]
    updated = [c for _, c in found if UPDATED_RE.search(_marker(c))]
    return published, updated


def article_scope(root: etree._Element, container: etree._Element | None
                  ) -> etree._Element | None:
    """The block holding the article's headline and body, or None."""
    return _article_scope(headline_element(root), container)


def _article_scope(headline: etree._Element | None,
                   container: etree._Element | None) -> etree._Element | None:
    """The block holding the article's headline and body (None: not known)."""
    if headline is None:
        return None
    if container is None:
        parent = headline.getparent()
        return parent.getparent() if parent is not None else None
    ancestors = set(headline.iterancestors())
    for node in (container, *container.iterancestors()):
        if node in ancestors:
            return None if node.tag in ("body", "html") else node
    return None


_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_DATE_MARKED = etree.XPath(".//time | .//*[{}]".format(" or ".join(
    f"contains({_LOWER.format(attr)}, '{hint}')"
    for hint in generic.DATE_HINTS for attr in ("@class", "@id"))))
_FOLLOWING = etree.XPath(f"following::*[position() <= {NEAR_HEADLINE_AFTER}]")
_PRECEDING = etree.XPath(f"preceding::*[position() <= {NEAR_HEADLINE_BEFORE}]")
_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _position(node: etree._Element) -> float:
    """The element's place in document order (in C: no walk over the page in Python)."""
    return _POSITION(node)


def _date_candidate(node: etree._Element, source: str, marked: bool = True) -> Candidate | None:
    if node.get("datetime"):
        value = parse_iso(node.get("datetime"))
        if value:
            candidate = Candidate(value, source, clean(node.text_content()) or None,
                                  _has_time(node.get("datetime")))
            return _attach(candidate, node)
    text = clean(node.text_content())
    if not text or len(text) > generic.DATE_LINE_MAX_CHARS:
        return None
    if not marked and not body.is_date_line(text) and not _labelled_date(text):
        return None
    parsed = parse_visible(text)
    if not parsed:
        return None
    return _attach(Candidate(parsed[0], source, text, parsed[1]), node)


def _labelled_date(text: str) -> bool:
    """"Đăng lúc 10:30 25/04/2024", "Cập nhật: ...": a label then the date."""
    return bool(re.match(r"^(?:ngày |)(?:đăng|cập nhật|xuất bản|published|updated)\b", text,
                         re.I))


def _attach(candidate: Candidate, node: etree._Element) -> Candidate:
    candidate.node = node
    return candidate


def _marker(candidate: Candidate) -> str:
    node = candidate.node
    return f"{node.get('class', '')} {node.get('id', '')} {(candidate.text or '')[:30]}"


def _inside_any(node: etree._Element, seen: set[etree._Element]) -> bool:
    return any(a in seen for a in node.iterancestors())


# --- titles -----------------------------------------------------------------------
def structured_titles(root: etree._Element, head: Head) -> list[Candidate]:
    found = []
    for name in ("og:title", "twitter:title"):
        value = head.first(name)
        if value:
            found.append(Candidate(value, f"meta:{name}"))
    headline = clean(str(head.article.get("headline") or ""))
    if headline:
        found.append(Candidate(headline, "jsonld:headline"))
    page_title = root.find(".//title")
    if page_title is not None and clean(page_title.text_content()):
        found.append(Candidate(clean(page_title.text_content()), "title"))
    return found


def page_title(root: etree._Element) -> Candidate | None:
    node = root.find(".//title")
    if node is None or not node.text:
        return None
    text = clean(node.text.rsplit(" - ", 1)[0].rsplit(" | ", 1)[0])
    return Candidate(text, "title") if text else None


def rule_titles(root: etree._Element, rules: SiteRules, url: str) -> list[Candidate]:
    found = []
    for css in rules.title:
        for node in compile_css(css)(root):
            text = clean(node.text_content())
            if text and not is_foreign(node, url, name=True):
                found.append(Candidate(text, f"rule:{css}"))
    return found


def headings(root: etree._Element, url: str) -> list[Candidate]:
    """The <h1>s outside boxes about other pages (long enough to be a headline)."""
    return [Candidate(clean(h.text_content()), "h1") for h in root.iter("h1")
            if len(clean(h.text_content())) > 10 and not is_foreign(h, url, name=True)]


# --- authors ----------------------------------------------------------------------
def author_candidates(root: etree._Element, head: Head, rules: SiteRules, url: str,
                      banned: tuple[str, ...], container: etree._Element | None
                      ) -> list[Candidate]:
    """Names from the site's byline selectors, header/foot bylines, JSON-LD, meta."""
    found: list[Candidate] = []
    for css in rules.authors:
        names = _names_of(compile_css(css)(root), url, banned)
        if names:
            found.append(Candidate(names, f"rule:{css}"))
            break
    # Bylines outside the body are in the article's block (header or foot).
    where = article_scope(root, container)
    nodes = [n for n in _byline_elements(where if where is not None else root)
             if container is None or not _within(n, container)]
    names = _names_of(nodes, url, banned, first_only=True)
    if names:
        found.append(Candidate(names, "header"))
    names = foot_byline(container, banned)
    if names:
        found.append(Candidate(names, "byline:foot"))
    people = head.article.get("author") or []
    if isinstance(people, dict | str):
        people = [people]
    names = []
    for person in people if isinstance(people, list) else []:
        if isinstance(person, dict) and person.get("@type") in generic.ORGANIZATION_TYPES:
            continue
        raw = person.get("name", "") if isinstance(person, dict) else str(person)
        names += bylines.names(clean(str(raw)), banned)
    if names:
        found.append(Candidate(_unique(names), "jsonld:author"))
    for name in AUTHOR_META:
        raw = head.first(name)
        if raw and not raw.startswith("http"):
            names = bylines.names(raw, banned)
            if names:
                found.append(Candidate(names, f"meta:{name}"))
                break
    return found


_BYLINE_XPATH = etree.XPath(".//*[{}]".format(" or ".join(
    [*generic.AUTHOR_MARKED, *(f"contains(@class, '{c}')" for c in generic.AUTHOR_CLASSES)])))
_NAME_XPATH = etree.XPath(".//*[@itemprop='name']")


def _byline_elements(where: etree._Element) -> list[etree._Element]:
    """Elements marked as bylines (itemprop/rel/data-role author first, then a
    class naming the author), in one pass over the page."""
    marked, classed = [], []
    for node in _BYLINE_XPATH(where):
        if "author" in (node.get("itemprop"), node.get("rel"), node.get("data-role")):
            names = _NAME_XPATH(node)
            marked.extend(names or [node])
        else:
            classed.append(node)
    return marked + classed


def foot_byline(container: etree._Element | None, banned: tuple[str, ...]) -> list[str]:
    """A byline printed right after the body, outside it: set apart (bold,
    right-aligned, a byline class) or opened by a role ("Tin, ảnh: X")."""
    if container is None:
        return []
    for count, element in enumerate(container.itersiblings()):
        if count >= FOOT_ELEMENTS or not isinstance(element.tag, str):
            break
        text = clean(element.text_content())
        if not text:
            continue
        if len(text) > generic.BYLINE_MAX_CHARS or not bylines.looks_like_byline(text):
            return []
        classes = f"{element.get('class', '')} {element.get('id', '')}".lower()
        marked = (generic.BYLINE_PREFIX_RE.match(text)
                  or any(h in classes for h in generic.BYLINE_CLASS_HINTS)
                  or body.is_right_aligned_or_bold(body.Block(text, element.tag, element),
                                                   element))
        return bylines.names(text, banned) if marked else []
    return []


def _names_of(nodes: list[etree._Element], url: str, banned: tuple[str, ...],
              first_only: bool = False) -> list[str]:
    """Names in the byline elements; with `first_only`, those of the first
    element that names someone and of its siblings matched too ("A - B" as
    two links)."""
    names: list[str] = []
    parent = None
    for node in nodes:
        if first_only and names and node.getparent() is not parent:
            continue
        if is_foreign(node, url, body.is_related_heading, name=True):
            continue
        text = clean(" ".join(node.itertext()))
        if not text or len(text) > generic.BYLINE_MAX_CHARS * 2:
            continue
        got = bylines.names(text, banned)
        names += [n for n in got if n not in names]
        if got and parent is None:
            parent = node.getparent()
    return names


def _within(node: etree._Element, container: etree._Element) -> bool:
    return node is container or any(a is container for a in node.iterancestors())


def banned_names(rules: SiteRules, head: Head, url: str) -> tuple[str, ...]:
    """The paper's own names (never an author): the rule's, og:site_name, publisher, host."""
    host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0]
    return rules.site_names + site_names(head) + ((host,) if host else ())


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))

