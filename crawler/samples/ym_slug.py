"""baoapbac.vn: the "/<cat>/<YYYYMM>/<slug>-<ID>/" CMS, markup after the modelled fixture
(tests/fixtures/baoapbac/cai-lay.html).

- article ``/<section>/<YYYYMM>/<slug>-<1012344 + id>/`` (the seed republished is ``…-1012345/``, as in
  the fixture); og:* metadata only (no JSON-LD, no published_time): the date is the visible
  ``div.meta-detail span.date`` "Thứ Sáu, 08/12/2023, 09:15 (GMT+7)"; a revised article carries
  ``article:modified_time``; ``h1.title-detail``, ``h2.sapo`` (optional), ``div.content-detail`` with
  caption tables (``td.caption`` "… (Ảnh: X)"), an ad block and an inline script; the author and a
  "Theo …" line right-aligned at the end; tags ``div.tags-detail a``; breadcrumb ``div.breadcrumb-detail``.
- listing ``/thoi-su/``, ``/quoc-phong-an-ninh/``; page N ``/thoi-su/trang-N/`` under ``div.pagination``.
- RSS ``/<section>/index.rss`` (the declared ``/thoi-su/index.rss`` among them).
"""

from __future__ import annotations

import re
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Family, Listing, esc, iso, nbsp, norm, weekday

__all__ = ["YmSlugFamily"]

_ARTICLE = re.compile(r"/([a-z0-9-]+)/(\d{6})/([a-z0-9-]+)-(\d{7})/")
_LISTING = re.compile(r"/([a-z0-9-]+)/(?:trang-(\d+)/)?")
_SITE_NAME = "Báo Ấp Bắc"


class YmSlugFamily(Family):
    family: ClassVar[str] = "ym_slug"
    listing_re: ClassVar[re.Pattern[str] | None] = _LISTING
    sapo_mode: ClassVar[str] = "optional"

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.section.key}/{a.published:%Y%m}/{a.slug}-{self.profile.id_base + article_id}/"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(4)) - self.profile.id_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        return f"/{listing.key}/" if page == 1 else f"/{listing.key}/trang-{page}/"

    def feeds(self) -> dict[str, Listing]:
        return {f"/{s.key}/index.rss": self.section_listing(s) for s in self.profile.sections}

    def image_url(self, a: Article, img: Img) -> str:
        return self.url(self._image_path(a, img))

    def _image_path(self, a: Article, img: Img) -> str:
        number = {"cailay1": 1234567, "cailay2": 1234568}.get(img.name) if a.seed else None
        number = number or 2000000 + a.id * 10 + int(img.name.rsplit("-", 1)[-1])
        return f"/dataimages/{a.published:%Y%m}/original/images{number}_{img.name.replace('-', '')}.jpg"

    def thumb_path(self, article_id: int) -> str:
        return f"/dataimages/{self.head(article_id).published:%Y%m}/mediumthumb/images{2000000 + article_id * 10}_thumb.jpg"

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/dataimages/{a.published:%Y%m}/original/files/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        shown = a.published.replace(second=0)
        raw = f"{weekday(shown)}, {shown:%d/%m/%Y, %H:%M} (GMT+7)"
        return iso(shown), raw, iso(a.modified) if a.modified else None

    # --- page parts -------------------------------------------------------------------------------------

    def _page(self, title: str, meta: str, main: str, active: str = "") -> str:
        items = [f'<li><a href="{esc(self.url("/"))}" title="Trang chủ">Trang chủ</a></li>']
        menu = [(s.key, s.name) for s in self.profile.sections] + list(self.profile.menu_extra)
        for key, name in menu:
            cls = ' class="active"' if key == active else ""
            items.append(f'<li{cls}><a href="{esc(self.url(f"/{key}/"))}">{esc(name)}</a></li>')
        most = "".join(
            f'<li><a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(self.head(i).title)}</a></li>'
            for i in self.most_read()
        )
        today = self.head(self.portal.n_articles).published
        return (
            '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
            f"{meta}"
            f'<meta name="author" content="{_SITE_NAME}" />\n<meta name="copyright" content="{_SITE_NAME}" />\n'
            '<meta name="robots" content="index, follow" />\n'
            '<link rel="shortcut icon" href="/images/favicon.ico" type="image/x-icon" />\n'
            '<link rel="stylesheet" href="/css/style.css?v=20231201" type="text/css" />\n'
            '<script type="text/javascript" src="/js/jquery-3.6.0.min.js"></script>\n</head>\n'
            '<body class="page-detail">\n<div id="wrapper">\n  <header class="header">\n'
            f'    <div class="header-top"><div class="container"><span class="header-date">{weekday(today)}, {today:%d/%m/%Y}</span>\n'
            f'      <div class="header-links"><a href="{esc(self.url("/thoi-su/index.rss"))}">RSS</a> <a href="{esc(self.url("/lien-he/"))}">Liên hệ</a></div></div></div>\n'
            f'    <div class="header-logo"><div class="container"><a class="logo" href="{esc(self.url("/"))}" title="{_SITE_NAME}">'
            f'<img src="/images/logo.png" alt="{_SITE_NAME} - Cơ quan của Đảng bộ tỉnh" /></a>\n'
            f'      <form class="search-form" action="{esc(self.url("/tim-kiem/"))}" method="get"><input type="text" name="q" placeholder="Tìm kiếm" /></form></div></div>\n'
            f'    <nav class="main-menu"><div class="container"><ul>\n      {"".join(items)}\n    </ul></div></nav>\n  </header>\n'
            '  <main class="container main-content">\n    <div class="row">\n      <div class="col-left">\n'
            f"{main}"
            "      </div>\n      <aside class=\"col-right\">\n"
            f'        <div class="box-most-read"><h3 class="title-box">Đọc nhiều</h3><ul>{most}</ul></div>\n'
            '        <div class="ads-right"><a href="https://baoapbac.vn/quang-cao/" rel="nofollow sponsored" target="_blank">'
            '<img alt="Quảng cáo" src="/dataimages/banner/original/banner_300x250.jpg" /></a></div>\n'
            "      </aside>\n    </div>\n  </main>\n"
            '  <footer class="footer"><div class="container">\n'
            "    <p class=\"footer-name\">BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG</p>\n"
            f'    <p>Ghi rõ nguồn "{_SITE_NAME}" khi phát hành lại thông tin từ website này.</p>\n  </div></footer>\n</div>\n</body>\n</html>\n'
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        sapo = norm(comp.sapo)
        _, shown, _ = self.published_fields(a)
        meta = ""
        if sapo:
            meta += f'<meta name="description" content="{esc(sapo)}" />\n'
        if a.tags:
            meta += f'<meta name="keywords" content="{esc(", ".join(a.tags))}" />\n'
        meta += (
            f'<link rel="canonical" href="{esc(url)}" />\n'
            f'<link rel="alternate" type="application/rss+xml" title="{esc(a.section.name)} - {_SITE_NAME}" href="/{a.section.key}/index.rss" />\n'
            f'<meta property="og:site_name" content="{_SITE_NAME}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n<meta property="og:title" content="{esc(title)}" />\n'
        )
        if sapo:
            meta += f'<meta property="og:description" content="{esc(sapo)}" />\n'
        if a.images:
            meta += f'<meta property="og:image" content="{esc(self.image_url(a, a.images[0]))}" />\n'
        if a.modified:
            meta += f'<meta property="article:modified_time" content="{iso(a.modified)}" />\n'
        section_url = self.url(f"/{a.section.key}/")
        share = f"https://www.facebook.com/sharer/sharer.php?u={esc(url)}"
        main = [(
            '        <div class="breadcrumb-detail">\n'
            f'          <a href="{esc(self.url("/"))}" title="Trang chủ">Trang chủ</a>\n          <span class="sep">›</span>\n'
            f'          <a href="{esc(section_url)}" title="{esc(a.section.name)}">{esc(a.section.name)}</a>\n        </div>\n'
            '        <div class="main-detail">\n'
            f'          <h1 class="title-detail">{esc(a.title)}</h1>\n'
            f'          <div class="meta-detail">\n            <span class="date">{shown}</span>\n'
            f'            <div class="share-detail"><a class="share-fb" href="{share}" target="_blank" rel="noopener" title="Chia sẻ Facebook">Facebook</a>'
            ' <a class="share-print" href="javascript:void(0);" onclick="window.print();" title="In bài">In bài</a></div>\n'
            "          </div>\n"
        )]
        if comp.sapo:
            main.append(f'          <h2 class="sapo">{esc(comp.sapo)}</h2>\n')
        main.append('          <div class="content-detail" id="content-detail">\n')
        for i, block in enumerate(comp.blocks):
            main.append(self._block(a, block, i))
            if i == 1:
                main.append('<div class="ads-inarticle" id="ads-inarticle">\n  <span class="ads-label">Quảng cáo</span>\n'
                            '  <a href="https://baoapbac.vn/quang-cao/" rel="nofollow sponsored" target="_blank">'
                            '<img alt="Quảng cáo" src="/dataimages/banner/original/banner_600x150.gif" /></a>\n</div>\n')
            if i == 2:
                main.append("<script type=\"text/javascript\">\n  if (typeof ads_render === 'function') { ads_render('detail_inread'); }\n</script>\n")
        if a.byline:
            main.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>\n')
        if a.source_line:
            main.append(f'<p style="text-align: right;"><em>{esc(a.source_line)}</em></p>\n')
        main.append("          </div>\n")
        if a.tags:
            tags = "\n".join(f'            <a href="{esc(self.url(f"/tu-khoa/{_slug(t)}/"))}" title="{esc(t)}">{esc(t)}</a>' for t in a.tags)
            main.append(f'          <div class="tags-detail">\n            <span class="tags-label">Từ khóa:</span>\n{tags}\n          </div>\n')
        if a.related:
            rows = "\n".join(
                f'              <li><a href="{esc(self.url(self.article_path(self.head(r), r)))}">{esc(self.head(r).title)}</a> '
                f'<span class="date">({self.head(r).published:%d/%m/%Y})</span></li>'
                for r in a.related
            )
            main.append(f'          <div class="related-news">\n            <h3 class="title-box">Tin liên quan</h3>\n            <ul>\n{rows}\n            </ul>\n          </div>\n')
        main.append("        </div>\n")
        return self._page(f"{title} - {_SITE_NAME}", meta, "".join(main), active=a.section.key)

    def _block(self, a: Article, block: Block, i: int) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            cap = f'<tr><td class="caption">{esc(img.printed_caption)}</td></tr>\n' if img.printed_caption else ""
            return ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image center" style="width: 100%;">\n<tbody>\n'
                    f'<tr><td><img alt="" onclick="openImageViewer(this);" src="{esc(self._image_path(a, img))}" style="width: 100%;" /></td></tr>\n'
                    f"{cap}</tbody>\n</table>\n")
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p style="text-align: justify;">Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>.</p>\n'
        return f'<p style="text-align: justify;">{nbsp(block.text, 3 if (a.id + i) % 5 == 2 else 0)}</p>\n'

    # --- listings ---------------------------------------------------------------------------------------------

    def _items(self, ids: list[int]) -> str:
        rows = []
        for i in ids:
            a = self.article(i)
            url = esc(self.url(self.article_path(a, i)))
            rows.append(
                f'          <div class="item-news"><a class="thumb" href="{url}"><img src="{esc(self.thumb_path(i))}" alt="{esc(norm(a.title))}" /></a>'
                f'<h3><a class="title-news" href="{url}">{esc(norm(a.title))}</a></h3>'
                f'<span class="date">({a.published:%d/%m/%Y})</span><p class="sapo">{esc(norm(a.lead))}</p></div>\n'
            )
        return "".join(rows)

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        links = []
        if page > 1:
            links.append(f'<a class="prev" href="{esc(self.url(self.listing_path(listing, page - 1)))}">‹</a>')
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            links.append(f'<span class="active">{p}</span>' if p == page else f'<a href="{esc(self.url(self.listing_path(listing, p)))}">{p}</a>')
        if page < pages:
            links.append(f'<a class="next" href="{esc(self.url(self.listing_path(listing, page + 1)))}">›</a>')
        main = (
            f'        <div class="cate-title"><h1><a href="{esc(self.url(self.listing_path(listing)))}">{esc(listing.name)}</a></h1>'
            + (f'<a class="rss" href="{esc(self.url(f"/{listing.key}/index.rss"))}">RSS</a>' if listing.section else "")
            + "</div>\n"
            '        <div class="list-news">\n' + (self._items(ids) or "          <p>Chưa có tin bài.</p>\n") + "        </div>\n"
            f'        <div class="pagination">{" ".join(links)}</div>\n'
        )
        return self._page(f"{listing.name} - {_SITE_NAME}", "", main, active=listing.key)

    def render_home(self) -> str:
        main = ['        <div class="box-home"><h2 class="title-box">Tin mới</h2><div class="list-news">\n',
                self._items(self.all_listing().ids(self.n, 0, self.portal.per_page)), "        </div></div>\n"]
        for s in self.profile.sections:
            main.append(f'        <div class="box-cate"><h2 class="title-box"><a href="{esc(self.url(f"/{s.key}/"))}">{esc(s.name)}</a></h2>'
                        '<div class="list-news">\n' + self._items(self.section_listing(s).ids(self.n, 0, 4)) + "        </div></div>\n")
        return self._page(f"{_SITE_NAME} - Cơ quan của Đảng bộ tỉnh", "", "".join(main))

    def render_404(self) -> str:
        return self._page(f"Không tìm thấy trang - {_SITE_NAME}", "", '        <div class="page-404"><h1>404</h1><p>Không tìm thấy trang yêu cầu.</p></div>\n')


def _slug(text: str) -> str:
    from .content import slugify

    return slugify(text)


FAMILY = YmSlugFamily
