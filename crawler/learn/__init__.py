"""`crawler learn`: a site teaches the crawler its own layout, by agreement across its pages.

``learn(pages)`` finds, on each page, the elements that give the page's own answers (its metadata,
the generic extractor's text) and keeps the selectors that give them on every page; the nearest
family and the overrides make a declaration (``declare``). See ``learner`` for the steps.
"""

from __future__ import annotations

from .learner import MIN_PAGES, Learned, LearnError, learn

__all__ = ["MIN_PAGES", "LearnError", "Learned", "learn"]
