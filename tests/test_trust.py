"""What a stranger's input must not do (issue 12): every bad argument is one line and exit 2, every
expected failure one line and exit 1, nothing is created by a command that only reads, generated code
takes data only as data, requests stay on the site, the canonical link is believed only on the site,
and what is broken is said out loud."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler.samples import Portal, SampleServer
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    environ.pop("DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd, env=environ, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1, done.stderr
    return lines[0]


# --- arguments: exit 2, one line naming the value and what is allowed -------------------------------

@pytest.mark.parametrize(("args", "named"), [
    (["export", "--db", "mysql://x/y"], "mysql://x/y"),
    (["export", "--since", "yesterday"], "yesterday"),
    (["export", "--since", "2025-13-45"], "2025-13-45"),
    (["search", "x", "--since", "yesterday"], "YYYY-MM-DD"),
    (["crawl", "--workers", "0", "--distributed"], "'0'"),
    (["crawl", "--status", "foo"], "foo"),
    (["crawl", "--max-pages", "0"], "'0'"),
    (["crawl", "--max-pages", "-5"], "'-5'"),
    (["crawl", "-s", "FOO"], "FOO"),
    (["crawl", "--urls", "no-such-file.txt"], "no-such-file.txt"),
    (["crawl", "baocantho", "--base-url", "baolaocai=http://127.0.0.1:1"], "baolaocai"),
    (["crawl", "baocantho", "--base-url", "baocantho=ftp://x"], "ftp://x"),
    (["crawl", "baocantho", "--base-url", "http://127.0.0.1:1", "--base-url", "http://127.0.0.1:2"], "127.0.0.1:2"),
    (["search", "x", "--limit", "0"], "'0'"),
    (["search", "x", "--province", "Atlantis"], "Atlantis"),
    (["export", "--province", "Atlantis"], "Atlantis"),
    (["export", "--per", "site", "-o", "README.md"], "README.md"),
    (["export", "--site", "khongco"], "khongco"),
    (["save-fixture", "page.html", "--site", "baocantho", "--url", "https://baocantho.com.vn/a-a1.html",
      "--name", "../../x"], "../../x"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_a_bad_argument_is_one_line_and_exit_2(args: list[str], named: str, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("not a folder", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><h1>T</h1><p>x</p></body></html>", encoding="utf-8")
    done = _run(args, tmp_path)
    assert done.returncode == 2, done.stderr
    line = _one_line(done)
    assert named in line
    assert not (tmp_path / "output").exists()  # nothing was started
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "page.html"]
    assert not (ROOT.parent / "x.html.gz").exists() and not (ROOT / "x.html.gz").exists()


# --- expected failures: exit 1, one sentence, nothing created ---------------------------------------

def test_read_only_commands_never_create_a_store_or_overwrite_a_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "kept"}\n', encoding="utf-8")
    mistyped = f"sqlite:///{tmp_path / 'outptu' / 'articels.db'}"
    for args in (["search", "cai lay", "--db", mistyped], ["export", "-o", str(feed), "--db", mistyped],
                 ["browse", "--db", mistyped], ["cluster", "--db", mistyped]):
        done = _run(args, tmp_path)
        assert done.returncode == 1, done.stderr
        assert "no store" in _one_line(done)
    assert not (tmp_path / "outptu").exists()
    assert feed.read_text("utf-8") == '{"title": "kept"}\n'


def test_a_damaged_store_or_an_unreachable_database_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "articles.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    for args in (["search", "x", "--db", f"sqlite:///{bad}"], ["crawl", "baocantho", "--db", f"sqlite:///{bad}"]):
        done = _run(args, tmp_path)
        assert done.returncode == 1, done.stderr
        assert "damaged or not a SQLite database" in _one_line(done)
    done = _run(["search", "x", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"], tmp_path)
    assert done.returncode == 1 and "cannot reach the database" in _one_line(done)


# --- generated code and files: data stays data --------------------------------------------------------

def test_new_site_title_is_data_not_code(tmp_path: Path) -> None:
    from crawler.sitegen import write_site

    evil = 'X"""; import os; os.system("touch PWNED") #'
    decl, _ = write_site("baothunghiem", "a_id", ["baothunghiem.vn"], province="Cần Thơ", title=evil,
                         sites_dir=tmp_path / "sites", tests_dir=tmp_path / "tests")
    source = decl.read_text("utf-8")
    namespace: dict[str, Any] = {}
    compiled = compile(source.replace("from . import Site", "from crawler.sites import Site"), str(decl), "exec")
    exec(compiled, namespace)  # noqa: S102 - the point: running it runs no command
    assert namespace["SITE"].title == evil
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


def test_save_fixture_stays_in_the_fixture_folder(tmp_path: Path) -> None:
    from crawler.sitegen import SiteSpecError, draft_fixture

    html = b"<html><body><h1>Tieu de</h1><p>Noi dung bai viet.</p></body></html>"
    with pytest.raises(SiteSpecError, match="no folders"):
        draft_fixture(html, "https://baocantho.com.vn/a-a1.html", "baocantho", "../../x", fixtures_dir=tmp_path / "f")
    assert list(tmp_path.rglob("*")) == []


# --- CSV for spreadsheets -----------------------------------------------------------------------------

def test_csv_neutralises_formula_cells_unless_raw(tmp_path: Path) -> None:
    from crawler.export import export

    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    item = {"url": "https://baocantho.com.vn/a-a1.html", "title": '=HYPERLINK("http://evil","bấm")',
            "sapo": "+1 tỷ", "body": "-2 phần\n\nthân bài", "authors": ["@tac_gia"], "site": "baocantho"}
    store.upsert_many([item])
    export(store, "csv", tmp_path / "safe.csv")
    export(store, "csv", tmp_path / "raw.csv", raw=True)
    store.close()
    import csv

    safe = next(csv.DictReader((tmp_path / "safe.csv").read_text("utf-8-sig").splitlines()))
    raw = next(csv.DictReader((tmp_path / "raw.csv").read_text("utf-8-sig").splitlines()))
    assert safe["title"] == "'" + item["title"] and safe["sapo"] == "'+1 tỷ" and safe["authors"] == "'@tac_gia"
    assert raw["title"] == item["title"] and raw["sapo"] == "+1 tỷ"
    assert safe["url"] == item["url"]  # ordinary cells untouched


# --- pages: charsets, pathological markup, canonical links ---------------------------------------------

def test_http_charset_beats_a_wrong_meta_and_valid_utf8_beats_both() -> None:
    from scrapy.http import HtmlResponse

    from crawler.spiders.base import page_bytes

    text = "<html><head><meta charset='utf-8'><title>Tin Việt</title></head><body><p>Đồng bằng sông Cửu Long</p>"
    legacy = text.encode("cp1258", "replace")
    vn = "Đồng bằng sông Cửu Long".encode("cp1258", "strict") if False else None  # noqa: F841 - cp1258 lacks precomposed
    response = HtmlResponse("https://baocantho.com.vn/a-a1.html", body=text.encode("utf-8").replace(
        b"utf-8", b"iso-8859-1"), headers={"Content-Type": "text/html"})
    assert "Đồng bằng sông Cửu Long" in page_bytes(response).decode("utf-8")  # wrong meta, valid UTF-8 bytes
    latin = "<html><head><meta charset='utf-8'></head><body><p>café déjà</p></body></html>".encode("latin-1")
    response = HtmlResponse("https://x.vn/a", body=latin, headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    assert "café déjà" in page_bytes(response).decode("utf-8")  # the header's charset, not the meta's
    assert legacy  # (cp1258 pages without a header are covered by the hostile corpus)


def test_tcvn3_text_is_read_as_vietnamese() -> None:
    from crawler.charset import garbled, to_utf8

    tcvn3 = "B¶o Th¾ng, M­êng Kh­¬ng, B¸t X¸t: ®­êng giao th«ng n«ng th«n ®· ®­îc n©ng cÊp. " * 5
    page = f"<html><head><title>x</title></head><body><p>{tcvn3}</p></body></html>"
    assert garbled(tcvn3)
    for data in (page.encode("latin-1"), page.encode("utf-8")):  # as single bytes, or converted by a CMS
        text = to_utf8(data).decode("utf-8")
        assert "Bảo Thắng, Mường Khương, Bát Xát: đường giao thông nông thôn đã được nâng cấp." in text
        assert not garbled(text)


def test_german_and_french_text_with_guillemets_and_soft_hyphens_is_not_tcvn3() -> None:
    # «», soft hyphens, middle dots and ü are TCVN3 letter codes too, but such text has none of the codes
    # that only TCVN3 uses often (¸ for á, µ for à, ¾ for ắ…)
    from crawler.charset import garbled, to_utf8

    text = ("«Die israelische Zurückhaltung hat viel mit den USA zu tun» - Paläs\xadti\xadnenser legt Ver\xadfas\xad"
            "sungs\xadbe\xadschwerde ein · Brüssel untersucht « la réforme » · Gaza-Küste. ") * 4
    page = f"<html><head><meta charset='utf-8'><title>x</title></head><body><p>{text}</p></body></html>"
    for data in (page.encode("utf-8"), page.encode("latin-1")):
        out = to_utf8(data).decode("utf-8")
        assert "«Die israelische Zurückhaltung" in out and "Brüssel" in out and "Gaza-Küste" in out
    assert not garbled(text)
    # nor a shop's prices in pounds, with the odd copyright sign and fraction
    prices = "The best heated airers, from £40 · «deal» £25 - £60, ½ price © 2023. " * 6
    page = f"<html><head><meta charset='utf-8'></head><body><p>{prices}</p></body></html>".encode()
    assert to_utf8(page) == page


def test_a_page_with_200000_attributes_is_parsed_without_them() -> None:
    from crawler.parsers import parse_with_report
    from crawler.parsers.page import Page

    attrs = " ".join(f'a{i}="x"' for i in range(200_000))
    html = (f"<html><head><title>Tiêu đề</title></head><body><h1>Tiêu đề</h1><div {attrs}>"
            "<p>Nội dung bài viết đủ dài để làm thân bài của một bài báo.</p></div></body></html>").encode()
    page = Page(html, "https://baocantho.com.vn/a-a1.html")
    assert max(len(el.attrib) for el in page.root.iter()) == 0  # the absurd tag kept its name only
    item = parse_with_report(html, "https://baocantho.com.vn/a-a1.html").item
    assert "Nội dung bài viết" in item["body"]


def test_parse_time_is_bounded() -> None:
    from crawler.spiders.base import ParseTimeout, parse_deadline

    started = time.monotonic()
    with pytest.raises(ParseTimeout, match="longer than 0.2 s"):
        with parse_deadline(0.2):
            while True:
                sum(range(1000))
    assert time.monotonic() - started < 10


def test_a_canonical_link_is_believed_only_on_the_sites_hosts() -> None:
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from crawler.spiders.sites import BaocanthoSpider

    spider = BaocanthoSpider.from_crawler(get_crawler(BaocanthoSpider))
    assert spider.allowed_hosts == ("baocantho.com.vn",)
    page = (ROOT / "tests" / "fixtures" / "baocantho" / "article.html").read_bytes()
    url = "https://baocantho.com.vn/bai-khac-a111.html"
    other = page.replace(b'rel="canonical" href="', b'rel="canonical" href="https://baolaocai.vn/x-123.html" data-x="')
    response = HtmlResponse(url, body=other, request=Request(url, meta={"article_url": url}))
    (item,) = list(spider.parse_article(response))
    assert item["canonical_url"] == url


def test_five_pages_with_one_canonical_are_five_articles_and_known_after(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    same = "https://baocantho.com.vn/trang-chu"
    items = [{"url": f"https://baocantho.com.vn/bai-{i}-a{i}.html", "canonical_url": same, "title": f"Bài {i}",
              "body": f"Nội dung {i}", "site": "baocantho"} for i in range(5)]
    assert store.upsert_many(items[:2]) == ["new", "new"]
    assert store.upsert_many(items[2:]) == ["new", "new", "new"]
    assert store.count() == 5
    known = store.known_urls("baocantho")
    assert all(i["url"] in known for i in items)
    assert store.upsert_many([dict(items[3])]) == ["unchanged"]  # the same page again: the same article
    store.close()


# --- requests stay on the site -----------------------------------------------------------------------

class _Trap(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        body = b"<html><head><title>internal</title></head><body><h1>secret</h1><p>credentials</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


class _Redirecting(BaseHTTPRequestHandler):
    """A portal whose article links redirect elsewhere: another host (localhost's other server), a cloud
    metadata address, and a meta refresh to javascript:."""

    portal: Portal
    trap: str = ""

    def do_GET(self) -> None:  # noqa: N802
        portal = type(self).portal
        ids = list(portal.article_ids())
        paths = {portal.article_path(i): i for i in ids}
        i = paths.get(self.path)
        if i == ids[-1]:
            return self._send(302, b"", {"Location": f"{type(self).trap}/latest/meta-data"})
        if i == ids[-2]:
            return self._send(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
        if i == ids[-3]:
            return self._send(200, b'<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)">'
                                   b"</head><body></body></html>", {"Content-Type": "text/html"})
        if i == ids[-4]:
            refresh = f'<html><head><meta http-equiv="refresh" content="0;url={type(self).trap}/x"></head></html>'
            return self._send(200, refresh.encode(), {"Content-Type": "text/html"})
        status, content_type, body = portal.handle(self.path)
        self._send(status, body, {"Content-Type": content_type})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer((host, 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"


def test_redirects_off_the_site_are_failures_under_the_address_asked_for(tmp_path: Path) -> None:
    trap, trap_url = _serve(_Trap, "127.0.0.1")
    portal = Portal("baolaocai", n_articles=8)
    handler = type("H", (_Redirecting,), {"portal": portal, "trap": trap_url.replace("127.0.0.1", "localhost")})
    site, site_url = _serve(handler)
    portal.base_url = site_url
    try:
        db = tmp_path / "articles.db"
        args = ["crawl", "baolaocai", "--base-url", site_url, "--fast-local", "--quiet", "--db", f"sqlite:///{db}"]
        first = _run(args, tmp_path)
        second = _run(args, tmp_path)
    finally:
        site.shutdown()
        trap.shutdown()
    assert first.returncode in (0, 3), first.stderr
    assert _Trap.hits == [], "a redirect off the site was followed"
    with Store(f"sqlite:///{db}") as store:
        failures = {f["url"]: f for f in store.failures()}
        stored = {a["url"] for a in store.iter_articles()}
    ids = list(portal.article_ids())
    for i in ids[-4:]:
        asked = portal.article_url(i)
        assert asked in failures, sorted(failures)
        assert failures[asked]["next_retry_at"] is None  # never retried: not an article of the site
        assert asked not in stored
    assert "169.254.169.254" in failures[portal.article_url(ids[-2])]["reason"]
    assert all(u.startswith(site_url) for u in [*failures, *stored])
    report = json.loads((tmp_path / "output" / "reports" / "latest.json").read_text("utf-8"))
    assert report["sites"]["baolaocai"]["article_requests"] == 0  # the second run asks for none of them
    assert second.returncode in (0, 3)


def test_an_unbounded_chain_of_sitemap_indexes_is_cut(tmp_path: Path) -> None:
    hits: list[str] = []

    class Sitemaps(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/robots.txt":
                body = f"User-agent: *\nSitemap: {host}/sm/0.xml\n".encode()
            elif self.path.startswith("/sm/"):
                n = len(hits)
                body = (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        f"<sitemap><loc>{host}/sm/{n}a.xml</loc></sitemap>"
                        f"<sitemap><loc>{host}/sm/{n}b.xml</loc></sitemap></sitemapindex>").encode()
            else:
                body = b"<html><body>home</body></html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server, url = _serve(Sitemaps)
    try:
        done = _run(["crawl", "baolaocai", "--base-url", url, "--fast-local", "--quiet", "-s", "SITEMAPS_FROM_ROBOTS=1",
                     "--db", f"sqlite:///{tmp_path / 'a.db'}"], tmp_path, timeout=120)
    finally:
        server.shutdown()
    sitemaps = [h for h in hits if h.startswith("/sm/")]
    assert 0 < len(sitemaps) <= 1 + 2 + 4 + 8  # SITEMAP_MAX_DEPTH = 3 levels below the first
    assert done.returncode in (0, 3), done.stderr


# --- silent no more -----------------------------------------------------------------------------------

def test_a_site_that_refuses_connections_is_broken(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    done = _run(["crawl", "baolaocai", "--base-url", f"http://127.0.0.1:{port}", "--fast-local", "--quiet",
                 "-s", "RETRY_TIMES=0"], tmp_path)
    assert done.returncode == 3, done.stderr
    assert "baolaocai is broken" in done.stderr and "ConnectionRefused" in done.stderr
    report = json.loads((tmp_path / "output" / "reports" / "latest.json").read_text("utf-8"))
    assert report["sites"]["baolaocai"]["broken"] is True


def test_a_site_whose_every_page_is_404_is_broken(tmp_path: Path) -> None:
    class NotFound(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server, url = _serve(NotFound)
    try:
        done = _run(["crawl", "baolaocai", "--base-url", url, "--fast-local", "--quiet"], tmp_path)
    finally:
        server.shutdown()
    assert done.returncode == 3, done.stderr
    assert "HTTP 404" in done.stderr and "listing, feed or sitemap" in done.stderr


def test_coverage_is_a_share_of_the_pages_parsed() -> None:
    from crawler.extensions.report import site_section

    stats = {"articles/valid": 2, "articles/invalid": 8, "articles/missing/title": 8, "articles/missing/body": 9}
    coverage = site_section(stats, "finished", 1.0)["coverage"]
    assert all(v is None or 0.0 <= v <= 1.0 for v in coverage.values())
    assert coverage["title"] == pytest.approx(0.2)


def test_log_lines_are_in_vietnam_time(tmp_path: Path) -> None:
    with SampleServer([Portal("baolaocai", n_articles=3)]) as server:
        done = _run(["crawl", "baolaocai", "--base-url", server.urls["baolaocai"], "--fast-local", "--quiet"], tmp_path)
    assert done.returncode == 0, done.stderr
    (log,) = (tmp_path / "output" / "logs").glob("crawl-*.log")
    first = log.read_text("utf-8").splitlines()[0]
    assert "+0700" in first.split(" [")[0], first


def test_output_file_of_several_sites_is_whole_records(tmp_path: Path) -> None:
    sites = ("baolaocai", "baocantho", "baoapbac")
    portals = [Portal(s, n_articles=15) for s in sites]
    out = tmp_path / "run.jsonl"
    with SampleServer(portals) as server:
        args = ["crawl", *sites, "--fast-local", "--quiet", "-o", str(out)]
        for s, u in server.urls.items():
            args += ["--base-url", f"{s}={u}"]
        done = _run(args, tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 45 and len({r["url"] for r in records}) == 45
    assert {r["site"] for r in records} == set(sites)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_browse_stopped_leaves_no_server_behind(tmp_path: Path) -> None:
    db = tmp_path / "articles.db"
    Store(f"sqlite:///{db}").close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "browse", "--db", f"sqlite:///{db}", "--port",
                             str(port)], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("Datasette did not start")
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    time.sleep(0.5)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_the_clean_parser_of_lxml_is_a_declared_dependency() -> None:
    """pip 23 (Python 3.11's) does not install lxml's html_clean extra for trafilatura's dependencies."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '"lxml_html_clean' in text or "lxml[html_clean]" in text


def test_gzip_fixture_reading_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "page.html.gz"
    bad.write_bytes(gzip.compress(b"x")[:5])
    done = _run(["parse", str(bad)], tmp_path)
    assert done.returncode == 2 and "not a gzip file" in _one_line(done)


def test_an_unexpected_error_is_one_line_and_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from crawler import cli
    from crawler.cli import maintain

    def broken(args: Any) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(maintain, "cmd_sites", broken)
    assert cli.main(["sites"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "ZeroDivisionError: boom" in err
    (crash,) = (tmp_path / "output" / "logs").glob("crash-*.log")
    assert "Traceback" in crash.read_text("utf-8")


def test_store_rows_are_a_strangers_too(tmp_path: Path) -> None:
    """A failure row naming another host (left by an older version) is not requested."""
    db = tmp_path / "articles.db"
    Store(f"sqlite:///{db}").close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO failures (url, site, reason, attempts, next_retry_at) VALUES "
                     "('http://169.254.169.254/latest/meta-data', 'baolaocai', 'x', 1, '2000-01-01T00:00:00+07:00')")
    with SampleServer([Portal("baolaocai", n_articles=3)]) as server:
        done = _run(["crawl", "baolaocai", "--base-url", server.urls["baolaocai"], "--fast-local", "--quiet",
                     "--db", f"sqlite:///{db}"], tmp_path)
    assert done.returncode == 0, done.stderr
    with Store(f"sqlite:///{db}") as store:
        (f,) = [f for f in store.failures() if "169.254" in f["url"]]
    assert "off the site" in f["reason"] and f["next_retry_at"] is None


def test_garbled_text_makes_a_site_broken(tmp_path: Path) -> None:
    """Pages whose UTF-8 was read as Windows-1252 once upstream (mojibake) are not a healthy crawl."""
    portal = Portal("baolaocai", n_articles=8)

    class Mojibake(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, content_type, body = portal.handle(self.path)
            if "post" in self.path:
                body = body.decode("utf-8").encode("utf-8").decode("cp1252", "replace").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server, url = _serve(Mojibake)
    portal.base_url = url
    try:
        done = _run(["crawl", "baolaocai", "--base-url", url, "--fast-local", "--quiet"], tmp_path)
    finally:
        server.shutdown()
    assert done.returncode == 3, done.stderr
    assert "garbled" in done.stderr


def test_a_locked_store_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from crawler import cli, store as store_mod

    db = tmp_path / "articles.db"
    Store(f"sqlite:///{db}").close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process writing, for longer than the busy timeout
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_MS", 300)  # the driver's timeout
    monkeypatch.setattr(store_mod.schema, "BUSY_TIMEOUT_MS", 300)  # SQLite's busy_timeout
    try:
        assert cli.main(["cluster", "--db", f"sqlite:///{db}"]) == 1
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "locked" in err and "try again" in err
