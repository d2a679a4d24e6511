"""Shared output options and formats for commands that print records."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
TABLE_CELL_MAX = 60


class CliError(click.ClickException):
    """One clear line on stderr and exit code 2 (bad input), never a traceback."""

    exit_code = 2


def format_option(*choices: str, default: str | None = None) -> Callable[[F], F]:
    """The ``--format`` option, the same on every command that prints records."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default or choices[0],
        show_default=True, help="Output format.")


def print_json(records: Sequence[dict[str, Any]] | dict[str, Any]) -> None:
    click.echo(json.dumps(records, ensure_ascii=False, indent=2))


def print_csv(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _flat(record.get(k)) for k in columns})
    click.echo(buffer.getvalue(), nl=False)


def print_table(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    rows = [[_cell(r.get(c)) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def print_records(records: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    if fmt == "json":
        print_json(list(records))
    elif fmt == "csv":
        print_csv(records, columns)
    else:
        print_table(records, columns)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = _flat(value)
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"
