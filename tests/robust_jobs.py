"""Jobs that misbehave, for the page-limit tests: they run in worker processes as is,
and in a crawl through :mod:`tests.robust_extract`. This module imports nothing of the
crawl, so a worker started for these jobs alone stays light.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

CHUNK = 64 * 1024 * 1024


def spin(_: Any = None) -> None:
    """Python code that never ends (the time limit's alarm stops it)."""
    while True:
        time.monotonic()


def stuck_in_c(_: Any = None) -> bytes:
    """C code that holds the CPU for minutes without a look at signals (only the
    kernel's CPU-time limit stops it)."""
    return hashlib.pbkdf2_hmac("sha256", b"x", b"y", 2**31 - 1)


def greedy(_: Any = None) -> None:
    """Memory until refused (the address-space limit makes that a MemoryError)."""
    hoard = []
    while True:
        hoard.append(bytes(CHUNK))  # calloc: address space, no page touched


def square(n: int) -> int:
    return n * n
