"""Storage: the SQLite archive (schema, writes, reads) and its search."""

from crawler.storage.archive import (
    Archive,
    ArchiveError,
    KnownArticle,
    open_archive,
)
from crawler.storage.filters import Filters
from crawler.storage.readonly import open_read_only
from crawler.storage.search import QueryError, SearchResult, facets, search

__all__ = ["Archive", "ArchiveError", "Filters", "KnownArticle", "QueryError", "SearchResult",
           "facets", "open_archive", "open_read_only", "search"]
