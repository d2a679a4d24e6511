"""Reading the archive starts without the crawler: `newsarchive search`, `show`,
`stats`, `export`, `watch list`, `runs` and the help texts import neither Scrapy (with
Twisted) nor trafilatura, which cost over two seconds of CPU a process; and
`newsarchive --help`, listing the commands without importing them, says of each
what the command itself says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.cli.main import COMMANDS, cli
from crawler.storage import open_archive
from tests.conftest import ROOT
from tests.test_cli import ARTICLES

HEAVY = ("scrapy", "twisted", "trafilatura")
PAGE = "trao-mai-am-cong-doan-cho-doan-vien-co-hoan-canh-kho-khan-184634.html"

#: Run the command as `newsarchive` does, then report which heavy packages got imported.
PROBE = f"""
import json, sys
from crawler.cli.main import main
HEAVY = {HEAVY!r}
try:
    main()
finally:
    heavy = sorted({{name.split(".")[0] for name in sys.modules}} & set(HEAVY))
    sys.stderr.write("\\nIMPORTED " + json.dumps(heavy) + "\\n")
"""


def probe(*args: str, columns: int = 80) -> tuple[int, str, list[str]]:
    """(exit code, stdout, heavy packages imported) of `newsarchive ARGS` in a new process."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "COLUMNS": str(columns)}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)
    marker = done.stderr.rindex("IMPORTED ")
    return done.returncode, done.stdout, json.loads(done.stderr[marker + 9:])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "archive.db"
    with open_archive(path, create=True) as archive:
        for article in ARTICLES:
            archive.write_article(article)
    return path


@pytest.mark.parametrize("args, shows", [
    (["search", "dien", "bien"], "Lao Động Thủ Đô trao quà"),
    (["search", "--format", "json", "200 suat"], '"site": "laodongthudo"'),
    (["show", ARTICLES[1].url], "Con đường bê tông"),
    (["stats"], "baodienbienphu"),
    (["export"], ARTICLES[0].url),
    (["watch", "list"], ""),
    (["runs", "--format", "json"], "[]"),
    (["serve", "--help"], "Usage: newsarchive serve"),
    (["search", "--help"], "Usage: newsarchive search"),
    (["frontier", "status", "--help"], "Usage: newsarchive frontier status"),
    (["--help"], "Commands:"),
])
def test_reading_imports_no_crawler(db, args, shows):
    code, out, heavy = probe("--db", str(db), *args)
    assert code == 0, out
    assert shows in out
    assert heavy == [], f"`newsarchive {' '.join(args)}` imported {heavy}"


def test_listing_the_sites_imports_no_extraction(db):
    """`sites` needs the spiders (Scrapy) to know the sites, but not trafilatura."""
    code, out, heavy = probe("--db", str(db), "sites")
    assert code == 0, out
    assert "laodongthudo" in out
    assert "trafilatura" not in heavy


def test_extracting_still_imports_trafilatura(tmp_path):
    """The probe sees an import when there is one: extracting a page needs trafilatura."""
    page = ROOT / "tests/sites/laodongthudo/laodongthudo.vn" / PAGE
    code, out, heavy = probe("extract", "--url", f"https://laodongthudo.vn/{PAGE}", str(page))
    assert code == 0, out
    assert "Mái ấm Công đoàn" in out
    assert "trafilatura" in heavy


def test_unknown_command_is_still_one_line_with_suggestions():
    done = subprocess.run([sys.executable, "-m", "crawler", "serch", "x"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stderr == ("Error: No such command 'serch'. (Did you mean one of: "
                           "'search', 'serve'?) (see 'newsarchive --help')\n")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_short_help_is_the_commands_own(name):
    """The table main.py lists commands from says what each command's docstring says,
    at every width click may shorten it to."""
    command = cli.commands[name]  # imported now
    listed = click.Command(name, help=COMMANDS[name].short_help)
    for limit in (20, 45, 60, 80, 1000):
        assert listed.get_short_help_str(limit) == command.get_short_help_str(limit)
    assert COMMANDS[name].hidden == command.hidden


def test_help_without_imports_is_the_help_with_every_command_imported():
    code, lazy_help, heavy = probe("--help", columns=80)
    assert code == 0 and heavy == []
    dict(cli.commands.items())  # every command imported in this process
    # a terminal of 80 columns: click's formatter uses 78 of them
    loaded = CliRunner().invoke(cli, ["--help"], terminal_width=78, prog_name="newsarchive")
    assert loaded.exit_code == 0
    assert lazy_help == loaded.output
    assert sorted(cli.commands) == sorted(COMMANDS)
