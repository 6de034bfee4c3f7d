"""Which element holds the article: blocks of prose vote for the boxes around them.

Every block of prose (25+ characters of its own text, mostly not links) scores by its length and
its commas, and gives that score to its parent, half to its grandparent and less to the boxes
further up: the box that collects most prose from close by wins (the idea of Arc90's Readability,
also behind Mozilla's Readability.js). The box's name shifts its score (``article-body`` up,
``sidebar`` down) and its share of link text scales it down: a list of headlines is mostly links.

The winner is then widened: to an ancestor when the prose is spread over several of its children
(a body split by ads into sections), and to the siblings that read like the article, so a story
laid out as ``<p>`` siblings of the winning box is read whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .boilerplate import attr_weight, furniture_name, is_furniture_tag, negative_name
from .dom import PARA_CHARS, TreeStats

__all__ = ["Candidate", "choose"]

#: how far up a block's score goes, and the share each level gets
_LEVELS = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
_TAG_BONUS = {"div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
              "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
              "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}
_SCORABLE = frozenset((
    "p", "div", "td", "pre", "blockquote", "section", "article", "main", "font", "span", "center",
))


@dataclass
class Candidate:
    element: Any
    score: float


def block_score(inline: int, punct: int) -> float:
    """A block of prose: one point, a point per comma or sentence end, a point per 100 characters (at most 3)."""
    return 1.0 + punct + min(inline / 100.0, 3.0)


def _base(el: Any) -> float:
    return _TAG_BONUS.get(el.tag, 0) + attr_weight(el)


def scores(ts: TreeStats, strict: bool = True) -> dict[Any, float]:
    """The score of every box that prose voted for (before its link density is counted); ``strict``:
    the prose inside furniture-named boxes does not vote."""
    raw: dict[Any, float] = {}
    for el in ts.order:
        s = ts.stats[el]
        if s.inline < PARA_CHARS or el.tag not in _SCORABLE:
            continue
        if strict and el in ts.unlikely:
            continue
        if s.inline_links * 2 >= s.inline:
            continue
        value = block_score(s.inline, s.inline_punct)
        if el.tag not in ("p", "pre", "blockquote", "li", "dd", "font", "span", "center"):
            # a box with text of its own (a <div> of <br>-separated lines) is a candidate itself
            raw[el] = raw.get(el, _base(el)) + value
        node = el.getparent()
        for share in _LEVELS:
            if node is None or node.tag in ("html",):
                break
            raw[node] = raw.get(node, _base(node)) + value * share
            node = node.getparent()
    return raw


def _plain(el: Any, raw: dict[Any, float], ts: TreeStats) -> float:
    return raw[el] * (1.0 - ts[el].link_density)


#: the score left to a box that neither holds the headline nor starts right after it
UNANCHORED = 0.5
#: prose that may stand between the headline and the start of its article (a lead, captions, a
#: byline), in characters and as a share of the article's own text
ANCHOR_GAP = 600
ANCHOR_SHARE = 0.4


def _anchored(el: Any, anchor: Any, ts: TreeStats) -> bool:
    """Does ``el`` hold the headline, or start soon after it (little prose between)?"""
    start, h = ts.position[el], ts.position[anchor]
    end = start + ts[el].size
    if start <= h < end:
        return True
    if start < h:
        return False
    between = ts.prose_between(h + ts[anchor].size, start)
    return between <= ANCHOR_GAP or between <= ANCHOR_SHARE * ts[el].chars


def choose(ts: TreeStats, strict: bool = True, anchor: Any | None = None) -> tuple[Candidate | None, dict[Any, float]]:
    """The box of the article (None when the page has no prose at all) and every box's score.

    ``anchor``: the article's headline; the boxes away from it (another story's text below the
    article, teasers above it) keep only part of their score.
    """
    raw = scores(ts, strict)
    if anchor is not None and anchor not in ts.position:
        anchor = None
    plain = {el: _plain(el, raw, ts) for el in raw}
    if not plain:
        return None, plain
    final = plain if anchor is None else {
        el: score if _anchored(el, anchor, ts) else score * UNANCHORED for el, score in plain.items()
    }
    ranked = sorted(final.items(), key=lambda kv: kv[1], reverse=True)
    top, top_score = ranked[0]
    if top_score <= 0:
        return None, plain
    top = _common_ancestor_of_rivals(top, top_score, ranked[1:6])
    top = _climb(top, final)
    # the siblings are judged on their own merits: beside the article, they are near its headline
    return Candidate(top, plain.get(top, top_score)), plain


def _common_ancestor_of_rivals(top: Any, top_score: float, rivals: list[tuple[Any, float]]) -> Any:
    """Three boxes scoring nearly as well as the winner under one ancestor: the ancestor holds the article."""
    close = [set(el.iterancestors()) for el, score in rivals if score >= 0.75 * top_score]
    if len(close) < 3:
        return top
    node = top.getparent()
    while node is not None and node.tag not in ("body", "html"):
        if sum(1 for ancestors in close if node in ancestors) >= 3:
            return node
        node = node.getparent()
    return top


def _climb(top: Any, final: dict[Any, float]) -> Any:
    """Up while the parent scores more than the box (the prose is spread over its children),
    and up from an only child."""
    last = final.get(top, 0.0)
    threshold = last / 3
    node = top.getparent()
    while node is not None and node.tag not in ("body", "html"):
        score = final.get(node)
        if score is None:
            node = node.getparent()
            continue
        if score < threshold:
            break
        if score > last:
            top = node
            break
        last = score
        node = node.getparent()
    while True:
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html") or len(parent) != 1:
            return top
        top = parent


def siblings(top: Any, top_score: float, final: dict[Any, float], ts: TreeStats) -> list[Any]:
    """The winner and the siblings that read like it (in document order)."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = top_score * 0.2
    top_class = _first_class(top)
    out = []
    for sib in parent:
        if not isinstance(sib.tag, str) or sib in ts.dead:
            continue
        if sib is top:
            out.append(sib)
            continue
        if is_furniture_tag(sib) or furniture_name(sib):
            continue
        bonus = top_score * 0.2 if top_class and _first_class(sib) == top_class else 0.0
        s = ts[sib]
        if final.get(sib, 0.0) + bonus >= threshold and s.paras and s.link_density < 0.33:
            out.append(sib)
            continue
        # a paragraph beside the box (a <p>, or a <div> that is one) is read with it
        if sib.tag == "p" or (sib.tag == "div" and s.inline == s.chars and not negative_name(sib)):
            density = s.link_density
            if s.chars > 80 and density < 0.25 or 0 < s.chars <= 80 and density == 0 and s.punct and _ends_sentence(sib):
                out.append(sib)
    return out


def _first_class(el: Any) -> str:
    classes = (el.get("class") or "").split()
    return classes[0] if classes else ""


def _ends_sentence(el: Any) -> bool:
    text = el.text_content().rstrip()
    return bool(text) and text[-1] in ".!?…。！？"


#: how far up the box's ancestors are looked at for a body cut into chunks
CHUNK_LEVELS = 3


def chunks(boxes: list[Any], ts: TreeStats) -> list[Any]:
    """The boxes widened to the article's other chunks: a body cut by ads or layout into sections
    of the same kind (``<div class="GridWrapper …">`` after ``<div class="GridWrapper …">``) is
    read whole. A chunk is a sibling of one of the box's ancestors with the same tag and first class
    name, holding a box like the article's own (same tag and classes: the same template filled
    again), with prose, mostly not links, and no headline of another story (an ``h1``).
    """
    inner = (boxes[0].tag, boxes[0].get("class"))
    if not inner[1]:
        return boxes
    node = boxes[0]
    for _ in range(CHUNK_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        shape = (node.tag, _first_class(node))
        parent = node.getparent()
        if not shape[1] or parent is None:
            continue
        peers = [sib for sib in parent if sib is not node and (sib.tag, _first_class(sib)) == shape
                 and _chunk(sib, inner, ts)]
        if peers:
            return [sib for sib in parent if sib is node or sib in peers]
    return boxes


def _chunk(el: Any, inner: tuple[str, str], ts: TreeStats) -> bool:
    s = ts[el]
    if not s.paras or s.link_density >= 0.3 or el in ts.unlikely or furniture_name(el):
        return False
    if next(el.iter("h1"), None) is not None:
        return False
    return any(d.get("class") == inner[1] for d in el.iter(inner[0]))
