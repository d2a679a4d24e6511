"""Copies of the Lao Động Thủ Đô fixture site that misbehave in every way the
crawler must survive, for tests/test_bad_input.py.

A copy keeps the 18 good articles, their listings, feeds and sitemaps. What
:func:`build` adds (routes in ``_routes.json``, served by tests/fixture_server.py):

- article-shaped URLs (``/kiem-thu-{slug}-{id}.html``, ids 9900xx) listed first
  on the ``/the-thao`` listing: 404, 500, 429 (for ever; and once, with
  Retry-After, then 200),
  redirect loop, endless redirect chain, redirect to another domain, PDF, empty
  body, wrong or unknown charset, 50 MB page (with and without Content-Length),
  gzip bomb, connection dropped mid-body;
- five stored articles that now misbehave, their sitemap ``lastmod`` moved to
  now (build it after the first crawl) so that the crawler fetches them again;
- sitemaps in the index: truncated XML, an HTML page, 40 MB, and 10,000 URLs;
- feeds: an XML entity bomb ("billion laughs") and an empty body;
- listings: ``/y-te`` <-> ``/y-te/p2`` (a paging cycle) and ``/giao-duc``
  whose "next" link leads on through 60 pages;
- a second host, ``othernews.example``, served too: the redirect to it must
  not be followed.

:func:`build_timeouts` adds only two pages that answer too late (the crawl
that uses it sets a short DOWNLOAD_TIMEOUT). Both return the cases with the
outcome the crawler must reach.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "sites"
HOST = "laodongthudo.vn"
BASE = f"https://{HOST}"
OTHER_HOST = "othernews.example"
OTHER_URL = f"https://{OTHER_HOST}/bai-viet-cua-bao-khac-123456.html"
FEED_CT = "application/rss+xml; charset=utf-8"
LISTING = "/the-thao"  # where the bad articles are linked

TEMPLATE = "doanh-nghiep-tang-tuyen-lao-dong-sau-ky-nghi-le-184806"
TEMPLATE_TITLE = "Doanh nghiệp tăng tuyển lao động sau kỳ nghỉ lễ"
TEMPLATE_SAPO = ("Sau kỳ nghỉ lễ 30/4 - 1/5, nhiều doanh nghiệp trên địa bàn Hà Nội đã đăng tin "
                 "tuyển dụng bổ sung lao động để đáp ứng các đơn hàng sản xuất quý II và quý III.")

#: Listings that loop: a two-page cycle, and a "next" chain much longer than any limit.
CYCLE = ("/y-te", "/y-te/p2")
CHAIN = "/giao-duc"
CHAIN_PAGES = 60
RETRY_AFTER = 1  # seconds, in the 429 answers
DOWNLOAD_TIMEOUT = 1  # seconds, for the crawl of build_timeouts()
LATE = 4 * DOWNLOAD_TIMEOUT  # the timeout pages answer this late
TOO_BIG = r"size|large|max|cancel"
CUT = r"loss|truncat|incomplete|lost|closed|dropped"
CHARSET = r"charset|encod|decod|mojibake"


@dataclass(frozen=True)
class Case:
    """One bad input and what the crawler must do with it.

    outcome: "fail"    logged with its URL and a reason, counted, not stored;
             "stored"  stored, with `title` and `sapo` (the input recovers);
             "recover" stored with the right `title` and `sapo` (not mojibake),
                       or else handled like "fail".
    A `known` case is an article stored before: it must stay exactly as stored.
    """

    name: str
    url: str
    outcome: str
    reason: str = ""  # regex (case-insensitive) the logged reason must match
    key: str | None = None  # failure key in the run record, where the project names it
    also_logged_as: tuple[str, ...] = ()  # other URLs the log may name (redirect hops)
    known: bool = False
    entry: bool = False  # a sitemap or feed, not an article
    title: str | None = None
    sapo: str | None = None


def article_url(slug: str, article_id: int) -> str:
    return f"{BASE}/kiem-thu-{slug}-{article_id}.html"


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


class BadSite:
    """A copy of the fixture site being made bad; :meth:`save` writes it out."""

    def __init__(self, dest: Path):
        shutil.copytree(SITES / "laodongthudo", dest,
                        ignore=shutil.ignore_patterns("__pycache__", "*.py"))
        self.root = dest
        self.site = dest / HOST
        (self.site / "_bad").mkdir()
        self.routes = json.loads((self.site / "_routes.json").read_text(encoding="utf-8"))
        self.template = (self.site / f"{TEMPLATE}.html").read_text(encoding="utf-8")
        self.cases: list[Case] = []

    def article_page(self, url: str, title: str, sapo: str) -> str:
        """A MasterCMS article page for `url`, made from a fixture article."""
        slug_id = path_of(url)[1:].removesuffix(".html")
        page = self.template.replace(TEMPLATE, slug_id)
        page = page.replace("184806", slug_id.rsplit("-", 1)[1])
        return page.replace(TEMPLATE_TITLE, title).replace(TEMPLATE_SAPO, sapo)

    def add(self, case: Case, spec: dict, page: str | None = None,
            encoding: str = "utf-8") -> None:
        """Serve `case.url` by the route `spec` (with `page` as its file, if given)."""
        if page is not None:
            file = f"_bad/{case.name}.html"
            (self.site / file).write_bytes(page.encode(encoding))
            spec = {"file": file, **spec}
        self.routes[path_of(case.url)] = spec
        self.cases.append(case)

    def save(self) -> list[Case]:
        """Link the new articles first on the listing, write the routes."""
        listing = self.site / LISTING.lstrip("/") / "index.html"
        items = "".join(
            f'<div class="list_news"><div class="list_news_title"><h2><a href="{c.url}" '
            f'title="{c.name}">{c.name}</a></h2></div></div>\n\t\t'
            for c in self.cases if not c.known and not c.entry)
        html = listing.read_text(encoding="utf-8")
        listing.write_text(html.replace('<div class="list_news">',
                                        items + '<div class="list_news">', 1), encoding="utf-8")
        (self.site / "_routes.json").write_text(
            json.dumps(self.routes, ensure_ascii=False, indent=1), encoding="utf-8")
        return self.cases


def build_timeouts(dest: Path) -> list[Case]:
    """The fixture site plus two article pages that answer later than DOWNLOAD_TIMEOUT."""
    bad = BadSite(dest)
    for name, slug, article_id, spec in (
            ("timeout-headers", "cham-tra-loi", 990015, {"delay": LATE}),
            ("timeout-body", "cham-noi-dung", 990016, {"body_delay": LATE})):
        url = article_url(slug, article_id)
        bad.add(Case(name, url, "fail", r"time ?out|timed out|took longer"), spec,
                bad.article_page(url, "Máy chủ trả lời chậm", "Bài này đến quá muộn."))
    return bad.save()


def build(dest: Path) -> list[Case]:
    """The fixture site plus every other bad input (see the module docstring)."""
    bad = BadSite(dest)
    _bad_articles(bad)
    _recovering_articles(bad)
    _known_articles(bad)
    _sitemaps(bad)
    _feeds(bad)
    _looping_listings(bad)
    other = dest / OTHER_HOST  # served too, so following the redirect would show
    other.mkdir()
    (other / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (other / OTHER_URL.rsplit("/", 1)[1]).write_text(
        bad.article_page(OTHER_URL, "Bài của báo khác", "Không thuộc trang này."),
        encoding="utf-8")
    return bad.save()


def _bad_articles(bad: BadSite) -> None:
    add = bad.add
    add(Case("http-404", article_url("http-404", 990001), "fail", r"HTTP 404", "http_404"),
        {"file": "_errors/404.html", "status": 404})
    add(Case("http-500", article_url("http-500", 990002), "fail", r"HTTP 500", "http_500"),
        {"status": 500, "body": "Internal Server Error", "content_type": "text/plain"})
    # (no Retry-After here: one is enough to slow the whole crawl down)
    add(Case("http-429-for-ever", article_url("http-429", 990003), "fail", r"HTTP 429",
             "http_429"),
        {"status": 429, "body": "Too Many Requests", "content_type": "text/plain"})
    loop_a, loop_b = article_url("vong-lap-a", 990005), article_url("vong-lap-b", 990006)
    add(Case("redirect-loop", loop_a, "fail", r"redirect", also_logged_as=(loop_b,)),
        {"redirect": path_of(loop_b)})
    bad.routes[path_of(loop_b)] = {"redirect": path_of(loop_a), "status": 301}
    chain = article_url("chuyen-huong-mai", 990007)
    add(Case("redirect-chain", chain, "fail", r"redirect"),
        {"redirect": path_of(chain) + "?hop={n}"})
    add(Case("redirect-other-domain", article_url("sang-bao-khac", 990008), "fail",
             rf"redirect|offsite|other|{re.escape(OTHER_HOST)}|not followed",
             also_logged_as=(OTHER_URL,)),
        {"redirect": OTHER_URL, "status": 301})
    (bad.site / "_bad" / "doc.pdf").write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>>\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    add(Case("not-html", article_url("tep-pdf", 990009), "fail", r"not an HTML|pdf"),
        {"file": "_bad/doc.pdf", "content_type": "application/pdf"})
    add(Case("empty-body", article_url("trang-rong", 990010), "fail", r"empty"),
        {"body": "", "content_type": "text/html; charset=utf-8"})
    big = {"generate_bytes": 50 * 1024 * 1024, "repeat": "lao dong thu do ",
           "prefix": '<html><head><meta charset="utf-8"><title>x</title></head><body>'
                     '<div class="detail_info __MASTERCMS_CONTENT"><p>'}
    add(Case("page-50mb", article_url("trang-50mb", 990011), "fail", TOO_BIG), big)
    add(Case("page-50mb-no-length", article_url("trang-50mb-khong-do-dai", 990012), "fail",
             TOO_BIG), {**big, "content_length": False})
    add(Case("gzip-bomb", article_url("bom-gzip", 990013), "fail", TOO_BIG + "|decompress"),
        {"gzip_bomb": 100 * 1024 * 1024, "prefix": big["prefix"], "repeat": "A"})
    url = article_url("dut-ket-noi", 990014)
    add(Case("dropped-mid-body", url, "fail", CUT), {"truncate": 2000},
        bad.article_page(url, "Kết nối bị ngắt giữa chừng", "Bài này bị cắt."))


def _recovering_articles(bad: BadSite) -> None:
    def good(name: str, slug: str, article_id: int, title: str, sapo: str, outcome: str,
             spec: dict, meta_charset: str | None = None) -> None:
        url = article_url(slug, article_id)
        page = bad.article_page(url, title, sapo)
        if meta_charset:
            page = page.replace('<meta charset="utf-8">', f'<meta charset="{meta_charset}">')
        bad.add(Case(name, url, outcome, CHARSET, title=title, sapo=sapo), spec, page)

    good("http-429-then-ok", "429-roi-200", 990020, "Người lao động được tư vấn việc làm miễn phí",
         "Trung tâm Dịch vụ việc làm Hà Nội tư vấn miễn phí cho người lao động.", "stored",
         {"sequence": [{"status": 429, "body": "Too Many Requests", "content_type": "text/plain",
                        "headers": {"Retry-After": str(RETRY_AFTER)}}, {}]})
    good("charset-header-wrong", "bang-ma-khai-sai", 990021,
         "Công đoàn thăm hỏi đoàn viên ốm đau",
         "Công đoàn quận Đống Đa thăm hỏi, tặng quà đoàn viên ốm đau.", "recover",
         {"content_type": "text/html; charset=iso-8859-1"})
    good("charset-header-unknown", "bang-ma-khong-ton-tai", 990022,
         "Hội thao công nhân khu công nghiệp",
         "Hơn 500 vận động viên tham gia hội thao công nhân khu công nghiệp.", "recover",
         {"content_type": "text/html; charset=x-khong-co-bang-ma-nay"})
    good("charset-meta-wrong", "meta-bang-ma-sai", 990023,
         "Sửa chữa nhà văn hóa cho người lao động",
         "Nhiều nhà văn hóa khu nhà trọ được sửa chữa cho người lao động.", "recover",
         {"content_type": "text/html"}, meta_charset="windows-1252")


def _known_articles(bad: BadSite) -> None:
    """Stored articles that now misbehave; the sitemap says they changed."""
    known = {
        "184538": ("known-500", "fail", "HTTP 500", "http_500",
                   {"status": 500, "body": "Internal Server Error", "content_type": "text/plain"}),
        "184618": ("known-404", "fail", "HTTP 404", "http_404",
                   {"file": "_errors/404.html", "status": 404}),
        "184634": ("known-empty", "fail", "empty", None,
                   {"body": "", "content_type": "text/html; charset=utf-8"}),
        "184768": ("known-dropped-mid-body", "fail", CUT, None, {"truncate": 3000}),
        "184904": ("known-charset-wrong", "recover", CHARSET, None,
                   {"content_type": "text/html; charset=iso-8859-1"}),
    }
    # A second on: later than any fetch made before the build, and soon past.
    changed = (datetime.now(timezone(timedelta(hours=7))) + timedelta(seconds=1))
    sitemap_file = bad.site / "sitemaparticles-site-1.xml"
    sitemap = sitemap_file.read_text(encoding="utf-8")
    for article_id, (name, outcome, reason, key, spec) in known.items():
        file = next(bad.site.glob(f"*-{article_id}.html"))
        url = f"{BASE}/{file.name}"
        if "body" not in spec and "file" not in spec:
            spec = {"file": file.name, **spec}
        bad.add(Case(name, url, outcome, reason, key, known=True), spec)
        sitemap, count = re.subn(rf"(<loc>{re.escape(url)}</loc>\s*<lastmod>)[^<]+",
                                 rf"\g<1>{changed.isoformat(timespec='seconds')}", sitemap)
        assert count == 1, url
    sitemap_file.write_text(sitemap, encoding="utf-8")


def _good_urls(bad: BadSite) -> list[str]:
    """The fixture's article URLs, but those of known cases."""
    known = {c.url for c in bad.cases if c.known}
    return [url for f in sorted(bad.site.glob("*-1[0-9][0-9][0-9][0-9][0-9].html"))
            if (url := f"{BASE}/{f.name}") not in known]


def _sitemaps(bad: BadSite) -> None:
    good = _good_urls(bad)
    urlset = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
    broken = (urlset + f"\t<url>\n\t\t<loc>{good[0]}</loc>\n\t\t<lastmod>2024-05-13T15:50"
              f"\n\t</url>\n\t<url><loc>{BASE}/kiem-thu-sitemap-")
    many = urlset + "".join(f"<url><loc>{good[i % len(good)]}</loc>"
                            "<lastmod>2024-04-01T00:00:00+07:00</lastmod></url>\n"
                            for i in range(10_000)) + "</urlset>\n"
    (bad.site / "_bad" / "sitemap-broken.xml").write_text(broken, encoding="utf-8")
    (bad.site / "_bad" / "sitemap-many.xml").write_text(many, encoding="utf-8")
    entries = {
        "/sitemap-broken.xml": {"file": "_bad/sitemap-broken.xml",
                                "content_type": "application/xml"},
        "/sitemap-html.xml": {"file": "index.html", "content_type": "text/html; charset=utf-8"},
        "/sitemap-huge.xml": {"generate_bytes": 40 * 1024 * 1024, "prefix": urlset,
                              "repeat": f"<url><loc>{BASE}/tag/lao-dong-10421.tag</loc></url>\n",
                              "suffix": "</urlset>\n", "content_type": "application/xml"},
        "/sitemap-many.xml": {"file": "_bad/sitemap-many.xml", "content_type": "application/xml"},
    }
    bad.routes.update(entries)
    index = bad.site / "sitemap.xml"
    index.write_text(index.read_text(encoding="utf-8").replace("</sitemapindex>", "".join(
        f"\t<sitemap>\n\t\t<loc>{BASE}{p}</loc>\n\t</sitemap>\n" for p in entries)
        + "</sitemapindex>"), encoding="utf-8")
    bad.cases += [
        Case("sitemap-broken", f"{BASE}/sitemap-broken.xml", "fail",
             r"sitemap|xml|malformed|truncat", entry=True),
        Case("sitemap-html", f"{BASE}/sitemap-html.xml", "fail", r"sitemap|xml|html",
             entry=True),
        Case("sitemap-huge", f"{BASE}/sitemap-huge.xml", "fail", TOO_BIG, entry=True),
    ]


def _feeds(bad: BadSite) -> None:
    lols = "".join(f'  <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
    bomb = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [\n  <!ENTITY lol0 "lol">\n'
            f'{lols}]>\n<rss version="2.0"><channel><title>&lol9;</title>\n'
            f"<item><title>&lol9;</title><link>{_good_urls(bad)[1]}</link>"
            "<description>&lol9;</description></item>\n</channel></rss>\n")
    (bad.site / "_bad" / "bomb.rss").write_text(bomb, encoding="utf-8")
    for suffix in ("", "/"):
        bad.routes[f"/rss_feed/the-thao{suffix}"] = {"file": "_bad/bomb.rss",
                                                     "content_type": FEED_CT}
        bad.routes[f"/rss_feed/quoc-te{suffix}"] = {"body": "", "content_type": FEED_CT}
    bad.cases += [
        Case("feed-entity-bomb", f"{BASE}/rss_feed/the-thao", "fail", r"feed|entit|xml|bomb",
             entry=True),
        Case("feed-empty", f"{BASE}/rss_feed/quoc-te", "fail", r"feed|empty|xml", entry=True),
    ]


def _looping_listings(bad: BadSite) -> None:
    def set_paging(page: Path, links: list[tuple[str, str]], out: Path) -> None:
        html = page.read_text(encoding="utf-8")
        paging = "".join(f'<a href="{href}">{label}</a>' for href, label in links)
        html, count = re.subn(r'<div class="__MB_ARTICLE_PAGING paging">.*?</div>',
                              f'<div class="__MB_ARTICLE_PAGING paging">{paging}</div>',
                              html, count=1, flags=re.S)
        assert count == 1, page
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")

    # the last link of the paging is "next"
    first = bad.site / CYCLE[0].lstrip("/") / "index.html"
    set_paging(first, [(CYCLE[0], "1"), (CYCLE[1], "&raquo;")], first)
    set_paging(first, [(CYCLE[0], "1"), (CYCLE[1], "2"), (CYCLE[0], "&raquo;")],
               bad.site / CYCLE[1].lstrip("/") / "index.html")
    first = bad.site / CHAIN.lstrip("/") / "index.html"
    for n in range(CHAIN_PAGES, 0, -1):  # page 1 last: the others are made from it
        out = first if n == 1 else bad.site / CHAIN.lstrip("/") / f"p{n}" / "index.html"
        set_paging(first, [(CHAIN, "1"), (f"{CHAIN}/p{n + 1}", "&raquo;")], out)
