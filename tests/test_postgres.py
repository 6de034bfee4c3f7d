"""The store on a real PostgreSQL server: the SQLite store's tests (tests/test_store.py, test_search.py)
run again on PostgreSQL, plus what only a server shows (schema isolation, concurrent writers).

Each test gets a schema of its own (``postgres_url`` in conftest.py), dropped after it. Without a
server the tests are skipped with the reason; with ``CI`` set they fail instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from test_analysts import _item as _enriched_item
from test_search import _item as _fixture_item

# The store's behaviour, written once for SQLite: collected here again, with the fixtures below.
from test_search import test_search_filters, test_search_ignores_diacritics_and_case  # noqa: F401
from test_store import (  # noqa: F401
    make_item,
    test_batch_with_the_same_canonical_url,
    test_canonical_url_falls_back_to_url_and_hash_is_computed,
    test_failures_back_off_and_clear,
    test_iter_articles_filters_and_order,
    test_known_urls_and_has_url,
    test_new_unchanged_updated_keeps_revisions,
    test_runs,
    test_ten_thousand_items_in_one_batch,
)

from crawler.export import export, export_per
from crawler.store import Store


@pytest.fixture
def store(postgres_url: str) -> Iterator[Store]:
    s = Store(postgres_url)
    yield s
    s.close()


@pytest.fixture
def db(postgres_url: str) -> str:
    """test_search.py's store (three saved pages), on PostgreSQL."""
    with Store(postgres_url) as store:
        store.upsert_many([_fixture_item("tiengiang", "cai-lay"), _fixture_item("baocantho", "article"),
                           _fixture_item("vnexpress", "article")])
    return postgres_url


def _schema(url: str) -> str:
    return make_url(url).query["options"].split("=", 1)[1]


def test_tables_live_in_the_tests_schema(store: Store, postgres_url: str) -> None:
    assert store.is_postgresql and not store.is_sqlite
    schema = _schema(postgres_url)
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_schema()").scalar() == schema
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %(s)s", {"s": schema})}
    engine.dispose()
    assert tables >= {"articles", "revisions", "failures", "runs", "site_runs", "article_provinces",
                      "article_signatures"}
    assert store.integrity_ok()
    Store(postgres_url).close()  # opening an existing store again: nothing to create, nothing breaks


def test_vietnamese_is_stored_unescaped(store: Store) -> None:
    store.upsert_many([make_item(1)])
    with store.engine.connect() as conn:
        province, tags, images = conn.exec_driver_sql("SELECT province, tags, images FROM articles").one()
    assert province == "Cần Thơ" and tags == '["Cần Thơ", "lễ hội"]'
    assert "\\u" not in images and "Ảnh minh hoạ" in images


def test_site_runs(store: Store) -> None:
    assert store.site_started("baocantho", "r1") is False  # the first crawl: nothing to resume
    assert store.site_started("baocantho", "r2") is True  # r1 never finished
    assert store.site_started("baocantho", "r2") is True  # another worker of r2 gets the same answer
    store.site_finished("baocantho", "finished")
    assert store.site_started("baocantho", "r3") is False  # r2 finished


def test_places_clusters_province_filter_search_and_feeds(store: Store, tmp_path: Any) -> None:
    """tests/test_analysts.py's scenario on PostgreSQL: article_provinces, signatures, update_clusters."""
    portal = _enriched_item("tiengiang", "cai-lay")
    paper = _enriched_item("baoapbac", "cai-lay")
    national = _enriched_item("vnexpress", "article", url="https://vnexpress.net/cai-lay-4954455.html",
                              canonical_url="https://vnexpress.net/cai-lay-4954455.html",
                              title="Thị xã Cai Lậy khánh thành cầu mới",
                              body="Sáng 7/12, thị xã Cai Lậy khánh thành cây cầu mới bắc qua kênh Nguyễn Văn Tiếp.")
    other = _enriched_item("baocantho", "article")
    store.upsert_many([paper, other, national])
    store.update_clusters()
    store.upsert_many([portal])
    stats = store.update_clusters()
    items = {i["site"] or "vnexpress": i for i in store.iter_articles()}
    assert items["baoapbac"]["cluster_id"] == items["tiengiang"]["cluster_id"] == portal["canonical_url"]
    assert stats["relabelled"] == 1
    assert items["baocantho"]["cluster_id"] == other["canonical_url"]
    assert store.update_clusters()["clustered_now"] == 0  # signatures kept (bytea round trip)
    about = {i["canonical_url"] for i in store.iter_articles(province="Đồng Tháp")}
    assert about == {portal["canonical_url"], paper["canonical_url"], national["canonical_url"]}
    assert {i["canonical_url"] for i in store.iter_articles(province="Tiền Giang")} == about
    assert {h["canonical_url"] for h in store.search("cai lay", province="Đồng Tháp")} == about
    assert store.search("CAI LẬY", site="vnexpress")[0]["title"] == "Thị xã Cai Lậy khánh thành cầu mới"
    # LIKE wildcards in a query are punctuation, as in SQLite's full-text search: "100%_" is the word 100
    assert [h["url"] for h in store.search("100%_")] == [h["url"] for h in store.search("100")]
    assert len(store.search("%")) == 0 and len(store.search("_")) == 0
    assert store.reindex() == 4
    assert {i["canonical_url"] for i in store.iter_articles(province="Đồng Tháp")} == about
    written = export_per(store, "province", "atom", tmp_path / "feeds")
    assert set(written) == {"Đồng Tháp", "Cần Thơ", "Hà Nội"}
    assert export(store, "jsonl", tmp_path / "all.jsonl") == 4


def test_concurrent_writers_store_each_article_once(postgres_url: str) -> None:
    """Two stores (two connection pools, as two worker processes) write the same new articles at once:
    no unique-key error, every article once, one "new" outcome for each."""
    items = [make_item(i) for i in range(300)]
    outcomes: list[list[str]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        with Store(postgres_url) as s:
            try:
                barrier.wait()
                for start in range(0, len(items), 50):
                    outcomes.append(s.upsert_many(items[start:start + 50]))
                    s.record_failure(f"https://x.vn/{start}", "x", "HTTP 500")
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    flat = [o for batch in outcomes for o in batch]
    assert flat.count("new") == 300 and flat.count("unchanged") == 300
    with Store(postgres_url) as s:
        assert s.count() == 300
        assert {f["attempts"] for f in s.failures()} == {2} and len(s.failures()) == 6


def test_search_has_a_full_text_index_and_the_sqlite_ranking(store: Store) -> None:
    """PostgreSQL's search uses GIN indexes over generated tsvector columns, with SQLite's semantics:
    the typed diacritics first, words together before apart, "phrases", -exclusions."""
    items = [
        {"url": "https://baoapbac.vn/a-1/", "title": "Tin tức", "body": "Thị xã Cai Lậy tổ chức hội nghị.", "site": "baoapbac"},
        {"url": "https://baoapbac.vn/a-2/", "title": "Tin khác", "body": "Cái cây lấy nước từ sông.", "site": "baoapbac"},
        {"url": "https://baoapbac.vn/a-3/", "title": "Tin nữa", "body": "Người dân lây bệnh cai nghiện.", "site": "baoapbac"},
    ]
    store.upsert_many(items)
    with store.engine.connect() as conn:
        indexes = {r[0] for r in conn.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexdef ILIKE '%%USING gin%%'")}
        conn.exec_driver_sql("SET enable_seqscan = off")  # three rows: the planner would rather scan
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(
            "EXPLAIN SELECT id FROM articles WHERE search_folded @@ to_tsquery('simple', 'cai')"))
    assert any("search_folded" in i for i in indexes) and any("search_exact" in i for i in indexes)
    assert "Index Scan on ix_articles_search_folded" in plan, plan
    urls = lambda q: [h["url"] for h in store.search(q)]  # noqa: E731
    assert urls('"cai lay"') == ["https://baoapbac.vn/a-1/"]
    assert urls("cai lay")[0] == "https://baoapbac.vn/a-1/" and len(urls("cai lay")) == 3
    assert urls("lấy")[0] == "https://baoapbac.vn/a-2/"  # spelled as typed, before "Lậy" and "lây"
    assert "https://baoapbac.vn/a-3/" not in urls("cai -benh")


def test_bulk_load_on_postgresql_gives_the_store_upserts_give(postgres_url: str, tmp_path) -> None:
    """``bulk_load`` on PostgreSQL: the same articles, clusters and search as SQLite's upserts and
    ``update_clusters``; the id sequence goes on after the loaded ids (the next upsert stores)."""
    from test_bulk import _chunks, _items

    items = _items()
    with Store(f"sqlite:///{tmp_path / 'slow.db'}") as slow:
        slow.upsert_many(items[:-10])
        slow.update_clusters()
        expected = {a["canonical_url"]: a["cluster_id"] for a in slow.iter_articles()}
        searched = [a["canonical_url"] for a in slow.search("cai lay", limit=500)]
    with Store(postgres_url) as store:
        report = store.bulk_load(_chunks(items[:-10], 50), processes=2)
        assert report["articles"] == len(items) - 10 and report["in_groups"] > 0
        assert {a["canonical_url"]: a["cluster_id"] for a in store.iter_articles()} == expected
        assert {a["canonical_url"] for a in store.search("cai lay", limit=500)} == set(searched)
        assert store.upsert_many(items[-10:]) == ["new"] * 10
        assert store.update_clusters()["clustered_now"] == 10
        with store.engine.connect() as conn:  # the GIN indexes dropped for the load are back
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
        assert {"ix_articles_search_folded", "ix_articles_search_exact", "ix_article_bands_bucket"} <= names


def test_export_bytes_are_pinned_on_postgresql(postgres_url: str, tmp_path: Any) -> None:
    """The pinned store on PostgreSQL exports the same bytes as on SQLite (tests/test_export_pinned.py)."""
    from test_export_pinned import CASES, DATA, build_pinned_store

    store = build_pinned_store(postgres_url)
    try:
        for fmt, options, golden in CASES:
            export(store, fmt, tmp_path / golden, **options)
            assert (tmp_path / golden).read_bytes() == (DATA / golden).read_bytes(), golden
    finally:
        store.close()
