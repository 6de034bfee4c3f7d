"""Stable CSS selectors for an element, and the one that agrees on every page.

A site's template repeats on every page; positions do not (one more paragraph shifts every
``:nth-child``). So a learned selector names an element by what the template gave it: ``tag#id``,
``tag.class`` (one class), or a short chain of such ancestors (``div.x h1``), never a position.
Every branch starts with a tag name, as the families' selectors do (a test checks both). Tokens with
runs of digits are left out: they are per-article (``post-79814668``), not the template's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Agreement", "agree", "candidates", "compound_names"]

_IDENT = re.compile(r"-?[_a-zA-Z][_a-zA-Z0-9-]*")
_PER_ARTICLE = re.compile(r"\d{4,}")
#: ancestors looked at above the element (a short chain is stable; a long one breaks on any change)
MAX_DEPTH = 3
#: ancestor tags that are landmarks on their own (a bare ``div`` or ``span`` ancestor says nothing)
LANDMARKS = frozenset({"article", "main", "header", "footer", "aside", "nav", "figure", "table", "section"})


#: tags that name a field on their own (``h1``, ``time``); a bare ``div``, ``p`` or ``img`` is a position
BARE_OK = frozenset({"h1", "article", "main", "time", "figcaption", "header", "figure"})


def _stable(token: str) -> bool:
    return bool(_IDENT.fullmatch(token)) and not _PER_ARTICLE.search(token) and len(token) <= 60


def compound_names(el: Any, *, bare: bool = True) -> list[str]:
    """``tag#id``, then ``tag.class`` for each stable class, then ``tag`` alone when ``bare``."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or not _IDENT.fullmatch(tag):
        return []
    out: list[str] = []
    ident = (el.get("id") or "").strip()
    if ident and _stable(ident):
        out.append(f"{tag}#{ident}")
    for cls in (el.get("class") or "").split():
        if _stable(cls) and f"{tag}.{cls}" not in out:
            out.append(f"{tag}.{cls}")
    if bare and tag in BARE_OK:
        out.append(tag)
    return out


def candidates(el: Any, *, leaf: Sequence[str] | None = None, depth: int = MAX_DEPTH) -> list[str]:
    """Selectors that may name ``el``: its own compounds, then each prefixed by one ancestor's.

    ``leaf`` replaces the element's own compounds (e.g. ``["a"]`` for the links of a tag box whose
    container is ``el``: then the candidates are ``div.box a``, ``ul#tags a``…).
    """
    own = list(leaf) if leaf is not None else compound_names(el)
    if leaf is not None:
        own = [f"{c} {leaf_part}" for c in compound_names(el, bare=False) for leaf_part in leaf] + own
    out = list(own)
    anc = el.getparent()
    level = 0
    while anc is not None and level < depth and isinstance(anc.tag, str) and anc.tag not in ("body", "html"):
        names = compound_names(anc, bare=anc.tag in LANDMARKS)
        for name in names:
            out.extend(f"{name} {o}" for o in own)
        anc = anc.getparent()
        level += 1
    return list(dict.fromkeys(out))


def _cost(selector: str) -> tuple[int, int, int]:
    """Simpler first: fewer steps, then an id or a class before a bare tag, then shorter."""
    steps = selector.split()
    bare = sum(1 for s in steps if "." not in s and "#" not in s)
    return len(steps), bare, len(selector)


@dataclass
class Agreement:
    """The best selector for a field and the pages it explains (indices into the pages learned from)."""

    selector: str | None
    explained: list[int]
    tried: int


def agree(
    candidate_lists: Iterable[Iterable[str]], n_pages: int, ok: Callable[[int, str], bool],
    *, must: Sequence[int] | None = None,
) -> Agreement:
    """The candidate that gives the right answer on the most pages (every page of ``must`` at least).

    ``ok(i, selector)`` says whether ``selector`` gives page ``i`` its answer. Ties go to the simplest.
    """
    pool = list(dict.fromkeys(c for cands in candidate_lists for c in cands))
    pool.sort(key=_cost)
    required = list(must) if must is not None else list(range(n_pages))
    best: tuple[str | None, list[int]] = (None, [])
    for selector in pool:
        if not all(ok(i, selector) for i in required):
            continue
        explained = [i for i in range(n_pages) if i in required or ok(i, selector)]
        if len(explained) > len(best[1]):
            best = (selector, explained)
            if len(explained) == n_pages:
                break
    return Agreement(best[0], best[1], len(pool))
