"""The two kinds of block the body walk reads a container into: paragraphs and images.

A :class:`Para` keeps what the rules after the walk need to tell a caption, a byline or a source
line from text: its alignment and emphasis, and whether the page named it a caption or a source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..text import split_credit

__all__ = ["Img", "Para"]


@dataclass
class Para:
    text: str
    html: str
    right: bool = False
    centre: bool = False
    italic: bool = False
    bold: bool = False
    upper: bool = False
    caption_like: bool = False
    #: inside an element named like a caption or a credit
    caption_named: bool = False
    #: the element is named for the article's source ("pSource", "nguon")
    source_named: bool = False
    heading: bool = False

    @property
    def styled(self) -> bool:
        return self.right or self.bold or self.upper


@dataclass
class Img:
    url: str
    alt: str = ""
    caption: str | None = None

    def as_dict(self) -> dict[str, Any]:
        caption, credit = split_credit(self.caption or "")
        return {"url": self.url, "caption": caption or None, "credit": credit}
