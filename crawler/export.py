"""Feeds from the store: JSON Lines, CSV for spreadsheets, Atom 1.0.

    export(store, "jsonl", "output/baocantho.jsonl", site="baocantho")
    export(store, "csv", "output/dong-thap.csv", province="Đồng Tháp", since="2025-11-01")
    export(store, "atom", "output/feed.atom", title="Tin Cần Thơ", site="baocantho")

Every file is written atomically: into a temporary file in the same directory, flushed and fsynced,
then renamed over the target (``os.replace``), so a reader never sees half a feed and a failed export
leaves the previous file as it was. ``-`` writes to stdout instead (not atomic then).

Filters: ``site``, ``province`` (exact match on the article's current province), ``since``
(``published_at`` at or after it: ``"2025-11-01"``, an ISO time, a ``date`` or ``datetime``).
Articles come newest published first.

* **jsonl**: one article per line, plain UTF-8 (Vietnamese unescaped), the ITEM.md fields in ITEM.md
  order plus ``version``. Streamed: memory stays flat whatever the store's size.
* **csv**: for Excel and friends: UTF-8 *with a BOM* (so Excel reads Vietnamese correctly), ``\\r\\n``
  line ends, a header row. Lists are joined to be readable: authors and tags with ``"; "``, the
  category breadcrumb with ``" > "``, image URLs with ``"; "``, attachments as ``"title <url>; …"``.
  ``body`` keeps its paragraph breaks (the cell is quoted). There is **no body_html column**: it is too
  big for a spreadsheet cell and useless there (jsonl has it). A cell that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading ``'``, as OWASP's "CSV Injection" page
  advises, so that a spreadsheet shows a stranger's text as text instead of evaluating it as a formula
  (``raw=True``, ``crawler export --raw``, writes the values as they are). Streamed like jsonl.
* **atom**: Atom 1.0 (feedgen). One entry per article: id = canonical URL, title, alternate link,
  published, updated (modified_at, else published_at, else fetched_at), an author per name in
  ``authors``, a category per tag and breadcrumb level, summary = sapo, content (``type="html"``) =
  ``body_html`` sanitised once more. The feed has the author "vnnews crawler", so every entry is valid
  even without a byline. feedgen builds the whole document in memory, so an Atom feed holds the
  ``limit`` newest articles (``ATOM_DEFAULT_LIMIT`` = 1000 unless given: ``crawler export --limit``).
  A feed of one site is titled with the outlet's name; the feed has a ``rel="self"`` link only when its
  public address is given (``link``), never a path of the machine that wrote it.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from .dates import VN_TZ
from .fileio import atomic_open
from .items import ARTICLE_FIELDS
from .store import Store

__all__ = ["ATOM_DEFAULT_LIMIT", "CSV_COLUMNS", "FORMATS", "JSONL_FIELDS", "export", "export_per"]

FORMATS = ("jsonl", "csv", "atom")
ATOM_DEFAULT_LIMIT = 1000
FEED_AUTHOR = "vnnews crawler"
DEFAULT_TITLE = "Vietnamese provincial news"

JSONL_FIELDS: tuple[str, ...] = (*ARTICLE_FIELDS, "places", "cluster_id", "version")
CSV_COLUMNS: tuple[str, ...] = tuple(f for f in JSONL_FIELDS if f != "body_html")

# Characters XML 1.0 does not allow (lxml refuses them): C0 controls but tab, LF, CR; U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export(
    store: Store,
    fmt: str,
    path: str | Path,
    *,
    site: str | None = None,
    province: str | None = None,
    since: str | date | datetime | None = None,
    title: str | None = None,
    limit: int | None = None,
    link: str | None = None,
    raw: bool = False,
) -> int:
    """Write the store's articles (filtered) as ``fmt`` to ``path`` (``-``: stdout); returns how many.

    ``limit`` caps the number of articles (newest first); for ``atom`` it defaults to
    ``ATOM_DEFAULT_LIMIT``, for the streamed formats to no limit. ``title`` and ``link`` (the feed's
    public URL, its ``rel="self"`` link and id) are used by ``atom`` only.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "atom" and limit is None:
        limit = ATOM_DEFAULT_LIMIT
    if fmt == "atom" and title is None and site is not None:
        from .sites import UnknownSite, get_site

        try:
            title = f"{get_site(site).title} — tin bài"  # the same title as `export --per site` gives it
        except UnknownSite:
            title = None
    articles = store.iter_articles(site=site, province=province, since=since, limit=limit)
    try:
        if fmt == "jsonl":
            with _output(path, "utf-8") as out:
                return _write_jsonl(articles, out)
        if fmt == "csv":
            with _output(path, "utf-8-sig", newline="") as out:
                return _write_csv(articles, out, raw=raw)
        data, n = _atom_bytes(articles, title=title, link=link, site=site, province=province, path=path)
        with _output(path, None) as out:
            out.write(data)
        return n
    finally:
        articles.close()  # releases the cursor when a write failed half-way


# --- formats -------------------------------------------------------------------------------------


def _write_jsonl(articles: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for item in articles:
        out.write(json.dumps({f: item.get(f) for f in JSONL_FIELDS}, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def _join(values: Iterable[Any], sep: str) -> str:
    return sep.join(str(v) for v in values if v not in (None, ""))


def _csv_attachment(att: Any) -> str:
    if not isinstance(att, dict):
        return str(att)
    title, url = att.get("title") or "", att.get("url") or ""
    return f"{title} <{url}>" if title and url else title or url


CSV_JOINERS: dict[str, Callable[[list[Any]], str]] = {
    "authors": lambda v: _join(v, "; "),
    "tags": lambda v: _join(v, "; "),
    "category": lambda v: _join(v, " > "),
    "images": lambda v: _join((i.get("url") if isinstance(i, dict) else i for i in v), "; "),
    "attachments": lambda v: _join((_csv_attachment(a) for a in v), "; "),
    # places: the provinces, then the localities with their province
    "places": lambda v: _join(
        [*(v.get("provinces") or []), *(f"{x.get('name')} ({x.get('province')})" for x in v.get("localities") or [])],
        "; ",
    ) if isinstance(v, dict) else "",
}


# What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any, raw: bool) -> Any:
    if not raw and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(articles: Iterable[dict[str, Any]], out: IO[str], raw: bool = False) -> int:
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for item in articles:
        row = []
        for col in CSV_COLUMNS:
            value = item.get(col)
            if col in CSV_JOINERS:
                value = CSV_JOINERS[col](value or ([] if col != "places" else {}))
            row.append("" if value is None else _cell(value, raw))
        writer.writerow(row)
        n += 1
    return n


def _xml_text(value: Any) -> str:
    return _XML_INVALID.sub("", str(value or ""))


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=VN_TZ)


def _sanitise(fragment: str) -> str:
    """body_html is sanitised by the parsers already; cleaned once more with the same rules so a feed
    can never carry script, style, event handlers or ``javascript:`` links."""
    from .parsers.body import sanitize_html

    return sanitize_html(fragment)


def _feed_id(link: str | None, site: str | None, province: str | None) -> str:
    if link:
        return link
    parts = [quote(site or "all", safe=""), quote(province or "all", safe="")]
    return "urn:vnnews:feed:" + ":".join(parts)


def _atom_bytes(
    articles: Iterator[dict[str, Any]],
    *,
    title: str | None,
    link: str | None,
    site: str | None,
    province: str | None,
    path: str | Path,
) -> tuple[bytes, int]:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(_feed_id(link, site, province))
    fg.title(_xml_text(title) or DEFAULT_TITLE)
    fg.author({"name": FEED_AUTHOR})
    fg.language("vi")
    fg.generator("vnnews crawler")
    if link:  # the feed's public address; a path on the machine that wrote it is nobody's link
        fg.link(href=link, rel="self")
    newest: datetime | None = None
    n = 0
    for item in articles:
        url = item["canonical_url"] or item["url"]
        fe = fg.add_entry(order="append")  # keep newest first
        fe.id(_xml_text(url))
        fe.title(_xml_text(item.get("title")) or _xml_text(url))
        fe.link(href=_xml_text(url), rel="alternate")
        published = _parse_time(item.get("published_at"))
        updated = (
            _parse_time(item.get("modified_at"))
            or published
            or _parse_time(item.get("fetched_at"))
            or _parse_time(item.get("last_seen_at"))
            or datetime.now(VN_TZ).replace(microsecond=0)
        )
        fe.updated(updated)
        if published:
            fe.published(published)
        for name in item.get("authors") or []:
            if _xml_text(name):
                fe.author({"name": _xml_text(name)})
        labels = [*(item.get("tags") or []), *(item.get("category") or [])]
        terms = dict.fromkeys(_xml_text(t) for t in labels)
        terms.pop("", None)
        if terms:
            fe.category([{"term": t} for t in terms])
        if item.get("sapo"):
            fe.summary(_xml_text(item["sapo"]))
        body_html = item.get("body_html") or "".join(
            f"<p>{html.escape(p)}</p>" for p in (item.get("body") or "").split("\n\n") if p.strip()
        )
        fe.content(_xml_text(_sanitise(body_html)), type="html")
        newest = updated if newest is None or updated > newest else newest
        n += 1
    fg.updated(newest or datetime.now(VN_TZ).replace(microsecond=0))
    return fg.atom_str(pretty=True, encoding="UTF-8", xml_declaration=True), n


# --- atomic output -------------------------------------------------------------------------------


@contextmanager
def _output(path: str | Path, encoding: str | None, newline: str | None = None) -> Iterator[Any]:
    """A text stream (``encoding``) or a binary one (``None``) writing to ``path`` atomically, or to
    stdout for ``-``."""
    if str(path) == "-":
        sys.stdout.flush()
        buffer = sys.stdout.buffer
        if encoding is None:
            yield buffer
            buffer.flush()
            return
        stream = io.TextIOWrapper(buffer, encoding=encoding, newline=newline, write_through=True)
        try:
            yield stream
            stream.flush()
        finally:
            stream.detach()
        return

    with atomic_open(path, "wb" if encoding is None else "w", encoding=encoding, newline=newline) as f:
        yield f


def export_per(store: Store, per: str, fmt: str, folder: str | Path, *, since: Any = None,
               raw: bool = False) -> dict[str, Path]:
    """One feed per site (``per="site"``) or per province (``"province"``: the articles about it — its
    sites' and those whose text names it) in ``folder``: ``site-<name>.<fmt>``, ``province-<slug>.<fmt>``.
    Returns name → path for the feeds written (a site or province with no article gets none)."""
    from .provinces import CURRENT, fold
    from .sites import all_sites

    folder = Path(folder)
    written: dict[str, Path] = {}
    if per == "site":
        for site in all_sites():
            path = folder / f"site-{site.name}.{fmt}"
            if store.count(site.name) and export(store, fmt, path, site=site.name, since=since, raw=raw,
                                                 title=f"{site.title} — tin bài"):
                written[site.name] = path
    elif per == "province":
        for province in CURRENT:
            path = folder / f"province-{fold(province).replace(' ', '-')}.{fmt}"
            if next(store.iter_articles(province=province, since=since, limit=1), None) is None:
                continue
            export(store, fmt, path, province=province, since=since, raw=raw, title=f"Tin bài về {province}")
            written[province] = path
    else:
        raise ValueError(f"per must be 'site' or 'province', not {per!r}")
    return written
