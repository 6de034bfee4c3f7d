"""`crawler new-site` and `crawler save-fixture`: a site in one short file, a real page a test in one step."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .dates import VN_TZ
from .parsers import FAMILIES
from .provinces import CURRENT, current_province
from .sites import Site

__all__ = ["SiteSpecError", "check_spec", "draft_fixture", "site_test_source", "write_site"]

PACKAGE = Path(__file__).resolve().parent
REPO = PACKAGE.parent
UNCHECKED = ("fetched_at", "content_hash", "body_html")


class SiteSpecError(ValueError):
    pass


def _check_name(name: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]{1,40}", name):
        raise SiteSpecError(f"site name {name!r}: use lower-case letters, digits and _ (e.g. baoangiang)")


def check_spec(name: str, family: str, domains: Sequence[str], province: str | None,
               kind: str | None = None) -> tuple[list[str], str, str | None, str | None]:
    """A declaration's name, family, domains and province checked (SiteSpecError names the bad value);
    returns (domains as host names, kind, current province, former province or None)."""
    _check_name(name)
    if family not in FAMILIES:
        raise SiteSpecError(f"unknown family {family!r}; known: {', '.join(FAMILIES)}")
    clean_domains = []
    for d in domains:
        host = (urlsplit(d).hostname if "//" in d else d).lower().strip(".")  # type: ignore[union-attr]
        if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
            raise SiteSpecError(f"domain {d!r} is not a host name (e.g. baoangiang.com.vn)")
        clean_domains.append(host.removeprefix("www."))
    if not clean_domains:
        raise SiteSpecError("at least one --domain is needed")
    kind = kind or ("portal" if clean_domains[0].endswith("gov.vn") else "paper")
    current = former = None
    if province:
        current = current_province(province)
        if current is None:
            raise SiteSpecError(f"unknown province {province!r}; current ones: {', '.join(CURRENT)}")
        former = province if province != current and current_province(province) == current else None
    elif kind != "national":
        raise SiteSpecError("--province is needed for a provincial site (the current or the former name)")
    return clean_domains, kind, current, former


def write_site(
    name: str,
    family: str,
    domains: list[str],
    *,
    start_urls: list[str] | None = None,
    feeds: list[str] | None = None,
    province: str | None = None,
    title: str | None = None,
    kind: str | None = None,
    force: bool = False,
    sites_dir: Path | None = None,
    tests_dir: Path | None = None,
    extra: dict[str, Any] | None = None,
    status: str = "unverified",
    write_test: bool = True,
) -> tuple[Path, Path]:
    """Write ``crawler/sites/<name>.py`` and ``tests/sites/test_site_<name>.py``; return both paths.

    ``extra`` holds more ``Site`` fields (``overrides``, ``learned``, ``former_provinces``…, as `crawler
    learn` writes them): each goes into the file through ``repr()``, so a value is data whatever it
    holds. ``write_test=False`` keeps an existing test file (a declaration rewritten in place).
    """
    clean_domains, kind, current, former = check_spec(name, family, domains, province, kind)
    starts = start_urls or [f"https://{clean_domains[0]}/"]
    for url in [*starts, *(feeds or [])]:
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in clean_domains):
            raise SiteSpecError(f"{url} is not on the site's domains {clean_domains}")

    extra = dict(extra or {})
    allowed = {f.name for f in dataclasses.fields(Site)} - {
        "name", "title", "domains", "family", "province", "start_urls", "feeds", "status", "kind"}
    unknown = set(extra) - allowed
    if unknown:
        raise SiteSpecError(f"not Site fields: {', '.join(sorted(unknown))}")
    if status not in ("captured", "modelled", "unverified"):
        raise SiteSpecError(f"status {status!r}: one of captured, modelled, unverified")
    sites_dir = sites_dir or PACKAGE / "sites"
    tests_dir = tests_dir or REPO / "tests" / "sites"
    decl = sites_dir / f"{name}.py"
    test = tests_dir / f"test_site_{name}.py"
    if not force:
        from .sites import UnknownSite, get_site

        try:
            declared = get_site(name)
        except UnknownSite:
            declared = None
        if declared is not None:  # a real declaration: no hint that would overwrite it
            raise SiteSpecError(f"site {name!r} is declared already ({declared.title}, {', '.join(declared.domains)}): "
                                "choose another name")
        for path in (decl, test) if write_test else (decl,):
            if path.exists():
                raise SiteSpecError(f"{path} exists already (--force replaces it)")

    if title is not None and (not title.strip() or len(title) > 200 or any(unicodedata.category(c)[0] == "C"
                                                                           for c in title)):
        raise SiteSpecError(f"title {title!r}: give the outlet's name on one line, at most 200 characters")
    # Data reaches the generated code only through repr(): a title is a string literal, never code.
    lines = [
        repr(f"{title or name} ({', '.join(clean_domains)}), {family} family."),
        "",
        "from . import Site",
        "",
        "SITE = Site(",
        f"    name={name!r},",
        f"    title={(title or name)!r},",
        f"    domains={tuple(clean_domains)!r},",
        f"    family={family!r},",
        f"    province={current!r},",
    ]
    formers = tuple(dict.fromkeys(f for f in (former, *extra.pop("former_provinces", ())) if f))
    if formers:
        lines.append(f"    former_provinces={formers!r},")
    lines.append(f"    start_urls={tuple(starts)!r},")
    if feeds:
        lines.append(f"    feeds={tuple(feeds)!r},")
    lines.append(f"    status={status!r},")
    lines.append(f"    kind={kind!r},")
    for key, value in extra.items():
        if value:
            lines.append(f"    {key}={value!r},")
    lines += [")", ""]
    source = "\n".join(lines)
    test_source = site_test_source(name)
    decl.parent.mkdir(parents=True, exist_ok=True)
    compile(source, str(decl), "exec")  # what repr() wrote is Python, whatever the values held
    decl.write_text(source, encoding="utf-8")
    if write_test:
        test.parent.mkdir(parents=True, exist_ok=True)
        test.write_text(test_source, encoding="utf-8")
    return decl, test


def site_test_source(name: str) -> str:
    """The test entry of a site: its declaration and its parser on saved pages (crawler.testing)."""
    return (
        f'"""The declaration crawler/sites/{name}.py on saved pages (written by `crawler new-site`; add your own\n'
        f'assertions below, and save real pages with `crawler save-fixture URL --site {name}`)."""\n\n'
        "from crawler.testing import check_site\n\n\n"
        f"def test_{name}_declaration_and_pages() -> None:\n"
        f'    check_site("{name}")\n'
    )


def _stem(url: str, width: int = 60) -> str:
    """A fixture's file name from its URL: the last path segment's words, as many whole words as fit."""
    segments = [seg for seg in urlsplit(url).path.lower().split("/") if seg]
    slug = re.sub(r"\.[a-z]{2,5}$", "", segments[-1]) if segments else ""
    words = [w for w in re.split(r"[^a-z0-9]+", slug) if w]
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > width:
            break
        stem = f"{stem}-{word}" if stem else word
    return stem or (words[0][:width] if words else "page")


def draft_fixture(html: bytes, url: str, site: str, name: str | None = None, *, fixtures_dir: Path | None = None,
                  force: bool = False, declaration: Site | None = None) -> tuple[Path, Path, dict[str, Any]]:
    """Save a page as ``tests/fixtures/<site>/<name>.html.gz`` with a draft expected JSON beside it.

    The draft is the parser's output: a maintainer checks every field against the page, corrects it,
    and sets ``status`` to ``captured``. Until then the fixture test skips it (a parser's own output
    is no test). ``declaration`` parses the page instead of the registered site (one not written yet,
    or written elsewhere: `crawler learn`).
    """
    from .parsers import parse_with_report

    _check_name(site)
    if name is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", name):
        raise SiteSpecError(f"--name {name!r}: use lower-case letters, digits and '-' (a file name in "
                            "tests/fixtures/SITE/, no folders)")
    result = parse_with_report(html, url, declaration or site)
    folder = (fixtures_dir or REPO / "tests" / "fixtures") / site
    stem = name or _stem(url)
    page, spec_path = folder / f"{stem}.html.gz", folder / f"{stem}.json"
    if page.resolve().parent != folder.resolve():  # never outside the site's fixture folder
        raise SiteSpecError(f"{page} is not in {folder}")
    if not force and (page.exists() or spec_path.exists()):
        raise SiteSpecError(f"{page} exists already (--name another, or --force)")
    folder.mkdir(parents=True, exist_ok=True)
    page.write_bytes(gzip.compress(html, mtime=0))
    expected = {k: v for k, v in result.item.items() if k not in UNCHECKED}
    spec = {
        "url": url,
        "site": site,
        "status": "draft",
        "source_note": f"saved {datetime.now(VN_TZ):%Y-%m-%d} by crawler save-fixture; DRAFT: check every field "
                       "against the page, correct it, then set status to captured",
        "fallbacks": result.fallbacks,
        "expected": expected,
    }
    spec_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return page, spec_path, spec
