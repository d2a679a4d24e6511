"""The README's command list and the command's own --help agree (as sqlite-utils
checks its docs against its commands): a command added without a line in the
README, or a README line for a command that is gone, fails here."""

from __future__ import annotations

import re
from pathlib import Path

import click

from crawler.cli.main import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> set[tuple[str, ...]]:
    """Each `newsarchive CMD [SUB]` line of the README's code blocks, as (CMD[, SUB])."""
    found: set[tuple[str, ...]] = set()
    blocks = re.findall(r"```(?:sh)?\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    for line in "\n".join(blocks).splitlines():
        words = re.match(r"\s*newsarchive((?:\s+[a-z][\w-]*)+)", line)
        if not words:
            continue
        name, *rest = words.group(1).split()
        command = cli.commands.get(name)
        if isinstance(command, click.Group) and rest and rest[0] in command.commands:
            found.add((name, rest[0]))
        else:
            found.add((name,))
    return found


def cli_commands() -> set[tuple[str, ...]]:
    names: set[tuple[str, ...]] = set()
    for name, command in cli.commands.items():
        if command.hidden:
            continue
        names.add((name,))
        if isinstance(command, click.Group):
            names |= {(name, sub) for sub, c in command.commands.items() if not c.hidden}
    return names


def test_every_command_is_in_the_readme():
    documented = readme_commands()
    missing = [" ".join(c) for c in sorted(cli_commands() - documented)]
    assert not missing, f"commands not shown in README.md: {missing}"


def test_every_readme_command_exists():
    unknown = [" ".join(c) for c in sorted(readme_commands() - cli_commands())]
    assert not unknown, f"README.md shows commands that do not exist: {unknown}"


def built_table() -> list[list[str]]:
    """The paths named in the first column of README's "How it is built" table, one
    list per row (a bare name is in the folder of the row's first path)."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## How it is built"):]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        names = re.findall(r"`([^`]+)`", line.split("|")[1])
        folder = names[0].rsplit("/", 1)[0] if "/" in names[0] else ""
        rows.append([n if "/" in n else f"{folder}/{n}" for n in names])
    return rows


def test_how_it_is_built_matches_the_tree():
    """Every path the table names exists, and every module of crawler/ and spiders/
    is in a row (a module or package added without a line there fails here)."""
    root = README.parent
    named = [n for row in built_table() for n in row]
    patterns = [n.replace("<site>", "*") for n in named]
    missing = [n for n, p in zip(named, patterns, strict=True) if not list(root.glob(p))]
    assert not missing, f"README's table names what is not in the tree: {missing}"
    modules = [p.relative_to(root).as_posix() for d in ("crawler", "spiders")
               for p in (root / d).iterdir()
               if p.name not in ("__init__.py", "__main__.py", "__pycache__")
               and (p.suffix == ".py" or (p / "__init__.py").is_file())]
    unnamed = [m for m in modules
               if not any(Path(m).match(p.rstrip("/")) or m == p.rstrip("/") for p in patterns)]
    assert not unnamed, f"modules missing from README's 'How it is built' table: {unnamed}"
