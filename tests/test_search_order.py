"""Search as a user sees it does not depend on the order articles were stored in.

A first crawl stores articles newest first when it walks a sitemap or a section
back in time, and a ``--since`` backfill stores old articles after new ones; a
daily crawl stores them oldest first. Each archive here is filled in both
orders, and the CLI must print the same thing: "recent" means recently
published, ties go to the newer article, a title match outranks a body
mention however common the word, and an estimated count stays near the truth.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

# search --help is made when its module is imported, from the constants that tests
# below patch: imported here, before any test runs
from crawler.cli import reading  # noqa: F401
from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.search import common_terms, counting, exact_rank, ranking, search
from crawler.storage import Filters, open_archive, schema

NOW = datetime(2024, 6, 30, 9, 0, tzinfo=VN_TZ)
ORDERS = ("newest first", "oldest first")  # a backfill / a daily crawl


def article(age: int, text: str, title: str = "Tin") -> Article:
    """An article published `age` days before NOW (its number in its URL)."""
    return Article(url=f"https://laodongthudo.vn/{age}.html", site="laodongthudo",
                   title=f"{title} số {age}", text=text, language="vi",
                   published=NOW - timedelta(days=age))


RANKINGS = ("exact", "candidates", "common", "short walk")


def rank_as(monkeypatch, how: str) -> None:
    """Rank as a small archive does ("exact": FTS5's bm25 over every match), or as at a
    million articles, over the recent candidates: by FTS5's bm25 ("candidates"), or
    with every word too common for it ("common": by column, then counted in the rows).
    "short walk": FTS5 may score only 3 rows of the candidates' span, lowest rowid
    first; which candidates it would reach is the storage order's choice, so the words
    are scored as common ones, for every candidate alike."""
    if how != "exact":
        monkeypatch.setattr(exact_rank, "EXACT_ROWS", 0)
    if how == "common":
        monkeypatch.setattr(ranking, "SCORED_DOCS", 0)
    if how == "short walk":
        monkeypatch.setattr(ranking, "RANK_WALK", 3)


def fill(tmp_path, articles: list[Article], order: str):
    path = tmp_path / f"{order.replace(' ', '-')}.db"
    ages = sorted(articles, key=lambda a: a.published, reverse=order == "newest first")
    with open_archive(path, create=True) as archive:
        for a in ages:
            archive.write_article(a)
    return path


def run(path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(path), "search", *args])
    assert result.exit_code == 0, result.output
    return result.output


def ranks(output: str) -> list[int]:
    """The article numbers (days old) in the order printed."""
    return [int(n) for n in re.findall(r"laodongthudo\.vn/(\d+)\.html", output)]


def archive_301() -> list[Article]:
    """301 days of news: "Hà Nội" in every other article's text, and in the title
    of one old article; "Bát Tràng" in five articles that score alike."""
    out = []
    for age in range(301):
        text = "Người dân Hà Nội đón mùa mới." if age % 2 else "Người dân Hải Phòng đón mùa mới."
        if age in (40, 80, 120, 160, 200):
            text = "Gốm Bát Tràng vào mùa mới ở làng."
        title = "Hà Nội mùa thu" if age == 250 else "Tin tức trong ngày"
        out.append(article(age, text, title))
    return out


@pytest.mark.parametrize("how", RANKINGS)
@pytest.mark.parametrize("order", ORDERS)
def test_relevance_title_first_then_newest_whatever_the_order(tmp_path, monkeypatch, order,
                                                               how):
    rank_as(monkeypatch, how)
    path = fill(tmp_path, archive_301(), order)
    output = run(path, "ha noi", "--limit", "4")
    assert output.startswith("1-4 of 151 articles matching 'ha noi'\n")
    # the title match, old as it is, then the body mentions from the newest
    assert ranks(output) == [250, 1, 3, 5]
    assert ranks(run(path, "bat trang")) == [40, 80, 120, 160, 200]  # ties: newer first
    assert ranks(run(path, "ha noi", "--sort", "newest", "--limit", "3")) == [1, 3, 5]
    # the same ranking where rows are read: --exact, and a bound with a time of day
    assert ranks(run(path, "hà nội", "--exact", "--limit", "4")) == [250, 1, 3, 5]
    with open_archive(path) as archive:
        late = Filters(since=NOW - timedelta(days=300, minutes=1))
        found = search(archive, "ha noi", filters=late, limit=4)
        assert [int(r.url.rsplit("/", 1)[1][:-5]) for r in found.results] == [250, 1, 3, 5]
        oldest = search(archive, "bat trang", filters=late, sort="oldest")
        assert [int(r.url.rsplit("/", 1)[1][:-5]) for r in oldest.results] == [
            200, 160, 120, 80, 40]



@pytest.mark.parametrize("order", ORDERS)
def test_a_query_with_few_matches_is_ranked_over_all_of_them(tmp_path, monkeypatch, order):
    # 151 matches: FTS5 ranks them all by its bm25, cheaply, so the title match 250 days
    # old comes first although only the 10 newest would be candidates; where FTS5 would
    # read too much for it (at a million articles), the candidates are ranked.
    monkeypatch.setattr(ranking, "RANK_CANDIDATES", 10)
    path = fill(tmp_path, archive_301(), order)
    assert ranks(run(path, "ha noi", "--limit", "3")) == [250, 1, 3]
    monkeypatch.setattr(exact_rank, "EXACT_ROWS", 151 + 2)  # the words' articles count too
    assert ranks(run(path, "ha noi", "--limit", "3")) == [1, 3, 5]


def counts_and_lengths() -> list[Article]:
    """30 days of news: "Bát Tràng" in four of them, once or three times, in a short
    text or one padded with other words; the rest about something else."""
    pad = " Trời hôm nay nắng nhẹ, gió đông nam cấp hai." * 3
    texts = {5: "Gốm Bát Tràng.", 10: "Gốm Bát Tràng." + pad,
             15: "Gốm Bát Tràng, làng Bát Tràng, chợ Bát Tràng." + pad,
             20: "Gốm Bát Tràng." + pad}
    return [article(age, texts.get(age, "Giá lúa hôm nay." + pad)) for age in range(30)]


@pytest.mark.parametrize("how", RANKINGS)
@pytest.mark.parametrize("order", ORDERS)
def test_relevance_weighs_count_and_length_as_bm25(tmp_path, monkeypatch, order, how):
    # A small archive: the word is in more than a tenth of it, and FTS5's BM25 scores it exactly,
    # counting it (three times beats once) and its article's length (short beats long,
    # once each); equal scores go to the newer article. Scored as a word too common for
    # FTS5 (a million articles), the best candidates are counted from their rows: the
    # same order.
    rank_as(monkeypatch, how)
    path = fill(tmp_path, counts_and_lengths(), order)
    assert ranks(run(path, "bat trang")) == [15, 5, 10, 20]


@pytest.mark.parametrize("order", ORDERS)
def test_only_the_best_candidates_of_a_common_word_are_counted_from_their_rows(
        tmp_path, monkeypatch, order):
    # Past the RESCORED best, a common word's count in the text is out of reach: the
    # three mentions of article 15 count once, and its length puts it last.
    rank_as(monkeypatch, "common")
    monkeypatch.setattr(ranking, "RESCORED", 1)
    path = fill(tmp_path, counts_and_lengths(), order)
    assert ranks(run(path, "bat trang")) == [5, 10, 20, 15]


@pytest.mark.parametrize("order", ORDERS)
def test_relevance_candidates_are_the_most_recently_published(tmp_path, monkeypatch, order):
    # only the 10 most recently published matches are ranked; the title match is
    # older than them, so it comes after them, in either order of storage
    rank_as(monkeypatch, "candidates")
    monkeypatch.setattr(ranking, "RANK_CANDIDATES", 10)
    monkeypatch.setattr(counting, "MIN_SAMPLE", 20)  # a walk that estimates
    path = fill(tmp_path, archive_301(), order)
    assert ranks(run(path, "ha noi", "--limit", "12")) == [1, 3, 5, 7, 9, 11, 13, 15, 17,
                                                            19, 21, 23]


def heads_60() -> list[Article]:
    """60 days of news, "Hà Nội" in every text; in the title of the one 30 days old and
    the one 59 days old, in the lead of the one 20 days old."""
    return [dataclasses.replace(
        article(age, "Người dân Hà Nội đón mùa mới.",
                "Hà Nội mùa thu" if age in (30, 59) else "Tin tức"),
        lead="Hà Nội đón mùa mới." if age == 20 else "Tin trong ngày.") for age in range(60)]


@pytest.mark.parametrize("column_walk", [5, 0])  # title and lead asked of the index, or read
@pytest.mark.parametrize("order", ORDERS)
def test_a_common_word_in_the_title_or_lead_first_among_the_recent_days(
        tmp_path, monkeypatch, order, column_walk):
    # As at a million articles: the word too common for FTS5's bm25, and more matches than
    # candidates and than COUNT_CAP, so that the candidates are whole days from the newest
    # (46 of them here). Whether a candidate has the word in its title or lead is asked of
    # the index within those days, or read from the heads table: the same order either
    # way, in either storage order.
    rank_as(monkeypatch, "common")
    monkeypatch.setattr(ranking, "RANK_CANDIDATES", 40)
    monkeypatch.setattr(counting, "COUNT_CAP", 20)
    monkeypatch.setattr(ranking, "COUNT_CAP", 20)
    monkeypatch.setattr(common_terms, "COLUMN_WALK", column_walk)
    path = fill(tmp_path, heads_60(), order)
    assert ranks(run(path, "ha noi", "--limit", "4")) == [30, 20, 0, 1]
    # past the candidates (46 days), the older matches newest first: the title match 59
    # days old among them
    assert ranks(run(path, "ha noi", "--limit", "60"))[46:] == list(range(46, 60))


def skewed() -> list[Article]:
    """A word in every third article, and another only in the newest 100 days."""
    return [article(age, " ".join(["Giá lúa tăng." if age % 3 == 0 else "Giá cà phê.",
                                   "Bão số 3 đổ bộ." if age < 100 else "Trời nắng."]))
            for age in range(400)]


@pytest.mark.parametrize("order", ORDERS)
def test_estimated_counts_hold_whatever_the_order(tmp_path, monkeypatch, order):
    monkeypatch.setattr(counting, "MIN_SAMPLE", 80)  # 5 matches a block
    path = fill(tmp_path, skewed(), order)
    for query, exact in (("lua", 134), ("bao so 3", 100)):
        first = run(path, query, "--limit", "1").splitlines()[0]
        estimate = int(re.search(r"of about ([\d,]+) articles", first)[1].replace(",", ""))
        assert abs(estimate - exact) <= 0.25 * exact, (query, first)
    monkeypatch.setattr(counting, "MIN_SAMPLE", 1_000)  # read whole: exact
    assert run(path, "bao so 3", "--limit", "1").startswith("1-1 of 100 articles")


def test_readme_and_help_carry_the_figures_the_code_uses():
    from pathlib import Path

    from crawler.search.counting import COUNT_CAP, MIN_SAMPLE
    from crawler.search.indexes import COLUMN_WEIGHTS
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    helptext = " ".join(CliRunner().invoke(cli, ["search", "--help"]).output.split())
    w = COLUMN_WEIGHTS
    for figure in (f"title {w['title']:g}, lead {w['lead']:g}, text {w['text']:g}",
                   f"{ranking.RANK_CANDIDATES:,} most recently published",
                   f"exact up to {COUNT_CAP:,}", f"past {MIN_SAMPLE:,}"):
        assert figure in readme and figure in helptext, figure
    assert f"index entries at most {exact_rank.EXACT_ROWS:,}" in readme


@pytest.mark.parametrize("order", ORDERS)
def test_estimated_count_of_a_date_window_is_not_inflated_by_its_edges(tmp_path, monkeypatch,
                                                                        order):
    """A window of 90 days in 400 days of news: its matches sit in one stretch of rowids
    whose edges fall inside sampling blocks. Counting such a block at the density of
    its first matches put the window at 150 (and a one-year window at a million
    articles at twice its size)."""
    monkeypatch.setattr(counting, "MIN_SAMPLE", 40)  # 5 matches a block: an estimate
    path = fill(tmp_path, [article(age, "Mùa lúa chín vàng đồng.") for age in range(400)], order)
    since, until = (f"{(NOW - timedelta(days=d)).date():%Y-%m-%d}" for d in (214, 124))
    first = run(path, "lua", "--since", since, "--until", until, "--limit", "1").splitlines()[0]
    estimate = int(re.search(r"of about ([\d,]+) articles", first)[1].replace(",", ""))
    assert abs(estimate - 90) <= 9, first
    # past the count cap, relevance looks for the window's recent matches month by month
    # (from the window's last month, not today's): the newest of them come first
    monkeypatch.setattr(counting, "COUNT_CAP", 20)
    monkeypatch.setattr(ranking, "COUNT_CAP", 20)
    assert ranks(run(path, "lua", "--since", since, "--until", until, "--limit", "3")) == [
        124, 125, 126]


@pytest.mark.parametrize("order", ORDERS)
def test_title_matches_in_an_archive_made_before_the_heads_table(tmp_path, monkeypatch, order,
                                                                caplog):
    # Schema 009 keeps each title and lead folded, for ranking common words (as at a
    # million articles). An archive made before it gets the table when opened for
    # writing, and a new title counts from the moment it is stored.
    monkeypatch.setattr(schema, "MIGRATIONS",
                        [m for m in schema.MIGRATIONS if m[0] != "009_article_heads"])
    path = fill(tmp_path, archive_301(), order)
    monkeypatch.undo()
    rank_as(monkeypatch, "common")
    with open_archive(path) as archive:  # opened for writing: upgraded, and it says so
        assert archive.db.execute("SELECT count(*) FROM article_heads").fetchone() == (301,)
    assert f"updating {path} to this version's schema (009_article_heads)" in caplog.text
    assert ranks(run(path, "ha noi", "--limit", "2")) == [250, 1]
    with open_archive(path) as archive:
        for age, title in ((250, "Tin tức trong ngày"), (7, "Hà Nội vào thu")):
            old = next(a for a in archive_301() if a.url.endswith(f"/{age}.html"))
            archive.write_article(dataclasses.replace(old, title=title))
        # each length, for BM25, is the folded index's own, the new titles' included
        assert archive.db.execute(
            "SELECT count(*) FROM article_heads h JOIN articles_fold_docsize d ON d.id = h.id "
            "WHERE h.length = na_length(d.sz) AND h.length > 5").fetchone() == (301,)
    assert ranks(run(path, "ha noi", "--limit", "2")) == [7, 1]
