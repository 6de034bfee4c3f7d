"""The sample portals as analysts see them: story clusters and places.

The five demo portals (30 articles each) hold different stories and a few planted republications
(``Portal.story_of``: the original's "site:id", shared by its reposts; the seed on tiengiang and its
republication on baoapbac). ``crawler.cluster.Clusterer`` with its default settings, run over the
items' ``cluster_text``, must find those republications and nothing else; and ``crawler.places``
must place a generated article in its portal's province when the text names a commune or ward of it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from crawler.cluster import Clusterer, cluster_text
from crawler.places import places
from crawler.samples import SAMPLE_SITES, Portal
from crawler.samples.profiles import PROFILES

N = 30


@pytest.fixture(scope="module")
def items() -> dict[str, tuple[dict, str]]:
    """"site:id" → (expected item, story key) of every article of the five portals."""
    out = {}
    for site in SAMPLE_SITES:
        portal = Portal(site, N)
        for i in portal.article_ids():
            out[f"{site}:{i}"] = (portal.expected_item(i), portal.story_of(i))
    return out


def _pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for keys in groups.values() for p in itertools.combinations(sorted(keys), 2)}


def test_clusterer_finds_the_planted_republications_and_nothing_else(items) -> None:  # type: ignore[no-untyped-def]
    clusterer = Clusterer()
    for key, (item, _) in items.items():
        clusterer.add(key, cluster_text(item["title"], item["sapo"], item["body"]), item["published_at"])
    predicted: dict[str, list[str]] = defaultdict(list)
    for key, cluster in clusterer.clusters().items():
        predicted[cluster].append(key)
    truth: dict[str, list[str]] = defaultdict(list)
    for key, (_, story) in items.items():
        truth[story].append(key)

    true_pairs, predicted_pairs = _pairs(truth), _pairs(predicted)
    assert len(true_pairs) >= 5  # the seed and its republication, and the planted reposts
    hits = len(true_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(true_pairs)
    assert precision >= 0.95 and recall >= 0.95, (
        f"precision {precision:.2f}, recall {recall:.2f}; missed {sorted(map(sorted, true_pairs - predicted_pairs))}, "
        f"wrong {sorted(map(sorted, predicted_pairs - true_pairs))[:10]}")
    # realistic: few articles are republications at all
    grouped = sum(len(keys) for keys in predicted.values() if len(keys) > 1)
    assert 0 < grouped <= 0.11 * len(items), grouped
    # a group's id is its earliest article: the original
    for story, keys in truth.items():
        if len(keys) > 1:
            assert {clusterer.cluster_of(k) for k in keys} == {story}


def test_places_names_the_portals_province(items) -> None:  # type: ignore[no-untyped-def]
    """Where an article names a commune or ward of its portal's province, ``places`` gives that
    province first; the generated names (people, hamlets, units) are not read as other provinces."""
    checked = 0
    for key, (item, _) in items.items():
        site = key.split(":")[0]
        province = item["province"]
        if not province:  # the national site
            continue
        text = " ".join((item["title"], item["sapo"], item["body"]))
        named = [p.place for p in PROFILES[site].places if p.place in text]
        found = places(item["title"], item["sapo"], item["body"], site_province=province)
        if named:
            checked += 1
            assert found["provinces"][:1] == [province], (key, named, found)
            assert {loc["province"] for loc in found["localities"]} == {province}, (key, found)
        assert set(found["provinces"]) <= {province}, (key, found)
    assert checked >= 100
