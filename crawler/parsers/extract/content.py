"""The article's boxes, copied without the furniture inside them, ready for the shared body walk.

The decisions are taken on the page's own tree with the counts of :mod:`.dom` (nothing is counted
twice); the copy then leaves out what was decided against. What goes (after Readability's
"conditional cleaning", with our names):

- what is never text (scripts, hidden elements) and the page's furniture by tag (``nav``, ``aside``,
  ``footer``) or by name (comments, related stories, share bars, ads), unless it holds most of the text;
- boxes that are mostly links (a list of other stories, a tag cloud) and boxes of few words with no
  sentence in them (a toolbar, a "Quảng cáo" label), but never a line of prose itself: a short
  ``<div>`` paragraph or a byline is the body walk's to judge;
- the headline (``h1``) and what stands before it in the box (a kicker, a breadcrumb).
"""

from __future__ import annotations

import copy
from typing import Any

import lxml.html

from ..body import remove_element
from .boilerplate import attr_weight, furniture_name, is_furniture_tag, negative_name
from .dom import TreeStats

__all__ = ["content_copy", "furniture"]

#: a box named like furniture that holds this share of the article's prose (percent) is kept
PROSE_SHARE = 15
#: the most paragraphs a box with a checkbox in it (a consent placeholder, a poll) holds
CONTROL_BOX_PARAS = 3
_CONTAINERS = frozenset((
    "div", "section", "ul", "ol", "dl", "table", "form", "header", "span", "center", "font", "figure",
))


def furniture(el: Any, ts: TreeStats, total: int, prose: int = 0, with_control: frozenset[Any] = frozenset()) -> bool:
    """Should ``el`` (inside the article's boxes: ``total`` characters of text, ``prose`` of them
    prose) be left out? Never a box holding most of the prose, whatever its name says ("sidebar-grid"
    is the layout that holds the article beside its sidebar). ``with_control``: the elements that
    hold a checkbox or a radio button."""
    s = ts[el]
    if el.tag == "h1":
        return True
    own = _prose_of(el, ts) if prose else 0
    if 2 * own > prose > 0:
        return False
    if el in with_control and el.tag in _CONTAINERS and s.chars * 2 < total and s.paras <= CONTROL_BOX_PARAS:
        # a small box with a checkbox in it: an embed's consent placeholder ("Ich bin damit
        # einverstanden…"), a poll; an article's text holds no control
        return True
    if is_furniture_tag(el):
        return s.chars * 2 < total
    if furniture_name(el):
        # a chunk of the article's prose under a layout's name ("sidebar-grid__container") stays
        return s.chars * 2 < total and not (own * 100 >= PROSE_SHARE * prose and s.link_density < 0.25)
    if el.tag not in _CONTAINERS:
        if el.tag == "p" or el.tag in ("li", "dd", "blockquote"):
            # a line that is a link and little else ("Read more: …", a teaser)
            return s.links > 0 and s.links * 2 > s.chars and s.chars < 300
        return False
    if el.tag == "figure":
        return False
    leaf = s.inline == s.chars  # a box with no box inside: a paragraph, whatever its tag
    weight = attr_weight(el)
    if negative_name(el) and weight < 0 and s.chars * 2 < total and (s.link_density > 0.2 or s.paras <= 2):
        return True
    density = s.link_density
    if density > 0.5 and s.chars:
        return True
    if leaf:
        return False
    if s.punct < 10:
        if weight < 25 and density > 0.25:
            return True
        if s.chars < 25 and s.images != 1:
            return True
    return False


def _prose_of(el: Any, ts: TreeStats) -> int:
    start = ts.position.get(el)
    return ts.prose_between(start, start + ts[el].size) if start is not None else 0


def content_copy(boxes: list[Any], ts: TreeStats, leave_out: Any | None = None, headline: Any | None = None) -> Any:
    """A ``<div>`` holding copies of ``boxes`` without their furniture (the page is left whole);
    ``leave_out``: an element inside them that is read apart (the lead); ``headline``: the
    article's headline, which with everything before it in its box (a kicker, a breadcrumb, a
    section label) is not body text."""
    total = sum(ts[b].chars for b in boxes)
    prose = sum(_prose_of(b, ts) for b in boxes)
    container = lxml.html.Element("div")
    for box in boxes:
        if box is leave_out:
            continue
        dropped = _dropped(box, ts, total, prose)
        if leave_out is not None:
            dropped.add(leave_out)
        if headline is not None and (headline is box or box in headline.iterancestors()):
            dropped |= _before(headline, box)
        clone = copy.deepcopy(box)
        if dropped:
            doomed = [c for o, c in zip(box.iter(), clone.iter()) if o in dropped]
            for el in doomed:
                remove_element(el)
        container.append(clone)
        # the box's tail belongs to its old parent, not to the copy
        clone.tail = None
    return container


def _dropped(box: Any, ts: TreeStats, total: int, prose: int) -> set[Any]:
    """The elements under ``box`` to leave out (the topmost of each dropped subtree, and dead ones)."""
    out: set[Any] = set()
    order = ts.order
    start = ts.position.get(box)
    if start is None:
        return out
    end = start + ts[box].size
    with_control = _holding_controls(box)
    i = start + 1
    while i < end:
        el = order[i]
        if furniture(el, ts, total, prose, with_control):
            out.add(el)
            i += ts[el].size
        else:
            i += 1
    # dead elements (scripts, hidden boxes) are not in ``order``; find them among the box's descendants
    for el in box.iter():
        if el in ts.dead:
            parent = el.getparent()
            if parent is None or parent not in ts.dead:
                out.add(el)
    return out


def _holding_controls(box: Any) -> frozenset[Any]:
    """The elements under ``box`` that hold a checkbox or a radio button (their ancestors up to ``box``)."""
    out: set[Any] = set()
    for control in box.iter("input"):
        if (control.get("type") or "").lower() not in ("checkbox", "radio"):
            continue
        for node in control.iterancestors():
            if node is box or node in out:
                break
            out.add(node)
    return frozenset(out)


def _before(headline: Any, box: Any) -> set[Any]:
    """The headline and the elements before it inside ``box`` (the headline's elder siblings and
    its ancestors' elder siblings)."""
    out = {headline}
    node = headline
    while node is not None and node is not box:
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str):
                out.add(sib)
        node = node.getparent()
    return out
