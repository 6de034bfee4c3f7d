"""A crawl killed with SIGKILL midway and run again: the store stays consistent, holds no duplicate,
and the second run fetches what the first one missed (its listings are paginated fully)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from crawler.samples import Portal, SampleServer
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
SITES = ("baocantho", "baolaocai")
N = 60


def _cmd(tmp: Path, server: SampleServer) -> list[str]:
    cmd = [sys.executable, "-m", "crawler.cli", "crawl", *server.urls, "--quiet", "--fast-local",
           "--db", f"sqlite:///{tmp / 'articles.db'}", "-s", f"REPORT_DIR={tmp / 'reports'}",
           "-s", f"LOG_FILE={tmp / 'crawl.log'}", "-s", "STORE_BATCH_SIZE=5",
           # slow enough to be killed midway: one request at a time, 40 ms apart
           "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "DOWNLOAD_DELAY=0.04"]
    for site, url in server.urls.items():
        cmd += ["--base-url", f"{site}={url}"]
    return cmd


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_rerun(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    db = tmp_path / "articles.db"
    portals = [Portal(site, n_articles=N, per_page=10) for site in SITES]
    with SampleServer(portals) as server:
        proc = subprocess.Popen(_cmd(tmp_path, server), cwd=tmp_path, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while _stored(db) < 15 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        killed_at = _stored(db)
        assert 0 < killed_at < N * len(SITES)

        with Store(f"sqlite:///{db}") as store:
            assert store.integrity_ok()

        done = subprocess.run(_cmd(tmp_path, server), cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        report = json.loads((tmp_path / "reports" / "latest.json").read_text("utf-8"))

    with Store(f"sqlite:///{db}") as store:
        assert store.integrity_ok()
        stored = {item["url"] for item in store.iter_articles()}
        failures = store.failures()
    with sqlite3.connect(db) as conn:
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
    expected = {p.article_url(i) for p in portals for i in p.article_ids()}
    lost = expected - stored
    print(f"\nkill-and-rerun: stored before the kill {killed_at}, after the rerun {len(stored)} "
          f"of {len(expected)}; duplicates {total - distinct}; failures {len(failures)}; lost {len(lost)}")
    assert total == distinct, "duplicate articles"
    assert not lost, sorted(lost)[:5]
    assert not failures
    assert sum(site["articles"]["new"] for site in report["sites"].values()) == len(expected) - killed_at
