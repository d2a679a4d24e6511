"""Counts per site, section and month (`search --facets`, the web page's facets):
every match counted, however common the query, with sections grouped as
--section matches them (by letters and digits, accents and case folded).

The page used to count sections over the newest 2,000 matches only; the archive
here has more matches than that, and the section missed by such a sample is
the oldest one."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler.cli.main import cli
from crawler.extraction.dates import VN_TZ
from crawler.items import Article
from crawler.search import facets
from crawler.searching import find
from crawler.storage import Filters, open_archive
from crawler.storage.archive import archive_on, register_sql_functions
from crawler.storage.sections import NO_SECTION, section_names
from crawler.storage.terms import key

OLD_SAMPLE = 2_000
START = datetime(2024, 1, 1, 8, 0, tzinfo=VN_TZ)
# Section texts as papers write them: two spellings of one section, a section
# only the oldest articles have, and articles with none.
SPELLINGS = ["Thời sự", "Thời Sự", "Kinh tế", "Văn hóa - Xã hội", None]


def section_of(i: int, old: int) -> str | None:
    return "Pháp luật" if i < old else SPELLINGS[i % len(SPELLINGS)]


def build(path, n: int = 2_600, old: int = 400):
    archive = open_archive(path, create=True)
    for i in range(n):  # article i is published on day i // 20: oldest first
        archive.write_article(Article(
            url=f"https://{('laodongthudo', 'baodienbienphu')[i % 2]}.vn/{i}.html",
            site=("laodongthudo", "baodienbienphu")[i % 2], title=f"Tin số {i}",
            text=f"Người lao động tỉnh Điện Biên, bài {i}.", section=section_of(i, old),
            published=START + timedelta(days=i // 20), language="vi"))
    archive.commit()
    return archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = build(tmp_path_factory.mktemp("facets") / "archive.db")
    yield archive
    archive.close()


def truth(archive, where: str = "1", params: tuple = ()) -> dict[str, int]:
    """Matches per section key, read row by row (every article matches 'lao dong')."""
    counts = Counter(key(s) if s else NO_SECTION for (s,) in archive.db.execute(
        f"SELECT section FROM articles WHERE {where}", params))
    return dict(counts)


def by_key(counts: dict[str, int]) -> dict[str, int]:
    return {(k if k == NO_SECTION else key(k)): n for k, n in counts.items()}


def test_every_match_is_counted_past_the_old_sample(archive):
    found = find(archive, "lao dong", facets=True)
    assert found.total > OLD_SAMPLE and not found.exact_total  # the count is estimated...
    sections = found.facets["section"]
    assert by_key(sections) == truth(archive)  # ...the section counts are exact
    assert sections["Pháp luật"] == 400  # the oldest matches, all outside the newest 2,000
    assert sections["Thời Sự"] == 880  # "Thời sự" and "Thời Sự": one section, one name
    assert sections[NO_SECTION] == 440
    assert sum(sections.values()) == sum(found.facets["site"].values()) == 2_600
    assert list(sections) == sorted(sections, key=lambda s: -sections[s])  # biggest first


def test_a_section_count_is_what_its_filter_finds(archive):
    sections = find(archive, "dien bien", facets=True).facets["section"]
    for name in ("Thời sự", "Kinh tế", "Pháp luật"):
        filtered = Filters(section=name)
        assert find(archive, "dien bien", filters=filtered, limit=1).total == \
            sections[name if name != "Thời sự" else "Thời Sự"]


def test_filters_and_exact_give_the_same_counts_as_the_rows(archive):
    site = Filters(site="baodienbienphu")
    assert by_key(facets(archive, "lao dong", filters=site)["section"]) == truth(
        archive, "site = ?", ("baodienbienphu",))
    # --exact and a bound with a time of day are counted over the rows: the same answer
    assert facets(archive, "lao động", exact=True)["section"] == facets(archive, "lao dong")[
        "section"]
    since = START + timedelta(days=100, hours=3)
    assert by_key(facets(archive, "lao dong", filters=Filters(since=since))["section"]) == \
        truth(archive, "published >= ?", (since.isoformat(),))


def test_the_cli_and_the_page_show_them(archive):
    result = CliRunner().invoke(cli, ["--db", str(archive.path), "search", "lao", "dong",
                                      "--facets", "--format", "json", "--limit", "1"])
    assert json.loads(result.output)["facets"]["section"]["Pháp luật"] == 400
    table = CliRunner().invoke(cli, ["--db", str(archive.path), "search", "lao", "dong",
                                     "--facets", "--limit", "1"]).output
    assert "By section: Thời Sự 880, Kinh tế 440, Văn hóa - Xã hội 440, no section 440, " \
           "Pháp luật 400" in table


def test_an_archive_from_before_is_listed_from_its_index(tmp_path):
    """An archive made before migration web_008: opened for writing it gets the table,
    filled from the index; read as it is (plain Datasette), the index lists them."""
    archive = build(tmp_path / "old.db", n=60, old=10)
    archive.db.execute("DROP TABLE section_names")
    for trigger in ("section_names_ai", "section_names_au"):
        archive.db.execute(f"DROP TRIGGER {trigger}")
    archive.db.execute("DELETE FROM _migrations WHERE name = 'web_008_section_names'")
    archive.commit()
    expected = {"thoisu": "Thời Sự", "kinhte": "Kinh tế", "vanhoaxahoi": "Văn hóa - Xã hội",
                "phapluat": "Pháp luật"}
    conn = sqlite3.connect(f"file:{archive.path}?mode=ro", uri=True)
    register_sql_functions(conn)
    as_is = archive_on(conn, archive.path)
    first_spelling = {**expected, "thoisu": "Thời sự"}  # article 10's
    assert section_names(as_is) == first_spelling
    assert facets(as_is, "lao dong")["section"]["Pháp luật"] == 10
    conn.close()
    archive.close()
    upgraded = open_archive(tmp_path / "old.db")
    assert section_names(upgraded) == first_spelling
    upgraded.write_article(Article(url="https://laodongthudo.vn/new.html", site="laodongthudo",
                                   title="Tin mới", text="Người lao động.", section="Thời Sự",
                                   published=START, language="vi"))
    upgraded.commit()
    assert section_names(upgraded) == expected  # the trigger added the other spelling
    upgraded.close()
