"""Analysts search the store without diacritics, filter by province, and browse it in Datasette."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from conftest import browsing

from crawler.cli import main
from crawler.parsers import parse_article
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"


def _item(site: str, name: str) -> dict:
    spec = json.loads((FIX / site / f"{name}.json").read_text("utf-8"))
    return parse_article((FIX / site / f"{name}.html").read_bytes(), spec["url"], site)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'articles.db'}"
    with Store(url) as store:
        store.upsert_many([_item("tiengiang", "cai-lay"), _item("baocantho", "article"), _item("vnexpress", "article")])
    return url


def test_search_ignores_diacritics_and_case(db: str) -> None:
    with Store(db) as store:
        for query in ("cai lay", "CAI LẬY", "Cai Lậy", "thi xa cai lay"):
            hits = store.search(query)
            assert hits and hits[0]["site"] == "tiengiang", query
            assert "Cai Lậy" in hits[0]["snippet"]
        assert store.search("dong bang song cuu long ngoai hanh tinh") == []
        # folded words collide ("thanh tra" is also "thành … trả"): the title match ranks first
        assert store.search("thanh tra")[0]["site"] == "baocantho"


def test_search_filters(db: str) -> None:
    with Store(db) as store:
        assert store.search("cai lay", province="Đồng Tháp")
        assert store.search("cai lay", province="Tiền Giang")  # the former name means the current province
        assert store.search("cai lay", province="Cần Thơ") == []
        assert store.search("cai lay", since="2024-01-01") == []
        assert store.search("cai lay", site="baocantho") == []


def test_search_command(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "cai lay", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Thị xã Cai Lậy tổng kết công tác quân sự" in out and "\\u" not in out
    assert main(["search", "cai lay", "--db", db, "--json"]) == 0
    hit = json.loads(capsys.readouterr().out.splitlines()[0])
    assert hit["site"] == "tiengiang"


def test_browse_serves_the_store_with_search(db: str, tmp_path: Path) -> None:
    with browsing(db, tmp_path) as base:
        found = json.loads(urllib.request.urlopen(
            base + "/articles/articles.json?_search=cai+lay&_shape=array&_col=title", timeout=10).read())
        assert [row["title"] for row in found] == [
            "Thị xã Cai Lậy tổng kết công tác quân sự, quốc phòng địa phương năm 2023"]
        meta = json.loads(urllib.request.urlopen(base + "/-/metadata.json", timeout=10).read())
        described = meta["databases"]["articles"]["tables"]["articles"]["description_html"]
        assert "cluster_id" in described and "event_date" in described


# --- a common word in a big store: each tier ranks its latest matches only (crawler.search.WINDOW) ------


def _window_store(tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'window.db'}")
    items = []
    for n in range(30):
        words = "lúa gạo " * (1 + n % 5)
        body = f"Bài {n}: {words}" + (" rầy nâu" if n == 2 else "") + (" giá cao" if n >= 25 else "")
        items.append({"url": f"https://a.example.vn/{n}.html", "title": f"Tin số {n}", "body": body,
                      "published_at": f"2025-01-{n % 28 + 1:02d}T08:00:00+07:00", "site": "baocantho"})
    store.upsert_many(items)
    return store


def _ranked(store: Store, query: str, window: int, limit: int = 50) -> list[str]:
    from crawler.search import ranked_sql

    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(ranked_sql(window), {"q": query, "limit": limit}).fetchall()
    return [r[-1].rsplit("/", 1)[1] for r in rows]


def test_a_common_word_ranks_the_latest_matches_within_the_window(tmp_path: Path) -> None:
    with _window_store(tmp_path) as store:
        everything = _ranked(store, "lúa", 1000)
        assert len(everything) == 30
        latest = _ranked(store, "lúa", 10)
        assert sorted(latest) == sorted(f"{n}.html" for n in range(20, 30))  # the last 10 stored
        # ranked among themselves as the whole set ranks them
        assert latest == [u for u in everything if u in set(latest)]
        assert _ranked(store, "lúa", 10, limit=3) == latest[:3]


def test_a_rare_word_is_found_however_old_and_exclusions_leave_the_window(tmp_path: Path) -> None:
    with _window_store(tmp_path) as store:
        assert _ranked(store, "rầy nâu", 10) == ["2.html"]  # older than the window of "lúa"
        # the window's latest matches, less those with an excluded word ("giá": 25 to 29)
        assert _ranked(store, "lua -gia", 10) == [u for u in _ranked(store, "lua -gia", 1000)
                                                  if int(u.split(".")[0]) in range(20, 25)]
        assert store.search("rầy nâu")[0]["url"].endswith("/2.html")
