"""Storage: the SQLite archive (schema, writes, reads) and its search."""

from crawler.storage.archive import Archive, ArchiveError, open_archive
from crawler.storage.filters import Filters
from crawler.storage.search import QueryError, SearchResult, facets, search

__all__ = ["Archive", "ArchiveError", "Filters", "QueryError", "SearchResult", "facets",
           "open_archive", "search"]
