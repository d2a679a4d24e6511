#!/usr/bin/env python3
"""Web benchmark: the search page and its JSON beside the CLI's search, in one run.

Builds (or reuses, --reuse) a synthetic archive of N articles with the search
benchmark's generator (scripts/bench_search.py: Zipf Vietnamese vocabulary, ten
sites over ten years, ~4 KB texts), or times an existing one as it is (--db PATH,
e.g. the 1M-article archive a bench_search build left; nothing is rebuilt), starts
`newsarchive serve` on a free 127.0.0.1 port, and times the same queries
(bench_search's kinds, with and without accents) four ways, taking turns on each
query, once each after an untimed warm-up pass:

cli       crawler.searching.find() in this process: what `newsarchive search`
          does, without its process start-up (20 results, snippets);
cli+fac   the same with facets (what `search --facets` adds; the page shows them);
json      GET /-/archive.json?q=...: the server's time for the CLI's records,
          measured as the HTTP round trip on 127.0.0.1;
page      GET /-/archive?q=...: the HTML page with highlighted snippets, counts
          per paper and section and the month chart (facets), the same way.

Then the Atom feed (/-/archive.atom, the 50 newest matches) of the archive's
most common words, 20 times each, and `newsarchive search` as a user runs it
(a new process each time, start-up included) on --cli-runs queries, beside the
CPU of its start-up alone (`newsarchive --help`) and of a process importing
every command module (Scrapy, trafilatura: what each search paid before the
commands were loaded lazily). Prints p50/p95/max in ms.

Usage: .venv/bin/python scripts/bench_web.py [--articles N] [--queries N]
       [--workdir DIR] [--reuse] [--seed S] [--db PATH] [--cli-runs N]
                                                      (needs numpy: '.[bench]')
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from bench_search import COLS, COMMON, Q, Vocab, make_queries, produce  # noqa: E402

from crawler.searching import find  # noqa: E402
from crawler.storage import open_archive  # noqa: E402
from tests.conftest import NEWSARCHIVE  # noqa: E402
from tests.web_server import WebServer  # noqa: E402

#: What `newsarchive` imported at start before its commands were loaded lazily: the
#: baseline its start-up is compared with, in the same run.
EAGER_IMPORTS = "; ".join(f"import crawler.cli.{m}" for m in (
    "main", "archive", "checking", "crawling", "extracting", "frontier", "importing",
    "reading", "serving", "watching"))
FEED_WORDS = COMMON[:3]
FEED_REPEAT = 20


def build(path: Path, n: int, seed: int) -> float:
    """N synthetic articles through the archive's own triggers; articles per second."""
    for end in ("", "-wal", "-shm"):
        Path(f"{path}{end}").unlink(missing_ok=True)
    archive = open_archive(path, create=True)
    conn = archive.db.conn
    for pragma in ("synchronous=OFF", "cache_size=-262144"):
        conn.execute(f"PRAGMA {pragma}")
    insert = f"INSERT INTO articles ({', '.join(COLS)}) VALUES ({', '.join('?' * len(COLS))})"
    queue: multiprocessing.Queue = multiprocessing.Queue(maxsize=2)
    multiprocessing.Process(target=produce, args=(queue, n, seed), daemon=True).start()
    done, t0 = 0, time.perf_counter()
    while (item := queue.get()) is not None:
        conn.executemany(insert, item[0])
        conn.commit()
        done += len(item[0])
        print(f"  {done:,}/{n:,} in {time.perf_counter() - t0:.0f} s", flush=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    return n / (time.perf_counter() - t0)


def params(q: Q) -> dict[str, str]:
    """A benchmark query as the web form's fields (dates day first, until inclusive)."""
    out = {"q": q.text}
    if q.sort != "relevance":
        out["sort"] = q.sort
    f = q.filters
    if f.site:
        out["site"] = f.site
    if f.since:
        out["since"] = f.since.strftime("%d/%m/%Y")
    if f.until:
        out["until"] = (f.until - timedelta(days=1)).strftime("%d/%m/%Y")
    return out


def timed(fn, items: list) -> list[float]:
    """ms per item, after an untimed warm-up pass."""
    for item in items:
        fn(item)
    out = []
    for item in items:
        t0 = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def interleaved(ways: dict, items: list) -> dict[str, list[float]]:
    """ms per item for each way, the ways taking turns on each item (so a change in the
    machine's load hits them alike), after an untimed warm-up pass."""
    for item in items:
        for fn in ways.values():
            fn(item)
    out: dict[str, list[float]] = {name: [] for name in ways}
    for item in items:
        for name, fn in ways.items():
            t0 = time.perf_counter()
            fn(item)
            out[name].append((time.perf_counter() - t0) * 1000)
    return out


def line(name: str, ms: list[float]) -> str:
    p50, p95 = np.percentile(ms, [50, 95])
    return f"{name:<10}{len(ms):>6} {p50:>9.1f} {p95:>9.1f} {max(ms):>9.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=80, help="at least 16, in pairs")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsarchive-bench-web"))
    ap.add_argument("--reuse", action="store_true", help="keep an archive of the right count")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", type=Path, help="time this archive as it is (bench_search's "
                    "generator; --articles is then its count)")
    ap.add_argument("--cli-runs", type=int, default=12,
                    help="`newsarchive search` processes timed (start-up included)")
    args = ap.parse_args()
    if args.db:
        db = args.db
        if not db.exists():
            sys.exit(f"Error: no archive at {db}")
        archive = open_archive(db)  # brings it up to date (migrations), as serve does
        n = archive.db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
        if archive.db.execute("SELECT count(*) FROM articles").fetchone()[0] != n:
            print("Note: rowids have gaps; phrase queries may pick a missing row")
    else:
        n = args.articles
        args.workdir.mkdir(parents=True, exist_ok=True)
        db, info_path = args.workdir / f"web-{n}.db", args.workdir / f"web-{n}.json"
        info = json.loads(info_path.read_text()) if info_path.exists() else {}
        if not (args.reuse and db.exists() and info.get("seed") == args.seed):
            print(f"Building {n:,} synthetic articles into {db}", flush=True)
            info = {"seed": args.seed, "articles_per_s": build(db, n, args.seed)}
            info_path.write_text(json.dumps(info))
        archive = open_archive(db)
    queries = make_queries(Vocab(args.seed), np.random.default_rng([args.seed, 2]),
                           archive.db.conn, args.queries, n)
    print(f"Archive: {n:,} articles ({db.stat().st_size / 1e9:.2f} GB), "
          f"{len(queries)} queries; load average {Path('/proc/loadavg').read_text().split()[0]}")

    def cli(q: Q, facets: bool = False) -> None:
        find(archive, q.text, filters=q.filters, sort=q.sort, facets=facets)

    with WebServer(db) as server:
        def get(path: str) -> None:
            status, _, _ = server.get(path)
            assert status == 200, (status, path)

        ways = {
            "cli": cli,
            "json": lambda q: get("/-/archive.json?" + urlencode(params(q))),
            "cli+fac": lambda q: cli(q, facets=True),
            "page": lambda q: get("/-/archive?" + urlencode(params(q))),
        }
        runs = interleaved(ways, queries)
        feeds = {w: timed(lambda w: get("/-/archive.atom?" + urlencode({"q": w})),
                          [w] * FEED_REPEAT) for w in FEED_WORDS}
        counts = {w: find(archive, w, limit=1).count_text for w in FEED_WORDS}
    cpu: list[float] = []
    processes = timed(lambda q: cpu.append(cli_process(db, q)), queries[:args.cli_runs])
    startup = [cpu_ms([NEWSARCHIVE, "--help"]) for _ in range(args.cli_runs)]
    eager = [cpu_ms([sys.executable, "-c", EAGER_IMPORTS]) for _ in range(args.cli_runs)]
    print(f"\n{'ms':<10}{'n':>6} {'p50':>9} {'p95':>9} {'max':>9}")
    for name, ms in runs.items():
        print(line(name, ms))
    print(line("cli-proc", processes) + "   (`newsarchive search` processes, start-up "
          "included; the first queries)")
    print(line("  its CPU", cpu[len(cpu) // 2:]) + "   (user + system of those processes: "
          "what a quiet machine's wall time would be near)")
    print(line("  start-up", startup) + "   (CPU of `newsarchive --help`: Python, click and "
          "the CLI, no archive opened)")
    print(line("  +crawler", eager) + "   (CPU of a process importing every command module, "
          "Scrapy and trafilatura with them: what each search paid before commands were "
          "loaded lazily)")
    print("\nBy kind, p95 ms:  " + "  ".join(
        f"{kind} cli {np.percentile([m for m, q in zip(runs['cli'], queries, strict=True) if q.kind == kind], 95):.0f}"  # noqa: E501
        f"/json {np.percentile([m for m, q in zip(runs['json'], queries, strict=True) if q.kind == kind], 95):.0f}"  # noqa: E501
        for kind in dict.fromkeys(q.kind for q in queries)))
    print("\nAtom feed (50 newest matches) of a common word:")
    for word, ms in feeds.items():
        print(line(word, ms) + f"   ({counts[word]} matches)")


def cli_process(db: Path, q: Q) -> float:
    """`newsarchive search` as a user runs it: a new process, its output read; the ms
    of CPU it used."""
    args = [NEWSARCHIVE, "--db", str(db), "search", "--", *q.text.split()]
    if q.sort != "relevance":
        args[4:4] = ["--sort", q.sort]
    for name, value in params(q).items():
        if name in ("site", "since", "until"):
            args[4:4] = [f"--{name}", value]
    return cpu_ms(args)


def cpu_ms(args: list[str]) -> float:
    """Run a process to its end; the ms of CPU (user + system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, (args, done.stderr)
    return 1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


if __name__ == "__main__":
    main()
