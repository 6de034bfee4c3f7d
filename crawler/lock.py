"""One crawl at a time: an exclusive, non-blocking lock on a file (released by the OS if we die)."""

from __future__ import annotations

import fcntl
import os
from datetime import datetime
from pathlib import Path
from typing import IO

from .dates import VN_TZ, to_iso

__all__ = ["Locked", "RunLock"]


class Locked(RuntimeError):
    """Another run holds the lock."""


class RunLock:
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
            raise Locked(f"another crawl is running ({holder}); lock file {self.path}") from None
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
