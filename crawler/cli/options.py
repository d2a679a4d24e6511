"""Options shared by the commands that select articles: filters, dates."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

import click

from crawler import searching
from crawler.cli.output import CliError
from crawler.searching import RequestError, parse_date
from crawler.storage import Filters

F = TypeVar("F", bound=Callable[..., Any])


class DateParam(click.ParamType):
    """A date as people write it here: day first (25/04/2024) or ISO (2024-04-25)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        option = param.opts[0] if param is not None and param.opts else "date"
        try:
            return parse_date(value, option)
        except RequestError as exc:
            raise CliError(str(exc)) from exc


class Seconds(click.FloatRange):
    """A number of seconds: within its range and finite (FloatRange lets nan and inf pass,
    and a crawl with a delay of nan would never send its second request)."""

    name = "SECONDS"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number of seconds.", param, ctx)
        return number


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
    try:
        return searching.make_filters(site, section, author, since, until)
    except RequestError as exc:
        raise CliError(str(exc)) from exc
