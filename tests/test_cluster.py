"""crawler.cluster: republished stories grouped under the earliest article's canonical_url."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from crawler.cluster import Clusterer, Signature, _timestamp, cluster_text, dumps, loads, shingles
from crawler.samples.bank import GENERIC_SENTENCES

DATA = Path(__file__).parent / "data" / "cluster" / "testset.json"


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def text_of(a: dict) -> str:
    return cluster_text(a["title"], a["sapo"], a["body"])


def run(articles: list[dict], order: list[int] | None = None, **kw: object) -> Clusterer:
    c = Clusterer(**kw)  # type: ignore[arg-type]
    for i in order if order is not None else range(len(articles)):
        a = articles[i]
        c.add(a["key"], text_of(a), a["published_at"])
    return c


def pair_scores(articles: list[dict], assigned: dict[str, str]) -> tuple[float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(articles, 2):
        same_true, same_pred = a["story"] == b["story"], assigned[a["key"]] == assigned[b["key"]]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    return tp / (tp + fp), tp / (tp + fn)


def shuffled(n: int, seed: int) -> list[int]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return order


# --- the test set ---------------------------------------------------------------------------------------


def test_testset_is_big_enough(articles: list[dict]) -> None:
    stories = {a["story"] for a in articles}
    assert len(stories) >= 60
    variants = {v for a in articles for v in a["variant"].split("+")}
    assert {"retitled", "trimmed", "new_lead", "byline", "dateline", "edited", "twin", "hard_negative_of_seed"} <= variants


def test_precision_and_recall_on_the_testset(articles: list[dict]) -> None:
    c = run(articles, shuffled(len(articles), 1))
    precision, recall = pair_scores(articles, c.clusters())
    print(f"pairwise precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= 0.95
    assert recall >= 0.95


def test_seed_and_its_republication_together_cai_be_apart(articles: list[dict]) -> None:
    c = run(articles)
    seed = "https://tiengiang.gov.vn/chi-tiet-tin?/thi-xa-cai-lay-tong-ket-cong-tac-quan-su-quoc-phong-dia-phuong-nam-2023/51373163"
    repost = next(a["key"] for a in articles if a["site"] == "baoapbac" and a["story"] == "real:cai-lay")
    cai_be = next(a["key"] for a in articles if a["story"] == "hand:cai-be")
    assert c.cluster_of(repost) == c.cluster_of(seed) == seed
    assert c.cluster_of(cai_be) != seed


def test_cluster_id_is_the_earliest_article_whatever_the_order(articles: list[dict]) -> None:
    first = run(articles, shuffled(len(articles), 2)).clusters()
    for seed in (3, 4):
        assert run(articles, shuffled(len(articles), seed)).clusters() == first
    groups: dict[str, list[dict]] = {}
    for a in articles:
        groups.setdefault(first[a["key"]], []).append(a)
    for cid, members in groups.items():
        earliest = min(members, key=lambda a: (_timestamp(a["published_at"]), a["key"]))
        assert cid == earliest["key"]


def test_relabelling_when_the_original_arrives_last(articles: list[dict]) -> None:
    story = [a for a in articles if a["story"] == "gen:001"]
    assert len(story) >= 2
    story.sort(key=lambda a: a["published_at"])
    original, reposts = story[0], story[1:]
    c = Clusterer()
    first = c.add(reposts[-1]["key"], text_of(reposts[-1]), reposts[-1]["published_at"])
    assert first == reposts[-1]["key"]
    for a in reposts[:-1]:
        c.add(a["key"], text_of(a), a["published_at"])
    c.relabelled()
    assert c.add(original["key"], text_of(original), original["published_at"]) == original["key"]
    changed = c.relabelled()
    assert changed == {a["key"]: original["key"] for a in reposts}
    assert c.relabelled() == {}
    assert all(c.cluster_of(a["key"]) == original["key"] for a in story)


# --- persistence ------------------------------------------------------------------------------------------


def test_signature_bytes_round_trip() -> None:
    c = Clusterer()
    text = cluster_text("", "", "\n\n".join(GENERIC_SENTENCES))
    data = c.signature(text)
    assert isinstance(data, bytes) and len(data) == 12 + 4 * 128
    sig = loads(data)
    assert isinstance(sig, Signature)
    assert sig.size == len(shingles(text)) and sig.num_perm == 128
    assert dumps(sig) == data
    assert (sig.hashvalues == c.minhash(text).hashvalues).all()
    with pytest.raises(ValueError):
        loads(b"XXX" + data[3:])
    with pytest.raises(ValueError):
        Clusterer(num_perm=64).add_signature("k", data, None)


def test_from_signatures_clusters_new_articles_as_one_run_would(articles: list[dict]) -> None:
    order = shuffled(len(articles), 5)
    old, new = order[: len(order) // 2], order[len(order) // 2:]
    first_run = run(articles, old)
    rows = [(articles[i]["key"], first_run.signature_of(articles[i]["key"]), articles[i]["published_at"],
             first_run.cluster_of(articles[i]["key"])) for i in old]
    reloaded = Clusterer.from_signatures(rows)
    assert len(reloaded) == len(old)
    assert reloaded.clusters() == first_run.clusters()
    for i in new:
        a = articles[i]
        got = reloaded.add(a["key"], text_of(a), a["published_at"])
        assert got == first_run.add(a["key"], text_of(a), a["published_at"])
    assert reloaded.clusters() == first_run.clusters() == run(articles).clusters()


def test_from_signatures_keeps_stored_groups() -> None:
    c = Clusterer()
    a = c.signature(cluster_text("", "", " ".join(GENERIC_SENTENCES)))
    b = c.signature(cluster_text("", "", "Một câu khác hẳn. " * 20 + "Kết thúc bài viết ở đây."))
    reloaded = Clusterer.from_signatures([
        ("u2", b, "2025-01-02T08:00:00+07:00", "u1"),
        ("u1", a, "2025-01-01T08:00:00+07:00", "u1"),
        ("u3", a, None, None),
    ])
    assert reloaded.cluster_of("u2") == reloaded.cluster_of("u1") == "u1"
    # u3 has u1's text: stored groups are not compared again, but a new article is compared with all
    assert reloaded.cluster_of("u3") == "u3"
    assert reloaded.add_signature("u4", a, "2025-01-03T00:00:00+07:00") == "u1"


# --- short and empty texts ---------------------------------------------------------------------------------


def test_one_sentence_bodies_do_not_glue_stories(articles: list[dict]) -> None:
    c = run(articles)
    before = c.clusters()
    # a boilerplate sentence many generated stories contain, as the whole body of a short item
    sentence = GENERIC_SENTENCES[3]
    holders = [a["key"] for a in articles if sentence in a["body"] or sentence in a["sapo"]]
    assert len({before[k] for k in holders}) >= 2
    assert c.add("short-1", cluster_text("", "", sentence), "2025-01-01T00:00:00+07:00") == "short-1"
    assert c.add("short-2", cluster_text("Tin ngắn", "", sentence), "2025-01-02T00:00:00+07:00") == "short-2"
    assert c.add("empty", cluster_text("", "", ""), None) == "empty"
    assert c.add("empty-2", "", None) == "empty-2"
    after = c.clusters()
    assert all(after[k] == v for k, v in before.items())
    assert c.relabelled() == {}


def test_short_text_inside_a_long_one_is_not_a_repost() -> None:
    long_text = " ".join(GENERIC_SENTENCES) + " " + " ".join(f"Câu số {i} của bài viết dài." for i in range(40))
    c = Clusterer()
    c.add("long", cluster_text("", "", long_text), "2025-01-01T00:00:00+07:00")
    # two sentences (over the minimum of shingles) taken from the long text: contained, but far smaller
    short = " ".join(GENERIC_SENTENCES[:3])
    assert len(shingles(short)) >= c.min_shingles
    assert c.add("short", cluster_text("", "", short), "2025-01-02T00:00:00+07:00") == "short"


def test_known_key_keeps_its_cluster() -> None:
    c = Clusterer()
    text = cluster_text("", "", " ".join(GENERIC_SENTENCES))
    assert c.add("a", text, "2025-01-02T00:00:00+07:00") == "a"
    assert c.add("b", text, "2025-01-01T00:00:00+07:00") == "b"
    assert c.relabelled() == {"a": "b"}
    assert c.add("a", "something else entirely", None) == "b"
    assert "a" in c and len(c) == 2


# --- the compared text ------------------------------------------------------------------------------------


def test_cluster_text_strips_dateline_byline_title_and_folds() -> None:
    got = cluster_text(
        "Tiêu đề mới hoàn toàn",
        "(CTO) - Ngày 8-1, Phó Thủ tướng chủ trì hội nghị.",
        "Ngày 8-1, Phó Thủ tướng chủ trì hội nghị.\n\nNội dung: 100% chỉ tiêu.\n\nTin, ảnh: P.Y",
    )
    assert got == "ngay 8 1 pho thu tuong chu tri hoi nghi noi dung 100 chi tieu"
    assert cluster_text("", "", "HÀ NỘI (TTXVN) - Sáng nay, trời mưa.\n\nTheo Báo Ấp Bắc") == "sang nay troi mua"
    assert cluster_text("", "ĐTO - Sáng nay.", "") == "sang nay"
    assert cluster_text("", "", "UBND tỉnh - cơ quan") == "ubnd tinh co quan"
    assert cluster_text("Tiêu đề", "", "Thân bài.", with_title=True) == "tieu de than bai"


def test_sapo_in_body_or_apart_gives_the_same_text() -> None:
    lead = "Ngày 06/12, Ban CHQS thị xã Cai Lậy tổ chức hội nghị."
    rest = "Năm 2023, Ban CHQS thị xã đã thực hiện nghiêm túc các chỉ thị."
    assert cluster_text("", lead, f"{lead}\n\n{rest}") == cluster_text("", lead, rest) == cluster_text("", "", f"{lead}\n\n{rest}")


# --- clusters kept in the store (crawler.clustering): the cost of what is new ------------------------------


def _store_items(articles: list[dict]) -> list[dict]:
    return [{"url": a["key"], "canonical_url": a["key"], "title": a["title"], "sapo": a["sapo"], "body": a["body"],
             "published_at": a["published_at"], "site": "baocantho"} for a in articles]


def test_the_store_clusters_runs_as_one_clusterer_would(articles: list[dict], tmp_path: Path) -> None:
    """The test set stored in four runs, in a shuffled order: the same groups and ids as the in-memory
    clusterer that sees everything at once."""
    from crawler.store import Store

    order = shuffled(len(articles), 3)
    items = _store_items(articles)
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        for part in range(4):
            store.upsert_many([items[i] for i in order[part::4]])
            store.update_clusters()
        stored = {a["canonical_url"]: a["cluster_id"] for a in store.iter_articles()}
        assert store.update_clusters()["clustered_now"] == 0
    precision, recall = pair_scores(articles, stored)
    assert precision >= 0.95 and recall >= 0.95
    assert stored == run(articles).clusters()  # ids included: the earliest article of each group


def test_a_run_compares_its_new_articles_with_their_candidates_only(articles: list[dict], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.clustering as clustering
    from crawler.store import Store

    items = _store_items(articles)
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        store.upsert_many(items[:-5])
        store.update_clusters()
        loaded = []
        real = clustering.loads
        monkeypatch.setattr(clustering, "loads", lambda data: loaded.append(1) or real(data))
        store.upsert_many(items[-5:])
        stats = store.update_clusters()
    assert stats["clustered_now"] == 5
    stored = len(articles) - 5
    # the candidates that share a band with them, not every stored signature
    assert len(loaded) < stored / 4, f"{len(loaded)} of {stored} stored signatures read for 5 new articles"
