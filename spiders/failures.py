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

from crawler import outcomes
from crawler.outcomes import Failed, Skipped
from crawler.redirect import HostNotRedirected


@dataclass(frozen=True)
class Outcome:
    key: str  # a crawler.outcomes key: counted as newsarchive/failed/<key> (or skipped/)
    reason: str  # logged after the URL
    failed: bool = True  # False: skipped by design (robots.txt, a refused host)


def describe(failure: Failure, settings: BaseSettings) -> Outcome:
    """The outcome of a failed request."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return Outcome(outcomes.http(status), f"HTTP {status}")
    if failure.check(HostNotRedirected):
        return Outcome(failure.value.key, str(failure.value), failed=False)
    name = type(failure.value).__name__
    message = failure.getErrorMessage()
    if failure.check(IgnoreRequest):
        return _ignored(message, settings)
    if name == "DownloadTimeoutError":
        return Outcome(Failed.TIMEOUT, f"timed out: no answer within "
                                       f"{settings.getfloat('DOWNLOAD_TIMEOUT'):g} s")
    if name == "DownloadCancelledError":
        return Outcome(Failed.TOO_LARGE, f"too large: over the size limit of "
                                         f"{_mib(settings.getint('DOWNLOAD_MAXSIZE'))}, "
                                         "cancelled")
    if name == "ResponseDataLossError":
        return Outcome(Failed.DATA_LOSS, "connection closed before the whole body arrived "
                                         "(data loss)")
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return Outcome(Failed.CONNECTION_REFUSED, "connection refused")
    if name in ("CannotResolveHostError", "DNSLookupError"):
        return Outcome(Failed.DNS, "host name not found")
    return Outcome(outcomes.error_name(name), f"{name}: {message}" if message else name)


# Scrapy's own middlewares (robots.txt, redirects, decompression) raise a plain
# IgnoreRequest whose message is all that says why: matching it here is the one place
# a message is read; newsarchive's own refusals are typed (HostNotRedirected).
_SCRAPY_IGNORED = (("robots.txt", Skipped.ROBOTS), ("max redirections", Failed.REDIRECT_LIMIT),
                   ("maxsize", Failed.TOO_LARGE), ("exceeded", Failed.TOO_LARGE))


def _ignored(message: str, settings: BaseSettings) -> Outcome:
    lowered = message.lower()
    key = next((k for words, k in _SCRAPY_IGNORED if words in lowered), Failed.IGNORED)
    if key is Skipped.ROBOTS:
        return Outcome(key, "forbidden by robots.txt", failed=False)
    if key is Failed.REDIRECT_LIMIT:
        return Outcome(key, "too many redirects")
    if key is Failed.TOO_LARGE:
        return Outcome(key, f"too large once decompressed: over "
                            f"{_mib(settings.getint('DOWNLOAD_MAXSIZE'))} (a gzip bomb?), dropped")
    return Outcome(key, message or "request ignored")


def _mib(size: int) -> str:
    return f"{size / 2**20:g} MiB"
