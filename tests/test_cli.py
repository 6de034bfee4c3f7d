"""The `crawler` command and the Scrapy project as their users call them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
CANTHO_URL = (
    "https://baocantho.com.vn/tap-trung-trien-khai-cac-dot-thanh-tra-kiem-tra-co-trong-tam-trong-diem-"
    "nhat-la-cac-linh-vuc-co-ng-a196670.html"
)


def test_parse_prints_unescaped_utf8_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIX / "baocantho" / "article.html"), "--url", CANTHO_URL]) == 0
    out = capsys.readouterr().out
    assert "\\u" not in out and "Cần Thơ" in out
    item = json.loads(out)
    assert item["site"] == "baocantho" and item["extraction"] == "a_id"
    assert item["authors"] == ["P.Y"]
    assert "body_html" not in item


def test_parse_with_an_unknown_site_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIX / "baocantho" / "article.html"), "--site", "nope"]) == 2
    assert "crawler sites" in capsys.readouterr().err


def test_parse_rejects_binary_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "x.html"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["parse", str(junk)]) == 1
    assert "binary" in capsys.readouterr().err


def test_parse_undeclared_page_uses_the_generic_parser(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        """<html lang="vi"><head><title>x</title>
        <meta property="og:title" content="Khánh thành cầu mới ở Cai Lậy">
        <meta name="description" content="Sáng 7/12, cây cầu mới được khánh thành.">
        <meta property="article:published_time" content="2023-12-07T08:30:00">
        <meta name="keywords" content="Cai Lậy, giao thông">
        </head><body><header><nav><a href="/">Trang chủ</a></nav></header>
        <article><h1>Khánh thành cầu mới ở Cai Lậy</h1>
        <p>Sáng 7/12, UBND thị xã Cai Lậy tổ chức lễ khánh thành cây cầu mới bắc qua kênh Nguyễn Văn Tiếp,
        nối liền hai xã, giúp hàng nghìn hộ dân đi lại thuận tiện hơn trong mùa mưa lũ.</p>
        <p>Công trình có tổng vốn đầu tư hơn 20 tỉ đồng, được xây dựng trong mười tháng, dài 120 mét và
        rộng 7 mét, cho phép xe tải nhẹ lưu thông an toàn.</p>
        <p>Theo TTXVN</p></article><footer>Bản quyền</footer></body></html>""",
        encoding="utf-8",
    )
    assert main(["parse", str(page), "--url", "https://undeclared.example.vn/cau-moi.html"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["extraction"] == "generic" and item["site"] is None
    assert item["title"] == "Khánh thành cầu mới ở Cai Lậy"
    assert item["published_at"] == "2023-12-07T08:30:00+07:00"  # no offset on a Vietnamese site: +07:00
    assert item["tags"] == ["Cai Lậy", "giao thông"]
    assert "khánh thành cây cầu mới" in item["body"]
    assert item["source"] == "TTXVN" and "Theo TTXVN" not in item["body"]
    assert item["event_date"] == "2023-12-07"
    assert item["authors"] == [] and item["attachments"] == []


def test_sites_lists_every_declaration(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites", "--json"]) == 0
    sites = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert {"baocantho", "baolaocai", "vnexpress", "tiengiang", "baoapbac"} <= set(sites)
    assert sites["tiengiang"]["province"] == "Đồng Tháp"
    assert sites["tiengiang"]["former_provinces"] == ["Tiền Giang"]
    assert sites["baocantho"]["status"] == "captured" and sites["baoapbac"]["status"] == "modelled"


def test_every_command_has_help() -> None:
    for cmd in ([], ["parse"], ["sites"], ["crawl"], ["demo"]):
        with pytest.raises(SystemExit) as exc:
            main([*cmd, "--help"])
        assert exc.value.code == 0


def test_scrapy_list_shows_the_declared_sites() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert {"baocantho", "baolaocai", "vnexpress", "tiengiang", "baoapbac"} <= set(out)


def test_demo_crawls_the_sample_portals_into_store_and_feeds(tmp_path: Path) -> None:
    """What `make demo` runs, on its own ports and folder; a second run fetches no article."""
    import random
    import socket

    def free_range(n: int) -> int:
        for _ in range(50):
            first = random.randint(20000, 60000)
            socks = []
            try:
                for i in range(n):
                    s = socket.socket()
                    socks.append(s)
                    s.bind(("127.0.0.1", first + i))
                return first
            except OSError:
                continue
            finally:
                for s in socks:
                    s.close()
        raise RuntimeError("no free port range")

    from crawler.samples import SAMPLE_SITES

    portals = len(SAMPLE_SITES)
    port = free_range(portals)
    cmd = [sys.executable, "-m", "crawler.cli", "demo", "--output", str(tmp_path / "out"), "--port", str(port),
           "--articles", "8"]
    first = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    out = tmp_path / "out"
    assert (out / "articles.db").exists()
    for fmt in ("jsonl", "csv", "atom"):
        assert (out / "feeds" / f"articles.{fmt}").stat().st_size > 0
    lines = (out / "feeds" / "articles.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == portals * 8 and "\\u" not in lines[0]
    assert "baocantho" in first.stdout and f"Store: {portals * 8} articles" in first.stdout
    nxt = first.stdout.split("Next:")[1].strip().splitlines()  # what a newcomer runs next
    assert len(nxt) == 3 and "crawler search" in nxt[0] and "crawler browse" in nxt[1]
    assert f"--db sqlite:///{out / 'articles.db'}" in nxt[0]
    second = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr[-2000:]
    report = json.loads((out / "reports" / "latest.json").read_text("utf-8"))
    assert all(site["article_requests"] == 0 and site["articles"]["new"] == 0 for site in report["sites"].values())


def test_package_is_installed_not_only_importable_from_the_checkout(tmp_path: Path) -> None:
    """The console script imports `crawler` from the install, whatever the current folder."""
    out = subprocess.run(
        [sys.executable, "-c", "import crawler.cli, crawler.parsers.a_id; print(crawler.__version__)"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stderr
