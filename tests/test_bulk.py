"""crawler.store.bulk: a bulk-loaded store is the store ``upsert_many`` + ``update_clusters`` make."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crawler.errors import StoreError
from crawler.samples import Portal
from crawler.store import Store, article_bands, article_provinces, article_signatures, article_urls, articles

DATA = Path(__file__).parent / "data" / "cluster" / "testset.json"
SITES = ("baocantho", "baoapbac", "tiengiang", "baolaocai")


def _items() -> list[dict[str, Any]]:
    """Sample articles of four portals (with the reposts planted between them) and the clustering test
    set (republications edited, trimmed, retitled; template twins that are not), in a mixed order, one
    with another address that led to it."""
    out = []
    for site in SITES:
        portal = Portal(site, n_articles=40)
        out += [portal.expected_item(i) for i in portal.article_ids()]
    for a in json.loads(DATA.read_text(encoding="utf-8")):
        out.append({"url": a["key"], "canonical_url": a["key"], "title": a["title"], "sapo": a["sapo"],
                    "body": a["body"], "published_at": a["published_at"], "site": "baocantho",
                    "province": "Cần Thơ"})
    out[3]["_urls"] = ["https://example.vn/redirected-from.html"]
    return out[::2] + out[1::2]


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the store holds per article, keyed by canonical URL (row ids and times aside)."""
    skip = {"id", "first_seen_at", "last_seen_at"}
    with store.engine.connect() as conn:
        key = dict(conn.execute(select(articles.c.id, articles.c.canonical_url)).all())
        rows = {r["canonical_url"]: {k: v for k, v in r.items() if k not in skip}
                for r in conn.execute(select(articles)).mappings()}
        provinces = sorted((key[a], p) for a, p in conn.execute(select(article_provinces)))
        urls = sorted((u, key[a]) for u, a in conn.execute(select(article_urls)))
        sigs = sorted((key[a], h, bytes(s)) for a, h, s in conn.execute(select(article_signatures)))
        bands = sorted((key[a], b, k) for a, b, k in conn.execute(select(article_bands)))
        fts = {name: sorted(tuple(r[1:]) + (key[r[0]],) for r in conn.exec_driver_sql(
               f"SELECT rowid, title, sapo, body FROM {name}")) for name in ("articles_fts", "articles_fts_exact")}
    return {"rows": rows, "provinces": provinces, "urls": urls, "signatures": sigs, "bands": bands, "fts": fts}


def _chunks(items: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _sample_chunk(args: tuple[str, int, int]) -> list[dict[str, Any]]:
    site, start, stop = args
    portal = Portal(site, n_articles=40)
    return [portal.expected_item(i) for i in range(start, stop)]


def test_bulk_load_gives_the_store_upserts_and_update_clusters_give(tmp_path: Path) -> None:
    items = _items()
    with Store(f"sqlite:///{tmp_path / 'slow.db'}") as slow:
        for chunk in _chunks(items, 70):
            slow.upsert_many(chunk)
        slow_report = slow.update_clusters()
        expected = _snapshot(slow)
        searches = {q: [a["canonical_url"] for a in slow.search(q)] for q in ("cai lay", "Cai Lậy", "nông thôn")}
    assert slow_report["in_groups"] >= 10  # the groups are what is compared
    seen = []
    with Store(f"sqlite:///{tmp_path / 'bulk.db'}") as bulk:
        report = bulk.bulk_load(_chunks(items, 70), processes=2, progress=seen.append)
        got = _snapshot(bulk)
        assert {q: [a["canonical_url"] for a in bulk.search(q)] for q in searches} == searches
        assert bulk.update_clusters()["clustered_now"] == 0  # nothing left to cluster
        with bulk.engine.connect() as conn:  # the bucket index is back
            assert conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'ix_article_bands_bucket'").first()
    assert report == {"articles": len(items), "in_groups": slow_report["in_groups"]}
    assert seen[-1] == len(items) and seen == sorted(seen)
    for part in expected:
        assert got[part] == expected[part], part


def test_bulk_load_makes_the_items_in_the_workers(tmp_path: Path) -> None:
    tasks = [(site, start, start + 20) for site in SITES for start in (1, 21)]
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as a, Store(f"sqlite:///{tmp_path / 'b.db'}") as b:
        a.bulk_load(tasks, make=_sample_chunk, processes=2)
        b.bulk_load([_sample_chunk(t) for t in tasks], processes=1)
        assert _snapshot(a) == _snapshot(b)
        assert a.count() == 160


def test_a_store_with_articles_is_not_bulk_loaded(tmp_path: Path) -> None:
    items = _items()
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        store.upsert_many(items[:1])
        with pytest.raises(StoreError, match="empty store"):
            store.bulk_load([items[1:3]])
        assert store.count() == 1


def test_new_articles_after_a_bulk_load_cluster_with_the_loaded_ones(tmp_path: Path) -> None:
    """The loaded band index serves the next runs: an article stored after the load joins its story."""
    items = _items()
    loaded, later = items[:-40], items[-40:]
    with Store(f"sqlite:///{tmp_path / 'slow.db'}") as slow:
        slow.upsert_many(items)
        slow.update_clusters()
        expected = {a["canonical_url"]: a["cluster_id"] for a in slow.iter_articles()}
    with Store(f"sqlite:///{tmp_path / 'bulk.db'}") as bulk:
        bulk.bulk_load([loaded], processes=1)
        bulk.upsert_many(later)
        bulk.update_clusters()
        assert {a["canonical_url"]: a["cluster_id"] for a in bulk.iter_articles()} == expected


def test_signatures_of_the_earlier_hashing_are_made_again(tmp_path: Path) -> None:
    """A store signed by an earlier version (MH1: one SHA-1 per shingle) is signed again at the next
    clustering: its old signatures cannot be compared with new ones, its clusters are kept."""
    from sqlalchemy import update

    items = _items()
    db = f"sqlite:///{tmp_path / 'a.db'}"
    with Store(db) as store:
        store.upsert_many(items[:-20])
        store.update_clusters()
        expected = {a["canonical_url"]: a["cluster_id"] for a in store.iter_articles()}
        with store._writing() as conn:  # noqa: SLF001 - what an older version left
            for aid, data in conn.execute(select(article_signatures.c.article_id, article_signatures.c.signature)).all():
                conn.execute(update(article_signatures).where(article_signatures.c.article_id == aid)
                             .values(signature=b"MH1" + bytes(data)[3:]))
    with Store(db) as store:
        with store.engine.connect() as conn:
            assert conn.execute(select(article_signatures)).first() is None
            assert conn.execute(select(article_bands)).first() is None
        report = store.update_clusters()
        assert report["clustered_now"] == len(items) - 20
        assert {a["canonical_url"]: a["cluster_id"] for a in store.iter_articles()} == expected
        store.upsert_many(items[-20:])
        assert store.update_clusters()["clustered_now"] == 20


def test_the_queue_of_articles_to_cluster(tmp_path: Path) -> None:
    """New and changed articles wait in ``cluster_queue`` (the next clustering finds them without reading
    the articles); a store of a version before the queue gets its unclustered articles queued once."""
    items = _items()
    db = f"sqlite:///{tmp_path / 'a.db'}"
    with Store(db) as store:
        store.upsert_many(items[:50])
        assert store.update_clusters()["clustered_now"] == 50
        store.upsert_many(items[:50])  # unchanged: nothing to do
        assert store.update_clusters()["clustered_now"] == 0
        store.upsert_many([{**items[0], "body": items[0]["body"] + "\n\nĐoạn mới."}, *items[50:55]])
        with store._writing() as conn:  # noqa: SLF001 - an earlier version had no queue
            conn.exec_driver_sql("DROP TABLE cluster_queue")
    with Store(db) as store:
        assert store.update_clusters()["clustered_now"] == 6  # the changed one and the five new
        assert store.update_clusters()["clustered_now"] == 0


def test_a_band_key_shared_by_too_many_articles_is_a_stop_bucket(tmp_path: Path, monkeypatch) -> None:
    """A band key more than HOT_BUCKET stored articles share names a set phrase, not a story: it gives no
    candidates, in the store's clustering as in a bulk load."""
    import crawler.clustering

    monkeypatch.setattr(crawler.clustering, "HOT_BUCKET", 3)
    base = _items()[0]
    copies = [{**base, "url": f"https://a.example.vn/{n}.html", "canonical_url": f"https://a.example.vn/{n}.html",
               "published_at": f"2025-03-0{n + 1}T08:00:00+07:00"} for n in range(6)]
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        for item in copies:  # one run each: the 5th finds every key already shared by 4
            store.upsert_many([item])
            store.update_clusters()
        clusters = [a["cluster_id"] for a in sorted(store.iter_articles(), key=lambda a: a["published_at"])]
    first = copies[0]["canonical_url"]
    assert clusters[:4] == [first] * 4 and clusters[4:] == [copies[4]["canonical_url"], copies[5]["canonical_url"]]
    with Store(f"sqlite:///{tmp_path / 'b.db'}") as bulk:  # all six share every key: none is a candidate
        assert bulk.bulk_load([copies], processes=1)["in_groups"] == 0
