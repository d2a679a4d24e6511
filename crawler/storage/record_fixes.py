"""Migrations that rewrite stored records rather than the schema (listed in
:data:`crawler.storage.schema.MIGRATIONS`, which runs each once, in order).

Each reads the old form of a record once and writes today's; the old forms are
written out here, since a landed migration never changes.
"""

from __future__ import annotations

import json

import sqlite_utils


def house_failure_keys(db: sqlite_utils.Database) -> None:
    """Failure keys of stored runs that were once made from error messages, renamed to
    the names crawler.outcomes gives them (a key with figures in it counted each size
    apart). The names are written out here: a landed migration never changes."""
    def renamed(key: str) -> str:
        if key == "extraction_worker_died_twice_on_this_page":
            return "worker_died"
        if key.startswith("a_text_node_of_"):
            return "huge_text_node"
        return key

    for rowid, failures in db.execute("SELECT rowid, failures FROM run_sites").fetchall():
        old = json.loads(failures or "{}")
        new: dict[str, int] = {}
        for key, count in old.items():
            new[renamed(key)] = new.get(renamed(key), 0) + count
        if new != old:
            db.execute("UPDATE run_sites SET failures = ? WHERE rowid = ?",
                       [json.dumps(new), rowid])


def house_warning_records(db: sqlite_utils.Database) -> None:
    """Run warnings kept as records (site, kind, detail) instead of sentences that
    readers split the site off. Old sentences are read here once: the site is the
    run's site that starts the line, the kind is told by the words each kind was
    written with then (written out here: a landed migration never changes)."""
    kinds = (("no page answered", "no_answer"), ("article pages failed", "failures_jump"),
             ("no new article for", "silence"), ("no article stored yet", "no_article_yet"),
             ("extraction workers died", "workers_died"),
             ("failed over the extraction limits", "over_limit"),
             ("the crawl stopped on an error", "crawl_error"),
             ("the crawl stopped:", "write_failed"))
    for run_id, sites, warnings in db.execute(
            "SELECT id, sites, warnings FROM runs").fetchall():
        old = json.loads(warnings or "[]")
        if not any(isinstance(w, str) for w in old):
            continue
        records = []
        for text in old:
            if not isinstance(text, str):
                records.append(text)
                continue
            site = next((s for s in sorted(json.loads(sites or "[]"), key=len, reverse=True)
                         if text.startswith(f"{s}: ")), None)
            detail = text[len(site) + 2:] if site else text
            kind = next((k for words, k in kinds if words in detail), "other")
            records.append({"site": site, "kind": kind, "detail": detail})
        db.execute("UPDATE runs SET warnings = ? WHERE id = ?",
                   [json.dumps(records, ensure_ascii=False), run_id])
