"""tiengiang.gov.vn: a Liferay 7 portal, markup after the modelled fixture (tests/fixtures/tiengiang/),
itself built from the Asset Publisher "full content" view.

- article ``/chi-tiet-tin?/<slug>/<51373162 + id>`` (the seed is ``…/51373163``, as in the fixture);
  ``div.asset_title > span``; ``span.assetPublishDate`` "HH:MM dd/mm/YYYY" next to a view counter (no
  meta or JSON-LD date, no canonical link); an optional lead ``span.assetdesc-text``; the body
  ``div.journal-content-article`` with centred image paragraphs, captions the centred ``<em>`` paragraph
  after them, an inline script, the author a right-aligned bold paragraph; "Tin liên quan"
  (``div.asset-links``), tags ``span.taglib-asset-tags-summary a`` and "File đính kèm"
  (``div.asset-attachments``) after it. A revised article shows ``span.metadata-modified-date``.
- listing ``/tin-tuc-su-kien``, ``/tin-tuc-su-kien/quoc-phong-an-ninh``; page N ``?page=N`` under
  ``ul.pagination`` (Liferay 7's pagination bar).
- RSS ``/rss/tin-tuc-su-kien``.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import quote, unquote

from .content import Article, Head, Img
from .family import Block, Family, Listing, digest, esc, nbsp, norm

__all__ = ["LiferayFamily"]

_ARTICLE = re.compile(r"/([a-z0-9-]+)/(\d+)=?")
_GROUP, _FOLDER = 20182, 51372915


def _uuid(*parts: object) -> str:
    h = digest(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


class LiferayFamily(Family):
    family: ClassVar[str] = "liferay"
    page_param: ClassVar[str | None] = "page"
    sapo_mode: ClassVar[str] = "optional"
    lead_rate: ClassVar[float] = 0.5
    attachment_block: ClassVar[bool] = True
    robots_disallow: ClassVar[tuple[str, ...]] = ("/tim-kiem", "/c/", "/group/", "/api/")
    home_aliases: ClassVar[tuple[str, ...]] = ("/trang-chu",)

    # --- URLs -----------------------------------------------------------------------------------------

    def article_path(self, a: Article | Head, article_id: int) -> str:
        return f"/chi-tiet-tin?/{a.slug}/{self.profile.id_base + article_id}"

    def article_id_from(self, path: str, query: str) -> int | None:
        if path != "/chi-tiet-tin":
            return None
        m = _ARTICLE.fullmatch(unquote(query))
        return int(m.group(2)) - self.profile.id_base if m else None

    def resolve_article(self, path: str, query: str) -> int | None:
        """The encoded form ``chi-tiet-tin?%2F<slug>%2F<id>=`` is the same article."""
        article_id = self.article_id_from(path, query)
        if article_id is None or not 1 <= article_id <= self.n:
            return None
        m = _ARTICLE.fullmatch(unquote(query))
        return article_id if m and m.group(1) == self.head(article_id).slug else None

    def listing_path(self, listing: Listing, page: int = 1) -> str:
        return f"/{listing.key}" if page == 1 else f"/{listing.key}?page={page}"

    def feeds(self) -> dict[str, Listing]:
        return {f"/rss/{s.key}": self.section_listing(s) for s in self.profile.sections}

    def image_url(self, a: Article, img: Img) -> str:
        return self.url(self._image_path(a, img))

    def _image_path(self, a: Article, img: Img) -> str:
        stamp = int(a.published.timestamp() * 1000) + 86_400_000 + a.id
        if a.seed:  # the fixture's own files
            known = {"tk-qsqp-cai-lay-1": ("6c1f0d5e-3b7a-4f2e-9a61-0e8b2d4c7f13", 1701939012345),
                     "tk-qsqp-cai-lay-2": ("9a7e2b40-15cd-4e8f-b3a2-7d6c5e4f3a21", 1701939013021)}
            uuid, stamp = known[img.name]
            return f"/documents/{_GROUP}/{_FOLDER}/{img.name}.jpg/{uuid}?t={stamp}"
        return f"/documents/{_GROUP}/{_FOLDER}/{a.slug[:30]}-{img.name}.jpg/{_uuid(a.site, a.id, img.name)}?t={stamp}"

    def thumb_path(self, article_id: int) -> str:
        return f"/documents/{_GROUP}/{_FOLDER}/thumb-{article_id}.jpg/{_uuid('thumb', article_id)}?imageThumbnail=1"

    def doc_url(self, a: Article, name: str) -> str:
        return self.url(f"/documents/{_GROUP}/{_FOLDER}/{name}")

    def published_fields(self, a: Article) -> tuple[str, str, str | None]:
        shown = a.published.replace(second=0)
        modified = a.modified.replace(second=0).isoformat() if a.modified else None
        return shown.isoformat(), f"{shown:%H:%M %d/%m/%Y}", modified

    # --- page parts -------------------------------------------------------------------------------------

    def _page(self, title: str, main: str, current: str = "") -> str:
        children = []
        section = self.profile.sections[0]
        for sub in section.subs:
            sel = " selected" if current == f"{section.key}/{sub.key}" else ""
            children.append(f'<li class="lfr-nav-item{sel}" role="presentation"><a href="{esc(self.url(f"/{section.key}/{sub.key}"))}" '
                            f'role="menuitem">{esc(sub.name)}</a></li>')
        extras = "".join(
            f'<li class="lfr-nav-item" role="presentation"><a href="{esc(self.url(f"/{k}"))}" role="menuitem"><span>{esc(n)}</span></a></li>'
            for k, n in self.profile.menu_extra
        )
        sidebar = "".join(
            f'<li><a href="{esc(self.url(self.article_path(self.head(i), i)))}">{esc(self.head(i).title)}</a>'
            f'<span class="news-date">{self.head(i).published:%d/%m/%Y}</span></li>'
            for i in self.most_read()
        )
        return (
            '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
            f"<title>{esc(title)} - Cổng Thông tin điện tử tỉnh Tiền Giang</title>\n"
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            f'<link href="{esc(self.url("/o/tiengiang-theme/images/favicon.ico"))}" rel="icon" />\n'
            '<link class="lfr-css-file" href="/o/tiengiang-theme/css/main.css?browserId=other&amp;themeId=tiengiangtheme_WAR_tiengiangtheme&amp;languageId=vi_VN&amp;b=7210" rel="stylesheet" type="text/css" />\n'
            '<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\n\tvar Liferay = Liferay || {};\n'
            f"\tLiferay.ThemeDisplay = {{ getLayoutURL: function() {{ return '{self.url('/chi-tiet-tin')}'; }}, "
            "getScopeGroupId: function() { return '20182'; }, getLanguageId: function() { return 'vi_VN'; } };\n// ]]>\n</script>\n"
            "</head>\n"
            '<body class="controls-visible guest-site signed-out public-page site portlet">\n'
            '<div class="d-flex flex-column min-vh-100">\n<div class="d-flex flex-column flex-fill position-relative" id="wrapper">\n'
            '\t<header id="banner" role="banner">\n\t\t<div class="top-bar"><div class="container"><div class="top-bar-left">\n'
            f'\t\t\t<a href="{esc(self.url("/so-do-cong"))}">Sơ đồ cổng</a> <a href="{esc(self.url("/lien-he"))}">Liên hệ</a>\n'
            f'\t\t</div><div class="top-bar-right"><a href="{esc(self.url("/c/portal/login?p_l_id=51040"))}" class="sign-in text-default" rel="nofollow">Sign In</a></div></div></div>\n'
            f'\t\t<div class="logo-bar"><div class="container"><a class="logo custom-logo" href="{esc(self.url("/"))}" '
            'title="Đi tới Cổng Thông tin điện tử tỉnh Tiền Giang"><img alt="Cổng Thông tin điện tử tỉnh Tiền Giang" height="110" '
            'src="/image/layout_set_logo?img_id=20461&amp;t=1701849600000" width="1140" /></a>\n'
            f'\t\t<form action="{esc(self.url("/tim-kiem"))}" class="search-bar" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /></form></div></div>\n'
            '\t\t<nav class="sort-pages modify-pages" id="navigation" role="navigation"><div class="container"><ul aria-label="Các trang web" role="menubar">\n'
            f'\t\t\t<li class="lfr-nav-item" role="presentation"><a href="{esc(self.url("/trang-chu"))}" role="menuitem"><span>Trang chủ</span></a></li>\n'
            f'\t\t\t<li class="lfr-nav-item selected" role="presentation"><a aria-haspopup="true" href="{esc(self.url(f"/{section.key}"))}" '
            f'role="menuitem"><span>{esc(section.name)}</span></a>\n\t\t\t\t<ul class="child-menu" role="menu">{"".join(children)}</ul>\n\t\t\t</li>\n'
            f"\t\t\t{extras}\n\t\t</ul></div></nav>\n\t</header>\n"
            '\t<section class="container-fluid flex-fill" id="content">\n\t\t<div class="columns-2" id="main-content" role="main">\n'
            '\t\t\t<div class="portlet-layout row">\n\t\t\t\t<div class="col-md-8 portlet-column portlet-column-first" id="column-1">\n'
            f"{main}"
            "\t\t\t\t</div>\n"
            '\t\t\t\t<div class="col-md-4 portlet-column portlet-column-last" id="column-2">\n'
            '\t\t\t\t\t<section class="portlet" id="portlet_TinMoi"><div class="portlet-content">\n'
            '\t\t\t\t\t\t<div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Tin mới</h2></div>\n'
            f'\t\t\t\t\t\t<div class="portlet-body"><ul class="list-news">{sidebar}</ul></div>\n'
            "\t\t\t\t\t</div></section>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</section>\n"
            '\t<footer class="footer" id="footer" role="contentinfo"><div class="container">\n'
            '\t\t<p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG</p>\n'
            "\t\t<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tiền Giang</p>\n"
            '\t\t<p class="powered-by">Powered by Liferay</p>\n\t</div></footer>\n</div>\n</div>\n</body>\n</html>\n'
        )

    def _breadcrumb(self, crumbs: list[tuple[str, str]]) -> str:
        items = [(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(self.url("/trang-chu"))}" '
                  'title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>')]
        for k, (name, path) in enumerate(crumbs):
            active = "active " if k == len(crumbs) - 1 else ""
            items.append(f'<li class="{active}breadcrumb-item"><a class="breadcrumb-link" href="{esc(self.url(path))}" '
                         f'title="{esc(name)}"><span class="breadcrumb-text-truncate">{esc(name)}</span></a></li>')
        return (
            '\t\t\t\t\t<div class="portlet-boundary portlet-breadcrumb"><section class="portlet"><div class="portlet-content">'
            '<div class="portlet-body">\n\t\t\t\t\t\t<nav aria-label="Breadcrumb"><ol class="breadcrumb">'
            + "".join(items) + "</ol></nav>\n\t\t\t\t\t</div></div></section></div>\n"
        )

    # --- the article ---------------------------------------------------------------------------------------

    def render_article(self, a: Article) -> str:
        comp = self.compose(a)
        aid = self.profile.id_base + a.id
        url = self.url(self.article_path(a, a.id))
        crumbs = [(a.section.name, f"/{a.section.key}")]
        if a.sub:
            crumbs.append((a.sub.name, f"/{a.section.key}/{a.sub.key}"))
        _, shown, _ = self.published_fields(a)
        out = [self._breadcrumb(crumbs)]
        out.append(
            '\t\t\t\t\t<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_ChiTietTin_">\n'
            '\t\t\t\t\t<section class="portlet"><div class="portlet-content">\n'
            f'\t\t\t\t\t\t<div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">{esc(a.section.name)}</h2></div>\n'
            '\t\t\t\t\t\t<div class="portlet-content-container"><div class="portlet-body">\n'
            '\t\t\t\t\t\t\t<div class="asset_publisher_view_full_content">\n'
            f'\t\t\t\t\t\t\t\t<div class="asset_title"><span>{esc(a.title)}</span></div>\n'
            '\t\t\t\t\t\t\t\t<div class="asset-publish-info">\n'
            f'\t\t\t\t\t\t\t\t\t<span class="assetPublishDate">{shown}</span>\n'
        )
        if a.modified:
            out.append(f'\t\t\t\t\t\t\t\t\t<span class="separator">|</span> <span class="metadata-entry metadata-modified">Cập nhật: '
                       f'<span class="metadata-modified-date">{a.modified:%H:%M %d/%m/%Y}</span></span>\n')
        out.append(
            '\t\t\t\t\t\t\t\t\t<span class="separator">|</span>\n'
            f'\t\t\t\t\t\t\t\t\t<span class="metadata-entry metadata-view-count">Lượt xem: {37 + a.id * 13 % 900}</span>\n'
            "\t\t\t\t\t\t\t\t</div>\n"
            '\t\t\t\t\t\t\t\t<div class="share-bar"><span class="share-label">Chia sẻ:</span>\n'
            f'\t\t\t\t\t\t\t\t\t<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" rel="noopener" target="_blank" title="Chia sẻ Facebook">Facebook</a>\n'
            '\t\t\t\t\t\t\t\t\t<a class="share-print" href="javascript:void(0);" onclick="window.print(); return false;" title="In trang">In trang</a>\n'
            "\t\t\t\t\t\t\t\t</div>\n"
        )
        if comp.sapo:
            out.append(f'\t\t\t\t\t\t\t\t<div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text">{esc(comp.sapo)}</span></div></div>\n')
        out.append(
            '\t\t\t\t\t\t\t\t<div class="asset-full-content clearfix show-asset-title">\n'
            f'\t\t\t\t\t\t\t\t\t<div class="asset-content" id="_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_ChiTietTin_{aid}">\n'
            f'\t\t\t\t\t\t\t\t\t\t<div class="journal-content-article " data-analytics-asset-id="{aid}" data-analytics-asset-title="{esc(norm(a.title))}" '
            'data-analytics-asset-type="web-content">\n'
        )
        for i, block in enumerate(comp.blocks):
            out.append(self._block(a, block, i))
            if i == 2:
                out.append('<script type="text/javascript">\n\tif (window.gtag) { gtag(\'event\', \'view_article\', '
                           f"{{ 'article_id': '{aid}' }}); }}\n</script>\n\n")
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>\n')
        if a.source_line:
            out.append(f'<p style="text-align: right;"><em>{esc(a.source_line)}</em></p>\n')
        out.append("\t\t\t\t\t\t\t\t\t\t</div>\n")
        if a.related:
            rows = "".join(
                f'<li class="asset-links-list-item"><a class="asset-title" href="{esc(self.url(self.article_path(self.head(r), r)))}">'
                f'{esc(self.head(r).title)}</a> <span class="asset-links-date">({self.head(r).published:%d/%m/%Y})</span></li>'
                for r in a.related
            )
            out.append('\t\t\t\t\t\t\t\t\t\t<div class="asset-links"><h3 class="asset-links-title">Tin liên quan</h3>'
                       f'<ul class="asset-links-list">{rows}</ul></div>\n')
        out.append("\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t</div>\n")
        tags = "".join(f'<a class="tag" href="{esc(self.url("/tim-kiem?tag=" + quote(t)))}">{esc(t)}</a> ' for t in a.tags)
        out.append(
            '\t\t\t\t\t\t\t\t<div class="asset-metadata">\n\t\t\t\t\t\t\t\t\t<div class="asset-tags">'
            f'<span class="metadata-entry metadata-tags"><span class="tags-label">Tag:</span> <span class="taglib-asset-tags-summary">{tags}</span></span></div>\n'
            '\t\t\t\t\t\t\t\t\t<div class="asset-attachments"><div class="attachments-title">File đính kèm</div>\n'
        )
        if a.attachments:
            rows = "".join(
                f'<li class="attachment-item"><a class="attachment-link" href="{esc(self.doc_url(a, name).removeprefix(self.base))}" '
                f'target="_blank" title="{esc(title)}"><img alt="" class="attachment-icon" src="{esc(self.url("/o/tiengiang-theme/images/file_system/small/pdf.png"))}" /> '
                f'{esc(title)}</a> <span class="attachment-size">({120 + k * 37} KB)</span></li>'
                for k, (name, title) in enumerate(a.attachments)
            )
            out.append(f'\t\t\t\t\t\t\t\t\t<ul class="attachments-list">{rows}</ul>\n')
        out.append("\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div></div>\n\t\t\t\t\t</div></section></div>\n")
        return self._page(a.category[-1], "".join(out), current=f"{a.section.key}/{a.sub.key}" if a.sub else "")

    def _block(self, a: Article, block: Block, i: int) -> str:
        if block.kind == "img" and block.img:
            img = block.img
            out = (f'<p style="text-align: center;"><img alt="" onclick="showFullImage(this.src);" src="{esc(self._image_path(a, img))}" '
                   'style="width: 700px; height: 467px;" /></p>\n\n')
            if img.printed_caption:
                out += f'<p style="text-align: center;"><em>{esc(img.printed_caption)}</em></p>\n\n'
            return out
        if block.kind == "doc":
            title = block.text.removeprefix("Xem toàn văn: ").removesuffix(".")
            return f'<p style="text-align: justify;">Xem toàn văn: <a href="{esc(block.href)}">{esc(title)}</a>.</p>\n\n'
        return f'<p style="text-align: justify;">{nbsp(block.text, 7 if (a.id + i) % 4 == 1 else 0)}</p>\n\n'

    # --- listings ---------------------------------------------------------------------------------------------

    def _abstracts(self, ids: list[int]) -> str:
        rows = []
        for i in ids:
            a = self.article(i)
            url = esc(self.url(self.article_path(a, i)))
            rows.append(
                f'<div class="asset-abstract"><div class="asset-image"><a href="{url}"><img alt="{esc(norm(a.title))}" '
                f'src="{esc(self.thumb_path(i))}" /></a></div>'
                f'<h3 class="asset-title"><a href="{url}">{esc(norm(a.title))}</a></h3>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a.published:%d/%m/%Y}</span></div>'
                f'<div class="asset-summary">{esc(norm(a.lead))}</div>'
                f'<div class="asset-more"><a href="{url}">Xem thêm »</a></div></div>\n'
            )
        return "".join(rows)

    def render_listing(self, listing: Listing, page: int) -> str:
        ids = self.page_ids(listing, page)
        pages = listing.pages(self.n, self.portal.per_page)
        crumbs = []
        if listing.section and listing.sub:
            crumbs.append((listing.section.name, f"/{listing.section.key}"))
        crumbs.append((listing.name, f"/{listing.key}"))
        previous = esc(self.url(self.listing_path(listing, page - 1))) if page > 1 else "javascript:;"
        items = [f'<li class="page-item{" disabled" if page == 1 else ""}"><a class="page-link" href="{previous}">«</a></li>']
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            active = " active" if p == page else ""
            items.append(f'<li class="page-item{active}"><a class="page-link" href="{esc(self.url(self.listing_path(listing, p)))}">{p}</a></li>')
        items.append(f'<li class="page-item{" disabled" if page == pages else ""}"><a class="page-link" '
                     f'href="{esc(self.url(self.listing_path(listing, page + 1))) if page < pages else "javascript:;"}">»</a></li>')
        main = (
            self._breadcrumb(crumbs)
            + '\t\t\t\t\t<section class="portlet portlet-asset-publisher"><div class="portlet-content">\n'
            f'\t\t\t\t\t\t<div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">{esc(listing.name)}</h2></div>\n'
            '\t\t\t\t\t\t<div class="portlet-body">\n'
            + (self._abstracts(ids) or '<div class="alert alert-info">Không có kết quả nào.</div>\n')
            + '\t\t\t\t\t\t<div class="pagination-bar"><ul class="pagination">' + "".join(items) + "</ul>"
            f'<div class="pagination-results">Hiển thị {len(ids)} / {listing.count(self.n)} kết quả.</div></div>\n'
            "\t\t\t\t\t\t</div>\n\t\t\t\t\t</div></section>\n"
        )
        return self._page(listing.name, main, current=listing.key)

    def render_home(self) -> str:
        main = (
            '\t\t\t\t\t<section class="portlet portlet-asset-publisher"><div class="portlet-content">\n'
            '\t\t\t\t\t\t<div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Tin tức - Sự kiện</h2></div>\n'
            f'\t\t\t\t\t\t<div class="portlet-body">{self._abstracts(self.all_listing().ids(self.n, 0, self.portal.per_page))}'
            f'<a href="{esc(self.url("/tin-tuc-su-kien"))}">Xem tất cả</a></div>\n\t\t\t\t\t</div></section>\n'
        )
        return self._page("Trang chủ", main)

    def render_404(self) -> str:
        return self._page("Không tìm thấy", '<div class="alert alert-danger">Không tìm thấy trang được yêu cầu.</div>\n')


FAMILY = LiferayFamily
