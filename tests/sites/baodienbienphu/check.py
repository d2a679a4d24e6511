#!/usr/bin/env python3
"""Self-check of the Báo Điện Biên Phủ fixture (needs lxml + cssselect).

Usage:  .venv/bin/python tests/sites/baodienbienphu/check.py

Independent of build.py: reads only the generated files. Checks that every
JSON/XML file parses, that every URL in the API lists and sitemaps maps to a
file (except the one deliberate 404), the discovery coverage (one sitemap-only,
one API-only, one deleted), and that expected.json agrees with each page when
the page is read with the text rules of the brief. Prints a summary, exits 1
on the first failure list.
"""

import json
import os
import re
import sys
import unicodedata
from urllib.parse import urlsplit, parse_qsl
from xml.etree import ElementTree as ET

import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = "baodienbienphu.vn"
API = "api-dienbien.baodienbienphu.vn"
SEED = "/work/shared/seeds/baodienbienphu-clean.txt"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def load_routes(host):
    p = os.path.join(HERE, host, "_routes.json")
    return json.load(open(p, encoding="utf-8")) if os.path.exists(p) else {}


def resolve(url):
    """Mimic the fixture server: -> (status, absolute file path or None)."""
    u = urlsplit(url)
    host, path, query = u.hostname, u.path or "/", dict(parse_qsl(u.query))
    for key, target in load_routes(host).items():
        ku = urlsplit(key)
        if ku.path == path and all(query.get(k) == v for k, v in parse_qsl(ku.query)):
            if isinstance(target, str):
                target = {"file": target}
            return target.get("status", 200), os.path.join(HERE, host, target["file"])
    full = os.path.join(HERE, host, path.lstrip("/"))
    if os.path.isdir(full):
        full = os.path.join(full, "index.html")
    return (200, full) if os.path.isfile(full) else (404, None)


# 1. every JSON / XML file parses
for root, _dirs, files in os.walk(HERE):
    for f in files:
        p = os.path.join(root, f)
        try:
            if f.endswith(".json"):
                json.load(open(p, encoding="utf-8"))
            elif f.endswith(".xml"):
                ET.parse(p)
        except Exception as e:  # noqa: BLE001
            err("does not parse: %s (%s)" % (p, e))

# 2. discovery through the API
api_urls = []
status, f = resolve("https://%s/api/web/menu-get-list" % API)
menus = json.load(open(f, encoding="utf-8"))["data"]["list"]
for m in menus:
    st, f = resolve("https://%s/api/web/article-get-news-by-category-slug?category_slug=%s&limit=50"
                    % (API, m["menu_slug"]))
    if st != 200 or not f:
        err("no API route for menu %s" % m["menu_slug"])
        continue
    lst = json.load(open(f, encoding="utf-8"))["data"]["list"]
    dates = [x["publish_date"] for x in lst]
    if dates != sorted(dates, reverse=True):
        err("API list %s not newest first" % m["menu_slug"])
    for x in lst:
        api_urls.append("https://%s/%s/%s/%s" % (SITE, x["article_type_slug"], x["category_slug"], x["article_slug"]))
empty_menus = []
for m in menus:
    st, f = resolve("https://%s/api/web/article-get-news-by-category-slug?category_slug=%s" % (API, m["menu_slug"]))
    if not json.load(open(f, encoding="utf-8"))["data"]["list"]:
        empty_menus.append(m["menu_slug"])

# 3. discovery through the sitemaps
robots = open(os.path.join(HERE, SITE, "robots.txt"), encoding="utf-8").read()
sm_index = re.search(r"^Sitemap:\s*(\S+)", robots, re.M).group(1)
sitemap_urls = []
st, f = resolve(sm_index)
for loc in ET.parse(f).getroot().iter(SM + "loc"):
    st, f2 = resolve(loc.text.strip())
    if st != 200:
        err("sitemap %s missing" % loc.text)
        continue
    for url in ET.parse(f2).getroot().iter(SM + "url"):
        lastmod = url.find(SM + "lastmod").text
        if not lastmod.endswith("+07:00"):
            err("lastmod without +07:00: %s" % lastmod)
        sitemap_urls.append(url.find(SM + "loc").text.strip())

api_set, sm_set = set(api_urls), set(sitemap_urls)
missing = [u for u in api_set | sm_set if resolve(u)[0] != 200]
api_only = sorted(api_set - sm_set)
sm_only = sorted(sm_set - api_set)
existing_api_only = [u for u in api_only if u not in missing]
if len(missing) != 1 or missing[0] not in api_set or resolve(missing[0])[0] != 404:
    err("expected exactly one deleted (404) API entry, got %s" % missing)
if len(existing_api_only) != 1:
    err("expected exactly one API-only article, got %s" % existing_api_only)
if len(sm_only) != 1:
    err("expected exactly one sitemap-only article, got %s" % sm_only)

# 4. section shells and home: no article links
for rel in ["index.html"] + ["tin-tuc/%s/index.html" % m["menu_slug"] for m in menus]:
    p = os.path.join(HERE, SITE, rel)
    if not os.path.isfile(p):
        err("missing shell %s" % rel)
    elif "/tin-bai/" in open(p, encoding="utf-8").read():
        err("shell %s has article links" % rel)

# 5. expected.json vs pages
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
KEYS = {"url", "title", "lead", "text", "authors", "published", "modified", "section", "tags", "images", "language"}
pages_on_disk = set()
for root, _d, files in os.walk(os.path.join(HERE, SITE, "tin-bai")):
    for f in files:
        pages_on_disk.add("https://%s/%s" % (SITE, os.path.relpath(os.path.join(root, f), os.path.join(HERE, SITE))))
if {e["url"] for e in expected} != pages_on_disk:
    err("expected.json urls != article files on disk")
if not pages_on_disk <= (api_set | sm_set):
    err("unreachable pages: %s" % (pages_on_disk - api_set - sm_set))

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
seed_text = open(SEED, encoding="utf-8").read().strip("\n").replace("\n", "\n\n") if os.path.exists(SEED) else None
seed_found = None
for e in expected:
    u = e["url"]
    if set(e) != KEYS:
        err("%s: keys %s" % (u, sorted(set(e) ^ KEYS)))
    st, f = resolve(u)
    raw = open(f, "rb").read()
    if not 15000 <= len(raw) <= 40000:
        err("%s: size %d" % (u, len(raw)))
    doc = lxml.html.document_fromstring(raw.decode("utf-8"))
    meta = lambda prop: doc.xpath("//meta[@property=$p]/@content", p=prop)  # noqa: E731
    if doc.get("lang") != "vi":
        err("%s: lang" % u)
    if doc.xpath("//link[@rel='canonical']/@href") != [u] or meta("og:url") != [u]:
        err("%s: canonical/og:url" % u)
    h1 = norm(doc.cssselect("h1.title-detail")[0].text_content())
    if h1 != e["title"] or meta("og:title") != [e["title"]]:
        err("%s: title" % u)
    if doc.findtext(".//title") != e["title"] + " - Báo Điện Biên Phủ":
        err("%s: <title>" % u)
    if meta("article:published_time") != [e["published"]] or meta("article:modified_time") != [e["modified"]]:
        err("%s: meta times" % u)
    ld = [json.loads(s) for s in doc.xpath("//script[@type='application/ld+json']/text()")]
    news = [x for x in ld if x.get("@type") == "NewsArticle"][0]
    if (news["headline"], news["datePublished"], news["dateModified"]) != (e["title"], e["published"], e["modified"]):
        err("%s: JSON-LD" % u)
    ld_auth = news["author"] if isinstance(news["author"], list) else [news["author"]]
    if [a["name"] for a in ld_auth] != e["authors"]:
        err("%s: JSON-LD authors" % u)
    # visible date line, day first, agrees to the minute
    line = doc.cssselect("#detail-news .time-detail")[0].text_content()
    m = re.match(r"(Thứ \w+|Chủ Nhật), (\d\d)/(\d\d)/(\d{4}) \| (\d\d):(\d\d)$", line)
    from datetime import datetime
    pub = datetime.strptime(e["published"][:16], "%Y-%m-%dT%H:%M")
    if not m or (int(m[4]), int(m[3]), int(m[2]), int(m[5]), int(m[6])) != (pub.year, pub.month, pub.day, pub.hour, pub.minute) \
            or m[1] != WEEKDAYS[pub.weekday()]:
        err("%s: date line %r" % (u, line))
    sec = doc.cssselect("#detail-news a[href*='/tin-tuc/']")
    if not sec or norm(sec[0].text_content()) != e["section"] or meta("article:section") != [e["section"]]:
        err("%s: section" % u)
    tags = [norm(a.text_content()) for a in doc.cssselect("#detail-news .tags a")]
    if tags != e["tags"]:
        err("%s: tags %s" % (u, tags))
    body = doc.cssselect("#detail-news div.editor-content")
    if len(body) != 1:
        err("%s: editor-content count" % u)
        continue
    body = body[0]
    imgs = []
    for fig in body.cssselect("figure"):
        cap = fig.cssselect("figcaption")
        imgs.append({"url": fig.cssselect("img")[0].get("src"), "caption": norm(cap[0].text_content()) if cap else None})
    if imgs != e["images"]:
        err("%s: images" % u)
    byline = body.xpath("./p[contains(@style,'text-align: right')]")
    if len(byline) != 1 or byline[0].getnext() is not None:
        err("%s: byline not last" % u)
        continue
    by = norm(byline[0].text_content())
    by = re.sub(r"^(Tin|Bài)(, | và )ảnh:\s*", "", by)
    if [x.strip() for x in by.split(" - ")] != e["authors"]:
        err("%s: authors %r" % (u, by))
    blocks = []
    for el in body.iter("p", "h2", "h3", "h4", "li"):
        if el is byline[0] or el.xpath("ancestor::figure or ancestor::div[contains(@class,'related-inline')]"):
            continue
        if el.tag in ("p", "h2", "h3", "h4") and el.xpath("ancestor::li"):
            continue
        blocks.append(norm(el.text_content()))
    text = "\n\n".join(blocks)
    if text != e["text"]:
        err("%s: text differs" % u)
    if blocks[0] != e["lead"] or not e["lead"].startswith("ĐBP - "):
        err("%s: lead" % u)
    first_p = body.xpath("./p")[0]
    if first_p.xpath("count(./strong)") != 1 or norm(first_p[0].text_content()) != e["lead"]:
        err("%s: lead not bold" % u)
    if not unicodedata.is_normalized("NFC", e["text"]):
        err("%s: expected text not NFC" % u)
    if "ĐBP - Thời gian qua tỉnh Điện Biên" in e["text"]:
        seed_found = u
        if seed_text is not None and e["text"] != seed_text:
            err("seed text differs from %s" % SEED)
    if e["title"] not in doc.xpath("//script[@id='__NUXT_DATA__']/text()")[0]:
        err("%s: __NUXT_DATA__ lacks title" % u)

if not seed_found:
    err("seed article not found")

print("articles (existing pages): %d" % len(pages_on_disk))
print("API entries: %d (menus: %d, empty: %s)" % (len(api_urls), len(menus), ", ".join(empty_menus)))
print("sitemap entries: %d" % len(sitemap_urls))
print("in both: %d" % len(api_set & sm_set))
print("API only (exists): %s" % existing_api_only)
print("sitemap only: %s" % sm_only)
print("deleted (404): %s" % missing)
print("seed: %s" % seed_found)
if errors:
    print("\nFAILURES:\n  " + "\n  ".join(errors))
    sys.exit(1)
print("OK")
