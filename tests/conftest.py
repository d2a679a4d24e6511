"""Shared fixtures: the fixture sites served on 127.0.0.1, and real crawls of them.

The crawl runs the installed ``newsarchive`` command in a subprocess with the
real spiders and only the network redirected (``--redirect``), as a user
would run it; tests then read the archive it made.

Fixture sites are found, not listed: every ``tests/sites/<dir>/expected.json``
is one, crawled as its ``fixture.json`` says (``{"spider": NAME}``: a
built-in spider; ``{"add": URL, "name": NAME, "title": ...}``: a paper added
by its URL with ``sites add``; no fixture.json: the spider named like the
folder), with ``not_articles`` (pages that must not be stored) and
``dead_entry_points`` (entry points that answer 404) beside.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fixture_server import FixtureServer

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"
SHARED = ROOT.parent / "shared"
SITE_NAMES = ("baodienbienphu", "laodongthudo")  # crawled together by `crawled`
NEWSARCHIVE = str(Path(sys.executable).with_name("newsarchive"))


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def newsarchive(*args: str, db: Path | None = None, cwd: Path | None = None,
                timeout: float = 300) -> Run:
    """Run the installed command as a user would."""
    command = [NEWSARCHIVE, *(["--db", str(db)] if db else []), *args]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd or ROOT,
                          timeout=timeout, env=env)
    return Run(done.returncode, done.stdout, done.stderr)


def expected(site: str) -> list[dict]:
    return json.loads((SITES / site / "expected.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class FixtureSite:
    """One folder of tests/sites and how a user would crawl it."""

    folder: str
    name: str  # the site's name in the archive
    spider: str | None = None  # a built-in spider, or None: added with `sites add`
    add: str | None = None  # the home page given to `sites add`
    title: str | None = None
    not_articles: tuple[str, ...] = ()
    dead_entry_points: tuple[str, ...] = ()
    #: expected.json, or expected.pending.json: records today's extraction does not
    #: yet produce (the fixture says so; its README tells which fields).
    expected_file: str = "expected.json"

    @property
    def pending(self) -> bool:
        return self.expected_file != "expected.json"

    def expected(self) -> list[dict]:
        return json.loads((SITES / self.folder / self.expected_file).read_text(encoding="utf-8"))


def fixture_sites() -> list[FixtureSite]:
    """Every fixture site under tests/sites (a folder with an expected.json or a
    fixture.json)."""
    found = []
    folders = {p.parent for p in SITES.glob("*/expected.json")}
    folders |= {p.parent for p in SITES.glob("*/fixture.json")}
    for folder in sorted(folders):
        spec_file = folder / "fixture.json"
        spec = (json.loads(spec_file.read_text(encoding="utf-8")) if spec_file.is_file()
                else {"spider": folder.name})
        found.append(FixtureSite(
            folder=folder.name, name=spec.get("name") or spec.get("spider") or folder.name,
            spider=spec.get("spider"), add=spec.get("add"), title=spec.get("title"),
            not_articles=tuple(spec.get("not_articles", ())),
            dead_entry_points=tuple(spec.get("dead_entry_points", ())),
            expected_file=spec.get("expected", "expected.json")))
    return found


@dataclass
class SiteCrawl:
    """An archive made by crawling one fixture site, as a user would."""

    site: FixtureSite
    db: Path
    run: Run
    requests: list[tuple[str, str]]  # what the server was asked, (host, target)
    server: FixtureServer


def crawl_fixture_site(site: FixtureSite, server: FixtureServer, db: Path) -> Run:
    """`sites add` (for a paper added by URL) then `crawl NAME`, redirected to `server`."""
    if site.add:
        added = newsarchive("sites", "add", site.add, "--name", site.name,
                            *(["--title", site.title] if site.title else []), db=db)
        assert added.returncode == 0, added.stderr
    return newsarchive("crawl", *crawl_args(server, site.name), db=db)


@pytest.fixture(scope="session")
def site_crawl(tmp_path_factory):
    """site_crawl(FixtureSite) -> SiteCrawl: each fixture site crawled once a session,
    alone (second renderings of a paper serve the same host as the first)."""
    done: dict[str, SiteCrawl] = {}
    servers: list[FixtureServer] = []

    def get(site: FixtureSite) -> SiteCrawl:
        if site.folder not in done:
            server = FixtureServer(SITES / site.folder).start()
            servers.append(server)
            db = tmp_path_factory.mktemp(site.folder) / "archive.db"
            run = crawl_fixture_site(site, server, db)
            done[site.folder] = SiteCrawl(site, db, run, list(server.requests), server)
        return done[site.folder]

    yield get
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def server():
    with FixtureServer(*(SITES / s for s in SITE_NAMES)) as running:
        yield running


def crawl_args(server: FixtureServer, *sites: str) -> list[str]:
    args = [*sites, "--delay", "0", "--format", "json"]
    for redirect in server.redirects():
        args += ["--redirect", redirect]
    return args


@pytest.fixture(scope="session")
def crawled(server, tmp_path_factory) -> tuple[Path, Run]:
    """An archive made by crawling both fixture sites once."""
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    run = newsarchive("crawl", *crawl_args(server, *SITE_NAMES), db=db)
    assert run.returncode == 0, run.stderr[-3000:]
    return db, run
