"""Filters on articles (site, section, author, dates) as one SQL fragment.

Shared by search, export and stats so that ``--site``/``--since``/... mean
the same everywhere. Section and author match without accents or case
("tran vu" finds "Trần Vũ"), through the ``fold`` SQL function that
:func:`crawler.storage.archive.open_archive` registers on its connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crawler.storage.fold import fold


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
        if self.section:
            where.append(f"fold({alias}.section) = :f_section")
            params["f_section"] = fold(self.section.strip())
        if self.author:
            where.append(f"EXISTS (SELECT 1 FROM json_each({alias}.authors) "
                         "WHERE fold(json_each.value) LIKE :f_author)")
            params["f_author"] = f"%{fold(self.author.strip())}%"
        # Stored dates are all ISO 8601 at +07:00, so text order is time order.
        if self.since:
            where.append(f"{alias}.published >= :f_since")
            params["f_since"] = self.since.isoformat()
        if self.until:
            where.append(f"{alias}.published < :f_until")
            params["f_until"] = self.until.isoformat()
        return where, params
