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
  order plus ``version``. Streamed: memory stays flat whatever the store's size. A list column whose
  stored text is not JSON (cut short, edited by hand) is exported as ``[]``.
* **csv**: for Excel and friends: UTF-8 *with a BOM* (so Excel reads Vietnamese correctly), ``\\r\\n``
  line ends, a header row. Lists are joined to be readable: authors and tags with ``"; "``, the
  category breadcrumb with ``" > "``, image URLs with ``"; "``, attachments as ``"title <url>; …"``.
  ``body`` keeps its paragraph breaks (the cell is quoted). There is **no body_html column**: it is too
  big for a spreadsheet cell and useless there (jsonl has it). A cell that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading ``'``, as OWASP's "CSV Injection" page
  advises, so that a spreadsheet shows a stranger's text as text instead of evaluating it as a formula
  (``raw=True``, ``crawler export --raw``, writes the values as they are). Streamed like jsonl.

Both streamed formats are made from the rows' stored bytes (``Store.iter_rows``: DB-API tuples, SQLite
text undecoded): the texts of a row are checked (valid UTF-8, else an error) and escaped together,
and a list column's stored JSON is copied into the line where it is exactly what ``json.dumps``
writes; the bytes are those ``json.dumps`` of each item and ``csv.writer`` made
(``tests/test_export_pinned.py``), at 2.4 (CSV) to 3 (JSON Lines) times their speed.
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

import codecs
import html
import io
import json
import operator
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from .dates import VN_TZ
from .errors import StoreError
from .fileio import atomic_open
from .items import ARTICLE_FIELDS, LIST_FIELDS
from .store import Store
from .store.common import _loads_list, _loads_obj

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
    filters: dict[str, Any] = {"site": site, "province": province, "since": since, "limit": limit}
    if fmt in ("jsonl", "csv"):
        batches = store.iter_rows(JSONL_FIELDS if fmt == "jsonl" else CSV_COLUMNS, text_as_bytes=True, **filters)
        try:
            with _output(path, None) as out:
                return _write_jsonl(batches, out) if fmt == "jsonl" else _write_csv(batches, out, raw=raw)
        finally:
            batches.close()  # releases the cursor when a write failed half-way
    articles = store.iter_articles(**filters)
    try:
        data, n = _atom_bytes(articles, title=title, link=link, site=site, province=province, path=path)
        with _output(path, None) as out:
            out.write(data)
        return n
    finally:
        articles.close()


# --- formats -------------------------------------------------------------------------------------


# JSON Lines: each line is spliced from bytes. The stored UTF-8 text of a column is used as it is
# wherever json.dumps(..., ensure_ascii=False) would write the same bytes, so the lines are exactly
# those of json.dumps of the item dict ({field: value} in JSONL_FIELDS order, lists decoded), without
# decoding and encoding every value. Where in doubt a value goes through json itself.

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(value, ensure_ascii=False) does
_KEYS = [(b"{" if i == 0 else b", ") + _ENCODE(f).encode() + b": " for i, f in enumerate(JSONL_FIELDS)]
_PLAIN, _LIST, _PLACES = 0, 1, 2
_KINDS = [_LIST if f in LIST_FIELDS else _PLACES if f == "places" else _PLAIN for f in JSONL_FIELDS]
_NO_PLACES = _ENCODE({"provinces": [], "localities": []}).encode()
# Control characters json escapes, but LF: a text holding none is escaped by three replaces.
_CONTROLS = bytes(c for c in range(0x20) if c != 0x0A)
# A JSON string as json.dumps writes it: no control character raw, the short escapes json uses
# (\" \\ \b \f \n \r \t), \u00XX for the other control characters, nothing else escaped.
_STRING = rb'"[^"\\\x00-\x1f]*+(?:\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))[^"\\\x00-\x1f]*+)*+"'
_STRING_OR_NULL = rb"(?:" + _STRING + rb"|null)"
# The list elements the parsers write: a string, an image {url, caption, credit}, an attachment {url, title}.
_ELEMENT = (rb'(?:' + _STRING + rb'|\{"url": ' + _STRING_OR_NULL + rb'(?:, "caption": ' + _STRING_OR_NULL
            + rb', "credit": ' + _STRING_OR_NULL + rb'|, "title": ' + _STRING_OR_NULL + rb')\})')
# A list exactly as json.dumps writes it (one ", " between elements): its text needs no re-encoding.
_LIST_PATTERN = rb"\[(?:" + _ELEMENT + rb"(?:, " + _ELEMENT + rb")*+)?\]"
_CANONICAL_LIST = re.compile(_LIST_PATTERN).fullmatch
_PLACES_CACHE_SIZE = 4096  # the places texts of a store repeat; a bounded memory of their lines


def _json_text(value: bytes) -> bytes:
    """The JSON string of a text value given as its UTF-8 bytes (checked: a text that is not UTF-8
    raises UnicodeDecodeError), as json.dumps(text, ensure_ascii=False) writes it."""
    if len(value.translate(None, _CONTROLS)) != len(value):  # a control character but LF: json's own way
        return _ENCODE(value.decode("utf-8")).encode()
    if not value.isascii():
        value.decode("utf-8")  # valid UTF-8, or UnicodeDecodeError: a feed is never invalid UTF-8
    return b'"' + value.replace(b"\\", b"\\\\").replace(b'"', b'\\"').replace(b"\n", b"\\n") + b'"'


def _json_value(value: Any) -> bytes:
    """A scalar column's JSON: its text (bytes from SQLite, str from other databases), a number, null."""
    cls = value.__class__
    if cls is bytes:
        return _json_text(value)
    if cls is str:
        return _json_text(value.encode("utf-8"))
    if value is None:
        return b"null"
    if cls is int:
        return b"%d" % value
    return _ENCODE(value).encode()


def _json_list(value: Any) -> bytes:
    """A list column's JSON: the stored text itself when json.dumps wrote it (and it is UTF-8), else
    the value json reads in it encoded again; ``[]`` for NULL, empty and damaged text."""
    if not value:
        return b"[]"
    if value.__class__ is str:
        value = value.encode("utf-8")
    if value.__class__ is bytes and _CANONICAL_LIST(value) is not None:
        if value.isascii():
            return value
        try:
            value.decode("utf-8")
            return value
        except UnicodeDecodeError:
            return b"[]"
    return _ENCODE(_loads_list(value)).encode()


def _json_places(value: Any, cache: dict[Any, bytes]) -> bytes:
    """The places column's JSON: the object stored, else ``{"provinces": [], "localities": []}``."""
    if not value:
        return _NO_PLACES
    line = cache.get(value)
    if line is None:
        if len(cache) >= _PLACES_CACHE_SIZE:
            cache.clear()
        line = cache[value] = _ENCODE(_loads_obj(value) or {"provinces": [], "localities": []}).encode()
    return line


_INT_IDX = JSONL_FIELDS.index("version")
_PLAIN_IDX = [i for i, k in enumerate(_KINDS) if k == _PLAIN and i != _INT_IDX]
_LIST_IDX = [i for i, k in enumerate(_KINDS) if k == _LIST]
_PLACES_IDX = _KINDS.index(_PLACES)
_PLAIN_OF = operator.itemgetter(*_PLAIN_IDX)
_LISTS_OF = operator.itemgetter(*_LIST_IDX)
# the values made in the order [*plain, *lists, places, version] -> in JSONL_FIELDS order
_MADE = [*_PLAIN_IDX, *_LIST_IDX, _PLACES_IDX, _INT_IDX]
_IN_FIELD_ORDER = operator.itemgetter(*(_MADE.index(i) for i in range(len(JSONL_FIELDS))))
# The line with each value's JSON put in: one C-level formatting per row.
_LINE = b"".join(key.replace(b"%", b"%%") + b"%s" for key in _KEYS) + b"}\n"
# The texts of a row are joined by NUL: with every other control character but LF, what a row taking
# the quick way holds only as those separators.
_SEPARATOR = b"\x00"
# The list columns of a row, joined by NUL, each exactly as json.dumps writes it.
_CANONICAL_LISTS = re.compile(b"\x00".join([_LIST_PATTERN] * len(_LIST_IDX))).fullmatch


def _as_bytes(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(v.encode("utf-8") if v.__class__ is str else v for v in row)


def _line_template(nulls: bytes) -> bytes:
    """The line's format for a row whose scalar texts are NULL where ``nulls`` says: each value's
    JSON goes in by ``%s``; a text between the quotes of its string, a NULL as ``null`` (``%.0s``
    takes its empty place without showing it)."""
    plain = iter(nulls)
    parts = []
    for i, key in enumerate(_KEYS):
        key = key.replace(b"%", b"%%")
        if i in _PLAIN_IDX:
            parts.append(key + (b"null%.0s" if next(plain) else b'"%s"'))
        else:
            parts.append(key + b"%s")
    return b"".join(parts) + b"}\n"


_TEMPLATES: dict[bytes, bytes] = {}
_NONES = (None,) * len(_PLAIN_IDX)


def _jsonl_line(row: tuple[Any, ...], places_cache: dict[Any, bytes]) -> bytes:
    """One stored row (the JSONL_FIELDS columns: bytes from SQLite, str from PostgreSQL) as its line.

    The scalar texts of the row are checked and escaped together, joined by NUL: one look for
    control characters, one UTF-8 check, three replaces for what json escapes (backslash, quote,
    LF). A row with another control character, text that is not UTF-8 or a value of another type
    (a number in a text column) takes the way of one value at a time. So do list columns whose text
    is not exactly what json.dumps writes."""
    if row[0].__class__ is str:  # a database that gives str
        row = _as_bytes(row)
    plain = _PLAIN_OF(row)
    made = None
    try:
        joined = _SEPARATOR.join([b"" if v is None else v for v in plain])
    except TypeError:  # a number in a text column
        joined = None
    # one look for control characters: the NULs that join them are all it may hold (and LF)
    if joined is not None and len(joined.translate(None, _CONTROLS)) == len(joined) - _N_SEPARATORS:
        try:
            if not joined.isascii():
                joined.decode("utf-8")  # valid UTF-8, or the way of one value at a time
            made = joined.replace(b"\\", b"\\\\").replace(b'"', b'\\"').replace(b"\n", b"\\n").split(_SEPARATOR)
        except UnicodeDecodeError:
            made = None
    if made is None:
        template = _LINE
        made = [_json_value(v) for v in plain]
    else:
        nulls = bytes(map(operator.is_, plain, _NONES))
        template = _TEMPLATES.get(nulls) or _template(nulls)
    lists = _LISTS_OF(row)
    texts = [v or b"[]" for v in lists]
    try:
        joined = _SEPARATOR.join(texts)
        if _CANONICAL_LISTS(joined) is None:
            texts = [_json_list(v) for v in lists]
        elif not joined.isascii():
            joined.decode("utf-8")
    except (TypeError, UnicodeDecodeError):
        texts = [_json_list(v) for v in lists]
    made += texts
    places = row[_PLACES_IDX]
    made.append(places_cache.get(places) or _json_places(places, places_cache) if places else _NO_PLACES)
    version = row[_INT_IDX]
    made.append(b"%d" % version if version.__class__ is int else _json_value(version))
    return template % _IN_FIELD_ORDER(made)


_N_SEPARATORS = len(_PLAIN_IDX) - 1


def _template(nulls: bytes) -> bytes:
    """``_line_template(nulls)``, made once (a store has few patterns of NULL texts)."""
    template = _TEMPLATES.get(nulls)
    if template is None:
        if len(_TEMPLATES) >= 1024:
            _TEMPLATES.clear()
        template = _TEMPLATES[nulls] = _line_template(nulls)
    return template


def _write_jsonl(batches: Iterable[list[tuple[Any, ...]]], out: IO[bytes]) -> int:
    n = 0
    places_cache: dict[Any, bytes] = {}
    with _written_behind(out) as write:
        for rows in batches:
            write(_lines(lambda row: _jsonl_line(row, places_cache), rows))
            n += len(rows)
    return n


def _lines(line: Callable[[tuple[Any, ...]], bytes], rows: list[tuple[Any, ...]], end: bytes = b"") -> bytes:
    """The lines of ``rows``, each followed by ``end``; a text that is not UTF-8 (another program
    wrote the row) stops the export with a StoreError naming the article (its url: the first column)."""
    try:
        return end.join([line(row) for row in rows]) + end
    except UnicodeDecodeError:
        for row in rows:
            try:
                line(row)
            except UnicodeDecodeError as exc:
                url = row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else row[0]
                raise StoreError(f"the stored article {url} holds text that is not UTF-8 ({exc.reason}): "
                                 "correct or delete its row; no feed was written") from exc
        raise


_WRITE_BACK_EVERY = 8 << 20  # bytes written between two hints to the kernel to start writing them to disk


@contextmanager
def _written_behind(out: IO[bytes]) -> Iterator[Callable[[bytes], None]]:
    """A ``write`` to ``out`` that asks the kernel, every ``_WRITE_BACK_EVERY`` bytes, to start
    writing the pages written so far to disk (``posix_fadvise`` DONTNEED starts the write-back of
    dirty pages without waiting for it, and drops them once written): the disk works while the next
    lines are made, instead of all at the last fsync, and the feed does not crowd the page cache."""
    try:
        fd = out.fileno()
        hint = getattr(os, "posix_fadvise", None) if stat.S_ISREG(os.fstat(fd).st_mode) else None  # not a pipe
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        fd, hint = -1, None
    pending = 0

    def write(chunk: bytes) -> None:
        nonlocal pending
        out.write(chunk)
        pending += len(chunk)
        if hint is not None and pending >= _WRITE_BACK_EVERY:
            pending = 0
            try:
                out.flush()
                hint(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass

    yield write


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


# CSV: each line is made from bytes too, quoted as csv.writer quotes with the excel dialect and
# "\r\n" line ends (QUOTE_MINIMAL: a cell holding a comma, a quote, CR or LF is quoted, its quotes
# doubled), which is what the cells' bytes were before (tests/test_export_pinned.py).
_CSV_CACHE_SIZE = 4096  # cells of list columns whose texts repeat (authors, tags, category, places)
_CSV_CACHED = frozenset({"authors", "tags", "category", "places"})
_FORMULA_START_BYTES = tuple(s.encode() for s in _FORMULA_START)


def _csv_list_cell(col: str, value: Any, raw: bool) -> str:
    """The cell of a list column (or places) from its stored JSON text: joined to be readable; ``""``
    for NULL, empty and damaged text and for a value the joiner cannot join."""
    if col == "places":
        decoded = _loads_obj(value) or {"provinces": [], "localities": []}
    else:
        decoded = _loads_list(value)
    try:
        joined = CSV_JOINERS[col](decoded or ([] if col != "places" else {}))
    except (TypeError, AttributeError):  # JSON of a shape no parser writes (a number where a list is)
        joined = ""
    return _cell(joined, raw)


# Lists json.dumps wrote without a backslash in them: every quote is JSON's own, so the strings are
# the bytes between them. A list of strings, and one of images {"url": …, "caption": …, "credit": …}.
_BARE_STRINGS = re.compile(rb'\[(?:"[^"\\\x00-\x1f]*"(?:, "[^"\\\x00-\x1f]*")*)?\]').fullmatch
_BARE_OR_NULL = rb'(?:"[^"\\\x00-\x1f]*"|null)'
_BARE_IMAGE = rb'\{"url": ' + _BARE_OR_NULL + rb', "caption": ' + _BARE_OR_NULL + rb', "credit": ' + _BARE_OR_NULL + rb'\}'
_BARE_IMAGES = re.compile(rb"\[(?:" + _BARE_IMAGE + rb"(?:, " + _BARE_IMAGE + rb")*)?\]").fullmatch
_IMAGE_URLS = re.compile(rb'\{"url": (?:"([^"]*)"|null)').findall
_CSV_SEPARATORS = {"authors": b"; ", "tags": b"; ", "category": b" > ", "images": b"; "}


def _csv_bare_list(col: str, value: bytes, raw: bool) -> bytes | None:
    """The cell of a list column read from its text without decoding it, where it is a list of
    strings (images: of images) as json.dumps writes it without escapes; None otherwise."""
    sep = _CSV_SEPARATORS.get(col)
    if sep is None or b"\\" in value:
        return None
    if col == "images":
        if _BARE_IMAGES(value) is None:
            return None
        parts = _IMAGE_URLS(value)
    elif _BARE_STRINGS(value) is not None:
        parts = value[2:-2].split(b'", "') if len(value) > 2 else []
    else:
        return None
    cell = sep.join([p for p in parts if p])
    if not raw and cell.startswith(_FORMULA_START_BYTES):
        cell = b"'" + cell
    return _csv_quoted(cell)


def _csv_quoted(cell: bytes) -> bytes:
    if b'"' in cell:
        return b'"' + cell.replace(b'"', b'""') + b'"'
    if b"," in cell or b"\n" in cell or b"\r" in cell:
        return b'"' + cell + b'"'
    return cell


def _csv_plain(value: Any, raw: bool) -> bytes:
    """The quoted cell of a scalar column (bytes from SQLite, a number, NULL)."""
    if value.__class__ is not bytes:
        if value is None:
            return b""
        if value.__class__ is not str:
            return _csv_quoted(str(value).encode("utf-8"))
        value = value.encode("utf-8")
    if not raw and value.startswith(_FORMULA_START_BYTES):
        value = b"'" + value
    return _csv_quoted(value)


_CSV_VERSION_IDX = CSV_COLUMNS.index("version")
_CSV_PLAIN_IDX = [i for i, col in enumerate(CSV_COLUMNS) if col not in CSV_JOINERS and i != _CSV_VERSION_IDX]
_CSV_PLAIN_OF = operator.itemgetter(*_CSV_PLAIN_IDX)
_FORMULA_FIRST = b"".join(_FORMULA_START_BYTES)  # one byte each


def _csv_plain_cells(plain: tuple[Any, ...], raw: bool) -> list[bytes]:
    """The quoted cells of the row's scalar columns (bytes, NULL, a number: one by one)."""
    try:
        cells = [b"" if v is None else v for v in plain]
        quoted = _csv_quoted_cells(cells, _SEPARATOR.join(cells), raw)
    except TypeError:  # a number
        quoted = None
    return [_csv_plain(v, raw) for v in plain] if quoted is None else quoted


def _csv_quoted_cells(cells: list[bytes], joined: bytes, raw: bool) -> list[bytes] | None:
    """``cells`` (``joined``: the same joined by NUL) quoted, checked together: one look for a
    cell that starts like a formula (in their first bytes), one for each character that makes csv
    quote a cell, so that only the cells holding one are looked at one by one. None when a cell
    starts like a formula (the caller takes them one by one)."""
    if not raw:
        firsts = b"".join([c[:1] for c in cells])
        if len(firsts.translate(None, _FORMULA_FIRST)) != len(firsts):
            return None
    if b'"' in joined or b"\r" in joined:
        return [_csv_quoted(c) for c in cells]
    if b"," in joined:
        return [b'"' + c + b'"' if b"," in c or b"\n" in c else c for c in cells]
    if b"\n" in joined:
        return [b'"' + c + b'"' if b"\n" in c else c for c in cells]
    return cells


def _csv_writer(raw: bool) -> Callable[[tuple[Any, ...]], bytes]:
    """A function making one stored row (the CSV_COLUMNS columns) into its CSV line (without its end)."""
    joined = [(i, col, {} if col in _CSV_CACHED else None) for i, col in enumerate(CSV_COLUMNS) if col in CSV_JOINERS]
    made_order = [*_CSV_PLAIN_IDX, *(i for i, _, _ in joined), _CSV_VERSION_IDX]
    in_column_order = operator.itemgetter(*(made_order.index(i) for i in range(len(CSV_COLUMNS))))

    def line(row: tuple[Any, ...]) -> bytes:
        if row[0].__class__ is str:  # a database that gives str
            row = _as_bytes(row)
        made = _csv_plain_cells(_CSV_PLAIN_OF(row), raw)
        for i, col, cache in joined:
            value = row[i]
            if not value or value == b"[]":  # NULL or empty: no list, no places
                made.append(b"")
                continue
            cell = cache.get(value) if cache is not None else None
            if cell is None:
                if value.__class__ is bytes:
                    cell = _csv_bare_list(col, value, raw)
                if cell is None:
                    cell = _csv_quoted(_csv_list_cell(col, value, raw).encode("utf-8"))
                if cache is not None:
                    if len(cache) >= _CSV_CACHE_SIZE:
                        cache.clear()
                    cache[value] = cell
            made.append(cell)
        version = row[_CSV_VERSION_IDX]
        made.append(b"%d" % version if version.__class__ is int else _csv_plain(version, raw))
        text = b",".join(in_column_order(made))
        if not text.isascii():
            text.decode("utf-8")  # valid UTF-8, or UnicodeDecodeError: a feed is never invalid UTF-8
        return text

    return line


def _write_csv(batches: Iterable[list[tuple[Any, ...]]], out: IO[bytes], raw: bool = False) -> int:
    out.write(codecs.BOM_UTF8)  # so that Excel reads UTF-8
    out.write(b",".join(_csv_quoted(c.encode()) for c in CSV_COLUMNS) + b"\r\n")
    line = _csv_writer(raw)
    n = 0
    with _written_behind(out) as write:
        for rows in batches:
            write(_lines(line, rows, b"\r\n"))
            n += len(rows)
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
