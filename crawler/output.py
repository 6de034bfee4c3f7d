"""``crawl -o FILE``: this run's items as one JSON Lines file, whole records only, written atomically.

Every spider of the run (and every worker of a distributed run) writes its items to a part file of
its own beside FILE (``.FILE.<run-id>.<worker>.<site>.part``, through Scrapy's feed exports), so no
two writers ever share a file; at the end of the run ``merge_outputs`` joins the parts into FILE (a
temporary file renamed over it) and removes them. A run stopped by SIGKILL leaves its parts behind for
a person to look at, and FILE as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .fileio import atomic_open
from .items import ARTICLE_FIELDS

__all__ = ["feed_settings", "merge_outputs", "part_glob"]

OUTPUT_FIELDS = (*ARTICLE_FIELDS, "places")


def _prefix(target: str | Path, run_id: str) -> Path:
    target = Path(target)
    return target.with_name(f".{target.name}.{run_id}")


def feed_settings(target: str | Path, run_id: str, worker: str = "p") -> dict[str, Any]:
    """The ``FEEDS`` setting that sends each spider's items to its own part file."""
    part = Path(f"{_prefix(target, run_id)}.{worker}.%(name)s.part").absolute()
    return {str(part): {
        "format": "jsonlines", "encoding": "utf-8", "overwrite": True, "fields": list(OUTPUT_FIELDS),
    }}


def part_glob(target: str | Path, run_id: str) -> list[Path]:
    prefix = _prefix(target, run_id)
    return sorted(prefix.parent.glob(f"{prefix.name}.*.part"))


def merge_outputs(target: str | Path, run_id: str) -> dict[str, Any]:
    """Join the run's part files into ``target`` (atomically) and remove them; returns the path and the
    number of records."""
    parts = part_glob(target, run_id)
    records = 0
    with atomic_open(target, "wb", encoding=None) as out:
        for part in parts:
            data = part.read_bytes()
            if data and not data.endswith(b"\n"):  # a writer stopped mid-record: keep whole records only
                data = data[: data.rfind(b"\n") + 1]
            out.write(data)
            records += data.count(b"\n")
    for part in parts:
        part.unlink(missing_ok=True)
    return {"path": str(target), "records": records}
