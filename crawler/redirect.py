"""Send the requests for some hosts to another address, like ``curl --resolve``.

Tests and the demo serve saved sites from 127.0.0.1 while the spiders run
with their real configuration. Rewriting URLs in the spider or a middleware
would leak the fixture address into links, robots.txt, the dupefilter and the
stored rows; doing it in the download handler keeps everything above the
network on the real ``https://HOST/path``: only the socket goes elsewhere,
and the original ``Host`` header goes with it.

Configured by the ``NEWSARCHIVE_REDIRECT`` setting: a list of ``HOST=ADDR``
strings (or one comma-separated string, for ``scrapy crawl -s``). Once any
redirect is set, a request for a host that is not redirected is refused:
an offline run can never reach a live site by mistake.
"""

from __future__ import annotations

import ipaddress
import re
from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from crawler.outcomes import Skipped
from crawler.politeness import pause_slot

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

_HOST_RE = re.compile(r"^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")
_ADDR_RE = re.compile(r"^(?:https?://)?([a-z0-9.-]+|\[[0-9a-f:]+\]):(\d{1,5})/?$")


class RedirectSpecError(ValueError):
    """A ``HOST=ADDR`` string that cannot be used."""


class HostNotRedirected(IgnoreRequest):
    """A request for a host --redirect does not cover, refused (never sent live):
    skipped by design, not a failure of the site."""

    key = Skipped.REFUSED_HOST  # what a run record counts it under

    def __init__(self, host: str):
        super().__init__(f"{host} is not redirected (--redirect is set, so live sites are "
                         "never reached)")
        self.host = host


def parse_redirects(specs: str | list[str] | tuple[str, ...] | None) -> dict[str, str]:
    """Parse ``HOST=ADDR`` strings into ``{host: "ip:port"}``.

    ``HOST`` may start with ``*.`` to cover its subdomains; ``ADDR`` is
    ``ip:port`` (an ``http://`` prefix is accepted).
    """
    if not specs:
        return {}
    if isinstance(specs, str):
        specs = [s for s in specs.split(",") if s.strip()]
    redirects: dict[str, str] = {}
    for spec in specs:
        host, sep, addr = spec.strip().partition("=")
        host, addr = host.strip().lower(), addr.strip().lower()
        if not sep or not _HOST_RE.match(host):
            raise RedirectSpecError(f"bad redirect {spec!r}: expected HOST=ADDR, "
                                    "e.g. laodongthudo.vn=127.0.0.1:8000")
        match = _ADDR_RE.match(addr)
        if not match or not 0 < int(match.group(2)) < 65536 or not _is_ip(match.group(1)):
            raise RedirectSpecError(f"bad redirect {spec!r}: ADDR must be IP:PORT, "
                                    "e.g. 127.0.0.1:8000")
        redirects[host] = f"{match.group(1)}:{match.group(2)}"
    return redirects


def _is_ip(text: str) -> bool:
    """An IP address (no host name: resolving one would ask DNS, off the machine)."""
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def redirect_target(redirects: dict[str, str], host: str) -> str | None:
    """The address that ``host`` is redirected to, or None."""
    host = host.lower()
    if host in redirects:
        return redirects[host]
    for pattern, addr in redirects.items():
        if pattern.startswith("*.") and (host.endswith(pattern[1:]) or host == pattern[2:]):
            return addr
    return None


class RedirectingDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, with the socket of some hosts moved elsewhere."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.redirects = parse_redirects(crawler.settings.get("NEWSARCHIVE_REDIRECT"))

    async def download_request(self, request: Request) -> Response:
        response = await self._download(request)
        pause_slot(self._crawler, request, response)  # Retry-After, before the next request
        return response

    async def _download(self, request: Request) -> Response:
        url = urlparse_cached(request)
        addr = redirect_target(self.redirects, url.hostname or "")
        if addr is None:
            if self.redirects:
                raise HostNotRedirected(url.hostname or "")
            return await super().download_request(request)
        target = f"http://{addr}{url.path or '/'}" + (f"?{url.query}" if url.query else "")
        moved = request.replace(url=target)
        moved.headers["Host"] = url.netloc
        response = await super().download_request(moved)
        if "download_latency" in moved.meta:  # AutoThrottle reads it from the original
            request.meta["download_latency"] = moved.meta["download_latency"]
        return response.replace(url=request.url)
