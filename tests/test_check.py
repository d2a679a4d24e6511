"""``newsarchive check SITE``: the day-one check, as a user runs it.

A healthy fixture site passes (exit 0); the same site served with a twist that
a wrong guess would cause (every page with one date line at 00:00, a
"Tin liên quan »" line left in the text) fails (exit 1) and says why; --save
writes page test cases; the archive is never written; bad input exits 2.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import SITES, expected, newsarchive
from tests.fixture_server import FixtureServer
from tests.pages import expectations

SITE = "laodongthudo"
ARTICLES = 4
SAME_DATE = "2024-05-01T00:00:00+07:00"
RELATED_LINE = "Tin liên quan »"


def check(server: FixtureServer, *args: str, db: Path) -> object:
    redirects = [a for r in server.redirects() for a in ("--redirect", r)]
    return newsarchive("check", *args, "--delay", "0", *redirects, db=db)


def newest(site: str, n: int) -> list[dict]:
    return sorted(expected(site), key=lambda r: r["published"], reverse=True)[:n]


def broken_copy(source: Path, target: Path) -> Path:
    """The site as a wrong guess would read it: every article page carries one date
    (structured data and the date line alike, at 00:00) and a related-box heading
    in its text that no rule of the extraction names."""
    shutil.copytree(source, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "__MASTERCMS_CONTENT" not in html:
            continue
        html = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", SAME_DATE, html)
        html = re.sub(r'(<span class="format_time">)[^<]*', r"\g<1>00:00", html)
        html = re.sub(r'(<span class="format_date">)[^<]*', r"\g<1>01/05/2024", html)
        html = re.sub(r'(__MASTERCMS_CONTENT"[^>]*>\s*<p[^>]*>.*?</p>)',
                      rf"\1<p><strong>{RELATED_LINE}</strong></p>", html, count=1, flags=re.S)
        page.write_text(html, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def healthy():
    with FixtureServer(SITES / SITE) as running:
        yield running


def test_healthy_site_passes_with_a_row_per_newest_article(healthy, tmp_path):
    db = tmp_path / "archive.db"
    run = check(healthy, SITE, "--articles", str(ARTICLES), db=db)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"{SITE} (Lao Động Thủ Đô): {ARTICLES} of {ARTICLES} articles")
    header = lines[1].split()
    assert header == ["title", "published", "authors", "section", "paragraphs", "chars",
                      "images", "lead"]
    rows = lines[3:3 + ARTICLES]
    for row, record in zip(rows, newest(SITE, ARTICLES), strict=True):
        assert row.startswith(record["title"][:40])
        assert record["published"][:16].replace("T", " ") in row
        assert record["authors"][0] in row
        assert row.rstrip().endswith("yes")  # the lead
    for field in ("title", "published", "authors", "section", "lead", "text", "images"):
        assert re.search(rf"^ok +{field} +\d/{ARTICLES}", run.stdout, re.M), field
    assert re.search(r"^ok +entry points: \d+ answered", run.stdout, re.M)
    assert "disagreements, structured data against site rules: none" in run.stdout
    assert lines[-1] == "looks right"
    assert not db.exists()  # nothing written, not even an empty archive


def test_broken_site_fails_and_says_what_looks_wrong(tmp_path):
    site_dir = broken_copy(SITES / SITE, tmp_path / "broken")
    with FixtureServer(site_dir) as server:
        run = check(server, SITE, "--articles", str(ARTICLES), db=tmp_path / "a.db")
    assert run.returncode == 1, run.stdout + run.stderr
    published = re.search(r"^WRONG published +(\d+)/(\d+)  (.*)$", run.stdout, re.M)
    assert published, run.stdout
    assert f"the same date on {ARTICLES} of {ARTICLES} (2024-05-01 00:00)" in published[3]
    assert "no time of day (00:00)" in published[3]
    assert "disagrees with the sitemap/feed date" in published[3]
    text = re.search(r"^WRONG text .*$", run.stdout, re.M)
    assert text and "related-box heading or comment-widget line" in text[0]
    assert repr(RELATED_LINE) in text[0]
    assert re.search(r"^ok +authors", run.stdout, re.M)  # what is right is not blamed
    assert run.stdout.splitlines()[-1] == "looks wrong: published, text"
    assert "Traceback" not in run.stderr


def test_json_output_carries_rows_fields_and_entry_points(healthy, tmp_path):
    run = check(healthy, SITE, "--articles", "2", "--format", "json", db=tmp_path / "a.db")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["ok"] is True
    assert [r["url"] for r in report["articles"]] == [r["url"] for r in newest(SITE, 2)]
    assert {f["field"] for f in report["fields"]} >= {"title", "published", "text"}
    assert report["entry_points"]["answered"]


def test_save_writes_page_cases_ready_for_review(healthy, tmp_path, monkeypatch):
    out = tmp_path / "pages" / SITE
    run = check(healthy, SITE, "--articles", "2", "--save", str(out), db=tmp_path / "a.db")
    assert run.returncode == 0, run.stderr
    assert f"saved 2 page cases in {out}" in run.stdout
    records = {r["url"]: r for r in newest(SITE, 2)}
    specs = sorted(out.glob("*.json"))
    assert len(specs) == 2 and len(list(out.glob("*.html.gz"))) == 2
    for spec_file in specs:
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        record = records[spec["url"]]
        assert "review" in spec and spec["fetched"]
        for key in ("title", "authors", "published", "section", "lead", "text"):
            assert spec["expected"][key] == record[key], key
        page = gzip.decompress(spec_file.with_name(spec_file.stem + ".html.gz").read_bytes())
        served = SITES / SITE / "laodongthudo.vn" / spec["url"].rsplit("/", 1)[-1]
        assert page == served.read_bytes()
    # The page test loads them as cases that fail until a person reviews them.
    monkeypatch.setattr(expectations, "PAGES", tmp_path / "pages")
    cases = expectations.saved_cases()
    assert len(cases) == 2 and all("under review" in c.error for c in cases)


def test_an_added_site_is_checked_and_the_archive_left_untouched(tmp_path):
    folder = SITES / "baosonglam"
    spec = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    db = tmp_path / "archive.db"
    added = newsarchive("sites", "add", spec["add"], "--name", spec["name"],
                        "--title", spec["title"], db=db)
    assert added.returncode == 0, added.stderr
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with FixtureServer(folder) as server:
        run = check(server, spec["name"], "--articles", "3", db=db)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{spec['name']} (Báo Sông Lam): 3 of 3 articles" in run.stdout
    titles = [r["title"] for r in expected("baosonglam")]
    for row in run.stdout.splitlines()[3:6]:
        assert any(title.startswith(row[:30]) for title in titles), row
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("args", "message"), [
    (["nosuchsite"], "unknown site 'nosuchsite'"),
    (["laodongthudo", "--articles", "0"], "--articles"),
    (["laodongthudo", "--redirect", "laodongthudo.vn"], "HOST=ADDR"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    run = newsarchive("check", *args, db=tmp_path / "a.db")
    assert run.returncode == 2, run.stdout + run.stderr
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "a.db").exists()


def test_save_into_a_file_is_bad_input(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    run = newsarchive("check", "laodongthudo", "--save", str(target), db=tmp_path / "a.db")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
