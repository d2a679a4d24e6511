"""The archive's sections, by the key the folded index files them under.

Sections are free text per paper ("Thời sự", "Thời Sự", "Văn hóa - Xã hội"),
and the folded index holds one token per article for its section's key
(``zc`` + letters and digits, folded: :func:`crawler.storage.terms.key`). So
the section facet counts every match in the index, one count per section, as
the paper facet does, never reading a row; what it needs is the list of keys
and a name to show for each. That list is the small ``section_names`` table
(migration ``web_008_section_names``: every distinct section text, kept by a
trigger), read whole; an archive not yet migrated (a read-only copy opened by
plain Datasette) lists them from the index's vocabulary instead, which reads
every section token (a few tens of ms at a million articles).
"""

from __future__ import annotations

from crawler.storage.archive import Archive
from crawler.storage.schema import index_section_names
from crawler.storage.terms import key

NO_SECTION = "no section"


def section_names(archive: Archive) -> dict[str, str]:
    """{key: the name shown for it}, one per key (the smallest spelling of those stored,
    so the choice does not change with the order articles arrive in)."""
    if archive.db["section_names"].exists():
        names = [n for (n,) in archive.db.execute("SELECT name FROM section_names")]
    else:
        names = index_section_names(archive.db.conn)
    out: dict[str, str] = {}
    for name in sorted(names):
        out.setdefault(key(name), name)
    return out

