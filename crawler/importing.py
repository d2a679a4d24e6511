"""Loading articles from JSON lines: our own export, news-please's and Fundus's JSON.

``newsarchive export`` and ``newsarchive import`` move an archive between
machines and merge archives. Each line is one JSON object; its format is told by
its keys (:func:`to_article`). Every article goes through the archive's own
write path (:meth:`Archive.write_article`), so importing is what a recrawl
does: a known, unchanged article changes nothing, a changed one becomes the
current version and the old one is kept. A record *older* than the stored one
(by ``fetched``) is kept as an earlier version instead of replacing it, so
merging an old export never rolls an article back; importing twice adds
nothing. A bad line is rejected with its number and the import goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from crawler.extraction.dates import VN_TZ
from crawler.items import Article, Image
from crawler.storage.archive import Archive

COMMIT_EVERY = 1_000  # articles per transaction
NEWS_PLEASE_KEYS = {"maintext", "date_publish", "source_domain"}
FUNDUS_KEYS = {"plaintext", "publishing_date", "body", "publisher"}
OUTCOMES = ("new", "updated", "unchanged", "rejected")


class RecordError(ValueError):
    """A record that cannot become an article; the message says which field."""


@dataclass
class ImportReport:
    lines: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)


def import_lines(archive: Archive, lines: Iterable[str], *,
                 site_of: Callable[[str], str] | None = None,
                 progress: Callable[[ImportReport], None] | None = None) -> ImportReport:
    """Import JSON lines into `archive`, one at a time (never all in memory).

    `site_of` names the site of a URL for formats that do not carry our site
    names (default: the host's first label); `progress` is called every
    COMMIT_EVERY lines and at the end.
    """
    report = ImportReport()
    archive.begin()
    for number, line in enumerate(lines, start=1):
        report.lines = number
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise RecordError("not a JSON object")
            outcome = store(archive, to_article(record, site_of or default_site))
        except (ValueError, TypeError) as exc:  # JSONDecodeError and RecordError too
            report.counts["rejected"] += 1
            report.errors.append((number, str(exc).splitlines()[0][:200]))
            continue
        report.counts[outcome] += 1
        if number % COMMIT_EVERY == 0:
            archive.commit()
            archive.begin()
            if progress:
                progress(report)
    archive.commit()
    if progress:
        progress(report)
    return report


def store(archive: Archive, article: Article) -> str:
    """Write one article as a recrawl would; an older record becomes an earlier version."""
    current = archive.get(article.url)
    if current is not None and article.fetched and current.fetched and \
            article.fetched < current.fetched:
        return "updated" if archive.add_version(article) else "unchanged"
    if current is not None and archive.has_version(article):
        return "unchanged"  # an old version imported again
    return archive.write_article(article)


def default_site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host.split(".")[0]


def to_article(record: dict[str, Any], site_of: Callable[[str], str]) -> Article:
    """An Article from a record of any format we read; RecordError names what is wrong."""
    keys = set(record)
    if keys & NEWS_PLEASE_KEYS:
        record = _from_news_please(record, site_of)
    elif keys & FUNDUS_KEYS:
        record = _from_fundus(record, site_of)
    url = record.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise RecordError(f"no http(s) url: {url!r}")
    title, text = record.get("title"), record.get("text")
    if not isinstance(title, str) or not title.strip():
        raise RecordError(f"{url}: no title")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(f"{url}: no text")
    images = [Image(i) if isinstance(i, str) else Image(i["url"], i.get("caption"))
              for i in _list(record, "images", url)]
    return Article(
        url=url, site=_str(record, "site", url) or site_of(url), title=title, text=text,
        lead=_str(record, "lead", url), authors=[str(a) for a in _list(record, "authors", url)],
        published=_date(record, "published", url), modified=_date(record, "modified", url),
        section=_str(record, "section", url), tags=[str(t) for t in _list(record, "tags", url)],
        images=images, language=_str(record, "language", url),
        fetched=_date(record, "fetched", url))


def _from_news_please(r: dict[str, Any], site_of: Callable[[str], str]) -> dict[str, Any]:
    """news-please's JSON (NewsArticle): maintext, description, date_publish, ..."""
    url = r.get("url")
    return {"url": url, "site": site_of(url) if isinstance(url, str) else None,
            "title": r.get("title") or r.get("title_page") or r.get("title_rss"),
            "lead": r.get("description"), "text": r.get("maintext"),
            "authors": r.get("authors") or [], "published": r.get("date_publish"),
            "modified": r.get("date_modify"), "fetched": r.get("date_download"),
            "images": [r["image_url"]] if r.get("image_url") else [],
            "language": r.get("language")}


def _from_fundus(r: dict[str, Any], site_of: Callable[[str], str]) -> dict[str, Any]:
    """Fundus's Article.to_json(): plaintext (or body), publishing_date, topics, ..."""
    url = r.get("url") or r.get("responded_url") or r.get("requested_url") or (
        r.get("html") or {}).get("responded_url")
    text, lead = r.get("plaintext"), None
    body = r.get("body")
    if isinstance(body, dict):  # {"summary": [..], "sections": [{"headline", "paragraphs"}]}
        lead = "\n\n".join(body.get("summary") or []) or None
        if not text:
            text = "\n\n".join(p for s in body.get("sections") or []
                               for p in (s.get("paragraphs") or []))
    images = [i.get("url") or next(iter(i.get("versions") or [{}]), {}).get("url")
              for i in r.get("images") or [] if isinstance(i, dict)]
    return {"url": url, "site": site_of(url) if isinstance(url, str) else None,
            "title": r.get("title"), "lead": lead, "text": text,
            "authors": r.get("authors") or [], "published": r.get("publishing_date"),
            "tags": r.get("topics") or [], "images": [i for i in images if i],
            "language": r.get("lang") or r.get("language"), "fetched": None}


def _str(record: dict[str, Any], key: str, url: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise RecordError(f"{url}: {key} is not a string")
    return value or None


def _list(record: dict[str, Any], key: str, url: str) -> list[Any]:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise RecordError(f"{url}: {key} is not a list")
    return value


def _date(record: dict[str, Any], key: str, url: str) -> datetime | None:
    """ISO 8601 or "YYYY-MM-DD HH:MM:SS"; a date without a zone is Vietnam's (+07:00)."""
    value = record.get(key)
    if value in (None, ""):
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise RecordError(f"{url}: {key} is not a date: {value!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=VN_TZ)
