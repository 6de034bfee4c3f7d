"""Filling an empty store with many articles at once (an archive, a benchmark's year of news).

``bulk_load(store, chunks)`` gives the same store as ``upsert_many`` of every item followed by
``update_clusters`` (the rows, the other addresses, the province links, the search index, the
signatures, the LSH band index and the story clusters), at a fraction of the cost:

- what is computed per article (its row, its folded text, its MinHash signature and band keys, all by
  the functions the store and the clusterer use) runs in a pool of worker processes; with ``make``, the
  items themselves are made there too, from the chunks' arguments;
- the main process only writes: big executemany statements of plain tuples per chunk, the band index's
  bucket index dropped while loading and built once at the end (one sort instead of 42 random B-tree
  inserts per article);
- the clusters come from the whole set at once: the band keys of all the articles sorted together give
  every pair that shares a band (the candidates ``update_clusters`` would have compared), the pairs are
  compared with the clusterer's own rule (vectorised), and the groups are the connected components of
  the matches, labelled with their earliest article: what ``update_clusters`` makes incrementally
  (``tests/test_bulk.py`` checks that both give the same store).

Only an empty store can be bulk-loaded: an update needs ``upsert_many``'s revisions and the
incremental clustering, which cost what is new anyway.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
from sqlalchemy import select

from ..cluster import Clusterer, _timestamp, cluster_text, dumps
from ..errors import StoreError
from ..provinces import fold
from .articles import _provinces_of, _row_of
from .common import now_iso
from .schema import _ITEM_COLUMNS, articles

__all__ = ["bulk_load"]

_PG_SEARCH = ("search_folded", "search_exact")  # PostgreSQL's full-text columns (schema._pg_fulltext)

# each column once, in a fixed order
_ARTICLE_COLUMNS = tuple(dict.fromkeys((*_ITEM_COLUMNS, "canonical_url", "url", "content_hash", "version",
                                        "first_seen_at", "last_seen_at", "cluster_id")))


def _prepared(task: tuple[Callable[[Any], list[Mapping[str, Any]]] | None, Any]) -> list[tuple[Any, ...]]:
    """(key, row, other urls, folded (title, sapo, body), signature bytes, size, hash values, band keys) of
    each item of one chunk (in a worker process)."""
    from ..clustering import band_keys

    make, chunk = task
    items = make(chunk) if make is not None else chunk
    clusterer = _clusterer()
    out = []
    for item in items:
        key, row, urls = _row_of(item)
        title, sapo, body = row.get("title") or "", row.get("sapo") or "", row.get("body") or ""
        sig = clusterer.minhash(cluster_text(title, sapo, body))
        bands = band_keys(sig) if sig.size >= clusterer.min_shingles else []
        out.append((key, row, urls, (fold(title), fold(sapo), fold(body)), dumps(sig), sig.size,
                    sig.hashvalues, bands))
    return out


@functools.cache
def _clusterer() -> Clusterer:
    """One per worker process."""
    return Clusterer()


def bulk_load(store: Any, chunks: Iterable[Any], *, make: Callable[[Any], list[Mapping[str, Any]]] | None = None,
              processes: int | None = None, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Load an empty store with the items of ``chunks`` (lists of items, or arguments of ``make``, a
    picklable function returning a list of items, which then runs in the workers); returns
    ``{"articles": n, "in_groups": m}``. ``processes``: worker processes (default: the CPUs);
    ``progress(n)`` is called with the count stored so far after each chunk."""
    with store.engine.connect() as conn:
        if conn.execute(select(articles.c.id).limit(1)).first() is not None:
            raise StoreError(f"{store} already holds articles: bulk loading fills an empty store only "
                             "(store more into it with `crawler crawl`, or load into a new --db)")
    now = now_iso()
    n = 0
    order: list[tuple[float, str]] = []
    sizes: list[int] = []
    values: list[np.ndarray] = []
    band_rows: list[np.ndarray] = []  # per chunk: (article index, band, bucket) of each band key
    mark = "?" if store.is_sqlite else "%s"

    def insert_sql(table: str, columns: Iterable[str]) -> str:
        cols = list(columns)
        quoted = ", ".join(f'"{c}"' for c in cols)
        return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([mark] * len(cols))})"

    article_sql = insert_sql("articles", ("id", *_ARTICLE_COLUMNS))
    with store._writing() as conn:  # noqa: SLF001 - the store's own write transaction
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_article_bands_bucket")
        if store.is_postgresql:  # a GIN index is built far faster at once than row by row
            for column in _PG_SEARCH:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_articles_{column}")
    processes = processes or os.cpu_count() or 1
    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    try:
        with context.Pool(processes) as pool:
            for prepared in pool.imap(_prepared, ((make, chunk) for chunk in chunks)):
                first = n + 1
                rows, urls, provinces, fts, fts_exact, sigs, bands = [], [], [], [], [], [], []
                for k, (key, row, aliases, folded, sig, size, hashvalues, keys) in enumerate(prepared):
                    aid = first + k
                    row = {**row, "version": 1, "first_seen_at": now, "last_seen_at": now, "cluster_id": key}
                    rows.append((aid, *(row.get(c) for c in _ARTICLE_COLUMNS)))
                    urls += [(u, aid) for u in sorted(aliases) if u != key]
                    provinces += [(aid, p) for p in _provinces_of(row)]
                    fts.append((aid, *folded))
                    fts_exact.append((aid, row.get("title") or "", row.get("sapo") or "", row.get("body") or ""))
                    sigs.append((aid, row["content_hash"], sig))
                    bands += [(aid, b, bucket) for b, bucket in keys]
                    order.append((_timestamp(row.get("published_at")), key))
                    sizes.append(size)
                    values.append(hashvalues)
                if bands:
                    chunk_bands = np.array(bands, dtype=np.int64)
                    chunk_bands[:, 0] -= 1  # (article index, band, bucket)
                    band_rows.append(chunk_bands)
                with store._writing() as conn:  # noqa: SLF001
                    conn.exec_driver_sql(article_sql, rows)
                    if urls:
                        conn.exec_driver_sql(insert_sql("article_urls", ("url", "article_id")), urls)
                    if provinces:
                        conn.exec_driver_sql(insert_sql("article_provinces", ("article_id", "province")), provinces)
                    if store.is_sqlite:
                        conn.exec_driver_sql("INSERT INTO articles_fts(rowid, title, sapo, body) VALUES (?, ?, ?, ?)",
                                             fts)
                        conn.exec_driver_sql(
                            "INSERT INTO articles_fts_exact(rowid, title, sapo, body) VALUES (?, ?, ?, ?)", fts_exact)
                    conn.exec_driver_sql(insert_sql("article_signatures", ("article_id", "content_hash", "signature")),
                                         sigs)
                    if bands:
                        conn.exec_driver_sql(insert_sql("article_bands", ("article_id", "band", "bucket")), bands)
                n += len(prepared)
                if progress is not None:
                    progress(n)
    finally:
        with store._writing() as conn:  # noqa: SLF001 - the index is back whatever happened
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_article_bands_bucket ON article_bands (bucket)")
            if store.is_postgresql and store._pg_fulltext:  # noqa: SLF001
                for column in _PG_SEARCH:
                    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_articles_{column} ON articles "
                                         f"USING gin ({column})")
            if store.is_postgresql:  # the ids were given: the sequence must start after them
                conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('articles', 'id'), "
                                     "coalesce(max(id), 0) + 1, false) FROM articles")
    grouped = _cluster(store, order, sizes, values, band_rows)
    return {"articles": n, "in_groups": grouped}


def _cluster(store: Any, order: list[tuple[float, str]], sizes: list[int], values: list[np.ndarray],
             band_rows: list[np.ndarray]) -> int:
    """Give every article of a fresh load its cluster: the connected components of the matching pairs
    among those that share a band key, each labelled with its earliest article."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(order)
    if n == 0 or not band_rows:
        return 0
    rows = np.concatenate(band_rows)  # (article index, band, bucket)
    keys = rows[np.lexsort((rows[:, 0], rows[:, 1], rows[:, 2]))][:, [1, 2, 0]]  # by bucket, band, article
    del rows
    from ..clustering import HOT_BUCKET

    buckets, counts = np.unique(keys[:, 1], return_counts=True)  # stop-buckets (clustering.HOT_BUCKET) left out
    keys = keys[~np.isin(keys[:, 1], buckets[counts > HOT_BUCKET])]
    same = (keys[1:, 0] == keys[:-1, 0]) & (keys[1:, 1] == keys[:-1, 1])
    # runs of equal (band, bucket): every pair within a run is a candidate
    starts = np.flatnonzero(np.concatenate(([True], ~same)))
    lengths = np.diff(np.concatenate((starts, [len(keys)])))
    pairs = []
    for start, length in zip(starts[lengths > 1], lengths[lengths > 1]):
        members = keys[start:start + length, 2]
        a, b = np.triu_indices(length, 1)
        pairs.append(np.stack((members[a], members[b]), axis=1))
    if not pairs:
        return 0
    pair = np.unique(np.concatenate(pairs), axis=0)
    clusterer = Clusterer()
    sig = np.stack(values)
    size = np.asarray(sizes, dtype=np.float64)
    matched = np.zeros(len(pair), dtype=bool)
    for i in range(0, len(pair), 200_000):  # Clusterer.similarity and _match, for many pairs at once
        a, b = pair[i:i + 200_000, 0], pair[i:i + 200_000, 1]
        j = np.count_nonzero(sig[a] == sig[b], axis=1) / float(clusterer.num_perm)
        inter = j * (size[a] + size[b]) / (1.0 + j)
        contained = np.minimum(1.0, inter / np.minimum(size[a], size[b]))
        matched[i:i + 200_000] = (j >= clusterer.min_jaccard) & (contained >= clusterer.threshold)
    edges = pair[matched]
    if not len(edges):
        return 0
    graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for index in np.unique(edges):
        members.setdefault(int(component[index]), []).append(int(index))
    updates = []
    for group in members.values():
        label = min(order[i] for i in group)[1]
        updates += [(label, i + 1) for i in group if order[i][1] != label]
    mark = "?" if store.is_sqlite else "%s"
    with store._writing() as conn:  # noqa: SLF001
        conn.exec_driver_sql(f"UPDATE articles SET cluster_id = {mark} WHERE id = {mark}", updates)
    return len(updates)
