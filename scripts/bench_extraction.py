"""Score our extractor and plain trafilatura side by side on every page with an expected result.

Pages and expectations come from tests/pages/expectations.py: exact records of
the fixture sites and of tests/pages/generic (full expected text), and the
devpages (real pages in ../shared/devpages; skipped when absent), which only
have checked facts: lead, must_contain strings, first / last paragraph,
must_not_contain strings, captions.

The two tools, each given the page's bytes and URL:

  ours         crawler.extraction.extract with the site's rules (as the crawl runs it)
  trafilatura  trafilatura.extract(html, url=url, output_format="txt",
               include_comments=False, include_tables=True) for the text, and
               trafilatura.extract_metadata for title, author and date (date with
               its time: htmldate's outputformat includes %H:%M); both timed.

Figures, per page and in total (paragraphs and strings compared after NFC and
whitespace collapsing; a string is "in" an output when it is a substring of
its normalised lines):

  para    paragraph recall: expected paragraphs found in the output. Expected
          paragraphs are the blocks of the exact text, or for devpages the
          must_contain strings plus the first and last body paragraph.
          Total: found / expected over all pages.
  P R F1  word-token precision, recall, F1 (bag of lowercased \\w+ tokens).
          Exact records: against the expected text. Devpages: recall against
          the lead + must_contain strings (one reference; strings contained in
          another dropped); precision = 1 - leaked tokens / output tokens, where
          leaked tokens are the tokens of the must_not_contain strings found in
          the output -- an upper bound, since unlabelled boilerplate is not seen.
          Total: mean over pages.
  leak    must_not_contain strings present in the output (boilerplate leaked).
  cap     expected image captions present in the text (captions belong to images).
  T A D t title equal, authors equal (list, in order), date equal (day),
          time equal (to the minute, with the UTC offset); totals are n/pages.
  ms      milliseconds per page: median of --repeat runs after one warm-up run,
          same process. Total: mean of the per-page medians; ratio ours / trafilatura.
  lost    expected paragraphs found in trafilatura's output but not in ours
          (listed after the table).

  agree   ours only: how many sources agree with the chosen title, published,
          modified, authors, lead (JSON-LD, meta tags, itemprop, the site rule, the
          printed date line / byline / h1; "-" when the field is empty); dis: how
          many disagreements were recorded (a source contradicting the choice).
          Total: pages where at least two sources agree, per field.
  authors right / named: pages whose authors are right among those that name one.

--baseline GIT_REF times our extraction as it was at that commit on the same
pages (in a child process, each page right after ours): extraction may cost at most twice
what it did before the metadata-by-agreement work.

Usage: .venv/bin/python scripts/bench_extraction.py [--repeat N] [--only SUBSTRING] [--details]
       [--baseline GIT_REF]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extraction import ExtractionError, extract  # noqa: E402
from crawler.sites import site_for_url  # noqa: E402
from tests.pages.expectations import Case, load_cases, norm, paragraphs  # noqa: E402

TOOLS = ("ours", "trafilatura")
DATE_CONFIG = {"original_date": True, "extensive_search": True,
               "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601
    error: str | None = None
    sources: dict[str, list[str]] = field(default_factory=dict)  # ours only
    disagreements: int = 0


@dataclass
class Score:
    found: list[str]  # expected paragraphs found
    expected: int
    precision: float
    recall: float
    leaks: list[str]
    captions: list[str]
    title: bool
    authors: bool
    date: bool
    time: bool
    ms: float
    output: Output
    named: bool  # the page names an author (expected authors not empty)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --- the two tools ------------------------------------------------------------
def ours(case: Case):
    """Our extractor for the page, as the crawl runs it (rules looked up once, untimed)."""
    spider = site_for_url(case.url)
    kwargs = ({"rules": spider.extraction_rules, "site": spider.name,
               "canonicalize": spider().canonical_url} if spider else {})

    def run(data: bytes) -> Output:
        try:
            article = extract(data, case.url, **kwargs)
        except ExtractionError as exc:
            return Output(error=str(exc))
        published = article.published.isoformat() if article.published else None
        return Output(article.text, article.title, article.authors, published,
                      sources=article.sources, disagreements=len(article.disagreements))
    return run


def plain_trafilatura(case: Case):
    """trafilatura's text, then its metadata (title, authors, date with time)."""
    def run(data: bytes) -> Output:
        text = trafilatura.extract(data, url=case.url, output_format="txt",
                                   include_comments=False, include_tables=True)
        meta = trafilatura.extract_metadata(data, default_url=case.url, date_config=DATE_CONFIG)
        authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()]
        return Output(text or "", meta.title, authors, iso(meta.date))
    return run


def iso(value: str | None) -> str | None:
    try:
        return datetime.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return value


def timed(run, data: bytes, repeat: int) -> tuple[Output, float]:
    output = run(data)  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(data)
        times.append((time.perf_counter() - start) * 1000)
    return output, statistics.median(times)


# --- scoring ------------------------------------------------------------------
def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", norm(text).lower()))


def outermost(strings: list[str]) -> list[str]:
    """Distinct normalised strings, without those contained in another."""
    unique = list(dict.fromkeys(norm(s) for s in strings if s and norm(s)))
    return [s for s in unique if not any(s != o and s in o for o in unique)]


def reference(case: Case) -> dict:
    """What a perfect output holds for the page, in the bench's terms."""
    exp = case.expected
    if case.kind == "devpage":
        paras = outermost([*exp["must_contain"], exp.get("paragraphs_first"),
                           exp.get("paragraphs_last")])
        ref_text = "\n".join(outermost([exp.get("lead"), *exp["must_contain"]]))
        captions = exp.get("captions", [])
    else:
        paras, ref_text = paragraphs(exp.get("text")), exp.get("text") or ""
        captions = [i["caption"] for i in exp.get("images") or [] if i.get("caption")]
    return {"paragraphs": paras, "text": ref_text, "captions": [norm(c) for c in captions],
            "negatives": outermost(exp.get("must_not_contain", []))}


def score(case: Case, ref: dict, out: Output, ms: float) -> Score:
    exp = case.expected
    lines = "\n".join(paragraphs(out.text))
    got, want = tokens(out.text), tokens(ref["text"])
    overlap = sum((got & want).values())
    leaks = [s for s in ref["negatives"] if s in lines]
    recall = overlap / sum(want.values()) if want else 1.0
    if case.kind == "devpage":
        leaked = sum(sum(tokens(s).values()) for s in leaks)
        precision = max(0.0, 1 - leaked / sum(got.values())) if got else 0.0
    else:
        precision = overlap / sum(got.values()) if got else 0.0
    published, want_date = out.published or "", exp.get("published") or ""
    return Score(
        found=[p for p in ref["paragraphs"] if p in lines], expected=len(ref["paragraphs"]),
        precision=precision, recall=recall, leaks=leaks,
        captions=[c for c in ref["captions"] if c in lines],
        title=norm(out.title) == norm(exp.get("title")),
        authors=[norm(a) for a in out.authors] == [norm(a) for a in exp.get("authors") or []],
        date=published[:10] == want_date[:10],
        time=published[:16] == want_date[:16] and published[-6:] == want_date[-6:],
        ms=ms, output=out, named=bool(exp.get("authors")))


# --- report -------------------------------------------------------------------
COLUMNS = (("tool", 11, "<"), ("para", 7, ">"), ("P", 5, ">"),
           ("R", 5, ">"), ("F1", 5, ">"), ("leak", 4, ">"), ("cap", 3, ">"),
           ("T A D t", 7, "<"), ("agree T P M A L", 15, "<"), ("dis", 3, ">"),
           ("ms", 7, ">"), ("lost", 4, ">"))
# Fields whose sources are counted (ours): title, published, modified, authors, lead.
AGREEMENT_FIELDS = ("title", "published", "modified", "authors", "lead")


def row(case_width: int, case: str, *cells: object) -> str:
    aligned = [f"{str(cell):{align}{width}}"
               for cell, (_, width, align) in zip(cells, COLUMNS, strict=True)]
    return " ".join([f"{case:<{case_width}}", *aligned]).rstrip()


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def cut(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def agreement_cells(out: Output) -> str:
    """How many sources agree with each chosen value ("-": the field is empty)."""
    if not out.sources:
        return ""
    return " ".join(str(len(out.sources.get(f) or [])) if out.sources.get(f) else "-"
                    for f in AGREEMENT_FIELDS)


def agreement_summary(scores: list[Score]) -> str:
    """Per field: pages where at least two sources agree / pages where the field was found."""
    parts = []
    for name in AGREEMENT_FIELDS:
        found = [s.output.sources.get(name) for s in scores if s.output.sources.get(name)]
        parts.append(f"{name} {sum(len(f) >= 2 for f in found)}/{len(found)}")
    disagreeing = sum(1 for s in scores if s.output.disagreements)
    return (f"source agreement (>= 2 sources agree / field found): {', '.join(parts)}; "
            f"pages with a recorded disagreement {disagreeing}")


def summary(tool: str, scores: list[Score]) -> str:
    n = len(scores)
    found, expected = sum(len(s.found) for s in scores), sum(s.expected for s in scores)

    def mean(values: list[float]) -> float:
        return sum(values) / n if n else 0.0

    def count(attr: str) -> str:
        return f"{sum(getattr(s, attr) for s in scores)}/{n}"
    return (f"{tool}: recall {found / expected if expected else 1:.3f} "
            f"P {mean([s.precision for s in scores]):.2f} R {mean([s.recall for s in scores]):.2f} "
            f"F1 {mean([s.f1 for s in scores]):.2f} "
            f"leaks {sum(len(s.leaks) for s in scores)} "
            f"captions {sum(len(s.captions) for s in scores)} titles {count('title')} "
            f"authors {count('authors')} (right {sum(s.authors for s in scores if s.named)}"
            f"/{sum(s.named for s in scores)} named) dates {count('date')} "
            f"minutes {count('time')} "
            f"{mean([s.ms for s in scores]):.1f} ms/page")


def details(case: Case, ref: dict, result: dict[str, Score]) -> list[str]:
    lines = []
    exp = case.expected
    for tool, s in result.items():
        missing = [p for p in ref["paragraphs"] if p not in s.found]
        wrong = [f"{name} {got!r} (expected {want!r})" for name, ok, got, want in (
            ("title", s.title, s.output.title, exp.get("title")),
            ("authors", s.authors, s.output.authors, exp.get("authors")),
            ("published", s.time, s.output.published, exp.get("published"))) if not ok]
        lines += [f"  {tool}: missing {cut(p)!r}" for p in missing]
        lines += [f"  {tool}: leaked {cut(p)!r}" for p in s.leaks]
        lines += [f"  {tool}: caption in text {cut(p)!r}" for p in s.captions]
        lines += [f"  {tool}: {cut(w, 160)}" for w in wrong]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed runs per page and tool, after one warm-up (default 5)")
    parser.add_argument("--only", metavar="SUBSTRING", default="",
                        help="only the cases whose id or URL contains SUBSTRING")
    parser.add_argument("--baseline", metavar="GIT_REF", default="",
                        help="also time our extraction as it was at GIT_REF (e.g. a commit "
                             "before a change) on the same pages, and print the ratio")
    parser.add_argument("--details", action="store_true",
                        help="list missing paragraphs, leaks and wrong metadata per page")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)

    all_cases = load_cases()
    for case in all_cases:
        if case.skip or case.error:
            print(f"not scored: {case.id}: {case.skip or case.error}")
    cases = [c for c in load_cases(runnable_only=True)
             if args.only in c.id or args.only in c.url]
    if not cases:
        print("no case to score")
        return 0

    scores: dict[str, list[Score]] = {tool: [] for tool in TOOLS}
    lost: dict[str, list[str]] = {}
    notes: list[str] = []
    case_width = max(len(c.id) for c in cases)
    print(row(case_width, "case", *(name for name, _, _ in COLUMNS)))
    print("-" * (case_width + sum(width + 1 for _, width, _ in COLUMNS)))
    baseline = Baseline(args.baseline, repeat) if args.baseline else None
    base_times: list[float | None] = []
    for case in cases:
        data, ref = case.read(), reference(case)
        result: dict[str, Score] = {}
        for tool, make in zip(TOOLS, (ours, plain_trafilatura), strict=True):
            out, ms = timed(make(case), data, repeat)
            result[tool] = score(case, ref, out, ms)
            if baseline is not None and tool == "ours":
                base_times.append(baseline.ms(data, case.url))
            if out.error:
                notes.append(f"  {tool}: {case.id}: {out.error}")
        lost[case.id] = [p for p in result["trafilatura"].found if p not in result["ours"].found]
        for tool, s in result.items():
            print(row(case_width, case.id if tool == "ours" else "", tool,
                      f"{len(s.found)}/{s.expected}", f"{s.precision:.2f}", f"{s.recall:.2f}",
                      f"{s.f1:.2f}", len(s.leaks), len(s.captions),
                      " ".join(mark(x) for x in (s.title, s.authors, s.date, s.time)),
                      agreement_cells(s.output), s.output.disagreements if tool == "ours" else "",
                      "error" if s.output.error else f"{s.ms:.1f}",
                      len(lost[case.id]) if tool == "ours" else ""))
            scores[tool].append(s)
        if args.details:
            notes += [f"{case.id}:", *details(case, ref, result)]

    if notes:
        print("\nnotes:" if not args.details else "\ndetails:")
        print("\n".join(notes))
    lost_lines = [f"  {cid}: {cut(p)!r}" for cid, paras in lost.items() for p in paras]
    print(f"\nparagraphs trafilatura keeps that ours loses: {len(lost_lines)}")
    print("\n".join(lost_lines))
    ours_ms = statistics.fmean(s.ms for s in scores["ours"])
    traf_ms = statistics.fmean(s.ms for s in scores["trafilatura"])
    print(f"\n{len(cases)} pages, {repeat} timed runs each")
    print(f"{summary('ours', scores['ours'])}\n{summary('trafilatura', scores['trafilatura'])}"
          f"\ntime ratio ours / trafilatura {ours_ms / traf_ms if traf_ms else 0:.2f}x")
    print(agreement_summary(scores["ours"]))
    if baseline is not None:
        baseline.close()
        now = [s.ms for s in scores["ours"]]
        then = [ms for ms in base_times if ms is not None]
        if then:
            print(f"ours at {args.baseline} (each page timed in a child process right after "
                  f"ours): {statistics.fmean(then):.1f} ms/page; ours now "
                  f"{statistics.fmean(now):.1f} ms/page; ratio "
                  f"{statistics.fmean(now) / statistics.fmean(then):.2f}x")
    return 0


# Times the extraction of another commit: its tree exported to a temporary folder and
# imported first on sys.path by a child process, which times each page when asked
# (a warm-up, then the median of `repeat` runs) right after this process timed it,
# so both see the same load on a shared machine.
BASELINE_TIMER = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from crawler.extraction import ExtractionError, extract
from crawler.sites import site_for_url
repeat = int(sys.argv[2])
for line in sys.stdin:
    path, url = json.loads(line)
    spider = site_for_url(url)
    kwargs = ({"rules": spider.extraction_rules, "site": spider.name,
               "canonicalize": spider().canonical_url} if spider else {})
    data = open(path, "rb").read()
    times = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        try:
            extract(data, url, **kwargs)
        except ExtractionError:
            pass
        if i:
            times.append((time.perf_counter() - start) * 1000)
    print(statistics.median(times), flush=True)
"""


class Baseline:
    """Our extraction as it was at a git ref, in a child process (see BASELINE_TIMER)."""

    def __init__(self, ref: str, repeat: int):
        self.tmp = tempfile.TemporaryDirectory()
        tree = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True,
                              check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tree)) as archive:
            archive.extractall(self.tmp.name, filter="data")
        self.child = subprocess.Popen(
            [sys.executable, "-c", BASELINE_TIMER, self.tmp.name, str(repeat)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=self.tmp.name)
        self.count = 0

    def ms(self, data: bytes, url: str) -> float | None:
        self.count += 1
        page = Path(self.tmp.name) / f"page-{self.count}.html"
        page.write_bytes(data)
        self.child.stdin.write(json.dumps([str(page), url]) + "\n")
        self.child.stdin.flush()
        answer = self.child.stdout.readline()
        return float(answer) if answer.strip() else None

    def close(self) -> None:
        self.child.stdin.close()
        self.child.wait()
        self.tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
