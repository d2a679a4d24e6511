"""One writer at a time for every command that writes (issue 14).

The test holds the archive's writer lock the way a crawl holds it
(:func:`crawler.lock.writer_lock`); every command that writes must then exit
75 with one line naming the holder, and leave the archive exactly as it was.
Commands that only read go on.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from crawler.lock import writer_lock
from tests.conftest import ROOT, newsarchive

SCRAPY = str(Path(sys.executable).with_name("scrapy"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """An archive with articles, a saved search and an added paper, all checkpointed."""
    from crawler.storage import open_archive
    from crawler.storage.watches import Watch, add_watch
    from tests.test_cli import ARTICLES

    db = tmp_path_factory.mktemp("writers") / "archive.db"
    with open_archive(db, create=True) as made:
        for article in ARTICLES[:2]:
            made.write_article(article)
        made.commit()
        add_watch(made, Watch("dien-bien", "dien bien"))
        for article in ARTICLES[2:]:
            made.write_article(article)
        made.commit()
    added = newsarchive("sites", "add", "https://baovungcao.vn/", "--name", "vungcao", db=db)
    assert added.returncode == 0, added.stderr
    (db.parent / "lines.jsonl").write_text(
        newsarchive("export", db=db).stdout.splitlines()[0] + "\n", encoding="utf-8")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def state(db: Path) -> tuple[str, int]:
    """The archive's bytes (a digest) and its write-ahead log's size: a write would change
    one or the other (a reader may leave an empty log and an index file beside it)."""
    wal = Path(f"{db}-wal")
    return hashlib.sha256(db.read_bytes()).hexdigest(), wal.stat().st_size if wal.exists() else 0


@pytest.mark.parametrize("command", [
    ("watch", "run"),
    ("watch", "run", "dien-bien"),
    ("watch", "add", "other", "cong doan"),
    ("watch", "remove", "dien-bien"),
    ("sites", "add", "https://baomoi-tinh.vn/", "--name", "moi"),
    ("sites", "remove", "vungcao"),
    ("reextract",),
    ("import", "lines.jsonl"),
    ("optimize",),
    ("crawl", "laodongthudo", "--redirect", "laodongthudo.vn=127.0.0.1:9"),
])
def test_every_writing_command_waits_its_turn(archive, command):
    before = state(archive)
    args = [a.replace("lines.jsonl", str(archive.parent / "lines.jsonl")) for a in command]
    with writer_lock(archive, "crawl"):
        done = newsarchive(*args, db=archive)
    assert done.returncode == 75, done.stderr
    what = " ".join(command[:2]) if command[0] in ("watch", "sites") else command[0]
    assert done.stderr == (f"Error: another newsarchive command is writing to {archive} "
                           f"(crawl, pid {os.getpid()}, " + done.stderr.split(", ", 2)[2])
    assert done.stderr.endswith(f"; this {what} exits without writing\n"), done.stderr
    assert "Traceback" not in done.stderr
    assert state(archive) == before


@pytest.mark.parametrize("command", [
    ("watch", "list"), ("search", "dien bien"), ("runs",), ("sites",),
    ("reextract", "--dry-run"),
])
def test_reading_commands_need_no_lock(archive, command):
    with writer_lock(archive, "crawl"):
        done = newsarchive(*command, db=archive)
    assert done.returncode == 0, done.stderr


def test_scrapy_crawl_takes_the_lock_too(archive):
    import subprocess

    before = state(archive)
    with writer_lock(archive, "crawl"):
        done = subprocess.run(
            [SCRAPY, "crawl", "laodongthudo", "-s", f"NEWSARCHIVE_DB={archive}",
             "-s", "NEWSARCHIVE_REDIRECT=laodongthudo.vn=127.0.0.1:9"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert done.returncode != 0
    assert f"another newsarchive command is writing to {archive}" in done.stderr
    assert "this scrapy crawl exits without writing" in done.stderr
    assert state(archive) == before


def test_a_crawl_runs_the_watches_under_its_own_lock(archive, tmp_path):
    """The crawl's watch pass needs no second lock: nothing can slip in between."""
    from crawler.crawl import CrawlOptions, crawl
    from crawler.lock import ArchiveBusyError

    db = tmp_path / "a.db"
    db.write_bytes(archive.read_bytes())
    seen = []

    def after_run(opened) -> None:  # noqa: ANN001
        with pytest.raises(ArchiveBusyError):  # another process would be refused now
            with writer_lock(db, "watch run"):
                pass
        seen.append(opened.path)

    # no delay: the refused entry points would otherwise be asked 2 s apart (a minute and more)
    crawl(["laodongthudo"], db, CrawlOptions(
        redirects=["laodongthudo.vn=127.0.0.1:9"], log_level="ERROR", delay=0,
        settings={"NEWSARCHIVE_EXTRACT_WORKERS": "0", "RETRY_TIMES": "0"}), after_run=after_run)
    assert seen == [db]


# --- a run left unfinished (killed, or its last record refused by a full disk) ---------------
def test_a_run_left_unfinished_is_closed_by_the_next_writer(archive, tmp_path):
    """A crawl whose final record could not be written (or that was killed) leaves its
    run 'unfinished'; the next command that takes the writer lock says what became of it."""
    import json

    from crawler.storage import open_archive
    from crawler.storage.runs import start_run

    db = tmp_path / "a.db"
    db.write_bytes(archive.read_bytes())
    with open_archive(db) as opened:
        run_id = start_run(opened, ["laodongthudo"])  # as a crawl starts; never finished

    def last() -> dict:
        shown = newsarchive("runs", "--format", "json", "--limit", "1", db=db)
        assert shown.returncode == 0, shown.stderr
        return json.loads(shown.stdout)[0]

    assert (last()["id"], last()["finished"]) == (run_id, None)
    assert "unfinished run (killed?)" in newsarchive("sites", db=db).stdout
    assert newsarchive("search", "dien bien", db=db).returncode == 0  # reads change nothing
    assert last()["finished"] is None
    done = newsarchive("watch", "run", db=db)  # any writer
    assert done.returncode == 0, done.stderr
    run = last()
    assert run["status"] == "interrupted" and run["finished"], run
    assert run["warnings"] == [run["warnings"][0]]
    assert run["warnings"][0]["kind"] == "interrupted"
    assert run["warnings"][0]["message"].startswith(
        f"interrupted: its process (pid {os.getpid()}) ended before finishing this record "
        "(killed, or the archive could not be written, e.g. a full disk); noticed by watch run")
    table = newsarchive("runs", db=db).stdout
    assert "interrupted" in table and f"run {run_id}: interrupted: " in table
    assert "last run interrupted" in newsarchive("sites", db=db).stdout
