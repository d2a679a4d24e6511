"""Re-run extraction over the stored raw pages, after the rules change.

The Python API behind ``newsarchive reextract``: every stored page goes
through the same code path as a crawl (:func:`crawler.sites.extract_with_site`);
an article whose extraction changed is rewritten, and the report says which
fields changed. Pages are read one at a time, and writes are committed in
batches, so a large archive is neither loaded whole nor left half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.extraction import ExtractionError
from crawler.sites import all_sites, extract_with_site
from crawler.storage import Archive

COMMIT_EVERY = 200
COMPARED_FIELDS = ("url", "title", "lead", "text", "authors", "published", "modified",
                   "section", "tags", "images", "language")


@dataclass
class Change:
    url: str
    fields: list[str]  # the fields that differ; ["new"] for an article not stored before


@dataclass
class SiteCounts:
    site: str
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0


@dataclass
class ReextractReport:
    sites: dict[str, SiteCounts] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)


def reextract(archive: Archive, site: str | None = None, *, dry_run: bool = False,
              progress: Callable[[int], None] | None = None) -> ReextractReport:
    """Re-extract the stored pages (of one site, or all); write changes unless dry_run."""
    sites = all_sites()
    report = ReextractReport()
    for done, page in enumerate(archive.pages(site), start=1):
        if progress:
            progress(done)
        counts = report.sites.setdefault(page.site, SiteCounts(page.site))
        counts.pages += 1
        try:
            article = extract_with_site(sites.get(page.site), page.body, page.url,
                                        encoding=page.encoding, fetched=page.fetched)
        except ExtractionError as exc:
            counts.failed += 1
            report.failures.append((page.url, str(exc)))
            continue
        old = archive.get(article.url)
        if old is None:
            fields = ["new"]
        else:
            before, after = old.to_record(), article.to_record()
            fields = [f for f in COMPARED_FIELDS if before[f] != after[f]]
        if not fields:
            counts.unchanged += 1
            continue
        if old is None:
            counts.new += 1
        else:
            counts.updated += 1
        report.changes.append(Change(article.url, fields))
        if not dry_run:
            archive.begin()
            archive.write_article(article)
            if done % COMMIT_EVERY == 0:
                archive.commit()
    archive.commit()
    return report
