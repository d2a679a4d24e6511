"""The progress line shown on a terminal during a long crawl."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from crawler.progress import ProgressLine
from spiders.laodongthudo import LaoDongThuDoSpider


def test_progress_line_shows_pages_articles_errors_and_rate(capsys):
    crawler = get_crawler(LaoDongThuDoSpider, {"NEWSARCHIVE_PROGRESS": True})
    crawler.spider = LaoDongThuDoSpider()
    crawler.stats.set_value("downloader/response_count", 120)
    crawler.stats.set_value("newsarchive/articles/new", 40)
    crawler.stats.set_value("newsarchive/articles/updated", 2)
    crawler.stats.set_value("newsarchive/failed/http_404", 3)
    crawler.stats.set_value("newsarchive/failed/timeout", 1)
    ProgressLine(crawler).show()
    line = capsys.readouterr().err
    assert line.startswith("\r\x1b[K")
    assert "laodongthudo: 120 pages · 40 new, 2 updated · 4 errors · " in line
    assert line.endswith(" pages/s")


def test_progress_line_is_off_unless_asked():
    import pytest
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        ProgressLine.from_crawler(get_crawler(LaoDongThuDoSpider, {}))
