"""Options shared by the commands that select articles: filters, dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

import click

from crawler.cli.output import CliError
from crawler.extraction.dates import parse_any
from crawler.storage import Filters

F = TypeVar("F", bound=Callable[..., Any])


class DateParam(click.ParamType):
    """A date as people write it here: day first (25/04/2024) or ISO (2024-04-25)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        parsed = parse_any(value)
        if parsed is None:
            option = param.opts[0] if param is not None and param.opts else "date"
            raise CliError(f"bad date {value!r} for {option}: write it day first, "
                           "e.g. 25/04/2024, or as ISO 2024-04-25")
        return parsed


def filter_options(command: F) -> F:
    """--site, --section, --author, --since, --until; the command gets `filters`."""
    options = [
        click.option("--site", help="Only this site (see 'newsarchive sites')."),
        click.option("--section", help="Only this section, e.g. 'Thời sự' (accents optional)."),
        click.option("--author", help="Only articles by this author (part of the name)."),
        click.option("--since", type=DateParam(), help="Published on or after DATE."),
        click.option("--until", type=DateParam(), help="Published on or before DATE."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filters(site: str | None, section: str | None, author: str | None,
                 since: Any, until: Any) -> Filters:
    """Filters from the options; --until is inclusive of the whole day."""
    if since and until and until < since:
        raise CliError("--until is before --since: nothing can match")
    return Filters(site=site, section=section, author=author, since=since,
                   until=until + timedelta(days=1) if until else None)
