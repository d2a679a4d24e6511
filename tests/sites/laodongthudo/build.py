"""Build the laodongthudo.vn fixture mini-site (MasterCMS shape) and its expected results.

Usage:  python tests/sites/laodongthudo/build.py

Stdlib only and idempotent: it deletes and rewrites ``laodongthudo.vn/`` and
``expected.json`` beside this file from the article data below, with no clock
or randomness involved, so two runs give byte-identical output.

What it writes (served by tests/fixture_server.py, which routes by Host header):

* ``laodongthudo.vn/robots.txt``, ``index.html`` (home page)
* section listings ``thoi-su/``, ``thoi-su/p2/``, ``cong-doan/``, ``cong-doan/p2/``,
  ``lao-dong/`` and ``lao-dong/viec-lam/`` (``div.col_category > div.list_news``,
  paging in ``div.__MB_ARTICLE_PAGING.paging`` whose LAST link is "next"; on the
  last page that link is the current page itself)
* RSS 2.0 feeds in ``_feeds/`` served through ``_routes.json`` at ``/rss_feed/``,
  ``/rss_feed/thoi-su`` and ``/rss_feed/cong-doan``
* sitemaps ``sitemap.xml`` (index) -> ``sitemaparticles-site-1.xml`` (articles)
  and ``sitemap_site_1.xml`` (section pages)
* one page per existing article, ``{slug}-{id}.html``
* ``_errors/404.html``, served with status 404 for the deleted article

Discovery traps: the article flagged ``listing_only`` is linked only from
``/thoi-su/p2``; the article flagged ``deleted`` is linked only from
``/cong-doan`` and has no file (``_routes.json`` answers 404).

All article text except the seed was written for this fixture. The seed article
(Hà Nội - Điện Biên, 25/04/2024) is transcribed from
/work/shared/seeds/laodongthudo-raw.txt with every boilerplate block that
/work/shared/seeds/README.md lists, at the place the raw text shows it.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
import shutil
import textwrap
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
SITE = HERE / "laodongthudo.vn"
BASE = "https://laodongthudo.vn"
TZ = timezone(timedelta(hours=7))
THEME = BASE + "/modules/frontend/themes/laodongthudo"
GA_ID = "G-LDTD0FIXTURE"
SAVED_ON = "Thứ hai, 20/05/2024"  # the "today" line in the page header, as when saved

# Menu of the real site (sites/README.md), with a few subsections.
MENU = [
    ("thoi-su", "Thời sự", []),
    ("thu-do-van-hien", "Thủ đô văn hiến", []),
    ("cong-doan", "Công đoàn", []),
    ("lao-dong", "Lao động", [("lao-dong/viec-lam", "Việc làm")]),
    ("kinh-te", "Kinh tế", []),
    ("dan-sinh", "Dân sinh", []),
    ("bat-dong-san", "Bất động sản", []),
    ("phap-luat", "Pháp luật", []),
    ("van-hoa", "Văn hóa", []),
    ("quoc-te", "Quốc tế", []),
    ("bon-phuong", "Bốn phương", []),
    ("giao-duc", "Giáo dục", []),
    ("y-te", "Y tế", []),
    ("the-thao", "Thể thao", []),
    ("xe-cong-nghe", "Xe - Công nghệ", []),
    ("cong-dong", "Cộng đồng", []),
    ("nhip-cau-doanh-nghiep", "Nhịp cầu doanh nghiệp", []),
]

# Sections that hold fixture articles: path, name, breadcrumb trail after "Trang chủ".
SECTIONS = {
    "thoi-su": {"path": "thoi-su", "name": "Thời sự", "crumbs": [("thoi-su", "Thời sự")]},
    "cong-doan": {"path": "cong-doan", "name": "Công đoàn", "crumbs": [("cong-doan", "Công đoàn")]},
    "viec-lam": {
        "path": "lao-dong/viec-lam",
        "name": "Việc làm",
        "crumbs": [("lao-dong", "Lao động"), ("lao-dong/viec-lam", "Việc làm")],
    },
}
PER_PAGE = 6


# --------------------------------------------------------------------------- helpers


def e(s: str) -> str:
    return html.escape(s, quote=True)


def slugify(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s


def parse_dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso(dt: datetime) -> str:
    return dt.isoformat()


def rfc822(dt: datetime) -> str:
    return email.utils.format_datetime(dt)


def block_text(fragment: str) -> str:
    """Text of one HTML block by the fixture's rules (tags out, &nbsp; -> space, NFC)."""
    s = re.sub(r"<[^>]+>", "", fragment)
    s = html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def wrap(fragment: str, on: bool, indent: str = "\t\t\t") -> str:
    """Hard-wrap long source lines the way some CMS editors save them (text is unchanged)."""
    if not on or len(fragment) < 120:
        return fragment
    lines = textwrap.wrap(fragment, width=96, break_long_words=False, break_on_hyphens=False)
    return ("\n" + indent).join(lines)


def img_url(when: datetime, kind: str, name: str, n: int = 0) -> str:
    """A MasterCMS store path: /stores/news_dataimages/YYYY/MMYYYY/DD/HH/<kind>/<name>-<ts>.jpg"""
    up = when - timedelta(minutes=17) + timedelta(seconds=41 * n)
    ts = up.strftime("%Y%m%d%H%M%S")
    rt = (up + timedelta(seconds=4)).strftime("%Y%m%d%H%M%S")
    folder = up.strftime("%Y/%m%Y/%d/%H")
    return f"{BASE}/stores/news_dataimages/{folder}/{kind}/{name}-{ts}.jpg?rt={rt}"


def strip_marker(sapo: str) -> str:
    return sapo[len("(LĐTĐ) "):] if sapo.startswith("(LĐTĐ) ") else sapo


# --- seed data: transcribed from /work/shared/seeds/laodongthudo-raw.txt ---
SEED_TITLE = 'Đưa hợp tác Hà Nội - Điện Biên ngày càng đi vào thực chất, hiệu quả'
SEED_SAPO = 'Ngày 25/4, tiếp tục chuỗi hoạt động tại tỉnh Điện Biên nhân dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), Đoàn đại biểu thành phố Hà Nội do đồng chí Nguyễn Ngọc Tuấn, Phó Bí thư Thành ủy, Chủ tịch HĐND Thành phố, Phó Trưởng đoàn đại biểu Quốc hội Thành phố dẫn đầu đã có cuộc làm việc với Ban Thường vụ Tỉnh ủy Điện Biên.'
SEED_RELATED = ['Điện Biên theo dòng lịch sử qua tài liệu lưu trữ', 'Lãnh đạo thành phố Hà Nội tưởng niệm các anh hùng liệt sĩ tại Điện Biên']
SEED_BODY = [
    ('p', 'Đại biểu thành phố Hà Nội tham gia buổi làm việc có các Ủy viên Ban Thường vụ Thành ủy: Trưởng ban Nội chính Thành ủy Nguyễn Quang Đức; Trưởng ban Dân vận Thành ủy Đỗ Anh Tuấn; Trung tướng - Giám đốc Công an Thành phố Nguyễn Hải Trung; Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền...'),
    ('p', 'Đại biểu tỉnh Điện Biên có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Thành Đô; Phó Chủ tịch UBND tỉnh Vừ A Bằng...'),
    ('img', 'Chủ tịch HĐND thành phố Hà Nội Nguyễn Ngọc Tuấn trao hỗ trợ Chương trình an sinh xã hội tặng tỉnh Điện Biên.'),
    ('p', 'Tại buổi làm việc, hai bên đã kiểm điểm lại tình hình, kết quả hợp tác giữa hai địa phương trong thời gian qua. Theo báo cáo đánh giá do Phó Chủ tịch UBND tỉnh Điện Biên Vừ A Bằng trình bày, những năm qua, tỉnh Điện Biên và thành phố Hà Nội đã có nhiều hoạt động giao lưu, hợp tác, trao đổi, học tập kinh nghiệm và triển khai nhiều lĩnh vực công tác phù hợp với thế mạnh của mỗi địa phương. Mối quan hệ hợp tác ngày càng phát triển một cách toàn diện trên các lĩnh vực, như công tác xây dựng Đảng, hệ thống chính trị; kinh tế, thương mại; phát triển đô thị, bảo vệ môi trường.'),
    ('p', 'Nổi bật, trong lĩnh vực văn hóa, thể thao và du lịch, hai địa phương đã tích cực triển khai các hoạt động xúc tiến đầu tư du lịch, đào tạo, nâng cao chất lượng nguồn nhân lực du lịch. Năm 2004, Hà Nội hỗ trợ tỉnh Điện Biên xây dựng công trình Thư viện tỉnh; năm 2013, hỗ trợ xây dựng 14 điểm công trình mái che hiện vật ngoài trời khu di tích lịch sử Điện Biên Phủ.'),
    ('p', 'Trong lĩnh vực y tế, Hà Nội đã phối hợp triển khai thực hiện đề án “Bệnh viện vệ tinh” chuyên ngành tim mạch của Bệnh viện Tim Hà Nội. Hằng năm, Hà Nội tổ chức nhiều đoàn y, bác sĩ khám bệnh, phát thuốc và tư vấn sức khỏe cho đồng bào các dân tộc tỉnh Điện Biên. Đối với lĩnh vực an sinh xã hội, Thành phố đã hỗ trợ kinh phí ủng hộ quỹ xóa đói giảm nghèo và nhiều công trình an sinh, phúc lợi khác.'),
    ('img', 'Chủ tịch HĐND thành phố Hà Nội Nguyễn Ngọc Tuấn trao tượng trưng 170 suất quà tặng gia đình chính sách và trẻ em khó khăn tỉnh Điện Biên.'),
    ('p', 'Trong lĩnh vực giáo dục, Hà Nội đã hỗ trợ về trang thiết bị dạy, học; tặng các công trình trường học, nhà bán trú, nhà ăn và tặng nhiều đồ dùng học tập, quần áo cho học sinh; tiêu biểu và mới đây nhất là khoản hỗ trợ 65 tỷ đồng cho tỉnh Điện Biên sửa chữa, nâng cấp Trường Tiểu học Hà Nội - Điện Biên Phủ.'),
    ('p', 'Trên tinh thần hướng về giáo dục Điện Biên, lần lượt những công trình do thành phố Hà Nội hỗ trợ đầu tư được ra đời: Năm 2011, Hà Nội hỗ trợ 2,4 tỷ đồng để đầu tư xây dựng Trường Trung học phổ thông chuyên Lê Quý Đôn, hỗ trợ 3 tỷ đồng đầu tư nhà Ban Giám hiệu Trung tâm Giáo dục thường xuyên tỉnh; năm 2012, hỗ trợ 9,989 tỷ đồng đầu tư xây dựng Trường Mầm non số 2 Sam Mứn, huyện Điện Biên; năm 2014, hỗ trợ 9,935 tỷ đồng để đầu tư xây dựng Trường Tiểu học Sín Thầu, huyện Mường Nhé.'),
    ('p', 'Đặc biệt, năm 1984, chào mừng kỷ niệm 30 năm Chiến thắng Điện Biên Phủ, thành phố Hà Nội đã hỗ trợ đầu tư xây dựng Trường Tiểu học Hà Nội - Điện Biên Phủ; năm 2004, nhân kỷ niệm 50 năm Chiến thắng Điện Biên Phủ, Hà Nội tiếp tục hỗ trợ đầu tư tu sửa, nâng cấp và mở rộng nhà trường. Tuy nhiên, qua nhiều năm sử dụng, một số hạng mục công trình hư hỏng, xuống cấp cần được nâng cấp, sửa chữa.'),
    ('p', 'Để chuẩn hóa cơ sở vật chất trường, lớp học, đáp ứng các tiêu chí xây dựng trường đạt chuẩn quốc gia, thành phố Hà Nội đã quan tâm hỗ trợ 65 tỷ đồng trong tổng mức đầu tư 70 tỷ đồng để xây dựng, sửa chữa, nâng cấp Trường Tiểu học Hà Nội - Điện Biên Phủ. Đây là công trình được đầu tư đồng bộ, hiện đại; có kiến trúc xây dựng đẹp, là điểm nhấn trong hệ thống các trường học trên địa bàn tỉnh.'),
    ('p', 'Phát biểu làm rõ thêm báo cáo, Chủ tịch UBND tỉnh Điện Biên Lê Thành Đô đề nghị thành phố Hà Nội tiếp tục phối hợp hiệu quả các nội dung hợp tác; tăng cường giao lưu, trao đổi kinh nghiệm và hỗ trợ an sinh xã hội, xóa đói giảm nghèo, giúp tỉnh Điện Biên phát triển kinh tế - xã hội, bảo đảm an ninh, quốc phòng.'),
    ('p', 'Nhất trí cao với báo cáo và ý kiến của lãnh đạo tỉnh Điện Biên, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Hà Nội Nguyễn Ngọc Tuấn khẳng định, buổi làm việc có ý nghĩa quan trọng, là cơ hội tiếp tục đẩy mạnh hợp tác, trao đổi kinh nghiệm, thúc đẩy mối quan hệ ngày càng gắn bó, mật thiết giữa 2 địa phương.'),
    ('img', 'Các đồng chí lãnh đạo thành phố Hà Nội trao quà tặng người có công tỉnh Điện Biên.'),
    ('p', 'Thông tin nhanh về tình hình, kết quả phát triển kinh tế - xã hội của Thủ đô và phương hướng, nhiệm vụ phát triển trong thời gian tới, nhất là những chủ trương lớn, như: Quy hoạch Thủ đô, xây dựng Luật Thủ đô (sửa đổi), đồng chí Nguyễn Ngọc Tuấn khẳng định, với quyết tâm đẩy mạnh phát triển mọi mặt, hướng với những mục tiêu cao hơn, xa hơn, trên tinh thần “Hà Nội vì cả nước”, Đảng bộ, chính quyền và nhân dân Thủ đô mong muốn tiếp tục tăng cường kết nối, hợp tác cùng phát triển với các tỉnh, thành phố trên cả nước, trong đó có Điện Biên.'),
    ('p', 'Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Hà Nội đề nghị thời gian tới, hai địa phương cần cùng nhau thúc đẩy hợp tác phát triển trên tinh thần ngày càng đi vào thực chất, hiệu quả và bằng tất cả tình cảm, trách nhiệm với nhau.'),
    ('p', 'Đồng chí Nguyễn Ngọc Tuấn cho biết, Thành ủy Hà Nội đã giao cho các đơn vị tham mưu phối hợp với tỉnh Điện Biên chuẩn bị nội dung làm việc để trong thời gian sớm nhất, Ban Thường vụ Thành ủy Hà Nội sẽ lên làm việc với Ban Thường vụ Tỉnh ủy Điện Biên nhằm đánh giá những ưu điểm và hạn chế trong thực hiện nội dung hợp tác mà hai bên đã triển khai từ năm 2019, xác lập khuôn khổ hợp tác mới trong những năm tới.'),
    ('p', 'Đồng chí Nguyễn Ngọc Tuấn nhấn mạnh một số nội dung, lĩnh vực Hà Nội và Điện Biên cần tập trung, tăng cường hợp tác, như: Công tác xây dựng Đảng và hệ thống chính trị; tiếp tục duy trì các chuyến thăm, làm việc và tham dự các sự kiện lớn của hai tỉnh, thành phố trong thời gian tới; tăng cường trao đổi kinh nghiệm trong đổi mới phương thức lãnh đạo, nâng cao sức chiến đấu của các cấp ủy Đảng; chú trọng học hỏi những kinh nghiệm hay, cách làm tốt trong công tác dân vận, tiếp xúc, đối thoại, tuyên truyền, nắm bắt tâm tư, nguyện vọng, tạo sự đồng thuận trong cán bộ, đảng viên và nhân dân, nhất là trong triển khai các dự án, công trình trọng điểm; kịp thời giải quyết những khó khăn, vướng mắc ở cơ sở; xây dựng chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong sạch, vững mạnh...'),
    ('p', 'Chủ tịch HĐND thành phố Hà Nội tin tưởng rằng, hợp tác Hà Nội - Điện Biên sẽ ngày càng hiệu quả, đem lại sức sống mới trong sự phát triển của hai địa phương.'),
    ('p', 'Nhân dịp này, thay mặt lãnh đạo thành phố Hà Nội, đồng chí Nguyễn Ngọc Tuấn và Đoàn đã trao tặng tỉnh Điện Biên bức ảnh Đại tướng Võ Nguyên Giáp, người anh cả của Quân đội nhân dân Việt Nam, vị tổng tư lệnh của Chiến thắng Điện Biên Phủ vĩ đại.'),
]
SEED_NEN_XEM = [
    (
        'Quan tâm, chăm lo sức khỏe cho đoàn viên, người lao động',
        'Ngày 18/4, tại Trung tâm Văn hóa và Thể thao huyện Thạch Thất, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã phối hợp Ủy ban nhân dân huyện Thạch Thất và các đơn vị liên quan tổ chức Chương trình khám sức khỏe, tầm soát phát hiện ung thư sớm cho cho 200 công nhân, viên chức, lao động (CNVCLĐ) trên địa bàn huyện.',
    ),
    (
        'Thêm thỏa thuận phúc lợi cho đoàn viên, người lao động ngành Y tế',
        'Công đoàn Y tế Việt Nam và Công ty Cổ phần Công nghệ mạng Lancs Việt Nam vừa ký thỏa thuận hợp tác chương trình phúc lợi cho đoàn viên ngành Y tế.',
    ),
    (
        'Những dấu ấn không thể quên trên sóng VTV dịp 50 năm Giải phóng miền Nam',
        'Nhân Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), Đài Truyền hình Việt Nam (VTV) đã giới thiệu đến công chúng cả nước chuỗi chương trình đặc biệt với nội dung phong phú, hình thức thế hiện đa dạng, trải rộng trên các kênh sóng và nền tảng số.',
    ),
    (
        'Khai thác tiềm năng đơn vị sự nghiệp công lập trong phát triển công nghiệp văn hóa Hà Nội',
        'Trong khuôn khổ Hội thảo "Các giải pháp để phát triển trung tâm công nghiệp văn hóa của Thủ đô Hà Nội" do Ủy ban nhân dân thành phố Hà Nội tổ chức ngày 18/4, TS Lê Xuân Kiêu - Giám đốc Trung tâm hoạt động văn hóa khoa học Văn Miếu - Quốc Tử Giám đã có những ý kiến tham góp quan trọng về mô hình trung tâm công nghiệp văn hóa từ đơn vị sự nghiệp công lập.',
    ),
    (
        'Đề nghị truy tặng Huân chương Chiến công hạng Nhất đối với Thiếu tá Nguyễn Đăng Khải',
        'Bộ Công an đã hoàn thiện hồ sơ, đề nghị Chủ tịch nước truy tặng Huân chương Chiến công hạng Nhất đối với đồng chí Nguyễn Đăng Khải; đề nghị Bộ Nội vụ trình Thủ tướng Chính phủ xét công nhận Liệt sĩ và cấp Bằng "Tổ quốc ghi công" đối với đồng chí Nguyễn Đăng Khải.',
    ),
    (
        'Quận Hoàn Kiếm đề xuất 10 khu phát triển thương mại và văn hóa',
        'Quận Hoàn Kiếm đã chủ động rà soát các khu phố, tuyến phố nghề, khu vực có lợi thế về vị trí thương mại, không gian văn hóa và dự kiến 10 khu vực có tiềm năng để hình thành khu phát triển thương mại và văn hóa trên địa bàn.',
    ),
    (
        'Thực hiện ngay giải pháp ổn định thị trường vàng, không để xảy ra thao túng giá',
        'Phó Thủ tướng Chính phủ Hồ Đức Phớc yêu cầu không để xảy ra việc thao túng, làm giá, đầu cơ trên thị trường vàng. Đồng thời thực hiện ngay các biện pháp để ổn định tâm lý xã hội.',
    ),
]
SEED_TIN_KHAC = [
    (
        'Làm rõ các nhóm chính sách để vận hành Trung tâm tài chính quốc tế tại Việt Nam',
        'Phó Chủ tịch Quốc hội Vũ Hồng Thanh đề nghị tiếp tục làm rõ 12 nhóm chính sách để vận hành Trung tâm tài chính quốc tế tại Việt Nam; làm rõ các chính sách đột phá, vượt trội, riêng có của Việt Nam.',
    ),
    (
        'Hà Nội lấy ý kiến nhân dân về sắp xếp đơn vị hành chính cấp xã',
        'UBND thành phố Hà Nội vừa ban hành Hướng dẫn số 02/HD-UBND tổ chức lấy ý kiến nhân dân và thông qua HĐND các cấp về sắp xếp đơn vị hành chính cấp xã trên địa bàn thành phố Hà Nội.',
    ),
    (
        'Sôi nổi các hoạt động Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước',
        'Sáng 18/4, tại Hà Nội, Ban Chỉ đạo Trung ương kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng của đất nước trong 3 năm (2023 - 2025) đã tổ chức Họp báo về các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).',
    ),
    (
        'Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài thông tin việc sắp xếp phường, xã',
        'Theo Bí thư Thành ủy Bùi Thị Minh Hoài, Hà Nội có 526 xã, phường, thị trấn, tới đây có thể 3-4 xã, phường, thị trấn sẽ thành một đơn vị; cán bộ quận, huyện, thị xã sẽ về cấp xã tham gia hệ thống chính trị... Thành phố sẽ thực hiện trên tinh thần “vừa chạy vừa xếp hàng”, rất khẩn trương, nhưng phải ổn định và trật tự; đồng thời không để gián đoạn, ảnh hưởng đến công việc.',
    ),
    (
        'Đề xuất phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi',
        'Ngày 17/4, tiếp tục Phiên họp thứ 44, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự thảo Nghị quyết của Quốc hội về phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 tuổi.',
    ),
    (
        'Chưa có căn cứ, cơ sở đề xuất điều chỉnh lương cơ sở vào năm 2026',
        'Theo Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, nguồn kinh phí để chi trả cho đối tượng chịu tác động trực tiếp của việc sắp xếp tổ chức bộ máy rất lớn, nên chưa đề xuất năm 2026 có điều chỉnh mức lương cơ sở cho các đối tượng có liên quan hay không.',
    ),
    (
        'UBTVQH cho ý kiến về cải cách tiền lương, điều chỉnh lương hưu',
        'Ngày 17/4, tiếp tục Phiên họp thứ 44, Ủy ban Thường vụ Quốc hội (UBTVQH) đã cho ý kiến về Báo cáo của Chính phủ về việc thực hiện cải cách tiền lương, điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp ưu đãi người có công và trợ cấp xã hội.',
    ),
    (
        'Đề xuất thí điểm Viện Kiểm sát nhân dân khởi kiện vụ án dân sự',
        'Viện trưởng Viện Kiểm sát nhân dân (VKSND) tối cao Nguyễn Huy Tiến cho biết, Nghị quyết được xây dựng nhằm thực hiện thí điểm VKSND khởi kiện vụ án dân sự công ích nhằm bảo vệ lợi ích của Nhà nước, quyền và lợi ích hợp pháp của các chủ thể là nhóm dễ bị tổn thương; tháo gỡ khó khăn, vướng mắc trong thực tiễn hiện nay.',
    ),
    (
        'Đồng Nai: Lấy mẫu AND để xác định danh tính của 64 liệt sỹ',
        'Ngày 16/4, Công an tỉnh Đồng Nai phối hợp với Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an) và Công ty cổ phần GeneStori thu mẫu cho các mẹ liệt sỹ, Mẹ Việt Nam Anh hùng và thân nhân của liệt sĩ chưa xác định được danh tính tại 11 huyện, thành phố trên địa bàn.',
    ),
    (
        'Phát biểu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Trung ương 11',
        'Sáng 16/4, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII. Tổng Bí thư Tô Lâm dự, phát biểu chỉ đạo Hội nghị tại điểm cầu Trung ương. Báo Lao động Thủ đô trân trọng giới thiệu toàn văn bài phát biểu chỉ đạo của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Hội nghị Trung ương 11 (Khóa XIII).',
    ),
]
# --------------------------------------------------------------------------- articles
#
# Body blocks:
#   ("p", html)             <p> paragraph (inline <strong>/<em>/<a> allowed, &nbsp; allowed)
#   ("nfd", html)           <p> paragraph written to the page in Unicode NFD (expected: NFC)
#   ("el", html)            bare text inside <div class="__MB_MASTERCMS_EL"> (counts as a paragraph)
#   ("h2"|"h3", text)       subheading
#   ("ul"|"ol", [html...])  list, one block per item
#   ("quote", [html...])    blockquote of paragraphs
#   ("img", caption|None, alt|None)   table.MASTERCMS_TPL_TABLE; alt None -> the headline
#   ("rel", [key...])       inline related box table.__MB_ARTICLE_A (links to fixture articles)
#   ("rel_ext", [(title, url)...])    the same, with links outside the fixture

ARTICLES = [
    dict(
        key="C1", id=184538, sec="cong-doan", pub="2024-04-17 09:20",
        title="Sôi nổi Hội thao công nhân, viên chức, lao động quận Hoàng Mai năm 2024",
        sapo="(LĐTĐ) Sáng 17/4, Liên đoàn Lao động quận Hoàng Mai tổ chức khai mạc Hội thao công nhân, viên chức, lao động năm 2024 với sự tham gia của hơn 600 vận động viên đến từ 42 công đoàn cơ sở trực thuộc.",
        byline="Bảo Linh", authors=["Bảo Linh"],
        tags=["hội thao", "công nhân", "Liên đoàn Lao động quận Hoàng Mai"],
        body=[
            ("p", "Hội thao là hoạt động thường niên nhằm chào mừng Tháng Công nhân, đồng thời tạo sân chơi lành mạnh, bổ ích, góp phần nâng cao đời sống tinh thần cho đoàn viên, người lao động trên địa bàn quận."),
            ("p", "Phát biểu khai mạc, Chủ tịch Liên đoàn Lao động quận Hoàng Mai nhấn mạnh, phong trào rèn luyện thân thể không chỉ giúp người lao động nâng cao sức khỏe để yên tâm sản xuất, công tác mà còn là dịp để các công đoàn cơ sở giao lưu, học hỏi, tăng cường tinh thần đoàn kết, gắn bó."),
            ("img", "Các vận động viên tranh tài ở nội dung kéo co nam nữ phối hợp.", None),
            ("p", "Trong hai ngày thi đấu, các vận động viên tranh tài ở 5 môn: bóng đá nam, cầu lông, bóng bàn, kéo co và nhảy bao bố. Ban tổ chức bố trí lịch thi đấu ngoài giờ làm việc để công nhân ở các doanh nghiệp có thể tham gia mà không ảnh hưởng đến sản xuất."),
            ("p", "Anh Lê Văn Thắng, công nhân một doanh nghiệp cơ khí trên địa bàn phường Lĩnh Nam chia sẻ: \u201cNgày thường chúng tôi làm theo ca, ít có dịp gặp gỡ anh em ở các đơn vị khác. Hội thao năm nay được tổ chức quy mô, ai cũng hào hứng đăng ký tham gia\u201d."),
            ("p", "Kết thúc hội thao, Ban tổ chức sẽ trao giải nhất, nhì, ba cho từng nội dung thi đấu và giải toàn đoàn cho các công đoàn cơ sở có thành tích xuất sắc."),
        ],
    ),
    dict(
        key="T1", id=184581, sec="thoi-su", pub="2024-04-19 10:05", mod="2024-04-19 12:05",
        listing_only=True,
        title="Hà Nội đẩy nhanh tiến độ cải tạo, xây dựng lại chung cư cũ",
        sapo="(LĐTĐ) Thành phố Hà Nội đang tập trung tháo gỡ vướng mắc về quy hoạch, bồi thường và tái định cư để đẩy nhanh tiến độ cải tạo, xây dựng lại các khu chung cư cũ đã xuống cấp, bảo đảm an toàn cho người dân.",
        byline="Nam Dương", authors=["Nam Dương"],
        tags=["chung cư cũ", "cải tạo đô thị", "Hà Nội"],
        body=[
            ("p", "Theo Sở Xây dựng Hà Nội, trên địa bàn thành phố hiện còn nhiều khu chung cư cũ được xây dựng từ những năm 1960 - 1990, phần lớn đã hết niên hạn sử dụng. Không ít công trình có kết cấu xuống cấp nghiêm trọng, hệ thống điện, cấp thoát nước hư hỏng, tiềm ẩn nguy cơ mất an toàn."),
            ("p", "Để đẩy nhanh tiến độ, thành phố yêu cầu các quận hoàn thành việc kiểm định, đánh giá chất lượng công trình, đồng thời công khai kết quả để người dân nắm rõ. Những nhà chung cư thuộc diện nguy hiểm cấp D phải được ưu tiên di dời, bố trí chỗ ở tạm cư phù hợp."),
            ("img", "Nhiều khu tập thể cũ tại Hà Nội đã xuống cấp, cần sớm được cải tạo.", "Một khu tập thể cũ tại quận Đống Đa"),
            ("h3", "Lấy người dân làm trung tâm"),
            ("p", "Một trong những điểm nghẽn lớn nhất hiện nay là việc thống nhất phương án bồi thường, tái định cư giữa chủ đầu tư và các hộ dân. Nhiều khu tập thể có diện tích cơi nới lớn, nguồn gốc sử dụng đất phức tạp nên công tác thỏa thuận mất nhiều thời gian."),
            ("p", "Đại diện một quận nội thành cho biết, quận đã thành lập các tổ công tác xuống từng khu tập thể để tuyên truyền, lắng nghe ý kiến của người dân. \u201cChúng tôi xác định phải làm chắc từng bước, công khai, minh bạch thì mới tạo được sự đồng thuận\u201d, vị đại diện nói."),
            ("p", "Bà Trần Thị Nga, một cư dân sống tại khu tập thể cũ hơn 40 năm, bày tỏ mong muốn dự án sớm được triển khai: \u201cCăn hộ nhà tôi tường nứt, mùa mưa thấm dột quanh năm. Gia đình sẵn sàng di chuyển nếu phương án tái định cư rõ ràng, hợp lý\u201d."),
            ("p", "Thành phố cũng đang nghiên cứu cơ chế để thu hút các nhà đầu tư có năng lực tham gia, gắn việc cải tạo chung cư cũ với chỉnh trang đô thị, bổ sung cây xanh, bãi đỗ xe và các công trình hạ tầng xã hội."),
        ],
    ),
    dict(
        key="T2", id=184618, sec="thoi-su", pub="2024-04-21 14:30",
        title="Siết chặt phòng cháy, chữa cháy tại nhà trọ, chung cư mini",
        sapo="(LĐTĐ) Các quận, huyện trên địa bàn Hà Nội đang đồng loạt kiểm tra, rà soát điều kiện an toàn phòng cháy, chữa cháy tại các nhà trọ, chung cư mini, nơi có đông công nhân, sinh viên thuê ở.",
        byline="Minh Anh - Quang Huy", authors=["Minh Anh", "Quang Huy"],
        tags=["phòng cháy chữa cháy", "nhà trọ", "chung cư mini"],
        body=[
            ("p", "Theo kế hoạch của thành phố, đợt kiểm tra tập trung vào những cơ sở cho thuê trọ có từ 5 phòng trở lên hoặc có quy mô từ 20 người ở trở lên, nhất là các khu vực gần khu công nghiệp, trường đại học."),
            ("p", "Qua kiểm tra bước đầu tại một số phường thuộc quận Cầu Giấy và Nam Từ Liêm,&nbsp;lực lượng chức năng phát hiện nhiều nhà trọ chưa có lối thoát nạn thứ hai, hệ thống báo cháy không hoạt động,&nbsp; thậm chí còn để xe máy, vật dụng dễ cháy chắn lối đi chung."),
            ("img", "Lực lượng chức năng kiểm tra hệ thống báo cháy tại một nhà trọ ở quận Cầu Giấy.", None),
            ("h3", "Những lỗi thường gặp"),
            ("p", "Tổng hợp từ các đoàn kiểm tra cho thấy, các lỗi vi phạm phổ biến gồm:"),
            ("ul", [
                "Không trang bị hoặc trang bị thiếu bình chữa cháy tại hành lang, khu để xe;",
                "Ô thoáng, ban công bị bịt kín bằng khung sắt, biển quảng cáo, không có lối mở khi xảy ra sự cố;",
                "Hệ thống điện được lắp đặt tạm bợ, dây dẫn chằng chịt, không có thiết bị đóng ngắt tự động;",
                "Chủ nhà chưa tổ chức hướng dẫn người thuê trọ kỹ năng thoát nạn.",
            ]),
            ("p", "Đối với các vi phạm có thể khắc phục ngay, đoàn kiểm tra yêu cầu chủ cơ sở cam kết hoàn thành trong thời hạn quy định. Trường hợp vi phạm nghiêm trọng, không bảo đảm điều kiện an toàn, cơ quan chức năng sẽ tạm đình chỉ hoạt động cho thuê."),
            ("p", "Chị Đỗ Thị Thu Trang, công nhân đang thuê trọ tại xã Kim Chung (huyện Đông Anh) cho biết: \u201cSau đợt kiểm tra, chủ nhà đã lắp thêm thang thoát hiểm và đèn chiếu sáng sự cố. Chúng tôi ở cũng yên tâm hơn\u201d."),
            ("p", "Cùng với kiểm tra, các địa phương tăng cường tuyên truyền, phát tờ rơi hướng dẫn kỹ năng thoát nạn; vận động người dân <strong>không sạc xe điện qua đêm</strong> trong khu vực để xe chung."),
        ],
    ),
    dict(
        key="C2", id=184634, sec="cong-doan", pub="2024-04-22 08:45", mod="2024-04-22 09:15",
        title="Trao \u201cMái ấm Công đoàn\u201d cho đoàn viên có hoàn cảnh khó khăn",
        sapo="(LĐTĐ) Liên đoàn Lao động huyện Gia Lâm vừa tổ chức trao kinh phí hỗ trợ xây dựng \u201cMái ấm Công đoàn\u201d cho gia đình đoàn viên Nguyễn Văn Hưng, công nhân Công ty TNHH Bao bì Phú Thịnh.",
        byline="Tin, ảnh: Khánh Vân", authors=["Khánh Vân"],
        tags=["Mái ấm Công đoàn", "Liên đoàn Lao động huyện Gia Lâm"],
        body=[
            ("p", "Anh Nguyễn Văn Hưng năm nay 38 tuổi, làm công nhân vận hành máy tại doanh nghiệp đã hơn 10 năm. Vợ anh thường xuyên đau ốm, hai con nhỏ đang tuổi đi học, cả gia đình bốn người sống trong căn nhà cấp bốn xây từ những năm 1990, nhiều chỗ tường nứt, mái dột."),
            ("p", "Nắm được hoàn cảnh của đoàn viên, Công đoàn cơ sở đã đề xuất Liên đoàn Lao động huyện xem xét hỗ trợ. Tổng kinh phí hỗ trợ là 50 triệu đồng, trong đó 30 triệu đồng từ nguồn tài chính công đoàn, 20 triệu đồng do doanh nghiệp và đồng nghiệp đóng góp."),
            ("img", "Đại diện Liên đoàn Lao động huyện Gia Lâm trao biển tượng trưng hỗ trợ xây dựng \u201cMái ấm Công đoàn\u201d.", None),
            ("p", "Xúc động nhận món quà, anh Hưng cho biết, số tiền hỗ trợ cùng với khoản tích cóp của gia đình sẽ giúp anh sửa lại mái nhà trước mùa mưa bão. \u201cTôi rất biết ơn tổ chức Công đoàn và anh em trong công ty đã luôn quan tâm, chia sẻ\u201d, anh Hưng nói."),
            ("p", "Thời gian qua, Liên đoàn Lao động huyện Gia Lâm đã phối hợp với các doanh nghiệp hỗ trợ xây mới và sửa chữa nhiều \u201cMái ấm Công đoàn\u201d, góp phần giúp đoàn viên ổn định cuộc sống, yên tâm gắn bó lâu dài với doanh nghiệp."),
        ],
    ),
    dict(
        key="V1", id=184652, sec="viec-lam", pub="2024-04-23 09:10",
        title="Hơn 2.500 chỉ tiêu tuyển dụng tại phiên giao dịch việc làm",
        sapo="(LĐTĐ) Phiên giao dịch việc làm do Trung tâm Dịch vụ việc làm Hà Nội tổ chức ngày 23/4 thu hút 35 doanh nghiệp tham gia với hơn 2.500 chỉ tiêu tuyển dụng ở nhiều ngành nghề.",
        byline="Phương Ngân", authors=["Phương Ngân"],
        tags=["phiên giao dịch việc làm", "tuyển dụng", "việc làm"],
        body=[
            ("p", "Theo Ban tổ chức, các doanh nghiệp tham gia phiên giao dịch lần này hoạt động trong các lĩnh vực điện tử, may mặc, cơ khí, logistics, bán lẻ và dịch vụ. Phần lớn vị trí tuyển dụng dành cho lao động phổ thông và lao động có trình độ sơ cấp nghề."),
            ("p", "Một số nhóm vị trí có nhu cầu tuyển dụng lớn gồm:"),
            ("ul", [
                "Công nhân lắp ráp linh kiện điện tử, mức lương từ 7 đến 9 triệu đồng/tháng;",
                "Nhân viên kho vận, giao nhận hàng hóa;",
                "Thợ hàn, thợ tiện, kỹ thuật viên bảo trì máy móc;",
                "Nhân viên bán hàng, chăm sóc khách hàng tại các chuỗi siêu thị.",
            ]),
            ("p", "Bên cạnh hình thức phỏng vấn trực tiếp, phiên giao dịch còn kết nối trực tuyến với các điểm giao dịch vệ tinh tại huyện Sóc Sơn, Mê Linh và Thường Tín, giúp người lao động ở xa có thể tìm hiểu thông tin, nộp hồ sơ mà không phải di chuyển."),
            ("img", None, "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm"),
            ("p", "Anh Phạm Quốc Toàn (24 tuổi, quê Phú Thọ) vừa hoàn thành nghĩa vụ quân sự, đến phiên giao dịch từ sớm để tìm việc. Sau khi được tư vấn, anh đã lựa chọn ứng tuyển vào vị trí kỹ thuật viên bảo trì của một doanh nghiệp tại Khu công nghiệp Thăng Long."),
            ("p", "Đại diện Trung tâm Dịch vụ việc làm Hà Nội cho biết, ngoài các phiên giao dịch định kỳ, trung tâm tổ chức thêm các phiên lưu động tại những địa phương có nhiều lao động thất nghiệp, đồng thời hướng dẫn người lao động làm thủ tục hưởng bảo hiểm thất nghiệp và hỗ trợ học nghề."),
        ],
    ),
    dict(
        key="C3", id=184679, sec="cong-doan", pub="2024-04-24 15:20", mod="2024-04-25 09:00",
        title="Tháng Công nhân năm 2024: Hướng mạnh về cơ sở, chăm lo thiết thực cho người lao động",
        sapo="(LĐTĐ) Liên đoàn Lao động thành phố Hà Nội vừa ban hành kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024, với nhiều hoạt động hướng về cơ sở, tập trung chăm lo quyền, lợi ích thiết thực cho đoàn viên, người lao động.",
        byline="Thanh Hà", authors=["Thanh Hà"],
        tags=["Tháng Công nhân", "Liên đoàn Lao động thành phố Hà Nội", "chăm lo đoàn viên"],
        related=["C1", "C2"],
        body=[
            ("p", "Theo kế hoạch, Tháng Công nhân năm 2024 được tổ chức từ ngày 1/5 đến ngày 31/5, với chủ đề hướng tới việc làm bền vững, thu nhập ổn định và điều kiện làm việc an toàn cho người lao động. Các hoạt động được triển khai đồng loạt ở các cấp công đoàn, bảo đảm thiết thực, tiết kiệm, tránh hình thức."),
            ("h2", "Ưu tiên đoàn viên có hoàn cảnh khó khăn"),
            ("p", "Liên đoàn Lao động Thành phố yêu cầu các cấp công đoàn chủ động rà soát, nắm chắc tình hình việc làm, thu nhập, đời sống của đoàn viên, người lao động; kịp thời thăm hỏi, hỗ trợ những trường hợp bị mất việc, giảm giờ làm, bị tai nạn lao động hoặc mắc bệnh hiểm nghèo."),
            ("p", "Trong tháng, các công đoàn cơ sở sẽ phối hợp với người sử dụng lao động tổ chức \u201cBữa cơm Công đoàn\u201d, \u201cPhiên chợ Công đoàn\u201d, khám sức khỏe miễn phí và tặng quà cho công nhân. Đặc biệt, chương trình \u201cMái ấm Công đoàn\u201d tiếp tục được triển khai nhằm hỗ trợ đoàn viên xây mới, sửa chữa nhà ở."),
            ("h2", "Đối thoại để giải quyết kiến nghị"),
            ("p", "Một nội dung trọng tâm của Tháng Công nhân năm nay là tổ chức đối thoại giữa lãnh đạo chính quyền, người sử dụng lao động với công nhân. Thông qua đối thoại, những kiến nghị chính đáng của người lao động về tiền lương, nhà ở, nhà trẻ, điều kiện làm việc sẽ được tiếp nhận và giải quyết kịp thời."),
            ("p", "Các cấp công đoàn được yêu cầu tập trung vào một số nhiệm vụ cụ thể:"),
            ("ol", [
                "Đẩy mạnh thương lượng, ký kết thỏa ước lao động tập thể có nhiều điều khoản có lợi hơn cho người lao động;",
                "Tổ chức tập huấn, tuyên truyền pháp luật về lao động, công đoàn, bảo hiểm xã hội;",
                "Kiểm tra, giám sát việc thực hiện các quy định về an toàn, vệ sinh lao động tại doanh nghiệp;",
                "Biểu dương, khen thưởng công nhân lao động có thành tích xuất sắc trong lao động sản xuất.",
            ]),
            ("quote", ["<em>\u201cMỗi hoạt động trong Tháng Công nhân phải đến được với người lao động, giải quyết được những việc cụ thể mà họ đang cần.\u201d</em>"]),
            ("p", "Đó là yêu cầu được lãnh đạo Liên đoàn Lao động Thành phố nhấn mạnh tại hội nghị triển khai kế hoạch. Theo đó, việc đánh giá kết quả Tháng Công nhân sẽ căn cứ vào số đoàn viên được hưởng lợi thực tế, thay vì số lượng hoạt động được tổ chức."),
            ("img", "Cán bộ công đoàn thăm hỏi, động viên công nhân tại nơi làm việc.", None),
            ("p", "Dự kiến, trong Tháng Công nhân năm 2024, các cấp công đoàn Thủ đô sẽ thăm hỏi, tặng quà cho hàng chục nghìn đoàn viên, người lao động, với tổng kinh phí từ nhiều nguồn xã hội hóa và tài chính công đoàn."),
        ],
    ),
    # The seed: body, teasers and related links come from /work/shared/seeds (see SEED_* below).
    dict(
        key="SEED", id=184703, sec="thoi-su", pub="2024-04-25 19:42", mod="2024-04-25 20:05",
        title=None, sapo=None,  # filled from SEED_TITLE / SEED_SAPO
        byline="Trần Vũ", authors=["Trần Vũ"],
        tags=["Hà Nội - Điện Biên", "70 năm Chiến thắng Điện Biên Phủ", "hợp tác phát triển"],
        body=None,  # built by seed_body()
        seed=True,
    ),
    dict(
        key="T3", id=184725, sec="thoi-su", pub="2024-04-26 16:00",
        title="Hà Nội bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ 30/4 - 1/5",
        sapo="(LĐTĐ) Dự báo lưu lượng phương tiện ra, vào Thủ đô tăng cao trong kỳ nghỉ lễ kéo dài 5 ngày, các lực lượng chức năng của thành phố Hà Nội đã xây dựng phương án phân luồng, bố trí lực lượng bảo đảm trật tự, an toàn giao thông.",
        byline="Hà Thu (tổng hợp)", authors=["Hà Thu"],
        tags=["an toàn giao thông", "nghỉ lễ 30/4 - 1/5", "Hà Nội"],
        related=["T2"],
        body=[
            ("p", "Theo phương án, từ chiều 26/4, lực lượng cảnh sát giao thông sẽ bố trí người và phương tiện làm nhiệm vụ tại các cửa ngõ như Pháp Vân - Cầu Giẽ, Quốc lộ 1A, Quốc lộ 5, đường Vành đai 3 trên cao và khu vực các bến xe Giáp Bát, Mỹ Đình, Nước Ngầm, Gia Lâm."),
            ("p", "Các bến xe đã đăng ký tăng cường hàng trăm lượt xe mỗi ngày để phục vụ nhu cầu đi lại của người dân. Ngành đường sắt cũng bổ sung một số đoàn tàu trên các tuyến Hà Nội - Hải Phòng, Hà Nội - Lào Cai và Hà Nội - Vinh."),
            ("rel", ["T2"]),
            ("el", "Đối với xe buýt, Trung tâm Quản lý và Điều hành giao thông đô thị yêu cầu các đơn vị vận tải điều chỉnh biểu đồ chạy xe phù hợp, tăng tần suất trên những tuyến kết nối bến xe, nhà ga và khu vui chơi, giải trí."),
            ("p", "Cơ quan chức năng khuyến cáo người dân nên chủ động lựa chọn thời điểm xuất hành, tránh đi vào các khung giờ cao điểm chiều 26/4 và chiều 1/5; tuyệt đối không điều khiển phương tiện khi đã sử dụng rượu, bia."),
            ("p", "Trong những ngày nghỉ lễ, thành phố duy trì lực lượng trực 24/24 giờ, sẵn sàng xử lý các tình huống ùn tắc, tai nạn giao thông và hỗ trợ người dân khi cần thiết."),
        ],
    ),
    dict(
        key="C4", id=184768, sec="cong-doan", pub="2024-04-29 10:30", mod="2024-04-29 11:15",
        title="Lắng nghe tâm tư công nhân khu công nghiệp qua đối thoại",
        sapo="(LĐTĐ) Cuối tuần qua, Công đoàn các Khu công nghiệp và chế xuất Hà Nội phối hợp với Ban Quản lý các khu công nghiệp và chế xuất thành phố tổ chức hội nghị đối thoại với công nhân lao động đang làm việc tại Khu công nghiệp Quang Minh.",
        byline="Lan Hương", authors=["Lan Hương"],
        tags=["đối thoại", "khu công nghiệp", "nhà ở công nhân"],
        related=["C3"],
        comments=[("Nguyễn Văn Tâm", "29/04/2024 21:15", "Mong huyện sớm có trường mầm non gần khu công nghiệp, con công nhân chúng tôi gửi trẻ rất vất vả.")],
        body=[
            ("p", "Tham dự hội nghị có hơn 200 công nhân, đại diện ban giám đốc của 30 doanh nghiệp cùng lãnh đạo các sở, ngành và chính quyền địa phương nơi có khu công nghiệp."),
            ("p", "Tại buổi đối thoại, nhiều ý kiến của công nhân tập trung vào vấn đề nhà ở, nhà trẻ và tuyến xe buýt kết nối khu công nghiệp. Chị Hoàng Thị Mai, công nhân một doanh nghiệp điện tử phản ánh, hiện khu vực quanh khu công nghiệp chưa có trường mầm non công lập đủ chỗ nhận con công nhân, nhiều gia đình phải gửi con ở các nhóm trẻ tự phát."),
            ("p", "Một số công nhân đề nghị doanh nghiệp bố trí thêm xe đưa đón, bởi quãng đường từ khu nhà trọ đến nơi làm việc khá xa, việc đi lại vào ca đêm tiềm ẩn nhiều rủi ro."),
            ("img", "Công nhân nêu kiến nghị tại hội nghị đối thoại.", None),
            ("p", "Trả lời các kiến nghị, đại diện chính quyền địa phương cho biết, huyện đang quy hoạch quỹ đất để xây dựng thêm một trường mầm non gần khu công nghiệp; đồng thời làm việc với đơn vị vận tải để nghiên cứu mở tuyến xe buýt phục vụ công nhân theo khung giờ tan ca."),
            ("p", "Phát biểu kết luận, lãnh đạo Công đoàn các Khu công nghiệp và chế xuất Hà Nội đề nghị các doanh nghiệp tiếp tục quan tâm cải thiện bữa ăn ca, điều kiện làm việc; những kiến nghị chưa được giải đáp tại hội nghị sẽ được tổng hợp, chuyển đến các cơ quan có thẩm quyền để trả lời bằng văn bản."),
            ("p", "Sau hội nghị, Ban tổ chức đã trao 100 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng."),
        ],
    ),
    dict(
        key="V2", id=184806, sec="viec-lam", pub="2024-05-02 08:30",
        title="Doanh nghiệp tăng tuyển lao động sau kỳ nghỉ lễ",
        sapo="(LĐTĐ) Sau kỳ nghỉ lễ 30/4 - 1/5, nhiều doanh nghiệp trên địa bàn Hà Nội đã đăng tin tuyển dụng bổ sung lao động để đáp ứng các đơn hàng sản xuất quý II và quý III.",
        byline="Phương Ngân", authors=["Phương Ngân"],
        tags=["tuyển dụng", "thị trường lao động"],
        related=["V1"],
        body=[
            ("p", "Tại Khu công nghiệp Thăng Long và Khu công nghiệp Nội Bài, không khí sản xuất đã sôi động trở lại ngay từ sáng 2/5. Trước cổng nhiều nhà máy, băng rôn, bảng thông báo tuyển dụng được treo ở vị trí dễ thấy."),
            ("p", "Đại diện phòng nhân sự một doanh nghiệp sản xuất linh kiện ô tô cho biết, công ty đang cần tuyển thêm khoảng 150 công nhân do vừa ký được đơn hàng mới với đối tác nước ngoài. Người lao động được hưởng lương khởi điểm cao hơn mức lương tối thiểu vùng, được hỗ trợ nhà ở, xăng xe và bữa ăn ca."),
            ("p", "Theo ghi nhận của Trung tâm Dịch vụ việc làm Hà Nội, số lao động quay trở lại làm việc sau kỳ nghỉ đạt tỷ lệ cao, không xảy ra tình trạng thiếu hụt lao động cục bộ như các năm trước. Tuy nhiên, nhu cầu tuyển lao động có tay nghề ở một số ngành như cơ khí chính xác, điện tử vẫn lớn."),
            ("p", "Các chuyên gia khuyến nghị người lao động nên chủ động nâng cao kỹ năng nghề, tham gia các khóa đào tạo ngắn hạn để có thêm cơ hội lựa chọn công việc với thu nhập tốt hơn."),
        ],
    ),
    dict(
        key="T4", id=184829, sec="thoi-su", pub="2024-05-03 11:15", mod="2024-05-03 14:15",
        title="Hà Nội chuẩn bị chu đáo cho kỳ thi tuyển sinh vào lớp 10",
        sapo="(LĐTĐ) Sở Giáo dục và Đào tạo Hà Nội vừa có văn bản chỉ đạo các đơn vị chuẩn bị điều kiện tổ chức kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2024 - 2025, bảo đảm nghiêm túc, an toàn, đúng quy chế.",
        byline="Đức Minh", authors=["Đức Minh"],
        tags=["tuyển sinh lớp 10", "giáo dục Hà Nội"],
        body=[
            ("p", "Năm nay, số học sinh lớp 9 của Hà Nội tiếp tục tăng so với năm trước, áp lực cạnh tranh vào các trường trung học phổ thông công lập ở khu vực nội thành vẫn ở mức cao. Ngành Giáo dục Thủ đô xác định đây là kỳ thi quan trọng, được xã hội đặc biệt quan tâm."),
            ("p", "Sở Giáo dục và Đào tạo yêu cầu các trường trung học cơ sở tổ chức ôn tập cho học sinh theo đúng nội dung chương trình, không tổ chức dạy thêm, học thêm trái quy định; đồng thời tư vấn để học sinh đăng ký nguyện vọng phù hợp với năng lực và điều kiện đi lại."),
            ("h3", "Đa dạng hóa cơ hội học tập"),
            ("p", "Bên cạnh hệ thống trường công lập, học sinh có thể lựa chọn các trường ngoài công lập, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên hoặc các trường trung cấp, cao đẳng. Ngành Giáo dục khuyến khích phụ huynh cân nhắc hướng phân luồng phù hợp, tránh tâm lý dồn toàn lực vào một lựa chọn."),
            ("nfd", "Cô Nguyễn Thu Hằng, giáo viên chủ nhiệm lớp 9 tại một trường trung học cơ sở ở quận Thanh Xuân chia sẻ, giai đoạn nước rút, nhà trường chú trọng giúp học sinh giữ tâm lý ổn định, ôn tập có trọng tâm và bảo đảm sức khỏe."),
            ("img", "Học sinh lớp 9 ôn tập chuẩn bị cho kỳ thi vào lớp 10.", None),
            ("p", "Để chuẩn bị cho kỳ thi, các điểm thi sẽ được kiểm tra kỹ lưỡng về cơ sở vật chất, hệ thống camera giám sát, phương án phòng cháy, chữa cháy và bảo đảm nguồn điện, nước. Lực lượng công an, y tế sẽ phối hợp chặt chẽ trong suốt thời gian diễn ra kỳ thi."),
            ("p", "Ngành Giáo dục cũng lưu ý thí sinh và phụ huynh thường xuyên theo dõi thông tin chính thức trên cổng thông tin điện tử của Sở, không tin vào các thông tin chưa được kiểm chứng lan truyền trên mạng xã hội."),
        ],
    ),
    dict(
        key="DEL", id=184842, sec="cong-doan", pub="2024-05-04 09:40", deleted=True,
        title="Công đoàn huyện Đông Anh thăm hỏi công nhân bị tai nạn lao động",
        sapo="(LĐTĐ) Liên đoàn Lao động huyện Đông Anh vừa đến thăm hỏi, động viên và trao tiền hỗ trợ cho 5 đoàn viên bị tai nạn lao động trong quý I năm 2024.",
        byline="", authors=[], tags=[], body=[],
    ),
    dict(
        key="C5", id=184868, sec="cong-doan", pub="2024-05-06 09:00",
        title="Ấm áp \u201cBữa cơm Công đoàn\u201d giữa ca sản xuất",
        sapo="(LĐTĐ) Hưởng ứng Tháng Công nhân năm 2024, Công đoàn Công ty TNHH May mặc Thanh Bình (huyện Thanh Oai) phối hợp với ban lãnh đạo doanh nghiệp tổ chức \u201cBữa cơm Công đoàn\u201d cho hơn 400 công nhân, người lao động.",
        byline="Bài và ảnh: Thu Hương", authors=["Thu Hương"],
        tags=["Bữa cơm Công đoàn", "Tháng Công nhân", "bữa ăn ca"],
        related=["C3", "C4"],
        body=[
            ("p", "Bữa cơm được tổ chức ngay tại nhà ăn của công ty vào giờ nghỉ giữa ca. Thay vì suất ăn thường ngày trị giá 25.000 đồng, mỗi suất ăn hôm nay được nâng lên 50.000 đồng với nhiều món ăn đa dạng, bảo đảm dinh dưỡng, cùng hoa quả tráng miệng."),
            ("p", "Tham dự bữa cơm có đại diện lãnh đạo Liên đoàn Lao động huyện Thanh Oai, ban giám đốc công ty và Ban Chấp hành Công đoàn cơ sở. Các đại biểu đã trực tiếp lấy cơm, ngồi ăn cùng công nhân, trò chuyện, hỏi han về công việc và cuộc sống."),
            ("img", "Lãnh đạo công ty và cán bộ công đoàn dùng bữa cùng công nhân.", None),
            ("p", "Chị Bùi Thị Lan, công nhân tổ cắt cho biết: \u201cĐược ăn bữa cơm ngon, lại được lãnh đạo công ty và công đoàn ngồi cùng, chúng tôi thấy rất vui và ấm lòng. Mong rằng chất lượng bữa ăn ca sẽ tiếp tục được cải thiện\u201d."),
            ("p", "Theo Chủ tịch Công đoàn cơ sở, \u201cBữa cơm Công đoàn\u201d không chỉ nhằm cải thiện bữa ăn ca mà còn là dịp để công đoàn và người sử dụng lao động lắng nghe ý kiến của người lao động, từ đó có giải pháp nâng cao chất lượng bữa ăn một cách bền vững."),
            ("p", "Trước đó, công đoàn cơ sở đã thương lượng thành công với người sử dụng lao động về việc nâng mức tiền ăn ca từ tháng 6 tới, đưa nội dung này vào thỏa ước lao động tập thể của công ty."),
        ],
    ),
    dict(
        key="T5", id=184885, sec="thoi-su", pub="2024-05-07 07:30", mod="2024-05-07 08:50",
        title="Thủ đô tưng bừng các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
        sapo="(LĐTĐ) Những ngày đầu tháng 5, trên khắp các tuyến phố, khu dân cư của Hà Nội rợp bóng cờ hoa. Nhiều hoạt động văn hóa, nghệ thuật, giáo dục truyền thống được tổ chức nhằm kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024).",
        byline="Hoài Nam - Thu Trang", authors=["Hoài Nam", "Thu Trang"],
        tags=["70 năm Chiến thắng Điện Biên Phủ", "Hà Nội", "giáo dục truyền thống"],
        related=["SEED"],
        body=[
            ("p", "Tại các quận trung tâm, hệ thống pa nô, áp phích tuyên truyền về chiến thắng lịch sử được lắp đặt tại các nút giao thông, quảng trường và nơi công cộng. Không khí tự hào, phấn khởi lan tỏa trong mỗi người dân Thủ đô."),
            ("p", "Nhiều trường học tổ chức các buổi sinh hoạt chuyên đề, mời các cựu chiến binh từng tham gia chiến dịch kể lại những ký ức về năm tháng hào hùng. Các buổi giao lưu giúp thế hệ trẻ hiểu thêm về tinh thần \u201ckhoét núi, ngủ hầm, mưa dầm, cơm vắt\u201d của quân và dân ta."),
            ("img", "Học sinh Thủ đô nghe cựu chiến binh kể chuyện về chiến dịch Điện Biên Phủ.", None),
            ("p", "Tại các thư viện, bảo tàng trên địa bàn, các triển lãm ảnh, tư liệu, hiện vật về chiến dịch Điện Biên Phủ thu hút đông đảo người dân và du khách đến tham quan. Nhiều gia đình đưa con em đến xem để bồi đắp tình yêu quê hương, đất nước cho các cháu."),
            ("p", "Ông Vũ Đình Khang, 92 tuổi, một cựu chiến binh sống tại quận Ba Đình xúc động chia sẻ: \u201c70 năm đã trôi qua nhưng những ngày tháng ở chiến trường Điện Biên vẫn in đậm trong tâm trí tôi. Thấy con cháu hôm nay được sống trong hòa bình, chúng tôi mãn nguyện lắm\u201d."),
            ("img", "Người dân tham quan triển lãm ảnh tư liệu về chiến dịch Điện Biên Phủ.", "Triển lãm ảnh tư liệu"),
            ("p", "Các cấp công đoàn Thủ đô cũng tổ chức nhiều hoạt động hướng về Điện Biên như thăm hỏi, tặng quà các cựu chiến binh, thanh niên xung phong, dân công hỏa tuyến; phát động phong trào thi đua lao động sản xuất trong công nhân, viên chức, lao động."),
            ("el", "Tối 6/5, chương trình nghệ thuật đặc biệt được tổ chức tại nhiều quận, huyện với các tiết mục ca ngợi truyền thống anh hùng của dân tộc, tinh thần đoàn kết, ý chí quyết chiến, quyết thắng của quân và dân ta."),
        ],
    ),
    dict(
        key="V3", id=184904, sec="viec-lam", pub="2024-05-08 14:00",
        title="Đào tạo nghề gắn với nhu cầu của doanh nghiệp",
        sapo="(LĐTĐ) Nhiều cơ sở giáo dục nghề nghiệp trên địa bàn Hà Nội đã chủ động liên kết với doanh nghiệp trong tuyển sinh, đào tạo và giải quyết việc làm, giúp học viên có việc làm ngay sau khi tốt nghiệp.",
        byline="Ngọc Lan", authors=["Ngọc Lan"],
        tags=["đào tạo nghề", "giáo dục nghề nghiệp", "việc làm"],
        related=["V1", "V2"],
        body=[
            ("p", "Tại một trường cao đẳng nghề ở quận Bắc Từ Liêm, các học viên ngành điện công nghiệp, cơ điện tử được học thực hành trên dây chuyền thiết bị do doanh nghiệp tài trợ. Mỗi năm, học viên có ít nhất một học kỳ thực tập tại nhà máy, làm việc theo ca như một công nhân thực thụ."),
            ("p", "Theo đại diện nhà trường, chương trình đào tạo được xây dựng cùng doanh nghiệp, thường xuyên cập nhật theo công nghệ mới. Nhờ đó, tỷ lệ học viên có việc làm sau 6 tháng tốt nghiệp đạt trên 90%, nhiều em được doanh nghiệp ký hợp đồng ngay từ khi còn đang thực tập."),
            ("h2", "Doanh nghiệp \u201cđặt hàng\u201d nhà trường"),
            ("p", "Không chỉ tài trợ thiết bị, nhiều doanh nghiệp còn \u201cđặt hàng\u201d nhà trường đào tạo theo số lượng và tiêu chuẩn cụ thể. Người học được hỗ trợ học phí, có chỗ ở trong thời gian thực tập và cam kết tuyển dụng sau khi tốt nghiệp."),
            ("p", "Anh Đặng Minh Tuấn, Trưởng phòng Nhân sự một công ty sản xuất thiết bị điện tại Khu công nghiệp Bắc Thăng Long cho biết: \u201cTuyển người đã qua đào tạo bài bản giúp chúng tôi tiết kiệm đáng kể thời gian, chi phí đào tạo lại. Học viên thực tập ở công ty từ sớm nên hiểu quy trình, nhanh chóng bắt nhịp công việc\u201d."),
            ("img", "Học viên thực hành trên thiết bị do doanh nghiệp tài trợ.", "Học viên ngành điện công nghiệp thực hành"),
            ("p", "Dù vậy, mối liên kết giữa nhà trường và doanh nghiệp ở nhiều nơi vẫn còn lỏng lẻo, chủ yếu dừng ở việc tiếp nhận thực tập. Không ít cơ sở đào tạo thiếu thông tin về nhu cầu lao động, dẫn đến tình trạng ngành học thì thừa, vị trí tuyển dụng thì thiếu người."),
            ("h2", "Cần cơ chế gắn kết bền vững"),
            ("p", "Theo Sở Lao động - Thương binh và Xã hội Hà Nội, thành phố đang đẩy mạnh dự báo nhu cầu nhân lực theo từng ngành, lĩnh vực, làm cơ sở để các trường điều chỉnh quy mô và cơ cấu ngành nghề đào tạo."),
            ("p", "Các chuyên gia cho rằng, cần có chính sách khuyến khích doanh nghiệp tham gia sâu hơn vào quá trình đào tạo, như ưu đãi thuế đối với chi phí đầu tư thiết bị thực hành, hỗ trợ kinh phí cho người hướng dẫn thực tập tại doanh nghiệp."),
            ("p", "Về phía người học, việc lựa chọn ngành nghề cần dựa trên năng lực, sở thích và nhu cầu thực tế của thị trường lao động, thay vì chạy theo tâm lý đám đông hay bằng cấp."),
        ],
    ),
    dict(
        key="C6", id=184921, sec="cong-doan", pub="2024-05-09 16:20",
        title="Tập huấn an toàn, vệ sinh lao động cho cán bộ công đoàn cơ sở",
        sapo="(LĐTĐ) Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2024, Liên đoàn Lao động quận Long Biên tổ chức tập huấn nghiệp vụ cho hơn 150 cán bộ công đoàn cơ sở và an toàn, vệ sinh viên tại các doanh nghiệp.",
        byline="Hải Yến", authors=["Hải Yến"],
        tags=["an toàn vệ sinh lao động", "tập huấn", "Liên đoàn Lao động quận Long Biên"],
        body=[
            ("p", "Tại lớp tập huấn, các học viên được báo cáo viên giới thiệu những điểm mới của pháp luật về an toàn, vệ sinh lao động; trách nhiệm của người sử dụng lao động, người lao động và vai trò của tổ chức công đoàn trong việc giám sát thực hiện."),
            ("p", "Báo cáo viên cũng phân tích một số vụ tai nạn lao động điển hình xảy ra thời gian qua, chỉ ra nguyên nhân chủ yếu là do người lao động vi phạm quy trình làm việc, không sử dụng phương tiện bảo vệ cá nhân và doanh nghiệp chưa thực hiện đầy đủ việc huấn luyện an toàn."),
            ("h3", "Phát huy vai trò an toàn, vệ sinh viên"),
            ("p", "Theo quy định, mỗi tổ sản xuất trong doanh nghiệp phải có ít nhất một an toàn, vệ sinh viên kiêm nhiệm. Đây là lực lượng gần gũi với người lao động nhất, có thể kịp thời phát hiện, nhắc nhở và kiến nghị khắc phục các nguy cơ mất an toàn ngay tại nơi làm việc."),
            ("p", "Các học viên được hướng dẫn cụ thể:"),
            ("ul", [
                "Cách nhận diện các yếu tố nguy hiểm, có hại tại nơi làm việc;",
                "Kỹ năng sơ cứu, cấp cứu ban đầu khi xảy ra tai nạn;",
                "Quy trình báo cáo, điều tra tai nạn lao động và chế độ đối với người bị nạn.",
            ]),
            ("p", "Anh Trịnh Văn Hải, an toàn, vệ sinh viên tại một doanh nghiệp xây dựng cho biết, kiến thức từ lớp tập huấn giúp anh tự tin hơn khi nhắc nhở đồng nghiệp tuân thủ quy trình, nhất là khi làm việc trên cao và trong thời tiết nắng nóng."),
        ],
    ),
    dict(
        key="T6", id=184947, sec="thoi-su", pub="2024-05-10 10:45", mod="2024-05-10 11:10",
        title="Hà Nội chủ động phòng, chống dịch bệnh mùa hè",
        sapo="(LĐTĐ) Trước nguy cơ gia tăng các bệnh truyền nhiễm trong mùa nắng nóng, Sở Y tế Hà Nội đã yêu cầu các đơn vị trong ngành tăng cường giám sát, sẵn sàng phương án thu dung, điều trị, không để dịch bệnh bùng phát.",
        byline="Minh Phương", authors=["Minh Phương"],
        tags=["phòng chống dịch", "sốt xuất huyết", "y tế Hà Nội"],
        comments=[
            ("Trần Thị Hoa", "10/05/2024 14:02", "Khu tôi ở nhiều ao tù, mong phường sớm tổ chức phun thuốc diệt muỗi."),
            ("Lê Minh", "10/05/2024 20:37", "Thông tin rất hữu ích cho các gia đình có con nhỏ."),
        ],
        body=[
            ("p", "Theo Trung tâm Kiểm soát bệnh tật Hà Nội, trong tuần qua, thành phố ghi nhận số ca mắc sốt xuất huyết, tay chân miệng rải rác tại một số quận, huyện. Mặc dù số ca bệnh chưa tăng đột biến, song thời tiết nắng nóng, mưa xen kẽ là điều kiện thuận lợi cho muỗi truyền bệnh và các loại vi rút phát triển."),
            ("p", "Ngành Y tế Thủ đô xác định một số bệnh cần đặc biệt lưu ý trong mùa hè gồm:"),
            ("ul", [
                "Sốt xuất huyết;",
                "Tay chân miệng;",
                "Viêm não Nhật Bản;",
                "Các bệnh tiêu hóa do ngộ độc thực phẩm, nước uống không bảo đảm vệ sinh.",
            ]),
            ("p", "Sở Y tế yêu cầu các bệnh viện chuẩn bị đầy đủ thuốc, vật tư, trang thiết bị; bố trí khu vực tiếp nhận, cách ly và điều trị bệnh nhân phù hợp, hạn chế tối đa việc chuyển tuyến không cần thiết."),
            ("img", "Nhân viên y tế hướng dẫn người dân thu gom dụng cụ chứa nước đọng.", None),
            ("p", "Tại cộng đồng, các trạm y tế phường, xã phối hợp với tổ dân phố tổ chức chiến dịch vệ sinh môi trường, diệt bọ gậy, loăng quăng; hướng dẫn người dân thu gom, xử lý các dụng cụ chứa nước đọng quanh nhà."),
            ("p", "Bác sĩ Nguyễn Văn Tùng, Khoa Truyền nhiễm một bệnh viện tuyến thành phố khuyến cáo, khi trẻ có biểu hiện <em>sốt cao, phát ban, loét miệng</em>, phụ huynh cần đưa trẻ đến cơ sở y tế để được khám, không tự ý điều trị tại nhà."),
            ("p", "Người lao động làm việc ngoài trời cũng được khuyến cáo uống đủ nước, nghỉ giải lao hợp lý, tránh làm việc trong khung giờ nắng gắt từ 11 giờ đến 15 giờ để phòng say nắng, say nóng."),
        ],
    ),
    dict(
        key="C7", id=184976, sec="cong-doan", pub="2024-05-13 08:15",
        title="Nâng cao chất lượng thương lượng tập thể tại doanh nghiệp",
        sapo="(LĐTĐ) Thương lượng tập thể được xác định là nhiệm vụ trọng tâm của tổ chức Công đoàn trong bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động. Tuy nhiên, chất lượng các bản thỏa ước ở nhiều doanh nghiệp vẫn chưa đáp ứng kỳ vọng.",
        byline="Phương Anh", authors=["Phương Anh"],
        tags=["thương lượng tập thể", "thỏa ước lao động tập thể", "quan hệ lao động"],
        related=["C3", "C5"],
        body=[
            ("p", "Theo số liệu của Liên đoàn Lao động thành phố Hà Nội, phần lớn doanh nghiệp có tổ chức công đoàn trên địa bàn đã ký kết thỏa ước lao động tập thể. Tuy vậy, không ít bản thỏa ước chỉ chép lại quy định của pháp luật, thiếu những điều khoản có lợi hơn cho người lao động."),
            ("rel", ["C3", "C5"]),
            ("h2", "Khi công đoàn cơ sở \u201cngại\u201d thương lượng"),
            ("p", "Nguyên nhân chủ yếu được chỉ ra là cán bộ công đoàn cơ sở phần lớn làm việc kiêm nhiệm, hưởng lương từ doanh nghiệp nên còn e ngại khi đề xuất các yêu cầu với người sử dụng lao động. Bên cạnh đó, kỹ năng thu thập thông tin, phân tích tình hình tài chính của doanh nghiệp để xây dựng phương án thương lượng còn hạn chế."),
            ("p", "\u201cCó thời điểm chúng tôi đưa ra đề xuất tăng phụ cấp nhưng không có số liệu thuyết phục, phía doanh nghiệp chỉ cần đưa ra lý do khó khăn là cuộc thương lượng dừng lại\u201d, một cán bộ công đoàn cơ sở tại huyện Thanh Trì chia sẻ."),
            ("p", "Ở chiều ngược lại, một số doanh nghiệp coi việc ký thỏa ước là thủ tục hành chính, chưa thấy được lợi ích của việc xây dựng quan hệ lao động hài hòa, ổn định thông qua đối thoại và thương lượng."),
            ("img", "Đại diện công đoàn và doanh nghiệp ký kết thỏa ước lao động tập thể.", None),
            ("h2", "Những cách làm hiệu quả"),
            ("p", "Thời gian qua, nhiều cấp công đoàn đã đổi mới cách tiếp cận. Liên đoàn Lao động một số quận, huyện cử cán bộ chuyên trách trực tiếp hỗ trợ công đoàn cơ sở trong quá trình thương lượng, từ khâu lấy ý kiến người lao động đến khâu soạn thảo và ký kết."),
            ("p", "Tại một doanh nghiệp may ở huyện Thường Tín, sau ba vòng thương lượng, thỏa ước lao động tập thể mới đã bổ sung nhiều điều khoản có lợi như:"),
            ("ul", [
                "Tăng tiền ăn ca từ 20.000 đồng lên 30.000 đồng/suất;",
                "Hỗ trợ nhà trọ 300.000 đồng/tháng cho người lao động ở xa;",
                "Tặng quà sinh nhật, quà cưới và thăm hỏi khi ốm đau;",
                "Tổ chức tham quan, nghỉ mát hằng năm cho người lao động.",
            ]),
            ("p", "Thương lượng tập thể theo nhóm doanh nghiệp cũng là hướng đi được kỳ vọng. Khi nhiều doanh nghiệp cùng ngành, cùng địa bàn tham gia ký chung một bản thỏa ước, người lao động được hưởng mức phúc lợi đồng đều hơn, hạn chế tình trạng \u201cnhảy việc\u201d."),
            ("quote", ["Thỏa ước lao động tập thể chất lượng là nền tảng để người lao động gắn bó lâu dài, còn doanh nghiệp có được nguồn nhân lực ổn định."]),
            ("p", "Theo lãnh đạo Ban Quan hệ lao động, Liên đoàn Lao động Thành phố, thời gian tới, các cấp công đoàn sẽ tăng cường tập huấn kỹ năng thương lượng cho cán bộ công đoàn cơ sở, xây dựng bộ tiêu chí đánh giá chất lượng thỏa ước và biểu dương những đơn vị có cách làm hay."),
            ("p", "Cùng với đó, công đoàn cấp trên sẽ chủ động đại diện, hỗ trợ thương lượng tại những doanh nghiệp chưa thành lập công đoàn cơ sở hoặc công đoàn cơ sở hoạt động còn yếu."),
        ],
    ),
    dict(
        key="T7", id=184983, sec="thoi-su", pub="2024-05-13 15:40", mod="2024-05-13 15:50",
        title="Hà Nội chỉnh trang vườn hoa, không gian công cộng phục vụ người dân",
        sapo="(LĐTĐ) Nhiều vườn hoa, sân chơi trong các khu dân cư của Hà Nội đang được cải tạo, chỉnh trang, trở thành điểm sinh hoạt, vui chơi quen thuộc của người dân, nhất là trẻ em và người cao tuổi.",
        byline="Thu Trang", authors=["Thu Trang"],
        tags=["không gian công cộng", "vườn hoa", "chỉnh trang đô thị"],
        related=["T5"],
        body=[
            ("p", "Tại một khu dân cư thuộc quận Đống Đa, khu đất trống từng bị lấn chiếm làm nơi tập kết vật liệu nay đã được cải tạo thành sân chơi với thảm cỏ, ghế đá, dụng cụ tập thể dục và khu vui chơi cho trẻ nhỏ. Mỗi buổi chiều, nơi đây lại rộn rã tiếng cười."),
            ("p", "Bà Lê Thị Hạnh, tổ trưởng tổ dân phố cho biết, trước đây trẻ em trong khu phải chơi dưới lòng ngõ, rất nguy hiểm. \u201cTừ khi có sân chơi, các cháu có chỗ chạy nhảy, người già cũng có nơi đi bộ, tập dưỡng sinh. Bà con trong khu ai cũng phấn khởi\u201d, bà Hạnh nói."),
            ("img", "Sân chơi mới được cải tạo từ khu đất trống trong khu dân cư.", None),
            ("p", "Theo UBND thành phố, việc cải tạo vườn hoa, sân chơi được thực hiện theo hướng tận dụng quỹ đất nhỏ lẻ, các khu đất công bỏ trống; huy động sự tham gia đóng góp ý kiến của người dân ngay từ khâu thiết kế để công trình phù hợp với nhu cầu sử dụng."),
            ("p", "Nhiều quận, huyện cũng đã lắp đặt hệ thống chiếu sáng, camera giám sát, nhà vệ sinh công cộng tại các vườn hoa lớn; phân công tổ dân phố, đoàn thanh niên tham gia quản lý, giữ gìn vệ sinh."),
            ("h3", "Cần duy trì lâu dài"),
            ("p", "Tuy nhiên, tại một số nơi, sau thời gian sử dụng, dụng cụ tập luyện bị hư hỏng chưa được thay thế kịp thời; tình trạng buôn bán hàng rong, trông giữ xe trái phép trong vườn hoa vẫn còn diễn ra."),
            ("p", "Để các công trình phát huy hiệu quả, các địa phương cần có cơ chế bố trí kinh phí duy tu, bảo dưỡng thường xuyên; đồng thời nâng cao ý thức của mỗi người dân trong việc giữ gìn, bảo vệ tài sản chung."),
        ],
    ),
]


# Links of the seed page that lead outside the fixture (real ids; no file here, so 404):
# the two inline related stories of April 2024 and the teasers of April 2025 that the
# saved page carried in "Nên xem" / "Tin khác".
SEED_RELATED_IDS = [184655, 184688]
SEED_NEN_XEM_IDS = [195930, 195917, 195902, 195886, 195871, 195859, 195844]
SEED_TIN_KHAC_IDS = [195828, 195815, 195801, 195790, 195776, 195763, 195749, 195737, 195722, 195708]


def seed_body() -> list:
    body = [("rel_ext", [(t, f"{BASE}/{slugify(t)}-{i}.html") for t, i in zip(SEED_RELATED, SEED_RELATED_IDS)])]
    for n, (kind, text) in enumerate(SEED_BODY):
        if kind == "img":
            body.append(("img", text, None))  # alt = the headline, as on the real page
        elif n == 1:
            body.append(("el", text))  # a bare-text __MB_MASTERCMS_EL block
        else:
            body.append(("p", text))
    return body


def seed_teasers(items, ids) -> list:
    out = []
    for n, ((title, sapo), i) in enumerate(zip(items, ids)):
        when = datetime(2025, 4, 18, 16, 30, tzinfo=TZ) - timedelta(hours=5 * n)
        out.append({
            "title": title, "sapo": sapo,
            "url": f"{BASE}/{slugify(title)}-{i}.html",
            "thumb": img_url(when, "croped/thumbnail", "anh-dai-dien"),
        })
    return out


def prepare() -> list:
    arts = []
    for a in ARTICLES:
        a = dict(a)
        if a.get("seed"):
            a["title"], a["sapo"], a["body"] = SEED_TITLE, SEED_SAPO, seed_body()
        a.setdefault("mod", a["pub"])
        a.setdefault("related", [])
        a.setdefault("comments", [])
        a["pub_dt"], a["mod_dt"] = parse_dt(a["pub"]), parse_dt(a["mod"])
        a["slug"] = slugify(a["title"])
        a["path"] = f"/{a['slug']}-{a['id']}.html"
        a["url"] = BASE + a["path"]
        a["avatar"] = img_url(a["pub_dt"], "croped", "anh-dai-dien")
        a["thumb"] = img_url(a["pub_dt"], "croped/medium", "anh-dai-dien")
        a["small"] = img_url(a["pub_dt"], "croped/thumbnail", "anh-dai-dien")
        a["wrap"] = a["id"] % 2 == 1  # odd ids: hard-wrapped paragraph source
        n = 0
        blocks = []
        for b in a["body"]:
            if b[0] == "img":
                n += 1
                b = ("img", b[1], b[2] or a["title"], img_url(a["pub_dt"], "in_article", f"anh-{n}", n))
            blocks.append(b)
        a["body"] = blocks
        arts.append(a)
    ids = [x["id"] for x in arts]
    assert ids == sorted(ids) and len(set(ids)) == len(ids), "ids must grow with dates"
    assert [x["pub_dt"] for x in arts] == sorted(x["pub_dt"] for x in arts)
    return arts


ARTS = prepare()
BY_KEY = {a["key"]: a for a in ARTS}
EXISTING = [a for a in ARTS if not a.get("deleted")]
# Linked from anywhere but listings: neither deleted nor listing-only.
PUBLIC = [a for a in EXISTING if not a.get("listing_only")]
NEWEST = sorted(PUBLIC, key=lambda a: a["pub_dt"], reverse=True)
MOST_READ = [BY_KEY[k] for k in ("SEED", "C3", "T3", "V1", "C4")]


def sec_url(path: str) -> str:
    return f"{BASE}/{path}" if path else BASE + "/"


def section_articles(sec_key: str) -> list:
    """Listing content of a section, newest first (deleted and listing-only included)."""
    return sorted([a for a in ARTS if a["sec"] == sec_key], key=lambda a: a["pub_dt"], reverse=True)


# --------------------------------------------------------------------------- page chrome


def head_common(title: str, description: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{e(title)}</title>
<meta name="description" content="{e(description)}">
<meta name="robots" content="index, follow">
<meta name="revisit-after" content="1 days">
<meta name="generator" content="MasterCMS Ultimate Edition">
<meta name="copyright" content="Báo Lao Động Thủ Đô">
<meta name="author" content="Báo Lao Động Thủ Đô">
<meta property="fb:app_id" content="000000000000000">
<link rel="canonical" href="{e(canonical)}">
<link rel="alternate" type="application/rss+xml" title="Lao Động Thủ Đô - Trang chủ" href="{BASE}/rss_feed/">
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" type="image/x-icon">
<link rel="dns-prefetch" href="//www.googletagmanager.com">
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css?v=3.4.1">
<link rel="stylesheet" href="{THEME}/css/font-awesome.min.css?v=4.7.0">
<link rel="stylesheet" href="{THEME}/css/style.css?v=20240412.2">
<link rel="stylesheet" href="{THEME}/css/responsive.css?v=20240412.2">
{extra}<script async src="https://www.googletagmanager.com/gtag/js?id={GA_ID}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', '{GA_ID}');
</script>
<script type="text/javascript">var __MB_SITE_ID = 1, __MB_DOMAIN = "{BASE}", __MB_THEME = "{THEME}";</script>
</head>
"""


def header(active: str = "") -> str:
    items = []
    for path, name, subs in MENU:
        cls = ' class="active"' if path == active or active.startswith(path + "/") else ""
        sub = ""
        if subs:
            sub = '\n\t\t\t\t<ul class="sub_menu">' + "".join(
                f'\n\t\t\t\t\t<li><a href="{BASE}/{p}" title="{e(n)}">{e(n)}</a></li>' for p, n in subs
            ) + "\n\t\t\t\t</ul>"
        items.append(f'\t\t\t<li{cls}><a href="{BASE}/{path}" title="{e(name)}">{e(name)}</a>{sub}</li>')
    menu = "\n".join(items)
    return f"""<body>
<div id="fb-root"></div>
<div class="__MB_ADS_ZONE ads_top_full" data-zone="1"><!-- ADS: top full width --></div>
<header id="header">
	<div class="top_header">
		<div class="container">
			<div class="date_today"><i class="fa fa-calendar"></i> {SAVED_ON}</div>
			<ul class="top_link">
				<li><a href="{BASE}/dat-bao" rel="nofollow">Đặt báo</a></li>
				<li><a href="{BASE}/lien-he-quang-cao" rel="nofollow">Liên hệ quảng cáo</a></li>
				<li><a href="{BASE}/rss" title="RSS"><i class="fa fa-rss"></i> RSS</a></li>
			</ul>
		</div>
	</div>
	<div class="container logo_header">
		<a class="logo" href="{BASE}/" title="Lao Động Thủ Đô"><img src="{THEME}/images/logo.png" alt="Lao Động Thủ Đô" width="380" height="80"></a>
		<div class="__MB_ADS_ZONE banner_header" data-zone="2"><a href="{BASE}/ads/click?z=2" rel="nofollow sponsored"><img src="{BASE}/stores/ads_data/2024/032024/banner-header-728x90.jpg" alt="Quảng cáo" width="728" height="90"></a></div>
	</div>
	<nav class="menu_main">
		<div class="container">
		<ul class="menu">
			<li class="home"><a href="{BASE}/" title="Trang chủ"><i class="fa fa-home"></i></a></li>
{menu}
		</ul>
		<form class="search_form" action="{BASE}/search" method="get">
			<input type="text" name="q" placeholder="Tìm kiếm..." autocomplete="off">
			<button type="submit" aria-label="Tìm kiếm"><i class="fa fa-search"></i></button>
		</form>
		</div>
	</nav>
	<div class="container hot_topic">
		<span class="label_hot">Sự kiện:</span>
		<a href="{BASE}/tag/70-nam-chien-thang-dien-bien-phu-12873.tag">70 năm Chiến thắng Điện Biên Phủ</a>
		<a href="{BASE}/tag/thang-cong-nhan-12690.tag">Tháng Công nhân</a>
		<a href="{BASE}/tag/viec-lam-10421.tag">Việc làm</a>
	</div>
</header>
"""


def footer() -> str:
    links = " ".join(f'<a href="{BASE}/{p}">{e(n)}</a>' for p, n, _ in MENU)
    return f"""<footer id="footer">
	<div class="container">
		<div class="menu_footer">{links}</div>
		<div class="row">
			<div class="col-md-4 logo_footer"><img src="{THEME}/images/logo-footer.png" alt="Lao Động Thủ Đô" width="260" height="56"></div>
			<div class="col-md-8 info_footer">
				<p><strong>BÁO LAO ĐỘNG THỦ ĐÔ</strong> - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p>
				<p>Giấy phép hoạt động báo điện tử do Bộ Thông tin và Truyền thông cấp.</p>
				<p>Tòa soạn: Hà Nội. Liên hệ tòa soạn và quảng cáo: <a href="{BASE}/lien-he" rel="nofollow">xem trang Liên hệ</a></p>
				<p>© Bản quyền thuộc về Báo Lao Động Thủ Đô. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
				<p class="mobile_version"><a href="javascript:void(0);" onclick="__MB_setDevice('mobile');" rel="nofollow">Phiên bản di động</a></p>
				<p class="powered">Powered by <a href="https://mastercms.vn" rel="nofollow" target="_blank">MasterCMS</a></p>
			</div>
		</div>
	</div>
</footer>
<a href="javascript:void(0);" id="back_to_top" title="Lên đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="{THEME}/js/jquery.min.js?v=3.6.0"></script>
<script src="{THEME}/js/bootstrap.min.js?v=3.4.1"></script>
<script src="{THEME}/js/lazysizes.min.js"></script>
<script src="{THEME}/js/main.js?v=20240412.2"></script>
<script>
function __MB_setDevice(d) {{ document.cookie = "__MB_DEVICE=" + d + "; path=/"; location.reload(); }}
$(function () {{ $("#back_to_top").on("click", function () {{ $("html, body").animate({{scrollTop: 0}}, 400); }}); }});
</script>
</body>
</html>
"""


def sidebar() -> str:
    items = "\n".join(
        f"""			<li><span class="number">{n}</span><a href="{a['url']}" title="{e(a['title'])}">{e(a['title'])}</a></li>"""
        for n, a in enumerate(MOST_READ, 1)
    )
    return f"""	<div class="col-md-4 col_right">
		<div class="box_most_read">
			<div class="title_box"><span>Tin đọc nhiều</span></div>
			<ul class="list_most_read">
{items}
			</ul>
		</div>
		<div class="__MB_ADS_ZONE ads_right" data-zone="5"><a href="{BASE}/ads/click?z=5" rel="nofollow sponsored"><img src="{BASE}/stores/ads_data/2024/042024/banner-right-300x600.jpg" alt="Quảng cáo" width="300" height="600"></a></div>
		<div class="box_fanpage"><div class="fb-page" data-href="https://www.facebook.com/laodongthudo" data-width="300" data-small-header="true"></div></div>
	</div>
"""


def teaser(t: dict) -> str:
    return f"""			<div class="item_news">
				<a class="thumb" href="{t['url']}"><img src="{t['thumb']}" alt="{e(t['title'])}"></a>
				<div class="info_news">
					<h3><a href="{t['url']}">{e(t['title'])}</a></h3>
					<div class="sapo_news">{e(t['sapo'])}</div>
				</div>
			</div>"""


def as_teaser(a: dict) -> dict:
    return {"title": a["title"], "sapo": strip_marker(a["sapo"]), "url": a["url"], "thumb": a["small"]}


# --------------------------------------------------------------------------- article page


def render_block(b, a) -> str:
    kind, w = b[0], a["wrap"]
    if kind == "p":
        return f'<p style="text-align: justify;">{wrap(b[1], w)}</p>'
    if kind == "nfd":
        return f'<p style="text-align: justify;">{unicodedata.normalize("NFD", wrap(b[1], w))}</p>'
    if kind == "el":
        return f'<div class="__MB_MASTERCMS_EL">{wrap(b[1], w)}</div>'
    if kind in ("h2", "h3"):
        return f"<{kind}><strong>{e(b[1])}</strong></{kind}>"
    if kind in ("ul", "ol"):
        lis = "\n".join(f"\t<li>{x}</li>" for x in b[1])
        return f"<{kind}>\n{lis}\n</{kind}>"
    if kind == "quote":
        ps = "\n".join(f'\t<p style="text-align: justify;">{x}</p>' for x in b[1])
        return f'<blockquote class="quote_mastercms">\n{ps}\n</blockquote>'
    if kind == "img":
        _, caption, alt, src = b
        cap = (
            f'\n\t\t<tr>\n\t\t\t<td class="image_caption" style="text-align: center;"><em>{e(caption)}</em></td>\n\t\t</tr>'
            if caption
            else ""
        )
        return f"""<div class="__MB_MASTERCMS_EL">
<table class="MASTERCMS_TPL_TABLE" style="width: 100%;" align="center">
	<tbody>
		<tr>
			<td><img alt="{e(alt)}" class="__img_mastercms" src="{src}" style="max-width:100%; padding:0px; margin:0px;" title="{e(alt)}" width="800"></td>
		</tr>{cap}
	</tbody>
</table>
</div>"""
    if kind in ("rel", "rel_ext"):
        links = b[1] if kind == "rel_ext" else [(BY_KEY[k]["title"], BY_KEY[k]["url"]) for k in b[1]]
        anchors = " ".join(f'<a href="{u}" title="{e(t)}" target="_blank">{e(t)}</a>' for t, u in links)
        return f"""<table class="__MB_ARTICLE_A" align="center" border="0" cellpadding="0" cellspacing="0">
	<tbody>
		<tr>
			<td align="left" class="__MB_ARTICLE_A_ITEMS"><i class="fa fa-caret-right"></i> {anchors}</td>
		</tr>
	</tbody>
</table>"""
    raise ValueError(kind)


def comments_box(a: dict) -> str:
    items = "\n".join(
        f"""				<div class="item_comment">
					<div class="name_comment"><strong>{e(n)}</strong> <span class="time_comment">{e(t)}</span></div>
					<div class="content_comment">{e(c)}</div>
					<a href="javascript:void(0);" class="reply_comment">Trả lời</a>
				</div>"""
        for n, t, c in a["comments"]
    )
    return f"""		<div class="box_comment" id="box_comment">
			<div class="title_box_comment">Bình luận <span class="count_comment">({len(a['comments'])})</span></div>
			<div class="list_comment">
{items}
			</div>
			<form class="frm_comment" action="{BASE}/apicenter@/comment_post" method="post" onsubmit="return false;">
				<input type="hidden" name="article_id" value="{a['id']}">
				<textarea name="comment_content" maxlength="1500" rows="4" placeholder="Ý kiến của bạn..."></textarea>
				<div class="note_comment">Tối đa: 1500 ký tự</div>
				<div class="row_input">
					<input type="text" name="fullname" placeholder="Họ và tên">
					<input type="email" name="email" placeholder="Email">
				</div>
				<div class="note_policy">Bình luận của bạn sẽ được biên tập trước khi đăng.</div>
				<button type="button" class="btn_send_comment">Gửi bình luận</button>
			</form>
		</div>
"""


def json_ld(a: dict, sec: dict) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "headline": a["title"],
        "description": strip_marker(a["sapo"]),
        "image": {"@type": "ImageObject", "url": a["avatar"], "width": 800, "height": 450},
        "datePublished": iso(a["pub_dt"]),
        "dateModified": iso(a["mod_dt"]),
        "articleSection": sec["name"],
        "keywords": ", ".join(a["tags"]),
        "inLanguage": "vi",
        "author": [{"@type": "Person", "name": n} for n in a["authors"]],
        "publisher": {
            "@type": "Organization",
            "name": "Lao Động Thủ Đô",
            "logo": {"@type": "ImageObject", "url": f"{THEME}/images/logo.png", "width": 380, "height": 80},
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": BASE + "/"}]
        + [
            {"@type": "ListItem", "position": i, "name": n, "item": sec_url(p)}
            for i, (p, n) in enumerate(sec["crumbs"], 2)
        ],
    }
    return (
        '<script type="application/ld+json">\n' + json.dumps(data, ensure_ascii=False) + "\n</script>\n"
        '<script type="application/ld+json">\n' + json.dumps(crumbs, ensure_ascii=False) + "\n</script>\n"
    )


def breadcrumb(sec: dict) -> str:
    parts = [f'<a href="{BASE}/" title="Trang chủ">Trang chủ</a>']
    for p, n in sec["crumbs"]:
        parts.append(f'<a href="{BASE}/{p}" title="{e(n)}">{e(n)}</a>')
    return '<div class="title_new_nav">\n\t\t\t' + '\n\t\t\t<span class="sep"><i class="fa fa-angle-right"></i></span>\n\t\t\t'.join(parts) + "\n\t\t</div>"


def nen_xem(a: dict) -> list:
    others = [x for x in NEWEST if x is not a and x["sec"] != a["sec"]]
    return [as_teaser(x) for x in others[:4]]


def tin_khac(a: dict) -> list:
    same = [x for x in NEWEST if x is not a and x["sec"] == a["sec"]]
    more = [x for x in NEWEST if x is not a and x["sec"] != a["sec"] and x not in same]
    return [as_teaser(x) for x in (same + more)[:6]]


def article_page(a: dict) -> str:
    sec = SECTIONS[a["sec"]]
    kw = ", ".join(a["tags"])
    desc = a["sapo"]
    tags_meta = "".join(f'<meta property="article:tag" content="{e(t)}">\n' for t in a["tags"])
    extra = f"""<meta name="keywords" content="{e(kw)}">
<meta name="news_keywords" content="{e(kw)}">
<meta property="og:site_name" content="Lao Động Thủ Đô">
<meta property="og:type" content="article">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:description" content="{e(desc)}">
<meta property="og:url" content="{a['url']}">
<meta property="og:image" content="{a['avatar']}">
<meta property="og:image:width" content="800">
<meta property="og:image:height" content="450">
<meta property="article:published_time" content="{iso(a['pub_dt'])}">
<meta property="article:modified_time" content="{iso(a['mod_dt'])}">
<meta property="article:section" content="{e(sec['name'])}">
{tags_meta}<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{e(a['title'])}">
<meta name="twitter:image" content="{a['avatar']}">
<link rel="alternate" type="application/rss+xml" title="Lao Động Thủ Đô - {e(sec['name'])}" href="{BASE}/rss_feed/{sec['path'].split('/')[0]}">
{json_ld(a, sec)}"""
    body = "\n".join(render_block(b, a) for b in a["body"])
    byline = f'<p align="right"><strong>{e(a["byline"])}</strong></p>'
    enc = quote(a["url"], safe="")
    stray = ""
    if a.get("seed"):
        # A comment closed early by an inner "-->": the outer "-->" is left as text.
        stray = "\n\t\t<!-- begin: detail header <!-- ads_detail_top --> -->"
    related_box = ""
    if a["related"]:
        lis = "\n".join(
            f'\t\t\t\t<li><a href="{BY_KEY[k]["url"]}" title="{e(BY_KEY[k]["title"])}">{e(BY_KEY[k]["title"])}</a></li>'
            for k in a["related"]
        )
        related_box = f"""		<div class="box_related">
			<div class="title_box_related">Có liên quan</div>
			<ul class="list_related">
{lis}
			</ul>
		</div>
"""
    tags = " ".join(f'<a href="/tag/{slugify(t)}-{10000 + sum(map(ord, t)) % 9000}.tag" title="{e(t)}">{e(t)}</a>' for t in a["tags"])
    if a.get("seed"):
        nx = seed_teasers(SEED_NEN_XEM, SEED_NEN_XEM_IDS)
        tk = seed_teasers(SEED_TIN_KHAC, SEED_TIN_KHAC_IDS)
    else:
        nx, tk = nen_xem(a), tin_khac(a)
    nx_html = "\n".join(teaser(t) for t in nx)
    tk_html = "\n".join(teaser(t) for t in tk)
    date_line = (
        f'<i><span class="format_time">{a["pub_dt"]:%H:%M}</span> | '
        f'<span class="format_date">{a["pub_dt"]:%d/%m/%Y}</span></i>'
    )
    return (
        head_common(a["title"], desc, a["url"], extra)
        + header(sec["path"])
        + f"""<div class="container main_detail">
<div class="row">
	<div class="col-md-8 col_detail">
		{breadcrumb(sec)}
		<div class="content_detail">{stray}
		<h1 class="title_detail">{e(a['title'])}</h1>
		<div class="tool">
			{date_line}
			<div class="share_social">
				<a class="share_fb" href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" rel="nofollow" title="Chia sẻ Facebook"><i class="fa fa-facebook"></i></a>
				<a class="share_tw" href="https://twitter.com/intent/tweet?url={enc}" target="_blank" rel="nofollow" title="Chia sẻ Twitter"><i class="fa fa-twitter"></i></a>
				<div class="zalo-share-button" data-href="{a['url']}" data-oaid="0000000000000000000" data-layout="2" data-color="blue" data-customize="false"></div>
				<a class="share_mail" href="mailto:?subject={quote(a['title'])}&amp;body={enc}" rel="nofollow" title="Gửi email"><i class="fa fa-envelope"></i></a>
				<a class="print_article" href="/apicenter@/print_article&amp;i={a['id']}" target="_blank" rel="nofollow" title="In bài viết"><i class="fa fa-print"></i></a>
			</div>
		</div>
		<div class="sabo"><strong>{e(a['sapo'])}</strong></div>
		<div class="detail_info __MASTERCMS_CONTENT" id="__MB_MASTERCMS_EL_{a['id']}">
{body}
{byline}
		</div>
{related_box}		<div class="tags"><span class="title_tags"><i class="fa fa-tags"></i> Tags:</span> {tags}</div>
		<div class="share_bottom">
			<div class="fb-like" data-href="{a['url']}" data-layout="button_count" data-action="like" data-share="true"></div>
		</div>
{comments_box(a)}		</div>
		<div class="box_quantam">
			<div class="title_box"><span>Có thể bạn quan tâm</span></div>
			<div id="__MB_QUANTAM_{a['id']}" class="__MB_LOAD_RECOMMEND" data-article="{a['id']}"></div>
		</div>
		<div class="box_nenxem">
			<div class="title_box"><span>Nên xem</span></div>
			<div class="list_nenxem">
{nx_html}
			</div>
		</div>
		<div class="box_tinkhac">
			<div class="title_box"><span>Tin khác</span></div>
			<div class="list_tinkhac">
{tk_html}
			</div>
			<a class="view_more" href="{BASE}/{sec['path']}" title="Xem thêm">Xem thêm</a>
		</div>
	</div>
{sidebar()}</div>
</div>
<script>
var __MB_ARTICLE_ID = {a['id']};
window.addEventListener("load", function () {{ $.get("/apicenter@/update_view&i=" + __MB_ARTICLE_ID); }});
</script>
"""
        + footer()
    )


# --------------------------------------------------------------------------- listings


def list_item(a: dict) -> str:
    return f"""		<div class="list_news">
			<a class="list_news_img" href="{a['url']}" title="{e(a['title'])}"><img src="{a['thumb']}" alt="{e(a['title'])}" width="300" height="188"></a>
			<div class="list_news_title">
				<h2><a href="{a['url']}" title="{e(a['title'])}">{e(a['title'])}</a></h2>
				<span class="time_news"><i class="fa fa-clock-o"></i> {a['pub_dt']:%d/%m/%Y %H:%M}</span>
				<p>{e(a['sapo'])}</p>
			</div>
		</div>"""


def paging(path: str, page_no: int, pages: int) -> str:
    def href(n: int) -> str:
        return f"/{path}" if n == 1 else f"/{path}/p{n}"

    links = []
    if page_no > 1:
        links.append(f'<a href="{href(page_no - 1)}" class="prev" title="Trang trước">&laquo;</a>')
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page_no else ""
        links.append(f'<a href="{href(n)}"{cls}>{n}</a>')
    if page_no < pages:
        # the "next" link is the last link of the block
        links.append(f'<a href="{href(page_no + 1)}" class="next" title="Trang sau">&raquo;</a>')
    return '<div class="__MB_ARTICLE_PAGING paging">\n\t\t\t' + "\n\t\t\t".join(links) + "\n\t\t</div>"


def listing_page(path: str, name: str, crumbs: list, subs: list, items: list, page_no: int, pages: int) -> str:
    url = sec_url(path) + ("" if page_no == 1 else f"/p{page_no}")
    title = f"{name} - Lao Động Thủ Đô" + ("" if page_no == 1 else f" - Trang {page_no}")
    rel = ""
    if page_no > 1:
        rel += f'<link rel="prev" href="{sec_url(path)}{"" if page_no == 2 else f"/p{page_no - 1}"}">\n'
    if page_no < pages:
        rel += f'<link rel="next" href="{sec_url(path)}/p{page_no + 1}">\n'
    extra = f"""<meta name="keywords" content="{e(name)}, Lao Động Thủ Đô, tin tức Hà Nội">
<meta property="og:site_name" content="Lao Động Thủ Đô">
<meta property="og:type" content="website">
<meta property="og:title" content="{e(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{THEME}/images/logo-share.jpg">
<link rel="alternate" type="application/rss+xml" title="Lao Động Thủ Đô - {e(name)}" href="{BASE}/rss_feed/{path.split('/')[0]}">
{rel}"""
    crumb = '<a href="' + BASE + '/" title="Trang chủ">Trang chủ</a>' + "".join(
        f' <span class="sep"><i class="fa fa-angle-right"></i></span> <a href="{BASE}/{p}" title="{e(n)}">{e(n)}</a>'
        for p, n in crumbs
    )
    sub = ""
    if subs:
        sub = '\n\t\t\t<ul class="sub_cate">' + "".join(
            f'<li><a href="{BASE}/{p}" title="{e(n)}">{e(n)}</a></li>' for p, n in subs
        ) + "</ul>"
    body = "\n".join(list_item(a) for a in items)
    return (
        head_common(title, f"Tin tức {name} mới nhất trên Báo Lao Động Thủ Đô", url, extra)
        + header(path)
        + f"""<div class="container main_category">
	<div class="title_new_nav">{crumb}</div>
	<div class="title_cate">
			<h1><a href="{sec_url(path)}" title="{e(name)}">{e(name)}</a></h1>{sub}
	</div>
<div class="row">
	<div class="col-md-8 col_category">
{body}
		{paging(path, page_no, pages)}
	</div>
{sidebar()}</div>
</div>
"""
        + footer()
    )


def listings() -> dict:
    """path -> html for every listing page."""
    out = {}
    specs = [
        ("thoi-su", "Thời sự", [("thoi-su", "Thời sự")], [], section_articles("thoi-su")),
        ("cong-doan", "Công đoàn", [("cong-doan", "Công đoàn")], [], section_articles("cong-doan")),
        ("lao-dong", "Lao động", [("lao-dong", "Lao động")], [("lao-dong/viec-lam", "Việc làm")], section_articles("viec-lam")),
        ("lao-dong/viec-lam", "Việc làm", [("lao-dong", "Lao động"), ("lao-dong/viec-lam", "Việc làm")], [], section_articles("viec-lam")),
    ]
    # Every other section of the menu exists on the real site too; the mini-site
    # saved their first page only, listing the newest stories of the day.
    saved = {spec[0] for spec in specs}
    for slug, name, children in MENU:
        for path, label in [(slug, name), *children]:
            if path not in saved:
                crumbs = [(slug, name)] + ([(path, label)] if path != slug else [])
                specs.append((path, label, crumbs, [], NEWEST[:PER_PAGE]))
    for path, name, crumbs, subs, arts in specs:
        pages = max(1, -(-len(arts) // PER_PAGE))
        for n in range(1, pages + 1):
            chunk = arts[(n - 1) * PER_PAGE : n * PER_PAGE]
            key = path if n == 1 else f"{path}/p{n}"
            out[key] = listing_page(path, name, crumbs, subs, chunk, n, pages)
    return out


# --------------------------------------------------------------------------- home page


def home_page() -> str:
    top, rest = NEWEST[0], NEWEST[1:4]
    small = "\n".join(
        f"""			<div class="item_top_small">
				<a class="thumb" href="{a['url']}" title="{e(a['title'])}"><img src="{a['thumb']}" alt="{e(a['title'])}" width="300" height="188"></a>
				<h3><a href="{a['url']}" title="{e(a['title'])}">{e(a['title'])}</a></h3>
			</div>"""
        for a in rest
    )
    latest = "\n".join(
        f'\t\t\t\t<li><span class="time">{a["pub_dt"]:%H:%M}</span> <a href="{a["url"]}" title="{e(a["title"])}">{e(a["title"])}</a></li>'
        for a in NEWEST[:10]
    )

    def block(path: str, name: str, arts: list) -> str:
        first, others = arts[0], arts[1:]
        lis = "\n".join(
            f'\t\t\t\t\t<li><a href="{a["url"]}" title="{e(a["title"])}">{e(a["title"])}</a></li>' for a in others
        )
        return f"""		<div class="box_cate_home">
			<div class="title_box_home"><h2><a href="{BASE}/{path}" title="{e(name)}">{e(name)}</a></h2><a class="view_all" href="{BASE}/{path}">Xem thêm <i class="fa fa-angle-double-right"></i></a></div>
			<div class="row">
				<div class="col-md-6 first_news">
					<a class="thumb" href="{first['url']}" title="{e(first['title'])}"><img src="{first['thumb']}" alt="{e(first['title'])}" width="360" height="225"></a>
					<h3><a href="{first['url']}" title="{e(first['title'])}">{e(first['title'])}</a></h3>
					<p class="sapo">{e(first['sapo'])}</p>
				</div>
				<ul class="col-md-6 list_cate_home">
{lis}
				</ul>
			</div>
		</div>"""

    pub = lambda s: [a for a in NEWEST if a["sec"] == s]  # noqa: E731
    blocks = "\n".join([
        block("thoi-su", "Thời sự", pub("thoi-su")),
        block("cong-doan", "Công đoàn", pub("cong-doan")),
        block("lao-dong", "Lao động", pub("viec-lam")),
    ])
    extra = f"""<meta name="keywords" content="Lao Động Thủ Đô, tin tức Hà Nội, công đoàn, việc làm, người lao động">
<meta name="news_keywords" content="Lao Động Thủ Đô, tin tức Hà Nội, công đoàn, việc làm, người lao động">
<meta property="og:site_name" content="Lao Động Thủ Đô">
<meta property="og:type" content="website">
<meta property="og:title" content="Lao Động Thủ Đô - Tin tức Công đoàn, Lao động, Việc làm Hà Nội">
<meta property="og:description" content="Báo Lao Động Thủ Đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội">
<meta property="og:url" content="{BASE}/">
<meta property="og:image" content="{THEME}/images/logo-share.jpg">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "WebSite", "name": "Lao Động Thủ Đô", "url": BASE + "/", "potentialAction": {"@type": "SearchAction", "target": BASE + "/search?q={search_term_string}", "query-input": "required name=search_term_string"}}, ensure_ascii=False)}</script>
"""
    return (
        head_common(
            "Lao Động Thủ Đô - Tin tức Công đoàn, Lao động, Việc làm Hà Nội",
            "Báo Lao Động Thủ Đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội. Tin tức thời sự, công đoàn, lao động, việc làm, dân sinh Thủ đô.",
            BASE + "/",
            extra,
        )
        + header("")
        + f"""<div class="container main_home">
	<div class="row box_top_home">
		<div class="col-md-8">
			<div class="item_top_big">
				<a class="thumb" href="{top['url']}" title="{e(top['title'])}"><img src="{top['avatar']}" alt="{e(top['title'])}" width="760" height="475"></a>
				<h2><a href="{top['url']}" title="{e(top['title'])}">{e(top['title'])}</a></h2>
				<p class="sapo">{e(top['sapo'])}</p>
			</div>
			<div class="list_top_small">
{small}
			</div>
		</div>
		<div class="col-md-4 box_latest">
			<div class="title_box"><span>Tin mới</span></div>
			<ul class="list_latest">
{latest}
			</ul>
		</div>
	</div>
	<div class="__MB_ADS_ZONE ads_home_middle" data-zone="3"><a href="{BASE}/ads/click?z=3" rel="nofollow sponsored"><img src="{BASE}/stores/ads_data/2024/042024/banner-home-1140x120.jpg" alt="Quảng cáo" width="1140" height="120"></a></div>
<div class="row">
	<div class="col-md-8 col_home">
{blocks}
	</div>
{sidebar()}</div>
</div>
"""
        + footer()
    )


def not_found_page() -> str:
    return (
        head_common("Không tìm thấy trang - Lao Động Thủ Đô", "Trang bạn tìm không tồn tại hoặc đã bị xóa.", BASE + "/")
        + header("")
        + f"""<div class="container page_404">
	<h1>Không tìm thấy trang</h1>
	<p>Nội dung bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>
	<p><a href="{BASE}/">Quay về trang chủ</a></p>
</div>
"""
        + footer()
    )


# --------------------------------------------------------------------------- feeds, sitemaps, robots


def rss(title: str, link: str, self_url: str, arts: list) -> str:
    items = []
    for a in arts:
        desc = f'<a href="{a["url"]}"><img src="{a["small"]}" width="200" alt="{e(a["title"])}" /></a><br />{e(a["sapo"])}'
        items.append(f"""	<item>
		<title>{e(a['title'])}</title>
		<link>{a['url']}</link>
		<description><![CDATA[{desc}]]></description>
		<category>{e(SECTIONS[a['sec']]['name'])}</category>
		<pubDate>{rfc822(a['pub_dt'])}</pubDate>
		<guid isPermaLink="true">{a['url']}</guid>
	</item>""")
    last = max(a["mod_dt"] for a in arts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{e(title)}</title>
	<link>{link}</link>
	<description>Báo Lao Động Thủ Đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</description>
	<language>vi-VN</language>
	<copyright>Báo Lao Động Thủ Đô</copyright>
	<generator>MasterCMS</generator>
	<lastBuildDate>{rfc822(last)}</lastBuildDate>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<image>
		<url>{THEME}/images/logo.png</url>
		<title>Lao Động Thủ Đô</title>
		<link>{BASE}/</link>
	</image>
{chr(10).join(items)}
</channel>
</rss>
"""


def feeds() -> dict:
    others = {
        f"{path.replace('/', '_')}.rss": rss(f"Lao Động Thủ Đô - {label}", sec_url(path),
                                             BASE + "/rss_feed/" + path, NEWEST[:PER_PAGE])
        for slug, name, children in MENU for path, label in [(slug, name), *children]
        if slug not in ("thoi-su", "cong-doan")
    }
    return {**others,
        "home.rss": rss("Lao Động Thủ Đô - Trang chủ", BASE + "/", BASE + "/rss_feed/", NEWEST[:10]),
        "thoi-su.rss": rss(
            "Lao Động Thủ Đô - Thời sự", BASE + "/thoi-su", BASE + "/rss_feed/thoi-su",
            [a for a in NEWEST if a["sec"] == "thoi-su"],
        ),
        "cong-doan.rss": rss(
            "Lao Động Thủ Đô - Công đoàn", BASE + "/cong-doan", BASE + "/rss_feed/cong-doan",
            [a for a in NEWEST if a["sec"] == "cong-doan"],
        ),
    }


def sitemaps() -> dict:
    last = max(a["mod_dt"] for a in PUBLIC)
    index = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
	<sitemap>
		<loc>{BASE}/sitemaparticles-site-1.xml</loc>
		<lastmod>{iso(last)}</lastmod>
	</sitemap>
	<sitemap>
		<loc>{BASE}/sitemap_site_1.xml</loc>
		<lastmod>{iso(last)}</lastmod>
	</sitemap>
</sitemapindex>
"""
    urls = "\n".join(
        f"""	<url>
		<loc>{a['url']}</loc>
		<lastmod>{iso(a['mod_dt'])}</lastmod>
		<changefreq>monthly</changefreq>
		<priority>0.8</priority>
		<image:image>
			<image:loc>{e(a['avatar'])}</image:loc>
			<image:title>{e(a['title'])}</image:title>
		</image:image>
	</url>"""
        for a in NEWEST
    )
    articles = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
{urls}
</urlset>
"""
    cats = [("", "always", "1.0"), ("thoi-su", "hourly", "0.9"), ("cong-doan", "hourly", "0.9"),
            ("lao-dong", "hourly", "0.9"), ("lao-dong/viec-lam", "daily", "0.8")]
    curls = "\n".join(
        f"""	<url>
		<loc>{sec_url(p)}</loc>
		<lastmod>{iso(last)}</lastmod>
		<changefreq>{f}</changefreq>
		<priority>{pr}</priority>
	</url>"""
        for p, f, pr in cats
    )
    site = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{curls}
</urlset>
"""
    return {"sitemap.xml": index, "sitemaparticles-site-1.xml": articles, "sitemap_site_1.xml": site}


ROBOTS = f"""# robots.txt for laodongthudo.vn
User-agent: *
Allow: /
Disallow: /apicenter@/
Disallow: /search
Disallow: /admin/
Disallow: /stores/tmp/

User-agent: Mediapartners-Google
Allow: /

Sitemap: {BASE}/sitemap.xml
"""


def routes() -> dict:
    rss_ct = "application/rss+xml; charset=utf-8"
    r = {}
    for path, f in (("/rss_feed/", "home"), ("/rss_feed", "home"), ("/rss_feed/thoi-su", "thoi-su"),
                    ("/rss_feed/thoi-su/", "thoi-su"), ("/rss_feed/cong-doan", "cong-doan"),
                    ("/rss_feed/cong-doan/", "cong-doan")):
        r[path] = {"file": f"_feeds/{f}.rss", "content_type": rss_ct}
    for slug, _name, children in MENU:
        for path in [slug, *(child for child, _label in children)]:
            if slug not in ("thoi-su", "cong-doan"):
                feed = {"file": f"_feeds/{path.replace('/', '_')}.rss", "content_type": rss_ct}
                r[f"/rss_feed/{path}"] = r[f"/rss_feed/{path}/"] = feed
    for a in ARTS:
        if a.get("deleted"):
            r[a["path"]] = {"file": "_errors/404.html", "status": 404}
    return r


# --------------------------------------------------------------------------- expected results


def expected(a: dict) -> dict:
    sec = SECTIONS[a["sec"]]
    lead = block_text(e(a["sapo"]))
    blocks = [lead]
    images = []
    for b in a["body"]:
        kind = b[0]
        if kind in ("p", "nfd", "el", "h2", "h3"):
            blocks.append(block_text(b[1] if kind not in ("h2", "h3") else e(b[1])))
        elif kind in ("ul", "ol", "quote"):
            blocks.extend(block_text(x) for x in b[1])
        elif kind == "img":
            images.append({"url": b[3], "caption": block_text(e(b[1])) if b[1] else None})
    return {
        "url": a["url"],
        "title": a["title"],
        "lead": lead,
        "text": "\n\n".join(x for x in blocks if x),
        "authors": a["authors"],
        "published": iso(a["pub_dt"]),
        "modified": iso(a["mod_dt"]),
        "section": sec["crumbs"][-1][1],
        "tags": a["tags"],
        "images": images,
        "language": "vi",
    }


# --------------------------------------------------------------------------- main


def write(rel: str, text: str) -> None:
    p = SITE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8", newline="\n")


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    write("robots.txt", ROBOTS)
    write("index.html", home_page())
    for path, page in listings().items():
        write(f"{path}/index.html", page)
    for name, text in feeds().items():
        write(f"_feeds/{name}", text)
    for name, text in sitemaps().items():
        write(name, text)
    write("_errors/404.html", not_found_page())
    for a in EXISTING:
        write(a["path"].lstrip("/"), article_page(a))
    write("_routes.json", json.dumps(routes(), ensure_ascii=False, indent=2) + "\n")
    exp = [expected(a) for a in EXISTING]
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {len(EXISTING)} article pages and expected.json to {HERE}")


if __name__ == "__main__":
    main()
