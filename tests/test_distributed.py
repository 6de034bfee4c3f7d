"""A distributed crawl: two worker processes share one Redis queue and duplicate filter and one
PostgreSQL store (crawler/distributed.py). Skipped without the servers; fails without them under CI."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from crawler.lifecycle import LOCAL_SETTINGS
from crawler.samples import Portal, SampleServer
from crawler.store import Store

N = 40
SITES = ("baocantho", "baolaocai")


def test_two_workers_store_every_article_once(postgres_url: str, redis_url: str, tmp_path: Path) -> None:
    redis = pytest.importorskip("redis")
    from crawler.distributed import run_prefix, run_workers

    portals = [Portal(site, n_articles=N) for site in SITES]
    with SampleServer(portals) as server:
        result = run_workers(list(server.urls), {
            **LOCAL_SETTINGS,
            "SITE_BASE_URLS": server.urls,
            "DATABASE_URL": postgres_url,
            "REPORT_DIR": str(tmp_path / "reports"),
            "LOG_FILE": str(tmp_path / "crawl.log"),
        }, workers=2, redis_url=redis_url, timeout=240)
        expected = {p.expected_item(i)["url"] for p in portals for i in p.article_ids()}

    assert result["errors"] == {}, result["errors"]
    assert len(result["workers"]) == 2
    assert not [r for r in result["workers"] if "clusters" in r]  # a worker never clusters (the command does, once)
    for report in result["workers"]:
        assert all(s["finish_reason"] == "finished" for s in report["sites"].values()), report
    # The queue is shared, so which worker takes which request is a race: usually both work, but a
    # worker may find the queue drained. Together they made every request once.
    per_worker = [sum(s.get("requests", 0) for s in r["sites"].values()) for r in result["workers"]]
    print(f"\nrequests per worker: {per_worker}")
    assert sum(per_worker) > 0
    with Store(postgres_url) as store:
        stored = [a["canonical_url"] for a in store.iter_articles()]
        assert store.count() == len(stored) == len(set(stored)) == len(expected) == N * len(SITES)
        assert {a["url"] for a in store.iter_articles()} == expected
    for site in SITES:  # every article parsed once across the workers, none failed
        assert result["sites"][site]["articles"]["new"] == N and result["sites"][site]["articles"]["failed"] == 0
    # the run's keys (queues, duplicate filters, worker states) are gone
    assert result["keys_left"] == 0
    client = redis.Redis.from_url(redis_url)
    assert list(client.scan_iter(match=f"{run_prefix(result['run_key'])}:*")) == []
    client.close()


def test_article_duplicates_are_dropped_but_redirects_and_retries_are_not(redis_url: str) -> None:
    """The shared filter applies to a worker's first request of an article, never to a redirected or
    retried one (a redirect loop must still end as a recorded failure)."""
    redis = pytest.importorskip("redis")
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from crawler.distributed import DistributedScheduler, cleanup, distributed_settings

    class S(Spider):
        name = "s"

        def parse_article(self, response):  # type: ignore[no-untyped-def]
            pass

    key = f"test-{uuid.uuid4().hex}"
    crawler = get_crawler(S, settings_dict=distributed_settings(key, redis_url, 2))
    crawler.spider = spider = S.from_crawler(crawler)
    scheduler = DistributedScheduler.from_crawler(crawler)
    scheduler.open(spider)
    try:
        url = "http://127.0.0.1:9/a-1.html"
        article = Request(url, callback=spider.parse_article, dont_filter=True)
        assert scheduler.enqueue_request(article)
        assert not scheduler.enqueue_request(article.replace())  # another worker met the same link
        assert scheduler.enqueue_request(article.replace(meta={"redirect_times": 1}))
        assert scheduler.enqueue_request(article.replace(meta={"retry_times": 1}))
        assert scheduler.enqueue_request(Request("http://127.0.0.1:9/robots.txt", dont_filter=True))
        assert crawler.stats.get_value("distributed/duplicate_articles_dropped") == 1
        assert len(scheduler) == 4
    finally:
        scheduler.close("finished")
        assert cleanup(key, redis_url=redis_url) >= 1
        client = redis.Redis.from_url(redis_url)
        assert list(client.scan_iter(match=f"vnnews:{key}:*")) == []
        client.close()


def test_crawl_command_distributed(postgres_url: str, redis_url: str, tmp_path: Path) -> None:
    """`crawler crawl --distributed --workers 2`, as an operator runs it."""
    import json
    import os
    import subprocess
    import sys

    from crawler.samples import Portal, SampleServer
    from crawler.store import Store

    root = Path(__file__).resolve().parent.parent
    portal = Portal("baolaocai", n_articles=12, per_page=5)
    with SampleServer([portal]) as server:
        env = {**os.environ, "PYTHONPATH": str(root), "REDIS_URL": redis_url}
        done = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "crawl", "baolaocai", "--distributed", "--workers", "2",
             "--fast-local", "--quiet", "--db", postgres_url, "--base-url", server.urls["baolaocai"]],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    with Store(postgres_url) as store:
        assert store.count("baolaocai") == 12
    report = json.loads((tmp_path / "output" / "reports" / "latest.json").read_text("utf-8"))
    # one report for the whole run: both workers' shares, not the last one's
    site = report["sites"]["baolaocai"]
    assert report["workers"] == 2 and report["complete"] is True
    assert site["articles"]["new"] == 12 and site["article_requests"] == 12 and site["complete"] is True
    assert site["stored_total"] == 12
    # stories are clustered once per run, by the command, after the workers: not by each worker
    assert report["clusters"]["articles"] == 12 and report["clusters"]["clustered_now"] == 12
    with Store(postgres_url) as store:
        assert store.update_clusters()["clustered_now"] == 0  # nothing was left for a second pass
    assert len(list((tmp_path / "output" / "reports").glob("*.json"))) == 2  # <run-id>.json and latest.json
