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
