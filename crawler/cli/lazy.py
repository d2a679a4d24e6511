"""Commands imported when they are used, not when ``newsarchive`` starts.

A command's module may import Scrapy, Twisted and trafilatura (crawling,
extracting, checking): over two seconds of CPU that ``newsarchive search``
never needs. Click's LazyGroup pattern: the group knows each command as
``"module:attr"`` and imports it when the command is invoked or its own help is
shown. ``newsarchive --help`` lists every command with its short help from a
table (:class:`LazyCommand`), so listing them imports none.

The commands are held in :class:`LazyCommands`, a mapping that stands where
click keeps a group's ``commands`` dict: click's own lookups (``get_command``,
``list_commands``, "Did you mean" suggestions) and callers of ``cli.commands``
see every command, and only the ones asked for are imported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from importlib import import_module

import click


@dataclass(frozen=True)
class LazyCommand:
    """Where a command is defined, and what ``newsarchive --help`` says of it.

    ``short_help`` is the first sentence of the command's docstring, as click
    would take it (tests/test_cli.py checks that they agree).
    """

    target: str  # "package.module:attribute"
    short_help: str
    hidden: bool = False  # left out of `newsarchive --help`, as click's hidden=True

    def load(self) -> click.Command:
        module, _, attr = self.target.partition(":")
        command = getattr(import_module(module), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.target} is not a click command")
        return command


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands: the lazy ones are imported on first lookup; commands
    added with ``add_command`` are held as they are."""

    def __init__(self, lazy: Mapping[str, LazyCommand]):
        self.lazy = dict(lazy)
        self.loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            self.loaded[name] = self.lazy[name].load()  # KeyError: no such command
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self.loaded.pop(name, None)
        self.lazy.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.loaded or name in self.lazy

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self.lazy, *self.loaded]))

    def __len__(self) -> int:
        return len(self.lazy.keys() | self.loaded.keys())

    def hidden(self, name: str) -> bool:
        return self.loaded[name].hidden if name in self.loaded else self.lazy[name].hidden

    def short_help(self, name: str, limit: int) -> str:
        """The command's short help, without importing it if it is not yet."""
        if name in self.loaded:
            return self.loaded[name].get_short_help_str(limit)
        # click's own shortening, on the table's sentence
        return click.Command(name, help=self.lazy[name].short_help).get_short_help_str(limit)


class LazyGroup(click.Group):
    """A click group whose commands are imported only when used (see the module)."""

    def __init__(self, *args, lazy_commands: Mapping[str, LazyCommand] | None = None,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        commands = LazyCommands(lazy_commands or {})
        commands.update(self.commands)
        self.commands = commands  # type: ignore[assignment]  # a mapping, as click reads it

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's listing (same layout, same shortening) from the table: no imports."""
        commands: LazyCommands = self.commands  # type: ignore[assignment]
        names = [name for name in self.list_commands(ctx) if not commands.hidden(name)]
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        with formatter.section("Commands"):
            formatter.write_dl([(name, commands.short_help(name, limit)) for name in names])
