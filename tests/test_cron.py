"""What an operator's cron job relies on: the lock, the exit codes, silence when all is well."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.lock import Locked, RunLock
from crawler.samples import Portal, SampleServer

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    lock = tmp_path / "crawl.lock"
    with RunLock(lock):
        with pytest.raises(Locked, match=f"pid {os.getpid()}"):
            RunLock(lock).acquire()
    RunLock(lock).acquire().release()  # free again


def test_overlapping_crawl_exits_at_once_with_the_lock_code(tmp_path: Path) -> None:
    with RunLock(tmp_path / "output" / "articles.db.lock"):  # a crawl is running on this store
        started = time.monotonic()
        done = _run(["crawl", "baocantho"], tmp_path)
        elapsed = time.monotonic() - started
    assert done.returncode == 75
    assert elapsed < 20
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "another crawl is running" in lines[0]
    assert not (tmp_path / "output" / "articles.db").exists()


def test_the_lock_belongs_to_the_store_not_to_the_folder(tmp_path: Path) -> None:
    """Two crawls started from different folders on one store: the second waits its turn (75)."""
    db = tmp_path / "shared" / "articles.db"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with RunLock(db.with_name("articles.db.lock")):
        done = _run(["crawl", "baocantho", "--db", f"sqlite:///{db}"], elsewhere)
    assert done.returncode == 75, done.stderr
    assert str(db.with_name("articles.db.lock")) in done.stderr


def test_unknown_site_is_a_usage_error(tmp_path: Path) -> None:
    done = _run(["crawl", "khong-co"], tmp_path)
    assert done.returncode == 2
    assert "crawler sites" in done.stderr


def test_quiet_under_cron_and_a_log_file(tmp_path: Path) -> None:
    """No terminal (as under cron): nothing on stdout/stderr when all is well; the log is in output/logs."""
    with SampleServer([Portal("baolaocai", n_articles=6)]) as server:
        url = server.urls["baolaocai"]
        done = _run(["crawl", "baolaocai", "--base-url", url, "--fast-local", "--quiet"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    logs = list((tmp_path / "output" / "logs").glob("crawl-*.log"))
    assert len(logs) == 1 and "Spider closed (finished)" in logs[0].read_text("utf-8")
    assert (tmp_path / "output" / "reports" / "latest.json").exists()


def test_pages_of_undeclared_domains_are_parsed_by_fingerprint_and_counted(tmp_path: Path) -> None:
    portal = Portal("baocantho", n_articles=4)
    with SampleServer([portal]):
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(portal.article_url(i) for i in portal.article_ids()), encoding="utf-8")
        done = _run(["crawl", "--urls", str(urls), "--fast-local", "--quiet"], tmp_path)
    assert done.returncode == 0, done.stderr
    import json

    from crawler.store import Store

    report = json.loads((tmp_path / "output" / "reports" / "latest.json").read_text("utf-8"))
    assert report["sites"]["urls"]["undeclared_domains"] == {"127.0.0.1": 4}
    with Store(f"sqlite:///{tmp_path / 'output' / 'articles.db'}") as store:
        items = list(store.iter_articles())
    assert len(items) == 4
    assert {i["extraction"] for i in items} == {"a_id (fingerprint)"}
    assert all(i["site"] is None and i["title"] and i["body"] for i in items)
