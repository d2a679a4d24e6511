"""Search: the stage after storage (spider → extraction → storage → search).

- :mod:`~crawler.search.query`: what a person types (words, "phrases", prefix*,
  -excluded, OR) read into terms and written as safe FTS5;
- :mod:`~crawler.search.indexes`: the folded and the exact index as search sees
  them, BM25 weights named by column, filters as index terms;
- :mod:`~crawler.search.counting`, :mod:`~crawler.search.ranking`,
  :mod:`~crawler.search.date_order`: the count (estimated past a cap), relevance
  over the most recently published matches (:mod:`~crawler.search.exact_rank`:
  over all of them when FTS5 ranks them cheaply; :mod:`~crawler.search.common_terms`:
  words too common for FTS5's bm25), newest/oldest first;
- :mod:`~crawler.search.api`: :func:`search` and its results, snippets
  (:mod:`~crawler.search.snippet`); :mod:`~crawler.search.facets`: counts per
  site, section and month; :mod:`~crawler.search.watches`: a saved search's new
  matches.

Nothing here talks SQL: every read is a function of :mod:`crawler.storage`
(:mod:`~crawler.storage.index_reads`, :mod:`~crawler.storage.matching`) named
by what it reads. Storage never imports this package (tests/test_code.py).
"""

from crawler.search.api import SearchResult, SearchResults, search
from crawler.search.facets import facets
from crawler.search.query import QueryError
from crawler.search.ranking import relevance_help

__all__ = ["QueryError", "SearchResult", "SearchResults", "facets", "relevance_help", "search"]
