"""baocantho.com.vn: the "-a<ID>.html" CMS, markup after the captured article and category pages
(tests/fixtures/baocantho/article.html, tests/pages/baocantho-category.html).

- article ``/<slug, cut at 99 characters>-a<196000 + id>.html``; the first ``<h1>`` holds the
  breadcrumb, the second (``h1.fw700``) the title; date only as ``span.pubdate`` "dd/mm/YYYY - HH:MM"
  (JSON-LD ``datePublished`` is a bare date); the lead is the body's first paragraph, opening with the
  dateline "(CTO) -"; captions are the centred ``<em>`` paragraph after an image paragraph; the byline
  a right-aligned bold paragraph; tags ``div.block_tag a.tag_item``.
- listing ``/thoi-su/``, ``/thoi-su/can-tho/``; page N ``/thoi-su?p=N`` under ``div#page ul li a``.
- RSS ``/rss/cate/<section>/`` (as the category page links it) and ``/rss/home.rss``.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import quote

from .content import Article, Head, Img
from .family import Block, Family, Listing, esc, iso, jsonld, nbsp, norm

__all__ = ["AIdFamily"]

_ARTICLE = re.compile(r"/[a-z0-9-]+-a(\d+)\.html")
_STATIC = "/static/templates/version1/homepage/"


def page_window(page: int, pages: int, width: int = 5) -> range:
    start = max(1, min(page - width // 2, pages - width + 1))
    return range(start, min(pages, start + width - 1) + 1)


class AIdFamily(Family):
    family: ClassVar[str] = "a_id"
    page_param: ClassVar[str | None] = "p"
    sapo_mode: ClassVar[str] = "first_para"

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/{a.slug[:99]}-a{self.profile.id_base + article_id}.html"

    def article_id_from(self, path: str, query: str) -> int | None:
        m = _ARTICLE.fullmatch(path)
        return int(m.group(1)) - self.profile.id_base if m and not query else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        return f"/{listing.key}/" if page == 1 else f"/{listing.key}?p={page}"

    def feeds(self) -> dict[str, Listing]:
        out = {f"/rss/cate/{s.key}/": self.section_listing(s) for s in self.profile.sections}
        out["/rss/home.rss"] = self.all_listing()
        return out

    def image_url(self, a: Article, img: Img) -> str:
        day = a.published
        return self.url(f"/image/fckeditor/upload/{day:%Y}/{day:%Y%m%d}/images/{a.slug[:40]}-{img.name}.webp")

    def thumb_url(self, article_id: int) -> str:
        day = self.head(article_id).published
        return self.url(f"/image/news/{day:%Y}/{day:%Y%m%d}/thumbnail/336x224/{int(day.timestamp())}.webp")

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/image/fckeditor/upload/{a.published:%Y}/{a.published:%Y%m%d}/files/{name}")

    def dateline(self, a: Article) -> str:
        return "(CTO) - "

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        shown = a.published.replace(second=0)
        return iso(shown), f"{shown:%d/%m/%Y - %H:%M}", iso(a.modified) if a.modified else None

    # --- page parts -------------------------------------------------------------------------------------

    def _head(self, title: str, extra: str = "") -> str:
        return (
            "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
            f"<title>{esc(title)}</title>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"{extra}"
            '<meta name="robots" content="index,follow" />\n<meta name="revisit-after" content="1 days" />\n'
            f'<base href="{esc(self.url(_STATIC))}" />\n'
            '<link href="css/bootstrap.min.css" rel="stylesheet">\n'
            f'<link href="{esc(self.url(_STATIC))}css/style2023.css?id=1.000001" type="text/css" media="all" rel="stylesheet" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<script language="javascript" type="text/javascript">\nvar DOMAIN = "{self.url("/")}";\n</script>\n'
        )

    def _menu(self) -> str:
        items = [f'<li><a href="{esc(self.url("/"))}">TRANG CHỦ</a></li>']
        for s in self.profile.sections:
            subs = "".join(f'<li><a href="{esc(self.url(f"/{s.key}/{sub.key}/"))}">{esc(sub.name)}</a></li>' for sub in s.subs)
            items.append(f'<li><a href="{esc(self.url(f"/{s.key}/"))}">{esc(s.name)}</a><ul class="submenu">{subs}</ul></li>')
        items += [f'<li><a href="{esc(self.url(f"/{k}/"))}">{esc(n)}</a></li>' for k, n in self.profile.menu_extra]
        return (
            '</head>\n<body>\n<div class="wappermenu"><div class="container">\n'
            f'<div class="logo"><a href="{esc(self.url("/"))}"><img src="images/logo.png" alt="Báo Cần Thơ" /></a></div>\n'
            f'<div class="nav-main"><ul>{"".join(items)}</ul></div>\n'
            f'<form class="search" action="{esc(self.url("/tim-kiem/"))}"><input name="q" /></form>\n'
            "</div></div>\n"
        )

    def _sidebar(self) -> str:
        rows = []
        for i in self.most_read():
            h = self.head(i)
            url = esc(self.url(self.article_path(h, i)))
            rows.append(
                f'<li><a href="{url}"><div class="overflow-4x3"><img src="{esc(self.thumb_url(i))}" width="160px" '
                f'alt="{esc(h.title)}" /></div></a><a href="{url}"><h3 class="fs13">{esc(h.title)}</h3></a></li>'
            )
        return (
            '<div id="colcate2"><div class="box160">\n'
            '<div class="topbox160"><a href="javascript:void(0);"><h2>Tiêu điểm</h2></a></div>\n'
            f'<div class="midbox160"><ul>{"".join(rows)}</ul></div>\n</div></div>\n'
        )

    def _footer(self) -> str:
        return (
            '<div class="footer"><div class="container">\n'
            "<p>BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ CẦN THƠ</p>\n"
            f'<p><a href="{esc(self.url("/lien-he/"))}">Liên hệ</a> - <a href="{esc(self.url("/rss/home.rss"))}">RSS</a></p>\n'
            "</div></div>\n</body>\n</html>\n"
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        url = self.url(self.article_path(a, a.id))
        first = norm(comp.sapo)
        ld = {"@context": "https://schema.org/", "@type": "NewsArticle", "name": norm(a.title),
              "datePublished": f"{a.published:%Y-%m-%d}", "description": first}
        if a.modified:
            ld["dateModified"] = iso(a.modified)
        meta = ""
        if a.tags:
            meta += f'<meta name="Keywords" content="{esc(", ".join(a.tags))}" />\n'
        meta += f'<meta name="Description" content="{esc(first)}" />\n'
        meta += f'<link rel="canonical" href="{esc(url)}" />\n'
        og_image = self.image_url(a, a.images[0]) if a.images else self.thumb_url(a.id)
        meta += (
            f'<meta property="og:type" content="article" /><meta property="og:url" content="{esc(url)}" />'
            f'<meta property="og:title" content="{esc(norm(a.title))}" /><meta property="og:description" '
            f'content="{esc(first)}" /><meta property="og:image" content="{esc(og_image)}" />\n'
        )
        out = [self._head(f"{norm(a.title)} - Báo Cần Thơ Online", meta)]
        out.append(f'<script type="application/ld+json">\n  {jsonld(ld)}\n  </script>\n')
        out.append(self._menu())
        sec_url = self.url(f"/{a.section.key}/")
        crumb = f'<a href="{esc(sec_url)}">{esc(a.section.name)}</a>\n'
        if a.sub:
            sub_url = self.url(f"/{a.section.key}/{a.sub.key}/")
            crumb += f'<span class="fw400"> > <a style="color:#b0b0b0;" href="{esc(sub_url)}">{esc(a.sub.name)}</a></span>'
        icon = '&nbsp;<span class="sprite icophoto"></span>' if a.images else ""
        out.append(
            '<div class="wappercontainer">\n<div class="container">\n<div class="row">\n<div id="content">\n'
            '\t<div id="colcate1">\n\t\t<div class="titlecate">\n\t\t\t<h1>\n\t\t\t\t'
            f"{crumb}\t\t\t</h1>\n\t\t</div>\n"
            '\t\t<div id="clear" class="sharemxh detail-fb-like-share">\n'
            f'\t\t\t<span class="pubdate {a.id % 300}">{self.published_fields(a)[1]}</span>\n'
            '\t\t\t<div class="fright" style="display:flex;">\n'
            f'\t\t\t\t<a class="ashare btn-facebook" target="_fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}&amp;display=popup&amp;ref=plugin"><i class="icon12-facebook-f-white"></i> Chia sẻ Facebook</a>\n'
            f'\t\t\t\t<a href="javascript:void(0);" onclick="printPopup(\'{esc(self.url("/print" + self.article_path(a, a.id)))}\');" title="Print" rel="nofollow"><span class="sprite icoprint"></span></a>\n'
            "\t\t\t</div>\n\t\t</div>\n"
            f'\t\t<h1 class="margintopbot10 fw700">{esc(a.title)}{icon}</h1>\n'
            '\t\t<div id="clear"></div>\n\t\t<div id="newscontents">\n'
            f'<div class="content-fck slider-jsgallery {a.id % 200}">\n'
        )
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i, url))
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>\n')
        if a.source_line:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.source_line)}</strong></p>\n')
        out.append("</div>\n\n\n</div>\n")
        out.append(
            '\t\t<div id="linkshare" data="248"><div class="sharelike"><table border="0"><tr>'
            '<td><b class="fs13">Chia sẻ bài viết</b></td></tr></table></div><div class="clear"></div></div>\n'
        )
        if a.tags:
            tags = "".join(
                f'<a class="tag_item" title="{esc(t)}" href="{esc(self.url("/tim-kiem/" + quote(t) + ".html"))}">{esc(t)}</a>'
                for t in a.tags
            )
            out.append(f'\t\t<div class="block_tag marginbottom10">\n\t\t\t<div class="txt_tag">Từ khóa</div>\n\t\t\t{tags}\t\t</div>\n')
        if a.related:
            rows = "".join(
                f'<li><a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(self.head(i).title)}</a></li>'
                for i in a.related
            )
            out.append(f'\t\t<div class="tinlienquan"><div class="titletd">TIN LIÊN QUAN</div><ul>{rows}</ul></div>\n')
        out.append(
            '\t\t<div id="comment"><div class="titletd nobg"><a class="active fs13" href="javascript:void(0);"><b>BÌNH LUẬN</b></a></div>\n'
            f'\t\t<form method="POST" name="frmComments"><input type="hidden" name="txtnewsid" value="{self.profile.id_base + a.id}" />'
            "<textarea name=\"txtinfocomment\">Ý kiến của bạn</textarea></form></div>\n"
            "\t</div>\n"
        )
        out.append(self._sidebar())
        out.append("</div>\n</div>\n</div>\n</div>\n")
        out.append(self._footer())
        return "".join(out)

    def _block(self, a: Article, block: Block, i: int, url: str) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            out = (
                f'<p style="text-align: justify;"><img title="{esc(norm(a.title))}" data-socail-link="{esc(url)}" '
                f'class="zoomimg" alt="" src="{esc(self.image_url(a, img))}" style="width: 700px; height: 436px;" /></p>\n\n'
            )
            if img.printed_caption:
                out += (f'<p style="text-align: center;"><em><span style="text-align: justify;">'
                        f"{nbsp(img.printed_caption, 3 if a.id % 2 else 0)}</span></em></p>\n\n")
            return out
        ad = '<div class="AMN_res_baocantho.com.vn_mid"></div>' if i == 3 else ""
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'{ad}<p style="text-align: justify;">Xem toàn văn: <a href="{esc(block.href)}" target="_blank">{esc(title)}</a>.</p>\n\n'
        text = block.text
        if i == 0 and text.startswith("(CTO) - "):
            return f'{ad}<p style="text-align: justify;"><strong>(CTO)</strong> - {nbsp(text[8:], 0)}</p>\n\n'
        return f'{ad}<p style="text-align: justify;">{nbsp(text, 4 if (a.id + i) % 4 == 0 else 0)}</p>\n\n'

    # --- listings ---------------------------------------------------------------------------------------------

    def _item_link(self, i: int) -> tuple[str, Head]:
        h = self.head(i)
        return esc(self.url(self.article_path(h, i))), h

    def _desc(self, i: int) -> str:
        return esc(norm(self.dateline(self.article(i)) + self.article(i).lead))

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        out = [self._head(f"{listing.name} - Báo Cần Thơ Online"), self._menu()]
        crumb = f'<a href="{esc(self.url(f"/{listing.key}/"))}">{esc(listing.name)}</a>'
        if listing.sub and listing.section:
            crumb = (f'<a href="{esc(self.url(f"/{listing.section.key}/"))}">{esc(listing.section.name)}</a>'
                     f'<span class="fw400"> > {crumb}</span>')
        rss = f"/rss/cate/{listing.section.key}/" if listing.section else "/rss/home.rss"
        out.append(
            '<div class="wappercontainer">\n<div class="container">\n<div class="row">\n<div id="content">\n'
            '\t<div id="colcate1">\n\t\t<div id="topcate">\n\t\t\t<div class="titlecate">\n'
            f'\t\t\t\t<h1>\n\t\t\t\t\t{crumb}\n\t\t\t\t</h1>\n'
            f'\t\t\t\t<a href="{esc(self.url(rss))}"><span class="sprite icorss"></span></a>\n\t\t\t</div>\n'
        )
        if not ids:
            out.append('\t\t\t<p class="empty">Chưa có bài viết trong chuyên mục này.</p>\n')
        if ids:
            url, h = self._item_link(ids[0])
            out.append(
                f'\t\t\t<a href="{url}"><div class="overflow-4x3"><img width="100%" src="{esc(self.thumb_url(ids[0]))}" '
                f'title="{esc(h.title)}" alt="{esc(h.title)}" /></div></a>\n'
                f'\t\t\t<div class="fleft"><h2 class="h2cate"><a href="{url}">{esc(h.title)}</a></h2></div>\n'
                f'\t\t\t<p class="desc paddingbottom10 clearleft">{self._desc(ids[0])}</p>\n'
            )
        if ids[1:4]:
            out.append('\t\t\t<div class="boxtopcate">\n')
            for i in ids[1:4]:
                url, h = self._item_link(i)
                out.append(
                    f'\t\t\t   <div class="top3"><a class="b-img" href="{url}"><div class="overflow-4x3"><img src="{esc(self.thumb_url(i))}" '
                    f'width="160" height="90" alt="{esc(h.title)}" /></div></a>\n'
                    f'\t\t\t\t<a class="b-content" href="{url}"><h2 class="margintop5 overflow75 fs13 fw600">{esc(h.title)}</h2></a></div>\n'
                )
            out.append('\t\t\t\t<div class="clear"></div>\n\t\t\t</div>\n')
        if ids[4:]:
            out.append('\t\t\t<div class="boxtinmoi"><ul class="list-news-img-style-1">\n')
            for i in ids[4:]:
                url, h = self._item_link(i)
                out.append(
                    f'\t\t\t\t<li class="news-img-left news-img"><a class="b-title" href="{url}"><h3 class="marginbottom5 fs18">{esc(h.title)}</h3></a>'
                    f'<a class="b-img" href="{url}"><div class="ovf120"><img class="fleft marginright10" width="160px" src="{esc(self.thumb_url(i))}" alt="{esc(h.title)}" /></div></a>'
                    f'<p class="b-content txt fleft desc marginbottom5">{self._desc(i)}</p></li>\n'
                )
            out.append("\t\t\t</ul></div>\n")
        out.append(self._pagination(listing, page, pages))
        out.append("\t\t</div>\n\t</div>\n")
        out.append(self._sidebar())
        out.append("</div>\n</div>\n</div>\n</div>\n")
        out.append(self._footer())
        return "".join(out)

    def _pagination(self, listing: Listing, page: int, pages: int) -> str:
        def link(p: int, text: str) -> str:
            return f'<li><a href="{esc(self.url(self.listing_path(listing, p)))}">{text}</a></li>'

        void = '<li><a href="javascript:void(0)">{}</a></li>'
        items = [link(1, "&laquo;") if page > 1 else void.format("&laquo;"),
                 link(page - 1, "&lt;") if page > 1 else void.format("&lt;")]
        items += [f"<li><b>{p}</b></li>" if p == page else link(p, str(p)) for p in page_window(page, pages)]
        items += [link(page + 1, "&gt;") if page < pages else void.format("&gt;"),
                  link(pages, "&raquo;") if page < pages else void.format("&raquo;")]
        return '<div class="fright" id="page">\n<ul>\n\t\t\t' + "".join(items) + "\n\t\t</ul>\n</div>\n"

    def render_home(self) -> str:
        out = [self._head("Báo Cần Thơ Online"), self._menu(),
               '<div class="wappercontainer">\n<div class="container">\n<div class="row">\n<div id="content">\n<div id="colcate1">\n']
        out.append('<div class="boxtinmoi"><div class="catename"><div class="borbotred"><a class="cate1" href="javascript:void(0);">TIN MỚI NHẤT</a></div></div><ul class="list-news-img-style-1">\n')
        for i in self.all_listing().ids(self.n, 0, 2 * self.portal.per_page):
            url, h = self._item_link(i)
            out.append(f'<li class="news-img-left news-img"><a class="b-title" href="{url}"><h3 class="fs18">{esc(h.title)}</h3></a></li>\n')
        out.append("</ul></div>\n")
        for s in self.profile.sections:
            lst = self.section_listing(s)
            out.append(f'<div class="box1"><div class="catename"><a class="cate1" href="{esc(self.url(f"/{s.key}/"))}">{esc(s.name)}</a></div><ul>\n')
            for i in lst.ids(self.n, 0, 4):
                url, h = self._item_link(i)
                out.append(f'<li><a href="{url}"><h3>{esc(h.title)}</h3></a></li>\n')
            out.append("</ul></div>\n")
        out.append("</div>\n")
        out.append(self._sidebar())
        out.append("</div>\n</div>\n</div>\n</div>\n")
        out.append(self._footer())
        return "".join(out)

    def render_404(self) -> str:
        return (self._head("Không tìm thấy trang - Báo Cần Thơ Online") + self._menu()
                + '<div class="wappercontainer"><div class="container"><p class="notfound">Trang bạn tìm không tồn tại '
                  "hoặc đã bị xóa.</p></div></div>\n" + self._footer())


FAMILY = AIdFamily
