"""Analysts: search ranks what the person typed first, in `crawler search` and in Datasette, and the
browser view is readable (a dashboard with charts, a short table with facets), checked in a real
headless Chromium where one is installed (`apt-get install chromium`; skipped elsewhere)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import browsing
from crawler.cli import main
from crawler.provinces import fold
from crawler.samples import SAMPLE_SITES, Portal
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict]]:
    """The demo's content (8 sample portals, 30 articles each) stored without a crawl."""
    db = tmp_path_factory.mktemp("demo") / "articles.db"
    items = []
    for site in SAMPLE_SITES:
        portal = Portal(site, n_articles=30)
        portal.base_url = f"http://127.0.0.1:87{SAMPLE_SITES.index(site):02d}"
        items += [portal.expected_item(i) for i in portal.article_ids()]
    with Store(f"sqlite:///{db}") as store:
        store.upsert_many(items)
        store.update_clusters()
    return f"sqlite:///{db}", items


def _text(item: dict) -> str:
    return " ".join(item.get(k) or "" for k in ("title", "sapo", "body"))


def _adjacent(item: dict, words: str) -> bool:
    """The oracle: the folded words stand next to each other somewhere in the article."""
    folded = " ".join(re.findall(r"\w+", fold(_text(item))))
    return f" {words} " in f" {folded} "


def _search(db: str, query: str, capsys: pytest.CaptureFixture[str], limit: int = 100) -> list[str]:
    assert main(["search", query, "--db", db, "--json", "--limit", str(limit)]) == 0
    return [json.loads(line)["canonical_url"] for line in capsys.readouterr().out.splitlines()]


def test_a_quoted_phrase_finds_only_the_words_together(demo_store: tuple[str, list[dict]],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db, items = demo_store
    together = {i["canonical_url"] for i in items if _adjacent(i, "cai lay")}
    assert len(together) >= 4
    assert set(_search(db, '"cai lay"', capsys)) == together


def test_words_together_rank_before_words_apart(demo_store: tuple[str, list[dict]],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db, items = demo_store
    together = {i["canonical_url"] for i in items if _adjacent(i, "cai lay")}
    hits = _search(db, "cai lay", capsys)
    assert len(hits) > len(together)  # "cái", "lấy"… elsewhere match too, but after
    assert set(hits[:len(together)]) == together


def test_the_diacritics_typed_rank_first(demo_store: tuple[str, list[dict]], capsys: pytest.CaptureFixture[str]) -> None:
    db, items = demo_store
    exact = {i["canonical_url"] for i in items if re.search(r"(?<!\w)lấy(?!\w)", _text(i).lower())}
    folded_only = {i["canonical_url"] for i in items if _adjacent(i, "lay")} - exact
    assert exact and folded_only
    hits = _search(db, "lấy", capsys)
    assert set(hits[:len(exact)]) == exact
    assert set(hits[len(exact):]) == folded_only


def test_a_word_can_be_left_out(demo_store: tuple[str, list[dict]], capsys: pytest.CaptureFixture[str]) -> None:
    db, items = demo_store
    with_tet = {i["canonical_url"] for i in items if _adjacent(i, "tet")}
    hits = _search(db, "cai lay -tết", capsys)
    assert hits and not set(hits) & with_tet


def test_the_readme_search_examples_find_articles(demo_store: tuple[str, list[dict]],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo_store
    readme = (ROOT / "README.md").read_text("utf-8")
    examples = re.findall(r"crawler search (.+?)(?:\s{2,}#|\n)", readme)
    assert examples
    for example in examples:
        import shlex

        args = shlex.split(example)
        assert main(["search", *args, "--db", db, "--json"]) == 0, example
        assert capsys.readouterr().out.strip(), f"the README's example finds nothing: crawler search {example}"


# --- Datasette, through HTTP and in a browser ---------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(demo_store: tuple[str, list[dict]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with browsing(demo_store[0], tmp_path_factory.mktemp("browse")) as base:
        yield base


def test_the_search_box_lists_the_best_matches_first(datasette: str, demo_store: tuple[str, list[dict]]) -> None:
    _, items = demo_store
    together = {i["canonical_url"] for i in items if _adjacent(i, "cai lay")}
    with urllib.request.urlopen(datasette + "/articles/articles?_search=cai+lay", timeout=20) as answer:
        assert "/articles/search?q=cai+lay" in answer.url  # the box leads to the ranked search
    rows = json.loads(urllib.request.urlopen(datasette + "/articles/search.json?q=cai+lay&_shape=array",
                                             timeout=20).read())
    assert {r["canonical_url"] for r in rows[:len(together)]} == together


def test_the_table_is_readable(datasette: str) -> None:
    page = urllib.request.urlopen(datasette + "/articles/articles", timeout=20)
    assert "_nocol=body_html" in page.url  # the sanitised HTML is not shown by default
    html = page.read().decode("utf-8")
    assert "<th" in html and 'data-column="body_html"' not in html
    assert 'data-column="canonical_url"' in html and 'data-column="url"' not in html  # one address, not two
    meta = json.loads(urllib.request.urlopen(datasette + "/-/metadata.json", timeout=10).read())
    tables = meta["databases"]["articles"]["tables"]
    assert "columns" not in tables["articles"] and "cluster_id" in tables["articles"]["description_html"]
    assert {"site", "province", "month"} <= {f for f in tables["news"]["facets"] if isinstance(f, str)}
    queries = meta["databases"]["articles"]["queries"]
    assert {"search", "today_per_province", "republished", "quiet_sites"} <= set(queries)


def test_canned_queries_answer(datasette: str) -> None:
    def rows(name: str, **params: str) -> list[dict]:
        qs = "&".join(f"{k}={v}" for k, v in params.items())
        return json.loads(urllib.request.urlopen(f"{datasette}/articles/{name}.json?_shape=array&{qs}",
                                                 timeout=20).read())

    day = rows("today_per_province", day="2025-10-31")
    assert day and all(r["articles"] > 0 for r in day) and "Đồng Tháp" in {r["province"] for r in day}
    republished = rows("republished")
    assert republished and all(r["outlets"] > 1 and r["first_outlet"] for r in republished)
    assert {r["site"] for r in rows("quiet_sites", days="1")} == set(SAMPLE_SITES)  # sample dates are in 2025


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp / 'chromium-profile'}", "--virtual-time-budget=15000", "--window-size=1400,1600"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)  # type: ignore[list-item]


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")
def test_dashboard_and_table_in_a_browser(datasette: str, tmp_path: Path) -> None:
    shots = ROOT / "output" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for name, path in (("dashboard", "/-/dashboards/news"), ("news", "/articles/news")):
        _chromium([f"--screenshot={shots / (name + '.png')}", datasette + path], tmp_path)
        png = (shots / f"{name}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 20_000, f"{name}: no screenshot"
    dashboard = _chromium(["--dump-dom", datasette + "/-/dashboards/news"], tmp_path).stdout
    charts = re.findall(r'<svg[^>]*class="marks"', dashboard) + re.findall(r'<canvas[^>]*class="marks"', dashboard)
    assert len(charts) >= 3, "the dashboard's charts were not drawn"
    assert "Đồng Tháp" in dashboard and "Articles per province per day" in dashboard
    table = _chromium(["--dump-dom", datasette + "/articles/news"], tmp_path).stdout
    assert 'class="facet-info' in table or "facet-results" in table
    assert "Đồng Tháp" in table and "Search" in table
    assert "body_html" not in re.sub(r"<details.*?</details>", "", table, flags=re.S)


# --- the points of the analysts' list ---------------------------------------------------------------------

def test_atom_has_no_machine_path_and_a_one_site_feed_has_the_outlets_name(demo_store: tuple[str, list[dict]],
                                                                          tmp_path: Path) -> None:
    import lxml.etree

    from crawler.export import export
    from crawler.sites import get_site

    db, _ = demo_store
    with Store(db, create=False) as store:
        export(store, "atom", tmp_path / "one.atom", site="baocantho")
        assert export(store, "atom", tmp_path / "few.atom", limit=5) == 5
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = lxml.etree.parse(str(tmp_path / "one.atom")).getroot()
    assert not [h for h in root.xpath("a:link/@href", namespaces=ns) if h.startswith("file:")]
    assert root.findtext("a:title", namespaces=ns).startswith(get_site("baocantho").title)
    help_text = subprocess.run([sys.executable, "-m", "crawler", "export", "--help"], capture_output=True, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert "1000" in help_text  # the Atom cap is said


def test_serve_samples_says_how_to_crawl_them_on_ports_that_stay(tmp_path: Path) -> None:
    port = 20000 + os.getpid() % 20000
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "serve-samples", "baolaocai", "--port", str(port),
                             "--articles", "3"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "crawler crawl" in line:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    command = lines[-1]
    expected_port = port + SAMPLE_SITES.index("baolaocai")  # not renumbered when one site is named
    assert f"--base-url baolaocai=http://127.0.0.1:{expected_port}" in command and "crawl baolaocai" in command


def test_python_m_crawler_and_the_readme_new_site_example(tmp_path: Path) -> None:
    import shlex

    from crawler.sitegen import SiteSpecError, write_site

    done = subprocess.run([sys.executable, "-m", "crawler", "--help"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0 and "crawl" in done.stdout
    readme = (ROOT / "README.md").read_text("utf-8")
    line = re.search(r"crawler new-site (.+?\\\n.+?)\n", readme).group(1).replace("\\\n", " ")
    args = shlex.split(line)
    opts = {k.lstrip("-").replace("-", "_"): v for k, v in zip(args[1::2], args[2::2])}
    decl, _ = write_site(args[0], opts["family"], [opts["domain"]], province=opts["province"], title=opts["title"],
                         start_urls=[opts["start_url"]], sites_dir=tmp_path / "s", tests_dir=tmp_path / "t")
    assert decl.exists()  # the README's example is a site nobody declared yet
    with pytest.raises(SiteSpecError) as refused:
        write_site("baocantho", "a_id", ["baocantho.com.vn"], province="Cần Thơ", sites_dir=tmp_path / "s",
                   tests_dir=tmp_path / "t")
    assert "declared already" in str(refused.value) and "--force" not in str(refused.value)


def test_parse_table_uses_the_fixtures_own_address(capsys: pytest.CaptureFixture[str]) -> None:
    page = ROOT / "tests" / "fixtures" / "baocantho" / "article.html"
    spec = json.loads(page.with_suffix(".json").read_text("utf-8"))
    assert main(["parse", str(page), "--table"]) == 0
    out = capsys.readouterr().out
    assert spec["url"] in out and "file:" not in out
    assert not out.lstrip().startswith("{") and '"body":' not in out  # the table, not the JSON under it
    assert re.search(r"^site\s+baocantho$", out, re.M)


def test_save_fixture_names_end_on_a_whole_word() -> None:
    from crawler.sitegen import _stem

    url = ("https://baocantho.com.vn/thanh-pho-can-tho-to-chuc-hoi-nghi-tong-ket-cong-tac-quan-su-quoc-phong-"
           "dia-phuong-nam-2023-a123456.html")
    stem = _stem(url)
    words = set(re.split(r"-", url.rsplit("/", 1)[1].removesuffix(".html")))
    assert len(stem) <= 60 and all(w in words for w in stem.split("-"))
    assert stem.startswith("thanh-pho-can-tho")
