"""One crawl at a time per store: the lock belongs to the store, wherever the command is started.

- a SQLite store ``…/articles.db`` is locked by an exclusive, non-blocking ``flock`` on the file
  ``…/articles.db.lock`` beside it (released by the OS if the process dies, even by SIGKILL);
- a PostgreSQL store by a session-level advisory lock (``pg_try_advisory_lock``, per schema) held on a
  connection of its own for the run (released by the server when the connection ends);
- an in-memory SQLite store needs none.

``store_lock(url)`` picks the right one; ``Locked`` says who holds it.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

from .dates import VN_TZ, to_iso
from .errors import Locked

__all__ = ["Locked", "RunLock", "lock_path", "store_lock"]


class RunLock:
    """An exclusive lock on a file; the file holds the holder's pid and start time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._file: IO[str] | None = None

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the run
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.seek(0)
            holder = f.read().strip() or "unknown"
            f.close()
            raise Locked(f"another crawl is running on this store ({holder}; lock file {self.path}): "
                         "try again when it has finished") from None
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} since {to_iso(datetime.now(VN_TZ))}\n")
        f.flush()
        self._file = f
        return self

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(url: str) -> Path | None:
    """The lock file of a SQLite store (``<database>.lock``), None for other stores."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    db = parsed.database
    if parsed.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db).expanduser().resolve().with_name(Path(db).name + ".lock")


@contextmanager
def store_lock(url: str) -> Iterator[None]:
    """Hold the store's crawl lock for the ``with`` block; ``Locked`` when another run holds it."""
    from sqlalchemy.engine import make_url

    path = lock_path(url)
    if path is not None:
        with RunLock(path):
            yield
        return
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    from sqlalchemy import create_engine

    from .store import store_error

    engine = create_engine(url, poolclass=_null_pool())
    try:
        try:
            conn = engine.connect()
        except Exception as exc:  # noqa: BLE001 - said in one sentence by store_error
            raise store_error(exc, url) from None
        try:
            key = "hashtext('vnnews-crawl:' || current_schema())"
            got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({key})").scalar()
            conn.commit()
            if not got:
                raise Locked("another crawl is running on this store (its PostgreSQL advisory lock is held): "
                             "try again when it has finished")
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
                conn.commit()
        finally:
            conn.close()
    finally:
        engine.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool
