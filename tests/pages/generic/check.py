#!/usr/bin/env python3
"""Check the generic-rule test pages in this folder, and optionally run the extractor.

Default: every <name>.json parses and has the expected keys; its page exists
and weighs 10-40 KB; title, lead, every expected text paragraph and every
author occur in the page's visible text (NFC, whitespace collapsed, invisible
characters dropped); every must_not_contain string occurs in the page but not
in the expected text; dates are YYYY-MM-DDTHH:MM:00+07:00; every expected
image URL is referenced by the page.

--extract: also run crawler.extraction.extract(html, url) (generic rules) on
every page and print, field by field, where it differs from the expectation.
Run from the repository root.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

from lxml import html as lxhtml

HERE = Path(__file__).resolve().parent
KEYS = {"url": str, "title": str, "lead": (str, type(None)), "text": str, "authors": list,
        "published": str, "modified": (str, type(None)), "images": list,
        "must_not_contain": list, "rules": list}
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", htmllib.unescape(text).translate(INVISIBLE))
    return re.sub(r"\s+", " ", text).strip()


def visible_text(doc) -> str:
    doc = lxhtml.fromstring(lxhtml.tostring(doc))
    for el in doc.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    return norm(" ".join(doc.itertext()))


def check(jp: Path) -> list[str]:
    errs: list[str] = []
    exp = json.loads(jp.read_text(encoding="utf-8"))
    for key, typ in KEYS.items():
        if not isinstance(exp.get(key, KeyError), typ):
            errs.append(f"key {key!r} missing or of wrong type")
    if errs:
        return errs
    page = jp.with_suffix(".html")
    raw = page.read_text(encoding="utf-8")
    size = len(raw.encode("utf-8"))
    if not 10_000 <= size <= 40_000:
        errs.append(f"page weighs {size} bytes")
    doc = lxhtml.fromstring(raw)
    vis = visible_text(doc)
    everything = norm(raw) + "\n" + vis
    paras = exp["text"].split("\n\n")
    if exp["lead"] is not None and paras[0] != exp["lead"]:
        errs.append("text does not start with the lead")
    if exp["lead"] is not None and exp["lead"] in paras[1:]:
        errs.append("lead repeated in text")
    for s in [exp["title"], *paras, *exp["authors"]]:
        if norm(s) != s:
            errs.append(f"not normalised: {s[:60]!r}")
        if s not in vis:
            errs.append(f"not in visible text: {s[:70]!r}")
    for s in exp["must_not_contain"]:
        if norm(s) not in everything:
            errs.append(f"must_not_contain not in page: {s!r}")
        if s in exp["text"]:
            errs.append(f"must_not_contain occurs in expected text: {s!r}")
    for key in ("published", "modified"):
        if exp[key] is not None and not DATE_RE.fullmatch(exp[key]):
            errs.append(f"{key} {exp[key]!r} not to the minute at +07:00")
    srcs = {urljoin(exp["url"], v) for el in doc.iter("img")
            for k, v in el.attrib.items() if k in ("src", "data-src", "data-original")}
    for img in exp["images"]:
        if img["url"] not in srcs:
            errs.append(f"image not referenced by an <img>: {img['url']}")
        if img["caption"] is not None and img["caption"] not in vis:
            errs.append(f"caption not visible: {img['caption']!r}")
    if len(exp["rules"]) == 0:
        errs.append("no rules listed")
    return errs


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def compare(jp: Path) -> list[str]:
    from crawler.extraction import extract

    exp = json.loads(jp.read_text(encoding="utf-8"))
    data = jp.with_suffix(".html").read_bytes()
    try:
        art = extract(data, exp["url"])
    except Exception as exc:  # report and go on
        return [f"extract raised {type(exc).__name__}: {exc}"]
    out: list[str] = []
    if art.title != exp["title"]:
        out.append(f"title: got {art.title!r}")
    if art.lead != exp["lead"]:
        out.append(f"lead: got {(art.lead or '')[:90]!r}" if art.lead else "lead: got None")
    got, want = art.text.split("\n\n"), exp["text"].split("\n\n")
    if got != want:
        missing = [p for p in want if p not in got]
        extra = [p for p in got if p not in want]
        for p in missing:
            out.append(f"text: missing {p[:80]!r}")
        for p in extra:
            out.append(f"text: extra   {p[:80]!r}")
        if not missing and not extra:
            out.append("text: same blocks, different order or duplicates")
    for s in exp["must_not_contain"]:
        if s in art.text:
            out.append(f"text: leaks must_not_contain {s[:60]!r}")
    if art.authors != exp["authors"]:
        out.append(f"authors: got {art.authors} want {exp['authors']}")
    for key in ("published", "modified"):
        value = iso(getattr(art, key))
        if value != exp[key]:
            out.append(f"{key}: got {value} want {exp[key]}")
    got_imgs = [{"url": i.url, "caption": i.caption} for i in art.images]
    if got_imgs != exp["images"]:
        want_urls = [i["url"] for i in exp["images"]]
        got_urls = [i["url"] for i in got_imgs]
        for i in exp["images"]:
            if i["url"] not in got_urls:
                out.append(f"images: missing {i['url'].rsplit('/', 1)[-1]} ({i['caption']!r})")
        for i in got_imgs:
            if i["url"] not in want_urls:
                out.append(f"images: extra {i['url'].rsplit('/', 1)[-1]} ({i['caption']!r})")
            else:
                cap = next(e["caption"] for e in exp["images"] if e["url"] == i["url"])
                if cap != i["caption"]:
                    out.append(f"images: {i['url'].rsplit('/', 1)[-1]} caption {i['caption']!r}"
                               f" want {cap!r}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extract", action="store_true", help="run the extractor and diff")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.json"))
    bad = 0
    for jp in files:
        errs = check(jp)
        print(f"{'FAIL' if errs else 'ok  '} {jp.name}")
        for e in errs:
            print(f"     - {e}")
        bad += bool(errs)
        if args.extract:
            for line in compare(jp):
                print(f"     x {line}")
    print(f"{len(files)} page(s), {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
