#!/usr/bin/env python3
"""Generate the generic-rule extraction test pages: <name>.html + <name>.json.

Every page is an invented Vietnamese regional paper (hosts under
.example.vn) in the shape of a CMS our generic rules were not tuned for.
The HTML body and the expected JSON are rendered from the same data, so the
expected text is exact: ``text`` = the lead once, then every kept body block,
joined by a blank line.  Boxes, captions, bylines and widgets are rendered
through ``Body.drop`` / ``Body.image`` so that they land in the HTML but not
in the expected text (and their strings in ``must_not_contain``).

Standard library only.  Run:  python tests/pages/generic/build.py
Then check with:               python tests/pages/generic/check.py [--extract]
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
PAGES: list[str] = []


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def att(text: str) -> str:
    return _html.escape(text, quote=True)


def slug(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


class Body:
    """The article body as rendered HTML chunks plus what must come out of it."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.chunks: list[str] = []
        self.texts: list[str] = []
        self.images: list[dict] = []
        self.bad: list[str] = []

    def raw(self, h: str) -> None:
        self.chunks.append(h)

    def keep(self, h: str, *texts: str) -> None:
        self.chunks.append(h)
        self.texts.extend(texts)

    def drop(self, h: str, *bad: str) -> None:
        self.chunks.append(h)
        self.bad.extend(bad)

    def p(self, text: str, attrs: str = "") -> None:
        self.keep(f"<p{attrs}>{esc(text)}</p>", text)

    def h(self, tag: str, text: str, attrs: str = "") -> None:
        self.keep(f"<{tag}{attrs}>{esc(text)}</{tag}>", text)

    def bold(self, text: str, attrs: str = "", tag: str = "strong") -> None:
        self.keep(f"<p{attrs}><{tag}>{esc(text)}</{tag}></p>", text)

    def ul(self, items: list[str], tag: str = "ul", attrs: str = "") -> None:
        lis = "\n".join(f"  <li>{esc(i)}</li>" for i in items)
        self.keep(f"<{tag}{attrs}>\n{lis}\n</{tag}>", *items)

    def image(self, h: str, src: str, caption: str | None) -> None:
        self.chunks.append(h)
        self.images.append({"url": urljoin(self.base, src), "caption": caption})
        if caption:
            self.bad.append(caption)

    @property
    def html(self) -> str:
        return "\n".join(self.chunks)


def write(name: str, *, url: str, title: str, lead: str | None, body: Body,
          authors: list[str], published: str, modified: str | None, page: str,
          rules: list[str], bad: tuple[str, ...] = (), images: list[dict] | None = None,
          nfd: bool = False) -> None:
    texts = ([lead] if lead else []) + body.texts
    expected = {
        "url": url,
        "title": title,
        "lead": lead,
        "text": "\n\n".join(texts),
        "authors": authors,
        "published": published,
        "modified": modified,
        "images": (images or []) + body.images,
        "must_not_contain": list(dict.fromkeys([*body.bad, *bad])),
        "rules": rules,
    }
    if nfd:
        page = unicodedata.normalize("NFD", page)
    (HERE / f"{name}.html").write_text(page, encoding="utf-8")
    (HERE / f"{name}.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    PAGES.append(name)


def ld(obj: dict) -> str:
    return ('<script type="application/ld+json">\n'
            + json.dumps(obj, ensure_ascii=False, indent=2) + "\n</script>")


def og(url: str, title: str, desc: str, image: str, site: str, kind: str = "article") -> str:
    return "\n".join([
        f'<meta property="og:type" content="{kind}" />',
        f'<meta property="og:site_name" content="{att(site)}" />',
        f'<meta property="og:url" content="{att(url)}" />',
        f'<meta property="og:title" content="{att(title)}" />',
        f'<meta property="og:description" content="{att(desc)}" />',
        f'<meta property="og:image" content="{att(image)}" />',
        '<meta property="og:image:width" content="1200" />',
        '<meta property="og:image:height" content="630" />',
        '<meta property="og:locale" content="vi_VN" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        f'<meta name="twitter:title" content="{att(title)}" />',
        f'<meta name="twitter:description" content="{att(desc)}" />',
        f'<meta name="twitter:image" content="{att(image)}" />',
    ])


# Headlines of other stories: sidebars, menus of "most read", related boxes.
POOL = [
    "Tỉnh phấn đấu hoàn thành 1.500 km đường giao thông nông thôn trong năm nay",
    "Khởi công dự án nâng cấp tuyến đê biển dài 12 km",
    "Hơn 3.000 lao động được giới thiệu việc làm tại phiên giao dịch tháng 5",
    "Giá lúa tăng nhẹ, nông dân phấn khởi thu hoạch vụ hè thu",
    "Trường học vùng cao chuẩn bị cho năm học mới",
    "Phát hiện nhiều cơ sở kinh doanh thực phẩm không rõ nguồn gốc",
    "Bệnh viện đa khoa tỉnh đưa vào sử dụng máy chụp cộng hưởng từ mới",
    "Ngư dân trúng đậm cá cơm đầu mùa",
    "Đình làng Phú Xuân được xếp hạng di tích lịch sử cấp quốc gia",
    "Đội bóng chuyền nữ của tỉnh giành quyền vào chung kết giải hạng A",
    "Người dân hiến hơn 5.000 m² đất mở rộng đường liên xã",
    "Triển khai thanh toán không dùng tiền mặt tại các chợ truyền thống",
    "Công an huyện triệt xóa đường dây đánh bạc qua mạng",
    "Mưa lớn gây sạt lở nhiều tuyến đường miền núi",
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp",
    "Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã",
    "Thành phố ra mắt tuyến xe buýt điện đầu tiên",
    "Bảo đảm nguồn điện phục vụ sản xuất trong mùa nắng nóng",
    "Học sinh của tỉnh giành 6 giải tại kỳ thi học sinh giỏi quốc gia",
    "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    "Khai mạc giải chạy việt dã vì sức khỏe cộng đồng",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "Chuyển đổi đất lúa kém hiệu quả sang trồng cây ăn trái",
    "Tăng cường tuần tra, xử lý xe quá tải trên quốc lộ",
    "Cảnh báo chiêu lừa đảo mạo danh cơ quan thuế",
    "Hơn 200 đơn vị máu được tiếp nhận trong ngày hội hiến máu",
    "Sửa chữa, nâng cấp hồ chứa nước trước mùa mưa lũ",
    "Trao 150 suất học bổng cho học sinh nghèo vượt khó",
    "Làng nghề bánh tráng tất bật vào vụ Tết",
    "Ra quân làm sạch bãi biển, giảm thiểu rác thải nhựa",
    "Kỳ họp thứ 12 HĐND tỉnh xem xét nhiều nghị quyết quan trọng",
    "Diễn tập phòng thủ khu vực năm 2024 đạt kết quả tốt",
    "Doanh nghiệp nhỏ tiếp cận gói vay ưu đãi lãi suất",
    "Xây dựng mô hình xã nông thôn mới kiểu mẫu",
    "Phát động cuộc thi sáng tác ảnh về quê hương",
    "Tổ chức tiêm vắc xin sởi cho trẻ em vùng nguy cơ cao",
    "Hàng nghìn người tham dự lễ hội đua ghe truyền thống",
    "Cấp đổi giấy chứng nhận quyền sử dụng đất trực tuyến",
    "Công bố quy hoạch phân khu trung tâm hành chính mới",
    "Ngành điện lắp đặt 500 cột đèn năng lượng mặt trời cho vùng sâu",
    "Thương binh, gia đình liệt sĩ được thăm hỏi, tặng quà",
    "Trạm bơm dã chiến cứu lúa hè thu",
    "Hội thi tuyên truyền pháp luật về an toàn giao thông",
    "Xuất khẩu thủy sản tăng trưởng hai con số",
    "Khánh thành nhà văn hóa cộng đồng tránh bão",
    "Thúc đẩy chuyển đổi số trong các cơ quan nhà nước",
    "Hội Nông dân hỗ trợ hội viên vay vốn phát triển kinh tế",
    "Đón đoàn khách quốc tế đầu tiên bằng đường biển",
]


def pool(start: int, count: int) -> list[str]:
    return [POOL[(start + i) % len(POOL)] for i in range(count)]


def link_list(host: str, titles: list[str], section: str, ul_cls: str = "",
              li_cls: str = "", ext: str = ".html", start_id: int = 10000) -> str:
    items = "\n".join(
        f'  <li{f" class={chr(34)}{li_cls}{chr(34)}" if li_cls else ""}><a href="https://{host}/'
        f'{section}/{slug(t)}-{start_id + 37 * i}{ext}" title="{att(t)}">{esc(t)}</a></li>'
        for i, t in enumerate(titles))
    cls = f' class="{ul_cls}"' if ul_cls else ""
    return f"<ul{cls}>\n{items}\n</ul>"


def menu(host: str, items: list[str], ul_cls: str, li_cls: str = "", ext: str = "") -> str:
    lis = "\n".join(
        f'    <li{f" class={chr(34)}{li_cls}{chr(34)}" if li_cls else ""}>'
        f'<a href="https://{host}/{slug(i)}{ext}">{esc(i)}</a></li>' for i in items)
    return f'<ul class="{ul_cls}">\n{lis}\n</ul>'


GTAG = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE%s"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-EXAMPLE%s');
</script>"""


def gtag(code: str) -> str:
    return GTAG % (code, code)


ADS = """<script>
  (function () {
    var zones = document.querySelectorAll('[data-adzone]');
    for (var i = 0; i < zones.length; i++) {
      var z = zones[i];
      z.setAttribute('data-loaded', '1');
    }
  })();
</script>"""

MENU_COMMON = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa",
               "Giáo dục", "Y tế", "Thể thao", "Du lịch", "Nông nghiệp", "Quốc tế",
               "Bạn đọc", "Video", "Ảnh"]


SITEMAP = {
    "Thời sự": ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh", "Đối ngoại"],
    "Kinh tế": ["Nông nghiệp", "Công nghiệp", "Đầu tư", "Thị trường", "Doanh nghiệp"],
    "Xã hội": ["Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường", "Giao thông"],
    "Pháp luật": ["An ninh trật tự", "Bạn đọc", "Tư vấn pháp luật"],
    "Văn hóa": ["Văn học nghệ thuật", "Du lịch", "Lễ hội", "Di sản"],
    "Thể thao": ["Bóng đá", "Thể thao phong trào", "Thể thao quốc tế"],
    "Đa phương tiện": ["Video", "Ảnh", "Infographic", "Podcast", "E-magazine"],
}


def sitemap(host: str, cls: str = "footer-sitemap") -> str:
    """The footer's list of every section and sub-section (most papers have one)."""
    cols = "\n".join(
        f'  <div class="{cls}__col"><a class="{cls}__head" href="https://{host}/{slug(k)}">'
        f'{esc(k)}</a>' + "".join(
            f'<a href="https://{host}/{slug(k)}/{slug(s)}">{esc(s)}</a>' for s in v) + "</div>"
        for k, v in SITEMAP.items())
    return f'<div class="{cls}">\n{cols}\n</div>'


def media_box(host: str, titles: list[str], cls: str = "box-media") -> str:
    """A sidebar box of videos / photo stories with thumbnails."""
    items = "\n".join(
        f'  <div class="{cls}__item"><a href="https://{host}/video/{slug(t)}-v{700 + i}.html">'
        f'<img src="https://{host}/thumbs/video/{slug(t)[:28]}.jpg" alt="" width="300" height="169">'
        f'<span class="{cls}__icon">▶</span></a><a class="{cls}__name" '
        f'href="https://{host}/video/{slug(t)}-v{700 + i}.html">{esc(t)}</a></div>'
        for i, t in enumerate(titles))
    return f'<div class="{cls}">\n  <div class="{cls}__title">Video</div>\n{items}\n</div>'


# ---------------------------------------------------------------------------
# A. WordPress theme: Báo Sông Hậu
# ---------------------------------------------------------------------------
def page_songhau() -> None:
    host = "songhau.example.vn"
    url = f"https://{host}/2024/04/25/nha-vuon-trung-mua-sau-rieng-nghich-vu/"
    site = "Báo Sông Hậu"
    title = "Nhà vườn trúng mùa sầu riêng nghịch vụ, thương lái đến tận vườn thu mua"
    lead = ("Những ngày cuối tháng 4, nhiều nhà vườn ở huyện Phong Điền bước vào vụ thu hoạch "
            "sầu riêng nghịch vụ với năng suất cao, giá bán ổn định ở mức 85.000–95.000 đồng/kg, "
            "mang lại nguồn thu nhập đáng kể sau thời gian dài đầu tư chăm sóc.")
    up = f"https://{host}/wp-content/uploads/2024/04/"
    b = Body(url)
    b.p("Gia đình ông Nguyễn Văn Hai ở ấp Nhơn Lộc 2, xã Tân Thới có 1,2 ha sầu riêng Ri6 đang "
        "cho trái. Năm nay, ông xử lý cho cây ra hoa sớm hơn khoảng hai tháng để thu hoạch vào "
        "thời điểm trái cây chính vụ ở miền Đông chưa vào mùa.")
    b.p("“Từ đầu vụ tới giờ tôi đã cắt được hơn 14 tấn, thương lái vô tận vườn cân, trả tiền mặt "
        "luôn. Trừ chi phí phân thuốc, công xử lý ra hoa, mỗi công đất còn lời khoảng 120 triệu "
        "đồng”, ông Hai cho biết.")
    cap1 = "Nông dân xã Tân Thới thu hoạch sầu riêng nghịch vụ cuối tháng 4/2024."
    b.image(
        f'<figure id="attachment_18760" aria-describedby="caption-attachment-18760" '
        f'style="width: 800px" class="wp-caption aligncenter"><img loading="lazy" '
        f'decoding="async" class="size-full wp-image-18760" src="{up}sau-rieng-nghich-vu-1.jpg" '
        f'alt="" width="800" height="533" srcset="{up}sau-rieng-nghich-vu-1.jpg 800w, '
        f'{up}sau-rieng-nghich-vu-1-300x200.jpg 300w, {up}sau-rieng-nghich-vu-1-768x512.jpg 768w" '
        f'sizes="(max-width: 800px) 100vw, 800px" /><figcaption id="caption-attachment-18760" '
        f'class="wp-caption-text">{esc(cap1)}</figcaption></figure>',
        f"{up}sau-rieng-nghich-vu-1.jpg", cap1)
    b.p("Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có hơn 2.300 ha "
        "sầu riêng, trong đó khoảng 40% diện tích được nông dân xử lý cho trái nghịch vụ. Sản "
        "lượng dự kiến năm nay đạt trên 30.000 tấn, tăng gần 15% so với năm trước.")
    rel = ["Giá sầu riêng Ri6 tăng mạnh đầu mùa",
           "Cấp thêm 12 mã số vùng trồng sầu riêng xuất khẩu",
           "Kinh nghiệm xử lý ra hoa sầu riêng trái vụ"]
    b.drop('<h3><strong>Tin liên quan</strong></h3>\n<ul>\n' + "\n".join(
        f'<li><a href="https://{host}/2024/0{3 + i}/1{i}/{slug(t)}/">{esc(t)}</a></li>'
        for i, t in enumerate(rel)) + "\n</ul>", *rel)
    b.p("Bên cạnh thị trường nội địa, nhiều hợp tác xã đã liên kết với doanh nghiệp đóng gói để "
        "xuất khẩu chính ngạch. Hợp tác xã Sầu riêng Tân Thới hiện có 35 thành viên với 48 ha "
        "được cấp mã số vùng trồng, toàn bộ sản lượng đạt chuẩn được doanh nghiệp bao tiêu.")
    t1 = ("Anh Lê Minh Trí, Giám đốc hợp tác xã, cho biết doanh nghiệp yêu cầu nghiêm ngặt về "
          "nhật ký canh tác và dư lượng thuốc bảo vệ thực vật. Thông tin về quy trình cấp mã số "
          "vùng trồng được đăng tải trên ")
    t2 = "chuyên trang nông nghiệp"
    t3 = " của báo để bà con tiện tra cứu."
    b.keep(f'<p>{esc(t1)}<a href="https://{host}/chuyen-muc/nong-nghiep/">{esc(t2)}</a>'
           f'{esc(t3)}</p>', t1 + t2 + t3)
    cap2 = "Trái sầu riêng được phân loại, đóng thùng tại điểm thu mua của hợp tác xã."
    b.image(
        f'<figure id="attachment_18761" aria-describedby="caption-attachment-18761" '
        f'style="width: 800px" class="wp-caption aligncenter"><img loading="lazy" '
        f'decoding="async" class="size-full wp-image-18761" src="{up}sau-rieng-nghich-vu-2.jpg" '
        f'alt="Sầu riêng đóng thùng" width="800" height="533" /><figcaption '
        f'id="caption-attachment-18761" class="wp-caption-text">{esc(cap2)}</figcaption></figure>',
        f"{up}sau-rieng-nghich-vu-2.jpg", cap2)
    b.p("Tuy nhiên, ngành nông nghiệp khuyến cáo nông dân không nên chạy theo phong trào xử lý "
        "nghịch vụ trên toàn bộ diện tích. Việc ép cây ra hoa liên tục khiến cây suy kiệt, dễ "
        "nhiễm bệnh xì mủ và giảm tuổi thọ vườn.")
    b.p("Ông Phạm Quốc Việt, Phó Trưởng phòng Nông nghiệp huyện, khuyến cáo bà con chỉ nên xử lý "
        "trên những cây khỏe, đủ tuổi, đồng thời bón phân hữu cơ, tưới nước hợp lý để phục hồi "
        "cây sau thu hoạch. Huyện cũng đang phối hợp với các viện nghiên cứu mở lớp tập huấn về "
        "quy trình canh tác bền vững.")
    b.drop('<p style="text-align: right;"><strong>Trần Vũ</strong></p>', "Trần Vũ")
    b.drop('<ins class="adsbygoogle" style="display:block; text-align:center;" '
           'data-ad-layout="in-article" data-ad-format="fluid" '
           'data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>\n'
           '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')
    b.drop("""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank"><span>X</span></a></li>
<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="#print" target="_blank"><span>In bài</span></a></li>
<li class="share-end"></li></ul></div></div></div>""", "Chia sẻ:", "In bài")

    tags = ["Phong Điền", "nhà vườn", "xuất khẩu chính ngạch"]
    desc = lead
    img = f"{up}sau-rieng-nghich-vu-1.jpg"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article",
         "isPartOf": {"@id": url},
         "author": {"name": site, "@id": f"https://{host}/#/schema/person/5f1e2d"},
         "headline": title, "datePublished": "2024-04-25T10:30:00+07:00",
         "dateModified": "2024-04-25T15:12:00+07:00", "wordCount": 512,
         "publisher": {"@id": f"https://{host}/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": img,
         "keywords": tags, "articleSection": ["Kinh tế"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title + " - " + site,
         "isPartOf": {"@id": f"https://{host}/#website"},
         "datePublished": "2024-04-25T03:30:00+00:00", "dateModified": "2024-04-25T08:12:00+00:00",
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"https://{host}/"},
            {"@type": "ListItem", "position": 2, "name": "Kinh tế",
             "item": f"https://{host}/chuyen-muc/kinh-te/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "Organization", "@id": f"https://{host}/#organization", "name": site,
         "url": f"https://{host}/",
         "logo": {"@type": "ImageObject", "url": f"https://{host}/wp-content/uploads/logo.png"}},
        {"@type": "Person", "@id": f"https://{host}/#/schema/person/5f1e2d", "name": site,
         "url": f"https://{host}/author/bao-song-hau/"}]}
    comments = """<div id="comments" class="comments-area">
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
    <form action="https://songhau.example.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
      <p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
      <p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
      <p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
      <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p>
    </form>
  </div>
</div>"""
    side = pool(0, 7)
    newer = pool(7, 5)
    page = f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{esc(title)} - {esc(site)}</title>
<meta name="description" content="{att(desc)}" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{url}" />
{og(url, title, desc, img, site)}
<meta property="article:publisher" content="https://www.facebook.com/baosonghau.example" />
<meta property="article:published_time" content="2024-04-25T03:30:00+00:00" />
<meta property="article:modified_time" content="2024-04-25T08:12:00+00:00" />
<meta name="author" content="{site}" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="{site}" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" />
<meta name="twitter:data2" content="3 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng thông tin" href="https://{host}/feed/" />
<link rel="stylesheet" id="wp-block-library-css" href="https://{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all" />
<link rel="stylesheet" id="songhau-style-css" href="https://{host}/wp-content/themes/songhau/style.css?ver=2.4.1" media="all" />
<link rel="stylesheet" id="jetpack-sharing-css" href="https://{host}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.3" media="all" />
<script src="https://{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://{host}/wp-json/" />
<link rel="alternate" type="application/json" href="https://{host}/wp-json/wp/v2/posts/18754" />
<link rel="shortlink" href="https://{host}/?p=18754" />
{gtag("SH1")}
</head>
<body class="post-template-default single single-post postid-18754 single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
  <div class="top-bar"><div class="container">
    <span class="hotline">Đường dây nóng: 0292 3 800 800</span>
    <a href="https://{host}/lien-he/">Liên hệ quảng cáo</a>
  </div></div>
  <div class="site-branding container">
    <p class="site-title"><a href="https://{host}/" rel="home"><img src="https://{host}/wp-content/uploads/logo.png" alt="{site}" width="320" height="80" /></a></p>
    <p class="site-description">Tin tức vùng đồng bằng sông Cửu Long</p>
  </div>
  <nav id="site-navigation" class="main-navigation">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <div class="menu-main-menu-container">{menu(host, MENU_COMMON, "menu", "menu-item menu-item-type-taxonomy", "/")}</div>
  </nav>
</header>
<div id="content" class="site-content container">
<main id="primary" class="site-main">
  <div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span><a href="https://{host}/">Trang chủ</a></span> » <span><a href="https://{host}/chuyen-muc/kinh-te/">Kinh tế</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(title)}</span></div>
  <article id="post-18754" class="post-18754 post type-post status-publish format-standard has-post-thumbnail hentry category-kinh-te">
    <header class="entry-header">
      <span class="cat-links"><a href="https://{host}/chuyen-muc/kinh-te/" rel="category tag">Kinh tế</a></span>
      <h1 class="entry-title">{esc(title)}</h1>
      <div class="entry-meta">
        <span class="posted-on"><time class="entry-date published" datetime="2024-04-25T10:30:00+07:00">Thứ năm, 25/04/2024 10:30</time><time class="updated" datetime="2024-04-25T15:12:00+07:00" style="display:none">25/04/2024 15:12</time></span>
        <span class="byline"> Đăng bởi <span class="author vcard"><a class="url fn n" href="https://{host}/author/bao-song-hau/">{site}</a></span></span>
      </div>
    </header>
    <h2 class="sapo">{esc(lead)}</h2>
    <div class="entry-content">
{b.html}
    </div><!-- .entry-content -->
    <footer class="entry-footer">
      <span class="tags-links">Từ khóa: {", ".join(f'<a href="https://{host}/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)}</span>
    </footer>
  </article>
  <section class="related-posts">
    <h2 class="section-title">Có thể bạn quan tâm</h2>
    {link_list(host, newer, "2024/04", "related-list")}
  </section>
  {comments}
</main>
<aside id="secondary" class="widget-area">
  <section id="recent-posts-2" class="widget widget_recent_entries">
    <h2 class="widget-title">Tin mới nhất</h2>
    {link_list(host, side, "2024/04")}
  </section>
  <section id="custom_html-3" class="widget widget_custom_html"><div class="textwidget custom-html-widget"><a href="https://{host}/dat-bao/"><img src="https://{host}/wp-content/uploads/banner-dat-bao.jpg" alt="Đặt báo in" width="300" height="250" /></a></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="container">
    <p><strong>{site}</strong> – Cơ quan của Tỉnh ủy (giấy phép hoạt động báo điện tử số 00/GP-BTTTT, cấp ngày 01/01/2020).</p>
    <p>Tổng Biên tập: Nguyễn Văn An. Địa chỉ: 01 Đường Hòa Bình, phường Tân An. Điện thoại: 0292 3 800 800. Email: toasoan@{host}</p>
    <p>© Ghi rõ nguồn “{site}” khi phát hành lại thông tin từ website này.</p>
  </div>
</footer>
</div>
<script src="https://{host}/wp-content/themes/songhau/js/navigation.js?ver=2.4.1" id="songhau-navigation-js"></script>
<script id="sharing-js-js-extra">var sharing_js_options = {{"lang":"vi","counts":"1","is_stats_active":"1"}};</script>
<script src="https://{host}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.3" id="sharing-js-js"></script>
{ADS}
</body>
</html>
"""
    write("songhau_wp_sau_rieng", url=url, title=title, lead=lead, body=b,
          authors=["Trần Vũ"], published="2024-04-25T10:30:00+07:00",
          modified="2024-04-25T15:12:00+07:00", page=page,
          bad=("Tin liên quan", "Có thể bạn quan tâm", "Để lại bình luận", newer[0], side[0],
               "Đăng bởi"),
          rules=["1+ related box by heading inside the body: <h3>Tin liên quan</h3> + <ul> of links",
                 "1- a normal paragraph with one inline link (chuyên trang nông nghiệp) is kept",
                 "2+ figcaption (WordPress wp-caption figures)",
                 "3+ trailing byline: right-aligned bold name 'Trần Vũ'",
                 "6+ Jetpack share bar inside entry-content, ad slot, tags footer, WP comment form",
                 "7+ visible form 'Thứ năm, 25/04/2024 10:30' (time after the date); meta in UTC",
                 "8+ JSON-LD author and meta author are the site's name ('Báo Sông Hậu'); byline names a person",
                 "4+ sapo in h2.sapo outside the body, once at the head of text"])




# ---------------------------------------------------------------------------
# B. Custom PHP CMS laid out with tables: Báo Bắc Trung
# ---------------------------------------------------------------------------
def page_bactrung() -> None:
    host = "bactrung.example.vn"
    url = f"https://{host}/news.php?id=52174&cat=3"
    site = "Báo Bắc Trung"
    title = "Khánh thành cầu treo Bản Phùng, hơn 600 hộ dân hết cảnh lội suối"
    lead = ("Sáng 6/8, UBND huyện Sơn Lĩnh phối hợp với Quỹ Thiện nguyện Sông Mã tổ chức khánh "
            "thành và đưa vào sử dụng cầu treo Bản Phùng, xã Trung Phìn. Công trình có tổng kinh "
            "phí hơn 3,2 tỷ đồng, giúp người dân bốn bản đi lại an toàn trong mùa mưa lũ.")
    b = Body(url)

    def table_img(src: str, cap: str) -> None:
        b.image(f"""<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" width="500">
<tbody>
<tr><td><img src="{src}" width="500" height="333" border="0" alt="" /></td></tr>
<tr><td class="chuthich" align="center"><span style="font-size: 9pt; color: #555555">{esc(cap)}</span></td></tr>
</tbody>
</table>""", src, cap)

    b.p("Cầu treo Bản Phùng dài 84 m, rộng 1,8 m, tải trọng 1,5 tấn, được khởi công từ tháng "
        "3/2021. Cầu bắc qua suối Nậm Pừa, nối trung tâm xã Trung Phìn với các bản Phùng, Pá Hộc, "
        "Sa Ná và Na Khà.", ' align="justify"')
    b.p("Trước đây, mỗi khi mùa mưa đến, nước suối dâng cao, người dân các bản phải đi vòng hơn "
        "12 km đường đèo hoặc liều mình lội qua suối. Nhiều học sinh phải nghỉ học dài ngày vì "
        "không thể đến trường.", ' align="justify"')
    table_img("/uploads/news/2021/08/06/cau-treo-ban-phung-1.jpg",
              "Người dân bản Phùng đi qua cầu treo mới trong ngày khánh thành.")
    b.p("“Năm nào lũ về bản cũng bị cô lập cả tuần, có người đau ốm không đưa ra trạm xá được. "
        "Giờ có cầu rồi, bà con mừng lắm, đi chợ, đi làm nương đều thuận tiện”, ông Lò Văn "
        "Thanh, Trưởng bản Phùng chia sẻ.", ' align="justify"')
    b.p("Phát biểu tại buổi lễ, ông Hà Văn Dũng, Phó Chủ tịch UBND huyện, ghi nhận sự chung tay "
        "của các nhà hảo tâm và đề nghị chính quyền xã xây dựng quy chế quản lý, bảo trì cầu, "
        "thường xuyên kiểm tra an toàn trước mùa mưa bão.", ' align="justify"')
    table_img("/uploads/news/2021/08/06/cau-treo-ban-phung-2.jpg",
              "Lãnh đạo huyện và đại diện nhà tài trợ cắt băng khánh thành công trình.")
    b.p("Từ năm 2018 đến nay, huyện Sơn Lĩnh đã xây dựng mới 27 cầu treo, cầu dân sinh từ nhiều "
        "nguồn vốn. Tuy nhiên, trên địa bàn vẫn còn khoảng 15 điểm qua suối chưa có cầu, cần tiếp "
        "tục được đầu tư trong thời gian tới.", ' align="justify"')
    b.drop('<p align="right"><b>Tin, ảnh: P.Y</b></p>', "Tin, ảnh: P.Y")

    others = pool(12, 6)
    other_rows = "\n".join(
        f'<tr><td class="tinkhac" valign="top"><img src="/images/arrow.gif" width="7" height="7" '
        f'alt="" /> <a href="news.php?id={52100 + 9 * i}&amp;cat=3" class="link_tinkhac">{esc(t)}</a>'
        f' <span class="ngay_tinkhac">(0{1 + i % 5}/08/2021)</span></td></tr>'
        for i, t in enumerate(others))
    topmenu = "\n".join(
        f'<td class="menu_top" nowrap="nowrap"><a href="index.php?cat={i + 1}" class="link_menu">'
        f'{esc(m)}</a></td><td width="1"><img src="/images/sep.gif" width="1" height="28" alt="" /></td>'
        for i, m in enumerate(MENU_COMMON[:11]))
    most = "\n".join(f'<tr><td class="docnhieu"><a href="news.php?id={51900 + 13 * i}&amp;cat='
                     f'{1 + i % 7}">{esc(t)}</a></td></tr>' for i, t in enumerate(pool(20, 7)))
    desc = lead
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {site}</title>
<meta name="keywords" content="cầu treo, Sơn Lĩnh, Trung Phìn, cầu dân sinh">
<meta name="description" content="{att(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{att(title)}">
<meta property="og:description" content="{att(desc)}">
<meta property="og:url" content="{att(url)}">
<meta property="og:image" content="https://{host}/uploads/news/2021/08/06/cau-treo-ban-phung-1.jpg">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2021-08-06T00:00:00+07:00">
<link rel="canonical" href="{att(url)}">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/function.js"></script>
<script type="text/javascript">
function printArticle(id) {{ window.open('print.php?id=' + id, 'print', 'width=700,height=600,scrollbars=yes'); }}
function sendMail(id) {{ window.open('sendmail.php?id=' + id, 'mail', 'width=500,height=400'); }}
</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E9EEF2">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr>
  <td height="120" background="/images/banner_bg.jpg"><a href="index.php"><img src="/images/logo.png" width="420" height="110" border="0" alt="{site}"></a></td>
</tr>
<tr>
  <td><table border="0" cellpadding="0" cellspacing="0" class="tbl_menu"><tr>
<td class="menu_top"><a href="index.php" class="link_menu">Trang chủ</a></td>
{topmenu}
  </tr></table></td>
</tr>
<tr><td class="marquee_bg"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2023) ... Hưởng ứng Ngày pháp luật Việt Nam ...</marquee></td></tr>
<tr>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="680" valign="top" style="padding: 8px">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="duongdan"><a href="index.php">Trang chủ</a> &gt;&gt; <a href="index.php?cat=3">Kinh tế</a> &gt;&gt; <a href="index.php?cat=31">Nông thôn mới</a></td></tr>
  <tr><td class="tieude"><h1 class="tieude_tin">{esc(title)}</h1></td></tr>
  <tr><td class="ngaygio">08:49 | 06/08/2021</td></tr>
  <tr><td class="tomtat"><b>{esc(lead)}</b></td></tr>
  <tr><td class="noidung" id="noidung" valign="top">
{b.html}
  </td></tr>
  <tr><td class="congcu" align="right"><a href="javascript:printArticle(52174)"><img src="/images/print.gif" border="0" alt=""> In bài</a> &nbsp; <a href="javascript:sendMail(52174)"><img src="/images/email.gif" border="0" alt=""> Gửi email</a> &nbsp; <a href="javascript:history.back()">Trở về</a></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top: 10px">
  <tr><td class="tieude_box">Các tin khác</td></tr>
{other_rows}
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="4" style="margin-top: 10px" class="ykien">
  <tr><td class="tieude_box">Ý kiến bạn đọc</td></tr>
  <tr><td><form name="frmYKien" method="post" action="ykien.php?id=52174">Họ tên: <input type="text" name="hoten" size="30"><br>Email: <input type="text" name="email" size="30"><br>Nội dung:<br><textarea name="noidung" cols="60" rows="5"></textarea><br><input type="submit" value="Gửi ý kiến"></form></td></tr>
  </table>
</td>
<td width="280" valign="top" style="padding: 8px; border-left: 1px solid #DDDDDD">
  <table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="tieude_box">Đọc nhiều nhất</td></tr>
{most}
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="3" style="margin-top: 10px">
  <tr><td class="tieude_box">Liên kết website</td></tr>
  <tr><td><select name="lienket" onchange="window.open(this.value)"><option value="">--- Chọn liên kết ---</option><option value="https://cong-thong-tin.example.vn">Cổng thông tin điện tử tỉnh</option><option value="https://truyenhinh.example.vn">Đài Phát thanh - Truyền hình tỉnh</option></select></td></tr>
  <tr><td align="center"><a href="quangcao.php?id=3"><img src="/uploads/qc/qc_right_1.gif" width="260" height="180" border="0" alt="Quảng cáo"></a></td></tr>
  </table>
</td>
</tr>
</table>
</td>
</tr>
<tr><td class="footer" align="center">
<b>{site.upper()} ĐIỆN TỬ</b><br>
Giấy phép số 00/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/3/2012<br>
Tổng biên tập: Lê Đình Sơn - Phó Tổng biên tập: Trịnh Thị Mai<br>
Tòa soạn: Số 25 Đại lộ Lê Lợi, thành phố - Điện thoại: (0237) 3 852 000 - Fax: (0237) 3 852 001<br>
Ghi rõ nguồn "{site}" khi phát hành lại thông tin từ website này.
</td></tr>
</table>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-0000000-1']);
_gaq.push(['_trackPageview']);
(function() {{
var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
}})();
</script>
</body>
</html>
"""
    write("bactrung_php_table_cau_treo", url=url, title=title, lead=lead, body=b,
          authors=["P.Y"], published="2021-08-06T08:49:00+07:00", modified=None, page=page,
          bad=("Các tin khác", "Ý kiến bạn đọc", "In bài", "Gửi email", others[0], "Trở về"),
          rules=["2+ captions in an image table: image in row 1, caption in row 2",
                 "3+ 'Tin, ảnh: P.Y' byline, right-aligned bold -> authors ['P.Y']",
                 "4+ sapo in td.tomtat (a class no generic LEAD selector knows; equals og:description)",
                 "5+ body container td.noidung unknown to the generic BODY selectors",
                 "7+ visible form '08:49 | 06/08/2021' (time BEFORE the date)",
                 "7+ meta article:published_time says 00:00 (a day only); the line shows the time",
                 "6+ print/email tool row and 'Ý kiến bạn đọc' form right after the body"])


def viewstate(seed: str, size: int) -> str:
    import base64
    import hashlib
    out = b""
    while len(out) < size:
        out += hashlib.sha256((seed + str(len(out))).encode()).digest()
    return base64.b64encode(out[:size]).decode()


# ---------------------------------------------------------------------------
# C. Old ASP.NET WebForms layout, <font> and <br><br> paragraphs, NFD text
# ---------------------------------------------------------------------------
def page_nuirung() -> None:
    host = "nuirung.example.vn"
    url = f"https://{host}/ChiTiet.aspx?ID=40127&CatID=12"
    site = "Báo Núi Rừng"
    title = "Giữ nghề dệt thổ cẩm ở bản Lác Trên"
    lead = ("Không chỉ giữ gìn nét đẹp văn hóa truyền thống, nghề dệt thổ cẩm ở bản Lác Trên đang "
            "trở thành sinh kế ổn định cho hàng chục phụ nữ dân tộc Thái nhờ gắn với phát triển "
            "du lịch cộng đồng.")
    b = Body(url)
    font = '<font face="Arial" size="2" color="#000000">'

    def para(text: str, html_text: str | None = None) -> None:
        b.keep((html_text if html_text is not None else esc(text)) + "<br><br>\n", text)

    def boldline(text: str) -> None:
        b.keep(f"<b>{esc(text)}</b><br><br>\n", text)

    b.raw(font)
    para("Bản Lác Trên hiện có 86 hộ thì có tới 62 hộ còn duy trì khung dệt. Những ngày đầu "
         "tháng 3, dưới mỗi nếp nhà sàn, tiếng thoi đưa lách cách vẫn đều đặn vang lên từ sáng "
         "sớm đến tối muộn.")
    b.raw("</font>")
    cap1 = "Bà Lò Thị Ón hướng dẫn con cháu cách se sợi, nhuộm chàm."
    b.image('<p align="center"><img src="../Upload/Images/2024/3/12/det-tho-cam-lac-tren.jpg" '
            'border="0" width="450" alt="" /></p>\n'
            f'<p><em>{esc(cap1)}</em></p>', "../Upload/Images/2024/3/12/det-tho-cam-lac-tren.jpg",
            cap1)
    b.raw(font)
    para("Bà Lò Thị Ón, năm nay 68 tuổi, đã gắn bó với khung cửi hơn nửa thế kỷ. Theo bà, để làm "
         "ra một tấm thổ cẩm hoàn chỉnh phải trải qua nhiều công đoạn như trồng bông, kéo sợi, "
         "nhuộm màu bằng lá cây rừng rồi mới đến dệt hoa văn.")
    boldline("Từ sản phẩm gia đình đến hàng hóa")
    t = ("Năm 2019, Hợp tác xã Dệt thổ cẩm Lác Trên được thành lập với 24 thành viên. Hợp tác xã "
         "chủ động thiết kế thêm các mẫu khăn, túi xách, ví cầm tay nhỏ gọn phù hợp với thị hiếu "
         "của khách du lịch.")
    para(t, esc(t).replace("24 thành", "24&nbsp;thành").replace("xã chủ", "xã \u200bchủ")
         .replace("Năm 2019,", "Năm 2019,\n    "))
    para("Chị Hà Thị Xuân, Chủ nhiệm hợp tác xã, cho biết mỗi tháng các thành viên có thu nhập "
         "từ 3 đến 5 triệu đồng, những tháng cao điểm du lịch có thể lên tới 7 triệu đồng. Sản "
         "phẩm của hợp tác xã đã được công nhận đạt chuẩn OCOP 3 sao.")
    b.raw("</font>")
    cap2 = "Sản phẩm thổ cẩm được bày bán tại nhà trưng bày của hợp tác xã."
    b.image('<p align="center"><img src="../Upload/Images/2024/3/12/san-pham-tho-cam.jpg" '
            'border="0" width="450" alt="" /></p>\n'
            f'<p align="center"><em>{esc(cap2)}</em></p>',
            "../Upload/Images/2024/3/12/san-pham-tho-cam.jpg", cap2)
    b.raw(font)
    boldline("Cần thêm hỗ trợ về thị trường")
    para("Dù vậy, đầu ra của sản phẩm vẫn phụ thuộc nhiều vào lượng khách tham quan. Vào mùa "
         "mưa, khách thưa thớt, hàng tồn kho nhiều khiến thu nhập của chị em giảm sút.")
    b.keep("Thời gian tới, huyện sẽ hỗ trợ hợp tác xã quảng bá sản phẩm trên các sàn thương mại "
           "điện tử, đồng thời tổ chức các lớp truyền nghề cho thế hệ trẻ để nghề dệt truyền thống "
           "không bị mai một.</font>",
           "Thời gian tới, huyện sẽ hỗ trợ hợp tác xã quảng bá sản phẩm trên các sàn thương mại "
           "điện tử, đồng thời tổ chức các lớp truyền nghề cho thế hệ trẻ để nghề dệt truyền thống "
           "không bị mai một.")
    b.drop('<div align="right"><font face="Arial" size="2"><b>Hà Thu (tổng hợp)</b></font></div>',
           "Hà Thu (tổng hợp)")

    desc = lead[:147].rsplit(" ", 1)[0] + "..."
    news = pool(24, 8)
    news_rows = "\n".join(
        f'<tr><td valign="top" width="10"><img src="images/bullet.gif" alt="" /></td><td>'
        f'<a id="ctl00_ucTinMoi_rptTin_ctl0{i}_lnkTin" class="lnkTinMoi" href="ChiTiet.aspx?ID='
        f'{40100 + 3 * i}&amp;CatID={5 + i}">{esc(t)}</a></td></tr>' for i, t in enumerate(news))
    left = "\n".join(
        f'<tr><td class="menutrai"><a href="DanhMuc.aspx?CatID={i + 1}">{esc(m)}</a></td></tr>'
        for i, m in enumerate(MENU_COMMON[:12]))
    same = pool(32, 5)
    same_rows = "\n".join(
        f'<li><a href="ChiTiet.aspx?ID={40000 + 11 * i}&amp;CatID=12">{esc(t)}</a> '
        f'<font color="#999999">({10 - i}/3/2024)</font></li>' for i, t in enumerate(same))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)} - {site} điện tử
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="App_Themes/Default/style.css" rel="stylesheet" type="text/css" />
<meta name="description" content="{att(desc)}" />
<meta name="keywords" content="thổ cẩm, dân tộc Thái, du lịch cộng đồng, OCOP" />
<meta property="og:title" content="{att(title)}" />
<meta property="og:description" content="{att(desc)}" />
<meta property="og:image" content="https://{host}/Upload/Images/2024/3/12/det-tho-cam-lac-tren.jpg" />
<meta property="og:url" content="{att(url)}" />
<meta property="og:type" content="article" />
<script type="text/javascript" src="js/swfobject.js"></script>
<script type="text/javascript" src="js/common.js"></script>
</head>
<body style="margin:0px; background:#f0f0f0">
<form name="aspnetForm" method="post" action="./ChiTiet.aspx?ID=40127&amp;CatID=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate("nuirung", 1800)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="150" alt="{site}" /></td></tr>
<tr><td colspan="3" class="menungang" height="30">
<a href="Default.aspx">TRANG CHỦ</a> | <a href="DanhMuc.aspx?CatID=1">THỜI SỰ</a> | <a href="DanhMuc.aspx?CatID=3">KINH TẾ</a> | <a href="DanhMuc.aspx?CatID=12">VĂN HÓA - XÃ HỘI</a> | <a href="DanhMuc.aspx?CatID=7">QUỐC PHÒNG - AN NINH</a> | <a href="DanhMuc.aspx?CatID=9">THỂ THAO</a> | <a href="BaoIn.aspx">BÁO IN</a>
</td></tr>
<tr>
<td width="180" valign="top" class="cottrai">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieudetrai">CHUYÊN MỤC</td></tr>
{left}
</table>
<br /><a href="http://www.example.vn/lien-ket"><img src="images/qc_trai.gif" width="180" border="0" alt="" /></a>
</td>
<td width="560" valign="top" style="padding:5px 10px">
<div class="duongdan"><a href="Default.aspx">Trang chủ</a> &raquo; <a href="DanhMuc.aspx?CatID=12">Văn hóa - Xã hội</a></div>
<span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">12-3-2024 - 15:05</span>
&nbsp;<span class="luotxem">Lượt xem: 1.254</span>
<br />
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{esc(title)}</span>
<br /><br />
<span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tomtat"><b>{esc(lead)}</b></span>
<br /><br />
<div id="ctl00_ContentPlaceHolder1_pnlNoiDung">
{b.html}
</div>
<br />
<div class="congcu"><a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkIn','')">In trang</a> | <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkGui','')">Gửi cho bạn bè</a> | <a href="javascript:history.go(-1)">Quay lại</a></div>
<div class="tieudebox">CÁC TIN ĐÃ ĐĂNG</div>
<ul class="tindadang">
{same_rows}
</ul>
</td>
<td width="240" valign="top" class="cotphai">
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td colspan="2" class="tieudephai">TIN MỚI CẬP NHẬT</td></tr>
{news_rows}
</table>
<br /><div align="center"><embed src="flash/qc_phai.swf" width="230" height="200" type="application/x-shockwave-flash"></embed></div>
</td>
</tr>
<tr><td colspan="3" class="chantrang" align="center">
<font face="Arial" size="1">{site.upper()} ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh<br />
Giấy phép số 00/GP-TTĐT cấp ngày 20/5/2009 - Chịu trách nhiệm xuất bản: Tổng Biên tập Lường Văn Pọm<br />
Địa chỉ: Tổ 4, phường Chiềng Lề, thành phố - ĐT: (0212) 3 852 000<br />
Thiết kế bởi Công ty Phần mềm Sao Mai</font>
</td></tr>
</table>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate("ev", 120)}" />
</div>
</form>
</body>
</html>
"""
    write("nuirung_aspnet_tho_cam", url=url, title=title, lead=lead, body=b,
          authors=["Hà Thu"], published="2024-03-12T15:05:00+07:00", modified=None, page=page,
          nfd=True,
          bad=("TIN MỚI CẬP NHẬT", "CÁC TIN ĐÃ ĐĂNG", "Lượt xem", "In trang", "Gửi cho bạn bè",
               news[0], same[0]),
          rules=["5+ old ASP.NET WebForms page wrapped in <form>: paragraphs are <br><br> runs inside "
                 "<font>, whole-line <b> subheadings, container div#..._pnlNoiDung unknown; no h1",
                 "2+ italic caption: <p><em>...</em></p> right under an image (not centred); "
                 "second one centred and italic",
                 "3+ trailing 'Hà Thu (tổng hợp)' in a right-aligned div -> authors ['Hà Thu']",
                 "4+ sapo in span.tomtat (unknown class); og:description is a truncated copy",
                 "7+ visible form '12-3-2024 - 15:05' (time after the date); no date meta at all",
                 "text is NFD (decomposed tone marks) in the HTML, with &nbsp; and a zero-width "
                 "space: expected text is NFC, whitespace collapsed"])


# ---------------------------------------------------------------------------
# D. Nuxt app with a server-rendered body: Tin Cửa Biển
# ---------------------------------------------------------------------------
def page_cuabien() -> None:
    host = "cuabien.example.vn"
    url = f"https://{host}/kinh-te/ngu-dan-bam-bien-vu-ca-nam-a21877.html"
    site = "Tin Cửa Biển"
    title = "Ngư dân bám biển vụ cá Nam, 100% tàu cá lắp thiết bị giám sát hành trình"
    lead = ("Bước vào vụ cá Nam, hàng trăm tàu cá xa bờ của ngư dân Cửa Biển đồng loạt ra khơi. "
            "Năm nay, toàn bộ tàu cá có chiều dài từ 15 m trở lên đều đã lắp đặt và duy trì kết "
            "nối thiết bị giám sát hành trình theo quy định.")
    cdn = "https://cdn.cuabien.example.vn/images/2024/05/14/"
    v = ' data-v-7a3c91e2'
    b = Body(url)
    b.raw(f'<p{v}><strong{v}>{esc(lead)}</strong></p>')  # the sapo, repeated in the body

    def fig(name: str, cap: str) -> None:
        b.image(f'<figure{v} class="news-image"><img{v} src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
                f'data-src="{cdn}{name}" alt="{att(cap)}" class="lazyload" width="760" height="507">'
                f'<figcaption{v} class="news-image__caption">{esc(cap)}</figcaption></figure>',
                cdn + name, cap)

    b.p("Sáng 14/5, tại cảng cá Lạch Bống, không khí nhộn nhịp từ sớm. Các chủ tàu tất bật chuyển "
        "đá lạnh, nhiên liệu, lương thực xuống khoang để chuẩn bị cho chuyến biển kéo dài từ 15 "
        "đến 20 ngày.", v)
    fig("tau-ca-xuat-ben.jpg", "Tàu cá chuẩn bị xuất bến tại cảng cá Lạch Bống sáng 14/5.")
    b.p("Ông Trần Văn Lực, chủ tàu câu mực có công suất 820 CV, cho biết trước mỗi chuyến đi, ông "
        "đều kiểm tra kỹ thiết bị giám sát hành trình và nhắc các thuyền viên không được tắt máy "
        "khi đang hoạt động trên biển. “Giờ ai cũng hiểu vi phạm là bị phạt nặng, lại ảnh hưởng "
        "đến cả tỉnh trong việc gỡ thẻ vàng, nên anh em chấp hành nghiêm”, ông Lực nói.", v)
    b.h("h2", "Siết chặt quản lý tàu cá", v)
    b.p("Theo Chi cục Thủy sản tỉnh, toàn tỉnh hiện có 1.246 tàu cá có chiều dài từ 15 m trở lên. "
        "Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra hơn 3.100 lượt tàu xuất, nhập bến, "
        "xử phạt 14 trường hợp vi phạm với tổng số tiền gần 600 triệu đồng.", v)
    fig("kiem-tra-giay-to-tau-ca.jpg",
        "Cán bộ Đồn Biên phòng Cửa Lạch kiểm tra giấy tờ tàu cá trước khi xuất bến.")
    b.p("Tại các cửa lạch, Bộ đội Biên phòng phối hợp với Ban Quản lý cảng cá duy trì kiểm soát "
        "24/24 giờ. Những tàu không đủ giấy tờ, không bảo đảm kết nối thiết bị giám sát hành trình "
        "kiên quyết không cho xuất bến.", v)
    b.p("Ông Nguyễn Hữu Phước, Chi cục trưởng Chi cục Thủy sản, cho biết thời gian tới, đơn vị "
        "tiếp tục rà soát, cập nhật dữ liệu tàu cá vào hệ thống quốc gia, đồng thời hướng dẫn ngư "
        "dân ghi nhật ký khai thác đầy đủ để truy xuất nguồn gốc sản phẩm.", v)
    b.drop(f'<p{v} class="news-author" style="text-align: right;"><strong{v}>Minh Anh - Quang Huy'
           f'</strong></p>', "Minh Anh - Quang Huy")

    tags = ["vụ cá Nam", "thẻ vàng IUU", "giám sát hành trình"]
    newer = pool(3, 5)
    desc = lead
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": title, "description": desc,
              "image": {"@type": "ImageObject", "url": cdn + "tau-ca-xuat-ben.jpg",
                        "width": 1200, "height": 800},
              "datePublished": "2024-05-14T06:05:00+07:00",
              "dateModified": "2024-05-14T03:10:00Z",
              "author": {"@type": "Organization", "name": site, "url": f"https://{host}"},
              "publisher": {"@type": "Organization", "name": site,
                            "logo": {"@type": "ImageObject",
                                     "url": f"https://{host}/logo.png"}}}
    crumb = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": f"https://{host}", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2,
         "item": {"@id": f"https://{host}/kinh-te", "name": "Kinh tế"}}]}
    state_body = json.dumps(b.html.replace(v, ""), ensure_ascii=False)
    nuxt_state = ('window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{id:21877,'
                  f'title:{json.dumps(title, ensure_ascii=False)},sapo:{json.dumps(lead, ensure_ascii=False)},'
                  f'content:{state_body},category:{{id:4,name:"Kinh tế",slug:"kinh-te"}},'
                  'publishedAt:"2024-05-13T23:05:00.000Z",author:a,views:b}}],fetch:{},error:c,'
                  'state:{menu:{loaded:true},device:"desktop"},serverRendered:true,'
                  'routePath:"/kinh-te/ngu-dan-bam-bien-vu-ca-nam-a21877.html",config:{}}}'
                  '("Minh Anh - Quang Huy",1532,null));')
    navs = "\n".join(f'<li{v} class="nav__item"><a{v} href="/{slug(m)}" class="nav__link">{esc(m)}</a></li>'
                     for m in MENU_COMMON)
    side = "\n".join(
        f'<article{v} class="card card--small"><a{v} href="/{slug(t)}-a{21800 + i * 7}.html" class="card__thumb">'
        f'<img{v} data-src="https://cdn.cuabien.example.vn/thumbs/{slug(t)[:30]}.jpg" alt="" class="lazyload"></a>'
        f'<h3{v} class="card__title"><a{v} href="/{slug(t)}-a{21800 + i * 7}.html">{esc(t)}</a></h3></article>'
        for i, t in enumerate(newer))
    page = f"""<!doctype html>
<html data-n-head-ssr lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<title>{esc(title)} | {site}</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="{att(desc)}">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{att(title)}">
<meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{att(desc)}">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{cdn}tau-ca-xuat-ben.jpg">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="{site}">
<meta data-n-head="ssr" data-hid="article:section" property="article:section" content="Kinh tế">
<link data-n-head="ssr" rel="canonical" href="{url}">
<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">
<script data-n-head="ssr" type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>
<script data-n-head="ssr" type="application/ld+json">{json.dumps(crumb, ensure_ascii=False)}</script>
<link rel="preload" href="/_nuxt/runtime.3b1f2c.js" as="script"><link rel="preload" href="/_nuxt/commons/app.9d2e41.js" as="script">
<link rel="preload" href="/_nuxt/app.5c7a11.js" as="script"><link rel="preload" href="/_nuxt/pages/_category/_slug.0f44be.js" as="script">
<style data-vue-ssr-id="7a3c91e2:0">.news-body p[data-v-7a3c91e2]{{margin:0 0 16px;line-height:1.7}}.news-image__caption[data-v-7a3c91e2]{{font-size:14px;color:#666;text-align:center}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div{v} class="layout-default">
<header{v} class="site-header">
  <div{v} class="site-header__top"><a{v} href="/" class="logo"><img{v} src="/logo.png" alt="{site}"></a>
  <div{v} class="search"><input{v} type="text" placeholder="Tìm kiếm..."></div></div>
  <nav{v} class="nav"><ul{v} class="nav__list">
{navs}
  </ul></nav>
</header>
<main{v} class="page-detail container">
  <div{v} class="row">
  <div{v} class="col-main">
    <ol{v} class="bread-crumb"><li{v}><a{v} href="/">Trang chủ</a></li><li{v}><a{v} href="/kinh-te">Kinh tế</a></li></ol>
    <h1{v} class="news-title">{esc(title)}</h1>
    <div{v} class="news-meta">
      <time{v} class="news-meta__time">Thứ Ba, 14/05/2024 - 09:40 (GMT+7)</time>
      <span{v} class="news-meta__views">1.532 lượt xem</span>
    </div>
    <h2{v} class="news-sapo">{esc(lead)}</h2>
    <div{v} class="news-body">
      <div{v} class="news-body__inner">
{b.html}
      </div>
      <div{v} class="news-tags"><span{v}>Từ khóa:</span> {" ".join(f'<a{v} href="/tag/{slug(t)}" class="news-tags__item">#{esc(t)}</a>' for t in tags)}</div>
      <div{v} class="news-toolbar"><a{v} href="#" class="btn-like">Thích 12</a> <a{v} href="#" class="btn-zalo">Zalo</a> <a{v} href="#" class="btn-fb">Facebook</a> <a{v} href="#" class="btn-copy">Sao chép liên kết</a></div>
      <section{v} class="feedback">
        <div{v} class="feedback__title">Bình luận (0)</div>
        <textarea{v} placeholder="Nhập nội dung bình luận của bạn..." maxlength="1500"></textarea>
        <div{v} class="feedback__note">Tối đa: 1500 ký tự</div>
        <div{v} class="feedback__actions"><a{v} href="javascript:void(0)" class="btn btn-primary">Gửi bình luận</a></div>
        <p{v} class="feedback__empty">Hiện chưa có bình luận nào, hãy trở thành người đầu tiên bình luận cho bài viết này!</p>
      </section>
    </div>
  </div>
  <aside{v} class="col-side">
    <div{v} class="box-title">Tin mới</div>
{side}
  </aside>
  </div>
</main>
<footer{v} class="site-footer"><div{v} class="container">
  <p{v}><b{v}>{site}</b> - Trang thông tin điện tử tổng hợp. Giấy phép số 00/GP-STTTT.</p>
  <p{v}>Chịu trách nhiệm nội dung: Đặng Thị Hải Yến. Địa chỉ: 12 Trần Phú, phường Cửa Nam. Hotline: 0238 3 600 600.</p>
</div></footer>
</div></div></div>
<script>{nuxt_state}</script>
<script src="/_nuxt/runtime.3b1f2c.js" defer></script><script src="/_nuxt/commons/app.9d2e41.js" defer></script><script src="/_nuxt/app.5c7a11.js" defer></script><script src="/_nuxt/pages/_category/_slug.0f44be.js" defer></script>
{gtag("CB4")}
</body>
</html>
"""
    write("cuabien_nuxt_vu_ca_nam", url=url, title=title, lead=lead, body=b,
          authors=["Minh Anh", "Quang Huy"], published="2024-05-14T09:40:00+07:00",
          modified="2024-05-14T10:10:00+07:00", page=page,
          bad=("Bình luận (0)", "Tối đa: 1500 ký tự", "Gửi bình luận", "Sao chép liên kết",
               "Từ khóa:", "#vụ cá Nam", "lượt xem", newer[0],
               "Hiện chưa có bình luận nào"),
          rules=["4+ sapo (h2.news-sapo, unknown class) ALSO repeated as the first body paragraph "
                 "in <p><strong>: lead once at the head of text",
                 "5+ Nuxt SSR body in div.news-body (unknown); window.__NUXT__ repeats the article",
                 "2+ figcaption with lazy images (data-src, data: placeholder in src)",
                 "3+ 'Minh Anh - Quang Huy' right-aligned bold -> two authors",
                 "6+ comment widget 'Bình luận (0)' / 'Tối đa: 1500 ký tự' / 'Gửi bình luận', "
                 "tags and share toolbar right after the body, classes with no comment/share/tag word",
                 "7+ JSON-LD datePublished 06:05 differs by hours from the visible 09:40: visible wins",
                 "7+ JSON-LD dateModified in UTC ('Z') -> 10:10+07:00",
                 "8+ JSON-LD author is an Organization with the site's name"])


# ---------------------------------------------------------------------------
# E. Body container with no known class; fact box, lists, subheadings; no byline
# ---------------------------------------------------------------------------
def page_dongbang() -> None:
    host = "dongbangmoi.example.vn"
    url = f"https://{host}/nong-nghiep/chu-dong-ung-pho-xam-nhap-man-post31542.html"
    site = "Báo Đồng Bằng Mới"
    title = "Chủ động ứng phó xâm nhập mặn trong cao điểm mùa khô"
    lead = ("Dự báo đỉnh mặn sẽ xuất hiện vào cuối tháng 3, đầu tháng 4 với độ mặn 4 g/l có thể lấn "
            "sâu 50–60 km vào các cửa sông. Ngành nông nghiệp tỉnh khuyến cáo người dân chủ động "
            "trữ nước ngọt, điều chỉnh lịch xuống giống để hạn chế thiệt hại.")
    img = f"https://{host}/uploads/2024/03/19/cong-rach-may.jpg"
    b = Body(url)
    b.p("Theo Đài Khí tượng Thủy văn tỉnh, từ ngày 20/3 đến 5/4 sẽ xảy ra một đợt triều cường kết "
        "hợp gió chướng mạnh, làm xâm nhập mặn gia tăng. Độ mặn cao nhất trên các sông chính có "
        "thể cao hơn trung bình nhiều năm từ 1 đến 3 g/l.")
    b.h("h2", "Hơn 12.000 ha lúa đông xuân muộn có nguy cơ ảnh hưởng")
    b.p("Hiện toàn tỉnh còn khoảng 12.400 ha lúa đông xuân xuống giống muộn đang ở giai đoạn trổ "
        "bông, ngậm sữa, tập trung chủ yếu ở các huyện ven biển. Đây là giai đoạn cây lúa rất cần "
        "nước, nếu bị nhiễm mặn năng suất có thể giảm từ 30 đến 50%.")
    cap = "Cống Rạch Mây được vận hành để ngăn mặn, giữ ngọt cho vùng sản xuất."
    b.image(f'<div class="anh"><figure><img src="{img}" alt="Cống Rạch Mây" width="720" height="480">'
            f'<figcaption>{esc(cap)}</figcaption></figure></div>', img, cap)
    b.p("Để bảo vệ diện tích này, các địa phương đã vận hành 46 cống ngăn mặn, đắp 112 đập tạm "
        "trên kênh nội đồng. Ông Đặng Văn Tài, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, "
        "yêu cầu các đơn vị quản lý thủy lợi đo độ mặn hằng ngày tại các điểm cố định và thông báo "
        "kịp thời cho người dân.")
    b.h("h3", "Khuyến cáo đối với người dân")
    b.p("Ngành nông nghiệp đề nghị bà con thực hiện các biện pháp sau:")
    b.ul(["Tranh thủ lấy nước ngọt vào ruộng, ao, mương khi độ mặn dưới 1 g/l.",
          "Không gieo sạ lúa hè thu sớm ở vùng có nguy cơ nhiễm mặn cao khi chưa có thông báo của "
          "ngành chuyên môn.",
          "Trữ nước sinh hoạt trong lu, bồn, túi chứa; ưu tiên nước cho người và vật nuôi.",
          "Đối với cây ăn trái, tủ gốc giữ ẩm và kiểm tra độ mặn của nguồn nước trước khi tưới."])
    box_title = "Ngưỡng chịu mặn của một số cây trồng"
    box = ["Lúa: dưới 2 g/l ở giai đoạn trổ bông.",
           "Sầu riêng: dưới 0,5 g/l; cây dễ cháy lá nếu tưới nước có độ mặn cao hơn.",
           "Bưởi da xanh: dưới 1 g/l.",
           "Dừa: có thể chịu được độ mặn từ 4 đến 6 g/l."]
    b.keep('<div class="box-info">\n'
           f'  <p class="box-info__title"><strong>{esc(box_title)}</strong></p>\n'
           + "\n".join(f"  <p>{esc(t)}</p>" for t in box) + "\n</div>", box_title, *box)
    b.bold("Bảo đảm nước sinh hoạt cho vùng ven biển")
    b.p("Tại các xã ven biển, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn đã bố trí 18 "
        "điểm cấp nước miễn phí, phục vụ khoảng 3.500 hộ dân. Các công ty cấp nước cũng chủ động "
        "bơm trữ nước thô vào hồ chứa trong những thời điểm độ mặn xuống thấp.")
    steps = ["Kiểm tra, sửa chữa các cống, đập trước đợt triều cường.",
             "Cập nhật bản tin độ mặn hằng ngày trên loa truyền thanh của các ấp.",
             "Báo cáo nhanh diện tích bị ảnh hưởng về Sở trước 16h hằng ngày."]
    b.p("Sở Nông nghiệp và Phát triển nông thôn cũng yêu cầu các địa phương:")
    b.ul(steps, tag="ol")
    note = ["Lưu ý: Người dân không dùng nước sông có độ mặn trên 1 g/l để tưới cho cây giống, cây "
            "con và hoa màu.",
            "Khi cần hỗ trợ, bà con liên hệ trạm khuyến nông hoặc cán bộ thủy lợi của xã."]
    b.keep('<div class="note">\n' + "\n".join(f"  <p>{esc(t)}</p>" for t in note) + "\n</div>",
           *note)
    b.bold("Chủ động trữ nước ngọt là giải pháp hiệu quả nhất trong mùa khô năm nay.")

    tags = ["xâm nhập mặn", "mùa khô", "trữ nước ngọt"]
    same = pool(40, 5)
    most = pool(21, 6)
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "description": lead, "image": [img],
              "datePublished": "2024-03-19T07:15:00+07:00",
              "mainEntityOfPage": url,
              "publisher": {"@type": "Organization", "name": site,
                            "logo": {"@type": "ImageObject", "url": f"https://{host}/img/logo.svg"}}}
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{att(lead)}">
<meta name="keywords" content="{att(", ".join(tags))}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2024-03-19T07:15:00+07:00">
<meta property="article:section" content="Nông nghiệp">
{ld(jsonld)}
<link rel="stylesheet" href="https://{host}/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="https://{host}/assets/css/main.css?v=20240301">
{gtag("DB5")}
</head>
<body>
<div class="top-header"><div class="container">
  <a class="logo" href="https://{host}/"><img src="https://{host}/img/logo.svg" alt="{site}" height="60"></a>
  <div class="header-right"><a href="https://{host}/epaper">Báo in</a> <a href="https://{host}/rss">RSS</a> <a href="https://{host}/lien-he">Liên hệ</a></div>
</div></div>
<nav class="navbar navbar-expand-lg"><div class="container">
{menu(host, MENU_COMMON, "navbar-nav", "nav-item")}
</div></nav>
<div class="container page-detail">
<div class="row">
<div class="col-lg-8">
  <ul class="duong-dan"><li><a href="https://{host}/">Trang chủ</a></li><li><a href="https://{host}/nong-nghiep">Nông nghiệp</a></li></ul>
  <div class="tieu-de-bai">
    <h1>{esc(title)}</h1>
    <div class="date-post">07h15 ngày 19/3/2024</div>
  </div>
  <div class="sapo">{esc(lead)}</div>
  <div id="noi-dung-bai" class="nd">
{b.html}
  </div>
  <div class="the-bai">Từ khóa: {" ".join(f'<a href="https://{host}/tu-khoa/{slug(t)}">{esc(t)}</a>' for t in tags)}</div>
  <div class="mxh"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a href="https://zalo.me/share?u={url}" target="_blank">Zalo</a> <a href="javascript:window.print()">In bài viết</a></div>
  <div class="khoi-tin">
    <h3 class="khoi-tin__tieu-de">Tin cùng chuyên mục</h3>
    {link_list(host, same, "nong-nghiep", "khoi-tin__ds", ext=".html", start_id=31400)}
  </div>
</div>
<div class="col-lg-4">
  <div class="khoi-tin khoi-tin--phai">
    <h3 class="khoi-tin__tieu-de">Đọc nhiều</h3>
    {link_list(host, most, "tin-tuc", "khoi-tin__ds", start_id=31000)}
  </div>
  <div class="qc"><a href="https://{host}/qc/1"><img src="https://{host}/uploads/qc/300x600.jpg" width="300" height="600" alt=""></a></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
  <p><strong>{site.upper()}</strong> - Cơ quan của Đảng bộ tỉnh</p>
  <p>Giấy phép số 00/GP-BTTTT ngày 05/9/2021. Tổng Biên tập: Huỳnh Văn Tâm</p>
  <p>Địa chỉ: 55 Nguyễn Huệ, phường 1. Điện thoại: 0270 3 822 000. Email: bbt@{host}</p>
</div></footer>
<script src="https://{host}/assets/js/jquery.min.js"></script>
<script src="https://{host}/assets/js/bootstrap.bundle.min.js"></script>
<script src="https://{host}/assets/js/main.js?v=20240301"></script>
{ADS}
</body>
</html>
"""
    write("dongbang_noclass_xam_nhap_man", url=url, title=title, lead=lead, body=b, authors=[],
          published="2024-03-19T07:15:00+07:00", modified=None, page=page,
          bad=("Tin cùng chuyên mục", "Đọc nhiều", "In bài viết", same[0], most[0], "Từ khóa:"),
          rules=["5+ body in div#noi-dung-bai.nd, unknown to BODY selectors: h2 and h3 subheadings, "
                 "<p><strong> whole-line subheading, <ul> and <ol> lists, a div.box-info fact box "
                 "(bold title + 4 paragraphs) and a div.note box (2 paragraphs), all kept in text",
                 "2+ figcaption inside a plain div",
                 "3- the last block is a bold one-line SENTENCE, not a byline: kept in text",
                 "8+ no byline anywhere, JSON-LD has no author: authors []",
                 "7+ visible form '07h15 ngày 19/3/2024' (time before the date)",
                 "6+ tags, share links, 'Tin cùng chuyên mục' right after the body"])


# ---------------------------------------------------------------------------
# F. Widgets with Vietnamese class names inside a known container: Tin Phù Sa
# ---------------------------------------------------------------------------
def page_phusa() -> None:
    host = "phusa.example.vn"
    url = f"https://{host}/giao-duc/hon-14000-thi-sinh-san-sang-cho-ky-thi-tot-nghiep-49812.html"
    site = "Tin Phù Sa"
    title = "Hơn 14.000 thí sinh sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2024"
    lead = ("Còn hơn một tháng nữa là đến kỳ thi tốt nghiệp THPT năm 2024, các trường học trên địa "
            "bàn tỉnh đang tập trung ôn tập cho học sinh lớp 12, đồng thời rà soát cơ sở vật chất, "
            "nhân lực phục vụ kỳ thi.")
    img = f"https://{host}/data/news/2024/05/23/on-thi-lop-12.jpg"
    b = Body(url)
    b.p("Năm nay, toàn tỉnh có 14.236 thí sinh đăng ký dự thi, trong đó có 538 thí sinh tự do. Sở "
        "Giáo dục và Đào tạo dự kiến bố trí 36 điểm thi với khoảng 620 phòng thi, tăng 2 điểm thi "
        "so với năm trước.")
    x1 = "Những điểm mới của kỳ thi tốt nghiệp THPT năm 2024 thí sinh cần biết"
    b.drop(f'<p><strong>Xem thêm:</strong> <a href="https://{host}/giao-duc/{slug(x1)}-49650.html">'
           f'{esc(x1)}</a></p>', x1)
    b.p("Tại Trường THPT Phan Văn Trị, từ đầu tháng 5, nhà trường đã xây dựng kế hoạch ôn tập theo "
        "từng nhóm đối tượng. Học sinh được chia lớp theo năng lực, tổ hợp môn thi và được giáo "
        "viên kèm cặp vào buổi chiều các ngày trong tuần.")
    cap = "Học sinh lớp 12 Trường THPT Phan Văn Trị trong giờ ôn tập."
    b.image(f'<figure class="expNoEdit"><img src="{img}" alt="{att(cap)}" width="680" height="453">'
            f'<figcaption><p>{esc(cap)}</p></figcaption></figure>', img, cap)
    b.p("Cô Trương Thị Mỹ Linh, Hiệu trưởng nhà trường, cho biết: “Chúng tôi chú trọng rèn kỹ năng "
        "làm bài trắc nghiệm và quản lý thời gian, cho học sinh làm các đề thi thử theo đúng cấu "
        "trúc đề minh họa của Bộ Giáo dục và Đào tạo”.")
    b.p("Bên cạnh việc ôn tập, ngành giáo dục cũng phối hợp với Công an tỉnh, Điện lực, Trung tâm "
        "Y tế các huyện xây dựng phương án bảo đảm an ninh, trật tự, an toàn điện và phòng chống "
        "dịch bệnh tại các điểm thi.")
    x2 = "Thí sinh được mang những vật dụng gì vào phòng thi?"
    b.drop(f'<p>&gt;&gt; <a href="https://{host}/giao-duc/{slug(x2)}-49701.html">{esc(x2)}</a></p>', x2)
    b.p("Đối với thí sinh có hoàn cảnh khó khăn, ở xa điểm thi, Tỉnh đoàn sẽ triển khai chương "
        "trình “Tiếp sức mùa thi” với các hoạt động hỗ trợ chỗ ở, phương tiện đi lại và suất ăn "
        "miễn phí.")
    b.p("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra từ ngày 27 đến 29/6, thí sinh làm thủ tục dự thi "
        "vào ngày 26/6.")
    b.drop('<p style="text-align:right;"><strong>Thanh Tâm</strong></p>', "Thanh Tâm")
    tags = ["thi tốt nghiệp THPT", "ôn thi lớp 12", "Tiếp sức mùa thi 2024"]
    b.drop('<div class="chiase-baiviet"><span class="chiase-nhan">Chia sẻ bài viết:</span> '
           f'<a class="chiase-fb" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
           f'<a class="chiase-zalo" href="https://zalo.me/share?u={url}">Zalo</a> '
           '<a class="chiase-in" href="javascript:window.print()">In bài</a> '
           '<a class="chiase-mail" href="mailto:?subject=Tin%20Ph%C3%B9%20Sa">Gửi email</a></div>',
           "Chia sẻ bài viết:", "Gửi email")
    b.drop('<div class="tukhoa"><span>Từ khóa:</span> '
           + ", ".join(f'<a href="https://{host}/tu-khoa/{slug(t)}">{esc(t)}</a>' for t in tags)
           + "</div>", "Từ khóa:", "Tiếp sức mùa thi 2024", "ôn thi lớp 12")
    b.drop("""<div class="khung-binhluan" id="binhluan">
  <div class="tieude-binhluan">Bình luận (0)</div>
  <div class="o-nhap"><textarea id="txtNoiDungBL" rows="4" placeholder="Ý kiến của bạn"></textarea></div>
  <div class="ghichu">Tối đa: 1500 ký tự</div>
  <div class="o-thongtin"><input type="text" placeholder="Họ tên"> <input type="text" placeholder="Email"></div>
  <div class="nut"><a href="javascript:void(0)" class="nut-gui" onclick="guiBinhLuan(49812)">Gửi bình luận</a></div>
  <p class="luuy">Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
</div>""", "Bình luận (0)", "Tối đa: 1500 ký tự", "Gửi bình luận",
           "Bình luận của bạn sẽ được biên tập trước khi đăng.")

    newest = pool(15, 6)
    same = pool(27, 4)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {site}</title>
<meta name="description" content="{att(lead)}">
<meta name="news_keywords" content="{att(", ".join(tags))}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2024-05-23T07:15:00+07:00">
<meta property="article:modified_time" content="2024-05-23T09:02:00+07:00">
<meta property="article:section" content="Giáo dục">
{"".join(f'<meta property="article:tag" content="{att(t)}">' for t in tags)}
<link rel="stylesheet" href="https://static.{host}/css/site.min.css?v=3.2">
{gtag("PS6")}
</head>
<body class="trang-chitiet">
<header class="dau-trang">
  <div class="khung"><a href="https://{host}/" class="logo"><img src="https://static.{host}/img/logo.png" alt="{site}"></a>
  <div class="ngay-hom-nay">Thứ Năm, 23/5/2024</div></div>
  <nav class="thanh-menu">{menu(host, MENU_COMMON[:12], "ds-menu", "muc-menu")}</nav>
</header>
<div class="khung noi-dung-chinh">
  <div class="cot-trai">
    <div class="breadcrumb"><a href="https://{host}/">Trang chủ</a> / <a href="https://{host}/giao-duc">Giáo dục</a></div>
    <h1 class="detail-title">{esc(title)}</h1>
    <div class="detail-meta"><span class="detail-time">Thứ Năm, 23/05/2024, 07:15 (GMT+7)</span></div>
    <div class="detail-sapo">{esc(lead)}</div>
    <div class="detail-content">
{b.html}
    </div>
    <div class="khoi-lienquan">
      <div class="khoi-lienquan__tieude">Tin cùng chuyên mục</div>
      {link_list(host, same, "giao-duc", start_id=49700)}
    </div>
  </div>
  <div class="cot-phai">
    <div class="khoi-moinhat"><div class="khoi-moinhat__tieude">Tin mới nhất</div>
    {link_list(host, newest, "tin-tuc", start_id=49800)}
    </div>
  </div>
</div>
<footer class="chan-trang"><div class="khung">
  <p>© {site} - Trang thông tin điện tử tổng hợp. Giấy phép số 00/GP-TTĐT.</p>
  <p>Địa chỉ: 88 Võ Văn Kiệt, phường An Hòa. Điện thoại: 0292 3 555 555.</p>
</div></footer>
<script src="https://static.{host}/js/site.min.js?v=3.2"></script>
<script>function guiBinhLuan(id){{var t=document.getElementById('txtNoiDungBL').value;if(t.length>1500){{alert('Tối đa 1500 ký tự');return;}}}}</script>
</body>
</html>
"""
    write("phusa_widgets_thi_tot_nghiep", url=url, title=title, lead=lead, body=b,
          authors=["Thanh Tâm"], published="2024-05-23T07:15:00+07:00",
          modified="2024-05-23T09:02:00+07:00", page=page,
          bad=("Tin cùng chuyên mục", "Tin mới nhất", newest[0], same[0], "Xem thêm:"),
          rules=["6+ inside the (known) div.detail-content: 'Xem thêm:' link lines (bold label + "
                 "link, and '>> link'), share bar div.chiase-baiviet, tags div.tukhoa, comment box "
                 "div.khung-binhluan with 'Bình luận (0)', 'Tối đa: 1500 ký tự', 'Gửi bình luận' - "
                 "Vietnamese class names no PRUNE selector matches",
                 "3+ right-aligned bold byline 'Thanh Tâm' followed by those widgets (not the last block)",
                 "7+ header widget 'Thứ Năm, 23/5/2024' (same day); visible line "
                 "'Thứ Năm, 23/05/2024, 07:15 (GMT+7)'",
                 "2+ figcaption holding a <p>"])


# ---------------------------------------------------------------------------
# G. Header "today" widget, no date meta, source line "Theo TTXVN": Báo Biên Thùy
# ---------------------------------------------------------------------------
def page_bienthuy() -> None:
    host = "bienthuy.example.vn"
    url = f"https://{host}/kinh-te/kim-ngach-qua-cua-khau-lung-vai-tang-manh-tt11820.html"
    site = "Báo Biên Thùy"
    title = "Kim ngạch xuất nhập khẩu qua cửa khẩu Lũng Vài tăng mạnh trong 5 tháng"
    lead = ("Trong 5 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Lũng "
            "Vài đạt hơn 412 triệu USD, tăng 38% so với cùng kỳ năm trước, trong đó hàng nông sản "
            "chiếm tỷ trọng lớn.")
    src = "/upload/2024/5/24/cua-khau-lung-vai.jpg"
    b = Body(url)
    b.p("Theo Ban Quản lý Khu kinh tế cửa khẩu tỉnh, từ đầu năm đến nay, bình quân mỗi ngày có "
        "khoảng 650 lượt phương tiện xuất nhập cảnh qua cửa khẩu. Các mặt hàng xuất khẩu chủ yếu "
        "gồm sầu riêng, thanh long, chuối, mít và sắn lát; hàng nhập khẩu chủ yếu là máy móc, "
        "phân bón và vật tư nông nghiệp.", ' style="text-align: justify;"')
    cap = "Xe chở nông sản làm thủ tục xuất khẩu tại cửa khẩu quốc tế Lũng Vài."
    b.image(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 640px; height: 427px;" /></p>\n'
            f'<p style="text-align: center;">{esc(cap)}</p>', src, cap)
    b.p("Để giảm ùn tắc vào mùa cao điểm, các lực lượng chức năng tại cửa khẩu đã bố trí cán bộ "
        "làm việc cả ngày thứ Bảy, Chủ nhật, đồng thời đẩy mạnh ứng dụng tờ khai hải quan điện tử "
        "và thanh toán phí không dùng tiền mặt. Thời gian thông quan trung bình mỗi xe hàng giảm "
        "từ 4 giờ xuống còn khoảng 2 giờ.", ' style="text-align: justify;"')
    b.p("Ông Lương Văn Khánh, Trưởng ban Quản lý Khu kinh tế cửa khẩu, cho biết tỉnh đang đầu tư "
        "mở rộng bãi kiểm hóa tập trung với sức chứa 400 xe, dự kiến hoàn thành trong quý III năm "
        "nay. Khi đi vào hoạt động, bãi kiểm hóa sẽ góp phần nâng cao năng lực thông quan, nhất "
        "là trong mùa thu hoạch trái cây.", ' style="text-align: justify;"')
    b.p("Các doanh nghiệp xuất khẩu được khuyến cáo thường xuyên cập nhật quy định về kiểm dịch "
        "thực vật, mã số vùng trồng và cơ sở đóng gói của nước nhập khẩu để tránh hàng hóa bị trả "
        "về.", ' style="text-align: justify;"')
    b.drop('<p style="text-align: right;"><strong>Theo TTXVN</strong></p>', "Theo TTXVN")

    rel = pool(43, 5)
    hot = pool(8, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {site}</title>
<meta name="description" content="{att(lead)}" />
<meta name="keywords" content="cửa khẩu, xuất nhập khẩu, nông sản, Lũng Vài" />
<meta name="author" content="{site}" />
<meta name="copyright" content="{site}" />
<link rel="canonical" href="{url}" />
{og(url, title, lead, "https://" + host + src, site)}
<link href="/Content/css/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/css/site.css?v=1.8" rel="stylesheet" />
{gtag("BT7")}
</head>
<body>
<div class="wrapper">
  <header class="header">
    <div class="header-top">
      <div class="container">
        <div class="header-date">Thứ Hai, 27/05/2024</div>
        <div class="header-weather">Lũng Vài 24°C</div>
        <div class="header-links"><a href="/lien-he">Liên hệ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/rss">RSS</a></div>
      </div>
    </div>
    <div class="header-logo container"><a href="/"><img src="/Content/images/logo.png" alt="{site}" /></a></div>
    <nav class="main-menu"><div class="container">{menu(host, MENU_COMMON, "menu-list", "menu-item")}</div></nav>
  </header>
  <div class="container detail-head">
    <div class="detail-cate"><a href="/kinh-te">Kinh tế</a></div>
    <h1 class="detail-title">{esc(title)}</h1>
    <div class="detail-info">
      <span class="detail-time">Thứ Sáu, 24/05/2024 | 16:45</span>
      <span class="detail-view">Lượt đọc: 846</span>
    </div>
  </div>
  <div class="container detail-body">
    <div class="row">
      <div class="col-md-8">
        <div class="sapo">{esc(lead)}</div>
        <div class="content-detail">
{b.html}
        </div>
        <div class="detail-share"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zl">Chia sẻ Zalo</a></div>
        <div class="box-other">
          <div class="box-other__title">Tin khác</div>
          {link_list(host, rel, "kinh-te", start_id=11800)}
        </div>
      </div>
      <div class="col-md-4">
        <div class="box-hot"><div class="box-hot__title">Tin nổi bật</div>{link_list(host, hot, "thoi-su", start_id=11500)}</div>
      </div>
    </div>
  </div>
  {sitemap(host)}
  <footer class="footer"><div class="container">
    <p><b>{site.upper()} ĐIỆN TỬ</b></p>
    <p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 00/GP-BTTTT. Tổng Biên tập: Hoàng Văn Thắng.</p>
    <p>Địa chỉ: Đường 19/5, phường Sông Bằng. Điện thoại: 0206 3 852 000.</p>
  </div></footer>
</div>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/site.js?v=1.8"></script>
</body>
</html>
"""
    write("bienthuy_today_widget_ttxvn", url=url, title=title, lead=lead, body=b, authors=[],
          published="2024-05-24T16:45:00+07:00", modified=None, page=page,
          bad=("Chia sẻ Facebook", "Tin khác", "Tin nổi bật", rel[0], "Lượt đọc", "27/05/2024"),
          rules=["7+ header widget 'Thứ Hai, 27/05/2024' (today, class header-date) inside the same "
                 "wrapper as the headline; the article's line is 'Thứ Sáu, 24/05/2024 | 16:45'; "
                 "no date meta and no JSON-LD",
                 "3+ source line 'Theo TTXVN' (right-aligned bold) out of text; authors []",
                 "8+ meta author is the site's name: never an author",
                 "2+ centred caption: <p style=\"text-align: center;\"> right under the image's own <p>",
                 "3- the first paragraph starts with 'Theo Ban Quản lý ...': a sentence, kept"])


# ---------------------------------------------------------------------------
# H. Last paragraph starts with "Theo Sở Y tế": Báo Sông Trà
# ---------------------------------------------------------------------------
def page_songtra() -> None:
    host = "songtra.example.vn"
    url = f"https://{host}/y-te/so-ca-mac-sot-xuat-huyet-giam-nhung-khong-duoc-chu-quan-1203344.html"
    site = "Báo Sông Trà"
    title = "Số ca mắc sốt xuất huyết giảm nhưng không được chủ quan"
    lead = ("Dù số ca mắc sốt xuất huyết trong tuần giảm so với tuần trước, ngành y tế nhận định "
            "dịch bệnh vẫn có nguy cơ bùng phát vào cao điểm mùa mưa, đặc biệt tại các khu dân cư "
            "đông đúc, nhiều vật dụng chứa nước.")
    img = f"https://image.{host}/2023/07/18/kiem-tra-lang-quang.jpg"
    b = Body(url)
    b.p("Sáng 18/7, đoàn kiểm tra của Trung tâm Kiểm soát bệnh tật tỉnh đã đến một số phường của "
        "thành phố để giám sát công tác diệt lăng quăng, bọ gậy. Tại nhiều hộ gia đình, cán bộ y "
        "tế vẫn phát hiện lăng quăng trong chậu cây cảnh, lốp xe cũ và bể chứa nước không có nắp "
        "đậy.")
    cap = "Nhân viên y tế kiểm tra lăng quăng tại một hộ gia đình ở phường Trần Phú."
    b.image(f"""<table class="tplCaption" border="0" cellpadding="0" cellspacing="0" width="100%">
<tbody>
<tr><td><img alt="{att(cap)}" src="{img}" width="700" height="466"></td></tr>
<tr><td class="Image"><p>{esc(cap)}</p></td></tr>
</tbody>
</table>""", img, cap)
    b.p("Bác sĩ Võ Thị Kim Dung, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, cho biết sốt xuất "
        "huyết hiện chưa có vắc xin phòng bệnh được sử dụng rộng rãi. Biện pháp phòng bệnh hiệu "
        "quả nhất vẫn là loại bỏ nơi sinh sản của muỗi và tránh để muỗi đốt.")
    b.p("Các biện pháp phòng bệnh người dân cần thực hiện:")
    b.ul(["Đậy kín các dụng cụ chứa nước, thả cá ăn lăng quăng vào bể, giếng.",
          "Thu gom, hủy các vật dụng phế thải có thể đọng nước quanh nhà.",
          "Ngủ màn kể cả ban ngày, mặc quần áo dài tay.",
          "Khi có dấu hiệu sốt cao liên tục, đau đầu, đau cơ, phải đến cơ sở y tế để được khám và "
          "điều trị kịp thời."])
    b.p("Ngành y tế cũng khuyến cáo người dân không tự ý truyền dịch hay dùng thuốc hạ sốt có "
        "thành phần aspirin tại nhà, vì có thể làm tăng nguy cơ xuất huyết và biến chứng nặng.")
    b.p("Theo Sở Y tế, số ca mắc sốt xuất huyết trong tuần qua là 86 ca, giảm 12% so với tuần "
        "trước; cộng dồn từ đầu năm, toàn tỉnh ghi nhận 1.532 ca, chưa có trường hợp tử vong.")
    rel = ["Phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết",
           "Bệnh viện quá tải vì bệnh nhi sốt xuất huyết",
           "Những sai lầm khi chăm sóc người bệnh sốt xuất huyết tại nhà"]
    b.drop('<div class="box-tinlienquan">\n  <div class="box-tinlienquan__title">Tin liên quan</div>\n'
           + link_list(host, rel, "y-te", start_id=1203000) + "\n</div>", *rel)

    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title,
              "description": lead, "image": {"@type": "ImageObject", "url": img},
              "datePublished": "2023-07-18T15:20:00+07:00", "dateModified": "2023-07-18T16:05:00+07:00",
              "author": [{"@type": "Person", "name": "Bích Ngọc"}],
              "publisher": {"@type": "Organization", "name": site,
                            "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"}}}
    newest = pool(5, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {site}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2023-07-18T15:20:00+07:00">
<meta property="article:modified_time" content="2023-07-18T16:05:00+07:00">
{ld(jsonld)}
<link rel="stylesheet" href="https://{host}/static/css/main.css">
{gtag("ST8")}
</head>
<body>
<header class="header">
  <div class="header__inner"><a class="header__logo" href="/"><img src="/static/img/logo.png" alt="{site}"></a>
  <form class="header__search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></div>
  <nav class="header__nav">{menu(host, MENU_COMMON, "header__menu")}</nav>
</header>
<main class="main">
  <div class="container">
    <div class="detail">
      <div class="detail__breadcrumb"><a href="/">Trang chủ</a><a href="/y-te">Y tế</a></div>
      <h1 class="detail__title">{esc(title)}</h1>
      <div class="detail__meta">
        <div class="author-info"><span class="author-name">Bích Ngọc</span></div>
        <span class="time">15:20 | 18/07/2023</span>
      </div>
      <div class="detail__summary">{esc(lead)}</div>
      <div class="detail__content">
{b.html}
      </div>
      <div class="detail__tags"><span>Tags:</span> <a href="/tag/sot-xuat-huyet">sốt xuất huyết</a> <a href="/tag/diet-lang-quang">diệt lăng quăng</a></div>
    </div>
    <div class="sidebar">
      <div class="sidebar__box"><h3 class="sidebar__title">Tin mới</h3>{link_list(host, newest, "tin-tuc", start_id=1203300)}</div>
    </div>
  </div>
</main>
{sitemap(host)}
<footer class="footer"><div class="container">
  <p>{site} - Cơ quan của Đảng bộ tỉnh. Giấy phép số 00/GP-BTTTT.</p>
  <p>Tổng Biên tập: Trần Đình Phúc. Địa chỉ: 02 Hùng Vương, thành phố. Điện thoại: 0255 3 822 000.</p>
</div></footer>
<script src="/static/js/main.js"></script>
{ADS}
</body>
</html>
"""
    write("songtra_theo_so_y_te", url=url, title=title, lead=lead, body=b, authors=["Bích Ngọc"],
          published="2023-07-18T15:20:00+07:00", modified="2023-07-18T16:05:00+07:00", page=page,
          bad=("Tin liên quan", "Tags:", newest[0]),
          rules=["3- the last real paragraph starts 'Theo Sở Y tế, số ca mắc ... giảm 12% ...': a "
                 "sentence, kept in text, not a source line",
                 "1+ related box 'Tin liên quan' (title div + list) inside the body after that paragraph",
                 "2+ caption in a table.tplCaption: image row 1, caption row 2",
                 "5+ intro paragraph + <ul> list kept",
                 "7+ visible form '15:20 | 18/07/2023' (time before the date), agrees with JSON-LD",
                 "8+ author only in the header byline and JSON-LD Person: ['Bích Ngọc']"])


# ---------------------------------------------------------------------------
# I. Link cards without heading (between sapo and body, inside the body);
#    a paragraph that starts "Tin liên quan đến vụ cháy": Tin Bình Nguyên
# ---------------------------------------------------------------------------
def page_binhnguyen() -> None:
    host = "binhnguyen.example.vn"
    url = f"https://{host}/xa-hoi/chay-xuong-che-bien-go-trong-cum-cong-nghiep-a64410.html"
    site = "Tin Bình Nguyên"
    title = "Cháy xưởng chế biến gỗ trong cụm công nghiệp, thiệt hại hàng tỷ đồng"
    lead = ("Khoảng 14h ngày 10/6, một xưởng chế biến gỗ trong cụm công nghiệp Đồng Phú bất ngờ "
            "bốc cháy dữ dội. Lực lượng cảnh sát phòng cháy, chữa cháy mất gần ba giờ mới khống "
            "chế được đám cháy, không có thiệt hại về người.")
    media = f"https://media.{host}/2024/06/10/"
    img = media + "chay-xuong-go-dong-phu.jpg"
    b = Body(url)
    c1 = "Cháy lớn tại kho phế liệu, khói đen bao trùm khu dân cư"
    b.drop(f'<div class="lienket-tin"><a href="https://{host}/xa-hoi/{slug(c1)}-a64012.html" '
           f'class="lienket-tin__anh"><img src="https://media.{host}/thumb/2024/05/kho-phe-lieu.jpg" '
           f'width="120" height="80" alt=""></a><a href="https://{host}/xa-hoi/{slug(c1)}-a64012.html" '
           f'class="lienket-tin__ten">{esc(c1)}</a></div>', c1)
    b.p("Theo người dân sống gần khu vực, lửa bùng lên từ khu vực chứa mùn cưa phía sau xưởng, "
        "sau đó nhanh chóng lan sang kho thành phẩm. Cột khói đen bốc cao hàng chục mét, có thể "
        "nhìn thấy từ cách xa vài cây số.")
    cap = "Lực lượng chữa cháy phun nước dập lửa tại xưởng gỗ chiều 10/6."
    b.image(f'<figure class="hinh-anh"><img src="{img}" alt="Cháy xưởng gỗ" width="700" height="467">'
            f'<figcaption class="hinh-anh__chu-thich">{esc(cap)}</figcaption></figure>', img, cap)
    b.p("Nhận tin báo, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh đã "
        "điều động 8 xe chữa cháy cùng gần 60 cán bộ, chiến sĩ đến hiện trường. Do bên trong có "
        "nhiều gỗ, sơn và dung môi dễ cháy nên ngọn lửa lan rất nhanh, gây khó khăn cho công tác "
        "cứu chữa.")
    c2 = "Tăng cường kiểm tra phòng cháy tại các cơ sở sản xuất gỗ"
    c2s = "Công an tỉnh ban hành kế hoạch kiểm tra đột xuất 120 cơ sở chế biến gỗ trong quý III."
    b.drop(f'<div class="embed-article" data-id="64201"><a class="embed-article__thumb" '
           f'href="https://{host}/xa-hoi/{slug(c2)}-a64201.html"><img '
           f'src="https://media.{host}/thumb/2024/06/kiem-tra-pccc.jpg" width="160" height="100" '
           f'alt=""></a><div class="embed-article__info"><a class="embed-article__title" '
           f'href="https://{host}/xa-hoi/{slug(c2)}-a64201.html">{esc(c2)}</a>'
           f'<p class="embed-article__sapo">{esc(c2s)}</p></div></div>', c2, c2s)
    b.p("Đến khoảng 17h cùng ngày, đám cháy cơ bản được dập tắt. Toàn bộ nhà xưởng rộng khoảng "
        "1.200 m², nhiều máy móc, thiết bị và hàng trăm mét khối gỗ thành phẩm bị thiêu rụi. Ước "
        "tính thiệt hại ban đầu lên tới hàng tỷ đồng.")
    b.p("Tin liên quan đến vụ cháy, chiều cùng ngày, đại diện Ban Quản lý các cụm công nghiệp "
        "tỉnh cho biết xưởng gỗ này đã được kiểm tra về phòng cháy, chữa cháy vào tháng 3 năm nay "
        "và được yêu cầu bổ sung hệ thống báo cháy tự động ở khu vực kho. Cơ quan chức năng đang "
        "làm rõ doanh nghiệp đã khắc phục các tồn tại này hay chưa.")
    b.p("Hiện Công an tỉnh đang phong tỏa hiện trường, phối hợp với các đơn vị liên quan điều tra "
        "nguyên nhân vụ cháy.")
    b.drop('<p style="text-align:right"><strong>Đức Anh</strong></p>', "Đức Anh")

    most = pool(30, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2024-06-10T18:35:00+07:00">
<meta property="article:section" content="Xã hội">
<link rel="stylesheet" href="https://{host}/css/app.css?v=88">
{gtag("BN9")}
</head>
<body>
<div id="app">
<header class="hdr">
  <div class="hdr__bar"><a class="hdr__logo" href="https://{host}/">{site}</a>
  <nav class="hdr__nav">{menu(host, MENU_COMMON, "hdr__menu")}</nav></div>
</header>
<div class="page">
  <div class="page__main">
    <div class="chuyenmuc"><a href="https://{host}/xa-hoi">Xã hội</a> <a href="https://{host}/xa-hoi/phap-luat">Pháp luật</a></div>
    <h1 class="tieude-bai">{esc(title)}</h1>
    <div class="ngaythang">10/06/2024 18:35 GMT+7</div>
    <p class="sapo">{esc(lead)}</p>
    <div class="noidung-chitiet">
{b.html}
    </div>
    <div class="nguon-tin">Bình Nguyên - Thông tin nhanh, chính xác</div>
    <div class="binhluan-fb"><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div>
  </div>
  <div class="page__side">
    <div class="hop-tin"><div class="hop-tin__ten">Đọc nhiều</div>{link_list(host, most, "xa-hoi", start_id=64300)}</div>
    {media_box(host, pool(41, 3), "hop-video")}
  </div>
</div>
{sitemap(host, "ftr-map")}
<footer class="ftr"><p>{site} - Trang tin điện tử tổng hợp. Giấy phép số 00/GP-TTĐT.</p>
<p>Địa chỉ: Khu phố 3, phường Tân Bình. Điện thoại: 0271 3 879 000.</p></footer>
</div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0"></script>
<script src="https://{host}/js/app.js?v=88"></script>
</body>
</html>
"""
    write("binhnguyen_cards_chay_xuong_go", url=url, title=title, lead=lead, body=b,
          authors=["Đức Anh"], published="2024-06-10T18:35:00+07:00", modified=None, page=page,
          bad=("Đọc nhiều", most[0], "Thông tin nhanh, chính xác"),
          images=None,
          rules=["1+ related by shape: a link card (thumbnail + title) with no heading between the "
                 "sapo and the first paragraph; an embedded article card (thumbnail, title link, "
                 "one-line sapo) inside the body; their thumbnails are not article images",
                 "1- a paragraph that starts 'Tin liên quan đến vụ cháy, ...' is article text",
                 "5+ body in div.noidung-chitiet (unknown class)",
                 "2+ figcaption",
                 "3+ right-aligned bold byline 'Đức Anh'",
                 "7+ visible '10/06/2024 18:35 GMT+7' (time after the date), agrees with meta"])


# ---------------------------------------------------------------------------
# J. "Đọc thêm" box inside the body; a subheading "Xem thêm ở đâu?" with real
#    paragraphs; centred captions: Báo Đất Sen
# ---------------------------------------------------------------------------
def page_datsen() -> None:
    host = "datsen.example.vn"
    url = f"https://{host}/du-lich/mua-sen-no-ron-hut-khach-ve-dam-sen-thuong-p28711.html"
    site = "Báo Đất Sen"
    title = "Mùa sen nở rộ, hút khách về vùng đầm Sen Thượng"
    lead = ("Tháng 6, những đầm sen ở xã Sen Thượng vào mùa nở rộ, thu hút đông đảo du khách đến "
            "tham quan, chụp ảnh. Du lịch sinh thái gắn với cây sen đang mở ra hướng đi mới cho "
            "người dân địa phương.")
    up = "/uploads/2024/06/09/"
    b = Body(url)

    def centred(name: str, cap: str) -> None:
        b.image(f'<div style="text-align:center"><img src="{up}{name}" alt="" width="680" '
                f'height="453" /></div>\n<p style="text-align: center;"><span style="font-size:13px">'
                f'{esc(cap)}</span></p>', up + name, cap)

    b.p("Những ngày này, dọc tuyến đường vào xã Sen Thượng, hàng chục héc-ta sen đồng loạt nở "
        "hoa, tỏa hương thơm ngát. Từ sáng sớm, nhiều đoàn khách đã có mặt để ngắm bình minh trên "
        "đầm sen và chụp những bức ảnh kỷ niệm.")
    centred("dam-sen-binh-minh.jpg", "Du khách chụp ảnh bên đầm sen lúc sáng sớm.")
    b.p("Chị Nguyễn Thị Bé Tư, chủ một điểm du lịch sinh thái trong xã, cho biết gia đình chị đầu "
        "tư gần 3 ha đầm sen, kết hợp làm cầu tre, chòi nghỉ và phục vụ các món ăn chế biến từ "
        "sen. Vào cuối tuần, điểm du lịch đón từ 400 đến 500 lượt khách.")
    b.p("Ngoài ngắm sen, du khách còn được trải nghiệm chèo xuồng hái sen, tự tay bóc hạt sen "
        "tươi và thưởng thức các món đặc sản như gỏi ngó sen, cơm lá sen, chè hạt sen. Giá vé "
        "tham quan chỉ từ 20.000 đến 30.000 đồng/người.")
    rel = ["Lễ hội Sen lần thứ nhất thu hút hơn 20.000 lượt khách",
           "Nông dân trồng sen lấy hạt thu lãi gấp đôi trồng lúa"]
    b.drop("<p><strong>Đọc thêm:</strong></p>\n" + "\n".join(
        f'<p><a href="https://{host}/du-lich/{slug(t)}-p{28000 + 91 * i}.html">{esc(t)}</a></p>'
        for i, t in enumerate(rel)), "Đọc thêm:", *rel)
    b.h("h3", "Xem thêm ở đâu?")
    b.p("Cách đầm Sen Thượng khoảng 15 km, làng nghề dệt chiếu Tân Mỹ là điểm dừng chân được "
        "nhiều du khách lựa chọn. Tại đây, khách có thể tìm hiểu quy trình dệt chiếu thủ công từ "
        "cây lác và mua sản phẩm làm quà.")
    b.p("Du khách yêu thích thiên nhiên có thể ghé khu rừng tràm Gáo Giồng hoặc chợ nổi cuối tuần "
        "ở thị trấn, nơi bày bán nhiều loại nông sản, bánh dân gian của vùng đồng bằng.")
    centred("goi-ngo-sen.jpg", "Món gỏi ngó sen được nhiều du khách yêu thích.")
    b.p("Theo Phòng Văn hóa và Thông tin huyện, năm nay địa phương sẽ tổ chức Lễ hội Sen lần thứ "
        "hai từ ngày 20 đến 23/6 với nhiều hoạt động như thi làm đẹp với sen, trình diễn ẩm thực, "
        "đờn ca tài tử và bán hàng nông sản, sản phẩm OCOP.")
    b.drop('<p style="text-align: right;"><strong>Bài, ảnh: Hoài Thương</strong></p>',
           "Bài, ảnh: Hoài Thương", "Hoài Thương")

    newest = pool(36, 5)
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {site}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, f"https://{host}{up}dam-sen-binh-minh.jpg", site)}
<meta property="article:published_time" content="2024-06-09T06:00:00+07:00">
<meta property="article:modified_time" content="2024-06-09T06:00:00+07:00">
<link rel="stylesheet" href="/themes/datsen/css/style.css">
{gtag("DS10")}
</head>
<body class="single-post">
<div class="site">
<header class="site-header">
  <div class="container"><a href="/" class="brand"><img src="/themes/datsen/img/logo.png" alt="{site}"></a></div>
  <nav class="primary-nav"><div class="container">{menu(host, MENU_COMMON, "nav-menu", "nav-item")}</div></nav>
</header>
<div class="container main-wrap">
  <div class="content-area">
    <nav class="bc"><a href="/">Trang chủ</a> › <a href="/du-lich">Du lịch</a></nav>
    <h1 class="post-title">{esc(title)}</h1>
    <div class="post-meta"><span class="post-date">Chủ Nhật, 09/06/2024 - 06:00</span> <span class="post-cat">Du lịch</span></div>
    <div class="post-excerpt">{esc(lead)}</div>
    <div class="post-content">
{b.html}
    </div>
    <div class="post-tags">Tags: <a href="/tag/mua-sen">mùa sen</a> <a href="/tag/du-lich-sinh-thai">du lịch sinh thái</a></div>
  </div>
  <aside class="sidebar">
    <div class="widget"><h4 class="widget-title">Bài mới</h4>{link_list(host, newest, "tin-tuc", start_id=28600)}</div>
    <div class="widget">{media_box(host, pool(2, 3))}</div>
  </aside>
</div>
{sitemap(host)}
<footer class="site-footer"><div class="container">
  <p>{site} điện tử - Cơ quan của Đảng bộ tỉnh. Giấy phép số 00/GP-BTTTT.</p>
  <p>Địa chỉ: 01 Đường 30/4, phường 1, thành phố. Điện thoại: 0277 3 851 000.</p>
</div></footer>
</div>
<script src="/themes/datsen/js/app.js"></script>
{ADS}
</body>
</html>
"""
    write("datsen_doc_them_mua_sen", url=url, title=title, lead=lead, body=b,
          authors=["Hoài Thương"], published="2024-06-09T06:00:00+07:00",
          modified="2024-06-09T06:00:00+07:00", page=page,
          bad=("Bài mới", newest[0], "mùa sen"),
          rules=["1+ related box by heading standing alone in the body: <p><strong>Đọc thêm:</strong></p> "
                 "followed by link-only <p>s",
                 "1- right after it, the subheading <h3>Xem thêm ở đâu?</h3> opens real paragraphs: kept",
                 "2+ centred captions: <p style=\"text-align: center;\"><span> under a centred div image",
                 "3+ 'Bài, ảnh: Hoài Thương' right-aligned bold -> ['Hoài Thương']",
                 "4+ sapo in div.post-excerpt (unknown class) equal to og:description",
                 "6+ tags after the body"])


# ---------------------------------------------------------------------------
# K. Italic quote paragraph far from any image; blockquote: Báo Cao Nguyên
# ---------------------------------------------------------------------------
def page_caonguyen() -> None:
    host = "caonguyen.example.vn"
    url = f"https://{host}/kinh-te/tai-canh-ca-phe-huong-di-ben-vung-cho-nong-dan-post11807.html"
    site = "Báo Cao Nguyên"
    title = "Tái canh cà phê: Hướng đi bền vững cho nông dân vùng cao nguyên"
    lead = ("Sau hơn 5 năm triển khai chương trình tái canh, nhiều vườn cà phê già cỗi đã được thay "
            "thế bằng giống mới cho năng suất cao, chất lượng tốt. Cùng với giá cà phê tăng cao, "
            "thu nhập của người trồng cà phê được cải thiện rõ rệt.")
    img = f"https://{host}/dataimages/202401/original/images1807_ca-phe-tai-canh.jpg"
    b = Body(url)
    cap = "Vườn cà phê tái canh của gia đình ông Y Bhăm Niê cho năng suất hơn 4 tấn nhân/ha."
    b.image(f'<figure class="image"><img src="{img}" alt="{att(cap)}" width="760" height="507">'
            f'<figcaption>{esc(cap)}</figcaption></figure>', img, cap)
    b.p("Gia đình ông Y Bhăm Niê ở buôn Cuôr Knia có 2 ha cà phê trồng từ những năm 1990. Khoảng "
        "7 năm trước, vườn cây già cỗi, sâu bệnh nhiều, năng suất chỉ còn khoảng 1,5 tấn nhân/ha.")
    b.p("Được cán bộ khuyến nông hướng dẫn, ông mạnh dạn nhổ bỏ toàn bộ vườn cũ, luân canh cây ngô "
        "trong hai năm để cải tạo đất rồi trồng lại bằng giống cà phê ghép TR4, TR9. Đến nay, vườn "
        "cà phê đã cho thu hoạch ổn định với năng suất hơn 4 tấn nhân/ha.")
    b.h("h2", "Giá cao, nông dân phấn khởi")
    b.p("Niên vụ 2023 - 2024, giá cà phê nhân xô tại các địa phương liên tục lập đỉnh mới, có thời "
        "điểm vượt 100.000 đồng/kg. Nhiều hộ trồng cà phê có thu nhập cao nhất từ trước đến nay.")
    b.p("Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh đã tái canh được hơn 36.000 ha cà "
        "phê, đạt 92% kế hoạch đề ra. Diện tích cà phê tái canh cho năng suất bình quân 3,5 - 4 tấn "
        "nhân/ha, cao hơn khoảng 30% so với vườn cũ.")
    b.p("Ông Nguyễn Văn Thành, Giám đốc Trung tâm Khuyến nông tỉnh, đánh giá:")
    q = ("“Tái canh không chỉ là thay giống mà là thay đổi cả tư duy sản xuất. Người nông dân phải "
         "biết ghi chép nhật ký, sử dụng phân bón, nước tưới hợp lý và hướng đến các chứng nhận bền "
         "vững để bán được giá cao hơn.”")
    b.keep(f"<p><em>{esc(q)}</em></p>", q)
    b.h("h2", "Còn nhiều khó khăn")
    b.p("Dù vậy, quá trình tái canh vẫn gặp không ít trở ngại. Chi phí tái canh 1 ha cà phê hiện "
        "khoảng 250 - 300 triệu đồng, trong khi phải mất ba năm cây mới cho thu hoạch. Nhiều hộ "
        "nghèo, cận nghèo khó tiếp cận nguồn vốn vay ưu đãi do không có tài sản thế chấp.")
    bq = ("Chương trình tái canh cà phê giai đoạn 2021 - 2025 đặt mục tiêu tái canh thêm 15.000 ha, "
          "gắn với xây dựng vùng nguyên liệu đạt các chứng nhận sản xuất bền vững.")
    b.keep(f'<blockquote class="quote"><p>{esc(bq)}</p></blockquote>', bq)
    b.p("Ngành nông nghiệp kiến nghị các ngân hàng tiếp tục kéo dài thời gian cho vay, điều chỉnh "
        "mức lãi suất phù hợp với chu kỳ sinh trưởng của cây cà phê, đồng thời tăng cường liên kết "
        "giữa nông dân với doanh nghiệp thu mua, chế biến.")
    b.drop('<p style="text-align: right;"><strong>Ngọc Hân</strong></p>', "Ngọc Hân")

    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "url": url, "image": [img], "datePublished": "2024-01-17T14:10:00+07:00",
              "dateModified": "2024-01-17T14:32:00+07:00",
              "author": {"@type": "Person", "name": "Ngọc Hân"},
              "publisher": {"@type": "Organization", "name": site}}
    newest = pool(9, 6)
    rel = pool(45, 4)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {site}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2024-01-17T14:10:00+07:00">
{ld(jsonld)}
<link rel="stylesheet" href="https://{host}/css/styles.css">
{gtag("CN11")}
</head>
<body>
<header class="site-head">
  <div class="site-head__logo"><a href="/">{site}</a></div>
  <nav class="site-head__nav">{menu(host, MENU_COMMON, "nav")}</nav>
</header>
<div class="main">
  <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="story__cat"><a href="/kinh-te">Kinh tế</a></div>
    <h1 class="story__title" itemprop="headline">{esc(title)}</h1>
    <div class="story__meta"><span class="story__time">Thứ Tư, 17/01/2024 14:10</span></div>
    <h2 class="story__sapo" itemprop="description">{esc(lead)}</h2>
    <div class="story__body" itemprop="articleBody">
{b.html}
    </div>
    <div class="story__related">
      <h3>Bài liên quan</h3>
      {link_list(host, rel, "kinh-te", start_id=11700)}
    </div>
  </article>
  <aside class="side"><h3>Tin mới</h3>{link_list(host, newest, "tin-moi", start_id=11900)}</aside>
</div>
{sitemap(host, "foot-map")}
<footer class="site-foot"><p>{site} - Giấy phép số 00/GP-BTTTT. Tổng Biên tập: Y Khoa Niê.</p>
<p>Địa chỉ: 16 Lê Duẩn, thành phố. Điện thoại: 0262 3 852 000.</p></footer>
<script src="https://{host}/js/app.js"></script>
</body>
</html>
"""
    write("caonguyen_italic_quote_ca_phe", url=url, title=title, lead=lead, body=b,
          authors=["Ngọc Hân"], published="2024-01-17T14:10:00+07:00",
          modified="2024-01-17T14:32:00+07:00", page=page,
          bad=("Bài liên quan", rel[0], newest[0]),
          rules=["2- an italic <p><em>“...”</em></p> quote in the body, six blocks away from the only "
                 "image: article text, not a caption",
                 "2+ figcaption at the top of the body",
                 "5+ h2 subheadings and a <blockquote> paragraph kept",
                 "3+ right-aligned bold byline 'Ngọc Hân'",
                 "7+ visible 'Thứ Tư, 17/01/2024 14:10' agrees with meta and JSON-LD"])


# ---------------------------------------------------------------------------
# L. Series page: sapo inside the body, one-word paragraphs, "Nhóm PV": Báo Trung Du
# ---------------------------------------------------------------------------
def page_trungdu() -> None:
    host = "trungdu.example.vn"
    url = f"https://{host}/phong-su/cat-tac-tren-song-lo-ky-3-can-loi-giai-triet-de-500219.html"
    site = "Báo Trung Du"
    title = "Cát tặc trên sông Lô - Kỳ 3: Cần lời giải triệt để"
    lead = ("Tình trạng khai thác cát trái phép trên sông Lô dù đã được chấn chỉnh nhiều lần nhưng "
            "vẫn tái diễn. Để chấm dứt vấn nạn này, cần sự vào cuộc đồng bộ của chính quyền các cấp "
            "và sự giám sát thường xuyên của người dân.")
    up = f"https://{host}/media/2023/12/05/"
    b = Body(url)
    b.raw(f'<p class="sapo"><strong>{esc(lead)}</strong></p>')
    series = ["Cát tặc trên sông Lô - Kỳ 1: Đêm trắng bên bờ sông",
              "Cát tặc trên sông Lô - Kỳ 2: Những bãi tập kết không phép"]
    b.drop('<div class="series-box"><div class="series-box__name">Loạt bài: Cát tặc trên sông Lô'
           '</div><ul>' + "".join(
               f'<li><a href="https://{host}/phong-su/{slug(t)}-5000{i + 1}7.html">{esc(t)}</a></li>'
               for i, t in enumerate(series)) + "</ul></div>", *series, "Loạt bài:")
    b.p("Những ngày cuối tháng 11, chúng tôi trở lại đoạn sông chảy qua xã Phú Khê. Bãi bồi ven "
        "sông vẫn hằn sâu những vết máy xúc, nhiều đoạn bờ bị sạt lở, cuốn trôi cả hàng chục gốc "
        "tre của người dân.")
    b.p("Ông Nguyễn Văn Lâm, một người dân sống ven sông, chỉ tay về phía những chiếc tàu hút đang "
        "neo đậu cách đó không xa. Ông kể ban ngày tàu nằm im, đêm xuống lại nổ máy hút cát đến "
        "gần sáng, cả xóm mất ngủ. Hỏi ông đã báo chính quyền chưa, ông chỉ lắc đầu.")
    b.p("Im lặng.")
    cap = "Bờ sông Lô đoạn qua xã Phú Khê bị sạt lở nghiêm trọng."
    b.image(f'<figure class="article-img"><img src="{up}bo-song-sat-lo.jpg" alt="" width="750" '
            f'height="500"><figcaption>{esc(cap)}</figcaption></figure>', up + "bo-song-sat-lo.jpg", cap)
    b.bold("Trách nhiệm thuộc về ai?")
    b.p("Theo quy định, UBND cấp xã có trách nhiệm bảo vệ tài nguyên khoáng sản chưa khai thác "
        "trên địa bàn. Tuy nhiên, lãnh đạo nhiều xã ven sông cho rằng lực lượng mỏng, không có "
        "phương tiện thủy nên rất khó xử lý các tàu hút cát hoạt động vào ban đêm.")
    b.p("Đại diện Sở Tài nguyên và Môi trường cho biết, từ đầu năm đến nay, các lực lượng chức năng "
        "đã phát hiện, xử lý 23 vụ khai thác, vận chuyển cát trái phép, tạm giữ 17 phương tiện, "
        "phạt tiền hơn 1,4 tỷ đồng. Dù vậy, số vụ bị phát hiện vẫn chỉ là phần nổi của tảng băng "
        "chìm.")
    b.image(f'<figure class="article-img"><img src="{up}tau-hut-cat-neo-dau.jpg" alt="" width="750" '
            f'height="500"></figure>', up + "tau-hut-cat-neo-dau.jpg", None)
    b.bold("Cần giải pháp đồng bộ")
    b.p("Nhiều chuyên gia cho rằng, bên cạnh việc tăng cường tuần tra, cần sớm lắp đặt camera giám "
        "sát tại các điểm nóng, yêu cầu tất cả phương tiện khai thác, vận chuyển cát lắp thiết bị "
        "định vị. Đồng thời, cần xử lý nghiêm trách nhiệm người đứng đầu địa phương để xảy ra tình "
        "trạng khai thác trái phép kéo dài.")
    b.p("Về lâu dài, tỉnh cần đấu giá công khai các mỏ cát đủ điều kiện để đáp ứng nhu cầu vật "
        "liệu xây dựng, tránh tình trạng khan hiếm đẩy giá cát lên cao, tạo cơ hội cho cát tặc "
        "hoạt động.")
    b.p("Hết.")
    b.drop('<p style="text-align: right;"><strong>Nhóm PV</strong></p>', "Nhóm PV")

    newest = pool(17, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {site}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, up + "bo-song-sat-lo.jpg", site)}
<meta property="article:published_time" content="2023-12-05T05:00:00+07:00">
<meta property="article:section" content="Phóng sự">
<link rel="stylesheet" href="https://{host}/static/site.css">
{gtag("TD12")}
</head>
<body>
<header class="header"><div class="container"><a href="/" class="logo">{site}</a>
<nav>{menu(host, MENU_COMMON + ["Phóng sự", "Điều tra"], "menu")}</nav></div></header>
<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/phong-su">Phóng sự</a></div>
  <div class="article">
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-meta"><span class="article-date">Thứ Ba, 05/12/2023, 05:00</span></div>
    <div class="article-content">
{b.html}
    </div>
    <div class="article-foot"><a href="#" class="btn-share">Chia sẻ</a> <a href="#" class="btn-print">In</a></div>
  </div>
  <aside class="sidebar"><div class="box"><div class="box-title">Tin mới nhất</div>{link_list(host, newest, "tin-tuc", start_id=500100)}</div>
  {media_box(host, pool(29, 3))}</aside>
</main>
{sitemap(host)}
<footer class="footer"><div class="container"><p>{site} - Cơ quan của Đảng bộ tỉnh. Giấy phép số 00/GP-BTTTT.</p>
<p>Địa chỉ: 06 Trần Phú, thành phố. Điện thoại: 0210 3 846 000.</p></div></footer>
<script src="https://{host}/static/site.js"></script>
</body>
</html>
"""
    write("trungdu_series_nhom_pv", url=url, title=title, lead=lead, body=b, authors=["Nhóm PV"],
          published="2023-12-05T05:00:00+07:00", modified=None, page=page,
          bad=("Tin mới nhất", newest[0]),
          rules=["4+ the sapo sits INSIDE the body container (p.sapo, first child): lead once at the "
                 "head of text, not twice",
                 "1+ series navigation box ('Loạt bài: ...' + Kỳ 1, Kỳ 2 links, class series-box) "
                 "between the sapo and the first paragraph: out",
                 "3- 'Im lặng.' is a one-word paragraph in normal style mid-text: kept",
                 "3- 'Hết.' (end-of-series mark) right before the byline, normal style: kept in text",
                 "3+ 'Nhóm PV' right-aligned bold -> authors ['Nhóm PV']",
                 "5+ <p><strong> whole-line subheadings kept",
                 "2+ figcaption; a second figure without caption -> caption null",
                 "7+ visible 'Thứ Ba, 05/12/2023, 05:00'"])


# ---------------------------------------------------------------------------
# N. Sapo only as the first bold paragraph of the body; byline then a source
#    line: Báo Vịnh Xanh (custom PHP, div layout)
# ---------------------------------------------------------------------------
def page_vinhxanh() -> None:
    host = "vinhxanh.example.vn"
    url = f"https://{host}/xa-hoi/ban-giao-120-can-nha-dai-doan-ket-cho-ho-ngheo-d82311.html"
    site = "Báo Vịnh Xanh"
    title = "Bàn giao 120 căn nhà đại đoàn kết cho hộ nghèo trước mùa mưa bão"
    lead = ("Ngày 20/2, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với các doanh nghiệp tổ "
            "chức bàn giao 120 căn nhà đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở "
            "tại 6 huyện, thị xã.")
    src = "/upload_images/images/2024/02/20/ban-giao-nha-dai-doan-ket.jpg"
    b = Body(url)
    b.raw(f'<p style="text-align: justify;"><strong>{esc(lead)}</strong></p>')
    b.p("Mỗi căn nhà có diện tích từ 40 đến 50 m², được xây dựng kiên cố theo tiêu chí “ba cứng” "
        "gồm nền cứng, khung cứng và mái cứng, bảo đảm an toàn trong mùa mưa bão. Tổng kinh phí "
        "xây dựng hơn 7,2 tỷ đồng, trong đó mỗi hộ được hỗ trợ 60 triệu đồng, phần còn lại do gia "
        "đình, dòng họ và địa phương huy động.", ' style="text-align: justify;"')
    cap = ("Đại diện Ủy ban MTTQ tỉnh trao quyết định bàn giao nhà cho hộ nghèo tại xã Hải Tiến.")
    b.image(f"""<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">
<tbody>
<tr>
<td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td>
</tr>
<tr>
<td style="text-align: center;"><em>{esc(cap)}</em></td>
</tr>
</tbody>
</table>""", src, cap)
    b.p("Bà Nguyễn Thị Lành, 71 tuổi, ở thôn Đông Hải, xã Hải Tiến, xúc động khi nhận chìa khóa "
        "căn nhà mới. Nhiều năm qua, bà sống một mình trong căn nhà tạm lợp tôn, cứ mỗi mùa mưa "
        "bão lại phải sang nhà hàng xóm ở nhờ.", ' style="text-align: justify;"')
    b.p("Phát biểu tại buổi lễ, bà Vũ Thị Thanh Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho "
        "biết năm 2024, tỉnh phấn đấu hỗ trợ xây mới, sửa chữa 350 căn nhà cho hộ nghèo, hộ cận "
        "nghèo, góp phần hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn.",
        ' style="text-align: justify;"')
    b.p("Dịp này, các doanh nghiệp cũng trao tặng 120 suất quà, mỗi suất gồm một ti vi và một "
        "tủ lạnh cho các hộ được nhận nhà.", ' style="text-align: justify;"')
    b.drop('<p style="text-align: right;"><strong>Văn Long</strong></p>\n'
           '<p style="text-align: right;"><em>(Theo Cổng TTĐT tỉnh)</em></p>',
           "Văn Long", "(Theo Cổng TTĐT tỉnh)")

    others = pool(1, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{att(lead)}" />
<meta name="keywords" content="nhà đại đoàn kết, hộ nghèo, MTTQ" />
<link rel="canonical" href="{url}" />
{og(url, title, lead, "https://" + host + src, site)}
<meta property="article:published_time" content="2024-02-20T08:12:00+07:00" />
<link rel="stylesheet" type="text/css" href="/templates/vinhxanh/css/style.css" />
<script type="text/javascript" src="/templates/vinhxanh/js/jquery.js"></script>
{gtag("VX13")}
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="/"><img src="/templates/vinhxanh/images/logo.png" alt="{site}" /></a></div>
<div class="top_link"><a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="/dat-bao.html">Đặt báo</a></div></div>
<div id="menu">{menu(host, MENU_COMMON, "menu_ul", "menu_li", ".html")}</div>
<div id="main">
<div id="left_col">
<div class="path_link"><a href="/">Trang chủ</a> &raquo; <a href="/xa-hoi.html">Xã hội</a></div>
<div class="detail_title"><h1>{esc(title)}</h1></div>
<div class="detail_date">20/02/2024 - 08:12</div>
<div id="content_detail" class="noi_dung">
{b.html}
</div>
<div class="tool_bar"><a href="javascript:window.print()">In bài viết</a> | <a href="#" onclick="sendFriend();return false;">Gửi bạn bè</a></div>
<div class="other_news"><div class="other_title">Các tin đã đưa</div>
{link_list(host, others, "xa-hoi", "other_list", ext=".html", start_id=82200)}
</div>
</div>
<div id="right_col">
<div class="right_box"><div class="right_title">Liên kết</div><a href="https://cong.example.vn"><img src="/upload_images/banner/cong-ttdt.jpg" alt="Cổng TTĐT tỉnh" width="300" /></a></div>
<div class="right_box">{media_box(host, pool(14, 3), "video_box")}</div>
<div class="right_box"><div class="right_title">Thời tiết</div><div class="weather">Hạ Long: 18°C - 22°C, có mưa phùn</div></div>
</div>
</div>
{sitemap(host, "sitemap")}
<div id="footer"><p><b>{site.upper()} ĐIỆN TỬ</b> - Giấy phép số 00/GP-BTTTT</p>
<p>Tòa soạn: 52 Lê Thánh Tông, thành phố. Điện thoại: 0203 3 835 000</p></div>
</div>
<script type="text/javascript">function sendFriend(){{window.open('/send.php?id=82311','send','width=500,height=400');}}</script>
</body>
</html>
"""
    write("vinhxanh_sapo_bold_in_body", url=url, title=title, lead=lead, body=b,
          authors=["Văn Long"], published="2024-02-20T08:12:00+07:00", modified=None, page=page,
          bad=("Các tin đã đưa", others[0], "In bài viết", "Gửi bạn bè", "Thời tiết"),
          rules=["4+ no sapo element: the sapo is the first body paragraph, wholly bold, equal to "
                 "og:description; lead = it, once at the head of text",
                 "5+ container div#content_detail.noi_dung unknown",
                 "2+ table image: image row 1, centred italic caption row 2",
                 "3+ byline 'Văn Long' (right, bold) followed by a source line '(Theo Cổng TTĐT tỉnh)': "
                 "both out; authors ['Văn Long'] (the source is not an author)",
                 "7+ visible '20/02/2024 - 08:12' (time after the date)"])


# ---------------------------------------------------------------------------
# Q. "Có thể bạn quan tâm" box between the sapo and the body; <div> paragraphs
# ---------------------------------------------------------------------------
def page_dongnam() -> None:
    host = "dongnam.example.vn"
    url = f"https://{host}/kinh-te/hoi-cho-ocop-2023-thu-hut-hon-100-gian-hang-20231028090512.htm"
    site = "Tin Đông Nam"
    title = "Hội chợ OCOP 2023 thu hút hơn 100 gian hàng của các địa phương"
    lead = ("Sáng 28/10, tại Quảng trường trung tâm tỉnh, Hội chợ sản phẩm OCOP và hàng nông sản "
            "năm 2023 chính thức khai mạc với hơn 100 gian hàng của các tỉnh, thành phố trong khu "
            "vực. Hội chợ diễn ra đến hết ngày 1/11.")
    img = f"https://static.{host}/images/2023/10/28/hoi-cho-ocop.jpg"
    b = Body(url)
    rel = ["Sản phẩm OCOP lên sàn thương mại điện tử",
           "Thêm 35 sản phẩm đạt chuẩn OCOP 3 sao",
           "Người tiêu dùng ưu tiên hàng Việt dịp cuối năm"]
    b.drop('<div class="box-quan-tam">\n  <h3 class="box-quan-tam__title">Có thể bạn quan tâm</h3>\n'
           + link_list(host, rel, "kinh-te", ext=".htm", start_id=20231020) + "\n</div>",
           "Có thể bạn quan tâm", *rel)
    j = ' style="text-align: justify;"'

    def div(text: str) -> None:
        b.keep(f"<div{j}>{esc(text)}</div>", text)

    div("Hội chợ do Sở Công Thương phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức "
        "nhằm quảng bá, kết nối tiêu thụ các sản phẩm OCOP, sản phẩm nông nghiệp tiêu biểu, đặc "
        "trưng của địa phương.")
    b.raw(f"<div{j}>&nbsp;</div>")
    cap = "Khách tham quan mua sắm tại gian hàng sản phẩm OCOP của huyện Tân Phú. (Ảnh: Lê Minh)"
    b.image(f'<figure class="VCSortableInPreviewMode"><div><img src="{img}" alt="" width="660" '
            f'height="440"></div><figcaption class="PhotoCMS_Caption"><p>{esc(cap)}</p></figcaption>'
            '</figure>', img, cap)
    div("Các sản phẩm được trưng bày, giới thiệu rất đa dạng như hạt điều rang muối, cà phê, tiêu, "
        "mật ong, trái cây sấy, nước mắm, rượu truyền thống và nhiều mặt hàng thủ công mỹ nghệ. "
        "100% sản phẩm tham gia hội chợ đều có nguồn gốc, xuất xứ rõ ràng, được dán tem truy xuất.")
    b.raw(f"<div{j}>&nbsp;</div>")
    div("Bà Trần Thị Kim Thoa, chủ cơ sở sản xuất mật ong rừng, cho biết đây là lần thứ ba cơ sở "
        "tham gia hội chợ. “Hội chợ giúp chúng tôi gặp gỡ trực tiếp khách hàng, nhiều đại lý ở các "
        "tỉnh khác cũng tìm đến đặt hàng sau khi dùng thử sản phẩm”, bà Thoa nói.")
    b.raw(f"<div{j}>&nbsp;</div>")
    div("Trong thời gian diễn ra hội chợ, ban tổ chức còn tổ chức hội nghị kết nối cung cầu giữa "
        "các hợp tác xã với hệ thống siêu thị, sàn thương mại điện tử, cùng các hoạt động văn hóa, "
        "văn nghệ, trình diễn ẩm thực phục vụ người dân.")
    b.drop('<div style="text-align: right;"><strong>Bài và ảnh: Lê Minh</strong></div>',
           "Bài và ảnh: Lê Minh")

    most = pool(11, 6)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2023-10-28T09:05:00+07:00">
<meta property="article:modified_time" content="2023-10-28T11:40:00+07:00">
<link rel="stylesheet" href="https://static.{host}/css/web.css?v=20231001">
{gtag("DN14")}
</head>
<body>
<div class="header"><div class="w1040"><a class="logo" href="/">{site}</a>
<div class="menu">{menu(host, MENU_COMMON, "menu__list", "menu__item", ".htm")}</div></div></div>
<div class="w1040 detail">
  <div class="detail__left">
    <div class="detail__cate"><a href="/kinh-te.htm">Kinh tế</a></div>
    <h1 class="detail__title">{esc(title)}</h1>
    <div class="detail__time">28/10/2023 | 09:05</div>
    <h2 class="desc">{esc(lead)}</h2>
    <div class="detail__content">
{b.html}
    </div>
    <div class="detail__bottom"><a href="#" class="like">Thích</a> <a href="#" class="sendmail">Gửi bài</a></div>
  </div>
  <div class="detail__right"><div class="box"><div class="box__title">Đọc nhiều nhất</div>{link_list(host, most, "tin-tuc", ext=".htm", start_id=20231000)}</div>{media_box(host, pool(4, 3))}</div>
</div>
{sitemap(host, "footer-menu")}
<div class="footer"><div class="w1040"><p>{site} - Trang thông tin điện tử tổng hợp. Giấy phép số 00/GP-STTTT.</p>
<p>Địa chỉ: 30 Cách Mạng Tháng Tám, thành phố. Điện thoại: 0251 3 822 000.</p></div></div>
<script src="https://static.{host}/js/web.js?v=20231001"></script>
{ADS}
</body>
</html>
"""
    write("dongnam_box_quan_tam_ocop", url=url, title=title, lead=lead, body=b, authors=["Lê Minh"],
          published="2023-10-28T09:05:00+07:00", modified="2023-10-28T11:40:00+07:00", page=page,
          bad=("Đọc nhiều nhất", most[0], "Gửi bài"),
          rules=["1+ related box 'Có thể bạn quan tâm' (h3 + ul) at the top of the body container, "
                 "i.e. between the sapo and the first paragraph",
                 "5+ paragraphs are <div style=\"text-align: justify;\"> with &nbsp; spacer divs",
                 "4+ sapo in h2.desc (unknown class) equal to og:description",
                 "2+ figcaption whose caption ends with '(Ảnh: Lê Minh)'",
                 "3+ 'Bài và ảnh: Lê Minh' in a right-aligned div -> ['Lê Minh']",
                 "7+ visible '28/10/2023 | 09:05' (time after the date)"])


# ---------------------------------------------------------------------------
# R. Joomla + K2: lead image outside the full text, intro text, italic byline
# ---------------------------------------------------------------------------
def page_lamvien() -> None:
    host = "lamvien.example.vn"
    url = f"https://{host}/index.php/van-hoa/item/9021-ngay-hoi-van-hoa-cong-chieng"
    site = "Báo Lâm Viên"
    title = "Sôi nổi Ngày hội văn hóa cồng chiêng các dân tộc thiểu số"
    lead = ("Ngày 16/11, tại sân vận động trung tâm huyện Lâm Hà, Ngày hội văn hóa cồng chiêng các "
            "dân tộc thiểu số lần thứ V năm 2023 đã diễn ra với sự tham gia của 12 đội nghệ nhân "
            "đến từ các xã, thị trấn.")
    k2 = "/media/k2/items/cache/5be1f0c3a9d2e7b4c8a1f06d2e3b9c71"
    top_cap = "Các nghệ nhân biểu diễn cồng chiêng tại ngày hội."
    top = [{"url": f"https://{host}{k2}_L.jpg", "caption": top_cap}]
    b = Body(url)
    b.p("Ngày hội nhằm tôn vinh, bảo tồn và phát huy giá trị không gian văn hóa cồng chiêng, đồng "
        "thời tạo sân chơi lành mạnh, giao lưu giữa các nghệ nhân, đồng bào các dân tộc trên địa "
        "bàn.")
    b.p("Hơn 300 nghệ nhân, diễn viên quần chúng đã mang đến ngày hội những bài chiêng truyền "
        "thống, điệu múa xoang và các trò chơi dân gian đặc sắc. Bên cạnh phần thi diễn tấu cồng "
        "chiêng, các đội còn tham gia thi trình diễn trang phục truyền thống, dựng cây nêu và tái "
        "hiện nghi lễ mừng lúa mới.")
    b.h("h3", "Truyền nghề cho lớp trẻ")
    b.p("Điều đáng mừng là nhiều đội đã đưa các em học sinh tham gia biểu diễn. Em K’Thị Lan, học "
        "sinh lớp 9 Trường THCS Tân Thanh, chia sẻ em được bà và các cô trong buôn dạy đánh chiêng "
        "từ năm lớp 6, nay đã thuộc hơn chục bài chiêng cổ.")
    b.p("Ông Cil Ha Sơn, nghệ nhân 72 tuổi ở xã Đạ Đờn, cho rằng muốn giữ được cồng chiêng thì "
        "phải để người trẻ được chơi chiêng thường xuyên trong các dịp lễ hội của buôn làng, chứ "
        "không chỉ biểu diễn khi có hội thi.")
    b.p("Kết thúc ngày hội, ban tổ chức đã trao giải nhất toàn đoàn cho đội nghệ nhân xã Đạ Đờn, "
        "giải nhì cho xã Phi Tô và giải ba cho xã Tân Thanh.")
    b.drop('<p style="text-align: right;"><em>Văn Toàn - Thu Hằng</em></p>', "Văn Toàn - Thu Hằng")

    rel = pool(19, 4)
    latest = pool(33, 5)
    page = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<base href="{url}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="cồng chiêng, Lâm Hà, văn hóa dân tộc" />
<meta name="author" content="Super User" />
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{att(title)}" />
<meta property="og:description" content="{att(lead)}" />
<meta property="og:image" content="https://{host}{k2}_M.jpg" />
<meta name="image" content="https://{host}{k2}_M.jpg" />
<meta name="twitter:card" content="summary" />
<meta name="description" content="{att(lead)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/lamvien/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3" rel="stylesheet" type="text/css" />
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" type="text/css" />
<link href="/templates/lamvien/css/template.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?3c1b2f" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js?3c1b2f" type="text/javascript"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;sitepath=/" type="text/javascript"></script>
<script type="application/x-k2-headers">
{{"Last-Modified": "Thu, 16 Nov 2023 01:05:00 GMT", "ETag": "7d0c1f8e2a"}}
</script>
{gtag("LV15")}
</head>
<body class="site com_k2 view-item no-layout no-task itemid-112">
<div class="body"><div class="container">
<header class="header" role="banner">
  <div class="header-inner clearfix">
    <h1 class="brand"><a href="/">{site}</a></h1>
    <div class="header-search"><form action="/index.php" method="post"><input name="searchword" maxlength="200" type="search" placeholder="Tìm kiếm..." /></form></div>
  </div>
</header>
<nav class="navigation" role="navigation">
{menu(host, MENU_COMMON, "nav menu nav-pills mod-list", "item", "")}
</nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/van-hoa" class="pathway"><span itemprop="name">Văn hóa</span></a><meta itemprop="position" content="2"></li>
</ul>
<span id="startOfPageId9021"></span>
<div id="k2Container" class="itemView">
  <div class="itemHeader">
    <span class="itemDateCreated">Thứ năm, 16 Tháng 11 2023 08:05</span>
    <h2 class="itemTitle">{esc(title)}</h2>
    <span class="itemAuthor">Viết bởi <a rel="author" href="/index.php/van-hoa/itemlist/user/42-superuser">Super User</a></span>
  </div>
  <div class="itemToolbar"><ul>
    <li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li>
    <li><a class="itemPrintLink" rel="nofollow" href="/index.php/van-hoa/item/9021?tmpl=component&amp;print=1">In</a></li>
    <li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component">E-mail</a></li>
  </ul></div>
  <div class="itemBody">
    <div class="itemImageBlock">
      <span class="itemImage"><a data-k2-modal="image" href="{k2}_XL.jpg" title="Bấm để xem ảnh lớn"><img src="{k2}_L.jpg" alt="{att(title)}" style="width:600px; height:auto;" /></a></span>
      <span class="itemImageCaption">{esc(top_cap)}</span>
      <div class="clr"></div>
    </div>
    <div class="itemIntroText">
      <p><strong>{esc(lead)}</strong></p>
    </div>
    <div class="itemFullText">
{b.html}
    </div>
    <div class="clr"></div>
  </div>
  <div class="itemLinks">
    <div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/van-hoa">Văn hóa</a></div>
    <div class="itemTagsBlock"><span>Từ khóa</span><ul class="itemTags"><li><a href="/index.php/van-hoa/itemlist/tag/cồng chiêng">cồng chiêng</a></li><li><a href="/index.php/van-hoa/itemlist/tag/Lâm Hà">Lâm Hà</a></li></ul></div>
  </div>
  <div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-width="200" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div></div>
  <div class="itemRelated">
    <h3>Bài viết liên quan</h3>
    {link_list(host, rel, "index.php/van-hoa/item", "itemRelatedList", ext="", start_id=8900)}
  </div>
  <div class="itemNavigation"><span class="itemNavigationTitle">Bài viết khác</span> <a class="itemPrevious" href="/index.php/van-hoa/item/9020">« Tin trước</a> <a class="itemNext" href="/index.php/van-hoa/item/9022">Tin sau »</a></div>
  <div class="itemComments">
    <h3 class="itemCommentsFormTitle">Bình luận</h3>
    <form action="/index.php" method="post" id="comment-form" class="form-validate">
      <label class="formComment" for="commentText">Nội dung *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
      <label class="formName" for="userName">Tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />
      <input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />
    </form>
  </div>
</div>
</main>
<div id="aside" class="span3">
  <div class="moduletable"><h3>Tin mới nhất</h3>{link_list(host, latest, "index.php/tin-tuc/item", "latestnews mod-list", ext="", start_id=9000)}</div>
</div>
</div>
{sitemap(host, "footer-nav")}
<footer class="footer" role="contentinfo"><hr />
<p>{site} điện tử. Giấy phép số 00/GP-BTTTT. Địa chỉ: 38 Quang Trung, thành phố. Điện thoại: 0263 3 822 000.</p>
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
</footer>
</div></div>
</body>
</html>
"""
    write("lamvien_joomla_k2_cong_chieng", url=url, title=title, lead=lead, body=b,
          authors=["Văn Toàn", "Thu Hằng"], published="2023-11-16T08:05:00+07:00", modified=None,
          page=page, images=top,
          bad=("Super User", "Bài viết liên quan", rel[0], "Bài viết khác", "Tin mới nhất",
               latest[0], "Bấm để xem ảnh lớn", "giảm cỡ chữ", "Đăng trong"),
          rules=["5+ Joomla/K2 item: body div.itemFullText unknown; h1 is the site's brand, the title "
                 "is h2.itemTitle (= og:title); h3 subheading kept",
                 "4+ sapo in div.itemIntroText (unknown class, bold <p>), equal to og:description",
                 "2+ lead image in div.itemImageBlock ABOVE the intro text, caption in "
                 "span.itemImageCaption: belongs to images",
                 "3+ italic right-aligned byline 'Văn Toàn - Thu Hằng' -> two authors",
                 "8+ meta author and 'Viết bởi' name the CMS account 'Super User': not an author",
                 "6+ K2 tags, social, related, navigation and comment form after the full text",
                 "7+ extra visible form 'Thứ năm, 16 Tháng 11 2023 08:05' (K2 locale); no date meta"])


# ---------------------------------------------------------------------------
# S. "Nên xem" box mid-body, unknown container, "16h05 ngày 3/9/2023": Báo Phố Núi
# ---------------------------------------------------------------------------
def page_phonui() -> None:
    host = "phonui.example.vn"
    url = f"https://{host}/giao-thong/van-hanh-den-tin-hieu-thich-ung-tai-14-nut-giao-174520.html"
    site = "Báo Phố Núi"
    title = "Vận hành đèn tín hiệu giao thông thích ứng tại 14 nút giao trọng điểm"
    lead = ("Từ đầu tháng 9, thành phố đưa vào vận hành hệ thống đèn tín hiệu giao thông thích ứng "
            "tại 14 nút giao trọng điểm. Hệ thống tự động điều chỉnh thời gian đèn xanh, đèn đỏ "
            "theo lưu lượng phương tiện thực tế.")
    img = f"https://cdn.{host}/photos/2023/09/03/den-tin-hieu-hung-vuong.jpg"
    b = Body(url)
    b.p("Hệ thống sử dụng camera và cảm biến để đếm lưu lượng xe trên từng hướng, từ đó tính toán "
        "chu kỳ đèn phù hợp. Dữ liệu được truyền về Trung tâm điều hành đô thị thông minh của thành "
        "phố để theo dõi, điều chỉnh khi cần thiết.")
    b.p("Theo Ban Quản lý dự án đầu tư xây dựng thành phố, dự án có tổng mức đầu tư gần 19 tỷ "
        "đồng, triển khai từ tháng 3/2023. Trong giai đoạn đầu, các nút giao được lựa chọn là "
        "những điểm thường xuyên xảy ra ùn tắc vào giờ cao điểm sáng và chiều.")
    rel = ["Phạt nguội hơn 2.000 trường hợp vượt đèn đỏ qua camera",
           "Lắp thêm 60 camera giám sát giao thông ở nội thành"]
    b.drop('<div class="nenxem">\n  <div class="nenxem__tieude">Nên xem</div>\n' + "\n".join(
        f'  <div class="nenxem__muc"><a href="https://{host}/giao-thong/{slug(t)}-{174400 + 17 * i}'
        f'.html"><img src="https://cdn.{host}/thumbs/{slug(t)[:24]}.jpg" alt="" width="90"></a> '
        f'<a href="https://{host}/giao-thong/{slug(t)}-{174400 + 17 * i}.html">{esc(t)}</a></div>'
        for i, t in enumerate(rel)) + "\n</div>", "Nên xem", *rel)
    cap = "Đèn tín hiệu thích ứng được lắp đặt tại nút giao Hùng Vương - Lê Lợi."
    b.image(f'<figure class="tv-image"><img src="{img}" alt="" width="720" height="480">'
            f'<figcaption>{esc(cap)}</figcaption></figure>', img, cap)
    b.p("Anh Phan Văn Hậu, tài xế xe công nghệ, nhận xét sau gần một tuần vận hành, thời gian chờ "
        "đèn đỏ ở nút giao Hùng Vương - Lê Lợi giảm rõ rệt, nhất là vào giờ tan tầm. “Trước đây, "
        "có hôm tôi phải chờ ba, bốn lượt đèn mới qua được ngã tư, giờ chỉ một đến hai lượt”, anh "
        "Hậu nói.")
    b.h("h3", "Sẽ mở rộng thêm 20 nút giao")
    b.p("Ông Đỗ Minh Khôi, Phó Giám đốc Sở Giao thông vận tải, cho biết sau thời gian thí điểm, đơn "
        "vị sẽ đánh giá hiệu quả và đề xuất mở rộng hệ thống ra thêm 20 nút giao trong năm 2024. "
        "Các nút giao này sẽ được kết nối với nhau để tạo thành “làn sóng xanh” trên các trục "
        "đường chính.")
    b.p("Cùng với đó, thành phố sẽ tích hợp dữ liệu từ hệ thống đèn tín hiệu với camera giám sát "
        "an ninh, trật tự để phát hiện, xử lý vi phạm giao thông qua hình ảnh.")
    b.drop('<p class="tac-gia" style="text-align: right;"><b>Lan Anh</b></p>', "Lan Anh")

    latest = pool(38, 6)
    other = pool(25, 4)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {site}</title>
<meta name="description" content="{att(lead)}">
<link rel="canonical" href="{url}">
{og(url, title, lead, img, site)}
<meta property="article:published_time" content="2023-09-03T09:05:00+00:00">
<meta property="article:author" content="https://www.facebook.com/baophonui.example">
<link rel="stylesheet" href="https://cdn.{host}/assets/app.css">
{gtag("PN16")}
</head>
<body>
<div class="tv-header"><div class="tv-wrap">
  <a href="/" class="tv-logo"><img src="https://cdn.{host}/assets/logo.svg" alt="{site}"></a>
  <ul class="tv-quicklinks"><li><a href="/video">Video</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/emagazine">E-magazine</a></li></ul>
</div>
<div class="tv-nav"><div class="tv-wrap">{menu(host, MENU_COMMON + ["Giao thông", "Đô thị"], "tv-menu")}</div></div></div>
<div class="tv-wrap tv-article">
  <div class="tv-article__main">
    <div class="tv-crumbs"><a href="/">Trang chủ</a> <a href="/giao-thong">Giao thông</a></div>
    <h1 class="tv-article__title">{esc(title)}</h1>
    <div class="tv-article__info"><span class="tv-article__date">16h05 ngày 3/9/2023</span></div>
    <div class="summary">{esc(lead)}</div>
    <div class="chitiet-noidung">
{b.html}
    </div>
    <div class="tv-article__other"><div class="tv-box-title">Tin khác</div>{link_list(host, other, "giao-thong", start_id=174300)}</div>
  </div>
  <div class="tv-article__side"><div class="tv-box-title">Mới cập nhật</div>{link_list(host, latest, "tin-tuc", start_id=174500)}</div>
</div>
{sitemap(host, "tv-sitemap")}
<div class="tv-footer"><div class="tv-wrap"><p>{site} - Cơ quan của Đảng bộ tỉnh. Giấy phép số 00/GP-BTTTT.</p>
<p>Địa chỉ: 89 Hùng Vương, thành phố. Điện thoại: 0269 3 824 000.</p></div></div>
<script src="https://cdn.{host}/assets/app.js"></script>
{ADS}
</body>
</html>
"""
    write("phonui_nen_xem_den_tin_hieu", url=url, title=title, lead=lead, body=b, authors=["Lan Anh"],
          published="2023-09-03T16:05:00+07:00", modified=None, page=page,
          bad=("Mới cập nhật", "Tin khác", latest[0], other[0]),
          rules=["1+ related box 'Nên xem' (title div + two thumbnail/link rows) in the middle of "
                 "the body; its thumbnails are not article images",
                 "5+ body in div.chitiet-noidung (unknown); h3 subheading kept",
                 "4+ sapo in div.summary (unknown class) equal to og:description",
                 "7+ visible form '16h05 ngày 3/9/2023' (time before the date); meta in UTC agrees",
                 "3+ right-aligned bold byline 'Lan Anh'; meta article:author is a URL, not a name"])


def main() -> None:
    for build in (page_songhau, page_bactrung, page_nuirung, page_cuabien, page_dongbang,
                  page_phusa, page_bienthuy, page_songtra, page_binhnguyen, page_datsen,
                  page_caonguyen, page_trungdu, page_vinhxanh, page_dongnam, page_lamvien,
                  page_phonui):
        build()
    print(f"{len(PAGES)} pages written to {HERE}")


if __name__ == "__main__":
    main()
