"""Saved pages as test cases, Fundus style: ``<name>.html.gz`` with ``<name>.json``.

A wrong guess about a real site becomes a failing test in minutes: save the page,
let :func:`propose` write what the extraction makes of it *now*, have a person
correct the proposal, and the parametrized page test (tests/pages/expectations.py)
holds the code to it from then on. Used by ``scripts/propose_page_case.py`` and by
anything else that saves pages for review.

The JSON carries the URL, when the page was fetched (so re-extraction picks the
rules valid then) and the expected record; ``"review"`` says it is a proposal
until a person deletes that key.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from crawler.items import Article
from crawler.sites import extract_with_site, site_for_url

CASE_FIELDS = ("title", "lead", "text", "authors", "published", "modified", "section",
               "tags", "images", "language")
REQUIRED_FIELDS = ("title", "text")  # a case with these empty tests nothing (Fundus refuses)
REVIEW_NOTE = ("proposed from the extraction of the saved page: check every field against "
               "the page as a reader sees it, correct it, then delete this key")


def case_name(url: str) -> str:
    """A file name for the page: the last path segment, without its extension."""
    path = urlsplit(url).path.rstrip("/")
    slug = re.sub(r"\.[a-z]+$", "", path.rsplit("/", 1)[-1]) or "index"
    return re.sub(r"[^\w-]+", "-", slug)[:80]


def propose(body: bytes, url: str, fetched: datetime | None = None) -> dict:
    """The case as the current rules see the page (raises ExtractionError)."""
    fetched = fetched or datetime.now(UTC)
    return case_for(extract_with_site(site_for_url(url), body, url, fetched=fetched), fetched)


def case_for(article: Article, fetched: datetime | None = None) -> dict:
    """The case proposed for a page from what extraction made of it."""
    fetched = fetched or article.fetched or datetime.now(UTC)
    record = article.to_record()
    return {"url": record["url"], "fetched": fetched.isoformat(), "review": REVIEW_NOTE,
            "expected": {key: record[key] for key in CASE_FIELDS}}


def _write_atomically(path: Path, data: bytes) -> None:
    """The file appears under its name only when complete."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide a test case from other users
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_case(directory: Path, body: bytes, case: dict, *, force: bool = False) -> Path:
    """Write ``<name>.html.gz`` and ``<name>.json`` into `directory`; returns the JSON's
    path. An existing case (perhaps reviewed already) is kept unless `force`."""
    directory.mkdir(parents=True, exist_ok=True)
    name = case_name(case["url"])
    page, spec = directory / f"{name}.html.gz", directory / f"{name}.json"
    if spec.exists() and not force:
        raise FileExistsError(f"{spec} exists (a reviewed case?); pass --force to replace it")
    _write_atomically(page, gzip.compress(body, mtime=0))
    text = json.dumps(case, ensure_ascii=False, indent=2) + "\n"
    _write_atomically(spec, text.encode("utf-8"))
    return spec
