"""What each line of a walked body is: text, an image's caption, a repeat, a date line, a byline.

The shared body walk (:mod:`.body`) reads a container into blocks; these rules then decide, for the
families and the generic extractor alike: the caption of each image (its own, else the caption-like
line right under it), the lines printed twice, the date and "By …" lines above the first sentence,
and the byline and source lines at the end.
"""

from __future__ import annotations

import re

from ..dates import parse_date_info
from ..text import Byline, lead_byline, parse_byline, split_credit
from .blocks import Img, Para

__all__ = ["SOURCE_NAME", "assign_captions", "credited", "is_date_line", "leading_metadata", "repeats",
           "trailing_byline"]


def assign_captions(blocks: list[Para | Img]) -> set[int]:
    """Each image's caption: its own, else the caption-like paragraph right after it (the indexes used)."""
    used: set[int] = set()
    next_para = [len(blocks)] * (len(blocks) + 1)  # index of the first paragraph at or after each block
    for i in range(len(blocks) - 1, -1, -1):
        next_para[i] = i if isinstance(blocks[i], Para) else next_para[i + 1]
    for i, block in enumerate(blocks):
        if not isinstance(block, Img) or block.caption:
            continue
        j = next_para[i + 1]
        if j < len(blocks) and j - i <= 50:
            nxt = blocks[j]
            assert isinstance(nxt, Para)
            looks = nxt.caption_like or nxt.italic or nxt.centre or credited(nxt.text)
            if looks and not nxt.right and len(nxt.text) <= 400:
                block.caption = nxt.text
                used.add(j)
                # the images between share the caption (a gallery row)
                for k in range(i + 1, j):
                    if isinstance(blocks[k], Img) and not blocks[k].caption:  # type: ignore[union-attr]
                        blocks[k].caption = nxt.text  # type: ignore[union-attr]
    return used


#: a paragraph this long that comes again is the same text printed twice (a desktop and a mobile
#: variant, a caption's full and truncated forms), not two paragraphs
REPEAT_CHARS = 40


def credited(text: str) -> bool:
    """A short line ending with a photo credit ("… (Image: Getty)", "… Ảnh: T.L", "… © AFP"): a caption."""
    if len(text) > 400 or _SOURCE_LINE.match(text):
        return False
    return split_credit(text)[1] is not None


SOURCE_NAME = re.compile(r"(?i)source|nguon")
_SOURCE_LINE = re.compile(r"(?i)^\(?\s*(?:nguồn|theo|source)\b")


def repeats(paras: list[tuple[int, Para]]) -> set[int]:
    seen: set[str] = set()
    out: set[int] = set()
    for i, p in paras:
        if len(p.text) < REPEAT_CHARS:
            continue
        if p.text in seen:
            out.add(i)
        seen.add(p.text)
    return out


#: a line before the article's first sentence that is no longer than this may be its date or byline
META_LINE_CHARS = 120
_DATE_HINT = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:h]\d\d\b")
_WORDS = re.compile(r"\w+")


def leading_metadata(paras: list[tuple[int, Para]], byline: Byline) -> set[int]:
    """The date line and the "By …" line above the first sentence of the text (the byline is read)."""
    out: set[int] = set()
    for i, p in paras:
        text = p.text
        if len(text) > META_LINE_CHARS or p.heading:
            break
        if is_date_line(text):
            out.add(i)
            continue
        found = lead_byline(text)
        if not found:
            break
        byline.authors += [a for a in found.authors if a not in byline.authors]
        out.add(i)
    return out


def is_date_line(text: str) -> bool:
    """A short line that is a date and a few words around it ("Updated 5:27 am, November 20, 2019",
    "Publiziert 17. Dezember 2024, 12:17", "2025年1月14日 20:00"), or a reading time ("3 Min Lesezeit")."""
    if _READING_TIME.match(text):
        return True
    if not _DATE_HINT.search(text) or len(_WORDS.findall(text)) > 14 or text.endswith((".", "!", "?")):
        return False
    if len(text) <= 60 and _TIME.search(text) and _YEAR_OR_DAY.search(text):
        return True  # a time of day with a date, in words this module does not read (German, Japanese…)
    return parse_date_info(text) is not None


_TIME = re.compile(r"(?<!\d)\d{1,2}[:h.]\d\d(?!\d)")
_YEAR_OR_DAY = re.compile(r"(?:19|20)\d\d|\b\d{1,2}[./-]\d{1,2}\b")
_READING_TIME = re.compile(r"(?i)^\d{1,3}\s*(?:-?\s*)?(?:min(?:ute)?s?\.?|phút)\s*(?:read|lesezeit|lesedauer|lecture|lectura|lettura|leestijd|đọc)\b.{0,10}$")


def trailing_byline(paras: list[tuple[int, Para]], byline: Byline, lines: int) -> set[int]:
    """The byline and source lines at the end ("Tin, ảnh: P.Y", "Theo TTXVN", a right-aligned name)."""
    out: set[int] = set()
    tail = [(i, p) for i, p in paras if not p.heading][-lines:]
    for i, p in reversed(tail):
        found = parse_byline(p.text, styled=p.styled or p.source_named)
        if not found:
            break
        if p.source_named and found.authors and not found.source:
            found = Byline(source=found.authors[0])  # "Theo Infonet" in the source's own element
        byline.authors[:0] = [a for a in found.authors if a not in byline.authors]
        # read from the end, so the line above wins: "Theo X/Outlet" over the original title under it
        byline.source = found.source or byline.source
        out.add(i)
    return out
