"""Small pure functions: dates, folding, query parsing, redirects, bylines."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.extraction.bylines import names
from crawler.extraction.dates import VN_TZ, parse_iso, parse_visible
from crawler.redirect import RedirectSpecError, parse_redirects, redirect_target
from crawler.search.query import QueryError, fold_term, parse_query, write_expression
from crawler.storage.fold import fold, has_accents


@pytest.mark.parametrize(("text", "expected", "has_time"), [
    ("Thứ năm, 25/04/2024 10:30", datetime(2024, 4, 25, 10, 30), True),
    ("08:49 | 06/08/2021", datetime(2021, 8, 6, 8, 49), True),
    ("25-4-2024 - 10:30", datetime(2024, 4, 25, 10, 30), True),
    ("04/05/2024", datetime(2024, 5, 4), False),  # day first: 4 May
    ("10h30 ngày 25/4/2024", datetime(2024, 4, 25, 10, 30), True),
    ("Cập nhật: 25 tháng 4 năm 2024", datetime(2024, 4, 25), False),
    ("Thứ Sáu, 26/04/2024 | 08:15 GMT+7", datetime(2024, 4, 26, 8, 15), True),
])
def test_visible_dates_are_day_first_at_plus_seven(text, expected, has_time):
    assert parse_visible(text) == (expected.replace(tzinfo=VN_TZ), has_time)
    assert parse_visible(text)[0].isoformat().endswith("+07:00")


@pytest.mark.parametrize("text", ["", "no date here", "31/02/2024", "Bình luận (0)"])
def test_not_a_date(text):
    assert parse_visible(text) is None


def test_iso_dates_keep_or_get_plus_seven():
    assert parse_iso("2024-04-25T19:42:00+07:00").isoformat() == "2024-04-25T19:42:00+07:00"
    assert parse_iso("2024-04-25T12:42:00Z").isoformat() == "2024-04-25T19:42:00+07:00"
    assert parse_iso("2024-04-25 19:42").isoformat() == "2024-04-25T19:42:00+07:00"
    assert parse_iso("yesterday") is None


def test_fold_keeps_length_and_folds_d_with_stroke():
    for text in ("Điện Biên Phủ", "Lao Động Thủ Đô", "đường dương đương", "Ngộ ĐỘC"):
        assert len(fold(text)) == len(text)
    assert fold("Lao Động Thủ Đô") == "lao dong thu do"
    assert fold("Nghệ An, ĐỘC LẬP") == "nghe an, doc lap"
    assert has_accents("Điện") and not has_accents("DIEN")


def test_fold_table_is_the_one_character_rule_on_every_character():
    """The fast string table (what the index's word pairs and snippets use) maps every
    code point as the per-character rule's dict does, alone and among Vietnamese."""
    from crawler.storage.fold import _MAP, _TABLE
    for code in range(0x110000):
        text = "Việt " + chr(code)
        assert text.translate(_TABLE) == text.translate(_MAP)
    assert fold("ĐƯỜNG Σ İ") == "duong σ i"


def test_accent_pattern_finds_every_form_of_a_folded_word():
    import re

    from crawler.storage.fold import accent_pattern
    pattern = re.compile(r"\b" + accent_pattern("dien") + r"\W+" + accent_pattern("bien"),
                         re.IGNORECASE)
    text = "Tỉnh ĐIỆN BIÊN, Điện Biên, điển biến; dien bien; diễn viên"
    assert pattern.findall(text) == ["ĐIỆN BIÊN", "Điện Biên", "điển biến", "dien bien"]
    assert all(len(fold(m)) == len(m) and fold(m) == "dien bien"
               for m in ("ĐIỆN BIÊN", "điển biến"))


def test_snippet_of_a_long_text_is_cut_around_its_first_hit_in_the_original_words():
    from crawler.search.snippet import snippet
    filler = "Trời hôm nay nắng nhẹ, gió đông nam cấp hai. " * 40  # ~1,800 characters
    text = filler + "Đoàn công tác đến Điện Biên Phủ sáng nay. " + filler
    shown = snippet(text, parse_query("dien bien phu"), ("[", "]"))
    assert "đến [Điện] [Biên] [Phủ] sáng nay" in shown
    assert shown.startswith("…") and shown.endswith("…") and len(shown.split()) <= 40
    # a title match (no hit in the text): the text's beginning, nothing highlighted
    shown = snippet(filler, parse_query("dien bien"), ("[", "]"))
    assert shown.startswith("Trời hôm nay nắng nhẹ") and "[" not in shown


def test_word_pairs_never_span_two_fields():
    from crawler.storage.terms import grams
    assert grams("Điện Biên Phủ", None, "", "Hà Nội, mưa") == "dien_bien bien_phu ha_noi noi_mua"
    assert grams("một", "hai", None) == ""


def test_query_parsing_quotes_every_token_for_the_folded_index():
    """The expression search() sends to the folded index (crawler.search.indexes' writer)."""
    def folded(text: str) -> str:
        return write_expression(parse_query(text), fold_term).replace("{title lead text}: ", "")

    assert folded('"dien bien" lao OR hue -mưa kinh*') == (
        '({grams}: "dien_bien" AND ("lao" OR "hue") AND "kinh"*) NOT "mua"')
    # an unbalanced quote is refused, saying how to fix it
    with pytest.raises(QueryError, match="unbalanced quote in '\"dien bien': close the "
                       'phrase with " or remove it'):
        parse_query('"dien bien')
    # FTS operators typed by users are just words
    # a word with punctuation inside is a phrase of its parts, like "covid-19"
    assert folded("NEAR(a b) AND") == '{grams}: "near_a" AND "b" AND "and"'


def test_redirect_specs():
    assert parse_redirects(["laodongthudo.vn=127.0.0.1:8000"]) == {
        "laodongthudo.vn": "127.0.0.1:8000"}
    assert parse_redirects("a.vn=http://127.0.0.1:1,b.vn=127.0.0.1:2") == {
        "a.vn": "127.0.0.1:1", "b.vn": "127.0.0.1:2"}
    redirects = parse_redirects(["*.baodienbienphu.vn=127.0.0.1:9"])
    assert redirect_target(redirects, "api-dienbien.baodienbienphu.vn") == "127.0.0.1:9"
    assert redirect_target(redirects, "evil-baodienbienphu.vn") is None
    for bad in ("laodongthudo.vn", "=127.0.0.1:1", "a.vn=127.0.0.1", "a.vn=127.0.0.1:99999"):
        with pytest.raises(RedirectSpecError):
            parse_redirects([bad])


@pytest.mark.parametrize(("byline", "expected"), [
    ("Trần Vũ", ["Trần Vũ"]),
    ("Tin, ảnh: P.Y", ["P.Y"]),
    ("Hà Thu (tổng hợp)", ["Hà Thu"]),
    ("Minh Anh - Quang Huy", ["Minh Anh", "Quang Huy"]),
    ("Bài, ảnh: Lò Văn Hùng", ["Lò Văn Hùng"]),
    ("Báo Điện Biên Phủ", []),
])
def test_byline_names(byline, expected):
    assert names(byline, site_names=("Báo Điện Biên Phủ",)) == expected


def test_mastercms_family_fills_only_what_a_sister_paper_left_out():
    from spiders.mastercms import MasterCMSSpider

    class Sister(MasterCMSSpider):
        name = "sister_test"
        hosts = ("sister.example",)
        sections = ("/thoi-su",)
        feeds = ("https://sister.example/rss/home.rss",)

    assert Sister.feeds == ("https://sister.example/rss/home.rss",)  # its own, kept
    assert Sister.listings == ("https://sister.example/thoi-su",)  # derived
    assert Sister.sitemaps == ("https://sister.example/robots.txt",
                               "https://sister.example/sitemap.xml")
