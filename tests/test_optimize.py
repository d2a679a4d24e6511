"""``newsarchive optimize``: each full-text index merged into one segment, every search
answering as before."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.storage import ArchiveError, open_archive
from crawler.storage.maintenance import optimize, segments

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


def test_optimize_leaves_an_archive_that_cannot_be_written_alone(tmp_path):
    # a read-only copy (a published archive) opens read-only; optimize says so and
    # writes nothing (the CLI prints the message as one line, exit 2)
    path = tmp_path / "a.db"
    for n in range(3):
        with open_archive(path, create=True) as archive:
            archive.write_article(Article(url=f"https://laodongthudo.vn/{n}.html",
                                          site="laodongthudo", title="Tin", language="vi",
                                          text=f"Công nhân số {n}."))
    with open_archive(path, read_only=True) as archive:
        before = segments(archive, "articles_fold")
        with pytest.raises(ArchiveError, match=r"cannot be written .* run it where the "
                                               "archive can be written"):
            optimize(archive)
        assert before > 1 and segments(archive, "articles_fold") == before
