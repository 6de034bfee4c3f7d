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

from .base import ArticleParser
from .body import Body, extract_body
from .extract import find_content
from .page import Page

__all__ = ["GenericParser", "extracted_body", "fallback_body", "trafilatura_body"]

_MD_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)$")


def extracted_body(page: Page) -> Body | None:
    """The article's body by our extractor, or None when the page holds no prose."""
    content = find_content(page)
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
    selectors: ClassVar[dict[str, str | None]] = {
        # a visible date line: only used to add the time of day to a date-only machine-readable date
        "date": "span.pubdate, span.date, div.date, p.date, span.time, div.time, span.post-date, div.post-date, "
                "span.publish-date, span.ngay-dang, span.date-time, div.date-time",
    }
PARSER = GenericParser
