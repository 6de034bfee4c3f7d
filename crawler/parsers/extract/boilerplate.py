"""What class and id names, tags and short lines say about an element: article or page furniture.

Web designers name their boxes after what they hold (``comments``, ``sidebar``, ``related-news``,
``tinlienquan``, ``article-body``), in English and in Vietnamese (with or without its diacritics and
word breaks). These names are evidence, weighed in the scores, never a verdict on their own: a
``<body class="has-sidebar">`` still holds the article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["attr_weight", "furniture_name", "is_furniture_tag", "negative_name", "positive_name", "unlikely"]

# Whole words (between separators) that name furniture: navigation, sharing, ads, lists of other stories.
_NEGATIVE_WORDS = (
    r"ads?|adv|advert|advertisement|advertising|adslot|dfp|gpt|banner|sponsor(?:ed)?|promo|promotion|"
    r"comments?|commentlist|respond|reply|replies|disqus|binhluan|binh-luan|"
    r"share|sharing|shares|social|socials|sharebar|share-?tools|addthis|follow|"
    r"nav|navbar|navigation|menu|menus|breadcrumbs?|pagination|pager|paging|"
    r"footer|foot|masthead|topbar|toolbar|tools|"
    r"sidebar|side-?bar|aside|widget|widgets|rail|right-?rail|right-?col|left-?col|"
    r"related|relate|recommended|recommend|recommendations|more-?stories|read-?more|readmore|also-?read|"
    r"trending|popular|most-?read|most-?viewed|mostread|top-?stories|latest|recent|other-?news|"
    r"lienquan|tin-?lien-?quan|tinlienquan|tin-?khac|tinkhac|tin-?moi|tinmoi|xem-?nhieu|xemnhieu|"
    r"doc-?nhieu|docnhieu|xem-?them|xemthem|quang-?cao|quangcao|"
    r"newsletter|subscribe|subscription|signup|sign-?up|register|login|"
    r"cookie|cookies|consent|gdpr|popup|modal|overlay|embed|embedded|privacy|"
    r"tags?|tag-?list|keywords?|topics|"
    r"print|email|rating|vote|poll|outbrain|taboola|zergnet|"
    r"hidden|skip|jump|author-?bio|bio|byline|dateline|meta|authors?|autor|autoren|about-?the-?author|"
    r"infobox|info-?box|fact-?box|expandable|additional-?info|icon|icons|toggle|disclaimer|affiliate|recirc|"
    r"teaser|teasers|card|cards|carousel|slider|ticker"
)
_NEGATIVE = re.compile(rf"(?i)(?:^|[^a-z0-9])(?:{_NEGATIVE_WORDS})(?:$|[^a-z0-9])")
# The same names glued to other words: "rightsidebar", "boxcomment", "sharetools", "relatednews".
_NEGATIVE_GLUED = re.compile(
    r"(?i)sidebar|comment|related|newsletter|social|sharing|advert|breadcrumb|taboola|outbrain|"
    r"lienquan|binhluan|quangcao|xemthem|footer|navbar|navigation|popular|recommend|subscribe|promo"
)
# Names of the article's own box.
_POSITIVE = re.compile(
    r"(?i)(?:^|[^a-z0-9])(?:article|articles|body|content|contents|entry|main|post|text|story|blog|"
    r"detail|details|chi-?tiet|chitiet|noi-?dung|noidung|fck|prose|rich-?text|richtext|"
    r"article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|"
    r"articlebody|storybody|postbody|bodytext|body-?text|main-?content|maincontent)(?:$|[^a-z0-9])"
)
# Names that are almost certainly furniture, whatever else they say (a box is never "article" and "comments").
_FURNITURE = re.compile(
    r"(?i)(?:^|[^a-z0-9])(?:comments?|comment-?list|sidebar|relat(?:ed?)?-?(?:news|posts?|articles?|stories|links)|"
    r"newsletter|share-?(?:bar|tools|buttons|box)|social-?(?:share|links|media)|breadcrumbs?|"
    r"tin-?lien-?quan|tinlienquan|lienquan|binh-?luan|binhluan|quang-?cao|quangcao|"
    r"outbrain|taboola|cookie-?(?:banner|consent|notice)|advertisement|ad-?(?:slot|unit|container|wrapper))(?:$|[^a-z0-9])"
)
FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "menu"))
# Readability's "unlikely candidates" (boxes whose prose does not vote), with Vietnamese names added;
# a box also named like an article's is spared ("main-content has-sidebar").
# (plain substrings, as in Readability's expression, tested with ``in``: a regular expression of fifty
# alternatives is slow)
_UNLIKELY_WORDS = (
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
    "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
    "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
    "yom-remote", "newsletter", "share", "cookie", "consent", "lienquan", "binhluan", "binh-luan", "quangcao",
    "quang-cao", "tinkhac", "tin-khac", "xemthem", "xem-them", "docnhieu", "xemnhieu",
)
_MAYBE_WORDS = ("and", "article", "body", "column", "content", "main", "shadow", "detail", "chitiet", "noidung",
                "noi-dung")


def _names(el: Any) -> str:
    attrib = el.attrib
    if not attrib:
        return ""
    cls, id_ = attrib.get("class"), attrib.get("id")
    if cls and id_:
        return f"{cls} {id_}"
    return cls or id_ or ""


@lru_cache(maxsize=8192)
def _weight(names: str) -> int:
    """+25 for an article's name, -25 for furniture's (Readability's scale), 0 for neither or both."""
    weight = 0
    if _POSITIVE.search(names):
        weight += 25
    if _NEGATIVE.search(names) or _NEGATIVE_GLUED.search(names):
        weight -= 25
    return weight


def attr_weight(el: Any) -> int:
    names = _names(el)
    return _weight(names) if names else 0


def positive_name(el: Any) -> bool:
    names = _names(el)
    return bool(names) and _positive(names)


@lru_cache(maxsize=8192)
def _positive(names: str) -> bool:
    return bool(_POSITIVE.search(names))


def negative_name(el: Any) -> bool:
    names = _names(el)
    return bool(names) and _negative(names)


@lru_cache(maxsize=8192)
def _negative(names: str) -> bool:
    return bool(_NEGATIVE.search(names) or _NEGATIVE_GLUED.search(names))


@lru_cache(maxsize=8192)
def _furniture(names: str) -> bool:
    return bool(_FURNITURE.search(names))


def furniture_name(el: Any) -> bool:
    """A name that only page furniture carries (comments, related stories, share bars, ads)."""
    names = _names(el)
    return bool(names) and _furniture(names)


@lru_cache(maxsize=8192)
def _unlikely(names: str) -> bool:
    low = names.lower()
    return any(w in low for w in _UNLIKELY_WORDS) and not any(w in low for w in _MAYBE_WORDS)


def unlikely(el: Any) -> bool:
    """A box whose prose should not vote for the article (comments, sidebars, menus, dialogs…)."""
    if el.tag in FURNITURE_TAGS or el.get("role") == "dialog" or el.get("aria-modal") == "true":
        return True
    names = _names(el)
    return bool(names) and _unlikely(names)


def is_furniture_tag(el: Any) -> bool:
    return el.tag in FURNITURE_TAGS or el.get("role") in ("navigation", "complementary", "contentinfo", "banner")
