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

SQLite connections run in WAL mode with ``synchronous=NORMAL``, foreign keys on and a busy timeout;
SQLAlchemy emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for writes) so a read-then-write batch is one
real transaction even with another process writing.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url

from .errors import StoreError, StoreMissing
from .items import ARTICLE_FIELDS, LIST_FIELDS
from .provinces import current_province, fold

__all__ = [
    "site_runs",
    "DEFAULT_DB_URL",
    "Store",
    "article_bands",
    "article_urls",
    "articles",
    "article_provinces",
    "article_signatures",
    "database_url",
    "failures",
    "frontier",
    "store_error",
    "metadata",
    "revisions",
    "runs",
]

DEFAULT_DB_URL = "sqlite:///output/articles.db"
VN_TZ = timezone(timedelta(hours=7))
BUSY_TIMEOUT_MS = 30_000
RETRY_BASE = timedelta(hours=1)
RETRY_CAP = timedelta(days=7)
_IN_CHUNK = 500  # keys per "IN (...)" list: well under SQLite's bound-parameter limit

# --- schema --------------------------------------------------------------------------------------

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("canonical_url", Text, nullable=False, unique=True),
    Column("url", Text, nullable=False, index=True),
    Column("site", Text, index=True),
    Column("province", Text, index=True),
    Column("title", Text),
    Column("sapo", Text),
    Column("body", Text),
    Column("body_html", Text),
    Column("authors", Text),  # JSON list
    Column("source", Text),
    Column("published_at", Text, index=True),  # ISO 8601, +07:00
    Column("modified_at", Text),
    Column("published_raw", Text),
    Column("event_date", Text),
    Column("tags", Text),  # JSON list
    Column("category", Text),  # JSON list
    Column("images", Text),  # JSON list of {url, caption, credit}
    Column("attachments", Text),  # JSON list of {url, title}
    Column("language", Text),
    Column("fetched_at", Text),
    Column("content_hash", Text),
    Column("extraction", Text),
    Column("version", Integer, nullable=False, default=1),
    Column("first_seen_at", Text),
    Column("last_seen_at", Text),
    # enrichment (not from the page parser): places the text names, its story cluster
    Column("places", Text),  # JSON {"provinces": [...], "localities": [...]}
    Column("cluster_id", Text, index=True),  # canonical_url of the earliest article of the story
)

# The provinces an article is about (its places) and the province of its site: what --province filters on.
article_provinces = Table(
    "article_provinces",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("province", Text, primary_key=True),
    Index("ix_article_provinces_province", "province"),
)

# The MinHash signature of each article's text, so that new articles cluster against old ones.
article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("content_hash", Text),
    Column("signature", LargeBinary),
)

# The LSH band keys of each article's signature: the index that finds a new article's candidates
# (crawler.clustering) without loading every signature.
article_bands = Table(
    "article_bands",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("bucket", BigInteger, nullable=False),
    Index("ix_article_bands_bucket", "bucket"),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", Text),
    Column("title", Text),
    Column("sapo", Text),
    Column("body", Text),
    Column("body_html", Text),
    Column("modified_at", Text),
    Column("fetched_at", Text),
    Column("archived_at", Text),
    Index("ix_revisions_article_version", "article_id", "version"),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("site", Text, index=True),
    Column("reason", Text),
    Column("attempts", Integer, nullable=False, default=1),
    Column("first_failed_at", Text),
    Column("last_failed_at", Text),
    Column("next_retry_at", Text, index=True),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Text, nullable=False, unique=True),
    Column("started_at", Text),
    Column("finished_at", Text),
    Column("report", Text),  # JSON object
)

# Article URLs a crawl discovered and has not stored yet: what later runs owe, whatever their listings
# say (a crawl stopped midway leaves them here). A URL leaves when its article is stored or its failure
# is recorded (failures are retried on their own schedule).
frontier = Table(
    "frontier",
    metadata,
    Column("url", Text, primary_key=True),
    Column("site", Text, index=True),
    Column("discovered_at", Text),
    Column("run_id", Text),
)

# Every other address that led to a stored article (the URL a listing linked to before a redirect, a
# second URL of the same page): known, so never fetched again.
article_urls = Table(
    "article_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

# Per site: when its last crawl started and whether it finished (a crawl killed midway never does).
site_runs = Table(
    "site_runs",
    metadata,
    Column("site", Text, primary_key=True),
    Column("run_id", Text),
    Column("started_at", Text),
    Column("finished_at", Text),
    Column("finish_reason", Text),
    Column("resume", Integer),  # 1: this run resumes an unfinished one (what its other workers must know too)
)

# Article columns an item writes (everything but the bookkeeping ones).
_ITEM_COLUMNS = tuple(f for f in ARTICLE_FIELDS if f in articles.c) + ("places",)
# The stored text a revision keeps (same names in both tables).
_REVISION_COPY = (
    "version", "content_hash", "title", "sapo", "body", "body_html", "modified_at", "fetched_at",
)


# --- helpers -------------------------------------------------------------------------------------


def database_url(settings_or_none: Any = None) -> str:
    """The database URL: the ``DATABASE_URL`` setting, else the environment variable, else the default."""
    if settings_or_none is not None:
        value = settings_or_none.get("DATABASE_URL")
        if value:
            return str(value)
    return os.environ.get("DATABASE_URL") or DEFAULT_DB_URL


def _where(url: str) -> str:
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001
        return url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def store_error(exc: BaseException, url: str) -> StoreError:
    """A database error as one sentence that says what to do (for the user; the cause stays chained)."""
    where = _where(url)
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = text[0] if text else type(exc).__name__
    low = detail.lower()
    name = type(exc).__name__
    if name == "NoSuchModuleError" or "can't load plugin" in low:
        err = StoreError(f"unknown kind of database in {where!r}: use sqlite:///PATH or "
                         "postgresql+psycopg://USER@HOST/DATABASE")
    elif "database is locked" in low or "database table is locked" in low:
        err = StoreError(f"the store {where} stayed locked by another process for {BUSY_TIMEOUT_MS // 1000} s: "
                         "try again when it has finished")
    elif "not a database" in low or "malformed" in low or "file is encrypted" in low:
        err = StoreError(f"the store {where} is damaged or not a SQLite database ({detail}): move it away and "
                         "restore a backup, or give another with --db")
    elif "disk is full" in low or "no space left" in low or "file too large" in low:
        err = StoreError(f"the store {where} cannot grow: its disk is full ({detail}); free some space and run "
                         "again (a crawl resumes where it stopped)")
    elif "readonly" in low or "read-only" in low or "permission denied" in low:
        err = StoreError(f"the store {where} cannot be written ({detail}): check its permissions")
    elif "unable to open database" in low:
        err = StoreError(f"cannot open the store {where} ({detail}): check that its folder exists and can be written")
    elif "connection" in low or "could not translate host" in low or "timeout expired" in low:
        err = StoreError(f"cannot reach the database {where} ({detail}): check that the server runs and the URL "
                         "(--db or DATABASE_URL)")
    else:
        err = StoreError(f"the store {where} failed ({name}: {detail})")
    err.__cause__ = exc
    return err


def now_iso(now: datetime | None = None) -> str:
    """An ISO 8601 time in +07:00 to the second (the format of every time the store writes)."""
    return (now or datetime.now(VN_TZ)).astimezone(VN_TZ).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def _loads(value: str | None) -> Any:
    if not value:
        return []
    return json.loads(value)


def _since_key(since: str | date | datetime) -> str:
    """``since`` as a string comparable with stored ``published_at`` values (+07:00 ISO strings).

    A date (``"2025-11-01"`` or a ``date``) is kept as ``YYYY-MM-DD``: every ISO time of that day
    sorts after it. An aware time is converted to +07:00; a naive one is taken as Vietnam time.
    """
    if isinstance(since, datetime):
        dt = since
    elif isinstance(since, date):
        return since.isoformat()
    else:
        text = str(since).strip()
        if len(text) == 10:
            date.fromisoformat(text)  # validates
            return text
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        return dt.isoformat(timespec="seconds")
    return dt.astimezone(VN_TZ).isoformat(timespec="seconds")


def _content_hash(item: Mapping[str, Any]) -> str:
    from .parsers.base import content_hash  # the parsers' definition; imported only when an item lacks one

    return content_hash(dict(item))


def _chunks(values: list[Any], size: int = _IN_CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _retry_delay(attempts: int, base: timedelta = RETRY_BASE) -> timedelta:
    """``base`` (1 h) after the first failure, then 2×, 4×, … never more than 7 days."""
    exponent = min(max(attempts - 1, 0), 20)
    return min(base * (2**exponent), RETRY_CAP)


# --- the store -----------------------------------------------------------------------------------


class Store:
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
                metadata.create_all(conn)
                _add_missing_columns(conn)
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
        except StoreError:
            self.engine.dispose()
            raise
        except Exception as exc:  # noqa: BLE001 - locked, damaged, unreachable: one sentence
            self.engine.dispose()
            raise store_error(exc, self.url) from None

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
            prepared.append((key, row))
            # the addresses that led to it (a listing's link before a redirect): known from now on
            aliases.append({u for u in (*(item.get("_urls") or ()), row["url"]) if isinstance(u, str) and u})

        with self._writing() as conn:
            lookup = {key for key, _ in prepared} | {row["url"] for _, row in prepared}
            stored = self._stored_state(conn, list(lookup))
            outcomes, plans, final_keys = _plan(prepared, stored, now)
            self._write(conn, plans, now)
            written = [(key, p.row) for key, p in plans.items() if p.row is not None]
            if written:
                self._index(conn, written)
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

    def _index(self, conn: Connection, written: list[tuple[str, dict[str, Any]]]) -> None:
        """Keep what is derived from an article's text in step with it: its provinces and, in SQLite,
        its full-text entry (folded: no diacritics, đ → d, so "cai lay" finds "Cai Lậy")."""
        ids = {key: state[0] for key, state in self._stored_state(conn, [k for k, _ in written]).items()}
        id_list = list(ids.values())
        for chunk in _chunks(id_list):
            conn.execute(delete(article_provinces).where(article_provinces.c.article_id.in_(chunk)))
        links = []
        for key, row in written:
            provinces = {row.get("province")} | set((_loads_obj(row.get("places")) or {}).get("provinces") or [])
            links += [{"article_id": ids[key], "province": p} for p in sorted(x for x in provinces if x)]
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

    # --- the frontier: discovered, not stored yet ------------------------------------------------

    def add_frontier(self, site: str | None, urls: Iterable[str], run_id: str | None = None) -> int:
        """Record article URLs a crawl has just discovered (those already recorded are left as they are);
        returns how many are new to the frontier."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        if not wanted:
            return 0
        stamp = now_iso()
        with self._writing() as conn:
            have: set[str] = set()
            for chunk in _chunks(wanted):
                have.update(r[0] for r in conn.execute(select(frontier.c.url).where(frontier.c.url.in_(chunk))))
            rows = [{"url": u, "site": site, "discovered_at": stamp, "run_id": run_id} for u in wanted if u not in have]
            if rows:
                conn.execute(insert(frontier), rows)
        return len(rows)

    def frontier(self, site: str | None = None) -> list[str]:
        """The URLs discovered and not stored yet (of ``site``), oldest first."""
        q = select(frontier.c.url).order_by(frontier.c.discovered_at, frontier.c.url)
        if site is not None:
            q = q.where(frontier.c.site == site)
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

    def drop_frontier(self, urls: Iterable[str]) -> int:
        """Take URLs off the frontier (they are stored, or no article after all); returns how many."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        removed = 0
        if wanted:
            with self._writing() as conn:
                for chunk in _chunks(wanted):
                    removed += conn.execute(delete(frontier).where(frontier.c.url.in_(chunk))).rowcount or 0
        return removed

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
        q = select(articles)
        if site is not None:
            q = q.where(articles.c.site == site)
        if province is not None:
            q = q.where(self._about_province(province))
        if since is not None:
            q = q.where(articles.c.published_at >= _since_key(since))
        # undated last, portably (NULLS LAST is not in every SQLite)
        published = articles.c.published_at
        q = q.order_by(published.is_(None), published.desc(), articles.c.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=max(1, batch)).execute(q)
            for row in result.mappings():
                yield _item_from_row(row)

    def update_clusters(self, batch: int = 500, **clusterer_options: Any) -> dict[str, int]:
        """Give the articles not clustered yet their story cluster (``cluster_id``: the earliest article
        of its group), comparing them with the stored ones through the band index in the store: the
        cost is the new articles', not the store's (``crawler.clustering``)."""
        from .clustering import update_clusters

        return update_clusters(self, batch=batch, **clusterer_options)

    @staticmethod
    def _about_province(province: str) -> Any:
        """Articles of a site of that province, or whose text names it or one of its places; a former
        province's name means the current one it is part of ("Tiền Giang" → "Đồng Tháp")."""
        name = current_province(province) or province
        tagged = select(article_provinces.c.article_id).where(article_provinces.c.province == name)
        return or_(articles.c.province == name, articles.c.id.in_(tagged))

    def search(
        self, query: str, *, since: str | date | datetime | None = None, province: str | None = None,
        site: str | None = None, limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Articles matching ``query`` as ``crawler.search`` reads it (words, "phrases", -exclusions),
        best first, whatever the diacritics and case.

        SQLite: the ranked FTS5 search of ``crawler.search.RANKED_SQL`` (the same as Datasette's): the
        typed diacritics before folded matches, the words together before apart, then bm25 (the title
        weighs most). PostgreSQL: every folded word and phrase must appear in the folded title, sapo or
        body (folded in SQL with ``translate``; no index: a scan), excluded ones must not; articles with
        all of it in the title first, then newest first.
        """
        from .search import RANKED_SQL, parse_query

        parsed = parse_query(query)
        if parsed.empty:
            return []
        words = [fold(w) for w in [*parsed.words, *(w for p in parsed.phrases for w in p)]]
        q = select(articles)
        if site is not None:
            q = q.where(articles.c.site == site)
        if province is not None:
            q = q.where(self._about_province(province))
        if since is not None:
            q = q.where(articles.c.published_at >= _since_key(since))
        with self.engine.connect() as conn:
            if self.is_sqlite:
                ranked = conn.exec_driver_sql(RANKED_SQL.replace(":q", "?").replace(":limit", "?"),
                                              (query,) * 5 + (max(limit * 20, 500),)).fetchall()
                order = {row[0]: n for n, row in enumerate(ranked)}
                if not order:
                    return []
                rows = []
                for chunk in _chunks(list(order)):
                    rows += conn.execute(q.where(articles.c.id.in_(chunk))).mappings().all()
                rows = sorted(rows, key=lambda r: order[r["id"]])[:limit]
                return [{**_item_from_row(r), "snippet": _snippet(r, words)} for r in rows]
            if self.is_postgresql and self._pg_fulltext:
                from .search import PG_RANKED_SQL, tsqueries

                params = {**tsqueries(query), "limit": max(limit * 20, 500)}
                ranked = conn.exec_driver_sql(PG_RANKED_SQL, params).fetchall()
                order = {row[0]: n for n, row in enumerate(ranked)}
                rows = []
                for chunk in _chunks(list(order)):
                    rows += conn.execute(q.where(articles.c.id.in_(chunk))).mappings().all()
                rows = sorted(rows, key=lambda r: order[r["id"]])[:limit]
                return [{**_item_from_row(r), "snippet": _snippet(r, words)} for r in rows]
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

    # --- failures --------------------------------------------------------------------------------

    def record_failure(self, url: str, site: str | None, reason: str, *, now: datetime | None = None,
                       permanent: bool = False) -> None:
        """Count a failure of ``url`` (and take it off the frontier: the failure owns it now). Its next
        retry is due 1 h × 2^(attempts-1) later (at most 7 days); a ``permanent`` failure (a page that can
        never be an article of the site, such as a redirect elsewhere) is not retried: it stays
        recorded, with its reason."""
        moment = now or datetime.now(VN_TZ)
        stamp = now_iso(moment)
        with self._writing() as conn:
            conn.execute(delete(frontier).where(frontier.c.url == url))
            q = select(failures.c.id, failures.c.attempts).where(failures.c.url == url)
            found = conn.execute(q).first()
            attempts = 1 if found is None else (found.attempts or 0) + 1
            due = None if permanent else now_iso(moment + _retry_delay(attempts, self.retry_base))
            if found is None:
                conn.execute(
                    insert(failures).values(
                        url=url, site=site, reason=reason, attempts=1, first_failed_at=stamp,
                        last_failed_at=stamp, next_retry_at=due,
                    )
                )
            else:
                values: dict[str, Any] = {
                    "reason": reason, "attempts": attempts, "last_failed_at": stamp, "next_retry_at": due,
                }
                if site is not None:
                    values["site"] = site
                conn.execute(update(failures).where(failures.c.id == found.id).values(**values))

    def clear_failure(self, url: str) -> None:
        self.clear_failures([url])

    def clear_failures(self, urls: Iterable[str]) -> int:
        """Forget the failures of these URLs (they are stored now); returns how many were removed."""
        urls = [u for u in dict.fromkeys(urls) if u]
        removed = 0
        if not urls:
            return 0
        with self._writing() as conn:
            for chunk in _chunks(urls):
                removed += conn.execute(delete(failures).where(failures.c.url.in_(chunk))).rowcount or 0
        return removed

    def failures(
        self, site: str | None = None, due_only: bool = False, *, now: datetime | None = None
    ) -> list[dict[str, Any]]:
        """Failed URLs (of ``site``), soonest retry first; ``due_only``: those whose retry time has come."""
        q = select(failures)
        if site is not None:
            q = q.where(failures.c.site == site)
        if due_only:
            q = q.where(failures.c.next_retry_at <= now_iso(now))
        q = q.order_by(failures.c.next_retry_at, failures.c.id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # --- runs ------------------------------------------------------------------------------------

    def record_run(self, run_id: str, report: Mapping[str, Any]) -> None:
        """Keep a run's report (JSON). ``started_at``/``finished_at`` are read from the report when it has
        them (``finished_at`` defaults to now); recording the same ``run_id`` again replaces it."""
        started = report.get("started_at")
        finished = report.get("finished_at")
        values = {
            "started_at": now_iso(started) if isinstance(started, datetime) else started,
            "finished_at": now_iso(finished) if isinstance(finished, datetime) else (finished or now_iso()),
            "report": json.dumps(report, ensure_ascii=False, default=str),
        }
        with self._writing() as conn:
            done = conn.execute(update(runs).where(runs.c.run_id == run_id).values(**values))
            if not done.rowcount:
                conn.execute(insert(runs).values(run_id=run_id, **values))

    def runs(self, limit: int | None = 20) -> list[dict[str, Any]]:
        """The latest recorded runs, newest first, with ``report`` decoded."""
        q = select(runs).order_by(runs.c.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [{**r, "report": json.loads(r["report"] or "{}")} for r in conn.execute(q).mappings()]

    def site_started(self, site: str, run_id: str | None = None) -> bool:
        """Mark a site's crawl as started by run ``run_id``; True when the crawl before it did not finish
        (the run must resume it). Another worker of the same run gets the answer the first one got."""
        with self._writing() as conn:
            before = conn.execute(select(site_runs).where(site_runs.c.site == site)).mappings().first()
            if before is not None and run_id is not None and before["run_id"] == run_id:
                return bool(before["resume"])
            resume = before is not None and before["finished_at"] is None
            values = {"run_id": run_id, "started_at": now_iso(), "finished_at": None, "finish_reason": None,
                      "resume": int(resume)}
            if before is None:
                conn.execute(insert(site_runs).values(site=site, **values))
            else:
                conn.execute(update(site_runs).where(site_runs.c.site == site).values(**values))
        return resume

    def site_finished(self, site: str, reason: str) -> None:
        with self._writing() as conn:
            conn.execute(update(site_runs).where(site_runs.c.site == site)
                         .values(finished_at=now_iso(), finish_reason=reason))

    # --- maintenance -----------------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        """SQLite: ``PRAGMA integrity_check`` says ``ok``. Other databases look after themselves: True."""
        if not self.is_sqlite:
            return True
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows] == ["ok"]

    def close(self) -> None:
        self.engine.dispose()


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
        item[name] = _loads(value) if name in LIST_FIELDS else value
    item["places"] = _loads_obj(row.get("places")) or {"provinces": [], "localities": []}
    item["cluster_id"] = row.get("cluster_id")
    item["version"] = row["version"]
    item["first_seen_at"] = row["first_seen_at"]
    item["last_seen_at"] = row["last_seen_at"]
    return item


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


def _loads_obj(value: Any) -> Any:
    if not value:
        return None
    if isinstance(value, (dict, list)):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return None


# What ``fold`` does to one character, as a ``translate`` table for PostgreSQL: every precomposed Latin
# letter (Vietnamese included: NFC text) and A-Z to its folded lower-case ASCII letter ("Ậ" → "a", "Đ" → "d").
def _fold_table() -> tuple[str, str]:
    src, dst = [], []
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        if not unicodedata.category(ch).startswith("L"):
            continue
        folded = fold(ch)
        if len(folded) == 1 and folded.isascii() and folded != ch:
            src.append(ch)
            dst.append(folded)
    return "".join(src), "".join(dst)


_FOLD_FROM, _FOLD_TO = _fold_table()


def _pg_fold(column: Any) -> Any:
    """The column's text folded in SQL as ``fold`` folds it in Python (lower case, no diacritics, đ → d;
    hyphens become spaces)."""
    text = func.coalesce(column, "")
    return func.translate(text, literal(_FOLD_FROM + "-", Text), literal(_FOLD_TO + " ", Text))


def _pg_fulltext(conn: Connection) -> bool:
    """PostgreSQL: the search columns (``crawler.search``): the folded and the written text as generated
    ``tsvector`` columns, each with a GIN index. Made once (an older store gets them, filled by the
    server); False where the server cannot (before PostgreSQL 12), and search then scans."""
    def vector(fold_it: bool) -> str:
        def field(name: str, weight: str) -> str:
            text = f"coalesce({name}, '')"
            if fold_it:
                text = f"translate({text}, '{_FOLD_FROM}-', '{_FOLD_TO} ')"
            return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"

        return " || ".join(field(n, w) for n, w in (("title", "A"), ("sapo", "B"), ("body", "D")))

    have = {r[0] for r in conn.exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'articles'")}
    if int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0) < 120000:
        return False
    for column, fold_it in (("search_folded", True), ("search_exact", False)):
        if column not in have:
            conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {column} tsvector "
                                 f"GENERATED ALWAYS AS ({vector(fold_it)}) STORED")
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_articles_{column} ON articles USING gin ({column})")
    return True


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _add_missing_columns(conn: Connection) -> None:
    """A store made by an earlier version gets the columns added since (nullable, no data to move)."""
    from sqlalchemy import inspect

    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                kind = column.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')


def _sqlite_setup(engine: Engine) -> None:
    """WAL, synchronous=NORMAL, foreign keys, busy timeout; SQLAlchemy emits BEGIN itself (see the
    SQLAlchemy SQLite docs, "Enabling Non-Legacy SQLite Transactional Modes")."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver must not BEGIN on its own
        from .search import match_expression

        # the ranked search's SQL function (crawler.search), as Datasette gets it from crawler.browse
        dbapi_conn.create_function("vn_match", 2, match_expression, deterministic=True)
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("store_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
