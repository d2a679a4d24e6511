"""No silent failures (issue 14): a hostile world, and the crawl saying what happened.

Each defect is reproduced as a user would meet it (a worker killed under a
crawl, a write that cannot succeed, two writers at once, ...) and the test
checks what the user then sees: the stored rows, the run record, the one
line on stderr, the exit code.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from crawler.workers import WORKER_DIED, WorkerDied, WorkerPool
from tests.conftest import NEWSARCHIVE, ROOT, newsarchive
from tests.fixture_server import FixtureServer

HOST = "laodongthudo.vn"


def _bench_crawl():
    """scripts/bench_crawl.py: it builds laodongthudo-shaped sites of N articles."""
    spec = importlib.util.spec_from_file_location("bench_crawl",
                                                  ROOT / "scripts" / "bench_crawl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_site(tmp_path_factory):
    """A generated site of 120 articles, served on 127.0.0.1."""
    workdir = tmp_path_factory.mktemp("big")
    pages = _bench_crawl().build_site(120, workdir)
    with FixtureServer(workdir / "site") as server:
        yield server, [url for _, url in pages]


def crawl_command(server: FixtureServer, db: Path, *extra: str) -> list[str]:
    args = [NEWSARCHIVE, "--db", str(db), "crawl", "laodongthudo", "--delay", "0",
            "--max-pages", "100000", "--format", "json", "--set", "AUTOTHROTTLE_ENABLED=False",
            *extra]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    return args


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), cmdline))
    return found


def stored_urls(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [r[0] for r in conn.execute("SELECT url FROM articles")]


def stored_count(db: Path) -> int:
    """Articles stored so far (0 while the archive is being made)."""
    try:
        return len(stored_urls(db)) if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


def last_run(db: Path) -> dict:
    run = newsarchive("runs", "--format", "json", "--limit", "1", db=db)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)[0]


# --- 1. a dead extraction worker ------------------------------------------------------
def _suicide(_: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def _square(n: int) -> int:
    return n * n


def test_a_job_that_kills_its_worker_twice_fails_and_the_pool_goes_on():
    pool = WorkerPool(1)
    try:
        with pytest.raises(WorkerDied, match="died twice"):
            asyncio.run(pool.run(_suicide, 1))
        assert asyncio.run(pool.run(_square, 7)) == 49
        assert (pool.deaths, pool.retried, pool.given_up) == (2, 1, 1)
        assert str(WorkerDied(WORKER_DIED)) == WORKER_DIED
    finally:
        pool.shutdown()


def test_a_worker_killed_mid_crawl_is_replaced_and_its_pages_retried(big_site, tmp_path):
    server, urls = big_site
    db = tmp_path / "a.db"
    server.hits.clear()
    process = subprocess.Popen(
        crawl_command(server, db, "--set", "NEWSARCHIVE_EXTRACT_WORKERS=2",
                      "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=8"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    killed = None
    deadline = time.monotonic() + 240
    while killed is None and process.poll() is None and time.monotonic() < deadline:
        articles = sum(h.target.rstrip("/").endswith(".html") for h in server.hits)
        workers = [p for p, cmd in children(process.pid) if "spawn_main" in cmd]
        if articles >= 15 and workers:
            os.kill(workers[0], signal.SIGKILL)
            killed = workers[0]
        time.sleep(0.02)
    out, err = process.communicate(timeout=600)
    assert killed is not None, "the crawl ended before a worker could be killed"
    assert sorted(stored_urls(db)) == sorted(urls), err[-3000:]
    assert process.returncode == 1, err[-3000:]  # a warning: cron mails it
    assert "BrokenProcessPool" not in err
    assert "Warning: extraction workers died 1 time(s)" in err
    report = json.loads(out)[0]
    assert report["new"] == len(urls)
    run = last_run(db)
    assert run["status"] == "warning"
    assert any(w["kind"] == "workers_died" and "extraction workers died" in w["message"]
               for w in run["warnings"])


# --- 2. a write that cannot succeed -----------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A folder whose file system fills after about 1.5 MB, and how to run a crawl there.

    A real tmpfs where this process may mount one (root), else the crawl runs under a
    file-size limit (RLIMIT_FSIZE: writes past it fail with EFBIG, as a full disk's do).
    """
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(folder)],
        capture_output=True).returncode == 0

    def limit() -> None:
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (1536 * 1024, 1536 * 1024))

    try:
        yield folder, (None if mounted else limit)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_stops_the_crawl_with_one_line_and_the_next_run_resumes(
        big_site, full_disk, tmp_path):
    server, urls = big_site
    folder, limit = full_disk
    db = folder / "a.db"
    done = subprocess.run(crawl_command(server, db), capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=limit, timeout=600)
    assert done.returncode == 74, done.stderr[-3000:]
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr[-3000:]
    assert errors[0].startswith(f"Error: cannot write to {db}: ")
    assert "full" in errors[0] or "I/O" in errors[0], errors[0]
    assert "Traceback" not in done.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    stored = stored_urls(db)
    assert 0 < len(stored) < len(urls)
    run = last_run(db)
    assert run["status"] == "failed"
    assert run["warnings"][0]["kind"] == "write_failed"
    assert "cannot write to" in run["warnings"][0]["message"]
    assert run["site_runs"][0]["new"] == len(stored)  # what was stored, not attempted
    # The next run, with room, stores the rest and nothing twice.
    moved = tmp_path / "b.db"
    subprocess.run(["sqlite3", str(db), f".backup {moved}"], check=False)
    if not moved.exists():
        with closing(sqlite3.connect(db)) as src, closing(sqlite3.connect(moved)) as dst:
            src.backup(dst)
    again = subprocess.run(crawl_command(server, moved), capture_output=True, text=True,
                           cwd=ROOT, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert sorted(stored_urls(moved)) == sorted(urls)


# --- 3. one writer at a time --------------------------------------------------------------
def test_reextract_during_a_crawl_exits_75_naming_the_crawl(big_site, tmp_path):
    server, urls = big_site
    db = tmp_path / "a.db"
    crawl = subprocess.Popen(crawl_command(server, db, "--delay", "0.3"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 240
        while stored_count(db) < 5:
            assert time.monotonic() < deadline and crawl.poll() is None, "nothing stored"
            time.sleep(0.1)
        reextract = newsarchive("reextract", db=db)
        assert crawl.poll() is None, "the crawl ended before reextract ran: make it slower"
        dry = newsarchive("reextract", "--dry-run", "--format", "json", db=db)
        out, err = crawl.communicate(timeout=600)
    finally:
        crawl.kill()
    assert reextract.returncode == 75, reextract.stderr
    assert reextract.stderr.startswith(
        f"Error: another newsarchive command is writing to {db} (crawl, pid {crawl.pid}, ")
    assert "reextract exits without writing" in reextract.stderr
    assert "Traceback" not in reextract.stderr
    assert dry.returncode == 0, dry.stderr  # reading needs no lock and never waits
    assert crawl.returncode == 0, err[-3000:]
    assert sorted(stored_urls(db)) == sorted(urls)
    assert json.loads(out)[0]["new"] == len(urls)


def test_two_crawls_started_together_on_a_new_archive(tmp_path):
    from tests.conftest import SITES

    overlapped = 0
    with FixtureServer(SITES / "laodongthudo") as server:
        for round_ in range(5):
            db = tmp_path / f"new{round_}.db"
            # a delay keeps the first crawl writing for seconds, so the two overlap even on
            # a loaded machine where one process may start a little after the other
            command = crawl_command(server, db, "--max-pages", "3", "--delay", "1",
                                    "--set", "NEWSARCHIVE_EXTRACT_WORKERS=0")
            both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, cwd=ROOT) for _ in range(2)]
            outputs = [p.communicate(timeout=300) for p in both]
            done = [(p.pid, p.returncode, *o) for p, o in zip(both, outputs, strict=True)]
            busy = [d for d in done if d[1] == 75]
            ran = [d for d in done if d[1] != 75]
            assert len(ran) >= 1, [(d[1], d[3][-1500:]) for d in done]
            for run in ran:
                assert run[1] in (0, 1), run[3][-3000:]  # 1: "no article stored yet"
                assert "Traceback" not in run[3] and "locked" not in run[3], run[3][-3000:]
                assert json.loads(run[2])[0]["site"] == "laodongthudo"
            if busy:
                overlapped += 1
                assert busy[0][3] == (f"Error: another newsarchive command is writing to {db} "
                                      f"(crawl, pid {ran[0][0]}, " + busy[0][3].split(", ", 2)[2])
                assert busy[0][3].count("\n") == 1 and "locked" not in busy[0][3]
    assert overlapped, "the two crawls never overlapped: nothing was tested"


# --- 4. reads on read-only archives; reads never create one -------------------------------
@pytest.fixture
def read_only_archive(tmp_path):
    """An archive in a read-only place: a read-only mount where this process may make
    one (root ignores file modes), else a folder and file without write permission."""
    from crawler.storage import open_archive
    from tests.test_cli import ARTICLES

    folder = tmp_path / "published"
    folder.mkdir()
    made = tmp_path / "made.db"
    with open_archive(made, create=True) as archive:
        for article in ARTICLES:
            archive.write_article(article)
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
        capture_output=True).returncode == 0
    (folder / "archive.db").write_bytes(made.read_bytes())
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        (folder / "archive.db").chmod(0o444)
        folder.chmod(0o555)
    try:
        yield folder / "archive.db"
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


@pytest.mark.parametrize("command", [
    ("search", "dien bien", "--format", "json"), ("sites",), ("export",),
    ("show", "https://laodongthudo.vn/a-1.html"),
])
def test_a_read_only_archive_can_be_read(read_only_archive, command):
    done = newsarchive(*command, db=read_only_archive)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.strip()
    assert sorted(p.name for p in read_only_archive.parent.iterdir()) == ["archive.db"]


def test_writing_to_a_read_only_archive_is_one_line(read_only_archive):
    done = newsarchive("crawl", "laodongthudo", "--redirect", "laodongthudo.vn=127.0.0.1:9",
                       db=read_only_archive)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and str(read_only_archive) in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [("search", "x"), ("stats",), ("runs",)])
@pytest.mark.parametrize("empty", [True, False])
def test_read_commands_never_make_an_archive(tmp_path, command, empty):
    db = tmp_path / "a.db"
    if empty:
        db.touch()
    done = newsarchive(*command, db=db)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    assert str(db) in done.stderr
    assert (db.exists(), db.exists() and db.stat().st_size) == (empty, 0 if empty else False)
    assert sorted(p.name for p in tmp_path.iterdir()) == (["a.db"] if empty else [])


# --- 5. network errors: one line each, never a traceback ------------------------------------
def test_an_unreachable_site_gives_one_line_per_url_and_no_traceback(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "a.db"
    done = newsarchive("crawl", "laodongthudo", "--delay", "0", "--redirect",
                       f"laodongthudo.vn=127.0.0.1:{port}", db=db)
    assert done.returncode == 1, done.stderr[-3000:]  # a warning: the site is down
    assert "Traceback" not in done.stderr and "Gave up retrying" not in done.stderr
    lines = done.stderr.splitlines()
    skipped = [line.split("skipped ", 1)[1] for line in lines if "skipped https://" in line]
    assert skipped and all(s.endswith(": connection refused") for s in skipped)
    assert len(set(skipped)) == len(skipped)  # each URL once
    for line in lines:  # every line says what and where: a log line, or a Warning/Error
        assert "] ERROR: " in line or "] WARNING: " in line or line.startswith("Warning: "), \
            line
        assert "https://" in line or line.startswith("Warning: "), line


# --- 8. option values validated: one line, exit 2 ------------------------------------------
@pytest.fixture
def small_archive(tmp_path):
    from crawler.storage import open_archive
    from tests.test_cli import ARTICLES

    path = tmp_path / "archive.db"
    with open_archive(path, create=True) as archive:
        for article in ARTICLES:
            archive.write_article(article)
    return path


@pytest.mark.parametrize("args", [
    ("search", "dien", "--offset", "9223372036854775807", "--sort", "newest"),
    ("search", "dien", "--offset", "9223372036854775807", "--site", "laodongthudo"),
    ("search", "dien", "--site", "nosuchsite"),
    ("export", "--site", "nosuchsite"),
    ("runs", "--site", "nosuchsite"),
    ("search", "dien", "--since", "25/04/2024x"),
    ("export", "--until", "2024-04-25junk"),
    ("search", "dien", "--since", "x25/04/2024"),
    ("crawl", "laodongthudo", "--redirect", "laodongthudo.vn=localhost:8000"),
    ("crawl", "laodongthudo", "--redirect", "laodongthudo.vn=example.org:80"),
    ("crawl", "laodongthudo", "--max-pages", "99999999999999999999"),
    ("crawl", "laodongthudo", "--delay", "nan"),
    ("crawl", "laodongthudo", "--timeout", "inf"),
    ("check", "laodongthudo", "--delay", "-1"),
])
def test_bad_option_values_are_one_line_and_exit_2(small_archive, args):
    from click.testing import CliRunner

    from crawler.cli.main import cli

    result = CliRunner().invoke(cli, ["--db", str(small_archive), *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1, \
        result.output
    assert isinstance(result.exception, SystemExit)


def test_whole_dates_are_still_taken(small_archive):
    from click.testing import CliRunner

    from crawler.cli.main import cli

    for date in ("25/04/2024", "2024-04-25", "2024-04-25T10:00:00+07:00", "1.5.2024"):
        result = CliRunner().invoke(cli, ["--db", str(small_archive), "search", "dien",
                                          "--since", date])
        assert result.exit_code == 0, (date, result.output)


@pytest.mark.parametrize("command", ["search dien --limit 1000", "export"])
def test_a_closed_pipe_ends_output_quietly(tmp_path, command):
    """Output far over a pipe's buffer, so the writer meets the closed pipe."""
    from dataclasses import replace

    from crawler.storage import open_archive
    from tests.test_cli import ARTICLES

    path = tmp_path / "archive.db"
    with open_archive(path, create=True) as archive:
        for n in range(600):
            article = ARTICLES[n % len(ARTICLES)]
            archive.write_article(replace(article, url=f"{article.url}?n={n}",
                                          text=article.text + " dien bien" * 50))
    done = subprocess.run(f"'{NEWSARCHIVE}' --db '{path}' {command} | head -c 1; "
                          "exit ${PIPESTATUS[0]}", shell=True, executable="/bin/bash",
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


# --- 6. files under their final name only when complete ------------------------------------
@pytest.fixture
def archive_with_pages(tmp_path):
    """An archive of 300 raw pages of 256 KB each (incompressible): a WARC that takes a
    while to write."""
    from datetime import UTC, datetime

    from crawler.items import Page
    from crawler.storage import open_archive

    path = tmp_path / "pages.db"
    with open_archive(path, create=True) as archive:
        archive.begin()
        for n in range(300):
            archive.write_page(Page(url=f"https://laodongthudo.vn/p-{n}.html",
                                    site="laodongthudo", body=os.urandom(256 * 1024),
                                    encoding="utf-8", status=200,
                                    fetched=datetime(2026, 1, 1, tzinfo=UTC)))
        archive.commit()
    return path


def test_a_killed_warc_export_leaves_no_file_under_its_name(archive_with_pages, tmp_path):
    out = tmp_path / "out" / "pages.warc.gz"
    out.parent.mkdir()
    export = subprocess.Popen([NEWSARCHIVE, "--db", str(archive_with_pages), "export",
                               "--warc", str(out)], cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not any(p.stat().st_size > 1024 * 1024 for p in out.parent.iterdir()):
        assert export.poll() is None and time.monotonic() < deadline, "export never wrote"
        time.sleep(0.01)
    export.kill()
    export.wait()
    assert not out.exists()  # a temporary file may stay: never the final name
    assert all(p.name.startswith(".pages.warc.gz.") for p in out.parent.iterdir())


def test_an_export_never_overwrites_without_force(archive_with_pages, tmp_path):
    out = tmp_path / "pages.warc.gz"
    out.write_text("mine")
    refused = newsarchive("export", "--warc", str(out), db=archive_with_pages)
    assert refused.returncode == 2
    assert refused.stderr == f"Error: {out} exists; pass --force to overwrite it\n"
    assert out.read_text() == "mine"
    forced = newsarchive("export", "--warc", str(out), "--force", db=archive_with_pages)
    assert forced.returncode == 0, forced.stderr
    assert out.stat().st_size > 300 * 256 * 1024
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# --- 7. hostile content --------------------------------------------------------------------
LDTD_PAGE = ("https://laodongthudo.vn/"
             "dua-hop-tac-ha-noi-dien-bien-ngay-cang-di-vao-thuc-chat-hieu-qua-184703.html")


def _page() -> str:
    from tests.conftest import SITES

    name = LDTD_PAGE.split("laodongthudo.vn/", 1)[1]
    return (SITES / "laodongthudo" / "laodongthudo.vn" / name).read_text(encoding="utf-8")


def _extract(body: bytes, encoding: str | None = None):
    from crawler.sites import extract_with_site, site_for_url

    return extract_with_site(site_for_url(LDTD_PAGE), body, LDTD_PAGE, encoding=encoding)


def test_hostile_markup_stores_text_and_web_addresses_only():
    import re

    page = _page()
    clean = _extract(page.encode())
    hostile = re.sub(r"(<h1[^>]*>)", r"\1<script>EVILSCRIPT()</script><style>.EVILSTYLE{}</style>",
                     page)
    hostile = re.sub(r"(<p[^>]*>)", r"\1<script>EVILSCRIPT()</script>", hostile)
    hostile = re.sub(r"<title>", "<title>&lt;script&gt;EVILTITLE()&lt;/script&gt;", hostile)
    hostile = re.sub(r'(<meta property="og:title" content=")',
                     r"\1&lt;script&gt;EVILTITLE()&lt;/script&gt;", hostile)
    hostile = re.sub(r"<img ", '<img src="javascript:alert(1)" data-src="javascript:x" ', hostile,
                     count=1)
    hostile = hostile.replace("</p>", '<img src="vbscript:msgbox(1)"></p>', 3)
    article = _extract(hostile.encode())
    record = json.dumps(article.to_record(), ensure_ascii=False)
    for evil in ("EVILSCRIPT", "EVILSTYLE", "EVILTITLE", "javascript:", "vbscript:"):
        assert evil not in record, evil
    assert all(i.url.startswith(("https://", "http://")) for i in article.images)
    assert article.title == clean.title and article.text == clean.text


def test_a_text_node_over_the_parsers_limit_fails_the_page_with_a_reason():
    from crawler.extraction import ExtractionError

    page = _page().replace("</h1>", "</h1><p>" + "chữ " * 2_600_000 + "</p>", 1)
    with pytest.raises(ExtractionError, match="over the HTML parser's limit of 10 MB"):
        _extract(page.encode())


@pytest.mark.parametrize(("codec", "declared"), [("utf-16", None), ("utf-16-le", "utf-16le"),
                                                 ("utf-16-be", None)])
def test_utf16_pages_decode(codec, declared):
    page = _page()
    article = _extract(page.encode(codec), declared)
    assert article.to_record() == _extract(page.encode()).to_record()
