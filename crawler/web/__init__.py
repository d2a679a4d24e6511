"""The archive in a browser: a Datasette plugin shipped inside newsarchive.

Registered through the ``datasette`` entry point (pyproject), so both
``newsarchive serve`` and a plain ``datasette archive.db`` get it:

- ``prepare_connection`` adds the SQL functions the archive's triggers and
  filters call (:func:`crawler.storage.archive.register_sql_functions`), so
  nothing Datasette runs on the file fails on "no such function";
- ``register_routes`` adds the search page ``/-/archive`` (and its
  ``.json``, ``.csv``, ``.atom`` forms), the article page, the stored raw page
  and an Atom feed per saved search (:mod:`crawler.web.views`).

The pages are a thin layer over the same Python API the CLI calls
(:mod:`crawler.searching`, :mod:`crawler.storage`); no SQL here.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from crawler.storage.archive import register_sql_functions
from crawler.web import views


@hookimpl
def prepare_connection(conn: Any) -> None:
    register_sql_functions(conn)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/archive$", views.search_page),
        (r"^/-/archive\.(?P<fmt>json|csv|atom)$", views.search_data),
        (r"^/-/archive/article$", views.article_page),
        (r"^/-/archive/raw$", views.raw_page),
        (r"^/-/archive/watch/(?P<name>[^/]+)\.atom$", views.watch_feed),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path("/-/archive"), "label": "Search the news archive"}]
