"""Measure crawler.cluster on the republication test set (tests/data/cluster/testset.json).

    python bench/cluster.py [--orders N] [--seeds S]

For each setting, every article of the test set is added to a fresh ``Clusterer`` in a shuffled
(crawl) order; reported are the pairwise precision, recall and F1 (a pair is predicted when both
articles end in one cluster, true when both are the same story), the number of articles whose
cluster id differs from the earliest article of its predicted group (must be 0), whether N other
orders give the same ids, and the time per article of ``cluster_text`` + ``Clusterer.add`` (best
of 2 passes), and the worst precision and recall over other MinHash seeds (the sketch's luck). The
default setting is first; the alternatives (Jaccard instead of containment, other thresholds, the
title in the compared text, other shingle sizes and numbers of permutations, 64-bit SimHash) are
measured in the same run on the same data. The exact-set figures (no MinHash, all pairs compared)
show what the sketch and the LSH index cost. Takes about a minute.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np

from crawler.cluster import Clusterer, cluster_text, shingles

TESTSET = ROOT / "tests" / "data" / "cluster" / "testset.json"


def load() -> list[dict]:
    return json.loads(TESTSET.read_text(encoding="utf-8"))


def pair_scores(articles: list[dict], assigned: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1 of ``assigned`` (key → cluster id) against the true stories."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(articles, 2):
        same_true = a["story"] == b["story"]
        same_pred = assigned[a["key"]] == assigned[b["key"]]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def wrong_ids(articles: list[dict], assigned: dict[str, str]) -> int:
    """Articles whose cluster id is not the key of the earliest article of their predicted group."""
    from crawler.cluster import _timestamp

    groups: dict[str, list[dict]] = {}
    for a in articles:
        groups.setdefault(assigned[a["key"]], []).append(a)
    bad = 0
    for cid, members in groups.items():
        first = min(members, key=lambda a: (_timestamp(a["published_at"]), a["key"]))
        bad += sum(1 for _ in members) if first["key"] != cid else 0
    return bad


def run_clusterer(articles: list[dict], order: list[int], with_title: bool = False, **kw) -> tuple[dict, float]:
    c = Clusterer(**kw)
    gc.disable()
    t0 = time.perf_counter()
    for i in order:
        a = articles[i]
        text = cluster_text(a["title"], a["sapo"], a["body"], with_title=with_title)
        c.add(a["key"], text, a["published_at"])
    elapsed = time.perf_counter() - t0
    gc.enable()
    return c.clusters(), elapsed / len(articles)


def _components(n: int, edges: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    return [find(i) for i in range(n)]


def run_exact(articles: list[dict], threshold: float, min_jaccard: float, k: int = 3) -> dict:
    """The same rule on exact shingle sets (no MinHash, all pairs): what the sketch approximates."""
    sets = [shingles(cluster_text(a["title"], a["sapo"], a["body"]), k) for a in articles]
    edges = []
    for i, j in itertools.combinations(range(len(articles)), 2):
        if len(sets[i]) < 40 or len(sets[j]) < 40:
            continue
        inter = len(sets[i] & sets[j])
        jac = inter / len(sets[i] | sets[j])
        con = inter / min(len(sets[i]), len(sets[j]))
        if jac >= min_jaccard and con >= threshold:
            edges.append((i, j))
    comp = _components(len(articles), edges)
    return {a["key"]: str(comp[i]) for i, a in enumerate(articles)}


def run_simhash(articles: list[dict], max_distance: int, k: int = 3) -> tuple[dict, float]:
    """64-bit SimHash of the shingles (blake2b), pairs within ``max_distance`` bits, connected components."""
    import hashlib

    t0 = time.perf_counter()
    hashes = []
    for a in articles:
        grams = shingles(cluster_text(a["title"], a["sapo"], a["body"]), k)
        acc = np.zeros(64, dtype=np.int32)
        for g in grams:
            h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
            bits = (h >> np.arange(64, dtype=np.uint64)) & 1
            acc += np.where(bits.astype(bool), 1, -1)
        hashes.append(int("".join("1" if x > 0 else "0" for x in acc), 2))
    per_article = (time.perf_counter() - t0) / len(articles)
    edges = [(i, j) for i, j in itertools.combinations(range(len(articles)), 2)
             if (hashes[i] ^ hashes[j]).bit_count() <= max_distance]
    comp = _components(len(articles), edges)
    return {a["key"]: str(comp[i]) for i, a in enumerate(articles)}, per_article


SETTINGS: list[tuple[str, dict]] = [
    ("DEFAULT containment>=0.8, jacc>=0.3, k=3", {}),
    ("containment>=0.5", {"threshold": 0.5}),
    ("containment>=0.7", {"threshold": 0.7}),
    ("containment>=0.75", {"threshold": 0.75}),
    ("containment>=0.9", {"threshold": 0.9}),
    ("containment>=0.8, no jaccard floor", {"min_jaccard": 0.0}),
    ("jaccard>=0.3 only", {"threshold": 0.0, "min_jaccard": 0.3}),
    ("jaccard>=0.5 only", {"threshold": 0.0, "min_jaccard": 0.5}),
    ("jaccard>=0.7 only", {"threshold": 0.0, "min_jaccard": 0.7}),
    ("default + title in the compared text", {"with_title": True}),
    ("default, shingle k=2", {"shingle": 2}),
    ("default, shingle k=5", {"shingle": 5}),
    ("default, num_perm=64", {"num_perm": 64}),
    ("default, num_perm=256", {"num_perm": 256}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=3, help="other crawl orders checked for the same ids")
    parser.add_argument("--seeds", type=int, default=5, help="MinHash seeds for the worst-case figures")
    args = parser.parse_args()
    articles = load()
    n_pairs = sum(1 for a, b in itertools.combinations(articles, 2) if a["story"] == b["story"])
    print(f"test set: {len(articles)} articles, {len({a['story'] for a in articles})} stories, "
          f"{n_pairs} true pairs of {len(articles) * (len(articles) - 1) // 2}")
    rng = random.Random(7)
    orders = []
    for _ in range(args.orders + 1):
        order = list(range(len(articles)))
        rng.shuffle(order)
        orders.append(order)

    header = (f"{'setting':40} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/article':>10} {'bad ids':>7} "
              f"{'same ids, ' + str(args.orders) + ' orders':>18} {'min P / min R, ' + str(args.seeds) + ' seeds':>22}")
    print(header)
    print("-" * len(header))
    for name, kw in SETTINGS:
        kw = dict(kw)
        with_title = kw.pop("with_title", False)
        best = float("inf")
        assigned: dict[str, str] = {}
        for _ in range(2):
            assigned, per = run_clusterer(articles, orders[0], with_title=with_title, **kw)
            best = min(best, per)
        p, r, f = pair_scores(articles, assigned)
        same = all(run_clusterer(articles, o, with_title=with_title, **kw)[0] == assigned for o in orders[1:])
        worst_p, worst_r = p, r
        for seed in range(2, args.seeds + 1):
            sp, sr, _ = pair_scores(articles, run_clusterer(articles, orders[0], with_title=with_title, seed=seed, **kw)[0])
            worst_p, worst_r = min(worst_p, sp), min(worst_r, sr)
        print(f"{name:40} {p:9.4f} {r:7.4f} {f:6.4f} {best * 1000:10.3f} {wrong_ids(articles, assigned):7d} "
              f"{'yes' if same else 'NO':>18} {worst_p:10.4f} / {worst_r:.4f}")
    for name, fn in [
        ("exact sets: containment>=0.8, jacc>=0.3", lambda: run_exact(articles, 0.8, 0.3)),
        ("exact sets: jaccard>=0.5 only", lambda: run_exact(articles, 0.0, 0.5)),
    ]:
        assigned = fn()
        p, r, f = pair_scores(articles, assigned)
        print(f"{name:40} {p:9.4f} {r:7.4f} {f:6.4f} {'-':>10} {'-':>7} {'-':>18} {'-':>22}")
    for d in (3, 6, 10):
        assigned, per = run_simhash(articles, d)
        p, r, f = pair_scores(articles, assigned)
        print(f"{'SimHash 64-bit, hamming<=' + str(d):40} {p:9.4f} {r:7.4f} {f:6.4f} {per * 1000:10.3f} {'-':>7} "
              f"{'-':>18} {'-':>22}")


if __name__ == "__main__":
    main()
