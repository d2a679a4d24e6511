"""SIGKILL-and-resume drill: a crawl killed again and again loses and doubles nothing.

Builds a laodongthudo.vn-shaped fixture site of N articles (scripts/bench_crawl.py's
generator: every article's text carries its own "(Tin ID.)" mark), serves it on
127.0.0.1 in its own process, and crawls it with the real CLI into a fresh archive.
Each run is SIGKILLed, with its extraction workers (the whole process group), a
random moment after it started; the next run resumes. After K kills a last run
goes to the end. Then the archive is checked:

  kills                 runs killed (a run that finished before its kill is counted apart)
  articles expected     N
  stored once           expected articles stored exactly once (by URL and by their mark)
  lost                  expected articles not stored
  duplicated            articles stored more than once (same mark under two URLs)
  unexpected            stored rows that are no generated article
  index consistency     PRAGMA integrity_check, and FTS5 'integrity-check' of both
                        full-text indexes (articles_fts, articles_fold)
  runs                  the run records: each killed run marked interrupted by the next
                        run (none left unfinished), the last one ok

Exits 1 on any loss, duplicate or inconsistency, 0 otherwise.

Usage: .venv/bin/python scripts/drill.py [--articles 600] [--kills 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from bench_crawl import HOST, PythonServer, build_site  # noqa: E402

MARK = re.compile(r"\(Tin (\d+)\.\)")
NEWSARCHIVE = str(ROOT / ".venv" / "bin" / "newsarchive")
RUN_TIMEOUT = 1800.0


def crawl_command(db: Path, address: str) -> list[str]:
    sets = ["AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
            "NEWSARCHIVE_EXTRACT_WORKERS=2"]
    return [NEWSARCHIVE, "--db", str(db), "crawl", "laodongthudo", "--redirect",
            f"{HOST}={address}", "--delay", "0", "--max-pages", "1000000", "--format", "json",
            "--log-level", "ERROR", *(a for s in sets for a in ("--set", s))]


def stored(db: Path) -> int:
    try:
        with closing(sqlite3.connect(db)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def run_and_kill(db: Path, address: str, wait: float, log: Path) -> tuple[bool, int]:
    """One crawl, SIGKILLed with its workers `wait` seconds after it stored its first
    article of this run; (killed, exit code or -9)."""
    before = stored(db)
    with log.open("a") as err:
        process = subprocess.Popen(crawl_command(db, address), stdout=subprocess.DEVNULL,
                                   stderr=err, cwd=ROOT, start_new_session=True)
        start = time.monotonic()
        first = None
        while process.poll() is None and time.monotonic() - start < RUN_TIMEOUT:
            if first is None and stored(db) > before:
                first = time.monotonic()
            if first is not None and time.monotonic() - first >= wait:
                os.killpg(process.pid, signal.SIGKILL)  # the crawl and its workers
                process.wait()
                return True, -9
            time.sleep(0.05)
        process.wait()
    return False, process.returncode


def check(db: Path, ids: set[int]) -> dict:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT url, text FROM articles").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        fts = {}
        for table in ("articles_fts", "articles_fold"):
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
                fts[table] = "ok"
            except sqlite3.Error as exc:
                fts[table] = str(exc)
        runs = conn.execute("SELECT finished IS NULL, status FROM runs ORDER BY id").fetchall()
    marks = Counter(int(m.group(1)) for _, text in rows for m in [MARK.search(text)] if m)
    urls = Counter(url for url, _ in rows)
    return {
        "expected": len(ids),
        "stored_once": sum(1 for i in ids if marks[i] == 1),
        "lost": sum(1 for i in ids if marks[i] == 0),
        "duplicated": sum(1 for i in ids if marks[i] > 1) + sum(n > 1 for n in urls.values()),
        "unexpected": sum(1 for _, t in rows if not (m := MARK.search(t)) or
                          int(m.group(1)) not in ids),
        "integrity": integrity, "fts": fts,
        "runs_unfinished": sum(1 for unfinished, _ in runs if unfinished),
        "runs_interrupted": sum(1 for _, status in runs if status == "interrupted"),
        "last_run": runs[-1][1] if runs else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-wait", type=float, default=0.5,
                        help="seconds after a run's first stored article before its kill")
    parser.add_argument("--max-wait", type=float, default=4.0)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="drill-"))
    pages = build_site(args.articles, workdir)
    ids = {int(MARK.search(p.read_text(encoding="utf-8")).group(1)) for p, _ in pages}
    db, log = workdir / "drill.db", workdir / "crawl.log"
    for leftover in workdir.glob("drill.db*"):
        leftover.unlink()
    server = PythonServer(workdir / "site", workdir)
    kills = finished_early = 0
    started = time.monotonic()
    try:
        while kills < args.kills:
            wait = rng.uniform(args.min_wait, args.max_wait)
            killed, code = run_and_kill(db, server.address, wait, log)
            if killed:
                kills += 1
            else:
                finished_early += 1
                if stored(db) >= len(ids):
                    print(f"the site was crawled whole after {kills} kills; "
                          "use more --articles for more kills", file=sys.stderr)
                    break
            print(f"run {kills + finished_early}: {'killed' if killed else f'exit {code}'} "
                  f"after {wait:.1f} s, {stored(db)} stored", flush=True)
        last = subprocess.run(crawl_command(db, server.address), capture_output=True,
                              text=True, cwd=ROOT, timeout=RUN_TIMEOUT)
    finally:
        server.stop()
    result = check(db, ids)
    last_report = json.loads(last.stdout)[0] if last.stdout.strip() else {}
    print(f"\nkills                 {kills} (SIGKILL of the crawl and its workers; "
          f"{finished_early} runs ended before their kill)")
    print(f"articles expected     {result['expected']}")
    print(f"stored once           {result['stored_once']}")
    print(f"lost                  {result['lost']}")
    print(f"duplicated            {result['duplicated']}")
    print(f"unexpected rows       {result['unexpected']}")
    print(f"integrity_check       {'ok' if result['integrity'] else 'FAILED'}")
    for table, state in result["fts"].items():
        print(f"FTS5 {table:<16} {state}")
    print(f"runs                  {result['runs_interrupted']} interrupted (killed, marked so by "
          f"the next run), {result['runs_unfinished']} unfinished, last run "
          f"{result['last_run']} (exit {last.returncode}, new {last_report.get('new')})")
    print(f"wall                  {time.monotonic() - started:.0f} s; archive {db}")
    bad = (result["lost"] or result["duplicated"] or result["unexpected"]
           or not result["integrity"] or any(v != "ok" for v in result["fts"].values())
           or last.returncode not in (0, 1))
    if last.returncode not in (0, 1):
        print(last.stderr[-2000:], file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
