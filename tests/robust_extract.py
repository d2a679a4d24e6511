"""The crawl's extraction job, misbehaving on chosen pages, for the page-limit tests.

A crawl runs it through ``--set NEWSARCHIVE_EXTRACT_JOB=tests.robust_extract.extract_job``
in its worker processes; the pages are named by the environment (inherited by the
workers): ``ROBUST_SLOW_URL`` spins until stopped, ``ROBUST_GREEDY_URL`` allocates
until refused. Every other page is extracted as usual.

The crawl's pipeline is imported at the top, as the real job's module is: a worker
imports this module when it is handed its first page, before that page's time limit
starts, so the limit measures the page, not the worker's start (Scrapy, trafilatura).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from crawler.pipelines import extract_job as real_extract_job
from tests.robust_jobs import greedy, spin


def extract_job(site: str, body: bytes, url: str, encoding: str | None,
                fetched: datetime) -> Any:
    if url == os.environ.get("ROBUST_SLOW_URL"):
        spin()
    if url == os.environ.get("ROBUST_GREEDY_URL"):
        greedy()
    return real_extract_job(site, body, url, encoding, fetched)
