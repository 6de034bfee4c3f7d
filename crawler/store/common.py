"""Helpers every part of the store shares: the database URL, errors said in one sentence, times,
JSON columns, chunks of keys."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.engine import make_url

from ..errors import StoreError
from .schema import _IN_CHUNK, BUSY_TIMEOUT_MS, DEFAULT_DB_URL, RETRY_BASE, RETRY_CAP, VN_TZ

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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# json.loads without NaN and Infinity (Python reads them, but they are not JSON: a feed must not carry them)
_STRICT_JSON = json.JSONDecoder(parse_constant=_no_constant)


def _json_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8")  # UnicodeDecodeError is a ValueError
    raise TypeError(f"not a JSON text: {type(value).__name__}")


def _loads_list(value: Any) -> Any:
    """A stored JSON list column as read back: ``[]`` for NULL, an empty text, and a text that is not
    JSON (cut short, edited by hand, NaN): the rows are a stranger's input, and reading them must not
    fail on one. A JSON value of another kind is returned as it is."""
    if not value:
        return []
    try:
        return _STRICT_JSON.decode(_json_text(value))
    except (ValueError, TypeError):
        return []


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
    from ..parsers.base import content_hash  # the parsers' definition; imported only when an item lacks one

    return content_hash(dict(item))


def _chunks(values: list[Any], size: int = _IN_CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _retry_delay(attempts: int, base: timedelta = RETRY_BASE) -> timedelta:
    """``base`` (1 h) after the first failure, then 2×, 4×, … never more than 7 days."""
    exponent = min(max(attempts - 1, 0), 20)
    return min(base * (2**exponent), RETRY_CAP)


def _loads_obj(value: Any) -> Any:
    if not value:
        return None
    if isinstance(value, (dict, list)):
        return value
    try:
        return _STRICT_JSON.decode(_json_text(value))
    except (ValueError, TypeError):
        return None


