"""Story clusters kept in the store, updated at the cost of what is new (``Store.update_clusters``).

``crawler.cluster`` decides what matches (MinHash signatures, containment); this module keeps its
LSH index in the store instead of memory, so a run compares its new articles with the stored ones
without loading every signature:

- ``article_signatures``: each article's signature (and the ``content_hash`` it was made from);
- ``article_bands``: its 42 LSH band keys (band number, a 64-bit hash of the band's 3 MinHash values),
  indexed: the candidates of a new article are the stored articles that share a band key with it
  (the same banding as ``datasketch.MinHashLSH`` with 42 bands of 3 rows);
- ``articles.cluster_id``: the group's id, the canonical URL of its earliest article.

A new (or changed) article is compared with its candidates only. When it matches some, it joins
their groups: the groups merge, and the id of the merged group is its earliest article (the groups'
ids and the new article: each group's id is already its earliest member). The members of a group
whose id changes are relabelled in one UPDATE. New articles are added oldest first, and each one's
band keys are written before the next is compared, so articles of one run match each other as they
match the stored ones: the groups are the connected components of the match graph, as in
``Clusterer``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, select, update

import numpy as np

from .cluster import _MIX, Clusterer, Signature, _fmix64, _timestamp, cluster_text, dumps, loads

if TYPE_CHECKING:
    from .store import Store

__all__ = ["band_keys", "update_clusters"]

ROWS = 3  # MinHash values per band (Clusterer's default LSH: num_perm // 3 bands of 3 rows)
# A band key that more than this many stored articles share is a stop-bucket: it stands for a set phrase
# whose shingles are the lowest of their permutations (measured on a year of news: a few keys gather
# 500-1,300 articles that have nothing else in common), not for a story; its articles are not candidates
# through it. A republication shares many keys with its original (4 or more of the 42 at Jaccard 0.5),
# so it is still found through the others; bulk_load applies the same rule.
HOT_BUCKET = 200


def band_keys(sig: Signature, rows: int = ROWS) -> list[tuple[int, int]]:
    """(band, key) of each LSH band: a signed 64-bit hash of the band's MinHash values (combined by odd
    multipliers and the MurmurHash3 finalizer, for all bands at once)."""
    bands = len(sig.hashvalues) // rows
    values = sig.hashvalues[:bands * rows].astype(np.uint64).reshape(bands, rows)
    acc = np.zeros(bands, dtype=np.uint64)
    for j in range(rows):
        acc += values[:, j] * _MIX[j % len(_MIX)]
    return list(enumerate(_fmix64(acc).view(np.int64).tolist()))


def _order(published_at: str | None, key: str) -> tuple[float, str]:
    """How groups choose their id: the earliest article (no date: the latest), ties by address."""
    return (_timestamp(published_at), key)


def update_clusters(store: Store, batch: int = 500, **clusterer_options: Any) -> dict[str, int]:
    """Cluster the articles not clustered yet (new, or changed since); see the module docstring."""
    from .store import articles, cluster_queue

    clusterer = Clusterer(**clusterer_options)
    _backfill_bands(store)
    with store.engine.connect() as conn:  # the queue first, then its articles by id (never a scan of them)
        queued = sorted(i for (i,) in conn.execute(select(cluster_queue.c.article_id)))
        todo = []
        for i in range(0, len(queued), 500):
            todo += conn.execute(select(articles.c.id, articles.c.canonical_url, articles.c.published_at,
                                        articles.c.content_hash, articles.c.cluster_id)
                                 .where(articles.c.id.in_(queued[i:i + 500]))).mappings().all()
    todo.sort(key=lambda r: (r["published_at"] is None, r["published_at"] or "", r["id"]))
    relabelled = 0
    for start in range(0, len(todo), batch):
        chunk = todo[start:start + batch]
        with store.engine.connect() as conn:
            texts = {r.id: r for r in conn.execute(
                select(articles.c.id, articles.c.title, articles.c.sapo, articles.c.body)
                .where(articles.c.id.in_([r["id"] for r in chunk])))}
        signatures = {r["id"]: clusterer.minhash(cluster_text(texts[r["id"]].title or "", texts[r["id"]].sapo or "",
                                                              texts[r["id"]].body or "")) for r in chunk}
        with store._writing() as conn:  # noqa: SLF001 - the store's own write transaction
            relabelled += _add_chunk(conn, clusterer, chunk, signatures)
    with store.engine.connect() as conn:  # from the cluster_id index alone: no article is read
        total = int(conn.execute(select(func.count()).select_from(articles)).scalar_one())
        labelled, groups = conn.execute(select(func.count(articles.c.cluster_id),
                                               func.count(articles.c.cluster_id.distinct()))).one()
        grouped = int(labelled) - int(groups)
    return {"articles": total, "clustered_now": len(todo), "relabelled": relabelled, "in_groups": grouped}


def _in(column: Any, values: list[Any], conn: Any, *columns: Any) -> list[Any]:
    """Rows of ``columns`` whose ``column`` is among ``values`` (queried 500 at a time)."""
    out: list[Any] = []
    for i in range(0, len(values), 500):
        out += conn.execute(select(*columns).where(column.in_(values[i:i + 500]))).all()
    return out


def _add_chunk(conn: Any, clusterer: Clusterer, chunk: list[Any], signatures: dict[int, Signature]) -> int:
    """Cluster one chunk of articles (oldest first) against the stored ones and each other: a few
    statements for the whole chunk, whatever its size. Returns how many stored articles changed group."""
    from .store import article_bands, article_signatures, articles, cluster_queue

    ids = [r["id"] for r in chunk]
    for i in range(0, len(ids), 500):  # a changed article's old signature and bands go first; off the queue
        conn.execute(delete(article_signatures).where(article_signatures.c.article_id.in_(ids[i:i + 500])))
        conn.execute(delete(article_bands).where(article_bands.c.article_id.in_(ids[i:i + 500])))
        conn.execute(delete(cluster_queue).where(cluster_queue.c.article_id.in_(ids[i:i + 500])))
    keys = {r["id"]: band_keys(signatures[r["id"]]) if signatures[r["id"]].size >= clusterer.min_shingles else []
            for r in chunk}
    wanted = {k for ks in keys.values() for k in ks}
    stored_hits: dict[tuple[int, int], set[int]] = {}
    rows = _in(article_bands.c.bucket, sorted({b for _, b in wanted}), conn,
               article_bands.c.article_id, article_bands.c.band, article_bands.c.bucket)
    sharing = Counter(bucket for _, _, bucket in rows)  # stop-buckets (HOT_BUCKET) give no candidates
    for aid, band, bucket in rows:
        if (band, bucket) in wanted and sharing[bucket] <= HOT_BUCKET:
            stored_hits.setdefault((band, bucket), set()).add(aid)
    candidates = sorted(set().union(*stored_hits.values())) if stored_hits else []
    # the candidates' signatures only: most candidates do not match, and their rows are never read
    sig_of: dict[int, Signature] = {aid: loads(bytes(data)) for aid, data in _in(
        article_signatures.c.article_id, candidates, conn, article_signatures.c.article_id,
        article_signatures.c.signature)}
    matched = {r["id"]: {o for o in {o for k in keys[r["id"]] for o in stored_hits.get(k, ())} - {r["id"]}
                         if o in sig_of and clusterer._match(signatures[r["id"]], sig_of[o])}  # noqa: SLF001
               for r in chunk}
    cluster_of: dict[int, str] = {  # article id → its group's id (what is known of it in this chunk)
        aid: cluster or key for aid, key, cluster in _in(articles.c.id, sorted(set().union(*matched.values())), conn,
                                                         articles.c.id, articles.c.canonical_url, articles.c.cluster_id)}
    order = {lbl: _order(p, lbl) for lbl, p in _in(articles.c.canonical_url, sorted(set(cluster_of.values())), conn,
                                                   articles.c.canonical_url, articles.c.published_at)}
    chunk_hits: dict[tuple[int, int], list[int]] = {}
    moved = 0
    for row in chunk:
        aid, key = row["id"], row["canonical_url"]
        signature = signatures[aid]
        sig_of[aid] = signature
        order[key] = _order(row["published_at"], key)
        groups = {row["cluster_id"]} if row["cluster_id"] and row["cluster_id"] != key else set()
        others = {o for k in keys[aid] for o in chunk_hits.get(k, ())} - {aid}  # this chunk's, before it
        groups |= {cluster_of[o] for o in matched[aid] if o in cluster_of}
        groups |= {cluster_of[o] for o in others if clusterer._match(signature, sig_of[o])}  # noqa: SLF001
        for group in groups - set(order):  # a group whose id is no stored article: it sorts last
            order[group] = (float("inf"), group)
        label = min([*groups, key], key=order.__getitem__)
        for group in groups - {label}:
            moved += conn.execute(update(articles).where(articles.c.cluster_id == group)
                                  .values(cluster_id=label)).rowcount or 0
            for other, cluster in cluster_of.items():
                if cluster == group:
                    cluster_of[other] = label
        cluster_of[aid] = label
        for k in keys[aid]:
            chunk_hits.setdefault(k, []).append(aid)
    conn.execute(insert(article_signatures), [{"article_id": r["id"], "content_hash": r["content_hash"],
                                               "signature": dumps(signatures[r["id"]])} for r in chunk])
    bands = [{"article_id": aid, "band": b, "bucket": k} for aid, ks in keys.items() for b, k in ks]
    for i in range(0, len(bands), 5000):
        conn.execute(insert(article_bands), bands[i:i + 5000])
    conn.execute(update(articles).where(articles.c.id == bindparam("_id")).values(cluster_id=bindparam("_cid")),
                 [{"_id": aid, "_cid": cluster_of[aid]} for aid in ids])
    return moved


def _backfill_bands(store: Store) -> None:
    """A store clustered before the band index existed: its stored signatures give the bands (once)."""
    from .store import article_bands, article_signatures

    with store.engine.connect() as conn:
        if conn.execute(select(article_bands.c.article_id).limit(1)).first() is not None:
            return
        if conn.execute(select(article_signatures.c.article_id).limit(1)).first() is None:
            return
        rows = conn.execute(select(article_signatures.c.article_id, article_signatures.c.signature)).all()
    min_shingles = Clusterer().min_shingles
    bands = [{"article_id": art_id, "band": b, "bucket": k}
             for art_id, data in rows if (s := loads(bytes(data))).size >= min_shingles for b, k in band_keys(s)]
    with store._writing() as conn:  # noqa: SLF001
        for i in range(0, len(bands), 5000):
            conn.execute(insert(article_bands), bands[i:i + 5000])

