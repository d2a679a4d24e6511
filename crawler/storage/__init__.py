"""Storage: the SQLite archive (schema, writes, reads) and its search."""

from crawler.storage.archive import Archive, ArchiveError, open_archive
from crawler.storage.search import QueryError, SearchResult, search

__all__ = ["Archive", "ArchiveError", "QueryError", "SearchResult", "open_archive", "search"]
