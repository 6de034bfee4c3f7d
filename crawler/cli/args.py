"""Argument types for the command line: every value is checked where it is parsed.

A bad value stops the command with exit code 2 and one line naming the value and what is allowed
(``argparse.ArgumentTypeError`` for argparse, ``UsageError`` for checks that need more than one value).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import UsageError

__all__ = ["base_urls", "db_url", "http_url", "port", "positive_int", "province", "setting", "since",
           "site_names", "statuses", "urls_file"]

STATUSES = ("captured", "modelled", "unverified")


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number: give 1 or more") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not allowed: give 1 or more")
    return n


def port(value: str) -> int:
    n = positive_int(value)
    if n > 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port: give 1 to 65535")
    return n


def since(value: str) -> str:
    """A day (``YYYY-MM-DD``) or an ISO 8601 time; kept as text for the store's comparisons."""
    text = value.strip()
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: give YYYY-MM-DD (e.g. 2025-07-01) or an "
                                         "ISO 8601 time") from None
    return text


def db_url(value: str) -> str:
    """A database URL the store can use: ``sqlite:///PATH`` or ``postgresql+psycopg://…``."""
    from sqlalchemy.engine import make_url

    try:
        backend = make_url(value).get_backend_name()
    except Exception:  # noqa: BLE001 - not a URL at all
        backend = None
    if backend not in ("sqlite", "postgresql"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a store URL: give sqlite:///PATH (e.g. "
                                         "sqlite:///output/articles.db) or postgresql+psycopg://USER@HOST/DATABASE")
    return value


def province(value: str) -> str:
    from ..provinces import CURRENT, current_province

    if current_province(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a province: give a current one ({', '.join(CURRENT)}) "
                                         "or a former one")
    return value


def statuses(value: str) -> set[str]:
    wanted = {s.strip() for s in value.split(",") if s.strip()}
    wrong = sorted(wanted - set(STATUSES))
    if wrong or not wanted:
        raise argparse.ArgumentTypeError(f"{', '.join(wrong) or repr(value)} is not a status: give one or more of "
                                         f"{', '.join(STATUSES)}, separated by commas")
    return wanted


def setting(value: str) -> tuple[str, str]:
    """``-s NAME=VALUE``: a Scrapy setting (upper-case name)."""
    name, sep, val = value.partition("=")
    if not sep or not re.fullmatch(r"[A-Z][A-Z0-9_]*", name.strip()):
        raise argparse.ArgumentTypeError(f"{value!r} is not a setting: give NAME=VALUE with an upper-case Scrapy "
                                         "setting name, e.g. DOWNLOAD_DELAY=1")
    return name.strip(), val


def urls_file(value: str) -> str:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{value!r} is not a file: give a text file of URLs, one a line")
    return str(path.resolve())


def http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"{value!r} is not an http(s) URL: give e.g. http://127.0.0.1:8701")
    return value


def site_names(names: list[str]) -> list[str]:
    """The names, each a declared site (``UsageError`` naming the first unknown one)."""
    from ..sites import UnknownSite, get_site

    for name in names:
        try:
            get_site(name)
        except UnknownSite as exc:
            raise UsageError(str(exc)) from None
    return names


def base_urls(values: list[str], names: list[str]) -> dict[str, str]:
    """``--base-url URL`` (one site) or ``--base-url NAME=URL`` (any number), each for a crawled site."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or name.startswith(("http:", "https:")):
            if len(names) != 1:
                raise UsageError(f"--base-url {value!r}: with several sites, give --base-url NAME=URL for each")
            name, url = names[0], value
        if name not in names:
            raise UsageError(f"--base-url {value!r}: {name!r} is not one of the sites crawled ({', '.join(names)})")
        if name in out:
            raise UsageError(f"--base-url {value!r}: {name!r} has a base URL already ({out[name]}); give one per site")
        try:
            out[name] = http_url(url).rstrip("/")
        except argparse.ArgumentTypeError as exc:
            raise UsageError(f"--base-url: {exc}") from None
    return out


def one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise argparse.ArgumentTypeError(f"{value!r} is not allowed: give one of {', '.join(choices)}")
        return value

    return check


