"""``Portal``: one generated site, answering any path with (status, content type, body)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from .content import EPOCH, VN, repost_origin, story_of, total
from .family import HTML, RSS, TEXT, XML, Family

__all__ = ["SAMPLE_SITES", "Portal", "PortalWrapper"]

SAMPLE_SITES: tuple[str, ...] = ("baoapbac", "baocantho", "baodongnai", "baohaiphong", "baolaocai", "baothanhhoa", "tiengiang", "vnexpress")

_CHILD_SITEMAP = re.compile(r"/sitemaps/sitemap-(\d{1,6})\.xml")


def _family_class(site: str) -> type[Family]:
    from . import a_id, b_maincontent, dcontent, liferay, mcms, tagdiv, vnexpress, ym_slug

    modules = {"baocantho": a_id, "baolaocai": mcms, "vnexpress": vnexpress, "tiengiang": liferay, "baoapbac": ym_slug,
               "baohaiphong": b_maincontent, "baothanhhoa": dcontent,
               "baodongnai": tagdiv}
    return modules[site].FAMILY  # type: ignore[no-any-return]


class Portal:
    """A sample news portal of ``n_articles`` articles (edition 2 adds three more on top).

    Pages are generated on request from (site, article id, edition): nothing is built in advance and
    every request costs the same whatever the size. ``base_url`` is the origin the pages link to; the
    server sets it once it has its port. ``epoch`` is the publication time of article ``n_articles``
    (default 1 November 2025, 06:00 +07:00); edition ``e`` shows the portal ``e - 1`` days later.
    """

    def __init__(
        self, site: str, n_articles: int = 30, edition: int = 1, per_page: int = 10, epoch: datetime | None = None
    ) -> None:
        if site not in SAMPLE_SITES:
            raise KeyError(f"no sample portal for {site!r}; known: {', '.join(SAMPLE_SITES)}")
        if n_articles < 1 or edition < 1 or per_page < 1:
            raise ValueError("n_articles, edition and per_page must be positive")
        self.site = site
        self.n_articles = n_articles
        self.edition = edition
        self.per_page = per_page
        self.epoch = (epoch or EPOCH).astimezone(VN).replace(microsecond=0)
        self.base_url = "http://127.0.0.1"
        self._family = _family_class(site)(self)

    def __repr__(self) -> str:
        return f"<Portal {self.site} n={self.n_articles} edition={self.edition} {self.base_url}>"

    # --- what the portal holds -------------------------------------------------------------------------

    @property
    def family(self) -> str:
        """The CMS family whose markup the portal serves (the parser that must read it)."""
        return self._family.family

    @property
    def total(self) -> int:
        """Articles served: ``n_articles``, plus three per edition after the first."""
        return total(self.n_articles, self.edition)

    def article_ids(self) -> range:
        """Every article id served, 1..total (the newest is the highest)."""
        return range(1, self.total + 1)

    def article_path(self, article_id: int) -> str:
        self._check(article_id)
        return self._family.article_path(self._family.head(article_id), article_id)

    def article_url(self, article_id: int) -> str:
        return self.base_url.rstrip("/") + self.article_path(article_id)

    def expected_item(self, article_id: int) -> dict[str, Any]:
        """The item a parser must make of the article's page (every ITEM.md field except fetched_at,
        content_hash and body_html)."""
        self._check(article_id)
        return self._family.expected(self._family.article(article_id), article_id)

    def case_of(self, article_id: int) -> str:
        """The awkward case the article carries ("plain", "no_author", …, "seed", "repost"; see content.CASES)."""
        self._check(article_id)
        a = self._family.article(article_id)
        return "plain" if a.case == "updated" and a.modified is None else a.case

    def story_of(self, article_id: int) -> str:
        """The story the article tells, "site:id" of its original: the same for an original and all its
        reposts on the other portals (and for the seed, tiengiang 1, and its republication, baoapbac 1);
        an article nobody reposts is a story of its own. Ground truth for clustering; it holds between
        portals of the same ``n_articles`` and epoch (the reposts are planted for those, see
        ``content.REPOSTS``)."""
        self._check(article_id)
        return story_of(self.site, article_id, self.n_articles, self.epoch)

    def repost_of(self, article_id: int) -> tuple[str, int] | None:
        """(site, id) of the original when the article is a planted repost, else None."""
        self._check(article_id)
        return repost_origin(self.site, article_id, self.n_articles, self.epoch)

    def awkward_ids(self) -> dict[str, list[int]]:
        """Case name → the ids (up to five, newest first) that carry it in this portal."""
        out: dict[str, list[int]] = {}
        for i in [*range(self.total, max(0, self.total - 100), -1), *([1] if self.total > 100 else [])]:
            case = self.case_of(i)
            if len(out.setdefault(case, [])) < 5:
                out[case].append(i)
        return out

    def start_paths(self) -> list[str]:
        """The paths of the declared site's start URLs (every one is served)."""
        return [_path(u) for u in self._family.declared.start_urls]

    def feed_paths(self) -> list[str]:
        """Every RSS feed the portal serves (the declared feeds among them)."""
        return list(self._family.feeds())

    def listing_paths(self) -> list[str]:
        """Page 1 of every listing (sections, sub-sections, menu extras)."""
        return [self._family.listing_path(lst) for lst in self._family.listings()]

    def listing_page_path(self, listing_path: str, page: int) -> str:
        """The path of page ``page`` of the listing whose page 1 is ``listing_path``."""
        found = self._family.match_listing(*_split(listing_path))
        if found is None:
            raise KeyError(f"{self.site}: no listing at {listing_path}")
        return self._family.listing_path(found[0], page)

    def _check(self, article_id: int) -> None:
        if not 1 <= article_id <= self.total:
            raise KeyError(f"{self.site}: no article {article_id} (1..{self.total})")

    # --- serving ---------------------------------------------------------------------------------------

    def handle(self, path_and_query: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a request path (with its query); a 404 page when unknown."""
        fam = self._family
        path, query = _split(path_and_query)
        if path == "/robots.txt":
            return 200, TEXT, fam.robots().encode()
        if path == "/sitemap.xml":
            return 200, XML, fam.sitemap().encode()
        m = _CHILD_SITEMAP.fullmatch(path)
        if m:
            child = fam.child_sitemap(int(m.group(1)))
            if child is not None:
                return 200, XML, child.encode()
        feeds = fam.feeds()
        if path in feeds and not query:
            return 200, RSS, fam.rss(feeds[path], path).encode()
        if path in ("/", "/index.html", *fam.home_aliases) and not query:
            return 200, HTML, fam.render_home().encode()
        article_id = fam.resolve_article(path, query)
        if article_id is not None:
            return 200, HTML, fam.render_article(fam.article(article_id)).encode()
        found = fam.match_listing(path, query)
        if found is not None:
            listing, page = found
            if 1 <= page <= listing.pages(fam.n, self.per_page):
                return 200, HTML, fam.render_listing(listing, page).encode()
        static = fam.static(path)
        if static is not None:
            return 200, static[0], static[1]
        return 404, HTML, fam.render_404().encode()


def _split(path_and_query: str) -> tuple[str, str]:
    parts = urlsplit(path_and_query)
    return parts.path or "/", parts.query


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class PortalWrapper:
    """A portal served differently (faults, a redesign): everything not overridden is the wrapped
    ``portal``'s, so a wrapper goes wherever a ``Portal`` does. ``base_url`` is set by the server on the
    wrapped portal: its pages link to it."""

    def __init__(self, portal: Portal) -> None:
        self.portal = portal

    def __getattr__(self, name: str) -> Any:
        return getattr(self.portal, name)

    @property
    def base_url(self) -> str:
        return self.portal.base_url

    @base_url.setter
    def base_url(self, value: str) -> None:
        self.portal.base_url = value

    @property
    def site(self) -> str:
        return self.portal.site
