"""Log lines a person can read: one line per skipped page, no item dumps.

Scrapy's default formatter prints the whole item (here: a page body) when an
item is dropped or scraped.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class NewsLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any,
                spider: Any = None) -> dict[str, Any]:
        return {"level": logging.WARNING, "msg": "%(reason)s", "args": {"reason": exception}}

    def scraped(self, item: Any, response: Any, spider: Any = None) -> dict[str, Any]:
        url = getattr(getattr(item, "article", None), "url", None) or getattr(item, "url", "")
        return {"level": logging.DEBUG, "msg": "stored %(url)s", "args": {"url": url}}


class NetworkErrorFilter(logging.Filter):
    """Network errors as one line each, with the URL and the reason, never a traceback.

    The spiders' errbacks log every request that finally failed ("skipped URL:
    reason", :mod:`spiders.failures`), so the retry middleware's own "Gave up
    retrying" line would say it twice; the robots.txt middleware's line keeps
    its URL and reason but loses the traceback (cron would mail it).
    """

    QUIET = "scrapy.downloadermiddlewares.retry"
    ONE_LINE = "scrapy.downloadermiddlewares.robotstxt"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == self.QUIET and record.levelno >= logging.ERROR:
            return False
        if record.name == self.ONE_LINE and record.exc_info:
            record.exc_info, record.exc_text = None, None
        return True


class QuietNetworkErrors:
    """Extension: puts :class:`NetworkErrorFilter` on the loggers it watches."""

    def __init__(self) -> None:
        for name in (NetworkErrorFilter.QUIET, NetworkErrorFilter.ONE_LINE):
            target = logging.getLogger(name)
            if not any(isinstance(f, NetworkErrorFilter) for f in target.filters):
                target.addFilter(NetworkErrorFilter())

    @classmethod
    def from_crawler(cls, crawler: Any) -> QuietNetworkErrors:
        return cls()
