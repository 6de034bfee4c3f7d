"""A learned layout written as a site declaration, with its pages saved as draft fixtures.

The file is written by ``sitegen.write_site`` (name, domains and province are validated there, and
every value goes in through ``repr()``). A new site gets status ``unverified``; an updated one keeps
the status its saved pages give it: a person says ``captured`` after reading a page, never the learner.

On ``--update`` the site's saved pages were written for the old layout: each one that has no
``"family"`` yet gets the old family, so that it keeps being parsed by the parser of its time
(``parse_with_report(..., family=)``) while the new declaration reads the new layout. A saved page of
an old layout that had overrides of its own cannot be pinned that way; it is listed for a person.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import sitegen
from ..provinces import current_province
from ..sitegen import SiteSpecError, draft_fixture, write_site
from ..sites import Site
from .learner import Learned

__all__ = ["Written", "as_site", "pin_old_pages", "write_learned"]


@dataclass
class Written:
    declaration: Path
    test: Path | None
    fixtures: list[Path] = field(default_factory=list)
    pinned: list[Path] = field(default_factory=list)
    """saved pages of the old layout now pinned to the old family"""
    unpinned: list[Path] = field(default_factory=list)
    """saved pages of an old layout with overrides: a person decides"""


def _extra(learned: Learned, old: Site | None) -> dict[str, Any]:
    extra: dict[str, Any] = {"overrides": dict(sorted(learned.overrides.items())), "learned": learned.note}
    if old is not None:
        extra.update(former_provinces=old.former_provinces, sitemaps=old.sitemaps, thresholds=old.thresholds,
                     notes=old.notes)
    return extra


def write_learned(
    name: str, learned: Learned, *, domains: Sequence[str] = (), province: str | None = None,
    title: str | None = None, old: Site | None = None, proposal: bool = False, force: bool = False,
    sites_dir: Path | None = None, tests_dir: Path | None = None, fixtures_dir: Path | None = None,
    pages: Sequence[tuple[bytes, str]] = (),
) -> Written:
    """Write ``crawler/sites/<name>.py`` from ``learned``; save ``pages`` as draft fixtures of ``name``.

    ``old`` is the declaration being replaced (``--update``): its domains, province, start pages, feeds
    and status are kept. ``proposal`` writes ``_learned_<name>.py`` beside it instead, for review: the
    leading ``_`` keeps it out of the registry (two declarations of one domain would clash) and no test
    is written; adopting it is moving it over ``<name>.py``.
    """
    if old is not None:
        domains, title = list(old.domains), old.title
        province = old.former_provinces[0] if old.former_provinces else old.province
    kwargs: dict[str, Any] = {}
    if old is not None:
        kwargs.update(start_urls=list(old.start_urls), feeds=list(old.feeds), kind=old.kind, status=old.status)
    folder = sites_dir or sitegen.PACKAGE / "sites"
    with tempfile.TemporaryDirectory() as scratch:
        decl, test = write_site(
            name, learned.family, list(domains), province=province, title=title,
            force=force or old is not None, sites_dir=Path(scratch) if proposal else folder, tests_dir=tests_dir,
            extra=_extra(learned, old), write_test=old is None and not proposal, **kwargs,
        )
        if proposal:
            folder.mkdir(parents=True, exist_ok=True)
            decl = Path(shutil.move(decl, folder / f"_learned_{name}.py"))
    written = Written(decl, test if old is None and not proposal else None)
    if old is not None and not proposal:
        written.pinned, written.unpinned = pin_old_pages(name, old, fixtures_dir=fixtures_dir)
    declaration = as_site(name, learned, domains=domains, province=province, title=title, old=old)
    for html, url in pages:
        try:
            page, _, _ = draft_fixture(html, url, name, fixtures_dir=fixtures_dir, declaration=declaration)
        except SiteSpecError:
            continue  # saved already (the same address): the earlier draft stays
        written.fixtures.append(page)
    return written


def as_site(name: str, learned: Learned, *, domains: Sequence[str] = (), province: str | None = None,
            title: str | None = None, old: Site | None = None) -> Site:
    """The learned declaration as a ``Site`` (to parse pages with it before it is registered)."""
    if old is not None:
        return dataclasses.replace(old, family=learned.family, overrides=dict(learned.overrides),
                                   learned=learned.note)
    return Site(name=name, title=title or name, domains=tuple(d.lower().removeprefix("www.") for d in domains),
                family=learned.family, province=current_province(province) if province else None,
                overrides=dict(learned.overrides), learned=learned.note)


def pin_old_pages(name: str, old: Site, *, fixtures_dir: Path | None = None) -> tuple[list[Path], list[Path]]:
    """Give every saved page of ``name`` without a ``"family"`` the old layout's family."""
    folder = (fixtures_dir or sitegen.REPO / "tests" / "fixtures") / name
    pinned: list[Path] = []
    unpinned: list[Path] = []
    for spec_path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        spec = json.loads(spec_path.read_text("utf-8"))
        if not isinstance(spec, dict) or "family" in spec:
            continue
        if old.overrides:
            unpinned.append(spec_path)
            continue
        spec["family"] = old.family
        spec_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pinned.append(spec_path)
    return pinned, unpinned
