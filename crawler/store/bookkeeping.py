"""What the crawl keeps besides articles: the frontier (discovered, not stored yet), failed URLs and
their retries, run reports, and per site whether its last crawl finished."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from .common import _chunks, _retry_delay, now_iso
from .schema import VN_TZ, failures, frontier, runs, site_runs


class BookkeepingMixin:
    """The bookkeeping part of ``Store``."""

    engine: Engine
    retry_base: timedelta

    # --- the frontier: discovered, not stored yet ------------------------------------------------

    def add_frontier(self, site: str | None, urls: Iterable[str], run_id: str | None = None) -> int:
        """Record article URLs a crawl has just discovered (those already recorded are left as they are);
        returns how many are new to the frontier."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        if not wanted:
            return 0
        stamp = now_iso()
        with self._writing() as conn:
            have: set[str] = set()
            for chunk in _chunks(wanted):
                have.update(r[0] for r in conn.execute(select(frontier.c.url).where(frontier.c.url.in_(chunk))))
            rows = [{"url": u, "site": site, "discovered_at": stamp, "run_id": run_id} for u in wanted if u not in have]
            if rows:
                conn.execute(insert(frontier), rows)
        return len(rows)

    def frontier(self, site: str | None = None) -> list[str]:
        """The URLs discovered and not stored yet (of ``site``), oldest first."""
        q = select(frontier.c.url).order_by(frontier.c.discovered_at, frontier.c.url)
        if site is not None:
            q = q.where(frontier.c.site == site)
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

    def drop_frontier(self, urls: Iterable[str]) -> int:
        """Take URLs off the frontier (they are stored, or no article after all); returns how many."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        removed = 0
        if wanted:
            with self._writing() as conn:
                for chunk in _chunks(wanted):
                    removed += conn.execute(delete(frontier).where(frontier.c.url.in_(chunk))).rowcount or 0
        return removed

    # --- failures --------------------------------------------------------------------------------

    def record_failure(self, url: str, site: str | None, reason: str, *, now: datetime | None = None,
                       permanent: bool = False) -> None:
        """Count a failure of ``url`` (and take it off the frontier: the failure owns it now). Its next
        retry is due 1 h × 2^(attempts-1) later (at most 7 days); a ``permanent`` failure (a page that can
        never be an article of the site, such as a redirect elsewhere) is not retried: it stays
        recorded, with its reason."""
        moment = now or datetime.now(VN_TZ)
        stamp = now_iso(moment)
        with self._writing() as conn:
            conn.execute(delete(frontier).where(frontier.c.url == url))
            q = select(failures.c.id, failures.c.attempts).where(failures.c.url == url)
            found = conn.execute(q).first()
            attempts = 1 if found is None else (found.attempts or 0) + 1
            due = None if permanent else now_iso(moment + _retry_delay(attempts, self.retry_base))
            if found is None:
                conn.execute(
                    insert(failures).values(
                        url=url, site=site, reason=reason, attempts=1, first_failed_at=stamp,
                        last_failed_at=stamp, next_retry_at=due,
                    )
                )
            else:
                values: dict[str, Any] = {
                    "reason": reason, "attempts": attempts, "last_failed_at": stamp, "next_retry_at": due,
                }
                if site is not None:
                    values["site"] = site
                conn.execute(update(failures).where(failures.c.id == found.id).values(**values))

    def clear_failure(self, url: str) -> None:
        self.clear_failures([url])

    def clear_failures(self, urls: Iterable[str]) -> int:
        """Forget the failures of these URLs (they are stored now); returns how many were removed."""
        urls = [u for u in dict.fromkeys(urls) if u]
        removed = 0
        if not urls:
            return 0
        with self._writing() as conn:
            for chunk in _chunks(urls):
                removed += conn.execute(delete(failures).where(failures.c.url.in_(chunk))).rowcount or 0
        return removed

    def failures(
        self, site: str | None = None, due_only: bool = False, *, now: datetime | None = None
    ) -> list[dict[str, Any]]:
        """Failed URLs (of ``site``), soonest retry first; ``due_only``: those whose retry time has come."""
        q = select(failures)
        if site is not None:
            q = q.where(failures.c.site == site)
        if due_only:
            q = q.where(failures.c.next_retry_at <= now_iso(now))
        q = q.order_by(failures.c.next_retry_at, failures.c.id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # --- runs ------------------------------------------------------------------------------------

    def record_run(self, run_id: str, report: Mapping[str, Any]) -> None:
        """Keep a run's report (JSON). ``started_at``/``finished_at`` are read from the report when it has
        them (``finished_at`` defaults to now); recording the same ``run_id`` again replaces it."""
        started = report.get("started_at")
        finished = report.get("finished_at")
        values = {
            "started_at": now_iso(started) if isinstance(started, datetime) else started,
            "finished_at": now_iso(finished) if isinstance(finished, datetime) else (finished or now_iso()),
            "report": json.dumps(report, ensure_ascii=False, default=str),
        }
        with self._writing() as conn:
            done = conn.execute(update(runs).where(runs.c.run_id == run_id).values(**values))
            if not done.rowcount:
                conn.execute(insert(runs).values(run_id=run_id, **values))

    def runs(self, limit: int | None = 20) -> list[dict[str, Any]]:
        """The latest recorded runs, newest first, with ``report`` decoded."""
        q = select(runs).order_by(runs.c.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [{**r, "report": json.loads(r["report"] or "{}")} for r in conn.execute(q).mappings()]

    def site_started(self, site: str, run_id: str | None = None) -> bool:
        """Mark a site's crawl as started by run ``run_id``; True when the crawl before it did not finish
        (the run must resume it). Another worker of the same run gets the answer the first one got."""
        with self._writing() as conn:
            before = conn.execute(select(site_runs).where(site_runs.c.site == site)).mappings().first()
            if before is not None and run_id is not None and before["run_id"] == run_id:
                return bool(before["resume"])
            resume = before is not None and before["finished_at"] is None
            values = {"run_id": run_id, "started_at": now_iso(), "finished_at": None, "finish_reason": None,
                      "resume": int(resume)}
            if before is None:
                conn.execute(insert(site_runs).values(site=site, **values))
            else:
                conn.execute(update(site_runs).where(site_runs.c.site == site).values(**values))
        return resume

    def site_finished(self, site: str, reason: str) -> None:
        with self._writing() as conn:
            conn.execute(update(site_runs).where(site_runs.c.site == site)
                         .values(finished_at=now_iso(), finish_reason=reason))

