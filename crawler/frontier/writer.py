"""``newsarchive ingest --frontier``: the one writer, from the frontier into the archive.

Crawlers put extracted pages on the ``newsarchive:items`` stream; the writer
reads them as the consumer ``writer`` of the group ``writers`` in batches,
writes a batch in one transaction, commits, and only then acknowledges and
deletes its entries. So an entry leaves Redis only once the archive holds it:
a writer killed at any moment finds its unacknowledged entries again when it
restarts (they are read first), and writing one again changes nothing (an
unchanged article is not rewritten). It holds the archive's writer lock, as
a crawl does, and records a run per crawler run (a ``run`` entry), with the
same health warnings. After each batch it publishes what the archive now
holds (crawler.frontier.incremental) for incremental crawls, and it keeps
the archive's data sites and dead entry points published for crawlers
(crawler.frontier.published).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from crawler import frontier as keys
from crawler.crawl import _site_run
from crawler.frontier.handover import decode
from crawler.frontier.incremental import known_value
from crawler.frontier.loss import FrontierLostError, lost_message
from crawler.frontier.published import REFRESH_SECONDS, publish
from crawler.health import site_warnings
from crawler.items import Page
from crawler.outcomes import RunWarning
from crawler.storage.archive import Archive, check_archive_path, open_for_writing
from crawler.storage.known import known_articles
from crawler.storage.runs import finish_run, run_from, start_run
from crawler.storage.sitedata import remember_entries, update_hints

logger = logging.getLogger(__name__)

CONSUMER = "writer"  # one writer (the archive's lock), always the same name: it finds its own
BATCH = 200  # entries per transaction
BLOCK_MS = 1000  # a wait for entries; SIGTERM is noticed within this
KNOWN_BATCH = 5000
RUN_WAIT = 3600.0  # seconds a crawler's run waits at most for its paper's round to end
DRILL_ENV = "NEWSARCHIVE_INGEST_DRILL_PAUSE"  # seconds between commit and ack (kill drills)


@dataclass
class IngestResult:
    stored: Counter = field(default_factory=Counter)  # new / updated / unchanged / no_article
    entries: int = 0
    runs: list[int] = field(default_factory=list)
    warnings: list[RunWarning] = field(default_factory=list)
    stopped_by: str = "idle"  # or "signal"
    seconds: float = 0.0


class Writer:
    """Moves entries from the frontier's stream into one open archive."""

    def __init__(self, client: redis.Redis, archive: Archive,
                 on_warning: Callable[[RunWarning], None] | None = None,
                 after_run: Callable[[Archive], None] | None = None):
        self.after_run = after_run
        self.drill_pause = float(os.environ.get(DRILL_ENV) or 0)
        self.on_warning = on_warning or (lambda text: logger.warning("%s", text))
        self.client = client
        self.archive = archive
        self.result = IngestResult()
        self.since_run: dict[str, Counter] = {}  # site -> articles stored since its last run
        self.published_at = 0.0  # when the sites were last published (monotonic)
        self.runs_due: dict[bytes, tuple[dict[str, Any], float]] = {}  # run entries to record

    def publish_known(self) -> int:
        """Tell crawlers what the archive holds (skipped when the frontier knows as much)."""
        if self.client.hlen(keys.KNOWN_KEY) >= self.archive.count():
            return 0
        sent, pipe = 0, self.client.pipeline(transaction=False)
        for url, fetched, published, headers in known_articles(self.archive):
            pipe.hset(keys.KNOWN_KEY, url, known_value(fetched, published, headers))
            sent += 1
            if sent % KNOWN_BATCH == 0:
                pipe.execute()
        pipe.execute()
        return sent

    def publish(self) -> None:
        """Tell crawlers the archive's data sites and dead entry points
        (crawler.frontier.published)."""
        publish(self.client, self.archive)
        self.published_at = time.monotonic()

    def batch(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Store a batch in one transaction; then acknowledge it and publish what it added."""
        known: dict[str, str] = {}
        pages = []
        self.archive.begin()
        for entry_id, fields in entries:
            if not fields:  # deleted from the stream already: nothing to do but the ack
                pages.append(entry_id)
                continue
            try:
                kind, value = decode(fields)
            except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the writer
                logger.error("a frontier entry that cannot be read was dropped: %s", exc)
                pages.append(entry_id)
                continue
            if kind == "page":
                self._store(value, known)
                pages.append(entry_id)
            elif entry_id not in self.runs_due:
                self.runs_due[entry_id] = (value, time.monotonic())
        self.archive.commit()
        if self.drill_pause:  # a drill: the moment a kill is worst (committed, not acknowledged)
            time.sleep(self.drill_pause)
        pipe = self.client.pipeline(transaction=True)
        if known:
            pipe.hset(keys.KNOWN_KEY, mapping=known)
        if pages:
            pipe.xack(keys.ITEMS_KEY, keys.WRITERS_GROUP, *pages)
            pipe.xdel(keys.ITEMS_KEY, *pages)
        pipe.execute()
        self.result.entries += len(pages)

    def record_runs(self, caught_up: bool) -> None:
        """Record the crawler runs read so far, once their paper's crawl round is over
        (no crawler of it alive, the stream caught up) or after RUN_WAIT: a crawler
        leaves when the shared queue is empty while others of its paper still
        fetch, and its run is judged (health) with what they stored. A run entry
        is acknowledged only once recorded, so a writer killed before finds it again."""
        if not self.runs_due:
            return
        now = time.monotonic()
        busy = {m.rsplit(":", 1)[-1] for m in keys.alive_crawlers(self.client)}
        for entry_id, (run, read) in list(self.runs_due.items()):
            over = caught_up and run["site"] not in busy
            if not over and now - read < RUN_WAIT:
                continue
            self._record_run(entry_id, run)
            if self.drill_pause:  # a drill: recorded, not yet acknowledged
                time.sleep(self.drill_pause)
            pipe = self.client.pipeline(transaction=True)
            pipe.xack(keys.ITEMS_KEY, keys.WRITERS_GROUP, entry_id)
            pipe.xdel(keys.ITEMS_KEY, entry_id)
            pipe.execute()
            del self.runs_due[entry_id]
            self.result.entries += 1

    def _store(self, page: Page, known: dict[str, str]) -> None:
        counts = self.since_run.setdefault(page.site, Counter())
        if page.article is None:
            self.archive.write_page(page, page.url, replace=False)
            self.result.stored["no_article"] += 1
            return
        status = self.archive.write_article(page.article)
        if status != "unchanged":
            self.archive.write_page(page, page.article.url)
        counts[status] += 1
        self.result.stored[status] += 1
        published = page.article.published.isoformat() if page.article.published else None
        known[page.article.url] = known_value(page.fetched.isoformat(), published, page.headers)

    def _record_run(self, entry_id: bytes, run: dict[str, Any]) -> None:
        """A crawler's run, as a local crawl records it: its fetching figures, the
        articles this writer stored for its site since the last run, health. Once:
        a report read again (the writer killed, or Redis lost, before its
        acknowledgement) finds its run recorded already."""
        site, stats = run["site"], run["stats"]
        source = f"frontier:{run.get('crawler')}:{entry_id.decode()}"
        done = run_from(self.archive, source)
        if done is not None and done[1]:
            logger.info("run %d of %s (crawler %s) was recorded already", done[0], site,
                        run.get("crawler"))
            return
        report = _site_run(site, stats)
        counts = self.since_run.pop(site, Counter())
        report.new, report.updated = counts["new"], counts["updated"]
        report.unchanged += counts["unchanged"]
        remember_entries(self.archive, site, run.get("dead_entries", {}),
                         set(run.get("alive_entries", [])))
        if run.get("learnt"):
            update_hints(self.archive, site, run["learnt"])
        self.archive.commit()
        warnings = site_warnings(self.archive, report)
        run_id = done[0] if done is not None else start_run(self.archive, [site], source)
        finish_run(self.archive, run_id, [report], "warning" if warnings else "ok", warnings)
        self.result.runs.append(run_id)
        self.result.warnings += warnings
        for warning in warnings:  # now: a writer may run for months
            self.on_warning(warning)
        self.publish()  # the run may have found entry points gone, or learnt a CMS
        if self.after_run is not None:  # saved searches, as after a local crawl
            self.after_run(self.archive)
        logger.info("run %d recorded for %s (crawler %s)", run_id, site, run.get("crawler"))


def ensure_group(client: redis.Redis) -> None:
    try:
        client.xgroup_create(keys.ITEMS_KEY, keys.WRITERS_GROUP, id="0", mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def ingest(db: str | Path, url: str, idle_exit: float | None = None, batch: int = BATCH,
           on_warning: Callable[[RunWarning], None] | None = None,
           after_run: Callable[[Archive], None] | None = None) -> IngestResult:
    """Store what the frontier at `url` holds into the archive at `db`.

    Runs until SIGTERM/SIGINT (the batch in hand is finished first) or, with
    `idle_exit`, until nothing came for that many seconds. Each run's health
    warnings go to `on_warning` as they come (default: logged), and `after_run`
    is called with the archive after each (the CLI runs the saved searches). Raises FrontierError,
    ArchiveError or ArchiveBusyError before anything is read when it cannot start, and
    FrontierLostError when Redis went away mid-run (nothing stored is lost; what was not
    acknowledged is read again by the next start, and stored once).
    """
    client = keys.connect(url, create=True)
    check_archive_path(db)  # a bad path fails now, clearly
    stop: list[str] = []

    def on_signal(signum: int, frame: object) -> None:
        stop.append(signal.Signals(signum).name)

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    started = time.monotonic()
    try:
        # created and migrated under the writer lock; runs a gone crawl left unfinished closed
        with open_for_writing(db, "ingest", create=True) as archive:
            writer = Writer(client, archive, on_warning, after_run)
            _run(client, writer, idle_exit, batch, stop)
    except redis.RedisError as exc:  # what is stored stays; what is not acknowledged waits
        raise FrontierLostError(lost_message(url, keys.reason(exc), "writer")) from None
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        client.close()
    writer.result.stopped_by = "signal" if stop else "idle"
    writer.result.seconds = time.monotonic() - started
    return writer.result


def _run(client: redis.Redis, writer: Writer, idle_exit: float | None, batch: int,
         stop: list[str]) -> None:
    ensure_group(client)
    writer.publish_known()
    writer.publish()
    last_entry = time.monotonic()
    start_id = "0"  # first what this writer took before and never acknowledged (a kill)
    while not stop:
        block = None if start_id != ">" else BLOCK_MS
        answer = client.xreadgroup(keys.WRITERS_GROUP, CONSUMER, {keys.ITEMS_KEY: start_id},
                                   count=batch, block=block)
        entries = answer[0][1] if answer else []
        if time.monotonic() - writer.published_at >= REFRESH_SECONDS:
            writer.publish()  # made good after a 'frontier clear' or a Redis restart
        if not entries:
            if start_id != ">":
                start_id = ">"  # what was taken before is read again; now what is new
                continue
            writer.record_runs(caught_up=True)
            if idle_exit is not None and time.monotonic() - last_entry >= idle_exit:
                return
            continue
        if start_id != ">":  # run entries stay taken until recorded: read on past them
            start_id = entries[-1][0]
        writer.batch(entries)
        writer.record_runs(caught_up=False)
        last_entry = time.monotonic()
