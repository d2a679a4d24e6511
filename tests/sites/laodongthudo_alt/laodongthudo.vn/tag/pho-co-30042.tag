<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Tag: phố cổ</title>
<meta property="og:type" content="website"><meta property="og:title" content="Tag: phố cổ"><link rel="canonical" href="https://laodongthudo.vn/tag/pho-co-30042.tag">
<link rel="alternate" type="application/rss+xml" title="Lao Động Thủ Đô" href="https://laodongthudo.vn/rss_feed/">
<link rel="stylesheet" href="https://laodongthudo.vn/modules/frontend/themes/ldtd2/css/style.min.css?v=2406"></head>
<body class="category-page">
<!-- MasterCMS Ver 4.5 -->
<div class="site-topbar"><div class="container"><span class="site-topbar__today">Thứ Hai, 17/06/2024</span>
<span class="site-topbar__links"><a href="https://laodongthudo.vn/rss_feed/">RSS</a> <a href="https://laodongthudo.vn/lien-he-quang-cao.html">Liên hệ quảng cáo</a></span></div></div>
<header class="site-header"><div class="container"><a class="site-logo" href="https://laodongthudo.vn/"><img src="https://laodongthudo.vn/modules/frontend/themes/ldtd2/images/logo-ldtd.svg" alt="Lao Động Thủ Đô"></a>
<div class="__MB_ADS_ZONE" data-zone="12"></div></div>
<nav class="site-nav"><div class="container"><ul class="site-nav__list"><li class="site-nav__home"><a href="https://laodongthudo.vn/">Trang chủ</a></li><li><a href="https://laodongthudo.vn/thoi-su" title="Thời sự">Thời sự</a></li><li><a href="https://laodongthudo.vn/cong-doan" title="Công đoàn">Công đoàn</a></li><li><a href="https://laodongthudo.vn/kinh-te" title="Kinh tế">Kinh tế</a></li><li><a href="https://laodongthudo.vn/van-hoa" title="Văn hóa">Văn hóa</a></li><li><a href="https://laodongthudo.vn/xa-hoi" title="Xã hội">Xã hội</a></li></ul>
<form class="site-search" action="https://laodongthudo.vn/search" method="get"><input type="text" name="q" placeholder="Từ khóa"></form></div></nav></header>
<main class="container site-main"><div class="row"><div class="col-content">
<h1 class="category-title">Tag: phố cổ</h1>
<div class="category-stories"><article class="story-item"><a class="story-item__thumb" href="https://laodongthudo.vn/khai-mac-trien-lam-anh-ha-noi-nhung-goc-pho-xua-186243.html"><img src="https://laodongthudo.vn/stores/news_dataimages/2024/062024/06/16/croped/thumbnail/trien-lam-anh-goc-pho-xua-20240606162014.jpg?rt=20240606162000" alt=""></a><h3 class="story-item__title"><a href="https://laodongthudo.vn/khai-mac-trien-lam-anh-ha-noi-nhung-goc-pho-xua-186243.html">Khai mạc triển lãm ảnh “Hà Nội - những góc phố xưa”</a></h3><div class="story-item__time">16:20 06/06/2024</div><p class="story-item__sapo">(LĐTĐ) Chiều 6/6, tại Trung tâm Văn hóa Thông tin và Triển lãm Hà Nội, triển lãm ảnh “Hà Nội - những góc phố xưa” chính thức khai mạc, giới thiệu tới công chúng gần 100 bức ảnh tư liệu quý.</p></article></div>
<nav class="category-paging"><span class="current">1</span></nav>
</div><aside class="col-sidebar">
<div class="sb-box sb-box--mostread"><div class="sb-box__head">Đọc nhiều nhất</div><ol><li><a href="https://laodongthudo.vn/khai-mac-trien-lam-anh-ha-noi-nhung-goc-pho-xua-186243.html">Khai mạc triển lãm ảnh “Hà Nội - những góc phố xưa”</a><span class="sb-date">06/06/2024</span></li><li><a href="https://laodongthudo.vn/ha-noi-phan-dau-hoan-thanh-xoa-nha-tam-nha-dot-nat-truoc-thang-9-186380.html">Hà Nội phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước tháng 9</a><span class="sb-date">11/06/2024</span></li><li><a href="https://laodongthudo.vn/ha-noi-lap-dat-them-500-camera-giam-sat-giao-thong-trong-nam-2024-186104.html">Hà Nội lắp đặt thêm 500 camera giám sát giao thông trong năm 2024</a><span class="sb-date">03/06/2024</span></li><li><a href="https://laodongthudo.vn/lang-gom-bat-trang-don-khach-du-lich-he-186475.html">Làng gốm Bát Tràng đón khách du lịch hè</a><span class="sb-date">13/06/2024</span></li><li><a href="https://laodongthudo.vn/cong-doan-nganh-giao-duc-ha-noi-trao-120-suat-hoc-bong-cho-con-doan-vien-186152.html">Công đoàn ngành Giáo dục Hà Nội trao 120 suất học bổng cho con đoàn viên</a><span class="sb-date">04/06/2024</span></li></ol></div>
<div class="sb-box sb-box--ads __MB_ADS_ZONE" data-zone="31"><a href="https://laodongthudo.vn/ads/click?z=31" rel="nofollow sponsored"><img src="https://laodongthudo.vn/stores/ads_data/2024/062024/banner-300x600.jpg" alt="QC"></a></div>
</aside></div></main>
<footer class="site-footer"><div class="container">
<div class="site-footer__org"><strong>BÁO LAO ĐỘNG THỦ ĐÔ</strong> - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</div>
<div class="site-footer__info">Tòa soạn: 51 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.39425384. Email: toasoan@laodongthudo.vn<br>
Giấy phép hoạt động báo điện tử số 70/GP-BTTTT. Ghi rõ nguồn "Lao Động Thủ Đô" khi phát hành lại thông tin từ website này.</div>
<div class="site-footer__cms">Powered by <a href="https://mastercms.vn" rel="nofollow">MasterCMS</a></div>
</div></footer>
<script src="https://laodongthudo.vn/modules/frontend/themes/ldtd2/js/main.min.js?v=2406"></script>
<script>var __MB_CONFIG__ = {"site_id": 1, "api": "/apicenter@/"};</script>
</body></html>
