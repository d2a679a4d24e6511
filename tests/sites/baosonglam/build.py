#!/usr/bin/env python3
"""Render "Báo Sông Lam" (baosonglam.vn), an invented provincial paper on a custom CMS.

Usage:  python tests/sites/baosonglam/build.py

Stdlib only, deterministic and idempotent: deletes and rewrites ``baosonglam.vn/``,
``expected.json`` and ``fixture.json`` next to this script. The paper, its people
and all its text are invented. Nothing in the project names its markup: it is
meant to be added by URL (``sites add https://baosonglam.vn/``) and found only
through what real sites offer with no configuration (robots.txt ``Sitemap:``
lines, a sitemap index, a Google News sitemap, a feed announced by
``<link rel="alternate">`` on the home page, the home page's links).
See README.md for the traps.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "baosonglam.vn"
SITE = "https://" + HOST
PAPER = "Báo Sông Lam"
TZ = timezone(timedelta(hours=7))
SAVED = datetime(2024, 5, 17, 8, 0)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
IMG = SITE + "/uploads/2024/05/"

SECTIONS = [("thoi-su", "Thời sự"), ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"),
            ("van-hoa", "Văn hóa"), ("phap-luat", "Pháp luật")]
SECTION_NAME = dict(SECTIONS)
AUTHORS = {  # name -> author page id
    "Nguyễn Văn Hùng": 12, "Hải Yến": 15, "Trần Hoài Thu": 21, "Lê Đức": 22,
    "Phan Quỳnh": 7, "Minh Khôi": 31, "Thanh Tâm": 33,
}
TOPICS = [  # (slug-id, title, article keys): listing pages whose URLs look like article URLs
    ("le-hoi-lang-sen-2024-123", "Lễ hội Làng Sen năm 2024", ["lang-sen", "vi-giam", "cong-nhan"]),
    ("xay-dung-nong-thon-moi-98", "Xây dựng nông thôn mới", ["lua-xuan", "duong-ven-song", "cam-vinh", "tai-dinh-cu"]),
]

# Body blocks: ("p", html) | ("h2", text) | ("img", file, caption|None) | ("timg", file, caption)
#   (image in a caption table) | ("readmore", key) an inline "Đọc thêm" link to another article
# head: byline shown in the story header, as a list of names (joined by `joiner`) or None
# sign: signature line after the text inside the content div, or None
# meta_author: content of <meta property="article:author">; ld_author: JSON-LD author
ARTICLES = [
    dict(
        key="duong-ven-song", id=30412, sec="thoi-su", pub="2024-05-02 07:45", mod="2024-05-02 08:30",
        slug="khoi-cong-tuyen-duong-ven-song-lam-doan-qua-huyen-hung-nguyen",
        title="Khởi công tuyến đường ven sông Lam đoạn qua huyện Hưng Nguyên",
        lead="Sáng 2/5, UBND huyện Hưng Nguyên tổ chức lễ khởi công tuyến đường ven sông Lam dài gần 9km, nối thị trấn Hưng Nguyên với các xã ven sông, tổng mức đầu tư hơn 420 tỷ đồng.",
        head=["Nguyễn Văn Hùng"], joiner="", sign=None, authors=["Nguyễn Văn Hùng"],
        meta_author=SITE + "/tac-gia/nguyen-van-hung-12.html", ld_author=["Nguyễn Văn Hùng"],
        tags=["giao thông", "Hưng Nguyên", "sông Lam"],
        body=[
            ("p", "Tuyến đường được thiết kế theo tiêu chuẩn đường cấp III đồng bằng, nền đường rộng 12m, mặt đường bê tông nhựa rộng 11m, kết hợp làm đê bao chống lũ cho hơn 1.500ha đất sản xuất nông nghiệp của các xã Hưng Lợi, Hưng Thành, Hưng Trung."),
            ("img", "khoi-cong-duong-ven-song-lam.jpg", "Các đại biểu thực hiện nghi thức khởi công công trình."),
            ("p", "Theo chủ đầu tư, dự án được thực hiện trong 30 tháng, chia làm hai giai đoạn. Giai đoạn một tập trung xây dựng nền đường, hệ thống cống thoát nước và kè chống sạt lở ở những đoạn bờ sông xung yếu; giai đoạn hai hoàn thiện mặt đường, hệ thống chiếu sáng và cây xanh."),
            ("readmore", "tai-dinh-cu"),
            ("p", "Phát biểu tại lễ khởi công, Chủ tịch UBND huyện Hưng Nguyên cho biết, công tác giải phóng mặt bằng đã cơ bản hoàn thành với sự đồng thuận cao của 326 hộ dân có đất bị thu hồi. Huyện yêu cầu nhà thầu bố trí đủ máy móc, nhân lực, bảo đảm chất lượng, an toàn lao động và vệ sinh môi trường trong quá trình thi công."),
            ("p", "Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian đi lại từ các xã ven sông đến trung tâm huyện, tạo quỹ đất phát triển dịch vụ, du lịch sinh thái dọc sông Lam và góp phần bảo vệ tính mạng, tài sản của người dân trong mùa mưa lũ."),
        ],
    ),
    dict(
        key="lua-xuan", id=30466, sec="kinh-te", pub="2024-05-04 10:20", mod="2024-05-04 10:20",
        slug="nong-dan-nam-dan-trung-vu-lua-xuan",
        title="Nông dân Nam Đàn trúng vụ lúa xuân",
        lead="Những ngày này, trên khắp các cánh đồng ở huyện Nam Đàn, nông dân tranh thủ nắng ráo thu hoạch lúa xuân. Năng suất bình quân ước đạt 68 tạ/ha, cao nhất trong nhiều năm trở lại đây.",
        head=None, joiner="", sign="Tin, ảnh: Hải Yến", authors=["Hải Yến"],
        meta_author="Hải Yến", ld_author=None,
        tags=["lúa xuân", "Nam Đàn", "nông nghiệp"],
        body=[
            ("p", "Vụ xuân năm nay, huyện Nam Đàn gieo cấy hơn 5.600ha lúa, chủ yếu là các giống ngắn ngày, chất lượng cao. Nhờ thời tiết thuận lợi, ít sâu bệnh, cùng với việc người dân áp dụng đồng bộ các biện pháp kỹ thuật nên lúa sinh trưởng tốt, hạt chắc, mẩy."),
            ("img", "thu-hoach-lua-xuan-nam-dan.jpg", "Nông dân xã Nam Trung thu hoạch lúa xuân bằng máy gặt đập liên hợp."),
            ("p", "Bà Nguyễn Thị Lan ở xóm 3, xã Nam Trung phấn khởi cho biết, gia đình cấy 6 sào lúa, năm nay mỗi sào thu được hơn 3 tạ thóc. “Có máy gặt về tận ruộng nên chỉ trong một buổi sáng là gặt xong, bà con đỡ vất vả hơn trước nhiều”, bà Lan nói."),
            ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, đến nay toàn huyện đã thu hoạch được khoảng 40% diện tích, dự kiến hoàn thành trước ngày 20/5. Giá lúa tươi tại ruộng dao động từ 7.000 - 7.500 đồng/kg, cao hơn cùng kỳ năm trước."),
            ("p", "Ngay sau khi thu hoạch, huyện chỉ đạo các xã hướng dẫn người dân xử lý rơm rạ bằng chế phẩm sinh học thay vì đốt đồng, làm đất, chuẩn bị giống và vật tư để gieo cấy vụ hè thu đúng khung thời vụ."),
        ],
    ),
    dict(
        key="cong-nhan", id=30521, sec="xa-hoi", pub="2024-05-06 16:05", mod="2024-05-07 09:12",
        slug="hon-2000-cong-nhan-duoc-kham-suc-khoe-mien-phi-dip-thang-cong-nhan",
        title="Hơn 2.000 công nhân được khám sức khỏe miễn phí dịp Tháng Công nhân",
        lead="Hưởng ứng Tháng Công nhân năm 2024, Liên đoàn Lao động tỉnh phối hợp với các bệnh viện tổ chức khám sức khỏe, tư vấn và cấp thuốc miễn phí cho hơn 2.000 công nhân tại các khu công nghiệp.",
        head=["Trần Hoài Thu", "Lê Đức"], joiner=" - ", sign=None, authors=["Trần Hoài Thu", "Lê Đức"],
        meta_author="Trần Hoài Thu, Lê Đức", ld_author=["Trần Hoài Thu", "Lê Đức"],
        tags=["công nhân", "Tháng Công nhân", "công đoàn"],
        body=[
            ("p", "Chương trình diễn ra trong hai ngày 5 và 6/5 tại Khu công nghiệp Bắc Vinh và Khu công nghiệp Nam Cấm. Các y, bác sĩ đã khám nội khoa, đo huyết áp, xét nghiệm đường huyết, siêu âm và tư vấn chăm sóc sức khỏe sinh sản cho nữ công nhân."),
            ("h2", "Quan tâm sức khỏe người lao động"),
            ("p", "Chị Hồ Thị Mai, công nhân một doanh nghiệp may mặc cho biết, do làm việc theo ca nên chị ít có thời gian đi khám định kỳ. “Được bác sĩ khám và tư vấn ngay tại công ty, chúng tôi rất yên tâm”, chị Mai chia sẻ."),
            ("timg", "kham-suc-khoe-cong-nhan-bac-vinh.jpg", "Bác sĩ khám sức khỏe cho công nhân Khu công nghiệp Bắc Vinh."),
            ("p", "Bên cạnh khám bệnh, Liên đoàn Lao động tỉnh còn trao 150 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng, và tổ chức tư vấn pháp luật về hợp đồng lao động, bảo hiểm xã hội."),
            ("p", "Theo kế hoạch, trong Tháng Công nhân, công đoàn các cấp trong tỉnh sẽ tổ chức đối thoại với người sử dụng lao động, thăm hỏi công nhân ở nhà trọ và trao tặng 50 “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở."),
        ],
    ),
    dict(
        key="lang-sen", id=30589, sec="van-hoa", pub="2024-05-08 21:10", mod="2024-05-09 07:40",
        slug="san-sang-cho-le-hoi-lang-sen-nam-2024",
        title="Sẵn sàng cho Lễ hội Làng Sen năm 2024",
        lead="Còn hơn 10 ngày nữa Lễ hội Làng Sen năm 2024 sẽ khai mạc. Các hạng mục chuẩn bị đang được khẩn trương hoàn tất để đón hàng chục nghìn du khách về quê Bác.",
        head=["Phan Quỳnh"], joiner="", sign=None, authors=["Phan Quỳnh"], email="phanquynh@baosonglam.vn",
        meta_author="Phan Quỳnh", ld_author=["Phan Quỳnh"],
        tags=["Lễ hội Làng Sen", "du lịch", "Nam Đàn"],
        body=[
            ("p", "Lễ hội năm nay diễn ra từ ngày 17 đến 20/5 với nhiều hoạt động như lễ dâng hoa, dâng hương tại Khu di tích Kim Liên, chương trình nghệ thuật, hội thi văn hóa ẩm thực, trưng bày sản phẩm OCOP và các trò chơi dân gian."),
            ("img", "chuan-bi-le-hoi-lang-sen.jpg", None),
            ("p", "Ban tổ chức đã bố trí thêm các bãi đỗ xe, điểm nước uống miễn phí, tuyến xe buýt trung chuyển từ trung tâm huyện đến khu di tích. Lực lượng đoàn viên, thanh niên được huy động làm tình nguyện viên hướng dẫn du khách."),
            ("p", "Các cơ sở lưu trú, nhà hàng trên địa bàn cam kết niêm yết giá công khai, không tăng giá dịch vụ trong những ngày diễn ra lễ hội. Huyện cũng thành lập các đoàn kiểm tra an toàn thực phẩm, trật tự đô thị tại các điểm đông người."),
            ("readmore", "vi-giam"),
            ("p", "Theo ban tổ chức, dự kiến trong những ngày diễn ra lễ hội, Khu di tích Kim Liên sẽ đón khoảng 50.000 lượt khách."),
        ],
    ),
    dict(
        key="danh-bac", id=30610, sec="phap-luat", pub="2024-05-09 13:35", mod="2024-05-09 13:35",
        slug="triet-pha-duong-day-danh-bac-qua-mang-tai-dien-chau",
        title="Triệt phá đường dây đánh bạc qua mạng tại Diễn Châu",
        lead="Công an huyện Diễn Châu vừa triệt phá đường dây đánh bạc dưới hình thức cá độ bóng đá qua mạng với số tiền giao dịch hơn 15 tỷ đồng, tạm giữ 6 đối tượng.",
        head=None, joiner="", sign="Minh Khôi và Thanh Tâm", authors=["Minh Khôi", "Thanh Tâm"],
        meta_author=PAPER, ld_author=None,
        tags=["đánh bạc", "cá độ bóng đá", "Diễn Châu"],
        body=[
            ("p", "Qua công tác nắm tình hình, Công an huyện Diễn Châu phát hiện một nhóm đối tượng sử dụng các trang mạng cá độ bóng đá có máy chủ đặt ở nước ngoài để tổ chức cho nhiều người tham gia đánh bạc, thanh toán qua tài khoản ngân hàng."),
            ("p", "Ngày 8/5, lực lượng chức năng đồng loạt kiểm tra nơi ở của các đối tượng tại các xã Diễn Kỷ, Diễn Thành và thị trấn Diễn Châu, thu giữ 8 điện thoại di động, 2 máy tính xách tay cùng nhiều tài liệu liên quan."),
            ("p", "Bước đầu các đối tượng khai nhận, từ tháng 1/2024 đến khi bị bắt, nhóm này đã cấp hơn 200 tài khoản cá độ cho người chơi, hưởng chênh lệch từ mỗi lượt đặt cược. Vụ việc đang được tiếp tục điều tra, mở rộng."),
            ("p", "Công an huyện khuyến cáo người dân không tham gia cá độ bóng đá dưới mọi hình thức, nhất là trong dịp diễn ra các giải bóng đá lớn sắp tới; phát hiện hành vi vi phạm kịp thời thông báo cho cơ quan công an gần nhất."),
        ],
    ),
    dict(
        key="cam-vinh", id=30655, sec="kinh-te", pub="2024-05-11 08:55", mod="2024-05-11 09:30",
        slug="nha-vuon-cam-vinh-tap-trung-cham-soc-cay-sau-dau-qua",
        title="Nhà vườn cam Vinh tập trung chăm sóc cây sau đậu quả",
        lead="Sau đợt đậu quả, các nhà vườn trồng cam ở huyện Nghi Lộc và Quỳ Hợp đang tập trung tỉa quả, bón phân, phòng trừ sâu bệnh để hướng tới vụ thu hoạch cuối năm.",
        head=["Hải Yến"], joiner="", sign="Tin, ảnh: Hải Yến", authors=["Hải Yến"],
        meta_author="Hải Yến", ld_author=["Hải Yến"],
        tags=["cam Vinh", "cây ăn quả"],
        body=[
            ("p", "Toàn tỉnh hiện có hơn 3.500ha cam, trong đó khoảng 2.600ha đang cho thu hoạch. Năm nay cây ra hoa muộn hơn mọi năm do rét kéo dài, nhưng tỷ lệ đậu quả khá cao."),
            ("p", "Anh Hoàng Văn Quý ở xã Nghi Công Bắc, huyện Nghi Lộc có 2ha cam cho biết, giai đoạn này nhà vườn phải tỉa bớt quả nhỏ, quả sâu để cây tập trung nuôi quả to, đều. “Năm ngoái cam được giá nên bà con đầu tư chăm sóc kỹ hơn, dùng nhiều phân hữu cơ thay cho phân hóa học”, anh Quý nói."),
            ("img", "cham-soc-cam-nghi-loc.jpg", "Anh Hoàng Văn Quý tỉa quả trong vườn cam của gia đình."),
            ("h2", "Hướng tới sản xuất an toàn"),
            ("p", "Ngành nông nghiệp khuyến cáo người trồng cam theo dõi chặt chẽ sâu vẽ bùa, nhện đỏ, bệnh chảy gôm; sử dụng thuốc bảo vệ thực vật đúng liều lượng, bảo đảm thời gian cách ly. Hiện đã có hơn 400ha cam được cấp chứng nhận VietGAP, sản phẩm vào được các chuỗi siêu thị lớn."),
        ],
    ),
    dict(
        key="ban-tru", id=30702, sec="xa-hoi", pub="2024-05-13 17:40", mod="2024-05-13 18:05",
        slug="hoc-sinh-ban-tru-o-ky-son-co-nha-an-moi",
        title="Học sinh bán trú ở Kỳ Sơn có nhà ăn mới",
        lead="Nhà ăn bán trú rộng 200m² của Trường Tiểu học Mường Lống 1 (huyện Kỳ Sơn) vừa được khánh thành, giúp hơn 300 học sinh người Mông có chỗ ăn sạch sẽ, ấm áp.",
        head=None, joiner="", sign="Bài, ảnh: Lê Đức", authors=["Lê Đức"],
        meta_author="Lê Đức", ld_author=["Lê Đức"],
        tags=[],
        body=[
            ("p", "Công trình có tổng kinh phí 1,2 tỷ đồng do một doanh nghiệp và các nhà hảo tâm tài trợ, được xây dựng trong 4 tháng. Nhà ăn có bếp nấu một chiều, kho chứa thực phẩm và khu rửa tay cho học sinh."),
            ("p", "Trước đây, học sinh của trường phải ăn trong phòng học tạm được che chắn bằng ván gỗ, mùa đông gió lùa rất lạnh. Thầy Vi Văn Hậu, Hiệu trưởng nhà trường cho biết, có nhà ăn mới, các em đến lớp đều đặn hơn, phụ huynh cũng yên tâm gửi con ở lại trường."),
            ("img", "nha-an-ban-tru-muong-long.jpg", "Bữa trưa đầu tiên của học sinh tại nhà ăn mới."),
            ("p", "Huyện Kỳ Sơn hiện có hơn 9.000 học sinh bán trú. Nhiều trường vẫn còn thiếu phòng ở, nhà ăn, công trình vệ sinh. Huyện đang kêu gọi các tổ chức, cá nhân tiếp tục chung tay hỗ trợ để các em có điều kiện học tập tốt hơn."),
        ],
    ),
    dict(
        key="tai-dinh-cu", id=30748, sec="thoi-su", pub="2024-05-15 11:15", mod="2024-05-15 15:20",
        slug="giam-sat-cong-tac-tai-dinh-cu-thuy-dien-tai-tuong-duong",
        title="Giám sát công tác tái định cư thủy điện tại Tương Dương",
        lead="Ngày 15/5, đoàn giám sát của Ban Dân tộc HĐND tỉnh làm việc với UBND huyện Tương Dương về việc thực hiện chính sách tái định cư cho người dân vùng dự án thủy điện.",
        head=["Nguyễn Văn Hùng"], joiner="", sign=None, authors=["Nguyễn Văn Hùng"],
        meta_author="Nguyễn Văn Hùng", ld_author=["Nguyễn Văn Hùng - Báo Sông Lam"],
        tags=["HĐND tỉnh", "tái định cư", "Tương Dương"],
        body=[
            ("p", "Theo báo cáo, trên địa bàn huyện Tương Dương có 4 khu tái định cư với hơn 2.300 hộ dân. Đến nay, phần lớn các hộ đã ổn định chỗ ở, được hỗ trợ đất sản xuất, tham gia các mô hình trồng keo, nuôi bò, trồng cây dược liệu."),
            ("p", "Tuy nhiên, tại một số bản, quỹ đất sản xuất còn thiếu và chất lượng đất kém; hệ thống nước sinh hoạt xuống cấp, chưa đáp ứng nhu cầu của người dân vào mùa khô. Một số công trình hạ tầng được bàn giao cho địa phương quản lý nhưng chưa có kinh phí duy tu, bảo dưỡng."),
            ("img", "giam-sat-tai-dinh-cu-tuong-duong.jpg", "Đoàn giám sát làm việc với UBND huyện Tương Dương."),
            ("p", "Kết luận buổi làm việc, trưởng đoàn giám sát đề nghị huyện rà soát lại quỹ đất, đề xuất phương án hỗ trợ chuyển đổi nghề cho người dân; đồng thời kiến nghị các chủ đầu tư thủy điện tiếp tục có trách nhiệm sửa chữa các công trình hạ tầng đã xuống cấp."),
        ],
    ),
    dict(
        key="vi-giam", id=30777, sec="van-hoa", pub="2024-05-16 19:30", mod="2024-05-16 19:30",
        slug="clb-dan-ca-vi-giam-thanh-chuong-giu-lua-lan-dieu-que-huong",
        title="CLB dân ca ví, giặm Thanh Chương giữ lửa làn điệu quê hương",
        lead="Hơn 10 năm qua, những thành viên Câu lạc bộ dân ca ví, giặm xã Thanh Lương (huyện Thanh Chương) vẫn đều đặn gặp nhau mỗi tối thứ Bảy để tập hát, truyền dạy cho lớp trẻ.",
        head=["Thanh Tâm"], joiner="", sign=None, authors=["Thanh Tâm"], no_jsonld=True,
        meta_author="Thanh Tâm", ld_author=None,
        tags=["dân ca ví giặm", "Thanh Chương", "di sản"],
        body=[
            ("p", "Câu lạc bộ hiện có 35 thành viên, người lớn tuổi nhất đã ngoài 80, nhỏ nhất mới học lớp 6. Không có sân khấu, không có nhạc cụ hiện đại, những buổi sinh hoạt diễn ra ngay ở nhà văn hóa xóm, với tiếng vỗ tay giữ nhịp và những làn điệu ví đò đưa, giặm kể, ví phường vải."),
            ("p", "Bà Nguyễn Thị Hòa, Chủ nhiệm câu lạc bộ chia sẻ: “Ví, giặm là hồn cốt của quê mình. Chúng tôi chỉ mong các cháu thuộc được vài câu hát của ông bà, để sau này đi đâu cũng nhớ về quê”."),
            ("img", "clb-vi-giam-thanh-luong.jpg", "Một buổi sinh hoạt của Câu lạc bộ dân ca ví, giặm xã Thanh Lương."),
            ("p", "Câu lạc bộ đã nhiều lần đạt giải cao tại các liên hoan dân ca cấp huyện, cấp tỉnh và thường xuyên biểu diễn phục vụ các đoàn du khách về thăm quê hương. Năm nay, câu lạc bộ được mời tham gia chương trình nghệ thuật của Lễ hội Làng Sen."),
        ],
    ),
]
BY_KEY = {a["key"]: a for a in ARTICLES}
NEWEST = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)
FEED_KEYS = [a["key"] for a in NEWEST[:6]]
HOME_KEYS = [a["key"] for a in NEWEST[:7]]
SITEMAP_KEYS = [a["key"] for a in ARTICLES if a["pub"] < "2024-05-14"]  # the post sitemap lags
NEWS_KEYS = [a["key"] for a in NEWEST[:3]]
DEAD = ["/sitemap.xml", "/feed", "/feed/", "/rss", "/rss.xml"]


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
    """This paper's visible date: 'Thứ Năm, 16/5/2024 - 19:30'."""
    d = dt(s)
    return f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year} - {d:%H:%M}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def slugify(t: str) -> str:
    table = str.maketrans("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return re.sub(r"[^a-z0-9]+", "-", t.lower().translate(table)).strip("-")


def url_of(a: dict) -> str:
    return f"{SITE}/{a['sec']}/{a['slug']}-{a['id']}.html"


def author_url(name: str) -> str:
    return f"{SITE}/tac-gia/{slugify(name)}-{AUTHORS[name]}.html"


def tag_url(t: str) -> str:
    return f"{SITE}/tag/{slugify(t)}-{200 + len(slugify(t))}.html"


def topic_url(slug_id: str) -> str:
    return f"{SITE}/chu-de/{slug_id}.html"


def images(a: dict) -> list[tuple[str, str | None]]:
    return [(IMG + b[1], b[2]) for b in a["body"] if b[0] in ("img", "timg")]


def thumb(a: dict) -> str:
    imgs = images(a)
    return imgs[0][0] if imgs else SITE + "/static/img/og-default.png"


def header_html() -> str:
    d = SAVED
    nav = "".join(f'<li class="menu-item"><a href="/{s}/">{esc(n)}</a></li>' for s, n in SECTIONS)
    return f"""<div class="topbar"><div class="wrap"><span class="topbar__date">{WEEKDAYS[d.weekday()]}, ngày {d.day}/{d.month}/{d.year}</span>
<span class="topbar__weather">Vinh 31°C</span> <a href="/tin-moi.html">Tin mới</a> <a href="/lien-he.html">Liên hệ</a></div></div>
<header class="masthead"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo-baosonglam.png" alt="{PAPER}"></a>
<form class="search" action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm..."></form></div>
<nav class="primary-nav"><ul><li class="menu-item home"><a href="/">Trang chủ</a></li>{nav}<li class="menu-item"><a href="/video/">Video</a></li></ul></nav></header>"""


def footer_html() -> str:
    return f"""<footer class="site-footer"><div class="wrap">
<p class="footer__name">BÁO SÔNG LAM - CƠ QUAN CỦA TỈNH ỦY, TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN</p>
<p>Tổng Biên tập: Hồ Sỹ Long. Giấy phép số 123/GP-BTTTT cấp ngày 12/3/2021.</p>
<p>Tòa soạn: 15 đường Lê Mao, TP. Vinh. Điện thoại: 0238 3844 555. Email: toasoan@baosonglam.vn</p>
<p>© 2024 Báo Sông Lam. Không sao chép khi chưa có sự đồng ý bằng văn bản.</p>
<ul class="footer__social"><li><a href="https://www.facebook.com/baosonglam">Facebook</a></li><li><a href="https://www.youtube.com/@baosonglam">YouTube</a></li><li><a href="https://zalo.me/baosonglam">Zalo</a></li></ul>
</div></footer>
<script src="/static/js/app.min.js?v=20240501"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-SONGLAM01');</script>"""


def sidebar_html(current: dict | None) -> str:
    latest = "".join(
        f'<li><time>{dt(a["pub"]):%H:%M - %d/%m}</time> <a href="{url_of(a)}">{esc(a["title"])}</a></li>'
        for a in NEWEST[:6] if a is not current)
    topics = "".join(f'<li><a href="{topic_url(s)}">#{esc(t)}</a></li>' for s, t, _k in TOPICS)
    return f"""<aside class="sidebar">
<div class="widget widget--latest"><h3 class="widget__title">Tin mới</h3><ul>{latest}</ul></div>
<div class="widget widget--topics"><h3 class="widget__title">Chủ đề nóng</h3><ul>{topics}</ul></div>
<div class="widget widget--ads"><a href="https://dulichsonglam.vn"><img src="/static/ads/du-lich-song-lam-300x250.jpg" alt="Quảng cáo"></a></div>
</aside>"""


def body_html(a: dict) -> str:
    out = [f'<p class="story__lead-in"><strong>{esc(a["lead"])}</strong></p>']
    for b in a["body"]:
        if b[0] == "p":
            out.append(f"<p>{b[1]}</p>")
        elif b[0] == "h2":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "img":
            cap = f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else ""
            out.append(f'<figure class="wp-block-image"><img src="{IMG}{b[1]}" alt="{esc(b[2] or a["title"])}" width="760">{cap}</figure>')
        elif b[0] == "timg":
            out.append(f'<table class="pic"><tbody><tr><td><img src="{IMG}{b[1]}" alt=""></td></tr>'
                       f'<tr><td class="pic__caption"><em>{esc(b[2])}</em></td></tr></tbody></table>')
        elif b[0] == "readmore":
            r = BY_KEY[b[1]]
            out.append(f'<div class="inline-readmore"><span>Đọc thêm:</span> <a href="{url_of(r)}">{esc(r["title"])}</a> '
                       f'<small>({dt(r["pub"]):%d/%m/%Y})</small></div>')
    if a["sign"]:
        out.append(f'<p style="text-align: right;"><strong>{esc(a["sign"])}</strong></p>')
    out.append(f'<p class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgKMJbTsQswq-3IAw?hl=vi" '
               f'target="_blank" rel="nofollow">Theo dõi {PAPER} trên Google News</a></p>')
    return "\n".join(out)


def byline_html(a: dict) -> str:
    if not a["head"]:
        return ""
    names = a["joiner"].join(f'<a class="story__author" href="{author_url(n)}">{esc(n)}</a>' for n in a["head"])
    mail = f' <a class="story__mail" href="mailto:{a["email"]}">({a["email"]})</a>' if a.get("email") else ""
    return f'<div class="story__byline">{names}{mail}</div>'


def jsonld(a: dict) -> str:
    if a.get("no_jsonld"):
        return ""
    author = ([{"@type": "Person", "name": n} for n in a["ld_author"]] if a["ld_author"]
              else {"@type": "Organization", "name": PAPER, "url": SITE})
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a["lead"], "url": url_of(a), "mainEntityOfPage": url_of(a),
            "image": [thumb(a)], "datePublished": iso(a["pub"]), "dateModified": iso(a["mod"]),
            "author": author, "publisher": {"@type": "NewsMediaOrganization", "name": PAPER,
                                            "logo": {"@type": "ImageObject", "url": SITE + "/static/img/logo-baosonglam.png"}},
            "articleSection": SECTION_NAME[a["sec"]], "inLanguage": "vi-VN"}
    site = {"@context": "https://schema.org", "@type": "WebSite", "name": PAPER, "url": SITE + "/",
            "potentialAction": {"@type": "SearchAction", "target": SITE + "/tim-kiem.html?q={q}", "query-input": "required name=q"}}
    return (f'<script type="application/ld+json">{json.dumps(site, ensure_ascii=False)}</script>\n'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')


def comments_html(a: dict) -> str:
    day = dt(a["pub"]) + timedelta(hours=5)
    return f"""<section class="comments" id="binh-luan"><h3>Bình luận (2)</h3>
<div class="comment"><span class="comment__name">Nguyễn Hữu Tình</span> <span class="comment__time">{day:%H:%M %d/%m/%Y}</span><p class="comment__text">Thông tin rất bổ ích, mong báo tiếp tục theo dõi.</p><a class="comment__like" href="#">Thích</a> <a href="#">Trả lời</a></div>
<div class="comment"><span class="comment__name">Lê Thị Hương</span> <span class="comment__time">{day + timedelta(hours=2):%H:%M %d/%m/%Y}</span><p class="comment__text">Quê tôi đây, tự hào lắm!</p><a class="comment__like" href="#">Thích</a> <a href="#">Trả lời</a></div>
<form class="comment-form"><textarea name="content" placeholder="Viết bình luận của bạn..."></textarea><input name="name" placeholder="Họ và tên"><input name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form>
<p class="comment-note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p></section>
<div class="fb-comments" data-href="{url_of(a)}" data-width="100%" data-numposts="5"></div>"""


def article_page(a: dict) -> str:
    url = url_of(a)
    sec = SECTION_NAME[a["sec"]]
    metas = [
        f'<meta name="description" content="{esc(a["lead"])}">',
        f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}">' if a["tags"] else "",
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:locale" content="vi_VN"><meta property="og:site_name" content="{PAPER}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["lead"])}">',
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{thumb(a)}">',
        f'<meta property="article:published_time" content="{iso(a["pub"])}">',
        f'<meta property="article:modified_time" content="{iso(a["mod"])}">',
        f'<meta property="article:section" content="{esc(sec)}">',
        f'<meta property="article:author" content="{esc(a["meta_author"])}">',
        '<meta property="article:publisher" content="https://www.facebook.com/baosonglam">',
        f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{esc(a["title"])}">',
    ] + [f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"]]
    tags = ""
    if a["tags"]:
        tags = '<div class="story__tags"><span class="label">Tags:</span> ' + "".join(
            f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>"
    same = [x for x in NEWEST if x["sec"] == a["sec"] and x is not a] + [x for x in NEWEST if x["sec"] != a["sec"]][:3]
    same_html = "".join(f'<li><a href="{url_of(x)}"><img src="{thumb(x)}" alt=""></a><h4><a href="{url_of(x)}">{esc(x["title"])}</a></h4>'
                        f'<span class="date">{dt(x["pub"]):%d/%m/%Y %H:%M}</span><p>{esc(x["lead"][:120])}...</p></li>' for x in same[:4])
    maybe = [x for x in NEWEST if x is not a][4:7]
    maybe_html = "".join(f'<li><a href="{url_of(x)}">{esc(x["title"])}</a></li>' for x in maybe)
    share = (f'<div class="share"><a class="share__fb" href="https://www.facebook.com/sharer.php?u={url}">Chia sẻ</a>'
             f'<a class="share__zalo" href="https://sp.zalo.me/share_inline?u={url}">Zalo</a>'
             f'<a class="share__copy" href="#" data-url="{url}">Sao chép link</a><a class="share__print" href="#">In</a></div>')
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} - {PAPER}</title>
{chr(10).join(m for m in metas if m)}
<link rel="alternate" type="application/rss+xml" title="{PAPER} - Tin mới nhất" href="{SITE}/rss/tin-moi-nhat.rss">
<link rel="stylesheet" href="/static/css/style.min.css?v=20240501">
{jsonld(a)}
</head>
<body class="single single-post postid-{a["id"]}">
{header_html()}
<div class="wrap main">
<div class="content-area">
<ol class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/{a["sec"]}/">{esc(sec)}</a></li></ol>
<article class="story">
<h1 class="story__title">{esc(a["title"])}</h1>
<div class="story__meta">{byline_html(a)}<time class="story__date" datetime="{iso(a["pub"])}">{printed(a["pub"])}</time>
<span class="story__views">{a["id"] % 1000 + 150} lượt xem</span></div>
{share}
<div class="story__content">
{body_html(a)}
</div>
{tags}
{share}
</article>
{comments_html(a)}
<section class="related related--same"><h3 class="related__title">Tin cùng chuyên mục</h3><ul>{same_html}</ul></section>
<section class="related related--maybe"><h3 class="related__title">Có thể bạn quan tâm</h3><ul>{maybe_html}</ul></section>
</div>
{sidebar_html(a)}
</div>
{footer_html()}
</body>
</html>
"""


def teaser(a: dict) -> str:
    return (f'<article class="card"><a class="card__thumb" href="{url_of(a)}"><img src="{thumb(a)}" alt="{esc(a["title"])}"></a>'
            f'<h3 class="card__title"><a href="{url_of(a)}">{esc(a["title"])}</a></h3>'
            f'<span class="card__date">{printed(a["pub"])}</span><p class="card__sapo">{esc(a["lead"])}</p></article>')


def listing_page(title: str, canonical: str, items: list[dict], intro: str = "", og_type: str = "website",
                 h1_class: str = "listing__title") -> str:
    body = "".join(teaser(a) for a in items)
    intro_html = f'<div class="listing__intro"><p>{esc(intro)}</p></div>' if intro else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {PAPER}</title>
<meta name="description" content="{esc(intro or title)}">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{canonical}">
<link rel="alternate" type="application/rss+xml" title="{PAPER} - Tin mới nhất" href="{SITE}/rss/tin-moi-nhat.rss">
<link rel="stylesheet" href="/static/css/style.min.css?v=20240501">
</head>
<body class="archive">
{header_html()}
<div class="wrap main"><div class="content-area">
<ol class="crumbs"><li><a href="/">Trang chủ</a></li><li>{esc(title)}</li></ol>
<h1 class="{h1_class}">{esc(title)}</h1>
{intro_html}
<div class="listing">{body}</div>
<div class="pagination"><span class="current">1</span></div>
</div>
{sidebar_html(None)}
</div>
{footer_html()}
</body></html>
"""


def home_page() -> str:
    items = [BY_KEY[k] for k in HOME_KEYS]
    top, rest = items[0], items[1:]
    rest_html = "".join(teaser(a) for a in rest)
    topics = "".join(f'<a class="topic-chip" href="{topic_url(s)}">{esc(t)}</a>' for s, t, _k in TOPICS)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{PAPER} - Tin tức mới nhất</title>
<meta name="description" content="{PAPER} điện tử: tin tức thời sự, kinh tế, xã hội, văn hóa trong tỉnh, cập nhật liên tục.">
<link rel="canonical" href="{SITE}/">
<meta property="og:type" content="website"><meta property="og:title" content="{PAPER}"><meta property="og:url" content="{SITE}/">
<link rel="alternate" type="application/rss+xml" title="{PAPER} - Tin mới nhất" href="{SITE}/rss/tin-moi-nhat.rss">
<link rel="stylesheet" href="/static/css/style.min.css?v=20240501">
</head>
<body class="home">
{header_html()}
<div class="wrap main"><div class="content-area">
<div class="topic-bar"><span>Chủ đề:</span> {topics}</div>
<section class="featured">{teaser(top)}</section>
<section class="home-latest"><h2 class="box-title"><a href="/tin-moi.html">Tin mới nhất</a></h2>{rest_html}</section>
<p class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgKMJbTsQswq-3IAw?hl=vi">Theo dõi {PAPER} trên Google News</a></p>
</div>
{sidebar_html(None)}
</div>
{footer_html()}
</body></html>
"""


def feed() -> str:
    items = "".join(f"""
  <item>
    <title>{esc(a["title"])}</title>
    <link>{url_of(a)}</link>
    <guid isPermaLink="true">{url_of(a)}</guid>
    <description><![CDATA[<a href="{url_of(a)}"><img src="{thumb(a)}" width="180"></a>{a["lead"]}]]></description>
    <category>{SECTION_NAME[a["sec"]]}</category>
    <pubDate>{rfc822(a["pub"])}</pubDate>
  </item>""" for a in (BY_KEY[k] for k in FEED_KEYS))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{PAPER} - Tin mới nhất</title>
  <link>{SITE}/</link>
  <atom:link href="{SITE}/rss/tin-moi-nhat.rss" rel="self" type="application/rss+xml"/>
  <description>Tin tức mới nhất của {PAPER}</description>
  <language>vi</language>
  <lastBuildDate>{rfc822(NEWEST[0]["mod"])}</lastBuildDate>{items}
</channel>
</rss>
"""


def urlset(entries: list[tuple[str, str]]) -> str:
    rows = "".join(f"\n  <url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</urlset>\n'


def news_sitemap() -> str:
    rows = "".join(f"""
  <url>
    <loc>{url_of(a)}</loc>
    <news:news>
      <news:publication><news:name>{PAPER}</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>{iso(a["pub"])}</news:publication_date>
      <news:title>{esc(a["title"])}</news:title>
    </news:news>
  </url>""" for a in (BY_KEY[k] for k in NEWS_KEYS))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{rows}\n</urlset>\n')


def expected_of(a: dict) -> dict:
    blocks = [a["lead"]] + [plain(b[1]) for b in a["body"] if b[0] in ("p", "h2")]
    return {"url": url_of(a), "title": a["title"], "lead": a["lead"], "text": "\n\n".join(blocks),
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


def local(url: str) -> str:
    return HOST + url.removeprefix(SITE)


def build() -> None:
    shutil.rmtree(os.path.join(HERE, HOST), ignore_errors=True)
    h = HOST + "/"
    write(h + "robots.txt", f"""User-agent: *
Disallow: /tim-kiem.html
Disallow: /admin/
Disallow: /*?print=1

Sitemap: {SITE}/sitemap_index.xml
Sitemap: {SITE}/sitemap-news.xml
""")
    write(h + "index.html", home_page())
    write(h + "rss/tin-moi-nhat.rss", feed())
    write(h + "sitemap-news.xml", news_sitemap())
    post = [BY_KEY[k] for k in SITEMAP_KEYS]
    april = [a for a in post if a["pub"] < "2024-05-05"]
    may = [a for a in post if a["pub"] >= "2024-05-05"]
    write(h + "sitemaps/post-1.xml", urlset([(url_of(a), iso(a["mod"])) for a in may]))
    write(h + "sitemaps/post-2.xml", urlset([(url_of(a), iso(a["mod"])) for a in april]))
    write(h + "sitemaps/topic.xml", urlset([(topic_url(s), "2024-05-16T20:00:00+07:00") for s, _t, _k in TOPICS]
                                          + [(tag_url(t), "2024-05-16T20:00:00+07:00") for t in ("du lịch", "Nam Đàn")]))
    write(h + "sitemaps/category.xml", urlset([(f"{SITE}/{s}/", "2024-05-16T20:00:00+07:00") for s, _n in SECTIONS]))
    index = "".join(f"\n  <sitemap><loc>{SITE}/sitemaps/{n}.xml</loc><lastmod>2024-05-13T18:05:00+07:00</lastmod></sitemap>"
                    for n in ("post-1", "post-2", "topic", "category"))
    write(h + "sitemap_index.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}\n</sitemapindex>\n')
    for a in ARTICLES:
        write(local(url_of(a)), article_page(a))
    for s, n in SECTIONS:
        write(f"{h}{s}/index.html", listing_page(n, f"{SITE}/{s}/", [a for a in NEWEST if a["sec"] == s]))
    write(h + "tin-moi.html", listing_page("Tin mới", SITE + "/tin-moi.html", NEWEST))
    write(h + "video/index.html", listing_page("Video", SITE + "/video/", []))
    write(h + "lien-he.html", listing_page("Liên hệ", SITE + "/lien-he.html", [],
                                           "Tòa soạn Báo Sông Lam: 15 đường Lê Mao, TP. Vinh. Điện thoại: 0238 3844 555."))
    # Topic pages: URLs like articles; the first one even says og:type=article, as some CMSs do.
    for i, (s, t, keys) in enumerate(TOPICS):
        intro = ("Tổng hợp tin bài về " + t.lower() + ": các hoạt động, sự kiện và ý kiến của người dân, "
                 "được Báo Sông Lam cập nhật liên tục.")
        write(local(topic_url(s)), listing_page(t, topic_url(s), [BY_KEY[k] for k in keys], intro,
                                                og_type="article" if i == 0 else "website", h1_class="topic__title"))
    for t in sorted({t for a in ARTICLES for t in a["tags"]}):
        write(local(tag_url(t)), listing_page(f"Tag: {t}", tag_url(t), [a for a in NEWEST if t in a["tags"]]))
    for name in AUTHORS:
        mine = [a for a in NEWEST if name in a["authors"]]
        write(local(author_url(name)), listing_page(f"Tác giả {name}", author_url(name), mine,
                                                    f"Phóng viên {PAPER}. Các bài viết của {name}.", og_type="profile"))
    ordered = sorted(ARTICLES, key=lambda a: a["pub"])
    write_json("expected.json", [expected_of(a) for a in ordered])
    write_json("fixture.json", {
        "expected": "expected.json",
        "add": SITE + "/", "name": "baosonglam", "title": PAPER,
        "hosts": [HOST],
        "articles": len(ARTICLES),
        "not_articles": [SITE + "/", f"{SITE}/tin-moi.html", f"{SITE}/xa-hoi/"]
        + [topic_url(s) for s, _t, _k in TOPICS] + [tag_url("du lịch"), tag_url("Nam Đàn")]
        + [author_url("Nguyễn Văn Hùng"), author_url("Hải Yến")],
        "dead_entry_points": [SITE + p for p in DEAD],
        "discovery": {
            "not_in_feed_or_home": [url_of(BY_KEY[k]) for k in SITEMAP_KEYS if k not in FEED_KEYS + HOME_KEYS],
            "feed": SITE + "/rss/tin-moi-nhat.rss",
            "news_sitemap": SITE + "/sitemap-news.xml",
            "not_in_post_sitemaps": [url_of(a) for a in ARTICLES if a["key"] not in SITEMAP_KEYS],
        },
    })


if __name__ == "__main__":
    build()
