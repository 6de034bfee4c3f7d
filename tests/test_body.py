"""The shared body walk on small pages built for each rule (the real pages are in test_fixtures)."""

from __future__ import annotations

from crawler.parsers.body import extract_body
from crawler.parsers.page import Page

URL = "https://example.vn/bai-viet-a1.html"


def body_of(inner: str, **kw):  # type: ignore[no-untyped-def]
    page = Page(f"<html><body><div id='c'>{inner}</div></body></html>", URL)
    return extract_body(page, page.first("#c"), **kw)


def test_paragraphs_and_byline_label() -> None:
    b = body_of("<p>(CTO) - Ngày 8-1, hội nghị diễn ra.</p><p>Đoạn hai.</p><p><strong>Tin, ảnh: P.Y</strong></p>")
    assert b.paragraphs == ["(CTO) - Ngày 8-1, hội nghị diễn ra.", "Đoạn hai."]
    assert b.authors == ["P.Y"] and b.source is None


def test_two_authors_and_source_at_the_end() -> None:
    b = body_of(
        "<p>Nội dung bài viết khá dài.</p>"
        "<p style='text-align:right'><b>Hoàng Anh - Minh Thư</b></p><p>Theo TTXVN</p>"
    )
    assert b.paragraphs == ["Nội dung bài viết khá dài."]
    assert b.authors == ["Hoàng Anh", "Minh Thư"]
    assert b.source == "TTXVN"


def test_last_sentence_is_not_taken_for_a_byline() -> None:
    b = body_of("<p>Nội dung.</p><p>Theo bác sĩ Hồng, bệnh cần được phát hiện sớm.</p>")
    assert b.paragraphs[-1].startswith("Theo bác sĩ Hồng")
    assert b.authors == [] and b.source is None


def test_caption_paragraph_after_image_goes_to_the_image() -> None:
    b = body_of(
        "<p>Mở đầu.</p><p><img src='/a.jpg'></p>"
        "<p style='text-align:center'><em>Quang cảnh hội nghị. (Ảnh: T.L)</em></p><p>Tiếp theo.</p>"
    )
    assert b.paragraphs == ["Mở đầu.", "Tiếp theo."]
    assert b.images == [{"url": "https://example.vn/a.jpg", "caption": "Quang cảnh hội nghị.", "credit": "T.L"}]


def test_figure_and_caption_table() -> None:
    b = body_of(
        "<figure><img data-src='https://cdn.vn/1.jpg' src='data:image/gif;base64,R0'>"
        "<figcaption>Ảnh một. Ảnh: <em>Bệnh viện cung cấp</em></figcaption></figure>"
        "<table class='image'><tr><td><img src='/2.jpg'></td></tr><tr><td>Ảnh hai</td></tr></table>"
        + "<p>Văn bản bài báo đủ dài để không phải là phóng sự ảnh, có nhiều câu chữ ở đây nữa.</p>" * 4
    )
    assert [im["url"] for im in b.images] == ["https://cdn.vn/1.jpg", "https://example.vn/2.jpg"]
    assert b.images[0]["caption"] == "Ảnh một." and b.images[0]["credit"] == "Bệnh viện cung cấp"
    assert b.images[1]["caption"] == "Ảnh hai" and b.images[1]["credit"] is None
    assert "Ảnh một" not in b.text and "Ảnh hai" not in b.text


def test_photo_story_body_is_its_captions() -> None:
    b = body_of(
        "<figure><img src='/1.jpg'><figcaption>Sáng sớm, ngư dân kéo lưới trên biển Cửa Đại.</figcaption></figure>"
        "<figure><img src='/2.jpg'><figcaption>Cá được phân loại ngay trên bãi cát.</figcaption></figure>"
    )
    assert b.paragraphs == ["Sáng sớm, ngư dân kéo lưới trên biển Cửa Đại.", "Cá được phân loại ngay trên bãi cát."]
    assert len(b.images) == 2


def test_scripts_handlers_ads_and_related_boxes_are_not_body() -> None:
    b = body_of(
        "<p onclick='steal()'>Đoạn một <a href='javascript:alert(1)'>liên kết</a>.</p>"
        "<script>alert('x')</script><style>p{}</style>"
        "<div class='ads-inarticle'>Quảng cáo</div>"
        "<p>Tin liên quan</p><ul><li><a href='/khac-a2.html'>Bài khác</a></li></ul>"
        "<div class='box-news-related'><a href='/b.html'>Bài liên quan</a></div>"
        "<p>Đoạn hai.</p>"
    )
    assert b.paragraphs == ["Đoạn một liên kết.", "Đoạn hai."]
    html = b.html.lower()
    assert "script" not in html and "onclick" not in html and "javascript:" not in html
    assert "quảng cáo" not in html and "bài khác" not in html


def test_br_separated_lines_are_paragraphs() -> None:
    b = body_of("<div>Dòng một<br><br>Dòng hai<br/>Dòng ba</div>")
    assert b.paragraphs == ["Dòng một", "Dòng hai", "Dòng ba"]


def test_byline_selector_takes_the_element_out() -> None:
    b = body_of("<div>Một đoạn văn.</div><div class='t1'><span>Anh Dũng</span></div>", byline_selector="div.t1")
    assert b.paragraphs == ["Một đoạn văn."]
    assert b.authors == ["Anh Dũng"]
