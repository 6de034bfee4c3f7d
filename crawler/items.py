"""The article item: its field names are a contract (see docs/ITEM.md)."""

from __future__ import annotations

from typing import Any

__all__ = ["ARTICLE_FIELDS", "LIST_FIELDS", "new_item"]

ARTICLE_FIELDS: tuple[str, ...] = (
    "url",
    "canonical_url",
    "site",
    "province",
    "title",
    "sapo",
    "body",
    "body_html",
    "authors",
    "source",
    "published_at",
    "modified_at",
    "published_raw",
    "event_date",
    "tags",
    "category",
    "images",
    "attachments",
    "language",
    "fetched_at",
    "content_hash",
    "extraction",
)
LIST_FIELDS = frozenset({"authors", "tags", "category", "images", "attachments"})
_STR_FIELDS = frozenset({"url", "canonical_url", "title", "sapo", "body", "body_html", "published_raw", "language"})


def new_item() -> dict[str, Any]:
    """An item with every field present and empty: [] for lists, "" for text, None otherwise."""
    return {f: [] if f in LIST_FIELDS else "" if f in _STR_FIELDS else None for f in ARTICLE_FIELDS}
