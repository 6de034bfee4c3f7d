"""A crawl stopped before its end, whatever stops it, loses nothing: SIGTERM (a reboot, `systemctl stop`,
cron's `timeout`) and SIGINT (Ctrl-C) at several moments, and a store that cannot be written mid-run
(its disk full: here a file size limit) that then heals. After the reruns every article of a 300-article
portal is stored exactly once.

A stopped run is not recorded as finished: the next one fetches the frontier it left (the articles
discovered and not stored) and paginates the listings fully. Each crawl runs as a subprocess, as cron
runs it.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.samples import Portal, SampleServer

ROOT = Path(__file__).resolve().parent.parent
SITE = "baolaocai"
N = 300


def _cmd(tmp: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "crawl", SITE, "--quiet", "--fast-local", "--base-url", url,
            "--db", f"sqlite:///{tmp / 'articles.db'}", "-s", f"REPORT_DIR={tmp / 'reports'}",
            "-s", "STORE_BATCH_SIZE=10", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "LOG_LEVEL=WARNING",
            "-s", f"LOG_FILE={tmp / 'crawl.log'}"]


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    return env


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _stop_at(tmp: Path, url: str, sig: signal.Signals, at: int) -> subprocess.CompletedProcess[str]:
    """Start a crawl, send ``sig`` once ``at`` articles are stored, wait for it to end."""
    db = tmp / "articles.db"
    proc = subprocess.Popen(_cmd(tmp, url), cwd=tmp, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 120
    while _stored(db) < at and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, f"the crawl ended before {at} articles were stored: {proc.communicate()}"
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _rerun(tmp: Path, url: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cmd(tmp, url), cwd=tmp, env=_env(), capture_output=True, text=True, timeout=300,
                          **kwargs)  # type: ignore[call-overload]


def _check_all_stored_once(tmp: Path, portal: Portal) -> None:
    db = tmp / "articles.db"
    with sqlite3.connect(db) as conn:
        urls = {r[0] for r in conn.execute("SELECT url FROM articles")}
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
        owed = conn.execute("SELECT count(*) FROM frontier").fetchone()[0]
        failed = conn.execute("SELECT count(*) FROM failures").fetchone()[0]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    expected = {portal.article_url(i) for i in portal.article_ids()}
    assert ok == "ok"
    assert total == distinct, "an article stored twice"
    assert not expected - urls, f"{len(expected - urls)} of {N} articles lost, e.g. {sorted(expected - urls)[:3]}"
    assert total == N and owed == 0 and failed == 0


@pytest.fixture(scope="module")
def portal_url() -> tuple[Portal, str]:  # type: ignore[misc]
    portal = Portal(SITE, n_articles=N, per_page=10)
    with SampleServer([portal]) as server:
        yield portal, server.urls[SITE]


@pytest.mark.parametrize("stops", [
    [("SIGTERM", 40)],
    [("SIGINT", 150)],
    [("SIGTERM", 260)],
    [("SIGTERM", 30), ("SIGINT", 120)],  # the rerun is stopped too
], ids=lambda stops: "+".join(f"{s}@{n}" for s, n in stops))
def test_stopped_crawls_lose_nothing(stops: list[tuple[str, int]], portal_url: tuple[Portal, str],
                                     tmp_path: Path) -> None:
    portal, url = portal_url
    for sig, at in stops:
        done = _stop_at(tmp_path, url, signal.Signals[sig], at)
        assert done.returncode == 1, done.stderr
        assert f"stopped by {sig}" in done.stderr and "the next run resumes" in done.stderr
        assert "Traceback" not in done.stderr
        report = json.loads((tmp_path / "reports" / "latest.json").read_text("utf-8"))
        assert report["interrupted"] == sig and report["complete"] is False
        with sqlite3.connect(tmp_path / "articles.db") as conn:
            (finished,) = conn.execute("SELECT finished_at FROM site_runs WHERE site = ?", (SITE,)).fetchone()
        assert finished is None, "a stopped crawl was recorded as finished"
    done = _rerun(tmp_path, url)
    assert done.returncode == 0, done.stderr
    _check_all_stored_once(tmp_path, portal)
    again = _rerun(tmp_path, url)  # and a finished run leaves nothing owed: the next asks for no article
    assert again.returncode == 0, again.stderr
    report = json.loads((tmp_path / "reports" / "latest.json").read_text("utf-8"))
    assert report["sites"][SITE]["article_requests"] == 0


def _file_size_limit(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_store_that_cannot_be_written_then_heals(portal_url: tuple[Portal, str], tmp_path: Path) -> None:
    """No file of the crawl may grow past 1 MB (as on a full disk): the database fills up mid-run. The run
    stops that site, says so, exits 1 and is not recorded as finished; once there is room, the rerun
    stores everything."""
    portal, url = portal_url
    full = _rerun(tmp_path, url, preexec_fn=_file_size_limit(1_000_000))
    stored_then = _stored(tmp_path / "articles.db")
    assert full.returncode == 1, full.stderr
    assert 0 < stored_then < N
    assert "Traceback" not in full.stderr and len(full.stderr.strip().splitlines()) <= 3, full.stderr
    assert "did not finish" in full.stderr or "store" in full.stderr
    with sqlite3.connect(tmp_path / "articles.db") as conn:
        (finished,) = conn.execute("SELECT finished_at FROM site_runs WHERE site = ?", (SITE,)).fetchone()
    assert finished is None
    healed = _rerun(tmp_path, url)
    assert healed.returncode == 0, healed.stderr
    _check_all_stored_once(tmp_path, portal)
