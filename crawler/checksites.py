"""`crawler check-sites`: is each declaration still right about its site? For the first run on a
machine with a network, and for cron now and then.

Per site: fetch the start pages, find the article links (the family's URL pattern), fetch a few
articles one at a time, and parse each with the declaration. The verdict:

- ``unreachable``: no start page answered;
- ``no articles``: start pages answered, but no link of an article's shape was on them, or no
  article page answered;
- ``drifted``: a field fell back (the declaration's selector found nothing, metadata filled in) on
  more than the site's ``max_fallback_rate`` of the articles, as the crawl monitor judges a site broken;
- ``ok`` otherwise.

With ``learn=True`` a drifted site's article pages go to the learner, and the proposed declaration
is written beside the old one (``_learned_<name>.py``, out of the registry) for a person to review;
with ``save=True`` the pages judged are saved as draft fixtures. A declaration's ``status`` is never changed here:
``captured`` stays a person's word after reading a page.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html

from .learn import MIN_PAGES, Learned, LearnError, learn
from .learn.declare import write_learned
from .learn.sources import SourceError, fetch
from .monitors import DEFAULT_THRESHOLDS
from .parsers import family_class, parse_with_report
from .parsers.page import Page, branches
from .sitegen import SiteSpecError, draft_fixture
from .sites import Site

__all__ = ["ArticleCheck", "SiteCheck", "check_site", "format_check", "rebase"]

#: article pages fetched per site: enough for the learner (three at least) and for a verdict
ARTICLES = 5


@dataclass
class ArticleCheck:
    url: str
    matched: list[str] = field(default_factory=list)
    """selector keys of the declaration that found an element on the page"""
    fallbacks: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class SiteCheck:
    name: str
    verdict: str = "ok"
    start_pages: int = 0
    reachable: int = 0
    links: int = 0
    articles: list[ArticleCheck] = field(default_factory=list)
    drifted_fields: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    proposal: Path | None = None
    proposal_note: str = ""
    learned: Learned | None = None
    """what the learner made of the pages (with ``learn``, on a drifted site)"""
    saved: list[Path] = field(default_factory=list)
    pages: list[tuple[bytes, str]] = field(default_factory=list, repr=False)


def rebase(url: str, base: str | None) -> str:
    """``url`` moved to ``base``'s scheme and host (``--base-url``: the site served elsewhere, e.g. a
    sample portal on 127.0.0.1); unchanged without a base."""
    if not base:
        return url
    parts, to = urlsplit(url), urlsplit(base)
    prefix = to.path.rstrip("/")
    return urlunsplit((to.scheme, to.netloc, prefix + (parts.path or "/"), parts.query, ""))


def _article_links(html: bytes, url: str, pattern: str | None, hosts: set[str]) -> list[str]:
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    out: list[str] = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        link = urljoin(url, href).split("#", 1)[0]
        host = (urlsplit(link).hostname or "").lower()
        if host in hosts and pattern and re.search(pattern, link) and link not in out:
            out.append(link)
    return out


def _matched(site: Site, html: bytes, url: str) -> list[str]:
    selectors = {**family_class(site.family).selectors, **site.overrides}
    page = Page(html, url)
    return [key for key, sel in selectors.items() if sel and all(b.strip() for b in branches(sel))
            and page.first(sel) is not None]


def check_site(
    site: Site, *, base_url: str | None = None, articles: int = ARTICLES, delay: float = 1.0,
    learn_drifted: bool = False, save: bool = False, sites_dir: Path | None = None,
    fixtures_dir: Path | None = None, get: Callable[[str], bytes] = fetch,
) -> SiteCheck:
    """Check one declared site (see the module's docstring); ``get`` fetches a page (tests pass their own)."""
    check = SiteCheck(site.name, start_pages=len(site.start_urls))
    asked = 0

    def polite_get(url: str) -> bytes:
        nonlocal asked
        if asked and delay:
            time.sleep(delay)
        asked += 1
        return get(url)

    hosts = {(urlsplit(rebase(u, base_url)).hostname or "").lower() for u in site.start_urls}
    hosts |= set(site.domains) | {f"www.{d}" for d in site.domains}
    pattern = family_class(site.family).url_pattern or family_class("generic").url_pattern
    links: list[str] = []
    for start in site.start_urls:
        url = rebase(start, base_url)
        try:
            html = polite_get(url)
        except SourceError as exc:
            check.errors.append(str(exc))
            continue
        check.reachable += 1
        links += [link for link in _article_links(html, url, pattern, hosts) if link not in links]
    check.links = len(links)
    if not check.reachable:
        check.verdict = "unreachable"
        return check
    for link in links[:articles]:
        art = ArticleCheck(link)
        try:
            html = polite_get(link)
            result = parse_with_report(html, link, site)
        except SourceError as exc:
            art.error = str(exc)
        except ValueError as exc:  # PageError: not an HTML page
            art.error = f"{link}: {exc}"
        else:
            art.fallbacks = result.fallbacks
            art.matched = _matched(site, html, link)
            check.pages.append((html, link))
        check.articles.append(art)
    read = [a for a in check.articles if not a.error]
    if not read:
        check.verdict = "no articles"
        return check
    limit = site.thresholds.get("max_fallback_rate", DEFAULT_THRESHOLDS["max_fallback_rate"])
    counts: dict[str, int] = {}
    for art in read:
        for name in art.fallbacks:
            counts[name] = counts.get(name, 0) + 1
    check.drifted_fields = sorted(f for f, n in counts.items() if n / len(read) > limit)
    check.verdict = "drifted" if check.drifted_fields else "ok"
    if save:
        for html, link in check.pages:
            try:
                check.saved.append(draft_fixture(html, link, site.name, fixtures_dir=fixtures_dir, declaration=site)[0])
            except SiteSpecError:
                pass  # saved already
    if learn_drifted and check.verdict == "drifted":
        _propose(check, site, sites_dir)
    return check


def _propose(check: SiteCheck, site: Site, sites_dir: Path | None) -> None:
    if len(check.pages) < MIN_PAGES:
        check.proposal_note = f"only {len(check.pages)} article page(s) read; the learner needs {MIN_PAGES}"
        return
    try:
        learned = learn(check.pages)
        written = write_learned(site.name, learned, old=site, proposal=True, sites_dir=sites_dir)
    except (LearnError, SiteSpecError) as exc:
        check.proposal_note = f"not learned: {exc}"
        return
    check.proposal = written.declaration
    missing = ", ".join(sorted(learned.not_learned)) or "none"
    check.proposal_note = f"family {learned.family}, {len(learned.overrides)} selectors; not learned: {missing}"
    check.learned = learned


def check_sites(sites: Sequence[Site], base_urls: dict[str, str] | None = None, **kwargs: Any) -> list[SiteCheck]:
    """``check_site`` for each site, one after the other (one request at a time in all)."""
    return [check_site(site, base_url=(base_urls or {}).get(site.name), **kwargs) for site in sites]


def format_check(check: SiteCheck) -> str:
    """The report of one site: the verdict line, then one line per article page."""
    lines = [f"{check.name:<20} {check.verdict:<12} start pages {check.reachable}/{check.start_pages} reachable, "
             f"{check.links} article links, {len(check.articles)} checked"
             + (f"; fell back: {', '.join(check.drifted_fields)}" if check.drifted_fields else "")]
    for err in check.errors:
        lines.append(f"    ! {err}")
    for art in check.articles:
        if art.error:
            lines.append(f"    {art.url}\n        ! {art.error}")
        else:
            lines.append(f"    {art.url}\n        matched: {', '.join(art.matched) or '-'}; "
                         f"fell back: {', '.join(art.fallbacks) or '-'}")
    for path in check.saved:
        lines.append(f"    saved {path}")
    if check.proposal:
        lines.append(f"    proposal: {check.proposal} ({check.proposal_note})")
    elif check.proposal_note:
        lines.append(f"    no proposal: {check.proposal_note}")
    return "\n".join(lines)
