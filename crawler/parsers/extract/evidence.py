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

import html
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import lxml.etree

from ...dates import ParsedDate, parse_date_info
from ...text import clean
from ..page import Page
from . import Content, content_of
from .boilerplate import furniture_name, is_furniture_tag

__all__ = ["breadcrumb", "byline_texts", "linked_tags", "month_first", "source_texts", "visible_dates"]

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


def _after_headline(content: Content) -> list[Any]:
    """The live elements from the headline to a little after the article's text (its tag box, its
    source line), in reading order."""
    _, anchor, end = _region(content)
    return content.stats.order[anchor:end + AFTER_TEXT]


def _in_furniture(el: Any, content: Content) -> bool:
    """Inside a sidebar, a list of related stories, comments (a box the article's date is never in)."""
    ts = content.stats
    if el not in ts.unlikely:
        return False
    # whether an ancestor is furniture, remembered per element (the same chains are climbed again and again)
    memo = ts.under_furniture
    chain = []
    node = el.getparent()
    found = False
    while node is not None:
        known = memo.get(node)
        if known is not None:
            found = known
            break
        chain.append(node)
        if is_furniture_tag(node) or furniture_name(node):
            found = True
            break
        node = node.getparent()
    # every node of the chain below a furniture one (or below a known answer) shares the answer
    for node in chain:
        memo[node] = found
    return found


def visible_dates(page: Page, mdy: bool | None = None) -> list[tuple[str, ParsedDate]]:
    """Dates printed next to the article: ``<time>`` elements, date-named lines and lines that
    say so ("Published on …", "Cập nhật …"), an empty date element an inline script fills in.
    ``mdy`` None: month first when the page's own dates say so ("12-27-2012")."""
    content = content_of(page)
    if content is None:
        return []
    ts = content.stats
    scripted = _scripted_texts(page)
    near = []
    for el in _nearest_first(content):
        if el.tag == "time" or ts[el].chars <= DATE_LINE_CHARS and (_DATE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}")
                                                  or (el.get("id") in scripted)) or _labelled_date_line(el, ts):
            near.append(el)
    near = [el for el in near if not _in_furniture(el, content)]
    if not near:
        # nothing by the headline or in the text: a line that says it is the date ("Datum 28.04.2023")
        # in the article's info box just after the text
        _, _, end = _region(content)
        near = [el for el in ts.order[end:end + DATE_AFTER_TEXT]
                if _labelled_date_line(el, ts) and not _in_furniture(el, content)][:1]
    # a <time datetime> says it exactly (with its offset); a date line as it is printed, and the
    # parts of it ("erstellt: <strong>01. April 2025, 15:25</strong>")
    raws = [el.get("datetime") or "" for el in near if el.tag == "time"]
    for el in near:
        raws.append(clean(el.text_content()) or scripted.get(el.get("id") or "", ""))
        raws += [clean(d.text_content()) for d in el.iterdescendants() if isinstance(d.tag, str)][:4]
    order: list[bool] = [] if mdy is None else [mdy]  # the page's order, looked up when first needed
    out: list[tuple[str, ParsedDate]] = []
    seen: set[str] = set()
    for raw in raws:
        # "2 hours ago" is read against the clock, and "(20/12)" against a year the page does not
        # say (a related story's day, most often): neither is evidence of the article's date; a
        # string without a year is not even read (the date parser's fallback is slow)
        if not raw or raw in seen or len(raw) > DATE_LINE_CHARS or not _YEAR.search(raw):
            continue
        seen.add(raw)
        if not order and _ambiguous(raw):
            order.append(month_first(page))
        parsed = parse_date_info(raw, mdy=bool(order and order[0]))
        if parsed is not None and parsed.method != "relative":
            out.append((raw, parsed))
            if parsed.has_time or len(out) >= 3:
                break
    return out


# "Published on …", "Posted …", "Cập nhật …", "Đăng lúc …", "Erstellt: …": a line that says it is a date
_DATE_LABEL = re.compile(
    r"(?i)^\s*(?:published|posted|updated|last updated|created|đăng|ngày đăng|cập nhật|thời gian|veröffentlicht|"
    r"aktualisiert|erstellt|stand|datum|date|publié|mis à jour|fecha|publicado|actualizado|pubblicato|data)\b"
)
_LINE_TAGS = frozenset(("div", "p", "span", "li", "td", "small", "em", "header"))
#: how far after the article's text (in elements) a labelled date line may stand
DATE_AFTER_TEXT = 40


def _labelled_date_line(el: Any, ts: Any) -> bool:
    return 0 < ts[el].chars <= DATE_LINE_CHARS and el.tag in _LINE_TAGS and bool(_DATE_LABEL.match(_own_text(el)))

# document.getElementById("pDateTime").innerHTML = "Thứ năm, 20/12/2012, 16:10 GMT+7"
_SCRIPTED = re.compile(r"""getElementById\(\s*["']([\w-]+)["']\s*\)\.innerHTML\s*=\s*["']([^"'<>]{4,120})["']""")


def _scripted_texts(page: Page) -> dict[str, str]:
    """Text an inline script writes into an element by id (old CMSs filled the date line so)."""
    out: dict[str, str] = {}
    for script in page.root.iter("script"):
        code = script.text or ""
        if "innerHTML" in code:
            for m in _SCRIPTED.finditer(code):
                out.setdefault(m.group(1), clean(html.unescape(m.group(2))))
    return out


def _own_text(el: Any) -> str:
    return clean(el.text or "") or clean(el.text_content())[:40]


_YEAR = re.compile(r"(?:19|20)\d\d|\b\d{1,2}[-/.]\d{1,2}[-/.]\d\d\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([-/.])(\d{1,2})\2(?:19|20)\d\d\b")


def _ambiguous(raw: str) -> bool:
    """A numeric date that reads both ways ("03-08-2011")."""
    return any(int(m.group(1)) <= 12 and int(m.group(3)) <= 12 for m in _NUMERIC_DATE.finditer(raw))


def month_first(page: Page) -> bool:
    """Does the page print its dates month first? Only when one of them cannot be read the other
    way ("12-27-2012") and none says day first ("27-12-2012")."""
    body = page.root.find("body")
    if body is None:
        return False
    month_first = day_first = False
    for el in body.iter():
        texts = [el.tail] if el.tag in ("script", "style") or not isinstance(el.tag, str) else [el.text, el.tail]
        for text in texts:
            if text and len(text) >= 8:
                month_first, day_first = _orders(text, month_first, day_first)
    return month_first and not day_first


def _orders(text: str, month_first: bool, day_first: bool) -> tuple[bool, bool]:
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        month_first |= a <= 12 < b
        day_first |= b <= 12 < a
    return month_first, day_first


# --- tags --------------------------------------------------------------------------------------------

# The paths of tag and topic pages ("/tag/amazon", "/tags/…", "/tu-khoa/…", "/chu-de/…", "/topic/…").
_TAG_HREF = re.compile(
    r"(?i)/(?:tags?|tag-\d+|topics?|themen?|keywords?|tu-?khoa|chu-?de|su-?kien|hashtag|schlagwort|etiqueta|"
    r"argomento|sujet)(?:[/=_-]|\.|$)|[?&](?:tag|keyword|q)="
)
_TAG_BOX = re.compile(r"(?i)tag|keyword|tu-?khoa|tukhoa|topic|chu-?de|schlagw|etiquet")
#: a box of tag links has at most this many
MAX_TAGS = 30


def linked_tags(page: Page) -> list[str]:
    """The tags the article links to: links to tag pages in a tag-named box (or marked rel=tag),
    after the article's headline, outside the page's furniture."""
    content = content_of(page)
    if content is None:
        return []
    out: list[str] = []
    for el in _after_headline(content):
        if el.tag != "a" or _in_furniture(el, content):
            continue
        href = el.get("href") or ""
        rel = (el.get("rel") or "").lower()
        if "tag" not in rel.split() and not _TAG_HREF.search(href) and not _in_tag_box(el):
            continue
        text = clean(el.text_content()).lstrip("#").strip(" ,;")
        if text and len(text) <= 80 and not _MORE.search(text) and text not in out:
            out.append(text)
        if len(out) >= MAX_TAGS:
            break
    return out


# "Xem tất cả >>", "See all", "Mehr": a link to more, not a tag
_MORE = re.compile(r"(?i)>>|»|›|xem tất cả|xem thêm|see all|view all|show all|more\b|mehr\b|tous\b")


def _in_tag_box(el: Any) -> bool:
    for depth, node in enumerate(el.iterancestors()):
        if depth > 4:
            return False
        if node.attrib and _tag_box(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


@lru_cache(maxsize=4096)
def _tag_box(names: str) -> bool:
    return bool(_TAG_BOX.search(names))


@lru_cache(maxsize=4096)
def _byline_box(names: str) -> bool:
    return bool(_BYLINE_BOX.search(names))


@lru_cache(maxsize=4096)
def _date_named(names: str) -> bool:
    return bool(_DATE_NAME.search(names))


# --- breadcrumb ------------------------------------------------------------------------------------------

_CRUMB_BOX = re.compile(r"(?i)bread-?crumbs?|crumbs|duong-?dan|duongdan|(?<![a-z])path(?![a-z])|cate-?path")
_HOME = re.compile(r"(?i)^(?:trang chủ|home|trang nhất|startseite|accueil|inicio|portada|homepage)$")


def breadcrumb(page: Page) -> list[str]:
    """The breadcrumb the page prints: a breadcrumb-named box or schema.org breadcrumb microdata,
    else the section links printed just above the headline (a box of a few short links to section
    pages: "Đời sống › Xã hội"). Its links' texts, top first, the home link left out."""
    body = page.root.find("body")
    if body is None:
        return []
    for el in body.iter(lxml.etree.Element):
        if el.tag in ("a", "span", "li", "script", "style") or not el.attrib:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
        itemtype = el.get("itemtype") or ""
        low = names.lower()
        if not (itemtype or "rumb" in low or "duong" in low or "path" in low):
            continue  # a cheap test first: most elements are named nothing like a trail
        if _CRUMB_BOX.search(names) or itemtype.endswith(("BreadcrumbList", "Breadcrumb")):
            crumbs = _crumbs(page, el)
            if crumbs:
                return crumbs
    return _section_links(page)


def _crumbs(page: Page, box: Any) -> list[str]:
    """The trail's link texts, without the home link and the article's own (the trail's last step)."""
    out: list[str] = []
    own = {page.url.rstrip("/"), page.canonical_url.rstrip("/")}
    for a in box.iter("a"):
        text = clean(a.text_content()).strip(">»›/|·: ")
        if not text or len(text) > 60 or _HOME.match(text) or _home_href(page, a.get("href")):
            continue
        if (page.absolute(a.get("href")) or "").rstrip("/") in own:
            continue
        if text not in out:
            out.append(text)
    return out if 0 < len(out) <= 8 else []


def _home_href(page: Page, href: str | None) -> bool:
    url = page.absolute(href)
    return bool(url) and urlsplit(url).path in ("", "/") and urlsplit(url).netloc.endswith(
        urlsplit(page.url).netloc.removeprefix("www."))


#: a section label is short and is not a sentence
SECTION_CHARS = 40


def _section_links(page: Page) -> list[str]:
    """The box of one to four short links to section pages right above (or beside) the headline."""
    content = content_of(page)
    if content is None or content.headline is None:
        return []
    ts = content.stats
    h = ts.position[content.headline.element]
    seen: set[int] = set()
    near = sorted(range(max(0, h - BEFORE_HEADLINE), min(len(ts.order), h + 12)), key=lambda i: abs(i - h))
    for el in (ts.order[i] for i in near if i != h):
        # nearest the headline first; a menu's links (in a box named like one) are not the trail
        if el.tag != "a" or _in_menu(el) or not isinstance(el.getparent().tag, str):
            continue
        box = el.getparent()
        if id(box) in seen or box is content.headline.element:
            continue
        seen.add(id(box))
        # the box's own links (a share bar nested in it is not part of the trail)
        links = [a for a in box if a.tag == "a" and clean(a.text_content())]
        if 1 <= len(links) <= 4 and all(_section_link(page, a) for a in links):
            crumbs = [c for c in (clean(a.text_content()).strip(">»›/|·: ") for a in links)
                      if c and not _HOME.match(c)]
            if crumbs:
                return list(dict.fromkeys(crumbs))
    return []


_MENU = re.compile(r"(?i)menu")


def _in_menu(el: Any) -> bool:
    """In the site's menu (a ``nav``, a box named like a menu): its links are every section, not the article's."""
    for depth, node in enumerate(el.iterancestors()):
        if depth > 4:
            return False
        if node.tag == "nav" or _MENU.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _section_link(page: Page, a: Any) -> bool:
    """A short link to a section page of the same site ("/xa-hoi.html", "/tin-tuc/hollywood/")."""
    text = clean(a.text_content())
    url = page.absolute(a.get("href"))
    if not url or not text or len(text) > SECTION_CHARS or text.endswith((".", "?", "!")):
        return False
    parts = urlsplit(url)
    if not parts.netloc.endswith(urlsplit(page.url).netloc.removeprefix("www.")):
        return False
    path = parts.path.strip("/")
    # a section path is short and has no article id (no long number)
    return path.count("/") <= 2 and not re.search(r"\d{4,}", path)


# --- bylines ---------------------------------------------------------------------------------------------

_BYLINE_BOX = re.compile(r"(?i)author|byline|tac-?gia|tacgia|writer|reporter|autor|auteur|journalist|signature")
#: a byline is short
BYLINE_CHARS = 150
# a line that says it is the byline: "Von: …", "Autorin/Autor …", "By …", "Par …", "Tác giả: …"
_BYLINE_LABEL = re.compile(
    r"^(?:Von|Autor(?:in)?(?:/Autor)?|Autoren|Author|By|Par|Por|Door|Av|Af|Tác giả|Bởi)(?:\s*:|\s)"
)


def _labelled_byline(el: Any, ts: Any) -> bool:
    """The label stands apart (its own text, or a colon after it): "Por sua causa, Carlos." is a sentence."""
    pieces = _pieces(el, ts.dead)
    return bool(pieces) and (pieces[0].endswith(":") or bool(_BYLINE_LABEL.match(pieces[0] + " ")) and
                             " " not in pieces[0].strip())


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
        labelled = el.tag in _LINE_TAGS and bool(_BYLINE_LABEL.match(_own_text(el))) and _labelled_byline(el, ts)
        if not (marked or linked or labelled or (names.strip() and _byline_box(names))):
            continue
        if _in_furniture(el, content) or _in_caption(el, ts):
            continue
        pieces = _pieces(el, ts.dead)
        if pieces and not any(set(pieces) <= set(group) for group in out):
            out.append(pieces)
        if len(out) >= 4:
            break
    return out


#: a rating widget's labels are not names
_CONTROLS = frozenset(("label", "button", "option", "select", "form"))


def _inside_control(node: Any, stop: Any) -> bool:
    while node is not None and node is not stop:
        if node.tag in _CONTROLS:
            return True
        node = node.getparent()
    return False
def _inside(node: Any, boxes: set[Any], stop: Any) -> bool:
    while node is not None:
        if node in boxes:
            return True
        if node is stop:
            return False
        node = node.getparent()
    return False


_AUTHOR_HREF = re.compile(r"(?i)/(?:authors?|autor(?:en)?|auteurs?|tac-?gia|journalists?|people|profiles?|staff|redakteure?)/")


# the author's job printed beside the name ("Lifestyle Writer"): its element says so
_ROLE_BOX = re.compile(r"(?i)job|role|position|designation|occupation|beruf|funktion")


def _pieces(el: Any, dead: set[Any]) -> list[str]:
    """The separate live texts of an element, in order (a style sheet inside it is not text, nor the
    job title beside the name)."""
    parts: list[str] = []
    roles = {n for n in el.iterdescendants() if isinstance(n.tag, str) and n.attrib
             and (n.get("itemprop") == "jobTitle" or _ROLE_BOX.search(n.get("class") or ""))}
    # a link is one name, however its spans split it ("<a><span>Ingrid</span> <span>Treborg</span></a>")
    links = {a for a in el.iter("a") if len(a) and a not in dead}
    in_link = {d for a in links for d in a.iterdescendants()}
    for node in el.iter():
        if not isinstance(node.tag, str) or node in in_link or _inside_control(node, el):
            continue
        if node in links:
            parts.append(node.text_content())
        elif node not in dead and node.text and not (roles and _inside(node, roles, el)):
            parts.append(node.text)
        parent = node.getparent()
        if node is not el and node.tail and parent is not None and parent not in dead \
                and not (roles and _inside(parent, roles, el)):
            parts.append(node.tail)
    cleaned = [clean(p) for p in parts]
    return [p for p in cleaned if len(p) > 1]


def _in_caption(el: Any, ts: Any) -> bool:
    """A photo credit ("Bild: SN", an image's author) is not the article's byline. A caption box is
    small (one paragraph at most): a wrapper of more text named "media" or "image" only names its layout."""
    for node in (el, *el.iterancestors()):
        stats = ts[node]
        if node.tag in ("article", "main", "body") or stats.chars > CAPTION_BOX_CHARS or stats.paras > 1:
            return False
        if node.tag in ("figure", "figcaption", "picture"):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names.strip() and _CAPTIONISH.search(names):
            return True
    return False


#: the most text a box of an image and its caption holds
CAPTION_BOX_CHARS = 600


_CAPTIONISH = re.compile(r"(?i)caption|credit|image|photo|picture|media|gallery|copyright")




def source_texts(page: Page) -> list[str]:
    """Short source-named lines after the article's text ("<div class='source'>Theo K14</div>")."""
    content = content_of(page)
    if content is None:
        return []
    ts = content.stats
    out: list[str] = []
    for el in _after_headline(content):
        if not el.attrib or not 0 < ts[el].chars <= BYLINE_CHARS:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if ("source" in names or "nguon" in names) and not _in_furniture(el, content):
            out.append(clean(el.text_content()))
    return out
