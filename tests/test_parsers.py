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


# --- the family fingerprint scan of an undeclared page ------------------------------------------------

_DETECTED = {
    "fixtures/baoapbac/cai-lay.html": "ym_slug",
    "fixtures/baocantho/article.html": "a_id",
    "fixtures/baodongnai/thao-go-mat-bang.html": "tagdiv",
    "fixtures/baohaiphong/khoi-cong-truong-hoc.html": "b_maincontent",
    "fixtures/baolaocai/article.html": "mcms",
    "fixtures/baonghean/giu-rung-pu-mat.html": "b_maincontent",
    "fixtures/baophutho/buoi-doan-hung.html": "dcontent",
    "fixtures/baothanhhoa/hoi-cho-ocop.html": "dcontent",
    "fixtures/baovinhlong/xuong-giong-dong-xuan.html": "tagdiv",
    "fixtures/tiengiang/cai-lay.html": "liferay",
    "fixtures/undeclared/genk-amazon.html.gz": None,
    "fixtures/undeclared/ngoisao-leila-lopes.html.gz": None,
    "fixtures/undeclared/teen9x-banh-tinh-yeu.html.gz": None,
    "fixtures/undeclared/xinh-mix-do-noel.html.gz": None,
    "fixtures/undeclared/zing-giang-sinh.html.gz": "dcontent",
    "fixtures/undeclared/zing-van-mau.html.gz": "dcontent",
    "fixtures/vnexpress/article.html": "vnexpress",
    "pages/baocantho-category.html": None,
}


def _saved_pages() -> dict[str, bytes]:
    import gzip
    from pathlib import Path

    tests = Path(__file__).parent
    pages = {}
    for path in sorted(tests.glob("*/**/*.htm*")):
        data = path.read_bytes()
        pages[path.relative_to(tests).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return pages


def test_the_family_each_saved_page_reveals_is_unchanged() -> None:
    from crawler.parsers import detect_family

    pages = _saved_pages()
    assert set(pages) == set(_DETECTED), "a saved page was added or removed: record the family it reveals"
    assert {name: detect_family(html) for name, html in pages.items()} == _DETECTED
    # a str page (already decoded) reveals the same family as its bytes
    assert {name: detect_family(html.decode("utf-8", "replace")) for name, html in pages.items()} == _DETECTED


def test_one_pass_finds_every_fingerprint_a_scan_per_mark_finds() -> None:
    from crawler.parsers import FAMILIES, family_class, fingerprints_found

    marks = {m for f in FAMILIES for m in family_class(f).fingerprints}
    # marks that overlap or sit inside one another are each found
    assert fingerprints_found(b'<div class="td-post-content-fck pTitlepHead" id="dcontent">') >= {
        "td-post-content", "content-fck", "pTitle", "pHead", 'id="dcontent"'}
    assert fingerprints_found(b"<p>nothing of a CMS</p>") == set()
    for html in _saved_pages().values():
        source = html[:400_000]
        assert fingerprints_found(source) == {m for m in marks if m.encode() in source}


def test_an_absurdly_long_start_tag_loses_its_attributes_wherever_it_is() -> None:
    from crawler.parsers.page import _to_utf8

    attrs = " ".join(f"a{i}" for i in range(5_000))  # ~29,000 characters
    for before in (0, 1, 9_999, 10_001, 33_333):
        page = ("<html><body>" + "<p>x</p>" * (before // 8) + f"<p {attrs}>Nhiều thuộc tính.</p></body></html>").encode()
        out = _to_utf8(page)
        assert b"a4999" not in out and "<p>Nhiều thuộc tính.</p>".encode() in out
    # long text between tags is not a tag
    text = ("<html><body><p>" + "chữ " * 10_000 + "</p></body></html>").encode()
    assert _to_utf8(text) == text
