"""`crawler learn` and `crawler check-sites` (issue #14): a site teaches the crawler its own layout.

Ground truth is the family parser on the ORIGINAL markup of a sample portal. The learner sees only the
portal served through ``Redesign(seed)`` (every class and id renamed, a fresh seed per run: set
LEARN_SEED to replay one), learns from 5 article pages, and must then extract 10 other pages exactly as
the family parser extracts the originals.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import random
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from crawler import sitegen
from crawler.checksites import check_site, format_check, rebase
from crawler.cli import main
from crawler.learn import LearnError, learn
from crawler.learn.declare import write_learned
from crawler.learn.report import report
from crawler.learn.sources import BadSource, check_sources, read_sources
from crawler.parsers import family_class
from crawler.parsers.page import Page, branches
from crawler.samples import SAMPLE_SITES, Portal, SampleServer
from crawler.samples.redesign import Redesign, RedesignedPortal
from crawler.sites import get_site

SEED = int(os.environ.get("LEARN_SEED") or random.randrange(1, 10**6))
FIELDS = ("title", "body", "published_at", "authors", "captions", "tags")
LEARN_IDS = range(11, 16)
CHECK_IDS = [*range(1, 11)]
N_ARTICLES = 30


def _value(item: dict[str, Any], field: str) -> Any:
    if field == "captions":
        return [im["caption"] for im in item["images"] if im.get("caption")]
    return item[field]


def _mismatches(portal: Portal, redesigned: RedesignedPortal, family: str, overrides: dict[str, str | None],
                ids: list[int]) -> list[str]:
    """Fields where the learned declaration on the renamed page differs from the family on the original."""
    truth = family_class(portal.family)()
    learned = family_class(family)(overrides)
    out = []
    for i in ids:
        url = portal.article_url(i)
        want = truth.parse(portal.handle(portal.article_path(i))[2], url)
        got = learned.parse(redesigned.page(i), url)
        out += [f"{portal.site} #{i} {f}: {str(_value(got, f))[:80]!r} != {str(_value(want, f))[:80]!r}"
                for f in FIELDS if _value(got, f) != _value(want, f)]
    return out


def _pages(redesigned: RedesignedPortal, ids: Any) -> list[tuple[bytes, str]]:
    return [(redesigned.page(i).encode(), redesigned.article_url(i)) for i in ids]


@pytest.fixture(scope="module")
def learned_sites() -> dict[str, tuple[Portal, RedesignedPortal, Any]]:
    out = {}
    for site in SAMPLE_SITES:
        portal = Portal(site, N_ARTICLES)
        redesigned = RedesignedPortal(portal, SEED)
        out[site] = (portal, redesigned, learn(_pages(redesigned, LEARN_IDS)))
    return out


# --- the renamer -------------------------------------------------------------------------------------------


def test_redesign_renames_every_class_and_id_the_same_way_on_every_page() -> None:
    portal = Portal("baolaocai", 12)
    redesign = Redesign(SEED)
    original = portal.handle(portal.article_path(3))[2].decode()
    page = redesign.apply(original)
    tokens = set(re.findall(r'\s(?:class|id)\s*=\s*"([^"]*)"', original))
    words = {w for t in tokens for w in t.split()}
    renamed = {w for t in re.findall(r'\s(?:class|id)\s*=\s*"([^"]*)"', page) for w in t.split()}
    assert words and not words & renamed, f"seed {SEED}: kept {sorted(words & renamed)[:5]}"
    assert all(re.fullmatch(r"[a-z]{8}", w) for w in renamed)
    again = redesign.apply(portal.handle(portal.article_path(4))[2].decode())
    assert f'class="{redesign.name("article__body")} ' in again and redesign.name("article__body") in page
    assert Redesign(SEED).name("article__body") == redesign.name("article__body")  # no state: any process agrees


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_no_family_selector_matches_a_redesigned_page(site: str) -> None:
    portal = Portal(site, 12)
    redesigned = RedesignedPortal(portal, SEED)
    page = Page(redesigned.page(5), portal.article_url(5))
    selectors = family_class(portal.family).selectors
    for key in ("title", "body", "sapo", "tags"):
        if selectors.get(key):
            classed = [b for b in branches(selectors[key] or "") if re.search(r"[.#]", b)]
            assert not any(page.select(b) for b in classed), f"seed {SEED}: {site} {key} still matches"


# --- learning a redesigned portal ---------------------------------------------------------------------------


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_learned_declaration_reads_other_pages_as_the_family_reads_the_originals(
        site: str, learned_sites: dict[str, Any]) -> None:
    portal, redesigned, learned = learned_sites[site]
    assert learned.family == portal.family, f"seed {SEED}: {site} learned as {learned.family} ({learned.scores})"
    bad = _mismatches(portal, redesigned, learned.family, learned.overrides, CHECK_IDS)
    checked = len(CHECK_IDS) * len(FIELDS)
    assert not bad, f"seed {SEED}: {checked - len(bad)}/{checked} fields right; learned {learned.overrides}\n" + \
        "\n".join(bad)


def test_the_family_alone_misses_most_of_a_redesign(learned_sites: dict[str, Any]) -> None:
    """The measurement the learner is for: unlearned, the family parsers lose many fields of a redesign."""
    bad = sum(len(_mismatches(p, r, p.family, {}, CHECK_IDS)) for p, r, _ in learned_sites.values())
    # a fifth at least (the generic extractor behind the families' fallbacks gets some fields back: about a
    # quarter are lost with it, half were without it), where the learned declarations lose none
    assert bad > len(SAMPLE_SITES) * len(CHECK_IDS) * len(FIELDS) // 5, f"seed {SEED}: only {bad} fields lost"


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_learned_selectors_are_stable(site: str, learned_sites: dict[str, Any]) -> None:
    _, _, learned = learned_sites[site]
    for key, selector in learned.overrides.items():
        for branch in branches(selector or ""):
            assert re.match(r"[a-z][a-z0-9]*(?:[.#\s]|$)", branch), f"{site} {key}: {branch!r} starts with no tag"
            assert ":nth" not in branch and "[" not in branch, f"{site} {key}: {branch!r} names a position"
    assert set(learned.note) >= {"title", "body"} and all(re.fullmatch(r"\d+/5", v) for v in learned.note.values())


class _Original:
    """A portal's pages as served (no redesign), with RedesignedPortal's interface."""

    def __init__(self, portal: Portal) -> None:
        self.portal = portal

    def page(self, article_id: int) -> str:
        return self.portal.handle(self.portal.article_path(article_id))[2].decode()

    def article_url(self, article_id: int) -> str:
        return self.portal.article_url(article_id)


@pytest.mark.parametrize("site", SAMPLE_SITES)
def test_an_undrifted_site_keeps_its_family_and_its_selectors(site: str) -> None:
    """Learning a site whose family still fits changes nothing a family selector still answers."""
    portal = Portal(site, N_ARTICLES)
    original = _Original(portal)
    learned = learn(_pages(original, LEARN_IDS))  # type: ignore[arg-type]
    assert learned.family == portal.family, learned.scores
    assert not {"title", "body", "date", "tags"} & set(learned.overrides), learned.overrides
    assert not _mismatches(portal, original, learned.family, learned.overrides, CHECK_IDS)  # type: ignore[arg-type]


def test_a_field_missing_from_a_page_is_named_not_guessed() -> None:
    portal = Portal("baohaiphong", N_ARTICLES)
    redesigned = RedesignedPortal(portal, SEED)
    pages = _pages(redesigned, LEARN_IDS)
    tags_box = redesigned.redesign.name("c-tags")
    # one page loses its tag box (its meta keywords stay): the page has tags the layout does not show
    html, url = pages[2]
    stripped = re.sub(rf'<div class="{tags_box}[^"]*">.*?</div>', "", html.decode(), count=1, flags=re.DOTALL)
    assert stripped != html.decode()
    pages[2] = (stripped.encode(), url)
    learned = learn(pages)
    assert learned.unexplained().get("tags") == [url], learned.unexplained()
    tags = learned.results["tags"]
    assert 2 in tags.evidence and 2 not in tags.explained  # the page has tags (its meta) the layout lost
    assert learned.note["tags"] == f"{len(tags.evidence) - 1}/5"
    text = report(learned, pages)
    assert f"not explained by the learned selector: {url}" in text
    for missing in learned.absent().get("tags", []):  # an article without tags: named too
        assert f"none on this page (nothing to check against): {missing}" in text


def test_too_few_or_unreadable_pages_are_refused() -> None:
    portal = Portal("baolaocai", 12)
    with pytest.raises(LearnError, match="at least 3"):
        learn(_pages(RedesignedPortal(portal, SEED), [1, 2]))
    with pytest.raises(LearnError, match="unknown family"):
        learn(_pages(RedesignedPortal(portal, SEED), [1, 2, 3]), family="wordpress")


# --- real captured pages ---------------------------------------------------------------------------------


FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = [("baolaocai", "mcms"), ("baocantho", "a_id"), ("vnexpress", "vnexpress")]


def _variants(html: bytes, url: str, family: str, n: int) -> list[tuple[bytes, str]]:
    """``n`` pages of one real page's template: the article's texts (title and its copies in the
    metadata, paragraphs of the body) made each page's own, the page's address given a new id."""
    parser = family_class(family)()
    page = Page(html, url)
    title = parser.title(page) or parser.meta_title(page)
    body = page.first(parser.sel.get("body"))
    texts = {el.text for el in body.iter() if isinstance(el.tag, str) and el.text and len(el.text.strip()) >= 25}
    source = html.decode("utf-8")
    out = []
    for k in range(1, n + 1):
        m = re.search(r"(\d+)(\.html?)", url)
        assert m, url
        new_url = url[:m.start(1)] + str(int(m.group(1)) + k) + url[m.end(1):]
        root = lxml.html.document_fromstring(source.replace(title, f"{title} kỳ {k}").replace(url, new_url).encode())
        for el in root.iter():
            if isinstance(el.tag, str) and el.text in texts:
                words = el.text.split(" ")
                el.text = " ".join(words[k % 3:] + words[:k % 3]) + f" Đoạn của kỳ {k}."
        out.append((lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>"), new_url))
    return out


@pytest.mark.parametrize(("site", "family"), REAL)
def test_learned_from_redesigned_variants_of_a_real_page(site: str, family: str) -> None:
    spec = json.loads((FIXTURES / site / "article.json").read_text("utf-8"))
    variants = _variants((FIXTURES / site / "article.html").read_bytes(), spec["url"], family, 9)
    redesign = Redesign(SEED)
    renamed = [(redesign.apply(h.decode()).encode(), u) for h, u in variants]
    learned = learn(renamed[:5])
    assert learned.family == family, f"seed {SEED}: {learned.scores}"
    truth, ours = family_class(family)(), family_class(learned.family)(learned.overrides)
    bad = []
    for (html, url), (red, _) in zip(variants[5:], renamed[5:]):
        want, got = truth.parse(html, url), ours.parse(red, url)
        bad += [f"{url} {f}: {str(_value(got, f))[:80]!r}" for f in FIELDS if _value(got, f) != _value(want, f)]
    assert not bad, f"seed {SEED}: learned {learned.overrides}\n" + "\n".join(bad)


# --- declarations -------------------------------------------------------------------------------------------


def _load(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("learned_site", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    import crawler.sites

    module.__package__ = crawler.sites.__name__
    spec.loader.exec_module(module)
    return module.SITE


def test_a_learned_declaration_is_data_whatever_the_page_says(tmp_path: Path,
                                                              learned_sites: dict[str, Any]) -> None:
    _, redesigned, learned = learned_sites["baolaocai"]
    hostile = 'X"""; import os #'
    written = write_learned("baomoi", learned, domains=["baomoi.example.vn"], province="Lào Cai", title=hostile,
                            sites_dir=tmp_path / "sites", tests_dir=tmp_path / "tests",
                            fixtures_dir=tmp_path / "fixtures", pages=_pages(redesigned, [4, 5, 6]))
    site = _load(written.declaration)
    assert site.title == hostile and site.family == "mcms" and site.overrides == learned.overrides
    assert site.province == "Lào Cai" and site.status == "unverified" and site.learned == learned.note
    tree = ast.parse(written.declaration.read_text())
    kinds = [type(node).__name__ for node in tree.body]
    assert kinds == ["Expr", "ImportFrom", "Assign"], kinds  # a docstring, `from . import Site`, `SITE = …`
    assert [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names] == ["Site"]
    assert len(written.fixtures) == 3
    draft = json.loads(written.fixtures[0].with_name(written.fixtures[0].name.replace(".html.gz", ".json")).read_text())
    assert draft["status"] == "draft" and draft["site"] == "baomoi" and draft["expected"]["title"]


def test_update_keeps_the_site_and_pins_its_old_pages(tmp_path: Path, learned_sites: dict[str, Any]) -> None:
    _, _, learned = learned_sites["baolaocai"]
    old = get_site("baolaocai")
    fixtures = tmp_path / "fixtures"
    (fixtures / "baolaocai").mkdir(parents=True)
    old_spec = fixtures / "baolaocai" / "old.json"
    old_spec.write_text(json.dumps({"url": "u", "site": "baolaocai", "status": "captured", "expected": {}}))
    written = write_learned("baolaocai", learned, old=old, sites_dir=tmp_path / "sites", fixtures_dir=fixtures)
    site = _load(written.declaration)
    assert (site.province, site.start_urls, site.domains, site.status) == (
        old.province, old.start_urls, old.domains, old.status)
    assert site.overrides == learned.overrides and written.test is None
    assert json.loads(old_spec.read_text())["family"] == old.family and written.pinned == [old_spec]


# --- the command ---------------------------------------------------------------------------------------------


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Declarations, tests and fixtures written under tmp_path instead of the checkout."""
    (tmp_path / "crawler" / "sites").mkdir(parents=True)
    monkeypatch.setattr(sitegen, "PACKAGE", tmp_path / "crawler")
    monkeypatch.setattr(sitegen, "REPO", tmp_path)
    return tmp_path


def test_crawler_learn_against_a_served_redesign(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    portal = Portal("baocantho", N_ARTICLES)
    redesigned = RedesignedPortal(portal, SEED)
    saved = repo / "saved.html"
    saved.write_bytes(redesigned.page(14).encode())
    with SampleServer([redesigned]):  # type: ignore[list-item]
        urls = [portal.article_url(i) for i in (11, 12, 13, 15)]
        code = main(["learn", "baomoi", "--domain", "baomoi.example.vn", "--province", "Cần Thơ", *urls,
                     f"{saved}={portal.article_url(14)}"])
        out = capsys.readouterr().out
        assert code == 0, out
    assert "family: a_id (from 5 pages)" in out and "title" in out and portal.article_url(14) in out
    site = _load(repo / "crawler" / "sites" / "baomoi.py")
    assert site.family == "a_id" and site.overrides["body"].startswith("div")
    assert len(list((repo / "tests" / "fixtures" / "baomoi").glob("*.html.gz"))) == 5
    assert not _mismatches(portal, redesigned, site.family, site.overrides, CHECK_IDS)


def test_crawler_learn_update_after_a_redesign(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = get_site("baolaocai")
    saved = repo / "tests" / "fixtures" / "baolaocai"
    saved.mkdir(parents=True)
    (saved / "before.json").write_text(json.dumps({"url": "u", "site": "baolaocai", "status": "captured"}))
    redesigned = RedesignedPortal(Portal("baolaocai", N_ARTICLES), SEED)
    with SampleServer([redesigned]):  # type: ignore[list-item]
        code = main(["learn", "baolaocai", "--update", *[redesigned.article_url(i) for i in LEARN_IDS]])
    out = capsys.readouterr().out
    assert code == 0, out
    site = _load(repo / "crawler" / "sites" / "baolaocai.py")
    assert (site.province, site.start_urls, site.status, site.family) == (old.province, old.start_urls, old.status, "mcms")
    assert json.loads((saved / "before.json").read_text())["family"] == "mcms" and "pinned" in out
    drafts = [json.loads(p.read_text()) for p in saved.glob("*.json") if p.name != "before.json"]
    assert len(drafts) == 5 and all(d["status"] == "draft" and "family" not in d for d in drafts)
    assert not (repo / "tests" / "sites").exists()  # the site's test stays as it was
    assert not _mismatches(redesigned.portal, redesigned, site.family, site.overrides, CHECK_IDS)


@pytest.mark.parametrize(("args", "message"), [
    (["Bad", "--domain", "x.vn", "--province", "Cần Thơ", "a", "b", "c"], "site name 'Bad'"),
    (["baomoi", "--domain", "x.vn", "--province", "Mars", "a", "b", "c"], "unknown province 'Mars'"),
    (["baomoi", "--domain", "not a host", "--province", "Cần Thơ", "a", "b", "c"], "domain 'not a host'"),
    (["baomoi", "--domain", "x.vn", "--province", "Cần Thơ", "page.html", "b", "c"], "'page.html': give"),
    (["baomoi", "--domain", "x.vn", "--province", "Cần Thơ", "ftp://x/a", "b", "c"], "'ftp://x/a'"),
    (["baomoi", "--domain", "x.vn", "--province", "Cần Thơ", "http://x.vn/a"], "at least 3"),
    (["baomoi", "--update", "http://x.vn/a", "http://x.vn/b", "http://x.vn/c"], "no site named 'baomoi'"),
])
def test_bad_arguments_exit_2_with_one_line(repo: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                            message: str) -> None:
    assert main(["learn", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err


def test_an_unreachable_source_is_one_line_and_exit_1(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dead = [f"http://127.0.0.1:9/a-{i}.html" for i in range(3)]
    assert main(["learn", "baomoi", "--domain", "x.vn", "--province", "Cần Thơ", *dead]) == 1
    err = capsys.readouterr().err
    assert "cannot fetch http://127.0.0.1:9/a-0.html" in err and len(err.strip().splitlines()) == 1


def test_sources_are_checked_before_any_fetch(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>")
    check_sources([f"{page}=https://x.vn/a?b=1", "https://x.vn/b", "http://x.vn/c"], 3)
    assert read_sources([f"{page}=https://x.vn/a?b=1"]) == [(page.read_bytes(), "https://x.vn/a?b=1")]
    with pytest.raises(BadSource, match="no such file"):
        check_sources([f"{tmp_path / 'none.html'}=https://x.vn/a"])


# --- check-sites ---------------------------------------------------------------------------------------------


def test_rebase_moves_a_url_to_another_origin() -> None:
    assert rebase("https://baolaocai.vn/kinh-te/?p=2", "http://127.0.0.1:8701") == "http://127.0.0.1:8701/kinh-te/?p=2"
    assert rebase("https://baolaocai.vn/", None) == "https://baolaocai.vn/"


def test_check_sites_ok_on_the_samples_and_drifted_on_a_redesign(tmp_path: Path) -> None:
    sites = ("baolaocai", "tiengiang")
    portals: list[Any] = [Portal(s, 12) for s in sites]
    redesigned = [RedesignedPortal(Portal(s, N_ARTICLES), SEED) for s in sites]
    declared = {s: (sitegen.PACKAGE / "sites" / f"{s}.py").read_text() for s in sites}
    with SampleServer(portals + redesigned) as server:  # type: ignore[arg-type]
        for portal in portals:
            check = check_site(get_site(portal.site), base_url=portal.base_url, delay=0)
            assert check.verdict == "ok", format_check(check)
            assert check.links >= 5 and len(check.articles) == 5 and "title" in check.articles[0].matched
        for red in redesigned:
            check = check_site(get_site(red.site), base_url=red.base_url, delay=0, learn_drifted=True,
                               sites_dir=tmp_path)
            text = format_check(check)
            assert check.verdict == "drifted" and {"title", "body"} <= set(check.drifted_fields), text
            assert check.proposal == tmp_path / f"_learned_{red.site}.py", text
            proposed = _load(check.proposal)
            old = get_site(red.site)
            assert (proposed.name, proposed.status, proposed.start_urls) == (old.name, old.status, old.start_urls)
            assert declared[red.site] == (sitegen.PACKAGE / "sites" / f"{red.site}.py").read_text()  # untouched
            ids = [i for i in CHECK_IDS if red.article_url(i) not in {u for _, u in check.pages}]
            assert not _mismatches(red.portal, red, proposed.family, proposed.overrides, ids), text
        assert server.urls


def test_check_sites_save_writes_drafts_and_never_a_status(repo: Path) -> None:
    portal = Portal("vnexpress", 12)
    with SampleServer([portal]):
        check = check_site(get_site("vnexpress"), base_url=portal.base_url, delay=0, articles=3, save=True)
    assert check.verdict == "ok" and len(check.saved) == 3
    for page in check.saved:
        spec = json.loads(page.with_name(page.name.replace(".html.gz", ".json")).read_text())
        assert spec["status"] == "draft" and spec["site"] == "vnexpress" and spec["url"].startswith(portal.base_url)


def test_check_sites_command(capsys: pytest.CaptureFixture[str]) -> None:
    portal = Portal("baoapbac", 12)
    redesigned = RedesignedPortal(Portal("baocantho", 12), SEED)
    with SampleServer([portal, redesigned]):  # type: ignore[list-item]
        code = main(["check-sites", "baoapbac", "baocantho", "--delay", "0", "--base-url",
                     f"baoapbac={portal.base_url}", "--base-url", f"baocantho={redesigned.base_url}"])
    out = capsys.readouterr().out
    assert code == 3, out
    assert re.search(r"^baoapbac\s+ok\s+start pages 2/2 reachable", out, re.MULTILINE), out
    assert re.search(r"^baocantho\s+drifted\s+", out, re.MULTILINE), out
    assert "fell back: " in out and "matched: " in out


def test_check_sites_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-sites", "baolaocai", "--delay", "0", "--base-url", "http://127.0.0.1:9"]) == 3
    assert re.search(r"^baolaocai\s+unreachable", capsys.readouterr().out, re.MULTILINE)
    assert main(["check-sites", "nosuchsite"]) == 2
