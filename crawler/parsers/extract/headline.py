"""The article's visible headline: the heading that the page's metadata names.

A page says its title several times: JSON-LD ``headline``, ``og:title``, ``twitter:title``, ``<title>``
(usually with the site's name glued on) and, visibly, in a heading. The visible one is what readers
read, and where it stands anchors the article: the body is the prose that follows it, not the
teasers of other stories further down. A heading counts as the headline when its text agrees with
one of the metadata titles (equal, or contained in it); with no metadata to agree with, a page's
only ``<h1>`` is taken.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from ..page import Page
from .dom import TreeStats, collapse

__all__ = ["Headline", "find_headline", "meta_titles", "site_names", "strip_site_name", "visible_title"]

_HEADING_TAGS = ("h1", "h2")
_MAX_CHARS = 400
_WORD = re.compile(r"\w+")


@dataclass
class Headline:
    element: Any
    text: str
    #: how well it agrees with the metadata: 2 equal to a metadata title, 1 contained in one, 0 none
    agreement: int


def meta_titles(page: Page) -> list[str]:
    """The titles the metadata gives, most trusted first, entities decoded (some CMSs escape twice)."""
    raw = [page.ld_text("headline"), page.meta_first("og:title"), page.meta_first("twitter:title"),
           collapse(page.root.findtext(".//title"))]
    out: list[str] = []
    for value in raw:
        value = collapse(html.unescape(value)) if value else ""
        if value and value not in out:
            out.append(value)
    return out


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _agreement(text: str, titles: list[str]) -> int:
    folded = _fold(text)
    if not folded:
        return 0
    best = 0
    for title in titles:
        other = _fold(title)
        if folded == other:
            return 2
        if len(folded) >= 10 and folded in other:
            best = 1
    return best


def find_headline(page: Page, ts: TreeStats) -> Headline | None:
    """The heading that agrees best with the metadata (the first of equals), else the page's only h1."""
    titles = meta_titles(page)
    best: Headline | None = None
    h1s: list[Any] = []
    for el in ts.order:
        if el.tag not in _HEADING_TAGS:
            continue
        chars = ts[el].chars
        if not chars or chars > _MAX_CHARS:
            continue
        if el.tag == "h1":
            h1s.append(el)
        text = collapse(el.text_content())
        agreement = _agreement(text, titles)
        if agreement and (best is None or agreement > best.agreement
                          or (agreement == best.agreement and el.tag == "h1" and best.element.tag != "h1")):
            best = Headline(el, text, agreement)
    if best is None and len(h1s) == 1:
        return Headline(h1s[0], collapse(h1s[0].text_content()), 0)
    return best


_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " ｜ ")


def strip_site_name(title: str, names: list[str]) -> str:
    """"Headline | Site" → "Headline", when the last part names the site (its og:site_name or host)."""
    for sep in _SITE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip():
            last = _fold(tail)
            if last and any(n and (last in n or n in last) for n in names):
                return strip_site_name(head.strip(), names)
    return title


def site_names(page: Page) -> list[str]:
    """The names a page's site goes by: og:site_name, application-name, the host and its first label."""
    host = re.sub(r"^www\d?\.", "", (page.url.split("/")[2] if "//" in page.url else "").lower())
    names = [page.meta_first("og:site_name"), page.meta_first("application-name"), host, host.split(".")[0]]
    return [_fold(n) for n in names if n]


def visible_title(page: Page, headline: Headline | None) -> str:
    """The article's title as printed: the visible headline, never an SEO text the page does not show.

    A metadata title gives the form of the headline when it says the same words (the page may glue a
    kicker's span to the headline, or draw the colon after it with CSS; quotes may be typeset), and
    wins where it is the headline with visible words around it (a kicker printed above it: "Kicker:
    Headline"), or the headline without the kicker the heading element prints first."""
    if headline is None:
        return ""
    names = site_names(page)
    metas = [strip_site_name(m, names) for m in meta_titles(page)]
    own = _fold(headline.text)
    if not own:
        return headline.text
    words = _words(headline.text)
    for meta in metas:
        if _fold(meta).replace(" ", "") == own.replace(" ", ""):
            # the same words (in the same case): the metadata writes them as the author did
            return meta if _words(meta).replace(" ", "") == words.replace(" ", "") else headline.text
    parent = headline.element.getparent()
    around = parent.getparent() if parent is not None and parent.getparent() is not None else parent
    context = set(_fold(around.text_content()).split()) if around is not None else set()
    for meta in metas:
        folded = _fold(meta)
        if own in folded and folded != own:
            extra = folded.replace(own, " ").split()
            if extra and all(word in context for word in extra):
                return meta
    own_words = own.split()
    for meta in metas:
        tail = _fold(meta).split()
        if 3 <= len(tail) < len(own_words) and own_words[-len(tail):] == tail \
                and _is_kicker(headline, " ".join(own_words[:-len(tail)])):
            return meta
    return headline.text


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text))


_KICKER_SEPARATORS = (": ", " : ", " - ", " – ", " — ", " | ", " / ")


def _is_kicker(headline: Headline, prefix: str) -> bool:
    """Do the heading's first words ``prefix`` (folded) stand apart from the rest: an element of their
    own inside the heading, or a separator after them ("Kicker: Headline", "Kicker - Headline")?"""
    if any(_fold(el.text_content()) == prefix for el in headline.element.iterdescendants() if isinstance(el.tag, str)):
        return True
    for sep in _KICKER_SEPARATORS:
        head, found, _ = headline.text.partition(sep)
        if found and _fold(head) == prefix:
            return True
    return False
