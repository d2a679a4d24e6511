"""A crawler whose frontier went away stops at once and leaves nothing half done.

Redis stopped, restarted or cut off mid-crawl: the first command of ours that
fails (pop, push, hand-over, heartbeat, slot, incremental lookup) calls
:func:`frontier_lost`, which closes the spider with the finish reason
``frontier_lost``; ``crawl --frontier`` then says so in one line and exits 69
(EX_UNAVAILABLE). From that moment the crawler acknowledges nothing: every
request it had taken stays in its in-flight hash in Redis, and once Redis is
back another crawler (or the next run) puts them back on the queue when this
crawler's heartbeat is over, so they are fetched once more, never lost. A
restarted crawler with Redis back simply joins the round.

Why stop rather than wait and retry: a crawler is a oneshot job (cron, a
systemd timer) whose work is all in Redis; waiting would hold pages it can
neither take nor hand over, while stopping costs only the pages in flight,
fetched again by the next run.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from crawler import frontier as keys

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

LOST_REASON = "frontier_lost"  # the spider's finish reason
LOST_STAT = "newsarchive/frontier/lost"  # the stats key: why (Redis' words)


class FrontierLostError(keys.FrontierError):
    """The frontier went away mid-run (the message names it and what to do)."""


def is_lost(crawler: Crawler | None) -> bool:
    return crawler is not None and crawler.stats.get_value(LOST_STAT) is not None


def frontier_lost(crawler: Crawler, exc: Exception) -> None:
    """The frontier failed under `crawler`: stop it now (once, however many calls fail)."""
    if is_lost(crawler):
        return
    crawler.stats.set_value(LOST_STAT, keys.reason(exc))
    logger.debug("the frontier went away: %s; stopping", exc)
    engine = crawler.engine
    if engine is not None and engine.spider is not None:
        asyncio.ensure_future(engine.close_spider_async(reason=LOST_REASON))


def lost_message(url: str, why: str, role: str) -> str:
    """The one line a crawler or the writer prints when its frontier went away."""
    if role == "crawler":
        then = ("this crawler stopped; what it handed over is kept, and the requests it "
                "had taken go back to the queue for the next crawler once Redis is back")
    else:
        then = ("the writer stopped; what it stored is kept, and what it had not yet "
                "acknowledged is read again (and stored once) when it starts again")
    return f"the frontier at {url} went away ({why}): {then}"
