"""Family parser behaviour that the saved pages do not show."""

from __future__ import annotations

from crawler.parsers import parse_with_report

MCMS_PAGE = """<html><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-06-17T13:43:02+0700"></head><body>
<div class="article"><h1 class="article__title cms-title">Tiêu đề</h1>
<div class="article__sapo cms-desc">Lời dẫn.</div>
<figure class="article__avatar"><img class="cms-photo" data-src="https://cdn.baolaocai.vn/a.jpg"
 src="data:image/gif;base64,R0"><figcaption>Quang cảnh. Ảnh: Anh Dũng</figcaption></figure>
<div class="article__body zce-content-body cms-body"><div>Đoạn một của bài báo.</div></div>
</div></body></html>"""


def test_lead_figure_is_the_first_image_with_caption_and_credit() -> None:
    result = parse_with_report(MCMS_PAGE, "https://baolaocai.vn/tieu-de-post1.html")
    item = result.item
    assert item["images"] == [{"url": "https://cdn.baolaocai.vn/a.jpg", "caption": "Quang cảnh.", "credit": "Anh Dũng"}]
    assert item["body"] == "Đoạn một của bài báo." and item["sapo"] == "Lời dẫn."


def test_fields_missing_from_the_family_markup_are_reported_as_fallbacks() -> None:
    page = MCMS_PAGE.replace("article__title cms-title", "headline").replace(
        "</head>", '<meta property="og:title" content="Tiêu đề từ OpenGraph"></head>'
    )
    result = parse_with_report(page, "https://baolaocai.vn/tieu-de-post1.html")
    assert result.item["title"] == "Tiêu đề từ OpenGraph"
    assert "title" in result.fallbacks


def test_missing_fields_stay_empty_never_invented() -> None:
    item = parse_with_report("<html><body><p>Chỉ một câu.</p></body></html>", "https://x.example/a").item
    assert item["published_at"] is None and item["published_raw"] == ""
    assert item["authors"] == [] and item["tags"] == [] and item["images"] == []
    assert item["source"] is None and item["event_date"] is None
