"""Filters on articles (site, section, author, dates) as one SQL fragment.

Shared by search, export and stats so that ``--site``/``--since``/... mean
the same everywhere. Section and author match without accents or case
("tran vu" finds "Trần Vũ"), as the folded index's tokens do
(:mod:`crawler.storage.terms`), through the SQL functions that
:func:`crawler.storage.archive.open_archive` registers on its connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crawler.storage.terms import key, words


@dataclass(frozen=True)
class Filters:
    site: str | None = None
    section: str | None = None
    author: str | None = None
    since: datetime | None = None  # published at or after
    until: datetime | None = None  # published before (exclusive)

    def sql(self, alias: str = "a") -> tuple[list[str], dict[str, Any]]:
        """WHERE clauses (to AND together) and their named parameters."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if self.site:
            where.append(f"{alias}.site = :f_site")
            params["f_site"] = self.site
        if self.section:  # letters and digits alike: "van hoa xa hoi" = "Văn hóa - Xã hội"
            where.append(f"na_key({alias}.section) = :f_section")
            params["f_section"] = key(self.section)
        if self.author:  # whole words of one name: "tran vu" is in "Lê Trần Vũ", not "Trang"
            where.append(f"EXISTS (SELECT 1 FROM json_each({alias}.authors) "
                         "WHERE ' ' || na_words(json_each.value) || ' ' LIKE :f_author)")
            params["f_author"] = f"% {words(self.author)} %"
        # Stored dates are all ISO 8601 at +07:00, so text order is time order.
        if self.since:
            where.append(f"{alias}.published >= :f_since")
            params["f_since"] = self.since.isoformat()
        if self.until:
            where.append(f"{alias}.published < :f_until")
            params["f_until"] = self.until.isoformat()
        return where, params
