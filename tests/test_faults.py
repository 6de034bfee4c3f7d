"""Crawls against portals that misbehave (crawler/samples/faults.py): nothing is lost, transient faults
are got over by Scrapy's retries, lasting ones are recorded as failures and retried by the next run
once healed, and a site whose layout changed is reported broken (exit code 3).

Each crawl runs as a subprocess (as tests/test_e2e.py does) with ``--fast-local``,
``DOWNLOAD_TIMEOUT=2``, ``RETRY_TIMES=2`` and ``FAILURE_RETRY_AFTER_SECONDS=0`` (the failures' back-off
base: 0 makes them due at once), into a SQLite store in a temporary folder.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crawler.samples import Portal
from crawler.samples.faults import (
    FAULT_KINDS,
    PERMANENT_FAULTS,
    TRANSIENT_FAULTS,
    FaultyPortal,
    FaultyServer,
    change_layout,
    default_plan,
)
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
SITE = "baolaocai"  # mcms family
HEALTHY_SITE = "baoapbac"  # ym_slug family
N = 24  # every fault kind at least once (default_plan: every other id faulty)
UNCHECKED = {"fetched_at", "content_hash", "body_html"}
COMMON = ("-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=2", "-s", "FAILURE_RETRY_AFTER_SECONDS=0")
# What a failure's reason says for each lasting fault.
REASONS = {
    "500_always": r"HTTP 500",
    "404": r"HTTP 404",
    "timeout_always": r"(?i)time.?out|took longer",
    "redirect_loop": r"(?i)redirect",
}


def say(request: pytest.FixtureRequest, line: str) -> None:
    """A line on the terminal whether or not pytest captures output (-s or not)."""
    print(line)
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)


@dataclass
class Run:
    returncode: int
    report: dict[str, Any]
    stderr: str
    log: str
    stored: dict[str, dict[str, Any]]  # url → stored item
    failures: dict[str, dict[str, Any]]  # url → failure row
    seconds: float

    def section(self, site: str = SITE) -> dict[str, Any]:
        return self.report["sites"][site]

    def figures(self, site: str = SITE) -> dict[str, int]:
        sec = self.section(site)
        a = sec["articles"]
        discovered = sec["article_requests"]
        return {"discovered": discovered, "stored": a["new"] + a["updated"], "failed": a["failed"],
                "lost": discovered - a["new"] - a["updated"] - a["failed"]}

    def stat(self, name: str) -> int | None:
        """A value of the Scrapy stats dumped at the end of the log (None when absent)."""
        m = re.search(rf"'{re.escape(name)}': (\d+)", self.log)
        return int(m.group(1)) if m else None


def crawl(tmp: Path, server: FaultyServer, *extra: str) -> Run:
    log = tmp / f"crawl-{time.monotonic_ns()}.log"
    args = [sys.executable, "-m", "crawler.cli", "crawl", *server.urls, "--quiet", "--fast-local",
            "--db", f"sqlite:///{tmp / 'articles.db'}", "-s", f"REPORT_DIR={tmp / 'reports'}",
            "-s", f"LOG_FILE={log}", *COMMON, *extra]
    for site, url in server.urls.items():
        args += ["--base-url", f"{site}={url}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    started = time.monotonic()
    done = subprocess.run(args, cwd=tmp, env=env, capture_output=True, text=True, timeout=240,
                          stdin=subprocess.DEVNULL, check=False)
    seconds = time.monotonic() - started
    report_file = tmp / "reports" / "latest.json"
    assert report_file.exists(), f"no run report (exit {done.returncode}): {done.stderr[-3000:]}"
    report = json.loads(report_file.read_text("utf-8"))
    with Store(f"sqlite:///{tmp / 'articles.db'}") as store:
        stored = {item["url"]: item for item in store.iter_articles()}
        failures = {row["url"]: row for row in store.failures()}
    return Run(done.returncode, report, done.stderr, log.read_text("utf-8") if log.exists() else "", stored,
               failures, seconds)


# --- the faulty server itself (no crawl) -----------------------------------------------------------------


def _get(base: str, path: str, timeout: float = 1.0) -> tuple[Any, ...]:
    host, port = base.split("//")[1].rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        return r.status, dict(r.getheaders()), body
    except (OSError, http.client.HTTPException) as exc:
        return type(exc).__name__, {}, b""
    finally:
        conn.close()


def test_default_plan_spreads_every_kind_deterministically() -> None:
    plan = default_plan(range(1, N + 1))
    assert plan == default_plan(reversed(range(1, N + 1)))
    assert set(plan.values()) == set(FAULT_KINDS)
    assert len(plan) == N // 2 and all(i % 2 == 1 for i in plan)
    assert TRANSIENT_FAULTS | PERMANENT_FAULTS | {"layout_changed"} == set(FAULT_KINDS)
    with pytest.raises(ValueError):
        default_plan([1], kinds=["nope"])


def test_layout_change_renames_the_key_classes_only() -> None:
    page = ('<div class="article__body cms-body" id="x"><h1 class="title-detail">T</h1>'
            '<div class="content-fck slider">content-fck in text</div><p class="sapo">s</p></div>')
    changed = change_layout(page)
    assert 'class="story-content cms-body"' in changed and 'class="tieu-de"' in changed
    assert 'class="noi-dung slider"' in changed and ">content-fck in text<" in changed
    for site in ("baocantho", "baolaocai", "tiengiang", "baoapbac", "vnexpress"):
        portal = FaultyPortal(Portal(site, n_articles=3), {1: "layout_changed"})
        _, _, body = portal.handle(portal.article_path(1))
        _, _, healthy = portal.handle(portal.article_path(2))
        assert not re.search(r'class="[^"]*\b(?:article__body|content-fck|journal-content-article|content-detail|'
                             r'fck_detail|title-detail)\b', body.decode()), site
        assert re.search(r'class="[^"]*\b(?:article__body|content-fck|journal-content-article|content-detail|'
                         r'fck_detail)\b', healthy.decode()), site


def test_each_fault_is_served_as_planned_then_heals() -> None:
    kinds = [k for k in FAULT_KINDS]
    portal = FaultyPortal(Portal(SITE, n_articles=len(kinds)), {i + 1: k for i, k in enumerate(kinds)},
                          hang_seconds=20, slow_seconds=0.3)
    got: dict[str, list[Any]] = {}
    with FaultyServer([portal]) as server:
        base = server.urls[SITE]
        for i, kind in enumerate(kinds, start=1):
            path = portal.article_path(i)
            got[kind] = [_get(base, path, timeout=0.6) for _ in range(2)]
        portal.heal()
        healed = {kind: _get(base, portal.article_path(i))[0] for i, kind in enumerate(kinds, start=1)}
        assert portal.stalling >= 1  # the timed-out requests are still held back by the server
        started = time.monotonic()
    while portal.stalling and time.monotonic() - started < 3:
        time.sleep(0.01)
    assert portal.stalling == 0, "stalled answers outlive the server"
    assert time.monotonic() - started < 3
    status = {k: [g[0] for g in v] for k, v in got.items()}
    assert status["503_once"] == [503, 200] and got["503_once"][0][1].get("Retry-After") == "1"
    assert status["500_always"] == [500, 500]
    assert status["timeout_once"] == ["TimeoutError", 200]
    assert status["timeout_always"] == ["TimeoutError", "TimeoutError"]
    assert status["reset"] == ["ConnectionResetError", 200]
    assert status["truncated"] == ["IncompleteRead", 200]
    assert status["redirect_loop"] == [302, 302] and got["redirect_loop"][0][1]["Location"].endswith("?bounce=1")
    assert status["slow"] == [200, 200] and len(got["slow"][0][2]) == len(got["slow"][1][2]) > 1000
    assert status["404"] == [404, 404]
    assert status["layout_changed"] == [200, 200] and b"story-content" in got["layout_changed"][0][2]
    assert set(healed.values()) == {200}, healed


def test_redirect_loop_ping_pongs_between_two_urls() -> None:
    portal = FaultyPortal(Portal(SITE, n_articles=2), {1: "redirect_loop"})
    with FaultyServer([portal]) as server:
        path = portal.article_path(1)
        first = _get(server.urls[SITE], path)
        second = _get(server.urls[SITE], first[1]["Location"])
    assert first[0] == second[0] == 302
    assert second[1]["Location"] == path


def test_first_request_is_counted_per_url_and_thread_safe() -> None:
    portal = FaultyPortal(Portal(SITE, n_articles=4), {1: "503_once", 2: "503_once"})
    results: list[Any] = []
    with FaultyServer([portal]) as server:
        base = server.urls[SITE]

        def hit(i: int) -> None:
            results.append((i, _get(base, portal.article_path(i))[0]))

        threads = [threading.Thread(target=hit, args=(1 + n % 2,)) for n in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
    assert len(results) == 40
    for i in (1, 2):
        statuses = sorted((s for j, s in results if j == i), key=str)
        assert statuses == [200] * 19 + [503], (i, statuses)
    assert portal.requests_of(portal.article_path(1)) == 20


def test_server_binds_this_machine_only() -> None:
    with pytest.raises(ValueError):
        FaultyServer([Portal(SITE, n_articles=2)], host="0.0.0.0")


# --- two crawls against a faulty portal ---------------------------------------------------------------


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("faults")
    portal = FaultyPortal(Portal(SITE, n_articles=N, per_page=8), default_plan(range(1, N + 1)))
    with FaultyServer([portal]) as server:
        first = crawl(tmp, server)
        plan = dict(portal.plan)
        portal.heal()  # the site is repaired
        portal.reset_counts()
        second = crawl(tmp, server)
    yield portal, plan, first, second


def _urls(portal: FaultyPortal, plan: dict[int, str], *kinds: str | None) -> dict[int, str]:
    return {i: portal.article_url(i) for i in portal.article_ids() if plan.get(i) in kinds}


def test_run1_loses_nothing(runs, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    """lost = discovered − stored − failed = 0, in the run report and in the store."""
    portal, plan, first, _ = runs
    fig = first.figures()
    in_store = {i: u for i, u in _urls(portal, plan, *FAULT_KINDS, None).items()
                if u in first.stored or u in first.failures}
    missing = {i: plan.get(i) for i in portal.article_ids() if i not in in_store}
    say(request, f"faults run 1 ({SITE}, {N} articles, {len(plan)} faulty, exit {first.returncode}, "
                 f"{first.seconds:.1f}s): discovered {fig['discovered']}, stored {fig['stored']}, "
                 f"failed {fig['failed']}, lost {fig['lost']}; store: {len(first.stored)} articles, "
                 f"{len(first.failures)} failures; neither stored nor failed: {missing or 'none'}")
    assert first.section()["finish_reason"] == "finished"
    assert first.returncode in (0, 3), first.stderr[-2000:]  # 3: the lasting faults may exceed the error rate
    assert fig["discovered"] == N, fig
    assert not missing, f"articles neither stored nor recorded as failed (lost): {missing}"
    assert fig["lost"] == 0, fig


def test_run1_transient_faults_end_stored_and_match_the_portal(runs) -> None:  # type: ignore[no-untyped-def]
    portal, plan, first, _ = runs
    wanted = _urls(portal, plan, *TRANSIENT_FAULTS, None)
    not_stored = {i: plan.get(i) for i, u in wanted.items() if u not in first.stored}
    assert not not_stored, f"transient faults (or healthy pages) not stored in run 1: {not_stored}"
    mismatches = []
    for i, url in wanted.items():
        expected = portal.expected_item(i)
        item = first.stored[url]
        wrong = {f: (v, item.get(f)) for f, v in expected.items() if f not in UNCHECKED and item.get(f) != v}
        if wrong:
            mismatches.append((i, plan.get(i), wrong))
    assert not mismatches, json.dumps(mismatches[:3], ensure_ascii=False, indent=1)[:3000]
    assert not any(u in first.failures for u in wanted.values())


def test_run1_lasting_faults_are_failures_with_their_reason(runs) -> None:  # type: ignore[no-untyped-def]
    portal, plan, first, _ = runs
    problems = []
    for i, url in _urls(portal, plan, *PERMANENT_FAULTS).items():
        kind = plan[i]
        row = first.failures.get(url)
        if url in first.stored:
            problems.append(f"{i} ({kind}) was stored")
        elif row is None:
            problems.append(f"{i} ({kind}) has no failure row")
        elif not re.search(REASONS[kind], row["reason"] or ""):
            problems.append(f"{i} ({kind}) reason {row['reason']!r} does not say {REASONS[kind]}")
        elif row["site"] != SITE or row["attempts"] != 1:
            problems.append(f"{i} ({kind}) row {row}")
    assert not problems, "\n".join(problems)


def test_run1_layout_changed_page_is_not_lost(runs) -> None:  # type: ignore[no-untyped-def]
    portal, plan, first, _ = runs
    for i, url in _urls(portal, plan, "layout_changed").items():
        assert url in first.stored or url in first.failures, i
        if url in first.stored:  # the generic extractor read it: the text is still the article's
            assert first.stored[url]["title"] == portal.expected_item(i)["title"]


def test_run2_retries_the_failures_once_healed(runs, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    """The next run asks again for the failures whose back-off is over (FAILURE_RETRY_AFTER_SECONDS=0:
    all of them) and, the site healed, stores them; their failure rows are gone."""
    portal, plan, first, second = runs
    fig = second.figures()
    failed_before = {u for u in first.failures if u.startswith(portal.base_url)}
    retried = second.stat("articles/retried")
    still_missing = {i: plan.get(i) for i in portal.article_ids() if portal.article_url(i) not in second.stored}
    say(request, f"faults run 2 (healed, exit {second.returncode}, {second.seconds:.1f}s): discovered "
                 f"{fig['discovered']}, stored {fig['stored']}, failed {fig['failed']}, lost {fig['lost']}; "
                 f"retried from the failures table: {retried}; store: {len(second.stored)} articles, "
                 f"{len(second.failures)} failures; not stored: {still_missing or 'none'}")
    assert second.returncode == 0, second.stderr[-2000:]
    assert failed_before, "run 1 recorded no failure: nothing to retry"
    assert retried == len(failed_before), (retried, sorted(failed_before))
    assert not still_missing, f"not stored after the healed run: {still_missing}"
    assert not second.failures, f"failures left: {list(second.failures.items())[:3]}"
    assert fig["lost"] == 0 and fig["failed"] == 0, fig
    for url in failed_before:
        i = next(i for i in portal.article_ids() if portal.article_url(i) == url)
        expected = portal.expected_item(i)
        wrong = {f: v for f, v in expected.items() if f not in UNCHECKED and second.stored[url].get(f) != v}
        assert not wrong, (i, plan.get(i), wrong)


# --- a redesigned site is reported broken ---------------------------------------------------------------


@pytest.fixture(scope="module")
def redesign(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("redesign")
    changed = Portal(SITE, n_articles=12, per_page=6)
    faulty = FaultyPortal(changed, {i: "layout_changed" for i in changed.article_ids()})
    healthy = Portal(HEALTHY_SITE, n_articles=12, per_page=6)
    with FaultyServer([faulty, healthy]) as server:
        run = crawl(tmp, server)
    yield run


def test_site_whose_layout_changed_is_broken_and_exit_code_is_3(redesign, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    run = redesign
    changed, healthy = run.section(SITE), run.section(HEALTHY_SITE)
    say(request, f"redesign run (exit {run.returncode}): {SITE} broken={changed.get('broken')} "
                 f"problems={changed.get('problems')}; {HEALTHY_SITE} broken={healthy.get('broken')} "
                 f"problems={healthy.get('problems')}")
    assert run.returncode == 3, (run.returncode, run.stderr[-2000:])
    assert changed.get("broken") is True, changed
    assert changed.get("problems") and all(isinstance(p, str) and p for p in changed["problems"])
    assert healthy.get("broken") is False, healthy
    assert healthy.get("problems") == []
    assert SITE in run.stderr and "broken" in run.stderr
    assert HEALTHY_SITE not in run.stderr
