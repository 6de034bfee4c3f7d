"""The exported bytes of JSON Lines and CSV, pinned: a store of sample articles with awkward rows
(NULL and empty list columns, JSON not written by us, non-list JSON, damaged places, Vietnamese text,
newlines, quotes, formula starts, control characters) must export exactly as the golden files say.

The golden files (tests/data/export/pinned*.{jsonl,csv}) were written by the export before it read rows
as tuples (0.17x the bare dump): ``python tests/test_export_pinned.py`` writes them again.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crawler.export import CSV_COLUMNS, export
from crawler.store import Store

DATA = Path(__file__).parent / "data" / "export"

# (format, export options, golden file)
CASES = [
    ("jsonl", {}, "pinned.jsonl"),
    ("csv", {}, "pinned.csv"),
    ("csv", {"raw": True}, "pinned-raw.csv"),
    ("jsonl", {"province": "Đồng Tháp", "since": "2025-10-30"}, "pinned-dongthap.jsonl"),
    ("csv", {"site": "baocantho", "limit": 3}, "pinned-baocantho.csv"),
]

# Columns set by SQL after the items are stored: what another tool, an older version or a hand may
# have left in a row (article number in items.json -> column -> stored text).
RAW_COLUMNS: dict[int, dict[str, Any]] = {
    0: {"authors": None, "tags": None, "category": None, "images": None, "attachments": None, "places": None},
    1: {"authors": "", "tags": "[]", "category": "", "images": "[]", "attachments": ""},
    2: {"tags": '["a","b"]', "category": '[ "THỜI SỰ" ,"Cần Thơ"]', "authors": '["C\\u1ea7n Th\\u01a1"]',
        "images": '[{"url":"https://x.vn/1.jpg","caption":null},"https://x.vn/2.jpg"]',
        "attachments": '["https://x.vn/a.pdf", {"title": "Chỉ tiêu đề"}, {"url": "https://x.vn/b.pdf"}]'},
    3: {"tags": '"một chuỗi"', "category": '{"k": "v", "k2": 2}', "authors": '[1, null, "x", "", 2.5, true]',
        "places": "xx"},
    4: {"places": "[1, 2]", "cluster_id": "https://baocantho.example.vn/bai-1.html"},
    5: {"places": '{"provinces": ["Đồng Tháp", "Cần Thơ"], "localities": [{"name": "Cai Lậy", "province": "Đồng Tháp"}]}',
        "cluster_id": "https://baocantho.example.vn/bai-1.html"},
    6: {"title": "=SUM(A1) \"trích dẫn\" và 'nháy đơn'", "sapo": "+84 912 345 678\r\nxuống dòng",
        "body": "-5 độ C\n\nĐoạn \"hai\";\tcó tab,\r\nCRLF và \\ gạch chéo", "source": "@nguồn",
        "authors": '["=HYPERLINK(\\"x\\")", "\\tTab", "-Nam"]', "tags": '["\\r\\nCR"]'},
    7: {"sapo": "điều khiển \x01\x1f và \u2028 \u2029 kết thúc", "title": "Tiêu đề\ncó xuống dòng",
        "published_at": None, "modified_at": None},
    8: {"version": 7, "language": None, "event_date": None, "source": ""},
}


def build_pinned_store(where: Path | str) -> Store:
    """The pinned store: in the SQLite file ``where``, or at the database URL ``where``."""
    items = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
    store = Store(f"sqlite:///{where}" if isinstance(where, Path) else where)
    store.upsert_many(items)
    updated = {**items[9], "body": items[9]["body"] + "\n\nĐoạn thêm."}  # a second version
    store.upsert_many([updated])
    with store.engine.begin() as conn:
        for n, columns in RAW_COLUMNS.items():
            sets = ", ".join(f"{c} = :{c}" for c in columns)
            conn.execute(text(f"UPDATE articles SET {sets} WHERE canonical_url = :key"),
                         {**columns, "key": items[n]["canonical_url"]})
    return store


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = build_pinned_store(tmp_path_factory.mktemp("pinned") / "articles.db")
    yield store
    store.close()


@pytest.mark.parametrize(("fmt", "options", "golden"), CASES, ids=[c[2] for c in CASES])
def test_export_bytes_are_pinned(pinned: Store, tmp_path: Path, fmt: str, options: dict[str, Any],
                                 golden: str) -> None:
    out = tmp_path / golden
    expected = (DATA / golden).read_bytes()
    n = export(pinned, fmt, out, **options)
    got = out.read_bytes()
    assert n == (expected.count(b"\n") if fmt == "jsonl" else n)
    assert got == expected


def test_pinned_jsonl_is_valid_utf8_json(pinned: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    n = export(pinned, "jsonl", out)
    lines = out.read_bytes().decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == n + 1 == 49
    rows = [json.loads(line, parse_constant=_no_constant) for line in lines[:-1]]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert {r["canonical_url"]: r["authors"] for r in rows}["https://baocantho.example.vn/bai-3.html"] == ["Cần Thơ"]


def test_damaged_json_lists_neither_crash_nor_leak_into_the_feeds(tmp_path: Path) -> None:
    """A list column whose text is not JSON (cut short, edited by hand, NaN) is exported as an empty
    list; the other columns of the row are exported as usual."""
    store = build_pinned_store(tmp_path / "articles.db")
    key = "https://baoapbac.example.vn/bai-1.html"
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET authors = 'not json', tags = '[\"a\", \"b\"', category = '[NaN]', "
                          "images = '[1, 2', attachments = '{', places = '{\"provinces\": [' "
                          "WHERE canonical_url = :key"), {"key": key})
    try:
        for fmt in ("jsonl", "csv"):
            assert export(store, fmt, tmp_path / f"all.{fmt}") == 48
        rows = [json.loads(line, parse_constant=_no_constant)
                for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").split("\n")[:-1]]  # not at U+2028
        (row,) = [r for r in rows if r["canonical_url"] == key]
        assert [row[c] for c in ("authors", "tags", "category", "images", "attachments")] == [[]] * 5
        assert row["places"] == {"provinces": [], "localities": []} and row["title"] and row["body"]
        with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as f:
            cells = {r["canonical_url"]: r for r in csv.DictReader(f)}
        assert [cells[key][c] for c in ("authors", "tags", "category", "images", "attachments", "places")] == [""] * 6
        assert cells[key]["title"] == row["title"] and list(cells[key]) == list(CSV_COLUMNS)
        (item,) = [i for i in store.iter_articles(site="baoapbac") if i["canonical_url"] == key]
        assert item["tags"] == [] and item["category"] == []
    finally:
        store.close()


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def write_golden() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = build_pinned_store(Path(tmp) / "articles.db")
        for fmt, options, golden in CASES:
            export(store, fmt, DATA / golden, **options)
            print(golden, (DATA / golden).stat().st_size)
        store.close()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_text_that_is_not_utf8_stops_the_export_and_names_the_article(tmp_path: Path, fmt: str) -> None:
    from crawler.errors import StoreError

    store = build_pinned_store(tmp_path / "articles.db")
    out = tmp_path / f"all.{fmt}"
    try:
        export(store, fmt, out)
        before = out.read_bytes()
        key = "https://tiengiang.example.vn/bai-3.html"
        with store.engine.begin() as conn:  # another program wrote Latin-1 bytes as text
            conn.execute(text("UPDATE articles SET sapo = CAST(X'4361e2ff' AS TEXT) WHERE canonical_url = :key"),
                         {"key": key})
        with pytest.raises(StoreError, match="tiengiang.example.vn/bai-3.html.*not UTF-8"):
            export(store, fmt, out)
        assert out.read_bytes() == before  # the feed written before is intact
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file
    finally:
        store.close()


# --- the lines against the export they replace, on random rows ------------------------------------

_ALPHABET = ['a', 'Z', ' ', '"', '\\', '\n', '\r', '\t', '\x00', '\x01', '\x1f', '\x7f', ',', ';', '=', '+', '-', '@',
             "'", '%', '/', 'ạ', 'Đ', 'ừ', '\u2028', '\ufeff', '😀', '<', '>', '&', '{', '[']


def _reference_jsonl(items: list[dict[str, Any]]) -> bytes:
    """The JSON Lines of the export before rows were read as tuples (json.dumps of each item)."""
    from crawler.export import JSONL_FIELDS

    return b"".join(json.dumps({f: item.get(f) for f in JSONL_FIELDS}, ensure_ascii=False).encode() + b"\n"
                    for item in items)


def _reference_csv(items: list[dict[str, Any]], raw: bool) -> bytes:
    """The CSV of the export before rows were read as tuples (csv.writer, utf-8-sig)."""
    from crawler.export import CSV_JOINERS, _cell

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        row = []
        for col in CSV_COLUMNS:
            value = item.get(col)
            if col in CSV_JOINERS:
                value = CSV_JOINERS[col](value or ([] if col != "places" else {}))
            row.append("" if value is None else _cell(value, raw))
        writer.writerow(row)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


@pytest.mark.parametrize("seed", range(3))
def test_random_rows_export_as_json_dumps_and_csv_writer_did(tmp_path: Path, seed: int) -> None:
    import random

    rnd = random.Random(seed)

    def some_text(n: int = 12) -> str:
        return "".join(rnd.choice(_ALPHABET) if rnd.random() < 0.4 else rnd.choice("abcđêôơư ") for _ in range(n))

    def maybe(value: Any) -> Any:
        return rnd.choice([value, value, value, None, ""])

    def list_text() -> Any:
        kind = rnd.random()
        strings = [some_text(rnd.randint(0, 8)) for _ in range(rnd.randint(0, 4))]
        if kind < 0.3:
            value: Any = strings
        elif kind < 0.55:
            value = [{"url": maybe(some_text(6)), "caption": maybe(some_text(5)), "credit": maybe(some_text(3))}
                     for _ in strings]
        elif kind < 0.7:
            value = [{"url": maybe(some_text(6)), "title": maybe(some_text(4))} for _ in strings]
        elif kind < 0.8:
            value = [*strings, 3, None, 2.5, {"x": [1, "y"]}]
        else:
            return rnd.choice([None, "", "[]", "null", '"chuỗi"', "{}", '[ "a" ]', "[1]"])
        return json.dumps(value, ensure_ascii=rnd.random() < 0.2,
                          separators=(",", ":") if rnd.random() < 0.1 else None)

    store = Store(f"sqlite:///{tmp_path / 'articles.db'}")
    try:
        items = json.loads((DATA / "items.json").read_text(encoding="utf-8"))[:40]
        store.upsert_many(items)
        columns = ["title", "sapo", "body", "body_html", "source", "province", "published_raw", "extraction"]
        with store.engine.begin() as conn:
            for item in items:
                values: dict[str, Any] = {c: maybe(some_text(rnd.randint(0, 40))) for c in columns}
                values.update({c: list_text() for c in ("authors", "tags", "category", "images", "attachments")})
                values["places"] = rnd.choice([None, "", "{}", json.dumps({"provinces": [some_text(5)], "localities": [
                    {"name": some_text(4), "province": some_text(4), "kind": "xã"}]}, ensure_ascii=False)])
                sets = ", ".join(f"{c} = :{c}" for c in values)
                conn.execute(text(f"UPDATE articles SET {sets} WHERE canonical_url = :key"),
                             {**values, "key": item["canonical_url"]})
        stored = list(store.iter_articles())
        assert export(store, "jsonl", tmp_path / "a.jsonl") == len(items)
        assert (tmp_path / "a.jsonl").read_bytes() == _reference_jsonl(stored)
        for raw in (False, True):
            export(store, "csv", tmp_path / "a.csv", raw=raw)
            assert (tmp_path / "a.csv").read_bytes() == _reference_csv(stored, raw)
    finally:
        store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    write_golden()
