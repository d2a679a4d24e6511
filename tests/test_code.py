"""The code base stays as the guide wants it: ruff-clean, small modules."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 400


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run([ruff, "check", "--quiet", str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("module", sorted(
    str(p.relative_to(ROOT)) for d in ("crawler", "spiders") for p in (ROOT / d).rglob("*.py")))
def test_modules_stay_small(module):
    lines = (ROOT / module).read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{module} has {lines} lines; split it by job"


# Only storage talks SQL (the guide): no other module opens SQLite or holds a query.
SQL_OWNER = ROOT / "crawler" / "storage"
SQL_MODULES = ("sqlite3", "sqlite_utils", "apsw")
SQL_TEXT = re.compile(r"\b(?:SELECT\s+[\w*(]|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET"
                      r"|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|TRIGGER|VIEW)|PRAGMA\s+\w)")
SQL_CALLS = ("execute", "executemany", "executescript")  # with a statement (not Redis')


def sql_outside_storage(path: Path) -> list[str]:
    """What in the module at `path` opens SQLite or runs SQL (import, call, query text)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        found += [f"line {node.lineno}: imports {n}" for n in names
                  if n.split(".")[0] in SQL_MODULES]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in SQL_CALLS and node.args and \
                isinstance(node.args[0], ast.Constant | ast.JoinedStr):
            found.append(f"line {node.lineno}: calls .{node.func.attr}() with a statement")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                SQL_TEXT.search(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
    return found


@pytest.mark.parametrize("module", sorted(
    str(p.relative_to(ROOT)) for d in ("crawler", "spiders") for p in (ROOT / d).rglob("*.py")
    if SQL_OWNER not in p.parents))
def test_only_storage_talks_sql(module):
    found = sql_outside_storage(ROOT / module)
    assert not found, f"{module} talks SQL ({'; '.join(found)}); add a read to Archive"


def test_the_sql_check_sees_sql(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('import sqlite3\ndef f(a):\n    return a.db.execute(\n'
                      '        "SELECT max(first_seen) FROM articles")\n', encoding="utf-8")
    assert len(sql_outside_storage(module)) == 3


# Data flows one way (spider → extraction → storage → search): search reads the
# archive through storage's named reads; storage never imports search.
SEARCH = ROOT / "crawler" / "search"


def imported_modules(path: Path, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the module at `path`, which is in
    `package` (relative imports resolved; ``from crawler import search`` included)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found += [(node.lineno, base)] + [(node.lineno, f"{base}.{a.name}")
                                              for a in node.names]
    return found


def storage_imports_of_search(path: Path, package: str = "crawler.storage") -> list[str]:
    return [f"line {line}: imports {name}" for line, name in imported_modules(path, package)
            if name == "crawler.search" or name.startswith("crawler.search.")]


@pytest.mark.parametrize("module", sorted(
    str(p.relative_to(ROOT)) for p in SQL_OWNER.rglob("*.py")))
def test_storage_never_imports_search(module):
    found = storage_imports_of_search(ROOT / module)
    assert not found, (f"{module} imports the search stage ({'; '.join(found)}): storage "
                       "serves reads to search, never the other way round")


def test_the_import_check_sees_search_imports(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import crawler.search.api\nfrom crawler import search\n"
                      "from ..search.query import parse_query\nfrom crawler.storage import "
                      "archive\nfrom . import fold\n", encoding="utf-8")
    assert [f.split(":")[0] for f in storage_imports_of_search(module)] == [
        "line 1", "line 2", "line 3", "line 3"]


@pytest.mark.parametrize("module", sorted(
    str(p.relative_to(ROOT)) for p in SEARCH.rglob("*.py")))
def test_search_reads_only_through_storage(module):
    """Stricter than the SQL check for the search stage: no connection in hand at all."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    found = [f"line {n.lineno}: .{n.attr}" for n in ast.walk(tree)
             if isinstance(n, ast.Attribute) and n.attr in ("db", "conn", *SQL_CALLS)]
    assert not found, (f"{module} reaches into the database ({'; '.join(found)}); "
                       "add a named read to crawler/storage/index_reads.py")
