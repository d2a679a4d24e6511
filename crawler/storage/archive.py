"""The archive file: open (with clear errors), write articles and pages, read them.

One row per article keyed by its canonical URL. Writing the same article
again replaces its row only when the extracted content changed, so a
second crawl adds no duplicate and rewrites nothing needlessly. Writes are
batched into transactions by the caller (:meth:`Archive.commit`).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlite_utils

from crawler.items import Article, Page
from crawler.lock import LockFileError, writer_lock
from crawler.storage.fold import fold
from crawler.storage.rows import article_to_row, page_from_row, record_to_article, row_to_article
from crawler.storage.runs import close_abandoned_runs
from crawler.storage.schema import migrate, pending_migrations
from crawler.storage.terms import register_functions

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


class ArchiveError(Exception):
    """An archive path that cannot be used; the message names it and the fix."""


class ArchiveWriteError(ArchiveError):
    """A write the archive's storage refused (disk full, read-only, I/O error).

    Nothing committed before is lost; the writes since the last commit are
    rolled back. A crawl stops at once on it: every later write would fail too.
    """


class Archive:
    """An open archive. Use :func:`open_archive` to get one."""

    def __init__(self, path: Path, db: sqlite_utils.Database):
        self.path = path
        self.db = db
        self.write_error: ArchiveWriteError | None = None  # the first write refused
        self.read_only = False  # opened read-only: the file or its folder cannot be written
        self._on_commit: list[Callable[[], None]] = []

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Writes whose failure is one ArchiveWriteError naming the archive and the cause
        (kept as ``write_error``), after rolling back the uncommitted batch."""
        try:
            yield
        except sqlite3.Error as exc:
            self.rollback()
            self.write_error = ArchiveWriteError(f"cannot write to {self.path}: {exc}")
            raise self.write_error from exc

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the writes made so far are committed (never if rolled back):
        how a crawl counts what was stored, not what was attempted."""
        self._on_commit.append(callback)

    # --- writing -------------------------------------------------------------
    def write_article(self, article: Article) -> str:
        """Insert or update one article; return "new", "updated" or "unchanged"."""
        row = article_to_row(article)
        old = self.db.execute("SELECT hash FROM articles WHERE url = ?", [row["url"]]).fetchone()
        if old is None:
            self._insert("articles", {**row, "first_seen": row["fetched"]})
            return "new"
        if old[0] == row["hash"]:
            return "unchanged"
        previous = self.get(row["url"])
        assert previous is not None
        self.db.execute(
            "INSERT INTO article_versions (url, replaced, record, hash) VALUES (?, ?, ?, ?)",
            [row["url"], row["fetched"], json.dumps(previous.to_record(), ensure_ascii=False),
             old[0]])
        columns = [c for c in row if c != "url"]
        self.db.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in columns)} "
                        "WHERE url = ?", [*(row[c] for c in columns), row["url"]])
        return "updated"

    def has_version(self, article: Article) -> bool:
        """Whether an earlier version of the article with this content is kept."""
        row = article_to_row(article)
        return self.db.execute("SELECT 1 FROM article_versions WHERE url = ? AND hash = ?",
                               [row["url"], row["hash"]]).fetchone() is not None

    def add_version(self, article: Article) -> bool:
        """Keep `article` as an earlier version of the stored one (an import of an older
        record: it must not replace a newer one); False when that content is known.
        Its ``replaced`` is when it was fetched: when it stopped being current is not
        known."""
        row = article_to_row(article)
        current = self.db.execute("SELECT hash FROM articles WHERE url = ?",
                                  [row["url"]]).fetchone()
        if (current and current[0] == row["hash"]) or self.has_version(article):
            return False
        self.db.execute(
            "INSERT INTO article_versions (url, replaced, record, hash) VALUES (?, ?, ?, ?)",
            [row["url"], row["fetched"], json.dumps(article.to_record(), ensure_ascii=False),
             row["hash"]])
        return True

    def _insert(self, table: str, row: dict[str, Any], verb: str = "INSERT") -> None:
        """A plain INSERT: sqlite-utils' insert() re-reads the table's schema each call,
        which on a crawl's hot path costs more than the insert itself."""
        self.db.execute(f"{verb} INTO {table} ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' * len(row))})", list(row.values()))

    def versions(self, url: str) -> list[tuple[str, Article]]:
        """Earlier versions of an article, oldest first: (replaced at, article)."""
        rows = self.db.execute("SELECT replaced, record FROM article_versions WHERE url = ? "
                               "ORDER BY replaced", [url]).fetchall()
        return [(replaced, record_to_article(json.loads(record))) for replaced, record in rows]

    def write_page(self, page: Page, url: str | None = None, *, replace: bool = True) -> None:
        """Keep the raw page (compressed) for re-extraction; with replace=False,
        only when none is stored for that URL yet."""
        row = {
            "url": url or page.url, "site": page.site, "fetched": page.fetched.isoformat(),
            "status": page.status, "encoding": page.encoding,
            "headers": json.dumps(page.headers, ensure_ascii=False),
            "body": page.compressed if page.compressed is not None else compress(page.body),
        }
        self._insert("pages", row, "INSERT OR REPLACE" if replace else "INSERT OR IGNORE")

    def begin(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN")

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        callbacks, self._on_commit = self._on_commit, []
        for callback in callbacks:
            callback()

    def rollback(self) -> None:
        """Drop the uncommitted writes (and what was to be counted with them)."""
        self._on_commit = []
        with suppress(sqlite3.Error):
            if self.db.conn.in_transaction:
                self.db.conn.rollback()

    def close(self) -> None:
        try:
            if self.write_error is None:
                self.commit()
            else:
                self.rollback()
        finally:
            self.db.close()

    # --- reading -------------------------------------------------------------
    def get(self, url: str) -> Article | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE url = ?", [url]))
        return row_to_article(rows[0]) if rows else None

    def count(self, site: str | None = None) -> int:
        if site is None:
            return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM articles WHERE site = ?",
                               [site]).fetchone()[0]

    def counts_by_site(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT site, count(*) FROM articles GROUP BY site"))

    def site_names(self) -> list[str]:
        """The sites that have articles, one index seek each (DISTINCT would scan)."""
        return [s for (s,) in self.db.execute(
            "WITH RECURSIVE s(site) AS (SELECT min(site) FROM articles UNION ALL "
            "SELECT (SELECT min(site) FROM articles WHERE site > s.site) FROM s "
            "WHERE s.site IS NOT NULL) SELECT site FROM s WHERE site IS NOT NULL")]

    def page(self, url: str) -> Page | None:
        """The stored raw page of one URL, decompressed, or None."""
        rows = list(self.db.query("SELECT * FROM pages WHERE url = ?", [url]))
        return page_from_row(rows[0]) if rows else None

    def pages(self, site: str | None = None) -> Iterator[Page]:
        """Stored raw pages, decompressed one at a time (never all in memory)."""
        sql, params = "SELECT * FROM pages", []
        if site:
            sql, params = sql + " WHERE site = ?", [site]
        for row in self.db.query(sql + " ORDER BY url", params):
            yield page_from_row(row)

    # --- what a crawl asks of the archive (incremental crawling, health) --------
    def known(self, url: str) -> KnownArticle | None:
        """Is the article at `url` stored, and when did it last change: its last fetch,
        its publication and the caching headers of its page (None when not stored)."""
        try:
            row = self.db.execute(
                "SELECT a.fetched, a.published, p.headers FROM articles a "
                "LEFT JOIN pages p ON p.url = a.url WHERE a.url = ?", [url]).fetchone()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read {self.path}: {exc}") from exc
        if row is None:
            return None
        return KnownArticle(
            fetched=datetime.fromisoformat(row[0]),
            published=datetime.fromisoformat(row[1]) if row[1] else None,
            headers={k.lower(): v for k, v in json.loads(row[2] or "{}").items()})

    def last_new(self, site: str) -> datetime | None:
        """When the site's newest article was first stored (None: no article yet)."""
        value = self.db.execute("SELECT max(first_seen) FROM articles WHERE site = ?",
                                [site]).fetchone()[0]
        return datetime.fromisoformat(value) if value else None

    def recent_published(self, site: str, limit: int) -> list[datetime]:
        """The publication times of the site's `limit` latest articles, newest first."""
        return [datetime.fromisoformat(p) for (p,) in self.db.execute(
            "SELECT published FROM articles WHERE site = ? AND published IS NOT NULL "
            "ORDER BY published DESC LIMIT ?", [site, limit])]

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class KnownArticle:
    """What the archive knows of a stored article's freshness."""

    fetched: datetime
    published: datetime | None
    headers: dict[str, str]  # the stored page's response headers, names lower-cased


def compress(body: bytes) -> bytes:
    """How raw pages are kept: zlib, level 6 (done in the extraction workers)."""
    return zlib.compress(body, 6)


def register_sql_functions(conn: sqlite3.Connection) -> None:
    """The functions the archive's triggers and filters call, on any connection
    (newsarchive's own, or another tool's such as Datasette's)."""
    conn.create_function("fold", 1, lambda v: fold(v) if isinstance(v, str) else v,
                         deterministic=True)
    register_functions(conn)


def is_archive(conn: sqlite3.Connection) -> bool:
    """Whether the database on `conn` is a newsarchive archive."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {"_migrations", "articles"} <= tables


def archive_on(conn: sqlite3.Connection, path: str | Path) -> Archive:
    """An Archive over a connection another program opened (read-only, say), without
    migrating: reads only. The connection needs :func:`register_sql_functions`."""
    return Archive(Path(path), sqlite_utils.Database(conn))


@contextmanager
def open_for_writing(path: str | Path, what: str, *, create: bool = False) -> Iterator[Archive]:
    """The archive opened by the one writer: `what` (a command) holds its writer lock
    from before the first write (the schema's creation included) until closed. Runs a
    gone process left unfinished are closed first, if the archive takes that write."""
    check_archive_path(path, create=create)
    with writer_lock(path, what), open_archive(path, create=create) as archive:
        if not archive.read_only:
            close_abandoned_runs(archive, what)
        yield archive


def check_archive_path(path: str | Path, *, create: bool = True) -> Path:
    """`path` as an archive to open (or create): ArchiveError naming it and the fix if not."""
    path = Path(path)
    if path.is_dir():
        raise ArchiveError(f"{path} is a directory, not an archive file; pass --db FILE")
    if not path.exists():
        if not create:
            raise ArchiveError(f"no archive at {path}; run 'newsarchive crawl SITE' first "
                               "or pass --db PATH")
        if not path.parent.is_dir():
            raise ArchiveError(f"cannot create {path}: folder {path.parent} does not exist")
    return path


def open_archive(path: str | Path, *, create: bool = False,
                 read_only: bool = False) -> Archive:
    """Open the archive at `path` (creating it when `create`), up to date.

    With `read_only`, and whenever the file or its folder cannot be written (a
    published or backed-up copy), the one read-only open: never migrated, locked
    or written, so it serves look-ups beside a crawl's writer too (the incremental
    middleware). Raises ArchiveError with one line naming the path and the fix.
    """
    if create and read_only:
        raise ValueError("an archive opened read-only cannot be created")
    path = check_archive_path(path, create=create)
    if not create and path.stat().st_size == 0:  # reads never turn a file into an archive
        raise ArchiveError(f"{path} is an empty file, not an archive; pass --db with the "
                           "archive's path (a crawl makes one)")
    read_only = read_only or (not create and not _writable(path))
    try:
        if read_only:  # read it as it is, write nothing; any thread may read through it
            conn = sqlite3.connect(_read_only_uri(path), uri=True, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA schema_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "_migrations" not in tables:
            conn.close()
            raise ArchiveError(f"{path} is an SQLite database but not a newsarchive archive; "
                               "pass --db with another path")
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        register_sql_functions(conn)
        db = sqlite_utils.Database(conn)
        if read_only and pending_migrations(db):
            conn.close()
            if _writable(path):  # read-only by choice: the next writer updates it
                raise ArchiveError(f"{path} was made by an older newsarchive; open it once "
                                   "for writing (a crawl) to update it")
            raise ArchiveError(f"{path} is read-only and was made by an older newsarchive; "
                               "copy it where it can be written and open it once to update it")
        if not read_only and (pending := pending_migrations(db)):  # creating or migrating
            if "_migrations" in tables:  # an archive made by an older newsarchive: say so,
                # as some steps rewrite every row (a minute or two at a million articles)
                log.warning("updating %s to this version's schema (%s); a large archive "
                            "takes a minute or two", path, ", ".join(pending))
            with writer_lock(path, "schema update", join=True):  # is writing: one at a time
                migrate(db)
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "not a database" in message or "malformed" in message:
            raise ArchiveError(f"{path} is not a newsarchive archive ({message}); "
                               "pass --db with another path") from exc
        raise ArchiveError(f"cannot open {path}: {message}") from exc
    except OSError as exc:
        raise ArchiveError(f"cannot open {path}: {exc.strerror or exc}") from exc
    except LockFileError as exc:
        raise ArchiveError(str(exc)) from exc
    archive = Archive(path, db)
    archive.read_only = read_only
    return archive


def _writable(path: Path) -> bool:
    """Whether the archive and its folder (its -wal and -shm files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for `path`; immutable where no -shm can be made or read
    (a read-only folder: nothing can be writing there through this copy)."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    shm = Path(f"{path}-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri
