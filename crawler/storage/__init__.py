"""Storage: the SQLite archive (schema, migrations, writes and reads)."""

from crawler.storage.archive import (
    Archive,
    ArchiveError,
    KnownArticle,
    open_archive,
)
from crawler.storage.filters import Filters
from crawler.storage.readonly import open_read_only

__all__ = ["Archive", "ArchiveError", "Filters", "KnownArticle", "open_archive",
           "open_read_only"]
