"""The life cycle of a crawl, from the lock to the report: what `crawler crawl` and the distributed
workers share.

    report = crawl(["baocantho", "baolaocai"], {"DATABASE_URL": "sqlite:///output/articles.db"})

``crawl`` takes the store's lock (``crawler.lock.store_lock``), runs the sites in one Scrapy process
(``run_sites``) or in worker processes sharing a Redis queue (``crawler.distributed.run_workers``, each
worker calling ``run_sites``), then, once for the whole run, groups republished stories, records the run
in the store and writes the report (``finish_run``).

A run's end is judged by what happened, not by the fact that it ended: a site is ``complete`` only when
its spider closed with the reason ``finished`` and every write to the store succeeded. Anything else
(SIGTERM or Ctrl-C, a full disk, a crash, SIGKILL) leaves the site marked unfinished in the store, so the
next run resumes it: it fetches the site's frontier (the article URLs discovered and not stored yet) and
paginates its listings fully. The report says which sites are incomplete and why (``interrupted`` names
the signal), and the command exits non-zero.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from .dates import VN_TZ, to_iso

__all__ = ["LOCAL_SETTINGS", "crawl", "finish_run", "run_sites"]

logger = logging.getLogger(__name__)

# Settings for crawling sample portals on this machine: no politeness delays toward ourselves.
LOCAL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
}


def _settings(overrides: dict[str, Any]) -> Any:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def _vietnam_time(seconds: float | None) -> time.struct_time:
    """``logging``'s converter: the time in +07:00, the zone of run ids, reports and stored times."""
    return time.gmtime((time.time() if seconds is None else seconds) + 7 * 3600)


def _log_in_vietnam_time(settings: Any) -> None:
    """Log lines in +07:00 whatever the machine's zone (set before Scrapy installs its log handler)."""
    logging.Formatter.converter = staticmethod(_vietnam_time)  # type: ignore[assignment]
    datefmt = settings.get("LOG_DATEFORMAT") or "%Y-%m-%d %H:%M:%S"
    settings.set("LOG_DATEFORMAT", datefmt.replace("%z", "") + "+0700", priority="cmdline")


def run_sites(names: list[str], overrides: dict[str, Any], *, quiet: bool = False,
              spider_args: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl the named sites in one Scrapy process; returns the run's report (not yet written anywhere).

    ``REPORT_RUN_ID`` in ``overrides`` names the run (a new id otherwise). The report has a section per
    site (``crawler.extensions.report``), ``complete`` (every site finished and stored all it fetched)
    and ``interrupted`` (the signal that stopped the run, or None).
    """
    from scrapy.crawler import CrawlerProcess

    from .extensions.report import new_run_id

    settings = _settings(overrides)
    started = datetime.now(VN_TZ)
    run_id = settings.get("REPORT_RUN_ID") or new_run_id(started)
    settings.set("REPORT_RUN_ID", run_id, priority="cmdline")
    if settings.get("RUN_OUTPUT"):
        from .output import feed_settings

        worker = f"w{settings.get('DISTRIBUTED_WORKER')}" if settings.get("DISTRIBUTED_WORKER") is not None else "p"
        settings.set("FEEDS", feed_settings(settings.get("RUN_OUTPUT"), run_id, worker), priority="cmdline")
    if not settings.get("LOG_FILE"):
        log_dir = Path(settings.get("LOG_DIR", "output/logs"))
        log_dir.mkdir(parents=True, exist_ok=True)
        settings.set("LOG_FILE", str(log_dir / f"crawl-{run_id}.log"), priority="cmdline")
        if not quiet:
            print(f"log: {settings.get('LOG_FILE')}", file=sys.stderr)

    stopped_by: list[str] = []

    class Process(CrawlerProcess):
        def _signal_shutdown(self, signum: int, frame: Any) -> None:
            stopped_by.append(signal.Signals(signum).name)
            super()._signal_shutdown(signum, frame)

    _log_in_vietnam_time(settings)
    process = Process(settings)  # the log goes to LOG_FILE only, never to the terminal
    crawlers = []
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_args or {}))
    try:
        process.start()
    finally:
        # Scrapy's handlers would now only poke a stopped reactor: a signal during the rest of the run
        # must stop it as usual
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    sites: dict[str, Any] = {}
    for crawler, name in zip(crawlers, names):
        section = getattr(crawler, "run_report", None)
        if section is None:  # stopped before its spider closed (a second signal): nothing was judged
            section = {"finish_reason": "killed" if stopped_by else "not started", "complete": False,
                       "broken": False, "problems": []}
        sites[crawler.spider.name if crawler.spider else name] = section
    return {
        "run_id": run_id,
        "started_at": to_iso(started),
        "finished_at": to_iso(datetime.now(VN_TZ)),
        "interrupted": stopped_by[0] if stopped_by else None,
        "complete": all(s.get("complete") for s in sites.values()) and not stopped_by,
        "sites": sites,
    }


def finish_run(report: dict[str, Any], overrides: dict[str, Any], *, cluster: bool = True,
               finished_sites: list[str] | None = None) -> dict[str, Any]:
    """What a run does once, after all its sites: group republished stories, count what is stored, keep
    the report in the store and write it to ``REPORT_DIR`` (``<run-id>.json`` and ``latest.json``).
    A store that cannot be written here does not hide the crawl's report: it is still written to
    disk, with the store's error."""
    from .errors import StoreError
    from .extensions.report import write_report
    from .store import Store, database_url

    settings = _settings(overrides)
    try:
        with Store(database_url(settings)) as store:
            for name in finished_sites or ():
                store.site_finished(name, "finished")
            if cluster:
                # republished stories: new articles join the groups of the stored ones
                report["clusters"] = store.update_clusters()
            for name, section in report["sites"].items():
                section["stored_total"] = store.count(None if name == "urls" else name)
            store.record_run(report["run_id"], report)
    except StoreError as exc:
        report["store_error"] = str(exc)
        report["complete"] = False
    write_report(settings.get("REPORT_DIR"), report["run_id"], report)
    return report


def crawl(names: list[str], overrides: dict[str, Any], *, quiet: bool = False,
          spider_args: dict[str, Any] | None = None, workers: int | None = None) -> dict[str, Any]:
    """One whole run: the store's lock, the sites (in ``workers`` processes through Redis when given),
    then ``finish_run``. Returns the report; ``Locked`` when another run holds the store."""
    from .extensions.report import new_run_id
    from .lock import store_lock
    from .output import merge_outputs
    from .store import database_url

    settings = _settings(overrides)
    url = database_url(settings)
    overrides = {**overrides, "REPORT_RUN_ID": overrides.get("REPORT_RUN_ID") or new_run_id()}
    with store_lock(url):
        from .store import Store

        Store(url).close()  # made if need be; locked, damaged or unreachable: a StoreError now, not mid-crawl
        output = settings.get("RUN_OUTPUT")
        if workers:
            from .distributed import run_workers

            result = run_workers(names, overrides, workers, spider_args=spider_args)
            report = {
                "run_id": overrides["REPORT_RUN_ID"],
                "started_at": min((r["started_at"] for r in result["workers"]), default=to_iso(datetime.now(VN_TZ))),
                "finished_at": to_iso(datetime.now(VN_TZ)),
                "interrupted": next((r["interrupted"] for r in result["workers"] if r.get("interrupted")), None),
                "sites": result["sites"],
                "workers": len(result["workers"]),
                "worker_errors": result["errors"],
            }
            report["complete"] = (not result["errors"] and all(r.get("complete") for r in result["workers"])
                                  and len(result["workers"]) == workers)
            # a site is finished when every worker finished it (a worker ends before the others do)
            finished = [n for n in report["sites"] if not result["errors"]
                        and all((r["sites"].get(n) or {}).get("complete") for r in result["workers"])]
            for name, section in report["sites"].items():
                section["complete"] = name in finished
        else:
            report = run_sites(names, overrides, quiet=quiet, spider_args=spider_args)
            finished = []  # each spider marked its own site at its end
        if output:
            report["output"] = merge_outputs(output, report["run_id"])
        return finish_run(report, overrides, finished_sites=finished)
