"""Metadata decided by agreement, as a reader of the stored article sees it.

Each page below is a whole article page (head meta, JSON-LD, menu, sidebar,
related list, footer) whose markup no rule of the project names, except where
a test gives a site rule on purpose to show that a wrong rule does not win.
"""

from __future__ import annotations

import json

import pytest

from crawler.extraction import SiteRules, extract
from spiders.mastercms import RULES as MASTERCMS_RULES

URL = "https://baomoi-tinh.example.vn/thoi-su/nong-dan-xuong-dong-vu-he-thu-a12345.html"
TITLE = "Nông dân xuống đồng gieo cấy vụ hè thu sớm hơn mọi năm"
PARAGRAPHS = [
    "Những ngày này, trên các cánh đồng của huyện Điện Biên, bà con nông dân tất bật "
    "làm đất, gieo cấy lúa vụ hè thu, tranh thủ nguồn nước từ hồ Pá Khoang.",
    "Theo Phòng Nông nghiệp huyện, toàn huyện phấn đấu gieo cấy hơn 4.500 ha lúa, trong "
    "đó diện tích lúa chất lượng cao chiếm khoảng 60%, tăng so với cùng kỳ năm trước.",
    "Ông Lò Văn Pánh, bản Na Hai, cho biết gia đình ông cấy 1,2 ha giống lúa Bắc thơm "
    "số 7, năng suất cao, được thương lái thu mua ngay tại ruộng.",
]


def page(*, header: str = "", foot: str = "", meta: str = "", jsonld: dict | None = None,
         related: str = "", body_extra: str = "", title: str = TITLE) -> str:
    """A whole article page; the parts under test are given by the caller."""
    ld = ""
    if jsonld is not None:
        ld = f'<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>'
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - Báo Miền Tây Bắc</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Báo Miền Tây Bắc">
<meta property="og:type" content="article">
<meta name="description" content="Những ngày này, trên các cánh đồng của huyện Điện Biên">
{meta}{ld}</head><body>
<div class="top-line"><span class="date-now">Thứ hai, 06/05/2024</span></div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<div class="wrap"><div class="col-main">
 <div class="crumbs"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a></div>
 <div class="bai-viet">
  {header}
  <h1 class="tieu-de">{title}</h1>
  <div class="noi-dung">{paragraphs}{body_extra}</div>
  {foot}
  {related}
 </div>
</div>
<div class="col-phu"><h3>Đọc nhiều</h3><ul>
 <li><a href="/kinh-te/gia-ca-phe-tang-manh-trong-tuan-qua-a12001.html">Giá cà phê tăng mạnh
 trong tuần qua, nông dân phấn khởi</a> <span class="ngay">02/05/2024</span></li>
 <li><a href="/xa-hoi/khai-mac-le-hoi-hoa-ban-nam-2024-a12002.html">Khai mạc Lễ hội Hoa Ban
 năm 2024 tại thành phố Điện Biên Phủ</a> <span class="ngay">01/05/2024</span></li>
</ul></div></div>
<footer><p>Báo Miền Tây Bắc. Tổng biên tập: Nguyễn Văn A. Giấy phép số 123/GP-BTTTT.</p>
</footer></body></html>"""


RELATED_IN_COLUMN = """<div class="cung-doc"><h3>Tin liên quan</h3><ul>
 <li><a href="/thoi-su/khoi-cong-du-an-thuy-loi-nam-rom-a12201.html">Khởi công dự án thủy
 lợi Nậm Rốm giai đoạn 2</a><span class="thoi-gian">12/03/2024 08:15</span></li>
 <li><a href="/thoi-su/ho-tro-giong-lua-cho-nong-dan-vung-cao-a12202.html">Hỗ trợ giống lúa
 cho nông dân vùng cao gặp khó khăn</a><span class="thoi-gian">10/03/2024 16:40</span></li>
</ul></div>"""
META_DATE = ('<meta property="article:published_time" content="2024-04-25T10:30:00+07:00">'
             '<meta property="article:modified_time" content="2024-04-25T15:00:00+07:00">')
JSONLD = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "Báo Miền Tây Bắc", "url": "https://baomoi-tinh.example.vn/"},
    {"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-04-25T10:30:00+07:00",
     "author": {"@type": "Person", "name": "Minh Anh"},
     "publisher": {"@type": "Organization", "name": "Báo Miền Tây Bắc"}}]}


def test_dated_related_list_in_the_article_column_does_not_give_the_date():
    """Nothing names the header's date line; the only "date" classes of the
    article column are in the related list. The meta and JSON-LD minute wins."""
    html = page(meta=META_DATE, jsonld=JSONLD, related=RELATED_IN_COLUMN,
                header='<p class="sub-info">Thứ năm, 25/04/2024 - 10:30</p>')
    article = extract(html, URL)
    assert article.published.isoformat() == "2024-04-25T10:30:00+07:00"
    assert article.published_text == "Thứ năm, 25/04/2024 - 10:30"
    assert "Khởi công dự án thủy lợi" not in article.text


def test_related_list_dates_alone_never_become_the_date():
    """No structured date at all: a related item's date is still not this article's."""
    article = extract(page(related=RELATED_IN_COLUMN), URL)
    assert article.published is None


def test_rule_pointing_at_a_related_item_is_not_followed():
    rules = SiteRules(date_line=(".bai-viet .thoi-gian",))
    article = extract(page(meta=META_DATE, related=RELATED_IN_COLUMN), URL, rules)
    assert article.published.isoformat() == "2024-04-25T10:30:00+07:00"


def test_structured_date_wins_over_a_wrong_rule_and_the_disagreement_is_recorded():
    """The rule's selector matches a printed date of another day (an event box in
    the header); meta and JSON-LD agree on the article's minute."""
    rules = SiteRules(date_line=(".bai-viet .su-kien",))
    header = '<div class="su-kien">Hội nghị diễn ra ngày 08/03/2024</div>'
    article = extract(page(meta=META_DATE, jsonld=JSONLD, header=header), URL, rules)
    assert article.published.isoformat() == "2024-04-25T10:30:00+07:00"
    [dissent] = [d for d in article.disagreements if d["field"] == "published"]
    assert dissent["chosen"] == "2024-04-25T10:30:00+07:00"
    assert dissent["chosen_source"].startswith(("meta:", "jsonld:"))
    assert dissent["other"].startswith("2024-03-08")
    assert dissent["other_source"] == "rule:.bai-viet .su-kien"


def test_rule_agreeing_on_the_day_gives_the_printed_minute():
    rules = SiteRules(date_line=(".bai-viet .dong-thoi-gian",))
    header = '<div class="dong-thoi-gian">08:49 | 25/04/2024</div>'
    article = extract(page(meta=META_DATE, header=header), URL, rules)
    assert article.published.isoformat() == "2024-04-25T08:49:00+07:00"
    assert article.published_text == "08:49 | 25/04/2024"
    assert not [d for d in article.disagreements if d["field"] == "published"]


@pytest.mark.parametrize(("foot", "expected"), [
    ('<p style="text-align:right"><strong>Tin, ảnh: Minh Anh - Quang Huy</strong></p>',
     ["Minh Anh", "Quang Huy"]),
    ('<p class="tac-gia">Hà Thu và Lan Anh</p>', ["Hà Thu", "Lan Anh"]),
    ('<div class="author">Trần Vũ, Ngọc Lan</div>', ["Trần Vũ", "Ngọc Lan"]),
    ('<div class="author">Đức Minh Thời báo Tài chính Việt Nam</div>', ["Đức Minh"]),
    ('<div class="author">Phước Huỳnh phuochuynh@baomoi-tinh.example.vn</div>',
     ["Phước Huỳnh"]),
])
def test_byline_forms(foot, expected):
    assert extract(page(foot=foot), URL).authors == expected


def test_byline_in_header_and_again_after_the_text():
    header = '<div class="info-line"><span class="author">Minh Anh</span></div>'
    body_extra = '<p style="text-align:right"><b>Minh Anh</b></p>'
    article = extract(page(header=header, body_extra=body_extra), URL)
    assert article.authors == ["Minh Anh"]
    assert not article.text.endswith("Minh Anh")


def test_jsonld_person_and_meta_author():
    meta = '<meta name="author" content="Minh Anh">'
    article = extract(page(meta=meta, jsonld=JSONLD), URL)
    assert article.authors == ["Minh Anh"]
    assert {"jsonld:author", "meta:author"} <= set(article.sources["authors"])


@pytest.mark.parametrize("meta", [
    '<meta name="author" content="Báo Miền Tây Bắc">',
    '<meta name="author" content="admin">',
    '<meta name="author" content="bientap@baomoi-tinh.example.vn">',
    '<meta property="article:author" content="https://facebook.com/baomientaybac">',
])
def test_paper_name_cms_account_or_address_is_not_an_author(meta):
    jsonld = {"@type": "NewsArticle", "headline": TITLE,
              "author": {"@type": "Person", "name": "Báo Miền Tây Bắc"}}
    assert extract(page(meta=meta, jsonld=jsonld), URL).authors == []


def test_section_heading_before_the_h1_is_not_the_title():
    """A MasterCMS sister paper prints its section in a heading above the h1;
    the family rule's first match is the section, og:title confirms the h1."""
    html = page().replace(
        '<h1 class="tieu-de">', '<div class="content_detail"><h1 class="cate">Thời sự</h1>'
        '<h1 class="tieu-de">').replace("</h1>\n  <div class=\"noi-dung\"",
                                        "</h1></div>\n  <div class=\"noi-dung\"")
    article = extract(html, URL, MASTERCMS_RULES)
    assert article.title == TITLE


def test_rule_title_that_contradicts_structured_data_loses():
    rules = SiteRules(title=(".crumbs",))
    article = extract(page(jsonld=JSONLD), URL, rules)
    assert article.title == TITLE
    assert [d["other_source"] for d in article.disagreements
            if d["field"] == "title"] == ["rule:.crumbs"]


@pytest.mark.parametrize("line", [
    "Theo dõi Báo Miền Tây Bắc trên Google News",
    "Mời quý độc giả theo dõi các tin tức khác tại Google News",
    "Hãy theo dõi chúng tôi trên Zalo và Facebook để cập nhật tin tức nhanh nhất!",
])
def test_follow_us_line_is_not_in_the_text(line):
    article = extract(page(body_extra=f"<p><em>{line}</em></p>"), URL)
    assert line not in article.text
    assert article.text.endswith(PARAGRAPHS[-1])


def test_sentence_about_following_a_platform_stays():
    sentence = ("Người dân theo dõi thông tin thời tiết trên ứng dụng của Đài Khí tượng "
                "để chủ động lịch gieo cấy.")
    article = extract(page(body_extra=f"<p>{sentence}</p>"), URL)
    assert sentence in article.text


def test_diagnostics_are_not_in_the_stored_record():
    record = extract(page(meta=META_DATE, jsonld=JSONLD), URL).to_record()
    assert not {"published_text", "disagreements", "sources"} & set(record)
