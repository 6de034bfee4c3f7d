"""What every sample portal shares: listings as arithmetic progressions of ids, the body composition
that both the page and its expected item are made from, sitemaps, RSS, robots.txt and small helpers.

A family module (``a_id``, ``mcms``, ``vnexpress``, ``liferay``, ``ym_slug``) subclasses ``Family`` with
its URL scheme and its markup.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qs
from xml.sax.saxutils import escape as xml_escape

from ..sites import get_site
from .content import Article, Head, Img, article, head, total
from .profiles import PROFILES, Profile, Section, Sub

if TYPE_CHECKING:
    from . import Portal

__all__ = ["Block", "Family", "Listing", "esc", "norm"]

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml"
TEXT = "text/plain; charset=utf-8"
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SITEMAP_MAX = 5000
RSS_ITEMS = 20

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def norm(text: str) -> str:
    """ITEM.md's text rules, for expected values: NFC, every run of white space (NBSP too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def nbsp(text: str, k: int) -> str:
    """Escaped text with its k-th space (if any) written as ``&nbsp;``, as CMS editors leave them."""
    parts = esc(text).split(" ")
    if k <= 0 or len(parts) <= k:
        return esc(text).replace("\u00a0", "&nbsp;")
    return (" ".join(parts[:k]) + "&nbsp;" + " ".join(parts[k:])).replace("\u00a0", "&nbsp;")


def digest(*parts: object, length: int = 32) -> str:
    return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:length]


def jsonld(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=None)
    return text.replace("</", "<\\/")


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def weekday(dt: datetime, lower: bool = False) -> str:
    name = WEEKDAYS[dt.weekday()]
    return name[:1] + name[1:].lower() if lower else name


@dataclass(frozen=True)
class Listing:
    """The ids ≡ residue (mod modulus) among 1..total, newest (highest) first; modulus 0: no ids."""

    key: str  #: "" for the whole site, "thoi-su", "thoi-su/can-tho"
    name: str
    section: Section | None = None
    sub: Sub | None = None
    modulus: int = 1
    residue: int = 0

    def _top(self, n: int) -> int:
        if self.modulus == 0 or n < 1:
            return 0
        top = n - ((n - self.residue) % self.modulus)
        return top if top >= 1 else 0

    def count(self, n: int) -> int:
        top = self._top(n)
        if not top:
            return 0
        first = self.residue if self.residue >= 1 else self.modulus
        return (top - first) // self.modulus + 1

    def ids(self, n: int, start: int, count: int) -> list[int]:
        top = self._top(n)
        if not top:
            return []
        out = []
        for k in range(start, start + count):
            i = top - k * self.modulus
            if i < 1:
                break
            out.append(i)
        return out

    def pages(self, n: int, per_page: int) -> int:
        return max(1, -(-self.count(n) // per_page))


@dataclass(frozen=True)
class Block:
    """One element of an article body, in reading order."""

    kind: str  #: "p" paragraph, "h" sub-heading, "img" image, "doc" paragraph linking a document
    text: str = ""
    img: Img | None = None
    href: str = ""


@dataclass(frozen=True)
class Composition:
    sapo: str
    blocks: tuple[Block, ...]
    lead_image: Img | None  #: shown as the lead figure outside the body


class Family:
    """A sample portal's URL scheme and markup. ``portal`` gives the size, edition and origin."""

    family: ClassVar[str]
    #: how the lead is printed: "first_para" (the body's first paragraph), "separate" (its own
    #: element), "optional" (its own element when the article has one, else merged into the body),
    #: "summary" (a summary sentence as the lead; the dated opening starts the body)
    sapo_mode: ClassVar[str] = "separate"
    #: with sapo_mode "optional": the share of articles that have a lead element
    lead_rate: ClassVar[float] = 1.0
    subheads: ClassVar[bool] = False
    lead_figures: ClassVar[bool] = False
    #: documents are listed in a "File đính kèm" block (else one is linked from the body's text)
    attachment_block: ClassVar[bool] = False
    robots_disallow: ClassVar[tuple[str, ...]] = ("/tim-kiem/",)
    home_aliases: ClassVar[tuple[str, ...]] = ()

    def __init__(self, portal: Portal) -> None:
        self.portal = portal
        self.site = portal.site
        self.profile: Profile = PROFILES[portal.site]
        self.declared = get_site(portal.site)

    # --- portal state -------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return self.portal.base_url.rstrip("/")

    @property
    def n(self) -> int:
        return total(self.portal.n_articles, self.portal.edition)

    def article(self, article_id: int) -> Article:
        return article(self.site, article_id, self.portal.n_articles, self.portal.edition, self.portal.epoch)

    def head(self, article_id: int) -> Head:
        return head(self.site, article_id, self.portal.n_articles, self.portal.epoch)

    def url(self, path: str) -> str:
        return self.base + path

    # --- listings ------------------------------------------------------------------------------------

    def listings(self) -> list[Listing]:
        """Every section and sub-section listing, then the (empty) menu extras."""
        out = []
        k = len(self.profile.sections)
        for i, section in enumerate(self.profile.sections):
            out.append(Listing(section.key, section.name, section, None, k, i % k))
            s = len(section.subs)
            for j, sub in enumerate(section.subs):
                out.append(Listing(f"{section.key}/{sub.key}", sub.name, section, sub, k * s, (k * j + i) % (k * s)))
        for key, name in self.profile.menu_extra:
            out.append(Listing(key, name, None, None, 0, 0))
        return out

    def listing_of(self, head: Head) -> Listing:
        key = f"{head.section.key}/{head.sub.key}" if head.sub else head.section.key
        return next(lst for lst in self.listings() if lst.key == key)

    def section_listing(self, section: Section) -> Listing:
        return next(lst for lst in self.listings() if lst.key == section.key)

    def all_listing(self) -> Listing:
        return Listing("", self.declared.title)

    def page_ids(self, listing: Listing, page: int) -> list[int]:
        per = self.portal.per_page
        return listing.ids(self.n, (page - 1) * per, per)

    def most_read(self) -> list[int]:
        """The "Đọc nhiều" box: a few articles of the last days, the same on every page (and edition)."""
        n = self.portal.n_articles
        return [i for i in (n - 2, n - 5, n - 9, n - 14, n - 20) if i >= 1]

    # --- what every family implements -----------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        raise NotImplementedError

    def resolve_article(self, path: str, query: str) -> int | None:
        """The id of the article served at this path, or None (a wrong slug is not the article)."""
        article_id = self.article_id_from(path, query)
        if article_id is None or not 1 <= article_id <= self.n:
            return None
        wanted = self.article_path(self.head(article_id), article_id)
        return article_id if wanted == path + (f"?{query}" if query else "") else None

    def article_id_from(self, path: str, query: str) -> int | None:
        raise NotImplementedError

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        raise NotImplementedError

    #: how a listing page is addressed: a path pattern (group 1 the listing key, group 2 the page) …
    listing_re: ClassVar[re.Pattern[str] | None] = None
    #: … or a query parameter holding the page (``/thoi-su?p=2``)
    page_param: ClassVar[str | None] = None

    #: the home page "/" is the listing of every article (with the page parameter for its later pages)
    home_lists_all: ClassVar[bool] = False

    def match_listing(self, path: str, query: str) -> tuple[Listing, int] | None:
        """The listing and page served at this path, or None."""
        if self.page_param:
            params = parse_qs(query)
            if set(params) - {self.page_param}:
                return None
            try:
                page = int(params.get(self.page_param, ["1"])[0])
            except ValueError:
                return None
            key = path.strip("/")
            if path == "/" and self.home_lists_all:
                return self.all_listing(), page
        else:
            m = self.listing_re.fullmatch(path) if self.listing_re else None
            if not m or query:
                return None
            key, page = m.group(1), int(m.group(2) or 1)
        for listing in self.listings():
            if listing.key == key:
                return listing, page
        return None

    def page_links(self, listing: Listing, page: int, pages: int, current: str) -> str:
        """Numbered links to the pages around ``page`` (the current one a ``<span class=current>``) and
        a "Trang sau" link with ``rel=next``, space-separated."""
        links = [f'<span class="{current}">{p}</span>' if p == page
                 else f'<a href="{esc(self.url(self.listing_path(listing, p)))}">{p}</a>'
                 for p in range(max(1, page - 2), min(pages, page + 2) + 1)]
        if page < pages:
            links.append(f'<a rel="next" href="{esc(self.url(self.listing_path(listing, page + 1)))}">Trang sau</a>')
        return " ".join(links)

    def feeds(self) -> dict[str, Listing]:
        """Feed path → the listing it carries."""
        raise NotImplementedError

    def image_url(self, a: Article, img: Img) -> str:
        raise NotImplementedError

    def doc_url(self, a: Article, name: str) -> str:
        raise NotImplementedError

    def render_article(self, a: Article) -> str:
        raise NotImplementedError

    def render_listing(self, listing: Listing, page: int) -> str:
        raise NotImplementedError

    def render_home(self) -> str:
        raise NotImplementedError

    def render_404(self) -> str:
        raise NotImplementedError

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        """(published_at, published_raw, modified_at) as the family's page gives them."""
        raise NotImplementedError

    def static(self, path: str) -> tuple[str, bytes] | None:
        """Images and documents: a 1×1 GIF or a stub PDF, so that links resolve."""
        low = path.lower()
        if low.endswith((".pdf", ".doc", ".docx")) or (low.startswith("/documents/") and ".pdf" in low):
            return "application/pdf", PDF
        if low.endswith(".css"):
            return "text/css; charset=utf-8", b"/* sample portal */\n"
        if low.endswith(".js"):
            return "text/javascript; charset=utf-8", b"/* sample portal */\n"
        if (low.endswith((".jpg", ".jpeg", ".png", ".webp", ".gif", ".ico"))
                or low.startswith(("/documents/", "/dataimages/", "/vcdn/", "/image/"))):
            return "image/gif", GIF
        return None

    # --- the article's body, shared by the page and the expected item -------------------------------

    def compose(self, a: Article) -> Composition:
        mode = self.sapo_mode
        if mode == "optional":
            mode = "separate" if a.has_sapo and a.lead_roll < self.lead_rate else "merged"
        paras = list(a.paragraphs)
        head_blocks: list[Block] = []
        sapo = ""
        if mode == "first_para":
            sapo_text = self.dateline(a) + a.lead
            head_blocks.append(Block("p", sapo_text))
            sapo = sapo_text
        elif mode == "separate":
            sapo = a.lead
        else:  # merged / summary: the dated opening starts the body
            sapo = a.summary if mode == "summary" else ""
            if paras:
                paras[0] = f"{a.lead} {paras[0]}"
            else:
                head_blocks.append(Block("p", a.lead))
        images = list(a.images)
        lead_image = images.pop(0) if self.lead_figures and a.lead_figure else None
        blocks = head_blocks + [Block("img", img=im) for im in images if im.after < 0]
        for i, text in enumerate(paras):
            if self.subheads and a.subhead and a.subhead[0] == i:
                blocks.append(Block("h", a.subhead[1]))
            blocks.append(Block("p", text))
            blocks += [Block("img", img=im) for im in images if im.after == i]
        if a.doc_link and not self.attachment_block:
            name, title = a.doc_link
            blocks.append(Block("doc", f"Xem toàn văn: {title}.", href=self.doc_url(a, name)))
        if a.update_note:
            blocks.append(Block("p", a.update_note))
        return Composition(sapo, tuple(blocks), lead_image)

    def dateline(self, a: Article) -> str:
        return ""

    # --- the expected item -----------------------------------------------------------------------------

    def expected(self, a: Article, article_id: int) -> dict[str, Any]:
        comp = self.compose(a)
        url = self.url(self.article_path(a, article_id))
        body = [norm(b.text) for b in comp.blocks if b.kind in ("p", "h", "doc")]
        images = ([comp.lead_image] if comp.lead_image else []) + [b.img for b in comp.blocks if b.img]
        if a.photo_story:
            body += [norm(im.caption) for im in images if im.caption]
        if self.attachment_block:
            attachments = [{"url": self.doc_url(a, name), "title": title} for name, title in a.attachments]
        else:
            attachments = [{"url": self.doc_url(a, a.doc_link[0]), "title": a.doc_link[1]}] if a.doc_link else []
        published, raw, modified = self.published_fields(a)
        return {
            "url": url,
            "canonical_url": url,
            "site": self.site,
            "province": self.declared.province,
            "title": norm(a.title),
            "sapo": norm(comp.sapo),
            "body": "\n\n".join(body),
            "authors": list(a.authors),
            "source": a.source,
            "published_at": published,
            "modified_at": modified,
            "published_raw": raw,
            "event_date": a.event.isoformat() if a.event else None,
            "tags": list(a.tags),
            "category": list(a.category),
            "images": [
                {"url": self.image_url(a, im), "caption": norm(im.caption) if im.caption else None, "credit": im.credit}
                for im in images
            ],
            "attachments": attachments,
            "language": "vi",
            "extraction": self.family,
        }

    # --- feeds, sitemaps, robots -----------------------------------------------------------------------

    def lastmod(self, article_id: int) -> datetime:
        from .content import modified_at

        mod = modified_at(self.portal.n_articles, self.portal.edition, article_id, self.portal.epoch)
        return mod or self.head(article_id).published

    def robots(self) -> str:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in self.robots_disallow), "Allow: /", "",
                 f"Sitemap: {self.url('/sitemap.xml')}", ""]
        return "\n".join(lines)

    def sitemap(self) -> str:
        n = self.n
        if n <= SITEMAP_MAX:
            return self._urlset(range(n, 0, -1))
        parts = []
        for k in range(-(-n // SITEMAP_MAX), 0, -1):
            # the newest change in the child: its top article, or the last revised one (every tenth id)
            top = min(n, k * SITEMAP_MAX)
            newest = self.lastmod(top)
            if top - top % 10 > (k - 1) * SITEMAP_MAX:
                newest = max(newest, self.lastmod(top - top % 10))
            parts.append(f"<sitemap><loc>{xml_escape(self.url(f'/sitemaps/sitemap-{k}.xml'))}</loc>"
                         f"<lastmod>{iso(newest)}</lastmod></sitemap>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(parts)
                + "\n</sitemapindex>\n")

    def child_sitemap(self, k: int) -> str | None:
        n = self.n
        if n <= SITEMAP_MAX or not 1 <= k <= -(-n // SITEMAP_MAX):
            return None
        return self._urlset(range(min(n, k * SITEMAP_MAX), (k - 1) * SITEMAP_MAX, -1))

    def _urlset(self, ids: range) -> str:
        rows = []
        for i in ids:
            loc = xml_escape(self.url(self.article_path(self.head(i), i)))
            rows.append(f"<url><loc>{loc}</loc><lastmod>{iso(self.lastmod(i))}</lastmod></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")

    def rss(self, listing: Listing, path: str) -> str:
        items = []
        for i in listing.ids(self.n, 0, RSS_ITEMS):
            a = self.article(i)
            link = xml_escape(self.url(self.article_path(a, i)))
            desc = xml_escape(norm(a.summary if self.sapo_mode == "summary" else a.lead))
            items.append(
                f"<item><title>{xml_escape(norm(a.title))}</title><link>{link}</link>"
                f"<description>{desc}</description><pubDate>{format_datetime(a.published)}</pubDate>"
                f'<guid isPermaLink="true">{link}</guid><category>{xml_escape(a.category[-1])}</category></item>'
            )
        title = f"{listing.name} - {self.declared.title}" if listing.key else self.declared.title
        home = self.url(self.listing_path(listing) if listing.key else "/")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"<channel><title>{xml_escape(title)}</title><link>{xml_escape(home)}</link>"
            f"<description>{xml_escape(title)}</description><language>vi</language>"
            f'<atom:link href="{xml_escape(self.url(path))}" rel="self" type="application/rss+xml"/>\n'
            + "\n".join(items) + "\n</channel>\n</rss>\n"
        )
