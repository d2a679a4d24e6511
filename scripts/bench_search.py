"""Search benchmark: a synthetic Vietnamese news archive, our search against plain FTS5.

Builds, for each storage order (chronological: oldest first, as daily crawls
store them; backfilled: the newest half first, then the older half newest first,
as a first crawl and a --since backfill do), two archives of the same N
synthetic articles (Vocab, make_row; article i is the i-th in time) in --workdir:
one worker process generates while the main one inserts the rows of
article_to_row(), 10,000 per transaction (WAL, synchronous OFF and a 256 MB cache
for the bulk build only); a build stopped part way (a kill, the end of a session)
goes on from what both archives hold when run again (the figures so far are
kept in build-ORDER-N.progress.json). Then times the same queries on both. ours: made by
open_archive() (its triggers fill both indexes), queried with search(). plain: the
same rows in the same table with one FTS5 index `unicode61 remove_diacritics 2`
(external content, no đ folding), queried with plain_search().

build     ours: seconds in INSERT INTO articles on ours (the triggers fill both
          indexes); art/s = N / that. table: the same INSERT on plain (no
          trigger). FTS ours = ours - table (a difference); FTS plain: its INSERT
          INTO plain_fts ... SELECT after each batch. wall: the whole build; gen:
          the worker's time; waited: the inserter idle. CPU: the inserter's
          process time in the same steps, per article (what a loaded machine's
          wall clock hides: other processes' share of the cores).
size      GB after a WAL checkpoint, split with dbstat: the table with its B-tree
          indexes, each FTS index with its shadow tables.
latency   ms per query end to end (parse, count, rows, 20 highlighted snippets),
          once each after an untimed warm-up pass: p50/p95/p99 (interpolated)
          and max per kind, accent form and overall; ok = p95 < 20 ms (the
          issue's target at a million articles).
kinds     common/mid/rare: 1-3 syllables of Zipf rank <200, 300-3000, >6000
          (rare: 1-2); name; place; phrase: 2-4 "quoted" words cut from a stored
          text; filtered: 1-2 common or mid words, a site and a since/until
          window of 1-3 years; newest: the same without filters, newest first.
          Each runs as typed with accents, then folded.
matches   unaccented queries whose accented form differs: total matches found
          by ours (counted one by one, untimed: search() estimates past COUNT_CAP)
          and by plain, plain/ours, and how many of those queries plain finds
          fewer; split by đ in the words, which plain does not fold. Then how
          many totals were estimates, and their error against the exact count,
          per order.
agreement top-10 overlap of our relevance ranking with an exact BM25 (FTS5's
          bm25 on the folded index, our weights, over all matches; untimed), and
          with the same BM25 over our RANK_CANDIDATES candidates only, per kind
          and order (unaccented queries).
exact     what that reference costs: FTS5 ranking every match of each query,
          timed warm, against its matches; per match, and how many matches the
          20 ms target would let it rank.
baseline  with --baseline REF: that commit's code (bench_baseline.py) timed on
          the same articles in the same run, a column of the latency table, and
          its top-10 agreement with the same exact BM25.
candidates  with --candidates N,N: the same queries ranked with other numbers of
          candidates (RANK_CANDIDATES): p50/p95 ms and agreement over all matches.
variants  with --variants N: other index designs built on the same N articles
          and the 1M archive each would make (see size_variants).

Usage: .venv/bin/python scripts/bench_search.py [--size N] [--queries N]
       [--workdir DIR] [--reuse] [--seed S] [--orders chronological,backfilled]
       [--candidates N,N] [--baseline REF] [--variants N]   (needs numpy)
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import re
import sqlite3
import time
import unicodedata
from collections import namedtuple
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from crawler.items import Article, Image
from crawler.search import search
from crawler.search.counting import COUNT_CAP, walk
from crawler.search.indexes import (
    BM25_WEIGHTS,
    COLUMN_WEIGHTS,
    date_window,
    filter_expression,
    with_filters,
)
from crawler.search.query import WORD_RE, fts_expression, parse_query
from crawler.search.ranking import RANK_CANDIDATES, ranked_among
from crawler.storage.archive import article_to_row, open_archive
from crawler.storage.filters import Filters
from crawler.storage.fold import fold, has_accents

EPOCH = datetime(2015, 1, 1, tzinfo=timezone(timedelta(hours=7)))
BATCH, TARGET_MS, TEXT_BYTES, MARKS = 10_000, 20.0, 4000, ("[", "]")
PLAIN_WEIGHTS = ", ".join(str(COLUMN_WEIGHTS[c]) for c in ("title", "lead", "text"))  # ours
ONSETS = "b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x".split() + [""]
RHYMES = ("a ai ao au ay am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âu ây âm ân âng âp ât âc "
          "e eo em en ep et ê êu êm ên ênh êp êt êch i ia iu im in inh ip it ich iêu iêm iên "
          "iêng iêp iêt iêc o oa oai oan oang oanh oat oac oe oi om on ong op ot oc ô ôi ôm ôn "
          "ông ôp ôt ôc ơ ơi ơm ơn ơp ơt u ua ui um un ung up ut uc uy uân uât uyên uyêt uôi "
          "uôm uôn uông uôt uôc ư ưa ưi ưu ưng ưt ưc ươi ươu ươm ươn ương ươp ươt ươc").split()
COMMON = list(dict.fromkeys((  # the most frequent syllables first, many with đ
    "và của các là có được trong người đã cho không với một này những cũng đến năm ra khi để "
    "theo từ tại về sẽ đó nhiều còn phải làm như vào hơn sau nhà nước đi trên lại công nhưng "
    "đang mới hiện việc chỉ thể bị cùng trường đầu tư động số hàng tiền giá đồng thành phố xe "
    "đường điện học sinh dân quốc tế kinh doanh thị chính phủ tỉnh huyện xã an toàn bệnh viện "
    "giao thông đất đai đội tuyển bóng đá cảnh sát điều tra vụ án tòa ngân sách dự thuế bão lũ "
    "mưa trận đấu điểm thi lớp đại biểu hội nghị triệu tỷ tháng ngày tuần sáng chiều tối").split()))
HO = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào".split()
DEM = "Văn Thị Hữu Đức Minh Quốc Thanh Ngọc Xuân Hoàng Công Đình Quang Thu Kim Bảo Anh".split()
TEN = ("An Anh Bình Cường Dũng Đạt Đông Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Huy Khánh Lan "
       "Linh Long Mai Nam Nga Phong Phúc Quân Sơn Tâm Thảo Thắng Thủy Trang Tuấn Yến Đức").split()
PROVINCES = ("Hà Nội|TP.HCM|Hải Phòng|Đà Nẵng|Cần Thơ|Quảng Ninh|Điện Biên|Đắk Lắk|Đồng Nai|Nghệ "
             "An|Thanh Hóa|Hà Tĩnh|Quảng Bình|Quảng Nam|Khánh Hòa|Lâm Đồng|Gia Lai|Lào Cai|Sơn La|"
             "Bắc Ninh|Nam Định|Cà Mau|Bà Rịa - Vũng Tàu").split("|")
DOMAINS = ("vnexpress.net tuoitre.vn thanhnien.vn dantri.com.vn vietnamnet.vn laodong.vn "
           "nld.com.vn tienphong.vn baochinhphu.vn laodongthudo.vn").split()
SITES = [d.split(".")[0] for d in DOMAINS]
SECTIONS = "Thời sự|Thế giới|Kinh doanh|Giải trí|Thể thao|Pháp luật|Giáo dục|Sức khỏe".split("|")
PLAIN_FTS = ("CREATE VIRTUAL TABLE plain_fts USING fts5(title, lead, text, content='articles', "
             "tokenize='unicode61 remove_diacritics 2')")
PLAIN_ORDER = {"relevance": "score", "newest": "a.published IS NULL, a.published DESC"}
COLS = tuple(article_to_row(Article(url="u", site="s", title="t", text="x")))
ORDERS = ("chronological", "backfilled")  # storage orders built (storage_order)
KINDS = ("common", "mid", "rare", "name", "place", "phrase", "filtered", "newest")
BANDS = {"common": (0, 200), "mid": (300, 3000), "rare": (6000, None)}
Q = namedtuple("Q", "kind text accented filters sort")  # a query as typed, with accents or not


def zipf(n: int, s: float = 1.0, q: float = 0.0) -> np.ndarray:
    """Zipf-Mandelbrot probabilities of the ranks 1..n: 1 / (rank + q) ** s, normalised."""
    p = 1.0 / (np.arange(1, n + 1) + q) ** s
    return p / p.sum()


def pick(cdf: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    """k random indexes drawn from the distribution of the cumulative sums `cdf`."""
    return np.searchsorted(cdf, rng.random(k) * cdf[-1], side="right")


def syllables() -> list[str]:
    """Every onset + rhyme + tone that Vietnamese spelling allows (roughly), tone placed."""
    out = []
    for rhyme in RHYMES:
        front, marked = rhyme[0] in "ieê", [i for i, ch in enumerate(rhyme) if ch in "ăâêôơư"]
        vowels = [i for i, ch in enumerate(rhyme) if ch in "aăâeêioôơuưy"]
        at = marked[-1] if marked else vowels[-1] if (
            rhyme[-1] not in "aeiouy" or rhyme in ("oa", "oe", "uy") or len(vowels) == 1
        ) else vowels[-2]
        onsets = [o for o in ONSETS if not (o in ("c", "g", "ng", "gi") and front)
                  and not (o in ("k", "gh", "ngh") and not front)
                  and not (o == "qu" and rhyme[0] in "uưoôi") and (o or rhyme[:2] != "iê")]
        for mark in ("\u0301", "\u0323") if rhyme.endswith(("p", "t", "c", "ch")) else (
                "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            toned = unicodedata.normalize("NFC", rhyme[:at + 1] + mark + rhyme[at + 1:])
            out += [o + toned for o in onsets]
    return list(dict.fromkeys(out))


class Vocab:
    """Every token the generator writes and its sampling tables, the same for a seed:
    Zipf-Mandelbrot syllables (COMMON first), numbers and rare foreign words, then
    people (họ đệm tên) and places (tỉnh/huyện/xã), drawn per article."""

    def __init__(self, seed: int):
        rng, m = np.random.default_rng([seed, 0]), 60000
        extra = [s for s in syllables() if s not in set(COMMON)]
        rng.shuffle(extra)
        self.syllables = COMMON + extra
        numbers = list(dict.fromkeys([str(i) for i in (*range(1, 32), *range(2000, 2025))] + [
            f"{x:,}".replace(",", ".") for x in rng.integers(100, 10**6, 4000)]))
        cv = np.char.add(*(rng.choice(list(chars), (m, 4)) for chars in ("bcdghklmnpstv", "aeiou")))
        foreign = list(dict.fromkeys("".join(w)[:k].capitalize()
                                     for w, k in zip(cv, rng.integers(4, 9, m), strict=True)))
        names = list(dict.fromkeys(f"{HO[a]} {DEM[b]} {TEN[c]}" for a, b, c in zip(
            rng.choice(len(HO), m, p=zipf(len(HO), 1.2)), rng.integers(0, len(DEM), m),
            rng.integers(0, len(TEN), m), strict=True)))
        caps = [s.capitalize() for s in self.syllables[100:3000]]
        places = [f"tỉnh {p}" for p in PROVINCES] + [f"{('xã', 'huyện')[a % 2]} {caps[a]} {caps[b]}"
                                                     for a, b in rng.integers(0, 2900, (3000, 2))]
        words = self.syllables + numbers + foreign
        self.cdf = np.cumsum(np.concatenate([zipf(len(self.syllables), 1.0, 8) * 0.955, zipf(
            len(numbers), 0.8) * 0.03, zipf(len(foreign)) * 0.015]))
        self.name0, self.place0 = len(words), len(words) + len(names)
        self.name_cdf, self.place_cdf = np.cumsum(zipf(len(names))), np.cumsum(zipf(len(places)))
        self.tokens = words + names + places
        plain = np.array(self.tokens, dtype=object)
        upper = np.array([w[:1].upper() + w[1:] for w in self.tokens], dtype=object)
        self.forms = np.stack([plain, upper, plain + ".", plain + ","])
        size = np.array([len(w.encode()) + 1 for w in words], dtype=float)
        self.log_tokens = np.log(TEXT_BYTES / (np.diff(self.cdf, prepend=0) @ size)) - 0.045


def sentences(v: Vocab, rng: np.random.Generator, n: int, ents: np.ndarray, rate: float,
              span: tuple[int, int] = (8, 29)) -> tuple[list[str], np.ndarray]:
    """n words, entities at `rate`, in sentences (capital, commas, full stop); their ends."""
    idx = pick(v.cdf, rng, n)
    hit = rng.random(n) < rate
    idx[hit] = rng.choice(ents, int(hit.sum()))
    ends = np.cumsum(rng.integers(*span, n // span[0] + 1))
    ends = np.append(ends[ends < n - 4], n)
    form = np.where(rng.random(n) < 0.06, 3, 0)
    form[ends - 1], form[ends[:-1]], form[0] = 2, 1, 1
    return v.forms[form, idx].tolist(), ends


def make_row(v: Vocab, seed: int, i: int, n: int) -> tuple:
    """Article i of n: 1-3 people and places repeated in it; title 8-15 words, lead 1-2
    sentences, text ~4 KB in paragraphs; published over 2015-2024 at +07:00, article i
    the i-th in time (its own random stream: the same article whatever the order of
    storage)."""
    rng = np.random.default_rng([seed, 1, i])
    people = v.name0 + pick(v.name_cdf, rng, int(rng.integers(1, 4)))
    ents = np.concatenate([people, v.place0 + pick(v.place_cdf, rng, int(rng.integers(1, 4)))])
    title = " ".join(sentences(v, rng, int(rng.integers(8, 16)), ents, 0.15, (20, 21))[0])[:-1]
    lead = " ".join(sentences(v, rng, int(rng.integers(18, 45)), ents, 0.03)[0])
    words, ends = sentences(v, rng, max(60, int(rng.lognormal(v.log_tokens, 0.3))), ents, 0.02)
    cuts = np.cumsum(rng.integers(2, 6, len(ends)))
    cuts = np.append(ends[cuts[cuts < len(ends)] - 1], len(words))
    site = int(pick(np.cumsum(zipf(len(SITES), 0.7)), rng, 1)[0])
    published = EPOCH + timedelta(seconds=int((i + rng.random()) * 3652 * 86400 / n))
    modified = published + timedelta(minutes=int(rng.integers(5, 600)))
    row = article_to_row(Article(
        url=f"https://{DOMAINS[site]}/{'-'.join(WORD_RE.findall(fold(title))[:10])}-"
            f"{4_000_000 + i}.html", site=SITES[site], title=title, lead=lead,
        text="\n\n".join(" ".join(words[a:b]) for a, b in zip(np.r_[0, cuts[:-1]], cuts,
                                                                 strict=True)),
        authors=[v.tokens[v.name0 + a] for a in pick(v.name_cdf, rng, int(rng.integers(1, 3)))],
        published=published, modified=modified if rng.random() < 0.3 else None,
        section=SECTIONS[int(rng.integers(len(SECTIONS)))], tags=[v.tokens[e] for e in ents],
        images=[Image(f"https://{DOMAINS[site]}/img/{i}.jpg", lead.split(".")[0])],
        language="vi", fetched=(published + timedelta(hours=int(rng.integers(1, 48)))
                                ).astimezone(UTC)))
    return tuple(row[c] for c in COLS)


def storage_order(n: int, order: str) -> list[int]:
    """The articles (by time) in the order they are stored. chronological: as a daily
    crawl, oldest first. backfilled: the newest half first (a first crawl), then the
    older half newest first (a --since backfill): the oldest articles get the highest
    rowids."""
    if order == "chronological":
        return list(range(n))
    return list(range(n // 2, n)) + list(range(n // 2 - 1, -1, -1))


def produce(queue: multiprocessing.Queue, n: int, seed: int, order: str = "chronological",
            first: int = 0) -> None:
    """The worker: (rows, seconds) per batch, in storage order from the `first`-th
    stored, then None."""
    v, ids = Vocab(seed), storage_order(n, order)
    for start in range(first, n, BATCH):
        t0 = time.perf_counter()
        rows = [make_row(v, seed, i, n) for i in ids[start:start + BATCH]]
        queue.put((rows, time.perf_counter() - t0))
    queue.put(None)


def stored_so_far(paths: tuple[Path, Path]) -> int:
    """How many articles a stopped build left in both archives, made equal: plain's
    index gets the rows its table holds, and rows past the smaller count (a batch
    one archive committed and the other not) are deleted. Rows are the same for the
    same seed whatever run wrote them, so the build goes on from there."""
    ours = open_archive(paths[0]).db.conn
    plain = sqlite3.connect(paths[1])
    plain.execute("INSERT INTO plain_fts (rowid, title, lead, text) SELECT rowid, title, "
                  "lead, text FROM articles WHERE rowid > (SELECT coalesce(max(rowid), 0) "
                  "FROM plain_fts_docsize)")
    plain.commit()
    counts = [c.execute("SELECT count(*), coalesce(max(rowid), 0) FROM articles").fetchone()
              for c in (ours, plain)]
    if any(count != top for count, top in counts):
        raise SystemExit(f"cannot resume: the archives' rowids have gaps ({counts})")
    done = min(count for count, _ in counts)
    for conn in (ours, plain):
        conn.execute("DELETE FROM articles WHERE rowid > ?", [done])
        conn.commit()
        conn.close()
    return done


def build(n: int, seed: int, paths: tuple[Path, Path], order: str = "chronological",
          progress: Path | None = None) -> dict:
    """Build both archives; with `progress` (a JSON file of the figures so far, saved
    after every batch) a build stopped part way goes on from what both archives hold,
    its figures summed over the runs."""
    t = dict.fromkeys(("ours", "table", "fts_plain", "ours_cpu", "table_cpu", "fts_plain_cpu",
                       "gen", "wait", "text_bytes", "wall_so_far", "timed"), 0.0)
    done = 0
    if progress is not None and progress.exists() and all(p.exists() for p in paths):
        saved = json.loads(progress.read_text())
        if (saved.get("n"), saved.get("seed"), saved.get("order")) == (n, seed, order):
            done = stored_so_far(paths)
            # as saved: a batch stored after the last save is in neither the figures nor
            # "timed", so the per-article figures (figures / timed) stay right
            t.update({k: saved[k] for k in t if k in saved})
            print(f"  resuming at {done:,} of {n:,} articles", flush=True)
    if not done:
        for f in (f"{p}{end}" for p in paths for end in ("", "-wal", "-shm")):
            Path(f).unlink(missing_ok=True)
    ours, plain = open_archive(paths[0], create=True).db.conn, sqlite3.connect(paths[1])
    for conn in (ours, plain):
        for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-262144"):
            conn.execute(f"PRAGMA {pragma}")
    if not done:
        for (sql,) in ours.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'articles' "
                                   "AND type IN ('table', 'index') AND sql IS NOT NULL"):
            plain.execute(sql)
        plain.execute(PLAIN_FTS)
    insert = f"INSERT INTO articles ({', '.join(COLS)}) VALUES ({', '.join('?' * len(COLS))})"
    steps = (("ours", ours, insert), ("table", plain, insert), ("fts_plain", plain, (
        "INSERT INTO plain_fts (rowid, title, lead, text) "
        "SELECT rowid, title, lead, text FROM articles WHERE rowid > ?")))
    queue = multiprocessing.Queue(maxsize=2)
    multiprocessing.Process(target=produce, args=(queue, n, seed, order, done),
                            daemon=True).start()
    wall = time.perf_counter() - t["wall_so_far"]
    while True:
        t0 = time.perf_counter()
        if (item := queue.get()) is None:
            break
        t["wait"] += time.perf_counter() - t0
        rows, t["gen"] = item[0], t["gen"] + item[1]
        t["text_bytes"] += sum(len(r[COLS.index("text")].encode()) / n for r in rows)
        for key, conn, sql in steps:
            t0, cpu0 = time.perf_counter(), time.process_time()
            conn.execute(sql, [done]) if key == "fts_plain" else conn.executemany(sql, rows)
            conn.commit()
            t[key] += time.perf_counter() - t0
            t[f"{key}_cpu"] += time.process_time() - cpu0
        done, t["timed"] = done + len(rows), t["timed"] + len(rows)
        if progress is not None:
            t["wall_so_far"] = time.perf_counter() - wall
            progress.write_text(json.dumps({**t, "done": done, "n": n, "seed": seed,
                                            "order": order}))
        if done % (BATCH * 10) == 0 or done == n:
            print(f"  {done:,}/{n:,} in {time.perf_counter() - wall:.0f} s: " + ", ".join(
                f"{k} {t[k]:.0f} s" for k in ("ours", "table", "fts_plain", "wait")), flush=True)
    t0, t["sizes"] = time.perf_counter(), []
    for conn, path in ((ours, paths[0]), (plain, paths[1])):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("SELECT count(*), max(rowid) FROM articles").fetchone() == (n, n)
        t["sizes"].append({"file": path.stat().st_size, **dict(conn.execute(
            "SELECT coalesce((SELECT column1 FROM (VALUES ('articles_fts'), ('articles_fold'), "
            "('plain_fts')) WHERE name LIKE column1 || '%'), 'table') AS k, sum(pgsize) "
            "FROM dbstat GROUP BY k"))})
        conn.close()
    if progress is not None:
        progress.unlink(missing_ok=True)
    return {**t, "checkpoint": time.perf_counter() - t0, "wall": t0 - wall, "n": n, "seed": seed}


def make_queries(v: Vocab, rng: np.random.Generator, conn: sqlite3.Connection, count: int,
                 n: int) -> list[Q]:
    """Pairs (as typed with accents, then folded) of each kind in turn."""
    def words(band: tuple[int, int | None], k: int) -> str:
        while True:  # at least one accented word, so that the two forms differ
            ws = [v.syllables[r] for r in rng.integers(band[0], band[1] or len(v.syllables), k)]
            if any(has_accents(w) for w in ws) and len(set(ws)) == k:
                return " ".join(ws)

    out = []
    for _ in range(max(1, count // (2 * len(KINDS)))):
        for kind in KINDS:
            filters, sort, k = Filters(), "relevance", int(rng.integers(1, 4))
            if kind in BANDS:
                text = words(BANDS[kind], min(k, 2) if kind == "rare" else k)
            elif kind in ("name", "place"):
                start, cdf = (v.name0, v.name_cdf) if kind == "name" else (v.place0, v.place_cdf)
                text = re.sub(r"^(tỉnh|huyện|xã) ", "", v.tokens[start + int(pick(cdf, rng, 1)[0])])
            elif kind == "phrase":
                body = conn.execute("SELECT text FROM articles WHERE rowid = ?",
                                    [int(rng.integers(1, n + 1))]).fetchone()[0]
                clause = WORD_RE.findall(max(re.split(r"[.,\n]", body)[k:], key=len))
                start = int(rng.integers(0, len(clause) - k))
                text = '"' + " ".join(clause[start:start + k + 1]).lower() + '"'
            else:
                text = words(BANDS[("common", "mid")[int(rng.integers(2))]], min(k, 2))
                since = EPOCH + timedelta(days=int(rng.integers(0, 2900)))
                if kind == "filtered":
                    filters = Filters(site=SITES[int(rng.integers(len(SITES)))], since=since,
                                      until=since + timedelta(days=int(rng.integers(365, 1096))))
                sort = "newest" if kind == "newest" else sort
            out += [Q(kind, text, True, filters, sort), Q(kind, fold(text), False, filters, sort)]
    return out


def plain_search(conn: sqlite3.Connection, q: Q) -> int:
    """search() on the plain index: count(*), then MATCH + filters ORDER BY bm25 (or
    date) LIMIT :limit with FTS5 snippet(); returns the total."""
    clauses, params = q.filters.sql("a")
    params.update(q=fts_expression(parse_query(q.text), folded=False), limit=20, offset=0)
    body = ("FROM plain_fts f JOIN articles a ON a.rowid = f.rowid WHERE "
            + " AND ".join(["plain_fts MATCH :q", *clauses]))
    total = conn.execute(f"SELECT count(*) {body}", params).fetchone()[0]
    conn.execute(f"""SELECT a.url, a.site, a.title, a.published, a.section, a.authors,
        snippet(plain_fts, 2, '{MARKS[0]}', '{MARKS[1]}', '…', 36),
        bm25(plain_fts, {PLAIN_WEIGHTS}) AS score {body}
        ORDER BY {PLAIN_ORDER[q.sort]} LIMIT :limit OFFSET :offset""",
                 params).fetchall()
    return total


def exact_count(archive, q: Q) -> int:
    """Every match of ours, counted one by one (search() estimates past COUNT_CAP)."""
    expression = with_filters(parse_query(q.text), filter_expression(archive, q.filters))
    return archive.db.execute("SELECT count(*) FROM articles_fold WHERE articles_fold "
                              "MATCH ?", [expression]).fetchone()[0]


def timed(fn, queries: list[Q], only: int | None = None) -> tuple[list[float], list]:
    """(ms, total) per query, timed after a warm-up pass over all; with `only`, the
    first `only` queries (every kind in turn) and NaN / None for the rest."""
    chosen = queries[:only]
    ms, totals = [], [fn(q) for q in chosen]
    for q in chosen:
        t0 = time.perf_counter()
        fn(q)
        ms.append((time.perf_counter() - t0) * 1000)
    rest = len(queries) - len(chosen)
    return ms + [math.nan] * rest, totals + [None] * rest


def capped(conn: sqlite3.Connection, fn: Callable[[Q], int], seconds: float,
           stopped: set[Q]) -> Callable[[Q], int]:
    """`fn` with its SQLite work interrupted after `seconds` (0: never): at a million
    articles plain FTS5's newest-first queries take minutes each. A query stopped once
    (in the warm-up) is not run again; the caller counts it at the cap."""
    def run(q: Q) -> int:
        if q in stopped:
            return -1
        deadline = time.perf_counter() + seconds
        if seconds:
            conn.set_progress_handler(lambda: time.perf_counter() > deadline, 10_000)
        try:
            return fn(q)
        except sqlite3.OperationalError as e:
            if "interrupted" not in str(e):
                raise
            stopped.add(q)
            return -1
        finally:
            conn.set_progress_handler(None, 0)
    return run


def report(info: dict, queries: list[Q], runs: dict[str, tuple]) -> None:
    n, slow = info["n"], {label: [] for label in runs}
    mine = next(iter(runs))  # ours on the first order built: its size and build
    groups = [(k, [q.kind == k for q in queries]) for k in KINDS] + [
        ("accented", [q.accented for q in queries]),
        ("unaccented", [not q.accented for q in queries]), ("all", [True] * len(queries))]
    print(f"\nLatency, ms: p50 p95 p99 max, ok = p95 < {TARGET_MS:.0f} ms\n{'':<11}{'n':>4}"
          + "".join(f" | {label:<30}" for label in runs))
    for name, mask in groups:
        line = f"{name:<11}{sum(mask):>4}"
        for label, (ms, _) in runs.items():
            picked = np.array(ms)[mask]
            if np.isnan(picked).all():
                line += " | " + f"{'not timed':<30}"
                continue
            s = np.nanpercentile(picked, [50, 95, 99, 100])
            slow[label] += [name] if s[1] >= TARGET_MS and name in KINDS else []
            line += " | " + " ".join(f"{x:6.1f}" for x in s) + ("  ok" if s[1] < TARGET_MS
                                                               else "  --")
        print(line)
    for label, (ms, totals) in runs.items():
        latency = ("queries not timed" if np.isnan(ms).all() else
                   "queries p50 {:.1f}, p95 {:.1f}, p99 {:.1f} ms".format(
                       *np.nanpercentile(ms, [50, 95, 99])))
        latency += (f"; no result: {totals.count(0)}; p95 >= {TARGET_MS:.0f} ms: "
                    f"{', '.join(slow[label]) or 'none'}")
        if label.startswith(("ours", "baseline")) and label != mine:
            print(f"{label}: {latency}")
            continue
        size = info["sizes"][0 if label == mine else 1]
        if label == mine:
            secs, fts = info["ours"], f"{info['ours'] - info['table']:.0f} s = ours - table"
            cpu = info.get("ours_cpu", 0)
        else:
            secs, fts = info["table"] + info["fts_plain"], f"{info['fts_plain']:.0f} s"
            cpu = info.get("table_cpu", 0) + info.get("fts_plain_cpu", 0)
        split = ", ".join(f"{k} {v / 1e9:.2f}" for k, v in size.items() if k != "file")
        timed = info.get("timed", n)  # fewer when a build resumed from untimed batches
        print(f"{label}: {n:,} articles, build {timed / secs:,.0f} art/s ({secs:.0f} s for "
              f"{timed:,.0f}, FTS {fts}; CPU {cpu * 1000 / timed:.2f} ms/article = "
              f"{timed / max(cpu, 1e-9):,.0f} art/s of CPU),"
              f" {size['file'] / 1e9:.2f} GB ({split}); {latency}")
    print(f"build wall {info['wall']:.0f} s, generation {info['gen']:.0f} s (inserter waited "
          f"{info['wait']:.0f} s), checkpoint {info['checkpoint']:.0f} s, mean text "
          f"{info['text_bytes'] * n / info.get('timed', n):.0f} bytes")  # of those timed
    print("\nSlowest 5 of ours: ms, kind, query, filters, sort, matches"
          + ("; ms of plain" if "plain" in runs else ""))
    order = sorted(range(len(queries)), key=lambda i: -runs[mine][0][i])
    for i in order[:5]:
        q, fl = queries[i], " ".join(f"{k}={str(v)[:10]}" for k, v in vars(
            queries[i].filters).items() if v) or "-"
        print(f"{runs[mine][0][i]:8.1f}  {q.kind:<9} {q.text!r:<28} {fl} {q.sort}  total "
              f"{runs[mine][1][i]:,}" + (f"; plain {runs['plain'][0][i]:.1f}"
                                          if "plain" in runs else ""))


def recall(queries: list[Q], ours: list[int], plain: list[int]) -> None:
    """Matches of the unaccented queries: ours (counted exactly) against plain."""
    print(f"\nMatches of unaccented queries\n{'':<11}{'queries':>8} {'ours':>11} {'plain':>11} "
          f"{'plain/ours':>11} {'plain fewer':>12}")
    pairs = [(queries[i].kind, "đ" in queries[i].text.lower(), ours[i + 1], plain[i + 1])
             for i in range(0, len(queries), 2) if queries[i].text.lower() != queries[i + 1].text
             and plain[i + 1] is not None and plain[i + 1] >= 0]  # timed, not stopped
    for name, keep in [(k, lambda r, k=k: r[0] == k) for k in KINDS] + [
            ("with đ", lambda r: r[1]), ("without đ", lambda r: not r[1]), ("all", bool)]:
        sel = [r for r in pairs if keep(r)]
        mine, theirs = sum(r[2] for r in sel), sum(r[3] for r in sel)
        print(f"{name:<11}{len(sel):>8} {mine:>11,} {theirs:>11,} {theirs / max(1, mine):>11.1%} "
              f"{sum(r[3] < r[2] for r in sel):>12}")


Ref = namedtuple("Ref", "q expression top ms matches")  # a query and its exact BM25 top 10


def references(archive, queries: list[Q]) -> list[Ref]:
    """The unaccented relevance queries, each with the top 10 of an exact BM25 over all
    its matches (:func:`bm25_top`), how long FTS5 took to rank them all (ms, after a
    warm-up run: what a search ranking every match would cost) and how many there are."""
    out = []
    for q in queries:
        if q.accented or q.sort != "relevance":
            continue
        expression = with_filters(parse_query(q.text), filter_expression(archive, q.filters))
        bm25_top(archive, expression, None)
        t0 = time.perf_counter()
        top = bm25_top(archive, expression, None)
        out.append(Ref(q, expression, top, (time.perf_counter() - t0) * 1000,
                       exact_count(archive, q)))
    return out


def rowids(archive, urls: list[str]) -> set[int]:
    return {r for (r,) in archive.db.execute(
        "SELECT rowid FROM articles WHERE url IN (SELECT value FROM json_each(?))",
        [json.dumps(urls)])}


def agreement(archive, refs: list[Ref]) -> dict[str, list[tuple[float, float]]]:
    """Per kind, for each reference query: the share of the top 10 of an exact BM25 over
    all matches (FTS5's bm25 on the folded index, our weights, ties to the newer
    article) that our top 10 holds, and the same share against an exact BM25 over our
    candidates only (the RANK_CANDIDATES most recently published matches, or all of
    them when FTS5 ranks them itself): the first measures the whole design, the
    second our scoring of them."""
    out: dict[str, list[tuple[float, float]]] = {}
    for ref in refs:
        q = ref.q
        mine = rowids(archive, [r.url for r in search(archive, q.text, filters=q.filters,
                                                      limit=10).results])
        among = ranked_among(archive, parse_query(q.text), ref.expression,
                             walk(archive, ref.expression), date_window(q.filters))
        shares = []
        for top in (ref.top, ref.top if among is None else bm25_top(archive, ref.expression,
                                                                     among)):
            shares.append(len(mine & set(top)) / len(top) if top else 1.0)
        out.setdefault(q.kind, []).append((shares[0], shares[1]))
    return out


def query_record(q: Q) -> dict:
    """A query as JSON, for another version's code (bench_baseline)."""
    return {"text": q.text, "sort": q.sort, "filters": {
        k: v.isoformat() if isinstance(v, datetime) else v for k, v in vars(q.filters).items()}}


def print_baseline_agreement(archive, refs: list[Ref], base: dict[Q, list[str]],
                             ref: str) -> None:
    """The baseline's top-10 agreement with the same exact BM25 over all matches."""
    shares: dict[str, list[float]] = {}
    for r in refs:
        mine = rowids(archive, base[r.q][:10])
        shares.setdefault(r.q.kind, []).append(len(mine & set(r.top)) / len(r.top)
                                               if r.top else 1.0)
    every = [x for v in shares.values() for x in v]
    print(f"baseline {ref}: over all matches " + ", ".join(
        f"{k} {np.mean(v):.2f}" for k, v in shares.items()) + f"; all {np.mean(every):.2f}")


def print_exact_cost(refs: list[Ref]) -> None:
    """What ranking every match (exact BM25, the agreement's reference) costs a search:
    FTS5 scores each match, so the time grows with the matches, and folded words
    match a large share of the archive."""
    print("\nExact BM25 over all matches (the agreement's reference), as a search would "
          "rank them: matches (median, max) and ms (p50, p95, max)")
    for kind in [k for k in KINDS if any(r.q.kind == k for r in refs)] + ["all"]:
        sel = [r for r in refs if kind in ("all", r.q.kind)]
        matches, ms = [r.matches for r in sel], [r.ms for r in sel]
        print(f"{kind:<11} matches {np.median(matches):>10,.0f} {max(matches):>10,}  ms "
              + " ".join(f"{x:8.1f}" for x in np.percentile(ms, [50, 95, 100])))
    per_match = sum(r.ms for r in refs) * 1000 / max(1, sum(r.matches for r in refs))
    print(f"{per_match:.2f} us a match; the {TARGET_MS:.0f} ms target would let FTS5 rank "
          f"about {TARGET_MS * 1000 / max(per_match, 1e-9):,.0f} matches")


def candidates_curve(archive, refs: list[Ref], sizes: list[int]) -> None:
    """Latency and agreement over all matches of the reference queries with other
    numbers of candidates (RANK_CANDIDATES): what ranking more of the recent matches
    buys and costs, in one sitting (each size: a warm-up pass, then a timed one)."""
    from crawler.search import ranking
    saved = ranking.RANK_CANDIDATES
    print(f"\nCandidates ranked: ms (p50, p95) and top-10 agreement over all matches, "
          f"{len(refs)} unaccented relevance queries")
    try:
        for size in sizes:
            ranking.RANK_CANDIDATES = size
            for ref in refs:
                search(archive, ref.q.text, filters=ref.q.filters, limit=10)
            ms, shares = [], []
            for ref in refs:
                t0 = time.perf_counter()
                found = search(archive, ref.q.text, filters=ref.q.filters, limit=10)
                ms.append((time.perf_counter() - t0) * 1000)
                mine = rowids(archive, [r.url for r in found.results])
                shares.append(len(mine & set(ref.top)) / len(ref.top) if ref.top else 1.0)
            print(f"{size:>10,} " + " ".join(f"{x:7.1f}" for x in np.percentile(ms, [50, 95]))
                  + f"  agreement {np.mean(shares):.2f}")
    finally:
        ranking.RANK_CANDIDATES = saved


def bm25_top(archive, expression: str, within: list[int] | None, k: int = 10,
             pool: int = 100) -> list[int]:
    """The first `k` rowids by FTS5's bm25 on the folded index (our weights), ties to the
    newer article, over all matches or `within` these rowids: what ORDER BY bm25,
    published DESC gives, but with the dates read for a pool of the best scores only.
    Joining every match with its date before the sort, or asking FTS5 for rowid IN a
    list, cost minutes a query at 460,000 articles (FTS5 seeks the expression once per
    rowid); a list is read as its rowid span, filtered here. The pool grows while the
    k-th score's ties could reach past its end."""
    keep = set(within or ())
    span = " AND rowid BETWEEN :lo AND :hi" if within else ""
    while True:
        rows = archive.db.execute(
            f"SELECT rowid, bm25(articles_fold, {BM25_WEIGHTS}) AS s FROM articles_fold "
            f"WHERE articles_fold MATCH :q{span} ORDER BY s"
            + ("" if within else " LIMIT :pool"),
            {"q": expression, "lo": min(keep, default=0), "hi": max(keep, default=0),
             "pool": pool}).fetchall()
        if within:
            rows = [r for r in rows if r[0] in keep]
        if within or len(rows) < pool or rows[-1][1] > rows[k - 1][1]:
            break
        pool *= 4
    dates = dict(archive.db.execute(
        "SELECT id, published FROM article_dates WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([r for r, _ in rows])]))
    rows = [r for r in rows if r[0] in dates]  # as the join with article_dates did
    rows.sort(key=lambda r: -r[0])  # stable sorts, last key first
    rows.sort(key=lambda r: dates[r[0]] or "", reverse=True)
    rows.sort(key=lambda r: r[1])
    return [r for r, _ in rows[:k]]


def print_agreement(by_order: dict[str, dict[str, list[tuple[float, float]]]]) -> None:
    print(f"\nTop-10 agreement with exact BM25 (unaccented relevance queries): over all "
          f"matches / over our {RANK_CANDIDATES:,} candidates")
    print(f"{'':<11}" + "".join(f" | {order:<22}" for order in by_order))
    kinds = [k for k in KINDS if any(k in a for a in by_order.values())] + ["all"]
    for kind in kinds:
        line = f"{kind:<11}"
        for found in by_order.values():
            pairs = [p for k, v in found.items() for p in v if kind in ("all", k)]
            line += " | " + (f"{np.mean([p[0] for p in pairs]):5.2f} / "
                             f"{np.mean([p[1] for p in pairs]):5.2f}  (n {len(pairs):>3})"
                             if pairs else " " * 22)
        print(line)


VARIANTS = {  # name: (index, columns, options) built on the same sample of rows
    "fold (today)": ("fold", "title, lead, text, grams, authors, meta", ""),
    "fold detail=column": ("fold", "title, lead, text, grams, authors, meta", "detail=column"),
    "fold without grams": ("fold", "title, lead, text, authors, meta", ""),
    "pairs alone detail=none": ("fold", "grams", "detail=none"),
    "exact (today)": ("exact", "title, lead, text", ""),
    "exact detail=column": ("exact", "title, lead, text", "detail=column"),
    "exact detail=none": ("exact", "title, lead, text", "detail=none"),
    "plain": ("plain", "title, lead, text", ""),
}
ISSUE_GB = {"fold": 8.00, "exact": 3.38, "table": 5.87, "plain": 8.90}  # at 1M, issue 13


def pair_phrases(conn: sqlite3.Connection, tables: list[str], sample: int,
                 probes: int = 300) -> tuple[int, int, int, int]:
    """What a folded index without positions does to phrases of three and four words:
    it can only ask for each of their word pairs somewhere in the article. Phrases cut
    from random texts of the sample are counted as phrases in `tables[0]` (today's) and
    as their pairs ANDed in `tables[1]` (detail=column): (phrases, with a false match,
    true matches, matches found by pairs)."""
    from crawler.storage.fold import fold
    from crawler.storage.terms import gram_phrase

    rng = np.random.default_rng([sample, 3])
    full, column = tables
    out = [0, 0, 0, 0]
    for rowid in rng.integers(1, sample + 1, probes):
        text = conn.execute("SELECT text FROM src.articles WHERE rowid = ?",
                            [int(rowid)]).fetchone()[0]
        clause = WORD_RE.findall(fold(max(re.split(r"[.,\n]", text), key=len)))
        size = 3 + int(rng.integers(2))
        if len(clause) < size:
            continue
        at = int(rng.integers(len(clause) - size + 1))
        grams = gram_phrase(clause[at:at + size]).split()
        true = conn.execute(f"SELECT count(*) FROM {full} WHERE {full} MATCH ?",
                            ['{grams}: "' + " ".join(grams) + '"']).fetchone()[0]
        found = conn.execute(f"SELECT count(*) FROM {column} WHERE {column} MATCH ?",
                             ["{grams}: (" + " AND ".join(f'"{g}"' for g in grams) + ")"]
                             ).fetchone()[0]
        out = [out[0] + 1, out[1] + (found > true), out[2] + true, out[3] + found]
    return out[0], out[1], out[2], out[3]


def size_variants(db: Path, sample: int) -> None:
    """Index sizes of other designs, each built on the first `sample` articles of `db`
    (untimed), and what each would make of the issue's 1M archive (its measured
    fold 8.00 + exact 3.38 + table 5.87 GB, scaled by the variant's ratio to today's
    index), against the target of 1.5 x plain (8.90 GB)."""
    from crawler.storage.fold import fold
    from crawler.storage.terms import register_functions

    scratch = db.with_name(f"variants-{sample}.db")
    scratch.unlink(missing_ok=True)
    conn = sqlite3.connect(scratch)
    conn.create_function("fold", 1, lambda v: fold(v) if isinstance(v, str) else v,
                         deterministic=True)
    register_functions(conn)
    conn.execute("ATTACH ? AS src", [str(db)])
    fold_values = ", ".join([*(f"fold({c})" for c in ("title", "lead", "text")),
                             "na_grams(title, lead, text)", "na_authors(authors)",
                             "na_meta(site, section, published)"])
    tokenize = {"fold": "unicode61 remove_diacritics 2 tokenchars '_'",
                "exact": "unicode61 remove_diacritics 0", "plain": "unicode61 remove_diacritics 2"}
    sizes = {}
    for i, (name, (kind, cols, options)) in enumerate(VARIANTS.items()):
        table = f"v{i}"
        conn.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, content='', "
                     f"tokenize=\"{tokenize[kind]}\"{', ' + options if options else ''})")
        values = fold_values if kind == "fold" else cols
        if "grams" not in cols and kind == "fold":
            values = values.replace("na_grams(title, lead, text), ", "")
        if cols == "grams":
            values = "na_grams(title, lead, text)"
        conn.execute(f"INSERT INTO {table} (rowid, {cols}) SELECT rowid, {values} "
                     "FROM src.articles WHERE rowid <= ?", [sample])
        conn.commit()
        sizes[name] = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? || '%'",
                                   [table]).fetchone()[0]
    loose = pair_phrases(conn, [f"v{i}" for i, name in enumerate(VARIANTS)
                                if name in ("fold (today)", "fold detail=column")], sample)
    conn.close()
    scratch.unlink()
    print(f"\nIndex designs on the first {sample:,} articles: MB, ratio to today's index of "
          "its kind, and the 1M archive it would make (issue's GB scaled)")
    today = {"fold": sizes["fold (today)"], "exact": sizes["exact (today)"],
             "plain": sizes["plain"]}
    for name, (kind, _, _) in VARIANTS.items():
        ratio = sizes[name] / today[kind]
        print(f"  {name:<22} {sizes[name] / 1e6:8.1f} MB  x{ratio:5.2f}  "
              f"({ISSUE_GB[kind] * ratio:.2f} GB at 1M)")
    for label, fold_v, exact_v in (
            ("fold detail=column + exact detail=column", "fold detail=column",
             "exact detail=column"),
            ("fold detail=column + no exact index", "fold detail=column", None),
            ("today's fold + exact detail=none", "fold (today)", "exact detail=none"),
            ("fold without grams + exact detail=column", "fold without grams",
             "exact detail=column"),
            ("fold without grams + pairs alone detail=none, no exact index",
             "fold without grams+pairs alone detail=none", None),
            ("the same + exact detail=column", "fold without grams+pairs alone detail=none",
             "exact detail=column"),
            ("the same + exact detail=none", "fold without grams+pairs alone detail=none",
             "exact detail=none")):
        fold_size = sum(sizes[v] for v in fold_v.split("+"))
        total = ISSUE_GB["table"] + ISSUE_GB["fold"] * fold_size / today["fold"] + (
            ISSUE_GB["exact"] * sizes[exact_v] / today["exact"] if exact_v else 0)
        print(f"  {label:<62} {total:5.2f} GB = x{total / ISSUE_GB['plain']:.2f} plain "
              f"(target x1.50)")
    phrases, false, true, found = loose
    print(f"Without positions (detail=column or none) a phrase is its word pairs anywhere in "
          f"the article: of {phrases} phrases of 3-4 words cut from the sample's texts, "
          f"{false} match articles that lack them; {found:,} matches for {true:,} true "
          f"({(found - true) / max(1, found):.1%} false), each to be read to drop it. "
          "And FTS5's bm25() of a contentless index without positions, as the folded one "
          "is, scores every match 0: it has neither positions nor text to count in.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", "--size", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=240, help="at least 16, in pairs")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/newsarchive-bench"))
    ap.add_argument("--reuse", action="store_true", help="keep archives of the right count")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variants", type=int, default=0, metavar="N",
                    help="also build other index designs on N articles and print sizes")
    ap.add_argument("--candidates", default="1000,2000,4000,8000", metavar="N,N",
                    help="numbers of relevance candidates to time and compare ('' for none)")
    ap.add_argument("--baseline", metavar="REF",
                    help="also time this commit's code on the same articles (git ref; "
                         "see bench_baseline.py)")
    ap.add_argument("--orders", default=",".join(ORDERS),
                    help=f"storage orders to build and time ({', '.join(ORDERS)})")
    ap.add_argument("--plain-queries", type=int, metavar="N",
                    help="time plain FTS5 on the first N queries only (every kind in turn); "
                         "0: not at all, and no plain archive is needed")
    ap.add_argument("--plain-cap", type=float, default=0, metavar="SECONDS",
                    help="stop a plain query after this long (0: never)")
    args = ap.parse_args()
    n, work = args.articles, args.workdir
    work.mkdir(parents=True, exist_ok=True)
    orders = [o for o in args.orders.split(",") if o]
    if not orders or set(orders) - set(ORDERS):
        ap.error(f"--orders takes {', '.join(ORDERS)}")
    infos, archives, plains = {}, {}, {}
    for order in orders:
        paths = (work / f"ours-{order}-{n}.db", work / f"plain-{order}-{n}.db")
        info_path = work / f"build-{order}-{n}.json"
        info = json.loads(info_path.read_text()) if info_path.exists() else {}
        needed = paths if args.plain_queries != 0 else paths[:1]  # 0: no plain archive
        if not (args.reuse and info.get("seed") == args.seed and all(
                p.exists() and sqlite3.connect(p).execute("SELECT count(*) FROM articles")
                .fetchone()[0] == n for p in needed)):
            print(f"Building {n:,} articles ({order}) into {paths[0]} and {paths[1]}",
                  flush=True)
            info = build(n, args.seed, paths, order, work / f"build-{order}-{n}.progress.json")
            info_path.write_text(json.dumps(info, indent=1))
        infos[order], archives[order] = info, open_archive(paths[0])
        plains[order] = sqlite3.connect(paths[1]) if args.plain_queries != 0 else None
    first = orders[0]
    queries = make_queries(Vocab(args.seed), np.random.default_rng([args.seed, 2]),
                           sqlite3.connect(work / f"ours-{first}-{n}.db"), args.queries, n)
    print(f"Timing {len(queries)} queries on each archive", flush=True)
    estimated: dict[tuple[str, Q], bool] = {}

    def ours(order: str) -> Callable[[Q], int]:
        def run(q: Q) -> int:
            found = search(archives[order], q.text, filters=q.filters, sort=q.sort,
                           highlight=MARKS)
            estimated[order, q] = not found.exact_total
            return found.total
        return run

    runs = {f"ours {order}": timed(ours(order), queries) for order in orders}
    base: dict[Q, list[str]] = {}
    if args.baseline:
        from bench_baseline import baseline
        sha, rows = baseline(args.baseline, work, work / f"ours-{first}-{n}.db",
                             [query_record(q) for q in queries], args.reuse)
        runs[f"baseline {sha} ({first})"] = ([r[0] for r in rows], [r[1] for r in rows])
        base = {q: r[2] for q, r in zip(queries, rows, strict=True)}
    stopped: set[Q] = set()
    if plains[first] is not None:
        ms, totals = timed(capped(plains[first], lambda q: plain_search(plains[first], q),
                                  args.plain_cap, stopped), queries, args.plain_queries)
        runs["plain"] = ([args.plain_cap * 1000 if q in stopped else t
                          for q, t in zip(queries, ms, strict=True)], totals)
    report(infos[first], queries, runs)
    if args.plain_queries or stopped:
        print(f"plain: timed on the first {len(queries[:args.plain_queries])} queries; "
              f"{len(stopped)} stopped at the cap of {args.plain_cap:g} s (their time is the "
              "cap: the percentiles that reach them are lower bounds)")
    for order in orders[1:]:
        size = infos[order]["sizes"][0]
        print(f"ours {order}: build {infos[order].get('timed', n) / infos[order]['ours']:,.0f} "
              "art/s (CPU "
              f"{infos[order].get('ours_cpu', 0) * 1000 / infos[order].get('timed', n):.2f} "
              "ms/article), "
              f"{size['file'] / 1e9:.2f} GB")
    for order in orders:
        counts = [exact_count(archives[order], q) for q in queries]
        if order == first and "plain" in runs:
            recall(queries, counts, runs["plain"][1])
        errors = [abs(total - c) / c for q, total, c in zip(
            queries, runs[f"ours {order}"][1], counts, strict=True) if estimated[order, q]]
        if errors:
            print(f"\nCounts estimated ({order}; a big enough sample, or past {COUNT_CAP:,}): "
                  f"{len(errors)} of {len(queries)} queries; error against the exact count: "
                  f"median {np.median(errors):.1%}, max {max(errors):.1%}")
    refs = {order: references(archives[order], queries) for order in orders}
    print_agreement({order: agreement(archives[order], refs[order]) for order in orders})
    if base:
        print_baseline_agreement(archives[first], refs[first], base, args.baseline)
    print_exact_cost(refs[first])
    sizes = [int(x) for x in args.candidates.split(",") if x]
    if sizes:
        candidates_curve(archives[first], refs[first], sizes)
    if args.variants:
        size_variants(work / f"ours-{first}-{n}.db", min(n, args.variants))


if __name__ == "__main__":
    main()
