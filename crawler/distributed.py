"""A crawl shared by N worker processes: one Redis request queue and duplicate filter (scrapy-redis), one store.

    from crawler.distributed import run_workers
    result = run_workers(["baocantho", "baolaocai"], {"DATABASE_URL": "postgresql+psycopg://…"}, workers=4)

Each worker is ``crawler.lifecycle.run_sites`` in a process of its own (spawned: a Twisted reactor cannot be
forked or restarted) with the settings of ``distributed_settings``:

- ``SCHEDULER = DistributedScheduler`` (scrapy-redis's ``Scheduler``) and ``DUPEFILTER_CLASS =
  scrapy_redis.dupefilter.RFPDupeFilter``: every worker's requests go to one priority queue per site in
  Redis (``vnnews:<run>:<site>:requests``), and a URL is fetched by one worker only
  (``vnnews:<run>:<site>:dupefilter``). ``SCHEDULER_PERSIST`` is on, so that the first worker to finish
  does not delete what the others still use; ``run_workers`` deletes every ``vnnews:<run>:*`` key at
  the end (``cleanup``), whatever happened.
- Article requests carry ``dont_filter=True`` (the spider dedupes article URLs itself, and Scrapy's
  filter would silently drop a redirect back to the same URL instead of failing it). Each worker only
  knows its own requests, so in distributed mode ``DistributedScheduler`` checks the shared filter for
  them too (``DISTRIBUTED_DEDUPE_ARTICLES``, default on): the first request of an article URL in the run
  goes through, later ones (another worker met the link too) are dropped and counted
  (``distributed/duplicate_articles_dropped``). Redirected and retried requests (``redirect_times`` or
  ``retry_times`` in their meta) are never checked, so a redirect loop still ends as a recorded failure.
- ``WorkerCoordination`` (an extension): an idle worker stays open while the queue holds requests or
  another worker is busy (its responses may add requests), polling every ``DISTRIBUTED_POLL_SECONDS``;
  a worker that has not taken a request for ``DISTRIBUTED_WORKER_STALE_SECONDS`` counts as idle (it
  may have died).

The store is shared: PostgreSQL (writers take an advisory lock per batch), or the SQLite file (WAL;
``BEGIN IMMEDIATE`` serialises the writers). An article fetched by two workers would be stored once
anyway (upsert by canonical URL).

Redis must be running: it is only needed for ``--distributed`` crawls (``REDIS_URL``, default
``redis://127.0.0.1:6379/0``).
"""

from __future__ import annotations

import multiprocessing
import os
import time
import uuid
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.scheduler import Scheduler

__all__ = ["DistributedScheduler", "WorkerCoordination", "cleanup", "distributed_settings", "merge_reports",
           "run_workers"]

KEY_PREFIX = "vnnews"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def run_prefix(run_key: str) -> str:
    return f"{KEY_PREFIX}:{run_key}"


def redis_url_from(overrides: dict[str, Any] | None = None) -> str:
    """``REDIS_URL`` of the overrides, else of the environment, else the local default."""
    return str((overrides or {}).get("REDIS_URL") or os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL)


def distributed_settings(run_key: str, redis_url: str, workers: int, base: dict[str, Any] | None = None
                         ) -> dict[str, Any]:
    """The Scrapy settings every worker of run ``run_key`` gets (on top of ``base``, the run's overrides)."""
    from scrapy.utils.project import get_project_settings

    extensions = dict(get_project_settings().getdict("EXTENSIONS"))
    extensions.update((base or {}).get("EXTENSIONS") or {})
    extensions["crawler.distributed.WorkerCoordination"] = 850
    prefix = run_prefix(run_key)
    return {
        "SCHEDULER": "crawler.distributed.DistributedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
        "SCHEDULER_PERSIST": True,  # the run's keys outlive each worker; run_workers deletes them
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        "REDIS_URL": redis_url,
        "DISTRIBUTED_RUN_KEY": run_key,
        "DISTRIBUTED_WORKERS": workers,
        "EXTENSIONS": extensions,
        # A worker parses the pages other workers found: its own ratios of items and failures to the
        # article pages it found mean nothing. merge_reports judges them on the summed figures.
        "MONITOR_THRESHOLDS": {**((base or {}).get("MONITOR_THRESHOLDS") or {}),
                               "min_item_ratio": 0.0, "max_error_rate": 1.0},
    }


class DistributedScheduler(Scheduler):
    """scrapy-redis's scheduler, plus the shared filter for article requests (see the module doc)."""

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.dedupe_articles = spider.settings.getbool("DISTRIBUTED_DEDUPE_ARTICLES", True)
        self.busy_key = f"{run_prefix(spider.settings.get('DISTRIBUTED_RUN_KEY', 'run'))}:{spider.name}:busy"
        self.worker_id = f"{os.getpid()}-{id(self):x}"
        self._marked = 0.0

    def enqueue_request(self, request: Any) -> bool:
        if (request.dont_filter and self.dedupe_articles and _is_article(request)
                and "redirect_times" not in request.meta and "retry_times" not in request.meta):
            if self.df.request_seen(request):
                if self.stats:
                    self.stats.inc_value("distributed/duplicate_articles_dropped")
                    self.stats.inc_value("articles/discovered", -1)  # not asked for by this worker after all
                return False
        # scrapy-redis's enqueue_request/next_request, without the spider argument Scrapy 2.19 deprecates
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Any:
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            now = time.time()
            if now - self._marked > 1.0:  # at most one write a second
                self.server.hset(self.busy_key, self.worker_id, now)
                self._marked = now
        return request

    def mark_idle(self) -> None:
        self.server.hset(self.busy_key, self.worker_id, 0)
        self._marked = 0.0

    def others_busy(self, stale_after: float) -> bool:
        now = time.time()
        for worker, stamp in self.server.hgetall(self.busy_key).items():
            worker = worker.decode() if isinstance(worker, bytes) else worker
            if worker != self.worker_id and now - float(stamp) < stale_after:
                return True
        return False


def _is_article(request: Any) -> bool:
    return getattr(request.callback, "__name__", None) == "parse_article"


class WorkerCoordination:
    """Keeps an idle worker open while the shared queue holds requests or another worker is busy."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.poll = crawler.settings.getfloat("DISTRIBUTED_POLL_SECONDS", 0.3)
        self.stale = crawler.settings.getfloat("DISTRIBUTED_WORKER_STALE_SECONDS", 60)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WorkerCoordination:
        if not crawler.settings.get("DISTRIBUTED_RUN_KEY"):
            raise NotConfigured("not a distributed crawl")
        return cls(crawler)

    def spider_idle(self, spider: Any) -> None:
        scheduler = _scheduler(self.crawler)
        if not isinstance(scheduler, DistributedScheduler):
            return
        scheduler.mark_idle()
        if len(scheduler) or scheduler.others_busy(self.stale):
            self.crawler.stats.inc_value("distributed/idle_waits")
            self._wake_later()
            raise DontCloseSpider("other workers are busy or requests are queued")

    def _wake_later(self) -> None:
        """Ask the engine for the next request soon, not at its 5 s heartbeat (an engine internal; the
        heartbeat still wakes it if that attribute goes away)."""
        from twisted.internet import reactor

        nextcall = getattr(getattr(self.crawler.engine, "_slot", None), "nextcall", None)
        if nextcall is not None:
            reactor.callLater(self.poll, nextcall.schedule)  # type: ignore[attr-defined]


def _scheduler(crawler: Any) -> Any:
    slot = getattr(crawler.engine, "_slot", None)
    return getattr(slot, "scheduler", None)


# --- running the workers ---------------------------------------------------------------------------


def _worker(index: int, names: list[str], overrides: dict[str, Any], spider_args: dict[str, Any] | None,
            barrier: tuple[str, str, int, float], conn: Any) -> None:
    """One worker process: wait for the others (so that they share the work from the start), crawl, send
    the report back."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    try:
        import redis

        from .lifecycle import run_sites

        url, key, workers, timeout = barrier
        client = redis.Redis.from_url(url)
        client.sadd(key, index)
        deadline = time.monotonic() + timeout
        while client.scard(key) < workers and time.monotonic() < deadline:
            time.sleep(0.05)
        client.close()
        report = run_sites(names, overrides, quiet=True, spider_args=spider_args)
        conn.send({"worker": index, "report": report})
    except BaseException as exc:  # noqa: BLE001 - the parent reports it
        conn.send({"worker": index, "error": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def run_workers(names: list[str], overrides: dict[str, Any], workers: int, *, redis_url: str | None = None,
                run_key: str | None = None, spider_args: dict[str, Any] | None = None,
                timeout: float | None = None, keep_keys: bool = False) -> dict[str, Any]:
    """Crawl ``names`` with ``workers`` processes sharing one Redis queue and duplicate filter; wait for them.

    ``overrides`` are the Scrapy settings of the run (as for ``run_sites``: ``DATABASE_URL``,
    ``SITE_BASE_URLS``, ``LOCAL_SETTINGS``…); with ``LOG_FILE`` set, worker *i* logs to ``LOG_FILE.w<i>``.
    Returns ``{"run_key", "workers": [report of each worker…], "errors", "sites": the workers' sections
    summed per site, "keys_left"}``; the run's Redis keys are deleted at the end unless ``keep_keys``.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    import redis

    redis_url = redis_url or redis_url_from(overrides)
    run_key = run_key or time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    client = redis.Redis.from_url(redis_url, socket_connect_timeout=5)
    client.ping()  # no Redis: fail now, with redis' own message, before starting anything
    settings = {**overrides, **distributed_settings(run_key, redis_url, workers, overrides)}
    barrier = (redis_url, f"{run_prefix(run_key)}:started", workers, 120.0)
    ctx = multiprocessing.get_context("spawn")
    procs, pipes = [], []
    try:
        for i in range(workers):
            mine = dict(settings, DISTRIBUTED_WORKER=i)
            if overrides.get("LOG_FILE"):
                mine["LOG_FILE"] = f"{overrides['LOG_FILE']}.w{i}"
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_worker, args=(i, names, mine, spider_args, barrier, child),
                               name=f"crawl-worker-{i}")
            proc.start()
            child.close()
            procs.append(proc)
            pipes.append(parent)
        results: list[dict[str, Any]] = []
        deadline = None if timeout is None else time.monotonic() + timeout
        for i, (proc, pipe) in enumerate(zip(procs, pipes)):
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if pipe.poll(left):
                try:
                    results.append(pipe.recv())
                except EOFError:
                    results.append({"worker": i, "error": "the worker ended without a report"})
            else:
                results.append({"worker": i, "error": "timed out" if deadline else "no report"})
            proc.join(None if deadline is None else max(0.0, deadline - time.monotonic()) + 5)
            if proc.is_alive():
                proc.terminate()
                proc.join(10)
            if proc.exitcode not in (0, None) and "error" not in results[-1]:
                results[-1]["error"] = f"exit code {proc.exitcode}"
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
                proc.join(10)
        left = 0 if keep_keys else None
        if not keep_keys:
            cleanup(run_key, client)
            left = sum(1 for _ in client.scan_iter(match=f"{run_prefix(run_key)}:*"))
        client.close()
    reports = [r["report"] for r in sorted(results, key=lambda r: r["worker"]) if "report" in r]
    return {
        "run_key": run_key,
        "workers": reports,
        "errors": {r["worker"]: r["error"] for r in results if "error" in r},
        "sites": merge_reports(reports),
        "keys_left": left,
    }


def cleanup(run_key: str, client: Any = None, redis_url: str | None = None) -> int:
    """Delete every Redis key of run ``run_key`` (queue, duplicate filter, worker states); returns how many."""
    import redis

    own = client is None
    client = client or redis.Redis.from_url(redis_url or redis_url_from())
    try:
        keys = list(client.scan_iter(match=f"{run_prefix(run_key)}:*", count=1000))
        return int(client.delete(*keys)) if keys else 0
    finally:
        if own:
            client.close()


def merge_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The workers' site sections as one per site: counts summed, ``stored_total`` and times the largest,
    ``broken`` if any worker found the site broken (with its problems)."""
    merged: dict[str, Any] = {}
    for report in reports:
        for name, section in (report.get("sites") or {}).items():
            merged[name] = _merge(merged.get(name), section)
    for name, section in merged.items():
        _judge_totals(name, section)
    return merged


def _judge_totals(name: str, section: dict[str, Any]) -> None:
    """The item-ratio and error-rate checks of crawler.monitors, on the whole run's figures."""
    from .monitors import DEFAULT_THRESHOLDS
    from .sites import UnknownSite, get_site

    limits = dict(DEFAULT_THRESHOLDS)
    try:
        limits.update(get_site(name).thresholds)
    except UnknownSite:
        pass
    problems = list(section.get("problems") or [])
    navigation = section.get("navigation") or {}
    if navigation.get("requested") and not navigation.get("answered"):
        why = ", ".join(f"{k} ×{v}" for k, v in (navigation.get("failed") or {}).items()) or "no answer"
        problems.append(f"none of {navigation['requested']} listing, feed or sitemap requests got a page ({why}): "
                        "is the site down, moved or blocking us?")
    section["problems"] = problems
    section["broken"] = bool(problems)
    asked = int(section.get("article_requests") or 0)
    if asked < limits["min_articles"]:
        return
    articles = section.get("articles") or {}
    failed, parsed = int(articles.get("failed") or 0), int(articles.get("parsed") or 0)
    problems = list(section.get("problems") or [])
    if failed / asked > limits["max_error_rate"]:
        problems.append(f"{failed} of {asked} article pages failed ({failed / asked:.0%} > {limits['max_error_rate']:.0%})")
    if parsed / asked < limits["min_item_ratio"]:
        problems.append(f"only {parsed} valid items from {asked} article pages "
                        f"({parsed / asked:.0%} < {limits['min_item_ratio']:.0%})")
    section["problems"] = problems
    section["broken"] = bool(problems)


def _merge(a: Any, b: Any, key: str = "") -> Any:
    if a is None:
        return b
    if key in ("stored_total", "elapsed_seconds"):
        return max(a, b)
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) or bool(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a + b if key != "coverage" else a
    if isinstance(a, dict) and isinstance(b, dict):
        if key == "coverage":
            return a  # shares, not counts: the first worker's (each worker's report has its own)
        return {k: _merge(a.get(k), b.get(k), k) if k in a and k in b else a.get(k, b.get(k))
                for k in {**a, **b}}
    if isinstance(a, list) and isinstance(b, list):
        return a + [x for x in b if x not in a]
    return a if a == b else f"{a}, {b}"
