"""The web side over HTTP: `newsarchive serve` (and plain `datasette`) answer the
search page, its JSON/CSV/Atom forms, the article page and the raw page with
what the CLI's search says, bad input as the CLI's one line (400), and stored
strings escaped. What a person sees in a real browser: tests/test_browser.py."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from tests.conftest import newsarchive
from tests.web_archive import CHANGED_URL, HOSTILE_TITLE, build_web_archive
from tests.web_server import WebServer

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def web_db(tmp_path_factory) -> Path:
    return build_web_archive(tmp_path_factory.mktemp("web") / "archive.db")


@pytest.fixture(scope="module")
def web(web_db):
    with WebServer(web_db) as server:
        yield server


def cli_json(db: Path, *args: str) -> list[dict]:
    run = newsarchive("search", *args, "--format", "json", db=db)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_serve_prints_its_url_and_binds_localhost(web):
    assert f"at http://127.0.0.1:{web.port}/-/archive" in web.printed
    assert "read-only" in web.printed


def test_json_is_the_cli_search(web, web_db):
    status, headers, body = web.get("/-/archive.json?" + urlencode(
        {"q": "dien bien", "site": "baodienbienphu", "sort": "newest"}))
    assert status == 200 and headers["content-type"].startswith("application/json")
    data = json.loads(body)
    expected = cli_json(web_db, "dien", "bien", "--site", "baodienbienphu", "--sort", "newest")
    assert data["results"] == expected
    assert data["total"] == 13 and data["total_exact"] is True


def test_csv_and_pages(web, web_db):
    _, _, body = web.get("/-/archive.csv?q=dien+bien&sort=oldest")
    rows = list(csv.DictReader(io.StringIO(body)))
    expected = cli_json(web_db, "dien", "bien", "--sort", "oldest")
    assert [r["url"] for r in rows] == [r["url"] for r in expected] and len(rows) == 20
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, 21)]
    _, _, body = web.get("/-/archive.csv?q=dien+bien&page=2")
    assert body == "rank,title,site,published,url,snippet,score\n"  # 20 matches: none after


def test_atom_feed_of_a_search(web):
    status, headers, body = web.get("/-/archive.atom?q=dien+bien&site=laodongthudo")
    assert status == 200 and "atom+xml" in headers["content-type"]
    feed = ET.fromstring(body)
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert len(titles) == 7 and HOSTILE_TITLE in titles  # the tag is text in the XML
    dates = [e.findtext(f"{ATOM}published") for e in feed.iter(f"{ATOM}entry")]
    assert dates == sorted(dates, reverse=True)  # a feed is newest first


@pytest.mark.parametrize(("query", "message"), [
    ({"q": "-du"}, "a query needs at least one word to find, not only excluded -words"),
    ({"q": ""}, "empty query: type one or more words, e.g. 'dien bien'"),
    ({"q": "dien", "since": "32/13/2024"}, "bad date '32/13/2024' for --since: write it day "
                                           "first, e.g. 25/04/2024, or as ISO 2024-04-25"),
    ({"q": "dien", "site": "nosuchpaper"}, "unknown site 'nosuchpaper'"),
    ({"q": '"dien bien'}, 'unbalanced quote in \'"dien bien\': close the phrase with " or '
                          "remove it"),
])
def test_bad_input_is_the_cli_message_and_400(web, web_db, query, message):
    status, _, body = web.get("/-/archive.json?" + urlencode(query))
    assert status == 400
    assert message in json.loads(body)["error"]
    for fmt in ("csv", "atom"):
        status, _, body = web.get(f"/-/archive.{fmt}?" + urlencode(query))
        assert status == 400 and body.startswith("Error: ") and message in body
    status, _, page = web.get("/-/archive?" + urlencode({**query, "q": query["q"] or ""}))
    if query["q"]:
        shown = page.replace("&#39;", "'").replace("&#34;", '"')
        assert status == 400 and f'id="error">{message}' in shown
        cli = newsarchive("search", query["q"], *(f"--{k}={v}" for k, v in query.items()
                                                  if k != "q"), db=web_db)
        assert cli.returncode == 2 and message in cli.stderr


def test_stored_strings_are_escaped(web):
    _, _, page = web.get("/-/archive?q=dien+bien")
    assert "<script>document.title" not in page
    assert "&lt;script&gt;document.title" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<mark>Điện</mark> <mark>Biên</mark>" in page


def test_article_page_with_versions_and_raw_page(web):
    status, _, page = web.get("/-/archive/article?url=" + quote(CHANGED_URL, safe=""))
    assert status == 200
    assert "Điện Biên đón bản mới khang trang" in page
    assert '<span class="na-del">- Người dân phấn khởi.</span>' in page
    assert '<span class="na-ins">+ Người dân phấn khởi, đón Tết sớm.</span>' in page
    assert "<iframe" not in page  # the raw page only on demand
    _, _, shown = web.get("/-/archive/article?raw=1&url=" + quote(CHANGED_URL, safe=""))
    assert '<iframe class="na-raw" id="raw-frame" sandbox=""' in shown
    status, headers, raw = web.get("/-/archive/raw?as=page&url=" + quote(CHANGED_URL, safe=""))
    assert status == 200 and "default-src 'none'" in headers["content-security-policy"]
    assert "sandbox" in headers["content-security-policy"]
    status, headers, text = web.get("/-/archive/raw?url=" + quote(CHANGED_URL, safe=""))
    assert headers["content-type"].startswith("text/plain")
    assert headers["x-content-type-options"] == "nosniff"
    assert "<script>document.body.innerHTML='pwned'</script>" in text
    status, _, missing = web.get("/-/archive/article?url=https%3A%2F%2Fnope.vn%2Fx")
    assert status == 404 and "no article with URL https://nope.vn/x" in missing


def test_watches_listed_with_new_matches_and_their_feed(tmp_path):
    db = tmp_path / "archive.db"
    assert newsarchive("watch", "add", "congdoan", "cong doan", db=db).returncode == 0
    assert newsarchive("watch", "add", "hue", "hue", db=db).returncode == 0
    build_web_archive(db)  # stored after the watches were added: new to them
    with sqlite3.connect(db) as conn:  # saved by an older version, which took '"' as a space
        conn.execute("INSERT INTO watches (name, query, added) VALUES ('old', '\"dien bien', "
                     "'2024-01-01T00:00:00+00:00')")
    with WebServer(db) as server:
        _, _, page = server.get("/-/archive")
        congdoan, hue, old = page.split('class="na-watch"')[1:4]
        assert "Công đoàn trao quà</a>" in congdoan and "nothing new" in hue
        assert "not run: unbalanced quote in" in old.replace("&#39;", "'")
        status, _, body = server.get("/-/archive/watch/old.atom")
        assert status == 400 and body.startswith("Error: watch 'old' cannot run: unbalanced")
        status, _, feed = server.get("/-/archive/watch/congdoan.atom")
        assert status == 200
        assert [e.findtext(f"{ATOM}title") for e in ET.fromstring(feed).iter(
            f"{ATOM}entry")] == ["Công đoàn trao quà"]
        assert server.get("/-/archive/watch/nosuch.atom")[0] == 404
    # Looking at the page marks nothing seen: 'watch run' still lists it, once.
    run = newsarchive("watch", "run", "congdoan", db=db)
    assert "congdoan: 1 new article matching cong doan" in run.stdout
    assert "no new match" in newsarchive("watch", "run", "congdoan", db=db).stdout


def test_section_facet(web):
    _, _, page = web.get("/-/archive?q=dien+bien")
    facet = page.split('id="facet-section"')[1].split("</ul>")[0]
    assert "Xã hội</a><span>10</span>" in facet and "Kinh tế</a><span>9</span>" in facet


def test_plain_datasette_gets_the_plugin_and_the_functions(web_db, tmp_path):
    datasette = str(Path(sys.executable).with_name("datasette"))
    done = subprocess.run([datasette, str(web_db), "--get", "/-/archive.json?q=dien+bien"],
                          capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout)["total"] == 20
    # The SQL functions the triggers and filters call are there: a query using them works.
    sql = "select na_key('Xã hội') as k"
    done = subprocess.run([datasette, str(web_db), "--get",
                           "/archive.json?_shape=array&sql=" + quote(sql)],
                          capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout) == [{"k": "xahoi"}], done.stdout + done.stderr


def test_serve_without_an_archive_is_one_line_and_exit_2(tmp_path):
    run = newsarchive("serve", "--port", "8", db=tmp_path / "none.db")
    assert run.returncode == 2
    assert run.stderr.strip() == (f"Error: no archive at {tmp_path / 'none.db'}; run "
                                  "'newsarchive crawl SITE' first or pass --db PATH")
