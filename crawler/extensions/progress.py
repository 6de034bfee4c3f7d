"""Progress on the terminal during an interactive crawl (off under cron: ``PROGRESS_INTERVAL = 0``)."""

from __future__ import annotations

import sys
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    """Every few seconds, one line per site on stderr: pages fetched, articles stored, failures."""

    def __init__(self, crawler: Any, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "Progress":
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 0)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.loop = task.LoopingCall(self.show, spider)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.show(spider, done=reason)

    def show(self, spider: Any, done: str | None = None) -> None:
        s = self.crawler.stats
        stored = sum(int(s.get_value(f"store/{k}", 0)) for k in ("new", "updated"))
        line = (f"{spider.name}: {s.get_value('downloader/request_count', 0)} requests, "
                f"{s.get_value('articles/discovered', 0)} article pages, {s.get_value('articles/valid', 0)} parsed, "
                f"{stored} stored, "
                f"{s.get_value('articles/known', 0)} known, {s.get_value('articles/failed', 0)} failed")
        print(line + (f" ({done})" if done else ""), file=sys.stderr, flush=True)
