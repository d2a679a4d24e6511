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
