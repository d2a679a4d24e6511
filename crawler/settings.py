"""Scrapy settings of newsarchive: components wired by dotted path, polite defaults.

The CLI and ``scrapy crawl`` both start from these; command-line options only
override them (``--db``, ``--redirect``, ``--delay``).
"""

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["spiders"]
# The built-in spiders plus the papers added to the archive as data (sites add).
SPIDER_LOADER_CLASS = "crawler.sites.ArchiveSpiderLoader"
NEWSPIDER_MODULE = "spiders"

# --- the archive -----------------------------------------------------------
NEWSARCHIVE_DB = "archive.db"  # overridden by --db / NEWSARCHIVE_DB env in the CLI
NEWSARCHIVE_REDIRECT: list[str] = []  # HOST=ADDR entries; see crawler/redirect.py

NEWSARCHIVE_INCREMENTAL = True  # skip stored articles the site does not say changed
NEWSARCHIVE_REVISIT_DAYS = 2  # recent articles get a conditional request each run

SPIDER_MIDDLEWARES = {
    "crawler.incremental.IncrementalMiddleware": 900,  # nearest the spider
}
DOWNLOADER_MIDDLEWARES = {
    "crawler.politeness.RetryAfterMiddleware": 560,  # before RetryMiddleware (550) sees it
    "crawler.incremental.NotModifiedMiddleware": 950,
}
NEWSARCHIVE_MAX_RETRY_AFTER = 300  # seconds; a site asking longer is left for this run

EXTENSIONS = {
    "crawler.progress.ProgressLine": 500,
    "crawler.logformatter.QuietNetworkErrors": 0,  # network errors: one line, no traceback
}
NEWSARCHIVE_PROGRESS = False

NEWSARCHIVE_EXTRACT_WORKERS = 2  # extraction processes beside the crawl (0: inline)
# Each page's extraction in a worker is bounded (0: unbounded; inline extraction is not):
# a page over either limit is failed with a reason naming the setting, the crawl goes on.
NEWSARCHIVE_PAGE_TIMEOUT = 60.0  # seconds (a 16 MB page takes about 5 s)
NEWSARCHIVE_PAGE_MEMORY_MB = 1024  # a worker's address space (one takes about 210 MB idle)
NEWSARCHIVE_EXTRACT_JOB = "crawler.pipelines.extract_job"  # what a worker runs on a page

ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
}

# --- politeness: these are small provincial sites ---------------------------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# An article response yields one page item: starting Scrapy's default 100 item
# tasks per response costs the crawl process more than storing the article.
CONCURRENT_ITEMS = 1
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 % around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
USER_AGENT = "newsarchive/0.1 (regional news archive crawler)"
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
CLOSESPIDER_PAGECOUNT = 5000  # page budget per site and run (--max-pages)
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# The redirecting handler is plain HTTP/1.1 unless NEWSARCHIVE_REDIRECT is set.
DOWNLOAD_HANDLERS = {
    "http": "crawler.redirect.RedirectingDownloadHandler",
    "https": "crawler.redirect.RedirectingDownloadHandler",
}

LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.NewsLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# --- a shared frontier on Redis (crawl --frontier, ingest; crawler.frontier) ---
NEWSARCHIVE_FRONTIER = ""  # redis://HOST:PORT/DB; empty: a local crawl
NEWSARCHIVE_SITES_FRONTIER = ""  # read data sites from this frontier, not the archive
NEWSARCHIVE_IDLE_EXIT = 10.0  # seconds of empty shared queue before a crawler exits
NEWSARCHIVE_FRONTIER_HEARTBEAT = 30.0  # seconds without a heartbeat: a crawler is gone
NEWSARCHIVE_SHARED_POLITENESS = True  # one request at a time per paper across crawlers
