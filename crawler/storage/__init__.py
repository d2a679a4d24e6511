"""Storage: the SQLite archive (schema, migrations, writes and reads)."""

from crawler.storage.archive import (
    Archive,
    ArchiveError,
    KnownArticle,
    open_archive,
)
from crawler.storage.filters import Filters

__all__ = ["Archive", "ArchiveError", "Filters", "KnownArticle", "open_archive"]
