"""Our own main-text extractor for pages no family's selectors describe.

``find_content(page)`` counts the page once (:mod:`.dom`), lets its blocks of prose vote for the box
that holds the article (:mod:`.scoring`), and returns a copy of that box (and of the siblings that
read like it) without the furniture inside (:mod:`.content`). What it returns is an ordinary body
container: the shared body walk (:func:`crawler.parsers.body.extract_body`) reads it exactly as it
reads a family's, with the same caption, byline and source rules.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from ...text import clean
from ..page import Page
from .content import content_copy
from .dom import TreeStats, tree_stats
from .headline import Headline, find_headline
from .lead import find_lead, lines_of
from .scoring import choose, chunks, siblings

__all__ = ["Content", "content_of", "find_content"]

#: an article shorter than this is read again with every box's prose voting
RETRY_CHARS = 500


@dataclass
class Content:
    container: Any
    """a new ``<div>`` holding copies of the article's boxes, furniture left out"""
    boxes: list[Any]
    """the page's own elements the copies were made of"""
    stats: TreeStats
    headline: Headline | None
    lead: str = ""
    """the lead set apart between the headline and the text (not in the container)"""


_CACHE: weakref.WeakKeyDictionary[Page, Content | None] = weakref.WeakKeyDictionary()


def content_of(page: Page) -> Content | None:
    """:func:`find_content`, once per page: the body, the date, the tags all read the same analysis."""
    try:
        return _CACHE[page]
    except KeyError:
        found = _CACHE[page] = find_content(page)
        return found


def find_content(page: Page) -> Content | None:
    """The article's boxes of ``page``, or None when the page holds no prose at all."""
    body = page.root.find("body")
    ts = tree_stats(body if body is not None else page.root)
    headline = find_headline(page, ts)
    best: tuple[int, list[Any]] | None = None
    for strict in (True, False):
        # Readability's retry: when the boxes named like furniture were wrong to ignore (a page
        # whose article sits in a "header-wrapper"), the text found is short; read again with them
        top, final = choose(ts, strict, headline.element if headline else None)
        if top is None:
            continue
        boxes = chunks(siblings(top.element, top.score, final, ts), ts)
        chars = sum(ts[b].chars for b in boxes)
        if best is None or chars > best[0]:
            best = (chars, boxes)
        if chars >= RETRY_CHARS:
            break
    if best is None:
        return None
    boxes = best[1]
    lead = find_lead(page, ts, headline.element if headline else None, boxes)
    inside = lead is not None and any(b is lead or b in lead.iterancestors() for b in boxes)
    container = content_copy(boxes, ts, lead if inside else None, headline.element if headline else None)
    lead_text = clean(" ".join(lines_of(lead))) if lead is not None else ""
    return Content(container, boxes, ts, headline, lead_text)
