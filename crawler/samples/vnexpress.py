"""vnexpress.net, markup after the captured article (tests/fixtures/vnexpress/).

- article ``/<slug>-<4950000 + id>.html`` (7 digits); ``meta[name=pubdate]``/``lastmod`` and JSON-LD
  ``datePublished``/``dateModified`` "+07:00"; visible ``span.date`` "Thứ tư, 22/10/2025, 19:25 (GMT+7)";
  ``h1.title-detail``, ``p.description`` (a summary: the dated opening starts the body),
  ``article.fck_detail`` of ``p.Normal``, images in ``figure.tplCaption`` lazy-loaded (``data-src``) with
  ``figcaption p.Image`` "… Ảnh: <em>X</em>"; the author a right-aligned bold ``p.Normal``; tags only in
  ``meta[name=keywords]``; breadcrumb ``ul.breadcrumb li a``.
- listing ``/thoi-su``, ``/thoi-su/giao-thong``; page N ``/thoi-su-pN`` (the next-page link carries
  ``rel="next"``, which PAGINATION_CSS reads).
- RSS ``/rss/tin-moi-nhat.rss`` (declared) and ``/rss/thoi-su.rss``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Family, Listing, digest, esc, iso, jsonld, nbsp, norm, weekday

__all__ = ["VnExpressFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+-(\d{7})\.html")
_LISTING = re.compile(r"/([a-z0-9-]+?(?:/[a-z0-9-]+?)?)(?:-p(\d+))?/?")
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


class VnExpressFamily(Family):
    family: ClassVar[str] = "vnexpress"
    listing_re: ClassVar[re.Pattern[str] | None] = _LISTING
    sapo_mode: ClassVar[str] = "summary"
    subheads: ClassVar[bool] = True
    robots_disallow: ClassVar[tuple[str, ...]] = ("/tim-kiem", "/microservice/")

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.slug}-{self.profile.id_base + article_id}.html"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(1)) - self.profile.id_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        return f"/{listing.key}" if page == 1 else f"/{listing.key}-p{page}"

    def feeds(self) -> dict[str, Listing]:
        out = {"/rss/tin-moi-nhat.rss": self.all_listing()}
        out.update({f"/rss/{s.key}.rss": self.section_listing(s) for s in self.profile.sections})
        return out

    def image_url(self, a: Article, img: Img, width: int = 680) -> str:
        day = a.published
        name = f"{a.slug[:20]}-{img.name}-{int(day.timestamp())}"
        return self.url(f"/vcdn/{day:%Y/%m/%d}/{name}.jpg?w={width}&h=0&q=100&dpr=1&fit=crop&s={digest(name, width, length=22)}")

    def thumb_url(self, article_id: int) -> str:
        day = self.head(article_id).published
        return self.url(f"/vcdn/{day:%Y/%m/%d}/thumb-{article_id}.jpg?w=240&h=144&q=100&dpr=1&fit=crop&s={digest(article_id, length=22)}")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/Files/Subject/{a.published:%Y/%m/%d}/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        return iso(a.published), iso(a.published), iso(a.modified or a.published)

    # --- page parts -------------------------------------------------------------------------------------

    def _header(self) -> str:
        items = [f'<li class="{s.key}"><a href="/{s.key}" title="{esc(s.name)}" data-medium="Menu-{esc(s.key)}">{esc(s.name)}</a></li>'
                 for s in self.profile.sections]
        items += [f'<li class="{k}"><a href="/{k}" title="{esc(n)}">{esc(n)}</a></li>' for k, n in self.profile.menu_extra]
        return (
            '<body class="page-detail">\n<header class="header">\n<div class="container flexbox">\n'
            '<a class="logo" href="/" title="Báo VnExpress - Báo tiếng Việt nhiều người xem nhất"></a>\n'
            '<span class="time-now" id="today"></span>\n'
            '<a class="btn-search" href="/tim-kiem" title="Tìm kiếm"></a>\n</div>\n</header>\n'
            '<nav class="main-nav"><div class="container"><ul class="parent">\n'
            '<li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>\n'
            + "\n".join(items) + "\n</ul></div></nav>\n"
        )

    def _footer(self) -> str:
        return (
            '<footer id="footer" class="footer"><div class="container">\n'
            '<p>Báo tiếng Việt nhiều người xem nhất. Thuộc Bộ Khoa học và Công nghệ.</p>\n'
            '<p><a href="/rss" title="RSS">RSS</a> <a href="/lien-he" title="Liên hệ">Liên hệ</a></p>\n'
            "</div></footer>\n</body>\n</html>\n"
        )

    def _item(self, i: int, big: bool = False) -> str:
        a = self.article(i)
        url = esc(self.url(self.article_path(a, i)))
        title = esc(norm(a.title))
        return (
            f'<article class="item-news item-news-common{" thumb-left" if not big else ""}" data-offset="{i}">\n'
            f'<h3 class="title-news"><a data-medium="Item-{i}" href="{url}" title="{title}">{title}</a></h3>\n'
            f'<div class="thumb-art"><a data-medium="Item-{i}" href="{url}" title="{title}" class="thumb thumb-5x3">'
            f'<picture><img loading="lazy" intrinsicsize="240x0" alt="{title}" class="lazy" src="{_PIXEL}" '
            f'data-src="{esc(self.thumb_url(i))}"></picture></a></div>\n'
            f'<p class="description"><a data-medium="Item-{i}" href="{url}" title="{title}">{esc(norm(a.summary))}</a></p>\n'
            "</article>\n"
        )

    def _most_read(self) -> str:
        rows = []
        for i in self.most_read():
            h = self.head(i)
            url = esc(self.url(self.article_path(h, i)))
            rows.append(f'<li><h3 class="title-news"><a href="{url}" title="{esc(h.title)}">{esc(h.title)}</a></h3></li>')
        return ('<div class="box-category box-xemnhieu"><h2 class="title-box">Xem nhiều</h2>'
                f'<ul class="list-news">{"".join(rows)}</ul></div>\n')

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        sapo = norm(comp.sapo)
        published, modified = iso(a.published), iso(a.modified or a.published)
        og_image = self.image_url(a, a.images[0], 1200) if a.images else self.thumb_url(a.id)
        tags = ", ".join(a.tags)
        crumbs = [(a.section.name, f"/{a.section.key}")]
        if a.sub:
            crumbs.append((a.sub.name, f"/{a.section.key}/{a.sub.key}"))
        out = [('<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                f'<title>{esc(title)} - VnExpress</title> <meta name="description" content="{esc(sapo)} - VnExpress"/>\n')]
        if a.tags:
            out.append(f'<meta name="keywords" content="{esc(tags)}"/>\n<meta name="news_keywords" content="{esc(tags)}"/>\n')
        out.append(
            '<meta charset="utf-8">\n'
            '<meta content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=5, user-scalable=1" name="viewport"/>\n'
            f'<meta name="tt_article_id" content="{self.profile.id_base + a.id}"/>\n'
            f'<meta name="tt_list_folder_name" content="VnExpress,{esc(",".join(c for c, _ in crumbs))}"/>\n'
            '<meta property="og:site_name" content="vnexpress.net"/>\n<meta property="og:type" content="article"/>\n'
            f'<meta property="og:url" itemprop="url" content="{esc(url)}"/>\n'
            f'<meta property="og:image" itemprop="thumbnailUrl" content="{esc(og_image)}"/>\n'
            f'<meta content="{esc(title)}" itemprop="headline" property="og:title"/>\n'
            f'<meta content="{esc(sapo)}" itemprop="description" property="og:description"/>\n'
        )
        if a.tags:
            out.append(f'<meta property="article:tag" content="{esc(a.tags[0])}"/>')
        out.append(
            f'<meta content="{esc(crumbs[-1][0])}" itemprop="articleSection"/>\n'
            '<meta content="Tin nhanh VnExpress" itemprop="sourceOrganization" name="source"/>\n'
            f'<meta content="{published}" itemprop="datePublished" name="pubdate"/>\n'
            f'<meta content="{modified}" itemprop="dateModified" name="lastmod"/>\n'
            f'<meta content="{iso(a.published.replace(hour=max(0, a.published.hour - 3)))}" itemprop="dateCreated"/>\n'
            '<meta name="copyright" content="VnExpress"/>\n<meta name="author" content="VnExpress"/>\n'
            f'<link rel="canonical" href="{esc(url)}"/>\n'
        )
        news = {
            "@context": "http://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title, "description": sapo,
            "image": {"@type": "ImageObject", "url": og_image, "width": 900, "height": 540},
            "datePublished": published, "dateModified": modified,
            "author": {"@type": "Organization", "name": "VnExpress"},
            "publisher": {"@type": "Organization", "name": "Báo VnExpress"},
        }
        crumb_ld = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": k + 1, "item": {"@id": self.url(href), "name": name}}
            for k, (name, href) in enumerate(crumbs)]}
        out.append(f'<script type="application/ld+json"> {jsonld(news)} </script> '
                   f'<script type="application/ld+json"> {jsonld(crumb_ld)} </script>\n</head>\n')
        out.append(self._header())
        crumb_items = "".join(f'<li><a data-medium="Menu-{esc(href.rsplit("/", 1)[-1])}" href="{esc(href)}" title="{esc(name)}">'
                              f"{esc(name)}</a></li>" for name, href in crumbs)
        out.append(
            '<section class="section page-detail top-detail">\n<div class="container">\n<div class="sidebar-1">\n'
            f'<div class="header-content width_common">\n<ul class="breadcrumb" data-campaign="Header">\n{crumb_items}\n</ul>\n'
            f'<span class="date">{weekday(a.published, lower=True)}, {a.published:%d/%m/%Y, %H:%M} (GMT+7)</span>\n</div>\n'
            f'<h1 class="title-detail">\n{esc(a.title)} </h1>\n'
            f'<p class="description">{esc(comp.sapo)}</p>\n'
            '<article class="fck_detail ">\n'
        )
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i))
            if i == 2 and a.related and a.id % 3 == 1:
                rows = "".join(
                    f'<li><a href="{esc(self.url(self.article_path(self.head(r), r)))}">{esc(self.head(r).title)}</a></li>'
                    for r in a.related
                )
                out.append(f'<div class="box-tinlienquanv2"><ul>{rows}</ul></div>')
        if a.byline:
            out.append(f'<p class="Normal" style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
        if a.source_line:
            out.append(f'<p class="Normal" style="text-align:right;"><em>{esc(a.source_line)}</em></p>')
        out.append('<span id="article-end"></span>\n</article>\n')
        out.append(
            '<div class="footer-content width_common">\n'
            f'<a href="/{a.section.key}" class="save back-folder">&nbsp;&nbsp;Trở lại {esc(a.section.name)}</a>\n</div>\n'
            "</div>\n"
            f'<div class="sidebar-2">{self._most_read()}</div>\n</div>\n</section>\n'
        )
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            src = esc(self.image_url(a, img))
            src2 = esc(self.image_url(a, img, 1020))
            cap = ""
            if img.caption:
                credit = f" Ảnh: <em>{esc(img.credit)}</em>" if img.credit else ""
                cap = f'<figcaption itemprop="description">\n<p class="Image">{esc(img.caption)}{credit}</p>\n</figcaption>\n'
            return (
                '<figure data-size="true" itemprop="associatedMedia image" itemscope="" itemtype="http://schema.org/ImageObject" '
                'class="tplCaption" style="width:680px;max-width: 100%;">\n'
                f'<meta itemprop="url" content="{src}">\n<meta itemprop="width" content="680">\n'
                '<div class="fig-picture" style="padding-bottom: 62.7%;position: relative;" data-width="680"><picture>\n'
                f'<source data-srcset="{src} 1x, {src2} 1.5x">\n'
                f'<img itemprop="contentUrl" style="position: absolute;width:100%;left:0;" loading="lazy" intrinsicsize="680x0" '
                f'alt="{esc(norm(a.title))}" class="lazy" src="{_PIXEL}" data-src="{src}">\n'
                f"</picture></div>\n{cap}</figure>"
            )
        if block.kind == "h":
            return f'<h2 class="Normal">{esc(block.text)}</h2>'
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p class="Normal">Xem toàn văn: <a href="{esc(block.href)}" rel="nofollow">{esc(title)}</a>.</p>'
        return f'<p class="Normal">{nbsp(block.text, 6 if (a.id + i) % 6 == 0 else 0)}</p>'

    # --- listings ---------------------------------------------------------------------------------------------

    def _page(self, title: str, body: str) -> str:
        return (
            '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f'<title>{esc(title)}</title>\n<meta charset="utf-8">\n'
            '<meta name="description" content="Thông tin nhanh, mới nhất được cập nhật liên tục 24h."/>\n</head>\n'
            + self._header() + body + self._footer()
        )

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        subs = ""
        if listing.section and listing.section.subs:
            subs = "".join(f'<li><a href="/{listing.section.key}/{s.key}" title="{esc(s.name)}">{esc(s.name)}</a></li>'
                           for s in listing.section.subs)
        body = [(
            '<section class="section section_topstory section_topstory_folder"><div class="container">\n'
            f'<div class="title-folder flexbox"><h1 class="title-page"><a href="/{listing.key}" title="{esc(listing.name)}">'
            f'{esc(listing.name)}</a></h1><ul class="ul-nav-folder">{subs}</ul></div>\n'
            '<div class="width_common list-news-subfolder">\n'
        )]
        body += [self._item(i, big=(k == 0 and page == 1)) for k, i in enumerate(ids)]
        if not ids:
            body.append('<p class="no-data">Chưa có dữ liệu</p>')
        body.append("</div>\n")
        links = []
        if page > 1:
            links.append(f'<a href="{esc(self.listing_path(listing, page - 1))}" class="btn-page prev-page" title="Trang trước"></a>')
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            links.append(f'<span class="active">{p}</span>' if p == page else f'<a href="{esc(self.listing_path(listing, p))}">{p}</a>')
        if page < pages:
            links.append(f'<a href="{esc(self.listing_path(listing, page + 1))}" class="btn-page next-page" rel="next" title="Trang sau"></a>')
        body.append(f'<div id="pagination" class="button-page flexbox">{"".join(links)}</div>\n')
        body.append(f'<div class="sidebar-2">{self._most_read()}</div>\n</div></section>\n')
        return self._page(f"{listing.name} - VnExpress", "".join(body))

    def render_home(self) -> str:
        body = ['<section class="section section_topstory"><div class="container">\n']
        body += [self._item(i, big=(k == 0)) for k, i in enumerate(self.all_listing().ids(self.n, 0, self.portal.per_page))]
        body.append(f'<div class="sidebar-2">{self._most_read()}</div>\n</div></section>\n')
        return self._page("Báo VnExpress - Báo tiếng Việt nhiều người xem nhất", "".join(body))

    def render_404(self) -> str:
        return self._page("404 - VnExpress", '<div class="container"><div class="page-404"><h1>Không tìm thấy đường dẫn này</h1>'
                          '<p>Bạn có thể quay lại <a href="/">trang chủ</a>.</p></div></div>\n')


FAMILY = VnExpressFamily
