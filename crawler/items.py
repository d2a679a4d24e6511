"""The two items that flow through the crawl: a fetched page, then its article.

Spiders only fetch and yield :class:`Page`; the extraction pipeline turns it
into an :class:`Article`; storage writes articles. Keeping the raw page as an
item of its own lets extraction run outside the spider callback and be
re-run later over stored pages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Page:
    """An article page as fetched, before extraction."""

    url: str  # the real https URL of the site (never a fixture address)
    site: str  # spider name
    body: bytes = field(repr=False)
    encoding: str
    status: int
    fetched: datetime
    headers: dict[str, str] = field(default_factory=dict)
    # What discovery knew before fetching (feed title, sitemap lastmod, ...).
    hints: dict[str, Any] = field(default_factory=dict)
    # Set by the extraction pipeline: the article, or why there is none, and the
    # body compressed for storage (done in the workers, off the crawl process).
    article: Article | None = None
    error: str | None = None  # for people: the log, the DropItem
    error_key: str | None = None  # what the run record counts it under (crawler.outcomes)
    compressed: bytes | None = field(default=None, repr=False)


@dataclass
class Image:
    url: str
    caption: str | None = None


DIAGNOSTIC_FIELDS = ("published_text", "disagreements", "sources")


@dataclass
class Article:
    """One stored article: the row of the archive and the JSON record."""

    url: str
    site: str
    title: str
    text: str
    lead: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str | None = None
    fetched: datetime | None = None
    # How extraction decided (for `newsarchive check` and the benchmark; not
    # stored, not in the record): the date as printed on the page where found;
    # each field where a source contradicted the chosen value, as
    # {"field", "chosen", "chosen_source", "other", "other_source"}; and per
    # field the sources that agree with the chosen value.
    published_text: str | None = field(default=None, compare=False)
    disagreements: list[dict[str, Any]] = field(default_factory=list, compare=False)
    sources: dict[str, list[str]] = field(default_factory=dict, compare=False)

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready record: dates as ISO 8601 strings (no diagnostics)."""
        record = asdict(self)
        for key in DIAGNOSTIC_FIELDS:
            del record[key]
        for key in ("published", "modified", "fetched"):
            value = record[key]
            record[key] = value.isoformat() if value else None
        return record
