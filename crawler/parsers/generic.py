"""The generic parser: any page no family claims.

The body is found by our own extractor (:mod:`crawler.parsers.extract`: blocks of prose vote for the
box that holds them, furniture inside is left out) and read by the shared body walk, with the same
caption, byline and source rules as every family. trafilatura is the last resort, for a page where
our extractor finds no prose at all; the item then says so (``extraction`` "generic (trafilatura)").
"""

from __future__ import annotations

import copy
import html as htmllib
import re
from typing import Any, ClassVar

import lxml.html

from ..dates import ParsedDate
from ..text import byline_names, is_outlet, parse_byline
from .base import HOME_WORDS, ArticleParser, page_offset
from .body import Body, extract_body
from .extract import content_of
from .extract.evidence import breadcrumb, byline_texts, linked_tags, source_texts, visible_dates
from .extract.headline import visible_title
from .page import Page

__all__ = ["GenericParser", "extracted_body", "fallback_body", "trafilatura_body"]

#: a CMS account's login ("admin", "kei_eno"), not a person's name (an agency's "dpa" is shorter)
_LOGIN = re.compile(r"[a-z][a-z0-9._-]{3,}|\S*[_\d]\S*")
_MD_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)$")


def extracted_body(page: Page) -> Body | None:
    """The article's body by our extractor, or None when the page holds no prose."""
    content = content_of(page)
    if content is None:
        return None
    body = extract_body(page, content.container)
    body.lead = content.lead
    return body if body.paragraphs else None


def fallback_body(page: Page) -> Body:
    """Our extractor's body, else trafilatura's (``Body.extractor`` says which)."""
    body = extracted_body(page)
    if body is not None:
        return body
    body = trafilatura_body(page)
    body.extractor = "trafilatura"
    return body


def trafilatura_body(page: Page) -> Body:
    """The page's main text by trafilatura, read into a :class:`Body` (paragraphs, images, byline)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        copy.deepcopy(page.root),
        url=page.url,
        include_comments=False,
        include_tables=True,
        include_images=True,
        with_metadata=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) or (doc.get("text") if isinstance(doc, dict) else None) or ""
    parts: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _MD_IMAGE.match(line)
        if m:
            parts.append(f'<p><img src="{htmllib.escape(m["src"])}" alt="{htmllib.escape(m["alt"])}"></p>')
        else:
            parts.append(f"<p>{htmllib.escape(line, quote=False)}</p>")
    container: Any = lxml.html.fragment_fromstring("<div>" + "".join(parts) + "</div>")
    return extract_body(page, container)


class GenericParser(ArticleParser):
    family: ClassVar[str] = "generic"
    #: the common shape of Vietnamese news article URLs: a slug of four words or more and a numeric id
    #: ("/ten-bai-viet-dai-123456.html", ".htm", ".aspx", ".chn", "/…-123456/"); a site whose CMS is
    #: known gets its family's exact pattern instead
    url_pattern: ClassVar[str] = r"/[a-z0-9]+(?:-[a-z0-9]+){3,}-[a-z]{0,4}\d{4,}(?:\.[a-z]{2,5})?/?(?:$|[?#])"
    selectors: ClassVar[dict[str, str | None]] = {}

    # Every field reads what the page prints where the article is (the visible evidence, see
    # crawler.parsers.extract.evidence) before what its metadata claims (the base class fallbacks).

    def title(self, page: Page) -> str:
        """The visible headline (an SEO ``og:title`` the page does not print does not replace it)."""
        content = content_of(page)
        return visible_title(page, content.headline if content else None)

    def authors(self, page: Page) -> list[str]:
        """JSON-LD's people (the body's last lines come next, then ``visible_authors``)."""
        names = [n for n in page.ld_people("author") if not is_outlet(n) and not _LOGIN.fullmatch(n)]
        names = [a for n in names for a in (byline_names(n) or [n])]
        return list(dict.fromkeys(names))

    def visible_authors(self, page: Page) -> list[str]:
        """The byline printed around the article ("By …", "Von: …", an author box, a name under the text)."""
        for pieces in byline_texts(page):
            found = [name for text in pieces for name in byline_names(text)]
            if found:
                return list(dict.fromkeys(found))
        return []

    def visible_source(self, page: Page) -> str | None:
        """The outlet a source line printed after the article names ("Theo K14" in its own box)."""
        for text in source_texts(page):
            found = parse_byline(text, styled=True)
            if found.source or found.authors:
                return found.source or found.authors[0]
        return None

    def tags(self, page: Page) -> list[str]:
        """The tags the article links to (the keywords meta is often the site's own list)."""
        return linked_tags(page)

    def category(self, page: Page) -> list[str]:
        """The breadcrumb: JSON-LD's, else the one the page prints (``article:section``, the
        fallback, is often the same word on every page)."""
        return [c for c in page.ld_breadcrumb if not HOME_WORDS.match(c)] or breadcrumb(page)

    def published(self, page: Page) -> tuple[ParsedDate | None, str]:
        """The metadata's date, else the date printed next to the headline (which also gives the
        time of day to a date-only metadata date); the page's first ``<time>`` element last, since
        it may be a sidebar story's."""
        raws = self._machine_raws(page, "published")
        machine = self._machine_dates_of(page, raws[:-1])
        if machine and machine[0][1].has_time:
            raw, found = machine[0]
            return found, raw  # the metadata's date to the minute: nothing printed adds to it
        visible = page_offset(visible_dates(page, True if self.mdy else None), page, self)
        first_time = self._machine_dates_of(page, raws[-1:])
        return self._best_date(machine + visible + first_time)
PARSER = GenericParser
