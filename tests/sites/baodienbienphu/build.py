#!/usr/bin/env python3
"""Render the Báo Điện Biên Phủ fixture mini-site from the article data below.

Usage:  python tests/sites/baodienbienphu/build.py

Stdlib only, deterministic and idempotent: it deletes and rewrites the two host
folders next to this script, plus ``expected.json``.

Output (relative to this folder):

  baodienbienphu.vn/                 the site (served with Host: baodienbienphu.vn)
    robots.txt, sitemap.xml, sitemaps/2024-04.xml, sitemaps/2024-05.xml
    index.html                       client-rendered home shell (no article links)
    tin-tuc/{menu_slug}/index.html   client-rendered section shells (no article links)
    tin-bai/{category}/{slug}        article pages (no extension -> text/html)
    404.html + _routes.json          the deleted article answers 404 with this page
  api-dienbien.baodienbienphu.vn/    the JSON API (Host: api-dienbien.baodienbienphu.vn)
    api/*.json + _routes.json        /api/web/menu-get-list and
                                     /api/web/article-get-news-by-category-slug?category_slug=X
  expected.json                      what the crawler must extract from each existing page

Discovery coverage (see README.md): every article is in an API list and in a
sitemap, except one sitemap-only article (``sitemap_only``), one API-only
article (``api_only``) and one API entry whose page was deleted (``deleted``).

All article text is invented for this fixture, except the seed article, whose
body is the verbatim text of /work/shared/seeds/baodienbienphu-clean.txt.
A few deliberate traps sit in the pages: one paragraph written in decomposed
Unicode (NFD), one paragraph with named HTML entities (CKEditor style),
&nbsp; inside and at the end of paragraphs, paragraphs hard-wrapped over
several source lines, captions/alt text, an inline "Tin liên quan" card,
a header date widget showing the save date (27/05/2024), and an og:image that
is not in the body (article without body images).
"""

import html
import json
import os
import re
import shutil
import unicodedata
from datetime import datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
SITE_HOST = "baodienbienphu.vn"
API_HOST = "api-dienbien.baodienbienphu.vn"
SITE = "https://" + SITE_HOST
MEDIA = "https://media-dienbien.baodienbienphu.vn/"
SITE_NAME = "Báo Điện Biên Phủ"
SAVED_DATE = datetime(2024, 5, 27, 6, 30)  # the day the mini-site was "saved"

# --------------------------------------------------------------------------
# Menus (menu-get-list).  The last three have no articles.
# --------------------------------------------------------------------------
MENUS = [
    # id, name, slug, order
    (2, "Chính trị", "chinh-tri", 1),
    (3, "Kinh tế", "kinh-te", 2),
    (4, "Xã hội", "xa-hoi", 3),
    (5, "Văn hóa - Du lịch", "van-hoa-du-lich", 4),
    (6, "Quốc phòng - An ninh", "quoc-phong-an-ninh", 5),
    (12, "Video", "video", 6),
    (13, "E-magazine", "emagazine", 7),
    (14, "Báo in", "bao-in", 8),
]
EMPTY_MENUS = ["video", "emagazine", "bao-in"]
CAT_NAME = {slug: name for (_i, name, slug, _o) in MENUS}

# --------------------------------------------------------------------------
# The seed body: verbatim copy of /work/shared/seeds/baodienbienphu-clean.txt
# --------------------------------------------------------------------------
SEED_PARAGRAPHS = [
    'ĐBP - Thời gian qua tỉnh Điện Biên đã nhận được rất nhiều sự quan tâm, hỗ trợ tích cực của Đảng bộ, chính quyền và Nhân dân TP. Hồ Chí Minh, như: Xây dựng bệnh viện, trường học; công tác an sinh xã hội, xóa đói giảm nghèo; phát triển y tế, giáo dục, du lịch; kêu gọi doanh nghiệp đầu tư trên địa bàn Điện Biên... Qua đó góp phần chung tay cùng tỉnh Điện Biên phát triển kinh tế - xã hội, xóa đói giảm nghèo.',
    'Điện Biên là một trong những tỉnh đặc biệt khó khăn. Xác định hỗ trợ Điện Biên phát triển vừa là tình cảm, vừa là trách nhiệm, những năm qua TP. Hồ Chí Minh đã triển khai nhiều hoạt động ý nghĩa, thiết thực: Hỗ trợ vốn đầu tư xây dựng cơ sở hạ tầng, hỗ trợ công tác an sinh xã hội, thúc đẩy quảng bá, phát triển du lịch, thu hút đầu tư… Đồng thời chia sẻ kinh nghiệm trong các lĩnh vực khác trên tinh thần bình đẳng, tự nguyện, cùng phát triển. Thông qua trao đổi kinh nghiệm góp phần phát huy tốt hơn nữa vai trò lãnh đạo của cấp ủy đảng, năng lực điều hành của chính quyền, công tác tham mưu và tổ chức thực hiện của các ban, ngành, đoàn thể đối với nhiệm vụ phát triển kinh tế, văn hoá, xã hội, đảm bảo quốc phòng - an ninh.',
    'Năm 2017, tại một số huyện trên địa bàn tỉnh Điện Biên xảy ra mưa lớn kéo dài, gây lũ ống, lũ quét trên các sông, suối, sạt lở đất làm ách tắc giao thông, thiệt hại về nhà cửa, trường học và tài sản, hoa màu, đất sản xuất của người dân. Thiên tai đã làm 8 người chết, 289 ngôi nhà bị thiệt hại; gần 350ha lúa và hoa màu bị thiệt hại nặng; hàng trăm con gia súc, gia cầm bị chết và cuốn trôi... Tổng thiệt hại ước tính hơn 120 tỷ đồng.',
    'Chia sẻ với thiệt hại của tỉnh Điện Biên, đoàn công tác Thành ủy Hồ Chí Minh đã đến các địa phương bị thiên tai trên địa bàn tỉnh để thăm hỏi, động viên, trao quà, kinh phí hỗ trợ. Đồng thời, ủng hộ 1,2 tỷ đồng Ban Thường trực Ủy ban MTTQ tỉnh Điện Biên hỗ trợ khắc phục thiệt hại do mưa lũ, giúp người dân sớm ổn định cuộc sống.',
    'Trong lĩnh vực phát triển y tế - giáo dục, TP. Hồ Chí Minh đã hỗ trợ 33 tỷ đồng, trong đó 30 tỷ đồng đầu tư xây dựng dựng giai đoạn 1 Bệnh viện Đa khoa huyện Mường Ảng. Hiện tại, bệnh viện đã cơ bản thực hiện việc phân tuyến của Bộ Y tế, đáp ứng nhu cầu khám chữa bệnh cho Nhân dân địa phương. Hay Quận ủy, UBND quận 3 (TP. Hồ Chí Minh) đã hỗ trợ 1 tỷ đồng cho ngành giáo dục Điện Biên xây dựng nhà nội trú Trường Tiểu học xã Mường Phăng (huyện Điện Biên), giúp hàng chục học sinh có chỗ ở nội trú khang trang, yên tâm học tập.',
    'Hỗ trợ Điện Biên phát triển văn hóa, du lịch, TP. Hồ Chí Minh đã tạo mọi điều kiện thuận lợi để Điện Biên thực hiện kế hoạch triển lãm nhân các dịp kỷ niệm, đồng thời chỉ đạo Tổng công ty Du lịch Sài Gòn giới thiệu các danh lam thắng cảnh, di tích lịch sử của Điện Biên để góp phần quảng bá, phát triển ngành du lịch của tỉnh. Vì vậy, nhiều sự kiện du lịch, các điểm du lịch trên địa bàn tỉnh Điện Biên đã được đông đảo khách du lịch TP. Hồ Chí Minh đến tham quan.',
    'Đáp lại những tình cảm chân tình của TP. Hồ Chí Minh, tỉnh Điện Biên cũng tăng cường các hoạt động phối hợp, xây dựng mối quan hệ mật thiết với thành phố. Đặc biệt, trong năm 2021 khi dịch Covid-19 bùng phát diện rộng tại TP. Hồ Chí Minh, cùng với cả nước, tỉnh Điện Biên đã cử nhiều đợt y, bác sĩ vào chung tay hỗ trợ chống dịch.',
    'Có thể nói, Điện Biên với TP. Hồ Chí Minh tuy xa mà gần, chia sẻ với nhau không chỉ những điều tốt đẹp mà cả những khó khăn trong quá trình xây dựng và phát triển. Mối quan hệ giữa 2 địa phương ngày càng đi vào chiều sâu, thực chất và hiệu quả. Trước yêu cầu phát triển trong tình hình mới, mong muốn trong thời gian tới TP. Hồ Chí Minh sẽ tăng cường hoạt động phối hợp, hỗ trợ Điện Biên, nhất là về nguồn lực đầu tư xây dựng hạ tầng, công tác an sinh xã hội; kết nối các doanh nghiệp đẩy mạnh hoạt động đầu tư, kinh doanh trong các lĩnh vực du lịch, thương mại.',
]

# --------------------------------------------------------------------------
# Articles.  Body blocks:
#   ("p", html)             paragraph (the first one is the bold "ĐBP - " lead)
#   ("h2"|"h3", html)       subheading
#   ("ul", [html, ...])     list, one block per item
#   ("quote", [html, ...])  blockquote, one <p> per item
#   ("img", file, caption|None, alt)
#   ("related", [article key, ...])   inline "Tin liên quan" card
#   ("nfd", html)           paragraph written in decomposed Unicode (NFD)
#   ("ent", html)           paragraph written with named entities (&agrave; ...)
# --------------------------------------------------------------------------
ARTICLES = [
    dict(
        key="seed", id=231870, cat="chinh-tri",
        slug="tp-ho-chi-minh-chung-tay-cung-dien-bien-phat-trien-kinh-te-xa-hoi",
        title="TP. Hồ Chí Minh chung tay cùng Điện Biên phát triển kinh tế - xã hội",
        pub="2024-04-26 08:15", mod="2024-04-26 09:02",
        byline="Hoàng Châu", authors=["Hoàng Châu"],
        tags=["TP. Hồ Chí Minh", "hợp tác", "an sinh xã hội", "Điện Biên"],
        body=[
            ("p", SEED_PARAGRAPHS[0]),
            ("p", SEED_PARAGRAPHS[1]),
            ("img", "1714094101_tphcm-trao-qua-ho-tro-dien-bien.jpg",
             "Đoàn công tác TP. Hồ Chí Minh trao quà hỗ trợ người dân huyện Mường Ảng. Ảnh: Tư liệu",
             "TP. Hồ Chí Minh trao quà hỗ trợ Điện Biên"),
            ("p", SEED_PARAGRAPHS[2]),
            ("p", SEED_PARAGRAPHS[3]),
            ("related", ["giam-sat", "ca-phe"]),
            ("p", SEED_PARAGRAPHS[4]),
            ("img", "1714094102_benh-vien-da-khoa-muong-ang.jpg",
             "Bệnh viện Đa khoa huyện Mường Ảng được đầu tư xây dựng từ nguồn hỗ trợ của TP. Hồ Chí Minh.",
             "Bệnh viện Đa khoa huyện Mường Ảng"),
            ("p", SEED_PARAGRAPHS[5]),
            ("p", SEED_PARAGRAPHS[6]),
            ("p", SEED_PARAGRAPHS[7]),
        ],
    ),
    dict(
        key="giam-sat", id=231702, cat="chinh-tri", wrap=True,
        slug="giam-sat-viec-thuc-hien-chinh-sach-ho-tro-nha-o-cho-ho-ngheo-tai-huyen-nam-po",
        title="Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Nậm Pồ",
        pub="2024-04-12 14:20", mod="2024-04-12 15:05",
        byline="Minh Thư", authors=["Minh Thư"],
        tags=["HĐND tỉnh", "giám sát", "nhà ở", "hộ nghèo", "Nậm Pồ"],
        body=[
            ("p", "ĐBP - Ngày 12/4, đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn trên địa bàn huyện Nậm Pồ."),
            ("p", "Theo báo cáo của UBND huyện Nậm Pồ, từ đầu năm 2023 đến nay, toàn huyện có 1.146 hộ được phê duyệt hỗ trợ xây mới và sửa chữa nhà ở từ các nguồn vốn chương trình mục tiêu quốc gia, vốn xã hội hóa và các tổ chức, cá nhân. Đến thời điểm giám sát, đã có 812 căn nhà hoàn thành và đưa vào sử dụng, 257 căn đang thi công, số còn lại đang chuẩn bị mặt bằng, tập kết vật liệu."),
            ("img", "1712906401_giam-sat-nha-o-nam-po.jpg",
             "Đoàn giám sát kiểm tra thực tế việc xây dựng nhà ở tại bản Nà Khoa, xã Nà Khoa.",
             "Đoàn giám sát kiểm tra nhà ở hộ nghèo"),
            ("p", "Để chính sách đến đúng đối tượng, huyện đã chỉ đạo các xã rà soát, bình xét công khai từ cấp bản, lấy ý kiến người dân trước khi lập danh sách đề nghị hỗ trợ. Lực lượng đoàn viên thanh niên, dân quân và cán bộ biên phòng cũng tham gia vận chuyển vật liệu, hỗ trợ ngày công giúp các hộ dựng nhà ở những bản xa trung tâm."),
            ("h3", "Còn nhiều khó khăn ở vùng sâu"),
            ("p", "Tuy nhiên, quá trình triển khai vẫn gặp không ít vướng mắc. Nhiều bản cách trung tâm xã hàng chục cây số, đường sá đi lại khó khăn, chi phí vận chuyển vật liệu tăng cao so với định mức hỗ trợ. Một số hộ chưa có đất ở ổn định, phải chờ điều chỉnh quy hoạch hoặc bố trí quỹ đất mới; việc thanh, quyết toán nguồn vốn ở một số xã còn chậm."),
            ("p", "Phát biểu kết luận buổi giám sát, trưởng đoàn ghi nhận sự vào cuộc tích cực của cấp ủy, chính quyền huyện Nậm Pồ. Đồng thời đề nghị huyện tập trung đôn đốc hoàn thành các căn nhà đang thi công trước mùa mưa lũ, tăng cường kiểm tra, giám sát, bảo đảm nguồn vốn được sử dụng đúng mục đích; kịp thời tổng hợp những khó khăn vượt thẩm quyền, báo cáo UBND tỉnh xem xét, tháo gỡ."),
        ],
    ),
    dict(
        key="ky-hop", id=232295, cat="chinh-tri",
        slug="hdnd-tinh-thong-qua-9-nghi-quyet-tai-ky-hop-chuyen-de",
        title="HĐND tỉnh thông qua 9 nghị quyết tại kỳ họp chuyên đề",
        pub="2024-05-15 09:00", mod="2024-05-15 11:30",
        byline="Quang Hưng - Thanh Bình", authors=["Quang Hưng", "Thanh Bình"],
        tags=["HĐND tỉnh", "kỳ họp chuyên đề", "nghị quyết", "đầu tư công"],
        body=[
            ("p", "ĐBP - Sáng 15/5, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên đề nhằm xem xét, quyết định một số nội dung cấp bách thuộc thẩm quyền. Dự kỳ họp có lãnh đạo Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh cùng các đại biểu HĐND tỉnh."),
            ("p", "Phát biểu khai mạc, Chủ tịch HĐND tỉnh nhấn mạnh, các nội dung trình kỳ họp lần này đều có ý nghĩa quan trọng đối với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024, đặc biệt là việc phân bổ nguồn vốn và cơ chế, chính sách hỗ trợ người dân vùng sâu, vùng xa. Chủ tọa đề nghị các đại biểu tập trung nghiên cứu, thảo luận thẳng thắn, dân chủ để các nghị quyết khi ban hành sớm đi vào cuộc sống."),
            ("img", "1715738401_ky-hop-chuyen-de-hdnd-tinh.jpg",
             "Quang cảnh kỳ họp chuyên đề HĐND tỉnh khóa XV.",
             "Quang cảnh kỳ họp"),
            ("p", "Sau một buổi làm việc khẩn trương, với sự đồng thuận cao, kỳ họp đã biểu quyết thông qua 9 nghị quyết, trong đó có các nghị quyết:"),
            ("ul", [
                "Điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương;",
                "Phân bổ chi tiết vốn thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2024;",
                "Quy định mức hỗ trợ học sinh bán trú tại các xã, thôn, bản đặc biệt khó khăn;",
                "Thông qua danh mục các công trình, dự án cần thu hồi đất bổ sung năm 2024 trên địa bàn tỉnh.",
            ]),
            ("p", "Các nghị quyết còn lại liên quan đến công tác tổ chức bộ máy, biên chế và một số chế độ, chính sách đặc thù đối với cán bộ, công chức công tác tại vùng biên giới."),
            ("img", "1715738402_dai-bieu-bieu-quyet.jpg",
             "Các đại biểu biểu quyết thông qua nghị quyết.",
             "Đại biểu biểu quyết"),
            ("p", "Bế mạc kỳ họp, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương chỉ đạo các sở, ngành, địa phương tổ chức triển khai thực hiện ngay sau khi nghị quyết có hiệu lực. Thường trực, các ban HĐND tỉnh, các tổ đại biểu và từng đại biểu HĐND tỉnh tăng cường giám sát, kịp thời phát hiện những vướng mắc để kiến nghị xử lý, bảo đảm các nghị quyết phát huy hiệu quả trên thực tế."),
        ],
    ),
    dict(
        key="ca-phe", id=231761, cat="kinh-te",
        slug="nong-dan-muong-ang-cham-soc-ca-phe-giai-doan-nuoi-qua",
        title="Nông dân Mường Ảng chăm sóc cà phê giai đoạn nuôi quả",
        pub="2024-04-18 10:30", mod="2024-04-18 10:52",
        byline="Tin, ảnh: Lò Hương", authors=["Lò Hương"],
        tags=["cà phê", "Mường Ảng", "nông nghiệp"],
        body=[
            ("p", "ĐBP - Sau khi cà phê đậu quả, những ngày này, nông dân các xã Ẳng Nưa, Ẳng Cang, Búng Lao (huyện Mường Ảng) tập trung làm cỏ, bón phân, tỉa cành để cây sinh trưởng tốt, hướng tới một vụ thu hoạch bội thu."),
            ("p", "Gia đình anh Quàng Văn Thiêm ở bản Hua Nạ, xã Ẳng Nưa hiện có gần 2ha cà phê đang trong thời kỳ kinh doanh. Anh Thiêm cho biết: “Năm nay thời tiết đầu mùa khô hạn kéo dài nên gia đình phải bơm nước tưới nhiều đợt. Từ khi quả non bắt đầu lớn, tôi bón thêm phân hữu cơ vi sinh và làm cỏ quanh gốc để giữ ẩm, hạn chế sâu bệnh”."),
            ("img", "1713411001_nong-dan-muong-ang-cham-soc-ca-phe.jpg",
             "Anh Quàng Văn Thiêm, bản Hua Nạ, xã Ẳng Nưa làm cỏ cho vườn cà phê.",
             "Nông dân Mường Ảng chăm sóc cà phê"),
            ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Mường Ảng, toàn huyện hiện có hơn 3.200ha cà phê, trong đó khoảng 2.700ha đang cho thu hoạch. Vụ cà phê 2023 - 2024, giá cà phê nhân tăng cao giúp nhiều hộ có nguồn thu khá, tạo động lực để người dân đầu tư thâm canh, cải tạo lại những vườn cây già cỗi."),
            ("ent", "Cùng với việc hướng dẫn kỹ thuật chăm sóc, cán bộ khuyến nông của huyện thường xuyên xuống cơ sở, khuyến cáo bà con không lạm dụng phân bón hóa học, thuốc bảo vệ thực vật; áp dụng quy trình sản xuất theo hướng hữu cơ, thu hái quả chín để nâng cao chất lượng sản phẩm."),
            ("p", "Một số hợp tác xã trên địa bàn đã liên kết với doanh nghiệp thu mua, chế biến cà phê đặc sản, bao tiêu sản phẩm cho các hộ thành viên. Nhờ đó, giá bán cà phê quả tươi đạt chất lượng cao hơn từ 10 - 15% so với thu mua thông thường, người trồng yên tâm gắn bó với cây cà phê."),
            ("img", "1713411002_ca-phe-muong-ang-dau-qua.jpg",
             "Những vườn cà phê ở xã Ẳng Cang đậu quả sai.",
             "Cà phê đậu quả"),
            ("p", "Thời gian tới, huyện Mường Ảng tiếp tục rà soát, quy hoạch vùng nguyên liệu, hỗ trợ người dân tái canh, ghép cải tạo diện tích cà phê năng suất thấp; đồng thời xây dựng, quảng bá thương hiệu <em>cà phê Mường Ảng</em> gắn với chỉ dẫn địa lý, từng bước nâng cao giá trị cây trồng chủ lực của địa phương.&nbsp;"),
        ],
    ),
    dict(
        key="duong", id=232144, cat="kinh-te", wrap=True,
        slug="gap-rut-thi-cong-tuyen-duong-lien-xa-muong-phang-na-nhan",
        title="Gấp rút thi công tuyến đường liên xã Mường Phăng - Nà Nhạn",
        pub="2024-05-06 15:45", mod="2024-05-07 08:10",
        byline="Thanh Bình", authors=["Thanh Bình"],
        tags=["giao thông", "nông thôn mới", "Mường Phăng", "Nà Nhạn"],
        body=[
            ("p", "ĐBP - Tận dụng những ngày nắng ráo trước khi mùa mưa đến, các nhà thầu thi công tuyến đường liên xã Mường Phăng - Nà Nhạn (huyện Điện Biên) đang huy động tối đa máy móc, nhân lực để đẩy nhanh tiến độ, phấn đấu hoàn thành các hạng mục chính trong quý III năm nay."),
            ("p", "Tuyến đường có tổng chiều dài hơn 14km, được đầu tư nâng cấp theo tiêu chuẩn đường cấp V miền núi, mặt đường bê tông xi măng rộng 3,5m, tổng mức đầu tư trên 68 tỷ đồng từ nguồn vốn ngân sách tỉnh và Chương trình mục tiêu quốc gia xây dựng nông thôn mới."),
            ("h3", "Huy động tối đa máy móc, nhân lực"),
            ("p", "Có mặt tại công trường những ngày đầu tháng 5, chúng tôi ghi nhận không khí làm việc khẩn trương. Hàng chục máy xúc, máy lu, ô tô vận chuyển vật liệu hoạt động liên tục; công nhân chia ca làm việc từ sáng sớm đến tối muộn. Nhiều đoạn nền đường đã được mở rộng, hệ thống rãnh dọc, cống thoát nước ngang đang được hoàn thiện."),
            ("img", "1714985101_thi-cong-duong-muong-phang-na-nhan.jpg", None,
             "Thi công tuyến đường Mường Phăng - Nà Nhạn"),
            ("p", "Đại diện đơn vị thi công cho biết, đến nay khối lượng thực hiện đạt khoảng 55% giá trị hợp đồng. Khó khăn lớn nhất là địa hình đồi dốc, nhiều đoạn phải xử lý nền đất yếu và đá cứng, trong khi vật liệu phải vận chuyển quãng đường xa."),
            ("h3", "Người dân đồng thuận hiến đất"),
            ("p", "Để có mặt bằng thi công, chính quyền hai xã Mường Phăng và Nà Nhạn đã tổ chức nhiều buổi tuyên truyền, vận động. Đến nay đã có 126 hộ dân tự nguyện hiến hơn 18.000m<sup>2</sup> đất, tháo dỡ tường rào, công trình phụ để mở rộng đường mà không yêu cầu bồi thường."),
            ("p", "Ông Lò Văn Pánh, bản Co Muông, xã Mường Phăng chia sẻ: “Con đường này bà con mong đợi từ lâu. Trước đây mùa mưa đường trơn trượt, nông sản làm ra khó vận chuyển, học sinh đi học vất vả. Đường mở rộng thì nhà tôi có mất ít đất vườn nhưng cả bản được hưởng lợi”."),
            ("img", "1714985102_nguoi-dan-hien-dat-lam-duong.jpg",
             "Người dân bản Co Muông tháo dỡ tường rào, hiến đất mở rộng đường.",
             "Người dân hiến đất làm đường"),
            ("p", "Khi hoàn thành, tuyến đường không chỉ giúp việc đi lại, giao thương của người dân thuận lợi hơn mà còn kết nối các điểm di tích lịch sử, điểm du lịch cộng đồng ở khu vực Mường Phăng, góp phần thúc đẩy phát triển du lịch và kinh tế địa phương."),
        ],
    ),
    dict(
        key="mac-ca", id=232390, cat="kinh-te",
        slug="dien-bien-mo-rong-dien-tich-trong-mac-ca-theo-chuoi-lien-ket",
        title="Điện Biên mở rộng diện tích trồng mắc ca theo chuỗi liên kết",
        pub="2024-05-20 07:30", mod="2024-05-20 07:30",
        byline="Phạm Quang", authors=["Phạm Quang"],
        tags=["mắc ca", "liên kết chuỗi", "nông nghiệp", "Tuần Giáo"],
        body=[
            ("p", "ĐBP - Với lợi thế về khí hậu và thổ nhưỡng, những năm gần đây cây mắc ca được tỉnh Điện Biên xác định là một trong những cây trồng chủ lực, góp phần phủ xanh đất trống đồi núi trọc, tạo sinh kế bền vững cho người dân vùng cao."),
            ("p", "Theo Sở Nông nghiệp và Phát triển nông thôn, đến nay toàn tỉnh đã trồng được hơn 5.000ha mắc ca, tập trung tại các huyện Tuần Giáo, Mường Ảng, Điện Biên và Tủa Chùa. Phần lớn diện tích được trồng theo hình thức liên kết giữa doanh nghiệp với người dân: doanh nghiệp cung ứng giống, phân bón, hướng dẫn kỹ thuật và cam kết bao tiêu sản phẩm; người dân góp đất, góp công chăm sóc."),
            ("img", "1716165001_vuon-mac-ca-quai-cang.jpg",
             "Vườn mắc ca trồng xen cà phê tại xã Quài Cang, huyện Tuần Giáo.",
             "Vườn mắc ca xã Quài Cang"),
            ("p", "Tại xã Quài Cang (huyện Tuần Giáo), nhiều vườn mắc ca trồng xen cà phê đã bắt đầu cho quả bói. Chị Lò Thị Xuân, bản Pá Chăn chia sẻ, trước đây gia đình chỉ trồng ngô trên nương, năng suất thấp lại dễ gây xói mòn. Từ khi chuyển sang trồng mắc ca xen cà phê, đất được giữ ẩm tốt hơn, cây phát triển đồng đều, gia đình có thêm nguồn thu ổn định."),
            ("related", ["ca-phe", "duong"]),
            ("p", "Đánh giá về hiệu quả của mô hình, đại diện Sở Nông nghiệp và Phát triển nông thôn cho biết:"),
            ("quote", [
                "Mắc ca là cây lâu năm, cần vốn đầu tư lớn và thời gian kiến thiết cơ bản dài. Vì vậy, liên kết chuỗi là hướng đi phù hợp nhất để người dân yên tâm sản xuất, đồng thời bảo đảm vùng nguyên liệu ổn định cho nhà máy chế biến.",
            ]),
            ("p", "Bên cạnh kết quả đạt được, việc phát triển cây mắc ca vẫn còn một số hạn chế như: Một số diện tích trồng ở nơi có độ dốc lớn, chăm sóc chưa đúng quy trình nên cây sinh trưởng kém; một số doanh nghiệp chậm triển khai đầu tư so với cam kết; nguồn giống ở một số nơi chưa được kiểm soát chặt chẽ."),
            ("p", "Để phát triển cây mắc ca bền vững, tỉnh chủ trương rà soát quy hoạch vùng trồng phù hợp, lựa chọn các doanh nghiệp có đủ năng lực tài chính, kinh nghiệm; tăng cường kiểm tra chất lượng giống, hướng dẫn người dân áp dụng đúng kỹ thuật. Đồng thời khuyến khích đầu tư nhà máy chế biến sâu ngay tại địa phương để nâng cao giá trị sản phẩm."),
            ("img", "1716165002_so-che-hat-mac-ca.jpg",
             "Sơ chế hạt mắc ca tại một cơ sở thu mua ở huyện Mường Ảng.",
             "Sơ chế hạt mắc ca"),
            ("p", "Mục tiêu đến năm 2030, Điện Biên phấn đấu có khoảng 20.000ha mắc ca, hình thành vùng nguyên liệu tập trung gắn với chế biến và tiêu thụ, trở thành một trong những vùng trồng mắc ca lớn của khu vực Tây Bắc."),
        ],
    ),
    dict(
        key="on-thi", id=231815, cat="xa-hoi",
        slug="hoc-sinh-lop-12-vung-cao-tang-toc-on-thi-tot-nghiep-thpt",
        title="Học sinh lớp 12 vùng cao tăng tốc ôn thi tốt nghiệp THPT",
        pub="2024-04-22 16:05", mod="2024-04-22 16:40",
        byline="Bài, ảnh: Ngọc Anh", authors=["Ngọc Anh"],
        tags=["thi tốt nghiệp THPT", "giáo dục", "Mường Nhé", "học sinh nội trú"],
        body=[
            ("p", "ĐBP - Chỉ còn hơn hai tháng nữa là đến Kỳ thi tốt nghiệp THPT năm 2024, các trường THPT trên địa bàn tỉnh đang khẩn trương hoàn thành chương trình, tổ chức ôn tập cho học sinh lớp 12. Ở những trường vùng cao, nơi phần lớn học sinh là người dân tộc thiểu số, thầy và trò càng nỗ lực nhiều hơn."),
            ("p", "Trường THPT Mường Nhé năm học này có 186 học sinh lớp 12, trong đó hơn 90% là con em đồng bào dân tộc thiểu số. Ngay từ đầu học kỳ II, nhà trường đã xây dựng kế hoạch ôn tập chi tiết đến từng môn, từng lớp; phân loại học sinh theo năng lực để có phương pháp bồi dưỡng phù hợp."),
            ("p", "Theo thầy hiệu trưởng nhà trường, điểm khó nhất là nhiều em nhà xa, điều kiện kinh tế gia đình khó khăn, có em phải phụ giúp bố mẹ việc nương rẫy. Vì vậy, giáo viên chủ nhiệm thường xuyên liên lạc với phụ huynh, động viên các em ở lại khu nội trú để có thời gian học tập tập trung."),
            ("img", "1713776701_hoc-sinh-thpt-muong-nhe-on-thi.jpg", None,
             "Học sinh Trường THPT Mường Nhé ôn thi"),
            ("p", "Để giúp học sinh ôn tập hiệu quả, nhà trường áp dụng nhiều giải pháp:"),
            ("ul", [
                "Tổ chức ôn tập theo chủ đề, bám sát cấu trúc đề tham khảo của Bộ Giáo dục và Đào tạo;",
                "Cho học sinh làm bài kiểm tra định kỳ hằng tuần, chấm chữa và nhận xét cụ thể;",
                "Bố trí giáo viên trực buổi tối tại khu nội trú để giải đáp thắc mắc;",
                "Phối hợp với Đoàn Thanh niên thành lập các nhóm học tập, “đôi bạn cùng tiến”.",
            ]),
            ("p", "Em Giàng Thị Chở, học sinh lớp 12A3 chia sẻ: “Em đăng ký xét tuyển vào ngành sư phạm nên đang dành nhiều thời gian cho các môn Toán, Ngữ văn và Lịch sử. Buổi tối ở khu nội trú, chúng em thường học nhóm, bạn nào hiểu bài thì giảng lại cho các bạn khác”."),
            ("p", "Cùng với việc ôn tập kiến thức, các trường cũng chú trọng công tác tư vấn hướng nghiệp, giúp học sinh lựa chọn ngành nghề phù hợp với năng lực, sở thích và nhu cầu của xã hội. Nhiều em đã mạnh dạn lựa chọn học nghề sau khi tốt nghiệp, thay vì chỉ tập trung vào đại học."),
            ("p", "Năm 2024, toàn tỉnh có hơn 6.800 thí sinh đăng ký dự thi tốt nghiệp THPT. Sở Giáo dục và Đào tạo yêu cầu các nhà trường tiếp tục rà soát, hỗ trợ học sinh có hoàn cảnh khó khăn, bảo đảm không để em nào bỏ thi vì lý do kinh tế hay đường xa."),
        ],
    ),
    dict(
        key="sot-xuat-huyet", id=232208, cat="xa-hoi",
        slug="chu-dong-phong-chong-sot-xuat-huyet-truoc-mua-mua",
        title="Chủ động phòng, chống sốt xuất huyết trước mùa mưa",
        pub="2024-05-09 11:10", mod="2024-05-09 14:25",
        byline="Hà Linh", authors=["Hà Linh"],
        tags=["sốt xuất huyết", "y tế", "phòng chống dịch", "CDC Điện Biên"],
        body=[
            ("p", "ĐBP - Thời điểm giao mùa, thời tiết nắng nóng xen kẽ những cơn mưa rào là điều kiện thuận lợi cho muỗi vằn sinh sản và phát triển. Để chủ động phòng, chống dịch sốt xuất huyết, ngành Y tế tỉnh đã triển khai đồng bộ nhiều giải pháp ngay từ đầu mùa."),
            ("p", "Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, năm 2023, toàn tỉnh ghi nhận hàng trăm ca mắc sốt xuất huyết, tập trung chủ yếu tại thành phố Điện Biên Phủ và huyện Điện Biên. Từ đầu năm 2024 đến nay, tuy số ca mắc còn ít nhưng nguy cơ bùng phát dịch vào mùa mưa là rất lớn nếu người dân chủ quan."),
            ("h3", "Diệt lăng quăng, bọ gậy tại từng hộ gia đình"),
            ("p", "Ngay từ tháng 4, CDC tỉnh đã phối hợp với các trạm y tế tổ chức giám sát chỉ số muỗi và lăng quăng tại các khu dân cư có nguy cơ cao. Kết quả cho thấy, tại nhiều hộ gia đình vẫn còn các dụng cụ chứa nước không có nắp đậy, lốp xe cũ, chai lọ bỏ đi đọng nước mưa, là nơi sinh sản lý tưởng của muỗi."),
            ("img", "1715227801_phun-hoa-chat-diet-muoi.jpg",
             "Nhân viên y tế phun hóa chất diệt muỗi tại phường Mường Thanh.",
             "Phun hóa chất diệt muỗi"),
            ("nfd", "Bà Nguyễn Thị Lan, tổ dân phố 5, phường Mường Thanh cho biết: “Sau khi được cán bộ y tế hướng dẫn, gia đình tôi đã thả cá vào bể nước, úp ngược chai lọ và thường xuyên thau rửa chum vại. Cả tổ dân phố còn tổ chức tổng vệ sinh vào sáng chủ nhật hằng tuần”."),
            ("p", "Ngành Y tế khuyến cáo người dân thực hiện các biện pháp phòng bệnh sau:"),
            ("ul", [
                "Đậy kín tất cả các dụng cụ chứa nước; thau rửa chum, vại, bể chứa nước ít nhất mỗi tuần một lần;",
                "Thu gom, hủy bỏ các vật dụng phế thải có thể đọng nước như chai lọ, vỏ đồ hộp, lốp xe cũ;",
                "Ngủ màn kể cả ban ngày, mặc quần áo dài tay, dùng bình xịt hoặc hương xua muỗi;",
                "Khi có biểu hiện sốt cao đột ngột, đau đầu, đau mỏi người, cần đến ngay cơ sở y tế để được khám và điều trị, <strong>tuyệt đối không tự ý điều trị tại nhà</strong>.",
            ]),
            ("h3", "Sẵn sàng thu dung, điều trị"),
            ("p", "Các bệnh viện, trung tâm y tế huyện đã được chỉ đạo chuẩn bị đầy đủ thuốc, vật tư, trang thiết bị, bố trí giường bệnh và phân luồng khám, điều trị; tổ chức tập huấn cho đội ngũ y, bác sĩ về chẩn đoán, phân loại và xử trí bệnh nhân sốt xuất huyết theo hướng dẫn của Bộ Y tế."),
            ("p", "Giám đốc CDC tỉnh nhấn mạnh: Sốt xuất huyết hiện chưa có vắc xin phòng bệnh đại trà, vì vậy biện pháp hiệu quả nhất vẫn là diệt muỗi, diệt lăng quăng, bọ gậy. Việc này cần sự chung tay của từng gia đình và cả cộng đồng, không thể chỉ trông chờ vào ngành Y tế."),
        ],
    ),
    dict(
        key="dong-loc", id=232259, cat="xa-hoi",
        slug="dong-loc-mua-da-lam-hu-hong-hon-100-ngoi-nha-tai-huyen-dien-bien-dong",
        title="Dông lốc, mưa đá làm hư hỏng hơn 100 ngôi nhà tại huyện Điện Biên Đông",
        pub="2024-05-13 20:00", mod="2024-05-13 20:00",
        byline="Tin, ảnh: Văn Tuấn", authors=["Văn Tuấn"],
        tags=["thiên tai", "dông lốc", "Điện Biên Đông"],
        body=[
            ("p", "ĐBP - Chiều&nbsp;13/5, trên địa bàn một số xã của huyện Điện Biên Đông xảy ra dông lốc kèm mưa đá, làm tốc mái, hư hỏng nhiều nhà ở của người dân, ảnh hưởng đến hoa màu và cây trồng."),
            ("p", "Theo báo cáo nhanh của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Điện Biên Đông, dông lốc làm 108 ngôi nhà bị tốc mái, hư hỏng, tập trung tại các xã Phình Giàng, Pú Hồng và Keo Lôm; ngoài ra còn có 1 điểm trường và 1 nhà văn hóa bản bị ảnh hưởng. Rất may không có thiệt hại về người."),
            ("img", "1715605201_nha-dan-bi-toc-mai-dien-bien-dong.jpg",
             "Lực lượng chức năng giúp người dân xã Phình Giàng lợp lại mái nhà.",
             "Giúp dân khắc phục hậu quả dông lốc"),
            ("p", "Ngay sau khi xảy ra thiên tai, chính quyền các xã đã huy động lực lượng công an, quân sự, đoàn viên thanh niên đến giúp người dân khắc phục hậu quả, lợp lại mái nhà, di chuyển tài sản đến nơi an toàn. Những hộ có nhà bị hư hỏng nặng được bố trí ở tạm nhà người thân."),
            ("p", "UBND huyện đã chỉ đạo các cơ quan chuyên môn phối hợp với các xã thống kê cụ thể thiệt hại, kịp thời hỗ trợ lương thực, vật liệu cho các hộ bị ảnh hưởng; đồng thời khuyến cáo người dân chủ động gia cố nhà cửa, không trú ẩn dưới gốc cây to hoặc gần khu vực có nguy cơ sạt lở khi có mưa dông."),
        ],
    ),
    dict(
        key="nghi-le", id=231923, cat="van-hoa-du-lich",
        slug="du-khach-do-ve-dien-bien-truoc-ky-nghi-le-30-4-1-5",
        title="Du khách đổ về Điện Biên trước kỳ nghỉ lễ 30/4 - 1/5",
        pub="2024-04-29 09:40", mod="2024-04-29 10:15",
        byline="Khánh Linh", authors=["Khánh Linh"],
        tags=["du lịch", "nghỉ lễ 30/4 - 1/5", "di tích lịch sử"],
        body=[
            ("p", "ĐBP - Những ngày cuối tháng 4, lượng du khách trong và ngoài nước đến với thành phố Điện Biên Phủ tăng mạnh. Các cơ sở lưu trú, nhà hàng, điểm di tích đều trong tình trạng đông khách, nhiều khách sạn đã kín phòng đến hết kỳ nghỉ lễ."),
            ("p", "Tại Bảo tàng Chiến thắng lịch sử Điện Biên Phủ, từ sáng sớm đã có hàng trăm lượt khách xếp hàng vào tham quan. Nhiều đoàn là cựu chiến binh, thanh niên, học sinh từ các tỉnh, thành phố trong cả nước đến tìm hiểu về chiến dịch lịch sử, dâng hương tưởng niệm các anh hùng liệt sĩ."),
            ("img", "1714358401_du-khach-tham-quan-bao-tang.jpg",
             "Du khách tham quan Bảo tàng Chiến thắng lịch sử Điện Biên Phủ.",
             "Du khách tham quan bảo tàng"),
            ("p", "Ông Trần Văn Hòa, du khách đến từ tỉnh Nam Định chia sẻ: “Đây là lần thứ hai tôi lên Điện Biên nhưng lần này thấy thành phố thay đổi nhiều quá. Đường phố sạch đẹp, khang trang, người dân thân thiện, dịch vụ du lịch cũng chuyên nghiệp hơn trước”."),
            ("p", "Để phục vụ du khách, các điểm di tích Đồi A1, Hầm Đờ Cát, Tượng đài Chiến thắng Điện Biên Phủ... đều kéo dài thời gian mở cửa, bố trí thêm thuyết minh viên. Các đơn vị kinh doanh du lịch được yêu cầu niêm yết công khai giá dịch vụ, không ép giá, chèo kéo khách."),
            ("p", "Theo Sở Văn hóa, Thể thao và Du lịch, dự kiến trong dịp nghỉ lễ, Điện Biên đón khoảng 90.000 lượt khách, tăng mạnh so với cùng kỳ năm trước. Ngành Du lịch đã phối hợp với lực lượng chức năng bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh an toàn thực phẩm tại các điểm đến."),
            ("img", "1714358402_doi-a1-dong-khach.jpg",
             "Di tích Đồi A1 đông khách những ngày cuối tháng 4.",
             "Di tích Đồi A1"),
            ("p", "Bên cạnh các điểm di tích lịch sử, nhiều du khách còn lựa chọn trải nghiệm du lịch cộng đồng tại các bản văn hóa như Him Lam, Mường Phăng, Pa Khoang hay khám phá chợ phiên vùng cao, thưởng thức ẩm thực đặc sắc của đồng bào các dân tộc."),
        ],
    ),
    dict(
        key="tho-cam", id=232331, cat="van-hoa-du-lich", wrap=True,
        slug="giu-nghe-det-tho-cam-cua-dong-bao-lao-o-thanh-yen",
        title="Giữ nghề dệt thổ cẩm của đồng bào Lào ở Thanh Yên",
        pub="2024-05-17 08:00", mod="2024-05-17 09:30",
        byline="Bài, ảnh: Quàng Thơm", authors=["Quàng Thơm"],
        tags=["thổ cẩm", "dân tộc Lào", "Thanh Yên", "nghề truyền thống", "du lịch cộng đồng"],
        body=[
            ("p", "ĐBP - Giữa nhịp sống hiện đại, tiếng khung cửi vẫn đều đặn vang lên trong nhiều nếp nhà sàn của đồng bào dân tộc Lào ở xã Thanh Yên (huyện Điện Biên). Với những người phụ nữ nơi đây, dệt thổ cẩm không chỉ là nghề truyền thống mà còn là cách gìn giữ bản sắc văn hóa của dân tộc mình."),
            ("h2", "Nghề truyền từ bà, từ mẹ"),
            ("p", "Bà Lò Thị Ỏn năm nay đã ngoài 70 tuổi nhưng ngày nào cũng ngồi bên khung cửi. Bà kể, con gái người Lào từ khi lên 10 tuổi đã được bà, được mẹ dạy cách se sợi, nhuộm màu, mắc khung. Đến tuổi lấy chồng, mỗi cô gái phải tự tay dệt được chăn, đệm, váy áo làm của hồi môn."),
            ("img", "1715907601_ba-lo-thi-on-ben-khung-cui.jpg",
             "Bà Lò Thị Ỏn, bản Na Hai, xã Thanh Yên bên khung cửi.",
             "Bà Lò Thị Ỏn dệt thổ cẩm"),
            ("p", "Để làm ra một tấm vải, người thợ phải trải qua nhiều công đoạn: Trồng bông, kéo sợi, nhuộm màu bằng lá cây rừng, mắc sợi lên khung rồi mới dệt. Những tấm khăn, tấm váy có hoa văn phức tạp có khi phải dệt ròng rã cả tháng mới xong."),
            ("p", "Hoa văn trên thổ cẩm của người Lào thường mô phỏng hình ảnh quen thuộc trong đời sống như: Hoa ban, cánh bướm, con rắn thần, núi đồi, sông suối. Mỗi họa tiết đều mang một ý nghĩa riêng, thể hiện ước vọng về cuộc sống ấm no, hạnh phúc."),
            ("img", "1715907602_hoa-van-tho-cam-nguoi-lao.jpg", None,
             "Hoa văn thổ cẩm của người Lào"),
            ("quote", [
                "Mình dệt không chỉ để mặc, để bán. Mình dệt để con cháu nhìn vào biết mình là người Lào, biết ông bà mình đã sống thế nào.",
                "Nếu lớp trẻ không chịu học thì vài chục năm nữa nghề này sẽ mất.",
            ]),
            ("p", "Đó là những lời tâm sự của bà Ỏn khi chúng tôi hỏi vì sao đến tuổi này bà vẫn miệt mài bên khung cửi."),
            ("h2", "Khi thổ cẩm trở thành sản phẩm du lịch"),
            ("p", "Năm 2019, với sự hỗ trợ của chính quyền địa phương, tổ hợp tác dệt thổ cẩm bản Na Hai được thành lập với 25 thành viên. Bên cạnh các sản phẩm truyền thống, chị em còn sáng tạo thêm túi xách, ví, khăn quàng, áo khoác cách tân... phù hợp với thị hiếu của du khách."),
            ("related", ["nghi-le", "seed"]),
            ("p", "Chị Lường Thị Phượng, tổ trưởng tổ hợp tác cho biết: Trung bình mỗi tháng tổ bán được hơn 200 sản phẩm, thu nhập của mỗi thành viên từ 3 - 4 triệu đồng. Vào mùa du lịch, nhiều đoàn khách ghé thăm, được trực tiếp xem và thử dệt vải nên sản phẩm bán chạy hơn."),
            ("p", "Không chỉ bán tại chỗ, các sản phẩm thổ cẩm của bản còn được giới thiệu tại các hội chợ, lễ hội trong và ngoài tỉnh, bán qua mạng xã hội. Một số sản phẩm đã được công nhận <a href=\"/tu-khoa/ocop\">sản phẩm OCOP</a> 3 sao của tỉnh."),
            ("img", "1715907603_san-pham-tho-cam-ban-na-hai.jpg",
             "Các sản phẩm thổ cẩm cách tân của tổ hợp tác bản Na Hai được du khách ưa chuộng.",
             "Sản phẩm thổ cẩm bản Na Hai"),
            ("p", "Dù vậy, nghề dệt thổ cẩm vẫn đối mặt với nhiều thách thức. Nguyên liệu bông, sợi tự nhiên ngày càng khan hiếm; sản phẩm làm thủ công tốn nhiều thời gian nên giá thành cao, khó cạnh tranh với hàng dệt công nghiệp. Lớp trẻ phần lớn đi làm ăn xa, ít người mặn mà với nghề."),
            ("p", "Để bảo tồn và phát huy giá trị nghề truyền thống, huyện Điện Biên đang triển khai các lớp truyền dạy nghề dệt cho thanh thiếu niên, hỗ trợ xây dựng nhãn hiệu, bao bì sản phẩm, gắn nghề dệt thổ cẩm với phát triển du lịch cộng đồng. Đây được kỳ vọng là hướng đi giúp tiếng khung cửi của đồng bào Lào ở Thanh Yên còn vang mãi."),
        ],
    ),
    dict(
        key="phieng-loi", id=232421, cat="van-hoa-du-lich", api_only=True,
        slug="ban-phieng-loi-ra-mat-diem-du-lich-cong-dong",
        title="Bản Phiêng Lơi ra mắt điểm du lịch cộng đồng",
        pub="2024-05-22 19:25", mod="2024-05-22 19:25",
        byline="Khánh Linh", authors=["Khánh Linh"],
        tags=["du lịch cộng đồng", "Thanh Minh", "dân tộc Thái", "homestay"],
        body=[
            ("p", "ĐBP - Tối 22/5, UBND xã Thanh Minh (thành phố Điện Biên Phủ) tổ chức lễ ra mắt điểm du lịch cộng đồng bản Phiêng Lơi. Đây là điểm du lịch cộng đồng thứ tư trên địa bàn thành phố được công nhận."),
            ("p", "Bản Phiêng Lơi có 84 hộ đồng bào dân tộc Thái sinh sống, vẫn giữ được nhiều nếp nhà sàn truyền thống cùng các phong tục, lễ hội, làn điệu dân ca, điệu xòe đặc sắc. Bản nằm cách trung tâm thành phố khoảng 6km, thuận tiện cho du khách tham quan, trải nghiệm."),
            ("p", "Thời gian qua, với sự hỗ trợ của thành phố, 6 hộ dân trong bản đã cải tạo nhà sàn để làm dịch vụ lưu trú; đội văn nghệ của bản được củng cố, thường xuyên luyện tập các tiết mục múa xòe, hát then để phục vụ du khách. Đường vào bản, hệ thống chiếu sáng, nhà vệ sinh công cộng cũng đã được nâng cấp."),
            ("img", "1716380701_le-ra-mat-du-lich-cong-dong-phieng-loi.jpg",
             "Du khách và người dân cùng tham gia vòng xòe đoàn kết tại lễ ra mắt.",
             "Lễ ra mắt điểm du lịch cộng đồng bản Phiêng Lơi"),
            ("p", "Phát biểu tại buổi lễ, lãnh đạo thành phố đề nghị chính quyền xã và người dân bản Phiêng Lơi tiếp tục giữ gìn cảnh quan, môi trường “xanh - sạch - đẹp”; nâng cao chất lượng dịch vụ, ứng xử văn minh với du khách; đa dạng hóa các sản phẩm du lịch gắn với văn hóa và ẩm thực truyền thống của đồng bào Thái."),
            ("p", "Tại buổi lễ, du khách và người dân đã cùng thưởng thức chương trình văn nghệ đặc sắc, tham gia vòng xòe đoàn kết và các trò chơi dân gian như ném còn, đẩy gậy, kéo co."),
        ],
    ),
    dict(
        key="tuan-tra", id=231655, cat="quoc-phong-an-ninh", sitemap_only=True,
        slug="don-bien-phong-si-pa-phin-phoi-hop-tuan-tra-song-phuong-bao-ve-bien-gioi",
        title="Đồn Biên phòng Si Pa Phìn phối hợp tuần tra song phương bảo vệ biên giới",
        pub="2024-04-08 07:00", mod="2024-04-08 07:45",
        byline="Đức Toàn", authors=["Đức Toàn"],
        tags=["biên phòng", "tuần tra song phương", "biên giới Việt - Lào", "Nậm Pồ"],
        body=[
            ("p", "ĐBP - Thực hiện kế hoạch phối hợp năm 2024, Đồn Biên phòng Si Pa Phìn (Bộ Chỉ huy Bộ đội Biên phòng tỉnh) vừa phối hợp với Đại đội bảo vệ biên giới của nước bạn Lào tổ chức tuần tra song phương trên tuyến biên giới thuộc địa bàn quản lý."),
            ("p", "Trong 3 ngày tuần tra, lực lượng hai bên đã kiểm tra hệ thống mốc quốc giới, đường biên giới trên thực địa; nắm tình hình an ninh trật tự tại khu vực biên giới và trao đổi các thông tin liên quan đến hoạt động của các loại tội phạm, đặc biệt là tội phạm ma túy, mua bán người và xuất, nhập cảnh trái phép."),
            ("img", "1712534401_tuan-tra-song-phuong-si-pa-phin.jpg",
             "Lực lượng hai bên kiểm tra mốc quốc giới trên tuyến biên giới.",
             "Tuần tra song phương"),
            ("p", "Qua tuần tra, các mốc quốc giới đều còn nguyên vẹn, đúng vị trí; tình hình an ninh chính trị, trật tự an toàn xã hội khu vực biên giới cơ bản ổn định. Hai bên đã cùng phát quang đường tuần tra, sơn lại biển báo ở một số vị trí đã mờ."),
            ("p", "Kết thúc đợt tuần tra, lực lượng hai bên đã tổ chức hội đàm, đánh giá kết quả và thống nhất tiếp tục duy trì chế độ trao đổi thông tin thường xuyên, phối hợp chặt chẽ trong quản lý, bảo vệ biên giới; tuyên truyền, vận động nhân dân hai bên biên giới chấp hành nghiêm các hiệp định, quy chế về biên giới."),
            ("p", "Đây là hoạt động thường xuyên nhằm cụ thể hóa các văn bản thỏa thuận hợp tác giữa lực lượng bảo vệ biên giới hai nước, góp phần xây dựng đường biên giới Việt Nam - Lào hòa bình, hữu nghị, hợp tác và phát triển."),
        ],
    ),
    dict(
        key="ma-tuy", id=232011, cat="quoc-phong-an-ninh",
        slug="bat-giu-2-doi-tuong-van-chuyen-6-banh-heroin-qua-bien-gioi",
        title="Bắt giữ 2 đối tượng vận chuyển 6 bánh heroin qua biên giới",
        pub="2024-05-01 13:30", mod="2024-05-01 13:30",
        byline="Hải Nam", authors=["Hải Nam"],
        tags=["ma túy", "Công an tỉnh", "Mường Chà"],
        avatar="1714545001_tang-vat-vu-an-ma-tuy-muong-cha.jpg",  # og:image only, no body image
        body=[
            ("p", "ĐBP - Ngày 1/5, Công an tỉnh cho biết, lực lượng Phòng Cảnh sát điều tra tội phạm về ma túy vừa phối hợp với Công an huyện Mường Chà bắt quả tang 2 đối tượng có hành vi vận chuyển trái phép chất ma túy, thu giữ 6 bánh heroin."),
            ("p", "Trước đó, qua công tác nắm tình hình, lực lượng chức năng phát hiện một nhóm đối tượng có biểu hiện nghi vấn thường xuyên qua lại khu vực giáp biên để vận chuyển ma túy vào nội địa tiêu thụ. Ban chuyên án đã được thành lập, bố trí lực lượng theo dõi chặt chẽ."),
            ("p", "Khoảng 22 giờ ngày 29/4, tại khu vực bản Huổi Lếch, xã Mường Mươn, tổ công tác đã bắt quả tang Mùa A S. (sinh năm 1992) và Vàng A D. (sinh năm 1998), cùng trú tại huyện Mường Chà đang vận chuyển trái phép chất ma túy. Tang vật thu giữ gồm 6 bánh heroin, 1 xe máy, 2 điện thoại di động cùng một số tài liệu liên quan."),
            ("p", "Hiện vụ án đang được cơ quan chức năng tiếp tục điều tra, mở rộng để xử lý theo quy định của pháp luật."),
        ],
    ),
]

# An API list entry whose page was deleted: no file is written, the server answers 404.
DELETED = dict(
    key="deleted", id=232067, cat="chinh-tri",
    slug="hoi-nghi-quan-triet-nghi-quyet-cua-tinh-uy-ve-cong-tac-can-bo",
    title="Hội nghị quán triệt nghị quyết của Tỉnh ủy về công tác cán bộ",
    sapo="Ngày 3/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt, triển khai nghị quyết về công tác cán bộ đến cán bộ chủ chốt toàn tỉnh.",
    pub="2024-05-03 16:40",
    avatar="1714729201_hoi-nghi-quan-triet-nghi-quyet.jpg",
)

BY_KEY = {a["key"]: a for a in ARTICLES}

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ENTITY_NAMES = {0xA0: "nbsp"}
for _cp, _name in html.entities.codepoint2name.items():
    if 0xC0 <= _cp <= 0xFF:
        ENTITY_NAMES[_cp] = _name


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(s):
    return dt(s).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def api_date(s):
    return dt(s).strftime("%Y-%m-%d %H:%M:%S")


def date_line(s, sep=" | "):
    d = dt(s)
    return "%s, %s%s%s" % (WEEKDAYS[d.weekday()], d.strftime("%d/%m/%Y"), sep, d.strftime("%H:%M"))


def esc(s):
    return html.escape(s, quote=True)


def url_of(a):
    return "%s/tin-bai/%s/%s" % (SITE, a["cat"], a["slug"])


def path_of(a):
    return "/tin-bai/%s/%s" % (a["cat"], a["slug"])


def plain(fragment):
    """Expected text of an HTML fragment: tags out, entities decoded, NFC, spaces collapsed."""
    s = re.sub(r"<[^>]+>", "", fragment)
    s = html.unescape(s)
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def sapo(a):
    lead = plain(a["body"][0][1])
    return lead[len("ĐBP - "):] if lead.startswith("ĐBP - ") else lead


def avatar(a):
    if a.get("avatar"):
        return MEDIA + a["avatar"]
    for b in a["body"]:
        if b[0] == "img":
            return MEDIA + b[1]
    raise ValueError(a["key"])


def wrap(text, indent, width=96):
    """Hard-wrap plain text over several source lines (no tags inside)."""
    if "<" in text or len(text) <= width:
        return text
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return ("\n" + indent).join(lines)


def entity_encode(text):
    return "".join("&%s;" % ENTITY_NAMES[ord(c)] if ord(c) in ENTITY_NAMES else c for c in text)


# --------------------------------------------------------------------------
# Shared page parts
# --------------------------------------------------------------------------
CSS_LINKS = """<link rel="preconnect" href="https://api-dienbien.baodienbienphu.vn" crossorigin>
<link rel="preconnect" href="https://media-dienbien.baodienbienphu.vn" crossorigin>
<link rel="dns-prefetch" href="https://www.googletagmanager.com">
<link rel="icon" type="image/x-icon" href="/favicon.ico">
<link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon.png">
<link rel="manifest" href="/site.webmanifest">
<link rel="preload" href="/_nuxt/fonts/Roboto-Regular.7e3a2c1.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/_nuxt/fonts/Merriweather-Bold.91d0b55.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/_nuxt/css/app.3f9c2b1.css">
<link rel="stylesheet" href="/_nuxt/css/vendors.c41e8d0.css">"""

INLINE_STYLE = """<style data-vue-ssr-id="2f1a9c3e:0">
:root{--main-color:#b4161b;--text-color:#222;--sub-color:#6b6b6b;--border-color:#e5e5e5}
body{font-family:Roboto,Arial,Helvetica,sans-serif;color:var(--text-color);margin:0;background:#fff}
a{color:inherit;text-decoration:none}a:hover{color:var(--main-color)}
.container{max-width:1170px;margin:0 auto;padding:0 15px}
.header-top{display:flex;justify-content:space-between;font-size:13px;color:var(--sub-color);padding:6px 0;border-bottom:1px solid var(--border-color)}
.header-main{display:flex;align-items:center;justify-content:space-between;padding:12px 0}
.logo img{height:72px}.search-form{display:flex}.search-form input{border:1px solid var(--border-color);padding:6px 10px;width:220px}
.menu-main{background:var(--main-color)}.menu-main ul{display:flex;list-style:none;margin:0;padding:0}
.menu-main li a{display:block;color:#fff;padding:10px 14px;font-weight:700;text-transform:uppercase;font-size:14px}
.row{display:flex;flex-wrap:wrap;margin:0 -15px}.col-main{flex:0 0 66.66%;padding:0 15px}.col-sidebar{flex:0 0 33.33%;padding:0 15px}
.breadcrumb{font-size:13px;text-transform:uppercase;color:var(--main-color);margin:16px 0 8px}.breadcrumb .sep{margin:0 6px;color:#999}
.title-detail{font-family:Merriweather,serif;font-size:30px;line-height:1.35;margin:0 0 10px}
.meta-detail{display:flex;justify-content:space-between;align-items:center;font-size:13px;color:var(--sub-color);border-bottom:1px dotted var(--border-color);padding-bottom:8px}
.share-detail a,.share-detail button{display:inline-flex;width:30px;height:30px;border-radius:50%;border:0;align-items:center;justify-content:center;margin-left:4px;background:#f2f2f2;cursor:pointer}
.editor-content{font-size:18px;line-height:1.6;text-align:justify}.editor-content p{margin:0 0 14px}
.editor-content figure.image{margin:16px 0;text-align:center}.editor-content figure.image img{max-width:100%;height:auto}
.editor-content figcaption{font-size:14px;font-style:italic;color:var(--sub-color);background:#f7f7f7;padding:6px 10px}
.editor-content blockquote{border-left:3px solid var(--main-color);margin:16px 0;padding:8px 16px;background:#fafafa;font-style:italic}
.related-inline{border:1px solid var(--border-color);border-left:3px solid var(--main-color);padding:10px 14px;margin:16px 0;font-size:16px}
.related-inline .related-title{font-weight:700;text-transform:uppercase;color:var(--main-color);margin:0 0 6px}
.tags{margin:20px 0;font-size:14px}.tags a{display:inline-block;background:#f2f2f2;padding:3px 10px;margin:0 4px 6px 0;border-radius:3px}
.comment-box textarea{width:100%;min-height:90px;border:1px solid var(--border-color);padding:8px}
.title-box{font-size:18px;text-transform:uppercase;border-bottom:2px solid var(--main-color);padding-bottom:6px}
.news-item{display:flex;gap:12px;margin-bottom:14px}.news-item .thumb img{width:160px;height:100px;object-fit:cover}
.footer{background:#7a0f12;color:#f3f3f3;font-size:14px;margin-top:30px;padding:20px 0}.footer a{color:#fff}
@media (max-width:767px){.col-main,.col-sidebar{flex:0 0 100%}.menu-main ul{overflow-x:auto}.title-detail{font-size:24px}}
</style>"""

ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-7DBP2024XY"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7DBP2024XY');
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  (function(){var s=document.createElement('script');s.async=true;s.src='https://stats.baodienbienphu.vn/counter.js?site=dbp';document.head.appendChild(s);})();
</script>"""

NUXT_CONFIG = {
    "config": {
        "public": {
            "apiBase": "https://api-dienbien.baodienbienphu.vn/api/web",
            "mediaBase": "https://media-dienbien.baodienbienphu.vn",
            "siteUrl": "https://baodienbienphu.vn",
            "siteName": "Báo Điện Biên Phủ",
            "gaId": "G-7DBP2024XY",
            "zaloOaId": "2873410946217350421",
        },
        "app": {"baseURL": "/", "buildAssetsDir": "/_nuxt/", "cdnURL": ""},
    }
}


def js_json(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def header_html():
    menu_items = "\n".join(
        '        <li class="menu-item"><a href="/tin-tuc/%s" title="%s">%s</a></li>' % (slug, esc(name), esc(name))
        for (_i, name, slug, _o) in MENUS
    )
    d = SAVED_DATE
    return """<header class="header">
  <div class="header-top container">
    <div class="header-date">
      <span class="date-now">%s, %s</span>
      <span class="weather"><i class="icon-weather-cloud"></i> Điện Biên Phủ <b>31°C</b></span>
    </div>
    <div class="header-links">
      <a href="/tin-tuc/bao-in" title="Báo in">Báo in</a>
      <a href="/tin-tuc/video" title="Video">Video</a>
      <a href="/tin-tuc/emagazine" title="E-magazine">E-magazine</a>
      <a href="https://www.facebook.com/baodienbienphu.vn" target="_blank" rel="nofollow noopener" title="Facebook"><i class="icon-facebook"></i></a>
      <a href="https://www.youtube.com/@baodienbienphu" target="_blank" rel="nofollow noopener" title="Youtube"><i class="icon-youtube"></i></a>
    </div>
  </div>
  <div class="header-main container">
    <a class="logo" href="/" title="Báo Điện Biên Phủ"><img src="/images/logo-bao-dien-bien-phu.png" alt="Báo Điện Biên Phủ" width="360" height="72"></a>
    <div class="banner-top"><a href="/tin-tuc/chinh-tri" title="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"><img src="/images/banner-top-hoc-tap-lam-theo-bac.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" width="468" height="60"></a></div>
    <form class="search-form" action="/tim-kiem" method="get" role="search">
      <input type="text" name="keyword" placeholder="Tìm kiếm..." aria-label="Tìm kiếm" autocomplete="off">
      <button type="submit" aria-label="Tìm kiếm"><i class="icon-search"></i></button>
    </form>
  </div>
  <nav class="menu-main">
    <div class="container">
      <ul class="menu-list">
        <li class="menu-item home"><a href="/" title="Trang chủ"><i class="icon-home"></i></a></li>
%s
      </ul>
      <button class="menu-toggle" aria-label="Menu"><span></span><span></span><span></span></button>
    </div>
  </nav>
</header>""" % (WEEKDAYS[d.weekday()], d.strftime("%d/%m/%Y"), menu_items)


def footer_html():
    links = " | ".join('<a href="/tin-tuc/%s">%s</a>' % (slug, esc(name)) for (_i, name, slug, _o) in MENUS)
    return """<footer class="footer">
  <div class="container">
    <div class="footer-menu">%s</div>
    <div class="footer-info">
      <a class="footer-logo" href="/"><img src="/images/logo-footer.png" alt="Báo Điện Biên Phủ" width="240" height="48"></a>
      <p><strong>BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH ĐIỆN BIÊN</strong></p>
      <p>Giấy phép số 96/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 08/03/2023.</p>
      <p>Địa chỉ: Tổ dân phố 6, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên.</p>
      <p>Điện thoại: 0215.3825.157 - Fax: 0215.3825.160 - Email: toasoan@baodienbienphu.vn</p>
      <p>Liên hệ quảng cáo: 0215.3830.221</p>
      <p class="copyright">© Bản quyền thuộc về Báo Điện Biên Phủ. Ghi rõ nguồn “Báo Điện Biên Phủ” khi phát hành lại thông tin từ website này.</p>
    </div>
    <a href="#" class="back-to-top" aria-label="Lên đầu trang"><i class="icon-arrow-up"></i></a>
  </div>
</footer>""" % links


def scripts_tail(page_data):
    return """<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>
<script>window.__NUXT__=%s</script>
<script type="module" src="/_nuxt/entry.5b7f1c9a.js" crossorigin></script>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0"></script>""" % (
        js_json(page_data), js_json(NUXT_CONFIG))


def shell_page(title, description, canonical, h1=None, extra_class="home-page"):
    """A client-rendered page: head + header + empty containers filled by JavaScript."""
    body_main = """<main class="main %s">
  <div class="container">
    %s<div id="list-news" class="list-news" data-api="/article-get-news-by-category-slug"><!----></div>
    <div class="loading-box"><span class="spinner"></span> Đang tải dữ liệu...</div>
  </div>
</main>""" % (extra_class, ('<h1 class="title-category">%s</h1>\n    ' % esc(h1)) if h1 else "")
    page_data = {"data": {}, "state": {"menuActive": canonical.rsplit("/", 1)[-1] if h1 else "home"},
                 "serverRendered": True}
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<meta name="keywords" content="Báo Điện Biên Phủ, tin tức Điện Biên, Điện Biên Phủ, chính trị, kinh tế, xã hội, văn hóa, du lịch">
<meta name="robots" content="index, follow">
<link rel="canonical" href="%(canonical)s">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="website">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:url" content="%(canonical)s">
<meta property="og:image" content="https://baodienbienphu.vn/images/og-bao-dien-bien-phu.jpg">
<meta property="og:site_name" content="Báo Điện Biên Phủ">
%(css)s
%(style)s
%(analytics)s
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="wrapper">
%(header)s
%(main)s
%(footer)s
</div></div></div>
%(tail)s
</body>
</html>
""" % dict(title=esc(title), desc=esc(description), canonical=canonical, css=CSS_LINKS,
           style=INLINE_STYLE, analytics=ANALYTICS, header=header_html(), main=body_main,
           footer=footer_html(), tail=scripts_tail(page_data))


# --------------------------------------------------------------------------
# Article page
# --------------------------------------------------------------------------
def render_body(a):
    """Return the inner HTML of div.editor-content."""
    ind = "        "
    out = []
    do_wrap = a.get("wrap", False)
    first = True
    for b in a["body"]:
        kind = b[0]
        if kind in ("p", "nfd", "ent"):
            txt = b[1]
            if kind == "nfd":
                txt = unicodedata.normalize("NFD", txt)
            elif kind == "ent":
                txt = entity_encode(txt)
            if do_wrap:
                txt = wrap(txt, ind + "  ")
            if first:
                out.append("%s<p><strong>%s</strong></p>" % (ind, txt))
                first = False
            else:
                out.append("%s<p>%s</p>" % (ind, txt))
        elif kind in ("h2", "h3"):
            out.append("%s<%s><strong>%s</strong></%s>" % (ind, kind, b[1], kind))
        elif kind == "ul":
            items = "".join("\n%s  <li>%s</li>" % (ind, it) for it in b[1])
            out.append("%s<ul>%s\n%s</ul>" % (ind, items, ind))
        elif kind == "quote":
            ps = "".join("\n%s  <p>%s</p>" % (ind, it) for it in b[1])
            out.append("%s<blockquote>%s\n%s</blockquote>" % (ind, ps, ind))
        elif kind == "img":
            _k, fname, caption, alt = b
            cap = ("\n%s  <figcaption>%s</figcaption>" % (ind, esc(caption))) if caption else ""
            out.append('%s<figure class="image">\n%s  <img src="%s%s" alt="%s" width="800" height="533" loading="lazy">%s\n%s</figure>'
                       % (ind, ind, MEDIA, fname, esc(alt), cap, ind))
        elif kind == "related":
            lis = "".join('\n%s    <li><a href="%s" title="%s">%s</a></li>'
                          % (ind, path_of(BY_KEY[k]), esc(BY_KEY[k]["title"]), esc(BY_KEY[k]["title"]))
                          for k in b[1])
            out.append('%s<div class="related-inline">\n%s  <p class="related-title">Tin liên quan</p>\n%s  <ul>%s\n%s  </ul>\n%s</div>'
                       % (ind, ind, ind, lis, ind, ind))
        else:
            raise ValueError(kind)
    out.append('%s<p style="text-align: right;"><strong>%s</strong></p>' % (ind, esc(a["byline"])))
    return "\n".join(out)


def expected_of(a):
    blocks, images = [], []
    for b in a["body"]:
        kind = b[0]
        if kind in ("p", "nfd", "ent", "h2", "h3"):
            blocks.append(plain(b[1]))
        elif kind in ("ul", "quote"):
            blocks.extend(plain(x) for x in b[1])
        elif kind == "img":
            images.append({"url": MEDIA + b[1], "caption": b[2]})
    return {
        "url": url_of(a),
        "title": a["title"],
        "lead": blocks[0],
        "text": "\n\n".join(blocks),
        "authors": a["authors"],
        "published": iso(a["pub"]),
        "modified": iso(a["mod"]),
        "section": CAT_NAME[a["cat"]],
        "tags": a["tags"],
        "images": images,
        "language": "vi",
    }


def tag_slug(t):
    s = unicodedata.normalize("NFD", t.lower().replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def news_item(a, with_sapo=True, thumb=True):
    parts = ['<article class="news-item">']
    if thumb:
        parts.append('<a class="thumb" href="%s" title="%s"><img src="%s" alt="%s" width="160" height="100" loading="lazy"></a>'
                     % (path_of(a), esc(a["title"]), avatar(a), esc(a["title"])))
    parts.append('<div class="info"><h3 class="title-news"><a href="%s" title="%s">%s</a></h3>'
                 % (path_of(a), esc(a["title"]), esc(a["title"])))
    if with_sapo:
        parts.append('<p class="sapo">%s</p>' % esc(sapo(a)))
    parts.append('</div></article>')
    return "".join(parts)


def render_article(a):
    url = url_of(a)
    sec = CAT_NAME[a["cat"]]
    sp = sapo(a)
    img = avatar(a)
    authors_ld = [{"@type": "Person", "name": n} for n in a["authors"]]
    news_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a["title"],
        "description": sp,
        "image": {"@type": "ImageObject", "url": img, "width": 800, "height": 533},
        "datePublished": iso(a["pub"]),
        "dateModified": iso(a["mod"]),
        "author": authors_ld[0] if len(authors_ld) == 1 else authors_ld,
        "publisher": {"@type": "Organization", "name": SITE_NAME,
                      "logo": {"@type": "ImageObject", "url": SITE + "/images/logo-bao-dien-bien-phu.png",
                               "width": 360, "height": 72}},
        "articleSection": sec,
        "keywords": ", ".join(a["tags"]),
        "inLanguage": "vi",
    }
    crumbs_ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": sec, "item": SITE + "/tin-tuc/" + a["cat"]},
            {"@type": "ListItem", "position": 3, "name": a["title"], "item": url},
        ],
    }
    tag_meta = "\n".join('<meta property="article:tag" content="%s">' % esc(t) for t in a["tags"])
    tags_html = " ".join('<a href="/tu-khoa/%s" title="%s">%s</a>' % (tag_slug(t), esc(t), esc(t)) for t in a["tags"])

    # "Tin cùng chuyên mục": same category first (newest first), then the newest of the rest.
    others = sorted([x for x in ARTICLES if x is not a], key=lambda x: x["pub"], reverse=True)
    same = [x for x in others if x["cat"] == a["cat"]] + [x for x in others if x["cat"] != a["cat"]]
    same_html = "\n".join("      " + news_item(x) for x in same[:6])
    newest_html = "\n".join("        " + news_item(x, with_sapo=False, thumb=(i == 0)) for i, x in enumerate(others[:6]))
    # "Đọc nhiều": a fixed, arbitrary pick
    idx = ARTICLES.index(a)
    most = [ARTICLES[(idx + k) % len(ARTICLES)] for k in (3, 5, 7, 9, 11)]
    most_html = "\n".join('        <li><span class="num">%d</span><a href="%s" title="%s">%s</a></li>'
                          % (i + 1, path_of(x), esc(x["title"]), esc(x["title"])) for i, x in enumerate(most))
    enc = quote(url, safe="")
    share = """<div class="share-detail">
          <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%(enc)s" target="_blank" rel="nofollow noopener" title="Chia sẻ lên Facebook"><i class="icon-facebook"></i></a>
          <a class="share-zalo zalo-share-button" data-href="%(url)s" data-oaid="2873410946217350421" data-layout="2" data-color="blue" data-customize="true" title="Chia sẻ lên Zalo"><i class="icon-zalo"></i></a>
          <button type="button" class="copy-link" data-url="%(url)s" title="Sao chép liên kết"><i class="icon-link"></i></button>
          <button type="button" class="print-detail" onclick="window.print()" title="In bài viết"><i class="icon-print"></i></button>
          <span class="font-size"><button type="button" class="font-down" title="Giảm cỡ chữ">A-</button><button type="button" class="font-up" title="Tăng cỡ chữ">A+</button></span>
        </div>""" % dict(enc=enc, url=url)

    page_data = {
        "data": {
            "article-detail-" + a["slug"]: {
                "article_id": a["id"],
                "article_title": a["title"],
                "article_slug": a["slug"],
                "article_sapo": sp,
                "article_avatar": img,
                "article_author": a["byline"],
                "article_type_slug": "tin-bai",
                "category_slug": a["cat"],
                "category_name": sec,
                "publish_date": api_date(a["pub"]),
                "update_date": api_date(a["mod"]),
                "tags": [{"tag_name": t, "tag_slug": tag_slug(t)} for t in a["tags"]],
            }
        },
        "state": {"menuActive": a["cat"], "fontSize": 18},
        "serverRendered": True,
    }

    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - Báo Điện Biên Phủ</title>
<meta name="description" content="%(sapo)s">
<meta name="keywords" content="%(keywords)s">
<meta name="news_keywords" content="%(keywords)s">
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large">
<link rel="canonical" href="%(url)s">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(sapo)s">
<meta property="og:url" content="%(url)s">
<meta property="og:image" content="%(img)s">
<meta property="og:image:width" content="800">
<meta property="og:image:height" content="533">
<meta property="og:site_name" content="Báo Điện Biên Phủ">
<meta property="fb:app_id" content="1093518744982611">
<meta property="article:published_time" content="%(pub)s">
<meta property="article:modified_time" content="%(mod)s">
<meta property="article:section" content="%(sec)s">
%(tag_meta)s
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="%(title)s">
<meta name="twitter:description" content="%(sapo)s">
<meta name="twitter:image" content="%(img)s">
%(css)s
<link rel="stylesheet" href="/_nuxt/css/detail.8a1d04e.css">
%(style)s
<script type="application/ld+json">%(news_ld)s</script>
<script type="application/ld+json">%(crumbs_ld)s</script>
%(analytics)s
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="wrapper">
%(header)s
<main class="main detail-page">
  <div class="container">
    <div class="banner-center"><a href="/tin-tuc/chinh-tri" rel="nofollow"><img src="/images/banner-dai-hoi-dang-bo.jpg" alt="Banner" width="1170" height="90"></a></div>
    <div class="row">
      <div class="col-main">
      <div id="detail-news" class="detail-news">
        <div class="breadcrumb"><a href="/" title="Trang chủ">Trang chủ</a><span class="sep">/</span><a href="/tin-tuc/%(cat)s" title="%(sec)s">%(sec)s</a></div>
        <h1 class="title-detail">%(title)s</h1>
        <div class="meta-detail">
          <span class="time-detail">%(date_line)s</span>
          %(share)s
        </div>
        <div class="editor-content" id="content-detail">
%(body)s
        </div>
        <div class="tags"><span>Từ khóa:</span> %(tags_html)s</div>
        <div class="comment-box" id="comment">
          <h3 class="title-box">Bình luận</h3>
          <form class="form-comment" method="post" action="#" onsubmit="return false;">
            <textarea name="comment_content" maxlength="1500" placeholder="Nhập nội dung bình luận"></textarea>
            <p class="note-length">Tối đa: 1500 ký tự</p>
            <div class="form-row">
              <input type="text" name="comment_name" placeholder="Họ và tên" required>
              <input type="email" name="comment_email" placeholder="Email" required>
            </div>
            <p class="note-warning">Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
            <button type="submit" class="btn-send">Gửi bình luận</button>
          </form>
          <div class="list-comment"><p class="count-comment">Bình luận (0)</p><div class="comment-items"><!----></div></div>
        </div>
      </div>
      <section class="box-same-category">
        <h3 class="title-box"><a href="/tin-tuc/%(cat)s">Tin cùng chuyên mục</a></h3>
        <div class="list-news">
%(same_html)s
        </div>
      </section>
      </div>
      <aside class="col-sidebar">
        <div class="box-sidebar box-newest">
          <h3 class="title-box">Tin mới</h3>
          <div class="list-news">
%(newest_html)s
          </div>
        </div>
        <div class="box-sidebar banner-right"><a href="/tin-tuc/van-hoa-du-lich" rel="nofollow"><img src="/images/banner-du-lich-dien-bien.jpg" alt="Du lịch Điện Biên" width="300" height="250"></a></div>
        <div class="box-sidebar box-most-read">
          <h3 class="title-box">Đọc nhiều</h3>
          <ol class="list-most-read">
%(most_html)s
          </ol>
        </div>
        <div class="box-sidebar box-fanpage"><div class="fb-page" data-href="https://www.facebook.com/baodienbienphu.vn" data-tabs="" data-width="300" data-small-header="true"></div></div>
      </aside>
    </div>
  </div>
</main>
%(footer)s
</div></div></div>
%(tail)s
<script>
  document.querySelectorAll('.copy-link').forEach(function(b){b.addEventListener('click',function(){navigator.clipboard.writeText(b.dataset.url);});});
  (function(){var c=document.querySelector('.editor-content'),s=18;document.querySelectorAll('.font-up,.font-down').forEach(function(b){b.addEventListener('click',function(){s+=b.classList.contains('font-up')?1:-1;c.style.fontSize=s+'px';});});})();
</script>
</body>
</html>
""" % dict(
        title=esc(a["title"]), sapo=esc(sp), keywords=esc(", ".join(a["tags"])), url=url, img=img,
        pub=iso(a["pub"]), mod=iso(a["mod"]), sec=esc(sec), cat=a["cat"], tag_meta=tag_meta,
        css=CSS_LINKS, style=INLINE_STYLE, analytics=ANALYTICS,
        news_ld=js_json(news_ld), crumbs_ld=js_json(crumbs_ld),
        header=header_html(), date_line=date_line(a["pub"]), share=share,
        body=render_body(a), tags_html=tags_html, same_html=same_html,
        newest_html=newest_html, most_html=most_html, footer=footer_html(),
        tail=scripts_tail(page_data),
    )


# --------------------------------------------------------------------------
# API, sitemaps, robots
# --------------------------------------------------------------------------
def api_item(a, deleted=False):
    return {
        "article_id": a["id"],
        "article_title": a["title"],
        "article_slug": a["slug"],
        "category_slug": a["cat"],
        "category_name": CAT_NAME[a["cat"]],
        "article_type_slug": "tin-bai",
        "article_sapo": a["sapo"] if deleted else sapo(a),
        "article_avatar": MEDIA + a["avatar"] if deleted else avatar(a),
        "article_author": None if deleted else a["byline"],
        "article_view": 100 + (a["id"] * 37) % 2900,
        "publish_date": api_date(a["pub"]),
    }


def sitemap_articles():
    return [a for a in ARTICLES if not a.get("api_only")]


def write(path, text):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path, obj, indent=2):
    write(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def build():
    for host in (SITE_HOST, API_HOST):
        shutil.rmtree(os.path.join(HERE, host), ignore_errors=True)
    S, A = SITE_HOST + "/", API_HOST + "/"

    # robots.txt
    write(S + "robots.txt", """User-agent: *
Allow: /
Disallow: /tim-kiem
Disallow: /api/
Disallow: /preview/

User-agent: GPTBot
Disallow: /

Sitemap: https://baodienbienphu.vn/sitemap.xml
""")

    # home + section shells (client-rendered: no article links)
    write(S + "index.html", shell_page(
        "Báo Điện Biên Phủ - Tin tức mới nhất tỉnh Điện Biên",
        "Báo Điện Biên Phủ điện tử - Cơ quan của Đảng bộ tỉnh Điện Biên. Tin tức chính trị, kinh tế, xã hội, văn hóa, du lịch, quốc phòng - an ninh của tỉnh Điện Biên.",
        SITE + "/"))
    for (_i, name, slug, _o) in MENUS:
        write(S + "tin-tuc/%s/index.html" % slug, shell_page(
            "%s - Báo Điện Biên Phủ" % name,
            "Tin tức %s mới nhất của tỉnh Điện Biên trên Báo Điện Biên Phủ điện tử." % name.lower(),
            SITE + "/tin-tuc/" + slug, h1=name, extra_class="category-page"))

    # 404 for the deleted article
    write(S + "404.html", shell_page("Không tìm thấy trang - Báo Điện Biên Phủ",
                                     "Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.",
                                     SITE + "/404", h1="Không tìm thấy trang", extra_class="error-page"))
    write_json(S + "_routes.json", {
        path_of(DELETED): {"file": "404.html", "status": 404},
    })

    # article pages (file without extension)
    for a in ARTICLES:
        write(S + path_of(a).lstrip("/"), render_article(a))

    # sitemaps
    months = {}
    for a in sitemap_articles():
        months.setdefault(dt(a["pub"]).strftime("%Y-%m"), []).append(a)
    index_entries = []
    for month in sorted(months, reverse=True):
        items = sorted(months[month], key=lambda x: x["pub"], reverse=True)
        urls = "\n".join("""  <url>
    <loc>%s</loc>
    <lastmod>%s</lastmod>
    <changefreq>daily</changefreq>
    <priority>0.8</priority>
  </url>""" % (url_of(a), iso(a["mod"])) for a in items)
        write(S + "sitemaps/%s.xml" % month, """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
%s
</urlset>
""" % urls)
        last = max(iso(a["mod"]) for a in items)
        index_entries.append("""  <sitemap>
    <loc>%s/sitemaps/%s.xml</loc>
    <lastmod>%s</lastmod>
  </sitemap>""" % (SITE, month, last))
    write(S + "sitemap.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
%s
</sitemapindex>
""" % "\n".join(index_entries))

    # API
    menu_list = [{
        "menu_id": mid, "menu_name": name, "menu_slug": slug, "menu_parent_id": 0,
        "menu_order": order, "menu_status": 1, "menu_link": "/tin-tuc/" + slug,
        "menu_type": "category", "children": [],
    } for (mid, name, slug, order) in MENUS]
    write_json(A + "api/menu-get-list.json", {"status": 1, "message": "success", "data": {"list": menu_list}})
    routes = {"/api/web/menu-get-list": "api/menu-get-list.json"}
    for (_i, name, slug, _o) in MENUS:
        key = "/api/web/article-get-news-by-category-slug?category_slug=" + slug
        if slug in EMPTY_MENUS:
            routes[key] = "api/news-empty.json"
            continue
        entries = [(a["pub"], api_item(a)) for a in ARTICLES if a["cat"] == slug and not a.get("sitemap_only")]
        if DELETED["cat"] == slug:
            entries.append((DELETED["pub"], api_item(DELETED, deleted=True)))
        entries.sort(key=lambda e: e[0], reverse=True)
        write_json(A + "api/news-%s.json" % slug,
                   {"status": 1, "message": "success", "data": {"list": [e[1] for e in entries]}})
        routes[key] = "api/news-%s.json" % slug
    write_json(A + "api/news-empty.json", {"status": 1, "message": "success", "data": {"list": []}})
    write_json(A + "_routes.json", routes)

    # expected results
    exp = [expected_of(a) for a in sorted(ARTICLES, key=lambda x: x["pub"])]
    write_json("expected.json", exp)


if __name__ == "__main__":
    build()
