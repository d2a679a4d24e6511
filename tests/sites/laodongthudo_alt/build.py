#!/usr/bin/env python3
"""Render a second, independent rendering of Lao Động Thủ Đô (MasterCMS), see README.md.

Usage:  python tests/sites/laodongthudo_alt/build.py

Stdlib only, deterministic and idempotent: deletes and rewrites ``laodongthudo.vn/``,
``expected.json`` and ``fixture.json`` next to this script. Kept from the real site
([C] in /work/shared/sites/README.md): URLs ``/{slug}-{id}.html`` with ids growing
with the date, the ``(LĐTĐ)`` sapo prefix, the MasterCMS engine's content and image
markers. Rendered differently on purpose: the theme's class names for sapo, date,
byline, tags and breadcrumb, the related boxes, and which guessed entry points
exist (only ``/rss_feed/`` and five sections answer; per-section feeds, the
sitemaps and the other guessed sections answer 404). All text is invented.
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
HOST = "laodongthudo.vn"
SITE = "https://" + HOST
PAPER = "Lao Động Thủ Đô"
TZ = timezone(timedelta(hours=7))
SAVED = datetime(2024, 6, 17, 9, 0)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

SECTIONS = [("thoi-su", "Thời sự"), ("cong-doan", "Công đoàn"), ("kinh-te", "Kinh tế"),
            ("van-hoa", "Văn hóa"), ("xa-hoi", "Xã hội")]
SECTION_NAME = dict(SECTIONS)
# What the project's README lists as guessed [S]/[G] entry points, and that this
# rendering does not have: each answers 404.
GUESSED_SECTIONS = ["thu-do-van-hien", "lao-dong", "dan-sinh", "bat-dong-san", "phap-luat", "quoc-te",
                    "bon-phuong", "giao-duc", "y-te", "the-thao", "xe-cong-nghe", "cong-dong",
                    "nhip-cau-doanh-nghiep", "lao-dong/viec-lam"]
DEAD = (["/sitemap.xml", "/sitemaparticles-site-1.xml", "/sitemap_site_1.xml"]
        + [f"/rss_feed/{s}" for s, _n in SECTIONS] + [f"/rss_feed/{s}" for s in GUESSED_SECTIONS]
        + [f"/{s}" for s in GUESSED_SECTIONS])

# Body blocks: ("p", html) | ("div", html) a bare-text MasterCMS element | ("h3", text)
#   | ("tbl", file, caption|None) image in the editor's table | ("fig", file, caption) figure
#   | ("rel", [keys]) inline "Đọc thêm" box with dated items
# foot: byline printed in div.article-foot__author after the content (or None)
# sign: right-aligned signature as the content's last paragraph (or None)
ARTICLES = [
    dict(key="camera", id=186104, sec="thoi-su", pub="2024-06-03 08:15", mod="2024-06-03 08:15",
         slug="ha-noi-lap-dat-them-500-camera-giam-sat-giao-thong-trong-nam-2024",
         title="Hà Nội lắp đặt thêm 500 camera giám sát giao thông trong năm 2024",
         sapo="(LĐTĐ) Sở Giao thông vận tải Hà Nội cho biết, trong năm 2024 thành phố sẽ lắp đặt thêm 500 camera giám sát giao thông tại các nút giao trọng điểm, phục vụ điều hành và xử phạt vi phạm qua hình ảnh.",
         foot="Hoài Nam", sign=None, authors=["Hoài Nam"], tags=["camera giao thông", "xử phạt nguội"],
         body=[
             ("p", "Theo kế hoạch, các camera mới sẽ được ưu tiên lắp đặt trên các tuyến vành đai, trục hướng tâm và khu vực thường xuyên ùn tắc như Nguyễn Trãi, Giải Phóng, Phạm Văn Đồng. Toàn bộ hình ảnh được truyền về Trung tâm điều khiển giao thông thành phố."),
             ("tbl", "camera-giam-sat-giao-thong-20240603081005.jpg", "Camera giám sát tại nút giao Ngã Tư Sở."),
             ("p", "Hiện Hà Nội đã có khoảng 1.000 camera giám sát giao thông. Từ đầu năm đến nay, qua hình ảnh ghi được, lực lượng chức năng đã gửi thông báo vi phạm tới hơn 30.000 chủ phương tiện, chủ yếu là lỗi vượt đèn đỏ, đi sai làn đường."),
             ("p", "Sở Giao thông vận tải cũng đang phối hợp với Công an thành phố xây dựng cơ sở dữ liệu dùng chung, hướng tới việc tự động nhận diện biển số và gửi thông báo vi phạm qua ứng dụng định danh điện tử."),
         ]),
    dict(key="hoc-bong", id=186152, sec="cong-doan", pub="2024-06-04 14:30", mod="2024-06-04 15:02",
         slug="cong-doan-nganh-giao-duc-ha-noi-trao-120-suat-hoc-bong-cho-con-doan-vien",
         title="Công đoàn ngành Giáo dục Hà Nội trao 120 suất học bổng cho con đoàn viên",
         sapo="(LĐTĐ) Chiều 4/6, Công đoàn ngành Giáo dục Hà Nội tổ chức trao 120 suất học bổng cho con đoàn viên có hoàn cảnh khó khăn, vượt khó học giỏi, với tổng trị giá 240 triệu đồng.",
         foot=None, sign="Tin, ảnh: Bảo Linh", authors=["Bảo Linh"], tags=["học bổng", "Công đoàn ngành Giáo dục"],
         body=[
             ("p", "Mỗi suất học bổng trị giá 2 triệu đồng, được trao cho các em học sinh có thành tích học tập tốt trong năm học 2023 - 2024, là con của đoàn viên công đoàn tại các trường học trên địa bàn thành phố."),
             ("p", "Phát biểu tại buổi lễ, Chủ tịch Công đoàn ngành Giáo dục Hà Nội cho biết, quỹ học bổng được hình thành từ sự đóng góp của các công đoàn cơ sở và nhà hảo tâm. Đây là hoạt động thường niên nhằm động viên các em tiếp tục cố gắng vươn lên trong học tập."),
             ("fig", "trao-hoc-bong-cong-doan-giao-duc-20240604143011.jpg", "Đại diện Công đoàn ngành Giáo dục trao học bổng cho các em học sinh."),
             ("p", "Em Nguyễn Minh Khang, học sinh lớp 8 Trường THCS Thanh Xuân Nam, có mẹ là giáo viên mầm non bị bệnh hiểm nghèo, xúc động chia sẻ sẽ dùng số tiền học bổng để mua sách vở chuẩn bị cho năm học mới."),
         ]),
    dict(key="cong-nghiep", id=186201, sec="kinh-te", pub="2024-06-05 09:45", mod="2024-06-05 09:45",
         slug="chi-so-san-xuat-cong-nghiep-ha-noi-5-thang-tang-6-8",
         title="Chỉ số sản xuất công nghiệp Hà Nội 5 tháng tăng 6,8%",
         sapo="(LĐTĐ) Theo Cục Thống kê thành phố Hà Nội, chỉ số sản xuất công nghiệp 5 tháng đầu năm 2024 của Thủ đô ước tăng 6,8% so với cùng kỳ năm trước, trong đó ngành chế biến, chế tạo tăng 7,1%.",
         foot="Minh Phương", sign=None, authors=["Minh Phương"], tags=["sản xuất công nghiệp", "kinh tế Thủ đô"],
         no_jsonld=True,
         body=[
             ("p", "Một số ngành có chỉ số sản xuất tăng cao như sản xuất sản phẩm điện tử, máy vi tính tăng 15,3%; sản xuất thiết bị điện tăng 11,2%; sản xuất đồ uống tăng 8,4%. Ngược lại, ngành dệt may và da giày vẫn gặp khó khăn do đơn hàng xuất khẩu phục hồi chậm."),
             ("p", "Chỉ số sử dụng lao động của các doanh nghiệp công nghiệp tại thời điểm 1/5 tăng 1,2% so với cùng thời điểm năm trước. Nhiều doanh nghiệp trong các khu công nghiệp đã tuyển thêm lao động để đáp ứng các đơn hàng mới."),
             ("rel", ["nong-san", "thoa-uoc"]),
             ("p", "Để duy trì đà tăng trưởng, thành phố tiếp tục tháo gỡ khó khăn về mặt bằng sản xuất, đẩy nhanh tiến độ xây dựng các cụm công nghiệp và hỗ trợ doanh nghiệp tiếp cận nguồn vốn ưu đãi."),
         ]),
    dict(key="trien-lam", id=186243, sec="van-hoa", pub="2024-06-06 16:20", mod="2024-06-06 17:05",
         slug="khai-mac-trien-lam-anh-ha-noi-nhung-goc-pho-xua",
         title="Khai mạc triển lãm ảnh “Hà Nội - những góc phố xưa”",
         sapo="(LĐTĐ) Chiều 6/6, tại Trung tâm Văn hóa Thông tin và Triển lãm Hà Nội, triển lãm ảnh “Hà Nội - những góc phố xưa” chính thức khai mạc, giới thiệu tới công chúng gần 100 bức ảnh tư liệu quý.",
         foot=None, sign="Bài và ảnh: Thu Hương", authors=["Thu Hương"], tags=["triển lãm ảnh", "phố cổ"],
         body=[
             ("p", "Các bức ảnh được sưu tầm từ kho tư liệu của các nhiếp ảnh gia và nhà sưu tập, ghi lại hình ảnh phố phường Hà Nội từ những năm 1950 đến cuối thế kỷ XX: những chuyến tàu điện leng keng, gánh hàng rong trên phố Hàng Đào, cầu Long Biên trong sương sớm…"),
             ("h3", "Ký ức của nhiều thế hệ"),
             ("div", "Nhiều khách tham quan lớn tuổi đã dừng lại rất lâu trước những bức ảnh chụp con phố nơi mình từng sinh sống. Ông Trần Văn Bình, 78 tuổi, ở phố Hàng Bạc chia sẻ, xem ảnh như được sống lại những năm tháng tuổi trẻ."),
             ("tbl", "trien-lam-anh-goc-pho-xua-20240606162014.jpg", "Khách tham quan xem ảnh tại triển lãm."),
             ("p", "Triển lãm kéo dài đến hết ngày 30/6, mở cửa miễn phí cho công chúng. Ban tổ chức cũng bố trí khu vực trải nghiệm chụp ảnh với phông nền phố cổ dành cho giới trẻ."),
         ]),
    dict(key="tuyen-sinh", id=186298, sec="xa-hoi", pub="2024-06-07 10:05", mod="2024-06-07 10:05",
         slug="ha-noi-bo-tri-200-diem-thi-tuyen-sinh-vao-lop-10",
         title="Hà Nội bố trí 200 điểm thi tuyển sinh vào lớp 10",
         sapo="(LĐTĐ) Sở Giáo dục và Đào tạo Hà Nội cho biết, kỳ thi tuyển sinh vào lớp 10 năm học 2024 - 2025 được tổ chức tại 200 điểm thi, với hơn 5.000 cán bộ, giáo viên tham gia coi thi.",
         foot="Hà Anh - Quốc Khánh", sign=None, authors=["Hà Anh", "Quốc Khánh"], tags=["tuyển sinh lớp 10"],
         body=[
             ("p", "Các điểm thi được bố trí tại các trường trung học phổ thông và trung học cơ sở trên địa bàn 30 quận, huyện, thị xã. Mỗi điểm thi đều có lực lượng công an, y tế và điện lực hỗ trợ bảo đảm an ninh, an toàn."),
             ("p", "Sở Giáo dục và Đào tạo lưu ý thí sinh có mặt tại điểm thi trước 7 giờ sáng, mang theo giấy tờ tùy thân; tuyệt đối không mang điện thoại và thiết bị thu phát thông tin vào phòng thi."),
             ("fig", "chuan-bi-thi-lop-10-20240607100520.jpg", "Học sinh ôn tập chuẩn bị cho kỳ thi vào lớp 10."),
             ("p", "Các trường học cũng được yêu cầu rà soát cơ sở vật chất, hệ thống điện, quạt mát trong các phòng thi, chuẩn bị phương án dự phòng trong trường hợp thời tiết nắng nóng hoặc mưa lớn."),
         ]),
    dict(key="viec-lam", id=186337, sec="cong-doan", pub="2024-06-10 07:30", mod="2024-06-10 07:30",
         slug="ldld-quan-long-bien-to-chuc-ngay-hoi-viec-lam-cho-cong-nhan",
         title="LĐLĐ quận Long Biên tổ chức Ngày hội việc làm cho công nhân",
         sapo="(LĐTĐ) Liên đoàn Lao động quận Long Biên vừa phối hợp với Trung tâm Dịch vụ việc làm Hà Nội tổ chức Ngày hội việc làm năm 2024, thu hút 35 doanh nghiệp tham gia với hơn 1.800 chỉ tiêu tuyển dụng.",
         foot="Khánh Vân", sign=None, authors=["Khánh Vân"], tags=["việc làm", "Long Biên"],
         body=[
             ("p", "Các vị trí tuyển dụng tập trung ở các ngành điện tử, cơ khí, logistics, bán lẻ và dịch vụ, với mức lương từ 7 đến 15 triệu đồng/tháng. Nhiều doanh nghiệp phỏng vấn trực tiếp và nhận hồ sơ ngay tại ngày hội."),
             ("div", "Bên cạnh tuyển dụng, ngày hội còn có các gian tư vấn về hợp đồng lao động, bảo hiểm thất nghiệp và học nghề miễn phí cho người lao động mất việc."),
             ("p", "Theo Liên đoàn Lao động quận, đây là ngày hội thứ hai trong năm, góp phần kết nối cung - cầu lao động, hỗ trợ công nhân tìm được việc làm phù hợp, ổn định thu nhập."),
         ]),
    dict(key="nha-tam", id=186380, sec="thoi-su", pub="2024-06-11 19:10", mod="2024-06-12 08:20",
         slug="ha-noi-phan-dau-hoan-thanh-xoa-nha-tam-nha-dot-nat-truoc-thang-9",
         title="Hà Nội phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước tháng 9",
         sapo="(LĐTĐ) Ủy ban MTTQ Việt Nam thành phố Hà Nội đặt mục tiêu hoàn thành hỗ trợ xây mới, sửa chữa nhà ở cho các hộ nghèo, cận nghèo còn ở nhà tạm, nhà dột nát trước ngày 2/9/2024.",
         foot="Trần Vũ", sign=None, authors=["Trần Vũ"], tags=["nhà tạm", "an sinh xã hội", "hộ nghèo"],
         body=[
             ("p", "Qua rà soát, toàn thành phố còn 289 hộ nghèo, cận nghèo cần hỗ trợ về nhà ở, tập trung chủ yếu ở các huyện Ba Vì, Mỹ Đức, Ứng Hòa. Mức hỗ trợ là 80 triệu đồng đối với xây mới và 50 triệu đồng đối với sửa chữa."),
             ("fig", "xoa-nha-tam-ba-vi-20240611191033.jpg", "Một căn nhà được hỗ trợ xây mới tại huyện Ba Vì."),
             ("p", "Nguồn kinh phí được huy động từ Quỹ “Vì người nghèo” các cấp, cùng sự đóng góp của doanh nghiệp, nhà hảo tâm. Nhiều địa phương huy động thêm ngày công của đoàn viên, thanh niên, cựu chiến binh để giảm chi phí xây dựng."),
             ("rel", ["camera", "tuyen-sinh"]),
             ("p", "Ủy ban MTTQ thành phố đề nghị các quận, huyện thành lập tổ công tác kiểm tra tiến độ hằng tuần, bảo đảm mỗi căn nhà được bàn giao đều đạt tiêu chí “ba cứng”: nền cứng, khung - tường cứng, mái cứng."),
         ]),
    dict(key="nong-san", id=186422, sec="kinh-te", pub="2024-06-12 11:40", mod="2024-06-12 11:40",
         slug="nong-san-an-toan-ha-noi-vao-he-thong-sieu-thi",
         title="Nông sản an toàn Hà Nội vào hệ thống siêu thị",
         sapo="(LĐTĐ) Ngày càng nhiều sản phẩm nông sản an toàn của các hợp tác xã ngoại thành Hà Nội có mặt trên kệ hàng của các chuỗi siêu thị, cửa hàng tiện lợi, giúp người sản xuất ổn định đầu ra.",
         foot="Ngọc Ánh (tổng hợp)", sign=None, authors=["Ngọc Ánh"], tags=["nông sản an toàn", "OCOP"],
         body=[
             ("p", "Hiện Hà Nội có hơn 200 chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn, với các sản phẩm chủ lực như rau, thịt lợn, trứng gia cầm, bưởi Diễn, cam Canh. Nhiều sản phẩm đã đạt chứng nhận OCOP từ 3 sao trở lên."),
             ("p", "Để vào được siêu thị, các hợp tác xã phải đáp ứng yêu cầu về truy xuất nguồn gốc, bao bì, nhãn mác và sản lượng ổn định. Sở Nông nghiệp và Phát triển nông thôn thường xuyên tổ chức các hội nghị kết nối cung cầu để hỗ trợ nông dân."),
             ("tbl", "nong-san-sieu-thi-20240612114002.jpg", None),
             ("p", "Bà Nguyễn Thị Thanh, Giám đốc một hợp tác xã rau an toàn ở huyện Đông Anh cho biết, từ khi ký hợp đồng với siêu thị, giá bán ổn định hơn, các thành viên yên tâm đầu tư nhà lưới và hệ thống tưới tiết kiệm."),
         ]),
    dict(key="bat-trang", id=186475, sec="van-hoa", pub="2024-06-13 15:55", mod="2024-06-13 15:55",
         slug="lang-gom-bat-trang-don-khach-du-lich-he",
         title="Làng gốm Bát Tràng đón khách du lịch hè",
         sapo="(LĐTĐ) Những ngày đầu hè, làng gốm Bát Tràng (huyện Gia Lâm) đón hàng nghìn lượt khách mỗi ngày, phần lớn là các gia đình có con nhỏ đến trải nghiệm làm gốm.",
         foot="Thu Hương và Mai Phương", sign=None, authors=["Thu Hương", "Mai Phương"], tags=[],
         body=[
             ("p", "Tại các xưởng gốm, du khách được hướng dẫn nhào đất, vuốt gốm trên bàn xoay, vẽ họa tiết và mang sản phẩm của mình về làm kỷ niệm. Giá vé trải nghiệm từ 50.000 đến 100.000 đồng/người."),
             ("fig", "du-khach-lam-gom-bat-trang-20240613155540.jpg", "Du khách nhí trải nghiệm làm gốm tại Bát Tràng."),
             ("p", "Chị Lê Thu Hà, du khách đến từ quận Cầu Giấy cho biết, con chị rất thích thú khi tự tay làm ra chiếc bát nhỏ. “Đây là cách để các cháu hiểu hơn về nghề truyền thống của Thủ đô”, chị Hà nói."),
             ("p", "Để phục vụ du khách, nhiều cơ sở đã đầu tư không gian trưng bày, quầy giới thiệu sản phẩm và kết hợp tour tham quan bằng xe điện quanh làng."),
         ]),
    dict(key="thoa-uoc", id=186519, sec="cong-doan", pub="2024-06-14 08:50", mod="2024-06-14 09:10",
         slug="ky-ket-thoa-uoc-lao-dong-tap-the-nhom-doanh-nghiep-det-may",
         title="Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp dệt may",
         sapo="(LĐTĐ) Sáng 14/6, Liên đoàn Lao động thành phố Hà Nội tổ chức lễ ký kết thỏa ước lao động tập thể nhóm doanh nghiệp dệt may, với nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật.",
         foot="Bảo Linh", sign=None, authors=["Bảo Linh"], tags=["thỏa ước lao động tập thể", "dệt may"],
         body=[
             ("p", "Thỏa ước được ký kết giữa đại diện 12 doanh nghiệp dệt may và công đoàn cơ sở của các doanh nghiệp này, áp dụng cho hơn 9.000 lao động. Theo đó, tiền ăn giữa ca tối thiểu 25.000 đồng/bữa, người lao động được hỗ trợ tiền nhà trọ và tiền đi lại."),
             ("p", "Thỏa ước cũng quy định doanh nghiệp tổ chức khám sức khỏe định kỳ, khám phụ khoa cho lao động nữ mỗi năm một lần; tặng quà cho người lao động vào các dịp lễ, Tết và khi kết hôn, sinh con."),
             ("p", "Đại diện Liên đoàn Lao động thành phố cho biết, thương lượng tập thể theo nhóm giúp các doanh nghiệp nhỏ có điều kiện tham gia, tạo mặt bằng phúc lợi chung, hạn chế tình trạng người lao động nhảy việc."),
         ]),
    dict(key="nang-nong", id=186560, sec="xa-hoi", pub="2024-06-15 20:25", mod="2024-06-15 20:25",
         slug="nang-nong-gay-gat-nguoi-lao-dong-ngoai-troi-vat-va-muu-sinh",
         title="Nắng nóng gay gắt, người lao động ngoài trời vất vả mưu sinh",
         sapo="(LĐTĐ) Những ngày giữa tháng 6, nhiệt độ ngoài trời tại Hà Nội có lúc lên tới 40 độ C. Dưới cái nắng như đổ lửa, nhiều người lao động tự do vẫn miệt mài mưu sinh trên khắp các tuyến phố.",
         foot=None, sign="Tin, ảnh: Quang Huy", authors=["Quang Huy"], tags=["nắng nóng", "người lao động"],
         body=[
             ("p", "Trên công trường xây dựng ở quận Nam Từ Liêm, các công nhân phải chuyển giờ làm việc sang sáng sớm và chiều tối để tránh nắng. Anh Phạm Văn Long, quê Thanh Hóa cho biết, buổi trưa cả đội nghỉ dưới lán che, uống nước muối, nước chanh để bù nước."),
             ("fig", "lao-dong-ngoai-troi-nang-nong-20240615202511.jpg", "Người lao động tranh thủ nghỉ trưa dưới bóng cây."),
             ("p", "Các bác sĩ khuyến cáo người lao động ngoài trời cần đội mũ rộng vành, mặc quần áo sáng màu, uống đủ nước và nghỉ ngơi ở nơi thoáng mát khi có dấu hiệu chóng mặt, mệt mỏi để phòng say nắng, sốc nhiệt."),
         ]),
]
BY_KEY = {a["key"]: a for a in ARTICLES}
NEWEST = sorted(ARTICLES, key=lambda a: a["id"], reverse=True)
FEED_KEYS = [a["key"] for a in NEWEST[:8]]
HOME_KEYS = [a["key"] for a in NEWEST[:6]]


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
    """The theme's date line: 'Thứ Sáu, 14/06/2024 - 08:50 (GMT+7)'."""
    d = dt(s)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M} (GMT+7)"


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
    return f"{SITE}/tag/{slugify(t)}-{30000 + 7 * len(t)}.tag"


def img_url(a: dict, name: str) -> str:
    d = dt(a["pub"])
    return f"{SITE}/stores/news_dataimages/2024/{d:%m%Y}/{d:%d}/{d:%H}/in_article/{name}?rt={d:%Y%m%d%H%M}00"


def images(a: dict) -> list[tuple[str, str | None]]:
    return [(img_url(a, b[1]), b[2]) for b in a["body"] if b[0] in ("tbl", "fig")]


def thumb(a: dict) -> str:
    imgs = images(a)
    return imgs[0][0].replace("/in_article/", "/croped/thumbnail/") if imgs else SITE + "/modules/frontend/themes/ldtd2/images/no-image.jpg"


def header_html(active: str | None) -> str:
    d = SAVED
    on = ' class="active"'
    nav = "".join(f'<li{on if s == active else ""}><a href="{SITE}/{s}" title="{esc(n)}">{esc(n)}</a></li>'
                  for s, n in SECTIONS)
    return f"""<div class="site-topbar"><div class="container"><span class="site-topbar__today">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}</span>
<span class="site-topbar__links"><a href="{SITE}/rss_feed/">RSS</a> <a href="{SITE}/lien-he-quang-cao.html">Liên hệ quảng cáo</a></span></div></div>
<header class="site-header"><div class="container"><a class="site-logo" href="{SITE}/"><img src="{SITE}/modules/frontend/themes/ldtd2/images/logo-ldtd.svg" alt="{PAPER}"></a>
<div class="__MB_ADS_ZONE" data-zone="12"></div></div>
<nav class="site-nav"><div class="container"><ul class="site-nav__list"><li class="site-nav__home"><a href="{SITE}/">Trang chủ</a></li>{nav}</ul>
<form class="site-search" action="{SITE}/search" method="get"><input type="text" name="q" placeholder="Từ khóa"></form></div></nav></header>"""


def footer_html() -> str:
    return f"""<footer class="site-footer"><div class="container">
<div class="site-footer__org"><strong>BÁO LAO ĐỘNG THỦ ĐÔ</strong> - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</div>
<div class="site-footer__info">Tòa soạn: 51 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.39425384. Email: toasoan@laodongthudo.vn<br>
Giấy phép hoạt động báo điện tử số 70/GP-BTTTT. Ghi rõ nguồn "Lao Động Thủ Đô" khi phát hành lại thông tin từ website này.</div>
<div class="site-footer__cms">Powered by <a href="https://mastercms.vn" rel="nofollow">MasterCMS</a></div>
</div></footer>
<script src="{SITE}/modules/frontend/themes/ldtd2/js/main.min.js?v=2406"></script>
<script>var __MB_CONFIG__ = {{"site_id": 1, "api": "/apicenter@/"}};</script>"""


def sidebar_html(current: dict | None) -> str:
    most = [BY_KEY[k] for k in ("trien-lam", "nha-tam", "camera", "bat-trang", "hoc-bong")]
    reads = "".join(f'<li><a href="{url_of(a)}">{esc(a["title"])}</a><span class="sb-date">{dt(a["pub"]):%d/%m/%Y}</span></li>'
                    for a in most if a is not current)
    return f"""<aside class="col-sidebar">
<div class="sb-box sb-box--mostread"><div class="sb-box__head">Đọc nhiều nhất</div><ol>{reads}</ol></div>
<div class="sb-box sb-box--ads __MB_ADS_ZONE" data-zone="31"><a href="{SITE}/ads/click?z=31" rel="nofollow sponsored"><img src="{SITE}/stores/ads_data/2024/062024/banner-300x600.jpg" alt="QC"></a></div>
</aside>"""


def rel_box(keys: list[str]) -> str:
    items = "".join(f'<li><a href="{url_of(BY_KEY[k])}" title="{esc(BY_KEY[k]["title"])}">{esc(BY_KEY[k]["title"])}</a>'
                    f' <span class="rel-time">{dt(BY_KEY[k]["pub"]):%H:%M %d/%m/%Y}</span></li>' for k in keys)
    return f'<div class="article-inline-related"><div class="air-head">Đọc thêm</div><ul>{items}</ul></div>'


def body_html(a: dict) -> str:
    out = []
    for b in a["body"]:
        if b[0] == "p":
            out.append(f'<p style="text-align: justify;">{b[1]}</p>')
        elif b[0] == "div":
            out.append(f'<div class="__MB_MASTERCMS_EL" style="text-align: justify;">{b[1]}</div>')
        elif b[0] == "h3":
            out.append(f"<h3><strong>{esc(b[1])}</strong></h3>")
        elif b[0] == "tbl":
            cap = (f'<tr><td class="image_desc" style="text-align: center;">{esc(b[2])}</td></tr>' if b[2] else "")
            out.append(f'<table class="MASTERCMS_TPL_TABLE" style="width: 100%;"><tbody><tr><td>'
                       f'<img class="__img_mastercms" src="{img_url(a, b[1])}" alt="{esc(a["title"])}" style="max-width:100%;"></td></tr>{cap}</tbody></table>')
        elif b[0] == "fig":
            out.append(f'<figure class="mastercms-figure"><img class="__img_mastercms" src="{img_url(a, b[1])}" alt="{esc(b[2])}">'
                       f'<figcaption>{esc(b[2])}</figcaption></figure>')
        elif b[0] == "rel":
            out.append(rel_box(b[1]))
    if a["sign"]:
        out.append(f'<p style="text-align: right;"><strong>{esc(a["sign"])}</strong></p>')
    return "\n".join(out)


def jsonld(a: dict) -> str:
    if a.get("no_jsonld"):
        return ""
    data = {"@context": "http://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url_of(a)}, "headline": a["title"],
            "description": plain(a["sapo"]), "image": {"@type": "ImageObject", "url": thumb(a)},
            "datePublished": iso(a["pub"]), "dateModified": iso(a["mod"]),
            "author": {"@type": "Person", "name": a["authors"][0]},
            "publisher": {"@type": "Organization", "name": PAPER,
                          "logo": {"@type": "ImageObject", "url": SITE + "/modules/frontend/themes/ldtd2/images/logo-ldtd.png"}}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def article_page(a: dict) -> str:
    url, sec = url_of(a), SECTION_NAME[a["sec"]]
    metas = [
        f'<meta name="description" content="{esc(a["sapo"])}">',
        f'<meta name="keywords" content="{esc(", ".join(a["tags"]))}">',
        f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}">',
        f'<meta name="author" content="{PAPER}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{PAPER}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(a["sapo"])}">',
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{thumb(a)}">',
        f'<meta property="article:published_time" content="{iso(a["pub"])}">',
        f'<meta property="article:modified_time" content="{iso(a["mod"])}">',
        f'<meta property="article:section" content="{esc(sec)}">',
    ]
    tags = ""
    if a["tags"]:
        tags = ('<div class="article-keywords"><b>Từ khóa:</b><ul>'
                + "".join(f'<li><a href="{tag_url(t)}" title="{esc(t)}">{esc(t)}</a></li>' for t in a["tags"]) + "</ul></div>")
    foot = f'<div class="article-foot"><div class="article-foot__author">{esc(a["foot"])}</div></div>' if a["foot"] else ""
    same = [x for x in NEWEST if x["sec"] == a["sec"] and x is not a][:4]
    same_html = "".join(f'<li class="story-mini"><a href="{url_of(x)}">{esc(x["title"])}</a> <time>{dt(x["pub"]):%d/%m/%Y %H:%M}</time></li>'
                        for x in same)
    other = [x for x in NEWEST if x is not a and x not in same][:5]
    other_html = "".join(f'<div class="story-card"><a class="story-card__img" href="{url_of(x)}"><img src="{thumb(x)}" alt=""></a>'
                         f'<h4><a href="{url_of(x)}">{esc(x["title"])}</a></h4><p>{esc(x["sapo"])}</p></div>' for x in other)
    share = (f'<div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow">Facebook</a>'
             f'<a href="https://twitter.com/intent/tweet?url={url}" rel="nofollow">Twitter</a>'
             f'<a href="{SITE}/apicenter@/print_article&amp;i={a["id"]}" rel="nofollow">In bài</a></div>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])}</title>
{chr(10).join(metas)}
<link rel="alternate" type="application/rss+xml" title="{PAPER}" href="{SITE}/rss_feed/">
<link rel="stylesheet" href="{SITE}/modules/frontend/themes/ldtd2/css/style.min.css?v=2406">
{jsonld(a)}
</head>
<body class="detail-page">
<!-- MasterCMS Ver 4.5 -->
{header_html(a["sec"])}
<main class="container site-main"><div class="row">
<div class="col-content">
<ul class="breadcrumb"><li><a href="{SITE}/">Trang chủ</a></li><li><a href="{SITE}/{a["sec"]}" title="{esc(sec)}">{esc(sec)}</a></li></ul>
<div class="article-detail" data-id="{a["id"]}">
<h1 class="article-detail__title">{esc(a["title"])}</h1>
<div class="article-detail__meta"><span class="article-detail__date">{printed(a["pub"])}</span>{share}</div>
<h2 class="article-detail__sapo">{esc(a["sapo"])}</h2>
<div class="article-detail__content __MASTERCMS_CONTENT" id="__MB_MASTERCMS_EL_{a["id"]}">
{body_html(a)}
</div>
{foot}
{tags}
<div class="box-comment"><div class="box-comment__head">Ý kiến bạn đọc</div><div class="box-comment__list"></div>
<form class="box-comment__form" action="{SITE}/apicenter@/comment_post" method="post"><textarea name="content" placeholder="Ý kiến của bạn"></textarea><input name="fullname" placeholder="Họ và tên"><input name="email" placeholder="Email"><button type="button">Gửi</button></form></div>
<div class="box-samecate"><div class="box-samecate__head">Tin cùng chuyên mục</div><ul>{same_html}</ul></div>
<div class="box-highlight"><div class="box-highlight__head">Tiêu điểm</div>{other_html}</div>
</div>
</div>
{sidebar_html(a)}
</div></main>
{footer_html()}
</body>
</html>
"""


def listing_page(title: str, canonical: str, items: list[dict], active: str | None) -> str:
    body = "".join(f'<article class="story-item"><a class="story-item__thumb" href="{url_of(a)}"><img src="{thumb(a)}" alt=""></a>'
                   f'<h3 class="story-item__title"><a href="{url_of(a)}">{esc(a["title"])}</a></h3>'
                   f'<div class="story-item__time">{dt(a["pub"]):%H:%M %d/%m/%Y}</div><p class="story-item__sapo">{esc(a["sapo"])}</p></article>'
                   for a in items)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<meta property="og:type" content="website"><meta property="og:title" content="{esc(title)}"><link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" title="{PAPER}" href="{SITE}/rss_feed/">
<link rel="stylesheet" href="{SITE}/modules/frontend/themes/ldtd2/css/style.min.css?v=2406"></head>
<body class="category-page">
<!-- MasterCMS Ver 4.5 -->
{header_html(active)}
<main class="container site-main"><div class="row"><div class="col-content">
<h1 class="category-title">{esc(title)}</h1>
<div class="category-stories">{body}</div>
<nav class="category-paging"><span class="current">1</span></nav>
</div>{sidebar_html(None)}</div></main>
{footer_html()}
</body></html>
"""


def feed() -> str:
    items = "".join(f"""
<item>
<title><![CDATA[{a["title"]}]]></title>
<description><![CDATA[<a href="{url_of(a)}"><img src="{thumb(a)}" /></a>{a["sapo"]}]]></description>
<link>{url_of(a)}</link>
<guid>{url_of(a)}</guid>
<pubDate>{rfc822(a["pub"])}</pubDate>
</item>""" for a in (BY_KEY[k] for k in FEED_KEYS))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{PAPER}</title>
<link>{SITE}/</link>
<description>{PAPER} - Tin tức mới nhất</description>
<language>vi-vn</language>
<generator>MasterCMS</generator>{items}
</channel>
</rss>
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
    write(h + "robots.txt", "User-agent: *\nDisallow: /apicenter@/\nDisallow: /search\n")
    write(h + "index.html", listing_page(f"{PAPER} - Tin tức Thủ đô", SITE + "/", [BY_KEY[k] for k in HOME_KEYS], None))
    write(h + "_feeds/home.rss", feed())
    rss = {"file": "_feeds/home.rss", "content_type": "application/rss+xml; charset=utf-8"}
    write_json(h + "_routes.json", {"/rss_feed/": rss, "/rss_feed": rss})
    for s, n in SECTIONS:
        write(f"{h}{s}/index.html", listing_page(n, f"{SITE}/{s}", [a for a in NEWEST if a["sec"] == s], s))
    for t in sorted({t for a in ARTICLES for t in a["tags"]}):
        write(h + tag_url(t).removeprefix(SITE + "/"),
              listing_page(f"Tag: {t}", tag_url(t), [a for a in NEWEST if t in a["tags"]], None))
    for a in ARTICLES:
        write(h + url_of(a).removeprefix(SITE + "/"), article_page(a))
    write_json(EXPECTED_FILE, [expected_of(a) for a in sorted(ARTICLES, key=lambda a: a["id"])])
    write_json("fixture.json", {
        "expected": EXPECTED_FILE,
        "spider": "laodongthudo",
        "hosts": [HOST],
        "articles": len(ARTICLES),
        "not_articles": [SITE + "/", f"{SITE}/thoi-su", f"{SITE}/xa-hoi", tag_url("việc làm"), tag_url("dệt may")],
        "dead_entry_points": [SITE + p for p in DEAD],
        "discovery": {"feed": SITE + "/rss_feed/",
                      "not_in_feed": [url_of(a) for a in ARTICLES if a["key"] not in FEED_KEYS],
                      "sections": [f"{SITE}/{s}" for s, _n in SECTIONS]},
        "note": "Healthy: every article is reachable through /rss_feed/ or the section listings; "
                "everything in dead_entry_points answers 404 and must not make the crawl exit 1.",
    })


if __name__ == "__main__":
    build()
