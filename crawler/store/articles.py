"""Articles and their revisions: upserts keyed by canonical URL, the other addresses of an article,
the province links and search index kept in step, reading them back, story clusters."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    Text,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from ..items import ARTICLE_FIELDS, LIST_FIELDS
from ..provinces import current_province, fold
from .common import _chunks, _content_hash, _dumps, _loads_list, _loads_obj, _since_key, now_iso
from .schema import (
    _ITEM_COLUMNS,
    _REVISION_COPY,
    article_provinces,
    article_urls,
    articles,
    cluster_queue,
    frontier,
    revisions,
)


class ArticlesMixin:
    """The articles part of ``Store`` (see the package docstring)."""

    engine: Engine
    is_sqlite: bool

    def _backfill_index(self) -> None:
        """A store written before the search index and province links existed gets them once."""
        with self.engine.connect() as conn:
            has_articles = conn.execute(select(articles.c.id).limit(1)).first() is not None
            has_links = conn.execute(select(article_provinces.c.article_id).limit(1)).first() is not None
            has_exact = not self.is_sqlite or conn.exec_driver_sql(
                "SELECT rowid FROM articles_fts_exact LIMIT 1").first() is not None
        if has_articles and not (has_links and has_exact):
            self.reindex()

    def reindex(self, batch: int = 500) -> int:
        """Rebuild the search index and the province links of every article; returns the count."""
        cols = [articles.c.canonical_url, *(articles.c[c] for c in ("province", "places", "title", "sapo", "body"))]
        n = 0
        with self.engine.connect() as reader:
            result = reader.execution_options(stream_results=True, yield_per=batch).execute(select(*cols))
            for chunk in result.mappings().partitions(batch):
                with self._writing() as conn:
                    self._index(conn, [(r["canonical_url"], dict(r)) for r in chunk])
                n += len(chunk)
        return n

    # --- articles --------------------------------------------------------------------------------

    def upsert_many(self, items: list[Mapping[str, Any]]) -> list[str]:
        """Store a batch in one transaction; returns ``"new"``, ``"updated"`` or ``"unchanged"`` per item.

        One SELECT (per 500 keys) reads the stored ids, hashes and versions; then a handful of
        executemany statements write the batch. Items of one batch with the same canonical URL are
        applied in order: the last one wins, earlier differing texts become revisions.
        """
        if not items:
            return []
        now = now_iso()
        prepared: list[tuple[str, dict[str, Any]]] = []
        aliases: list[set[str]] = []
        for item in items:
            key, row, urls = _row_of(item)
            prepared.append((key, row))
            aliases.append(urls)

        with self._writing() as conn:
            lookup = {key for key, _ in prepared} | {row["url"] for _, row in prepared}
            stored = self._stored_state(conn, list(lookup))
            outcomes, plans, final_keys = _plan(prepared, stored, now)
            self._write(conn, plans, now)
            written = [(key, p.row) for key, p in plans.items() if p.row is not None]
            if written:
                ids = self._index(conn, written)
                # new and changed texts wait for the next clustering (crawler.clustering)
                for chunk in _chunks(sorted(ids.values())):
                    conn.execute(delete(cluster_queue).where(cluster_queue.c.article_id.in_(chunk)))
                conn.execute(insert(cluster_queue), [{"article_id": i} for i in sorted(ids.values())])
            self._remember_urls(conn, final_keys, aliases)
        return outcomes

    def _remember_urls(self, conn: Connection, keys: list[str], aliases: list[set[str]]) -> None:
        """Keep the other addresses of the stored articles (``article_urls``) and take every address of
        theirs off the frontier: they are owed no more."""
        ids = {key: state[0] for key, state in self._stored_state(conn, list(dict.fromkeys(keys))).items()}
        rows: dict[str, int] = {}
        for key, urls in zip(keys, aliases):
            for url in urls:
                if url != key and key in ids:
                    rows[url] = ids[key]
        done = list({*keys, *rows})
        for chunk in _chunks(done):
            conn.execute(delete(frontier).where(frontier.c.url.in_(chunk)))
        alias_urls = list(rows)
        for chunk in _chunks(alias_urls):
            conn.execute(delete(article_urls).where(article_urls.c.url.in_(chunk)))
        if rows:
            conn.execute(insert(article_urls), [{"url": u, "article_id": i} for u, i in rows.items()])

    def _index(self, conn: Connection, written: list[tuple[str, dict[str, Any]]]) -> dict[str, int]:
        """Keep what is derived from an article's text in step with it: its provinces and, in SQLite,
        its full-text entry (folded: no diacritics, đ → d, so "cai lay" finds "Cai Lậy")."""
        ids = {key: state[0] for key, state in self._stored_state(conn, [k for k, _ in written]).items()}
        id_list = list(ids.values())
        for chunk in _chunks(id_list):
            conn.execute(delete(article_provinces).where(article_provinces.c.article_id.in_(chunk)))
        links = [{"article_id": ids[key], "province": p} for key, row in written for p in _provinces_of(row)]
        if links:
            conn.execute(insert(article_provinces), links)
        if self.is_sqlite:
            for chunk in _chunks(id_list):
                marks = ",".join("?" * len(chunk))
                conn.exec_driver_sql(f"DELETE FROM articles_fts WHERE rowid IN ({marks})", tuple(chunk))
                conn.exec_driver_sql(f"DELETE FROM articles_fts_exact WHERE rowid IN ({marks})", tuple(chunk))
            conn.exec_driver_sql(
                "INSERT INTO articles_fts(rowid, title, sapo, body) VALUES (?, ?, ?, ?)",
                [(ids[key], fold(row.get("title") or ""), fold(row.get("sapo") or ""), fold(row.get("body") or ""))
                 for key, row in written],
            )
            conn.exec_driver_sql(
                "INSERT INTO articles_fts_exact(rowid, title, sapo, body) VALUES (?, ?, ?, ?)",
                [(ids[key], row.get("title") or "", row.get("sapo") or "", row.get("body") or "")
                 for key, row in written],
            )
        return ids

    def _write(self, conn: Connection, plans: dict[str, _Plan], now: str) -> None:
        """The batch's writes: a few executemany statements, whatever the batch size."""
        copies = [{"aid": p.id} for p in plans.values() if p.copy_stored]
        new_rows, changed_rows, seen_rows = [], [], []
        for p in plans.values():
            if p.id is None:
                new_rows.append({**p.row, "version": p.version, "first_seen_at": now, "last_seen_at": now})
            elif p.row is not None:
                changed_rows.append({**p.row, "version": p.version, "last_seen_at": now, "_id": p.id})
            else:
                seen_rows.append({"_id": p.id})
        by_id = articles.c.id == bindparam("_id")
        if copies:  # the stored text goes to revisions before it is overwritten (copied in the database)
            target = revisions.c
            cols = [*(target[c] for c in _REVISION_COPY), target.article_id, target.archived_at]
            src = select(*[articles.c[c] for c in _REVISION_COPY], articles.c.id, literal(now, Text)).where(
                articles.c.id == bindparam("aid")
            )
            conn.execute(insert(revisions).from_select(cols, src), copies)
        if new_rows:
            conn.execute(insert(articles), new_rows)
        if changed_rows:
            conn.execute(update(articles).where(by_id), changed_rows)
        if seen_rows:
            conn.execute(update(articles).where(by_id).values(last_seen_at=now), seen_rows)
        # Texts replaced within the batch itself (rare: the same article twice in one batch).
        pending = {key: p for key, p in plans.items() if p.batch_revisions}
        if pending:
            new_ids = self._stored_state(conn, [key for key, p in pending.items() if p.id is None])
            rows = [
                {**rev, "article_id": p.id if p.id is not None else new_ids[key][0]}
                for key, p in pending.items()
                for rev in p.batch_revisions
            ]
            conn.execute(insert(revisions), rows)

    def _stored_state(self, conn: Connection, keys: list[str]) -> dict[str, tuple[int, str | None, int, str, str]]:
        """canonical_url -> (id, content_hash, version, url, title) of the stored articles among ``keys``."""
        out: dict[str, tuple[int, str | None, int, str, str]] = {}
        cols = (articles.c.canonical_url, articles.c.id, articles.c.content_hash, articles.c.version, articles.c.url,
                articles.c.title)
        for chunk in _chunks(keys):
            rows = conn.execute(select(*cols).where(articles.c.canonical_url.in_(chunk)))
            for key, art_id, h, version, url, title in rows:
                out[key] = (art_id, h, version or 1, url, title or "")
        return out

    def known_urls(self, site: str | None = None) -> set[str]:
        """Every ``url``, ``canonical_url`` and other address of the stored articles (of ``site``)."""
        return set(self.fetched_times(site))

    def fetched_times(self, site: str | None = None) -> dict[str, str]:
        """Every address of every stored article (of ``site``): its ``url``, ``canonical_url`` and the
        others that led to it → when it was last fetched (ISO): what a crawl needs to skip known articles
        and refresh those a sitemap says changed since."""
        q = select(articles.c.url, articles.c.canonical_url, articles.c.fetched_at)
        aka = select(article_urls.c.url, articles.c.fetched_at).join(articles, articles.c.id == article_urls.c.article_id)
        if site is not None:
            q = q.where(articles.c.site == site)
            aka = aka.where(articles.c.site == site)
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for url, canonical, fetched in conn.execute(q):
                out[url] = out[canonical] = fetched or ""
            for url, fetched in conn.execute(aka):
                out.setdefault(url, fetched or "")
        return out

    def has_url(self, url: str) -> bool:
        q = select(articles.c.id).where(or_(articles.c.canonical_url == url, articles.c.url == url)).limit(1)
        aka = select(article_urls.c.article_id).where(article_urls.c.url == url).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(q).first() is not None or conn.execute(aka).first() is not None

    def iter_articles(
        self,
        site: str | None = None,
        province: str | None = None,
        since: str | date | datetime | None = None,
        batch: int = 500,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stored articles as item dicts (ITEM.md fields in order, lists decoded, plus ``version``,
        ``first_seen_at``, ``last_seen_at``), newest ``published_at`` first (undated ones last).

        Streams ``batch`` rows at a time from the cursor; the whole table is never loaded.
        ``since`` keeps articles published at or after it (``"2025-11-01"``, an ISO time or a
        ``date``/``datetime``); ``limit`` caps the count.
        """
        q = self._newest_first(self._filtered(site, province, since), limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=max(1, batch)).execute(q)
            for row in result.mappings():
                yield _item_from_row(row)

    def iter_rows(
        self,
        columns: Sequence[str],
        site: str | None = None,
        province: str | None = None,
        since: str | date | datetime | None = None,
        limit: int | None = None,
        batch: int = 500,
        text_as_bytes: bool = False,
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The stored rows of ``columns`` (article column names), as the database's own tuples in
        batches of ``batch``, in ``iter_articles``' order and with its filters: what an export reads,
        without the cost of item dicts (JSON columns are their stored text, NULL is None).

        Streamed from the DB-API cursor (a server-side one on PostgreSQL): the table is never loaded.
        ``text_as_bytes``: SQLite gives text values as their stored UTF-8 bytes, undecoded (they may
        not be valid UTF-8: the caller checks); other databases give ``str`` whatever it says.
        """
        q = self._newest_first(self._filtered(site, province, since), limit)
        q = q.with_only_columns(*(articles.c[c] for c in columns))
        with self.engine.connect() as conn:
            compiled = q.compile(dialect=conn.dialect)
            params: Any = compiled.params
            if compiled.positional:
                params = tuple(params[name] for name in compiled.positiontup or ())
            dbapi = conn.connection.dbapi_connection
            # the DB-API cursor itself: plain tuples, no row processing (PostgreSQL: a server-side one)
            cursor = dbapi.cursor() if self.is_sqlite else dbapi.cursor(name="crawler_iter_rows")
            text_factory = dbapi.text_factory if self.is_sqlite else None
            try:
                if text_as_bytes and self.is_sqlite:
                    dbapi.text_factory = bytes  # read at each fetch; restored before the pool has it back
                cursor.execute(str(compiled), params)
                while rows := cursor.fetchmany(max(1, batch)):
                    yield rows
            finally:
                cursor.close()
                if self.is_sqlite:
                    dbapi.text_factory = text_factory

    def _newest_first(self, q: Any, limit: int | None = None) -> Any:
        """``q`` newest ``published_at`` first, undated ones last, then the newest stored first."""
        published = articles.c.published_at
        if self.is_sqlite:
            # SQLite sorts NULL below every value, so DESC puts undated rows last: this order is
            # "published_at IS NULL, published_at DESC, id DESC", read from the published_at index
            # (which holds the rowid) instead of sorting whole rows in a temporary b-tree.
            q = q.order_by(published.desc(), articles.c.id.desc())
        else:  # undated last, portably
            q = q.order_by(published.is_(None), published.desc(), articles.c.id.desc())
        return q.limit(limit) if limit is not None else q

    def update_clusters(self, batch: int = 500, **clusterer_options: Any) -> dict[str, int]:
        """Give the articles not clustered yet their story cluster (``cluster_id``: the earliest article
        of its group), comparing them with the stored ones through the band index in the store: the
        cost is the new articles', not the store's (``crawler.clustering``)."""
        from ..clustering import update_clusters

        return update_clusters(self, batch=batch, **clusterer_options)

    def _filtered(self, site: str | None, province: str | None, since: str | date | datetime | None) -> Any:
        """``SELECT`` of the articles of ``site``, about ``province``, published at or after ``since``."""
        q = select(articles)
        if site is not None:
            q = q.where(articles.c.site == site)
        if province is not None:
            q = q.where(self._about_province(province))
        if since is not None:
            q = q.where(articles.c.published_at >= _since_key(since))
        return q

    @staticmethod
    def _about_province(province: str) -> Any:
        """Articles of a site of that province, or whose text names it or one of its places; a former
        province's name means the current one it is part of ("Tiền Giang" → "Đồng Tháp")."""
        name = current_province(province) or province
        tagged = select(article_provinces.c.article_id).where(article_provinces.c.province == name)
        return or_(articles.c.province == name, articles.c.id.in_(tagged))

    def count(self, site: str | None = None) -> int:
        q = select(func.count()).select_from(articles)
        if site is not None:
            q = q.where(articles.c.site == site)
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    def revisions(self, canonical_url: str) -> list[dict[str, Any]]:
        """The older versions of an article, oldest first (``version`` is the version they had)."""
        q = (
            select(revisions)
            .join(articles, articles.c.id == revisions.c.article_id)
            .where(articles.c.canonical_url == canonical_url)
            .order_by(revisions.c.version, revisions.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]


def _row_of(item: Mapping[str, Any]) -> tuple[str, dict[str, Any], set[str]]:
    """(canonical key, the article row to write, the addresses that led to it) of an item."""
    key = item.get("canonical_url") or item.get("url")
    if not key:
        raise ValueError("an item without url or canonical_url cannot be stored")
    row = {c: item.get(c) for c in _ITEM_COLUMNS}
    for name in LIST_FIELDS:
        row[name] = _dumps(row[name])
    row["canonical_url"] = key
    row["url"] = item.get("url") or key
    row["content_hash"] = item.get("content_hash") or _content_hash(item)
    row["places"] = json.dumps(item.get("places"), ensure_ascii=False) if item.get("places") else None
    # the addresses that led to it (a listing's link before a redirect): known from now on
    urls = {u for u in (*(item.get("_urls") or ()), row["url"]) if isinstance(u, str) and u}
    return key, row, urls


def _provinces_of(row: Mapping[str, Any]) -> list[str]:
    """The provinces an article row is linked to: its site's and those its places name."""
    provinces = {row.get("province")} | set((_loads_obj(row.get("places")) or {}).get("provinces") or [])
    return sorted(x for x in provinces if x)


@dataclass
class _Plan:
    """What a batch does to one article: ``id`` None = new; ``url`` the address its row was fetched
    from; ``row`` = the values to write (None: only seen again); ``copy_stored``: the stored text becomes
    a revision; ``batch_revisions``: earlier texts of this batch that become revisions."""

    id: int | None
    hash: str | None
    version: int
    url: str | None = None
    title: str = ""
    row: dict[str, Any] | None = None
    copy_stored: bool = False
    batch_revisions: list[dict[str, Any]] = field(default_factory=list)


def _plan(
    prepared: list[tuple[str, dict[str, Any]]], stored: dict[str, tuple[int, str | None, int, str, str]], now: str
) -> tuple[list[str], dict[str, _Plan], list[str]]:
    """Apply the batch's items in order to the stored state (in memory): the outcome of each item, the
    plan per article and the key each item was stored under.

    A canonical URL claimed by a page at another path with another title and text (a CMS that prints
    one canonical link on many articles) is not believed: that page is kept under its own address, so
    neither overwrites the other. The same path with another query (``?utm=…``) or the same title is
    the same article, updated."""
    outcomes: list[str] = []
    plans: dict[str, _Plan] = {}
    keys: list[str] = []

    def plan_of(key: str) -> _Plan | None:
        p = plans.get(key)
        if p is None and key in stored:
            p = plans[key] = _Plan(*stored[key])
        return p

    for key, row in prepared:
        p = plan_of(key)
        if p is not None and key != row["url"] and _another_article(p, row):
            key = row["canonical_url"] = row["url"]
            p = plan_of(key)
        keys.append(key)
        if p is None:
            plans[key] = _Plan(None, row["content_hash"], 1, row["url"], row.get("title") or "", row)
            outcomes.append("new")
        elif row["content_hash"] == p.hash:
            if p.row is not None:  # a write of this batch is pending: the last item wins
                p.row = row
                p.url, p.title = row["url"], row.get("title") or ""
            outcomes.append("unchanged")
        else:
            if p.row is None:
                p.copy_stored = True
            else:
                p.batch_revisions.append(_revision_from_row(p.row, p.version, now))
            p.version += 1
            p.hash = row["content_hash"]
            p.row = row
            p.url, p.title = row["url"], row.get("title") or ""
            outcomes.append("updated")
    return outcomes, plans, keys


def _another_article(p: _Plan, row: Mapping[str, Any]) -> bool:
    """True when ``row`` is another article than the one ``p`` holds under the same canonical URL."""
    if not p.url or p.url == row["url"] or p.hash == row["content_hash"]:
        return False
    if urlsplit(p.url).path == urlsplit(row["url"]).path:
        return False
    return (p.title or "") != (row.get("title") or "")


def _revision_from_row(row: Mapping[str, Any], version: int, now: str) -> dict[str, Any]:
    rev = {c: row.get(c) for c in _REVISION_COPY}
    rev["version"] = version
    rev["archived_at"] = now
    return rev


def _item_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        value = row.get(name)
        item[name] = _loads_list(value) if name in LIST_FIELDS else value
    item["places"] = _loads_obj(row.get("places")) or {"provinces": [], "localities": []}
    item["cluster_id"] = row.get("cluster_id")
    item["version"] = row["version"]
    item["first_seen_at"] = row["first_seen_at"]
    item["last_seen_at"] = row["last_seen_at"]
    return item


