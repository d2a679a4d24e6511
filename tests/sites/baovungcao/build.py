"""Build the baovungcao.vn fixture: a paper no spider or rule of the project names.

Usage:  python tests/sites/baovungcao/build.py

Báo Vùng Cao is made up for this fixture. Its markup uses class names that
no selector in spiders/ or crawler/extraction/ knows (``vc-*``), so the
paper can only be crawled the way a paper added by its URL is: discovery by
robots.txt, announced feeds and links, and pages judged by their content.

What it serves (host ``baovungcao.vn``):

* ``robots.txt`` with ``Sitemap: https://baovungcao.vn/so-do-bai-viet.xml``
  (a path no guess names): 3 of the 4 articles, with ``lastmod``;
* a home page announcing the feed ``/tin-moi.rss`` (``<link rel=alternate>``):
  2 articles, one of them in no sitemap;
* section ``/xa-hoi/`` (6 teasers, paging to ``/xa-hoi/trang-2/`` which holds
  the only link to the fourth article);
* a topic page ``/chu-de/mua-lu-vung-cao.html``: an article-looking URL,
  marked ``og:type=article`` with a date, but a listing of teasers; it must
  not be stored;
* the paths papers commonly use for feeds (``/rss``, ``/feed``, ...) and
  ``/sitemap.xml`` answer 404 (gone guessed entry points).

Article pages carry a header with the paper's "today" date, a dated "Tin
liên quan" box inside the article column, a byline after the text, reader
comments with dates, a sidebar and a footer.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "baovungcao.vn"
SITE = HERE / HOST
BASE = f"https://{HOST}"
PAPER = "Báo Vùng Cao"

ARTICLES = [
    {
        "path": "/xa-hoi/ban-pa-co-don-dien-luoi-quoc-gia.html",
        "title": "Bản Pa Cò đón điện lưới quốc gia", "tags": ["điện lưới", "Pa Cò"],
        "published": "2024-05-06T09:15:00+07:00", "printed": "09:15 - 06/05/2024",
        "author": "Lò Văn Hùng", "section": "Xã hội",
        "sitemap": True, "feed": True,
        "paragraphs": [
            "Sau nhiều năm thắp đèn dầu, 86 hộ dân bản Pa Cò đã có điện lưới quốc gia "
            "đúng dịp chuẩn bị mùa vụ mới.",
            "Công trình đường dây trung thế dài 7 km được khởi công từ tháng 11 năm ngoái, "
            "vượt qua hai con suối và nhiều đoạn dốc đứng. Công nhân phải dùng ngựa thồ "
            "để chuyển cột điện lên những đoạn xe không thể đi.",
            "Ông Vàng A Chứ, trưởng bản, cho biết bà con đã góp ngày công phát quang hành "
            "lang tuyến. Có điện, nhiều gia đình tính chuyện mua máy xay xát, tủ lạnh để "
            "bảo quản nông sản.",
            "Theo ngành điện, đến cuối năm nay còn 12 bản trong huyện chưa có điện lưới; "
            "các dự án cho những bản này đang được lập hồ sơ.",
        ],
    },
    {
        "path": "/xa-hoi/truong-ban-tru-mo-them-lop-hoc-tieng-dan-toc.html",
        "title": "Trường bán trú mở thêm lớp học tiếng dân tộc", "tags": ["giáo dục", "tiếng Mông"],
        "published": "2024-05-04T15:40:00+07:00", "printed": "15:40 - 04/05/2024",
        "author": "Mùa Thị Dung", "section": "Xã hội",
        "sitemap": True, "feed": False,
        "paragraphs": [
            "Trường phổ thông dân tộc bán trú xã Nậm Khăn mở thêm hai lớp học tiếng Mông "
            "cho học sinh lớp 3 và lớp 4 từ học kỳ tới.",
            "Các lớp học do giáo viên người địa phương đứng lớp, dùng bộ sách song ngữ mới "
            "được biên soạn. Mỗi tuần học sinh có hai tiết, ngoài giờ học chính khóa.",
            "Cô hiệu trưởng Nguyễn Thị Hạnh cho biết phụ huynh rất ủng hộ, nhiều gia đình "
            "mong con em giữ được chữ viết của dân tộc mình.",
        ],
    },
    {
        "path": "/kinh-te/hop-tac-xa-che-shan-tuyet-xuat-lo-dau-tien.html",
        "title": "Hợp tác xã chè Shan tuyết xuất lô hàng đầu tiên", "tags": ["chè Shan tuyết", "xuất khẩu"],
        "published": "2024-05-02T07:05:00+07:00", "printed": "07:05 - 02/05/2024",
        "author": "Giàng Seo Pao", "section": "Kinh tế",
        "sitemap": True, "feed": True,
        "paragraphs": [
            "Hợp tác xã chè Tả Phìn vừa xuất lô hàng 2 tấn chè Shan tuyết đầu tiên sang "
            "thị trường Đài Loan sau ba năm chuẩn bị.",
            "Để đạt chuẩn, các hộ thành viên chuyển sang canh tác hữu cơ, ghi chép nhật "
            "ký vườn chè và hái theo đúng quy trình một tôm hai lá.",
            "Giá thu mua chè búp tươi của hợp tác xã cao hơn thị trường khoảng 20%, giúp "
            "hơn 60 hộ người Dao trong xã có thêm thu nhập ổn định.",
        ],
    },
    {
        "path": "/xa-hoi/mo-duong-len-dinh-phu-sang.html",
        "title": "Mở đường lên đỉnh Phù Sang", "tags": ["giao thông nông thôn"],
        "published": "2024-04-28T18:20:00+07:00", "printed": "18:20 - 28/04/2024",
        "author": "Quàng Văn Thiết", "section": "Xã hội",
        "sitemap": False, "feed": False,  # linked only from /xa-hoi/trang-2/
        "paragraphs": [
            "Con đường bê tông dài 4,5 km nối trung tâm xã với ba bản trên đỉnh Phù Sang "
            "đã được khởi công, với kinh phí gần 9 tỷ đồng.",
            "Trước đây, mùa mưa học sinh trên bản phải nghỉ học nhiều ngày vì đường trơn "
            "trượt. Người dân hiến gần 3.000 mét vuông đất để mở rộng nền đường.",
            "Công trình dự kiến hoàn thành trước mùa mưa năm sau.",
        ],
    },
]
RELATED = [  # dated items of "Tin liên quan": never the article's own date
    ("/xa-hoi/le-hoi-xuong-dong-2023.html", "Lễ hội xuống đồng năm 2023", "12/02/2023"),
    ("/xa-hoi/cau-treo-ban-hin.html", "Khánh thành cầu treo bản Hin", "30/12/2023"),
]
TOPIC_PATH = "/chu-de/mua-lu-vung-cao.html"
SECTIONS = [("xa-hoi", "Xã hội"), ("kinh-te", "Kinh tế"), ("van-hoa", "Văn hóa")]


def e(text: str) -> str:
    return html.escape(text, quote=True)


def head(title: str, url: str, og_type: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(title)} - {PAPER}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{PAPER}">
<meta property="og:title" content="{e(title)}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="{og_type}">
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/tin-moi.rss">
<link rel="stylesheet" href="/giao-dien/vc.css">
{extra}<script>window.vcCfg = {{"site": "vungcao", "ads": true}};</script>
</head>
<body class="vc-trang">
"""


def top() -> str:
    menu = "".join(f'<li><a href="/{k}/">{e(n)}</a></li>' for k, n in SECTIONS)
    return f"""<div class="vc-dau">
  <div class="vc-ngay">Thứ hai, 20/05/2024</div>
  <a class="vc-logo" href="/"><img src="/giao-dien/logo.png" alt="{PAPER}"></a>
  <ul class="vc-menu"><li><a href="/">Trang chủ</a></li>{menu}</ul>
</div>
"""


def bottom() -> str:
    return f"""<div class="vc-cuoi">
  <p>{PAPER} - Cơ quan của Đảng bộ tỉnh. Giấy phép số 12/GP-BTTTT cấp ngày 01/02/2022.</p>
  <p>Địa chỉ: số 5 đường Trần Phú, thành phố Vùng Cao. Điện thoại: 0214.123.456.</p>
  <p><a href="/lien-he">Liên hệ</a> | <a href="/tin-moi.rss">RSS</a></p>
</div>
<script src="/giao-dien/vc.js"></script>
</body>
</html>
"""


def side() -> str:
    items = "".join(f'<li><a href="{a["path"]}">{e(a["title"])}</a></li>' for a in ARTICLES[:3])
    return f"""<div class="vc-ben">
  <div class="vc-hop"><b>Đọc nhiều</b><ul>{items}</ul></div>
  <div class="vc-qc"><a href="/qc/1"><img src="/qc/banner.jpg" alt="Quảng cáo"></a></div>
</div>
"""


def modified(a: dict) -> str:
    """Each article was corrected 25 minutes after it went out."""
    hour, minute = int(a["published"][11:13]), int(a["published"][14:16]) + 25
    hour, minute = hour + minute // 60, minute % 60
    return f"{a['published'][:11]}{hour:02d}:{minute:02d}{a['published'][16:]}"


def article_page(a: dict) -> str:
    url = BASE + a["path"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"], "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": PAPER}, "mainEntityOfPage": url,
          "keywords": ", ".join(a["tags"])}
    extra = (f'<meta name="description" content="{e(a["paragraphs"][0])}">\n'
             f'<meta name="keywords" content="{e(", ".join(a["tags"]))}">\n'
             f'<meta property="article:published_time" content="{a["published"]}">\n'
             f'<meta property="article:modified_time" content="{modified(a)}">\n'
             f'<meta property="article:section" content="{e(a["section"])}">\n'
             '<script type="application/ld+json">'
             f'{json.dumps(ld, ensure_ascii=False)}</script>\n')
    # The first paragraph, set in bold, is the sapo.
    paras = "\n".join(f"    <p><strong>{e(p)}</strong></p>" if i == 0 else f"    <p>{e(p)}</p>"
                      for i, p in enumerate(a["paragraphs"]))
    tags = " ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(a["tags"]))
    related = "".join(f'<li><a href="{p}">{e(t)}</a> <span class="vc-gio">{d}</span></li>'
                      for p, t, d in RELATED)
    comments = """<div class="vc-ykien">
  <b>Ý kiến bạn đọc (2)</b>
  <div class="vc-yk"><b>Thào A Sình</b> <span>21/05/2024 08:12</span><p>Mừng cho bà con quá.</p></div>
  <div class="vc-yk"><b>Lan Anh</b> <span>21/05/2024 09:40</span><p>Mong sớm làm tiếp các bản khác.</p></div>
  <form action="/gui-y-kien" method="post"><textarea name="nd"></textarea><button>Gửi ý kiến</button></form>
</div>
"""
    return (head(a["title"], url, "article", extra) + top() + f"""<div class="vc-khung">
<div class="vc-cot">
  <div class="vc-duong"><a href="/">Trang chủ</a> › <a href="/{a['path'].split('/')[1]}/">{e(a['section'])}</a></div>
  <h1 class="vc-tieude">{e(a['title'])}</h1>
  <div class="vc-thoigian">{a['printed']}</div>
  <div class="vc-chu">
{paras}
    <div class="vc-lienquan"><b>Tin liên quan</b><ul>{related}</ul></div>
    <p class="vc-tacgia"><b>{e(a['author'])}</b></p>
  </div>
  <div class="vc-tukhoa">Từ khóa: {tags}</div>
  <div class="vc-chiase"><a href="https://facebook.com/sharer?u={url}">Chia sẻ</a></div>
{comments}</div>
{side()}</div>
""" + bottom())


def teaser(a: dict) -> str:
    return (f'<div class="vc-muc"><h3><a href="{a["path"]}">{e(a["title"])}</a></h3>'
            f'<span class="vc-gio">{a["printed"]}</span>'
            f'<p>{e(a["paragraphs"][0][:150])}</p></div>\n')


FILLERS = [  # teasers of older articles, as a section page shows them (not served)
    {"path": f"/xa-hoi/tin-cu-so-{n}.html", "title": f"Tin cũ của chuyên mục xã hội số {n}",
     "printed": f"0{n}:00 - 1{n}/03/2024",
     "paragraphs": ["Một bản tin cũ, ngắn, chỉ để trang chuyên mục có đủ mục tin."]}
    for n in range(1, 5)
]


def listing(title: str, url: str, items: list[dict], next_path: str | None,
            og_type: str = "website", extra: str = "") -> str:
    paging = f'<div class="vc-trang-so"><a href="{next_path}">Trang sau</a></div>' \
        if next_path else ""
    return (head(title, url, og_type, extra) + top() + f"""<div class="vc-khung">
<div class="vc-cot">
  <h1 class="vc-chuyenmuc">{e(title)}</h1>
  {"".join(teaser(a) for a in items)}  {paging}
</div>
{side()}</div>
""" + bottom())


def home() -> str:
    items = "".join(teaser(a) for a in ARTICLES[:3])
    return (head(PAPER, BASE + "/", "website") + top() + f"""<div class="vc-khung">
<div class="vc-cot">
  <div class="vc-noibat">{items}</div>
  <div class="vc-chude"><a href="{TOPIC_PATH}">Chủ đề: Mùa lũ vùng cao</a></div>
</div>
{side()}</div>
""" + bottom())


def rss() -> str:
    items = "".join(
        f"<item><title>{e(a['title'])}</title><link>{BASE}{a['path']}</link>"
        f"<pubDate>{a['published']}</pubDate></item>" for a in ARTICLES if a["feed"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{PAPER}</title><link>{BASE}/</link>{items}</channel></rss>\n")


def sitemap() -> str:
    urls = "".join(f"<url><loc>{BASE}{a['path']}</loc><lastmod>{a['published']}</lastmod></url>"
                   for a in ARTICLES if a["sitemap"])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')


def expected(a: dict) -> dict:
    return {"url": BASE + a["path"], "title": a["title"], "authors": [a["author"]],
            "published": a["published"], "section": a["section"],
            "modified": modified(a), "lead": a["paragraphs"][0], "tags": a["tags"],
            "text": "\n\n".join(a["paragraphs"]), "images": [], "language": "vi"}


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    files = {
        "robots.txt": f"User-agent: *\nDisallow: /gui-y-kien\n\n"
                      f"Sitemap: {BASE}/so-do-bai-viet.xml\n",
        "index.html": home(),
        "tin-moi.rss": rss(),
        "so-do-bai-viet.xml": sitemap(),
        "xa-hoi/index.html": listing("Xã hội", BASE + "/xa-hoi/",
                                     [ARTICLES[0], ARTICLES[1], *FILLERS], "/xa-hoi/trang-2/"),
        "xa-hoi/trang-2/index.html": listing("Xã hội - trang 2", BASE + "/xa-hoi/trang-2/",
                                             [ARTICLES[3], *FILLERS[:2]], None),
        "kinh-te/index.html": listing("Kinh tế", BASE + "/kinh-te/", [ARTICLES[2]], None),
        "van-hoa/index.html": listing("Văn hóa", BASE + "/van-hoa/", [], None),
        TOPIC_PATH.lstrip("/"): listing(
            "Chủ đề: Mùa lũ vùng cao", BASE + TOPIC_PATH, [*ARTICLES, *FILLERS], None, "article",
            '<meta property="article:published_time" content="2024-05-07T06:00:00+07:00">\n'),
    }
    for a in ARTICLES:
        files[a["path"].lstrip("/")] = article_page(a)
    for name, text in files.items():
        path = SITE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (HERE / "expected.json").write_text(
        json.dumps([expected(a) for a in ARTICLES], ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    fixture = {"add": BASE + "/", "name": "vungcao", "title": PAPER,
               "not_articles": [BASE + TOPIC_PATH, BASE + "/xa-hoi/", BASE + "/xa-hoi/trang-2/"],
               "dead_entry_points": [BASE + p for p in ("/sitemap.xml", "/rss", "/feed")]}
    (HERE / "fixture.json").write_text(json.dumps(fixture, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
