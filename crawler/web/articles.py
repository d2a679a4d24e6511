"""The article page's content: the stored article, its earlier versions with what
changed from each to the next, and the stored raw page, for the views."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from crawler.items import Article
from crawler.storage import Archive

# Fields compared between versions, with the label a reader sees.
COMPARED = (("title", "Title"), ("lead", "Lead"), ("section", "Section"),
            ("authors", "Authors"), ("published", "Published"), ("modified", "Modified"),
            ("tags", "Tags"), ("images", "Images"))
SUBHEADING_RE = re.compile(r"^(#{1,4})\s+(.*)$")
HEADING_MAX = 100  # a short line without closing punctuation, before a paragraph
SENTENCE_END = tuple(".,;:!?…\"”')»")


@dataclass
class Change:
    label: str
    before: str = ""
    after: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)  # ("-"|"+", paragraph)


@dataclass
class Version:
    number: int
    replaced: str  # when this version stopped being current
    article: Article
    changes: list[Change]


@dataclass
class ArticleView:
    article: Article
    versions: list[Version]  # newest first
    blocks: list[tuple[str, str]]  # ("h"|"p", text) of the article's text


def article_view(archive: Archive, url: str) -> ArticleView | None:
    article = archive.get(url)
    if article is None:
        return None
    earlier = archive.versions(url)  # oldest first
    versions = []
    for i, (replaced, old) in enumerate(earlier):
        newer = earlier[i + 1][1] if i + 1 < len(earlier) else article
        versions.append(Version(i + 1, replaced, old, changes(old, newer)))
    return ArticleView(article, versions[::-1], text_blocks(article.text))


def text_blocks(text: str) -> list[tuple[str, str]]:
    """Paragraphs and subheadings (lines the extraction wrote as '## heading')."""
    lines = _paragraphs(text)
    blocks = []
    for i, line in enumerate(lines):
        marked = SUBHEADING_RE.match(line)
        if marked:
            blocks.append(("h", marked.group(2)))
        elif (0 < i < len(lines) - 1 and len(line) <= HEADING_MAX
              and not line.endswith(SENTENCE_END) and len(lines[i + 1]) > HEADING_MAX):
            blocks.append(("h", line))
        else:
            blocks.append(("p", line))
    return blocks


def changes(old: Article, new: Article) -> list[Change]:
    """What differs from `old` to `new`: short fields before/after, the text as the
    paragraphs removed and added."""
    out = []
    for name, label in COMPARED:
        before, after = _shown(getattr(old, name)), _shown(getattr(new, name))
        if before != after:
            out.append(Change(label, before, after))
    if old.text != new.text:
        diff = difflib.ndiff(_paragraphs(old.text), _paragraphs(new.text))
        lines = [(d[0], d[2:]) for d in diff if d[:1] in ("-", "+")]
        out.append(Change("Text", lines=lines))
    return out


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(getattr(v, "url", None) or str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return str(value)


def raw_page(archive: Archive, url: str) -> tuple[str, str] | None:
    """The stored page of `url` as (text, fetched), decoded as it was served."""
    page = archive.page(url)
    if page is None:
        return None
    try:
        text = page.body.decode(page.encoding or "utf-8", errors="replace")
    except LookupError:  # an encoding name Python does not know
        text = page.body.decode("utf-8", errors="replace")
    return text, page.fetched.isoformat()
