"""Search that stays in the folded index: phrases by word pairs, filters as index
terms, date order by months, estimated counts, and archives upgraded to it."""

from __future__ import annotations

import importlib
import json
import sqlite3
import unicodedata
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.search import counting, exact_rank, ranking, search
from crawler.storage import Filters, open_archive, schema

DAY = datetime(2023, 12, 30, 8, 0, tzinfo=VN_TZ)


def article(n: int, text: str, *, days: int | None = 0, site: str = "laodongthudo",
            title: str = "Tin", authors: tuple[str, ...] = (), section: str | None = None
            ) -> Article:
    return Article(url=f"https://{site}.vn/{n}.html", site=site, title=f"{title} {n}",
                   text=text, authors=list(authors), section=section, language="vi",
                   published=None if days is None else DAY + timedelta(days=days))


def make(tmp_path, articles: list[Article]):
    archive = open_archive(tmp_path / "a.db", create=True)
    for a in articles:
        archive.write_article(a)
    archive.commit()
    return archive


def urls(found) -> list[str]:
    return [r.url for r in found.results]


def test_a_phrase_matches_its_words_in_order_only(tmp_path):
    archive = make(tmp_path, [
        article(1, "Người dân xã Mường Phăng đón Tết."),
        article(2, "Người dân xã gặp dân Mường Phăng."),        # "dân" twice, apart
        article(3, "Mường Phăng, xã của người dân."),           # words reversed
    ])
    assert urls(search(archive, '"nguoi dan xa muong phang"')) == ["https://laodongthudo.vn/1.html"]
    assert len(search(archive, '"dan xa"').results) == 2
    assert urls(search(archive, '"xa cua"')) == ["https://laodongthudo.vn/3.html"]
    # typed with decomposed accents (NFD), as some keyboards do
    nfd = unicodedata.normalize("NFD", '"Người dân xã Mường Phăng"')
    assert urls(search(archive, nfd)) == ["https://laodongthudo.vn/1.html"]
    # the words of the title and the text are never read as one phrase
    assert search(archive, '"tin 1 nguoi"').total == 0


def test_filters_in_the_index_match_the_rows(tmp_path):
    archive = make(tmp_path, [
        article(1, "Điện Biên mùa hoa ban", days=0, authors=("Trần Vũ", "Hà Thu"),
                section="Văn hóa"),
        article(2, "Điện Biên đón khách", days=3, site="baodienbienphu",
                authors=("Vũ Hà",), section="Văn hóa - Xã hội"),
        article(3, "Điện Biên không ngày", days=None),
    ])
    def found(**kw):
        return sorted(urls(search(archive, "dien bien", filters=Filters(**kw))))
    assert found(site="baodienbienphu") == ["https://baodienbienphu.vn/2.html"]
    assert found(section="van hoa") == ["https://laodongthudo.vn/1.html"]
    assert found(author="tran vu") == ["https://laodongthudo.vn/1.html"]
    assert found(author="vu ha") == ["https://baodienbienphu.vn/2.html"]  # not "Vũ" + "Hà"
    since = datetime(2024, 1, 1, tzinfo=VN_TZ)
    assert found(since=since) == ["https://baodienbienphu.vn/2.html"]
    assert found(until=since) == ["https://laodongthudo.vn/1.html"]
    # a bound with a time of day cannot be said in day tokens: rows are read instead
    assert found(since=DAY + timedelta(days=3, minutes=-1)) == ["https://baodienbienphu.vn/2.html"]
    assert found(since=DAY + timedelta(days=3, minutes=1)) == []
    # and the rows are read with the same meaning of --section and --author
    late = DAY - timedelta(minutes=1)
    for kw in ({"section": "van hoa xa hoi"}, {"author": "vu ha"}):
        assert found(**kw) == found(**kw, since=late) == ["https://baodienbienphu.vn/2.html"]
    assert found(author="tra") == found(author="tra", since=late) == []  # not in "Trần"


@pytest.mark.parametrize("dense", [0, 10**9])  # by days, by months
def test_newest_walks_months_across_years_undated_last(tmp_path, monkeypatch, dense):
    monkeypatch.setattr(counting, "DENSE_MONTH", dense)
    days = [40, -400, 0, None, 2, 35]
    archive = make(tmp_path, [article(i, "Hà Nội", days=d) for i, d in enumerate(days)])
    def order(sort, **kw):
        return [int(u.rsplit("/", 1)[1].split(".")[0])
                for u in urls(search(archive, "ha noi", sort=sort, **kw))]
    assert order("newest") == [0, 5, 4, 2, 1, 3]
    assert order("oldest") == [1, 2, 4, 5, 0, 3]
    assert order("newest", limit=2, offset=1) == [5, 4]


def test_past_the_cap_the_count_is_an_estimate(tmp_path, monkeypatch):
    archive = make(tmp_path, [article(i, f"Công nhân số {i}") for i in range(12)])
    monkeypatch.setattr(counting, "COUNT_CAP", 5)
    found = search(archive, "cong nhan")
    assert (found.total, found.exact_total, len(found.results)) == (12, False, 12)
    assert search(archive, '"so 7"').exact_total
    result = CliRunner().invoke(cli, ["--db", str(archive.path), "search", "cong", "nhan",
                                      "--limit", "2"])
    assert result.output.startswith("1-2 of about 12 articles matching 'cong nhan'\n")
    data = json.loads(CliRunner().invoke(cli, ["--db", str(archive.path), "search", "cong",
                                               "--facets", "--format", "json"]).output)
    assert (data["total"], data["total_exact"], data["facets"]["site"]) == (
        12, False, {"laodongthudo": 12})


def test_relevance_weighs_rare_words_and_orders_common_ones_by_date(tmp_path, monkeypatch):
    archive = make(tmp_path, [
        article(1, "Công nhân được quà Tết.", title="Hoa ban nở"),
        article(2, "Công nhân và hoa ban.", days=1),
        article(3, "Công nhân nghỉ Tết.", days=2),
    ])
    # "ban" is in a third of the articles: it weighs most
    top = urls(search(archive, "cong nhan ban"))
    assert top[0] == "https://laodongthudo.vn/1.html"  # "ban" in the title
    # words too common to give FTS5 (as at a million articles) are scored by column
    monkeypatch.setattr(ranking, "SCORED_DOCS", 0)
    monkeypatch.setattr(exact_rank, "EXACT_ROWS", 0)
    assert urls(search(archive, "cong nhan ban"))[0] == "https://laodongthudo.vn/1.html"
    assert urls(search(archive, "cong nhan")) == [  # all in the text alike: by date
        f"https://laodongthudo.vn/{n}.html" for n in (3, 2, 1)]


def test_an_archive_of_schema_003_is_upgraded_and_searchable(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    with open_archive(path, create=True) as old:
        old.write_article(article(1, "Đường lên bản", authors=("Lò Văn Hưng",)))
    monkeypatch.undo()
    with open_archive(path) as archive:
        assert "004_fold_terms" in [r[0] for r in archive.db.execute(
            "SELECT name FROM _migrations")]
        assert urls(search(archive, '"duong len"', filters=Filters(author="lo van hung"))) == [
            "https://laodongthudo.vn/1.html"]
    # another tool may change columns that are not indexed; an indexed one needs our
    # functions, and the write fails whole, changing nothing
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE articles SET first_seen = '2026-01-01'")
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            conn.execute("UPDATE articles SET title = 'x'")
    with open_archive(path) as archive:
        assert archive.get("https://laodongthudo.vn/1.html").title == "Tin 1"


@pytest.mark.parametrize("walk", [5_000, 1])  # 1: the exact index walk stops at once,
def test_exact_accents_first_however_checked(tmp_path, monkeypatch, walk):  # rows are read
    search_module = importlib.import_module("crawler.search.api")
    monkeypatch.setattr(search_module, "EXACT_WALK", walk)
    archive = make(tmp_path, [
        article(1, "Con đường về bản."), article(2, "Hàng dương ven biển."),
        article(3, "Người đương chức."), article(4, "Đường lên bản, hàng dương."),
        article(5, "Duong là tên riêng."),
    ])
    found = [int(u.rsplit("/", 1)[1].split(".")[0]) for u in urls(search(archive, "đường"))]
    assert sorted(found[:2]) == [1, 4] and sorted(found[2:]) == [2, 3, 5]
    found = [int(u.rsplit("/", 1)[1].split(".")[0]) for u in urls(search(archive, "dương"))]
    assert sorted(found[:2]) == [2, 4] and sorted(found[2:]) == [1, 3, 5]


def test_a_walk_that_has_a_big_enough_sample_stops_and_estimates(tmp_path, monkeypatch):
    # 40 articles, every other one about "lúa": 5 blocks of 8 rowids, 2 matches read
    # in each (from its top) say every other row matches
    archive = make(tmp_path, [article(i, "Giá lúa tăng." if i % 2 else "Giá cà phê.")
                              for i in range(40)])
    monkeypatch.setattr(counting, "MIN_SAMPLE", 5)
    found = search(archive, "lua", limit=3)
    assert (found.total, found.exact_total) == (20, False)
    assert urls(found) == [f"https://laodongthudo.vn/{n}.html" for n in (39, 37, 35)]
    monkeypatch.setattr(counting, "MIN_SAMPLE", 6)
    assert (search(archive, "lua").total, search(archive, "gia").total) == (20, 40)
    monkeypatch.setattr(counting, "MIN_SAMPLE", 1_000)
    assert search(archive, "lua").exact_total
