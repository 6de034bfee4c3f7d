"""Checks a site's tests call (tests/sites/test_<site>.py, written by `crawler new-site`).

``check_site(name)`` asserts that the declaration is sound and that the site's parser (its family
with its overrides) reads pages right:

- its own saved pages under ``tests/fixtures/<name>/`` are run by ``tests/test_fixtures.py``; here
  only the declared ``status`` is checked against them (``captured`` needs a real saved page,
  ``modelled`` a page built from the family's markup, ``unverified`` none of its own);
- a site with no page of its own is tested at family level: every saved page of another site of the
  same family is parsed with this site's declaration, and title, body and publication date must
  come out as that page's expected JSON says.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

from .parsers import FAMILIES, family_class, parse_with_report
from .provinces import CURRENT
from .sites import Site, all_sites, get_site

__all__ = ["FIXTURES", "check_site", "fixture_pages", "own_status"]

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
CORE_FIELDS = ("title", "body", "published_at")


def fixture_pages(site_name: str) -> list[tuple[Path, dict[str, Any]]]:
    """The saved pages of a site with their expected JSON (drafts left out)."""
    folder = FIXTURES / site_name
    out = []
    for page in sorted(folder.glob("*.html*")) if folder.is_dir() else []:
        spec_path = page.with_name(page.name.removesuffix(".gz").removesuffix(".html") + ".json")
        if spec_path.exists():
            spec = json.loads(spec_path.read_text("utf-8"))
            if spec.get("status") != "draft":
                out.append((page, spec))
    return out


def read_page(page: Path) -> bytes:
    data = page.read_bytes()
    return gzip.decompress(data) if page.suffix == ".gz" else data


def own_status(site_name: str) -> str:
    statuses = {spec.get("status") for _, spec in fixture_pages(site_name)}
    if "captured" in statuses:
        return "captured"
    if "modelled" in statuses:
        return "modelled"
    return "unverified"


def check_declaration(site: Site) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", site.name), f"{site.name}: a name is lower case letters, digits, _"
    assert site.family in FAMILIES, f"{site.name}: unknown family {site.family!r}"
    assert site.domains, f"{site.name}: no domain"
    if site.kind != "national":
        assert site.province in CURRENT, f"{site.name}: {site.province!r} is not a current province"
    for url in (*site.start_urls, *site.feeds, *site.sitemaps):
        assert site.matches(url), f"{site.name}: {url} is not on its domains {site.domains}"
    if site.family != "generic":
        assert family_class(site.family).url_pattern, f"{site.name}: its family recognises no article URL"
    for other in all_sites():
        if other.name != site.name:
            shared = set(other.domains) & set(site.domains)
            assert not shared, f"{site.name} and {other.name} both declare {shared}"


def check_site(name: str) -> None:
    site = get_site(name)
    check_declaration(site)
    status = own_status(name)
    assert site.status == status, (
        f"{name}: declared status {site.status!r}, but its saved pages make it {status!r} "
        "(captured: a real saved page; modelled: a page built from the family's markup; unverified: none)"
    )
    if fixture_pages(name):
        return  # its own pages are run field by field by tests/test_fixtures.py
    if site.family == "generic":
        # No CMS known: the generic parser (metadata + trafilatura) on every captured page must at least
        # find the title and the date exactly, and a body.
        pages = [(p, s) for other in all_sites() for p, s in fixture_pages(other.name) if s["status"] == "captured"]
        assert pages, "no captured page to test the generic parser on"
        for page, spec in pages:
            item = parse_with_report(read_page(page), spec["url"], site).item
            assert item["extraction"] == "generic"
            assert item["title"] == spec["expected"]["title"], f"{name}: generic title of {page.parent.name}"
            assert item["published_at"] == spec["expected"]["published_at"], f"{name}: generic date of {page.parent.name}"
            assert len(item["body"]) > 200, f"{name}: generic body of {page.parent.name}"
        return
    family_pages = [
        (page, spec) for other in all_sites() if other.family == site.family and other.name != name
        for page, spec in fixture_pages(other.name)
    ]
    assert family_pages, f"{name}: no saved page of family {site.family} to test it on; save one (crawler save-fixture)"
    for page, spec in family_pages:
        item = parse_with_report(read_page(page), spec["url"], site).item
        for field in CORE_FIELDS:
            assert item[field] == spec["expected"][field], (
                f"{name}: with its declaration, {field} of {page.parent.name}/{page.name} is wrong: "
                f"{str(item[field])[:80]!r}"
            )
