"""Sample portals: generated sites in each CMS family's real markup, served on 127.0.0.1.

``Portal(site, n_articles, edition)`` answers any path of one generated portal; ``SampleServer``
serves several, each on its own port; ``serve_forever`` is the blocking entry point of
``crawler serve-samples`` (and ``python -m crawler.samples``). ``Portal.expected_item(id)`` is the
item a parser must make of an article page, computed from the same generated spec;
``Portal.story_of(id)`` the story it tells (shared by an original and its planted reposts on the
other portals: the ground truth of story clusters, see ``content``).
"""

from __future__ import annotations

from .portal import SAMPLE_SITES, Portal
from .server import SampleServer, serve_forever

__all__ = ["SAMPLE_SITES", "Portal", "SampleServer", "serve_forever"]
