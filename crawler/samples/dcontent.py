"""baothanhhoa.vn: the ".htm + #dcontent" CMS, markup after the modelled fixture
(tests/fixtures/baothanhhoa/hoi-cho-ocop.html).

- article ``/<slug>-<271000 + id>.htm``; ``h1.pTitle``, the date only as ``span.pdate``
  "Thứ sáu, 05/12/2025 | 09:15" (no machine publication date); the lead ``p.pHead``
  outside ``div#dcontent`` (a revised article adds ``article:modified_time``), with the dateline "(Baothanhhoa.vn) - "; images in ``table.picture`` with
  ``td.pCaption``; a "Tin liên quan" ``div.boxlq`` and, in some articles, an encoded (base64) part
  inside the text, which the parser drops; the byline ``p.pAuthor``, a "Theo …" line ``p.pSource``;
  breadcrumb ``div.breadcrumb``, tags ``div.tags``.
- listing ``/thoi-su``; page N ``/thoi-su?page=N`` under ``div.pagination``; the home page ``/`` is
  the listing of every article (``/?page=N``).
- RSS ``/rss/home.rss`` and ``/rss/<section>.rss``.
"""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Composition, Family, Listing, digest, esc, iso, nbsp, norm, weekday

__all__ = ["DContentFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+-(\d+)\.htm")
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="
_SITE_NAME = "Báo Thanh Hóa"
_DATELINE = "(Baothanhhoa.vn) - "


class DContentFamily(Family):
    family: ClassVar[str] = "dcontent"
    page_param: ClassVar[str | None] = "page"
    home_lists_all: ClassVar[bool] = True
    sapo_mode: ClassVar[str] = "separate"
    subheads: ClassVar[bool] = True

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.slug[:90].rstrip('-')}-{self.profile.id_base + article_id}.htm"

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
        return self.url(f"/media/{a.published:%Y/%m/%d}/{a.slug[:24].rstrip('-')}-{img.name}.jpg")

    def thumb_url(self, article_id: int) -> str:
        return self.url(f"/media/thumb/{digest(self.site, article_id, 'thumb', length=16)}.jpg")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/Uploads/files/{a.published:%Y%m}/{name}")

    def compose(self, a: Article) -> Composition:
        comp = super().compose(a)
        return replace(comp, sapo=_DATELINE + comp.sapo) if comp.sapo else comp

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        # the visible line is the page's only publication date (to the minute); a revised article
        # carries article:modified_time
        return iso(a.published.replace(second=0)), _date_line(a.published), iso(a.modified) if a.modified else None

    # --- page parts -------------------------------------------------------------------------------------

    def _head(self, title: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            f"{extra}"
            f'<link rel="stylesheet" href="{esc(self.url("/Content/css/style.css?v=1.8"))}" />\n'
            f'<script src="{esc(self.url("/Content/js/main.js?v=1.8"))}" defer></script>\n'
            "</head>\n"
        )

    def _header(self, body_class: str) -> str:
        items = [f'<li><a href="{esc(self.url("/"))}">Trang chủ</a></li>']
        items += [f'<li><a href="{esc(self.url(f"/{s.key}"))}">{esc(s.name)}</a></li>' for s in self.profile.sections]
        items += [f'<li><a href="{esc(self.url(f"/{k}"))}">{esc(n)}</a></li>' for k, n in self.profile.menu_extra]
        return (
            f'<body class="{body_class}">\n<div id="wrapper">\n  <div class="header">\n'
            f'    <a class="logo" href="{esc(self.url("/"))}"><img src="{esc(self.url("/Content/images/logo.png"))}" alt="{_SITE_NAME}" /></a>\n'
            f'    <ul class="menu">\n      {"".join(items)}\n    </ul>\n  </div>\n'
            '  <div class="main">\n    <div class="col-left">\n'
        )

    def _aside(self) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(norm(self.head(i).title))}</a></li>'
            for i in self.most_read()
        )
        return (
            '    </div>\n    <div class="col-right">\n'
            f'      <div class="box-docnhieu"><h3>Đọc nhiều</h3>\n        <ul>{rows}</ul>\n      </div>\n'
            "    </div>\n  </div>\n"
        )

    def _footer(self) -> str:
        return (
            '  <div class="footer"><p>Báo Thanh Hóa - Cơ quan của Đảng bộ tỉnh Thanh Hóa.</p>\n'
            f'  <p><a href="{esc(self.url("/rss/home.rss"))}">RSS</a></p></div>\n</div>\n</body>\n</html>\n'
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        meta = f'<meta name="description" content="{esc(norm(a.lead))}" />\n'
        if a.tags:
            meta += f'<meta name="keywords" content="{esc(", ".join(a.tags))}" />\n'
        meta += (
            f'<link rel="canonical" href="{esc(url)}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(title)}" />\n<meta property="og:url" content="{esc(url)}" />\n'
        )
        if a.images:
            meta += f'<meta property="og:image" content="{esc(self.image_url(a, a.images[0]))}" />\n'
        if a.modified:
            meta += f'<meta property="article:modified_time" content="{iso(a.modified)}" />\n'
        out = [self._head(title, meta), self._header("detail")]
        crumbs = [f'<a href="{esc(self.url("/"))}">Trang chủ</a>',
                  f'<a href="{esc(self.url(f"/{a.section.key}"))}">{esc(a.section.name)}</a>']
        if a.sub:
            crumbs.append(f'<a href="{esc(self.url(f"/{a.section.key}/{a.sub.key}"))}">{esc(a.sub.name)}</a>')
        out.append(
            f'      <div class="breadcrumb">{" <span>/</span> ".join(crumbs)}</div>\n'
            '      <div class="detail">\n'
            f'        <h1 class="pTitle">{esc(a.title)}</h1>\n'
            f'        <div class="box-date"><span class="pdate">{_date_line(a.published)}</span> '
            '<a class="print" href="javascript:window.print();">In bài</a></div>\n'
        )
        if comp.sapo:
            out.append(f'        <p class="pHead">{esc(comp.sapo)}</p>\n')
        out.append('        <div id="dcontent" class="dcontent">\n')
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i))
            if i == 1 and a.related:
                rows = "".join(
                    f'<li><a href="{esc(self.url(self.article_path(self.head(r), r)))}">{esc(norm(self.head(r).title))}</a></li>'
                    for r in a.related[:2]
                )
                out.append(f'<div class="boxlq">\n<p class="lq-title">Tin liên quan</p>\n<ul>{rows}</ul>\n</div>\n')
        if a.id % 4 == 1:  # the encoded part some articles carry (decoded in the browser)
            blob = base64.b64encode(digest(self.site, a.id, "enc", length=64).encode() * 2).decode()
            out.append(f'<div class="enc" data-k="{a.id % 97}">{blob[:76]}\n{blob[76:]}</div>\n'
                       '<script type="text/javascript">try { decodeContent(); } catch (e) {}</script>\n')
        if a.byline:
            out.append(f'<p class="pAuthor">{esc(a.byline)}</p>\n')
        if a.source_line:
            out.append(f'<p class="pSource">{esc(a.source_line)}</p>\n')
        out.append("        </div>\n")
        if a.tags:
            tags = " ".join(f'<a href="{esc(self.url(f"/tags/{_slug(t)}.htm"))}">{esc(t)}</a>' for t in a.tags)
            out.append(f'        <div class="tags"><span>Từ khóa:</span> {tags}</div>\n')
        out.append("      </div>\n")
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            cap = f'<tr><td class="pCaption">{esc(img.printed_caption)}</td></tr>\n' if img.printed_caption else ""
            return ('<table class="picture" align="center" border="0" cellpadding="0" cellspacing="0">\n<tbody>\n'
                    f'<tr><td class="pic"><img src="{esc(self.image_url(a, img))}" alt="" onclick="zoomImage(this)" /></td></tr>\n'
                    f"{cap}</tbody>\n</table>\n")
        if block.kind == "h":
            return f"<p><strong>{esc(block.text)}</strong></p>\n"
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p>Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>.</p>\n'
        return f"<p>{nbsp(block.text, 5 if (a.id + i) % 5 == 0 else 0)}</p>\n"

    # --- listings ---------------------------------------------------------------------------------------------

    def _item(self, i: int) -> str:
        h = self.head(i)
        url = esc(self.url(self.article_path(h, i)))
        return (f'<li class="story"><a class="thumb" href="{url}"><img src="{esc(self.thumb_url(i))}" alt="" /></a>'
                f'<h3 class="title"><a href="{url}">{esc(norm(h.title))}</a></h3></li>\n')

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        name = listing.name if listing.key else _SITE_NAME
        out = [self._head(name if not listing.key else f"{name} - {_SITE_NAME}"), self._header("page-category")]
        out.append(f'      <div class="category">\n        <h1 class="cate-title">{esc(name)}</h1>\n'
                   '        <ul class="list-news">\n')
        out += [self._item(i) for i in ids]
        out.append("          </ul>\n")
        if not ids:
            out.append('          <p class="c-empty">Chưa có bài viết.</p>\n')
        links = self.page_links(listing, page, pages, "is-active")
        out.append(f'          <div class="pagination">{links}</div>\n        </div>\n')
        out.append(self._aside())
        out.append(self._footer())
        return "".join(out)

    def render_home(self) -> str:
        return self.render_listing(self.all_listing(), 1)

    def render_404(self) -> str:
        return (self._head(f"Không tìm thấy trang - {_SITE_NAME}") + self._header("page-404")
                + '      <div class="page-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại.</p></div>\n'
                + self._aside() + self._footer())


def _date_line(dt: datetime) -> str:
    return f"{weekday(dt, lower=True)}, {dt:%d/%m/%Y | %H:%M}"


def _slug(text: str) -> str:
    from .content import slugify

    return slugify(text)


FAMILY = DContentFamily
