"""Page parsers: pure functions of (HTML, URL) → article item, one module per CMS family.

``parse_article(html, url)`` finds the declared site of the URL (or the one named), builds that
site's family parser with the site's selector overrides, and returns the item. A page of no
declared site goes to the generic parser.
"""

from __future__ import annotations

import dataclasses
import importlib
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from ..sites import Site, get_site, site_for_url
from .base import ArticleParser, ParseResult
from .page import PageError

__all__ = [
    "FAMILIES", "ArticleParser", "PageError", "ParseResult", "detect_family", "family_class", "fingerprints_found",
    "get_parser",
    "parse_article", "parse_with_report",
]

#: family name → module under crawler/parsers defining ``PARSER``
FAMILIES: tuple[str, ...] = (
    "a_id", "ym_slug", "mcms", "liferay", "b_maincontent", "tagdiv", "dcontent", "vnexpress", "generic",
)


@cache
def family_class(family: str) -> type[ArticleParser]:
    if family not in FAMILIES:
        raise KeyError(f"unknown CMS family {family!r}; known: {', '.join(FAMILIES)}")
    module = importlib.import_module(f"{__name__}.{family}")
    return module.PARSER


@lru_cache(maxsize=256)
def _parser_for(family: str, overrides: tuple[tuple[str, str | None], ...]) -> ArticleParser:
    return family_class(family)(dict(overrides))


def get_parser(site: Site | None) -> ArticleParser:
    if site is None:
        return _parser_for("generic", ())
    return _parser_for(site.family, tuple(sorted(site.overrides.items())))


def _resolve(url: str, site: Site | str | None) -> Site | None:
    if isinstance(site, str):
        return get_site(site)
    return site if site is not None else site_for_url(url)


#: how much of a page's source is searched for fingerprints
FINGERPRINT_BYTES = 400_000


@cache
def _fingerprint_matcher() -> tuple[tuple[str, ...], Any]:
    """Every family's fingerprints, and one automaton that finds them all in a single pass over a page
    (``ahocorasick_rs``; None where it is not installed: a scan per mark then, with the same result)."""
    marks = tuple(dict.fromkeys(m for family in FAMILIES for m in family_class(family).fingerprints))
    try:
        from ahocorasick_rs import BytesAhoCorasick
    except ImportError:  # pragma: no cover - a dependency; the scans below give the same answer
        return marks, None
    return marks, BytesAhoCorasick([m.encode() for m in marks])


def fingerprints_found(source: bytes) -> set[str]:
    """The families' fingerprints that occur in ``source`` (overlapping ones included)."""
    marks, matcher = _fingerprint_matcher()
    if matcher is None:
        return {m for m in marks if m.encode() in source}
    return {marks[i] for i, _, _ in matcher.find_matches_as_indexes(source, overlapping=True)}


def detect_family(html: str | bytes) -> str | None:
    """The CMS family whose fingerprints the page carries (at least two of them, the most wins; on a
    tie the first in ``FAMILIES``), or None.

    A page of a site nobody declared still gets its CMS's parser when its markup gives it away.
    """
    head = html[:FINGERPRINT_BYTES]
    found = fingerprints_found(head if isinstance(head, bytes) else head.encode("utf-8", "ignore"))
    best, best_score = None, 1
    if len(found) < 2:
        return None
    for family in FAMILIES:
        score = sum(mark in found for mark in family_class(family).fingerprints)
        if score > best_score:
            best, best_score = family, score
    return best


def parse_with_report(
    html: str | bytes, url: str, site: Site | str | None = None, fetched_at: datetime | None = None,
    family: str | None = None,
) -> ParseResult:
    """Parse one article page; ``site`` is a declared site or its name (found from the URL when None).

    A page of no declared site is read by the parser of the CMS family its markup reveals
    (``extraction`` = "<family> (fingerprint)"), else by the generic parser (``generic``).
    """
    resolved = _resolve(url, site)
    if family is not None and resolved is not None:
        # an older layout of the site: its saved pages keep the parser they were written for
        resolved = dataclasses.replace(resolved, family=family, overrides={})
    if resolved is None:
        family = detect_family(html)
        if family is not None:
            result = _parser_for(family, ()).parse_with_report(html, url, fetched_at=fetched_at)
            how = result.item["extraction"]
            # "tagdiv (trafilatura)" (its body read by the last resort) → "tagdiv (fingerprint, trafilatura)"
            result.item["extraction"] = f"{family} (fingerprint)" if how == family else \
                f"{family} (fingerprint, {how.removeprefix(family).strip(' ()')})"
            return result
    parser = get_parser(resolved)
    return parser.parse_with_report(
        html,
        url,
        site=resolved.name if resolved else None,
        province=resolved.province if resolved else None,
        fetched_at=fetched_at,
    )


def parse_article(
    html: str | bytes, url: str, site: Site | str | None = None, fetched_at: datetime | None = None,
    family: str | None = None,
) -> dict[str, Any]:
    return parse_with_report(html, url, site, fetched_at, family).item
