"""Write articles to the store (``crawler.store``) in batches; count ``store/new|updated|unchanged``.

Settings: ``STORE_ENABLED`` (default True), ``DATABASE_URL`` (else the environment variable, else
``sqlite:///output/articles.db``), ``STORE_BATCH_SIZE`` (default 100).

Items are buffered and written with ``Store.upsert_many`` when the buffer is full and when the spider
closes. When a batch fails, its items are retried one by one; an item that still fails is counted
(``store/failed``), logged and recorded in the store's ``failures`` table, so nothing is lost
silently. Items always go on down the pipeline (feed exports still get them). When no item of a batch
can be written (a full disk, a store gone read-only), fetching more pages would only lose them: the
spider is closed with the reason ``store_failed``, the run is not finished, and the next one resumes
(the articles stay on the store's frontier).

At ``open_spider`` the store is put on the spider as ``spider.store`` unless it has one, so spiders
can skip what is stored already: ``spider.store.known_urls(site)``.

Writes are synchronous in the reactor thread: one batch of 100 takes milliseconds (SQLite).
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured
from sqlalchemy.engine import make_url

from ..store import Store

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged")


class StorePipeline:
    def __init__(self, store: Store, stats: Any, batch_size: int = 100, crawler: Any = None) -> None:
        self.store = store
        self.stats = stats
        self.batch_size = max(1, int(batch_size))
        self.crawler = crawler
        self.buffer: list[dict[str, Any]] = []
        self.counts = {o: 0 for o in (*OUTCOMES, "failed")}
        self.batches = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        settings = crawler.settings
        if not settings.getbool("STORE_ENABLED", True):
            raise NotConfigured("STORE_ENABLED is off")
        store = Store.from_settings(settings)
        return cls(store, crawler.stats, settings.getint("STORE_BATCH_SIZE", 100), crawler)

    # --- Scrapy hooks ----------------------------------------------------------------------------

    def open_spider(self, spider: Any = None) -> None:
        spider = spider if spider is not None else getattr(self.crawler, "spider", None)
        if spider is not None and getattr(spider, "store", None) is None:
            spider.store = self.store

    def process_item(self, item: Any, spider: Any = None) -> Any:
        self.buffer.append(ItemAdapter(item).asdict())
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def close_spider(self, spider: Any = None) -> None:
        try:
            self.flush()
            total = self.store.count()
        except Exception as exc:  # noqa: BLE001 - the summary must not hide the flush's own logging
            self.stats.inc_value("store/write_errors")
            logger.error("store: cannot finish writing to %s: %s", self._where(), exc)
            total = None
        c = self.counts
        logger.info(
            "store: %d new, %d updated, %d unchanged, %d failed in %d batches -> %s (%s articles)",
            c["new"], c["updated"], c["unchanged"], c["failed"], self.batches, self._where(),
            "?" if total is None else total,
        )
        self.store.close()

    # --- writing ---------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the buffered items (one transaction); on a database error, retry them one by one."""
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        self.batches += 1
        self.stats.inc_value("store/batches")
        try:
            outcomes = self.store.upsert_many(batch)
        except Exception as exc:  # noqa: BLE001 - any error of the batch: fall back to item by item
            logger.warning("store: batch of %d failed (%s); retrying item by item", len(batch), exc)
            self.stats.inc_value("store/batch_errors")
            stored = []
            for item in batch:
                try:
                    outcome = self.store.upsert_many([item])[0]
                except Exception as item_exc:  # noqa: BLE001
                    self._failed(item, item_exc)
                    continue
                stored.append(item)
                self._count(item, outcome)
            if not stored:
                self._store_failed(exc)
        else:
            stored = batch
            for item, outcome in zip(batch, outcomes):
                self._count(item, outcome)
        if stored:
            urls = {u for it in stored for u in (it.get("url"), it.get("canonical_url")) if u}
            try:
                self.store.clear_failures(urls)
            except Exception as exc:  # noqa: BLE001 - stored is stored; a stale failure row is harmless
                logger.warning("store: cannot clear failures of %d URLs: %s", len(urls), exc)

    def _store_failed(self, exc: Exception) -> None:
        """Nothing of a batch could be written: stop this site's crawl (once)."""
        engine = getattr(self.crawler, "engine", None)
        if engine is None or getattr(self, "_stopping", False):
            return
        self._stopping = True
        from ..store import store_error

        logger.error("store: %s; this site's crawl stops, the next run resumes it", store_error(exc, self.store.url))
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason="store_failed"))

    def _count(self, item: dict[str, Any], outcome: str) -> None:
        self.counts[outcome] += 1
        self.stats.inc_value(f"store/{outcome}")
        self.stats.inc_value(f"store/{outcome}/{item.get('site') or 'undeclared'}")

    def _failed(self, item: dict[str, Any], exc: Exception) -> None:
        url = item.get("url") or item.get("canonical_url") or "?"
        self.counts["failed"] += 1
        self.stats.inc_value("store/failed")
        logger.error("store: cannot store %s: %s", url, exc)
        from sqlalchemy.exc import OperationalError

        try:
            if isinstance(exc, OperationalError):
                # the store's trouble (a full disk, a lock), not the page's: the article stays owed, and the
                # next run fetches it at once instead of waiting for a failure's back-off
                self.store.add_frontier(item.get("site"), [(item.get("_urls") or [url])[0]])
            else:
                self.store.record_failure(url, item.get("site"), f"store: {type(exc).__name__}: {exc}"[:1000])
        except Exception as rec_exc:  # noqa: BLE001 - the database is gone; the next run resumes the site
            self.stats.inc_value("store/write_errors")
            logger.error("store: cannot record %s as owed or failed either: %s", url, rec_exc)

    def _where(self) -> str:
        return make_url(self.store.url).render_as_string(hide_password=True)
