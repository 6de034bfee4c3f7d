"""The store's schema: tables, migrations of older stores, and each database's set-up (SQLite's
connections, PostgreSQL's full-text columns)."""

from __future__ import annotations

import unicodedata
from datetime import timedelta, timezone
from typing import Any

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
    event,
    func,
    literal,
)
from sqlalchemy.engine import Connection, Engine

from ..items import ARTICLE_FIELDS
from ..provinces import fold

DEFAULT_DB_URL = "sqlite:///output/articles.db"
VN_TZ = timezone(timedelta(hours=7))
BUSY_TIMEOUT_MS = 30_000
# SQLite page cache per connection (KiB): the upper levels of a big store's indexes stay in memory
CACHE_KIB = 65_536
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
    sqlite_with_rowid=False,  # 42 small rows an article: the primary key is the table (one B-tree less)
)

# The articles stored or changed since the last clustering (``crawler.clustering``): what the next
# ``update_clusters`` works on, found without reading the articles table.
cluster_queue = Table(
    "cluster_queue",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
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


def _queue_unclustered(conn: Connection) -> None:
    """Queue for clustering the articles without a signature, or whose text changed since it was made
    (what ``update_clusters`` looked for by reading every article before the queue existed)."""
    from sqlalchemy import insert, select

    sig = article_signatures.c
    todo = (select(articles.c.id)
            .select_from(articles.outerjoin(article_signatures, sig.article_id == articles.c.id))
            .where((sig.article_id.is_(None)) | (sig.content_hash != articles.c.content_hash)))
    conn.execute(insert(cluster_queue).from_select(["article_id"], todo))


def _sqlite_setup(engine: Engine) -> None:
    """WAL, synchronous=NORMAL, foreign keys, busy timeout; SQLAlchemy emits BEGIN itself (see the
    SQLAlchemy SQLite docs, "Enabling Non-Legacy SQLite Transactional Modes")."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver must not BEGIN on its own
        from ..search import match_expression

        # the ranked search's SQL function (crawler.search), as Datasette gets it from crawler.browse
        dbapi_conn.create_function("vn_match", 2, match_expression, deterministic=True)
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("store_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

