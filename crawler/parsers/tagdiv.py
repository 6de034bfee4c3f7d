"""WordPress with the tagDiv "Newspaper" theme (``td-post-content``): baovinhlong.com.vn, baodongnai.com.vn.

MODELLED: no real page of either site was available. What is known, and from where:

- shared/reference/CMS.md ("WordPress tagDiv theme (td-post-content)", S1 selectors) and
  SELECTORS.md §A2 (S1 per-site configs, crawler code, not HTML): baovinhlong body
  ``#content .td-post-content``, sapo ``.sub_first_content strong``; baodongnai body
  ``div#content.content-detail .td-post-content``, sapo the first ``p`` of it, category
  ``div.breadcrumb a.title.fleft``; article URLs of both sites ``/<cat>/<YYYYMM>/<slug>-<7 hex>/``
  (S1 regexes and URLs seen in other repositories), the same URL scheme as the ym_slug family.
- the theme's own markup (tagDiv Newspaper single-post templates, from knowledge of the theme, not
  checked on these sites): ``h1.entry-title``, ``time.entry-date[datetime]``, ``p.td-post-sub-title``,
  ``div.td-post-author-name a``, ``ul.td-category a``, breadcrumbs ``div.entry-crumbs a`` (last crumb =
  the post title, unlinked), tags ``div.td-post-source-tags ul.td-tags a``, in-content ads
  ``div.td-a-rec``; the cloud-template variant (``tdb_single_content``, ``h1.tdb-title-text``…);
  WordPress captions (``figure.wp-caption figcaption.wp-caption-text``, Gutenberg
  ``figure.wp-block-image figcaption``), WP Rocket lazy images (``data-lazy-src`` + ``<noscript>``),
  Yoast SEO JSON-LD (``@graph`` with a NewsArticle/Article whose dates are in UTC, ``+00:00``).

Rules of the family:
- the lead is ``p.td-post-sub-title`` or ``div.sub_first_content strong`` (a separate lead, taken
  out of the body); without one, a wholly bold first paragraph is the lead and stays in the body;
- authors come from the byline in the text ("Tin, ảnh: …", "Theo TTXVN"); the theme's author box
  and Yoast's author name the WordPress account that posted the article, used only when the text has
  no byline (and never when it is an outlet or a desk account).
"""

from __future__ import annotations

import copy
import re
from typing import Any, ClassVar

from ..text import clean, is_outlet
from .base import ArticleParser
from .body import Body, extract_body
from .page import Page

__all__ = ["PARSER", "TagDivParser"]

# WordPress accounts that are a desk, not a person.
_DESK_ACCOUNT = re.compile(
    r"(?i)^(?:admin|administrator|quản trị(?: viên)?|ban biên tập|bbt|biên tập(?: viên)?|btv|"
    r"thư ký tòa soạn|thư ký toà soạn|tkts|editor|webmaster|phóng viên|pv|ctv|cộng tác viên)$"
)
# Set on the page while parsing: the text of the article has a byline of its own.
_TEXT_BYLINE = "_tagdiv_text_byline"


class TagDivParser(ArticleParser):
    family: ClassVar[str] = "tagdiv"
    # the two sites' "/<cat>/<YYYYMM>/<slug>-<id>/" (S1; 7-digit decimal ids before 2025, 7-hex after);
    # WordPress date permalinks "/2025/12/<slug>/"; WordPress' default "/?p=123". The bare "/<slug>/"
    # permalink is left out on purpose: it cannot be told from static pages ("/lien-he-quang-cao/").
    url_pattern: ClassVar[str] = (
        r"/[a-z0-9-]+/\d{6}/[a-z0-9-]+-[0-9a-f]{6,8}/?(?:$|[?#])"
        r"|/(?:19|20)\d\d/[01]\d/(?:[0-3]\d/)?[a-z0-9%-]+/?(?:$|[?#])"
        r"|/\?p=\d+(?:$|[&#])"
    )
    fingerprints: ClassVar[tuple[str, ...]] = (
        "td-post-content", "wp-content/themes/Newspaper", "tagdiv-type", "td-post-header", "tdBlocksArray",
        "td-theme-css", "tdb_single_content",
    )
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.entry-title, h1.tdb-title-text",
        "sapo": "p.td-post-sub-title, div.sub_first_content strong, p.tdb-single-subtitle",
        "body": "div.td-post-content, div.tdb_single_content div.tdb-block-inner",
        "date": "div.td-post-header time.entry-date, header.td-post-title time.entry-date, "
                "div.tdb_single_date time.entry-date, span.td-post-date time",
        "authors": "div.td-post-author-name a, div.tdb_single_author a.tdb-author-name",
        "tags": "div.td-post-source-tags ul.td-tags a, ul.td-tags a, div.tdb_single_tags a",
        "category": "div.entry-crumbs a, div.tdb-breadcrumbs a, div.breadcrumb a.title, ul.td-category a, "
                    "div.tdb_single_categories a",
        "remove": "div.td-a-rec, div.td-g-rec, div.sub_first_content strong, p.td-post-sub-title, "
                  "div.td-post-sharing, div.td-post-source-tags, div.td-post-next-prev, div.author-box-wrap, "
                  "div.td-post-author-name",
        "caption": "figcaption, p.wp-caption-text",
    }

    def body(self, page: Page) -> Body | None:
        container = page.first(self.sel.get("body"))
        if container is None:
            return None
        # A copy: the lead (div.sub_first_content strong) is read by sapo() after the body.
        body = extract_body(
            page, copy.deepcopy(container), remove=self.sel.get("remove"), caption=self.sel.get("caption"),
            byline_selector=self.sel.get("byline"), byline_lines=self.byline_lines,
        )
        setattr(page, _TEXT_BYLINE, bool(body.authors or body.source))
        return body

    def sapo(self, page: Page, body: Body) -> str:
        lead = super().sapo(page, body)
        if lead or not body.paragraphs:
            return lead
        # No lead element: a wholly bold first paragraph is the lead (it stays in the body).
        container = page.first(self.sel.get("body"))
        first = body.paragraphs[0]
        for p in container.iter("p") if container is not None else ():
            if clean(p.text_content()) == first:
                return first if _wholly_bold(p) else ""
        return ""

    def authors(self, page: Page) -> list[str]:
        if getattr(page, _TEXT_BYLINE, False):
            return []  # the byline in the text decides (body.authors, possibly none: "Theo TTXVN")
        return [n for n in super().authors(page) if not _DESK_ACCOUNT.match(n)]

    def meta_authors(self, page: Page) -> list[str]:
        if getattr(page, _TEXT_BYLINE, False):
            return []
        return [n for n in super().meta_authors(page) if not _DESK_ACCOUNT.match(n) and not is_outlet(n)]


def _wholly_bold(p: Any) -> bool:
    text = clean(p.text_content()).replace(" ", "")
    bold = "".join(clean(b.text_content()) for b in p.iter("strong", "b") if not _inside_bold(b, p))
    return bool(text) and bold.replace(" ", "") == text


def _inside_bold(el: Any, stop: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in ("strong", "b"):
            return True
        parent = parent.getparent()
    return False


PARSER = TagDivParser
