"""A maintainer adds a site with `crawler new-site` and it is tested, touching no other file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def checkout(tmp_path: Path) -> Path:
    """A copy of the project's code and tests, to change freely."""
    copy = tmp_path / "repo"
    for part in ("crawler", "tests", "scrapy.cfg", "pyproject.toml"):
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(src, copy / part)
    return copy


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run([sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=300)


def test_new_site_is_declared_and_tested(checkout: Path) -> None:
    before = _files(checkout)
    done = _run(checkout, "-m", "crawler.cli", "new-site", "baothunghiem", "--family", "a_id",
                "--domain", "baothunghiem.example.vn", "--province", "Kiên Giang", "--title", "Báo Thử Nghiệm",
                "--start-url", "https://baothunghiem.example.vn/thoi-su/")
    assert done.returncode == 0, done.stderr
    added = _files(checkout) - before
    assert added == {"crawler/sites/baothunghiem.py", "tests/sites/test_site_baothunghiem.py"}
    decl = (checkout / "crawler/sites/baothunghiem.py").read_text("utf-8")
    assert "province='An Giang'" in decl and "former_provinces=('Kiên Giang',)" in decl

    listed = _run(checkout, "-m", "crawler.cli", "sites", "--json")
    site = {s["name"]: s for s in json.loads(listed.stdout)}["baothunghiem"]
    assert site["family"] == "a_id" and site["status"] == "unverified"

    tested = _run(checkout, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/sites/test_site_baothunghiem.py")
    assert tested.returncode == 0, tested.stdout[-2000:]
    assert "1 passed" in tested.stdout


def test_new_site_refuses_what_it_cannot_check(checkout: Path) -> None:
    bad = [
        ("Bao-AG", "--family", "a_id", "--domain", "x.vn", "--province", "An Giang"),
        ("baoag", "--family", "nope", "--domain", "x.vn", "--province", "An Giang"),
        ("baoag", "--family", "a_id", "--domain", "x.vn", "--province", "Xứ Sở"),
        ("baoag", "--family", "a_id", "--domain", "x.vn", "--province", "An Giang", "--start-url", "https://y.vn/"),
        ("baocantho", "--family", "a_id", "--domain", "baocantho.com.vn", "--province", "Cần Thơ"),
    ]
    for args in bad:
        done = _run(checkout, "-m", "crawler.cli", "new-site", *args)
        assert done.returncode == 2, args
        assert done.stderr.startswith("crawler new-site: "), done.stderr


def test_save_fixture_writes_a_draft_that_tests_skip(checkout: Path) -> None:
    page = checkout / "tests/fixtures/baocantho/article.html"
    url = "https://baocantho.com.vn/mot-bai-khac-a196671.html"
    done = _run(checkout, "-m", "crawler.cli", "save-fixture", str(page), "--site", "baocantho", "--url", url,
                "--name", "second")
    assert done.returncode == 0, done.stderr
    spec = json.loads((checkout / "tests/fixtures/baocantho/second.json").read_text("utf-8"))
    assert spec["status"] == "draft" and spec["url"] == url
    assert spec["expected"]["authors"] == ["P.Y"] and "body_html" not in spec["expected"]
    assert (checkout / "tests/fixtures/baocantho/second.html.gz").exists()
    tested = _run(checkout, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fixtures.py", "-k", "second",
                  "-rs")
    assert "is a draft" in tested.stdout and "failed" not in tested.stdout
