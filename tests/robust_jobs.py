"""Extraction jobs that misbehave on chosen pages, for the page-limit tests.

A crawl runs them through ``--set NEWSARCHIVE_EXTRACT_JOB=tests.robust_jobs.extract_job``
in its worker processes; the pages are named by the environment (inherited by the
workers): ``ROBUST_SLOW_URL`` spins until stopped, ``ROBUST_GREEDY_URL`` allocates
until refused. Every other page is extracted as usual.
"""

from __future__ import annotations

import hashlib
import os
import time
from datetime import datetime
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


def extract_job(site: str, body: bytes, url: str, encoding: str | None,
                fetched: datetime) -> Any:
    from crawler.pipelines import extract_job as real_extract_job  # the other tests need
    # none of it: a worker starting for them stays light
    if url == os.environ.get("ROBUST_SLOW_URL"):
        spin()
    if url == os.environ.get("ROBUST_GREEDY_URL"):
        greedy()
    return real_extract_job(site, body, url, encoding, fetched)
