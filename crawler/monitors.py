"""Per-site monitoring with spidermon: a site whose crawl stops yielding good items is *broken*.

When a spider closes, the suite checks its stats against thresholds (defaults in
``settings.MONITOR_THRESHOLDS``, overridden per site by ``Site.thresholds``):

- finish reason: the crawl ended normally (not cancelled, not shut down, the store did not fail);
- navigation: at least one listing, feed or sitemap page answered (a site that refuses connections
  or answers 404 everywhere is broken, whatever else the run did), with the reasons when none did;
- writes: every write to the store succeeded;
- readable text: few pages whose text looks garbled (a wrong or missing character set, a legacy
  Vietnamese encoding read as Latin-1);
- article links: listing pages that hold no link of the family's article URL shape;
- error rate: article pages that failed (HTTP errors, time-outs, unparsable) / article pages asked for;
- item ratio: valid items / article pages asked for (a redesign often makes pages unreadable);
- field coverage among valid items: ``title``, ``body``, ``published_at`` nearly always (0.95) —
  every article has them; ``authors`` 0.3 — provincial papers sign most articles, but government
  portals, photo stories and wire copy ("Theo TTXVN") often carry no person's name; ``tags`` 0 by
  default, since many portals have none (a site that does declares its own level);
- selector fallbacks: share of items whose title, body or date the family's selectors no longer
  found (the generic extractor filled them in). A site redesign shows here first, even while the
  fallback keeps coverage up.

A run with fewer than ``min_articles`` article pages (an incremental run with little new) is not
judged. The failed checks are kept on the crawler (``crawler.monitor_problems``) for the run report,
and ``crawler crawl`` exits with code 3 when a site is broken.
"""

from __future__ import annotations

from typing import Any

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action

DEFAULT_THRESHOLDS: dict[str, float] = {
    "min_articles": 5,
    "max_error_rate": 0.2,
    "min_item_ratio": 0.6,
    "coverage/title": 0.95,
    "coverage/body": 0.95,
    "coverage/published_at": 0.95,
    "coverage/authors": 0.3,
    "coverage/tags": 0.0,
    "max_fallback_rate": 0.5,
    "max_garbled_rate": 0.1,
}
FALLBACK_FIELDS = ("title", "body", "published_at")


def thresholds(crawler: Any, spider: Any) -> dict[str, float]:
    merged = dict(DEFAULT_THRESHOLDS)
    merged.update(crawler.settings.getdict("MONITOR_THRESHOLDS") or {})
    site = getattr(spider, "site", None)
    merged.update(getattr(site, "thresholds", None) or {})
    return merged


class _SiteMonitor(Monitor):
    @property
    def limits(self) -> dict[str, float]:
        return thresholds(self.data.crawler, self.data.spider)

    @property
    def stats(self) -> dict[str, Any]:
        return self.data.stats

    def asked(self) -> int:
        return int(self.stats.get("articles/discovered", 0))

    def judged(self) -> bool:
        return self.asked() >= self.limits["min_articles"]

    def items(self) -> int:
        return int(self.stats.get("articles/valid", 0))

    def parsed(self) -> int:
        """Pages that gave an item, valid or not (what field coverage is a share of)."""
        return self.items() + int(self.stats.get("articles/invalid", 0))


@monitors.name("Finish reason")
class FinishReasonMonitor(_SiteMonitor):
    @monitors.name("the crawl finished normally")
    def test_finished(self) -> None:
        reason = self.stats.get("finish_reason")
        if reason not in ("finished", None):
            self.fail(f"the crawl ended with '{reason}'")


@monitors.name("Navigation")
class NavigationMonitor(_SiteMonitor):
    @monitors.name("listings, feeds or sitemaps answered")
    def test_answered(self) -> None:
        asked = int(self.stats.get("navigation/requested", 0))
        if not asked or int(self.stats.get("navigation/answered", 0)) or self.stats.get("finish_reason") == "shutdown":
            return
        if self.data.crawler.settings.get("DISTRIBUTED_RUN_KEY"):
            return  # another worker may have fetched them: judged on the run's totals (crawler.distributed)
        reasons = {k.split("/", 2)[2]: int(v) for k, v in self.stats.items() if k.startswith("navigation/failed/")}
        why = ", ".join(f"{reason} ×{n}" for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]))
        self.fail(f"none of {asked} listing, feed or sitemap requests got a page ({why or 'no answer'}): "
                  "is the site down, moved or blocking us?")


@monitors.name("Store writes")
class StoreWritesMonitor(_SiteMonitor):
    @monitors.name("every write to the store succeeded")
    def test_writes(self) -> None:
        errors = int(self.stats.get("store/write_errors", 0)) + int(self.stats.get("store/failed", 0))
        if errors:
            self.fail(f"{errors} writes to the store failed (see the log): the next run resumes this site")


@monitors.name("Readable text")
class GarbledTextMonitor(_SiteMonitor):
    @monitors.name("the text is readable")
    def test_garbled(self) -> None:
        parsed = self.parsed()
        garbled = int(self.stats.get("articles/garbled", 0))
        if not parsed or not garbled:
            return
        rate, limit = garbled / parsed, self.limits["max_garbled_rate"]
        if rate > limit:
            self.fail(f"the text of {garbled} of {parsed} pages looks garbled ({rate:.0%} > {limit:.0%}): "
                      "a wrong character set?")


@monitors.name("Error rate")
class ErrorRateMonitor(_SiteMonitor):
    @monitors.name("few article pages failed")
    def test_error_rate(self) -> None:
        if not self.judged():
            return
        failed = int(self.stats.get("articles/failed", 0))
        rate = failed / self.asked()
        limit = self.limits["max_error_rate"]
        if rate > limit:
            self.fail(f"{failed} of {self.asked()} article pages failed ({rate:.0%} > {limit:.0%})")


@monitors.name("Article links")
class ArticleLinksMonitor(_SiteMonitor):
    @monitors.name("listing pages lead to articles")
    def test_links(self) -> None:
        pages = int(self.stats.get("listings/pages", 0))
        links = int(self.stats.get("listings/article_links", 0))
        if pages and not links:
            self.fail(f"no article link on {pages} listing pages (the site's URL pattern or its layout changed?)")


@monitors.name("Item count")
class ItemCountMonitor(_SiteMonitor):
    @monitors.name("article pages give items")
    def test_item_ratio(self) -> None:
        if not self.judged():
            return
        ratio = self.items() / self.asked()
        limit = self.limits["min_item_ratio"]
        if ratio < limit:
            self.fail(f"only {self.items()} valid items from {self.asked()} article pages ({ratio:.0%} < {limit:.0%})")


@monitors.name("Field coverage")
class FieldCoverageMonitor(_SiteMonitor):
    @monitors.name("fields are filled")
    def test_coverage(self) -> None:
        parsed = self.parsed()
        if not self.judged() or not parsed:
            return
        low = []
        for key, limit in self.limits.items():
            if not key.startswith("coverage/") or not limit:
                continue
            field = key.split("/", 1)[1]
            cover = 1 - int(self.stats.get(f"articles/missing/{field}", 0)) / parsed
            if cover < limit:
                low.append(f"{field} {cover:.0%} < {limit:.0%}")
        if low:
            self.fail("low field coverage: " + ", ".join(low))

    @monitors.name("the family's selectors still match")
    def test_fallbacks(self) -> None:
        if not self.judged() or not self.items():
            return
        limit = self.limits["max_fallback_rate"]
        high = []
        for field in FALLBACK_FIELDS:
            rate = int(self.stats.get(f"articles/fallback/{field}", 0)) / self.items()
            if rate > limit:
                high.append(f"{field} {rate:.0%}")
        if high:
            self.fail("selectors no longer match (layout changed?), fell back for: " + ", ".join(high))


class KeepProblems(Action):
    """Puts the failed checks on the crawler, for the run report and the exit code."""

    def run_action(self) -> None:
        problems = []
        for result in self.result.monitors_failed_results:
            text = (result.error or "").strip().splitlines()
            message = text[-1] if text else result.item.name
            problems.append(message.removeprefix("AssertionError: "))
        self.data.crawler.monitor_problems = problems


class SiteCloseMonitorSuite(MonitorSuite):
    monitors = [FinishReasonMonitor, NavigationMonitor, StoreWritesMonitor, ArticleLinksMonitor, ErrorRateMonitor,
                ItemCountMonitor, FieldCoverageMonitor, GarbledTextMonitor]
    monitors_finished_actions = [KeepProblems]
