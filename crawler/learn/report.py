"""What a learned declaration makes of each page, as a table a maintainer reads before keeping it."""

from __future__ import annotations

from collections.abc import Sequence

from ..parsers import family_class
from .learner import Learned

__all__ = ["report"]

_COLUMNS = ("title", "published_at", "authors", "tags", "captions", "body", "fell back")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def report(learned: Learned, pages: Sequence[tuple[bytes, str]]) -> str:
    """Per page: title, date, authors, tags, captions, body length and the fields that fell back;
    then each key learned (with its agreement), each not learned (why), and each page not explained."""
    parser = family_class(learned.family)(learned.overrides)
    rows = []
    for html, url in pages:
        result = parser.parse_with_report(html, url)
        item = result.item
        captions = [im for im in item["images"] if im.get("caption")]
        rows.append((
            _cut(item["title"] or "-", 40), (item["published_at"] or "-")[:16], _cut(", ".join(item["authors"]) or "-", 24),
            str(len(item["tags"])), str(len(captions)), f"{len(item['body'])} ch", ", ".join(result.fallbacks) or "-",
        ))
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(_COLUMNS)]
    lines = [f"family: {learned.family} (from {learned.n_pages} pages)", ""]
    lines.append("  ".join(c.ljust(w) for c, w in zip(_COLUMNS, widths)))
    for (_, url), row in zip(pages, rows):
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths)))
        lines.append(f"  {url}")
    lines.append("")
    for key, selector in sorted(learned.overrides.items()):
        agreed = learned.note.get(key, "family's")
        lines.append(f"  {key:<12} {agreed:>6}  {selector}")
    for key, why in sorted(learned.not_learned.items()):
        lines.append(f"  {key:<12} {'-':>6}  not learned: {why}")
    for key, urls in sorted(learned.unexplained().items()):
        if key in learned.overrides:
            for url in urls:
                lines.append(f"  {key:<12} {'!':>6}  not explained by the learned selector: {url}")
    for key, urls in sorted(learned.absent().items()):
        if key in learned.overrides:
            for url in urls:
                lines.append(f"  {key:<12} {'?':>6}  none on this page (nothing to check against): {url}")
    return "\n".join(lines)
