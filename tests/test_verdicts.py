"""What `newsarchive check` calls wrong, field by field (crawler.verdicts), on articles
made to show one fault each; the whole command is tested in test_check.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from crawler.items import Article
from crawler.verdicts import Checked, assess

ZONE = timezone(timedelta(hours=7))
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=ZONE)
PAPER = ("Lao Động Thủ Đô", "laodongthudo", "laodongthudo.vn")
PARAGRAPH = "Đoạn văn thứ {n} của bài báo kể lại sự việc với đủ chi tiết cho người đọc hiểu rõ."


def article(n: int, **changes: object) -> Article:
    fields = {
        "url": f"https://laodongthudo.vn/bai-{n}.html", "site": "laodongthudo",
        "title": f"Tiêu đề bài {n}", "lead": "Sapo.", "authors": [f"Tác giả {n}"],
        "published": NOW - timedelta(hours=n, minutes=7 * n), "section": "Thời sự",
        "text": "\n\n".join(PARAGRAPH.format(n=f"{n}.{i}") for i in range(6)),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def verdicts(*articles: Article, hints: dict | None = None) -> dict:
    checked = [Checked(a.url, hints=dict(hints or {}), article=a) for a in articles]
    return {v.field: v for v in assess(checked, PAPER, NOW)}


def test_healthy_articles_hold_on_every_required_field():
    found = verdicts(*(article(n) for n in range(1, 5)))
    assert all(found[f].holds for f in ("title", "published", "authors", "text", "page kind"))
    assert found["published"].problems == [] and found["text"].problems == []


def test_the_paper_as_author_is_wrong_on_most():
    found = verdicts(*(article(n, authors=["Báo Lao Động Thủ Đô"]) for n in range(1, 4)),
                     article(4))
    assert not found["authors"].holds
    assert found["authors"].problems == ["the paper's name as author on 3 of 4"]


def test_dates_in_the_future_or_decades_back_are_named_and_one_is_no_majority():
    found = verdicts(article(1, published=NOW + timedelta(days=3)),
                     article(2, published=datetime(1970, 1, 1, 7, 0, tzinfo=ZONE)),
                     article(3), article(4), article(5))
    assert "a date in the future on 1 of 5" in found["published"].problems
    assert "a date decades back on 1 of 5" in found["published"].problems
    assert found["published"].holds  # one each: reported, not a failure


def test_a_feed_date_far_from_the_page_date_is_named():
    found = verdicts(article(1), hints={"feed_date": "Mon, 01 Jan 2024 08:00:00 +0700"})
    [problem] = found["published"].problems
    assert problem.startswith("a date that disagrees with the sitemap/feed date on 1")
    assert "feed 2024-01-01 08:00" in problem


def test_short_text_repeats_and_comment_lines_are_named():
    repeated = PARAGRAPH.format(n="x")
    found = verdicts(
        article(1, text="Một dòng ngắn."),
        article(2, text=f"{repeated}\n\n{repeated}\n\n{PARAGRAPH.format(n='y')}" * 2),
        article(3, text=article(3).text + "\n\nÝ kiến của bạn"),
        article(4))
    problems = found["text"].problems
    assert "text under 300 characters on 1 of 4" in problems
    assert "repeated paragraphs on 1 of 4" in problems
    assert any("comment-widget line in the text on 1 ('Ý kiến của bạn')" in p for p in problems)


def test_the_same_title_on_most_articles_is_a_section_taken_as_title():
    found = verdicts(*(article(n, title="Thời sự") for n in range(1, 4)))
    assert not found["title"].holds
    assert found["title"].problems == ["the same title on 3 of 3 (Thời sự)"]


def test_a_listing_taken_as_an_article_is_counted():
    checked = [Checked(article(n).url, article=article(n), listing="a listing: 12 headline links")
               for n in range(1, 3)] + [Checked(article(3).url, article=article(3))]
    kinds = {v.field: v for v in assess(checked, PAPER, NOW)}["page kind"]
    assert not kinds.holds and kinds.problems == ["2 listing page(s) taken as articles"]


def test_no_article_at_all_holds_nothing():
    found = assess([Checked("https://laodongthudo.vn/x.html", error="no article text found")],
                   PAPER, datetime.now(UTC))
    assert not any(v.holds for v in found)
