"""One read-only open of the archive (``open_archive(path, read_only=True)``).

It serves the read commands on a copy that cannot be written and the incremental
middleware's look-ups beside a crawl's writer: never migrated, locked or written.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import pytest
from scrapy.utils.test import get_crawler

from crawler.storage import ArchiveError, open_archive
from spiders.laodongthudo import LaoDongThuDoSpider


def _article(n: int):
    from crawler.items import Article

    return Article(url=f"https://laodongthudo.vn/bai-{n}.html", site="laodongthudo",
                   title=f"Bài {n}", text="Nội dung " * 40,
                   fetched=datetime(2024, 5, 4, tzinfo=UTC))


def test_a_read_only_open_reads_beside_a_writer_and_never_writes(tmp_path):
    from crawler.incremental import IncrementalMiddleware

    db = tmp_path / "a.db"
    writer = open_archive(db, create=True)
    try:
        writer.write_article(_article(1))
        writer.commit()
        writer.begin()
        writer.write_article(_article(2))  # not committed yet: a crawl mid-batch
        reader = open_archive(db, read_only=True)
        assert reader.read_only
        assert reader.known(_article(1).url) is not None
        assert reader.known(_article(2).url) is None
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM articles")
        reader.close()
        # The incremental middleware's look-ups go through the same open.
        crawler = get_crawler(LaoDongThuDoSpider, {"NEWSARCHIVE_DB": str(db),
                                                   "NEWSARCHIVE_INCREMENTAL": True})
        middleware = IncrementalMiddleware.from_crawler(crawler)
        assert middleware._lookup(_article(1).url) is not None
        assert middleware._archive is not None and middleware._archive.read_only
        middleware.close()
    finally:
        writer.close()
    with open_archive(db) as archive:
        assert archive.count() == 2


def test_a_read_only_open_never_migrates(tmp_path):
    db = tmp_path / "a.db"
    open_archive(db, create=True).close()
    with closing(sqlite3.connect(db)) as conn:  # as an archive made by an older version
        conn.execute("DELETE FROM _migrations WHERE name = 'house_failure_keys'")
        conn.commit()
    before = db.read_bytes()
    with pytest.raises(ArchiveError) as caught:
        open_archive(db, read_only=True)
    assert "older newsarchive" in str(caught.value) and "\n" not in str(caught.value)
    assert db.read_bytes() == before


@pytest.mark.parametrize("empty", [True, False])
def test_a_read_only_open_refuses_a_missing_or_empty_file_with_one_line(tmp_path, empty):
    db = tmp_path / "a.db"
    if empty:
        db.touch()
    with pytest.raises(ArchiveError) as caught:
        open_archive(db, read_only=True)
    assert str(db) in str(caught.value) and "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == (["a.db"] if empty else [])
    assert not empty or db.stat().st_size == 0
