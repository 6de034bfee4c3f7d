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

import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, tuple_, update

from .cluster import Clusterer, Signature, _timestamp, cluster_text, dumps, loads

if TYPE_CHECKING:
    from .store import Store

__all__ = ["band_keys", "update_clusters"]

ROWS = 3  # MinHash values per band (Clusterer's default LSH: num_perm // 3 bands of 3 rows)


def band_keys(sig: Signature, rows: int = ROWS) -> list[tuple[int, int]]:
    """(band, key) of each LSH band: a signed 64-bit hash of the band's MinHash values."""
    values = sig.hashvalues.astype("<u4")
    out = []
    for band in range(len(values) // rows):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def _order(published_at: str | None, key: str) -> tuple[float, str]:
    """How groups choose their id: the earliest article (no date: the latest), ties by address."""
    return (_timestamp(published_at), key)


def update_clusters(store: Store, batch: int = 500, **clusterer_options: Any) -> dict[str, int]:
    """Cluster the articles not clustered yet (new, or changed since); see the module docstring."""
    from .store import article_signatures, articles

    clusterer = Clusterer(**clusterer_options)
    sig = article_signatures.c
    _backfill_bands(store)
    todo_q = (select(articles.c.id, articles.c.canonical_url, articles.c.published_at, articles.c.content_hash)
              .select_from(articles.outerjoin(article_signatures, sig.article_id == articles.c.id))
              .where((sig.article_id.is_(None)) | (sig.content_hash != articles.c.content_hash)))
    with store.engine.connect() as conn:
        todo = sorted(conn.execute(todo_q).mappings().all(),
                      key=lambda r: (r["published_at"] is None, r["published_at"] or "", r["id"]))
    relabelled = 0
    for start in range(0, len(todo), batch):
        chunk = todo[start:start + batch]
        with store.engine.connect() as conn:
            texts = {r.id: r for r in conn.execute(
                select(articles.c.id, articles.c.title, articles.c.sapo, articles.c.body)
                .where(articles.c.id.in_([r["id"] for r in chunk])))}
        with store._writing() as conn:  # noqa: SLF001 - the store's own write transaction
            for row in chunk:
                t = texts[row["id"]]
                signature = clusterer.minhash(cluster_text(t.title or "", t.sapo or "", t.body or ""))
                relabelled += _add(conn, clusterer, row, signature)
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(articles)).scalar_one())
        grouped = int(conn.execute(select(func.count()).select_from(articles).where(
            articles.c.cluster_id.is_not(None), articles.c.cluster_id != articles.c.canonical_url)).scalar_one())
    return {"articles": total, "clustered_now": len(todo), "relabelled": relabelled, "in_groups": grouped}


def _add(conn: Any, clusterer: Clusterer, row: Any, signature: Signature) -> int:
    """Store one article's signature and bands, and give it (and the groups it joins) their id; returns
    how many other articles were relabelled."""
    from .store import article_bands, article_signatures, articles

    art_id, key = row["id"], row["canonical_url"]
    conn.execute(delete(article_signatures).where(article_signatures.c.article_id == art_id))
    conn.execute(delete(article_bands).where(article_bands.c.article_id == art_id))
    conn.execute(insert(article_signatures).values(article_id=art_id, content_hash=row["content_hash"],
                                                   signature=dumps(signature)))
    current = conn.execute(select(articles.c.cluster_id).where(articles.c.id == art_id)).scalar()
    groups = {current} if current and current != key else set()  # a changed article keeps its group
    if signature.size >= clusterer.min_shingles:
        keys = band_keys(signature)
        candidates = {r[0] for r in conn.execute(
            select(article_bands.c.article_id).where(
                tuple_(article_bands.c.band, article_bands.c.bucket).in_(keys)).distinct())} - {art_id}
        if candidates:
            rows = conn.execute(
                select(articles.c.canonical_url, articles.c.cluster_id, article_signatures.c.signature)
                .join(article_signatures, article_signatures.c.article_id == articles.c.id)
                .where(articles.c.id.in_(list(candidates))))
            for other_key, other_cluster, other_sig in rows:
                if clusterer._match(signature, loads(bytes(other_sig))):  # noqa: SLF001 - the match rule
                    groups.add(other_cluster or other_key)
        conn.execute(insert(article_bands), [{"article_id": art_id, "band": b, "bucket": k} for b, k in keys])
    if not groups:
        conn.execute(update(articles).where(articles.c.id == art_id).values(cluster_id=key))
        return 0
    labels = conn.execute(select(articles.c.canonical_url, articles.c.published_at)
                          .where(articles.c.canonical_url.in_(list(groups)))).all()
    label = min([(_order(p, k), k) for k, p in labels] + [(_order(row["published_at"], key), key)])[1]
    moved = 0
    for group in groups - {label}:
        moved += conn.execute(update(articles).where(articles.c.cluster_id == group)
                              .values(cluster_id=label)).rowcount or 0
    conn.execute(update(articles).where(articles.c.id == art_id).values(cluster_id=label))
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

