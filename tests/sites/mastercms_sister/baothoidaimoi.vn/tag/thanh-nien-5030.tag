<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Tags: thanh niên</title>
<meta property="og:type" content="website"><link rel="canonical" href="https://baothoidaimoi.vn/tag/thanh-nien-5030.tag">
<link rel="alternate" type="application/rss+xml" title="Báo Thời Đại Mới" href="https://baothoidaimoi.vn/rss_feed/"></head>
<body>
<!--BEGIN: MasterCMS-->
<div class="__MB_ADS_ZONE ads_top" data-zone="1"></div>
<div class="header_top"><div class="container"><span class="date_now">Thứ Hai, 15/07/2024</span>
<a href="https://baothoidaimoi.vn/rss_feed/" class="rss">RSS</a> <a href="https://baothoidaimoi.vn/lien-he.html">Liên hệ</a></div></div>
<header class="header"><div class="container"><a class="logo" href="https://baothoidaimoi.vn/" title="Báo Thời Đại Mới"><img src="https://baothoidaimoi.vn/modules/frontend/themes/thoidaimoi/images/logo.png" alt="Báo Thời Đại Mới"></a></div>
<nav class="main_menu"><div class="container"><ul><li class="home"><a href="https://baothoidaimoi.vn/">Trang chủ</a></li><li><a href="https://baothoidaimoi.vn/thoi-su" title="Thời sự">Thời sự</a></li><li><a href="https://baothoidaimoi.vn/kinh-te" title="Kinh tế">Kinh tế</a></li><li><a href="https://baothoidaimoi.vn/xa-hoi" title="Xã hội">Xã hội</a></li><li><a href="https://baothoidaimoi.vn/quoc-te" title="Quốc tế">Quốc tế</a></li><li><a href="https://baothoidaimoi.vn/van-hoa" title="Văn hóa">Văn hóa</a></li></ul></div></nav></header>
<div class="container"><div class="col_category"><h1 class="cate_name">Tags: thanh niên</h1><div class="list_news"><a class="thumb" href="https://baothoidaimoi.vn/dien-dan-thanh-nien-asean-ban-ve-ky-nang-so-210447.html"><img src="https://baothoidaimoi.vn/stores/news_dataimages/2024/072024/11/09/croped/thumbnail/dien-dan-thanh-nien-asean-20240711090518.jpg" alt=""></a><div class="list_news_title"><h2><a href="https://baothoidaimoi.vn/dien-dan-thanh-nien-asean-ban-ve-ky-nang-so-210447.html">Diễn đàn thanh niên ASEAN bàn về kỹ năng số</a></h2><p>(TĐM) - Diễn đàn thanh niên ASEAN năm 2024 với chủ đề “Kỹ năng số cho tương lai” đã quy tụ hơn 300 đại biểu trẻ đến từ 10 nước thành viên và Timor-Leste.</p></div></div></div></div>
<footer class="footer"><div class="container">
<p><strong>BÁO THỜI ĐẠI MỚI</strong> - Cơ quan ngôn luận của Hiệp hội Doanh nghiệp trẻ Thời Đại</p>
<p>Tổng Biên tập: Nguyễn Thành Trung. Tòa soạn: 18 Phố Mới, Hà Nội. Email: toasoan@baothoidaimoi.vn</p>
<p>Giấy phép số 999/GP-BTTTT. Bản quyền thuộc Báo Thời Đại Mới.</p>
</div></footer>
<script src="https://baothoidaimoi.vn/modules/frontend/themes/thoidaimoi/js/main.js?v=1.2"></script>
<script>var MASTERCMS_SITE_ID = 1; var __MB_API = "https://baothoidaimoi.vn/apicenter@/";</script>
<!--END: MasterCMS-->
</body></html>
