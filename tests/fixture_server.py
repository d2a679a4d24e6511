"""A local HTTP server that serves saved mini-sites, routed by Host header.

The crawler is tested against the real site configuration; only the network
is redirected (``--redirect HOST=ADDR`` keeps the ``Host`` header of the real
site), so one server on 127.0.0.1 can play every host of a site. Layout::

    ROOT/<host>/<path>           a file; a folder serves its index.html
    ROOT/<host>/_routes.json     {"/path?param=value": "file" | {"file": ..,
                                  "status": .., "content_type": .., "headers": {..}}}

A route matches when its path equals the request's and its query parameters
are a subset of the request's; otherwise the query string is ignored, as a
static web server would. Used by the tests and by ``scripts/demo.sh``::

    python tests/fixture_server.py tests/sites/laodongthudo tests/sites/baodienbienphu
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}
ROUTES_FILE = "_routes.json"


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]


class FixtureSites:
    """Resolves (host, request target) to a reply from one or more site roots."""

    def __init__(self, roots: Iterable[Path]):
        self.hosts: dict[str, Path] = {}
        for root in roots:
            for host_dir in sorted(Path(root).iterdir()):
                # Host folders are named like hosts; skip __pycache__, _private, .hidden.
                if host_dir.is_dir() and "." in host_dir.name.strip("._"):
                    self.hosts[host_dir.name] = host_dir

    def resolve(self, host: str, target: str) -> Reply:
        host_dir = self.hosts.get(host.split(":")[0].lower())
        if host_dir is None:
            return Reply(404, b"unknown host", {"Content-Type": "text/plain"})
        parts = urlsplit(target)
        path = unquote(parts.path) or "/"
        route = self._route(host_dir, path, dict(parse_qsl(parts.query)))
        if route is not None:
            return route
        return self._static(host_dir, path)

    def _route(self, host_dir: Path, path: str, query: dict[str, str]) -> Reply | None:
        routes_file = host_dir / ROUTES_FILE
        if not routes_file.is_file():
            return None
        routes = json.loads(routes_file.read_text(encoding="utf-8"))
        for key, spec in routes.items():
            rparts = urlsplit(key)
            if unquote(rparts.path) != path:
                continue
            if not set(parse_qsl(rparts.query)).issubset(query.items()):
                continue
            if isinstance(spec, str):
                spec = {"file": spec}
            headers = dict(spec.get("headers", {}))
            body = b""
            if "file" in spec:
                file = host_dir / spec["file"]
                body = file.read_bytes()
                headers.setdefault("Content-Type", self._content_type(file))
            if "content_type" in spec:
                headers["Content-Type"] = spec["content_type"]
            if "body" in spec:
                body = spec["body"].encode("utf-8")
            return Reply(int(spec.get("status", 200)), body, headers)
        return None

    def _static(self, host_dir: Path, path: str) -> Reply:
        file = (host_dir / path.lstrip("/")).resolve()
        if not file.is_relative_to(host_dir.resolve()):
            return Reply(403, b"forbidden", {"Content-Type": "text/plain"})
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file() or file.name == ROUTES_FILE:
            return Reply(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                         {"Content-Type": "text/html; charset=utf-8"})
        return Reply(200, file.read_bytes(), {"Content-Type": self._content_type(file)})

    @staticmethod
    def _content_type(file: Path) -> str:
        return CONTENT_TYPES.get(file.suffix.lower(), "text/html; charset=utf-8")


class FixtureServer:
    """A threaded HTTP server on 127.0.0.1; a context manager for tests."""

    def __init__(self, *roots: Path | str, port: int = 0):
        self.sites = FixtureSites(Path(r) for r in roots)
        self.requests: list[tuple[str, str]] = []  # (host, target), for assertions
        sites, requests = self.sites, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                host = self.headers.get("Host", "")
                requests.append((host, self.path))
                reply = sites.resolve(host, self.path)
                if reply.status == 200:  # validators, as real servers send them
                    etag = f'"{hashlib.sha1(reply.body).hexdigest()[:16]}"'
                    reply.headers.setdefault("ETag", etag)
                    if self.headers.get("If-None-Match") == reply.headers["ETag"]:
                        reply = Reply(304, b"", {"ETag": reply.headers["ETag"]})
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{host}:{port}"

    def redirects(self) -> list[str]:
        """``HOST=ADDR`` for every host served, as ``--redirect`` takes them."""
        return [f"{host}={self.address}" for host in self.sites.hosts]

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+", help="site folders holding one folder per host")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    args = parser.parse_args(argv)
    server = FixtureServer(*args.roots, port=args.port)
    # The first line tells a calling script what to pass to --redirect.
    print(" ".join(f"--redirect {r}" for r in server.redirects()), flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sys.stdout.flush()


if __name__ == "__main__":
    main()
