"""The "b-maincontent" CMS (its scripts call themselves "onecms"): baohaiphong.vn, baonghean.vn,
baodanang.vn, hanoimoi.vn, congly.vn (and, in public crawler code, nguoiquansat.vn and
diendandoanhnghiep.vn).

MODELLED: no real page of any of these sites was available. What is known, and from where:

- shared/reference/SELECTORS.md §A4 and CMS.md (crawler code, not HTML): body
  ``(//div[contains(@class,"b-maincontent")])[1]`` (S4, for baohaiphong, baonghean, baodanang,
  hanoimoi); longform title ``.sc-longform-header-title(.block-sc-title)`` and sapo
  ``.sc-longform-header-sapo`` (S3/S4); baonghean body ``article.entry`` (S1); listing links
  ``h3.b-grid__title > a`` (S1, baodanang).
- public crawler code for sites of the same CMS (found by code search, not verified on HTML):
  ``p.sc-longform-header-sapo.block-sc-sapo``, ``span.sc-longform-header-date.block-sc-publish-time``
  read as ``dd/mm/YYYY - HH:MM``, ``.sc-longform-header-author``; a second (non-longform) header whose
  date is ``span.c-detail-head__time``; body ``article.entry`` (``entry entry-no-padding``) with
  ``div.sc-longform-header``, ``div.c-box`` and ``div.sc-empty-layer`` dropped from it; related-story
  lines starting with ">>" cut off the end of the text; listing ``ul.onecms__loading``.
- assumed, with no evidence (the fixtures model them): article URLs ``/<slug>-<id>.html``; the
  non-longform header's ``h1.c-detail-head__title`` / ``div.c-detail-head__sapo`` (by analogy with
  ``c-detail-head__time``); breadcrumb ``div.c-breadcrumbs``; tags ``div.c-tags``.

The header (title, sapo, author, date) may sit inside the body container (``article.entry``); the
body is read from a copy of the container so that those fields can still be read from the page.
"""

from __future__ import annotations

import copy
import re
from typing import Any, ClassVar

from ..text import clean, is_outlet, parse_byline
from .base import ArticleParser
from .body import Body, extract_body
from .page import Page

__all__ = ["PARSER", "BMaincontentParser"]

# A paragraph that is only a link to another story: ">> Hải Phòng tuyển dụng …".
_ARROW_LINK = re.compile(r"^\s*(?:>>|»|›\s*›)")


class BMaincontentParser(ArticleParser):
    family: ClassVar[str] = "b_maincontent"
    url_pattern: ClassVar[str] = r"/[a-z0-9]+(?:-[a-z0-9]+)+-\d{5,}\.html(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = (
        "b-maincontent", "sc-longform-header", "onecms", "b-grid__title", "c-detail-head",
    )
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.sc-longform-header-title, h1.c-detail-head__title, div.c-detail-head h1",
        "sapo": "p.sc-longform-header-sapo, div.sc-longform-header-sapo, div.c-detail-head__sapo, "
                "p.c-detail-head__sapo",
        "body": "div.b-maincontent article.entry, div.b-maincontent div.entry, article.entry, "
                "div.b-maincontent",
        "date": "span.sc-longform-header-date, span.c-detail-head__time",
        "authors": "span.sc-longform-header-author, div.sc-longform-header-author, "
                   "span.c-detail-head__author",
        "tags": "div.c-tags a, ul.c-tags a",
        "category": "div.c-breadcrumbs a, ul.c-breadcrumbs a",
        # the header and the blocks around the text, when the container holds them
        "remove": "div.sc-longform-header, div.c-detail-head, div.c-box, div.sc-empty-layer, "
                  "div.c-breadcrumbs, div.c-tags",
        "caption": "figcaption",
    }

    def body(self, page: Page) -> Body | None:
        container = page.first(self.sel.get("body"))
        if container is None:
            return None
        container = copy.deepcopy(container)  # the header inside it is still read by title/sapo/authors/date
        for el in list(container.iter("p", "div")):
            if el.getparent() is not None and _is_arrow_link(el):
                _drop(el)
        return extract_body(
            page, container, remove=self.sel.get("remove"), caption=self.sel.get("caption"),
            byline_selector=self.sel.get("byline"), byline_lines=self.byline_lines,
        )

    def authors(self, page: Page) -> list[str]:
        # The header byline carries its label: "Bài và ảnh: Hoài Thu - Quang An", "Tin, ảnh: H.P".
        names: list[str] = []
        for text in page.texts_of(self.sel.get("authors")):
            found = parse_byline(text, styled=True)
            for name in found.authors:
                if name not in names and not is_outlet(name):
                    names.append(name)
        return names


def _is_arrow_link(el: Any) -> bool:
    """A ">> Other story" line: the marker, then nothing but link text."""
    text = clean(el.text_content())
    if not _ARROW_LINK.match(text):
        return False
    linked = sum(len(clean(a.text_content())) for a in el.iter("a"))
    return linked > 0 and len(text) - linked <= 4


def _drop(el: Any) -> None:
    """Take ``el`` out of the tree, keeping its tail text."""
    parent = el.getparent()
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


PARSER = BMaincontentParser
