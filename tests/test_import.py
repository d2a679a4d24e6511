"""``newsarchive import``: an export loaded back, other tools' JSON, bad lines, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.storage import open_archive

DAY = datetime(2024, 4, 25, 19, 42, tzinfo=VN_TZ)


def article(n: int, text: str = "Công nhân nhận quà.", fetched: int = 0) -> Article:
    return Article(url=f"https://laodongthudo.vn/{n}.html", site="laodongthudo",
                   title=f"Tin số {n}", text=text, lead="Sa pô.", authors=["Hà Thu"],
                   published=DAY - timedelta(days=n), section="Công đoàn", tags=["quà"],
                   language="vi", fetched=DAY + timedelta(days=fetched))


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def export(path) -> str:
    result = run("--db", str(path), "export")
    assert result.exit_code == 0
    return result.output


@pytest.fixture
def source(tmp_path):
    """An archive of three articles, the first changed once (one earlier version)."""
    path = tmp_path / "source.db"
    with open_archive(path, create=True) as archive:
        for n in range(3):
            archive.write_article(article(n))
        archive.write_article(article(0, "Công nhân nhận quà Tết.", fetched=1))
    return path


def test_import_round_trips_export_and_twice_adds_nothing(tmp_path, source):
    lines = export(source)
    target = tmp_path / "target.db"
    (tmp_path / "a.jsonl").write_text(lines, encoding="utf-8")
    result = run("--db", str(target), "import", str(tmp_path / "a.jsonl"))
    assert (result.exit_code, result.output) == (
        0, "3 lines: 3 new, 0 updated, 0 unchanged, 0 rejected\n")
    assert export(target) == lines  # the same rows
    again = run("--db", str(target), "import", "-", input=lines)
    assert again.output == "3 lines: 0 new, 0 updated, 3 unchanged, 0 rejected\n"
    # into the archive it came from: nothing changes, its versions are kept
    back = run("--db", str(source), "import", "-", input=lines)
    assert back.output == "3 lines: 0 new, 0 updated, 3 unchanged, 0 rejected\n"
    with open_archive(source) as archive:
        assert [a.text for _, a in archive.versions(article(0).url)] == ["Công nhân nhận quà."]
    assert export(source) == lines


def test_a_changed_article_becomes_a_new_version_an_older_one_an_earlier(tmp_path, source):
    newer = article(1, "Công nhân nhận quà và thưởng.", fetched=2).to_record()
    older = article(2, "Bản nháp cũ.", fetched=-5).to_record()
    lines = json.dumps(newer, ensure_ascii=False) + "\n" + json.dumps(older, ensure_ascii=False)
    result = run("--db", str(source), "import", "-", input=lines + "\n")
    assert result.output == "2 lines: 0 new, 2 updated, 0 unchanged, 0 rejected\n"
    with open_archive(source) as archive:
        assert archive.get(newer["url"]).text == "Công nhân nhận quà và thưởng."
        assert [a.text for _, a in archive.versions(newer["url"])] == ["Công nhân nhận quà."]
        assert archive.get(older["url"]).text == "Công nhân nhận quà."  # not rolled back
        assert [a.text for _, a in archive.versions(older["url"])] == ["Bản nháp cũ."]
    again = run("--db", str(source), "import", "-", input=lines + "\n")
    assert again.output == "2 lines: 0 new, 0 updated, 2 unchanged, 0 rejected\n"


def test_a_bad_line_is_rejected_with_its_number_and_the_rest_imported(tmp_path, source):
    good = export(source).splitlines()
    lines = [good[0], "{not json", json.dumps({"url": "https://x.vn/1", "title": "T"}),
             "[1, 2]", good[1], json.dumps({**json.loads(good[2]), "published": "hôm qua"})]
    target = tmp_path / "t.db"
    result = CliRunner().invoke(
        cli, ["--db", str(target), "import", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert result.stdout == "6 lines: 2 new, 0 updated, 0 unchanged, 4 rejected\n"
    errors = result.stderr.splitlines()
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 6"]
    assert "no text" in errors[1] and "not a JSON object" in errors[2]
    assert "published is not a date: 'hôm qua'" in errors[3]
    with open_archive(target) as archive:
        assert archive.count() == 2


def test_news_please_and_fundus_records(tmp_path):
    news_please = {"url": "https://baodienbienphu.vn/tin-bai/xa-hoi/duong-len-ban",
                   "source_domain": "baodienbienphu.vn", "title": "Đường lên bản",
                   "description": "Con đường mới.", "maintext": "Con đường bê tông về bản.",
                   "authors": ["Lò Văn Hưng"], "date_publish": "2024-05-02 08:15:00",
                   "date_modify": None, "date_download": "2024-05-03 10:00:00",
                   "image_url": "https://baodienbienphu.vn/i.jpg", "language": "vi"}
    fundus = {"url": "https://laodongthudo.vn/trao-qua.html", "title": "Trao quà",
              "plaintext": "Công đoàn trao quà cho công nhân.", "authors": ["Hà Thu"],
              "publishing_date": "2024-04-25 19:42:00+07:00", "topics": ["công đoàn"],
              "free_access": True}
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in (news_please, fundus))
    path = tmp_path / "a.db"
    result = run("--db", str(path), "import", "-", input=lines + "\n")
    assert result.output == "2 lines: 2 new, 0 updated, 0 unchanged, 0 rejected\n"
    with open_archive(path) as archive:
        a = archive.get(news_please["url"])
        assert (a.site, a.lead, a.text, a.authors) == (
            "baodienbienphu", "Con đường mới.", "Con đường bê tông về bản.", ["Lò Văn Hưng"])
        assert a.published.isoformat() == "2024-05-02T08:15:00+07:00"
        assert [i.url for i in a.images] == ["https://baodienbienphu.vn/i.jpg"]
        b = archive.get(fundus["url"])
        assert (b.site, b.text, b.tags) == ("laodongthudo", fundus["plaintext"], ["công đoàn"])
    found = run("--db", str(path), "search", "duong len ban")
    assert "Đường lên bản" in found.output


def test_import_errors_are_one_line(tmp_path, source):
    missing = run("--db", str(tmp_path / "a.db"), "import", str(tmp_path / "none.jsonl"))
    assert missing.exit_code == 2 and "No such file" in missing.output
    lines = export(source)
    holder = subprocess.Popen(  # another process (a crawl) holds the writer lock
        [sys.executable, "-c", "import sys, time\nfrom crawler.lock import writer_lock\n"
         "with writer_lock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(60)",
         str(source)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        busy = run("--db", str(source), "import", "-", input=lines)
    finally:
        holder.kill()
        holder.wait()
    assert busy.exit_code == 75 and busy.output.startswith("Error: another")
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00garbage")
    binary = run("--db", str(tmp_path / "b.db"), "import", str(tmp_path / "bin.jsonl"))
    assert binary.exit_code == 2 and "not UTF-8" in binary.output
