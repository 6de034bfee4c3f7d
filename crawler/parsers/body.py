"""From an article's body container to clean paragraphs, images with captions, byline and safe HTML.

The walk is shared by every CMS family: a family only says where the container is and what inside
it is not article text. The steps:

1. remove what is never text (scripts, ads, share bars, "Tin liên quan" boxes);
2. walk the container into a flat list of blocks in reading order: paragraphs and images;
3. give each image its caption (a ``figcaption``, a caption cell, or the centred/italic paragraph
   right after it) and take that paragraph out of the text; split "Ảnh: X" off as the credit;
4. read the trailing paragraphs as a byline ("Tin, ảnh: P.Y", "Theo TTXVN", a right-aligned name)
   into ``authors``/``source`` and take them out of the text;
5. a photo story (captions carry the text, almost no paragraphs) gets its captions as body.

The walk and its blocks are here and in :mod:`.blocks`; the rules of steps 3 and 4 (captions,
repeats, date lines, bylines) in :mod:`.lines`.
"""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html
import nh3

from ..text import Byline, clean, parse_byline
from .blocks import Img, Para
from .lines import SOURCE_NAME, assign_captions, credited, leading_metadata, repeats, trailing_byline
from .page import Page, absolute_url

__all__ = ["Body", "extract_body", "image_url", "remove_element", "sanitize_html"]

MAX_IMAGES = 1000  # images kept per article (a photo story has tens; a page with more is not an article)
MAX_DEPTH = 150  # nesting walked; deeper content is read as text

BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "figure", "figcaption",
    "center", "pre", "dl", "dt", "dd", "header", "footer", "aside", "main", "hr", "address", "details",
    "summary", "form",
))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button",
             "input", "select", "textarea", "svg", "canvas", "audio", "video", "link", "meta")

# Class/id words of things inside a body container that are not article text.
JUNK_ATTR = re.compile(
    r"(?i)(?:^|[\s_-])(?:ads?|related|relate|lienquan|tin-?lien-?quan|tinlienquan|sda_\w+|rennab|banner|advert|"
    r"adsbygoogle|quangcao|quang-cao|share|sharing|social|sharemxh|print|comment|binhluan|"
    r"AMN_res\w*|zalo|fb-like|newsletter|readmore|xem-them|xemthem|box-news-other|other-news|tin-khac|"
    r"knc-rate|rate-box|poll|fyi|tags?|keyword|breadcrumbs?)(?:$|[\s_-])"
)
# Paragraph texts that open a box of links to other stories: the box is not article text.
RELATED_HEADING = re.compile(
    r"(?i)^(?:tin|bài|tin bài|video)\s+(?:liên quan|cùng chuyên mục|khác|đã đưa|mới)\s*:?$|^xem thêm\s*:?$|^đọc thêm\s*:?$"
)
CAPTION_ATTR = re.compile(r"(?i)caption|image|photo|chuthich|chu-thich|desc|note-img|expNoEdit|img-text")
# Names only a caption or a photo credit carries: such a line is never body text, image or not.
CAPTION_NAME = re.compile(r"(?i)caption|credit|chuthich|chu-thich|image-desc|img-desc|photo-desc|tplcaption")

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody",
    "tr", "td", "th", "figure", "figcaption", "img", "a", "strong", "b", "em", "i", "u", "sub", "sup",
    "span", "pre", "code", "hr",
}
ALLOWED_ATTRS = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
                 "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}


def clean_html_text(fragment: str) -> str:
    """The text rules inside markup: NFC, no zero-width characters, NBSP as a plain space."""
    fragment = unicodedata.normalize("NFC", _HTML_ZERO_WIDTH.sub("", fragment))
    return fragment.replace("\u00a0", " ").replace("&nbsp;", " ")


_HTML_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def sanitize_html(fragment: str) -> str:
    """Safe HTML: an allow-list of tags, no script/style content, no ``on*=``, only http(s)/mailto links."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRS,
        url_schemes={"http", "https", "mailto"},
        clean_content_tags={"script", "style"},
        link_rel="noopener nofollow",
        strip_comments=True,
    ).strip()


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    html: str = ""
    images: list[dict[str, Any]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    #: who found the body when it was not the family's selector: "trafilatura" for the last resort
    extractor: str | None = None
    #: the lead the generic extractor found set apart before the text (not part of ``paragraphs``)
    lead: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# --- the walk -------------------------------------------------------------------------------------


def _is_element(node: Any) -> bool:
    return isinstance(node.tag, str)


_BLOCK_XPATH = lxml.etree.XPath("boolean(descendant::*[" + " or ".join(f"self::{t}" for t in sorted(BLOCK_TAGS)) + "])")


def _has_block(el: Any) -> bool:
    return bool(_BLOCK_XPATH(el))


def _blocky(container: Any) -> set[Any]:
    """The elements under ``container`` that hold a block element, found in one pass up the tree
    (asking each child by XPath costs a search of its subtree, again at every level)."""
    out: set[Any] = set()
    for el in reversed(list(container.iter(lxml.etree.Element))):
        parent = el.getparent()
        if parent is not None and (el.tag in BLOCK_TAGS or el in out):
            out.add(parent)
    return out


def _style_flags(el: Any) -> tuple[bool, bool]:
    """(right-aligned, centred) from style/align/class of the element and its inline children."""
    right = centre = False
    for node in (el, *el.iterdescendants("span", "strong", "b", "em", "i", "font", "center")):
        style = (node.get("style") or "").replace(" ", "").lower()
        align = (node.get("align") or "").lower()
        if "text-align:right" in style or align == "right":
            right = True
        if "text-align:center" in style or align == "center" or node.tag == "center":
            centre = True
        if node is el:
            cls = (el.get("class") or "").lower()
            if re.search(r"\b(?:author|tacgia|tac-gia|byline|text-right|right|align-right)\b", cls):
                right = True
            if re.search(r"\b(?:text-center|center|align-center)\b", cls):
                centre = True
    return right, centre


def _wrapped_by(el: Any, tags: tuple[str, ...], text: str) -> bool:
    """True when all of ``text`` sits inside ``tags`` descendants (a wholly bold or italic paragraph)."""
    inner = "".join(clean(n.text_content()) for n in el.iter(*tags) if not _ancestor_in(n, el, tags))
    return bool(inner) and inner.replace(" ", "") == text.replace(" ", "")


_ITALIC_STYLE = re.compile(r"(?i)font-style\s*:\s*italic")


def _run_italic(pieces: list[Any], text: str) -> bool:
    """A run of inline pieces all set in italics (no bare text, every element an em/i or italic-styled)."""
    if any(isinstance(p, str) and clean(p) for p in pieces):
        return False
    elements = [p for p in pieces if not isinstance(p, str) and clean(p.text_content())]
    return bool(elements) and all(
        p.tag in ("em", "i") or _italic_styled(p, clean(p.text_content())) for p in elements
    )


def _italic_styled(el: Any, text: str) -> bool:
    """True when all of ``text`` is set in italics by a ``style`` ("font-style: italic" on the
    element or on the spans holding its text), as word processors paste it."""
    if _ITALIC_STYLE.search(el.get("style") or ""):
        return True
    spans = [n for n in el.iterdescendants() if _is_element(n) and _ITALIC_STYLE.search(n.get("style") or "")]
    outer = [n for n in spans if not any(a in spans for a in n.iterancestors() if a is not el)]
    inner = "".join(clean(n.text_content()) for n in outer)
    return bool(inner) and inner.replace(" ", "") == text.replace(" ", "")


def _ancestor_in(node: Any, stop: Any, tags: tuple[str, ...]) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def image_url(page: Page, img: Any) -> str | None:
    """An <img>'s real address: lazy-load attributes first, a placeholder ``data:`` src never."""
    for attr in ("data-src", "data-original", "data-lazy-src", "data-echo", "src", "data-srcset", "srcset"):
        value = (img.get(attr) or "").strip()
        if value and "srcset" in attr:
            candidates = [c.split()[0] for c in value.split(",") if c.strip()]
            value = candidates[0] if candidates else ""
        if value:
            url = absolute_url(page.base_url, value)
            if url:
                return url
    return None


class _Walker:
    def __init__(self, page: Page, caption_els: set[Any]) -> None:
        self.page = page
        self.blocks: list[Para | Img] = []
        self.image_urls: set[str] = set()
        self.caption_els = caption_els
        #: how many caption-named elements the walk is inside
        self.in_caption = 0
        #: the elements that hold a block element (see _blocky), set by extract_body
        self.blocky: set[Any] | None = None

    # images ---------------------------------------------------------------------------------------

    def add_images(self, el: Any, caption: str | None = None) -> int:
        count = 0
        imgs = [el] if el.tag == "img" else list(el.iter("img"))
        for img in imgs:
            if len(self.image_urls) >= MAX_IMAGES:
                break
            url = image_url(self.page, img)
            if url and url not in self.image_urls:
                self.image_urls.add(url)
                self.blocks.append(Img(url, clean(img.get("alt")), caption))
                count += 1
        return count

    # paragraphs -----------------------------------------------------------------------------------

    def add_para(self, pieces: list[Any], el: Any | None, container: Any | None = None) -> None:
        """Inline content (strings and inline elements) → one or more paragraphs (split at <br>).

        ``el``: the element the paragraph is (its style, name and wrappers are the paragraph's);
        ``container``: for a run of inline content in a container that also holds blocks, the
        container, whose alignment the run shares, and the run's own elements say if it is italic."""
        lines: list[tuple[list[str], list[str]]] = [([], [])]
        for piece in pieces:
            if isinstance(piece, str):
                lines[-1][0].append(piece)
                lines[-1][1].append(htmllib.escape(piece, quote=False))
                continue
            if piece.tag == "br":
                lines.append(([], []))
                continue
            if any(True for _ in piece.iter("br")):
                # an inline element holding line breaks: split its text at them
                text = _text_with_breaks(piece)
                parts = text.split("\n")
                lines[-1][0].append(parts[0])
                lines[-1][1].append(htmllib.escape(parts[0], quote=False))
                for part in parts[1:]:
                    lines.append(([part], [htmllib.escape(part, quote=False)]))
                continue
            lines[-1][0].append(piece.text_content())
            lines[-1][1].append(lxml.html.tostring(piece, encoding="unicode", with_tail=False))
        multi = len([line for line in lines if clean("".join(line[0]))]) > 1
        for texts, htmls in lines:
            text = clean("".join(texts))
            if not text:
                continue
            para = Para(text, "".join(htmls).strip())
            if el is not None:
                para.right, para.centre = _style_flags(el)
                if not multi:
                    para.bold = _wrapped_by(el, ("strong", "b"), text)
                    para.italic = _wrapped_by(el, ("em", "i"), text) or _italic_styled(el, text)
                cls = f"{el.get('class') or ''} {el.get('id') or ''}"
                para.caption_like = bool(CAPTION_ATTR.search(cls)) or el in self.caption_els
                para.caption_named = bool(self.in_caption) or bool(CAPTION_NAME.search(cls))
                para.source_named = bool(SOURCE_NAME.search(cls))
                para.heading = el.tag in HEADINGS
            elif container is not None:
                para.right, para.centre = _style_flags(container)
                para.italic = not multi and _run_italic(pieces, text)
            para.upper = len(text) > 3 and text.isupper()
            self.blocks.append(para)

    # the walk ---------------------------------------------------------------------------------------

    def walk(self, el: Any, depth: int = 0) -> None:
        if depth > MAX_DEPTH:  # absurd nesting: the rest is read as one block, not walked further
            self.add_images(el)
            self.add_para([el.text_content()], None)
            return
        run: list[Any] = []
        if el.text:
            run.append(el.text)
        for child in el:
            if not _is_element(child):
                if child.tail:
                    run.append(child.tail)
                continue
            tag = child.tag
            named = _caption_named(child)
            self.in_caption += named
            if tag == "figure" or (tag == "table" and child.find(".//img") is not None):
                self.flush(run, el)
                self.captioned(child)
            elif tag in BLOCK_TAGS or (nested := self.has_block(child)):
                self.flush(run, el)
                if tag in BLOCK_TAGS:
                    nested = self.has_block(child)
                if nested:
                    self.walk(child, depth + 1)
                elif tag == "hr":
                    pass
                else:
                    self.add_images(child)
                    self.add_para(_inline_pieces(child), child)
            elif tag == "img" or child.find(".//img") is not None:
                self.flush(run, el)
                self.add_images(child)
                text = clean(child.text_content()) if tag != "img" else ""
                if text:
                    self.add_para([child.text_content()], child)
            else:
                run.append(child)
            self.in_caption -= named
            if child.tail:
                run.append(child.tail)
        self.flush(run, el)

    def has_block(self, el: Any) -> bool:
        return el in self.blocky if self.blocky is not None else _has_block(el)

    def flush(self, run: list[Any], el: Any) -> None:
        if run:
            pieces = list(run)
            run.clear()
            if any(clean(p) if isinstance(p, str) else clean(p.text_content()) or p.tag == "br" for p in pieces):
                # Inline runs directly in a container share its style only when they are all of it.
                owner = el if all(not _is_element(c) or c.tag not in BLOCK_TAGS for c in el) else None
                self.add_para(pieces, owner, None if owner is not None else el)

    def captioned(self, el: Any) -> None:
        """A <figure> or an image table: its images take the caption found inside it."""
        if el.tag == "table":
            self.image_table(el)
            return
        cap_el = el.find(".//figcaption")
        caption = clean(cap_el.text_content()) if cap_el is not None else None
        # a figure's caption is a caption even when its image is not there (lazy-loaded, in a <noscript>)
        self.add_images(el, caption)

    def image_table(self, table: Any) -> None:
        """An image table, read by its geometry: a row of text under a row of images is their
        caption (a gallery of image, caption, image, caption rows gives each image its own); text
        in a cell beside an image is body text laid out next to it, read as paragraphs."""
        waiting: list[Img] = []  # the images of the last image row, until a caption row comes
        for row in _rows(table):
            cells = [c for c in row if _is_element(c) and c.tag in ("td", "th")]
            if any(c.find(".//img") is not None for c in cells):
                waiting = []
                for cell in cells:
                    if cell.find(".//img") is None:
                        self.walk(cell)  # text beside the image
                        continue
                    start = len(self.blocks)
                    self.add_images(cell, clean(cell.text_content()) or None)
                    waiting += [b for b in self.blocks[start:] if isinstance(b, Img)]
                continue
            text = clean(row.text_content())
            if not text:
                continue
            if waiting and all(im.caption is None for im in waiting):
                for im in waiting:
                    im.caption = text
            else:
                self.add_para([text], None)
        cap = table.find("caption")
        text = clean(cap.text_content()) if cap is not None else ""
        if text:
            urls = {image_url(self.page, img) for img in table.iter("img")}
            for block in self.blocks:
                if isinstance(block, Img) and block.caption is None and block.url in urls:
                    block.caption = text


def _rows(table: Any) -> list[Any]:
    """A table's own rows (not those of a table nested in a cell)."""
    return list(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"))


def _caption_named(el: Any) -> int:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return 1 if names.strip() and CAPTION_NAME.search(names) else 0


def _text_with_breaks(el: Any) -> str:
    out: list[str] = []
    for node in el.iter():
        if node is not el and not _is_element(node):
            continue
        if node.tag == "br":
            out.append("\n")
        elif node.text and node is el or node.text:
            out.append(node.text)
        if node is not el and node.tail:
            out.append(node.tail)
    return "".join(out)


def _inline_pieces(el: Any) -> list[Any]:
    pieces: list[Any] = []
    if el.text:
        pieces.append(el.text)
    for child in el:
        if _is_element(child):
            pieces.append(child)
        if child.tail:
            pieces.append(child.tail)
    return pieces


# --- cleaning ---------------------------------------------------------------------------------------


def remove_element(el: Any) -> None:
    """Take ``el`` out of its tree, keeping the text that followed it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _strip_junk(page: Page, container: Any, remove_selector: str | None) -> None:
    for tag_el in list(container.iter(*DROP_TAGS)):
        if tag_el is not container:
            remove_element(tag_el)
    if remove_selector:
        for el in page.select(remove_selector, container):
            if el is not container:
                remove_element(el)
    for el in list(container.iterdescendants()):
        if not _is_element(el) or el.tag == "img":
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if attrs.strip() and JUNK_ATTR.search(attrs) and el.getparent() is not None and not _word_of_a_sentence(el):
            remove_element(el)
    # A "Tin liên quan" heading takes the list of links after it with it.
    for el in list(container.iterdescendants()):
        if not _is_element(el) or el.getparent() is None:
            continue
        if el.tag not in BLOCK_TAGS or len(el) > 3:
            continue  # a heading is a leaf block, or nearly
        text = el.text_content()
        if len(text) < 40 and RELATED_HEADING.match(clean(text)):
            nxt = el.getnext()
            remove_element(el)
            if nxt is not None and nxt.tag in ("ul", "ol", "div", "table") and nxt.find(".//a") is not None:
                remove_element(nxt)


def _word_of_a_sentence(el: Any) -> bool:
    """A link inside a line of text ("người dân <a class='tag-link'>Hà Nội</a> đổ về…": a link to the
    tag's page) is a word of the sentence, whatever its name."""
    if el.tag != "a" or not (el.tail or "").strip():
        return False
    parent = el.getparent()
    own = len(clean(el.text_content()))
    return 0 < own <= 60 and len(clean(parent.text_content())) - own >= max(25, 2 * own)


# --- the entry point --------------------------------------------------------------------------------


def extract_body(
    page: Page,
    container: Any,
    *,
    remove: str | None = None,
    caption: str | None = None,
    byline_selector: str | None = None,
    byline_lines: int = 3,
) -> Body:
    """Read ``container`` (an element of ``page``) into a :class:`Body`. The tree is modified."""
    byline = Byline()
    if byline_selector:
        # Elements the family knows to be the byline: read them, then take them out of the text.
        for el in page.select(byline_selector, container):
            found = parse_byline(el.text_content(), styled=True)
            if SOURCE_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}") and found.authors and not found.source:
                # the element the page keeps for the source: "Theo Infonet" there names an outlet
                found = Byline(source=found.authors[0])
            byline.authors += [a for a in found.authors if a not in byline.authors]
            byline.source = byline.source or found.source
            remove_element(el)
    _strip_junk(page, container, remove)
    walker = _Walker(page, set(page.select(caption, container)) if caption else set())
    walker.blocky = _blocky(container)
    walker.walk(container)
    blocks = walker.blocks

    used = assign_captions(blocks)
    paras = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Para) and i not in used]
    dropped = repeats(paras) | {i for i, p in paras if p.caption_named or (p.caption_like and credited(p.text))}
    paras = [(i, p) for i, p in paras if i not in dropped]
    dropped |= leading_metadata(paras, byline)
    dropped |= trailing_byline(paras, byline, byline_lines)
    text_paras = [p for i, p in paras if i not in dropped]

    images = [b for b in blocks if isinstance(b, Img)]
    body = Body(authors=byline.authors, source=byline.source, images=[im.as_dict() for im in images])

    # 5. photo story: the captions are the text
    text_len = sum(len(p.text) for p in text_paras)
    caption_texts = [im["caption"] for im in body.images if im["caption"]]
    photo_story = (len(caption_texts) >= 2 or text_len == 0) and sum(map(len, caption_texts)) > text_len
    if caption_texts and text_len < 200 and photo_story:
        body.paragraphs = [p.text for p in text_paras] + caption_texts
    else:
        body.paragraphs = [p.text for p in text_paras]

    # body_html, in reading order, from what was kept
    out: list[str] = []
    for i, b in enumerate(blocks):
        if isinstance(b, Img):
            im = b.as_dict()
            cap = f"<figcaption>{htmllib.escape(b.caption)}</figcaption>" if b.caption else ""
            out.append(f'<figure><img src="{htmllib.escape(im["url"])}" alt="{htmllib.escape(b.alt)}">{cap}</figure>')
        elif i not in used and i not in dropped:
            tag = "h3" if b.heading else "p"
            out.append(f"<{tag}>{b.html}</{tag}>")
    body.html = sanitize_html(clean_html_text("\n".join(out)))
    return body
