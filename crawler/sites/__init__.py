"""The site registry: one small declaration per site, over a CMS family.

Each module in this package (one per site, named after it) defines ``SITE = Site(...)``. The
registry imports them all once; ``get_site(name)`` and ``site_for_url(url)`` look them up.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

__all__ = ["Site", "UnknownSite", "all_sites", "get_site", "site_for_url"]

Status = Literal["captured", "modelled", "unverified"]


class UnknownSite(KeyError):
    def __str__(self) -> str:
        return f"no site named {self.args[0]!r}; `crawler sites` lists the declared ones"


@dataclass(frozen=True)
class Site:
    """A news site: where it is, which CMS family parses it, what it is about."""

    name: str
    """short identifier, also the spider's name (`scrapy crawl NAME`)"""
    title: str
    """the outlet's name, e.g. "Báo Cần Thơ" (never an author)"""
    domains: tuple[str, ...]
    """host names; subdomains match too"""
    family: str
    """the CMS family module under crawler/parsers (a_id, mcms, liferay, ym_slug, vnexpress, generic)"""
    province: str | None
    """current province (after 1 July 2025), None for national sites"""
    former_provinces: tuple[str, ...] = ()
    """provinces before the merger that the site covered (e.g. Tiền Giang)"""
    start_urls: tuple[str, ...] = ()
    """category listing pages to crawl"""
    feeds: tuple[str, ...] = ()
    """RSS/Atom feeds"""
    sitemaps: tuple[str, ...] = ()
    overrides: dict[str, str | None] = field(default_factory=dict)
    """selectors that replace the family's for this site"""
    thresholds: dict[str, float] = field(default_factory=dict)
    """monitoring levels that differ from crawler.monitors.DEFAULT_THRESHOLDS (e.g. {"coverage/tags": 0.5})"""
    status: Status = "unverified"
    """captured: a real saved page tests it; modelled: a page built from the family's known markup"""
    kind: Literal["paper", "portal", "national"] = "paper"
    notes: str = ""
    learned: dict[str, str] = field(default_factory=dict)
    """written by `crawler learn`: selector key → how many of the pages learned from agreed ("5/5")"""

    def matches(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


@lru_cache(maxsize=1)
def _registry() -> dict[str, Site]:
    sites: dict[str, Site] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if not isinstance(site, Site):
            raise TypeError(f"{module.__name__} must define SITE = Site(...)")
        if site.name in sites:
            raise ValueError(f"two sites named {site.name!r}")
        sites[site.name] = site
    return dict(sorted(sites.items()))


def all_sites() -> list[Site]:
    return list(_registry().values())


def get_site(name: str) -> Site:
    try:
        return _registry()[name]
    except KeyError:
        raise UnknownSite(name) from None


def site_for_url(url: str) -> Site | None:
    """The declared site a URL belongs to (the longest matching domain wins), or None."""
    host = (urlsplit(url).hostname or "").lower()
    best: tuple[int, Site] | None = None
    for site in _registry().values():
        for d in site.domains:
            if host == d or host.endswith("." + d):
                if best is None or len(d) > best[0]:
                    best = (len(d), site)
    return best[1] if best else None
