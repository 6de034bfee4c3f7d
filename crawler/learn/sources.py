"""The pages a maintainer gives `crawler learn`: article URLs (fetched politely) or ``FILE=URL``."""

from __future__ import annotations

import gzip
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["BadSource", "SourceError", "check_sources", "fetch", "read_sources"]

#: seconds between two requests to a site (one at a time: a provincial paper's server is small)
POLITE_DELAY = 1.0
TIMEOUT = 30.0
MAX_BYTES = 8 * 1024 * 1024


class SourceError(ValueError):
    """A SOURCE that cannot be read: the message is one line, naming the value."""


class BadSource(SourceError):
    """A SOURCE that is not one (neither a URL nor FILE=URL, a missing file): a usage error."""


def _split(source: str) -> tuple[str, str]:
    """(file, url) of ``FILE=URL``, ("", url) of a URL; BadSource otherwise."""
    if source.startswith(("http://", "https://")):
        return "", _http_url(source)
    cut = min((i for i in (source.find("=http://"), source.find("=https://")) if i > 0), default=-1)
    if cut <= 0:
        raise BadSource(f"{source!r}: give an article URL or FILE=URL (a saved page and its address)")
    path, url = source[:cut], _http_url(source[cut + 1:])
    if not Path(path).is_file():
        raise BadSource(f"{path!r}: no such file")
    return path, url


def check_sources(sources: Sequence[str], least: int = 0) -> None:
    """Every SOURCE well-formed (and ``least`` of them at least) before anything is fetched."""
    if len(sources) < least:
        raise BadSource(f"{len(sources)} SOURCE(s) given; at least {least} article pages of the site are needed")
    for source in sources:
        _split(source)


def _http_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadSource(f"{url!r} is not an http(s) address")
    return url


def fetch(url: str, *, timeout: float = TIMEOUT) -> bytes:
    """One page with the crawler's user agent; a network or HTTP error becomes a one-line SourceError."""
    from ..settings import USER_AGENT

    request = urllib.request.Request(_http_url(url), headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read(MAX_BYTES))
    except urllib.error.HTTPError as exc:
        raise SourceError(f"cannot fetch {url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceError(f"cannot fetch {url}: {reason}") from None


def read_sources(sources: Sequence[str], *, delay: float = POLITE_DELAY) -> list[tuple[bytes, str]]:
    """``(html, url)`` of each SOURCE: ``https://…`` is fetched (one at a time, ``delay`` apart);
    ``FILE=URL`` is a saved page (``.gz`` read as gzip) and the address it was served at."""
    out: list[tuple[bytes, str]] = []
    fetched = 0
    for source in sources:
        path, url = _split(source)
        if not path:
            if fetched:
                time.sleep(delay)
            out.append((fetch(url), url))
            fetched += 1
            continue
        file = Path(path)
        data = file.read_bytes()
        if file.suffix == ".gz":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise SourceError(f"{path!r}: not a gzip file ({exc})") from None
        out.append((data, url))
    return out
