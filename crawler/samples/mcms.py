"""baolaocai.vn: the MCMS ("zce") CMS, markup after the captured article (tests/fixtures/baolaocai/).

- article ``/<slug>-post<404000 + id>.html``; ``time.time[datetime]`` "+0700" with the visible
  "dd/mm/YYYY HH:MM", ``article:published_time``/``article:modified_time`` and JSON-LD with the same
  values; ``div.article__sapo``; ``<div>`` paragraphs in ``div.article__body``, ad slots
  ``div.sda_middle``, in-body ``figure`` + ``figcaption``, optionally a lead ``figure.article__avatar``
  (nhandan.vn style) outside the body; the byline ``div.t1 span.t2`` at the end of the body;
  tags ``div.article__tags div.box-content a`` printed "#tag".
- listing ``/thoi-su/``; page N ``/thoi-su/trang-N.html`` under ``div.pagination`` (the real site
  loads more with a "Xem thêm" button; a crawler needs links, and PAGE_PARAM knows "/trang-N").
- RSS ``/rss/home.rss`` and ``/rss/<section>.rss``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import ClassVar

from .content import Article, Head, Img
from .family import Block, Family, Listing, digest, esc, jsonld, nbsp, norm

__all__ = ["McmsFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+-post(\d+)\.html")
_LISTING = re.compile(r"/([a-z0-9-]+(?:/[a-z0-9-]+)?)/(?:trang-(\d+)\.html)?")
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
_SITE_NAME = "Báo Lào Cai điện tử"


def mcms_time(dt: datetime) -> str:
    return f"{dt:%Y-%m-%dT%H:%M:%S}+0700"


class McmsFamily(Family):
    family: ClassVar[str] = "mcms"
    listing_re: ClassVar[re.Pattern[str] | None] = _LISTING
    sapo_mode: ClassVar[str] = "separate"
    subheads: ClassVar[bool] = True
    lead_figures: ClassVar[bool] = True

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.slug}-post{self.profile.id_base + article_id}.html"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(1)) - self.profile.id_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        return f"/{listing.key}/" if page == 1 else f"/{listing.key}/trang-{page}.html"

    def feeds(self) -> dict[str, Listing]:
        out = {"/rss/home.rss": self.all_listing()}
        out.update({f"/rss/{s.key}.rss": self.section_listing(s) for s in self.profile.sections})
        return out

    def image_url(self, a: Article, img: Img) -> str:
        return self.url(f"/images/{digest(self.site, a.id, img.name, length=64)}/{a.slug[:24]}-{img.name}.jpg.webp")

    def thumb_url(self, article_id: int) -> str:
        return self.url(f"/images/{digest(self.site, article_id, 'thumb', length=64)}/thumb.jpg.webp")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/uploaded/files/{a.published:%Y}/{a.published:%m}/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        raw = mcms_time(a.published)
        return a.published.isoformat(), raw, (a.modified or a.published).isoformat()

    # --- page parts -------------------------------------------------------------------------------------

    def _head(self, title: str, extra: str = "") -> str:
        return (
            f'<!DOCTYPE html> <html lang="vi"> <head> <title>{esc(title)}</title> {extra}'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> '
            '<meta http-equiv="content-language" content="vi" /> '
            f'<meta name="author" content="{_SITE_NAME}" /> <meta name="copyright" content="Copyright © 2025 by {_SITE_NAME}" /> '
            f'<meta content="{_SITE_NAME}" itemprop="sourceOrganization" name="source"/> '
            f'<link rel="shortcut icon" href="{esc(self.url("/assets/web/styles/img/favicon.ico"))}" type="image/x-icon" /> '
            f'<link rel="stylesheet" href="{esc(self.url("/assets/web/styles/css/main.min-1.0.53.css"))}"> '
            '<script type="application/ld+json"> { "@context": "http://schema.org", "@type": "Organization", '
            f'"name": "{_SITE_NAME}", "url": "{self.url("/")}" }} </script> '
        )

    def _header(self) -> str:
        items = ['<li> <a href="/" class="ic-home" title="Trang chủ">Trang chủ</a> </li>']
        for s in self.profile.sections:
            items.append(f'<li> <a class="" href="{esc(self.url(f"/{s.key}/"))}" title="{esc(s.name)}">{esc(s.name)}</a> </li>')
        items += [f'<li> <a href="{esc(self.url(f"/{k}/"))}" title="{esc(n)}">{esc(n)}</a> </li>' for k, n in self.profile.menu_extra]
        return (
            '</head> <body class=""> <header class="site-header "> <div class="container"> <div class="top-header"> '
            '<div class="left"> <a href="javascript:void(0);" id="today"></a> <a href="tel:+84915646010" title="Hotline"> '
            '<i class="ic-phone"></i> Hotline: 0915 646 010 </a> </div> <div class="right"> <div class="social"> '
            '<a href="https://www.facebook.com/baolaocaidientu" class="fb" target="_parent">fb</a> </div> </div> </div> '
            f'<div class="content-header"> <a class="logo" href="{esc(self.url("/"))}" title="{_SITE_NAME}">{_SITE_NAME}</a> '
            '<div class="search"> <input type="text" class="input-search txtsearch" placeholder="Nhập từ khóa cần tìm"> </div> </div> </div> '
            f'<div class="navigation sticky"> <ul class="menu"> {" ".join(items)} </ul> </div> </header> '
            '<div class="site-body"> '
        )

    def _story(self, i: int, heading: str = "h2") -> str:
        a = self.article(i)
        url = esc(self.url(self.article_path(a, i)))
        title = esc(norm(a.title))
        return (
            f'<article class="story" data-id="{self.profile.id_base + i}"> <figure class="story__thumb"> '
            f'<a class="cms-link" href="{url}" title="{title}"> <img class="lazyload" src="{_PIXEL}" '
            f'data-src="{esc(self.thumb_url(i))}" alt="{title}"> </a> </figure> '
            f'<{heading} class="story__heading"> <a class="cms-link" href="{url}" title="{title}"> {title} </a> </{heading}> '
            f'<div class="story__meta"> <a href="{esc(self.url(f"/{a.section.key}/"))}" class="title-cate" title="{esc(a.section.name)}"> '
            f'{esc(a.section.name)} </a> <time class="time" datetime="{mcms_time(a.published)}" data-time="{int(a.published.timestamp())}" '
            f'data-friendly="true"> {a.published:%d/%m/%Y %H:%M} </time> </div> '
            f'<div class="story__summary story__shorten"> <p>{esc(norm(a.lead))}</p> </div> </article> '
        )

    def _sidebar(self) -> str:
        stories = "".join(self._story(i, "h3") for i in self.most_read())
        return (
            '<div class="sub-col sidebar-right"> <section class="hot-news fyi-position"> <h3 class="box-heading"> '
            f'<span class="title">Đọc nhiều</span> </h3> <div class="box-content" data-source="mostread-news"> {stories}</div> '
            "</section> </div> "
        )

    def _footer(self) -> str:
        return (
            '</div> <footer class="site-footer container"> <div class="row"> '
            f'<a href="/" class="logo" title="{_SITE_NAME}">{_SITE_NAME}</a> <div class="info"> '
            "<p> <span class=\"bold\">Trụ sở</span>: số 1024, đường Điện Biên, phường Yên Bái, tỉnh Lào Cai. </p> "
            "<p>Giấy phép xuất bản số: <span class=\"bold\">150/GP-BTTTT</span></p> </div> </div> "
            '<div class="row"> <p class="text"> Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản. </p> '
            "</div> </footer> </body> </html>\n"
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        title = norm(a.title)
        sapo = norm(comp.sapo)
        published = mcms_time(a.published)
        modified = mcms_time(a.modified or a.published)
        section_url = self.url(f"/{a.section.key}/")
        og_image = self.image_url(a, a.images[0]) if a.images else self.thumb_url(a.id)
        meta = f'<meta name="description" content="{esc(sapo)}"/> '
        if a.tags:
            keywords = esc(", ".join(a.tags) + ",")
            meta += f'<meta name="keywords" content="{keywords}"/> <meta name="news_keywords" content="{keywords}"/> '
        meta += (
            f'<link rel="canonical" href="{esc(url)}" /> <meta property="og:site_name" content="{_SITE_NAME}"/> '
            f'<meta property="og:type" content="article"/> <meta property="og:url" content="{esc(url)}"/> '
            f'<meta property="og:image" content="{esc(og_image)}"/> <meta property="og:title" content="{esc(title)}"/> '
            f'<meta property="og:description" content="{esc(sapo)}"/> '
        )
        if a.tags:
            meta += f'<meta property="article:tag" content="{esc(", ".join(a.tags))},"/> '
        meta += (
            f'<meta property="article:section" content="{esc(a.section.name)}" /> '
            f'<meta property="article:published_time" content="{published}"/> '
            f'<meta property="article:modified_time" content="{modified}"/> '
        )
        crumbs = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": section_url, "name": a.section.name}}]}
        news = {
            "@context": "http://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title, "description": sapo,
            "image": {"@type": "ImageObject", "url": og_image, "width": 1200, "height": 675},
            "datePublished": published, "dateModified": modified, "author": {"@type": "Person", "name": ""},
            "publisher": {"@type": "Organization", "name": _SITE_NAME},
        }
        meta += (f'<script type="application/ld+json"> {jsonld(crumbs)} </script> '
                 f'<script type="application/ld+json"> {jsonld(news)} </script> ')
        out = [self._head(f"{title} | {_SITE_NAME}", meta), self._header()]
        out.append(
            '<div class="container detail"> <div class="rennab-wrap"> <div id="sdaWeb_SdaTop" class="rennab " '
            'data-platform="1" data-position="Web_SdaTop" style="display:none"> </div> </div> '
            f'<div class="breadcrumbs"> <h2 class="main"> <a href="{esc(section_url)}" title="{esc(a.section.name)}" '
            f'class="active">{esc(a.section.name)}</a> </h2> </div> '
            '<div class="col"> <div class="main-col content-col"> <div class="article"> '
            f'<h1 class="article__title cms-title "> {esc(a.title)} </h1> '
            '<div class="article__meta"> <div class="row"> '
            f'<time class="time" datetime="{published}"><i class="ic-calendar"></i><span data-time="{int(a.published.timestamp())}" '
            f'data-format="long" data-friendly="true">{a.published:%d/%m/%Y %H:%M}</span></time> '
            f'<meta class="cms-date" itemprop="datePublished" content="{published}"> </div> '
            '<div class="row"> <div class="social social-share"> <a href="javascript:void(0);" class="tw" data-rel="twitter" '
            f'data-href="{esc(url)}" title="Chia sẻ qua Twitter">Chia sẻ qua Twitter</a> <a href="javascript:void(0);" '
            'class="print sendprint" title="In bài viết">In bài viết</a> </div> </div> </div> '
            f'<div class="article__sapo cms-desc"> <i class="laocai-icon"></i> {esc(comp.sapo)} </div> '
            '<div id="sdaWeb_SdaArticleAfterSapo" class="rennab " data-platform="1" data-position="Web_SdaArticleAfterSapo" '
            'style="display:none"> </div> '
        )
        if comp.lead_image:
            img = comp.lead_image
            cap_attr = f' cms-photo-caption="{esc(img.printed_caption)}"' if img.printed_caption else ""
            cap = f"<figcaption>{esc(img.printed_caption)}</figcaption>" if img.printed_caption else ""
            out.append(
                f'<figure class="article__avatar"> <img class="cms-photo" src="{esc(self.image_url(a, img))}" '
                f'alt="{esc(title)}"{cap_attr}> {cap} </figure> '
            )
        out.append(
            '<div class="article__body zce-content-body cms-body" itemprop="articleBody"> '
            "<style>.t2 { font-weight: bold; } .t1 { text-align: right; }</style>\n"
        )
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i))
            if i == 3:
                out.append('<div class="sda_middle"> <div id="sdaWeb_SdaArticleMiddle" class="rennab fyi" data-platform="1" '
                           'data-position="Web_SdaArticleMiddle"> </div>\n</div>\n')
        if a.related and a.id % 3 == 0:
            rows = "".join(
                f'<li><a class="cms-link" href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(self.head(i).title)}</a></li>'
                for i in a.related
            )
            out.append(f'<div class="related-news"><h3 class="box-heading">Tin liên quan</h3><ul>{rows}</ul></div>\n')
        if a.byline:
            out.append(f'<div class="t1"> <span class="t2">{esc(a.byline)}</span>\n</div>')
        if a.source_line:
            out.append(f'<div class="t1"> <span class="t2">{esc(a.source_line)}</span>\n</div>')
        out.append(
            ' <div id="sdaWeb_SdaArticleAfterBody" class="rennab " data-platform="1" data-position="Web_SdaArticleAfterBody" '
            'style="display:none"> </div> </div> '
        )
        if a.tags:
            tags = " ".join(
                f'<a href="{esc(self.url(f"/tu-khoa/{_slug(t)}-tag{40000 + int(digest(t, length=4), 16)}.html"))}" '
                f'title="{esc(t)}">#{esc(t)}</a>'
                for t in a.tags
            )
            out.append(
                '<div class="article__tags"> <h3 class="box-heading"> <span class="title">Từ khóa:</span> </h3> '
                f'<div class="box-content"> {tags} </div> </div> '
            )
        out.append(f'<div class="wrap-comment" id="comment{self.profile.id_base + a.id}" data-id="{self.profile.id_base + a.id}"></div> </div> </div> ')
        out.append(self._sidebar())
        out.append("</div> </div> ")
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            cap = f'<figcaption class="PhotoCMS_Caption"><p>{esc(img.printed_caption)}</p></figcaption>' if img.printed_caption else ""
            return (f'<figure class="image align-center" contenteditable="false"><img src="{esc(self.image_url(a, img))}" '
                    f'alt="{esc(img.caption or "")}" data-width="1200" data-height="800">{cap}</figure>\n')
        if block.kind == "h":
            return f"<h2>{esc(block.text)}</h2>\n"
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<div> Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>. <br>\n</div>\n'
        end = "&nbsp;\n" if (a.id + i) % 3 == 0 else " <br>\n"
        return f"<div> {nbsp(block.text, 5 if (a.id + i) % 5 == 0 else 0)}{end}</div>\n"

    # --- listings ---------------------------------------------------------------------------------------------

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        out = [self._head(f"{listing.name} | {_SITE_NAME}"), self._header()]
        out.append(
            f'<div class="container category"> <div class="breadcrumbs"> <h1 class="main"> <a href="{esc(self.url(self.listing_path(listing)))}" '
            f'title="{esc(listing.name)}" class="active">{esc(listing.name)}</a> </h1> </div> '
            '<div class="col"> <div class="main-col content-col"> <div class="box-stream"> '
        )
        out += [self._story(i) for i in ids]
        if not ids:
            out.append('<p class="empty">Chưa có bài viết.</p> ')
        out.append("</div> ")
        if page < pages:
            out.append(f'<button type="button" class="more-news control__loadmore" data-page="{page}" '
                       f'data-zone="{141 + len(listing.key)}" data-type="zone">Xem thêm</button> ')
        links = []
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            if p == page:
                links.append(f'<span class="page active">{p}</span>')
            else:
                links.append(f'<a class="page" href="{esc(self.url(self.listing_path(listing, p)))}">{p}</a>')
        if page < pages:
            links.append(f'<a class="next" rel="next" href="{esc(self.url(self.listing_path(listing, page + 1)))}">Trang sau</a>')
        out.append(f'<div class="pagination"> {" ".join(links)} </div> </div> ')
        out.append(self._sidebar())
        out.append("</div> </div> ")
        out.append(self._footer())
        return "".join(out)

    def render_home(self) -> str:
        out = [self._head(_SITE_NAME), self._header(), '<div class="container home"> <div class="col"> <div class="main-col"> ']
        out.append('<section class="featured"> ')
        out += [self._story(i) for i in self.all_listing().ids(self.n, 0, self.portal.per_page)]
        out.append("</section> ")
        for s in self.profile.sections:
            out.append(f'<section class="zone"> <h2 class="box-heading"> <a class="title" href="{esc(self.url(f"/{s.key}/"))}">'
                       f"{esc(s.name)}</a> </h2> ")
            out += [self._story(i, "h3") for i in self.section_listing(s).ids(self.n, 0, 4)]
            out.append("</section> ")
        out.append("</div> ")
        out.append(self._sidebar())
        out.append("</div> </div> ")
        out.append(self._footer())
        return "".join(out)

    def render_404(self) -> str:
        return (self._head(f"Không tìm thấy trang | {_SITE_NAME}") + self._header()
                + '<div class="container page-404"> <h1>404</h1> <p>Trang bạn tìm kiếm không tồn tại.</p> '
                  f'<a href="{esc(self.url("/"))}">Về trang chủ</a> </div> ' + self._footer())


def _slug(text: str) -> str:
    from .content import slugify

    return slugify(text)


FAMILY = McmsFamily
