"""``newsarchive serve``: the archive in a browser (Datasette with newsarchive's plugin)."""

from __future__ import annotations

import click

from crawler.cli.output import CliError
from crawler.storage import ArchiveError, open_archive


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens it to the network.")
@click.pass_obj
def serve(obj: object, port: int, host: str) -> None:
    """Serve the archive in a browser: search at /-/archive, articles, feeds.

    Read-only: the pages and Datasette's own table views read the archive
    through read-only connections, so a crawl can write to it meanwhile.
    Plain 'datasette archive.db' gets the same pages (the plugin is installed).
    """
    db = obj.db  # type: ignore[attr-defined]
    try:  # a clear error for a bad path, and an old archive brought up to date once
        open_archive(db).close()
    except ArchiveError as exc:
        raise CliError(str(exc)) from exc
    import uvicorn  # Datasette's server; imported here so other commands start fast
    from datasette.app import Datasette
    from datasette.cli import run_sync

    datasette = Datasette([str(db)], settings={"default_page_size": 50})
    run_sync(datasette.invoke_startup)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {db} (read-only) at http://{shown}:{port}/-/archive  (Ctrl+C stops)")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
