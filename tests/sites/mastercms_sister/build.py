#!/usr/bin/env python3
"""Render "Báo Thời Đại Mới" (baothoidaimoi.vn), an invented MasterCMS sister paper.

Usage:  python tests/sites/mastercms_sister/build.py

Stdlib only, deterministic and idempotent: deletes and rewrites ``baothoidaimoi.vn/``,
``expected.json`` and ``fixture.json`` next to this script. The paper and all text
are invented. It is added by URL and must be recognised as MasterCMS from the
page itself (the engine's markers: ``__MASTERCMS_CONTENT``, ``__MB_MASTERCMS_EL``,
``MASTERCMS_TPL_TABLE``, ``img.__img_mastercms``, ``/stores/news_dataimages/``,
``/apicenter@/``, ``__MB_ARTICLE_A``), as real MasterCMS pages are. Traps: the
section name in an ``h1`` before the title, the byline only in the article foot and
in ``article:author``, a "follow us on Google News" line in the content column,
and a ``(TĐM) -`` prefix on the lead. See README.md.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
# The records extraction must give (tests/test_extraction_pages.py checks them exactly).
EXPECTED_FILE = "expected.json"
HOST = "baothoidaimoi.vn"
SITE = "https://" + HOST
PAPER = "Báo Thời Đại Mới"
TZ = timezone(timedelta(hours=7))
SAVED = datetime(2024, 7, 15, 8, 30)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
GNEWS = "https://news.google.com/publications/CAAqLAgKIiZDQklTRmdnTWFoSUtFR0poYjNSb2IybGtZV2x0YjJrdWRtNG9BQVAB?hl=vi"

SECTIONS = [("thoi-su", "Thời sự"), ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"),
            ("quoc-te", "Quốc tế"), ("van-hoa", "Văn hóa")]
SECTION_NAME = dict(SECTIONS)
DEAD = ["/sitemap_site_1.xml", "/rss_feed/thoi-su", "/rss_feed/kinh-te", "/feed"]

# foot: ("plain", text) a foot byline paragraph | ("glued", name) name + the paper's name in
#   two spans | ("sign", text) right-aligned signature as the content's last paragraph
# meta_author: <meta property="article:author"> content, or None (absent)
# follow_inside: the Google News follow line is the content div's last paragraph (else after it)
ARTICLES = [
    dict(key="mua-bao", id=210311, sec="thoi-su", pub="2024-07-08 07:20", mod="2024-07-08 07:20",
         slug="nhieu-dia-phuong-chu-dong-ung-pho-mua-mua-bao-nam-2024",
         title="Nhiều địa phương chủ động ứng phó mùa mưa bão năm 2024",
         sapo="(TĐM) - Trước dự báo mùa mưa bão năm nay có thể diễn biến phức tạp, nhiều tỉnh miền Trung và miền núi phía Bắc đã rà soát phương án, chuẩn bị lực lượng, vật tư theo phương châm “bốn tại chỗ”.",
         foot=("plain", "Đức Minh"), authors=["Đức Minh"], meta_author="Đức Minh", follow_inside=True,
         tags=["mưa bão", "phòng chống thiên tai"],
         body=[
             ("p", "Theo cơ quan khí tượng, từ nay đến cuối năm có thể xuất hiện khoảng 10 - 12 cơn bão và áp thấp nhiệt đới trên Biển Đông, trong đó 5 - 6 cơn ảnh hưởng trực tiếp đến đất liền. Mưa lớn, lũ quét, sạt lở đất có nguy cơ xảy ra nhiều hơn ở khu vực miền núi."),
             ("tbl", "ung-pho-mua-bao-20240708071855.jpg", "Lực lượng chức năng diễn tập cứu hộ tại một địa phương miền Trung."),
             ("p", "Nhiều địa phương đã hoàn thành việc kiểm tra hệ thống đê điều, hồ đập trước mùa mưa; lập danh sách các hộ dân sống ở vùng có nguy cơ sạt lở cao để chủ động di dời khi cần thiết. Các huyện miền núi bố trí lương thực, thuốc men dự phòng tại các xã thường bị chia cắt."),
             ("rel", ["tinh-nguyen", "chuyen-doi-so"]),
             ("p", "Cơ quan chỉ đạo phòng chống thiên tai đề nghị các địa phương tăng cường tuyên truyền để người dân không chủ quan, tuyệt đối không qua ngầm, tràn khi nước chảy xiết và không đánh bắt cá, vớt củi trên sông suối khi có lũ."),
         ]),
    dict(key="rau-qua", id=210356, sec="kinh-te", pub="2024-07-09 10:45", mod="2024-07-09 11:20",
         slug="xuat-khau-rau-qua-6-thang-tang-manh",
         title="Xuất khẩu rau quả 6 tháng tăng mạnh",
         sapo="(TĐM) - Nhờ nhu cầu từ các thị trường lớn phục hồi, kim ngạch xuất khẩu rau quả 6 tháng đầu năm tăng mạnh so với cùng kỳ, trong đó sầu riêng, chuối và thanh long là những mặt hàng chủ lực.",
         foot=("glued", "Hoàng Yến"), authors=["Hoàng Yến"], meta_author="Hoàng Yến " + PAPER,
         follow_inside=False, tags=["xuất khẩu", "rau quả", "sầu riêng"],
         body=[
             ("p", "Các doanh nghiệp cho biết, đơn hàng xuất khẩu tăng đều từ đầu năm, nhất là sang các thị trường châu Á. Nhiều vùng trồng đã được cấp mã số, đáp ứng yêu cầu truy xuất nguồn gốc của nước nhập khẩu."),
             ("h3", "Chú trọng chất lượng và thương hiệu"),
             ("p", "Tuy nhiên, giới chuyên gia lưu ý tình trạng phát triển diện tích ồ ạt, chạy theo giá có thể dẫn tới dư cung. Bên cạnh đó, các thị trường ngày càng siết chặt quy định về dư lượng thuốc bảo vệ thực vật, đòi hỏi người trồng và doanh nghiệp phải tuân thủ nghiêm ngặt."),
             ("fig", "xuat-khau-rau-qua-20240709104512.jpg", "Đóng gói sầu riêng xuất khẩu tại một doanh nghiệp."),
             ("p", "Hiệp hội ngành hàng khuyến nghị doanh nghiệp đầu tư công nghệ bảo quản, chế biến sâu để giảm áp lực tiêu thụ quả tươi vào chính vụ, đồng thời xây dựng thương hiệu cho các sản phẩm chủ lực."),
         ]),
    dict(key="tinh-nguyen", id=210402, sec="xa-hoi", pub="2024-07-10 14:25", mod="2024-07-10 14:25",
         slug="tinh-nguyen-vien-mua-he-xanh-ve-voi-ban-vung-cao",
         title="Tình nguyện viên mùa hè xanh về với bản vùng cao",
         sapo="(TĐM) - Hơn 200 sinh viên tình nguyện của các trường đại học đã có mặt tại các bản vùng cao, bắt đầu chiến dịch Mùa hè xanh với nhiều công trình, phần việc thiết thực.",
         foot=("plain", "Thanh Hà - Văn Toàn"), authors=["Thanh Hà", "Văn Toàn"], meta_author="Thanh Hà, Văn Toàn",
         follow_inside=True, tags=["Mùa hè xanh", "sinh viên tình nguyện"],
         body=[
             ("p", "Trong một tháng, các đội hình sẽ làm đường bê tông, sửa chữa phòng học, mở lớp dạy tiếng Việt và kỹ năng sống cho trẻ em, hướng dẫn người dân sử dụng dịch vụ công trực tuyến."),
             ("div", "Những ngày đầu, các bạn sinh viên phải làm quen với điều kiện sinh hoạt thiếu thốn: nước phải gánh từ khe suối, sóng điện thoại chập chờn. Nhưng sự đón tiếp nồng hậu của bà con đã giúp các bạn nhanh chóng hòa nhập."),
             ("tbl", "mua-he-xanh-ban-vung-cao-20240710142530.jpg", "Sinh viên tình nguyện cùng người dân làm đường vào bản."),
             ("p", "Em Nguyễn Thu Trang, sinh viên năm ba chia sẻ, đây là lần đầu em tham gia chiến dịch. “Được góp một phần nhỏ sức mình cho bản làng, em thấy mình trưởng thành hơn rất nhiều”, Trang nói."),
         ]),
    dict(key="asean", id=210447, sec="quoc-te", pub="2024-07-11 09:05", mod="2024-07-11 09:40",
         slug="dien-dan-thanh-nien-asean-ban-ve-ky-nang-so",
         title="Diễn đàn thanh niên ASEAN bàn về kỹ năng số",
         sapo="(TĐM) - Diễn đàn thanh niên ASEAN năm 2024 với chủ đề “Kỹ năng số cho tương lai” đã quy tụ hơn 300 đại biểu trẻ đến từ 10 nước thành viên và Timor-Leste.",
         foot=("plain", "Minh Châu"), authors=["Minh Châu"], meta_author="Minh Châu",
         follow_inside=False, tags=["ASEAN", "thanh niên", "kỹ năng số"],
         body=[
             ("p", "Tại các phiên thảo luận, đại biểu chia sẻ kinh nghiệm đào tạo kỹ năng số cho thanh niên nông thôn, khởi nghiệp trên nền tảng thương mại điện tử và bảo đảm an toàn thông tin cá nhân trên mạng xã hội."),
             ("p", "Nhiều ý kiến cho rằng khoảng cách số giữa thành thị và nông thôn vẫn còn lớn. Các nước cần tăng đầu tư hạ tầng viễn thông và có chương trình học bổng, đào tạo ngắn hạn dành riêng cho thanh niên vùng khó khăn."),
             ("fig", "dien-dan-thanh-nien-asean-20240711090518.jpg", "Các đại biểu trẻ tham dự diễn đàn."),
             ("p", "Kết thúc diễn đàn, các đại biểu thông qua tuyên bố chung, cam kết thúc đẩy mạng lưới chia sẻ tài nguyên học tập số miễn phí giữa các tổ chức thanh niên trong khu vực."),
         ]),
    dict(key="cau-mua", id=210489, sec="van-hoa", pub="2024-07-12 16:40", mod="2024-07-12 16:40",
         slug="phuc-dung-le-hoi-cau-mua-cua-nguoi-tay",
         title="Phục dựng lễ hội cầu mùa của người Tày",
         sapo="(TĐM) - Lễ hội cầu mùa của đồng bào Tày vừa được phục dựng tại một xã vùng cao, thu hút đông đảo người dân và du khách đến tham dự.",
         foot=("sign", "Tin, ảnh: Lộc Văn"), authors=["Lộc Văn"], meta_author="Lộc Văn",
         follow_inside=True, tags=[],
         body=[
             ("p", "Lễ hội gồm phần lễ và phần hội. Phần lễ do các thầy Then thực hiện với nghi thức dâng lễ vật, cầu cho mưa thuận gió hòa, mùa màng bội thu, bản làng bình yên. Phần hội có các trò chơi dân gian như ném còn, kéo co, đẩy gậy."),
             ("tbl", "le-hoi-cau-mua-nguoi-tay-20240712164022.jpg", "Nghi thức dâng lễ trong lễ hội cầu mùa."),
             ("p", "Theo các nghệ nhân, lễ hội từng bị mai một trong nhiều năm. Việc phục dựng dựa trên lời kể của các cụ cao niên và tư liệu do ngành văn hóa sưu tầm, ghi chép."),
             ("p", "Chính quyền địa phương cho biết sẽ tổ chức lễ hội định kỳ hằng năm, gắn với phát triển du lịch cộng đồng, giúp người dân có thêm thu nhập từ dịch vụ lưu trú, ẩm thực."),
         ]),
    dict(key="chuyen-doi-so", id=210533, sec="kinh-te", pub="2024-07-13 20:15", mod="2024-07-14 08:05",
         slug="doanh-nghiep-nho-tang-toc-chuyen-doi-so",
         title="Doanh nghiệp nhỏ tăng tốc chuyển đổi số",
         sapo="(TĐM) - Không còn là lựa chọn, chuyển đổi số đang trở thành yêu cầu sống còn với các doanh nghiệp nhỏ và vừa trong bối cảnh cạnh tranh ngày càng gay gắt.",
         foot=("plain", "Phương Thảo và Tuấn Anh"), authors=["Phương Thảo", "Tuấn Anh"], meta_author=None,
         follow_inside=False, tags=["chuyển đổi số", "doanh nghiệp nhỏ và vừa"],
         body=[
             ("p", "Khảo sát mới đây cho thấy, hơn một nửa doanh nghiệp nhỏ và vừa đã sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng qua các sàn thương mại điện tử. Tuy nhiên, số doanh nghiệp ứng dụng công nghệ vào quản trị sản xuất còn rất ít."),
             ("p", "Chi phí đầu tư, thiếu nhân lực công nghệ và tâm lý ngại thay đổi là những rào cản lớn nhất. Nhiều chủ doanh nghiệp thừa nhận chưa biết bắt đầu từ đâu và lo ngại rủi ro khi dữ liệu được đưa lên môi trường số."),
             ("fig", "doanh-nghiep-chuyen-doi-so-20240713201502.jpg", "Nhân viên một doanh nghiệp nhỏ quản lý đơn hàng trên phần mềm."),
             ("p", "Các chuyên gia khuyên doanh nghiệp nên bắt đầu từ những khâu đơn giản, mang lại hiệu quả ngay như quản lý bán hàng, chăm sóc khách hàng, rồi từng bước mở rộng sang quản trị tổng thể."),
         ]),
]
BY_KEY = {a["key"]: a for a in ARTICLES}
NEWEST = sorted(ARTICLES, key=lambda a: a["id"], reverse=True)
FEED_KEYS = [a["key"] for a in NEWEST[:5]]


def dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(s: str) -> str:
    return dt(s).replace(tzinfo=TZ).isoformat()


def rfc822(s: str) -> str:
    d = dt(s)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


def printed(s: str) -> str:
    d = dt(s)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y | %H:%M}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def slugify(t: str) -> str:
    table = str.maketrans("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return re.sub(r"[^a-z0-9]+", "-", t.lower().translate(table)).strip("-")


def url_of(a: dict) -> str:
    return f"{SITE}/{a['slug']}-{a['id']}.html"


def tag_url(t: str) -> str:
    return f"{SITE}/tag/{slugify(t)}-{5000 + 3 * len(t)}.tag"


def img_url(a: dict, name: str) -> str:
    d = dt(a["pub"])
    return f"{SITE}/stores/news_dataimages/2024/{d:%m%Y}/{d:%d}/{d:%H}/in_article/{name}"


def images(a: dict) -> list[tuple[str, str | None]]:
    return [(img_url(a, b[1]), b[2]) for b in a["body"] if b[0] in ("tbl", "fig")]


def thumb(a: dict) -> str:
    return images(a)[0][0].replace("/in_article/", "/croped/thumbnail/")


def header_html() -> str:
    d = SAVED
    nav = "".join(f'<li><a href="{SITE}/{s}" title="{esc(n)}">{esc(n)}</a></li>' for s, n in SECTIONS)
    return f"""<div class="__MB_ADS_ZONE ads_top" data-zone="1"></div>
<div class="header_top"><div class="container"><span class="date_now">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}</span>
<a href="{SITE}/rss_feed/" class="rss">RSS</a> <a href="{SITE}/lien-he.html">Liên hệ</a></div></div>
<header class="header"><div class="container"><a class="logo" href="{SITE}/" title="{PAPER}"><img src="{SITE}/modules/frontend/themes/thoidaimoi/images/logo.png" alt="{PAPER}"></a></div>
<nav class="main_menu"><div class="container"><ul><li class="home"><a href="{SITE}/">Trang chủ</a></li>{nav}</ul></div></nav></header>"""


def footer_html() -> str:
    return f"""<footer class="footer"><div class="container">
<p><strong>{PAPER.upper()}</strong> - Cơ quan ngôn luận của Hiệp hội Doanh nghiệp trẻ Thời Đại</p>
<p>Tổng Biên tập: Nguyễn Thành Trung. Tòa soạn: 18 Phố Mới, Hà Nội. Email: toasoan@baothoidaimoi.vn</p>
<p>Giấy phép số 999/GP-BTTTT. Bản quyền thuộc {PAPER}.</p>
</div></footer>
<script src="{SITE}/modules/frontend/themes/thoidaimoi/js/main.js?v=1.2"></script>
<script>var MASTERCMS_SITE_ID = 1; var __MB_API = "{SITE}/apicenter@/";</script>"""


def inline_related(keys: list[str]) -> str:
    rows = "".join(f'<tr><td><a href="{url_of(BY_KEY[k])}" title="{esc(BY_KEY[k]["title"])}">{esc(BY_KEY[k]["title"])}</a></td></tr>'
                   for k in keys)
    return (f'<table class="__MB_ARTICLE_A" align="left" style="width: 40%;"><tbody>'
            f'<tr><td><strong>Tin liên quan</strong></td></tr>{rows}</tbody></table>')


def follow_line() -> str:
    return f'<em>Theo dõi {PAPER} trên <a href="{GNEWS}" target="_blank" rel="nofollow">Google News</a></em>'


def body_html(a: dict) -> str:
    out = []
    for b in a["body"]:
        if b[0] == "p":
            out.append(f"<p>{b[1]}</p>")
        elif b[0] == "div":
            out.append(f'<div class="__MB_MASTERCMS_EL">{b[1]}</div>')
        elif b[0] == "h3":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "tbl":
            out.append(f'<table class="MASTERCMS_TPL_TABLE" align="center" style="width: 100%;"><tbody><tr><td>'
                       f'<img class="__img_mastercms" src="{img_url(a, b[1])}" alt="{esc(a["title"])}" title="{esc(a["title"])}"></td></tr>'
                       f'<tr><td style="text-align: center;"><em>{esc(b[2])}</em></td></tr></tbody></table>')
        elif b[0] == "fig":
            out.append(f'<figure class="__MB_FIGURE"><img class="__img_mastercms" src="{img_url(a, b[1])}" alt="{esc(a["title"])}">'
                       f'<figcaption>{esc(b[2])}</figcaption></figure>')
        elif b[0] == "rel":
            out.append(inline_related(b[1]))
    kind, text = a["foot"]
    if kind == "sign":
        out.append(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')
    if a["follow_inside"]:
        out.append(f'<p class="follow_gnews">{follow_line()}</p>')
    return "\n".join(out)


def foot_html(a: dict) -> str:
    kind, text = a["foot"]
    if kind == "plain":
        inner = f'<p class="author_detail" style="text-align: right;"><strong>{esc(text)}</strong></p>'
    elif kind == "glued":
        inner = (f'<div class="author_detail"><span class="author_name">{esc(text)}</span>'
                 f'<span class="author_org">{PAPER}</span></div>')
    else:
        inner = ""
    follow = "" if a["follow_inside"] else f'<div class="follow_gnews">{follow_line()}</div>'
    return f'<div class="detail_foot">{inner}{follow}</div>'


def jsonld(a: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a["sapo"], "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(a)},
            "image": {"@type": "ImageObject", "url": thumb(a)},
            "datePublished": iso(a["pub"]), "dateModified": iso(a["mod"]),
            "author": {"@type": "Organization", "name": PAPER},
            "publisher": {"@type": "Organization", "name": PAPER}}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": SITE + "/", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": f"{SITE}/{a['sec']}", "name": SECTION_NAME[a["sec"]]}}]}
    return (f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>\n'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')


def article_page(a: dict) -> str:
    url, sec = url_of(a), SECTION_NAME[a["sec"]]
    metas = [
        f'<meta name="description" content="{esc(a["sapo"])}">',
        f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}">',
        f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{PAPER}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["sapo"])}">',
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{thumb(a)}">',
        f'<meta property="article:published_time" content="{iso(a["pub"])}">',
        f'<meta property="article:modified_time" content="{iso(a["mod"])}">',
        f'<meta property="article:section" content="{esc(sec)}">',
        f'<meta property="article:author" content="{esc(a["meta_author"])}">' if a["meta_author"] else "",
    ]
    tags = ""
    if a["tags"]:
        tags = '<div class="tags_detail"><span>Tags:</span> ' + ", ".join(
            f'<a href="{tag_url(t)}" title="{esc(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>"
    others = [x for x in NEWEST if x is not a][:4]
    other_html = "".join(f'<li><a href="{url_of(x)}"><img src="{thumb(x)}" alt="{esc(x["title"])}"></a>'
                         f'<h3><a href="{url_of(x)}">{esc(x["title"])}</a></h3><span class="time">{dt(x["pub"]):%d/%m/%Y %H:%M}</span></li>'
                         for x in others)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | {PAPER}</title>
{chr(10).join(m for m in metas if m)}
<link rel="alternate" type="application/rss+xml" title="{PAPER}" href="{SITE}/rss_feed/">
<link rel="stylesheet" href="{SITE}/modules/frontend/themes/thoidaimoi/css/style.css?v=1.2">
{jsonld(a)}
</head>
<body>
<!--BEGIN: MasterCMS-->
{header_html()}
<div class="container main_detail"><div class="row">
<div class="col-md-8 col_detail">
<div class="cate_detail"><h1 class="cate_name"><a href="{SITE}/{a["sec"]}" title="{esc(sec)}">{esc(sec)}</a></h1></div>
<div class="detail_article" id="__MB_ARTICLE_{a["id"]}">
<h1 class="title_detail">{esc(a["title"])}</h1>
<div class="info_detail"><span class="time_detail">{printed(a["pub"])}</span>
<a class="print" href="{SITE}/apicenter@/print_article&amp;i={a["id"]}" rel="nofollow">In bài</a>
<div class="share_detail"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u={url}" rel="nofollow">Zalo</a></div></div>
<div class="sapo_detail">{esc(a["sapo"])}</div>
<div class="content_detail __MASTERCMS_CONTENT __MB_CONTENT_{a["id"]}">
{body_html(a)}
</div>
{foot_html(a)}
{tags}
<div class="box_comment"><div class="title_comment">Bình luận (0)</div><form action="{SITE}/apicenter@/comment_post" method="post"><textarea name="content" placeholder="Nội dung bình luận"></textarea><input name="name" placeholder="Họ tên"><input name="email" placeholder="Email"><button type="button">Gửi bình luận</button></form></div>
<div class="box_other"><div class="title_box">Tin khác</div><ul>{other_html}</ul></div>
</div>
</div>
<div class="col-md-4 col_right"><div class="box_hot"><div class="title_box">Đọc nhiều</div><ul>{other_html}</ul></div>
<div class="__MB_ADS_ZONE" data-zone="7"></div></div>
</div></div>
{footer_html()}
<!--END: MasterCMS-->
</body>
</html>
"""


def listing_page(title: str, canonical: str, items: list[dict]) -> str:
    body = "".join(f'<div class="list_news"><a class="thumb" href="{url_of(a)}"><img src="{thumb(a)}" alt=""></a>'
                   f'<div class="list_news_title"><h2><a href="{url_of(a)}">{esc(a["title"])}</a></h2><p>{esc(a["sapo"])}</p></div></div>'
                   for a in items)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<meta property="og:type" content="website"><link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" title="{PAPER}" href="{SITE}/rss_feed/"></head>
<body>
<!--BEGIN: MasterCMS-->
{header_html()}
<div class="container"><div class="col_category"><h1 class="cate_name">{esc(title)}</h1>{body}</div></div>
{footer_html()}
<!--END: MasterCMS-->
</body></html>
"""


def feed() -> str:
    items = "".join(f"""
<item><title><![CDATA[{a["title"]}]]></title><link>{url_of(a)}</link><guid>{url_of(a)}</guid>
<description><![CDATA[{a["sapo"]}]]></description><pubDate>{rfc822(a["pub"])}</pubDate></item>"""
                    for a in (BY_KEY[k] for k in FEED_KEYS))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{PAPER}</title><link>{SITE}/</link><description>Tin mới nhất</description>
<language>vi</language>{items}
</channel></rss>
"""


def expected_of(a: dict) -> dict:
    blocks = [a["sapo"]] + [plain(b[1]) for b in a["body"] if b[0] in ("p", "div", "h3")]
    return {"url": url_of(a), "title": a["title"], "lead": a["sapo"], "text": "\n\n".join(blocks),
            "authors": a["authors"], "published": iso(a["pub"]), "modified": iso(a["mod"]),
            "section": SECTION_NAME[a["sec"]], "tags": a["tags"],
            "images": [{"url": u, "caption": c} for u, c in images(a)], "language": "vi"}


def write(path: str, text: str) -> None:
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path: str, obj: object) -> None:
    write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def build() -> None:
    shutil.rmtree(os.path.join(HERE, HOST), ignore_errors=True)
    h = HOST + "/"
    write(h + "robots.txt", f"User-agent: *\nDisallow: /apicenter@/\n\nSitemap: {SITE}/sitemap.xml\n")
    write(h + "sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{SITE}/sitemaparticles-site-1.xml</loc><lastmod>{iso(NEWEST[0]["mod"])}</lastmod></sitemap>
</sitemapindex>
""")
    rows = "".join(f"\n<url><loc>{url_of(a)}</loc><lastmod>{iso(a['mod'])}</lastmod></url>" for a in NEWEST)
    write(h + "sitemaparticles-site-1.xml",
          f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</urlset>\n')
    write(h + "index.html", listing_page(f"{PAPER} - Tin tức thời sự", SITE + "/", NEWEST))
    write(h + "_feeds/home.rss", feed())
    rss = {"file": "_feeds/home.rss", "content_type": "application/rss+xml; charset=utf-8"}
    write_json(h + "_routes.json", {"/rss_feed/": rss, "/rss_feed": rss})
    for s, n in SECTIONS:
        write(f"{h}{s}/index.html", listing_page(n, f"{SITE}/{s}", [a for a in NEWEST if a["sec"] == s]))
    for t in sorted({t for a in ARTICLES for t in a["tags"]}):
        write(h + tag_url(t).removeprefix(SITE + "/"), listing_page(f"Tags: {t}", tag_url(t), [a for a in NEWEST if t in a["tags"]]))
    write(h + "lien-he.html", listing_page("Liên hệ", SITE + "/lien-he.html", []))
    for a in ARTICLES:
        write(h + url_of(a).removeprefix(SITE + "/"), article_page(a))
    write_json(EXPECTED_FILE, [expected_of(a) for a in sorted(ARTICLES, key=lambda a: a["id"])])
    write_json("fixture.json", {
        "expected": EXPECTED_FILE,
        "add": SITE + "/", "name": "thoidaimoi", "title": PAPER,
        "hosts": [HOST],
        "cms": "mastercms",
        "articles": len(ARTICLES),
        "not_articles": [SITE + "/", f"{SITE}/kinh-te", tag_url("xuất khẩu")],
        "dead_entry_points": [SITE + p for p in DEAD],
        "note": "Recognise MasterCMS from the page; the h1.cate_name before the title holds the "
                "section, never the title; authors come from the article foot / article:author.",
    })


if __name__ == "__main__":
    build()
