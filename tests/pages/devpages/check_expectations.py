#!/usr/bin/env python3
"""Check the hand-written extraction expectations in tests/pages/devpages/*.json.

Each JSON file here describes the expected extraction of one real saved page
(lead, body paragraphs, metadata, "must contain" / "must not contain" strings).
The HTML pages themselves are NOT part of this repository: they live in
``../shared/devpages/`` relative to the repository root (override with the
environment variable ``DEVPAGES_DIR``).  A JSON whose page is absent is skipped.

Default mode verifies exactly two properties for every JSON file:

1. every ``must_contain`` string occurs in the page's *article text*, i.e. the
   lead (sapo) followed by the body blocks, after HTML-entity decoding,
   whitespace collapsing and Unicode NFC normalisation;
2. every ``must_not_contain`` string really occurs somewhere in the HTML page
   (visible text, a script, a comment or an attribute value, entity-decoded
   and whitespace-collapsed), so that asserting its absence proves something.
   (It is also reported if such a string occurs in the article text, since
   the expectation would then be self-contradictory.)

With ``--full`` it additionally cross-checks the other fields against the
page: url (og:url and canonical), title (h1), lead, paragraph_count,
paragraphs_first / paragraphs_last, captions, tags, authors (present in the
byline element) and published (date and minute as shown in the visible date
line).  ``--dump`` prints the body blocks the checker derives for each page.

The article region of each page (lead / body containers, elements dropped as
boilerplate, per-page clean-ups) is defined in ``PAGES`` below; it mirrors the
rules written in each JSON's "notes".  Only the standard library and lxml are
used.

Usage:  python tests/pages/devpages/check_expectations.py [--full] [--dump] [FILE.json ...]
Exit status: 0 if all checked files pass (or are skipped), 1 otherwise.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

from lxml import html as lxhtml

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
DEFAULT_PAGES_DIR = REPO_ROOT.parent / "shared" / "devpages"

# Block-level elements whose text forms one body block.
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"}

# Elements never part of the article text anywhere.
COMMON_DROP = [
    ".//script",
    ".//style",
    ".//noscript",
    ".//template",
    ".//iframe",
    ".//figure",
    ".//figcaption",
    ".//video",
    ".//audio",
]


def _cls(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


# Per-page definition of the article region.
#   title:   xpath of the headline element
#   lead:    xpath of the sapo element (None: page has no sapo)
#   body:    xpath of the body container (None: no body)
#   drop:    extra xpaths (relative to body) removed before taking blocks
#   drop_blocks: exact block texts that are source/credit lines, not text
#   strip_first_prefix: stray characters to remove from the start of the first block
#   dedupe_lead: drop the first body block if it repeats the lead verbatim
#   captions / tags / byline / date: xpaths used by --full
PAGES: dict[str, dict] = {
    "tienphong_1860261.html": {
        "title": f"//h1[{_cls('article__title')}]",
        "lead": f"//div[{_cls('article__sapo')}]",
        "body": f"//div[{_cls('article__body')}]",
        "drop": [
            f".//div[{_cls('sda_middle')}]",
            f".//div[{_cls('article-relate')}]",
            ".//*[starts-with(@id, 'sdaWeb_')]",
        ],
        "captions": f"//div[{_cls('article__body')}]//figcaption",
        "tags": f"//div[{_cls('article__tag')}]/a",
        "byline": (
            f"//div[{_cls('article__author')}]"
            f" | //div[{_cls('article__header')}]//div[@class='author']"
        ),
        "date": f"//div[{_cls('article__meta')}]/time",
    },
    "nhandan_976641.html": {
        "title": f"//h1[{_cls('article__title')}]",
        "lead": f"//div[{_cls('article__sapo')}]",
        "body": f"//div[{_cls('article__body')}]",
        "drop": [
            f".//div[{_cls('sda_middle')}]",
            f".//div[{_cls('article__author')}]",
            ".//*[starts-with(@id, 'sdaWeb_')]",
        ],
        "captions": (
            f"//figure[{_cls('article__avatar')}]/figcaption"
            f" | //div[{_cls('article__body')}]//figcaption"
        ),
        "tags": f"//div[{_cls('article__tag')}]/a",
        "byline": f"//div[{_cls('article__body')}]/div[{_cls('article__author')}]",
        "date": f"//div[{_cls('article__meta')}]/time",
    },
    "vietnamplus_1125344.html": {
        "title": f"//h1[{_cls('article__title')}]",
        "lead": f"//div[{_cls('article__sapo')}]",
        "body": f"//div[{_cls('article__body')}]",
        "drop": [
            f".//div[{_cls('sda_middle')}]",
            f".//div[{_cls('article__source')}]",
            ".//*[starts-with(@id, 'sdaWeb_')]",
        ],
        "dedupe_lead": True,
        "captions": f"//div[{_cls('article__body')}]//figcaption",
        "tags": f"//div[{_cls('article__tag')}]/a",
        "byline": None,
        "date": f"//div[{_cls('article__meta')}]/time",
    },
    "soha_198260720023243246.html": {
        "title": f"//h1[{_cls('news-title')}]",
        "lead": "//p[@data-role='sapo']",
        "body": "//div[@data-role='content']",
        "drop": [
            ".//*[@type='VideoStream']",
            f".//div[{_cls('link-content-footer')}]",
            ".//*[starts-with(@id, 'admzone')]",
            ".//zone",
        ],
        "captions": (
            "//div[@data-role='content']//figcaption"
            " | //div[@data-role='content']//div[contains(@class,'VideoCMS_Caption')]"
        ),
        "tags": f"//div[{_cls('tags')}]//a",
        "byline": "//address[@data-role='author']",
        "date": "//time[@data-role='publishdate']",
    },
    "genk_165260716163514059.html": {
        "title": f"//h1[{_cls('kbwc-title')}]",
        "lead": f"//p[{_cls('knc-sapo')}]",
        "body": "//div[@id='ContentDetail']",
        "drop": [".//zone"],
        "captions": "//div[@id='ContentDetail']//figcaption",
        "tags": f"//div[{_cls('klw-new-tags')}]//a",
        "byline": f"//span[{_cls('kbwcm-author')}]",
        "date": f"//time[{_cls('kbwcm-time')}]",
    },
    "kenh14_215260716224633854.html": {
        "title": f"//h1[{_cls('kbwc-title')}]",
        "lead": f"//p[{_cls('knc-sapo')}]",
        "body": "//div[@data-role='content']",
        "drop": [".//zone", ".//*[starts-with(@id, 'admzone')]"],
        "drop_blocks": ["Theo Bảo hiểm xã hội TP Hà Nội"],
        "strip_first_prefix": "b",
        "captions": "//div[@data-role='content']//figcaption",
        "tags": f"//div[{_cls('klw-new-tags')}]//a",
        "byline": f"//span[{_cls('kbwcm-author')}]",
        "date": f"//time[{_cls('kbwcm-time')}]",
    },
    "thanhnien_185260701162022832.html": {
        "title": "//h1[contains(@class,'detail-title')]//span[@data-role='title']",
        "lead": "//div[@data-role='sapo']",
        "body": "//div[@data-role='content']",
        "drop": [".//zone", ".//*[@data-type='_mgwidget']"],
        "captions": "//div[@data-role='content']//figcaption",
        "tags": "//div[@data-role='tags']/a",
        "byline": "//div[@data-role='author']",
        "date": "//time[@data-role='publishdate']",
    },
}

REQUIRED_KEYS = {
    "file": str,
    "url": str,
    "title": str,
    "lead": (str, type(None)),
    "authors": list,
    "published": str,
    "section": (str, type(None)),
    "tags": list,
    "paragraphs_first": (str, type(None)),
    "paragraphs_last": (str, type(None)),
    "paragraph_count": int,
    "must_contain": list,
    "must_not_contain": list,
    "captions": list,
    "notes": str,
}


def norm(text: str) -> str:
    """Entity-decode (for strings that still carry entities), NFC, collapse whitespace."""
    text = htmllib.unescape(text)
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def el_text(el) -> str:
    return norm(el.text_content())


def load_doc(path: Path):
    raw = path.read_text(encoding="utf-8")
    return raw, lxhtml.fromstring(raw)


def body_blocks(doc, spec: dict, lead: str | None) -> list[str]:
    """Return the body blocks of a page as normalised strings, in order."""
    if not spec.get("body"):
        return []
    found = doc.xpath(spec["body"])
    if len(found) != 1:
        raise ValueError(f"body xpath matched {len(found)} elements")
    body = lxhtml.fromstring(lxhtml.tostring(found[0], encoding="unicode"))  # private copy
    for xp in COMMON_DROP + spec.get("drop", []):
        for el in body.xpath(xp):
            el.drop_tree()
    blocks = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in BLOCK_TAGS:
            continue
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            continue  # take the innermost blocks only
        txt = el_text(el)
        if txt:
            blocks.append(txt)
    prefix = spec.get("strip_first_prefix")
    if prefix and blocks and blocks[0].startswith(prefix):
        blocks[0] = blocks[0][len(prefix) :]
    drop_blocks = set(spec.get("drop_blocks", []))
    blocks = [b for b in blocks if b not in drop_blocks]
    if spec.get("dedupe_lead") and lead and blocks and blocks[0] == lead:
        blocks = blocks[1:]
    return blocks


def page_lead(doc, spec: dict) -> str | None:
    if not spec.get("lead"):
        return None
    found = doc.xpath(spec["lead"])
    return el_text(found[0]) if found else None


def page_haystack(raw: str, doc) -> str:
    """Everything a reader or a naive extractor could see in the page."""
    parts = [norm(raw), norm(doc.text_content())]
    for el in doc.iter():
        if isinstance(el.tag, str):
            parts.extend(norm(v) for v in el.attrib.values() if v)
    for c in doc.xpath("//comment()"):
        parts.append(norm(c.text or ""))
    return "\n".join(parts)


def check_file(json_path: Path, pages_dir: Path, full: bool, dump: bool) -> tuple[str, list[str]]:
    exp = json.loads(json_path.read_text(encoding="utf-8"))
    errors: list[str] = []
    for key, typ in REQUIRED_KEYS.items():
        if key not in exp:
            errors.append(f"missing key {key!r}")
        elif not isinstance(exp[key], typ):
            errors.append(f"key {key!r} has type {type(exp[key]).__name__}")
    if errors:
        return "FAIL", errors
    name = exp["file"]
    if name != json_path.stem + ".html":
        errors.append(f"file {name!r} does not match JSON name {json_path.name!r}")
    page = pages_dir / name
    if not page.exists():
        return "SKIP", [f"page not found: {page}"]
    spec = PAGES.get(name)
    if spec is None:
        return "FAIL", [f"no article-region definition for {name} in PAGES"]

    raw, doc = load_doc(page)
    lead = page_lead(doc, spec)
    blocks = body_blocks(doc, spec, lead)
    article_text = "\n".join(([lead] if lead else []) + blocks)
    haystack = page_haystack(raw, doc)

    if dump:
        print(f"--- {name}: lead={lead!r}")
        for i, b in enumerate(blocks, 1):
            print(f"  [{i}] {b}")

    # 1. must_contain occurs in the article text
    for s in exp["must_contain"]:
        if norm(s) != s:
            errors.append(f"must_contain not normalised: {s!r}")
        if norm(s) not in article_text:
            errors.append(f"must_contain not in article text: {s!r}")
    # 2. must_not_contain occurs somewhere in the page (and not in the article text)
    for s in exp["must_not_contain"]:
        if norm(s) not in haystack:
            errors.append(f"must_not_contain not found anywhere in the page: {s!r}")
        if norm(s) in article_text:
            errors.append(f"must_not_contain occurs in the article text itself: {s!r}")

    if full:
        errors += full_checks(exp, doc, spec, lead, blocks, article_text)
    return ("FAIL" if errors else "ok"), errors


def full_checks(exp, doc, spec, lead, blocks, article_text) -> list[str]:
    errs = []
    og = doc.xpath("//meta[@property='og:url']/@content")
    canon = doc.xpath("//link[@rel='canonical']/@href")
    if exp["url"] not in og or exp["url"] not in canon:
        errs.append(f"url {exp['url']!r} != og:url {og} / canonical {canon}")
    titles = [el_text(e) for e in doc.xpath(spec["title"])]
    if titles != [exp["title"]]:
        errs.append(f"title mismatch: page h1 {titles}")
    if exp["lead"] != lead:
        errs.append(f"lead mismatch: page has {lead!r}")
    if exp["paragraph_count"] != len(blocks):
        errs.append(f"paragraph_count {exp['paragraph_count']} != derived {len(blocks)}")
    first = blocks[0] if blocks else None
    last = blocks[-1] if blocks else None
    if exp["paragraphs_first"] != first:
        errs.append(f"paragraphs_first mismatch: derived {first!r}")
    if exp["paragraphs_last"] != last:
        errs.append(f"paragraphs_last mismatch: derived {last!r}")
    caps = [t for t in (el_text(e) for e in doc.xpath(spec["captions"])) if t]
    if exp["captions"] != caps:
        errs.append(f"captions mismatch: page has {caps}")
    for c in exp["captions"]:
        if c in article_text:
            errs.append(f"caption leaks into article text: {c!r}")
    tags = [el_text(e).lstrip("#").strip() for e in doc.xpath(spec["tags"])]
    tags = [t for t in tags if t]
    if exp["tags"] != tags:
        errs.append(f"tags mismatch: page has {tags}")
    byline = " | ".join(el_text(e) for e in doc.xpath(spec["byline"])) if spec.get("byline") else ""
    for a in exp["authors"]:
        if a not in byline:
            errs.append(f"author {a!r} not in byline {byline!r}")
    if not spec.get("byline") and exp["authors"]:
        errs.append("authors given but page has no byline element")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00\+07:00", exp["published"])
    if not m:
        errs.append(f"published {exp['published']!r} not YYYY-MM-DDTHH:MM:00+07:00")
    else:
        y, mo, d, hh, mi = m.groups()
        shown = " | ".join(el_text(e) for e in doc.xpath(spec["date"]))
        if f"{d}/{mo}/{y}" not in shown or f"{hh}:{mi}" not in shown:
            errs.append(f"published {exp['published']!r} disagrees with visible date {shown!r}")
    return errs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="JSON files (default: all in this folder)")
    ap.add_argument("--full", action="store_true", help="also cross-check all other fields")
    ap.add_argument("--dump", action="store_true", help="print the derived body blocks")
    args = ap.parse_args(argv)
    pages_dir = Path(os.environ.get("DEVPAGES_DIR", DEFAULT_PAGES_DIR))
    files = args.files or sorted(HERE.glob("*.json"))
    failed = 0
    for jp in files:
        try:
            status, msgs = check_file(jp, pages_dir, args.full, args.dump)
        except Exception as exc:  # report and continue with the next page
            status, msgs = "FAIL", [f"{type(exc).__name__}: {exc}"]
        print(f"{status:4} {jp.name}")
        for msg in msgs:
            print(f"     - {msg}")
        failed += status == "FAIL"
    print(f"{len(files)} file(s), {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
