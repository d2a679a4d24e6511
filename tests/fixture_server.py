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

A route object may also say, for what static files cannot do (bad input)::

    "body": "text"                 the body (UTF-8) instead of a file
    "delay": 5                     seconds to wait before answering (timeouts)
    "body_delay": 5                seconds to wait between the headers and the body
    "redirect": "URL"              a Location header (status 302 unless "status"
                                   is given); "{n}" in it is the route's hit count,
                                   for endless redirect chains
    "sequence": [spec, ...]        the n-th request to the route gets the n-th
                                   spec merged over the route's own keys; the
                                   last one repeats (e.g. 429 then 200)
    "status_sequence": [429, 200]  the same, for statuses only
    "generate_bytes": N            a body of exactly N bytes, streamed in chunks and
                                   never held in memory: "prefix" + "repeat" (default
                                   "A") repeated + "suffix"; "content_length": false
                                   sends no Content-Length (body ends when the
                                   connection closes)
    "gzip_bomb": N                 a small gzip body ("Content-Encoding: gzip") that
                                   inflates to N bytes ("prefix" + "repeat" ...)
    "truncate": N                  sends the full Content-Length but only the first N
                                   bytes of the body, then closes (a dropped connection)

A client that goes away mid-answer is ignored; the server keeps serving.
Every request is recorded in ``FixtureServer.requests`` (host, target) and
``FixtureServer.hits`` (with the time and the status answered).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
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
CHUNK = 64 * 1024
# A client that hangs up mid-answer: not the server's problem.
GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout)


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]
    #: Streamed body (chunks), used instead of `body` when set; `length` is its size.
    stream: Callable[[], Iterator[bytes]] | None = None
    length: int | None = None
    content_length: bool = True
    delay: float = 0.0  # before the status line
    body_delay: float = 0.0  # between the headers and the body
    truncate: int | None = None  # bytes of the body actually sent


@dataclass
class Hit:
    """One request the server answered (or began to)."""

    time: float  # time.monotonic() when it arrived
    host: str
    target: str
    status: int = 0
    done: float = 0.0  # time.monotonic() when the answer was sent (0: never finished)


class FixtureSites:
    """Resolves (host, request target) to a reply from one or more site roots."""

    def __init__(self, roots: Iterable[Path]):
        self.hosts: dict[str, Path] = {}
        self._counts: dict[tuple[str, str], int] = {}  # (host, route key) -> hits
        self._lock = threading.Lock()
        self._bombs: dict[tuple[int, str, str], bytes] = {}
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
            with self._lock:
                n = self._counts.get((host_dir.name, key), 0) + 1
                self._counts[(host_dir.name, key)] = n
            return self._reply(host_dir, self._nth(spec, n), n)
        return None

    @staticmethod
    def _nth(spec: dict[str, Any], n: int) -> dict[str, Any]:
        """The spec for the n-th hit (1-based) of a route with a sequence."""
        base = {k: v for k, v in spec.items() if k not in ("sequence", "status_sequence")}
        if "sequence" in spec:
            steps = [{"file": s} if isinstance(s, str) else s for s in spec["sequence"]]
        elif "status_sequence" in spec:
            steps = [{"status": s} for s in spec["status_sequence"]]
        else:
            return base
        return {**base, **steps[min(n, len(steps)) - 1]}

    def _reply(self, host_dir: Path, spec: dict[str, Any], n: int) -> Reply:
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
        status = int(spec.get("status", 200))
        if "redirect" in spec:
            headers["Location"] = spec["redirect"].replace("{n}", str(n))
            status = int(spec.get("status", 302))
        reply = Reply(status, body, headers, delay=float(spec.get("delay", 0)),
                      body_delay=float(spec.get("body_delay", 0)),
                      truncate=spec.get("truncate"))
        prefix = spec.get("prefix", "").encode("utf-8")
        repeat = spec.get("repeat", "A").encode("utf-8") or b"A"
        suffix = spec.get("suffix", "").encode("utf-8")
        if "generate_bytes" in spec:
            size = int(spec["generate_bytes"])
            reply.stream = lambda: _generate(size, prefix, repeat, suffix)
            reply.length = size
            reply.content_length = bool(spec.get("content_length", True))
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
        if "gzip_bomb" in spec:
            reply.body = self._bomb(int(spec["gzip_bomb"]), prefix, repeat, suffix)
            headers["Content-Encoding"] = "gzip"
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
        return reply

    def _bomb(self, size: int, prefix: bytes, repeat: bytes, suffix: bytes) -> bytes:
        key = (size, prefix.hex(), (repeat + b"|" + suffix).hex())
        with self._lock:
            if key not in self._bombs:
                packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
                parts = [packer.compress(c) for c in _generate(size, prefix, repeat, suffix)]
                self._bombs[key] = b"".join(parts) + packer.flush()
            return self._bombs[key]

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


def _generate(size: int, prefix: bytes, repeat: bytes, suffix: bytes) -> Iterator[bytes]:
    """Exactly `size` bytes: prefix, repeat..., suffix, in chunks of about CHUNK."""
    head, tail = prefix[:size], suffix[:max(0, size - len(prefix))]
    fill = size - len(head) - len(tail)
    if head:
        yield head
    block = repeat * max(1, CHUNK // len(repeat))
    while fill > 0:
        piece = block[:fill]
        fill -= len(piece)
        yield piece
    if tail:
        yield tail


class _HTTPServer(ThreadingHTTPServer):
    # socketserver's backlog of 5 drops connections when a crawl opens 16 at
    # once, each costing the client a one-second retry.
    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], GONE):
            return  # the client hung up: nothing to report
        super().handle_error(request, client_address)


class FixtureServer:
    """A threaded HTTP server on 127.0.0.1; a context manager for tests."""

    def __init__(self, *roots: Path | str, port: int = 0, latency: float = 0.0):
        """`latency`: seconds every answer waits (a slow site: overlapping requests show)."""
        self.sites = FixtureSites(Path(r) for r in roots)
        self.requests: list[tuple[str, str]] = []  # (host, target), for assertions
        self.hits: list[Hit] = []  # the same requests, with time and status
        self._stopping = threading.Event()
        sites, requests, hits, stopping = self.sites, self.requests, self.hits, self._stopping

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                host = self.headers.get("Host", "")
                requests.append((host, self.path))
                hit = Hit(time.monotonic(), host, self.path)
                hits.append(hit)
                reply = sites.resolve(host, self.path)
                hit.status = reply.status
                if latency and stopping.wait(latency):
                    return
                try:
                    self._answer(reply)
                    self.wfile.flush()
                    hit.done = time.monotonic()
                except GONE:
                    self.close_connection = True

            def _answer(self, reply: Reply) -> None:
                if reply.delay and stopping.wait(reply.delay):
                    return
                if reply.status == 200 and reply.stream is None:
                    # validators, as real servers send them
                    etag = f'"{hashlib.sha1(reply.body).hexdigest()[:16]}"'
                    reply.headers.setdefault("ETag", etag)
                    if self.headers.get("If-None-Match") == reply.headers["ETag"]:
                        reply = Reply(304, b"", {"ETag": reply.headers["ETag"]})
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                length = reply.length if reply.stream is not None else len(reply.body)
                if reply.content_length:
                    self.send_header("Content-Length", str(length))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if reply.body_delay and stopping.wait(reply.body_delay):
                    return
                if reply.stream is not None:
                    for chunk in reply.stream():
                        if stopping.is_set():
                            return
                        self.wfile.write(chunk)
                elif reply.truncate is not None:
                    self.wfile.write(reply.body[:int(reply.truncate)])
                    self.close_connection = True
                else:
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = _HTTPServer(("127.0.0.1", port), Handler)
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
        self._stopping.set()  # delayed and streaming answers give up
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
