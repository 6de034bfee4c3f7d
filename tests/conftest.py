"""Shared test set-up.

``postgres_url`` and ``redis_url``: the servers of ``TEST_DATABASE_URL`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``) and ``TEST_REDIS_URL`` (default
``redis://127.0.0.1:6379/0``). A test that asks for one is skipped, with the reason, when the server is
not reachable (a developer's machine); when the environment variable ``CI`` is set it fails instead:
CI must never skip them silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379/0"


def _unavailable(what: str, url: str, reason: str) -> None:
    """Skip (a user's machine) or fail (CI) a test whose server is missing."""
    message = f"{what} at {url} is not reachable: {reason}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: these tests must run there)", pytrace=False)
    pytest.skip(f"{message}; start one or point {'TEST_DATABASE_URL' if what == 'PostgreSQL' else 'TEST_REDIS_URL'} "
                "at one to run this test")


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not an SQLAlchemy URL (redis://…): show it without a password
        return url.split("@")[-1] if "@" in url else url


@cache
def _postgres_problem(url: str) -> str | None:
    """None when a PostgreSQL server answers at ``url``, else why not (checked once per session)."""
    try:
        from sqlalchemy import create_engine
    except ImportError as exc:  # pragma: no cover - SQLAlchemy is a dependency
        return str(exc)
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
    except Exception as exc:  # noqa: BLE001 - e.g. the driver (psycopg) is not installed
        return f"{type(exc).__name__}: {exc}"
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        engine.dispose()
    return None


@cache
def _redis_problem(url: str) -> str | None:
    try:
        import redis
    except ImportError as exc:
        return f"the redis client is not installed ({exc})"
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
        client.ping()
        client.close()
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The PostgreSQL server's URL (its default schema): skip or fail when it does not answer."""
    url = os.environ.get("TEST_DATABASE_URL") or DEFAULT_TEST_DATABASE_URL
    problem = _postgres_problem(url)
    if problem:
        _unavailable("PostgreSQL", _safe(url), problem)
    return url


@pytest.fixture
def postgres_url(postgres_server_url: str) -> Iterator[str]:
    """A database URL whose tables live in a schema of their own, made for this test and dropped after
    it (``?options=-csearch_path=<schema>``)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(postgres_server_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(postgres_server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql("SET LOCAL lock_timeout = '20s'")
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def redis_url() -> str:
    """The Redis server's URL: skip or fail when it does not answer. Tests use keys of their own
    (a unique prefix) and delete them."""
    url = os.environ.get("TEST_REDIS_URL") or DEFAULT_TEST_REDIS_URL
    problem = _redis_problem(url)
    if problem:
        _unavailable("Redis", _safe(url), problem)
    return url


@contextmanager
def browsing(db: str, cwd: Path) -> Iterator[str]:
    """`crawler browse --db DB` on a free port, until the block ends; yields its base URL once it answers."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "browse", "--db", db, "--port", str(port)],
                            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
