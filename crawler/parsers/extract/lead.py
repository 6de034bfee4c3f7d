"""The article's lead (sapo, standfirst): the paragraph set apart between the headline and the text.

Newspapers print a lead in its own element, named for it (``sapo``, ``lead``, ``intro``,
``standfirst``, ``teaser``, ``excerpt``, ``summary``, ``description``, ``Vorspann``…) or told apart by
its tag (an ``<h2>`` before ``<p>`` paragraphs), and their metadata's description usually repeats it.
A lead is the item's ``sapo`` and, being separate, is not repeated in the body (ITEM.md). A first
paragraph that nothing sets apart is the body's, even when the description copies it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..page import Page
from .boilerplate import negative_name
from .dom import PARA_CHARS, PROSE_TAGS, TreeStats, collapse

__all__ = ["find_lead", "lines_of"]

_LEAD_NAME = re.compile(
    r"(?i)sapo|lead(?![a-z])|lede|intro|standfirst|stand-first|teaser|excerpt|summary|sub-?title|sub-?head|"
    r"preface|vorspann|einleitung|deck(?![a-z])|(?<![a-z])dek(?![a-z])|abstract|strapline|description|"
    r"desc(?![a-z])|preamble|chapo|chapeau|entradilla|epigraph|synopsis|(?<![a-z])spot(?![a-z])|ingress"
)
#: a lead is among the first blocks of prose after the headline
LEAD_WINDOW = 3
#: and no longer than this (a whole article is not a lead), nor shorter than a sentence
LEAD_MAX_CHARS = 1200
LEAD_MIN_CHARS = 50
_CAPTION = re.compile(r"(?i)caption|credit|copyright|legend")
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _agrees(text: str, description: list[str]) -> bool:
    """The block says what the description says (the description may be cut short, with "…")."""
    if not description:
        return False
    words = _words(text)
    if len(words) < 5:
        return False
    n = min(len(words), len(description))
    same = sum(1 for a, b in zip(words, description) if a == b)
    return same >= 0.8 * n and n >= 0.6 * max(len(words), len(description))


def _names(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _lead_named(el: Any) -> bool:
    names = _names(el)
    return bool(names.strip()) and bool(_LEAD_NAME.search(names))


def _blocks(ts: TreeStats, start: int, end: int) -> list[Any]:
    """The blocks of prose between two positions, in reading order (the outermost of nested ones)."""
    out: list[Any] = []
    i = start
    order = ts.order
    while i < end and len(out) < LEAD_WINDOW + 1:
        el = order[i]
        s = ts[el]
        if el.tag in PROSE_TAGS or el.tag in ("h2", "h3", "h4"):
            text_block = s.chars >= PARA_CHARS and s.inline * 2 >= s.chars and s.links * 2 < s.chars
            if text_block and el not in ts.unlikely:
                # a caption, a credit, a share bar or a date line above the lead is passed over
                if s.chars >= LEAD_MIN_CHARS and not negative_name(el) and not _CAPTION.search(_names(el)):
                    out.append(el)
                i += s.size
                continue
        i += 1
    return out


def find_lead(page: Page, ts: TreeStats, headline: Any | None, boxes: list[Any]) -> Any | None:
    """The lead element: one of the first blocks of prose after the headline (or of the article's
    boxes), set apart by its name or its tag, and either named like a lead or saying what the
    metadata's description says."""
    if not boxes:
        return None
    start = ts.position.get(headline) if headline is not None else None
    first_box = ts.position.get(boxes[0])
    if first_box is None:
        return None
    begin = (start + ts[headline].size) if start is not None and start < first_box else first_box
    end = ts.position[boxes[-1]] + ts[boxes[-1]].size
    blocks = _blocks(ts, begin, end)
    if len(blocks) < 2:
        return None  # the only paragraph is the body
    description = _words(html.unescape(page.meta_first("og:description", "description", "twitter:description")))
    for i, el in enumerate(blocks[:LEAD_WINDOW]):
        s = ts[el]
        if s.chars > LEAD_MAX_CHARS:
            break
        rest = blocks[i + 1:]
        apart = _lead_named(el) or any(_shape(el) != _shape(b) for b in rest[:1])
        if not apart:
            continue
        if _lead_named(el) or _agrees(collapse(el.text_content()), description) or _bulleted(el):
            return el
    return None


_BULLET = re.compile(r"^\s*[-–•·*+›»]\s*\S")


def lines_of(el: Any) -> list[str]:
    """The element's text cut at its line breaks (``<br>``, list items, paragraphs)."""
    lines: list[str] = [""]
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node is not el and node.tag in ("br", "li", "p", "div"):
            lines.append("")
        if node.text and node.tag != "br":
            lines[-1] += node.text
        if node is not el and node.tail:
            if node.tag in ("li", "p", "div"):
                lines.append("")
            lines[-1] += node.tail
    return [collapse(line) for line in lines if collapse(line)]


def _bulleted(el: Any) -> bool:
    """A box of bullet points (" - A. - B. - C.") before the text: a summary set apart."""
    lines = lines_of(el)
    return len(lines) >= 2 and sum(1 for line in lines if _BULLET.match(line)) * 3 >= len(lines) * 2


def _shape(el: Any) -> tuple[str, str]:
    return el.tag, el.get("class") or ""
