"""``newsarchive extract`` and ``newsarchive reextract`` as a user runs them."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.items import Page
from crawler.sites import extract_with_site, get_site
from crawler.storage import open_archive
from tests.conftest import SITES, expected

SEED_URL = ("https://laodongthudo.vn/"
            "dua-hop-tac-ha-noi-dien-bien-ngay-cang-di-vao-thuc-chat-hieu-qua-184703.html")
SEED_FILE = SITES / "laodongthudo" / "laodongthudo.vn" / SEED_URL.rsplit("/", 1)[1]
GENERIC_PAGE = SITES.parent / "pages" / "generic" / "songtra_theo_so_y_te.html"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_extract_a_saved_page_as_the_crawl_stores_it():
    result = run("extract", str(SEED_FILE), "--url", SEED_URL, "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    want = next(p for p in expected("laodongthudo") if p["url"] == SEED_URL)
    assert {k: record[k] for k in want} == want
    assert record["site"] == "laodongthudo"


def test_extract_reads_stdin_and_prints_text():
    result = run("extract", "-", "--url", SEED_URL, stdin=SEED_FILE.read_bytes())
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Đưa hợp tác Hà Nội - Điện Biên ngày càng đi vào thực chất, hiệu quả"
    assert lines[1] == "laodongthudo · Thời sự · 2024-04-25T19:42:00+07:00 · Trần Vũ"
    assert "Ngày 25/4, tiếp tục chuỗi hoạt động" in result.output


def test_unknown_site_gets_the_generic_rules():
    expected_json = json.loads(GENERIC_PAGE.with_suffix(".json").read_text(encoding="utf-8"))
    result = run("extract", str(GENERIC_PAGE), "--url", expected_json["url"], "--format", "json")
    record = json.loads(result.output)
    assert record["site"] == ""
    assert record["text"] == expected_json["text"]
    assert record["authors"] == expected_json["authors"]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty page"),
    (b"   \n\t ", "empty page"),
    (bytes(range(256)) * 20, "not an HTML page (binary content)"),
    (b"<html><head><title>x</title></head><body><nav>Menu</nav></body></html>",
     "no article text found"),
])
def test_extract_bad_files_is_one_line_and_exit_2(tmp_path, content, message):
    page = tmp_path / "page.html"
    page.write_bytes(content)
    result = run("extract", str(page), "--url", "https://example.vn/a.html")
    assert result.exit_code == 2
    assert result.output == f"Error: {page}: {message}\n"


def test_extract_missing_file(tmp_path):
    result = run("extract", str(tmp_path / "none.html"), "--url", "https://example.vn/a")
    assert result.exit_code == 2
    assert result.output.startswith("Error: Invalid value for 'FILE'")
    assert result.output.count("\n") == 1


@pytest.fixture
def archive_with_stale_article(tmp_path):
    """An archive whose stored article was extracted by older, worse rules."""
    db = tmp_path / "archive.db"
    body = SEED_FILE.read_bytes()
    fetched = datetime(2026, 1, 1, tzinfo=UTC)
    page = Page(url=SEED_URL, site="laodongthudo", body=body, encoding="utf-8", status=200,
                fetched=fetched)
    article = extract_with_site(get_site("laodongthudo"), body, SEED_URL, fetched=fetched)
    article.text += "\n\nTrần Vũ"  # the byline an older rule left in the text
    article.authors = []
    with open_archive(db, create=True) as archive:
        archive.write_page(page)
        archive.write_article(article)
    return db


def test_reextract_reports_and_fixes_what_changed(archive_with_stale_article):
    db = str(archive_with_stale_article)
    dry = run("--db", db, "reextract", "--dry-run", "--changes")
    assert dry.exit_code == 0
    assert dry.output.splitlines()[2].split() == ["laodongthudo", "1", "0", "1", "0", "0"]
    assert f"{SEED_URL}: text, authors" in dry.output
    with open_archive(db) as archive:
        assert archive.get(SEED_URL).authors == []  # dry run wrote nothing
    done = run("--db", db, "reextract")
    assert done.exit_code == 0
    with open_archive(db) as archive:
        stored = archive.get(SEED_URL)
        assert stored.authors == ["Trần Vũ"] and not stored.text.endswith("Trần Vũ")
        assert len(archive.versions(SEED_URL)) == 1  # the old extraction is kept
    again = run("--db", db, "reextract", "--format", "json")
    assert json.loads(again.output)[0]["unchanged"] == 1


def test_raw_pages_are_kept_compressed(archive_with_stale_article):
    with open_archive(archive_with_stale_article) as archive:
        body = archive.db.execute("SELECT body FROM pages").fetchone()[0]
    assert zlib.decompress(body) == SEED_FILE.read_bytes()
    assert len(body) < len(SEED_FILE.read_bytes()) / 3


def test_export_warc_writes_the_stored_responses(archive_with_stale_article, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "pages.warc.gz"
    result = run("--db", str(archive_with_stale_article), "export", "--warc", str(out))
    assert result.exit_code == 0
    with open(out, "rb") as stream:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                    r.http_headers.get_statuscode(), r.content_stream().read())
                   for r in ArchiveIterator(stream)]
    assert records == [("response", SEED_URL, "200", SEED_FILE.read_bytes())]


def test_reextract_reads_a_page_with_the_rules_of_its_time(archive_with_stale_article,
                                                           monkeypatch):
    """A redesign keeps the old rules with valid_until: pages fetched before it are
    re-extracted with them (here the old template had no sapo of its own: the
    body's first paragraph was the lead)."""
    from dataclasses import replace

    spider = get_site("laodongthudo")
    old = replace(spider.extraction_rules, lead=(), lead_is_first_paragraph=True,
                  valid_until=datetime(2026, 6, 1, tzinfo=UTC))
    monkeypatch.setattr(spider, "older_rules", (old,))
    db = str(archive_with_stale_article)  # its page was fetched on 1 January 2026
    dry = run("--db", db, "reextract", "--dry-run", "--changes")
    assert f"{SEED_URL}: lead, text, authors" in dry.output
    monkeypatch.setattr(spider, "older_rules", (replace(old, valid_until=datetime(
        2025, 12, 1, tzinfo=UTC)),))  # the redesign came before the page: current rules
    dry = run("--db", db, "reextract", "--dry-run", "--changes")
    assert f"{SEED_URL}: text, authors" in dry.output
