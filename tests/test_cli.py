"""The command line as a user sees it: exact output, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article, Image
from crawler.storage import open_archive

ARTICLES = [
    Article(url="https://laodongthudo.vn/a-1.html", site="laodongthudo",
            title="Lao Động Thủ Đô trao quà cho công nhân",
            lead="(LĐTĐ) Công đoàn trao quà cho công nhân khó khăn.",
            text="(LĐTĐ) Công đoàn trao quà cho công nhân khó khăn.\n\n"
                 "Đoàn công tác lên Điện Biên trao 200 suất quà.",
            authors=["Hà Thu"], published=datetime(2024, 4, 25, 19, 42, tzinfo=VN_TZ),
            section="Công đoàn", tags=["công đoàn"],
            images=[Image("https://laodongthudo.vn/i.jpg", "Trao quà")], language="vi",
            fetched=datetime(2026, 11, 1, tzinfo=VN_TZ)),
    Article(url="https://baodienbienphu.vn/tin-bai/xa-hoi/b", site="baodienbienphu",
            title="Đường lên bản mới",
            text="ĐBP - Con đường bê tông về bản Huổi Lóng đã hoàn thành.\n\n"
                 "Người dân phấn khởi, biên giới thêm vững.",
            published=datetime(2024, 5, 2, 8, 15, tzinfo=VN_TZ), language="vi",
            fetched=datetime(2026, 11, 1, tzinfo=VN_TZ)),
    Article(url="https://baodienbienphu.vn/tin-bai/xa-hoi/c", site="baodienbienphu",
            title="Dương liễu ven biển",
            text="Hàng dương ven biển và bàn ghế đá. Biên phòng tuần tra, nói về điện lưới.",
            published=datetime(2024, 5, 3, 9, 0, tzinfo=VN_TZ), language="vi",
            fetched=datetime(2026, 11, 1, tzinfo=VN_TZ)),
]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "archive.db"
    with open_archive(path, create=True) as archive:
        for article in ARTICLES:
            archive.write_article(article)
    return path


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


def test_search_prints_ranked_results_with_snippets(db):
    result = run("--db", str(db), "search", "200", "suat")
    assert result.exit_code == 0
    assert result.output == (
        "1 article matching '200 suat'\n\n"
        "1. Lao Động Thủ Đô trao quà cho công nhân\n"
        "   laodongthudo · 2024-04-25 19:42 · https://laodongthudo.vn/a-1.html\n"
        "   (LĐTĐ) Công đoàn trao quà cho công nhân khó khăn. Đoàn công tác lên Điện Biên "
        "trao 200 suất quà.\n\n")


@pytest.mark.parametrize("query", ['"dien bien"', '"DIEN BIEN"', '"Điện Biên"', '"điện biên"'])
def test_accents_and_case_do_not_matter(db, query):
    result = run("--db", str(db), "search", query, "--format", "json")
    assert [r["url"] for r in json.loads(result.output)] == ["https://laodongthudo.vn/a-1.html"]


def test_d_with_stroke_folds_to_d(db):
    result = run("--db", str(db), "search", "lao dong thu do", "--format", "json")
    assert [r["title"] for r in json.loads(result.output)] == [ARTICLES[0].title]


def test_accented_query_ranks_exact_accents_first(db):
    # "đường" folds to "duong", as does "Dương": both articles match; the
    # one that has "đường" itself comes first, though "Dương" is in the other's
    # title (which weighs more in BM25).
    result = run("--db", str(db), "search", "đường", "--format", "json")
    urls = [r["url"] for r in json.loads(result.output)]
    assert urls == ["https://baodienbienphu.vn/tin-bai/xa-hoi/b",
                    "https://baodienbienphu.vn/tin-bai/xa-hoi/c"]
    result = run("--db", str(db), "search", "dương", "--format", "json")
    urls = [r["url"] for r in json.loads(result.output)]
    assert urls == ["https://baodienbienphu.vn/tin-bai/xa-hoi/c",
                    "https://baodienbienphu.vn/tin-bai/xa-hoi/b"]


def test_quoted_phrase_matches_only_adjacent_words(db):
    words = json.loads(run("--db", str(db), "search", "bien dien", "--format", "json").output)
    phrase = json.loads(run("--db", str(db), "search", '"bien dien"', "--format",
                            "json").output)
    assert len(words) == 2  # "Biên phòng ... điện lưới" and "Điện Biên"
    assert phrase == []
    adjacent = json.loads(run("--db", str(db), "search", '"dien bien"', "--format",
                              "json").output)
    assert [r["url"] for r in adjacent] == ["https://laodongthudo.vn/a-1.html"]


def test_search_json_and_csv_records(db):
    records = json.loads(run("--db", str(db), "search", "ban", "--format", "json").output)
    assert set(records[0]) == {"rank", "title", "site", "published", "section", "authors",
                               "url", "snippet", "score"}
    csv_out = run("--db", str(db), "search", "ban", "--format", "csv").output
    assert csv_out.splitlines()[0] == "rank,title,site,published,url,snippet,score"


def urls(*args: str) -> list[str]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [r["url"] for r in json.loads(result.output)]


A, B, C = (a.url for a in ARTICLES)


def test_exact_keeps_only_the_accents_typed(db):
    assert urls("--db", str(db), "search", "đường", "--exact") == [B]
    assert urls("--db", str(db), "search", "dương", "--exact") == [C]
    # typed without accents: both spellings, each once (their order is relevance's)
    assert sorted(urls("--db", str(db), "search", "duong")) == sorted([B, C])


@pytest.mark.parametrize(("options", "expected"), [
    (["--site", "laodongthudo"], [A]),
    (["--section", "cong doan"], [A]),
    (["--author", "ha thu"], [A]),
    (["--since", "01/05/2024"], [B, C]),
    (["--until", "02/05/2024"], [A, B]),
    (["--since", "2024-05-02", "--until", "2024-05-02"], [B]),
    (["--sort", "newest"], [C, B, A]),
    (["--sort", "oldest"], [A, B, C]),
    (["--sort", "oldest", "--limit", "1", "--offset", "1"], [B]),
])
def test_filters_and_sorting(db, options, expected):
    found = urls("--db", str(db), "search", "bien OR ban OR cong", *options)
    assert found == expected if "--sort" in options else sorted(found) == sorted(expected)


def test_facets_count_all_matches_per_site_section_and_month(db):
    result = run("--db", str(db), "search", "bien OR ban OR cong", "--facets", "--limit", "1",
                 "--format", "json")
    data = json.loads(result.output)
    assert data["total"] == 3 and len(data["results"]) == 1
    assert data["facets"] == {"site": {"baodienbienphu": 2, "laodongthudo": 1},
                              "section": {"no section": 2, "Công đoàn": 1},
                              "month": {"2024-05": 2, "2024-04": 1}}


def test_bad_date_is_one_line(db):
    result = CliRunner().invoke(cli, ["--db", str(db), "search", "bien", "--since", "32/13/2024"])
    assert result.exit_code == 2
    assert result.output == ("Error: bad date '32/13/2024' for --since: write it day first, "
                             "e.g. 25/04/2024, or as ISO 2024-04-25\n")


def test_stats_and_export(db):
    stats = json.loads(run("--db", str(db), "stats", "--format", "json").output)
    assert stats["articles"] == 3
    assert [(s["site"], s["articles"], s["months"]) for s in stats["sites"]] == [
        ("baodienbienphu", 2, {"2024-05": 2}), ("laodongthudo", 1, {"2024-04": 1})]
    lines = run("--db", str(db), "export", "--site", "baodienbienphu").output.splitlines()
    assert [json.loads(line)["url"] for line in lines] == [B, C]
    out = run("--db", str(db), "export", "--format", "csv", "--until", "30/04/2024").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["url"], json.loads(r["authors"]), r["text"]) for r in rows] == [
        (A, ["Hà Thu"], ARTICLES[0].text)]


def test_sqlite_utils_search_works_on_the_archive(db):
    import sqlite_utils

    table = sqlite_utils.Database(db)["articles"]
    assert table.detect_fts() == "articles_fts"
    assert [r["url"] for r in table.search('"Điện Biên"')] == [A]


def test_show_prints_one_article_as_text_and_json(db):
    text = run("--db", str(db), "show", "https://laodongthudo.vn/a-1.html")
    assert text.exit_code == 0
    assert text.output == (
        "Lao Động Thủ Đô trao quà cho công nhân\n"
        "laodongthudo · Công đoàn · 2024-04-25T19:42:00+07:00 · Hà Thu\n"
        "https://laodongthudo.vn/a-1.html\n"
        "Tags: công đoàn\n\n"
        "(LĐTĐ) Công đoàn trao quà cho công nhân khó khăn.\n\n"
        "Đoàn công tác lên Điện Biên trao 200 suất quà.\n\n"
        "Images:\n"
        "  https://laodongthudo.vn/i.jpg  (Trao quà)\n")
    record = json.loads(run("--db", str(db), "show", "https://laodongthudo.vn/a-1.html",
                            "--format", "json").output)
    assert record == {
        "url": "https://laodongthudo.vn/a-1.html", "site": "laodongthudo",
        "title": "Lao Động Thủ Đô trao quà cho công nhân",
        "text": ARTICLES[0].text, "lead": ARTICLES[0].lead, "authors": ["Hà Thu"],
        "published": "2024-04-25T19:42:00+07:00", "modified": None, "section": "Công đoàn",
        "tags": ["công đoàn"], "images": [{"url": "https://laodongthudo.vn/i.jpg",
                                          "caption": "Trao quà"}],
        "language": "vi", "fetched": "2026-11-01T00:00:00+07:00"}


def test_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_DB", str(db))
    result = run("show", "https://laodongthudo.vn/a-1.html", "--format", "json")
    assert result.exit_code == 0


def test_sites_lists_known_sites_with_counts(db):
    records = json.loads(run("--db", str(db), "sites", "--format", "json").output)
    assert [(r["name"], r["articles"]) for r in records] == [
        ("baodienbienphu", 2), ("laodongthudo", 1)]
    assert records[0]["discovery"] == ["sitemap", "api"]


# --- bad input: one line on stderr, exit code 2, no traceback ---------------------

@pytest.mark.parametrize(("query", "message"), [
    ("   ", "empty query"),
    ("?! ,", "empty query"),
    ("-", "empty query"),
    ("-bien", "a query needs at least one word to find"),
    ('"dien bien', 'unbalanced quote in \'"dien bien\': close the phrase with " or remove it'),
    ('lao "dong" "thu do', "unbalanced quote in"),
])
def test_bad_query(db, query, message):
    result = run("--db", str(db), "search", query)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {message}")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize("query", ['"dien bien', "AND", "dien AND", "(bien", "NEAR(", "a:b",
                                   "dien^", "*", "OR dien"])
def test_fts_syntax_never_leaks(db, query):
    result = run("--db", str(db), "search", query)
    assert result.exit_code in (0, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unknown_site(tmp_path):
    result = run("--db", str(tmp_path / "a.db"), "crawl", "nosuchsite")
    assert result.exit_code == 2
    assert result.output == ("Error: unknown site 'nosuchsite'; known sites: baodienbienphu, "
                             "laodongthudo (see 'newsarchive sites')\n")


def test_bad_redirect(tmp_path):
    result = run("--db", str(tmp_path / "a.db"), "crawl", "laodongthudo",
                 "--redirect", "laodongthudo.vn")
    assert result.exit_code == 2
    assert result.output.startswith("Error: bad redirect 'laodongthudo.vn': expected HOST=ADDR")


def test_missing_archive(tmp_path):
    result = run("--db", str(tmp_path / "none.db"), "search", "dien")
    assert result.exit_code == 2
    assert result.output == (f"Error: no archive at {tmp_path / 'none.db'}; run 'newsarchive "
                             "crawl SITE' first or pass --db PATH\n")


def test_archive_path_is_a_directory(tmp_path):
    result = run("--db", str(tmp_path), "search", "dien")
    assert result.exit_code == 2
    assert result.output == (f"Error: {tmp_path} is a directory, not an archive file; "
                             "pass --db FILE\n")


def test_archive_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("not sqlite at all, just some notes " * 100)
    result = run("--db", str(bogus), "search", "dien")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {bogus} is not a newsarchive archive")
    assert bogus.read_text().startswith("not sqlite")  # untouched


def test_archive_folder_missing_for_crawl(tmp_path):
    target = tmp_path / "no" / "such" / "a.db"
    result = run("--db", str(target), "crawl", "laodongthudo")
    assert result.exit_code == 2
    assert result.output == (f"Error: cannot create {target}: folder {target.parent} "
                             "does not exist\n")


def test_show_unknown_url(db):
    result = run("--db", str(db), "show", "https://laodongthudo.vn/none-1.html")
    assert result.exit_code == 2
    assert "no article with URL https://laodongthudo.vn/none-1.html" in result.output


def _commands(group: click.Group) -> list[str]:
    return sorted(group.commands)


@pytest.mark.parametrize("command", [[], *([c] for c in _commands(cli))])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage: " in result.output and "Options:" in result.output
    if command:
        assert cli.commands[command[0]].help, f"{command[0]} has no help text"
