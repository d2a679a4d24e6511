"""Saved searches (``newsarchive watch``): added, listed, run, removed; and a crawl
that reports each watch's new matches exactly once.

A first crawl of the Lao Động Thủ Đô fixture site stops early (a small page
budget); watches are saved; a second crawl stores the rest. The articles it
prints for a watch must be exactly the matches that were not in the archive
before, each listed once; then nothing is new any more.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from tests.conftest import SITES, newsarchive
from tests.fixture_server import FixtureServer

QUERY = "cong doan"  # typed without accents: "Công đoàn" (đ folded)


def crawl(server: FixtureServer, db, *extra: str):
    args = ["crawl", "laodongthudo", "--delay", "0", *extra]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    return newsarchive(*args, db=db)


def matches(db, query: str) -> set[str]:
    run = newsarchive("search", query, "--limit", "1000", "--format", "json", db=db)
    assert run.returncode == 0, run.stderr
    return {r["url"] for r in json.loads(run.stdout)}


def listed_urls(output: str) -> list[str]:
    return re.findall(r"https://laodongthudo\.vn/\S+", output)


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    """(db, matches before, first crawl's output, second crawl's output, third's)."""
    db = tmp_path_factory.mktemp("watch") / "archive.db"
    with FixtureServer(SITES / "laodongthudo") as server:
        first = crawl(server, db, "--max-pages", "12")
        assert first.returncode == 0, first.stderr[-2000:]
        before = matches(db, QUERY)
        assert newsarchive("watch", "add", "congdoan", QUERY, db=db).returncode == 0
        added = newsarchive("watch", "add", "nothing", "zzzkhongco", db=db)
        assert added.returncode == 0, added.stderr
        second = crawl(server, db)
        third = crawl(server, db)
    return db, before, second, third


def test_second_crawl_lists_exactly_the_new_matches_once(two_crawls):
    db, before, second, _ = two_crawls
    assert second.returncode == 0, second.stderr[-2000:]
    new = matches(db, QUERY) - before
    assert new, "the second crawl should store articles about công đoàn"
    assert before, "the first crawl should already hold some"
    listed = listed_urls(second.stdout.split("congdoan:", 1)[1])
    assert sorted(listed) == sorted(new)  # exactly the new ones, each once
    count = len(new)
    assert f"congdoan: {count} new article{'s' if count != 1 else ''} matching cong doan" \
        in second.stdout
    assert "nothing" not in second.stdout  # a watch with no new match says nothing


def test_nothing_is_new_after_the_crawl_reported_it(two_crawls):
    db, _, _, third = two_crawls
    assert third.returncode == 0, third.stderr[-2000:]
    assert "congdoan" not in third.stdout + third.stderr
    run = newsarchive("watch", "run", db=db)
    assert run.returncode == 0
    assert run.stdout.splitlines() == ["congdoan: no new match", "nothing: no new match"]
    data = json.loads(newsarchive("watch", "run", "congdoan", "--format", "json",
                                  db=db).stdout)
    assert data == [{"watch": "congdoan", "search": "cong doan", "results": []}]


def test_watch_list_and_remove(tmp_path):
    db = tmp_path / "archive.db"
    added = newsarchive("watch", "add", "dien-bien", "dien", "bien", "--since", "01/04/2024",
                        "--exact", db=db)
    assert added.returncode == 0, added.stderr
    assert "dien bien --since 01/04/2024 --exact" in added.stdout
    listed = json.loads(newsarchive("watch", "list", "--format", "json", db=db).stdout)
    assert [(w["name"], w["query"], w["last_run"]) for w in listed] == [
        ("dien-bien", "dien bien", "never")]
    assert newsarchive("watch", "remove", "dien-bien", db=db).stdout == "removed watch dien-bien\n"
    assert "No watches yet" in newsarchive("watch", "list", db=db).stdout


@pytest.mark.parametrize(("args", "message"), [
    (("add", "x", "-only"), "at least one word"),
    (("add", "x", '"dien', "bien"), "unbalanced quote in '\"dien bien': close the phrase"),
    (("add", "bad name", "dien"), "bad watch name"),
    (("add", "x", "dien", "--since", "32/13/2024"), "bad date '32/13/2024' for --since"),
    (("add", "x", "dien", "--site", "nosuchpaper"), "unknown site 'nosuchpaper'"),
    (("remove", "nosuch"), "no watch named 'nosuch'"),
    (("run", "nosuch"), "no watch named 'nosuch'"),
])
def test_bad_watch_input_is_one_line_and_exit_2(tmp_path, args, message):
    db = tmp_path / "archive.db"
    newsarchive("watch", "add", "taken", "dien", db=db)
    run = newsarchive("watch", *args, db=db)
    assert run.returncode == 2
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_a_taken_name_is_refused(tmp_path):
    db = tmp_path / "archive.db"
    assert newsarchive("watch", "add", "x", "dien", db=db).returncode == 0
    run = newsarchive("watch", "add", "x", "bien", db=db)
    assert run.returncode == 2
    assert "a watch named 'x' already exists" in run.stderr


def test_a_stored_query_that_no_longer_parses_is_named_and_the_others_run(tmp_path):
    """An older version saved '"dien bien' as plain words; now it is refused. Such a
    watch is reported with the fix, and does not stop the other watches."""
    db = tmp_path / "archive.db"
    assert newsarchive("watch", "add", "good", "dien", db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO watches (name, query, added) VALUES ('old', '\"dien bien', "
                     "'2024-01-01T00:00:00+00:00')")
    run = newsarchive("watch", "run", db=db)
    assert run.returncode == 1
    assert "good: no new match" in run.stdout
    assert run.stderr == ("old: not run: unbalanced quote in '\"dien bien': close the phrase "
                          "with \" or remove it; 'newsarchive watch remove old' and add it "
                          "again\n")
    listed = newsarchive("watch", "run", "--format", "json", db=db)
    records = {r["watch"]: r for r in json.loads(listed.stdout)}
    assert records["old"]["error"].startswith("unbalanced quote")
    assert "error" not in records["good"] and listed.returncode == 1
