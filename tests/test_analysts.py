"""Republished stories grouped, places tagged, feeds per province and per site (issue: analysts)."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree

from crawler.export import export, export_per
from crawler.parsers import parse_article
from crawler.pipelines.enrich import PlacesPipeline
from crawler.store import Store

FIX = Path(__file__).resolve().parent / "fixtures"


class _Stats:
    def inc_value(self, *a: object) -> None:
        pass


def _item(site: str, name: str, **change: object) -> dict:
    spec = json.loads((FIX / site / f"{name}.json").read_text("utf-8"))
    item = parse_article((FIX / site / f"{name}.html").read_bytes(), spec["url"], site)
    item.update(change)
    return PlacesPipeline(_Stats()).process_item(item)


def test_republication_shares_the_earliest_articles_cluster_and_places_filter(tmp_path: Path) -> None:
    portal = _item("tiengiang", "cai-lay")  # 08/12/2023 00:00, the original
    paper = _item("baoapbac", "cai-lay")  # 09:15 the same day: retitled, lead split off, new byline/source
    # a national site's article about Cai Lậy: its site has no province, its text names the town
    national = _item("vnexpress", "article", url="https://vnexpress.net/cai-lay-4954455.html",
                     canonical_url="https://vnexpress.net/cai-lay-4954455.html",
                     title="Thị xã Cai Lậy khánh thành cầu mới",
                     body="Sáng 7/12, thị xã Cai Lậy khánh thành cây cầu mới bắc qua kênh Nguyễn Văn Tiếp.")
    other = _item("baocantho", "article")
    assert portal["places"]["provinces"] == ["Đồng Tháp"]
    assert national["places"]["provinces"] == ["Đồng Tháp"]
    assert national["province"] is None
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with Store(url) as store:
        store.upsert_many([paper, other, national])  # the repost is crawled first
        store.update_clusters()
        store.upsert_many([portal])
        stats = store.update_clusters()
        items = {i["site"] or "vnexpress": i for i in store.iter_articles()}
        assert items["baoapbac"]["cluster_id"] == items["tiengiang"]["cluster_id"] == portal["canonical_url"]
        assert stats["relabelled"] == 1  # the repost moved to the original's cluster
        assert items["baocantho"]["cluster_id"] == other["canonical_url"]
        assert items["vnexpress"]["cluster_id"] == national["canonical_url"]
        # "what happened in Đồng Tháp": the portal, the paper and the national article about Cai Lậy
        about = {i["canonical_url"] for i in store.iter_articles(province="Đồng Tháp")}
        assert about == {portal["canonical_url"], paper["canonical_url"], national["canonical_url"]}
        assert {i["canonical_url"] for i in store.iter_articles(province="Tiền Giang")} == about
        assert store.search("cai lay", province="Đồng Tháp")

        out = tmp_path / "feeds"
        written = export_per(store, "province", "atom", out)
        assert set(written) == {"Đồng Tháp", "Cần Thơ", "Hà Nội"}  # the Cần Thơ paper writes about Hà Nội too
        feed = lxml.etree.parse(str(written["Đồng Tháp"]))
        ns = {"a": "http://www.w3.org/2005/Atom"}
        assert len(feed.findall("a:entry", ns)) == 3
        assert "Đồng Tháp" in feed.findtext("a:title", namespaces=ns)
        sites = export_per(store, "site", "atom", out)
        assert {"tiengiang", "baoapbac", "baocantho"} <= set(sites)

        export(store, "jsonl", tmp_path / "all.jsonl")
        rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
        assert all({"cluster_id", "event_date", "places"} <= set(r) for r in rows)
        export(store, "csv", tmp_path / "all.csv")
        assert "Cai Lậy (Đồng Tháp)" in (tmp_path / "all.csv").read_text("utf-8-sig")
