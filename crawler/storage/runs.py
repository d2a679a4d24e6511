"""The record of crawl runs: one row per run, one per site of it.

A run's row is written when it starts (committed at once), so a run that is
killed stays visible as unfinished; its sites' figures are written at the end.
A run is only recorded under the archive's writer lock, so a run still
unfinished when another command takes the lock was left by a process that is
gone (killed, or stopped by a full disk that refused even its last record):
:func:`close_abandoned_runs` marks it ``interrupted`` with that reason.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from crawler.outcomes import RunWarning, WarningKind

if TYPE_CHECKING:
    from crawler.storage.archive import Archive

INTERRUPTED = "interrupted"

SITE_FIELDS = ("pages", "requests", "new", "updated", "unchanged", "skipped", "failed")


@dataclass
class SiteRun:
    site: str
    pages: int = 0  # responses received
    requests: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # known URLs not fetched again
    failed: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    finish_reason: str = ""


@dataclass
class Run:
    id: int
    started: str
    finished: str | None
    sites: list[str]
    status: str
    warnings: list[RunWarning]
    site_runs: list[SiteRun] = field(default_factory=list)


def start_run(archive: Archive, sites: list[str], source: str | None = None) -> int:
    """A new run, committed at once; `source` names a run recorded from elsewhere
    (a frontier crawler's report), unique."""
    cursor = archive.db.execute(
        "INSERT INTO runs (started, pid, sites, source) VALUES (?, ?, ?, ?)",
        [_now(), os.getpid(), json.dumps(sites), source])
    archive.db.conn.commit()
    return int(cursor.lastrowid)


def run_from(archive: Archive, source: str) -> tuple[int, bool] | None:
    """(id, finished) of the run recorded from `source`, or None."""
    row = archive.db.execute("SELECT id, finished FROM runs WHERE source = ?",
                             [source]).fetchone()
    return (int(row[0]), row[1] is not None) if row else None


def finish_run(archive: Archive, run_id: int, site_runs: list[SiteRun], status: str,
               warnings: list[RunWarning]) -> None:
    archive.commit()
    with archive.db.conn:
        for s in site_runs:
            values: dict[str, Any] = {f: getattr(s, f) for f in SITE_FIELDS}
            archive.db.execute(
                f"INSERT OR REPLACE INTO run_sites (run_id, site, {', '.join(SITE_FIELDS)}, "
                f"failures, finish_reason) VALUES (?, ?, {', '.join('?' * len(SITE_FIELDS))}, "
                "?, ?)", [run_id, s.site, *values.values(), json.dumps(s.failures),
                          s.finish_reason])
        archive.db.execute("UPDATE runs SET finished = ?, status = ?, warnings = ? WHERE id = ?",
                           [_now(), status, _warnings_json(warnings), run_id])


def close_abandoned_runs(archive: Archive, noticed_by: str) -> int:
    """Mark the runs left unfinished as interrupted, saying why (call under the writer
    lock: no live process can be recording them); how many there were. A write the
    archive refuses now (still a full disk) is left undone: the command meets the
    refusal with its own message, and the next writer tries again."""
    now = _now()
    try:
        # A run the frontier's writer records from a crawler's report (it has a source) is
        # finished by the writer itself when it reads that report again after a restart.
        rows = archive.db.execute("SELECT id, pid FROM runs WHERE finished IS NULL "
                                  "AND source IS NULL").fetchall()
        for run_id, pid in rows:
            reason = (f"interrupted: its process (pid {pid}) ended before finishing this "
                      "record (killed, or the archive could not be written, e.g. a full "
                      f"disk); noticed by {noticed_by} at {now[:16].replace('T', ' ')} UTC; "
                      "the next crawl resumes")
            archive.db.execute("UPDATE runs SET finished = ?, status = ?, warnings = ? "
                               "WHERE id = ? AND finished IS NULL",
                               [now, INTERRUPTED, _warnings_json([RunWarning(
                                    None, WarningKind.INTERRUPTED, reason)]),
                                run_id])
        if rows:
            archive.commit()
    except sqlite3.Error:
        archive.rollback()
        return 0
    return len(rows)


def list_runs(archive: Archive, limit: int = 20, site: str | None = None) -> list[Run]:
    sql = "SELECT * FROM runs"
    params: list[Any] = []
    if site:
        # its figures, or (a run that never finished them) its list of sites
        sql += (" WHERE id IN (SELECT run_id FROM run_sites WHERE site = ?)"
                " OR EXISTS (SELECT 1 FROM json_each(runs.sites) WHERE value = ?)")
        params += [site, site]
    runs = [Run(id=r["id"], started=r["started"], finished=r["finished"],
                sites=json.loads(r["sites"]), status=r["status"],
                warnings=[RunWarning.from_record(w) for w in json.loads(r["warnings"])])
            for r in archive.db.query(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])]
    for run in runs:
        run.site_runs = [
            SiteRun(site=r["site"], **{f: r[f] for f in SITE_FIELDS},
                    failures=json.loads(r["failures"]), finish_reason=r["finish_reason"] or "")
            for r in archive.db.query("SELECT * FROM run_sites WHERE run_id = ? ORDER BY site",
                                      [run.id])]
    return runs


def site_history(archive: Archive, site: str, limit: int = 10) -> list[SiteRun]:
    """The site's figures in its last finished runs, newest first."""
    rows = archive.db.query(
        "SELECT rs.* FROM run_sites rs JOIN runs r ON r.id = rs.run_id "
        "WHERE rs.site = ? AND r.finished IS NOT NULL ORDER BY rs.run_id DESC LIMIT ?",
        [site, limit])
    return [SiteRun(site=r["site"], **{f: r[f] for f in SITE_FIELDS},
                    failures=json.loads(r["failures"]), finish_reason=r["finish_reason"] or "")
            for r in rows]


def _warnings_json(warnings: list[RunWarning]) -> str:
    """The run's warnings as stored: records (site, kind, detail), never sentences."""
    return json.dumps([{"site": w.site, "kind": str(w.kind), "detail": w.detail}
                       for w in warnings], ensure_ascii=False)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
