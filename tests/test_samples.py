"""The sample portals (crawler.samples): generated pages in each family's markup, served on 127.0.0.1.

1. The real parsers read every generated article (each awkward case, the seed, both editions) into
   exactly ``Portal.expected_item`` — which proves both the markup and the expectation.
2. URL schemes, listings and pagination are what the spiders follow.
3. The HTTP server: statuses, content types, HEAD, 404, sitemap, RSS, robots.txt.
4. Editions, determinism, and O(1) requests on a 20,000-article portal.
5. Stories: different stories share little text; planted reposts are what they claim to be
   (tests/test_samples_clusters.py runs the clusterer and the place finder over them).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree

import pytest
from parsel import Selector

from crawler.parsers import family_class, parse_article
from crawler.samples import SAMPLE_SITES, Portal, SampleServer, content
from crawler.samples.bank import GENERIC_SENTENCES, PHOTO_CAPTIONS, TOPICS, UPDATE_NOTES
from crawler.samples.lexicon import BOSS_ROLES, LEXICON, SHARED
from crawler.samples.profiles import PROFILES
from crawler.sites import all_sites, get_site
from crawler.spiders.base import PAGE_PARAM, PAGINATION_CSS
from crawler.text import is_outlet, parse_byline

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
UNCOMPARED = {"fetched_at", "content_hash", "body_html"}
CASES = ("plain", "no_author", "several_authors", "source_ttxvn", "no_tags", "photo_story", "uncaptioned_image",
         "no_sapo", "attachments")


def parsed(portal: Portal, article_id: int) -> dict:
    path = portal.article_path(article_id)
    status, ctype, body = portal.handle(path)
    assert status == 200 and ctype.startswith("text/html"), (portal.site, article_id, status)
    return parse_article(body, portal.base_url + path, portal.site)


def mismatches(portal: Portal, article_id: int) -> list[str]:
    item, expected = parsed(portal, article_id), portal.expected_item(article_id)
    assert set(expected) == set(item) - UNCOMPARED
    return [f"{portal.site} #{article_id} ({portal.case_of(article_id)}) {k}:\n  parser:   {item[k]!r}\n  expected: {v!r}"
            for k, v in expected.items() if item[k] != v]


def url_pattern(site: str) -> re.Pattern[str]:
    return re.compile(family_class(get_site(site).family).url_pattern or "")


def pattern_subject(portal: Portal, path: str) -> str:
    """What the family's url_pattern is matched against: the URL (vnexpress: on its real host, see below)."""
    return ("https://vnexpress.net" if portal.site == "vnexpress" else portal.base_url) + path


# --- 1. the parsers read exactly what was generated ------------------------------------------------------


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_parser_reads_every_article_as_expected(site: str) -> None:
    """Editions 1 and 2 of a 30-article portal: every awkward case (id % 10), revisions, new articles."""
    problems = []
    one, two = Portal(site, 30, edition=1), Portal(site, 30, edition=2)
    for article_id in one.article_ids():
        problems += mismatches(one, article_id)
    for article_id in [10, 20, 30, 31, 32, 33]:
        problems += mismatches(two, article_id)
    assert not problems, "\n".join(problems[:8])
    assert {one.case_of(i) for i in one.article_ids()} >= set(CASES)
    assert {two.case_of(i) for i in two.article_ids()} >= {"updated"}


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_parser_reads_a_large_portal_and_another_epoch(site: str) -> None:
    big = Portal(site, 20_000, edition=2)
    now = Portal(site, 50, edition=2, epoch=datetime(2026, 3, 2, 23, 50, tzinfo=content.VN))
    problems = [m for i in range(9_995, 10_011) for m in mismatches(big, i)]
    problems += [m for i in (1, 2, 46, 50, 53) for m in mismatches(now, i)]
    assert not problems, "\n".join(problems[:8])


def test_awkward_cases_carry_what_they_promise() -> None:
    p = {site: Portal(site, 30) for site in SAMPLE_SITES}
    for site, portal in p.items():
        ids = portal.awkward_ids()
        assert set(ids) >= set(CASES), site
        assert portal.expected_item(ids["no_author"][0])["authors"] == []
        several = portal.expected_item(ids["several_authors"][0])
        assert len(several["authors"]) == 2 and several["source"] is None
        ttxvn = portal.expected_item(ids["source_ttxvn"][0])
        assert ttxvn["source"] == "TTXVN" and ttxvn["authors"] == []
        assert portal.expected_item(ids["no_tags"][0])["tags"] == []
        images = portal.expected_item(ids["uncaptioned_image"][0])["images"]
        assert [im["caption"] is None for im in images] == [True, False, False]
        assert images[1]["credit"] and images[2]["credit"] is None
        photo = portal.expected_item(ids["photo_story"][0])
        captions = [im["caption"] for im in photo["images"]]
        assert len(captions) >= 4 and all(c and c in photo["body"] for c in captions)
        documents = portal.expected_item(ids["attachments"][0])["attachments"]
        assert documents and all(d["url"].startswith(portal.base_url + "/") and d["title"] for d in documents)
    # the sapo is optional on the government portal and on baoapbac only
    assert p["tiengiang"].expected_item(p["tiengiang"].awkward_ids()["no_sapo"][0])["sapo"] == ""
    assert p["baoapbac"].expected_item(p["baoapbac"].awkward_ids()["no_sapo"][0])["sapo"] == ""
    # baocantho's lead is the body's first paragraph, with its dateline
    item = p["baocantho"].expected_item(11)
    assert item["sapo"].startswith("(CTO) - ") and item["body"].startswith(item["sapo"])
    # captions with and without a credit
    all_images = [im for site in SAMPLE_SITES for i in range(1, 31) for im in p[site].expected_item(i)["images"]]
    assert any(im["credit"] for im in all_images) and any(im["caption"] and not im["credit"] for im in all_images)
    # event dates: opening sentences with and without a date
    events = [p[s].expected_item(i)["event_date"] for s in SAMPLE_SITES for i in range(1, 31)]
    assert events.count(None) > 10 and len(events) - events.count(None) > 60


@pytest.mark.parametrize("site,fixture", [("tiengiang", "tiengiang/cai-lay.json"), ("baoapbac", "baoapbac/cai-lay.json")])
def test_seed_article_is_the_fixture_article(site: str, fixture: str) -> None:
    """Article 1 is the seed (tiengiang) and its republication (baoapbac): the modelled fixtures' items."""
    doc = json.loads((FIXTURES / fixture).read_text("utf-8"))
    portal = Portal(site, 30)
    origin = re.match(r"https://[^/]+", doc["url"]).group(0)  # type: ignore[union-attr]
    expected = json.loads(json.dumps(doc["expected"], ensure_ascii=False).replace(origin, portal.base_url))
    if site == "tiengiang":
        expected["attachments"] = []  # the fixture invented one; the seed's "File đính kèm" is empty
    assert portal.expected_item(1) == expected
    assert portal.case_of(1) == "seed"
    assert not mismatches(portal, 1)


# --- 2. URLs, listings, pagination ---------------------------------------------------------------------------


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_declared_start_pages_and_feeds_are_served(site: str) -> None:
    portal = Portal(site, 30)
    declared = get_site(site)
    paths = [re.sub(r"^https?://[^/]+", "", u) for u in (*declared.start_urls, *declared.feeds)]
    assert paths and set(paths) <= set(portal.start_paths()) | set(portal.feed_paths())
    for path in paths + portal.feed_paths() + portal.listing_paths():
        status, _, _ = portal.handle(path)
        assert status == 200, (site, path)


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_listings_link_their_articles_and_the_next_page(site: str) -> None:
    """Walk each start listing the way the spider does: article links by the family's url_pattern, the
    next page by PAGINATION_CSS + PAGE_PARAM (crawler/spiders/base.py)."""
    portal = Portal(site, 30, per_page=4)
    portal.base_url = "http://127.0.0.1:8765"
    pattern = url_pattern(site)
    for start in portal.start_paths():
        # a start URL is a section listing, or the home page "/" listing every article
        names = [s.name for s in PROFILES[site].sections if s.key == start.strip("/")]
        assert names or start == "/", (site, start)
        section = {portal.article_path(i) for i in portal.article_ids()
                   if not names or portal.expected_item(i)["category"][0] == names[0]}
        n_pages = -(-len(section) // 4)
        listed: list[set[str]] = []
        for k in range(1, n_pages + 1):
            path = portal.listing_page_path(start, k)
            status, _, body = portal.handle(path)
            assert status == 200, (site, path)
            page_url = portal.base_url + path
            sel = Selector(text=body.decode())
            links = {_local(urljoin(page_url, h)) for h in sel.css("a::attr(href)").getall()}
            listed.append({p for p in links if pattern.search(pattern_subject(portal, p))})
            nexts = {_local(urljoin(page_url, h)) for h in sel.css(PAGINATION_CSS).css("::attr(href)").getall()
                     if PAGE_PARAM.search(urljoin(page_url, h))}
            following = portal.listing_page_path(start, k + 1)
            assert (following in nexts) == (k < n_pages), (site, path, nexts)
        most_read = set.intersection(*listed) if len(listed) > 1 else set()
        own = [page - most_read for page in listed]
        assert section <= set().union(*listed), (site, start)
        assert sum(len(page) for page in own) == len(set().union(*own)), (site, start)  # each article on one page
        assert len(listed) > 1 and own[0] != own[1]


def _local(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_article_paths_follow_the_real_schemes(site: str) -> None:
    portal = Portal(site, 30)
    pattern = url_pattern(site)
    shapes = {
        "baocantho": r"/[a-z0-9-]+-a1960\d\d\.html",
        "baolaocai": r"/[a-z0-9-]+-post4040\d\d\.html",
        "vnexpress": r"/[a-z0-9-]+-49500\d\d\.html",
        "tiengiang": r"/chi-tiet-tin\?/[a-z0-9-]+/513731\d\d",
        "baoapbac": r"/(thoi-su|quoc-phong-an-ninh)/20\d{4}/[a-z0-9-]+-10123\d\d/",
        "baodongnai": r"/(thoi-su|kinh-te)/20\d{4}/[a-z0-9-]+-4c1e0[0-9a-f]{2}/",
        "baohaiphong": r"/[a-z0-9-]+-5280\d\d\.html",
        "baothanhhoa": r"/[a-z0-9-]+-2710\d\d\.htm",
    }
    for i in portal.article_ids():
        path = portal.article_path(i)
        assert re.fullmatch(shapes[site], path), path
        assert pattern.search(pattern_subject(portal, path)), path
        assert portal.handle(path)[0] == 200
    # ids in URLs stay the same in a later edition; a wrong slug is not the article
    assert Portal(site, 30, edition=2).article_path(7) == portal.article_path(7)
    wrong = portal.article_path(7).replace(content.head(site, 7, 30).slug[:12], "khong-phai-bai")
    assert portal.handle(wrong)[0] == 404
    assert portal.handle(re.sub(r"\d+(?=\D*$)", "999999", portal.article_path(7)))[0] == 404


def test_vnexpress_article_links_are_recognised_on_a_local_origin() -> None:
    portal = Portal("vnexpress", 30)
    assert url_pattern("vnexpress").search(portal.base_url + portal.article_path(1))


# --- 3. the HTTP server ------------------------------------------------------------------------------------------


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    portals = [Portal(site, 30) for site in SAMPLE_SITES]
    with SampleServer(portals) as running:
        yield running


def test_server_binds_one_port_per_portal(server: SampleServer) -> None:
    assert list(server.urls) == list(SAMPLE_SITES)
    ports = {int(u.rsplit(":", 1)[1]) for u in server.urls.values()}
    assert len(ports) == len(SAMPLE_SITES)
    for portal in server.portals:
        assert portal.base_url == server.urls[portal.site]
        assert portal.base_url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_server_answers(server: SampleServer, site: str) -> None:
    base = server.urls[site]
    portal = next(p for p in server.portals if p.site == site)

    status, headers, body = fetch(base + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {base}/sitemap.xml" in body.decode() and "Disallow: /tim-kiem" in body.decode()

    status, headers, body = fetch(base + "/sitemap.xml")
    assert status == 200 and headers["Content-Type"] == "application/xml"
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ElementTree.fromstring(body).findall("s:url", ns)
    assert [u.findtext("s:loc", namespaces=ns) for u in urls] == [portal.article_url(i) for i in range(30, 0, -1)]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", u.findtext("s:lastmod", "", ns)) for u in urls)

    feed = portal.feed_paths()[0]
    status, headers, body = fetch(base + feed)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = ElementTree.fromstring(body).findall("channel/item")
    assert 1 <= len(items) <= 20
    for item in items:
        assert item.findtext("link", "").startswith(base + "/")
        assert item.findtext("pubDate", "").endswith(" +0700")
        parsedate_to_datetime(item.findtext("pubDate", ""))

    start = portal.start_paths()[0]
    status, headers, first = fetch(base + start)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    second_path = portal.listing_page_path(start, 2)
    status, _, second = fetch(base + second_path)
    assert status == 200
    pattern = url_pattern(site)
    links = [{u for u in Selector(text=b.decode()).css("a::attr(href)").getall()
              if pattern.search(pattern_subject(portal, _local(u)))} for b in (first, second)]
    most_read = links[0] & links[1]  # the "Đọc nhiều" box is on every page
    assert links[0] - most_read and links[1] - most_read and not (links[0] - most_read) & (links[1] - most_read)

    path = portal.article_path(7)
    status, headers, body = fetch(base + path)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    item = parse_article(body, base + path, site)
    assert {k: item[k] for k in portal.expected_item(7)} == portal.expected_item(7)

    status, headers, body = fetch(base + path, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000

    status, headers, body = fetch(base + "/khong-co-trang-nay.html")
    assert status == 404 and headers["Content-Type"].startswith("text/html") and body
    assert fetch(base + portal.listing_page_path(start, 99))[0] == 404


def test_server_on_a_fixed_base_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    portals = [Portal("baolaocai", 5)]
    with SampleServer(portals, base_port=port) as running:
        assert running.urls == {"baolaocai": f"http://127.0.0.1:{port}"}
        assert fetch(f"http://127.0.0.1:{port}/")[0] == 200
    with pytest.raises(OSError):  # stopped: nothing listens any more
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_serve_forever_from_the_command_line() -> None:
    """``python -m crawler.samples`` (what ``crawler serve-samples`` runs): the URL table, then Ctrl-C."""
    proc = subprocess.Popen([sys.executable, "-u", "-m", "crawler.samples", "baoapbac", "tiengiang", "--articles", "5",
                             "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        header = proc.stdout.readline()
        rows = [proc.stdout.readline() for _ in range(2)]
        assert "5 articles" in header, header
        urls = dict(re.findall(r"^\s+(\w+)\s+(http://127\.0\.0\.1:\d+)/", "".join(rows), re.MULTILINE))
        assert set(urls) == {"baoapbac", "tiengiang"}
        assert fetch(urls["tiengiang"] + "/tin-tuc-su-kien")[0] == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0 and "stopped" in out, err[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


# --- 4. editions, determinism, size ----------------------------------------------------------------------------


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_edition_two_changes_only_what_it_promises(site: str) -> None:
    one, two = Portal(site, 30), Portal(site, 30, edition=2)
    assert list(two.article_ids()) == list(range(1, 34)) and list(one.article_ids()) == list(range(1, 31))
    for i in one.article_ids():
        before, after = one.handle(one.article_path(i))[2], two.handle(two.article_path(i))[2]
        if i % 10:
            assert before == after, (site, i)  # untouched articles are byte-identical
            continue
        a, b = one.expected_item(i), two.expected_item(i)
        changed = {k for k in a if a[k] != b[k]}
        assert changed <= {"body", "modified_at"} and "body" in changed, (site, i, changed)
        assert "\n\nCập nhật: " in b["body"] and b["body"].startswith(a["body"].split("\n\n")[0])
        assert b["modified_at"] and b["modified_at"] > b["published_at"]
    for i in (31, 32, 33):
        assert one.handle(two.article_path(i))[0] == 404 and two.handle(two.article_path(i))[0] == 200
        assert two.expected_item(i)["published_at"] > two.expected_item(30)["published_at"]
    # the new articles top the listings, and the sitemap's lastmod moves for the revised ones
    tops = ["".join(p.handle(path)[2].decode() for path in p.start_paths()) for p in (one, two)]
    for i in (31, 32, 33):
        assert two.article_path(i) not in tops[0] and two.article_path(i) in tops[1]
    lastmods = [re.findall(r"<loc>([^<]+)</loc><lastmod>([^<]+)", p.handle("/sitemap.xml")[2].decode()) for p in (one, two)]
    moved = {loc for loc, mod in lastmods[1]} - {loc for loc, mod in lastmods[0]}
    assert moved == {two.article_url(i) for i in (31, 32, 33)}
    changed = {loc for (loc, mod) in lastmods[1] if (loc, mod) not in set(lastmods[0])} - moved
    assert changed == {two.article_url(i) for i in (10, 20, 30)}


def _digests(sites: tuple[str, ...]) -> str:
    out = hashlib.sha256()
    for site in sites:
        portal = Portal(site, 30)
        for path in [portal.article_path(i) for i in (1, 3, 6, 7, 9, 30)] + portal.start_paths()[:1] + \
                [portal.feed_paths()[0], "/sitemap.xml", "/robots.txt", "/"]:
            out.update(portal.handle(path)[2])
    return out.hexdigest()


def test_edition_one_is_byte_identical_across_runs() -> None:
    here = _digests(SAMPLE_SITES)
    content.article.cache_clear()
    content.head.cache_clear()
    assert _digests(SAMPLE_SITES) == here
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from tests.test_samples import _digests; "
            "from crawler.samples import SAMPLE_SITES; print(_digests(SAMPLE_SITES))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, env=env,
                          timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == here


def test_a_20000_article_portal_serves_any_page_at_once() -> None:
    portal = Portal("baocantho", 20_000)
    before = content.article.cache_info().misses
    started = time.perf_counter()
    status, _, body = portal.handle("/thoi-su?p=1000")
    assert status == 200 and time.perf_counter() - started < 0.5
    assert portal.article_path(2) in body.decode() and portal.article_path(20_000) not in body.decode()
    started = time.perf_counter()
    assert portal.handle(portal.article_path(19_999))[0] == 200 and time.perf_counter() - started < 0.5
    assert content.article.cache_info().misses - before < 40  # the page's own articles, nothing else
    for site in SAMPLE_SITES:
        big = Portal(site, 20_000)
        started = time.perf_counter()
        assert big.handle(big.article_path(19_999))[0] == 200
        assert big.handle(big.listing_page_path(big.start_paths()[0], 900))[0] == 200
        assert time.perf_counter() - started < 0.5, site
    # the sitemap is an index of children of at most 5,000 URLs
    index = portal.handle("/sitemap.xml")[2].decode()
    children = re.findall(r"<loc>[^<]+/(sitemaps/sitemap-\d+\.xml)</loc>", index)
    assert len(children) == 4
    child = portal.handle("/" + children[0])[2].decode()
    assert child.count("<url>") == 5000 and portal.article_url(20_000) in child


# --- the phrase bank keeps the rules the expectations rely on ------------------------------------------------------


def test_phrase_bank_rules() -> None:
    date_word_number = re.compile(r"(?i)(?<!\w)(ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*,?\s*\d")
    texts = [t for topic in TOPICS.values() for group in (topic.titles, topic.leads, topic.summaries, topic.sentences,
                                                           topic.captions, topic.subheads) for t in group]
    texts += [*GENERIC_SENTENCES, *PHOTO_CAPTIONS, *UPDATE_NOTES]
    # the composed stories' material: every alternative of every template (phrases are not sentences)
    sentences = {"titles", "leads", "sums", "ctx", "det", "res", "photo", "resq", *SHARED}
    texts += [alt for lex in (*LEXICON.values(), SHARED) for key, group in lex.items() if key in sentences
              for t in group for alt in _alternatives(t)]
    phrases = [t for lex in LEXICON.values() for key, group in lex.items() if key not in sentences for t in group]
    assert not [t for t in texts + [a for t in (*phrases, *BOSS_ROLES) for a in _alternatives(t)]
                if date_word_number.search(t)]
    assert not [t for t in texts if re.match(r"(?i)\W*(theo|nguồn)\b", t)]
    quotes = [t for lex in LEXICON.values() for t in (*lex["qoff"], *lex["qres"])]
    assert not [q for q in quotes if q.rstrip().endswith(".")]  # the frame closes a quote
    assert not [t for topic in TOPICS.values() for t in topic.tags if "," in t]
    for profile in PROFILES.values():
        for name in profile.reporters:
            assert not is_outlet(name) and parse_byline(name, styled=True).authors == [name], name
    assert {s.name for s in all_sites()} >= set(SAMPLE_SITES)


def _alternatives(template: str) -> list[str]:
    """Every text a template can give with its slots left as they are ("[a|b]" expanded)."""
    m = re.search(r"\[([^\[\]]*)\]", template)
    if not m:
        return [template]
    return [x for alt in m.group(1).split("|") for x in _alternatives(template[:m.start()] + alt + template[m.end():])]


# --- 5. stories and reposts -------------------------------------------------------------------------------------


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.”])\s+(?=[A-ZÀ-ỸĐ“])", text) if s]


def test_different_stories_share_little_text() -> None:
    """Two different generated stories are as distinct as real ones: their own people, places, figures
    and quotes; at most one shared "boilerplate" sentence per article (before: one small sentence pool
    per topic, 24 % of the shingles of the smaller text shared on average, 0.8 for one pair in 100)."""
    portals = [Portal(site, 30) for site in SAMPLE_SITES]
    texts, stories = {}, {}
    generic = {" ".join(s.split()) for s in GENERIC_SENTENCES if "{" not in s}
    for portal in portals:
        for i in portal.article_ids():
            item = portal.expected_item(i)
            texts[(portal.site, i)] = _shingles(item["sapo"] + " " + item["body"])
            stories[(portal.site, i)] = portal.story_of(i)
            boilerplate = [s for s in _sentences(item["body"]) if s in generic or "{" in s]
            assert len(boilerplate) <= 1, (portal.site, i, boilerplate)
    shared = sorted(len(texts[a] & texts[b]) / min(len(texts[a]), len(texts[b]))
                    for a, b in itertools.combinations(texts, 2) if stories[a] != stories[b])
    assert sum(shared) / len(shared) < 0.08 and shared[int(len(shared) * 0.99)] < 0.4 and shared[-1] < 0.6
    # the same sentence in two stories is the exception (the odd boilerplate or short frame)
    seen: dict[str, set[str]] = {}
    for portal in portals:
        for i in portal.article_ids():
            for sentence in _sentences(portal.expected_item(i)["body"]):
                seen.setdefault(sentence, set()).add(portal.story_of(i))
    repeated = [s for s, where in seen.items() if len(where) > 1]
    assert len(repeated) < 0.05 * len(seen), repeated[:5]


def test_reposts_are_planted_as_documented() -> None:
    portals = {site: Portal(site, 30) for site in SAMPLE_SITES}
    reposts = {(site, i): p.repost_of(i) for site, p in portals.items() for i in p.article_ids() if p.repost_of(i)}
    assert reposts == {("baoapbac", 15): ("tiengiang", 13), ("tiengiang", 21): ("baoapbac", 19),
                       ("vnexpress", 5): ("baocantho", 2), ("vnexpress", 7): ("baolaocai", 5),
                       ("vnexpress", 25): ("baocantho", 23)}
    assert portals["tiengiang"].story_of(1) == portals["baoapbac"].story_of(1) == "tiengiang:1"
    for (site, i), (origin, oid) in reposts.items():
        portal, source = portals[site], portals[origin]
        assert portal.story_of(i) == source.story_of(oid) == f"{origin}:{oid}"
        assert portal.case_of(i) == "repost" and source.case_of(oid) not in ("photo_story", "source_ttxvn", "repost")
        item, original = portal.expected_item(i), source.expected_item(oid)
        # a proper article of its portal, a few hours after the original
        assert item["site"] == site and item["url"] == portal.article_url(i) and item["province"] == get_site(site).province
        lag = datetime.fromisoformat(item["published_at"]) - datetime.fromisoformat(original["published_at"])
        assert 3 * 3600 <= lag.total_seconds() <= 10 * 3600, (site, i, lag)
        # retitled, trimmed, the byline now the outlet it came from
        assert item["title"] != original["title"]
        assert item["source"] == content.OUTLETS[origin] and item["authors"] in ([], original["authors"])
        a, b = content.article(site, i, 30), content.article(origin, oid, 30)
        assert a.paragraphs == b.paragraphs[:len(a.paragraphs)] and 0.5 <= len(a.paragraphs) / len(b.paragraphs) < 1
        assert a.event == b.event  # the same event: its lead kept, redated or rewritten
        assert a.lead.endswith(b.lead[len(b.intro):]) or a.intro == b.intro, (a.lead, b.lead)
    # the same story keys in a later edition and on another epoch, as the ids stay
    two = Portal("vnexpress", 30, edition=2)
    assert two.story_of(7) == "baolaocai:5" and two.case_of(7) == "repost"
    other = Portal("vnexpress", 30, epoch=datetime(2026, 3, 2, 23, 50, tzinfo=content.VN))
    assert [other.story_of(i) for i in (5, 7, 25)] == ["baocantho:2", "baolaocai:5", "baocantho:23"]
    # about one id in twenty of a reposting portal per site it reposts
    share = {site: sum(1 for i in range(1, 2001) if content.repost_origin(site, i, 2000)) / 2000 for site in SAMPLE_SITES}
    assert share["baocantho"] == share["baolaocai"] == 0
    assert 0.04 <= share["baoapbac"] <= 0.06 and 0.04 <= share["tiengiang"] <= 0.06 and 0.05 <= share["vnexpress"] <= 0.1
