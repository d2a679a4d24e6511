"""Load every expected extraction result into one list of cases.

Three sources, one :class:`Case` each page:

* ``exact``   -- ``tests/sites/<site>/expected.json``: exact article records of
  the fixture sites; the page is the file the fixture server would serve for
  the record's URL (``<host>/<path>``, a folder's ``index.html``, or the
  host's ``_routes.json``), see ``tests/fixture_server.py``.
* ``devpage`` -- ``tests/pages/devpages/<name>.json``: hand-checked facts about
  real pages kept outside the repository in ``../shared/devpages`` (override
  with ``DEVPAGES_DIR``); when a page is absent the case carries a skip reason.
* ``generic`` -- ``tests/pages/generic/<name>.html`` + ``<name>.json``: pages
  of sites without rules, with an exact title / lead / text ... and
  ``must_not_contain``.
* ``saved``   -- ``tests/pages/<site>/<name>.html.gz`` + ``<name>.json``: a saved
  page of a paper and its reviewed record (Fundus style; written by
  ``scripts/propose_page_case.py``, see :mod:`crawler.page_cases`), checked
  exactly like the fixture records, with the rules valid when it was fetched.

Used by ``tests/test_extraction_pages.py`` and ``scripts/bench_extraction.py``.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.page_cases import REQUIRED_FIELDS

ROOT = Path(__file__).resolve().parents[2]
SITES = ROOT / "tests" / "sites"
DEVPAGES_JSON = ROOT / "tests" / "pages" / "devpages"
PAGES = ROOT / "tests" / "pages"
GENERIC = PAGES / "generic"
DEVPAGES_DIR = Path(os.environ.get("DEVPAGES_DIR", ROOT.parent / "shared" / "devpages"))
ROUTES_FILE = "_routes.json"


@dataclass
class Case:
    id: str
    html: Path | None  # the page's bytes are read from here
    url: str
    expected: dict
    kind: str  # "exact" | "devpage" | "generic"
    skip: str | None = None  # why the page cannot be checked here (not a failure)
    error: str | None = None  # why the expectation itself is unusable (a failure)
    fetched: str | None = None  # ISO time the page was saved (saved cases)

    def read(self) -> bytes:
        """The page's bytes (saved pages are gzipped)."""
        data = self.html.read_bytes()
        return gzip.decompress(data) if self.html.suffix == ".gz" else data


def norm(text: str | None) -> str:
    """NFC, whitespace runs collapsed: the form expectations are written in."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def paragraphs(text: str | None) -> list[str]:
    """The non-empty lines / blocks of an extracted text, normalised."""
    return [p for p in (norm(line) for line in (text or "").splitlines()) if p]


def fixture_file(site_dir: Path, url: str) -> Path | None:
    """The file tests/fixture_server.py serves for `url` from `site_dir`."""
    parts = urlsplit(url)
    host_dir = site_dir / (parts.hostname or "").lower()
    if not host_dir.is_dir():
        return None
    path, query = unquote(parts.path) or "/", dict(parse_qsl(parts.query))
    routes_file = host_dir / ROUTES_FILE
    if routes_file.is_file():
        for key, spec in json.loads(routes_file.read_text(encoding="utf-8")).items():
            rparts = urlsplit(key)
            if unquote(rparts.path) == path and set(parse_qsl(rparts.query)) <= query.items():
                spec = {"file": spec} if isinstance(spec, str) else spec
                return host_dir / spec["file"] if "file" in spec else None
    file = host_dir / path.lstrip("/")
    if file.is_dir():
        file = file / "index.html"
    return file if file.is_file() and file.name != ROUTES_FILE else None


def _short(url: str) -> str:
    slug = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return slug if len(slug) <= 36 else f"{slug[:24]}…{slug[-11:]}"


def exact_cases() -> list[Case]:
    cases = []
    for expected_file in sorted(SITES.glob("*/expected.json")):
        site_dir = expected_file.parent
        for record in json.loads(expected_file.read_text(encoding="utf-8")):
            case = Case(f"{site_dir.name}/{_short(record['url'])}",
                        fixture_file(site_dir, record["url"]), record["url"], record, "exact")
            if case.html is None:
                case.error = f"no fixture file serves {record['url']} in {site_dir}"
            cases.append(case)
    return cases


def devpage_cases() -> list[Case]:
    cases = []
    for json_file in sorted(DEVPAGES_JSON.glob("*.json")):
        cid = f"devpages/{json_file.stem}"
        try:
            exp = json.loads(json_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            cases.append(Case(cid, None, "", {}, "devpage", error=f"{json_file.name}: {exc}"))
            continue
        page = DEVPAGES_DIR / exp.get("file", json_file.stem + ".html")
        skip = None
        if not DEVPAGES_DIR.is_dir():
            skip = (f"{DEVPAGES_DIR} is missing: real pages are kept outside the repository"
                    " (set DEVPAGES_DIR to their folder)")
        elif not page.is_file():
            skip = f"page {page} is missing"
        cases.append(Case(cid, page, exp.get("url", ""), exp, "devpage", skip=skip))
    return cases


def generic_cases() -> list[Case]:
    cases = []
    for json_file in sorted(GENERIC.glob("*.json")) if GENERIC.is_dir() else []:
        cid, page = f"generic/{json_file.stem}", json_file.with_suffix(".html")
        try:
            exp = json.loads(json_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            cases.append(Case(cid, page, "", {}, "generic", error=f"{json_file.name}: {exc}"))
            continue
        case = Case(cid, page, exp.get("url", ""), exp, "generic")
        if not page.is_file():
            case.error = f"{page.name} is missing beside {json_file.name}"
        cases.append(case)
    return cases


def saved_cases() -> list[Case]:
    cases = []
    for json_file in sorted(PAGES.glob("*/*.json")):
        if json_file.parent in (DEVPAGES_JSON, GENERIC):
            continue
        cid = f"{json_file.parent.name}/{json_file.stem}"
        page = json_file.with_name(json_file.stem + ".html.gz")
        try:
            spec = json.loads(json_file.read_text(encoding="utf-8"))
            exp = {"url": spec["url"], **spec["expected"]}
        except (ValueError, KeyError, TypeError) as exc:
            cases.append(Case(cid, page, "", {}, "exact", error=f"{json_file.name}: {exc!r}"))
            continue
        case = Case(cid, page, spec["url"], exp, "exact", fetched=spec.get("fetched"))
        empty = [f for f in REQUIRED_FIELDS if not exp.get(f)]
        if "review" in spec:
            case.error = f"{json_file.name} is a proposal still under review: {spec['review']}"
        elif empty:
            case.error = f"{json_file.name}: empty {', '.join(empty)} (a case that tests nothing)"
        elif not page.is_file():
            case.error = f"{page.name} is missing beside {json_file.name}"
        cases.append(case)
    return cases


def load_cases(*, runnable_only: bool = False) -> list[Case]:
    """All cases; with `runnable_only`, without those skipped or broken."""
    cases = exact_cases() + devpage_cases() + generic_cases() + saved_cases()
    if runnable_only:
        cases = [c for c in cases if not c.skip and not c.error]
    return cases
