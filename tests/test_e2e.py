"""End to end: Scrapy crawls the sample portals over real HTTP on 127.0.0.1 into a SQLite store.

The stored items are checked field by field against what the sample server generated, then a second
run is checked to make no article request at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler.dates import VN_TZ
from crawler.samples import SAMPLE_SITES, Portal, SampleServer
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
N = 12  # articles per portal: two or three listing pages of each category
UNCHECKED = {"fetched_at", "content_hash", "body_html"}


def crawl(tmp: Path, server: SampleServer, *extra: str) -> dict:
    args = [sys.executable, "-m", "crawler.cli", "crawl", *server.urls, "--quiet", "--fast-local",
            "--db", f"sqlite:///{tmp / 'articles.db'}", "-s", f"REPORT_DIR={tmp / 'reports'}",
            "-s", f"LOG_FILE={tmp / 'crawl.log'}", *extra]
    for site, url in server.urls.items():
        args += ["--base-url", f"{site}={url}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    done = subprocess.run(args, cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((tmp / "reports" / "latest.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("e2e")
    # Published up to now, so that edition 2's changes are dated after the first crawl's fetch.
    epoch = datetime.now(VN_TZ).replace(microsecond=0) - timedelta(hours=1)
    portals = [Portal(site, n_articles=N, per_page=5, epoch=epoch) for site in SAMPLE_SITES]
    with SampleServer(portals) as server:
        first = crawl(tmp, server)
        with Store(f"sqlite:///{tmp / 'articles.db'}") as store:
            stored = {item["url"]: item for item in store.iter_articles()}
        second = crawl(tmp, server)
        expected1 = {p.site: {i: p.expected_item(i) for i in p.article_ids()} for p in portals}
        for portal in portals:  # the sites publish three articles and update some
            portal.edition = 2
        third = crawl(tmp, server, "-s", "SITEMAPS_FROM_ROBOTS=True")
        with Store(f"sqlite:///{tmp / 'articles.db'}") as store:
            after = {item["url"]: item for item in store.iter_articles()}
            revisions = {url: store.revisions(item["canonical_url"]) for url, item in after.items()}
        yield expected1, first, stored, second, tmp, third, after, revisions, portals


def test_every_generated_article_is_stored_field_by_field(crawled) -> None:  # type: ignore[no-untyped-def]
    expected1, _, stored, *_ = crawled
    mismatches = []
    for site, items in expected1.items():
        for article_id, expected in items.items():
            item = stored.get(expected["url"])
            if item is None:
                mismatches.append((site, article_id, "not stored"))
                continue
            for field, value in expected.items():
                if field not in UNCHECKED and item.get(field) != value:
                    mismatches.append((site, article_id, field, value, item.get(field)))
    assert not mismatches, json.dumps(mismatches[:10], ensure_ascii=False, indent=1)
    assert len(stored) == N * len(expected1)


def test_first_run_report(crawled) -> None:  # type: ignore[no-untyped-def]
    _, first, _, _, tmp, *_ = crawled
    assert set(first["sites"]) == set(SAMPLE_SITES)
    for site, section in first["sites"].items():
        assert section["finish_reason"] == "finished", site
        assert section["articles"]["new"] == N, (site, section)
        assert section["articles"]["failed"] == 0, (site, section)
        assert section["coverage"]["title"] == 1.0 and section["coverage"]["body"] == 1.0
        assert section["coverage"]["published_at"] == 1.0
    assert (tmp / "reports" / f"{first['run_id']}.json").exists()


def test_second_run_requests_no_article(crawled) -> None:  # type: ignore[no-untyped-def]
    _, first, _, second, *_ = crawled
    assert second["run_id"] != first["run_id"]
    for site, section in second["sites"].items():
        assert section["article_requests"] == 0, (site, section)
        assert section["articles"]["new"] == 0 and section["articles"]["known"] >= 5, (site, section)
        # one page of each listing, robots.txt and feeds: far fewer than the first run
        assert section["requests"] < first["sites"][site]["requests"] / 2, (site, section)


def test_updates_become_revisions_and_new_articles_are_fetched(crawled) -> None:  # type: ignore[no-untyped-def]
    expected1, _, stored, _, _, third, after, revisions, portals = crawled
    mismatches = []
    for portal in portals:
        section = third["sites"][portal.site]
        changed = [i for i in range(1, N + 1) if portal.expected_item(i)["body"] != expected1[portal.site][i]["body"]]
        assert changed, f"{portal.site}: edition 2 changes no article"
        assert section["articles"]["new"] == portal.total - N, (portal.site, section)
        assert section["articles"]["updated"] == len(changed), (portal.site, section)
        for article_id in portal.article_ids():
            expected = portal.expected_item(article_id)
            item = after[expected["url"]]
            wrong = {f: (v, item.get(f)) for f, v in expected.items() if f not in UNCHECKED and item.get(f) != v}
            if wrong:
                mismatches.append((portal.site, article_id, wrong))
            history = revisions[expected["url"]]
            if article_id in changed:
                assert item["version"] == 2 and len(history) == 1, (portal.site, article_id)
                assert history[0]["body"] == _old(stored, portal, article_id)["body"]
            else:
                assert item["version"] == 1 and history == [], (portal.site, article_id)
    assert not mismatches, json.dumps(mismatches[:5], ensure_ascii=False, indent=1)


def _old(stored: dict, portal: Portal, article_id: int) -> dict:
    return stored[portal.base_url.rstrip("/") + portal.article_path(article_id)]
