"""Enrichment after parsing: the places an article is about (``places``), for filtering by province.

Kept out of the page parsers on purpose: a parser is a pure, fast function of the page; knowing
which provinces and towns a text names is a property of the text, computed once per stored item.
"""

from __future__ import annotations

from typing import Any


class PlacesPipeline:
    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PlacesPipeline":
        return cls(crawler.stats)

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        from ..places import places

        item["places"] = places(item.get("title") or "", item.get("sapo") or "", item.get("body") or "",
                                site_province=item.get("province"))
        if item["places"].get("provinces"):
            self.stats.inc_value("articles/with_places")
        return item
