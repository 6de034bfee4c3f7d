"""A page parsed once: the lxml tree, its meta tags and its JSON-LD, shared by every field method."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector
from ..charset import to_utf8
from ..text import clean

__all__ = ["Page", "PageError", "absolute_url", "branches", "css"]

# Bigger than any article; a larger document is cut here rather than parsed whole.
MAX_HTML_BYTES = 8 * 1024 * 1024

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportage",
    "analysisnewsarticle",
    "blogposting",
    "webpage",
    "reportagenewsarticle",
    "opinionnewsarticle",
    # schema.org's other kinds of news article
    "liveblogposting",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "satiricalarticle",
}


class PageError(ValueError):
    """The input cannot be read as an HTML page (empty, binary, not HTML)."""


@lru_cache(maxsize=1024)
def css(selector: str) -> CSSSelector:
    """Compile a CSS selector once (cached): selectors are strings in declarations, XPath at run time."""
    return CSSSelector(selector, translator="html")


# huge_tree: without it libxml2 stops at depth 256 and silently drops the rest of a deeply nested page
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                    huge_tree=True)
# Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python call for each element
# object made (its form classes, FormElement and the like, serve nothing here)
_HTML_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
))


@lru_cache(maxsize=2048)
def branches(selector: str) -> tuple[str, ...]:
    """A selector list split into its branches (not inside quotes, brackets or parentheses)."""
    out, depth, quote, start = [], 0, "", 0
    for i, c in enumerate(selector):
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(selector[start:i].strip())
            start = i + 1
    out.append(selector[start:].strip())
    return tuple(b for b in out if b)


# A start tag longer than this is no markup anyone wrote: libxml2 checks each attribute against all the
# earlier ones of its element (quadratic), so 200,000 attributes take over a minute to parse. Such a tag
# keeps its name and loses its attributes.
_HUGE_TAG_CHARS = 20_000
_HUGE_TAG = re.compile(rb"<([a-zA-Z][a-zA-Z0-9]{0,30})[^<>]{%d,}>" % _HUGE_TAG_CHARS)


def _may_hold_a_huge_tag(data: bytes) -> bool:
    """False when no run of ``_HUGE_TAG_CHARS`` bytes lacks both "<" and ">" (then no tag is that long).

    Such a run holds a whole aligned window of half its length: a few ``find`` calls per window
    (memchr speed) spare the regex's walk through every tag of the page."""
    window = _HUGE_TAG_CHARS // 2
    for start in range(0, len(data) - window + 1, window):
        end = start + window
        if data.find(b">", start, end) < 0 and data.find(b"<", start, end) < 0:
            return True
    return False


def _to_utf8(html: str | bytes) -> bytes:
    """The page as UTF-8 bytes for the parser (``crawler.charset``: decoded only when it is not UTF-8),
    absurd tags defused."""
    if isinstance(html, str):
        data = html[:MAX_HTML_BYTES].encode("utf-8", "surrogatepass")
    else:
        html = html[:MAX_HTML_BYTES]
        if b"\x00" in html[:2048] and not html.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise PageError("binary content, not an HTML page")
        data = to_utf8(html)
    return _HUGE_TAG.sub(rb"<\1>", data) if len(data) > _HUGE_TAG_CHARS and _may_hold_a_huge_tag(data) else data


def absolute_url(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base``; None for empty, ``data:``, ``javascript:`` or malformed values."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("data:", "javascript:", "#", "about:", "blob:")):
        return None
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None


class Page:
    """An HTML page and its URL, parsed once.

    Field methods of every parser read from one ``Page``: the tree (``root``), the meta tags by
    lower-cased name/property/itemprop (``meta``), and the JSON-LD objects (``jsonld``).
    """

    def __init__(self, html: str | bytes, url: str) -> None:
        self.url = url
        data = _to_utf8(html)
        if not data.strip():
            raise PageError("empty page")
        try:
            root = lxml.html.document_fromstring(data, parser=_HTML_PARSER)
        except (lxml.etree.ParserError, ValueError) as exc:
            raise PageError(f"not an HTML page: {exc}") from exc
        if root is None:
            raise PageError("empty page")
        self.root: lxml.html.HtmlElement = root

    # --- selection ---------------------------------------------------------------------------

    def select(self, selector: str | None, root: Any = None) -> list[Any]:
        if not selector:
            return []
        return css(selector)(self.root if root is None else root)

    def select_preferred(self, selector: str | None, root: Any = None) -> list[Any]:
        """The matches of the first branch that matches: a field's selector list is in order of preference."""
        if not selector:
            return []
        for branch in branches(selector):
            found = css(branch)(self.root if root is None else root)
            if found:
                return found
        return []

    def first(self, selector: str | None, root: Any = None) -> Any | None:
        found = self.select_preferred(selector, root)
        return found[0] if found else None

    def text_of(self, selector: str | None, root: Any = None) -> str:
        el = self.first(selector, root)
        return clean(el.text_content()) if el is not None else ""

    def texts_of(self, selector: str | None, root: Any = None) -> list[str]:
        return [t for t in (clean(el.text_content()) for el in self.select_preferred(selector, root)) if t]

    def attr_of(self, selector: str | None, attr: str) -> str:
        for el in self.select(selector):
            value = el.get(attr)
            if value and value.strip():
                return value.strip()
        return ""

    def absolute(self, href: str | None) -> str | None:
        return absolute_url(self.base_url, href)

    @cached_property
    def base_url(self) -> str:
        for el in self.root.iterfind(".//base[@href]"):
            url = absolute_url(self.url, el.get("href"))
            if url:
                return url
        return self.url

    # --- metadata ----------------------------------------------------------------------------

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            for key_attr in ("property", "name", "itemprop", "http-equiv"):
                key = el.get(key_attr)
                if key:
                    out.setdefault(key.strip().lower(), []).append(content)
        return out

    def meta_first(self, *names: str) -> str:
        for name in names:
            for value in self.meta.get(name, ()):
                value = clean(value)
                if value:
                    return value
        return ""

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        objects: list[dict[str, Any]] = []
        for script in self.root.iterfind('.//script[@type="application/ld+json"]'):
            raw = (script.text or "").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw)
            except ValueError:
                # Common breakage: trailing commas, raw newlines in strings.
                try:
                    data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")), strict=False)
                except (ValueError, RecursionError):
                    continue
            except RecursionError:  # absurdly deep nesting: not metadata anyone wrote by hand
                continue
            try:
                objects.extend(_flatten_ld(data))
            except RecursionError:
                continue
        return objects

    @cached_property
    def article_ld(self) -> dict[str, Any]:
        best: dict[str, Any] = {}
        for obj in self.jsonld:
            types = {t.lower() for t in _as_list(obj.get("@type")) if isinstance(t, str)}
            if types & ARTICLE_TYPES:
                if "webpage" in types and best:
                    continue
                best = obj
                if "webpage" not in types:
                    break
        return best

    def ld_text(self, key: str) -> str:
        value = self.article_ld.get(key)
        if isinstance(value, list):
            value = value[0] if value else ""
        return clean(value) if isinstance(value, str) else ""

    @cached_property
    def ld_breadcrumb(self) -> list[str]:
        for obj in self.jsonld:
            if "BreadcrumbList" in _as_list(obj.get("@type")):
                items = [i for i in _as_list(obj.get("itemListElement")) if isinstance(i, dict)]
                items.sort(key=lambda i: _int(i.get("position")))
                names = []
                for i in items:
                    name = i.get("name")
                    item = i.get("item")
                    if not name and isinstance(item, dict):
                        name = item.get("name")
                    if isinstance(name, str) and clean(name):
                        names.append(clean(name))
                return names
        return []

    @cached_property
    def _ld_by_id(self) -> dict[str, dict[str, Any]]:
        """The JSON-LD nodes by their ``@id`` (a graph names an article's author by reference)."""
        return {obj["@id"]: obj for obj in self.jsonld if isinstance(obj.get("@id"), str)}

    def ld_people(self, key: str = "author") -> list[str]:
        names = []
        for person in _as_list(self.article_ld.get(key)):
            if isinstance(person, dict) and "name" not in person and isinstance(person.get("@id"), str):
                person = self._ld_by_id.get(person["@id"], person)  # {"@id": …}: the node of the graph
            if isinstance(person, dict):
                if "Organization" in _as_list(person.get("@type")):
                    continue
                person = person.get("name")
            if isinstance(person, str) and clean(person):
                names.append(clean(person))
        return names

    @cached_property
    def canonical_url(self) -> str:
        for el in self.root.iterfind(".//link[@rel]"):
            if el.get("rel", "").lower() == "canonical":
                url = self.absolute(el.get("href"))
                if url:
                    return url
        og = self.absolute(self.meta_first("og:url"))
        return og or self.url

    @cached_property
    def language(self) -> str:
        lang = self.root.get("lang") or self.meta_first("content-language", "og:locale", "language")
        lang = (lang or "").strip().lower().replace("_", "-")
        if lang:
            return lang.split("-")[0][:8]
        return "vi"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return 0


def _flatten_ld(data: Any) -> Iterable[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])
        if "@type" in data:
            yield data
            # a WebPage whose mainEntity is the article ({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"…}})
            entity = data.get("mainEntity")
            if isinstance(entity, dict | list):
                yield from _flatten_ld(entity)
