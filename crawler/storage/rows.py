"""Articles and pages as the archive's rows, and back.

A row keeps lists (authors, tags, images) as JSON and dates as ISO 8601
strings; its ``hash`` is of the extracted content (not of when it was
fetched), so storing the same article again is seen as unchanged.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import datetime
from typing import Any

from crawler.items import Article, Image, Page


def page_from_row(row: dict[str, Any]) -> Page:
    return Page(url=row["url"], site=row["site"], body=zlib.decompress(row["body"]),
                encoding=row["encoding"], status=row["status"],
                fetched=datetime.fromisoformat(row["fetched"]), headers=json.loads(row["headers"]))


def article_to_row(article: Article) -> dict[str, Any]:
    record = article.to_record()
    row = {
        **record,
        "authors": json.dumps(record["authors"], ensure_ascii=False),
        "tags": json.dumps(record["tags"], ensure_ascii=False),
        "images": json.dumps(record["images"], ensure_ascii=False),
        "fetched": record["fetched"] or datetime.now().astimezone().isoformat(),
    }
    content = {k: v for k, v in row.items() if k != "fetched"}
    row["hash"] = hashlib.sha1(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return row


def record_to_article(record: dict[str, Any]) -> Article:
    """An Article from its JSON record (Article.to_record)."""
    return row_to_article({**record, **{k: json.dumps(record[k], ensure_ascii=False)
                                        for k in ("authors", "tags", "images")}})


def row_to_article(row: dict[str, Any]) -> Article:
    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Article(
        url=row["url"], site=row["site"], title=row["title"], text=row["text"],
        lead=row["lead"], authors=json.loads(row["authors"]),
        published=when(row["published"]), modified=when(row["modified"]),
        section=row["section"], tags=json.loads(row["tags"]),
        images=[Image(**i) for i in json.loads(row["images"])],
        language=row["language"], fetched=when(row["fetched"]),
    )

