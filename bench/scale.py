#!/usr/bin/env python
"""What a run costs when the store is big: a store of N articles against a small one, in one run.

    python bench/scale.py                          # 1,000,000 articles against 10,000
    python bench/scale.py --articles 100000        # quicker
    python bench/scale.py --postgres URL           # the same on PostgreSQL too (default: the local server,
                                                   # skipped when none answers; --pg-articles N: its size)

For each size it builds a store of a year of news (``bench/yearstore.py``: real-length Vietnamese texts
drawn from the sample portals' words, their other fields, 3,400 articles a day, republications planted
at a known rate) with ``Store.bulk_load`` (every CPU; the same store as upserts and ``update_clusters``
give, ``tests/test_bulk.py``), then measures, with the figures of the small store printed beside and
their ratio:

- a cron run's worth of new articles (``--new``, default 5,000: the year's next articles, every
  ``--repost-every``-th replaced by a republication of a recent stored one) stored with ``upsert_many``
  and clustered with ``update_clusters``: seconds and the peak RSS of the process doing it (a child
  process per measure, so peaks do not carry over);
- search (``Store.search``, the query behind ``crawler search`` and Datasette's ranked search) for a
  set of queries: median and p95 milliseconds;
- export of every article to JSON Lines and CSV: rows per second and peak RSS, against a bare
  ``sqlite3`` dump of the same rows (SQLite only);
- the store's size on disk per article;
- the clusters' pairwise precision and recall against the planted stories: over the pairs with a new
  article in them (the incremental clustering of the run), and over the whole store (the load's);
- the time to build the store.

Targets (issue 16): store+cluster at N <= 1.5x at 10k; peak memory <= 1.3x; search p95 <= 3x; export
peak memory <= 1.3x at >= 0.5x the dump's rows per second; precision and recall >= 0.98.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

QUERIES = ("cai lay", '"nông thôn mới"', "chuyển đổi số", "lúa", "khám bệnh -tết", "đường giao thông", "lấy",
           "hội nghị tổng kết", "công an", "học sinh")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db: str, n: int) -> dict[str, Any]:
    """A store of ``n`` articles of ``yearstore`` (``bulk_load``, every CPU), and its clusters' precision
    and recall on the planted republications."""
    import yearstore

    from crawler.store import Store

    t0 = time.monotonic()
    chunks = range(-(-n // yearstore.CHUNK))
    with Store(db) as store:
        def progress(done: int) -> None:
            if sys.stderr.isatty() and done % 100_000 < yearstore.CHUNK:
                print(f"    {done:,} stored ({time.monotonic() - t0:.0f} s)", file=sys.stderr, flush=True)

        store.bulk_load(chunks, make=yearstore.chunk, progress=progress)
        seconds = time.monotonic() - t0
        precision, recall = _scores(store, {})
    return {"seconds": seconds, "precision": precision, "recall": recall}


def _story(url: str, planted: dict[str, int]) -> int:
    """The story of a stored article (``yearstore.story_of`` of the index in its address)."""
    import yearstore

    return planted[url] if url in planted else yearstore.story_of(int(url.rsplit("/", 1)[1].split(".")[0]))


def _scores(store: Any, planted: dict[str, int], new: set[str] | None = None) -> tuple[float, float]:
    """Pairwise precision and recall of the store's clusters against the stories (only the pairs with
    a new article in them when ``new`` is given)."""
    from collections import Counter

    from sqlalchemy import select

    from crawler.store import articles

    cells, clusters, stories = Counter(), Counter(), Counter()  # (all, old) members of each
    with store.engine.connect() as conn:
        for url, cluster in conn.execute(select(articles.c.canonical_url, articles.c.cluster_id)):
            story = _story(url, planted)
            old = new is not None and url not in new
            for counter, key in ((cells, (cluster, story)), (clusters, cluster), (stories, story)):
                counter[(key, "all")] += 1
                counter[(key, "old")] += old

    def pairs(counter: Counter) -> int:
        total = 0
        for (key, kind), count in counter.items():
            if kind == "all":
                total += count * (count - 1) // 2 - (counter[(key, "old")] * (counter[(key, "old")] - 1) // 2)
        return total

    same = pairs(cells)
    return same / max(1, pairs(clusters)), same / max(1, pairs(stories))


def measure_new(db: str, n_old: int, n_new: int, every: int) -> dict[str, Any]:
    """Store and cluster a cron run's worth of new articles (in this process: its peak is the figure):
    the year's next articles, every ``every``-th of them replaced by a republication of a recent stored
    article (each a different one; retitled, its last paragraph dropped unless it holds more than a
    fifth of the text, on another site)."""
    import yearstore

    from crawler.store import Store

    first = -(-n_old // yearstore.CHUNK)
    new = [a for c in range(first, first + -(-n_new // yearstore.CHUNK)) for a in yearstore.chunk(c)][:n_new]
    recent = yearstore.chunk(first - 1)
    plans = [yearstore.plan(c) for c in range(first, first + -(-n_new // yearstore.CHUNK))]
    taken = {i for p in plans for i in (*p, *p.values())}  # the chunk's own reposts and their originals
    planted: dict[str, int] = {}
    slots = [k for k in range(0, n_new, every) if first * yearstore.CHUNK + k not in taken]
    for j, k in enumerate(slots):
        original = recent[(j * 7) % len(recent)]  # each a different stored article (7 and CHUNK are coprime)
        paras = original["body"].split("\n\n")
        # its last paragraph dropped, unless that is more than a fifth of the text (a story cut to a small
        # part of itself is no republication: the clusterer's Jaccard floor)
        kept = paras[:-1] if len(paras) > 1 and sum(map(len, paras[:-1])) >= 0.8 * sum(map(len, paras)) else paras
        url = new[k]["canonical_url"]
        new[k] = {**original, "title": "Tin đăng lại: " + original["title"], "body": "\n\n".join(kept),
                  "url": url, "canonical_url": url, "site": new[k]["site"], "published_at": new[k]["published_at"]}
        planted[url] = _story(original["canonical_url"], {})
    t0 = time.monotonic()
    with Store(db) as store:
        for start in range(0, len(new), 500):
            store.upsert_many(new[start:start + 500])
        store.update_clusters()
        seconds = time.monotonic() - t0
        rss = _rss_mb()
        precision, recall = _scores(store, planted, {a["canonical_url"] for a in new})
    return {"seconds": seconds, "rss_mb": rss, "precision": precision, "recall": recall, "planted": len(planted)}


def measure_search(db: str, rounds: int = 3) -> dict[str, float]:
    from crawler.store import Store

    times = []
    with Store(db, create=False) as store:
        for _ in range(rounds):
            for q in QUERIES:
                t0 = time.perf_counter()
                store.search(q, limit=20)
                times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": statistics.median(times), "p95_ms": times[int(len(times) * 0.95) - 1]}


def measure_export(db: str, fmt: str) -> dict[str, float]:
    from crawler.export import export
    from crawler.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(db, create=False) as store:
        t0 = time.monotonic()
        rows = export(store, fmt, Path(tmp) / f"all.{fmt}")
        seconds = time.monotonic() - t0
    return {"rows_per_s": rows / seconds, "rss_mb": _rss_mb()}


def measure_dump(db: str) -> dict[str, float]:
    path = db.removeprefix("sqlite:///")
    t0 = time.monotonic()
    with sqlite3.connect(path) as conn:
        rows = sum(1 for _ in conn.execute("SELECT * FROM articles"))
    return {"rows_per_s": rows / (time.monotonic() - t0), "rss_mb": _rss_mb()}


def _child(what: str, db: str, *args: str) -> dict[str, Any]:
    """One measure in a process of its own (its peak memory is its own)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", what, db, *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          timeout=7200, check=False)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(line[6:])


def run_size(db: str, n: int, args: argparse.Namespace) -> dict[str, Any]:
    print(f"  building a store of {n:,} articles ...", flush=True)
    out: dict[str, Any] = {"build": _child("build", db, str(n))}
    print(f"  built in {out['build']['seconds']:.0f} s; a run of {args.new:,} new articles ...", flush=True)
    out["new"] = _child("new", db, str(n), str(args.new), str(args.repost_every))
    out["search"] = _child("search", db)
    if db.startswith("sqlite"):
        out["jsonl"] = _child("export", db, "jsonl")
        out["csv"] = _child("export", db, "csv")
        out["dump"] = _child("dump", db)
        out["bytes_per_article"] = Path(db.removeprefix("sqlite:///")).stat().st_size / (n + args.new)
    return out


def report(name: str, small: dict[str, Any], big: dict[str, Any], n_small: int, n_big: int) -> None:
    def line(what: str, a: float, b: float, unit: str, target: str = "") -> None:
        print(f"  {what:<34} {a:>10.1f} {b:>10.1f} {unit:<8} x{b / a if a else float('nan'):.2f} {target}")

    print(f"\n{name}: {n_small:,} vs {n_big:,} stored articles")
    print(f"  {'':<34} {n_small:>10,} {n_big:>10,}")
    line("store + cluster new articles", small["new"]["seconds"], big["new"]["seconds"], "s", "(target <= 1.5)")
    line("  peak RSS", small["new"]["rss_mb"], big["new"]["rss_mb"], "MB", "(target <= 1.3)")
    line("search median", small["search"]["median_ms"], big["search"]["median_ms"], "ms")
    line("search p95", small["search"]["p95_ms"], big["search"]["p95_ms"], "ms", "(target <= 3)")
    for fmt in ("jsonl", "csv"):
        if fmt in big:
            line(f"export {fmt} rows/s", small[fmt]["rows_per_s"], big[fmt]["rows_per_s"], "rows/s")
            line("  peak RSS", small[fmt]["rss_mb"], big[fmt]["rss_mb"], "MB", "(target <= 1.3)")
            print(f"  {'':<34} {'':>10} {'':>10} {'':<8} vs bare dump at {n_big:,}: "
                  f"x{big[fmt]['rows_per_s'] / big['dump']['rows_per_s']:.2f} (target >= 0.5)")
    if "bytes_per_article" in big:
        line("store size per article", small["bytes_per_article"], big["bytes_per_article"], "bytes")
    for what, key in (("the new articles' pairs", "new"), ("the whole store's pairs (the load)", "build")):
        print(f"  clusters, {what:<34} precision {small[key]['precision']:.3f} {big[key]['precision']:.3f}   "
              f"recall {small[key]['recall']:.3f} {big[key]['recall']:.3f} (target >= 0.98 at {n_big:,})")
    print(f"  store built in {small['build']['seconds']:.0f} s and {big['build']['seconds']:.0f} s "
          f"(target < 600 s at 1,000,000)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=1_000_000)
    p.add_argument("--baseline", type=int, default=10_000)
    p.add_argument("--new", type=int, default=5_000)
    p.add_argument("--repost-every", type=int, default=50, help="one planted republication per this many new")
    p.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL",
                                                         "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    p.add_argument("--no-postgres", action="store_true", help="SQLite only")
    p.add_argument("--pg-articles", type=int, help="the big store's size on PostgreSQL (default: --articles)")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args()
    import yearstore

    for name in ("articles", "baseline", "pg_articles"):
        value = getattr(args, name)
        if value is not None and (value <= 0 or value % yearstore.CHUNK):
            p.error(f"--{name.replace('_', '-')} must be a positive multiple of {yearstore.CHUNK:,} (stores are made "
                    f"{yearstore.CHUNK:,} articles at a time), not {value:,}")
    if args.child:
        what, db, *rest = args.child
        result: Any
        if what == "build":
            result = build(db, int(rest[0]))
        elif what == "new":
            result = measure_new(db, int(rest[0]), int(rest[1]), int(rest[2]))
        elif what == "search":
            result = measure_search(db)
        elif what == "export":
            result = measure_export(db, rest[0])
        else:
            result = measure_dump(db)
        print("BENCH " + json.dumps(result), flush=True)
        return
    with tempfile.TemporaryDirectory(dir=ROOT / "output" if (ROOT / "output").exists() else None) as tmp:
        figures = {}
        for n in (args.baseline, args.articles):
            print(f"SQLite, {n:,} articles:", flush=True)
            figures[n] = run_size(f"sqlite:///{Path(tmp) / f'store-{n}.db'}", n, args)
        report("SQLite", figures[args.baseline], figures[args.articles], args.baseline, args.articles)
    if not args.no_postgres:
        _postgres(args)


def _postgres(args: argparse.Namespace) -> None:
    try:
        from sqlalchemy import create_engine

        engine = create_engine(args.postgres, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - no server: said, and skipped
        print(f"\nPostgreSQL: skipped ({type(exc).__name__}: no server answers at {args.postgres})")
        return
    import uuid

    from sqlalchemy.engine import make_url

    figures = {}
    big = args.pg_articles or args.articles
    for n in (args.baseline, big):
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = make_url(args.postgres).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            print(f"PostgreSQL, {n:,} articles:", flush=True)
            figures[n] = run_size(url.render_as_string(hide_password=False), n, args)
        finally:
            with engine.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    engine.dispose()
    report("PostgreSQL", figures[args.baseline], figures[big], args.baseline, big)


if __name__ == "__main__":
    main()
