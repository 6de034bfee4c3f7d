"""Scrapy settings for the Vietnamese provincial news crawler.

Defaults are polite: robots.txt obeyed, AutoThrottle on, few requests per domain, an honest agent.
Every value can be overridden the Scrapy way (`-s NAME=VALUE`, or the environment for a few).
"""

from __future__ import annotations

import os

BOT_NAME = "vnnews"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = os.environ.get(
    "CRAWLER_USER_AGENT",
    "vnnews-crawler/0.1 (+https://github.com/; Vietnamese provincial news research crawler)",
)
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

RETRY_ENABLED = True
RETRY_TIMES = 2

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # every request of a site stays on the site's hosts, redirects and meta refreshes included
    "crawler.middlewares.SiteHostsMiddleware": 40,
    # a refresh to javascript: is no redirect (the page goes to the spider, which records no article)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.MetaRefreshMiddleware": 580,
}
ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.enrich.PlacesPipeline": 200,
    "crawler.pipelines.store.StorePipeline": 300,
}
EXTENSIONS = {
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "crawler.extensions.report.RunReport": 900,  # after spidermon: the report carries its verdict
    "crawler.extensions.progress.Progress": 950,
}
# Seconds between progress lines on stderr; `crawler crawl` sets it on a terminal, 0 (off) otherwise.
PROGRESS_INTERVAL = 0

# Per-site monitoring (crawler/monitors.py): a site below its thresholds is reported broken.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.monitors.SiteCloseMonitorSuite",)
MONITOR_THRESHOLDS: dict[str, float] = {}  # overrides crawler.monitors.DEFAULT_THRESHOLDS for every site

# The store: SQLite in output/ unless DATABASE_URL (setting or environment) names another database.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
STORE_BATCH_SIZE = 100
# Pagination of a listing stops at a page with no new article, and at this many pages in any case.
MAX_LISTING_PAGES = 20
# Site name → origin to crawl instead of the real one (a local copy), e.g. {"baocantho": "http://127.0.0.1:8701"}
SITE_BASE_URLS: dict[str, str] = {}
# Follow the sitemaps that robots.txt names (a full backfill on the first run; afterwards only the
# articles whose <lastmod> is newer than the stored copy are fetched again).
SITEMAPS_FROM_ROBOTS = False
# Sitemap indexes are followed this many levels deep at most, and a run fetches this many sitemaps at most
# per site (a chain of indexes that never ends is cut there, with a warning in the log).
SITEMAP_MAX_DEPTH = 3
SITEMAP_MAX_REQUESTS = 500
# One page may take this long to parse; a slower one is recorded as a failure (the reactor, and every
# other site of the run, would wait for it otherwise).
PARSE_TIMEOUT_SECONDS = 20
REPORT_DIR = "output/reports"
LOG_DIR = "output/logs"

# Feeds written by Scrapy itself (`scrapy crawl x -O out.jsonl`): UTF-8, Vietnamese unescaped.
FEED_EXPORT_ENCODING = "utf-8"

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = os.environ.get("CRAWLER_LOG_LEVEL", "INFO")

# Distributed crawls (crawler/distributed.py, `crawler crawl --distributed --workers N`): the Redis server the
# workers share (a request queue and a duplicate filter per site and run). Unused by ordinary crawls.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
# Check the shared filter for article requests too (the same article met by two workers is fetched once).
DISTRIBUTED_DEDUPE_ARTICLES = True
# An idle worker polls the shared queue this often; a worker silent this long counts as idle (dead).
DISTRIBUTED_POLL_SECONDS = 0.3
DISTRIBUTED_WORKER_STALE_SECONDS = 60
