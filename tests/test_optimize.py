"""``newsarchive optimize``: each full-text index merged into one segment, every search
answering as before."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.storage import open_archive

NOW = datetime(2024, 6, 30, 9, 0, tzinfo=VN_TZ)


def test_optimize_merges_each_index_and_searches_answer_the_same(tmp_path):
    path = tmp_path / "a.db"
    for n in range(12):  # a crawl a day: each commit adds a segment to each index
        with open_archive(path, create=True) as archive:
            archive.write_article(Article(
                url=f"https://laodongthudo.vn/{n}.html", site="laodongthudo",
                title=f"Công nhân số {n}", text=f"Công nhân nhà máy số {n} nhận thưởng.",
                language="vi", published=NOW - timedelta(days=n)))

    def search(*query: str) -> str:
        result = CliRunner().invoke(cli, ["--db", str(path), "search", *query])
        assert result.exit_code == 0, result.output
        return result.stdout

    queries = [("cong nhan",), ("Công", "nhân", "--exact"), ('"nha may so 3"',),
               ("thuong", "--since", "25/06/2024", "--sort", "oldest")]
    before = [search(*q) for q in queries]
    result = CliRunner().invoke(cli, ["--db", str(path), "optimize"])
    assert result.exit_code == 0, result.output
    merged = [re.fullmatch(r"(\w+): (\d+) segments? -> (\d+) in [\d.]+ s", line)
              for line in result.stdout.splitlines()]
    assert [(m[1], int(m[2]) > 1, m[3]) for m in merged] == [
        ("articles_fold", True, "1"), ("articles_fts", True, "1")], result.stdout
    assert [search(*q) for q in queries] == before
    again = CliRunner().invoke(cli, ["--db", str(path), "optimize"])
    assert again.exit_code == 0 and again.stderr == ""  # quiet off a terminal (cron)
    assert "articles_fold: 1 segment -> 1" in again.stdout


def test_optimize_without_an_archive_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "optimize"])
    assert result.exit_code == 2
    assert result.output == (f"Error: no archive at {tmp_path / 'none.db'}; run 'newsarchive "
                             "crawl SITE' first or pass --db PATH\n")
