"""The article parser every CMS family builds on.

A family is a subclass that sets ``family``, ``url_pattern`` and ``selectors`` (CSS strings, compiled
once and cached). Each field has a method: it reads the family's selector first and, where that
finds nothing, the page's metadata (JSON-LD, OpenGraph, article meta). The fields that had to fall
back are reported, so a maintainer sees at once which selectors a site's markup no longer matches.

A site declaration may override any selector (``Site.overrides``) without writing a class.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from ..dates import VN_TZ, ParsedDate, find_event_date, parse_date_info, to_iso
from ..items import new_item
from ..text import byline_names, clean, decode_entities, is_outlet, parse_byline, split_credit, split_names
from .body import Body, extract_body, image_url
from .extract.evidence import breadcrumb, visible_dates
from .page import Page

__all__ = ["ArticleParser", "ParseResult"]

# Meta names that carry tags or keywords, in order of trust.
TAG_META = ("news_keywords", "keywords", "article:tag", "its_tag")
HOME_WORDS = re.compile(r"(?i)^(?:trang chủ|home|trang nhất)$")
DOC_EXT = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)(?:$|[?#])")


@dataclass
class ParseResult:
    item: dict[str, Any]
    fallbacks: list[str] = field(default_factory=list)
    """Fields the family's selectors did not find, filled from metadata or a generic method."""


class ArticleParser:
    """Generic-capable base: with no selectors it reads only metadata; families add selectors."""

    family: ClassVar[str] = "base"
    #: article URLs of this family (a spider follows links that match)
    url_pattern: ClassVar[str | None] = None
    #: default selectors; keys: title, sapo, body, date, modified, authors, tags, category,
    #: lead_image, attachments, remove (junk inside the body), caption (caption elements),
    #: byline (elements inside the body that hold the byline)
    selectors: ClassVar[dict[str, str | None]] = {}
    #: paragraphs at the end of the body read as a byline
    byline_lines: ClassVar[int] = 3
    #: the site prints M/D/Y dates (very rare in Vietnam)
    mdy: ClassVar[bool] = False
    #: markers in a page's source (class names, asset paths, generator names) that identify this CMS
    #: on a site nobody declared; two found are enough
    fingerprints: ClassVar[tuple[str, ...]] = ()

    def __init__(self, overrides: dict[str, str | None] | None = None) -> None:
        self.sel: dict[str, str | None] = {**self.selectors, **(overrides or {})}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} family={self.family!r}>"

    # --- entry points ------------------------------------------------------------------------

    def parse(self, html: str | bytes, url: str, **context: Any) -> dict[str, Any]:
        return self.parse_with_report(html, url, **context).item

    def parse_with_report(
        self,
        html: str | bytes,
        url: str,
        *,
        site: str | None = None,
        province: str | None = None,
        fetched_at: datetime | None = None,
    ) -> ParseResult:
        page = Page(html, url)
        fallbacks: list[str] = []
        item = new_item()
        item.update(url=url, site=site, province=province, extraction=self.family)
        item["canonical_url"] = page.canonical_url
        item["language"] = page.language

        item["title"] = self._or_fallback("title", self.title(page), lambda: self.meta_title(page), fallbacks)
        body = self.body(page)
        if body is None:
            if self.sel.get("body"):
                fallbacks.append("body")
            body = self.fallback_body(page)
        if body.extractor:
            item["extraction"] = f"{self.family} ({body.extractor})"
        item["body"] = body.text
        item["body_html"] = body.html
        item["sapo"] = self._or_fallback("sapo", self.sapo(page, body), lambda: self.meta_sapo(page, body), fallbacks)

        images = body.images
        lead = self.lead_image(page)
        if lead and all(lead["url"] != im["url"] for im in images):
            images = [lead, *images]
        item["images"] = images

        authors = self.authors(page) or body.authors or self.visible_authors(page)
        if not authors:
            authors = self.meta_authors(page)
            if authors:
                fallbacks.append("authors")
        item["authors"] = authors
        item["source"] = body.source or self.visible_source(page)

        published, raw = self.published(page)
        if published is None:
            published, raw = self.meta_published(page)
            if published is None:
                published, raw = self._best_date(page_offset(visible_dates(page, self.mdy or None), page, self))
            if published is not None and self.sel.get("date"):
                fallbacks.append("published_at")
        item["published_at"] = to_iso(published.value) if published else None
        item["published_raw"] = raw
        modified = self.modified(page)
        item["modified_at"] = to_iso(modified.value) if modified else None

        # The event's day is in the opening sentence: the separate lead, else the body's first paragraph.
        base = published.value if published else fetched_at
        event = None
        for opening in (item["sapo"], body.paragraphs[0] if body.paragraphs else ""):
            event = find_event_date(opening, base) if opening else None
            if event:
                break
        item["event_date"] = event.isoformat() if event else None

        item["tags"] = self._or_fallback("tags", self.tags(page), lambda: self.meta_tags(page), fallbacks)
        item["category"] = self._or_fallback(
            "category", self.category(page), lambda: self.meta_category(page), fallbacks
        )
        item["attachments"] = self.attachments(page)
        item["fetched_at"] = to_iso((fetched_at or datetime.now(VN_TZ)).astimezone(VN_TZ))
        item["content_hash"] = content_hash(item)
        return ParseResult(item, fallbacks)

    def _or_fallback(self, name: str, value: Any, fallback: Any, fallbacks: list[str]) -> Any:
        if value:
            return value
        value = fallback()
        if value and self.sel.get(name):
            fallbacks.append(name)
        return value

    # --- fields: family selectors ---------------------------------------------------------------

    def title(self, page: Page) -> str:
        return page.text_of(self.sel.get("title"))

    def sapo(self, page: Page, body: Body) -> str:
        """The lead element's text; else the lead the generic extractor found set apart."""
        text = page.text_of(self.sel.get("sapo")) or body.lead
        return re.sub(r"^\s*[-–—:]\s*", "", text)

    def body(self, page: Page) -> Body | None:
        container = page.first(self.sel.get("body"))
        if container is None:
            return None
        # The walk cleans its container; a copy leaves the page whole for the fields read after it
        # (a lead, date or byline inside the body container).
        return extract_body(
            page, copy.deepcopy(container), remove=self.sel.get("remove"), caption=self.sel.get("caption"),
            byline_selector=self.sel.get("byline"), byline_lines=self.byline_lines,
        )

    def authors(self, page: Page) -> list[str]:
        names: list[str] = []
        for text in page.texts_of(self.sel.get("authors")):
            # an author element holds a byline: "Bài và ảnh: A - B", "Tác giả: A", or just names
            found = parse_byline(text, styled=True).authors or split_names(text)
            for name in found:
                if name not in names and not is_outlet(name):
                    names.append(name)
        return names

    def visible_source(self, page: Page) -> str | None:
        """The outlet a source line printed around the article names, read when the body's last
        lines name none (the generic parser reads the page for it)."""
        return None

    def visible_authors(self, page: Page) -> list[str]:
        """People a byline printed around the article names, read when neither the family's author
        selector nor the body's last lines name anyone (the generic parser reads the page for them)."""
        return []

    def tags(self, page: Page) -> list[str]:
        return _unique(t.lstrip("#").strip(" ,;") for t in page.texts_of(self.sel.get("tags")))

    def category(self, page: Page) -> list[str]:
        return _unique(t.lstrip(">»/ ").strip() for t in page.texts_of(self.sel.get("category")) if not HOME_WORDS.match(t))

    def lead_image(self, page: Page) -> dict[str, Any] | None:
        el = page.first(self.sel.get("lead_image"))
        if el is None:
            return None
        img = el if el.tag == "img" else el.find(".//img")
        if img is None:
            return None
        url = image_url(page, img)
        if not url:
            return None
        cap_el = el.find(".//figcaption") if el.tag != "img" else None
        caption = clean(cap_el.text_content()) if cap_el is not None else clean(img.get("cms-photo-caption"))
        caption, credit = split_credit(caption)
        return {"url": url, "caption": caption or None, "credit": credit}

    def attachments(self, page: Page) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        selector = self.sel.get("attachments")
        links = page.select(selector) if selector else []
        if selector is None:
            body = page.first(self.sel.get("body"))
            links = [a for a in body.iter("a") if DOC_EXT.search(a.get("href") or "")] if body is not None else []
        anchors = [a for el in links for a in ([el] if el.tag == "a" else el.iter("a"))]
        for a in anchors:
            url = page.absolute(a.get("href"))
            if url and all(url != o["url"] for o in out):
                out.append({"url": url, "title": clean(a.text_content()) or clean(a.get("title")) or None})
        return out

    def published(self, page: Page) -> tuple[ParsedDate | None, str]:
        """The most reliable publication date: machine-readable first, visible text for precision."""
        return self._best_date(self._machine_dates(page, "published") + self._visible_dates(page, "date"))

    def modified(self, page: Page) -> ParsedDate | None:
        found, _ = self._best_date(self._machine_dates(page, "modified") + self._visible_dates(page, "modified"))
        return found

    # --- fields: metadata fallbacks ----------------------------------------------------------------

    def meta_title(self, page: Page) -> str:
        title = decode_entities(page.ld_text("headline") or page.meta_first("og:title", "twitter:title"))
        if not title:
            title = page.text_of("h1") or page.text_of("title")
        return title

    def meta_sapo(self, page: Page, body: Body) -> str:
        desc = page.ld_text("description") or page.meta_first("og:description", "description", "twitter:description")
        desc = decode_entities(desc)
        site_name = page.meta_first("og:site_name")
        for suffix in (site_name, "VnExpress"):
            if suffix and desc.endswith(f" - {suffix}"):
                desc = desc[: -len(suffix) - 3].rstrip()
        return desc

    def meta_authors(self, page: Page) -> list[str]:
        """JSON-LD's or the author meta's people, read like a byline ("Theo X" names X; an outlet or
        a vendor is nobody)."""
        # every author meta (a page may give the outlet's first, the reporter's next)
        names = page.ld_people("author") or [clean(v) for key in ("author", "article:author", "dc.creator")
                                              for v in page.meta.get(key, ())]
        names = [decode_entities(n) for n in names if n and not n.startswith("http")]
        return list(dict.fromkeys(a for n in names for a in byline_names(n)))

    def meta_tags(self, page: Page) -> list[str]:
        for name in TAG_META:
            values = page.meta.get(name)
            if values:
                tags = _unique(t.strip() for v in values for t in re.split(r"[,;]", clean(v)))
                if tags:
                    return tags
        return []

    def meta_category(self, page: Page) -> list[str]:
        """JSON-LD's breadcrumb, else the one the page prints, else ``article:section`` (often the
        same word, "News", on every page of a site)."""
        crumbs = [c for c in page.ld_breadcrumb if not HOME_WORDS.match(c)] or breadcrumb(page)
        if crumbs:
            return crumbs
        section = page.meta_first("article:section")
        return [section] if section else []

    def meta_published(self, page: Page) -> tuple[ParsedDate | None, str]:
        return self._best_date(self._machine_dates(page, "published"))

    def fallback_body(self, page: Page) -> Body:
        """The family's body selector found nothing: the generic main-text extractor reads the page."""
        from .generic import fallback_body

        return fallback_body(page)

    # --- dates ------------------------------------------------------------------------------------

    def _machine_dates(self, page: Page, kind: str) -> list[tuple[str, ParsedDate]]:
        return self._machine_dates_of(page, self._machine_raws(page, kind))

    def _machine_dates_of(self, page: Page, raws: list[str]) -> list[tuple[str, ParsedDate]]:
        out = []
        for raw in raws:
            raw = clean(raw)
            if raw:
                parsed = parse_date_info(raw, mdy=self.mdy)
                if parsed:
                    out.append((raw, parsed))
        return page_offset(out, page, self)

    def _machine_raws(self, page: Page, kind: str) -> list[str]:
        if kind == "published":
            raws = [page.ld_text("datePublished"), page.meta_first("article:published_time"),
                    page.meta_first("datepublished", "pubdate", "og:published_time", "dc.date.issued",
                                    "dc.date", "date", "publishdate")]
            return raws + [next((t.get("datetime") for t in page.root.iter("time") if t.get("datetime")), "")]
        return [page.ld_text("dateModified"), page.meta_first("article:modified_time", "og:updated_time",
                                                             "datemodified", "lastmod", "dc.date.modified")]

    def _visible_dates(self, page: Page, key: str) -> list[tuple[str, ParsedDate]]:
        out = []
        for raw in page.texts_of(self.sel.get(key))[:3]:
            parsed = parse_date_info(raw, mdy=self.mdy)
            if parsed:
                out.append((raw, parsed))
        return out

    @staticmethod
    def _best_date(candidates: list[tuple[str, ParsedDate]]) -> tuple[ParsedDate | None, str]:
        """The first candidate, unless it has no time of day and a later one gives the time on the same day."""
        if not candidates:
            return None, ""
        raw, first = candidates[0]
        if not first.has_time:
            day = first.value.date()
            for other_raw, other in candidates[1:]:
                if other.has_time and other.value.date() == day:
                    return other, other_raw
        return first, raw


_OFFSET = re.compile(r"\d(?:Z|[+-]\d\d:?\d\d)\s*$|\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b")


def has_offset(raw: str) -> bool:
    """Does a date string say its own offset ("…+02:00", "…Z", "(GMT+7)", "CEST")?"""
    return bool(_OFFSET.search(raw.strip()))


def page_offset(found: list[tuple[str, ParsedDate]], page: Page, parser: ArticleParser) -> list[tuple[str, ParsedDate]]:
    """Machine dates written without an offset take the offset the page's other machine dates give
    ("2024-04-26 20:44" beside "2024-04-27T08:00:00+02:00" is 20:44 at +02:00); with none to go by
    they stay Vietnam time."""
    if all(has_offset(raw) for raw, _ in found) or not found:
        return found
    offset = None
    for raw in parser._machine_raws(page, "published") + parser._machine_raws(page, "modified"):
        raw = clean(raw)
        if raw and has_offset(raw):
            parsed = parse_date_info(raw, mdy=parser.mdy)
            if parsed is not None:
                offset = _offset_of(raw)
                break
    if offset is None:
        return found
    out = []
    for raw, parsed in found:
        if not has_offset(raw) and parsed.has_time:
            value = parsed.value.replace(tzinfo=offset).astimezone(VN_TZ)
            parsed = ParsedDate(value, parsed.has_time, parsed.method)
        out.append((raw, parsed))
    return out


def _offset_of(raw: str) -> Any:
    """The tzinfo of an ISO-like date string with an offset (None when it cannot be read)."""
    text = raw.strip().replace("Z", "+00:00")
    m = re.search(r"([+-])(\d\d):?(\d\d)$", text)
    if not m:
        return None
    from datetime import timedelta, timezone

    sign = 1 if m.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))


def content_hash(item: dict[str, Any]) -> str:
    text = "\n".join((item.get("title") or "", item.get("sapo") or "", item.get("body") or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unique(values: Any) -> list[str]:
    out: list[str] = []
    for v in values:
        v = clean(v)
        if v and v not in out:
            out.append(v)
    return out
