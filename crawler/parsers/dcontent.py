"""The ".htm + #dcontent" CMS: baophutho.vn, baothanhhoa.vn.

MODELLED: no real page of either site was available. What is known, and from where:

- shared/reference/SELECTORS.md §A5 and CMS.md (crawler code S4/S1, not HTML): title ``h1.pTitle``,
  sapo ``p.pHead``, body ``#dcontent``, article URLs ``/<slug>-<id>.htm`` (also seen as real links in
  other repositories, e.g. baothanhhoa.vn ``/…-253559.htm``, baophutho.vn ``/…-234313.htm``); "part of
  some articles is JS-encrypted".
- the S4 crawler's own notes (public code, found by code search): baophutho and baothanhhoa share the
  CMS; in about half of baophutho's articles part of ``#dcontent`` is an encoded blob that an inline
  script decodes in the browser; the crawler drops lines of 60+ base64 characters. Another public
  crawler reads baophutho's date from ``article:published_time``, else an element whose class holds
  ``pdate``, ``stime`` or ``date-detail``. A sister CMS with the same "p" class names (vietstock.vn)
  has ``p.pAuthor``, ``p.pSource``, ``p.pPublishTimeSource`` and keeps ``p.pTitle``/``p.pHead`` inside
  the body container.
- assumed, with no evidence (the fixtures model them): the date line "Thứ sáu, 05/12/2025 | 09:15",
  image tables with ``td.pCaption``, breadcrumb ``div.breadcrumb``, tags ``div.tags``.

Rules of the family: the encoded part is not text and is never in ``body`` or ``body_html``; the
readable part before (and after) it is kept. The parser does not decode it.
"""

from __future__ import annotations

import copy
import re
from typing import Any, ClassVar

from ..text import clean
from .base import ArticleParser
from .body import Body, extract_body
from .page import Page

__all__ = ["PARSER", "DContentParser"]

# An encoded blob: tokens of base64-like characters only (wrapped lines become spaces), one of them
# long, 60 characters in all. Vietnamese text has diacritics and short words; a URL has ":" and ".".
_BLOB_TOKEN = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_MIN_BLOB = 60
_MIN_LONGEST = 40


def is_blob(text: str | None) -> bool:
    """True for an encoded/encrypted string (base64 and the like), never for Vietnamese text."""
    if not text:
        return False
    tokens = text.split()
    if sum(map(len, tokens)) < _MIN_BLOB or max(map(len, tokens)) < _MIN_LONGEST:
        return False
    return all(_BLOB_TOKEN.fullmatch(t) for t in tokens) and not "".join(tokens).isalpha()


class DContentParser(ArticleParser):
    family: ClassVar[str] = "dcontent"
    # "/<slug>-<id>.htm"; older baothanhhoa links "/<cat>/<slug>/<id>.htm"
    url_pattern: ClassVar[str] = (
        r"/[a-z0-9]+(?:-[a-z0-9]+)+-\d{4,}\.htm(?:$|[?#])"
        r"|/[a-z0-9-]+/[a-z0-9-]+/\d{4,}\.htm(?:$|[?#])"
    )
    fingerprints: ClassVar[tuple[str, ...]] = ('id="dcontent"', "pTitle", "pHead", "pAuthor")
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.pTitle, p.pTitle",
        "sapo": "p.pHead, h2.pHead, div.pHead",
        "body": "div#dcontent",
        "date": "span.pdate, div.pdate, p.pPublishTimeSource, span.stime, div.date-detail",
        "tags": "div.tags a, div.tag-detail a",
        "category": "div.breadcrumb a, ul.breadcrumb a",
        "byline": "p.pAuthor, p.pSource",
        "remove": "h1.pTitle, p.pTitle, p.pHead, p.pPublishTimeSource",
        "caption": "td.pCaption, p.pCaption",
    }

    def body(self, page: Page) -> Body | None:
        container = page.first(self.sel.get("body"))
        if container is None:
            return None
        # A copy: the lead may sit inside #dcontent and is read by sapo() after the body.
        container = copy.deepcopy(container)
        _drop_blobs(container)
        return extract_body(
            page, container, remove=self.sel.get("remove"), caption=self.sel.get("caption"),
            byline_selector=self.sel.get("byline"), byline_lines=self.byline_lines,
        )


def _drop_blobs(container: Any) -> None:
    """Take the encoded part out: elements whose whole text is a blob, and blob text between elements."""
    for el in list(container.iterdescendants()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("script", "style"):
            continue
        if el.find(".//img") is None and is_blob(clean(el.text_content())):
            parent = el.getparent()
            tail = el.tail
            prev = el.getprevious()
            parent.remove(el)
            if tail and not is_blob(clean(tail)):
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    for el in container.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and is_blob(clean(el.text)):
            el.text = None
        if el is not container and is_blob(clean(el.tail)):
            el.tail = None


PARSER = DContentParser
