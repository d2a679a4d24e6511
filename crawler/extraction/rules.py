"""Per-site extraction rules: data only, declared in each site's spider module.

Selectors are CSS (readable in a site module), compiled once to XPath. Every
field is an ordered list tried by priority; an empty list means "use the
generic Vietnamese rules" (see :mod:`crawler.extraction.generic`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from cssselect import HTMLTranslator
from lxml import etree

_TRANSLATOR = HTMLTranslator()


@cache
def compile_css(css: str) -> etree.XPath:
    """CSS selector -> compiled XPath (cached: rules are shared by every page)."""
    return etree.XPath(_TRANSLATOR.css_to_xpath(css))


@dataclass(frozen=True)
class SiteRules:
    """What a site's pages need beyond the generic rules."""

    # Containers of the article body, tried in order.
    body: tuple[str, ...] = ()
    # The sapo; if `lead_is_first_paragraph`, the first body paragraph is the lead.
    lead: tuple[str, ...] = ()
    lead_is_first_paragraph: bool = False
    title: tuple[str, ...] = ()
    # The visible date line(s), parsed day first.
    date_line: tuple[str, ...] = ()
    # Byline elements, anywhere on the page (the body's trailing byline is generic).
    authors: tuple[str, ...] = ()
    # Section: the last match's text (breadcrumbs list the section last).
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # Elements removed from the body before text is read (related boxes, ads...).
    prune: tuple[str, ...] = ()
    # Image blocks whose caption sits in another cell: (block selector, caption selector).
    image_tables: tuple[tuple[str, str], ...] = ()
    # Names that are the site, never an author.
    site_names: tuple[str, ...] = field(default_factory=tuple)
