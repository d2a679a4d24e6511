"""What the archive holds of each article, for incremental crawls that cannot read it.

A frontier crawler (crawler.frontier) runs where the archive is not; the
writer publishes, per stored article, when it was fetched and published and
the validators its page came with, and the crawler decides from that as a
local crawl decides from the archive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from crawler.storage.archive import Archive


def known_articles(archive: Archive) -> Iterator[tuple[str, str, str | None, dict[str, str]]]:
    """(url, fetched, published, page headers) of every stored article."""
    rows = archive.db.execute(
        "SELECT a.url, a.fetched, a.published, p.headers FROM articles a "
        "LEFT JOIN pages p ON p.url = a.url")
    for url, fetched, published, headers in rows:
        yield url, fetched, published, json.loads(headers or "{}")
