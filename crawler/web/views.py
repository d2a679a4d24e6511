"""The plugin's pages: each finds the archive among Datasette's databases, runs
the work in Datasette's database thread (read-only connection) and renders.

Bad input is the CLI's one-line message: on the page (status 400) and as
``{"error": ...}`` with 400 in JSON; an unknown article is a 404. Stored
strings are escaped by Jinja's autoescape (and ElementTree for Atom); the raw
page is served so nothing in it runs or loads (:func:`raw_page`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode

from datasette.utils.asgi import Response

from crawler.searching import RESULT_COLUMNS, RequestError
from crawler.storage import Archive
from crawler.storage.archive import archive_on, is_archive
from crawler.storage.sections import NO_SECTION
from crawler.storage.watches import get_watch
from crawler.web import requests
from crawler.web.articles import article_view
from crawler.web.articles import raw_page as stored_page
from crawler.web.feeds import atom_feed
from crawler.web.requests import FEED_SIZE, WebSearch, highlighted, month_bars, watch_link

T = TypeVar("T")
# The raw page: no script runs, nothing loads from its hosts (images, styles, frames).
RAW_TEXT_CSP = "default-src 'none'; sandbox"
RAW_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
PAGE_CSP = ("default-src 'self'; img-src * data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; frame-src 'self'; object-src 'none'")
NO_ARCHIVE = ("no newsarchive archive is open here; start it with "
              "'newsarchive --db FILE serve' or 'datasette FILE'")


async def _with_archive(datasette: Any, work: Callable[[Archive], T]) -> T | None:
    """Run `work` on the first database that is an archive, in its thread; None if none."""
    for database in datasette.databases.values():
        if database.is_memory or not database.path:
            continue
        path = database.path

        def run(conn: Any, path: str = path) -> tuple[bool, Any]:
            if not is_archive(conn):
                return False, None
            return True, work(archive_on(conn, path))

        found, result = await database.execute_fn(run)
        if found:
            return result
    return None


async def _render(datasette: Any, request: Any, template: str, context: dict,
                  status: int = 200) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status, headers={"Content-Security-Policy": PAGE_CSP})


async def search_page(datasette: Any, request: Any) -> Response:
    search = WebSearch.from_args(request.args)
    page = await _with_archive(datasette, lambda a: requests.search_page(a, search))
    if page is None:
        return await _render(datasette, request, "archive_search.html",
                             {"search": search, "error": NO_ARCHIVE, "page": None}, 404)
    found = page.found
    context = {
        "search": search, "page": page, "found": found, "error": page.error,
        "results": [{**r, "snippet_html": highlighted(r["snippet"]),
                     "article": "/-/archive/article?" + urlencode({"url": r["url"]})}
                    for r in (found.records if found else [])],
        "bars": month_bars(search, found.facets.get("month", {})) if found else [],
        "site_facets": [{"site": s, "count": n, "link": search.link(site=s, page=None)}
                        for s, n in (found.facets.get("site", {}).items() if found else [])],
        "section_facets": [{"section": s, "count": n,
                            "link": search.link(section=s, page=None) if s != NO_SECTION
                            else None}
                           for s, n in (found.facets.get("section", {}).items() if found
                                        else [])],
        "pages": _pager(search, found),
        "formats": {f: f"/-/archive.{f}?{search.link(page=None)}" for f in ("json", "csv",
                                                                             "atom")},
    }
    return await _render(datasette, request, "archive_search.html", context,
                         400 if page.error else 200)


def _pager(search: WebSearch, found: Any) -> dict:
    if not found or not found.records:
        return {}
    number = (found.offset // requests.PAGE_SIZE) + 1
    last = found.offset + len(found.records)
    return {"first": found.offset + 1, "last": last,
            "previous": search.link(page=number - 1) if number > 1 else None,
            "next": search.link(page=number + 1) if last < found.total else None}


async def search_data(datasette: Any, request: Any) -> Response:
    fmt = request.url_vars["fmt"]
    search = WebSearch.from_args(request.args)
    facets = fmt == "json" and request.args.get("facets", "") not in ("", "0")

    def work(archive: Archive) -> Any:
        try:
            if fmt == "atom":
                return search.run(archive, limit=FEED_SIZE, sort=search.values["sort"] or
                                  "newest")
            return search.run(archive, facets=facets)
        except RequestError as exc:
            return exc

    found = await _with_archive(datasette, work)
    if found is None or isinstance(found, RequestError):
        message = str(found) if found is not None else NO_ARCHIVE
        if fmt == "json":
            return _json({"error": message}, status=400 if found else 404)
        return Response.text(f"Error: {message}\n", status=400 if found else 404)
    if fmt == "json":
        body: dict[str, Any] = {"query": found.text, "total": found.total,
                                "total_exact": found.exact_total, "results": found.records}
        if facets:
            body["facets"] = found.facets
        return _json(body)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(RESULT_COLUMNS), extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(found.records)
        return Response(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    query = search.link(page=None)
    return _atom(request, f"newsarchive: {found.text}", f"/-/archive?{query}", found.records)


def _json(body: dict, status: int = 200) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status=status,
                    content_type="application/json; charset=utf-8")


def _atom(request: Any, title: str, alternate: str, records: list[dict]) -> Response:
    base = f"{request.scheme}://{request.host}"
    self_url = base + request.path + (f"?{request.query_string}" if request.query_string else "")
    return Response(atom_feed(title, self_url, base + alternate, records).decode("utf-8"),
                    content_type="application/atom+xml; charset=utf-8")


async def watch_feed(datasette: Any, request: Any) -> Response:
    name = request.url_vars["name"]

    def work(archive: Archive) -> Any:
        watch = get_watch(archive, name)
        if watch is None:
            return None
        search = WebSearch.from_args(dict(parse_qsl(watch_link(watch))))
        try:
            return watch, search.run(archive, limit=FEED_SIZE, sort="newest")
        except RequestError as exc:  # a query saved by an older version that no longer parses
            return watch, exc

    found = await _with_archive(datasette, work)
    if not found:
        return Response.text(f"Error: no watch named {name!r}\n", status=404)
    watch, results = found
    if isinstance(results, RequestError):
        return Response.text(f"Error: watch {watch.name!r} cannot run: {results}\n", status=400)
    return _atom(request, f"newsarchive watch {watch.name}: {watch.describe()}",
                 f"/-/archive?{watch_link(watch)}", results.records)


async def article_page(datasette: Any, request: Any) -> Response:
    url = request.args.get("url") or ""
    view = await _with_archive(datasette, lambda a: article_view(a, url))
    context = {"view": view, "url": url, "show_raw": request.args.get("raw") == "1",
               "raw_link": "/-/archive/raw?" + urlencode({"url": url}),
               "raw_page_link": "/-/archive/raw?" + urlencode({"url": url, "as": "page"}),
               "with_raw": "/-/archive/article?" + urlencode({"url": url, "raw": "1"})}
    if view is None:
        context["error"] = (f"no article with URL {url} in the archive; the search finds URLs"
                            if url else "which article? /-/archive/article?url=URL")
        return await _render(datasette, request, "archive_article.html", context, 404)
    return await _render(datasette, request, "archive_article.html", context)


async def raw_page(datasette: Any, request: Any) -> Response:
    """The stored page: as text by default; ``as=page`` renders it in a sandbox (for a
    sandboxed frame) whose policy lets no script run and nothing load from elsewhere."""
    url = request.args.get("url") or ""
    found = await _with_archive(datasette, lambda a: stored_page(a, url))
    if found is None:
        return Response.text(f"Error: no stored page for {url}\n", status=404)
    text, _ = found
    rendered = request.args.get("as") == "page"
    headers = {"Content-Security-Policy": RAW_PAGE_CSP if rendered else RAW_TEXT_CSP,
               "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    return Response(text, headers=headers,
                    content_type="text/html; charset=utf-8" if rendered
                    else "text/plain; charset=utf-8")
