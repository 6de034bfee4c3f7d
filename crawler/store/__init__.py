"""The article store: SQLite by default, any SQLAlchemy database by URL (PostgreSQL with the same schema).

    store = Store()                                   # sqlite:///output/articles.db (or $DATABASE_URL)
    store.upsert_many(items)                          # ["new", "unchanged", "updated", ...]
    for item in store.iter_articles(site="baocantho", since="2025-11-01"): ...

Articles are keyed by ``canonical_url`` (the item's ``url`` when it has none). When an article comes
back with another ``content_hash`` the stored text is copied to ``revisions`` first, then the article
row is updated and its ``version`` goes up by one; an article that comes back unchanged only has its
``last_seen_at`` moved.

Written with SQLAlchemy Core only, so the schema and every query are dialect-neutral. Dates are kept
as ISO 8601 strings (items carry ``+07:00`` strings; the store's own times are ``+07:00`` too), so
ordering and ``since`` filters compare strings and behave the same on SQLite and PostgreSQL. List
fields are JSON text (UTF-8, Vietnamese unescaped).

The package, by concern: ``schema`` (tables, migrations of older stores, each database's set-up),
``articles`` (upserts, revisions, other addresses, reading back, clusters), ``search`` (full text),
``bookkeeping`` (frontier, failures, runs, site runs), ``common`` (URLs, errors, times); ``Store``
joins them.

SQLite connections run in WAL mode with ``synchronous=NORMAL``, foreign keys on and a busy timeout;
SQLAlchemy emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for writes) so a read-then-write batch is one
real transaction even with another process writing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine, make_url

from ..errors import StoreError, StoreMissing
from .articles import ArticlesMixin
from .bookkeeping import BookkeepingMixin
from .common import _where, database_url, now_iso, store_error
from .schema import (
    BUSY_TIMEOUT_MS,
    DEFAULT_DB_URL,
    RETRY_BASE,
    RETRY_CAP,
    VN_TZ,
    _add_missing_columns,
    _queue_unclustered,
    _pg_fulltext,
    _sqlite_setup,
    article_bands,
    article_provinces,
    article_signatures,
    article_urls,
    articles,
    cluster_queue,
    failures,
    frontier,
    metadata,
    revisions,
    runs,
    site_runs,
)
from .search import SearchMixin

__all__ = [
    "BUSY_TIMEOUT_MS", "DEFAULT_DB_URL", "RETRY_BASE", "RETRY_CAP", "Store", "VN_TZ", "article_bands",
    "article_provinces", "article_signatures", "article_urls", "articles", "cluster_queue", "database_url", "failures", "frontier",
    "metadata", "now_iso", "revisions", "runs", "site_runs", "store_error",
]

# --- the store -----------------------------------------------------------------------------------


class Store(ArticlesMixin, SearchMixin, BookkeepingMixin):
    """Articles, their older versions, failed URLs and run reports in one database (see module doc)."""

    def __init__(self, url: str | None = None, *, retry_base: timedelta = RETRY_BASE, create: bool = True):
        """Open (``create``: and make, if need be) the store at ``url``. ``create=False`` is for commands
        that only read: a store that does not exist raises ``StoreMissing`` and nothing is made (no file,
        no folder, no table). Every failure to open is a ``StoreError`` that says what to do."""
        self.url = url or database_url()
        self.retry_base = retry_base  # the back-off of failed URLs: retry_base × 2^(attempts-1)
        try:
            parsed = make_url(self.url)
        except Exception as exc:  # noqa: BLE001 - not a URL at all
            raise StoreError(f"{self.url!r} is not a database URL: use sqlite:///PATH or "
                             "postgresql+psycopg://USER@HOST/DATABASE") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.is_postgresql = parsed.get_backend_name() == "postgresql"
        self._pg_fulltext = False  # PostgreSQL: the tsvector columns and their GIN indexes exist
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            db = parsed.database
            if db and db != ":memory:" and not db.startswith("file:"):
                path = Path(db).expanduser()
                if not create and not path.is_file():
                    raise StoreMissing(f"there is no store at {path}: run `crawler crawl` (or `make demo`) first, "
                                       "or give the right one with --db")
                if create:
                    path.parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        elif self.is_postgresql:
            kwargs["connect_args"] = {"connect_timeout": 10}
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except Exception as exc:  # noqa: BLE001 - unknown dialect or driver
            raise store_error(exc, self.url) from None
        if self.is_sqlite:
            _sqlite_setup(self.engine)
        self._write_engine = self.engine.execution_options(store_write=True)
        try:
            if not create and not self.is_sqlite:
                from sqlalchemy import inspect

                with self.engine.connect() as conn:
                    if not inspect(conn).has_table("articles"):
                        raise StoreMissing(f"there is no store in {self}: run `crawler crawl` first, or give the "
                                           "right one with --db")
            with self._writing() as conn:
                from sqlalchemy import inspect as _inspect

                had_queue = _inspect(conn).has_table("cluster_queue")
                metadata.create_all(conn)
                _add_missing_columns(conn)
                if not had_queue:  # a store of an earlier version: what it has not clustered yet
                    _queue_unclustered(conn)
                if self.is_postgresql:
                    self._pg_fulltext = _pg_fulltext(conn)
                if self.is_sqlite:
                    # folded text (crawler.search: "cai lay" finds "Cai Lậy") and the text as written
                    # (matches with the diacritics typed rank first)
                    conn.exec_driver_sql(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                        "title, sapo, body, tokenize='unicode61 remove_diacritics 2')"
                    )
                    conn.exec_driver_sql(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts_exact USING fts5("
                        "title, sapo, body, tokenize='unicode61 remove_diacritics 0')"
                    )
            self._backfill_index()
            self._drop_old_signatures()
        except StoreError:
            self.engine.dispose()
            raise
        except Exception as exc:  # noqa: BLE001 - locked, damaged, unreachable: one sentence
            self.engine.dispose()
            raise store_error(exc, self.url) from None

    @classmethod
    def from_settings(cls, settings: Any) -> "Store":
        base = settings.getfloat("FAILURE_RETRY_AFTER_SECONDS", RETRY_BASE.total_seconds())
        return cls(database_url(settings), retry_base=timedelta(seconds=base))

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    def __str__(self) -> str:
        return self.where

    @property
    def where(self) -> str:
        """The store's URL without its password (for messages)."""
        return _where(self.url)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction with the write lock taken up front: ``BEGIN IMMEDIATE`` on SQLite; on
        PostgreSQL a transaction-level advisory lock (per schema), so that writers in several processes
        (distributed workers) run their read-then-write batches one at a time there too, as on SQLite:
        no two of them insert the same new article or failure, or create the tables, at once."""
        with self._write_engine.begin() as conn:
            if self.is_postgresql:
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('vnnews-store:' || current_schema()))")
            yield conn

    # --- maintenance -----------------------------------------------------------------------------

    def _drop_old_signatures(self) -> None:
        """Signatures of an earlier version (``crawler.cluster``: the shingles were hashed otherwise) cannot
        be compared with new ones: they and their band keys go, and the next ``update_clusters`` signs
        every article again (once; the clusters found so far are kept and grow from there)."""
        from sqlalchemy import delete, func, insert, select

        old = select(article_signatures.c.article_id).where(
            func.substr(article_signatures.c.signature, 1, 3) == b"MH1").limit(1)
        with self.engine.connect() as conn:
            if conn.execute(old).first() is None:
                return
        with self._writing() as conn:
            conn.execute(delete(article_bands))
            conn.execute(delete(article_signatures))
            conn.execute(delete(cluster_queue))
            conn.execute(insert(cluster_queue).from_select(["article_id"], select(articles.c.id)))

    def bulk_load(self, chunks: Any, **options: Any) -> dict[str, int]:
        """Fill an empty store with many articles at once (``crawler.store.bulk``): the same store as
        ``upsert_many`` of each item and ``update_clusters``, the work per article in worker processes."""
        from .bulk import bulk_load

        return bulk_load(self, chunks, **options)

    def integrity_ok(self) -> bool:
        """SQLite: ``PRAGMA integrity_check`` says ``ok``. Other databases look after themselves: True."""
        if not self.is_sqlite:
            return True
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows] == ["ok"]

    def close(self) -> None:
        self.engine.dispose()


