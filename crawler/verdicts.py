"""What looks wrong in a handful of freshly extracted articles (``newsarchive check``).

A wrong guess about a site's markup rarely fails loudly: every article gets
the date of the related box, the paper's name as author, the section name as
title. Looked at together, a few articles show it at once: the same date on
most of them, a title that repeats, a "Tin liên quan" line in every text.
These functions take the articles of one check and say, per field, how many
have it and what looks wrong; they read nothing and write nothing.

The detectors are deliberately wider than the extraction's own rules (a
related-box heading with a "»" after it, a comment box's "Ý kiến của bạn"):
the check is the net under the rules, not a second copy of them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from crawler.extraction import generic
from crawler.incremental import parse_change_date
from crawler.items import Article
from crawler.storage.fold import fold

# A text shorter than this is a teaser, a photo page or a failed extraction.
MIN_TEXT_CHARS = 300
# Dates: later than now by more than this is "in the future" ...
FUTURE_SLACK = timedelta(hours=1)
# ... older than this, for the newest articles of a paper, is "decades back".
DECADES_BACK = timedelta(days=365 * 20)
# The site's own date for an article (feed, API) may differ from the page's by this.
HINT_SLACK = timedelta(days=1)
# Lines at most this long are looked at as widget or box lines.
WIDGET_LINE_MAX = 80
# A paragraph at least this long, printed twice, is a repeat (not "Ảnh: TTXVN").
REPEAT_MIN_CHARS = 40
# Comment boxes: lines the extraction's widget rules may not know.
COMMENT_LINE_RE = re.compile(
    r"^(?:gửi|viết|để lại|thêm|xem)?\s*(?:bình luận|ý kiến|phản hồi)"
    r"(?:\s+(?:của bạn|bạn đọc|độc giả|\(\d+\)))?\s*:?$", re.I)
# Fields a page must have; the others are printed by some papers only.
REQUIRED = ("title", "published", "text")
FIELDS = ("title", "published", "modified", "authors", "section", "lead", "text", "images")


@dataclass
class Checked:
    """One article page of a check: what discovery said, what extraction made of it."""

    url: str
    hints: dict[str, Any] = field(default_factory=dict)
    article: Article | None = None
    error: str | None = None  # why extraction found no article
    listing: str | None = None  # why the page looks like a listing, not an article
    body: bytes = field(default=b"", repr=False)  # the page as fetched (for --save)
    fetched: datetime | None = None


@dataclass
class FieldVerdict:
    """One line of the check: how many articles have the field, what looks wrong."""

    field: str
    have: int
    total: int
    problems: list[str] = field(default_factory=list)
    holds: bool = True


def article_row(checked: Checked) -> dict[str, Any]:
    """The row printed for one article."""
    article = checked.article
    if article is None:
        return {"url": checked.url, "title": f"(no article: {checked.error})", "published": "",
                "authors": [], "section": "", "paragraphs": 0, "chars": 0, "images": 0,
                "lead": "no"}
    return {"url": article.url, "title": article.title,
            "published": _minute(article.published), "authors": list(article.authors),
            "section": article.section or "", "paragraphs": len(_paragraphs(article)),
            "chars": len(article.text), "images": len(article.images),
            "lead": "yes" if article.lead else "no"}


def assess(checked: list[Checked], paper_names: tuple[str, ...],
           now: datetime | None = None) -> list[FieldVerdict]:
    """Per field: how many articles have it, what looks wrong, and whether it holds
    (wrong on at most half of the articles, and present on most for a required field)."""
    now = now or datetime.now(UTC)
    articles = [c.article for c in checked if c.article is not None]
    total = len(articles)
    verdicts = []
    for name in FIELDS:
        have = sum(1 for a in articles if _has(a, name))
        problems: list[tuple[str, int]] = []
        if name == "title":
            problems = _repeated(articles, lambda a: a.title, "the same title")
            problems += _count("the paper's name as title", articles,
                               lambda a: _is_paper(a.title, paper_names))
        elif name == "published":
            problems = _date_problems(checked, now)
        elif name == "modified":
            problems = _count("modified before published", articles, lambda a: bool(
                a.modified and a.published and a.modified < a.published - timedelta(minutes=1)))
        elif name == "authors":
            problems = _count("the paper's name as author", articles, lambda a: any(
                _is_paper(n, paper_names) for n in a.authors))
            problems += _count("an e-mail address as author", articles, lambda a: any(
                generic.EMAIL_RE.search(n) for n in a.authors))
        elif name == "text":
            problems = _text_problems(articles)
        verdict = FieldVerdict(name, have, total, [p for p, _ in problems])
        wrong = max((n for _, n in problems), default=0)
        verdict.holds = total > 0 and wrong * 2 <= total and (
            name not in REQUIRED or have * 2 > total)
        if name not in REQUIRED and have == 0 and total:
            verdict.problems.append("none found (does the paper print it?)")
        verdicts.append(verdict)
    listings = sum(1 for c in checked if c.article is not None and c.listing)
    kinds = FieldVerdict("page kind", total - listings, total, holds=total > 0 and
                         listings * 2 <= total)
    if listings:
        kinds.problems.append(f"{listings} listing page(s) taken as articles")
    verdicts.append(kinds)
    return verdicts


def disagreements(checked: list[Checked]) -> Counter[str]:
    """Per field, the articles where structured data and the site rules disagreed."""
    counts: Counter[str] = Counter()
    for c in checked:
        if c.article is not None:
            counts.update({d.get("field", "?") for d in c.article.disagreements})
    return counts


# --- dates --------------------------------------------------------------------------
def _date_problems(checked: list[Checked], now: datetime) -> list[tuple[str, int]]:
    articles = [c.article for c in checked if c.article is not None]
    dated = [a for a in articles if a.published is not None]
    problems = _repeated(dated, lambda a: _minute(a.published), "the same date")
    midnight = [a for a in dated if (a.published.hour, a.published.minute) == (0, 0)]
    if len(midnight) >= 2 and len(midnight) * 2 > len(dated):
        problems.append((f"no time of day (00:00) on {len(midnight)} of {len(dated)}",
                         len(midnight)))
    problems += _count("a date in the future", dated, lambda a: a.published > now + FUTURE_SLACK)
    problems += _count("a date decades back", dated,
                       lambda a: a.published < now - DECADES_BACK)
    against = [c for c in checked if c.article is not None and c.article.published
               and _hint_disagrees(c)]
    if against:
        problems.append((f"a date that disagrees with the sitemap/feed date on {len(against)}"
                         f" (e.g. {_minute(against[0].article.published)} against "  # type: ignore[union-attr]
                         f"{_hint_text(against[0])})", len(against)))
    return problems


def _hint_disagrees(checked: Checked) -> bool:
    """The site's own date contradicts the page's: a feed or API date more than a day
    away, or a sitemap saying the article last changed before it was published."""
    published = checked.article.published  # type: ignore[union-attr]
    for key in ("feed_date", "api_date"):
        given = parse_change_date(checked.hints.get(key))
        if given is not None and abs(given - published) > HINT_SLACK:
            return True
    lastmod = parse_change_date(checked.hints.get("lastmod"))
    return lastmod is not None and published > lastmod + HINT_SLACK


def _hint_text(checked: Checked) -> str:
    for key, label in (("feed_date", "feed"), ("api_date", "API"), ("lastmod", "sitemap")):
        given = parse_change_date(checked.hints.get(key))
        if given is not None:
            return f"{label} {_minute(given)}"
    return "?"


# --- text ---------------------------------------------------------------------------
def _text_problems(articles: list[Article]) -> list[tuple[str, int]]:
    problems = _count(f"text under {MIN_TEXT_CHARS} characters", articles,
                      lambda a: len(a.text) < MIN_TEXT_CHARS)
    boxes = [(a, line) for a in articles for line in _paragraphs(a) if _is_box_line(line)]
    if boxes:
        lines = Counter(line for _, line in boxes)
        hit = len({id(a) for a, _ in boxes})
        shown = ", ".join(f"{line!r}" for line, _ in lines.most_common(2))
        problems.append((f"a related-box heading or comment-widget line in the text on {hit} "
                         f"({shown})", hit))
    problems += _count("repeated paragraphs", articles, _has_repeats)
    return problems


def _is_box_line(line: str) -> bool:
    """A line of a related box or a comment widget, decorated or not."""
    if len(line) > WIDGET_LINE_MAX:
        return False
    bare = re.sub(r"^[\W_]+|[\W_]+$", "", line).lower()
    if bare in generic.RELATED_HEADINGS or line.lower().startswith(generic.RELATED_PREFIXES):
        return True
    return bool(generic.WIDGET_TEXT_RE.match(line) or COMMENT_LINE_RE.match(bare))


def _has_repeats(article: Article) -> bool:
    seen = Counter(p for p in _paragraphs(article) if len(p) >= REPEAT_MIN_CHARS)
    return any(n > 1 for n in seen.values())


# --- helpers ------------------------------------------------------------------------
def _paragraphs(article: Article) -> list[str]:
    return [p.strip() for p in article.text.split("\n\n") if p.strip()]


def _has(article: Article, name: str) -> bool:
    value = getattr(article, name)
    if name == "text":
        return len(value) >= MIN_TEXT_CHARS
    return bool(value)


def _minute(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _is_paper(name: str, paper_names: tuple[str, ...]) -> bool:
    """The paper's own name ("Báo Lao Động Thủ Đô", "laodongthudo.vn"), not a person."""
    folded = _squash(name)
    return bool(folded) and any(folded in (p, f"bao{p}") for p in map(_squash, paper_names)
                                if p)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text.lower()).removesuffix(".vn"))


def _count(what: str, articles: list[Article], test: Any) -> list[tuple[str, int]]:
    hit = sum(1 for a in articles if test(a))
    return [(f"{what} on {hit} of {len(articles)}", hit)] if hit else []


def _repeated(articles: list[Article], key: Any, what: str) -> list[tuple[str, int]]:
    """The most common value when most articles share it (at least two of them)."""
    values = Counter(key(a) for a in articles if key(a))
    if not values:
        return []
    value, n = values.most_common(1)[0]
    if n < 2 or n * 2 <= len(articles):
        return []
    return [(f"{what} on {n} of {len(articles)} ({value})", n)]
