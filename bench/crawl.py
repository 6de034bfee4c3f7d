"""Crawl throughput and memory: one generated sample portal of N articles (default 20,000) crawled over HTTP
on 127.0.0.1 into a SQLite store, against `scrapy bench` measured in the same run on this machine.

    .venv/bin/python bench/crawl.py                  # 20,000 articles (a few minutes)
    .venv/bin/python bench/crawl.py --articles 3000  # quicker

Prints: pages per second of the crawl (every response: listings, sitemaps, articles) and of `scrapy bench
-s CLOSESPIDER_TIMEOUT=10` (its "pages/min" log lines), their ratio (target >= 0.6); the crawling process's
peak RSS after 2,000 and after N articles (target: at N <= 1.3 x at 2,000); then the story clustering that
`crawler crawl` runs after a crawl, timed apart (not in pages/s). When a target is missed it prints a
profile of the crawl (cProfile of the crawling process, grouped: parsing, places, store, the rest).

Settings are `--fast-local`'s (no delays), CONCURRENT_REQUESTS 32 (all on one domain), LOG_LEVEL WARNING,
sitemaps from robots.txt on (the full backfill: listings alone stop after MAX_LISTING_PAGES pages).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SITE = "baocantho"
CHECKPOINT = 2_000


def scrapy_bench(seconds: int = 10) -> float:
    """Pages per second of `scrapy bench` (Scrapy's own default settings, outside this project)."""
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run([sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                              cwd=tmp, env=env, capture_output=True, text=True, timeout=seconds + 120)
    rates = [int(m) for m in re.findall(r"\(at (\d+) pages/min\)", done.stderr)]
    steady = [r for r in rates[1:] if r > 0] or rates  # the first line covers start-up
    if not steady:
        raise SystemExit(f"scrapy bench printed no rate:\n{done.stderr[-2000:]}")
    return statistics.median(steady) / 60


# --- the crawling process ------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Checkpoint:
    """Notes the process's peak RSS when the CHECKPOINT-th article is scraped (a tiny extension)."""

    marks: dict[str, float] = {}

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.n = 0
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Checkpoint:
        return cls(crawler)

    def item_scraped(self, item: Any, response: Any, spider: Any) -> None:
        self.n += 1
        if self.n == CHECKPOINT:
            Checkpoint.marks["rss_at_checkpoint_mb"] = _peak_rss_mb()
            Checkpoint.marks["time_at_checkpoint"] = time.monotonic()


def child(args: argparse.Namespace) -> None:
    """Crawl the portal at args.base_url into args.db; print one JSON line of figures."""
    os.environ["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.lifecycle import LOCAL_SETTINGS
    from crawler.store import Store

    settings = get_project_settings()
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["bench.crawl.Checkpoint"] = 990
    overrides = {
        **LOCAL_SETTINGS,
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": args.db,
        "SITE_BASE_URLS": {SITE: args.base_url},
        "SITEMAPS_FROM_ROBOTS": True,
        "REPORT_DIR": str(Path(args.db.removeprefix("sqlite:///")).parent / "reports"),
        "EXTENSIONS": extensions,
        "PROGRESS_INTERVAL": 0,
    }
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(SITE)
    process.crawl(crawler)
    t0 = time.monotonic()
    if profiler:
        profiler.enable()
    process.start()
    if profiler:
        profiler.disable()
    crawl_secs = time.monotonic() - t0
    stats = crawler.stats.get_stats()
    import importlib

    marks = importlib.import_module("bench.crawl").Checkpoint.marks  # the instance Scrapy loaded, not __main__'s
    rss_end = _peak_rss_mb()
    t1 = time.monotonic()
    with Store(args.db) as store:
        clusters = store.update_clusters()
        stored = store.count()
    cluster_secs = time.monotonic() - t1
    out = {
        "responses": stats.get("downloader/response_count", 0),
        "items": stats.get("item_scraped_count", 0),
        "stored": stored,
        "crawl_seconds": crawl_secs,
        "rss_at_checkpoint_mb": marks.get("rss_at_checkpoint_mb"),
        "rss_at_end_mb": rss_end,
        "cluster_seconds": cluster_secs,
        "rss_after_clustering_mb": _peak_rss_mb(),
        "clusters": clusters,
    }
    if profiler:
        out["profile"] = _profile_groups(profiler)
    print("BENCH " + json.dumps(out), flush=True)


def _profile_groups(profiler: Any) -> dict[str, float]:
    """Own time of the crawl's functions, grouped by where they live (seconds)."""
    import pstats

    groups = {"parsing (crawler/parsers, dates, text, lxml)": ("crawler/parsers", "crawler/dates", "crawler/text",
                                                               "lxml", "parsel"),
              "places (crawler/places, provinces)": ("crawler/places", "crawler/provinces"),
              "store (crawler/store, sqlalchemy, sqlite3)": ("crawler/store", "sqlalchemy", "sqlite3",
                                                             "crawler/pipelines/store"),
              "validation (crawler/pipelines/validate)": ("crawler/pipelines/validate",),
              "spider navigation (crawler/spiders)": ("crawler/spiders",),
              "scrapy + twisted (download, scheduling)": ("scrapy", "twisted", "asyncio")}
    totals = dict.fromkeys([*groups, "other"], 0.0)
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in pstats.Stats(profiler).stats.items():
        for group, marks in groups.items():
            if any(m in filename for m in marks):
                totals[group] += tottime
                break
        else:
            totals["other"] += tottime
    return {k: round(v, 2) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}


# --- the driver ----------------------------------------------------------------------------------


def run_crawl_child(n: int, concurrency: int, profile: bool) -> dict[str, Any]:
    from crawler.samples import Portal, SampleServer

    with tempfile.TemporaryDirectory() as tmp, SampleServer([Portal(SITE, n_articles=n)]) as server:
        db = f"sqlite:///{Path(tmp) / 'articles.db'}"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--base-url", server.urls[SITE], "--db", db,
               "--concurrency", str(concurrency)] + (["--profile"] if profile else [])
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=3600)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise SystemExit(f"the crawl failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(line[6:])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=20_000, help="articles in the portal (default 20,000)")
    p.add_argument("--concurrency", type=int, default=32, help="CONCURRENT_REQUESTS (default 32)")
    p.add_argument("--bench-seconds", type=int, default=10, help="scrapy bench's CLOSESPIDER_TIMEOUT (default 10)")
    p.add_argument("--profile", action="store_true", help="always profile the crawl (slower)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    p.add_argument("--db", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args)
        return

    print(f"scrapy bench (CLOSESPIDER_TIMEOUT={args.bench_seconds}) ...", flush=True)
    bench_pps = scrapy_bench(args.bench_seconds)
    print(f"crawling a sample portal of {args.articles:,} articles ({SITE}, concurrency {args.concurrency}) ...",
          flush=True)
    r = run_crawl_child(args.articles, args.concurrency, args.profile)
    pps = r["responses"] / r["crawl_seconds"]
    ratio = pps / bench_pps
    print()
    print(f"crawl:         {r['responses']:,} pages in {r['crawl_seconds']:.1f} s = {pps:.1f} pages/s "
          f"({r['items']:,} articles scraped, {r['stored']:,} stored)")
    print(f"scrapy bench:  {bench_pps:.1f} pages/s")
    print(f"ratio:         {ratio:.2f}  (target >= 0.6: {'met' if ratio >= 0.6 else 'MISSED'})")
    at_cp, at_end = r["rss_at_checkpoint_mb"], r["rss_at_end_mb"]
    if at_cp:
        growth = at_end / at_cp
        print(f"peak RSS:      {at_cp:.0f} MB after {CHECKPOINT:,} articles, {at_end:.0f} MB after "
              f"{r['items']:,}: x{growth:.2f}  (target <= 1.3: {'met' if growth <= 1.3 else 'MISSED'})")
    else:
        growth = 1.0
        print(f"peak RSS:      {at_end:.0f} MB after {r['items']:,} articles (fewer than {CHECKPOINT:,}: no checkpoint)")
    print(f"clustering:    {r['cluster_seconds']:.1f} s after the crawl (not in pages/s), peak RSS then "
          f"{r['rss_after_clustering_mb']:.0f} MB; {r['clusters']}")
    if (ratio < 0.6 or growth > 1.3) and not args.profile:
        print("\na target was missed: profiling the crawl (parsing, places, store, scrapy) ...", flush=True)
        r = run_crawl_child(args.articles, args.concurrency, True)
    if "profile" in r:
        print("profile of the crawl (own time, seconds; the profiler slows everything down):")
        for group, secs in r["profile"].items():
            print(f"  {secs:8.1f}  {group}")


if __name__ == "__main__":
    main()
