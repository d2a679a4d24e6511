"""Archive statistics and streaming export: what is in the archive, and all of it out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from crawler.items import Article
from crawler.storage.archive import Archive
from crawler.storage.filters import Filters
from crawler.storage.rows import row_to_article


@dataclass
class SiteStats:
    site: str
    articles: int
    first: str | None  # earliest published (ISO)
    last: str | None
    months: dict[str, int] = field(default_factory=dict)  # YYYY-MM -> articles


@dataclass
class ArchiveStats:
    path: str
    size_bytes: int  # the file with its WAL
    articles: int
    pages: int
    sites: list[SiteStats]


def archive_stats(archive: Archive) -> ArchiveStats:
    db = archive.db
    sites = [SiteStats(site, n, first, last) for site, n, first, last in db.execute(
        "SELECT site, count(*), min(published), max(published) FROM articles "
        "GROUP BY site ORDER BY site")]
    by_site = {s.site: s for s in sites}
    for site, month, n in db.execute(
            "SELECT site, substr(published, 1, 7) AS m, count(*) FROM articles "
            "GROUP BY site, m ORDER BY site, m"):
        by_site[site].months[month or "no date"] = n
    size = sum(p.stat().st_size for p in (archive.path, archive.path.with_name(
        archive.path.name + "-wal")) if p.exists())
    return ArchiveStats(
        path=str(archive.path), size_bytes=size,
        articles=db.execute("SELECT count(*) FROM articles").fetchone()[0],
        pages=db.execute("SELECT count(*) FROM pages").fetchone()[0], sites=sites)


def export_articles(archive: Archive, filters: Filters = Filters()) -> Iterator[Article]:  # noqa: B008
    """Matching articles, oldest first, one row at a time (never all in memory)."""
    clauses, params = filters.sql("a")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = archive.db.conn.execute(
        f"SELECT a.* FROM articles a{where} ORDER BY a.published IS NULL, a.published, a.url",
        params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield row_to_article(dict(zip(names, row, strict=True)))
