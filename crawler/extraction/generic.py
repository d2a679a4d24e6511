"""Generic rules for Vietnamese news pages, kept as data apart from the code.

Each constant is an ordered list: earlier entries win. They apply to every
site, known or not; a site's own :class:`~crawler.extraction.rules.SiteRules`
are tried first.
"""

from __future__ import annotations

import re

# Body containers of the CMSs Vietnamese papers run on (CSS, by priority).
BODY = (
    "[itemprop=articleBody]",
    "div.detail_info", "div.__MASTERCMS_CONTENT",          # MasterCMS
    "div.editor-content",
    "div.article__body", "div.cms-body",                   # mcms (Tiền Phong, Nhân Dân)
    "div.detail-content[data-role=content]", "#ContentDetail", "div.knc-content",  # VCCorp
    "div.detail-content", "div.detail__content", "div.article-content",
    "div.content-detail", "div.entry-content", "div.post-content", "article .content",
)

LEAD = (
    ".sabo", ".sapo", ".article__sapo", ".detail-sapo", "p.knc-sapo", "p.news-sapo",
    "h2.sapo", ".detail__summary", ".article-summary", "[itemprop=description]",
    "[class*=sapo]", "[class*=tomtat]", "[class*=tom-tat]", "[class*=summary]",
    "[class*=excerpt]", "[class*=intro]", "[class*=lead]", "h2[class*=desc]",
    "p[class*=desc]", "div[class*=desc]",
)
LEAD_MAX_CHARS = 1200

TITLE = ("h1",)

SECTION = (".breadcrumb a", ".breadcrumbs a", "[itemtype$=BreadcrumbList] a")

TAGS = (".tags a", ".tag-list a", ".article__tag a", ".box-tag a", "[class*=tags] a",
        "[class*=keyword] a", "[class*=tukhoa] a", "[class*=tu-khoa] a", "a[rel=tag]")

# Removed from the body before reading, whatever they hold: never article text.
PRUNE = (
    "script", "style", "noscript", "template", "iframe", "form", "button", "input",
    "select", "textarea", "svg", "canvas", "audio", "object", "embed",
    "nav", "aside", "ins", "zone", "table.__MB_ARTICLE_A",
    "[style*='display:none']", "[style*='display: none']",
)
# Boxes known by their class; only block elements are removed, so an inline
# link such as <a class="cms-relate"> inside a sentence keeps its words.
PRUNE_BOXES = (
    "[class*=relate]", "[class*=box-news]", "[class*=tin-lien-quan]", "[class*=share]",
    "[class*=social]", "[class*=comment]", "[class*=advert]", "[class*=banner]",
    "[class*=sda_]", "[class*=admzone]", "[class*=tags]", "[class*=tag-list]",
    "[class*=link-source]", "[class*=sourcelink]", "[class*=rate-link]",
    # the same boxes under Vietnamese class names
    "[class*=chiase]", "[class*=chia-se]", "[class*=binhluan]", "[class*=binh-luan]",
    "[class*=tukhoa]", "[class*=tu-khoa]", "[class*=lienquan]", "[class*=lien-quan]",
    "[class*=tinkhac]", "[class*=tin-khac]", "[class*=congcu]", "[class*=quangcao]",
    "[class*=luotxem]",
)
# Lines of widgets that survive when their box has no telling class.
WIDGET_TEXT_RE = re.compile(
    r"^(?:bình luận(?: \(\d+\))?|gửi bình luận|ý kiến bạn đọc|viết bình luận"
    r"|tối đa:? ?\d+ ký tự.*|hiện chưa có (?:bình luận|ý kiến).*|bạn đọc bình luận"
    r"|chia sẻ(?: bài viết)?:?|in bài|gửi email|trở về|lượt xem:? ?[\d.,]+"
    r"|(?:từ khóa|từ khoá|tags?|chủ đề):.*|theo dõi (?:báo|chúng tôi) trên.*"
    r"|(?:facebook|zalo|twitter|email)(?: [|·•] (?:facebook|zalo|twitter|email|in bài))+)$",
    re.I)
INLINE_TAGS = frozenset("a span strong b em i u font small sup sub abbr cite q mark".split())

# Cards: a short block made of a link to another story (a title, a thumbnail,
# maybe a one-line teaser), set inside the body without any heading.
CARD_TAGS = ("div", "li", "section", "aside", "table", "article")
CARD_MAX_CHARS = 300
CARD_MIN_LINK_DENSITY = 0.3
# The sapo printed as the body's first paragraph, in bold, when no class says so.
BOLD_LEAD_MIN_CHARS = 80

# Headings that open related / suggested boxes (compared after folding case).
RELATED_HEADINGS = (
    "tin liên quan", "có thể bạn quan tâm", "tin khác", "xem thêm", "nên xem",
    "đọc thêm", "tin cùng chuyên mục", "cùng chuyên mục", "tham khảo thêm",
    "có liên quan", "tin mới", "tin mới nhất", "tin đọc nhiều", "đọc nhiều",
    "bài liên quan", "bài viết liên quan", "tin nổi bật", "mời bạn đọc thêm",
    "các tin khác", "các tin đã đăng", "tin đã đưa", "tin bài khác",
)
# Box titles that go on with a name: "Loạt bài: Cát tặc trên sông Lô".
RELATED_PREFIXES = ("loạt bài:", "đọc thêm:", "xem thêm:", "tin liên quan:", "bài liên quan:")

# Captions: elements whose text is a caption of a nearby image.
CAPTIONS = ("figcaption", "[class*=caption]", "[class*=Caption]", "[class*=chuthich]",
            "[class*=chu-thich]")
CAPTION_MAX_CHARS = 300  # a centred or italic line under an image, longer is prose
# Where a video or embed keeps the address of what the caption describes.
MEDIA_URL_ATTRS = ("data-thumb", "poster", "data-src", "data-vid", "src")
# Classes that mark a byline (names) or a source line (dropped) in the body.
BYLINE_CLASS_HINTS = ("author", "byline")
SOURCE_CLASS_HINTS = ("source",)
# Bylines printed outside the body, in the article's header or foot (CSS, by priority).
# Marked by an attribute first, then by a class naming the author or byline.
AUTHOR_MARKED = ("@itemprop='author'", "@rel='author'", "@data-role='author'")
AUTHOR_CLASSES = ("author", "byline", "tacgia", "tac-gia")
ORGANIZATION_TYPES = ("Organization", "NewsMediaOrganization", "Corporation", "WebSite")
# A paper's name glued after a person's ("Đức Minh Thời báo Tài chính Việt Nam"):
# a press word and what follows it, at the end of a byline name.
GLUED_PAPER_RE = re.compile(
    r"\s+(?:(?:Báo|Thời báo|Tạp chí|Tuần báo|Nhật báo|Đài|Cổng thông tin|Thông tấn xã)\s+\S.*"
    r"|(?:TTXVN|VnExpress|Vietnam\+)(?:\s.*)?)$")
# A press name on its own ("Báo Lao Động", "Tạp chí Cộng sản"): a paper, not a person.
PRESS_NAME_RE = re.compile(r"^(?:Báo|Thời báo|Tạp chí|Tuần báo|Nhật báo|Đài|Cổng thông tin"
                           r"|Thông tấn xã|Trang tin|Tòa soạn|Ban biên tập)\s", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Follow us" lines: an invitation to follow the paper on a platform.
# "Follow us" lines: an invitation to follow the paper on a platform. Google News
# is enough; another platform needs the paper in the line ("chúng tôi", "Báo ...",
# "tin tức"), so that a sentence about a hospital's Facebook page stays.
FOLLOW_RE = re.compile(
    r"^(?:(?:mời|xin mời|hãy|quý|bạn|độc giả|các bạn|vui lòng)[^.!?]{0,30}\s)?"
    r"(?:theo dõi|follow|kết nối|cập nhật tin|đăng ký theo dõi)\b[^.!?]{0,120}?"
    r"(?:\bgoogle (?:news|tin tức)\b"
    r"|(?:chúng tôi|\bbáo\b|tin tức|bài viết|fanpage)[^.!?]{0,100}?"
    r"\b(?:facebook|fanpage|zalo|youtube|tiktok|twitter|telegram|instagram|mạng xã hội)\b)"
    r"[^.!?]{0,80}[.!]?$", re.I)
FOLLOW_MAX_CHARS = 220
# Accounts a CMS puts in the author meta tag: never a person.
NOT_AUTHORS = ("super user", "admin", "administrator", "quản trị", "quản trị viên", "biên tập",
               "ban biên tập", "webmaster", "editor")
# Classes and ids of visible date lines ("ngaydang", "ngay-gio", "time-detail", ...).
DATE_HINTS = ("date", "time", "publish", "ngay", "gio", "thoigian", "thoi-gian")
DATE_LINE_MAX_CHARS = 80
# The only words a date line on its own has besides numbers ("Thứ Hai, 27/05/2024").
DATE_WORDS = frozenset("thứ hai ba tư năm sáu bảy chủ nhật ngày tháng cập đăng lúc giờ "
                       "gmt gmt+7 sa ch am pm hôm nay cn".split())

# Byline: a short trailing line; role prefixes and source suffixes to strip.
BYLINE_PREFIX_RE = re.compile(
    r"^(?:(?:tin|bài|ảnh|video|clip|đồ họa|thực hiện|nhóm phóng viên|pv|ctv|tác giả"
    r"|phóng viên|biên tập|người viết)"
    r"(?:\s*(?:,|và|-|&|/)\s*(?:tin|bài|ảnh|video|clip|đồ họa))*\s*[:：]\s*)",
    re.I,
)
BYLINE_SUFFIX_RE = re.compile(r"\s*\((?:tổng hợp|th|th\.|lược dịch|theo [^)]*)\)\s*$", re.I)
BYLINE_SPLIT_RE = re.compile(r"\s+-\s+|\s*[;,]\s*|\s+và\s+")
BYLINE_MAX_WORDS = 10
BYLINE_MAX_CHARS = 80
# A line "Theo X" at the end is a source, not a byline (unless it is a sentence).
SOURCE_RE = re.compile(r"^\(?\s*(?:theo|nguồn)\s*[:]?\s+[^.!?]{1,80}\)?$"
                       r"|^\([A-ZĐ][^()]{1,40}\)$", re.I)  # "(TTXVN/Vietnam+)"
# A stray lowercase ASCII letter glued to a Vietnamese word ("bThời gian ..."),
# left by an editor; "iPhone" or "eKYC" (ASCII after it) are not touched.
STRAY_LETTER_RE = re.compile(r"^[a-z](?=[A-ZĐ]\w*[^\x00-\x7f])")
