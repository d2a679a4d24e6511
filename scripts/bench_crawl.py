"""Crawl benchmark: a laodongthudo.vn-shaped site of N article pages on 127.0.0.1.

Copies of the 18 article pages of tests/sites/laodongthudo (new ids and URLs,
paragraphs shuffled, numbers changed, the id in the text), robots.txt, home page,
feeds and listings (links moved to copies), a sitemap index of article
sitemaps (1,000 URLs each) listing all N; served by tests.fixture_server in its
own process (listen backlog raised from socketserver's 5, which drops SYNs at
16 connections: 1 s retries) or one nginx worker (--server nginx, keep-alive).
The real CLI crawls it in a subprocess: `newsarchive crawl laodongthudo
--redirect ... --delay 0`, AutoThrottle off, 16 requests at a time. Figures:

  server max rate   requests/s of an asyncio client here GETting every article page
                    32 at a time, a connection each (a lower bound: the client shares
                    the cores), and the server's CPU ms per request.
  extraction only   extract_with_site(LaoDongThuDoSpider, body, url) on the same N
                    pages read from disk, in this process and in a spawn Pool of W
                    processes (chunks of 25, warmed up): the ceiling. cores = CPU s /
                    wall (< W when others load the machine); CPU ms/page ignores load.
  crawl W, crawl 0  the crawl with NEWSARCHIVE_EXTRACT_WORKERS=W and =0 (extraction in
                    the crawl process), each into a fresh archive. pages/s = new
                    articles / wall time of the command (start-up and shut-down in);
                    window = first to last request the server saw; % = pages/s of the
                    W-process ceiling (target 90 %); CPU ms of the crawl process, of its
                    children (workers), of the server; idle projection = min(1000 / crawl
                    ms, 1000 x cores / all ms): the crawl process is one thread; its
                    share of the idle ceiling 1000 x W / extraction ms. Peak RSS: summed,
                    crawl process and its children (/proc polled every 0.2 s).
  incremental       the crawl again on the first archive: article pages requested (target
                    0; the fixture's deleted article, a 404 never stored, is counted apart).

  --frontier        the shared frontier on Redis instead (see scripts/bench_frontier.py).

Usage: .venv/bin/python scripts/bench_crawl.py [--articles N] [--server nginx] [--set K=V]
       [--frontier]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.sites import extract_with_site  # noqa: E402
from spiders.laodongthudo import LaoDongThuDoSpider  # noqa: E402
from spiders.mastercms import ARTICLE_PATH  # noqa: E402
from tests.fixture_server import FixtureServer  # noqa: E402

HOST = "laodongthudo.vn"
FIXTURE = ROOT / "tests" / "sites" / "laodongthudo" / HOST
FIRST_ID = 300000  # generated ids: FIRST_ID .. FIRST_ID + N - 1
PER_SITEMAP = 1000
PARAGRAPH = re.compile(r'(<p style="text-align: justify;">)(.*?)(</p>)', re.S)
TICK, PAGE = os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE")
CRAWL_TIMEOUT = 1800.0  # seconds; a crawl still running then is killed
XML = '<?xml version="1.0" encoding="UTF-8"?>\n<{0} xmlns="http://www.sitemaps.org/schemas/' \
      'sitemap/0.9">\n{1}</{0}>\n'


def build_site(n: int, workdir: Path) -> list[tuple[Path, str]]:
    """Write the site; return the (file, url) of the N generated article pages."""
    shutil.rmtree(workdir / "site", ignore_errors=True)
    site = Path(shutil.copytree(FIXTURE, workdir / "site" / HOST))
    templates = sorted(f for f in site.glob("*.html") if ARTICLE_PATH.match("/" + f.name))
    slugs = [f.name.removesuffix(".html").rsplit("-", 1) for f in templates]  # [slug, id]
    sources = [f.read_text(encoding="utf-8") for f in templates]
    for f in templates:
        f.unlink()
    names = [f"{slugs[i % len(slugs)][0]}-{FIRST_ID + i}.html" for i in range(n)]
    for f in site.rglob("*"):  # home, listings, feeds: links to the originals -> first copies
        if f.suffix in (".html", ".rss", ".xml") and f.is_file():
            text = f.read_text(encoding="utf-8")
            for old, new in zip(templates, names, strict=False):
                text = text.replace(old.name, new)
            f.write_text(text, encoding="utf-8")
    pages = []
    for i, name in enumerate(names):
        t, rng = i % len(templates), random.Random(i)
        html = sources[t].replace(slugs[t][1], str(FIRST_ID + i))
        texts = [re.sub(r"\d+", lambda m, r=rng: str(int(m.group()) + r.randint(1, 9)), p[1])
                 for p in PARAGRAPH.findall(html)]
        rng.shuffle(texts)
        texts[-1] += f" (Tin {FIRST_ID + i}.)"  # every page's text is its own
        html = PARAGRAPH.sub(lambda m, rest=texts: m.group(1) + rest.pop() + m.group(3), html)
        (site / name).write_text(html, encoding="utf-8")
        pages.append((site / name, f"https://{HOST}/{name}"))
    maps = [f"sitemaparticles-site-{k + 1}.xml" for k in range(-(-n // PER_SITEMAP))]
    for k, name in enumerate(maps):
        (site / name).write_text(XML.format("urlset", "".join(
            f"<url><loc>{u}</loc><lastmod>2024-05-13T15:50:00+07:00</lastmod></url>\n"
            for _, u in pages[k * PER_SITEMAP:(k + 1) * PER_SITEMAP])), encoding="utf-8")
    (site / "sitemap.xml").write_text(XML.format("sitemapindex", "".join(
        f"<sitemap><loc>https://{HOST}/{m}</loc></sitemap>\n"
        for m in [*maps, "sitemap_site_1.xml"])), encoding="utf-8")
    return pages


def _serve(root: str, conn: multiprocessing.connection.Connection) -> None:
    """The fixture server's process: answers "hits" (and forgets them) and "stop"."""
    server = FixtureServer(root)
    server.httpd.socket.listen(128)
    conn.send(server.start().address)
    offset = time.time() - time.monotonic()
    while conn.recv() != "stop":
        conn.send([(h.time + offset, h.target, h.status) for h in server.hits])
        server.hits.clear()
        server.requests.clear()


class PythonServer:
    def __init__(self, root: Path, workdir: Path):
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(str(root), child), daemon=True)
        self.process.start()
        self.address, self.pid = self.conn.recv(), self.process.pid

    def hits(self) -> list[tuple[float, str, int]]:
        """The requests since the last call: (epoch time, target, status)."""
        self.conn.send("hits")
        return self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.process.join(10)


class NginxServer:
    """One nginx worker serving the same files and _routes.json routes."""

    def __init__(self, root: Path, workdir: Path):
        site, self.log, self.read = root / HOST, workdir / "nginx-access.log", 0
        routes = json.loads((site / "_routes.json").read_text(encoding="utf-8"))
        locations = "".join(
            f"location = {path} {{ return 404; }}\n" if spec.get("status") == 404 else
            f"location = {path} {{ try_files /{spec['file']} =404; }}\n"
            for path, spec in routes.items())
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        (workdir / "nginx.conf").write_text(f"""daemon off; worker_processes 1; pid nginx.pid;
error_log nginx-error.log; events {{ worker_connections 1024; }}
http {{ log_format bench '$msec $status $request_uri'; access_log {self.log} bench;
  client_body_temp_path tmp; proxy_temp_path tmp; fastcgi_temp_path tmp; uwsgi_temp_path tmp;
  scgi_temp_path tmp; charset utf-8; types {{ text/html html; application/xml xml;
  text/plain txt; application/rss+xml rss; }} server {{ listen 127.0.0.1:{port}; root {site};
  {locations} location / {{ try_files $uri $uri/index.html =404; }} }} }}""")
        self.log.unlink(missing_ok=True)
        self.process = subprocess.Popen(["nginx", "-p", workdir, "-c", workdir / "nginx.conf"])
        self.pid, self.address = self.process.pid, f"127.0.0.1:{port}"
        time.sleep(1.0)

    def hits(self) -> list[tuple[float, str, int]]:
        with self.log.open() as f:
            f.seek(self.read)
            lines = f.readlines()
            self.read = f.tell()
        return [(float(t), target, int(status)) for t, status, target in map(str.split, lines)]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


async def fetch_all(address: str, paths: list[str], concurrency: int = 32) -> int:
    """GET every path, one connection each; the number of 200 answers."""
    (host, port), gate, ok = address.split(":"), asyncio.Semaphore(concurrency), 0

    async def get(path: str) -> None:
        nonlocal ok
        async with gate:
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(f"GET {path} HTTP/1.0\r\nHost: {HOST}\r\n\r\n".encode())
            answer = await reader.read()  # before `ok +=`, which would read ok first
            ok += answer.split(b" ", 2)[1:2] == [b"200"]
            writer.close()

    await asyncio.gather(*(get(p) for p in paths))
    return ok


def process_tree(root: int) -> dict[int, tuple[float, int]]:
    """pid -> (CPU seconds, RSS bytes) of `root` and its descendants, from /proc."""
    table = {}
    for entry in os.scandir("/proc"):
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        if rest := stat[stat.rfind(")") + 2:].split():
            table[int(entry.name)] = (int(rest[1]), (int(rest[11]) + int(rest[12])) / TICK,
                                      int(rest[21]) * PAGE)
    pids = [root] if root in table else []
    for pid in pids:  # grows while walked
        pids += [p for p, row in table.items() if row[0] == pid]
    return {p: table[p][1:] for p in pids}


def tree_cpu(root: int) -> float:
    return sum(cpu for cpu, _ in process_tree(root).values())


def run_crawl(db: Path, server: PythonServer | NginxServer, workers: int, log: Path,
              extra: list[str]) -> dict:
    """One `newsarchive crawl` in a subprocess, watched through /proc and the server."""
    sets = ["AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
            "CONCURRENT_REQUESTS=32", f"NEWSARCHIVE_EXTRACT_WORKERS={workers}", *extra]
    cmd = [str(ROOT / ".venv" / "bin" / "newsarchive"), "--db", str(db), "crawl", "laodongthudo",
           "--redirect", f"{HOST}={server.address}", "--delay", "0", "--max-pages", "1000000",
           *(a for s in sets for a in ("--set", s)), "--format", "json", "--log-level", "ERROR"]
    server.hits()  # forget earlier requests
    server_cpu, start, peak, main_cpu = tree_cpu(server.pid), time.time(), 0, 0.0
    with log.open("w") as err, log.with_suffix(".json").open("w") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        while not (waited := os.wait4(process.pid, os.WNOHANG))[0]:
            if time.time() - start > CRAWL_TIMEOUT:
                process.kill()
            procs = process_tree(process.pid)
            peak = max(peak, sum(rss for _, rss in procs.values()))
            main_cpu = procs.get(process.pid, (main_cpu, 0))[0]
            time.sleep(0.2)
        wall, (_, status, usage) = time.time() - start, waited
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: a health warning, the crawl ran
        sys.exit(f"crawl failed ({process.returncode}); see {log}")
    with closing(sqlite3.connect(db)) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    hits = server.hits()
    articles = [s for _, t, s in hits if ARTICLE_PATH.match(t.split("?")[0])]
    r = {**json.loads(log.with_suffix(".json").read_text())[0], "wall": wall, "stored": stored,
         "requests": len(hits), "peak_mib": peak / 2**20,
         "window": hits[-1][0] - hits[0][0] if hits else 0.0,
         "article_requests": sum(s != 404 for s in articles),
         "gone_requests": articles.count(404), "cpu_main": main_cpu,
         "cpu_children": max(0.0, usage.ru_utime + usage.ru_stime - main_cpu),
         "cpu_server": tree_cpu(server.pid) - server_cpu}
    ms = {k: 1000 * r[f"cpu_{k}"] / max(r["pages"], 1) for k in ("main", "children", "server")}
    idle = min(1000 / ms["main"], 1000 * (os.cpu_count() or 1) / sum(ms.values()))  # docstring
    return {**r, **{f"ms_{k}": v for k, v in ms.items()}, "idle": idle, "rate": r["new"] / wall,
            "resp_rate": r["pages"] / wall}


def extract_files(pages: list[tuple[str, str]], pause: float = 0.0) -> tuple[int, float]:
    """Extract pages read from disk: (pages, CPU seconds); then sleep `pause` seconds."""
    cpu = time.process_time()
    for path, url in pages:
        extract_with_site(LaoDongThuDoSpider, Path(path).read_bytes(), url)
    time.sleep(pause)
    return len(pages), time.process_time() - cpu


def ceiling(pages: list[tuple[Path, str]], workers: int) -> list[tuple[float, float, float]]:
    """(pages/s, cores used, CPU ms/page) in this process, then in a Pool of `workers`."""
    jobs = [(str(p), u) for p, u in pages]
    extract_files(jobs[:5])  # warm-up
    start = time.perf_counter()
    results = [(*extract_files(jobs), time.perf_counter() - start)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.starmap(extract_files, [(jobs[:5], 0.5)] * workers, 1)  # a warm-up each
        start = time.perf_counter()
        done = pool.map(extract_files, [jobs[k:k + 25] for k in range(0, len(jobs), 25)], 1)
        results.append((len(jobs), sum(c for _, c in done), time.perf_counter() - start))
    return [(n / wall, cpu / wall, 1000 * cpu / n) for n, cpu, wall in results]


CRAWL_ROWS = (  # (label, format over run_crawl's figures), one column per crawl
    ("wall s (whole command)", "{wall:.1f}"), ("window s (first to last request)", "{window:.1f}"),
    ("articles stored (new)", "{stored} ({new})"), ("responses / requests", "{pages} / {requests}"),
    ("pages/s (new / wall)", "{rate:.1f}"), ("responses/s", "{resp_rate:.1f}"),
    ("% of the W-process ceiling", "{share:.0f} %"), ("idle projection pages/s", "{idle:.0f}"),
    ("idle projection % of ceiling", "{idle_share:.0f} %"),
    ("CPU ms/response crawl", "{ms_main:.2f}"), ("CPU ms/response workers", "{ms_children:.2f}"),
    ("CPU ms/response server", "{ms_server:.2f}"), ("failed pages", "{failed}"),
    ("peak RSS MiB (crawl + children)", "{peak_mib:.0f}"), ("404 article asked", "{gone_requests}"),
    ("article pages requested", "{article_requests}"))


def frontier(args: argparse.Namespace, work: Path, n: int) -> None:
    """--frontier: the local crawl as the baseline, then scripts/bench_frontier.py."""
    import bench_frontier

    server = (NginxServer if args.server == "nginx" else PythonServer)(work / "site", work)
    try:
        for suffix in (".db", ".db-wal", ".db-shm"):
            (work / ("crawl" + suffix)).unlink(missing_ok=True)
        print("local crawl ...", file=sys.stderr)
        local = run_crawl(work / "crawl.db", server, args.workers, work / "W.log", args.set)
        bench_frontier.bench(work, server, n, args.workers, args.set, local)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="article pages (>= 18)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newsarchive-bench-crawl"))
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--server", choices=("python", "nginx"), default="python")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="another setting for both crawls (repeatable)")
    parser.add_argument("--frontier", action="store_true",
                        help="the shared frontier instead (scripts/bench_frontier.py): the local "
                             "crawl, 1 and 2 frontier crawlers and the writer, same run")
    args = parser.parse_args()
    work = args.workdir.resolve()
    for bad, message in ((args.articles < 18 or args.workers < 1, "--articles < 18 or --workers 0"),
                         (work == ROOT or ROOT in work.parents, "--workdir in the repository"),
                         (args.server == "nginx" and not shutil.which("nginx"), "no nginx")):
        if bad:
            parser.error(message)
    work.mkdir(parents=True, exist_ok=True)
    print(f"building {work}/site; extraction only ...", file=sys.stderr)
    pages = build_site(args.articles, work)
    if args.frontier:
        return frontier(args, work, len(pages))
    ceilings = ceiling(pages, args.workers)  # (pages/s, cores, CPU ms/page) for 1 and W
    one, many = ceilings[0][0], ceilings[1][0]
    server = (NginxServer if args.server == "nginx" else PythonServer)(work / "site", work)
    try:
        paths = [u.removeprefix(f"https://{HOST}") for _, u in pages]
        server.hits()
        cpu, start = tree_cpu(server.pid), time.perf_counter()
        if (ok := asyncio.run(fetch_all(server.address, paths))) != len(paths):
            sys.exit(f"the server answered {ok} of {len(paths)} article pages with 200")
        fetch_rate = len(paths) / (time.perf_counter() - start)
        server_ms = (tree_cpu(server.pid) - cpu) * 1000 / len(paths)
        results = {}
        for key, workers, db in (("W", args.workers, "crawl"), ("inc", args.workers, "crawl"),
                                 ("0", 0, "inline")):
            for suffix in (".db", ".db-wal", ".db-shm") if key != "inc" else ():
                (work / (db + suffix)).unlink(missing_ok=True)
            print(f"crawl {key} ...", file=sys.stderr)
            results[key] = run_crawl(work / f"{db}.db", server, workers, work / f"{key}.log",
                                     args.set)
    finally:
        server.stop()
    w, inline, inc, wn = results["W"], results["0"], results["inc"], args.workers
    for r in results.values():
        r.update(share=100 * r["rate"] / many, idle_share=r["idle"] * ceilings[1][2] / 10 / wn)
    print(f"articles {len(pages)}, server {args.server} on {server.address}, --set "
          f"{' '.join(args.set) or '-'}, load average at the end {os.getloadavg()[0]:.2f}")
    print(f"server max rate (32 at a time): {fetch_rate:.0f} req/s, {server_ms:.2f} ms CPU/req")
    print(f"{'extraction only':34}{'pages/s':>10}{'cores':>8}{'CPU ms/page':>13}")
    for label, (rate, cores, ms) in zip(("1 process", f"{wn} processes"), ceilings, strict=True):
        print(f"  {label:32}{rate:10.1f}{cores:8.2f}{ms:13.2f}")
    heads = (f"crawl W={wn}", "crawl W=0", f"incremental W={wn}")
    print(f"{'':34}" + "".join(f"{h:>17}" for h in heads))
    for label, fmt in CRAWL_ROWS:
        print(f"  {label:32}" + "".join(f"{fmt.format(**r):>17}" for r in (w, inline, inc)))
    print(f"\nsummary: crawl {w['rate']:.0f} pages/s (workers={wn}), {inline['rate']:.0f} (0); "
          f"ceiling {one:.0f} (1 proc), {many:.0f} ({wn}); crawl = {w['share']:.0f} % of ceiling "
          f"(target 90 %; idle projection {w['idle_share']:.0f} %); incremental {inc['wall']:.1f} "
          f"s, {inc['requests']} requests, {inc['article_requests']} stored articles refetched; "
          f"peak RSS {w['peak_mib']:.0f} MiB (workers={wn}), {inline['peak_mib']:.0f} MiB (0)")


if __name__ == "__main__":
    main()
