"""A redesign in miniature: every class and id word of a page renamed, the same way on every page.

``faults.change_layout`` renames a fixed list of the families' key names; a real redesign renames
whatever it likes. ``Redesign(seed)`` maps EVERY class and id token to a fresh name drawn from the
seed (a keyed hash, so the mapping is the same on every page and in every process without being
stored): the template stays one template, but no family selector and no fingerprint made of a class
or id matches it any more. The new names are eight lower-case letters, so none of them reads as a
word the shared body rules look for ("related", "caption", "author"…): the learner gets no help from
the names, as on a real site whose classes mean nothing.

``RedesignedPortal(portal, seed)`` serves a sample portal through the renamer (its "redesign
edition"), with the wrapped portal's interface (``site``, ``base_url``, ``expected_item``…).
"""

from __future__ import annotations

import hashlib
import re

from .portal import Portal, PortalWrapper

__all__ = ["Redesign", "RedesignedPortal"]

_CLASS_OR_ID = re.compile(r"""(\s(?:class|id)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# words the shared body rules read in class names (captions, bylines, junk, alignment): a new name
# never contains one, or the rules would get a hint the redesign is meant to take away
_MEANINGFUL = re.compile(r"(?i)caption|image|photo|desc|note|author|right|left|center|ad|tag|share|print|"
                         r"social|poll|rate|fyi|zalo|comment|relat|banner|crumb|keyword|text|img|quang|chu")


class Redesign:
    """Renames every class and id token of HTML pages consistently (``seed`` decides the new names)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._names: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"<Redesign seed={self.seed}>"

    def name(self, token: str) -> str:
        """The new name of a class or id token (the same token always gets the same name)."""
        found = self._names.get(token)
        salt = 0
        while found is None or _MEANINGFUL.search(found):
            digest = hashlib.blake2b(f"{token}\0{salt}".encode(), digest_size=8, key=str(self.seed).encode()).digest()
            found = "".join(_LETTERS[b % 26] for b in digest)
            salt += 1
        self._names[token] = found
        return found

    @property
    def mapping(self) -> dict[str, str]:
        """Old token → new name, for every token renamed so far (for a failing test's message)."""
        return dict(self._names)

    def apply(self, html: str) -> str:
        """The page with every class and id token renamed (attribute values only; text is untouched)."""

        def rename(m: re.Match[str]) -> str:
            words = " ".join(self.name(w) for w in m.group(3).split())
            return f"{m.group(1)}{m.group(2)}{words}{m.group(2)}"

        return _CLASS_OR_ID.sub(rename, html)


class RedesignedPortal(PortalWrapper):
    """A portal whose HTML pages are served renamed by ``Redesign(seed)``; everything else is the portal's."""

    def __init__(self, portal: Portal, seed: int) -> None:
        super().__init__(portal)
        self.redesign = Redesign(seed)

    def __repr__(self) -> str:
        return f"<RedesignedPortal {self.portal!r} seed={self.redesign.seed}>"

    def page(self, article_id: int) -> str:
        """The renamed article page (what the server answers at ``article_url(id)``)."""
        return self.redesign.apply(self.portal.handle(self.portal.article_path(article_id))[2].decode("utf-8"))

    def handle(self, path_and_query: str) -> tuple[int, str, bytes]:
        status, content_type, body = self.portal.handle(path_and_query)
        if content_type.startswith("text/html"):
            body = self.redesign.apply(body.decode("utf-8")).encode("utf-8")
        return status, content_type, body
