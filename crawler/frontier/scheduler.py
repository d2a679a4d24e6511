"""scrapy-redis' scheduler, made safe for crawlers that die and crawl rounds that repeat.

scrapy-redis keeps each paper's queue (a sorted set) and seen-set in Redis,
so any number of crawler processes share the work. Three things it does not
do, added here with Redis scripts (each runs atomically in Redis):

- **In flight.** A bare pop loses the request when the crawler is killed
  before finishing it, and the seen-set then stops anyone fetching it again.
  Here a pop also copies the request into the crawler's in-flight hash; it is
  removed when the page is handed to the writer (or the response yielded no
  page). A crawler whose heartbeat stopped has its in-flight requests put back
  on the queue by any live crawler, so they are re-sent once, by another.
- **Rounds.** The seen-set must not outlive a round: tomorrow's run has to
  fetch the feeds again. A crawler that starts when no crawler of its paper is
  alive and the queue is empty starts a new round (the seen-set is emptied);
  articles already stored are still skipped, by the incremental state.
- **Idle exit.** With a shared queue a crawler cannot know the crawl is over
  when its own work is: it exits after the queue stayed empty for
  NEWSARCHIVE_IDLE_EXIT seconds.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler import frontier as keys
from crawler.frontier.loss import frontier_lost, is_lost

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

FRONTIER_META = "newsarchive_frontier"  # request.meta: the in-flight token of a popped request

POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0)
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local token = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], token, r[1])
return {token, r[1]}
"""
# Queue a request unless its fingerprint was seen: the seen-set and the queue change
# together, so a Redis lost between the two never leaves a URL seen and not queued.
PUSH = """
if ARGV[3] == '0' and redis.call('SADD', KEYS[2], ARGV[4]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
return 1
"""
# Put the in-flight requests of crawlers whose heartbeat is over back on their queues.
RECOVER = """
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local moved = 0
for _, member in ipairs(dead) do
  local spider = string.match(member, '([^:]+)$')
  local inflight = ARGV[2] .. 'inflight:' .. member
  for _, data in ipairs(redis.call('HVALS', inflight)) do
    redis.call('ZADD', ARGV[2] .. spider .. ':requests', 0, data)
    moved = moved + 1
  end
  redis.call('DEL', inflight)
  redis.call('ZREM', KEYS[1], member)
end
return moved
"""
# Join the crawl of a paper; a new round when no crawler of it is alive and its queue is empty.
JOIN = """
local alive = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], '+inf')
local suffix = ':' .. ARGV[4]
local others = 0
for _, m in ipairs(alive) do
  if string.sub(m, -string.len(suffix)) == suffix then others = others + 1 end
end
local fresh = 0
if others == 0 and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[3])
  fresh = 1
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[4])
return fresh
"""
# Leave: the crawler's in-flight requests back on the queue (a crawl stopped early), or gone.
LEAVE = """
if ARGV[2] == '1' then
  for _, data in ipairs(redis.call('HVALS', KEYS[2])) do
    redis.call('ZADD', KEYS[3], 0, data)
  end
end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[1], ARGV[1])
"""


class InflightQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop keeps the request in flight."""

    inflight_key = ""

    def pop(self, timeout: int = 0) -> Request | None:
        popped = self.server.eval(POP, 2, self.key, self.inflight_key)
        if not popped:
            return None
        token, data = popped
        request = self._decode_request(data)
        request.meta[FRONTIER_META] = token.decode()
        return request


class FrontierScheduler(Scheduler):
    """The scheduler of ``crawl --frontier``: shared queue, in flight, rounds, idle exit."""

    def __init__(self, *args: Any, heartbeat: float = 15.0, idle_exit: float = 10.0,
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.heartbeat = heartbeat
        self.idle_exit = idle_exit
        self.member = ""
        self.inflight_key = ""
        self.empty_since: float | None = None
        self.loop: task.LoopingCall | None = None
        self.recovered = 0
        self.crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        settings = crawler.settings
        instance = cls.from_settings(settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.heartbeat = settings.getfloat("NEWSARCHIVE_FRONTIER_HEARTBEAT")
        instance.idle_exit = settings.getfloat("NEWSARCHIVE_IDLE_EXIT")
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        return instance

    def open(self, spider: Spider) -> None:
        self.member = keys.crawler_id(spider.name)
        self.inflight_key = keys.INFLIGHT_KEY % self.member
        super().open(spider)
        self.queue.inflight_key = self.inflight_key
        now = time.time()
        self._recover(now)
        fresh = self.server.eval(JOIN, 4, keys.CRAWLERS_KEY, self.queue.key, self.df.key,
                                 keys.PAPERS_KEY, now, self.member, now + self.heartbeat,
                                 spider.name)
        if fresh:
            logger.info("%s: a new crawl round in the frontier (seen-set emptied)", spider.name)
        else:
            logger.info("%s: joining the frontier's crawl (%d requests queued)", spider.name,
                        len(self.queue))
        self.loop = task.LoopingCall(self._beat)
        self.loop.start(max(0.5, self.heartbeat / 3), now=False)

    def close(self, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if is_lost(self.crawler):  # in flight it stays: recovered once this heartbeat is over
            return
        # A crawl that ran to its end has nothing in flight but failures already told;
        # one stopped early (page budget, SIGTERM) leaves the rest to the others.
        requeue = "1" if reason != "finished" else "0"
        try:
            self.server.eval(LEAVE, 3, keys.CRAWLERS_KEY, self.inflight_key, self.queue.key,
                             self.member, requeue)
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis' enqueue (seen-set, then queue), in one Redis script."""
        if is_lost(self.crawler):
            return False
        try:
            added = self.server.eval(
                PUSH, 2, self.queue.key, self.df.key, self.queue._encode_request(request),
                -request.priority, int(request.dont_filter), self.df.request_fingerprint(request))
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
            return False
        if not added:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def has_pending_requests(self) -> bool:
        if is_lost(self.crawler):
            return False
        try:
            return len(self.queue) > 0
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
            return False

    def next_request(self) -> Request | None:
        if is_lost(self.crawler):
            return None
        try:
            request = self.queue.pop()
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)
            return None
        if request is not None:
            self.empty_since = None
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        return request

    def done(self, token: str | None) -> None:
        """The request of `token` is finished: handed over, or nothing to hand over."""
        if token and not is_lost(self.crawler):  # after a loss nothing is acknowledged
            try:
                self.server.hdel(self.inflight_key, token)
            except redis.RedisError as exc:
                frontier_lost(self.crawler, exc)

    def spider_idle(self) -> None:
        """Keep the crawler up until the shared queue stayed empty for idle_exit seconds."""
        if is_lost(self.crawler):
            return
        if self.has_pending_requests():
            self.empty_since = None
            raise DontCloseSpider
        if is_lost(self.crawler):
            return
        now = time.monotonic()
        if self.empty_since is None:
            self.empty_since = now
        if now - self.empty_since < self.idle_exit:
            raise DontCloseSpider
        logger.info("the frontier's queue of %s stayed empty for %.0f s: done",
                    self.spider.name, self.idle_exit)

    def _beat(self) -> None:
        if is_lost(self.crawler):
            return
        now = time.time()
        try:
            self.server.zadd(keys.CRAWLERS_KEY, {self.member: now + self.heartbeat})
            self._recover(now)
        except redis.RedisError as exc:
            frontier_lost(self.crawler, exc)

    def _recover(self, now: float) -> None:
        moved = self.server.eval(RECOVER, 1, keys.CRAWLERS_KEY, now, keys.PREFIX)
        if moved:
            self.recovered += moved
            if self.stats:
                self.stats.inc_value("newsarchive/frontier/recovered", moved)
            logger.warning("put %d requests of a crawler that stopped answering back on the "
                           "queue", moved)
