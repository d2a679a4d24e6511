"""The fixture sites themselves: each one described by a ``fixture.json`` is consistent.

These tests check the fixtures, not the crawler: the generated files are what
``build.py`` writes today, every expected article is served as an HTML page that
carries its title and every paragraph of its text, the pages that must never be
stored are served (so a crawler meets them), and the dead entry points answer 404.
A fixture that drifts from its own ``expected.json`` would make crawl tests lie.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.fixture_server import FixtureSites

SITES = Path(__file__).resolve().parent / "sites"
FIXTURES = sorted(p.parent.name for p in SITES.glob("*/fixture.json"))
FIELDS = {"url", "title", "lead", "text", "authors", "published", "modified", "section", "tags",
          "images", "language"}


def load(site: str, name: str) -> object:
    return json.loads((SITES / site / name).read_text(encoding="utf-8"))


def expected(site: str) -> list[dict]:
    """The site's expected records: ``fixture.json`` names the file (``expected.json`` once
    tests/test_extraction_pages.py is meant to check the site, ``expected.pending.json`` before)."""
    return load(site, load(site, "fixture.json").get("expected", "expected.json"))


def fetch(sites: FixtureSites, url: str) -> tuple[int, str, str]:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    reply = sites.resolve(parts.netloc, target)
    body = reply.body.decode("utf-8", "replace")
    return reply.status, reply.headers.get("Content-Type", ""), body


def visible(page: str) -> str:
    page = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_there_are_fixtures_to_check():
    assert {"baodienbienphu_alt", "baosonglam"} <= set(FIXTURES)


@pytest.mark.parametrize("site", FIXTURES)
def test_fixture_json_says_how_to_use_the_site(site):
    fixture = load(site, "fixture.json")
    assert isinstance(fixture, dict)
    if "spider" in fixture:
        assert "add" not in fixture
        assert (SITES / fixture["spider"] / "expected.json").is_file(), "unknown spider"
    else:
        assert {"add", "name", "title"} <= fixture.keys()
        assert re.fullmatch(r"https://[a-z0-9.-]+/", fixture["add"])
        assert re.fullmatch(r"[a-z][a-z0-9_]*", fixture["name"])
    for key in ("not_articles", "dead_entry_points"):
        assert isinstance(fixture.get(key, []), list)
    assert re.fullmatch(r"expected(\.pending)?\.json", fixture.get("expected", "expected.json"))
    count = len(expected(site))
    assert fixture.get("articles", count) == count


@pytest.mark.parametrize("site", FIXTURES)
def test_build_py_rewrites_exactly_the_committed_files(site, tmp_path):
    copy = tmp_path / site
    copy.mkdir()
    shutil.copy(SITES / site / "build.py", copy / "build.py")
    subprocess.run([sys.executable, str(copy / "build.py")], check=True, cwd=tmp_path)
    made = {p.relative_to(copy) for p in copy.rglob("*") if p.is_file() and p.name != "build.py"}
    kept = ("build.py", "README.md")
    here = {p.relative_to(SITES / site) for p in (SITES / site).rglob("*")
            if p.is_file() and p.name not in kept and "__pycache__" not in p.parts}
    assert made == here
    for rel in sorted(made):
        assert (copy / rel).read_bytes() == (SITES / site / rel).read_bytes(), rel


@pytest.mark.parametrize("site", FIXTURES)
def test_every_expected_article_is_served_and_carries_its_text(site):
    sites = FixtureSites([SITES / site])
    articles = expected(site)
    assert articles and len({a["url"] for a in articles}) == len(articles)
    for a in articles:
        assert set(a) == FIELDS, a["url"]
        for key in ("published", "modified"):
            assert a[key].endswith("+07:00") and datetime.fromisoformat(a[key]).second == 0
        assert a["modified"] >= a["published"]
        assert a["language"] == "vi" and a["title"] and a["section"]
        assert all(isinstance(n, str) and "@" not in n and n for n in a["authors"])
        status, ctype, page = fetch(sites, a["url"])
        assert status == 200 and ctype.startswith("text/html"), a["url"]
        seen = visible(page)
        assert squeeze(a["title"]) in seen
        assert a["text"].startswith(a["lead"])
        paragraphs = a["text"].split("\n\n")
        assert all(p == squeeze(p) and p for p in paragraphs), a["url"]
        for p in paragraphs:
            assert p in seen, (a["url"], p[:60])
        for name in a["authors"]:
            assert name in seen, (a["url"], name)
        for image in a["images"]:
            assert image["url"] in page
            assert image["caption"] is None or image["caption"] in seen


@pytest.mark.parametrize("site", FIXTURES)
def test_pages_that_are_not_articles_are_served_and_not_expected(site):
    sites = FixtureSites([SITES / site])
    fixture = load(site, "fixture.json")
    expected_urls = {a["url"] for a in expected(site)}
    for url in fixture.get("not_articles", []):
        assert url not in expected_urls
        assert fetch(sites, url)[0] == 200, url
    for url in fixture.get("dead_entry_points", []):
        assert fetch(sites, url)[0] == 404, url
