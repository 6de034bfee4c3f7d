"""Feeds from the store: JSON Lines, CSV (Excel), Atom; filters; atomic writes."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import crawler.export as export_mod
from crawler.export import CSV_COLUMNS, FORMATS, JSONL_FIELDS, export
from crawler.items import ARTICLE_FIELDS
from crawler.store import Store

from test_store import make_item

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Store(f"sqlite:///{tmp_path / 'articles.db'}")
    s.upsert_many(
        [
            make_item(1, published_at="2026-01-08T18:21:00+07:00", modified_at="2026-01-09T07:00:00+07:00"),
            make_item(
                2,
                site="tiengiang",
                province="Đồng Tháp",
                title="Cai Lậy: họp mặt <đầu năm> & \"Tết\"",
                published_at="2025-10-20T09:00:00+07:00",
                authors=["Bài và ảnh: A", "Nguyễn Văn B"],
                body_html='<p>Xin chào</p><script>alert("x")</script><p onclick="x()">Hai</p>'
                '<a href="javascript:alert(1)">link</a>',
                attachments=[{"url": "https://tiengiang.gov.vn/f/kh.pdf", "title": "Kế hoạch 12"},
                             {"url": "https://tiengiang.gov.vn/f/2.doc", "title": ""}],
            ),
            make_item(3, published_at=None, authors=[], tags=[], category=[], sapo="", body_html=""),
        ]
    )
    yield s
    s.close()


def test_jsonl_is_plain_utf8_and_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "feeds" / "all.jsonl"
    assert export(store, "jsonl", out) == 3
    text = out.read_text(encoding="utf-8")
    assert "\\u" not in text and "Cần Thơ" in text and "Đồng Tháp" in text
    lines = text.splitlines()
    assert len(lines) == 3 and text.endswith("\n")
    rows = [json.loads(line) for line in lines]
    assert list(rows[0]) == list(JSONL_FIELDS) == [*ARTICLE_FIELDS, "places", "cluster_id", "version"]
    assert [r["url"][-8:] for r in rows] == ["-a1.html", "-a2.html", "-a3.html"]  # newest first
    assert {k: rows[0][k] for k in ARTICLE_FIELDS} == make_item(
        1, published_at="2026-01-08T18:21:00+07:00", modified_at="2026-01-09T07:00:00+07:00")
    assert rows[0]["version"] == 1


def test_csv_for_excel(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert export(store, "csv", out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\r\r" not in raw
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(CSV_COLUMNS) and "body_html" not in rows[0]
    first, second = rows[0], rows[1]
    assert first["province"] == "Cần Thơ" and second["province"] == "Đồng Tháp"
    assert first["body"] == "Đoạn một của bài 1.\n\nĐoạn hai."  # newlines kept, quoted
    assert first["authors"] == "P.Y" and first["tags"] == "Cần Thơ; lễ hội"
    assert first["category"] == "THỜI SỰ > Cần Thơ"
    assert first["images"] == "https://baocantho.com.vn/img/1.jpg"
    assert first["attachments"] == "Quyết định số 1 <https://baocantho.com.vn/f/qd.pdf>"
    assert second["authors"] == "Bài và ảnh: A; Nguyễn Văn B"
    assert second["attachments"] == ("Kế hoạch 12 <https://tiengiang.gov.vn/f/kh.pdf>; "
                                     "https://tiengiang.gov.vn/f/2.doc")
    assert second["title"] == 'Cai Lậy: họp mặt <đầu năm> & "Tết"'
    assert rows[2]["published_at"] == "" and rows[2]["tags"] == "" and rows[2]["version"] == "1"


def test_atom_validates(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "feed.atom"
    link = "https://example.vn/feed.atom"
    assert export(store, "atom", out, title="Tin Cần Thơ & Đồng Tháp", link=link) == 3
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Tin Cần Thơ & Đồng Tháp"
    assert root.findtext(f"{ATOM}id") == "https://example.vn/feed.atom"
    assert root.find(f"{ATOM}link").get("href") == "https://example.vn/feed.atom"
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "vnnews crawler"
    # the newest entry update: article 3's fetched_at (it has no other date)
    assert datetime.fromisoformat(root.findtext(f"{ATOM}updated")) == datetime.fromisoformat(
        "2026-01-09T08:00:00+07:00")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        for tag in ("id", "title", "updated", "content"):
            assert entry.find(f"{ATOM}{tag}") is not None, tag
        assert entry.findtext(f"{ATOM}id").startswith("https://") and entry.findtext(f"{ATOM}title")
        assert datetime.fromisoformat(entry.findtext(f"{ATOM}updated")).tzinfo is not None  # RFC 3339
        content = entry.find(f"{ATOM}content")
        assert content.get("type") == "html"
        assert "<script" not in (content.text or "") and "javascript:" not in (content.text or "")
        assert "onclick" not in (content.text or "")

    e1, e2, e3 = entries
    assert e1.findtext(f"{ATOM}id") == make_item(1)["canonical_url"]
    assert e1.find(f"{ATOM}link").get("href") == make_item(1)["canonical_url"]
    assert e1.findtext(f"{ATOM}updated") == "2026-01-09T07:00:00+07:00"  # modified_at
    assert e1.findtext(f"{ATOM}published") == "2026-01-08T18:21:00+07:00"
    assert e1.findtext(f"{ATOM}summary") == "(CTO) - Ngày 8-1, …"
    assert [c.get("term") for c in e1.findall(f"{ATOM}category")] == ["Cần Thơ", "lễ hội", "THỜI SỰ"]
    assert "<p>Đoạn một của bài 1.</p>" in e1.findtext(f"{ATOM}content")
    assert e2.findtext(f"{ATOM}title") == 'Cai Lậy: họp mặt <đầu năm> & "Tết"'
    names = [a.findtext(f"{ATOM}name") for a in e2.findall(f"{ATOM}author")]
    assert names == ["Bài và ảnh: A", "Nguyễn Văn B"]
    assert "Xin chào" in e2.findtext(f"{ATOM}content") and "alert" not in e2.findtext(f"{ATOM}content")
    # no date, no tags, no body_html: still valid
    assert e3.findtext(f"{ATOM}updated") == "2026-01-09T08:00:00+07:00"  # fetched_at
    assert e3.find(f"{ATOM}published") is None and e3.find(f"{ATOM}summary") is None
    assert "<p>Đoạn hai.</p>" in e3.findtext(f"{ATOM}content")


def test_atom_limit_and_default_id(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.atom"
    assert export(store, "atom", out, limit=1, province="Đồng Tháp") == 1
    root = etree.parse(str(out)).getroot()
    assert root.findtext(f"{ATOM}id").startswith("urn:vnnews:feed:")
    assert root.findtext(f"{ATOM}title")
    assert export(store, "atom", tmp_path / "empty.atom", site="none") == 0
    empty = etree.parse(str(tmp_path / "empty.atom")).getroot()
    assert empty.findall(f"{ATOM}entry") == [] and empty.findtext(f"{ATOM}updated")


@pytest.mark.parametrize("fmt", FORMATS)
def test_filters(store: Store, tmp_path: Path, fmt: str) -> None:
    assert export(store, fmt, tmp_path / f"a.{fmt}", site="tiengiang") == 1
    assert export(store, fmt, tmp_path / f"b.{fmt}", province="Cần Thơ") == 2
    assert export(store, fmt, tmp_path / f"c.{fmt}", since="2025-11-01") == 1
    assert export(store, fmt, tmp_path / f"d.{fmt}", since="2025-10-01", province="Đồng Tháp") == 1
    assert export(store, fmt, tmp_path / f"e.{fmt}", site="baocantho", since="2027-01-01") == 0


def test_jsonl_filter_content(store: Store, tmp_path: Path) -> None:
    export(store, "jsonl", tmp_path / "dt.jsonl", province="Đồng Tháp")
    (row,) = [json.loads(x) for x in (tmp_path / "dt.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row["site"] == "tiengiang"


def test_stdout(store: Store, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert export(store, "jsonl", "-", site="tiengiang") == 1
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert json.loads(out)["province"] == "Đồng Tháp"


def test_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export(store, "xml", tmp_path / "x.xml")


def test_atomic_write_leaves_no_temp_file_and_keeps_old_file_on_error(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "feeds" / "all.jsonl"
    assert export(store, "jsonl", out) == 3
    before = out.read_bytes()
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.jsonl"]

    calls = {"n": 0}
    real_line = export_mod._jsonl_line

    def failing_line(row: Any, *args: Any) -> bytes:
        calls["n"] += 1
        if calls["n"] == 2:  # the first line is made already
            raise OSError("disk full")
        return real_line(row, *args)

    store.upsert_many([make_item(9)])
    monkeypatch.setattr(export_mod, "_jsonl_line", failing_line)
    with pytest.raises(OSError, match="disk full"):
        export(store, "jsonl", out)
    monkeypatch.undo()
    assert out.read_bytes() == before  # the old feed is intact
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.jsonl"]  # no temp file left

    csv_out = tmp_path / "feeds" / "all.csv"
    export(store, "csv", csv_out)
    monkeypatch.setattr(export_mod, "_write_csv", _boom)
    with pytest.raises(RuntimeError):
        export(store, "csv", csv_out)
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf") and csv_out.read_bytes().count(b"\r\n") > 4
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.csv", "all.jsonl"]


def _boom(articles: Any, out: io.BufferedIOBase, **_: Any) -> int:
    out.write(b"half a row")
    raise RuntimeError("interrupted")
