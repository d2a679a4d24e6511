"""A throwaway redis-server on 127.0.0.1 and a free port, for the frontier tests.

Started and stopped by the tests themselves (no persistence, no config file);
tests skip, saying why, where Debian's redis-server is not installed (.ci/run
installs it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.processes import free_port, stop

START_TIMEOUT = 20.0  # seconds for the server to answer PING


class RedisServer:
    """`persist`: an append-only file synced on every write (as a deployment should
    run it, see the README), so a restart of the server keeps what it held."""

    def __init__(self, workdir: Path, *, persist: bool = False):
        binary = shutil.which("redis-server") or (
            "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
        if binary is None:
            pytest.skip("redis-server is not installed (apt-get install redis-server; "
                        ".ci/run does it)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        durability = (["--appendonly", "yes", "--appendfsync", "always"] if persist
                      else ["--appendonly", "no"])
        self.command = [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                        *durability, "--dir", str(workdir), "--protected-mode", "yes"]
        self.process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        """Start the server (again, on the same port, with what it persisted)."""
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def flush(self) -> None:
        import redis

        redis.Redis.from_url(self.url).flushdb()

    def stop(self) -> None:
        """SIGTERM: the server saves what it must and exits (as systemctl stop does)."""
        stop(self.process)
