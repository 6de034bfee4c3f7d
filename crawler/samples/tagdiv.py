"""baodongnai.com.vn: WordPress with the tagDiv "Newspaper" theme, markup after the modelled fixture
(tests/fixtures/baodongnai/thao-go-mat-bang.html).

- article ``/<section>/<YYYYMM>/<slug>-<7 hex>/`` (the hex is 0x4c1e000 + id); ``h1.entry-title``,
  ``time.entry-date[datetime]`` (+07:00) in the post header, ``article:published_time`` /
  ``article:modified_time`` in UTC as Yoast prints them; no lead element: the lead is the wholly bold
  first paragraph of ``div.td-post-content`` (it stays in the body); in-content ads ``div.td-a-rec``;
  images ``figure.wp-caption`` + ``figcaption.wp-caption-text`` (the first lazy: ``data-lazy-src`` and a
  ``<noscript>`` copy); the byline (or "Theo …") a right-aligned bold paragraph; the theme's author box
  names the desk account ("Ban Biên tập"), which the parser ignores; breadcrumb
  ``div.breadcrumb a.title.fleft``, ``ul.td-category``; tags ``div.td-post-source-tags ul.td-tags``.
- listing ``/thoi-su/``; page N ``/thoi-su/page/N/`` (WordPress) under ``div.page-nav`` with a
  ``rel="next"`` link; the home page ``/`` is the listing of every article (``/page/N/``).
- RSS ``/feed/`` and ``/<section>/feed/``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Family, Listing, digest, esc, iso, nbsp, norm

__all__ = ["TagDivFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+/\d{6}/[a-z0-9-]+-([0-9a-f]{7})/")
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="
_SITE_NAME = "Báo Đồng Nai"
_LISTING = re.compile(r"/((?:[a-z0-9-]+/){0,2}?)(?:page/(\d+)/)?")


class TagDivFamily(Family):
    family: ClassVar[str] = "tagdiv"
    sapo_mode: ClassVar[str] = "first_para"
    subheads: ClassVar[bool] = True
    robots_disallow: ClassVar[tuple[str, ...]] = ("/tim-kiem/", "/wp-admin/")
    hex_base: ClassVar[int] = 0x4C1E000

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.section.key}/{a.published:%Y%m}/{a.slug[:80].rstrip('-')}-{self.hex_base + article_id:07x}/"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(1), 16) - self.hex_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        base = f"/{listing.key}/" if listing.key else "/"
        return base if page == 1 else f"{base}page/{page}/"

    def match_listing(self, path: str, query: str) -> tuple[Listing, int] | None:
        m = _LISTING.fullmatch(path)
        if not m or query:
            return None
        key, page = m.group(1).strip("/"), int(m.group(2) or 1)
        if not key:
            return self.all_listing(), page  # the home page lists every article
        for listing in self.listings():
            if listing.key == key:
                return listing, page
        return None

    def feeds(self) -> dict[str, Listing]:
        out = {"/feed/": self.all_listing()}
        out.update({f"/{s.key}/feed/": self.section_listing(s) for s in self.profile.sections})
        return out

    def image_url(self, a: Article, img: Img) -> str:
        return self.url(f"/wp-content/uploads/{a.published:%Y/%m}/{a.slug[:24].rstrip('-')}-{img.name}.jpg")

    def thumb_url(self, article_id: int) -> str:
        h = self.head(article_id)
        return self.url(f"/wp-content/uploads/{h.published:%Y/%m}/{digest(self.site, article_id, 'thumb', length=12)}-218x150.jpg")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/wp-content/uploads/{a.published:%Y/%m}/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        return iso(a.published), _utc(a.published), iso(a.modified) if a.modified else None

    # --- page parts -------------------------------------------------------------------------------------

    def _head(self, title: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8" />\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"{extra}"
            f'<link rel="stylesheet" id="td-theme-css" href="{esc(self.url("/wp-content/themes/Newspaper/style.css?ver=12.6.8"))}" type="text/css" media="all" />\n'
            "</head>\n"
        )

    def _header(self, body_class: str) -> str:
        items = [f'<li><a href="{esc(self.url("/"))}">Trang chủ</a></li>']
        items += [f'<li><a href="{esc(self.url(f"/{s.key}/"))}">{esc(s.name)}</a></li>' for s in self.profile.sections]
        items += [f'<li><a href="{esc(self.url(f"/{k}/"))}">{esc(n)}</a></li>' for k, n in self.profile.menu_extra]
        return (
            f'<body class="{body_class}">\n<div class="td-theme-wrap">\n  <div class="td-header-wrap td-header-style-1">\n'
            '    <div class="td-header-menu-wrap-full">\n'
            f'      <ul id="menu-main-menu" class="sf-menu">{"".join(items)}</ul>\n    </div>\n  </div>\n'
            '  <div class="td-main-content-wrap td-container-wrap">\n    <div class="td-container">\n'
        )

    def _aside(self) -> str:
        rows = "".join(
            '<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title">'
            f'<a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(norm(self.head(i).title))}</a></h3></div>\n'
            for i in self.most_read()
        )
        return (
            '        <div class="td-pb-span4 td-main-sidebar" role="complementary">\n'
            f'          <div class="td_block_wrap"><h4 class="block-title"><span>Đọc nhiều</span></h4>\n{rows}</div>\n'
            "        </div>\n      </div>\n    </div>\n  </div>\n"
        )

    def _footer(self) -> str:
        return (
            '  <div class="td-footer-wrapper"><p>Báo Đồng Nai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai.</p>\n'
            f'  <p><a href="{esc(self.url("/feed/"))}">RSS</a></p></div>\n</div>\n</body>\n</html>\n'
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        lead = norm(comp.sapo)
        meta = (
            f'<meta name="description" content="{esc(lead)}" />\n<link rel="canonical" href="{esc(url)}" />\n'
            '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(title)}" />\n<meta property="og:description" content="{esc(lead)}" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n<meta property="og:site_name" content="{_SITE_NAME}" />\n'
            f'<meta property="article:published_time" content="{_utc(a.published)}" />\n'
        )
        if a.modified:
            meta += f'<meta property="article:modified_time" content="{_utc(a.modified)}" />\n'
        if a.images:
            meta += f'<meta property="og:image" content="{esc(self.image_url(a, a.images[0]))}" />\n'
        post = self.hex_base + a.id
        out = [self._head(f"{title} - {_SITE_NAME}", meta),
               self._header(f"post-template-default single single-post postid-{post} single-format-standard")]
        crumbs = [(self.url("/"), "Trang chủ"), (self.url(f"/{a.section.key}/"), a.section.name)]
        if a.sub:
            crumbs.append((self.url(f"/{a.section.key}/{a.sub.key}/"), a.sub.name))
        out.append(
            '      <div class="breadcrumb">\n'
            + "".join(f'        <a class="title fleft" href="{esc(u)}">{esc(n)}</a>\n' for u, n in crumbs)
            + '      </div>\n      <div class="td-pb-row">\n        <div class="td-pb-span8 td-main-content" role="main">\n'
            '          <div id="content" class="content-detail">\n'
            f'            <article id="post-{post}" class="post-{post} post type-post status-publish format-standard">\n'
            '              <div class="td-post-header">\n                <ul class="td-category">'
            + "".join(f'<li class="entry-category"><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in crumbs[1:])
            + "</ul>\n"
            '                <header class="td-post-title">\n'
            f'                  <h1 class="entry-title">{esc(a.title)}</h1>\n'
            '                  <div class="td-module-meta-info">\n'
            '                    <div class="td-post-author-name"><div class="td-author-by">Bởi</div> '
            f'<a href="{esc(self.url("/author/bbt/"))}">Ban Biên tập</a><div class="td-author-line"> - </div></div>\n'
            f'                    <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(a.published)}">'
            f"{a.published:%d/%m/%Y}</time></span>\n"
            "                  </div>\n                </header>\n              </div>\n"
            '              <div class="td-post-content tagdiv-type">\n'
        )
        first_img = True
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i, first_img))
            if block.kind == "img":
                first_img = False
            if i == 1:
                out.append('<div class="td-a-rec td-a-rec-id-content_inline"><div class="td-all-devices">'
                           f'<a href="{esc(self.url("/lien-he-quang-cao/"))}" target="_blank" rel="nofollow">'
                           f'<img src="{esc(self.url("/wp-content/uploads/2025/10/banner-inline-680x120.jpg"))}" alt="Quảng cáo" /></a></div></div>\n')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>\n')
        if a.source_line:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.source_line)}</strong></p>\n')
        out.append("              </div>\n              <footer>\n")
        if a.tags:
            tags = "".join(f'<li><a href="{esc(self.url(f"/tag/{_slug(t)}/"))}">{esc(t)}</a></li>' for t in a.tags)
            out.append('                <div class="td-post-source-tags">\n                  <ul class="td-tags td-post-small-box clearfix">'
                       f"<li><span>TAGS</span></li>{tags}</ul>\n                </div>\n")
        out.append("              </footer>\n            </article>\n          </div>\n        </div>\n")
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int, first_img: bool) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            src = esc(self.image_url(a, img))
            k = f"{a.id}{i}"
            cap = f'<figcaption id="caption-attachment-{k}" class="wp-caption-text">{esc(img.printed_caption)}</figcaption>' if img.printed_caption else ""
            tag = (f'<img decoding="async" class="size-full" src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.w3.org/2000/svg\'%3E%3C/svg%3E" '
                   f'data-lazy-src="{src}" alt="" width="800" height="533" /><noscript><img decoding="async" class="size-full" '
                   f'src="{src}" alt="" width="800" height="533" /></noscript>'
                   if first_img else f'<img decoding="async" class="size-full" src="{src}" alt="" width="800" height="533" />')
            return f'<figure id="attachment_{k}" class="wp-caption aligncenter">{tag}{cap}</figure>\n'
        if block.kind == "h":
            return f"<h3>{esc(block.text)}</h3>\n"
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p>Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>.</p>\n'
        text = nbsp(block.text, 5 if (a.id + i) % 5 == 0 else 0)
        return f"<p><strong>{text}</strong></p>\n" if i == 0 else f"<p>{text}</p>\n"

    def _item(self, i: int) -> str:
        h = self.head(i)
        url = esc(self.url(self.article_path(h, i)))
        return (f'<div class="td_module_10 td_module_wrap"><div class="td-module-thumb"><a href="{url}"><img src="{esc(self.thumb_url(i))}" alt="" /></a></div>'
                f'<h3 class="entry-title td-module-title"><a href="{url}">{esc(norm(h.title))}</a></h3></div>\n')

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        name = listing.name if listing.key else _SITE_NAME
        out = [self._head(name if not listing.key else f"{name} - {_SITE_NAME}"), self._header("page-category")]
        out.append('      <div class="td-pb-row">\n        <div class="td-pb-span8 td-main-content" role="main">\n'
                   f'          <h1 class="entry-title td-page-title">{esc(name)}</h1>\n          <div class="td-ss-main-content">\n')
        out += [self._item(i) for i in ids]
        out.append("          </div>\n")
        if not ids:
            out.append('          <p class="c-empty">Chưa có bài viết.</p>\n')
        links = self.page_links(listing, page, pages, "current")
        out.append(f'          <div class="page-nav td-pb-padding-side">{links}</div>\n        </div>\n')
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def render_home(self) -> str:
        return self.render_listing(self.all_listing(), 1)

    def render_404(self) -> str:
        return (self._head(f"Không tìm thấy trang - {_SITE_NAME}") + self._header("page-404")
                + '        <div class="c-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại.</p></div>\n'
                + self._aside() + self._footer())


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def _slug(text: str) -> str:
    from .content import slugify

    return slugify(text)


FAMILY = TagDivFamily
