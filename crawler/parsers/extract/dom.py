"""What the extractor knows of every element: one bottom-up pass over the tree, no copy, no change.

The pass counts, for each element, the characters of its text, the characters inside links, the
punctuation (commas and sentence ends: how prose differs from menus) and the same three for the
element's *own* inline text, the text that is not inside a nested block (a ``<p>``'s sentences, a
``<div>``'s ``<br>``-separated lines). Each figure is the sum of the children's, so the pass is linear
in the size of the page; nothing here recurses, so a page nested ten thousand deep is no harder.

Elements that are never text (scripts, forms' controls, hidden elements) are *dead*: they and their
subtrees count for nothing, and the content copy later leaves them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html

from .boilerplate import FURNITURE_TAGS as FURNITURE
from .boilerplate import unlikely

__all__ = ["BLOCK_TAGS", "Stats", "TreeStats", "collapse", "tree_stats"]

#: tags whose content is never article text
DEAD_TAGS = frozenset((
    "script", "style", "noscript", "template", "iframe", "object", "embed", "button", "input", "select",
    "textarea", "option", "svg", "canvas", "audio", "video", "source", "track", "map", "link", "meta",
    "head", "title", "base", "dialog",
))
#: elements that start a new line of text (the others flow inside a line)
BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "dl", "dt", "dd", "blockquote", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
    "figure", "figcaption", "center", "pre", "header", "footer", "aside", "nav", "address", "details",
    "summary", "form", "fieldset", "hr", "br", "body", "html",
))
#: the blocks whose own text is prose (not headings, not inline elements)
PROSE_TAGS = BLOCK_TAGS - frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "html", "body"))
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_HIDDEN_CLASS = re.compile(r"(?i)(?:^|\s)(?:hidden|hide|d-none|sr-only|visually-hidden|screen-reader-text|invisible)(?:\s|$)")
# commas and sentence ends of the scripts news is written in (Latin, CJK, Arabic, Devanagari…)
_PUNCT = re.compile(r"[,.;!?…，。、；！？،؛؟।]")


def collapse(text: str | None) -> str:
    """Whitespace runs as one space, trimmed (the length the reader sees)."""
    return " ".join(text.split()) if text else ""


@dataclass(slots=True)
class Stats:
    """The counts of one element's subtree (``chars`` …) and of its own inline text (``inline`` …)."""

    chars: int = 0
    links: int = 0
    punct: int = 0
    inline: int = 0
    inline_links: int = 0
    inline_punct: int = 0
    #: blocks of prose (own inline text of 25+ characters, mostly not links) in the subtree
    paras: int = 0
    #: images in the subtree
    images: int = 0
    #: live elements in the subtree, the element included (its span in reading order)
    size: int = 1

    @property
    def link_density(self) -> float:
        return self.links / self.chars if self.chars else 0.0

    @property
    def inline_link_density(self) -> float:
        return self.inline_links / self.inline if self.inline else 0.0


@dataclass
class TreeStats:
    """The live elements in document order and their :class:`Stats`."""

    order: list[Any] = field(default_factory=list)
    stats: dict[Any, Stats] = field(default_factory=dict)
    dead: set[Any] = field(default_factory=set)
    #: the element's position in ``order`` (reading order)
    position: dict[Any, int] = field(default_factory=dict)
    #: elements inside a box named like furniture (comments, sidebar…): their prose does not vote
    unlikely: set[Any] = field(default_factory=set)
    #: ``prose[i]``: characters of prose in reading order before ``order[i]``
    prose: list[int] = field(default_factory=list)
    #: evidence's memo: does an ancestor of the element (or the element) name furniture?
    under_furniture: dict[Any, bool] = field(default_factory=dict)

    def prose_between(self, start: int, end: int) -> int:
        """Characters of prose from position ``start`` (included) to ``end`` (excluded)."""
        return self.prose[end] - self.prose[start] if end > start else 0

    def __getitem__(self, el: Any) -> Stats:
        return self.stats.get(el) or _EMPTY


_EMPTY = Stats()
#: prose: a block of at least this much inline text
PARA_CHARS = 25


def is_dead(el: Any) -> bool:
    """Never text: a script-like tag, or an element the page hides."""
    return el.tag in DEAD_TAGS or _dead_by_attributes(el)


def _dead_by_attributes(el: Any) -> bool:
    """is_dead() for an element whose tag is not dead: hidden by aria-hidden, a style or a class."""
    get = el.get
    if get("aria-hidden") == "true":
        return True
    style = get("style")
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return True
    cls = get("class")
    return bool(cls and ("hid" in cls or "none" in cls or "only" in cls or "invisible" in cls or "text" in cls)
                and _HIDDEN_CLASS.search(cls))


def tree_stats(root: lxml.html.HtmlElement) -> TreeStats:
    """One pass down (which elements are alive, their order), one pass up (the counts)."""
    out = TreeStats()
    dead, order, unlikely_set = out.dead, out.order, out.unlikely
    in_link: set[Any] = set()
    position = out.position
    dead_tags = DEAD_TAGS
    append = order.append
    for el in root.iter(lxml.etree.Element):
        parent = el.getparent()
        if parent is not None and parent in dead:
            dead.add(el)
            continue
        tag = el.tag
        has_attributes = bool(el.attrib)  # read once: each read makes an attribute view
        # is_dead() inlined: a live tag without attributes is the common case
        if tag in dead_tags or (has_attributes and _dead_by_attributes(el)):
            dead.add(el)
            continue
        position[el] = len(order)
        append(el)
        if el is root:
            continue
        if parent in in_link or parent.tag == "a":
            in_link.add(el)
        # unlikely() reads names, tags and roles: an element with no attribute and a plain tag has none
        if parent in unlikely_set or ((has_attributes or tag in FURNITURE) and unlikely(el)):
            unlikely_set.add(el)
    stats = out.stats
    findall = _PUNCT.findall
    block_tags = BLOCK_TAGS
    for el in reversed(order):
        # the hot loop of the extractor: local names, and the text measured only where there is some
        tag = el.tag
        text = el.text
        if text and not text.isspace():
            chars = inline = len(" ".join(text.split()))
            punct = inline_punct = len(findall(text))
        else:
            chars = inline = punct = inline_punct = 0
        links = inline_links = paras = 0
        size = 1
        images = 1 if tag == "img" else 0
        for child in el:
            tail = child.tail
            if tail and not tail.isspace():
                n = len(" ".join(tail.split()))
                p = len(findall(tail))
                chars += n
                punct += p
                inline += n
                inline_punct += p
            c = stats.get(child)
            if c is None:
                continue
            chars += c.chars
            links += c.links
            punct += c.punct
            paras += c.paras
            size += c.size
            images += c.images
            if child.tag not in block_tags:
                # an inline child (a link, a <b>): its text is this element's own line
                inline += c.chars
                inline_links += c.links
                inline_punct += c.punct
        if tag == "a" or el in in_link:
            links = chars
            inline_links = inline
        if inline >= PARA_CHARS and inline_links * 2 < inline and tag in block_tags:
            paras += 1
        stats[el] = Stats(chars, links, punct, inline, inline_links, inline_punct, paras, images, size)
    running = 0
    prose = out.prose
    for el in order:
        prose.append(running)
        s = stats[el]
        if s.inline >= PARA_CHARS and s.inline_links * 2 < s.inline and el.tag in PROSE_TAGS:
            running += s.inline
    prose.append(running)
    return out
