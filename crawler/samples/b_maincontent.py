"""baohaiphong.vn: the "b-maincontent" (onecms) CMS, markup after the modelled fixture
(tests/fixtures/baohaiphong/khoi-cong-truong-hoc.html).

- article ``/<slug>-<528000 + id>.html``; the normal (non-longform) header ``div.c-detail-head`` with
  ``h1.c-detail-head__title``, ``span.c-detail-head__time`` "Thứ Hai, 08/12/2025 - 14:30" and
  ``div.c-detail-head__sapo``; ``article:published_time`` / ``article:modified_time``; the text in
  ``article.entry`` inside ``div.b-maincontent``, with a "Tin liên quan" ``div.c-box`` and a trailing
  ">>" related line (both dropped by the parser); the byline a right-aligned bold paragraph; images
  ``figure`` + ``figcaption`` (the first lazy-loaded: ``data-src``); breadcrumb ``div.c-breadcrumbs``,
  tags ``div.c-tags``.
- listing ``/thoi-su``; page N ``/thoi-su?page=N`` (the fixture's "Xem thêm" link) under
  ``div.pagination``; the home page ``/`` is the listing of every article (``/?page=N``).
- RSS ``/rss/home.rss`` and ``/rss/<section>.rss``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Family, Listing, digest, esc, iso, nbsp, norm, weekday

__all__ = ["BMaincontentFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+-(\d+)\.html")
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="
_SITE_NAME = "Báo Hải Phòng"


class BMaincontentFamily(Family):
    family: ClassVar[str] = "b_maincontent"
    page_param: ClassVar[str | None] = "page"
    home_lists_all: ClassVar[bool] = True
    sapo_mode: ClassVar[str] = "separate"
    subheads: ClassVar[bool] = True

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.slug[:90].rstrip('-')}-{self.profile.id_base + article_id}.html"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(1)) - self.profile.id_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        base = f"/{listing.key}"
        return base if page == 1 else f"{base}?page={page}"

    def feeds(self) -> dict[str, Listing]:
        out = {"/rss/home.rss": self.all_listing()}
        out.update({f"/rss/{s.key}.rss": self.section_listing(s) for s in self.profile.sections})
        return out

    def image_url(self, a: Article, img: Img) -> str:
        return self.url(f"/upload/image/{a.published:%Y%m}/medium/{self.profile.id_base + a.id}_{a.slug[:24].rstrip('-')}-{img.name}.jpg")

    def thumb_url(self, article_id: int) -> str:
        return self.url(f"/upload/image/thumb/{digest(self.site, article_id, 'thumb', length=16)}.jpg")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/upload/files/{a.published:%Y%m}/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        return iso(a.published), iso(a.published), iso(a.modified) if a.modified else None

    # --- page parts -------------------------------------------------------------------------------------

    def _head(self, title: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            f"{extra}"
            f'<link rel="stylesheet" href="{esc(self.url("/assets/onecms/css/main.min.css?v=2.4.1"))}" />\n'
            f'<script src="{esc(self.url("/assets/onecms/js/onecms.min.js?v=2.4.1"))}" defer></script>\n'
            "</head>\n"
        )

    def _header(self, body_class: str) -> str:
        items = [f'<li><a href="{esc(self.url("/"))}">Trang chủ</a></li>']
        items += [f'<li><a href="{esc(self.url(f"/{s.key}"))}">{esc(s.name)}</a></li>' for s in self.profile.sections]
        items += [f'<li><a href="{esc(self.url(f"/{k}"))}">{esc(n)}</a></li>' for k, n in self.profile.menu_extra]
        return (
            f'<body class="{body_class}">\n<header class="l-header">\n'
            f'  <div class="l-header__top"><a class="l-header__logo" href="{esc(self.url("/"))}"><img '
            f'src="{esc(self.url("/assets/onecms/images/logo.png"))}" alt="{_SITE_NAME}" /></a></div>\n'
            f'  <nav class="l-nav">\n    <ul class="c-menu">\n      {"".join(items)}\n    </ul>\n  </nav>\n</header>\n'
            '<main class="l-main">\n  <div class="l-container">\n    <div class="l-grid">\n      <div class="l-grid__main">\n'
        )

    def _aside(self) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(norm(self.head(i).title))}</a></li>'
            for i in self.most_read()
        )
        return (
            '      </div>\n      <aside class="l-grid__aside">\n        <div class="c-most-read">\n'
            f'          <h3 class="c-most-read__title">Đọc nhiều</h3>\n          <ol>{rows}</ol>\n        </div>\n'
            "      </aside>\n    </div>\n  </div>\n</main>\n"
        )

    def _footer(self) -> str:
        return (
            '<footer class="l-footer">\n  <p>Báo Hải Phòng - Cơ quan của Đảng bộ thành phố Hải Phòng.</p>\n'
            f'  <p><a href="{esc(self.url("/rss/home.rss"))}">RSS</a></p>\n</footer>\n</body>\n</html>\n'
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        sapo = norm(comp.sapo)
        meta = f'<meta name="description" content="{esc(sapo)}" />\n'
        if a.tags:
            meta += f'<meta name="keywords" content="{esc(", ".join(a.tags))}" />\n'
        meta += (
            f'<link rel="canonical" href="{esc(url)}" />\n<meta property="og:site_name" content="{_SITE_NAME}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="og:url" content="{esc(url)}" />\n'
            f'<meta property="og:title" content="{esc(title)}" />\n<meta property="og:description" content="{esc(sapo)}" />\n'
        )
        if a.images:
            meta += f'<meta property="og:image" content="{esc(self.image_url(a, a.images[0]))}" />\n'
        meta += f'<meta property="article:published_time" content="{iso(a.published)}" />\n'
        if a.modified:
            meta += f'<meta property="article:modified_time" content="{iso(a.modified)}" />\n'
        out = [self._head(title, meta), self._header("page-detail")]
        crumbs = [f'<li><a href="{esc(self.url("/"))}">Trang chủ</a></li>',
                  f'<li><a href="{esc(self.url(f"/{a.section.key}"))}">{esc(a.section.name)}</a></li>']
        if a.sub:
            crumbs.append(f'<li><a href="{esc(self.url(f"/{a.section.key}/{a.sub.key}"))}">{esc(a.sub.name)}</a></li>')
        out.append(
            '        <div class="b-maincontent clearfix">\n'
            f'          <div class="c-breadcrumbs">\n            <ul>{"".join(crumbs)}</ul>\n          </div>\n'
            '          <div class="c-detail-head">\n'
            f'            <h1 class="c-detail-head__title">{esc(a.title)}</h1>\n'
            '            <div class="c-detail-head__row">\n'
            f'              <span class="c-detail-head__time">{weekday(a.published)}, {a.published:%d/%m/%Y - %H:%M}</span>\n'
            '            </div>\n'
        )
        if comp.sapo:
            out.append(f'            <div class="c-detail-head__sapo">{esc(comp.sapo)}</div>\n')
        out.append('          </div>\n\n          <article class="entry entry-no-padding">\n')
        first_img = True
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i, first_img))
            if block.kind == "img":
                first_img = False
            if i == 1 and a.related:
                rows = "".join(
                    f'<li><a href="{esc(self.url(self.article_path(self.head(r), r)))}">{esc(norm(self.head(r).title))}</a></li>'
                    for r in a.related[:2]
                )
                out.append('<div class="c-box c-box--inline">\n  <div class="c-box__title">Tin liên quan</div>\n'
                           f'  <ul class="c-box__list">{rows}</ul>\n</div>\n')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>\n')
        if a.source_line:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.source_line)}</strong></p>\n')
        if a.related and a.id % 2 == 0:
            r = a.related[-1]
            out.append(f'<p><a href="{esc(self.url(self.article_path(self.head(r), r)))}">&gt;&gt; {esc(norm(self.head(r).title))}</a></p>\n')
        out.append("          </article>\n")
        if a.tags:
            tags = "\n".join(f'            <a href="{esc(self.url(f"/tags/{_slug(t)}.html"))}">{esc(t)}</a>' for t in a.tags)
            out.append(f'          <div class="c-tags">\n            <span class="c-tags__label">Từ khóa:</span>\n{tags}\n          </div>\n')
        out.append("        </div>\n")
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int, first_img: bool) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            cap = f"<figcaption>{esc(img.printed_caption)}</figcaption>" if img.printed_caption else ""
            src = esc(self.image_url(a, img))
            tag = (f'<img src="{_PIXEL}" data-src="{src}" alt="" class="lazyload" onclick="onecms.lightbox.open(this)" />'
                   if first_img else f'<img src="{src}" alt="" />')
            return f'<figure class="image align-center">{tag}{cap}</figure>\n'
        if block.kind == "h":
            return f"<h2>{esc(block.text)}</h2>\n"
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p>Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>.</p>\n'
        return f"<p>{nbsp(block.text, 5 if (a.id + i) % 5 == 0 else 0)}</p>\n"

    # --- listings ---------------------------------------------------------------------------------------------

    def _item(self, i: int) -> str:
        h = self.head(i)
        url = esc(self.url(self.article_path(h, i)))
        return (f'<li class="b-grid__item"><a class="b-grid__thumb" href="{url}"><img src="{esc(self.thumb_url(i))}" alt="" /></a>'
                f'<h3 class="b-grid__title"><a href="{url}">{esc(norm(h.title))}</a></h3></li>\n')

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        name = listing.name if listing.key else _SITE_NAME
        out = [self._head(name if not listing.key else f"{name} - {_SITE_NAME}"), self._header("page-category")]
        out.append(f'        <div class="b-maincontent">\n          <h1 class="b-maincontent__title">{esc(name)}</h1>\n'
                   '          <ul class="b-grid onecms__loading">\n')
        out += [self._item(i) for i in ids]
        out.append("          </ul>\n")
        if not ids:
            out.append('          <p class="c-empty">Chưa có bài viết.</p>\n')
        if page < pages:
            out.append(f'          <div class="c-more-small onecms__loadmore"><a href="{esc(self.url(self.listing_path(listing, page + 1)))}">Xem thêm</a></div>\n')
        links = self.page_links(listing, page, pages, "is-active")
        out.append(f'          <div class="pagination">{links}</div>\n        </div>\n')
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def render_home(self) -> str:
        return self.render_listing(self.all_listing(), 1)

    def render_404(self) -> str:
        return (self._head(f"Không tìm thấy trang - {_SITE_NAME}") + self._header("page-404")
                + '        <div class="c-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại.</p></div>\n'
                + self._aside() + self._footer())


def _slug(text: str) -> str:
    from .content import slugify

    return slugify(text)


FAMILY = BMaincontentFamily
