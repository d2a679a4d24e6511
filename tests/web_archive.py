"""A small archive for the web tests and the screenshot script: two papers over
several months, an article that changed (two versions), a stored raw page with
scripts and remote resources, and a title carrying a ``<script>`` tag (crawled
pages are hostile input)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from crawler.extraction.dates import VN_TZ
from crawler.items import Article, Image, Page
from crawler.storage import open_archive
from crawler.storage.archive import compress

HOSTILE_TITLE = 'Điện Biên <script>document.title="pwned"</script> và <b>lễ hội</b>'
CHANGED_URL = "https://baodienbienphu.vn/tin-bai/xa-hoi/dien-bien-don-ban-moi"
HOSTILE_URL = "https://laodongthudo.vn/dien-bien-hostile-1.html"
RAW_PAGE = ("<!doctype html><html><head><title>Trang gốc</title>"
            "<script>document.body.innerHTML='pwned'</script>"
            "<link rel='stylesheet' href='https://baodienbienphu.vn/style.css'></head>"
            "<body><h1>Điện Biên đón bản mới</h1><img src='https://baodienbienphu.vn/a.jpg'>"
            "<p>Trang đã lưu.</p></body></html>")

START = datetime(2024, 1, 10, 8, 0, tzinfo=VN_TZ)
FETCHED = datetime(2026, 11, 1, tzinfo=VN_TZ)
PARAGRAPH = ("Tỉnh Điện Biên tiếp tục đẩy mạnh phát triển kinh tế - xã hội, chăm lo đời sống "
             "người dân vùng cao, xây dựng nông thôn mới và giữ gìn bản sắc văn hóa các dân tộc.")


def web_articles() -> list[Article]:
    """18 articles matching "dien bien" (12 Báo Điện Biên Phủ, 6 Lao Động Thủ Đô) over
    six months, two that do not, and the hostile one."""
    out = []
    for i in range(18):
        site = "baodienbienphu" if i % 3 else "laodongthudo"
        host = "baodienbienphu.vn/tin-bai/xa-hoi" if i % 3 else "laodongthudo.vn"
        out.append(Article(
            url=f"https://{host}/dien-bien-{i}", site=site,
            title=f"Điện Biên: tin số {i} về phát triển vùng cao",
            lead=f"(ĐBP) Bản tin {i} từ Điện Biên.",
            text=f"{PARAGRAPH}\n\nNăm nay Điện Biên đón {1000 + i} lượt khách.\n\n{PARAGRAPH}",
            authors=["Quang Hưng"] if i % 2 else ["Hà Thu"],
            published=START + timedelta(days=11 * i), section="Xã hội" if i % 2 else "Kinh tế",
            tags=["Điện Biên"], language="vi", fetched=FETCHED))
    out.append(Article(url="https://laodongthudo.vn/ha-noi-1.html", site="laodongthudo",
                       title="Hà Nội chỉnh trang vườn hoa", text="Vườn hoa Hà Nội đẹp hơn.",
                       published=START, language="vi", fetched=FETCHED))
    out.append(Article(url="https://laodongthudo.vn/cong-doan-1.html", site="laodongthudo",
                       title="Công đoàn trao quà", text="Công đoàn trao quà cho công nhân.",
                       published=START, language="vi", fetched=FETCHED))
    out.append(Article(url=HOSTILE_URL, site="laodongthudo", title=HOSTILE_TITLE,
                       text="Bài về Điện Biên có <img src=x onerror=alert(1)> trong chữ.",
                       published=START + timedelta(days=3), language="vi", fetched=FETCHED))
    first = Article(url=CHANGED_URL, site="baodienbienphu", title="Điện Biên đón bản mới",
                    lead="Bản mới ở Điện Biên.",
                    text="Đường về bản đã xong.\n\nNgười dân phấn khởi.", authors=["Lò Văn A"],
                    published=START + timedelta(days=40), section="Xã hội",
                    images=[Image("https://baodienbienphu.vn/anh.jpg", "Bản mới")],
                    language="vi", fetched=FETCHED)
    out.append(first)
    return out


def changed_version(article: Article) -> Article:
    return replace(article, title="Điện Biên đón bản mới khang trang",
                   text="Đường về bản đã xong.\n\nNgười dân phấn khởi, đón Tết sớm.",
                   fetched=FETCHED + timedelta(days=1))


def build_web_archive(path: Path) -> Path:
    with open_archive(path, create=True) as archive:
        archive.begin()
        for article in web_articles():
            archive.write_article(article)
        archive.write_article(changed_version(web_articles()[-1]))
        archive.write_page(Page(url=CHANGED_URL, site="baodienbienphu",
                                body=RAW_PAGE.encode(), encoding="utf-8", status=200,
                                fetched=FETCHED, headers={}, compressed=compress(
                                    RAW_PAGE.encode())))
        archive.commit()
    return path
