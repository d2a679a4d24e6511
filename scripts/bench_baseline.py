"""Another version of newsarchive, timed on the same articles in the same run: the
baseline that ``bench_search.py --baseline REF`` measures ours against.

Latency on a shared machine swings by a third from one run to the next, so a figure
from another day says little; REF's code runs here, now, on the same articles:

1. REF's files are unpacked from git (``git archive``) into the work folder;
2. an archive is made by REF's own code and filled with ours' articles, in rowid
   order and with the same rowids, so REF's triggers build REF's indexes (kept and
   reused with ``--reuse``);
3. the queries run in a process of REF's code: a warm-up pass, then a timed one,
   as bench_search times ours.

Only what every version has is used: ``open_archive``, ``Filters`` and ``search``
(``crawler.search``, or ``crawler.storage.search`` before that package existed).
The editable install of this checkout is taken off the import path in that process,
so nothing of ours stands in for a module REF lacks.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

PREAMBLE = """
import json, sys, time
sys.meta_path[:] = [f for f in sys.meta_path
                    if not type(f).__module__.startswith("__editable__")]
sys.path.insert(0, {code!r})
from crawler.storage.archive import open_archive
"""

COPY = PREAMBLE + """
archive = open_archive({dst!r}, create=True)
db = archive.db
db.execute("ATTACH ? AS src", [{src!r}])
theirs = {{r[1] for r in db.execute("PRAGMA src.table_info(articles)")}}
cols = ", ".join(r[1] for r in db.execute("PRAGMA main.table_info(articles)") if r[1] in theirs)
top = db.execute("SELECT max(rowid) FROM src.articles").fetchone()[0] or 0
start = time.perf_counter()
for low in range(1, top + 1, 10_000):
    db.execute(f"INSERT INTO main.articles (rowid, {{cols}}) SELECT rowid, {{cols}} FROM "
               "src.articles WHERE rowid BETWEEN ? AND ? ORDER BY rowid", [low, low + 9_999])
    db.commit()
    done = min(top, low + 9_999)
    print(f"baseline archive: {{done:,}} of {{top:,}} articles, "
          f"{{done / (time.perf_counter() - start):,.0f}}/s", file=sys.stderr, flush=True)
"""

TIME = PREAMBLE + """
from datetime import datetime
from crawler.storage.filters import Filters
try:
    from crawler.search import search
except ImportError:
    from crawler.storage.search import search
archive = open_archive({db!r})
queries = json.load(sys.stdin)

def run(q):
    bounds = {{k: datetime.fromisoformat(v) if k in ("since", "until") and v else v
              for k, v in q["filters"].items()}}
    return search(archive, q["text"], filters=Filters(**bounds), sort=q["sort"],
                  highlight=("[", "]"))

for q in queries:
    run(q)
out = []
for q in queries:
    t0 = time.perf_counter()
    found = run(q)
    out.append([(time.perf_counter() - t0) * 1000, found.total,
                [r.url for r in found.results]])
json.dump(out, sys.stdout)
"""


def unpack(ref: str, work: Path) -> tuple[str, Path]:
    """(REF's commit, a folder holding its files), unpacked from git once."""
    repo = Path(__file__).resolve().parent.parent
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", f"{ref}^{{commit}}"],
                            capture_output=True, text=True)
    if commit.returncode:
        raise SystemExit(f"--baseline {ref}: not a commit of {repo} (git rev-parse: "
                         f"{commit.stderr.strip()})")
    sha = commit.stdout.strip()
    folder = work / f"baseline-{sha[:12]}"
    if not (folder / "crawler").is_dir():
        tar = subprocess.run(["git", "-C", str(repo), "archive", "--format=tar", sha],
                             capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(tar)) as files:
            files.extractall(folder, filter="data")
    return sha, folder


def archive_for(code: Path, ours: Path, db: Path, reuse: bool) -> None:
    """Fill `db`, an archive of REF's code, with the articles of `ours` (same rowids);
    with `reuse`, one that already holds as many is kept."""
    count = sqlite3.connect(ours).execute("SELECT count(*) FROM articles").fetchone()[0]
    if reuse and db.exists() and sqlite3.connect(db).execute(
            "SELECT count(*) FROM articles").fetchone()[0] == count:
        return
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    print(f"Filling {db} with {count:,} articles by the baseline's code", flush=True)
    subprocess.run([sys.executable, "-c", COPY.format(code=str(code), dst=str(db),
                                                       src=str(ours))], check=True)


def run_queries(code: Path, db: Path, queries: list[dict]) -> list[tuple[float, int, list[str]]]:
    """(ms, total, result URLs) of each query, run by REF's code."""
    done = subprocess.run([sys.executable, "-c", TIME.format(code=str(code), db=str(db))],
                          input=json.dumps(queries), capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the baseline's search failed:\n{done.stderr[-2000:]}")
    return [tuple(row) for row in json.loads(done.stdout)]


def baseline(ref: str, work: Path, ours: Path, queries: list[dict], reuse: bool
             ) -> tuple[str, list[tuple[float, int, list[str]]]]:
    """(REF's short commit, its (ms, total, URLs) per query) on the articles of `ours`."""
    sha, code = unpack(ref, work)
    db = work / f"baseline-{sha[:12]}-{ours.stem}.db"
    archive_for(code, ours, db, reuse)
    return sha[:12], run_queries(code, db, queries)
