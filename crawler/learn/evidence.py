"""What each page says about itself, before any selector: the answers the learner looks for in the DOM.

The page's metadata (JSON-LD, OpenGraph, article meta) names its title, lead, dates, authors, tags,
breadcrumb and lead image; the generic extractor's answer gives the body's paragraphs. None of these
depends on the site's class names, so they hold after a redesign: the learner then looks for the
elements that give the same answers, and keeps the selectors that do so on every page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

from ..dates import ParsedDate, parse_date_info
from ..parsers import family_class
from ..parsers.base import DOC_EXT, HOME_WORDS, TAG_META
from ..parsers.body import image_url
from ..parsers.page import Page
from ..text import clean, is_outlet

__all__ = ["PageEvidence", "norm", "same_date", "same_image", "slugify", "squash", "visible"]

#: tags that sit inside a paragraph's text
INLINE = frozenset(["a", "abbr", "b", "br", "cite", "code", "em", "font", "i", "img", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr"])
_SKIP = ("script", "style", "noscript", "template", "head", "title", "meta", "link")


def norm(text: str | None) -> str:
    """Text compared across sources: cleaned, case and spacing ignored, a leading dash dropped."""
    return re.sub(r"\s+", " ", re.sub(r"^\s*[-–—:]\s*", "", clean(text))).strip().casefold()


def squash(text: str | None) -> str:
    """Text with no spaces or punctuation at all: an element's ``text_content`` glues words an
    extractor separates (``<br>``, adjacent blocks), so text is found inside text this way."""
    return re.sub(r"[\W_]+", "", clean(text)).casefold()


def slugify(text: str | None) -> str:
    """"Xã Tân Phú Đông họp" → "xa-tan-phu-dong-hop": how CMSs put a title into an article's address."""
    text = unicodedata.normalize("NFKD", clean(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def same_date(found: ParsedDate | None, wanted: ParsedDate | None) -> bool:
    """A visible date agrees with another: the same day, and the same minute when both have a time."""
    if found is None or wanted is None:
        return False
    a, b = found.value, wanted.value
    if a.date() != b.date():
        return False
    return not (found.has_time and wanted.has_time) or (a.hour, a.minute) == (b.hour, b.minute)


def same_image(a: str | None, b: str | None) -> bool:
    """Two image addresses of one picture: equal, or a size variant in the same folder (``…/abc/thumb.jpg``
    for ``…/abc/photo.jpg``, ``photo-300x200.jpg`` for ``photo.jpg``), as CMSs make og:image thumbnails."""
    if not a or not b:
        return False
    if a == b:
        return True
    pa, pb = urlsplit(a).path, urlsplit(b).path
    da, db = pa.rsplit("/", 1)[0], pb.rsplit("/", 1)[0]
    if da == db and da.count("/") >= 2 and len(da.rsplit("/", 1)[-1]) >= 16:
        return True  # a folder per picture (a long hash): every file in it is the picture
    strip = re.compile(r"(?:[-_]\d{2,4}x\d{2,4})?(?:\.[a-z]{3,4})+$")
    return da == db and strip.sub("", pa) == strip.sub("", pb)


def visible(el: Any) -> bool:
    """An element of the page's content: not inside <head>, a script, a style or a template."""
    node = el
    while node is not None:
        if not isinstance(node.tag, str) or node.tag in _SKIP:
            return False
        node = node.getparent()
    return True


def _date(raw: str) -> ParsedDate | None:
    raw = clean(raw)
    return parse_date_info(raw) if raw else None


@dataclass
class PageEvidence:
    """One page, parsed once, with the answers its metadata and the generic extractor give."""

    html: bytes
    url: str
    page: Page = field(init=False)
    shown_date: ParsedDate | None = field(default=None, init=False)
    """the first date the page shows outside its body (set by the learner once it knows the body)"""

    def __post_init__(self) -> None:
        self.page = Page(self.html, self.url)

    @cached_property
    def title(self) -> str:
        return self.page.ld_text("headline") or self.page.meta_first("og:title", "twitter:title")

    @cached_property
    def slug(self) -> str:
        """The title as the address spells it (the longest hyphenated part of the path or query), or ""."""
        parts = urlsplit(self.url)
        words = re.split(r"[/?&=]", unquote(parts.path + "?" + parts.query).lower())
        words = [re.sub(r"(?:-[a-z]{0,4}\d{4,}|-[0-9a-f]{6,8})?(?:\.[a-z]{2,5})?$", "", w) for w in words]
        best = max(words, key=len, default="")
        return best if best.count("-") >= 3 else ""

    @cached_property
    def tag_links(self) -> list[str]:
        """Texts of the links to tag pages (``/tag/…``, ``/tu-khoa/…``, ``?tag=…``): the tags, when no meta names them."""
        out = []
        for a in self.page.root.iter("a"):
            href = unquote(a.get("href") or "").lower()
            text = clean(a.text_content()).lstrip("#").strip()
            if text and _TAG_HREF.search(href) and visible(a) and text not in out:
                out.append(text)
        return out

    @cached_property
    def description(self) -> str:
        return self.page.ld_text("description") or self.page.meta_first("og:description", "description",
                                                                         "twitter:description")

    @cached_property
    def published(self) -> ParsedDate | None:
        for raw in (self.page.ld_text("datePublished"), self.page.meta_first("article:published_time")):
            found = _date(raw)
            if found:
                return found
        return None

    @cached_property
    def modified(self) -> ParsedDate | None:
        for raw in (self.page.ld_text("dateModified"), self.page.meta_first("article:modified_time")):
            found = _date(raw)
            if found:
                return found
        return None

    @cached_property
    def authors(self) -> list[str]:
        names = self.page.ld_people("author") or [self.page.meta_first("author", "article:author")]
        return [n for n in names if n and not is_outlet(n) and not n.startswith("http")]

    @cached_property
    def keywords(self) -> list[str]:
        for name in TAG_META:
            tags = [clean(t) for v in self.page.meta.get(name, ()) for t in re.split(r"[,;]", v) if clean(t)]
            if tags:
                return list(dict.fromkeys(tags))
        return []

    @cached_property
    def crumbs(self) -> list[str]:
        crumbs = [c for c in self.page.ld_breadcrumb if not HOME_WORDS.match(c)]
        if crumbs:
            return crumbs
        section = self.page.meta_first("article:section")
        return [section] if section else []

    @cached_property
    def lead_image(self) -> str | None:
        og = self.page.meta_first("og:image")
        return self.page.absolute(og) if og else None

    @cached_property
    def paragraphs(self) -> list[str]:
        """The generic extractor's body, paragraph by paragraph (the site's classes play no part in it)."""
        item = family_class("generic")().parse_with_report(self.html, self.url, fetched_at=_NOON).item
        header = {squash(self.title), squash(self.description)}
        out = []
        for para in (item.get("body") or "").split("\n\n"):
            para = clean(_MD_IMAGE.sub(" ", para).replace("|", " "))
            if len(para) >= 20 and squash(para) not in header:
                out.append(para)
        return out

    @cached_property
    def documents(self) -> list[str]:
        """Addresses of the documents the page links (PDF, Word…): attachments, if any."""
        out = []
        for a in self.page.root.iter("a"):
            url = self.page.absolute(a.get("href"))
            if url and DOC_EXT.search(url) and visible(a) and url not in out:
                out.append(url)
        return out

    @cached_property
    def holders(self) -> list[tuple[Any, str, float]]:
        """The page's text holders (elements whose text no single child holds whole): (element, squashed
        text, share of it in links)."""
        out = []
        for el in self.elements():
            if el.tag in INLINE and el.getparent() is not None and el.getparent().tag not in ("body",):
                continue  # an inline piece: the block around it holds the text
            if any(isinstance(c.tag, str) and c.tag not in INLINE and clean(c.text_content()) for c in el):
                continue  # a block of blocks: its children hold the text
            text = clean(el.text_content())
            if not text:
                continue
            links = sum(len(clean(a.text_content())) for a in ([el] if el.tag == "a" else el.iter("a")))
            out.append((el, squash(text), links / len(text)))
        return out

    def article_keys(self, elsewhere: set[str]) -> list[str]:
        """Text of this page found on no other page (``elsewhere``) and not in links: the article, not
        the template; the generic extractor's paragraphs when the pages share everything."""
        header = {squash(self.title), squash(self.description)}
        keys = [k for _, k, links in self.holders
                if len(k) >= 25 and links < 0.5 and k not in elsewhere and k not in header]
        return keys or [squash(p) for p in self.paragraphs]

    def find_shown_date(self, container: Any | None) -> None:
        """The page's first visible date with a time of day outside ``container`` (else the first date):
        the publication date, when no metadata gives one."""
        first = None
        for el in self.elements():
            text = clean(el.text_content())
            if not text or len(text) > 80 or el.tag == "a" or any(
                    isinstance(c.tag, str) and clean(c.text_content()) == text for c in el):
                continue
            if container is not None and any(a is container for a in el.iterancestors()):
                continue
            found = parse_date_info(text)
            if found is not None and found.has_time:
                self.shown_date = found
                return
            first = first or found
        self.shown_date = first

    def elements(self) -> list[Any]:
        """Every content element of the page (body only), in document order."""
        body = self.page.root.find("body")
        root = body if body is not None else self.page.root
        return [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in _SKIP]

    def image_url(self, img: Any) -> str | None:
        return image_url(self.page, img)


_TAG_HREF = re.compile(r"/(?:tags?|tu-khoa|tukhoa|chu-de|keywords?|hashtag)[/-]|[?&](?:tags?|keyword)=")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_NOON = datetime(2025, 1, 1, 12, 0)
