"""Extraction of saved pages against their expected results (tests/pages/expectations.py).

One test per page, with the rules the crawl would use (the spider whose hosts
include the URL). Every mismatch of a page is listed in one failure, field by
field, so a run shows all that a reader would notice:

* exact records (fixture sites, generic pages): every given field is equal
  (dates as ISO strings, images as {url, caption}); generic pages also must
  not contain any ``must_not_contain`` string;
* devpages (real pages): title, lead, authors, published to the minute with
  its offset, ``must_contain`` / ``must_not_contain`` strings in the text, the
  number of blocks (the lead counts as one when there is one), and each
  caption in the images and not in the text.
"""

from __future__ import annotations

import html
from datetime import datetime

import lxml.html
import pytest

from crawler.extraction import ExtractionError
from crawler.items import Article
from crawler.sites import extract_with_site, site_for_url
from tests.pages.expectations import Case, load_cases, norm, paragraphs

CASES = load_cases()
EXACT_FIELDS = ("url", "title", "lead", "text", "authors", "published", "modified",
                "section", "tags", "images", "language")


def run_extraction(case: Case) -> Article:
    """What the crawl stores for the page (same rules, site name and URL canonicalisation)."""
    fetched = datetime.fromisoformat(case.fetched) if case.fetched else None
    return extract_with_site(site_for_url(case.url), case.read(), case.url, fetched=fetched)


def short(value: object, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit - 20]}…{text[-19:]}"


def differs(field: str, expected: object, got: object) -> str:
    return f"{field}: expected {short(expected)}, got {short(got)}"


def exact_problems(exp: dict, record: dict) -> list[str]:
    problems = [differs(f, exp[f], record[f]) for f in EXACT_FIELDS
                if f in exp and exp[f] != record[f]]
    text = paragraphs(record["text"])
    problems += [f"must_not_contain: {short(s)} is in the text"
                 for s in exp.get("must_not_contain", []) if norm(s) in "\n".join(text)]
    return problems


def devpage_problems(exp: dict, article: Article) -> list[str]:
    problems = [differs(f, exp[f], getattr(article, f)) for f in ("title", "lead", "authors")
                if exp[f] != getattr(article, f)]
    got = article.published.isoformat() if article.published else None
    if got is None or got[:16] != exp["published"][:16] or got[-6:] != exp["published"][-6:]:
        problems.append(differs("published (minute, offset)", exp["published"], got))
    blocks = paragraphs(article.text)
    text = "\n".join(blocks)
    problems += [f"must_contain: {short(s)} is not in the text"
                 for s in exp["must_contain"] if norm(s) not in text]
    problems += [f"must_not_contain: {short(s)} is in the text"
                 for s in exp["must_not_contain"] if norm(s) in text]
    want = exp["paragraph_count"] + (1 if exp["lead"] else 0)
    if len(blocks) != want:
        problems.append(f"blocks (lead + paragraphs): expected {want}, got {len(blocks)}"
                        f" (first {short(blocks[:1], 80)}, last {short(blocks[-1:], 80)})")
    captions = [norm(i.caption) for i in article.images if i.caption]
    for caption in exp["captions"]:
        if norm(caption) not in captions:
            problems.append(f"captions: {short(caption)} not in images {short(captions)}")
        if norm(caption) in text:
            problems.append(f"captions: {short(caption)} is in the text")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_extraction(case: Case) -> None:
    if case.skip:
        pytest.skip(case.skip)
    if case.error:
        pytest.fail(case.error, pytrace=False)
    try:
        article = run_extraction(case)
    except ExtractionError as exc:
        pytest.fail(f"no article extracted: {exc}", pytrace=False)
    if case.kind == "devpage":
        problems = devpage_problems(case.expected, article)
    else:
        problems = exact_problems(case.expected, article.to_record())
    if problems:
        pytest.fail(f"{len(problems)} mismatch(es):\n  " + "\n  ".join(problems), pytrace=False)


def page_text(case: Case) -> str:
    """Everything of the saved page a careless extractor could keep: the visible words
    (tags dropped), attribute values such as ``alt`` and the raw source, entities decoded."""
    raw = case.read()
    visible = lxml.html.fromstring(raw).text_content()
    return norm(visible) + "\n" + norm(html.unescape(raw.decode("utf-8", "replace")))


CHECKED = [c for c in CASES if not c.skip and not c.error and c.expected.get("must_not_contain")]


@pytest.mark.parametrize("case", CHECKED, ids=[c.id for c in CHECKED])
def test_must_not_contain_strings_are_on_their_page(case: Case) -> None:
    """A must_not_contain string absent from the page would make its check vacuous."""
    text = page_text(case)
    absent = [s for s in case.expected["must_not_contain"] if norm(s) not in text]
    assert not absent, f"not on the page, so never tested: {absent}"
