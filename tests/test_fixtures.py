"""Every saved page under tests/fixtures/<site>/ is parsed and compared with its expected JSON.

The expected JSON is written by hand from reading the page (see tests/fixtures/README.md). Adding a
page is adding two files: ``<name>.html`` (or ``.html.gz``) and ``<name>.json``.
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest

from crawler.dates import VN_TZ
from crawler.items import ARTICLE_FIELDS
from crawler.parsers import parse_article

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.glob("*/*") if p.name.endswith((".html", ".html.gz")))
FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=VN_TZ)
UNCHECKED = {"fetched_at", "content_hash", "body_html"}


def _spec_path(page: Path) -> Path:
    return page.with_name(page.name.removesuffix(".gz").removesuffix(".html") + ".json")


def _read(page: Path) -> bytes:
    data = page.read_bytes()
    return gzip.decompress(data) if page.suffix == ".gz" else data


def _id(page: Path) -> str:
    return f"{page.parent.name}/{page.name}"


def test_there_are_fixtures() -> None:
    assert len(PAGES) >= 5
    for page in PAGES:
        assert _spec_path(page).exists(), f"{_id(page)} has no expected JSON beside it"


@pytest.fixture(scope="module", params=PAGES, ids=_id)
def parsed(request: pytest.FixtureRequest) -> tuple[dict, dict]:
    page: Path = request.param
    spec = json.loads(_spec_path(page).read_text("utf-8"))
    if spec.get("status") == "draft":
        pytest.skip(f"{_id(page)} is a draft: check its expected JSON against the page, then set its status")
    # "family": a page saved before the site changed layout keeps the parser of its time
    item = parse_article(_read(page), spec["url"], spec.get("site"), fetched_at=FETCHED, family=spec.get("family"))
    return spec, item


def test_expected_fields(parsed: tuple[dict, dict]) -> None:
    spec, item = parsed
    expected = spec["expected"]
    missing = [f for f in ARTICLE_FIELDS if f not in UNCHECKED and f not in expected]
    assert not missing, f"the expected JSON lacks {missing}: every field is checked"
    wrong = {f: {"expected": expected[f], "got": item.get(f)} for f in expected if item.get(f) != expected[f]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_item_has_every_field(parsed: tuple[dict, dict]) -> None:
    _, item = parsed
    assert list(item) == list(ARTICLE_FIELDS) + ["event_date"] or set(item) == set(ARTICLE_FIELDS) | {"event_date"}
    assert item["fetched_at"] == "2026-11-29T12:00:00+07:00"
    assert re.fullmatch(r"[0-9a-f]{64}", item["content_hash"])


def test_body_html_is_safe_and_complete(parsed: tuple[dict, dict]) -> None:
    _, item = parsed
    html = item["body_html"]
    assert html
    low = html.lower()
    assert "<script" not in low and "<style" not in low and "javascript:" not in low
    assert not re.search(r"\son[a-z]+\s*=", low), "an event handler survived"
    text = lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    squashed = re.sub(r"\s+", " ", text)
    for para in item["body"].split("\n\n"):
        assert para in squashed, f"body paragraph missing from body_html: {para[:60]}"


def test_text_is_clean(parsed: tuple[dict, dict]) -> None:
    import unicodedata

    _, item = parsed
    for field in ("title", "sapo", "body"):
        value = item[field]
        assert unicodedata.is_normalized("NFC", value), field
        assert "\u00a0" not in value and "\u200b" not in value, field
        assert "  " not in value, field
