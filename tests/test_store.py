"""The article store (SQLite here; PostgreSQL when DATABASE_URL points at one) and StorePipeline."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.items import ARTICLE_FIELDS, new_item
from crawler.pipelines.store import StorePipeline
from crawler.store import DEFAULT_DB_URL, Store, database_url

VN = timezone(timedelta(hours=7))


def make_item(n: int = 1, **fields: Any) -> dict[str, Any]:
    item = new_item()
    url = f"https://baocantho.com.vn/bai-viet-{n}-a{n}.html"
    item.update(
        url=url,
        canonical_url=url,
        site="baocantho",
        province="Cần Thơ",
        title=f"Tin số {n}: Cần Thơ khai mạc lễ hội",
        sapo="(CTO) - Ngày 8-1, …",
        body=f"Đoạn một của bài {n}.\n\nĐoạn hai.",
        body_html=f"<p>Đoạn một của bài {n}.</p><p>Đoạn hai.</p>",
        authors=["P.Y"],
        tags=["Cần Thơ", "lễ hội"],
        category=["THỜI SỰ", "Cần Thơ"],
        images=[
            {"url": f"https://baocantho.com.vn/img/{n}.jpg", "caption": "Ảnh minh hoạ", "credit": "Duy Khôi"}
        ],
        attachments=[{"url": "https://baocantho.com.vn/f/qd.pdf", "title": "Quyết định số 1"}],
        published_at="2026-01-08T18:21:00+07:00",
        published_raw="08/01/2026 - 18:21",
        event_date="2026-01-08",
        language="vi",
        fetched_at="2026-01-09T08:00:00+07:00",
        extraction="a_id",
    )
    item.update(fields)
    item["content_hash"] = fields.get("content_hash") or _hash(item)
    return item


def _hash(item: dict[str, Any]) -> str:
    return hashlib.sha256("\n".join((item["title"], item["sapo"], item["body"])).encode()).hexdigest()


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Store(f"sqlite:///{tmp_path / 'db' / 'articles.db'}")
    yield s
    s.close()


# --- upserts -------------------------------------------------------------------------------------


def test_new_unchanged_updated_keeps_revisions(store: Store) -> None:
    first = make_item(1)
    assert store.upsert_many([first]) == ["new"]
    (stored,) = store.iter_articles()
    assert stored["version"] == 1 and stored["first_seen_at"] and stored["last_seen_at"]
    assert {k: stored[k] for k in ARTICLE_FIELDS} == first

    assert store.upsert_many([dict(first, fetched_at="2026-01-10T08:00:00+07:00")]) == ["unchanged"]
    (again,) = store.iter_articles()
    assert again["version"] == 1 and again["fetched_at"] == first["fetched_at"]  # only last_seen moves
    assert again["first_seen_at"] == stored["first_seen_at"]
    assert store.revisions(first["canonical_url"]) == []

    second = make_item(1, body="Đoạn một đã sửa.\n\nĐoạn hai.", modified_at="2026-01-09T09:00:00+07:00")
    assert store.upsert_many([second]) == ["updated"]
    third = make_item(1, title="Tiêu đề mới", body=second["body"])
    assert store.upsert_many([third]) == ["updated"]

    (current,) = store.iter_articles()
    assert current["version"] == 3
    assert current["title"] == "Tiêu đề mới" and current["content_hash"] == third["content_hash"]
    assert current["first_seen_at"] == stored["first_seen_at"]
    revs = store.revisions(first["canonical_url"])
    assert [r["version"] for r in revs] == [1, 2]
    assert revs[0]["body"] == first["body"] and revs[0]["content_hash"] == first["content_hash"]
    assert revs[0]["body_html"] == first["body_html"] and revs[0]["title"] == first["title"]
    assert revs[1]["body"] == second["body"] and revs[1]["modified_at"] == "2026-01-09T09:00:00+07:00"
    assert all(r["archived_at"] for r in revs)
    assert store.count() == 1


def test_batch_with_the_same_canonical_url(store: Store) -> None:
    a1 = make_item(1)
    a2 = make_item(1, body="Bản thứ hai.", url="https://baocantho.com.vn/bai-viet-1-a1.html?utm=x")
    a2_again = dict(a2, fetched_at="2026-01-11T00:00:00+07:00")
    b = make_item(2)
    assert store.upsert_many([a1, a2, a2_again, b]) == ["new", "updated", "unchanged", "new"]
    assert store.count() == 2
    current = next(a for a in store.iter_articles() if a["canonical_url"] == a1["canonical_url"])
    assert current["body"] == "Bản thứ hai." and current["version"] == 2
    assert current["fetched_at"] == "2026-01-11T00:00:00+07:00"  # the last item of the batch wins
    assert [(r["version"], r["body"]) for r in store.revisions(a1["canonical_url"])] == [(1, a1["body"])]

    # a stored article changed twice within one batch: stored text and the first change become revisions
    c1, c2 = make_item(1, body="Bản ba."), make_item(1, body="Bản bốn.")
    assert store.upsert_many([c1, b, c2]) == ["updated", "unchanged", "updated"]
    revs = store.revisions(a1["canonical_url"])
    assert [(r["version"], r["body"]) for r in revs] == [(1, a1["body"]), (2, "Bản thứ hai."), (3, "Bản ba.")]
    assert {a["canonical_url"]: a["version"] for a in store.iter_articles()}[a1["canonical_url"]] == 4


def test_canonical_url_falls_back_to_url_and_hash_is_computed(store: Store) -> None:
    item = make_item(5, canonical_url="", content_hash=None)
    item["content_hash"] = None
    assert store.upsert_many([item]) == ["new"]
    (stored,) = store.iter_articles()
    assert stored["canonical_url"] == item["url"]
    assert stored["content_hash"] == _hash(item)
    assert store.upsert_many([item]) == ["unchanged"]
    with pytest.raises(ValueError):
        store.upsert_many([make_item(6, url="", canonical_url="")])
    assert store.upsert_many([]) == []


def test_known_urls_and_has_url(store: Store) -> None:
    a = make_item(1, url="https://baocantho.com.vn/m/bai-1.html")
    b = make_item(2, site="baolaocai", province="Lào Cai")
    store.upsert_many([a, b])
    assert store.known_urls("baocantho") == {a["url"], a["canonical_url"]}
    assert store.known_urls() == {a["url"], a["canonical_url"], b["url"]}
    assert store.known_urls("nowhere") == set()
    assert store.has_url(a["url"]) and store.has_url(a["canonical_url"]) and store.has_url(b["url"])
    assert not store.has_url("https://baocantho.com.vn/khac.html")


# --- failures ------------------------------------------------------------------------------------


def _t(s: str) -> datetime:
    return datetime.fromisoformat(s)


def test_failures_back_off_and_clear(store: Store) -> None:
    url = "https://baolaocai.vn/bai-loi.html"
    t0 = datetime(2026, 1, 1, 8, 0, tzinfo=VN)
    store.record_failure(url, "baolaocai", "HTTP 500", now=t0)
    (f,) = store.failures()
    assert f["attempts"] == 1 and f["site"] == "baolaocai" and f["reason"] == "HTTP 500"
    assert _t(f["next_retry_at"]) - _t(f["last_failed_at"]) == timedelta(hours=1)

    for i in range(1, 3):
        store.record_failure(url, None, "timeout", now=t0 + timedelta(hours=i))
    (f,) = store.failures()
    assert f["attempts"] == 3 and f["reason"] == "timeout" and f["site"] == "baolaocai"
    assert _t(f["first_failed_at"]) == t0 and _t(f["last_failed_at"]) == t0 + timedelta(hours=2)
    assert _t(f["next_retry_at"]) - _t(f["last_failed_at"]) == timedelta(hours=4)

    for i in range(3, 12):
        store.record_failure(url, "baolaocai", "timeout", now=t0 + timedelta(hours=i))
    (f,) = store.failures()
    assert f["attempts"] == 12
    assert _t(f["next_retry_at"]) - _t(f["last_failed_at"]) == timedelta(days=7)  # capped

    other = "https://baocantho.com.vn/x-a1.html"
    store.record_failure(other, "baocantho", "parse error", now=t0)
    assert [x["url"] for x in store.failures(site="baocantho")] == [other]
    due = store.failures(due_only=True, now=t0 + timedelta(hours=2))
    assert [x["url"] for x in due] == [other]
    assert store.failures(due_only=True, now=t0) == []
    assert len(store.failures(due_only=True, now=t0 + timedelta(days=30))) == 2

    store.clear_failure(url)
    assert [x["url"] for x in store.failures()] == [other]
    assert store.clear_failures([other, "https://none"]) == 1
    assert store.failures() == []


# --- reading -------------------------------------------------------------------------------------


def test_iter_articles_filters_and_order(store: Store) -> None:
    items = [
        make_item(1, published_at="2025-10-31T23:59:59+07:00"),
        make_item(2, published_at="2025-11-01T00:00:00+07:00"),
        make_item(3, published_at="2026-01-08T18:21:00+07:00", site="tiengiang", province="Đồng Tháp"),
        make_item(4, published_at=None),
        make_item(5, published_at="2025-12-01T10:00:00+07:00", site="baoapbac", province="Đồng Tháp"),
    ]
    store.upsert_many(items)

    def urls(**kw: Any) -> list[int]:
        return [int(a["url"].rsplit("a", 1)[1].split(".")[0]) for a in store.iter_articles(**kw)]

    assert urls() == [3, 5, 2, 1, 4]  # newest first, undated last
    assert urls(batch=2) == [3, 5, 2, 1, 4]
    assert urls(site="baocantho") == [2, 1, 4]
    assert urls(province="Đồng Tháp") == [3, 5]
    assert urls(province="Đồng") == []  # exact match
    assert urls(since="2025-11-01") == [3, 5, 2]
    assert urls(since="2025-12-01T10:00:00+07:00") == [3, 5]
    assert urls(since=datetime(2025, 12, 1, 3, 0, 1, tzinfo=timezone.utc)) == [3]  # 10:00:01 +07:00
    assert urls(since=datetime(2025, 11, 1).date()) == [3, 5, 2]
    assert urls(site="baocantho", since="2025-11-01") == [2]
    assert urls(limit=2) == [3, 5]

    first = next(store.iter_articles())
    assert list(first)[: len(ARTICLE_FIELDS)] == list(ARTICLE_FIELDS)
    assert first["authors"] == ["P.Y"] and first["images"][0]["credit"] == "Duy Khôi"
    assert first["category"] == ["THỜI SỰ", "Cần Thơ"]
    assert store.count() == 5 and store.count("baocantho") == 3 and store.count("none") == 0


def test_sqlite_pragmas_wal_and_integrity(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "a.db"
    store = Store(f"sqlite:///{path}")
    assert path.exists()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert store.integrity_ok()
    store.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent
    assert {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= {
        "articles", "revisions", "failures", "runs"}
    raw.close()


def test_vietnamese_is_stored_unescaped(store: Store, tmp_path: Path) -> None:
    store.upsert_many([make_item(1)])
    store.close()
    raw = sqlite3.connect(tmp_path / "db" / "articles.db")
    province, authors, tags, category, images, attachments = raw.execute(
        "SELECT province, authors, tags, category, images, attachments FROM articles").fetchone()
    raw.close()
    assert province == "Cần Thơ"
    assert tags == '["Cần Thơ", "lễ hội"]' and category == '["THỜI SỰ", "Cần Thơ"]'
    for text in (authors, tags, category, images, attachments):
        assert "\\u" not in text
    assert "Ảnh minh hoạ" in images and "Quyết định số 1" in attachments


def test_ten_thousand_items_in_one_batch(store: Store) -> None:
    items = [make_item(i) for i in range(10_000)]
    assert set(store.upsert_many(items)) == {"new"}
    assert store.count() == 10_000
    assert len(store.known_urls("baocantho")) == 10_000
    again = store.upsert_many(items)
    assert again.count("unchanged") == 10_000
    assert sum(1 for _ in store.iter_articles(batch=1000)) == 10_000


def test_runs(store: Store) -> None:
    store.record_run("r1", {"started_at": "2026-01-09T08:00:00+07:00", "sites": {"baocantho": {"new": 3}}})
    store.record_run("r2", {"started_at": datetime(2026, 1, 10, 8, tzinfo=VN), "note": "Cần Thơ"})
    store.record_run(
        "r1", {"started_at": "2026-01-09T08:00:00+07:00", "finished_at": "2026-01-09T08:05:00+07:00"}
    )
    runs = store.runs()
    assert [r["run_id"] for r in runs] == ["r2", "r1"]
    assert runs[0]["started_at"] == "2026-01-10T08:00:00+07:00" and runs[0]["report"]["note"] == "Cần Thơ"
    assert runs[1]["finished_at"] == "2026-01-09T08:05:00+07:00"


def test_database_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url() == DEFAULT_DB_URL == "sqlite:///output/articles.db"
    assert database_url({}) == DEFAULT_DB_URL
    monkeypatch.setenv("DATABASE_URL", "sqlite:///env.db")
    assert database_url() == "sqlite:///env.db"
    assert database_url(get_crawler(settings_dict={}).settings) == "sqlite:///env.db"
    assert database_url({"DATABASE_URL": "sqlite:///setting.db"}) == "sqlite:///setting.db"


# --- the pipeline --------------------------------------------------------------------------------


def _pipeline(tmp_path: Path, **settings: Any) -> tuple[StorePipeline, Any]:
    crawler = get_crawler(settings_dict={"DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", **settings})
    return StorePipeline.from_crawler(crawler), crawler


def test_pipeline_buffers_flushes_and_counts(tmp_path: Path) -> None:
    pipe, crawler = _pipeline(tmp_path, STORE_BATCH_SIZE=3)
    spider = Spider("baocantho")
    pipe.open_spider(spider)
    assert spider.store is pipe.store
    pipe.store.record_failure(make_item(2)["url"], "baocantho", "HTTP 503")

    for i in range(1, 6):
        assert pipe.process_item(make_item(i), spider)["url"]
        assert pipe.store.count() == (3 if i >= 3 else 0)
    assert pipe.store.failures() == []  # stored now: its failure is cleared
    pipe.process_item(make_item(1, body="Đã sửa."), spider)
    pipe.process_item(make_item(4), spider)
    store = pipe.store
    pipe.close_spider(spider)

    stats = crawler.stats.get_stats()
    assert stats["store/new"] == 5 and stats["store/updated"] == 1 and stats["store/unchanged"] == 1
    assert stats["store/new/baocantho"] == 5 and stats["store/batches"] == 3
    assert "store/failed" not in stats
    assert store.count() == 5 and len(store.revisions(make_item(1)["canonical_url"])) == 1


def test_pipeline_keeps_an_existing_spider_store_and_can_be_disabled(tmp_path: Path) -> None:
    pipe, _ = _pipeline(tmp_path)
    spider = Spider("x")
    mine = object()
    spider.store = mine  # type: ignore[attr-defined]
    pipe.open_spider(spider)
    assert spider.store is mine and pipe.batch_size == 100
    pipe.close_spider(spider)
    with pytest.raises(NotConfigured):
        _pipeline(tmp_path, STORE_ENABLED=False)


def test_pipeline_retries_a_failed_batch_item_by_item(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe, crawler = _pipeline(tmp_path, STORE_BATCH_SIZE=10)
    real = pipe.store.upsert_many
    bad_url = make_item(2)["url"]

    def flaky(items: list[dict[str, Any]]) -> list[str]:
        if any(i["url"] == bad_url for i in items):
            raise RuntimeError("disk I/O error")
        return real(items)

    monkeypatch.setattr(pipe.store, "upsert_many", flaky)
    spider = Spider("baocantho")
    pipe.open_spider(spider)
    for i in range(1, 4):
        pipe.process_item(make_item(i), spider)
    store = pipe.store
    pipe.close_spider(spider)

    stats = crawler.stats.get_stats()
    assert stats["store/new"] == 2 and stats["store/failed"] == 1 and stats["store/batch_errors"] == 1
    assert store.count() == 2 and not store.has_url(bad_url)
    (failure,) = store.failures()
    assert failure["url"] == bad_url and "disk I/O error" in failure["reason"] and failure["attempts"] == 1


# --- PostgreSQL (optional) -----------------------------------------------------------------------


def test_postgresql_round_trip(postgres_url: str) -> None:
    """The real server (tests/conftest.py: skipped on a machine without one, a failure under CI)."""
    store = Store(postgres_url)
    try:
        tag = uuid.uuid4().hex
        where = {"url": f"https://example.vn/{tag}.html", "canonical_url": f"https://example.vn/{tag}.html",
                 "site": f"test-{tag}"}
        item = make_item(1, **where)
        assert store.upsert_many([item, make_item(1, body="Bản hai.", **where)]) == ["new", "updated"]
        assert store.upsert_many([item]) == ["updated"]
        (got,) = store.iter_articles(site=item["site"], since="2026-01-01")
        assert got["province"] == "Cần Thơ" and got["version"] == 3
        assert [r["version"] for r in store.revisions(item["canonical_url"])] == [1, 2]
        assert store.known_urls(item["site"]) == {item["url"]} and store.integrity_ok()
        store.record_failure(item["url"], item["site"], "x")
        store.record_failure(item["url"], item["site"], "x")
        assert store.failures(site=item["site"])[0]["attempts"] == 2
    finally:
        from sqlalchemy import delete

        from crawler.store import articles, failures

        with store.engine.begin() as conn:
            conn.execute(delete(failures).where(failures.c.url.like("https://example.vn/%")))
            conn.execute(delete(articles).where(articles.c.canonical_url.like("https://example.vn/%")))
        store.close()
