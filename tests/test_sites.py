"""Papers as data: `sites add/remove` as a user types them, and what a crawl of a
paper added by its URL leaves behind (no failure for gone guessed entry points,
a quiet second run, `scrapy crawl NAME` too)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from tests.conftest import ROOT, SITES, fixture_sites, newsarchive
from tests.fixture_server import FixtureServer

VUNGCAO = next(s for s in fixture_sites() if s.folder == "baovungcao")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "a.db"
    assert run("--db", str(path), "sites", "add", "https://baovungcao.vn/", "--name",
               "vungcao", "--title", "Báo Vùng Cao").exit_code == 0
    return path


@pytest.mark.parametrize(("args", "message"), [
    (["ftp://baovungcao.vn/"], "not a web address: 'ftp://baovungcao.vn/'"),
    (["baovungcao.vn"], "not a web address: 'baovungcao.vn'"),
    (["https://"], "not a web address"),
    (["https://baomoi.vn/", "--name", "Bad Name!"], "bad site name 'bad name!'"),
    (["https://baovungcao.vn/", "--name", "other"],
     "baovungcao.vn is already in the archive as 'vungcao'"),
    (["https://www.baovungcao.vn/", "--name", "other"],
     "baovungcao.vn is already in the archive as 'vungcao'"),
    (["https://baomoi.vn/", "--name", "vungcao"],
     "a site named 'vungcao' is already in the archive"),
    (["https://baomoi.vn/", "--name", "laodongthudo"], "'laodongthudo' is a built-in site"),
    (["https://laodongthudo.vn/", "--name", "ldtd"],
     "laodongthudo.vn is already the built-in site 'laodongthudo'"),
])
def test_sites_add_bad_input_is_one_line_and_exit_2(db, args, message):
    result = run("--db", str(db), "sites", "add", *args)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {message}")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize(("name", "message"), [
    ("nosuchsite", "no site 'nosuchsite' was added to"),
    ("laodongthudo", "'laodongthudo' is a built-in site"),
])
def test_sites_remove_bad_input_is_one_line_and_exit_2(db, name, message):
    result = run("--db", str(db), "sites", "remove", name)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {message}")
    assert result.output.count("\n") == 1


def test_added_site_is_listed_beside_builtin_ones_and_removed(db):
    listed = json.loads(run("--db", str(db), "sites", "--format", "json").output)
    assert [s["name"] for s in listed] == ["baodienbienphu", "laodongthudo", "vungcao"]
    added = listed[-1]
    assert (added["title"], added["hosts"], added["discovery"], added["added"]) == (
        "Báo Vùng Cao", ["baovungcao.vn", "www.baovungcao.vn"], ["auto"],
        "https://baovungcao.vn/")
    assert listed[0]["added"] is None
    result = run("--db", str(db), "sites", "remove", "vungcao")
    assert (result.exit_code, result.output) == (
        0, "removed vungcao (its articles stay in the archive)\n")
    listed = json.loads(run("--db", str(db), "sites", "--format", "json").output)
    assert [s["name"] for s in listed] == ["baodienbienphu", "laodongthudo"]
    crawl = run("--db", str(db), "crawl", "vungcao")
    assert crawl.exit_code == 2
    assert crawl.output.startswith("Error: unknown site 'vungcao'")


def test_crawl_all_includes_added_sites(tmp_path):
    """`crawl --all` on an archive crawls its data sites (the built-in ones are
    refused by the redirect here: only the added paper is served)."""
    db = tmp_path / "all.db"
    with FixtureServer(SITES / "baovungcao") as server:
        newsarchive("sites", "add", "https://baovungcao.vn/", "--name", "vungcao", db=db)
        done = newsarchive("crawl", "--all", "--delay", "0", "--format", "json",
                           "--redirect", f"baovungcao.vn={server.address}", db=db)
    reports = {r["site"]: r for r in json.loads(done.stdout)}
    assert set(reports) == {"baodienbienphu", "laodongthudo", "vungcao"}
    assert reports["vungcao"]["new"] == len(VUNGCAO.expected())


def test_gone_guessed_entry_points_are_said_once_then_quiet(site_crawl, tmp_path):
    """A paper with dead guessed feeds: first run exits 0 naming them once (log),
    the second run neither asks for them again nor prints anything."""
    first = site_crawl(VUNGCAO)
    assert first.run.returncode == 0
    assert "Warning:" not in first.run.stderr
    for url in VUNGCAO.dead_entry_points:
        assert f"entry point {url} is gone (HTTP 404)" in first.run.stderr
    report = json.loads(first.run.stdout)[0]
    assert report["failed"] == 0
    listed = {s["name"]: s for s in json.loads(newsarchive(
        "sites", "--format", "json", db=first.db).stdout)}
    assert listed["vungcao"]["health"].startswith("ok (")
    assert "entry points gone" in listed["vungcao"]["health"]
    assert listed["vungcao"]["discovery"] == ["auto"]  # no CMS family on these pages

    copy = tmp_path / "again.db"
    shutil.copy(first.db, copy)
    before = len(first.server.requests)
    again = newsarchive("crawl", "vungcao", "--delay", "0", "--redirect",
                        f"baovungcao.vn={first.server.address}", db=copy)
    assert (again.returncode, again.stderr) == (0, "")
    asked = {target for _, target in first.server.requests[before:]}
    for url in VUNGCAO.dead_entry_points:
        assert url.split(".vn", 1)[1] not in asked
    assert "/tin-moi.rss" in asked  # the live entry points are still read


def test_scrapy_crawl_works_for_an_added_site(tmp_path):
    db = tmp_path / "scrapy.db"
    newsarchive("sites", "add", VUNGCAO.add or "", "--name", VUNGCAO.name, db=db)
    scrapy = str(Path(sys.executable).with_name("scrapy"))
    with FixtureServer(SITES / VUNGCAO.folder) as server:
        done = subprocess.run(
            [scrapy, "crawl", VUNGCAO.name, "-s", f"NEWSARCHIVE_DB={db}",
             "-s", f"NEWSARCHIVE_REDIRECT={','.join(server.redirects())}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
            env={k: v for k, v in {**os.environ, "PYTHONWARNINGS": "ignore"}.items()
                 if k != "NEWSARCHIVE_DB"})
    assert done.returncode == 0, done.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, site, title FROM articles ORDER BY url").fetchall()
    assert rows == sorted((p["url"], VUNGCAO.name, p["title"]) for p in VUNGCAO.expected())

