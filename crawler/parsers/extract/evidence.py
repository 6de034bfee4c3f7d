"""What the visible page says about an article's fields, next to what its metadata claims.

Metadata is evidence, not the answer: a CMS fills ``keywords`` with the site's own list, gives a day
without the time, names the vendor as the author, says "News" for every section. The visible page,
read where the article is (between its headline and the end of its text, not in a sidebar), says:

- the date line next to the headline (``visible_dates``);
- the tags the article links to (``linked_tags``);
- the breadcrumb above it (``breadcrumb``);
- the byline elements around it (``byline_texts``).

Each function returns what it found in reading order, nearest the headline first; the parser
weighs it against the metadata.
"""

from __future__ import annotations

import re
from typing import Any

from ...dates import ParsedDate, parse_date_info
from ...text import clean
from ..page import Page
from . import Content, content_of
from .boilerplate import furniture_name, is_furniture_tag

__all__ = ["breadcrumb", "byline_texts", "linked_tags", "visible_dates"]

_DATE_NAME = re.compile(
    r"(?i)date|time|publish|posted|updated|datum|fecha|data(?![a-z])|ngay|thoigian|thoi-gian|timestamp|"
    r"dateline|byline|meta|info|stand|zeit"
)
#: a date line is short; longer text that holds a date is a sentence
DATE_LINE_CHARS = 100
#: how far before the headline (in elements) a date line may stand (some pages print it above)
BEFORE_HEADLINE = 25
#: how far after the article's text (in elements) its byline and tag box may stand
AFTER_TEXT = 150


def _region(content: Content) -> tuple[int, int, int]:
    """(first position looked at, the headline's position or the text's start, the text's end)."""
    ts = content.stats
    first = ts.position[content.boxes[0]]
    end = ts.position[content.boxes[-1]] + ts[content.boxes[-1]].size
    anchor = ts.position.get(content.headline.element) if content.headline else None
    if anchor is None or anchor > end:
        anchor = first
    return max(0, anchor - BEFORE_HEADLINE), anchor, end


def _nearest_first(content: Content, after: int = 0) -> list[Any]:
    """The live elements around the article: after the headline (to the text's end, and ``after``
    elements more) first, then the few before it, nearest first."""
    ts = content.stats
    start, anchor, end = _region(content)
    return ts.order[anchor:end + after] + list(reversed(ts.order[start:anchor]))


def _in_furniture(el: Any, content: Content) -> bool:
    """Inside a sidebar, a list of related stories, comments (a box the article's date is never in)."""
    ts = content.stats
    if el not in ts.unlikely:
        return False
    return any(is_furniture_tag(a) or furniture_name(a) for a in el.iterancestors())


def visible_dates(page: Page, mdy: bool = False) -> list[tuple[str, ParsedDate]]:
    """Dates printed next to the article: ``<time>`` elements and short date-named lines."""
    content = content_of(page)
    if content is None:
        return []
    ts = content.stats
    near = [el for el in _nearest_first(content) if el.tag == "time" or (
        ts[el].chars <= DATE_LINE_CHARS and _DATE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}"))]
    near = [el for el in near if not _in_furniture(el, content)]
    # a <time datetime> says it exactly (with its offset); a date line as it is printed, and the
    # parts of it ("erstellt: <strong>01. April 2025, 15:25</strong>")
    raws = [el.get("datetime") or "" for el in near if el.tag == "time"]
    for el in near:
        raws.append(clean(el.text_content()))
        raws += [clean(d.text_content()) for d in el.iterdescendants() if isinstance(d.tag, str)][:4]
    out: list[tuple[str, ParsedDate]] = []
    for raw in raws:
        parsed = parse_date_info(raw, mdy=mdy) if raw else None
        # "2 hours ago" is read against the clock, not against the page: no evidence offline
        if parsed is not None and parsed.method != "relative":
            out.append((raw, parsed))
            if len(out) >= 3:
                break
    return out


# --- tags --------------------------------------------------------------------------------------------

# The paths of tag and topic pages ("/tag/amazon", "/tags/…", "/tu-khoa/…", "/chu-de/…", "/topic/…").
_TAG_HREF = re.compile(
    r"(?i)/(?:tags?|tag-\d+|topics?|themen?|keywords?|tu-?khoa|chu-?de|su-?kien|hashtag|schlagwort|etiqueta|"
    r"argomento|sujet)(?:[/=_-]|\.|$)|[?&](?:tag|keyword|q)="
)
_TAG_BOX = re.compile(r"(?i)tags?(?![a-z])|keywords?|tu-?khoa|tukhoa|topics?|chu-?de|schlagw|etiquet")
#: a box of tag links has at most this many
MAX_TAGS = 30


def linked_tags(page: Page) -> list[str]:
    """The tags the article links to: links to tag pages in a tag-named box (or marked rel=tag),
    after the article's headline, outside the page's furniture."""
    content = content_of(page)
    if content is None:
        return []
    ts = content.stats
    _, anchor, end = _region(content)
    out: list[str] = []
    for el in ts.order[anchor:end + AFTER_TEXT]:
        if el.tag != "a" or _in_furniture(el, content):
            continue
        href = el.get("href") or ""
        rel = (el.get("rel") or "").lower()
        if "tag" not in rel.split() and not (_TAG_HREF.search(href) and _in_tag_box(el)):
            continue
        text = clean(el.text_content()).lstrip("#").strip(" ,;")
        if text and len(text) <= 80 and text not in out:
            out.append(text)
        if len(out) >= MAX_TAGS:
            break
    return out


def _in_tag_box(el: Any) -> bool:
    for depth, node in enumerate(el.iterancestors()):
        if depth > 4:
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names.strip() and _TAG_BOX.search(names):
            return True
    return False


# --- breadcrumb ------------------------------------------------------------------------------------------

_CRUMB_BOX = re.compile(r"(?i)bread-?crumbs?|crumbs|duong-?dan|duongdan|(?<![a-z])path(?![a-z])|cate-?path")
_HOME = re.compile(r"(?i)^(?:trang chủ|home|trang nhất|startseite|accueil|inicio|portada|homepage)$")


def breadcrumb(page: Page) -> list[str]:
    """The breadcrumb the page prints (a breadcrumb-named box, or schema.org BreadcrumbList
    microdata): its links' texts, top first, the home link left out."""
    body = page.root.find("body")
    if body is None:
        return []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "span", "li"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
        itemtype = el.get("itemtype") or ""
        if not (_CRUMB_BOX.search(names) or itemtype.endswith("BreadcrumbList")):
            continue
        crumbs = [clean(a.text_content()) for a in el.iter("a")]
        crumbs = [c.strip(">»›/|· ") for c in crumbs]
        crumbs = [c for c in crumbs if c and len(c) <= 60 and not _HOME.match(c)]
        if crumbs and len(crumbs) <= 8:
            return list(dict.fromkeys(crumbs))
    return []


# --- bylines ---------------------------------------------------------------------------------------------

_BYLINE_BOX = re.compile(r"(?i)author|byline|tac-?gia|tacgia|writer|reporter|autor|auteur|journalist|signature")
#: a byline is short
BYLINE_CHARS = 150


def byline_texts(page: Page) -> list[list[str]]:
    """The byline elements around the article, nearest the headline first, each as its separate
    texts (the name and the role beside it, "Von:" and the name): ``rel=author`` and
    ``itemprop=author`` elements, author- or byline-named ones, links to an author's page."""
    content = content_of(page)
    if content is None:
        return []
    ts = content.stats
    out: list[list[str]] = []
    for el in _nearest_first(content, AFTER_TEXT):
        if ts[el].chars == 0 or ts[el].chars > BYLINE_CHARS:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        marked = "author" in (el.get("rel") or "") or el.get("itemprop") == "author"
        linked = el.tag == "a" and bool(_AUTHOR_HREF.search(el.get("href") or ""))
        if not (marked or linked or (names.strip() and _BYLINE_BOX.search(names))):
            continue
        if _in_furniture(el, content) or _in_caption(el):
            continue
        pieces = _pieces(el, ts.dead)
        if pieces and not any(set(pieces) <= set(group) for group in out):
            out.append(pieces)
        if len(out) >= 4:
            break
    return out


_AUTHOR_HREF = re.compile(r"(?i)/(?:authors?|autor(?:en)?|auteurs?|tac-?gia|journalists?|people|profiles?|staff|redakteure?)/")


def _pieces(el: Any, dead: set[Any]) -> list[str]:
    """The separate live texts of an element, in order (a style sheet inside it is not text)."""
    parts: list[str] = []
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node not in dead and node.text:
            parts.append(node.text)
        parent = node.getparent()
        if node is not el and node.tail and parent is not None and parent not in dead:
            parts.append(node.tail)
    cleaned = [clean(p) for p in parts]
    return [p for p in cleaned if len(p) > 1]


def _in_caption(el: Any) -> bool:
    """A photo credit ("Bild: SN", an image's author) is not the article's byline."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("figure", "figcaption", "picture"):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names.strip() and _CAPTIONISH.search(names):
            return True
        if node.tag in ("article", "main", "body"):
            return False
    return False


_CAPTIONISH = re.compile(r"(?i)caption|credit|image|photo|picture|media|gallery|copyright")
