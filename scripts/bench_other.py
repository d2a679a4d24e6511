"""Pages in other languages: our extraction against plain trafilatura, side by side.

The pages are ../shared/devpages-other (trafilatura's own evaluation pages,
mostly German, English and French; set DEVPAGES_OTHER to another folder):
``cases.json`` maps each page's URL to its gzipped file and to snippets that
must be in the main text (``with``) and must not (``without``). They are read
from there, never copied into the project.

  ours         crawler.extraction.extract(html, url) -- no site rules, as for a
               paper nobody described
  trafilatura  trafilatura.extract(html, url=url, output_format="txt",
               include_comments=False, include_tables=True)

Figures, per tool (a snippet counts when it is a substring of the output after
NFC and whitespace collapsing, as in trafilatura's own evaluation):

  must      `with` snippets found / all          (recall)
  must-not  `without` snippets absent / all      (precision)
  score     (must + must-not) / all snippets     (trafilatura's accuracy)
  pages     pages where every snippet is right
  ms        milliseconds per page, median of --repeat runs after a warm-up

Usage: .venv/bin/python scripts/bench_other.py [--repeat N] [--only SUBSTRING] [--details]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extraction import ExtractionError, extract  # noqa: E402

PAGES = Path(os.environ.get("DEVPAGES_OTHER", ROOT.parent / "shared" / "devpages-other"))


@dataclass
class Result:
    found: list[str]
    missing: list[str]
    absent: list[str]
    leaked: list[str]
    ms: float


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def ours(data: bytes, url: str) -> str:
    try:
        return extract(data, url).text
    except ExtractionError:
        return ""


def plain(data: bytes, url: str) -> str:
    return trafilatura.extract(data, url=url, output_format="txt", include_comments=False,
                               include_tables=True) or ""


TOOLS = {"ours": ours, "trafilatura": plain}


def run(tool, data: bytes, url: str, case: dict, repeat: int) -> Result:
    text = norm(tool(data, url))
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        tool(data, url)
        times.append((time.perf_counter() - start) * 1000)
    want = [norm(s) for s in case.get("with", [])]
    unwanted = [norm(s) for s in case.get("without", [])]
    return Result(found=[s for s in want if s in text], missing=[s for s in want if s not in text],
                  absent=[s for s in unwanted if s not in text],
                  leaked=[s for s in unwanted if s in text],
                  ms=statistics.median(times) if times else 0.0)


def load(only: str = "") -> list[tuple[str, dict, bytes]]:
    cases = json.loads((PAGES / "cases.json").read_text(encoding="utf-8"))
    found = []
    for url, case in cases.items():
        if only and only not in url and only not in case["file"]:
            continue
        file = PAGES / case["file"]
        if file.is_file():
            found.append((url, case, gzip.decompress(file.read_bytes())))
    return found


def totals(results: list[Result]) -> dict[str, float]:
    must = sum(len(r.found) for r in results)
    must_all = must + sum(len(r.missing) for r in results)
    nots = sum(len(r.absent) for r in results)
    nots_all = nots + sum(len(r.leaked) for r in results)
    return {"must": must, "must_all": must_all, "not": nots, "not_all": nots_all,
            "score": (must + nots) / (must_all + nots_all) if must_all + nots_all else 1.0,
            "pages": sum(not r.missing and not r.leaked for r in results),
            "ms": statistics.fmean(r.ms for r in results) if results else 0.0}


def line(tool: str, t: dict[str, float], n: int) -> str:
    return (f"{tool}: must {t['must']}/{t['must_all']} must-not {t['not']}/{t['not_all']} "
            f"score {t['score']:.3f} pages all right {t['pages']}/{n} {t['ms']:.1f} ms/page")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed runs per page and tool, after one untimed run (default 1)")
    parser.add_argument("--only", metavar="SUBSTRING", default="")
    parser.add_argument("--details", action="store_true",
                        help="list each page where the two differ, with the snippets")
    args = parser.parse_args(argv)
    if not (PAGES / "cases.json").is_file():
        print(f"no pages: {PAGES}/cases.json is missing (set DEVPAGES_OTHER)")
        return 0
    cases = load(args.only)
    results: dict[str, list[Result]] = {tool: [] for tool in TOOLS}
    for url, case, data in cases:
        got = {tool: run(fn, data, url, case, args.repeat) for tool, fn in TOOLS.items()}
        for tool, result in got.items():
            results[tool].append(result)
        a, b = got["ours"], got["trafilatura"]
        mine, theirs = len(a.found) + len(a.absent), len(b.found) + len(b.absent)
        if args.details and (mine != theirs or a.missing or a.leaked):
            verdict = "better" if mine > theirs else "worse" if mine < theirs else "same"
            print(f"{case['file']}: ours {verdict} ({mine} vs {theirs})")
            for tool, r in got.items():
                for s in r.missing:
                    print(f"  {tool}: missing {s[:100]!r}")
                for s in r.leaked:
                    print(f"  {tool}: leaked {s[:100]!r}")
    n = len(cases)
    per_page = [(len(a.found) + len(a.absent)) - (len(b.found) + len(b.absent))
                for a, b in zip(results["ours"], results["trafilatura"], strict=True)]
    print(f"\n{n} pages in other languages ({PAGES})")
    for tool, rs in results.items():
        print(line(tool, totals(rs), n))
    print(f"pages where ours is better {sum(d > 0 for d in per_page)}, "
          f"worse {sum(d < 0 for d in per_page)}, same {sum(d == 0 for d in per_page)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
