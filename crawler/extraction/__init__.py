"""Extraction: one fetched page in, one clean :class:`~crawler.items.Article` out.

``extract(body, url, rules)`` is the single code path used by the crawl, by
``newsarchive extract`` and by re-extraction. The site's rules (data, from
its spider module) are tried before the generic Vietnamese rules.
"""

from crawler.extraction.article import ExtractionError, extract, parse_html
from crawler.extraction.rules import SiteRules

__all__ = ["ExtractionError", "SiteRules", "extract", "parse_html"]
