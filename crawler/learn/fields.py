"""One learner per field: find, on each page, the elements that give the page's own answer, then keep
the selector that gives it on every page (``synth.agree``).

The header fields (title, lead, dates, authors, tags, breadcrumb, lead image, attachments) are
checked against what the page's metadata says. The body container is the smallest element holding
most of the generic extractor's paragraphs. Inside it, three things have no metadata to check them
against, and are learned from the template's repetition instead: captions (the element right after
an image, of one class on every page), the byline (the last block, of one class, read as a byline on
every page) and junk (blocks of one class that hold no paragraph of the text: boilerplate that is
the same on every page, or boxes of links).

A field is learned only when a selector agrees on every page that has evidence for it; the pages
with no evidence, or that the selector does not explain, are named in the result, never papered over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..dates import parse_date_info
from ..parsers.base import HOME_WORDS
from ..text import clean, parse_byline, split_names
from .evidence import INLINE, PageEvidence, norm, same_date, same_image, slugify, squash, visible
from .synth import agree, candidates, compound_names

__all__ = ["FIELD_KEYS", "FieldResult", "article_keys", "learn_body", "learn_field", "learn_inside_body"]

#: selector keys learned from metadata, in the order they are learned
FIELD_KEYS = ("title", "sapo", "date", "modified", "authors", "tags", "category", "lead_image", "attachments")


@dataclass
class FieldResult:
    """What the learner found for one selector key."""

    key: str
    selector: str | None
    explained: list[int] = field(default_factory=list)
    """pages (indices) on which the selector gives the page's own answer"""
    evidence: list[int] = field(default_factory=list)
    """pages whose metadata (or template) has an answer to look for"""
    note: str = ""

    @property
    def unexplained(self) -> list[int]:
        """Pages with an answer the learned selector does not give (or every such page, unlearned)."""
        return [i for i in self.evidence if i not in self.explained]


# --- header fields ------------------------------------------------------------------------------------


def _own_text(el: Any) -> str:
    return clean(el.text_content())


def _outside(el: Any, container: Any | None) -> bool:
    if container is None:
        return True
    node = el
    while node is not None:
        if node is container:
            return False
        node = node.getparent()
    return True


def _links_texts(ev: PageEvidence, selector: str) -> list[str]:
    texts = [clean(t).lstrip("#").strip(" ,;") for t in ev.page.texts_of(selector)]
    return [t for t in texts if t]


def field_spec(key: str) -> tuple[Callable[[PageEvidence], Any], Callable[[PageEvidence, Any], list[Any]],
                             Callable[[PageEvidence, str], bool]]:
    """(answer of a page, its target elements' candidate selectors, does a selector give the answer)."""
    if key == "title":
        def title_is(ev: PageEvidence, text: str) -> bool:
            if ev.title:
                return norm(text) == norm(ev.title)
            got = slugify(text)  # no metadata: the address spells the title
            slug = ev.slug
            return len(got) >= 15 and (got == slug or (got.startswith(slug) and len(got) <= 1.3 * len(slug))
                                       or (slug.startswith(got) and len(got) >= 0.8 * len(slug)))

        def targets(ev: PageEvidence, want: Any) -> list[Any]:
            return [el for el in ev.elements() if visible(el) and title_is(ev, _own_text(el))]
        return (lambda ev: ev.title or ev.slug), targets, lambda ev, s: title_is(ev, ev.page.text_of(s))
    if key == "sapo":
        def sapo_ok(ev: PageEvidence, s: str) -> bool:
            got, want = norm(ev.page.text_of(s)), norm(ev.description)
            return bool(got) and (got == want or (len(want) > 60 and want.rstrip(". …") in got and len(got) < 2 * len(want)))

        def targets(ev: PageEvidence, want: Any) -> list[Any]:
            w = norm(want)
            return [el for el in ev.elements() if (t := norm(_own_text(el))) and (t == w or (len(w) > 60 and w.rstrip(". …") in t
                    and len(t) < 2 * len(w)))]
        return (lambda ev: ev.description), targets, sapo_ok
    if key in ("date", "modified"):
        def want_date(ev: PageEvidence) -> Any:
            return ev.published or ev.shown_date if key == "date" else ev.modified

        def date_ok(ev: PageEvidence, s: str) -> bool:
            texts = ev.page.texts_of(s)[:1]
            return bool(texts) and same_date(parse_date_info(texts[0]), want_date(ev))

        def targets(ev: PageEvidence, want: Any) -> list[Any]:
            found = [(el, parse_date_info(t)) for el in ev.elements() if 0 < len(t := _own_text(el)) <= 80 and visible(el)]
            good = [(el, d) for el, d in found if same_date(d, want)]
            return [el for el, d in good if d is not None and d.has_time] + [el for el, d in good if d and not d.has_time]
        return want_date, targets, date_ok
    if key == "authors":
        def authors_ok(ev: PageEvidence, s: str) -> bool:
            names: list[str] = []
            for text in ev.page.texts_of(s):
                names += parse_byline(text, styled=True).authors or split_names(text)
            return {norm(n) for n in names} == {norm(n) for n in ev.authors}

        def targets(ev: PageEvidence, want: Any) -> list[Any]:
            wanted = [norm(n) for n in want]
            return [el for el in ev.elements() if 0 < len(t := norm(_own_text(el))) <= 100
                    and any(w in t for w in wanted) and visible(el)]
        return (lambda ev: ev.authors), targets, authors_ok
    if key in ("tags", "category"):
        def want_list(ev: PageEvidence) -> list[str]:
            return (ev.keywords or ev.tag_links) if key == "tags" else ev.crumbs

        def list_ok(ev: PageEvidence, s: str) -> bool:
            got = [t for t in _links_texts(ev, s) if not (key == "category" and HOME_WORDS.match(t))]
            if key == "tags" and not ev.keywords:  # tag links: the article's are some of the page's
                return bool(got) and all(g in ev.tag_links for g in got)
            return bool(got) and [norm(g) for g in dict.fromkeys(got)] == [norm(w) for w in want_list(ev)]

        def link_targets(ev: PageEvidence, want: Any) -> list[Any]:
            wanted = {norm(w) for w in want}
            return [a for a in ev.page.root.iter("a") if norm(_own_text(a).lstrip("#")) in wanted and visible(a)]
        return want_list, link_targets, list_ok
    if key == "lead_image":
        def lead_ok(ev: PageEvidence, s: str) -> bool:
            el = ev.page.first(s)
            if el is None:
                return False
            img = el if el.tag == "img" else el.find(".//img")
            return img is not None and same_image(ev.image_url(img), ev.lead_image)

        def img_targets(ev: PageEvidence, want: Any) -> list[Any]:
            imgs = [i for i in ev.page.root.iter("img") if same_image(ev.image_url(i), want) and visible(i)]
            return [p for i in imgs for p in (i, i.getparent()) if p is not None and p.tag in ("img", "figure", "div")]
        return (lambda ev: ev.lead_image), img_targets, lead_ok
    if key == "attachments":
        def docs_ok(ev: PageEvidence, s: str) -> bool:
            found = []
            for el in ev.page.select(s):
                for a in [el] if el.tag == "a" else el.iter("a"):
                    url = ev.page.absolute(a.get("href"))
                    if url and url not in found:
                        found.append(url)
            return bool(found) and sorted(found) == sorted(ev.documents)

        def doc_targets(ev: PageEvidence, want: Any) -> list[Any]:
            return [a for a in ev.page.root.iter("a") if ev.page.absolute(a.get("href")) in want]
        return (lambda ev: ev.documents), doc_targets, docs_ok
    raise KeyError(key)


_LINK_KEYS = ("tags", "category", "attachments")


def learn_field(key: str, pages: Sequence[PageEvidence], containers: Sequence[Any | None]) -> FieldResult:
    """The selector of one header field that gives every page its metadata's answer."""
    answer, targets, ok = field_spec(key)
    evidence = [i for i, ev in enumerate(pages) if answer(ev)]
    if not evidence:
        return FieldResult(key, None, [], [], "no page says what it is (no metadata to check against)")
    cands: list[list[str]] = []
    found_on: list[int] = []
    for i in evidence:
        els = targets(pages[i], answer(pages[i]))
        if key in ("authors", "lead_image"):
            els = [el for el in els if _outside(el, containers[i])]
        if els:
            found_on.append(i)
        page_cands: list[str] = []
        for el in els[:40]:
            if key in _LINK_KEYS:
                anc = el.getparent()
                for _ in range(3):
                    if anc is None or anc.tag in ("body", "html"):
                        break
                    page_cands += candidates(anc, leaf=["a"], depth=1)
                    anc = anc.getparent()
            else:
                found_cands = candidates(el)
                if key == "lead_image":  # a bare figure is any picture of the page: the lead needs a name
                    found_cands = [c for c in found_cands if "." in c or "#" in c]
                page_cands += found_cands
        cands.append(page_cands)
    if len(found_on) < min(2, len(evidence)):
        return FieldResult(key, None, [], evidence, "no element of the page gives its answer")
    found = agree(cands, len(pages), lambda i, s: ok(pages[i], s), must=found_on)
    if found.selector is None:
        return FieldResult(key, None, [], evidence, f"no selector gives the answer on all {len(found_on)} pages")
    return FieldResult(key, found.selector, [i for i in found.explained if i in evidence], evidence)


# --- the body container ---------------------------------------------------------------------------------


def _container(ev: PageEvidence, keys: list[str]) -> Any | None:
    """The deepest element holding most (80 %, by length) of the page's own text (``keys``)."""
    if not keys:
        return None
    holder = {k: el for el, k, _ in ev.holders}
    counts: dict[Any, int] = {}
    for key in keys:
        node = holder.get(key)
        while node is not None:
            counts[node] = counts.get(node, 0) + len(key)
            node = node.getparent()
    need = 0.8 * sum(len(k) for k in keys if k in holder)
    best, best_depth = None, -1
    for node, n in counts.items():
        if n >= need and node.tag not in ("p", "span", "li"):
            depth = sum(1 for _ in node.iterancestors())
            if depth > best_depth:
                best, best_depth = node, depth
    return best


def article_keys(pages: Sequence[PageEvidence]) -> list[list[str]]:
    """Per page, its text that no other page has: what changes between pages is the article."""
    seen: dict[str, int] = {}
    for ev in pages:
        for k in {k for _, k, _ in ev.holders}:
            seen[k] = seen.get(k, 0) + 1
    out = []
    for ev in pages:
        own = {k for _, k, _ in ev.holders}
        out.append(ev.article_keys({k for k, n in seen.items() if n > (1 if k in own else 0)}))
    return out


def learn_body(pages: Sequence[PageEvidence], keys: Sequence[list[str]]) -> tuple[FieldResult, list[Any | None]]:
    """The body container's selector, and each page's container (None where none was found)."""
    found = [_container(ev, k) for ev, k in zip(pages, keys)]
    evidence = [i for i, c in enumerate(found) if c is not None]
    if not evidence:
        return FieldResult("body", None, [], [], "the generic extractor found no text on any page"), found

    def ok(i: int, s: str) -> bool:
        return pages[i].page.first(s) is found[i]

    cands = [candidates(found[i]) for i in evidence]
    # the most pages, not all: a photo story or a live page may hold its text elsewhere; it is named
    agreed = agree(cands, len(pages), ok, must=[])
    if agreed.selector is None or len(agreed.explained) < max(2, (len(evidence) + 2) // 2):
        return FieldResult("body", None, [], evidence, "the text sits in differently named elements"), found
    containers = [ev.page.first(agreed.selector) for ev in pages]
    return FieldResult("body", agreed.selector, agreed.explained, evidence), containers


# --- inside the body: captions, byline, junk -------------------------------------------------------------


def _blocks(container: Any) -> list[Any]:
    """Text blocks of a container, in order: elements with text and no block child holding that text."""
    out = []
    for el in container.iter():
        if not isinstance(el.tag, str) or el is container or not visible(el):
            continue
        text = clean(el.text_content())
        if text and not any(isinstance(c.tag, str) and clean(c.text_content()) == text for c in el):
            out.append(el)
    return out


def _after_image(el: Any) -> bool:
    """The element follows an image: in the same figure or cell group, or as the next sibling block."""
    if el.find(".//img") is not None:
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None and (prev.tag == "img" or prev.find(".//img") is not None):
        return True
    parent = el.getparent()
    if parent is not None and parent.tag == "figcaption":  # <figure><img><figcaption><p>: the figure's
        parent = parent.getparent()
    return parent is not None and parent.tag in ("figure", "td", "tr", "tbody", "table") and parent.find(".//img") is not None


def _in_text(el: Any, keys: list[str]) -> bool:
    text = squash(el.text_content())
    return bool(text) and any(k in text or text in k for k in keys)


def learn_inside_body(pages: Sequence[PageEvidence], containers: Sequence[Any | None], page_keys: Sequence[list[str]],
                      fields_inside: Sequence[str] = ()) -> dict[str, FieldResult]:
    """Captions, byline and junk selectors of the body container, from the template's repetition.

    ``fields_inside`` are selectors of header fields found inside the container (a lead, a tag box):
    they are taken out of the body's text as the families do.
    """
    idx = [i for i, c in enumerate(containers) if c is not None]
    cap: dict[str, list[int]] = {}
    cap_bad: set[str] = set()
    by: dict[str, list[int]] = {}
    by_bad: set[str] = set()
    junk: dict[str, list[int]] = {}
    junk_bad: set[str] = set()
    texts: dict[str, set[str]] = {}
    for i in idx:
        container = containers[i]
        keys = page_keys[i]
        blocks = _blocks(container)
        tail = blocks[-3:]
        for el in container.iter():
            if not isinstance(el.tag, str) or el is container:
                continue
            names = compound_names(el, bare=False)
            if not names:
                continue
            text = clean(el.text_content())
            for name in names:
                if el in blocks and text:
                    (cap if _after_image(el) and len(text) <= 400 else {}).setdefault(name, []).append(i)
                    if not _after_image(el):
                        cap_bad.add(name)
                    byline = parse_byline(text, styled=True)
                    if el in tail and byline and len(text) <= 80:
                        by.setdefault(name, []).append(i)
                    else:
                        by_bad.add(name)
                if el.tag in INLINE:
                    continue  # a link or a bold word inside a paragraph is text, whatever its class
                if text and not _in_text(el, keys):
                    anchors = list(el.iter("a"))
                    links = sum(len(clean(a.text_content())) for a in anchors)
                    junk.setdefault(name, []).append(i)
                    box = links >= 0.8 * len(text) and len(anchors) >= 2 and el.find(".//img") is None
                    # an image in a block is a picture of the article, unless the block is an ad (the same
                    # text on every page, checked below, around a linked banner)
                    banner = all(any(a.tag == "a" for a in img.iterancestors()) for img in el.iter("img"))
                    texts.setdefault(name, set()).add("<links>" if box else norm(text) if banner else f"<img>{i}")
                elif text:
                    junk_bad.add(name)
    out: dict[str, FieldResult] = {}
    n = len(idx)

    def pick(kind: str, found: dict[str, list[int]], bad: set[str], least: int = 2) -> list[str]:
        good = [s for s, where in found.items() if s not in bad and len(set(where)) >= min(least, n)]
        return sorted(good)

    captions = pick("caption", cap, cap_bad)
    if captions:
        where = sorted({i for s in captions for i in cap[s]})
        out["caption"] = FieldResult("caption", ", ".join(captions), where, where)
    bylines = pick("byline", by, by_bad)
    if bylines:
        where = sorted({i for s in bylines for i in by[s]})
        out["byline"] = FieldResult("byline", ", ".join(bylines), where, where)
    # boilerplate: the same text on every page; a box of links (other stories) wherever it is
    junks = [s for s in pick("remove", junk, junk_bad | set(captions) | set(bylines), least=1)
             if texts[s] == {"<links>"} or (len(texts[s]) == 1 and len(set(junk[s])) == n)]
    # a junk block inside another junk block is covered by it
    junks = list(dict.fromkeys([*junks, *fields_inside]))
    if junks:
        where = sorted({i for s in junks for i in junk.get(s, [])})
        out["remove"] = FieldResult("remove", ", ".join(junks), where, where)
    return out
