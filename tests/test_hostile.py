"""Hostile input: the parsers either make a well-formed, safe item of a malformed or malicious page, or
raise PageError; the Atom feed of script-laden pages is safe; feeds and sitemaps never resolve entities.

The corpus (``tests/hostile.py``) is built in memory; each page is parsed as a page of its family's
declared site, from an undeclared host (no site: the family its markup reveals, else the generic
parser) and, for pages in a family's markup, by the generic parser itself (see ``modes_of``). A
one-line tally is printed at the end (``test_zz_tally``): pages, items, PageErrors.
"""

from __future__ import annotations

import html as htmllib
import re
import threading
import time
import unicodedata
from collections import Counter
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import lxml.etree
import lxml.html
import pytest
from hostile import FAMILY_SITES, Case, corpus, counts, inject_body, sample_page
from hostile import _portal as hostile_portal
from scrapy.http import Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.export import export
from crawler.items import ARTICLE_FIELDS
from crawler.parsers import PageError, get_parser, parse_with_report
from crawler.spiders.sites import BaocanthoSpider, BaolaocaiSpider
from crawler.store import Store

CASES = corpus()
NEXT_YEAR = date.today().year + 1
FAMILIES = {site: family for family, site in FAMILY_SITES.items()}

# The tally printed by test_zz_tally: outcome counts per parse, and legacy-encoding pages read right.
TALLY: Counter[str] = Counter()
LEGACY: dict[str, str] = {}  # legacy-encoding page → "right", "wrong" or "PageError" (declared-site parse)
CRASHES: list[str] = []

STR_FIELDS = ("url", "canonical_url", "title", "sapo", "body", "body_html", "published_raw", "language",
              "fetched_at", "content_hash", "extraction")
OPTIONAL_STR_FIELDS = ("site", "province", "source", "published_at", "modified_at", "event_date")
STR_LIST_FIELDS = ("authors", "tags", "category")
FORBIDDEN_TAGS = ("<script", "<style", "<iframe", "<object", "<form", "<embed", "<frame", "<base", "<meta",
                  "<link", "<svg", "<math", "<template", "<input", "<button", "<textarea")
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200d\u2060\ufeff]")


# --- checks -----------------------------------------------------------------------------------------


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    """Every string inside an item (path, value)."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [s for i, v in enumerate(value) for s in _strings(v, f"{path}[{i}]")]
    return []


def html_problems(fragment: str) -> list[str]:
    """What is unsafe in a body_html (or an Atom content once unescaped)."""
    problems = []
    low = fragment.lower()
    for tag in FORBIDDEN_TAGS:
        if tag in low:
            problems.append(f"{tag}> in body_html")
    if re.search(r"<[a-z][a-z0-9]*\b[^>]*?\son[a-z]+\s*=", low):
        problems.append("on…= handler in body_html")
    for text in (low, htmllib.unescape(htmllib.unescape(fragment)).lower()):
        if "javascript:" in _INVISIBLE.sub("", text):
            problems.append("javascript: in body_html (raw or entity-decoded)")
            break
    if fragment.strip():
        try:
            elements = lxml.html.fragments_fromstring(fragment)
        except (lxml.etree.ParserError, ValueError) as exc:
            return [*problems, f"body_html does not parse: {exc}"]
        for top in elements:
            if not isinstance(top, lxml.html.HtmlElement):
                continue
            for el in top.iter():
                if not isinstance(el.tag, str):
                    continue
                for name, value in el.attrib.items():
                    if name.lower().startswith("on"):
                        problems.append(f"<{el.tag} {name}=…>")
                    if name.lower() in ("href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster"):
                        v = _INVISIBLE.sub("", value).lower()
                        if v.startswith(BAD_SCHEMES):
                            problems.append(f"<{el.tag} {name}={value[:60]!r}>")
    return problems


def _iso_in_range(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str):
        return [f"{name} is {type(value).__name__}"]
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return [f"{name} {value!r} is not ISO 8601"]
    problems = []
    if dt.tzinfo is None:
        problems.append(f"{name} {value!r} has no offset")
    if not 1990 <= dt.year <= NEXT_YEAR:
        problems.append(f"{name} {value!r} is not between 1990 and {NEXT_YEAR}")
    return problems


def item_problems(item: dict[str, Any], case: Case, url: str, site: str | None) -> list[str]:
    """Everything wrong with an item made of a hostile page (an empty list when it is sound)."""
    problems: list[str] = []
    if set(item) != set(ARTICLE_FIELDS):
        problems.append(f"fields: missing {sorted(set(ARTICLE_FIELDS) - set(item))}, extra {sorted(set(item) - set(ARTICLE_FIELDS))}")
    for f in STR_FIELDS:
        if not isinstance(item.get(f), str):
            problems.append(f"{f} is {type(item.get(f)).__name__}, not str")
    for f in OPTIONAL_STR_FIELDS:
        if item.get(f) is not None and not isinstance(item.get(f), str):
            problems.append(f"{f} is {type(item.get(f)).__name__}, not str or None")
    for f in STR_LIST_FIELDS:
        v = item.get(f)
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            problems.append(f"{f} is not a list of non-empty str: {str(v)[:80]}")
    for f, keys in (("images", {"url", "caption", "credit"}), ("attachments", {"url", "title"})):
        v = item.get(f)
        if not isinstance(v, list):
            problems.append(f"{f} is not a list")
            continue
        for x in v:
            if not isinstance(x, dict) or set(x) != keys:
                problems.append(f"{f} entry {str(x)[:80]} has not the keys {sorted(keys)}")
                continue
            if not isinstance(x["url"], str) or not x["url"].startswith(("http://", "https://")):
                problems.append(f"{f} url {str(x['url'])[:80]!r} is not an absolute http(s) URL")
            for k in keys - {"url"}:
                if x[k] is not None and not isinstance(x[k], str):
                    problems.append(f"{f}.{k} is {type(x[k]).__name__}")
    if item.get("url") != url:
        problems.append(f"url {item.get('url')!r} is not the page's")
    if item.get("site") != site:
        problems.append(f"site {item.get('site')!r}, expected {site!r}")
    if isinstance(item.get("canonical_url"), str) and not item["canonical_url"].startswith(("http://", "https://")):
        problems.append(f"canonical_url {item['canonical_url'][:80]!r} is not http(s)")
    if isinstance(item.get("content_hash"), str) and not re.fullmatch(r"[0-9a-f]{64}", item["content_hash"]):
        problems.append("content_hash is not a sha256 hex digest")
    problems += _iso_in_range(item.get("published_at"), "published_at")
    problems += _iso_in_range(item.get("modified_at"), "modified_at")
    problems += _iso_in_range(item.get("fetched_at"), "fetched_at")
    ev = item.get("event_date")
    if ev is not None:
        try:
            d = date.fromisoformat(ev)
            if not 1990 <= d.year <= NEXT_YEAR:
                problems.append(f"event_date {ev!r} is not between 1990 and {NEXT_YEAR}")
        except (TypeError, ValueError):
            problems.append(f"event_date {ev!r} is not YYYY-MM-DD")
    for path, s in _strings(item):
        if "\x00" in s:
            problems.append(f"NUL in {path}")
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(f"{path} is not valid Unicode (lone surrogate): {s[:60]!r}")
        for bad in case.forbidden:
            if bad in s:
                problems.append(f"{path} holds {bad!r}")
    for f in ("title", "sapo", "body"):
        v = item.get(f)
        if isinstance(v, str) and v and not unicodedata.is_normalized("NFC", v):
            problems.append(f"{f} is not NFC")
    if isinstance(item.get("body_html"), str):
        problems += html_problems(item["body_html"])
    return problems


# --- the corpus, page by page --------------------------------------------------------------------------


MODES = ("site", "undeclared", "generic")
# The generic parser is forced on the pages built on a family's markup (elsewhere the undeclared URL
# reaches it anyway: no fingerprint matches).
FAMILY_MARKUP = {"charset", "legacy-encoding", "active", "json-ld", "dates", "malformed"}


def parse_case(case: Case, mode: str) -> tuple[dict[str, Any] | None, str, str | None]:
    """(item or None, URL, site name) of one parse; PageError gives None; anything else is raised.

    ``site``: the page of its family's declared site; ``undeclared``: the same page from an undeclared
    host (``parse_with_report(html, url)`` with no site: the family its markup reveals, else generic);
    ``generic``: the generic parser itself."""
    if mode == "site":
        url, site = case.url, case.site
    else:
        url, site = case.generic_url, None
    try:
        if mode == "generic":
            return get_parser(None).parse_with_report(case.build(), url).item, url, None
        return parse_with_report(case.build(), url, site).item, url, site
    except PageError:
        return None, url, site


def modes_of(case: Case) -> tuple[str, ...]:
    """Heavy pages (megabytes, tens of thousands of elements) are parsed for their declared site only."""
    if case.heavy:
        return ("site",)
    return MODES if case.category in FAMILY_MARKUP else ("site", "undeclared")


PARAMS = [pytest.param(case, mode, id=f"{case.label}@{mode}") for case in CASES for mode in modes_of(case)]


def test_the_corpus_is_big_and_varied() -> None:
    c = counts()
    assert len(CASES) >= 200, c
    assert len({case.label for case in CASES}) == len(CASES)
    assert {"empty", "binary", "size", "nesting", "charset", "legacy-encoding", "active", "json-ld", "dates",
            "malformed"} <= set(c)
    assert {case.site for case in CASES} == set(FAMILY_SITES.values())


@pytest.mark.parametrize(("case", "mode"), PARAMS)
def test_hostile_page_gives_a_sound_item_or_page_error(case: Case, mode: str) -> None:
    started = time.monotonic()
    try:
        item, url, site = parse_case(case, mode)
    except Exception as exc:
        TALLY["crashes"] += 1
        CRASHES.append(f"{case.label}@{mode}: {type(exc).__name__}: {str(exc)[:120]}")
        raise AssertionError(f"{case.label}@{mode}: {type(exc).__name__} instead of an item or PageError: "
                             f"{str(exc)[:300]}") from exc
    TALLY["parses"] += 1
    if case.expect_text is not None and mode == "site":
        right = item is not None and unicodedata.normalize("NFC", case.expect_text) in item["body"]
        LEGACY[case.label] = "PageError" if item is None else "right" if right else "wrong"
    if item is None:
        TALLY["page_errors"] += 1
        return
    TALLY["items"] += 1
    problems = item_problems(item, case, url, site)
    assert not problems, f"{case.label}@{mode}:\n  " + "\n  ".join(dict.fromkeys(problems))
    elapsed = time.monotonic() - started
    assert elapsed < 15, f"{case.label}@{mode} took {elapsed:.1f}s"


@pytest.mark.parametrize("tag", ["font", "span"])
@pytest.mark.parametrize("site", sorted(FAMILIES))
def test_text_after_deeply_nested_markup_is_kept(site: str, tag: str) -> None:
    """Unclosed tags nest: 300 stray <font> (or <span>) in an article must not cut off the text after
    them (libxml2 stops at a depth of 256 unless told otherwise)."""
    portal = hostile_portal(site)
    expected = portal.expected_item(8)["body"].split("\n\n")
    page = inject_body(sample_page(site, 8), site, f"<{tag}>" * 300 + "Thẻ không đóng.", end=True)
    item = parse_with_report(page, portal.article_url(8), site).item
    assert expected[-1] in item["body"], f"{site}: the article's last paragraph is lost after 300 <{tag}>"


# --- the Atom feed of the script-laden pages -------------------------------------------------------------


def test_atom_feed_of_script_laden_pages_is_safe(tmp_path: Path) -> None:
    items = []
    for case in CASES:
        if not case.scripted:
            continue
        for mode in ("site", "generic"):
            try:
                item, url, _ = parse_case(case, mode)
                url = f"{url}#{mode}"
            except Exception:  # noqa: BLE001, S112 - reported by the page test; the feed is checked with the rest
                continue
            if item is not None:
                item["canonical_url"] = url  # one entry per page (the sample pages share canonical URLs)
                items.append(item)
    assert len(items) >= 100
    out = tmp_path / "feeds" / "hostile.atom"
    with Store(f"sqlite:///{tmp_path / 'articles.db'}") as store:
        store.upsert_many(items)
        n = export(store, "atom", out, limit=len(items) + 10)
    assert n == len(items)
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = lxml.etree.parse(str(out), parser).getroot()  # must be well-formed XML
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == n
    problems = []
    for entry in entries:
        eid = entry.findtext("{http://www.w3.org/2005/Atom}id")
        content = entry.find("{http://www.w3.org/2005/Atom}content")
        if content is None:
            problems.append(f"{eid}: no content")
            continue
        assert content.get("type") == "html"
        problems += [f"{eid}: {p}" for p in html_problems(content.text or "")]
    assert not problems, "\n".join(problems[:30])


# --- feeds and sitemaps: no entity is ever resolved --------------------------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = b'<!ENTITY leak "LEAKED-OVER-HTTP">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def entity_server():  # type: ignore[no-untyped-def]
    """A local server that counts every request an XML parser makes for an external entity or DTD."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _laughs() -> str:
    decl = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        decl.append(f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">')
    return "".join(decl)


def _doctype(root: str, origin: str) -> str:
    return (f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            f'<!ENTITY remote SYSTEM "{origin}/entity">'
            f'<!ENTITY % pe SYSTEM "{origin}/parameter-entity"> %pe;]>')


REAL_ARTICLE = "https://baocantho.com.vn/tin-that-su-a777.html"
REAL_SITEMAP = "https://baocantho.com.vn/sitemaps/sitemap-1.xml"


def _feeds(origin: str) -> dict[str, tuple[str, str, str | None]]:
    """name → (callback name, document, the plain link that must still be found or None).

    Documents with a billion-laughs declaration are cut short by libxml2's amplification limit (the
    rest of the feed is lost: acceptable for such a document); the others must still give their
    plain link."""
    laughs = _laughs()
    return {
        "rss-xxe-file-and-remote": ("parse_feed", f"""<?xml version="1.0" encoding="utf-8"?>
{_doctype('rss', origin)}
<rss version="2.0"><channel><title>&xxe;</title>
<item><title>&xxe;</title><link>https://baocantho.com.vn/&xxe;-a1.html</link></item>
<item><link>&remote;</link><description>&leak;</description></item>
<item><link>{REAL_ARTICLE}</link></item>
</channel></rss>""", REAL_ARTICLE),
        "rss-billion-laughs": ("parse_feed", f"""<?xml version="1.0"?>
<!DOCTYPE rss [{laughs}]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><link>https://baocantho.com.vn/tin-&lol9;-a2.html</link></item>
<item><link>{REAL_ARTICLE}</link></item></channel></rss>""", None),
        "rss-external-dtd": ("parse_feed", f"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "{origin}/external.dtd">
<rss version="2.0"><channel><item><link>https://baocantho.com.vn/&leak;-a3.html</link></item>
<item><link>{REAL_ARTICLE}</link></item></channel></rss>""", REAL_ARTICLE),
        "atom-xxe-in-attribute": ("parse_feed", f"""<?xml version="1.0"?>
{_doctype('feed', origin)}
<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://baocantho.com.vn/&xxe;-a4.html"/></entry>
<entry><link href="{REAL_ARTICLE}"/></entry></feed>""", REAL_ARTICLE),
        "atom-billion-laughs-in-attribute": ("parse_feed", f"""<?xml version="1.0"?>
<!DOCTYPE feed [{laughs}]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://baocantho.com.vn/&lol9;-a5.html"/></entry>
<entry><link href="{REAL_ARTICLE}"/></entry></feed>""", None),
        "sitemap-urlset-xxe": ("parse_sitemap", f"""<?xml version="1.0" encoding="UTF-8"?>
{_doctype('urlset', origin)}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://baocantho.com.vn/&xxe;-a6.html</loc><lastmod>&xxe;</lastmod></url>
<url><loc>&remote;</loc></url>
<url><loc>{REAL_ARTICLE}</loc></url></urlset>""", REAL_ARTICLE),
        "sitemap-urlset-billion-laughs": ("parse_sitemap", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE urlset [{laughs}]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://baocantho.com.vn/x-&lol9;-a7.html</loc><lastmod>&lol9;</lastmod></url>
<url><loc>{REAL_ARTICLE}</loc></url></urlset>""", None),
        "sitemap-index-xxe": ("parse_sitemap", f"""<?xml version="1.0" encoding="UTF-8"?>
{_doctype('sitemapindex', origin)}
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://baocantho.com.vn/sitemaps/&xxe;.xml</loc></sitemap>
<sitemap><loc>{REAL_SITEMAP}</loc></sitemap></sitemapindex>""", REAL_SITEMAP),
        "sitemap-index-billion-laughs": ("parse_sitemap", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE sitemapindex [{laughs}]>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://baocantho.com.vn/sitemaps/&lol9;.xml</loc></sitemap>
<sitemap><loc>{REAL_SITEMAP}</loc></sitemap></sitemapindex>""", None),
    }


@pytest.mark.parametrize("name", list(_feeds("http://x")))
@pytest.mark.parametrize("response_class", [XmlResponse, TextResponse], ids=["XmlResponse", "TextResponse"])
def test_feed_and_sitemap_entities_are_never_resolved(name: str, response_class: type, entity_server) -> None:  # type: ignore[no-untyped-def]
    origin, hits = entity_server
    callback, document, plain = _feeds(origin)[name]
    spider = BaocanthoSpider.from_crawler(get_crawler(BaocanthoSpider))
    url = "https://baocantho.com.vn/" + ("rss/x.rss" if callback == "parse_feed" else "sitemap.xml")
    response = response_class(url, body=document.encode("utf-8"), encoding="utf-8")
    before = len(hits)
    started = time.monotonic()
    out = list(getattr(spider, callback)(response))
    elapsed = time.monotonic() - started
    assert elapsed < 5, f"{name}: took {elapsed:.1f}s (entity expansion?)"
    urls = [r.url for r in out if isinstance(r, Request)]
    assert len(out) == len(urls), out
    for u in urls:
        assert "root:" not in u and "lollol" not in u and "LEAKED" not in u, u
        assert len(u) < 2000, u[:200]
    time.sleep(0.05)
    assert hits[before:] == [], f"{name}: the parser fetched {hits[before:]}"
    if plain is not None:
        assert plain in urls, f"{name}: the plain link is lost: {urls}"


@pytest.mark.parametrize("loc", ["/sitemaps/sitemap-2.xml", "sitemap-2.xml", " ", "https://baocantho.com.vn/a<!-- x -->b.xml"],
                         ids=["root-relative", "relative", "blank", "comment-inside"])
def test_sitemap_index_with_an_odd_loc_keeps_the_others(loc: str) -> None:
    """A sitemap index entry whose <loc> is relative, blank or split by a comment (or an unresolved
    entity) must not raise out of the callback: the index's other sitemaps are still followed."""
    spider = BaocanthoSpider.from_crawler(get_crawler(BaocanthoSpider))
    doc = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"<sitemap><loc>{loc}</loc></sitemap><sitemap><loc>{REAL_SITEMAP}</loc></sitemap></sitemapindex>")
    out = list(spider.parse_sitemap(XmlResponse("https://baocantho.com.vn/sitemap.xml", body=doc.encode())))
    assert REAL_SITEMAP in [r.url for r in out]


def test_local_passwd_exists_so_the_xxe_checks_mean_something() -> None:
    text = Path("/etc/passwd").read_text(errors="replace") if Path("/etc/passwd").exists() else ""
    if "root:" not in text:
        pytest.skip("no /etc/passwd with a root entry here: the file:// XXE checks prove less")


def test_feed_of_another_family_site_too(entity_server) -> None:  # type: ignore[no-untyped-def]
    origin, hits = entity_server
    spider = BaolaocaiSpider.from_crawler(get_crawler(BaolaocaiSpider))
    doc = f"""<?xml version="1.0"?>{_doctype('rss', origin)}<rss><channel>
<item><link>https://baolaocai.vn/&xxe;-post1.html</link></item>
<item><link>https://baolaocai.vn/that-post2.html</link></item></channel></rss>"""
    before = len(hits)
    out = list(spider.parse_feed(XmlResponse("https://baolaocai.vn/rss/home.rss", body=doc.encode())))
    assert all("root:" not in r.url for r in out)
    assert "https://baolaocai.vn/that-post2.html" in [r.url for r in out]
    assert hits[before:] == []


# --- the tally (runs last in this file) -------------------------------------------------------------------


def test_zz_tally(request: pytest.FixtureRequest) -> None:
    outcomes = Counter(LEGACY.values())
    legacy = (f"legacy-encoded pages: {outcomes['right']} read right, {outcomes['wrong']} garbled, "
              f"{outcomes['PageError']} PageError")
    line = (f"hostile corpus: {len(CASES)} pages ({', '.join(f'{k} {v}' for k, v in counts().items())}); "
            f"{TALLY['parses'] + TALLY['crashes']} parses (declared site, undeclared URL, generic parser): {TALLY['items']} items, {TALLY['page_errors']} PageErrors, "
            f"{TALLY['crashes']} other exceptions; {legacy}")
    wrong = [f"{k.split('/', 1)[1]} ({v})" for k, v in sorted(LEGACY.items()) if v != "right"]
    print("\n" + line)
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(line)
            if wrong:
                reporter.write_line(f"  legacy-encoded pages not read right: {', '.join(wrong)}")
            for crash in CRASHES[:20]:
                reporter.write_line(f"  crash: {crash}")
