"""The stored raw pages as a WARC file, for other web-archive tools (pywb, warcio...).

Each stored page becomes a ``response`` record with its HTTP status and
headers as fetched, under its real URL and fetch date. Pages are read and
written one at a time (gzip per record, the usual ``.warc.gz`` layout).
"""

from __future__ import annotations

import io
from http import HTTPStatus
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.storage.archive import Archive

# Headers that no longer describe the stored body (it is kept decoded, whole).
DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def write_warc(archive: Archive, out: BinaryIO, site: str | None = None) -> int:
    """Write every stored page (of one site, or all) to `out`; return how many."""
    writer = WARCWriter(out, gzip=True)
    count = 0
    for page in archive.pages(site):
        reason = HTTPStatus(page.status).phrase if page.status in HTTPStatus._value2member_map_ \
            else ""
        headers = [(k, v) for k, v in page.headers.items() if k.lower() not in DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(page.body))))
        http_headers = StatusAndHeaders(f"{page.status} {reason}".strip(), headers,
                                        protocol="HTTP/1.1")
        record = writer.create_warc_record(
            page.url, "response", payload=io.BytesIO(page.body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": page.fetched.strftime("%Y-%m-%dT%H:%M:%SZ")})
        writer.write_record(record)
        count += 1
    return count
