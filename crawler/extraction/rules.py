"""Per-site extraction rules: data only, declared in each site's spider module.

Selectors are CSS (readable in a site module), compiled once to XPath. Every
field is an ordered list tried by priority; an empty list means "use the
generic Vietnamese rules" (see :mod:`crawler.extraction.generic`).

Rules have dates, as Fundus versions its parsers: when a paper changes its
templates, its old rules stay, with ``valid_until`` set to the day of the
redesign, so that re-extracting a page saved before then still reads it with
the rules of its time (:func:`rules_at`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
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
    # None: the current rules. Else the moment (aware) from which they no longer
    # apply: pages fetched before it are read with these rules.
    valid_until: datetime | None = None


def rules_at(current: SiteRules, older: Sequence[SiteRules],
             fetched: datetime | None) -> SiteRules:
    """The rules valid when a page was fetched: the oldest of `older` whose
    ``valid_until`` is after `fetched`, else `current` (also for an unknown time)."""
    if fetched is None:
        return current
    valid = [r for r in older if r.valid_until is not None and fetched < r.valid_until]
    return min(valid, key=lambda r: r.valid_until) if valid else current
