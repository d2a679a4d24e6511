"""Extraction: one fetched page in, one clean :class:`~crawler.items.Article` out.

``extract(body, url, rules)`` is the single code path used by the crawl, by
``newsarchive extract`` and by re-extraction. The site's rules (data, from
its spider module) are tried before the generic Vietnamese rules.

The names below are loaded on first use (PEP 562), not when the package is
imported: searching the archive imports :mod:`crawler.extraction.dates` (the
zone, the date parser) and must not pay for trafilatura and lxml, which only
extracting uses (about a second of CPU per ``newsarchive search`` process).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.extraction.article import ExtractionError, extract, parse_html
    from crawler.extraction.rules import SiteRules

__all__ = ["ExtractionError", "SiteRules", "extract", "parse_html"]

#: name -> the submodule that defines it
_LAZY = {
    "ExtractionError": "crawler.extraction.article",
    "extract": "crawler.extraction.article",
    "parse_html": "crawler.extraction.article",
    "SiteRules": "crawler.extraction.rules",
}


def __getattr__(name: str) -> Any:
    """``from crawler.extraction import extract``: import its module now, once."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
