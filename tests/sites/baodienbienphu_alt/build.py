#!/usr/bin/env python3
"""Render a second, independent rendering of Báo Điện Biên Phủ (see README.md).

Usage:  python tests/sites/baodienbienphu_alt/build.py

Stdlib only, deterministic and idempotent: deletes and rewrites the host folders
next to this script, ``expected.json`` and ``fixture.json``.

Only what /work/shared/sites/README.md marks [C] is kept from the real site (URL
shapes, the JSON API endpoints and response shape, ``div.editor-content``, the
category link in ``#detail-news a[href*='/tin-tuc/']``, the media host, the
``ĐBP - `` dateline). Everything else (header markup, date form, byline places,
related boxes, tags, discovery files) is rendered differently from the first
fixture on purpose. All article text is invented, except the seed article's body,
which is /work/shared/seeds/baodienbienphu-clean.txt verbatim.
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
SITE_HOST = "baodienbienphu.vn"
API_HOST = "api-dienbien.baodienbienphu.vn"
MEDIA_HOST = "media-dienbien.baodienbienphu.vn"
SITE = "https://" + SITE_HOST
MEDIA = "https://" + MEDIA_HOST + "/"
PAPER = "Báo Điện Biên Phủ"
TZ = timezone(timedelta(hours=7))
SAVED = datetime(2024, 3, 25, 7, 10)  # the day the pages were "saved"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

MENUS = [  # id, name, slug
    (2, "Chính trị", "chinh-tri"),
    (3, "Kinh tế", "kinh-te"),
    (4, "Xã hội", "xa-hoi"),
    (5, "Văn hóa - Du lịch", "van-hoa-du-lich"),
    (6, "Quốc phòng - An ninh", "quoc-phong-an-ninh"),
    (9, "Thể thao", "the-thao"),
    (12, "Video", "video"),
]
CAT_NAME = {slug: name for (_i, name, slug) in MENUS}

SEED = [line.strip() for line in """
ĐBP - Thời gian qua tỉnh Điện Biên đã nhận được rất nhiều sự quan tâm, hỗ trợ tích cực của Đảng bộ, chính quyền và Nhân dân TP. Hồ Chí Minh, như: Xây dựng bệnh viện, trường học; công tác an sinh xã hội, xóa đói giảm nghèo; phát triển y tế, giáo dục, du lịch; kêu gọi doanh nghiệp đầu tư trên địa bàn Điện Biên... Qua đó góp phần chung tay cùng tỉnh Điện Biên phát triển kinh tế - xã hội, xóa đói giảm nghèo.
Điện Biên là một trong những tỉnh đặc biệt khó khăn. Xác định hỗ trợ Điện Biên phát triển vừa là tình cảm, vừa là trách nhiệm, những năm qua TP. Hồ Chí Minh đã triển khai nhiều hoạt động ý nghĩa, thiết thực: Hỗ trợ vốn đầu tư xây dựng cơ sở hạ tầng, hỗ trợ công tác an sinh xã hội, thúc đẩy quảng bá, phát triển du lịch, thu hút đầu tư… Đồng thời chia sẻ kinh nghiệm trong các lĩnh vực khác trên tinh thần bình đẳng, tự nguyện, cùng phát triển. Thông qua trao đổi kinh nghiệm góp phần phát huy tốt hơn nữa vai trò lãnh đạo của cấp ủy đảng, năng lực điều hành của chính quyền, công tác tham mưu và tổ chức thực hiện của các ban, ngành, đoàn thể đối với nhiệm vụ phát triển kinh tế, văn hoá, xã hội, đảm bảo quốc phòng - an ninh.
Năm 2017, tại một số huyện trên địa bàn tỉnh Điện Biên xảy ra mưa lớn kéo dài, gây lũ ống, lũ quét trên các sông, suối, sạt lở đất làm ách tắc giao thông, thiệt hại về nhà cửa, trường học và tài sản, hoa màu, đất sản xuất của người dân. Thiên tai đã làm 8 người chết, 289 ngôi nhà bị thiệt hại; gần 350ha lúa và hoa màu bị thiệt hại nặng; hàng trăm con gia súc, gia cầm bị chết và cuốn trôi... Tổng thiệt hại ước tính hơn 120 tỷ đồng.
Chia sẻ với thiệt hại của tỉnh Điện Biên, đoàn công tác Thành ủy Hồ Chí Minh đã đến các địa phương bị thiên tai trên địa bàn tỉnh để thăm hỏi, động viên, trao quà, kinh phí hỗ trợ. Đồng thời, ủng hộ 1,2 tỷ đồng Ban Thường trực Ủy ban MTTQ tỉnh Điện Biên hỗ trợ khắc phục thiệt hại do mưa lũ, giúp người dân sớm ổn định cuộc sống.
Trong lĩnh vực phát triển y tế - giáo dục, TP. Hồ Chí Minh đã hỗ trợ 33 tỷ đồng, trong đó 30 tỷ đồng đầu tư xây dựng dựng giai đoạn 1 Bệnh viện Đa khoa huyện Mường Ảng. Hiện tại, bệnh viện đã cơ bản thực hiện việc phân tuyến của Bộ Y tế, đáp ứng nhu cầu khám chữa bệnh cho Nhân dân địa phương. Hay Quận ủy, UBND quận 3 (TP. Hồ Chí Minh) đã hỗ trợ 1 tỷ đồng cho ngành giáo dục Điện Biên xây dựng nhà nội trú Trường Tiểu học xã Mường Phăng (huyện Điện Biên), giúp hàng chục học sinh có chỗ ở nội trú khang trang, yên tâm học tập.
Hỗ trợ Điện Biên phát triển văn hóa, du lịch, TP. Hồ Chí Minh đã tạo mọi điều kiện thuận lợi để Điện Biên thực hiện kế hoạch triển lãm nhân các dịp kỷ niệm, đồng thời chỉ đạo Tổng công ty Du lịch Sài Gòn giới thiệu các danh lam thắng cảnh, di tích lịch sử của Điện Biên để góp phần quảng bá, phát triển ngành du lịch của tỉnh. Vì vậy, nhiều sự kiện du lịch, các điểm du lịch trên địa bàn tỉnh Điện Biên đã được đông đảo khách du lịch TP. Hồ Chí Minh đến tham quan.
Đáp lại những tình cảm chân tình của TP. Hồ Chí Minh, tỉnh Điện Biên cũng tăng cường các hoạt động phối hợp, xây dựng mối quan hệ mật thiết với thành phố. Đặc biệt, trong năm 2021 khi dịch Covid-19 bùng phát diện rộng tại TP. Hồ Chí Minh, cùng với cả nước, tỉnh Điện Biên đã cử nhiều đợt y, bác sĩ vào chung tay hỗ trợ chống dịch.
Có thể nói, Điện Biên với TP. Hồ Chí Minh tuy xa mà gần, chia sẻ với nhau không chỉ những điều tốt đẹp mà cả những khó khăn trong quá trình xây dựng và phát triển. Mối quan hệ giữa 2 địa phương ngày càng đi vào chiều sâu, thực chất và hiệu quả. Trước yêu cầu phát triển trong tình hình mới, mong muốn trong thời gian tới TP. Hồ Chí Minh sẽ tăng cường hoạt động phối hợp, hỗ trợ Điện Biên, nhất là về nguồn lực đầu tư xây dựng hạ tầng, công tác an sinh xã hội; kết nối các doanh nghiệp đẩy mạnh hoạt động đầu tư, kinh doanh trong các lĩnh vực du lịch, thương mại.
""".strip().splitlines()]

# Body blocks: ("p", html) | ("h3", text) | ("quote", html) | ("img", file, caption|None)
#              | ("related", [keys])  an inline dated "Tin liên quan" list inside editor-content
# byline_head: the byline in the article header (None: not there)
# sign: a signature paragraph after the text, inside editor-content (None: none)
# related_before: a dated "Tin liên quan" list between the header and the body
# Flags: no_jsonld, no_ogdesc, jsonld_utc (JSON-LD dates in UTC "Z"), no_section_meta
ARTICLES = [
    dict(
        key="che", id=228811, cat="kinh-te",
        slug="nong-dan-tua-chua-thu-hai-che-shan-tuyet-vu-xuan",
        title="Nông dân Tủa Chùa thu hái chè Shan tuyết vụ xuân",
        pub="2024-03-04 08:40", mod="2024-03-04 09:15",
        byline_head="Quàng Hương", sign=None, authors=["Quàng Hương"],
        tags=["chè Shan tuyết", "Tủa Chùa", "nông nghiệp"],
        related_before=["giai-ngan", "hoa-ban"], related_after=["tuyen-sinh", "seed", "nong-thon-moi"],
        body=[
            ("p", "<strong>ĐBP - Những ngày đầu tháng 3, trên các đồi chè cổ thụ ở xã Sính Phình, Tả Phìn (huyện Tủa Chùa), người dân tất bật thu hái lứa chè Shan tuyết đầu tiên của vụ xuân. Năm nay thời tiết thuận lợi, búp chè mập, đều, giá thu mua ổn định nên bà con rất phấn khởi.</strong>"),
            ("p", "Gia đình ông Giàng A Dính ở bản Háng Đề Dê, xã Sính Phình có gần 300 cây chè Shan tuyết, nhiều cây đã trên trăm năm tuổi. Ông Dính cho biết, lứa chè xuân thường cho búp ngon nhất trong năm, mỗi ngày cả nhà hái được khoảng 30kg chè búp tươi, bán cho hợp tác xã với giá từ 60.000 - 80.000 đồng/kg tùy loại."),
            ("img", "1709516401_thu-hai-che-shan-tuyet-sinh-phinh.jpg", "Người dân xã Sính Phình thu hái chè Shan tuyết vụ xuân."),
            ("p", "Toàn huyện Tủa Chùa hiện có hơn 900ha chè, trong đó khoảng 400ha chè Shan tuyết cổ thụ. Những năm gần đây, huyện khuyến khích người dân chăm sóc chè theo hướng hữu cơ, không phun thuốc diệt cỏ, thu hái đúng kỹ thuật “một tôm hai lá” để nâng cao chất lượng sản phẩm."),
            ("p", "Bà Lò Thị Chiến, Giám đốc một hợp tác xã chế biến chè tại xã Tả Phìn chia sẻ: “Chè Shan tuyết Tủa Chùa đã có chỗ đứng trên thị trường, nhiều đơn hàng đặt từ trước Tết. Hợp tác xã cam kết bao tiêu toàn bộ chè búp đạt chuẩn của các hộ thành viên”."),
            ("img", "1709516402_che-shan-tuyet-tua-chua-thanh-pham.jpg", None),
            ("p", "Thời gian tới, huyện tiếp tục hỗ trợ các hợp tác xã đầu tư máy móc chế biến, xây dựng nhãn hiệu và đăng ký sản phẩm OCOP, từng bước đưa chè Shan tuyết trở thành cây trồng giúp đồng bào vùng cao thoát nghèo bền vững."),
        ],
    ),
    dict(
        key="thanh-nien", id=228902, cat="xa-hoi",
        slug="muong-cha-ra-quan-huong-ung-thang-thanh-nien-nam-2024",
        title="Mường Chà ra quân hưởng ứng Tháng Thanh niên năm 2024",
        pub="2024-03-06 15:10", mod="2024-03-06 15:10",
        byline_head=None, sign="Tin, ảnh: Minh Hằng", authors=["Minh Hằng"],
        tags=[], no_section_meta=True,
        related_before=None, related_after=["che", "camera", "mong"],
        body=[
            ("p", "ĐBP - Sáng 6/3, Huyện đoàn Mường Chà tổ chức lễ ra quân hưởng ứng Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ Việt Nam tiên phong chuyển đổi số, phát triển kinh tế số”. Hơn 300 đoàn viên, thanh niên các cơ sở đoàn trên địa bàn huyện tham gia."),
            ("p", "Ngay sau lễ ra quân, các đoàn viên, thanh niên đã dọn vệ sinh môi trường, khơi thông cống rãnh tại các tuyến đường chính của thị trấn Mường Chà; trồng hơn 500 cây xanh tại khuôn viên các trường học và trụ sở UBND xã Sa Lông."),
            ("img", "1709712601_ra-quan-thang-thanh-nien-muong-cha.jpg", "Đoàn viên, thanh niên huyện Mường Chà trồng cây tại xã Sa Lông."),
            ("p", "Trong Tháng Thanh niên, Huyện đoàn Mường Chà đặt chỉ tiêu sửa chữa 5 ngôi nhà cho hộ nghèo, làm mới 3km đường giao thông nông thôn, hỗ trợ người dân cài đặt ứng dụng định danh điện tử và thanh toán không dùng tiền mặt. Mỗi chi đoàn đăng ký ít nhất một công trình, phần việc thanh niên cụ thể."),
            ("p", "Anh Vàng A Tủa, Bí thư Huyện đoàn Mường Chà cho biết, năm nay huyện đoàn chú trọng các hoạt động thiết thực ở những bản vùng sâu, vùng xa, nơi người dân còn nhiều khó khăn, để tuổi trẻ thực sự là lực lượng xung kích, tình nguyện vì cộng đồng."),
        ],
    ),
    dict(
        key="seed", id=228995, cat="chinh-tri",
        slug="tp-ho-chi-minh-chung-tay-cung-dien-bien-phat-trien-kinh-te-xa-hoi",
        title="TP. Hồ Chí Minh chung tay cùng Điện Biên phát triển kinh tế - xã hội",
        pub="2024-03-08 10:25", mod="2024-03-08 11:40",
        byline_head="Hoàng Châu", sign="Hoàng Châu", authors=["Hoàng Châu"],
        tags=["TP. Hồ Chí Minh", "hợp tác", "an sinh xã hội"], jsonld_utc=True,
        related_before=None, related_after=["giai-ngan", "nong-thon-moi"],
        body=[
            ("p", SEED[0]), ("p", SEED[1]),
            ("img", "1709868301_tphcm-ho-tro-dien-bien.jpg", "Đoàn công tác TP. Hồ Chí Minh thăm, tặng quà người dân huyện Mường Ảng. Ảnh: Tư liệu"),
            ("p", SEED[2]), ("p", SEED[3]),
            ("related", ["che", "thanh-nien"]),
            ("p", SEED[4]), ("p", SEED[5]), ("p", SEED[6]), ("p", SEED[7]),
        ],
    ),
    dict(
        key="ma-tuy", id=229117, cat="quoc-phong-an-ninh",
        slug="bo-doi-bien-phong-tinh-pha-chuyen-an-mua-ban-trai-phep-chat-ma-tuy",
        title="Bộ đội Biên phòng tỉnh phá chuyên án mua bán trái phép chất ma túy",
        pub="2024-03-11 07:50", mod="2024-03-11 08:30",
        byline_head="Đức Toàn - Văn Long", sign=None, authors=["Đức Toàn", "Văn Long"],
        tags=["ma túy", "biên phòng", "Mường Nhé"], no_jsonld=True,
        related_before=None, related_after=["camera", "thanh-nien"],
        body=[
            ("p", "ĐBP - Ngày 10/3, Đồn Biên phòng Leng Su Sìn (Bộ Chỉ huy Bộ đội Biên phòng tỉnh) chủ trì, phối hợp với Công an huyện Mường Nhé phá thành công chuyên án mua bán trái phép chất ma túy, bắt giữ 2 đối tượng, thu giữ 3 bánh heroin và 6.000 viên ma túy tổng hợp."),
            ("p", "Qua công tác nắm tình hình địa bàn, Đồn Biên phòng Leng Su Sìn phát hiện một nhóm đối tượng có biểu hiện nghi vấn vận chuyển ma túy từ khu vực biên giới vào nội địa tiêu thụ. Đơn vị đã báo cáo cấp trên, xác lập chuyên án đấu tranh."),
            ("p", "Khoảng 22 giờ ngày 10/3, tại khu vực bản Tân Phong, xã Leng Su Sìn, tổ công tác bắt quả tang Lý A Sử (sinh năm 1990) và Chảo Láo Phìn (sinh năm 1995), cùng trú tại huyện Mường Nhé đang vận chuyển số ma túy trên bằng xe máy. Các đối tượng đã khai nhận hành vi phạm tội của mình."),
            ("h3", "Siết chặt quản lý địa bàn biên giới"),
            ("p", "Từ đầu năm đến nay, Bộ đội Biên phòng tỉnh đã chủ trì, phối hợp đấu tranh thành công 14 vụ án về ma túy, bắt giữ 21 đối tượng. Lực lượng biên phòng tiếp tục duy trì tuần tra, kiểm soát trên các đường mòn, lối mở, phối hợp chặt chẽ với lực lượng bảo vệ biên giới nước bạn Lào trong trao đổi thông tin, ngăn chặn tội phạm ngay từ tuyến biên giới."),
        ],
    ),
    dict(
        key="hoa-ban", id=229203, cat="van-hoa-du-lich",
        slug="ruc-ro-sac-hoa-ban-trong-dem-khai-mac-le-hoi",
        title="Rực rỡ sắc hoa ban trong đêm khai mạc lễ hội",
        pub="2024-03-12 21:35", mod="2024-03-13 07:20",
        byline_head=None, sign="Bài, ảnh: Thu Hằng", authors=["Thu Hằng"],
        tags=["Lễ hội Hoa Ban", "du lịch", "văn hóa"], no_ogdesc=True,
        related_before=["che"], related_after=["mong", "seed"],
        body=[
            ("p", "ĐBP - Tối 12/3, tại Quảng trường 7/5 (TP. Điện Biên Phủ), UBND tỉnh tổ chức khai mạc Lễ hội Hoa Ban năm 2024. Hàng nghìn người dân và du khách đã có mặt từ sớm để thưởng thức chương trình nghệ thuật đặc sắc mang đậm bản sắc văn hóa các dân tộc vùng Tây Bắc."),
            ("h3", "Bản hòa ca của núi rừng"),
            ("p", "Chương trình nghệ thuật gồm ba chương: “Ban trắng Điện Biên”, “Sắc màu các dân tộc” và “Điện Biên - khát vọng vươn xa”, với sự tham gia của gần 500 diễn viên, nghệ nhân đến từ 10 huyện, thị xã, thành phố. Điệu xòe Thái, tiếng khèn Mông, múa sạp, múa quạt… đan xen cùng hiệu ứng ánh sáng hiện đại tạo nên đêm hội rực rỡ."),
            ("img", "1710254101_khai-mac-le-hoi-hoa-ban-2024.jpg", "Màn xòe đoàn kết trong đêm khai mạc Lễ hội Hoa Ban năm 2024."),
            ("p", "Phát biểu khai mạc, lãnh đạo UBND tỉnh cho biết, Lễ hội Hoa Ban là dịp để Điện Biên giới thiệu với bạn bè trong nước và quốc tế về vẻ đẹp thiên nhiên, con người và những giá trị văn hóa đặc sắc của các dân tộc trong tỉnh, qua đó thu hút du khách đến tham quan, đầu tư."),
            ("h3", "Nhiều hoạt động hấp dẫn du khách"),
            ("p", "Trong khuôn khổ lễ hội, từ ngày 12 đến 17/3 còn diễn ra hội chợ thương mại, trưng bày sản phẩm OCOP, thi người đẹp Hoa Ban, giải đua thuyền trên hồ Pá Khoang và các trò chơi dân gian. Các khách sạn, nhà hàng trong thành phố đều kín chỗ vào những ngày cuối tuần."),
            ("img", "1710254102_du-khach-chup-anh-hoa-ban.jpg", "Du khách chụp ảnh lưu niệm bên những cây hoa ban nở trắng."),
        ],
    ),
    dict(
        key="giai-ngan", id=229318, cat="kinh-te",
        slug="dien-bien-day-nhanh-giai-ngan-von-dau-tu-cong-ngay-tu-dau-nam",
        title="Điện Biên đẩy nhanh giải ngân vốn đầu tư công ngay từ đầu năm",
        pub="2024-03-14 16:35", mod="2024-03-14 17:02",
        byline_head="Thanh Bình", sign=None, authors=["Thanh Bình"],
        tags=["đầu tư công", "giải ngân", "kinh tế"],
        related_before=["seed", "thanh-nien"], related_after=["che", "nong-thon-moi"],
        body=[
            ("p", "ĐBP - Năm 2024, tổng kế hoạch vốn đầu tư công của tỉnh được giao hơn 4.300 tỷ đồng. Đến giữa tháng 3, toàn tỉnh đã giải ngân đạt khoảng 12% kế hoạch, cao hơn so với cùng kỳ năm trước nhưng vẫn chưa đạt yêu cầu đề ra."),
            ("p", "Theo Sở Kế hoạch và Đầu tư, nguyên nhân chủ yếu là một số dự án chuyển tiếp vướng mắc trong giải phóng mặt bằng; giá vật liệu xây dựng biến động; một số chủ đầu tư còn lúng túng trong thực hiện các thủ tục đầu tư theo quy định mới."),
            ("quote", "“Người đứng đầu các cơ quan, đơn vị, địa phương phải chịu trách nhiệm trước UBND tỉnh nếu để chậm giải ngân vốn đầu tư công do nguyên nhân chủ quan”, lãnh đạo UBND tỉnh nhấn mạnh tại cuộc họp."),
            ("img", "1710409501_thi-cong-cong-trinh-giao-thong.jpg", "Nhà thầu thi công một công trình giao thông trọng điểm tại TP. Điện Biên Phủ."),
            ("p", "Để đạt mục tiêu giải ngân trên 95% kế hoạch vốn năm 2024, UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, từng dự án; thành lập tổ công tác đặc biệt tháo gỡ vướng mắc về đất đai; kiên quyết điều chuyển vốn từ các dự án chậm sang dự án có khả năng giải ngân tốt."),
        ],
    ),
    dict(
        key="tuyen-sinh", id=229407, cat="xa-hoi",
        slug="cong-bo-phuong-an-tuyen-sinh-vao-lop-10-nam-hoc-2024-2025",
        title="Công bố phương án tuyển sinh vào lớp 10 năm học 2024 - 2025",
        pub="2024-03-15 09:05", mod="2024-03-15 09:48",
        byline_head="Lê Lan và Ngọc Bảo", sign=None, authors=["Lê Lan", "Ngọc Bảo"],
        tags=["tuyển sinh", "lớp 10", "giáo dục"],
        related_before=None, related_after=["thanh-nien", "camera"],
        body=[
            ("p", "ĐBP - Sở Giáo dục và Đào tạo vừa công bố phương án tuyển sinh vào lớp 10 trung học phổ thông năm học 2024 - 2025. Theo đó, kỳ thi tuyển sinh dự kiến diễn ra trong hai ngày 4 và 5/6/2024."),
            ("p", "Thí sinh dự thi 3 bài thi gồm Ngữ văn, Toán và tiếng Anh; thí sinh đăng ký vào Trường THPT Chuyên Lê Quý Đôn thi thêm môn chuyên. Điểm xét tuyển là tổng điểm 3 bài thi cộng điểm ưu tiên, khuyến khích theo quy định."),
            ("related", ["ma-tuy", "giai-ngan"]),
            ("p", "Đối với các trường phổ thông dân tộc nội trú, việc tuyển sinh thực hiện theo hình thức xét tuyển kết hợp thi tuyển, ưu tiên học sinh người dân tộc thiểu số rất ít người và học sinh ở các xã đặc biệt khó khăn."),
            ("p", "Sở Giáo dục và Đào tạo đề nghị các trường THCS tăng cường tư vấn hướng nghiệp, phân luồng học sinh sau tốt nghiệp; thông tin kịp thời về phương án tuyển sinh để phụ huynh và học sinh chủ động ôn tập, lựa chọn nguyện vọng phù hợp."),
        ],
    ),
    dict(
        key="nong-thon-moi", id=229566, cat="chinh-tri",
        slug="dien-bien-dong-tong-ket-10-nam-xay-dung-nong-thon-moi",
        title="Điện Biên Đông tổng kết 10 năm xây dựng nông thôn mới",
        pub="2024-03-18 11:30", mod="2024-03-18 14:05",
        byline_head="Trung Dũng", sign="Trung Dũng", authors=["Trung Dũng"],
        tags=["nông thôn mới", "Điện Biên Đông"],
        related_before=["giai-ngan", "seed"], related_after=["hoa-ban", "che"],
        body=[
            ("p", "ĐBP - Ngày 18/3, Huyện ủy Điện Biên Đông tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2014 - 2024."),
            ("p", "Sau 10 năm, toàn huyện có 3 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 11,6 tiêu chí, tăng 6,2 tiêu chí so với năm 2014. Tổng nguồn lực huy động cho chương trình đạt hơn 1.250 tỷ đồng, trong đó người dân đóng góp trên 90 tỷ đồng cùng hàng chục nghìn ngày công và hơn 40ha đất để làm đường, xây trường."),
            ("img", "1710736201_hoi-nghi-tong-ket-ntm-dien-bien-dong.jpg", "Quang cảnh hội nghị tổng kết."),
            ("p", "Diện mạo nông thôn của huyện có nhiều đổi thay: 100% xã có đường ô tô đến trung tâm, 96% số hộ được sử dụng điện lưới quốc gia, tỷ lệ hộ nghèo giảm bình quân 4%/năm. Nhiều mô hình sản xuất hàng hóa như trồng quế, nuôi bò sinh sản, trồng cây ăn quả được nhân rộng."),
            ("p", "Phát biểu tại hội nghị, Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền tiếp tục xác định xây dựng nông thôn mới là nhiệm vụ thường xuyên, lâu dài; tập trung nâng cao thu nhập cho người dân, phấn đấu đến năm 2025 có thêm 2 xã đạt chuẩn."),
        ],
    ),
    dict(
        key="camera", id=229671, cat="quoc-phong-an-ninh",
        slug="cong-an-nam-po-ra-mat-mo-hinh-camera-an-ninh-tai-cac-ban",
        title="Công an Nậm Pồ ra mắt mô hình camera an ninh tại các bản",
        pub="2024-03-19 20:15", mod="2024-03-19 20:15",
        byline_head=None, sign="Tin, ảnh: Khánh Linh", authors=["Khánh Linh"],
        tags=[],
        related_before=None, related_after=["ma-tuy", "tuyen-sinh"],
        body=[
            ("p", "ĐBP - Chiều 19/3, Công an huyện Nậm Pồ phối hợp với UBND xã Nà Hỳ tổ chức ra mắt mô hình “Camera an ninh” tại bản Nà Hỳ 1. Đây là mô hình đầu tiên được triển khai trên địa bàn huyện."),
            ("p", "Hệ thống gồm 8 mắt camera được lắp đặt tại các tuyến đường chính, ngã ba, khu vực chợ và trường học của bản, do các doanh nghiệp và người dân trên địa bàn đóng góp kinh phí. Hình ảnh được truyền trực tiếp về trụ sở Công an xã để theo dõi, phục vụ công tác bảo đảm an ninh trật tự."),
            ("p", "Theo lãnh đạo Công an huyện Nậm Pồ, mô hình giúp lực lượng công an kịp thời phát hiện, xử lý các vụ việc trộm cắp tài sản, vi phạm trật tự an toàn giao thông; đồng thời nâng cao ý thức tự phòng ngừa của người dân."),
            ("p", "Trong năm 2024, Công an huyện phấn đấu nhân rộng mô hình ra ít nhất 10 bản ở các xã trung tâm cụm, gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc."),
        ],
    ),
    dict(
        key="mong", id=229780, cat="van-hoa-du-lich",
        slug="khai-mac-ngay-hoi-van-hoa-dan-toc-mong-huyen-tuan-giao",
        title="Khai mạc Ngày hội Văn hóa dân tộc Mông huyện Tuần Giáo",
        pub="2024-03-21 06:55", mod="2024-03-21 08:00",
        byline_head="Ngọc Thư", sign=None, authors=["Ngọc Thư"],
        tags=["dân tộc Mông", "Tuần Giáo", "ngày hội văn hóa"],
        related_before=["hoa-ban"], related_after=["thanh-nien", "nong-thon-moi"],
        body=[
            ("p", "ĐBP - Tối 20/3, tại sân vận động xã Mường Mùn, UBND huyện Tuần Giáo tổ chức khai mạc Ngày hội Văn hóa dân tộc Mông lần thứ II năm 2024 với sự tham gia của 12 đội văn nghệ đến từ các xã trong huyện."),
            ("p", "Ngày hội diễn ra trong 3 ngày với nhiều hoạt động như thi trình diễn trang phục truyền thống, thổi khèn, hát giao duyên, ném pao, bắn nỏ, kéo co và trưng bày ẩm thực dân tộc Mông."),
            ("img", "1710978901_ngay-hoi-van-hoa-mong-tuan-giao.jpg", "Các cô gái Mông trình diễn trang phục truyền thống tại ngày hội."),
            ("p", "Ông Thào A Vàng, nghệ nhân khèn ở xã Pú Xi chia sẻ, ông mong những ngày hội như thế này được tổ chức thường xuyên để lớp trẻ có dịp học thổi khèn, hát dân ca, giữ gìn bản sắc của dân tộc mình."),
            ("p", "Ngày hội là dịp để đồng bào Mông giao lưu, học hỏi, đồng thời góp phần quảng bá các giá trị văn hóa truyền thống, thúc đẩy phát triển du lịch cộng đồng ở huyện Tuần Giáo."),
        ],
    ),
]
BY_KEY = {a["key"]: a for a in ARTICLES}
DEAD_ENTRY_POINTS = ["/sitemap.xml", "/sitemap_index.xml", "/rss", "/feed"]
TAG_PAGES = ["chan-nuoi", "dien-bien-phu"]  # tag pages that exist (client-rendered listings)


def dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(s: str) -> str:
    return dt(s).replace(tzinfo=TZ).isoformat()


def iso_utc(s: str) -> str:
    return dt(s).replace(tzinfo=TZ).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def printed(s: str) -> str:
    """The visible date form of this rendering: '08:40 | Thứ Hai, 4/3/2024'."""
    d = dt(s)
    return f"{d:%H:%M} | {WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year}"


def short_date(s: str) -> str:
    return f"{dt(s):%d/%m/%Y}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def url_of(a: dict) -> str:
    return f"{SITE}/tin-bai/{a['cat']}/{a['slug']}"


def tag_slug(t: str) -> str:
    table = str.maketrans("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return re.sub(r"[^a-z0-9]+", "-", t.lower().translate(table)).strip("-")


def sapo(a: dict) -> str:
    return plain(a["body"][0][1]).removeprefix("ĐBP - ")


def images(a: dict) -> list[tuple[str, str | None]]:
    return [(MEDIA + b[1], b[2]) for b in a["body"] if b[0] == "img"]


def avatar(a: dict) -> str:
    imgs = images(a)
    return imgs[0][0] if imgs else MEDIA + "1700000000_logo-bao-dien-bien-phu.jpg"


def related_list(keys: list[str], cls: str, heading: str = "Tin liên quan") -> str:
    items = []
    for k in keys:
        r = BY_KEY[k]
        items.append(f'<li class="rel-item"><a href="{url_of(r)}" title="{esc(r["title"])}">{esc(r["title"])}</a>'
                     f' <span class="rel-date">({short_date(r["pub"])})</span></li>')
    return (f'<div class="{cls}"><div class="rel-heading">{heading}</div>'
            f'<ul class="rel-list">{"".join(items)}</ul></div>')


def render_body(a: dict) -> str:
    out = []
    for b in a["body"]:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{b[1]}</p>")
        elif kind == "h3":
            out.append(f"<h3><strong>{esc(b[1])}</strong></h3>")
        elif kind == "quote":
            out.append(f"<blockquote><p><em>{b[1]}</em></p></blockquote>")
        elif kind == "img":
            cap = f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else ""
            out.append(f'<figure class="image align-center"><img src="{MEDIA}{b[1]}" alt="{esc(a["title"])}"'
                       f' width="800" height="533" loading="lazy">{cap}</figure>')
        elif kind == "related":
            out.append(related_list(b[1], "box-relate-inline"))
    if a["sign"]:
        out.append(f'<p style="text-align:right"><strong>{esc(a["sign"])}</strong></p>')
    return "\n".join(out)


def header_html() -> str:
    nav = "".join(f'<li><a href="/tin-tuc/{slug}">{esc(name)}</a></li>' for (_i, name, slug) in MENUS)
    d = SAVED
    return f"""<header class="site-top">
  <div class="topbar"><span class="today">{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year}</span>
    <a href="/tim-kiem" class="search-ico">Tìm kiếm</a> <a href="https://baodienbienphu.vn/bao-in">Báo in</a></div>
  <div class="brand"><a href="/"><img src="{MEDIA}1700000000_logo-bao-dien-bien-phu.png" alt="{PAPER}"></a></div>
  <nav class="mainmenu"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav>
</header>"""


def footer_html() -> str:
    return f"""<footer class="site-bottom">
  <p><strong>{PAPER.upper()}</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên, tiếng nói của Nhân dân các dân tộc tỉnh Điện Biên</p>
  <p>Giấy phép số 479/GP-BTTTT. Tổng Biên tập: Lê Quang Trung</p>
  <p>Địa chỉ: Tổ dân phố 5, phường Mường Thanh, TP. Điện Biên Phủ, tỉnh Điện Biên. Điện thoại: 0215.3830.436. Email: toasoan@baodienbienphu.vn</p>
  <p>© Bản quyền thuộc về Báo Điện Biên Phủ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>"""


def sidebar_html(current: dict) -> str:
    newest = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)[:6]
    items = "".join(
        f'<li><span class="t">{dt(a["pub"]):%H:%M %d/%m}</span> <a href="{url_of(a)}">{esc(a["title"])}</a></li>'
        for a in newest if a is not current)
    most = [BY_KEY[k] for k in ("hoa-ban", "seed", "che", "ma-tuy")]
    reads = "".join(f'<li><a href="{url_of(a)}"><img src="{avatar(a)}" alt=""> {esc(a["title"])}</a>'
                    f'<span class="d">{short_date(a["pub"])}</span></li>' for a in most if a is not current)
    return f"""<aside class="col-right">
  <section class="widget latest"><h4>Tin mới</h4><ul>{items}</ul></section>
  <section class="widget most-read"><h4>Đọc nhiều</h4><ol>{reads}</ol></section>
  <section class="widget banner"><a href="https://dichvucong.dienbien.gov.vn"><img src="{MEDIA}1700000001_banner-dich-vu-cong.jpg" alt="Dịch vụ công"></a></section>
</aside>"""


def jsonld(a: dict) -> str:
    when = iso_utc if a.get("jsonld_utc") else iso
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(a)},
        "headline": a["title"], "description": sapo(a),
        "image": {"@type": "ImageObject", "url": avatar(a), "width": 800, "height": 533},
        "datePublished": when(a["pub"]), "dateModified": when(a["mod"]),
        "author": ([{"@type": "Person", "name": n} for n in a["authors"]]
                   if a["byline_head"] else {"@type": "Organization", "name": PAPER}),
        "publisher": {"@type": "Organization", "name": PAPER,
                      "logo": {"@type": "ImageObject", "url": MEDIA + "1700000000_logo-bao-dien-bien-phu.png"}},
        "articleSection": CAT_NAME[a["cat"]], "keywords": ", ".join(a["tags"]), "inLanguage": "vi",
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": SITE + "/"},
        {"@type": "ListItem", "position": 2, "name": CAT_NAME[a["cat"]], "item": f"{SITE}/tin-tuc/{a['cat']}"}]}
    out = ""
    if not a.get("no_jsonld"):
        out += f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
    return out + f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>'


def comments_html(a: dict) -> str:
    if a["key"] not in ("hoa-ban", "tuyen-sinh", "seed"):
        return '<section class="comment-zone"><h4>Ý kiến bạn đọc (0)</h4><form class="cmt-form"><textarea placeholder="Nhập ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button>Gửi ý kiến</button></form></section>'
    day = dt(a["pub"]) + timedelta(days=1)
    return f"""<section class="comment-zone"><h4>Ý kiến bạn đọc (2)</h4>
  <div class="cmt"><b>Nguyễn Văn Hải</b> <span class="cmt-time">{day:%H:%M %d/%m/%Y}</span><p>Bài viết rất hay và thiết thực, cảm ơn phóng viên.</p></div>
  <div class="cmt"><b>Lò Thị Mai</b> <span class="cmt-time">{day + timedelta(hours=3):%H:%M %d/%m/%Y}</span><p>Mong tỉnh tiếp tục quan tâm hơn nữa tới bà con vùng cao.</p></div>
  <form class="cmt-form"><textarea placeholder="Nhập ý kiến của bạn..."></textarea><button>Gửi ý kiến</button></form>
</section>"""


def render_article(a: dict) -> str:
    url = url_of(a)
    cat = CAT_NAME[a["cat"]]
    meta = [
        f'<meta name="description" content="{esc(sapo(a))}">',
        f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}">' if a["tags"] else "",
        f'<meta name="author" content="{PAPER}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:site_name" content="Báo Điện Biên Phủ">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        "" if a.get("no_ogdesc") else f'<meta property="og:description" content="{esc(sapo(a))}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{avatar(a)}">',
        f'<meta property="article:published_time" content="{iso(a["pub"])}">',
        f'<meta property="article:modified_time" content="{iso(a["mod"])}">',
        "" if a.get("no_section_meta") else f'<meta property="article:section" content="{esc(cat)}">',
    ] + [f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"]]
    head_byline = (f'<div class="post-author"><span class="by">Tác giả:</span> <b>{esc(a["byline_head"])}</b></div>'
                   if a["byline_head"] else "")
    before = related_list(a["related_before"], "news-relate news-relate--top") if a["related_before"] else ""
    after = related_list(a["related_after"], "news-relate news-relate--bottom")
    tags = ""
    if a["tags"]:
        tags = '<div class="post-keywords"><span>Từ khóa:</span> ' + " ".join(
            f'<a href="/tag/{tag_slug(t)}" rel="tag">#{esc(t)}</a>' for t in a["tags"]) + "</div>"
    same_cat = [x for x in ARTICLES if x["cat"] == a["cat"] and x is not a][:3]
    same = "".join(f'<div class="card"><a href="{url_of(x)}"><img src="{avatar(x)}" alt="{esc(x["title"])}"></a>'
                   f'<h5><a href="{url_of(x)}">{esc(x["title"])}</a></h5><p class="card-date">{printed(x["pub"])}</p></div>'
                   for x in same_cat)
    state = {"article": {"article_title": a["title"], "article_sapo": sapo(a), "category_slug": a["cat"],
                         "publish_time": int(dt(a["pub"]).replace(tzinfo=TZ).timestamp())}}
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Báo Điện Biên Phủ điện tử</title>
{chr(10).join(m for m in meta if m)}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/_nuxt/entry.4f1c2d.css">
{jsonld(a)}
</head>
<body class="page-detail">
<div id="__nuxt"><div id="app">
{header_html()}
<main class="container">
<div class="row">
<div class="col-main" id="detail-news">
  <div class="crumbs"><a href="/">Trang chủ</a> <span>›</span> <a href="/tin-tuc/{a["cat"]}" class="crumb-cat">{esc(cat)}</a></div>
  <article class="post">
    <header class="post-head">
      <h1 class="post-title">{esc(a["title"])}</h1>
      <div class="post-info"><span class="post-time"><i class="ico-clock"></i> {printed(a["pub"])}</span>
        <span class="post-views">{(a["id"] % 900) + 312} lượt xem</span></div>
      {head_byline}
      <div class="share-top"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a> <a href="#" class="print">In bài</a></div>
    </header>
    {before}
    <div class="editor-content">
{render_body(a)}
    </div>
    {after}
    {tags}
    <div class="share-bottom"><span>Chia sẻ bài viết:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a></div>
  </article>
  {comments_html(a)}
  <section class="same-cat"><h3 class="box-title"><a href="/tin-tuc/{a["cat"]}">Cùng chuyên mục</a></h3>{same}</section>
</div>
{sidebar_html(a)}
</div>
</main>
{footer_html()}
</div></div>
<script>window.__APP_STATE__={json.dumps(state, ensure_ascii=False)}</script>
<script src="/_nuxt/entry.8a1b2c.js" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DBP2024"></script>
</body>
</html>
"""


def shell_page(title: str, canonical: str, h1: str | None = None) -> str:
    head = f"<h1 class=\"listing-title\">{esc(h1)}</h1>" if h1 else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="description" content="Báo Điện Biên Phủ điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên">
<meta property="og:type" content="website"><meta property="og:title" content="{esc(title)}">
<link rel="canonical" href="{canonical}"></head>
<body class="page-list"><div id="__nuxt"><div id="app">
{header_html()}
<main class="container">{head}<div class="list-news" data-fetch="client"><div class="loading">Đang tải dữ liệu...</div></div></main>
{footer_html()}
</div></div>
<script src="/_nuxt/entry.8a1b2c.js" defer></script>
</body></html>
"""


def api_item(a: dict) -> dict:
    return {
        "article_id": a["id"], "article_title": a["title"], "article_slug": a["slug"],
        "category_slug": a["cat"], "category_name": CAT_NAME[a["cat"]], "article_type_slug": "tin-bai",
        "article_sapo": sapo(a), "article_avatar": avatar(a),
        "publish_time": int(dt(a["pub"]).replace(tzinfo=TZ).timestamp()),
    }


def expected_of(a: dict) -> dict:
    blocks = [plain(b[1]) for b in a["body"] if b[0] in ("p", "h3", "quote")]
    return {
        "url": url_of(a), "title": a["title"], "lead": blocks[0], "text": "\n\n".join(blocks),
        "authors": a["authors"], "published": iso(a["pub"]), "modified": iso(a["mod"]),
        "section": CAT_NAME[a["cat"]], "tags": a["tags"],
        "images": [{"url": u, "caption": c} for (u, c) in images(a)], "language": "vi",
    }


def write(path: str, text: str) -> None:
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path: str, obj: object) -> None:
    write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def build() -> None:
    for host in (SITE_HOST, API_HOST):
        shutil.rmtree(os.path.join(HERE, host), ignore_errors=True)
    s = SITE_HOST + "/"
    write(s + "robots.txt", "User-agent: *\nDisallow: /tim-kiem\nDisallow: /preview/\n\nUser-agent: GPTBot\nDisallow: /\n")
    write(s + "index.html", shell_page("Báo Điện Biên Phủ điện tử", SITE + "/"))
    for (_i, name, slug) in MENUS:
        write(f"{s}tin-tuc/{slug}/index.html", shell_page(f"{name} | Báo Điện Biên Phủ điện tử", f"{SITE}/tin-tuc/{slug}", name))
    for t in TAG_PAGES + sorted({tag_slug(t) for a in ARTICLES for t in a["tags"]}):
        write(f"{s}tag/{t}/index.html", shell_page(f"#{t} | Báo Điện Biên Phủ điện tử", f"{SITE}/tag/{t}", f"#{t}"))
    for a in ARTICLES:
        write(f"{s}tin-bai/{a['cat']}/{a['slug']}", render_article(a))
    # The JSON API: same endpoints and response shape as the real one.
    api = API_HOST + "/"
    menus = {"status": 1, "message": "OK", "data": {"list": [
        {"menu_id": i, "menu_name": n, "menu_slug": sl, "menu_link": f"/tin-tuc/{sl}", "menu_show": 1}
        for (i, n, sl) in MENUS]}}
    write_json(api + "api/menus.json", menus)
    routes = {"/api/web/menu-get-list": "api/menus.json"}
    for (_i, _n, sl) in MENUS:
        items = [api_item(a) for a in sorted(ARTICLES, key=lambda a: a["pub"], reverse=True) if a["cat"] == sl]
        write_json(f"{api}api/list-{sl}.json", {"status": 1, "message": "OK", "data": {"list": items, "total": len(items)}})
        routes[f"/api/web/article-get-news-by-category-slug?category_slug={sl}"] = f"api/list-{sl}.json"
    write_json(api + "_routes.json", routes)
    ordered = sorted(ARTICLES, key=lambda a: a["pub"])
    write_json(EXPECTED_FILE, [expected_of(a) for a in ordered])
    tag_urls = [f"{SITE}/tag/{t}" for t in ("chan-nuoi", tag_slug(ARTICLES[0]["tags"][0]))]
    write_json("fixture.json", {
        "expected": EXPECTED_FILE,
        "spider": "baodienbienphu",
        "hosts": [SITE_HOST, API_HOST],
        "articles": len(ARTICLES),
        "not_articles": [SITE + "/", f"{SITE}/tin-tuc/kinh-te", f"{SITE}/tin-tuc/the-thao"] + tag_urls,
        "dead_entry_points": [SITE + p for p in DEAD_ENTRY_POINTS],
        "note": "Every article is found only through the JSON API; robots.txt names no sitemap and "
                "/sitemap.xml answers 404. Each page carries dated 'Tin liên quan' items of other articles.",
    })


if __name__ == "__main__":
    build()
