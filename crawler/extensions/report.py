"""The run report: per site, what a crawl did (requests, articles new/updated/failed/known, field coverage).

Each crawler's ``RunReport`` extension turns its stats into the site's section when the spider
closes and keeps it on the crawler (``crawler.run_report``). ``crawler crawl`` gathers the sections of
all its sites into one report; a plain ``scrapy crawl`` writes its own one-site report.
Reports go to ``REPORT_DIR`` (default ``output/reports``) as ``<run-id>.json`` and ``latest.json``.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import signals

from ..dates import VN_TZ, to_iso
from ..fileio import atomic_write

logger = logging.getLogger(__name__)

COVERAGE_FIELDS = ("title", "sapo", "body", "authors", "published_at", "tags", "category", "images", "event_date")


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(VN_TZ)
    return now.strftime("%Y%m%dT%H%M%S") + f"-{int(time.time() * 1000) % 1000:03d}"


def site_section(stats: dict[str, Any], finish_reason: str | None, elapsed: float) -> dict[str, Any]:
    items = int(stats.get("articles/valid", 0))
    parsed = items + int(stats.get("articles/invalid", 0))  # every page that gave an item, kept or not
    coverage = {
        f: round(min(1.0, max(0.0, 1 - int(stats.get(f"articles/missing/{f}", 0)) / parsed)), 3) if parsed else None
        for f in COVERAGE_FIELDS
    }
    statuses = {k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith("downloader/response_status_count/")}
    return {
        "finish_reason": finish_reason,
        "elapsed_seconds": round(elapsed, 2),
        "requests": int(stats.get("downloader/request_count", 0)),
        "responses_by_status": statuses,
        "listing_pages": int(stats.get("listings/pages", 0)),
        "navigation": {
            "requested": int(stats.get("navigation/requested", 0)),
            "answered": int(stats.get("navigation/answered", 0)),
            "failed": {k.split("/", 2)[2]: int(v) for k, v in stats.items() if k.startswith("navigation/failed/")},
        },
        "article_requests": int(stats.get("articles/discovered", 0)),
        "articles": {
            "new": int(stats.get("store/new", 0)),
            "updated": int(stats.get("store/updated", 0)),
            "unchanged": int(stats.get("store/unchanged", 0)),
            "failed": int(stats.get("articles/failed", 0)) + int(stats.get("articles/invalid", 0)),
            "known": int(stats.get("articles/known", 0)),
            "parsed": items,
        },
        "coverage": coverage,
        "undeclared_domains": dict(sorted(
            ((k.split("/", 1)[1], int(v)) for k, v in stats.items() if k.startswith("undeclared/")),
            key=lambda kv: -kv[1],
        )),
    }


def write_report(report_dir: str | Path, run_id: str, report: dict[str, Any]) -> Path:
    report_dir = Path(report_dir)
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    target = report_dir / f"{run_id}.json"
    atomic_write(target, text)
    atomic_write(report_dir / "latest.json", text)
    return target


class RunReport:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.started = time.monotonic()
        self.started_at = datetime.now(VN_TZ)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RunReport":
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.started_at = datetime.now(VN_TZ)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        section = site_section(stats, reason, time.monotonic() - self.started)
        problems = getattr(self.crawler, "monitor_problems", None)
        section["monitored"] = problems is not None
        section["problems"] = problems or []
        section["broken"] = bool(problems)
        # finished only when it closed normally and every write succeeded: anything else is resumed
        write_errors = int(stats.get("store/write_errors", 0)) + int(stats.get("store/failed", 0))
        section["write_errors"] = write_errors
        section["complete"] = reason == "finished" and not write_errors
        self.crawler.run_report = section
        settings = self.crawler.settings
        store = getattr(spider, "store", None)
        if store is not None and section["complete"] and not settings.get("DISTRIBUTED_RUN_KEY"):
            # (a distributed run's coordinator marks its sites once every worker has finished them)
            from ..errors import StoreError
            from ..store import Store

            try:
                with Store.from_settings(settings) as own:  # the pipeline has closed the spider's store
                    own.site_finished(spider.name, reason)
            except StoreError as exc:
                section["complete"] = False
                section["write_errors"] += 1
                logger.error("cannot mark the crawl of %s finished: %s", spider.name, exc)
        if settings.get("REPORT_RUN_ID"):
            return  # `crawler crawl` gathers the sites' sections into one report
        run_id = new_run_id(self.started_at)
        report = {"run_id": run_id, "started_at": to_iso(self.started_at), "finished_at": to_iso(datetime.now(VN_TZ)),
                  "sites": {spider.name: section}}
        write_report(settings.get("REPORT_DIR", "output/reports"), run_id, report)
