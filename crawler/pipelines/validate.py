"""Keep items that hold an article; count what is missing (stats ``articles/missing/<field>``) and the
pages whose text looks garbled (``articles/garbled``: a wrong character set)."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from ..charset import garbled

REQUIRED = ("url", "title", "body")
WATCHED = ("title", "sapo", "body", "authors", "published_at", "tags", "category", "images", "event_date")


class ValidatePipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ValidatePipeline":
        return cls(crawler.stats)

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        if garbled(f"{item.get('title') or ''} {(item.get('body') or '')[:3000]}"):
            self.stats.inc_value("articles/garbled")
        for field in WATCHED:
            if not item.get(field):
                self.stats.inc_value(f"articles/missing/{field}")
        missing = [f for f in REQUIRED if not item.get(f)]
        if missing:
            self.stats.inc_value("articles/invalid")
            reason = f"no {', '.join(missing)} found on the page (layout changed?)"
            store = getattr(spider, "store", None)
            if store is not None:
                try:
                    store.record_failure((item.get("_urls") or [item.get("url")])[0], item.get("site"), reason)
                except Exception:  # noqa: BLE001 - the URL stays on the frontier; the run is not complete
                    self.stats.inc_value("store/write_errors")
            raise DropItem(f"{reason}: {item.get('url')}")
        self.stats.inc_value("articles/valid")
        return item
