"""Shared fixtures: the fixture sites served on 127.0.0.1, and one real crawl of them.

The crawl runs the installed ``newsarchive`` command in a subprocess with the
real spiders and only the network redirected (``--redirect``), as a user
would run it; tests then read the archive it made.
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
SITE_NAMES = ("baodienbienphu", "laodongthudo")
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
