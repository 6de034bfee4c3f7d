"""Full-text search of the store (``crawler.search`` says how queries are read and ranked)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    and_,
    case,
    or_,
)
from sqlalchemy.engine import Connection, Engine

from ..provinces import fold
from .articles import _item_from_row
from .schema import _pg_fold, articles


class SearchMixin:
    """The search part of ``Store``."""

    engine: Engine
    is_sqlite: bool
    is_postgresql: bool
    _pg_fulltext: bool

    def search(
        self, query: str, *, since: str | date | datetime | None = None, province: str | None = None,
        site: str | None = None, limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Articles matching ``query`` as ``crawler.search`` reads it (words, "phrases", -exclusions),
        best first, whatever the diacritics and case.

        SQLite: the ranked FTS5 search of ``crawler.search.RANKED_SQL`` (the same as Datasette's): the
        typed diacritics before folded matches, the words together before apart, then the title, the
        lead, the body, then the latest (each tier over its latest ``WINDOW`` matches). PostgreSQL: the
        same tiers, ranked by ``ts_rank`` with the same weights, over its GIN-indexed tsvector columns
        (``crawler.search.PG_RANKED_SQL``); a server too old for generated columns (before 12) scans
        instead: every folded word and phrase must appear in the folded title, sapo or body, excluded
        ones must not, articles with all of it in the title first, then newest first.
        """
        from ..search import RANKED_SQL, parse_query

        parsed = parse_query(query)
        if parsed.empty:
            return []
        words = [fold(w) for w in [*parsed.words, *(w for p in parsed.phrases for w in p)]]
        q = self._filtered(site, province, since)  # type: ignore[attr-defined]
        with self.engine.connect() as conn:
            if self.is_sqlite:
                ranked = conn.exec_driver_sql(RANKED_SQL, {"q": query, "limit": max(limit * 20, 500)}).fetchall()
                return _in_order(conn, q, [row[0] for row in ranked], limit, words)
            if self.is_postgresql and self._pg_fulltext:
                from ..search import PG_RANKED_SQL, tsqueries

                params = {**tsqueries(query), "limit": max(limit * 20, 500)}
                ranked = conn.exec_driver_sql(PG_RANKED_SQL, params).fetchall()
                return _in_order(conn, q, [row[0] for row in ranked], limit, words)
            if self.is_postgresql:
                title, sapo, body = (_pg_fold(articles.c[c]) for c in ("title", "sapo", "body"))
                wanted = [fold(w) for w in parsed.words] + [" ".join(fold(w) for w in p) for p in parsed.phrases]
                for w in wanted:
                    like = f"%{_like_escape(w)}%"
                    q = q.where(or_(title.like(like, escape="\\"), sapo.like(like, escape="\\"),
                                    body.like(like, escape="\\")))
                for ex in parsed.excluded:
                    like = f"%{_like_escape(' '.join(fold(w) for w in ex))}%"
                    q = q.where(~or_(title.like(like, escape="\\"), sapo.like(like, escape="\\"),
                                     body.like(like, escape="\\")))
                in_title = case((and_(*[title.like(f"%{_like_escape(w)}%", escape="\\") for w in wanted]), 0),
                                else_=1)
                published = articles.c.published_at
                q = q.order_by(in_title, published.is_(None), published.desc(), articles.c.id.desc())
            else:
                for w in (w for w in query.replace('"', " ").split() if w):
                    like = f"%{w}%"
                    q = q.where(or_(articles.c.title.ilike(like), articles.c.sapo.ilike(like),
                                    articles.c.body.ilike(like)))
                q = q.order_by(articles.c.published_at.desc())
            rows = conn.execute(q.limit(limit)).mappings().all()
            return [{**_item_from_row(r), "snippet": _snippet(r, words)} for r in rows]


def _in_order(conn: Connection, q: Any, ranked: list[int], limit: int, words: list[str]) -> list[dict[str, Any]]:
    """The ranked article ids that pass the filters of ``q``, in rank order, as items with a snippet."""
    order = {art_id: n for n, art_id in enumerate(ranked)}
    rows: list[Any] = []
    ids = list(order)
    step = max(limit, 20)
    for start in range(0, len(ids), step):  # in rank order, until ``limit`` pass the filters
        rows += conn.execute(q.where(articles.c.id.in_(ids[start:start + step]))).mappings().all()
        if len(rows) >= limit:
            break
    rows = sorted(rows, key=lambda r: order[r["id"]])[:limit]
    return [{**_item_from_row(r), "snippet": _snippet(r, words)} for r in rows]


def _snippet(row: Mapping[str, Any], words: list[str], width: int = 12) -> str:
    """A few words of the article around the first place it matches, in its own spelling."""
    for field_name in ("body", "sapo", "title"):
        tokens = (row.get(field_name) or "").split()
        folded = [fold(t).strip(".,;:!?()\"'“”…") for t in tokens]
        for i, word in enumerate(folded):
            if word == words[0]:
                start = max(0, i - width // 2)
                text = " ".join(tokens[start:start + width])
                return ("…" if start else "") + text + ("…" if start + width < len(tokens) else "")
    return (row.get("sapo") or row.get("title") or "")[:120]


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


