"""Lao Động Thủ Đô (laodongthudo.vn), the Hà Nội labour paper, on MasterCMS."""

from __future__ import annotations

from dataclasses import replace

from spiders.mastercms import RULES, MasterCMSSpider

HOSTS = ("laodongthudo.vn",)
SECTIONS = (
    "/thoi-su", "/thu-do-van-hien", "/cong-doan", "/lao-dong", "/lao-dong/viec-lam",
    "/kinh-te", "/dan-sinh", "/bat-dong-san", "/phap-luat", "/van-hoa", "/quoc-te",
    "/bon-phuong", "/giao-duc", "/y-te", "/the-thao", "/xe-cong-nghe", "/cong-dong",
    "/nhip-cau-doanh-nghiep",
)
SITE_NAMES = ("Lao Động Thủ Đô", "Báo Lao Động Thủ Đô", "LĐTĐ", "laodongthudo.vn")


class LaoDongThuDoSpider(MasterCMSSpider):
    name = "laodongthudo"
    title = "Lao Động Thủ Đô"
    hosts = HOSTS
    sections = SECTIONS
    extraction_rules = replace(RULES, site_names=SITE_NAMES)
