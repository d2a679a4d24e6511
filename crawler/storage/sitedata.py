"""Sites kept as data in the archive, and entry points that are gone.

A paper added by its URL (``newsarchive sites add``) is a row of ``sites``:
the archive file carries its own sites, so ``crawl --all`` on it includes
them. ``dead_entry_points`` remembers feeds, sitemaps and sections that
answered 404 (or were not what they were guessed to be), so a crawl tries
them again only now and then instead of failing on them every run.

Spiders and the spider loader only read (through their own read-only
connection, as the incremental middleware does); the CLI and the crawl
write through an open :class:`~crawler.storage.Archive`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.storage.archive import Archive


class SiteExistsError(ValueError):
    """A site name or host that the archive already has."""


@dataclass
class SiteRecord:
    """A paper added as data: its home page and what a crawl learnt of it."""

    name: str
    url: str  # the home page, as given
    host: str  # lower case, without "www."
    title: str = ""
    enabled: bool = True
    added: str = ""
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class DeadEntry:
    url: str
    reason: str
    first_failed: str
    last_tried: str
    tries: int


def add_site(archive: Archive, record: SiteRecord) -> SiteRecord:
    """Save a new data site; raise SiteExistsError when its name or host is taken."""
    for other in list_sites(archive):
        if other.name == record.name:
            raise SiteExistsError(f"a site named {record.name!r} is already in the archive "
                                  f"({other.url})")
        if other.host == record.host:
            raise SiteExistsError(f"{record.host} is already in the archive as {other.name!r}")
    record.added = record.added or _now()
    with archive.db.conn:
        archive.db.execute(
            "INSERT INTO sites (name, url, host, title, enabled, added, hints) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [record.name, record.url, record.host, record.title, int(record.enabled),
             record.added, json.dumps(record.hints, ensure_ascii=False)])
    return record


def remove_site(archive: Archive, name: str) -> bool:
    """Forget a data site (its stored articles stay); False when there is none."""
    with archive.db.conn:
        gone = archive.db.execute("DELETE FROM sites WHERE name = ?", [name]).rowcount
        archive.db.execute("DELETE FROM dead_entry_points WHERE site = ?", [name])
    return gone > 0


def list_sites(archive: Archive) -> list[SiteRecord]:
    return [_record(r) for r in archive.db.query("SELECT * FROM sites ORDER BY name")]


def update_hints(archive: Archive, name: str, hints: dict[str, Any]) -> None:
    """Merge what a crawl learnt of a site (e.g. its CMS family) into its record."""
    row = archive.db.execute("SELECT hints FROM sites WHERE name = ?", [name]).fetchone()
    if row is None:
        return
    merged = {**json.loads(row[0] or "{}"), **hints}
    with archive.db.conn:
        archive.db.execute("UPDATE sites SET hints = ? WHERE name = ?",
                           [json.dumps(merged, ensure_ascii=False), name])


def read_sites(path: str | Path) -> list[SiteRecord]:
    """The data sites of the archive at `path`, read-only ([] when there is none yet)."""
    rows = _read(path, "SELECT * FROM sites ORDER BY name", [])
    return [_record(r) for r in rows]


# --- entry points that are gone ---------------------------------------------------
def read_dead_entries(path: str | Path, site: str) -> dict[str, DeadEntry]:
    """The site's remembered dead entry points, read-only (for the spider)."""
    rows = _read(path, "SELECT * FROM dead_entry_points WHERE site = ?", [site])
    return {r["url"]: _dead(r) for r in rows}


def dead_entries(archive: Archive, site: str) -> list[DeadEntry]:
    return [_dead(r) for r in archive.db.query(
        "SELECT * FROM dead_entry_points WHERE site = ? ORDER BY url", [site])]


def all_dead_entries(archive: Archive) -> dict[str, list[DeadEntry]]:
    """Every site's dead entry points (for the writer to publish to frontier crawlers)."""
    found: dict[str, list[DeadEntry]] = {}
    for row in archive.db.query("SELECT * FROM dead_entry_points ORDER BY site, url"):
        found.setdefault(row["site"], []).append(_dead(row))
    return found


def remember_entries(archive: Archive, site: str, dead: dict[str, str],
                     alive: set[str]) -> list[str]:
    """Record this run's dead entry points (url -> reason) and forget those that
    answered again; return the URLs found dead for the first time."""
    now = _now()
    known = {e.url for e in dead_entries(archive, site)}
    with archive.db.conn:
        for url in alive & known:
            archive.db.execute("DELETE FROM dead_entry_points WHERE site = ? AND url = ?",
                               [site, url])
        for url, reason in dead.items():
            if url in known:
                archive.db.execute(
                    "UPDATE dead_entry_points SET reason = ?, last_tried = ?, tries = tries + 1 "
                    "WHERE site = ? AND url = ?", [reason, now, site, url])
            else:
                archive.db.execute(
                    "INSERT INTO dead_entry_points (site, url, reason, first_failed, last_tried)"
                    " VALUES (?, ?, ?, ?, ?)", [site, url, reason, now, now])
    return sorted(set(dead) - known)


def _read(path: str | Path, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    """Rows from a read-only connection; [] when the archive or table is not there."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return []  # an archive from before these tables: no data sites yet
    finally:
        conn.close()


def _record(row: Any) -> SiteRecord:
    return SiteRecord(name=row["name"], url=row["url"], host=row["host"], title=row["title"],
                      enabled=bool(row["enabled"]), added=row["added"],
                      hints=json.loads(row["hints"] or "{}"))


def _dead(row: Any) -> DeadEntry:
    return DeadEntry(url=row["url"], reason=row["reason"], first_failed=row["first_failed"],
                     last_tried=row["last_tried"], tries=row["tries"])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)
