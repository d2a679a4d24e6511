"""The archive's schema, as an ordered list of migrations.

Each migration runs once, in order, inside a transaction, and is recorded
in ``_migrations``; an archive made by an older version is brought up to
date when opened. Never edit a shipped migration: add a new one.

Two full-text indexes over title, lead and text:
- ``articles_fts``: exact (accents kept, case folded), external content on
  ``articles`` as sqlite-utils makes it, so ``sqlite-utils search`` and
  Datasette work on the file as it is;
- ``articles_fold``: contentless, accents and đ folded, for what people type
  without accents; since 004 it also holds word pairs, authors and filter
  tokens (:mod:`crawler.storage.terms`). Triggers keep both in step with
  ``articles``; the fold triggers call SQL functions that
  :func:`crawler.storage.terms.register_functions` adds to each connection,
  so other tools can read the archive but only newsarchive can write it
  (a write from elsewhere fails with "no such function", changing nothing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from crawler.storage.fold import fold_sql
from crawler.storage.record_fixes import house_failure_keys, house_warning_records

FTS_COLUMNS = ("title", "lead", "text")


def _fts_values(prefix: str, folded: bool) -> str:
    cols = [f"{prefix}.{c}" for c in FTS_COLUMNS]
    return ", ".join(fold_sql(c) if folded else c for c in cols)


def _m001_articles(db: sqlite_utils.Database) -> None:
    cols = ", ".join(FTS_COLUMNS)
    db.execute("""
        CREATE TABLE articles (
            url TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            title TEXT NOT NULL,
            lead TEXT,
            text TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON list
            published TEXT,                       -- ISO 8601, +07:00
            modified TEXT,
            section TEXT,
            tags TEXT NOT NULL DEFAULT '[]',      -- JSON list
            images TEXT NOT NULL DEFAULT '[]',    -- JSON list of {url, caption}
            language TEXT,
            fetched TEXT NOT NULL,                -- ISO 8601, UTC
            hash TEXT NOT NULL                    -- of the extracted fields
        )""")
    db.execute("CREATE INDEX articles_site_published ON articles(site, published)")
    db.execute("CREATE INDEX articles_published ON articles(published)")
    db.execute(f"""CREATE VIRTUAL TABLE articles_fts USING fts5 (
        {cols}, content="articles", tokenize='unicode61 remove_diacritics 0')""")
    db.execute(f"""CREATE VIRTUAL TABLE articles_fold USING fts5 (
        {cols}, content='', tokenize='unicode61 remove_diacritics 2')""")
    new_exact, old_exact = _fts_values("new", False), _fts_values("old", False)
    new_fold, old_fold = _fts_values("new", True), _fts_values("old", True)
    insert = f"""
            INSERT INTO articles_fts (rowid, {cols}) VALUES (new.rowid, {new_exact});
            INSERT INTO articles_fold (rowid, {cols}) VALUES (new.rowid, {new_fold});"""
    delete = f"""
            INSERT INTO articles_fts (articles_fts, rowid, {cols})
                VALUES ('delete', old.rowid, {old_exact});
            INSERT INTO articles_fold (articles_fold, rowid, {cols})
                VALUES ('delete', old.rowid, {old_fold});"""
    db.execute(f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN {delete} {insert} END")


def _m002_pages(db: sqlite_utils.Database) -> None:
    """Raw pages, zlib-compressed, so extraction can be re-run after rules change."""
    db.execute("""
        CREATE TABLE pages (
            url TEXT PRIMARY KEY,
            site TEXT NOT NULL,
            fetched TEXT NOT NULL,
            status INTEGER NOT NULL,
            encoding TEXT,
            headers TEXT NOT NULL DEFAULT '{}',   -- JSON
            body BLOB NOT NULL                    -- zlib
        )""")


def _m003_versions_runs(db: sqlite_utils.Database) -> None:
    """Old versions of changed articles, and a record of every crawl run."""
    db.execute("""
        CREATE TABLE article_versions (
            url TEXT NOT NULL,
            replaced TEXT NOT NULL,               -- when this version stopped being current
            record TEXT NOT NULL,                 -- the article as JSON (Article.to_record)
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX article_versions_url ON article_versions(url, replaced)")
    db.execute("""
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,                        -- NULL: still running, or killed
            pid INTEGER,
            sites TEXT NOT NULL,                  -- JSON list
            status TEXT NOT NULL DEFAULT 'running',  -- running | ok | warning | failed
            warnings TEXT NOT NULL DEFAULT '[]'   -- JSON list of strings
        )""")
    db.execute("""
        CREATE TABLE run_sites (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            site TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,   -- known URLs not fetched again
            failed INTEGER NOT NULL DEFAULT 0,
            failures TEXT NOT NULL DEFAULT '{}',  -- JSON {reason: count}
            finish_reason TEXT,
            PRIMARY KEY (run_id, site)
        )""")
    db.execute("ALTER TABLE articles ADD COLUMN first_seen TEXT")
    db.execute("UPDATE articles SET first_seen = fetched")


FOLD_COLUMNS = ("title", "lead", "text", "grams", "authors", "meta")


def _fold_values(prefix: str) -> str:
    p = prefix
    return ", ".join([*(fold_sql(f"{p}.{c}") for c in FTS_COLUMNS),
                      f"na_grams({p}.title, {p}.lead, {p}.text)", f"na_authors({p}.authors)",
                      f"na_meta({p}.site, {p}.section, {p}.published)"])


def _m004_fold_terms(db: sqlite_utils.Database) -> None:
    """The folded index again, with word pairs, authors and filter tokens, so that
    phrases, filters and date order stay fast at a million articles."""
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE articles_fold")
    cols, fold_cols = ", ".join(FTS_COLUMNS), ", ".join(FOLD_COLUMNS)
    db.execute(f"""CREATE VIRTUAL TABLE articles_fold USING fts5 ({fold_cols}, content='',
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'")""")
    new_exact, old_exact = _fts_values("new", False), _fts_values("old", False)
    insert = f"""
            INSERT INTO articles_fts (rowid, {cols}) VALUES (new.rowid, {new_exact});
            INSERT INTO articles_fold (rowid, {fold_cols})
                VALUES (new.rowid, {_fold_values("new")});"""
    delete = f"""
            INSERT INTO articles_fts (articles_fts, rowid, {cols})
                VALUES ('delete', old.rowid, {old_exact});
            INSERT INTO articles_fold (articles_fold, rowid, {fold_cols})
                VALUES ('delete', old.rowid, {_fold_values("old")});"""
    db.execute(f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {delete} END")
    # Only a change to an indexed column re-indexes (and needs our functions).
    db.execute("CREATE TRIGGER articles_au AFTER UPDATE OF title, lead, text, authors, site, "
               f"section, published ON articles BEGIN {delete} {insert} END")
    db.execute(f"INSERT INTO articles_fold (rowid, {fold_cols}) "
               f"SELECT rowid, {_fold_values('articles')} FROM articles")


def _m005_sites(db: sqlite_utils.Database) -> None:
    """Papers added as data (``newsarchive sites add``), and entry points that are gone.

    A paper is a row, so one archive file carries its sites. A feed, sitemap
    or section that answered 404 is remembered, so it is retried rarely
    instead of failing every run.
    """
    db.execute("""
        CREATE TABLE IF NOT EXISTS sites (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL,                    -- the home page, as given
            host TEXT NOT NULL UNIQUE,            -- lower case, no www.
            title TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1,
            added TEXT NOT NULL,                  -- ISO 8601, UTC
            hints TEXT NOT NULL DEFAULT '{}'      -- JSON: what a crawl learnt (CMS family)
        )""")
    db.execute("""
        CREATE TABLE IF NOT EXISTS dead_entry_points (
            site TEXT NOT NULL,
            url TEXT NOT NULL,
            reason TEXT NOT NULL,                 -- "HTTP 404", "not a feed", ...
            first_failed TEXT NOT NULL,           -- ISO 8601, UTC
            last_tried TEXT NOT NULL,
            tries INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (site, url)
        )""")


def _m006_article_dates(db: sqlite_utils.Database) -> None:
    """Each article's publication date by rowid, in a table of a few dozen bytes a row.

    Search ranks the most recently *published* matches and breaks ties by date;
    reading ``published`` from ``articles`` costs a 4 KB row (and its overflow
    pages) per match, and no index can be keyed on the rowid. The triggers keep
    it in step with ``articles`` (plain SQL: any tool's writes keep it right).
    """
    db.execute("CREATE TABLE article_dates (id INTEGER PRIMARY KEY, published TEXT)")
    db.execute("INSERT INTO article_dates (id, published) SELECT rowid, published FROM articles")
    db.execute("CREATE TRIGGER article_dates_ai AFTER INSERT ON articles BEGIN "
               "INSERT INTO article_dates (id, published) VALUES (new.rowid, new.published); END")
    db.execute("CREATE TRIGGER article_dates_ad AFTER DELETE ON articles BEGIN "
               "DELETE FROM article_dates WHERE id = old.rowid; END")
    db.execute("CREATE TRIGGER article_dates_au AFTER UPDATE OF published ON articles BEGIN "
               "UPDATE article_dates SET published = new.published WHERE id = new.rowid; END")


def _m007_watches(db: sqlite_utils.Database) -> None:
    """Saved searches (``newsarchive watch``): a query, its filters, and the highest
    article rowid already reported, so a run lists only what was stored since."""
    db.execute("""
        CREATE TABLE IF NOT EXISTS watches (
            name TEXT PRIMARY KEY,
            query TEXT NOT NULL,
            filters TEXT NOT NULL DEFAULT '{}',   -- JSON: site, section, author, since, until
            exact INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,                  -- ISO 8601, UTC
            last_run TEXT,
            seen_rowid INTEGER NOT NULL DEFAULT 0 -- articles up to this rowid are reported
        )""")


def index_section_names(conn: sqlite3.Connection) -> list[str]:
    """One stored spelling per section key in the folded index (its ``zc`` tokens in
    the meta column, from the index's vocabulary), each spelt by the first article
    that carries it: a few tens of ms at a million articles, where reading every
    row's section would read the whole table."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.na_fold_vocab "
                 "USING fts5vocab(main, articles_fold, col)")
    tokens = [t for (t,) in conn.execute(
        "SELECT term FROM temp.na_fold_vocab WHERE col = 'meta' AND term >= 'zc' "
        "AND term < 'zd'")]
    names = []
    for token in tokens:
        row = conn.execute(
            "SELECT section FROM articles WHERE rowid = (SELECT rowid FROM articles_fold "
            "WHERE articles_fold MATCH ? LIMIT 1)", [f'{{meta}}: "{token}"']).fetchone()
        if row and row[0]:
            names.append(row[0])
    return names


def _m_web_008_section_names(db: sqlite_utils.Database) -> None:
    """Every distinct section text, so the section facet can list the sections and
    count each in the folded index (:mod:`crawler.storage.sections`) instead of
    reading a row per match. A few dozen rows; the triggers are plain SQL (any
    tool's writes keep it right); a section whose articles are all gone stays
    listed and counts nothing. Filled from the index's vocabulary, not by reading
    every article."""
    db.execute("CREATE TABLE IF NOT EXISTS section_names (name TEXT PRIMARY KEY) WITHOUT ROWID")
    add = "INSERT OR IGNORE INTO section_names (name) VALUES (new.section);"
    db.execute("CREATE TRIGGER section_names_ai AFTER INSERT ON articles "
               f"WHEN coalesce(new.section, '') != '' BEGIN {add} END")
    db.execute("CREATE TRIGGER section_names_au AFTER UPDATE OF section ON articles "
               f"WHEN coalesce(new.section, '') != '' BEGIN {add} END")
    db.conn.executemany("INSERT OR IGNORE INTO section_names (name) VALUES (?)",
                        [(name,) for name in index_section_names(db.conn)])


def _frontier_run_source(db: sqlite_utils.Database) -> None:
    """Where a run came from when the frontier's writer recorded it from a crawler's
    report (its stream entry), so that a report read again after a kill or a lost
    Redis is recorded once."""
    db.execute("ALTER TABLE runs ADD COLUMN source TEXT")
    db.execute("CREATE UNIQUE INDEX runs_source ON runs(source) WHERE source IS NOT NULL")


def _m009_article_heads(db: sqlite_utils.Database) -> None:
    """Each article's title and lead as folded words, and its length in the folded
    index, by rowid, in a small table.

    Ranking asks of each of its 2,000 candidates whether a common word is in the
    title or the lead. Walking that column in ``articles_fold`` decodes the word's
    positions in every article of the candidates' rowid span and hands every title
    match in it to Python: 4 to 40 ms a word at a million articles, most of a
    search's time. Here it is one read of 2,000 short rows and a substring test
    (:func:`crawler.storage.index_reads.article_heads`), which also brings the
    length BM25 needs (else a second read, of ``articles_fold_docsize``). About 240
    bytes an article. The length is copied from ``articles_fold_docsize`` by the
    fold triggers themselves, after they index the article: statements in one
    trigger run in order, and SQLite does not say in which order two triggers fire.
    """
    db.execute("CREATE TABLE article_heads (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
               "lead TEXT NOT NULL, length INTEGER NOT NULL)")
    db.execute("INSERT INTO article_heads (id, title, lead, length) "
               "SELECT a.rowid, na_words(a.title), na_words(a.lead), na_length(d.sz) "
               "FROM articles a LEFT JOIN articles_fold_docsize d ON d.id = a.rowid")
    heads = ("INSERT OR REPLACE INTO article_heads (id, title, lead, length) VALUES "
             "(new.rowid, na_words(new.title), na_words(new.lead), "
             "na_length((SELECT sz FROM articles_fold_docsize WHERE id = new.rowid)));")
    for trigger in ("articles_ai", "articles_au"):  # the fold triggers, one more statement
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         [trigger]).fetchone()[0].rstrip()
        if not sql.endswith("END"):
            raise RuntimeError(f"trigger {trigger} does not end with END: {sql[-40:]!r}")
        db.execute(f"DROP TRIGGER {trigger}")
        db.execute(f"{sql[:-3]} {heads} END")
    db.execute("CREATE TRIGGER article_heads_ad AFTER DELETE ON articles BEGIN "
               "DELETE FROM article_heads WHERE id = old.rowid; END")


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("001_articles", _m001_articles),
    ("002_pages", _m002_pages),
    ("003_versions_runs", _m003_versions_runs),
    ("004_fold_terms", _m004_fold_terms),
    ("005_sites", _m005_sites),
    ("006_article_dates", _m006_article_dates),
    ("007_watches", _m007_watches),
    ("web_008_section_names", _m_web_008_section_names),
    ("house_failure_keys", house_failure_keys),
    ("frontier_run_source", _frontier_run_source),
    ("house_warning_records", house_warning_records),
    ("009_article_heads", _m009_article_heads),
]


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    """The names of the migrations not yet applied (all of them for a new file); reads only."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").fetchone():
        return [name for name, _ in MIGRATIONS]
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    return [name for name, _ in MIGRATIONS if name not in done]


# Why not sqlite-utils' own ``Migrations`` helper (4.2): it does the same thing
# (pending steps in list order, each in a transaction with its record), but keeps
# its records in ``_sqlite_migrations``. Every archive made so far records its
# steps in ``_migrations``, and open_archive tells a newsarchive archive from any
# other SQLite file by that table; switching would need a bridge step copying the
# names across and a second marker, for no change in behaviour. So this runner
# of twenty lines stays; its contract is the same (unique names, list order).
def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations not yet applied; return their names."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN")  # one transaction per migration, DDL included
        try:
            step(db)
            db.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", [name])
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        applied.append(name)
    return applied
