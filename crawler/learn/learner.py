"""The learner: pages of one site in, a family and selector overrides out, with a note of agreement.

1. Each page's evidence (metadata, the generic extractor's text) and body container.
2. Each selector key learned by agreement (``fields``).
3. The nearest family: the one whose URL pattern the pages' addresses follow, whose fingerprints the
   pages still carry, whose own selectors still give the pages' answers, and whose selectors have the
   shape of the learned ones (the same tag where the family has a class: ``h1.article__title`` vs a
   learned ``h1.k3f9a01c``). The family brings its rules (a lead read from the body's first paragraph,
   a byline that outranks the author box…); the learned selectors replace its names.
4. Overrides: only the keys the family's own selector no longer answers, and only the family's keys
   (plus captions, byline and junk inside the body, which the shared rules would otherwise find by
   class words a redesign took away). With no family fitting, the generic parser and every key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..parsers import FAMILIES, family_class
from ..parsers.page import branches
from .evidence import PageEvidence
from .fields import (
    FIELD_KEYS,
    FieldResult,
    article_keys,
    field_spec,
    learn_body,
    learn_field,
    learn_inside_body,
)

__all__ = ["MIN_PAGES", "LearnError", "Learned", "learn"]

#: pages needed: with two, any coincidence "agrees"
MIN_PAGES = 3
#: keys the body walk reads inside the container, learned whatever the family
INSIDE_KEYS = ("caption", "byline", "remove")


class LearnError(ValueError):
    """The pages cannot teach a layout (too few, not articles, no text found)."""


@dataclass
class Learned:
    """A learned layout: the family, the overrides, and how many pages agreed on each key."""

    family: str
    overrides: dict[str, str | None]
    results: dict[str, FieldResult]
    urls: list[str]
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def n_pages(self) -> int:
        return len(self.urls)

    @property
    def note(self) -> dict[str, str]:
        """key → "k/n pages" for each learned key (the declaration's ``learned``)."""
        return {k: f"{len(r.explained)}/{self.n_pages}" for k, r in self.results.items() if r.selector}

    @property
    def not_learned(self) -> dict[str, str]:
        """key → why, for each key looked for and not learned."""
        return {k: r.note or "no agreement" for k, r in self.results.items() if not r.selector and r.evidence}

    def absent(self) -> dict[str, list[str]]:
        """key → the pages (URLs) that have no answer for a learned key (an article without tags…)."""
        out: dict[str, list[str]] = {}
        for key, r in self.results.items():
            if r.selector and r.evidence:
                missing = [u for i, u in enumerate(self.urls) if i not in r.evidence and i not in r.explained]
                if missing:
                    out[key] = missing
        return out

    def unexplained(self) -> dict[str, list[str]]:
        """key → the pages (URLs) with an answer the learned selector does not give: named, never guessed."""
        out: dict[str, list[str]] = {}
        for key, r in self.results.items():
            missing = r.unexplained
            if missing:
                out[key] = [self.urls[i] for i in missing]
        return out


def _shape(selector: str | None) -> set[str]:
    """The tags the branches of a selector end with: ``div.a h1.b, p.c`` → {h1, p}."""
    if not selector:
        return set()
    return {re.split(r"[.#\[:]", b.split()[-1])[0] for b in branches(selector)}


def _family_scores(pages: Sequence[PageEvidence], learned: dict[str, FieldResult]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for family in FAMILIES:
        if family == "generic":
            continue
        cls = family_class(family)
        score = 0.0
        if cls.url_pattern and all(re.search(cls.url_pattern, ev.url) for ev in pages):
            score += 3
        sources = [ev.html[:400_000] for ev in pages]
        score += sum(1 for mark in cls.fingerprints if all(mark.encode() in s for s in sources))
        for key, result in learned.items():
            family_sel = cls.selectors.get(key)
            if not family_sel or key in INSIDE_KEYS:
                continue
            if key in FIELD_KEYS and result.evidence:
                ok = field_spec(key)[2]
                if all(ok(pages[i], family_sel) for i in result.evidence):
                    score += 2  # the family's own selector still answers
                    continue
            if result.selector and _shape(result.selector) & _shape(family_sel):
                score += 1
        for key in ("sapo", "date", "authors", "tags", "category", "attachments"):
            has_key, found = bool(cls.selectors.get(key)), key in learned and bool(learned[key].selector)
            if has_key != found:
                score -= 0.5  # the family reads a field these pages lack, or lacks one they have
        scores[family] = score
    return scores


def learn(sources: Sequence[tuple[bytes, str]], *, family: str | None = None) -> Learned:
    """Learn a site's layout from ``(html, url)`` pages of its articles (three at least).

    ``family`` forces the family (else the nearest one is chosen).
    """
    if len(sources) < MIN_PAGES:
        raise LearnError(f"{len(sources)} page(s) given; at least {MIN_PAGES} article pages of the site are needed")
    if family is not None and family not in FAMILIES:
        raise LearnError(f"unknown family {family!r}; known: {', '.join(FAMILIES)}")
    pages = [PageEvidence(html, url) for html, url in sources]
    keys = article_keys(pages)
    body, containers = learn_body(pages, keys)
    if body.selector is None:
        raise LearnError(f"no body container agrees across the pages: {body.note}")
    results: dict[str, FieldResult] = {"body": body}
    for ev, container in zip(pages, containers):
        ev.find_shown_date(container)
    for key in FIELD_KEYS:
        results[key] = learn_field(key, pages, containers)
    sapo = results["sapo"]
    if sapo.selector and _inside(pages, containers, sapo.selector):
        # the lead is the body's first paragraph: the family's rules read it there
        results["sapo"] = FieldResult("sapo", None, [], sapo.evidence, "the lead is a paragraph of the body")
    inside = [r.selector for k, r in results.items() if k in ("tags", "category") and r.selector
              and _inside(pages, containers, r.selector)]
    results.update(learn_inside_body(pages, containers, keys, [s for s in inside if s]))

    scores = _family_scores(pages, results)
    if family is None:
        best = max(scores, key=lambda f: scores[f]) if scores else "generic"
        family = best if scores.get(best, 0) >= 3 else "generic"
    overrides = _overrides(family, pages, results)
    return Learned(family, overrides, results, [ev.url for ev in pages], scores)


def _inside(pages: Sequence[PageEvidence], containers: Sequence[Any], selector: str) -> bool:
    """The selector's element sits inside the body container on every page where it is found."""
    seen = False
    for ev, container in zip(pages, containers):
        el = ev.page.first(selector)
        if el is None or container is None:
            continue
        seen = True
        if not any(a is container for a in el.iterancestors()):
            return False
    return seen


def _overrides(family: str, pages: Sequence[PageEvidence], results: dict[str, FieldResult]) -> dict[str, str | None]:
    selectors = family_class(family).selectors
    out: dict[str, str | None] = {}
    for key, result in results.items():
        if not result.selector:
            continue
        family_sel = selectors.get(key)
        if family != "generic" and key not in INSIDE_KEYS and not family_sel:
            continue  # the family reads this field its own way (metadata, the body's byline…)
        checked = result.explained or result.evidence
        if key in FIELD_KEYS and family_sel and checked:
            ok = field_spec(key)[2]
            if all(ok(pages[i], family_sel) for i in checked):
                continue  # the family's selector still works
        if key == "body" and family_sel and all(
                pages[i].page.first(family_sel) is not None for i in range(len(pages))):
            continue
        if key in INSIDE_KEYS and family_sel:
            # the family's branches that still match on a page (or need no class: figcaption) stay
            live = [b for b in branches(family_sel)
                    if re.fullmatch(r"[a-z][a-z0-9]*", b) or any(ev.page.select(b) for ev in pages)]
            if key == "byline" and live:
                continue  # the family's byline elements are still there
            merged = list(dict.fromkeys([*live, *branches(result.selector)]))
            if set(merged) <= set(branches(family_sel)):
                continue
            out[key] = ", ".join(merged)
            continue
        out[key] = result.selector
    return out
