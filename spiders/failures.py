"""Why a request failed, in words a person reads in the log, and the key it is counted by.

Scrapy's exceptions often carry no message (``DownloadCancelledError: ``) or
one naming the address actually dialled (a fixture's 127.0.0.1 under
``--redirect``); the log and the run record say instead what happened, in
terms of the real URL and the setting involved.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.exceptions import IgnoreRequest
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure


@dataclass(frozen=True)
class Outcome:
    key: str  # counted as newsarchive/failed/<key> (or newsarchive/skipped/<key>)
    reason: str  # logged after the URL
    failed: bool = True  # False: skipped by design (robots.txt, a refused host)


def describe(failure: Failure, settings: BaseSettings) -> Outcome:
    """The outcome of a failed request."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return Outcome(f"http_{status}", f"HTTP {status}")
    name = type(failure.value).__name__
    message = failure.getErrorMessage()
    if failure.check(IgnoreRequest):
        return _ignored(message, settings)
    if name == "DownloadTimeoutError":
        return Outcome("timeout", f"timed out: no answer within "
                                  f"{settings.getfloat('DOWNLOAD_TIMEOUT'):g} s")
    if name == "DownloadCancelledError":
        return Outcome("too_large", f"too large: over the size limit of "
                                    f"{_mib(settings.getint('DOWNLOAD_MAXSIZE'))}, cancelled")
    if name == "ResponseDataLossError":
        return Outcome("data_loss", "connection closed before the whole body arrived "
                                    "(data loss)")
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return Outcome("connection_refused", "connection refused")
    if name in ("CannotResolveHostError", "DNSLookupError"):
        return Outcome("dns", "host name not found")
    return Outcome(name.lower(), f"{name}: {message}" if message else name)


def _ignored(message: str, settings: BaseSettings) -> Outcome:
    lowered = message.lower()
    if "robots.txt" in lowered:
        return Outcome("robots", "forbidden by robots.txt", failed=False)
    if "is not redirected" in lowered:
        return Outcome("refused_host", message, failed=False)
    if "max redirections" in lowered:
        return Outcome("redirect_limit", "too many redirects")
    if "maxsize" in lowered or "exceeded" in lowered:
        return Outcome("too_large", f"too large once decompressed: over "
                                    f"{_mib(settings.getint('DOWNLOAD_MAXSIZE'))} "
                                    "(a gzip bomb?), dropped")
    return Outcome("ignored", message or "request ignored")


def _mib(size: int) -> str:
    return f"{size / 2**20:g} MiB"
