"""`newsarchive serve` started on a free 127.0.0.1 port for a test, and stopped."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import NEWSARCHIVE, ROOT
from tests.processes import free_port, stop


class WebServer:
    """The archive served as a user would start it; `url` is what serve printed."""

    def __init__(self, db: Path, *extra: str):
        self.db = db
        self.port = free_port()
        self.command = [NEWSARCHIVE, "--db", str(db), "serve", "--port", str(self.port), *extra]
        self.process: subprocess.Popen | None = None
        self.url = ""
        self.printed = ""

    def start(self, timeout: float = 60) -> WebServer:
        self.process = subprocess.Popen(self.command, cwd=ROOT, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "PYTHONWARNINGS": "ignore"})
        assert self.process.stdout is not None
        self.printed = self.process.stdout.readline()
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"serve did not start: {self.printed}") from None
                time.sleep(0.2)
        self.url = base
        return self

    def stop(self) -> None:
        stop(self.process)

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        """(status, headers, body) of a GET, errors included."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as reply:
                return reply.status, _lower(reply.headers), reply.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, _lower(exc.headers), exc.read().decode("utf-8")

    def __enter__(self) -> WebServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _lower(headers: object) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}  # type: ignore[attr-defined]
