"""The maintainers' commands: `parse`, `new-site`, `save-fixture`, `sites`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE, dump

__all__ = ["add_parsers"]


def _read_page(path: str) -> bytes:
    from ..errors import UsageError

    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{path!r} is not a file: give a saved page (.html or .html.gz), '-' or a URL")
    data = p.read_bytes()
    if p.suffix == ".gz":
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise UsageError(f"{path!r} is not a gzip file ({exc})") from None
    return data


def _fetch(url: str) -> bytes:
    """A page from the network (when there is one), with the crawler's user agent."""
    import urllib.error
    import urllib.request

    from ..errors import UserError
    from ..settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) only, checked
            return response.read()
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        raise UserError(f"cannot fetch {url} ({exc}); save the page in a browser and pass the file "
                        "with --url URL") from None


def _page_and_url(source: str, url: str | None) -> tuple[bytes, str]:
    if source.startswith(("http://", "https://")):
        return _fetch(source), url or source
    return _read_page(source), url or Path(source).resolve().as_uri()


def _fixture_spec(source: str) -> dict[str, Any]:
    """The expected JSON saved beside a fixture page (``page.html[.gz]`` → ``page.json``), if any."""
    if source.startswith(("http://", "https://")) or source == "-":
        return {}
    path = Path(source)
    spec = path.with_name(path.name.removesuffix(".gz").removesuffix(".html") + ".json")
    try:
        data = json.loads(spec.read_text("utf-8")) if spec.is_file() and spec != path else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _table(item: dict[str, Any], fallbacks: list[str]) -> str:
    """The item as a readable two-column table (long text cut, lists one per line)."""
    rows = []
    for key, value in item.items():
        if key == "body_html":
            continue
        if isinstance(value, list):
            lines = [json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value] or ["-"]
        elif value is None or value == "":
            lines = ["-"]
        else:
            text = str(value)
            if key == "body":
                paras = text.split("\n\n")
                text = f"{len(paras)} paragraphs, {len(text)} characters: {paras[0][:150]}…"
            lines = [text if len(text) <= 160 else text[:157] + "…"]
        mark = "  (fell back to page metadata)" if key in fallbacks else ""
        rows.append(f"{key:<14} {lines[0]}{mark}")
        rows.extend(f"{'':<14} {line}" for line in lines[1:])
    return "\n".join(rows)


def cmd_parse(args: argparse.Namespace) -> int:
    from ..parsers import PageError, parse_with_report
    from ..sites import UnknownSite

    url, site = args.url, args.site
    spec = _fixture_spec(args.source)
    if spec:  # a saved fixture: parse it as the address and site its JSON names
        url, site = url or spec.get("url"), site or spec.get("site")
    html, url = _page_and_url(args.source, url)
    try:
        result = parse_with_report(html, url, site)
    except UnknownSite as exc:
        print(f"crawler parse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PageError as exc:
        print(f"crawler parse: {args.source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    item = result.item
    if args.table:
        print(_table(item, result.fallbacks))
    else:
        if not args.html:
            item = {k: v for k, v in item.items() if k != "body_html"}
        print(dump(item))
    if result.fallbacks:
        print(f"note: the {item['extraction']} selectors found nothing for {', '.join(result.fallbacks)}: "
              "filled from page metadata or the generic extractor", file=sys.stderr)
    return EXIT_OK


def cmd_new_site(args: argparse.Namespace) -> int:
    from ..sitegen import SiteSpecError, write_site

    try:
        decl, test = write_site(args.name, args.family, args.domain, start_urls=args.start_url, feeds=args.feed,
                                province=args.province, title=args.title, kind=args.kind, force=args.force)
    except SiteSpecError as exc:
        print(f"crawler new-site: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {decl}\nwrote {test}")
    print(f"next: save a real page with `crawler save-fixture URL --site {args.name}`, check its draft JSON, "
          f"then run `.venv/bin/pytest -k {args.name}`")
    return EXIT_OK


def cmd_save_fixture(args: argparse.Namespace) -> int:
    from ..parsers import PageError
    from ..sitegen import SiteSpecError, draft_fixture
    from ..sites import UnknownSite, get_site

    try:
        get_site(args.site)
        html, url = _page_and_url(args.source, args.url)
        if url.startswith("file:"):
            raise SiteSpecError("give the page's real address with --url (it is part of the test)")
        page, spec_path, spec = draft_fixture(html, url, args.site, args.name, force=args.force)
    except (UnknownSite, SiteSpecError) as exc:
        print(f"crawler save-fixture: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PageError as exc:
        print(f"crawler save-fixture: {args.source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"saved {page}\nwrote {spec_path} (status: draft)")
    if spec["fallbacks"]:
        print(f"the family selectors missed: {', '.join(spec['fallbacks'])} (add overrides to the declaration?)")
    print("next: check every field of the draft against the page, correct it, set \"status\": \"captured\", "
          "and set the declaration's status to captured")
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    from ..sites import all_sites

    sites = all_sites()
    if args.json:
        print(dump([{"name": s.name, "title": s.title, "province": s.province,
                     "former_provinces": list(s.former_provinces), "family": s.family,
                     "domains": list(s.domains), "start_urls": list(s.start_urls), "status": s.status}
                    for s in sites]))
        return EXIT_OK
    rows = [("NAME", "PROVINCE (FORMER)", "FAMILY", "STATUS", "START PAGES")]
    for s in sites:
        former = ", ".join(p for p in s.former_provinces if p != s.province)
        prov = (s.province or "(national)") + (f" ({former})" if former else "")
        rows.append((s.name, prov, s.family, s.status, " ".join(s.start_urls)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4])
    print(f"\n{len(sites)} sites, {len({s.family for s in sites})} families", file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    from ..parsers import FAMILIES

    sp = sub.add_parser("parse", help="parse a page (file or URL) and print the article item",
                        description="Parse one page (FILE, '-' for stdin, .gz accepted, or a URL fetched when the "
                                    "network allows) into an article item and print it as UTF-8 JSON.")
    sp.add_argument("source", metavar="FILE|URL")
    sp.add_argument("--url", help="the page's URL (selects the site; defaults to the URL or the file's path)")
    sp.add_argument("--site", help="a declared site's name (overrides the URL's)")
    sp.add_argument("--table", action="store_true", help="show the item as a readable table instead of JSON")
    sp.add_argument("--html", action="store_true", help="include body_html in the JSON")
    sp.set_defaults(func=cmd_parse)

    sn = sub.add_parser("new-site", help="declare a site over a CMS family (writes its file and its test)",
                        description="Write crawler/sites/NAME.py (the declaration) and tests/sites/test_site_NAME.py "
                                    "(its test), for a site on a known CMS family.")
    sn.add_argument("name", metavar="NAME", help="short name, lower case (e.g. baoangiang)")
    sn.add_argument("--family", required=True, choices=FAMILIES, metavar="FAMILY",
                    help=f"CMS family: {', '.join(FAMILIES)}")
    sn.add_argument("--domain", required=True, action="append", help="host name (repeatable)")
    sn.add_argument("--start-url", action="append", help="a listing page to crawl (repeatable)")
    sn.add_argument("--feed", action="append", help="an RSS/Atom feed (repeatable)")
    sn.add_argument("--province", help="the province, current or former name (mapped to the current one)")
    sn.add_argument("--title", help="the outlet's name, e.g. 'Báo An Giang'")
    sn.add_argument("--kind", choices=("paper", "portal", "national"), help="default: portal for *.gov.vn, else paper")
    sn.add_argument("--force", action="store_true", help="replace existing files")
    sn.set_defaults(func=cmd_new_site)

    sf = sub.add_parser("save-fixture", help="save a page as a test fixture with a draft expected item",
                        description="Store a page (URL or FILE) as tests/fixtures/SITE/NAME.html.gz with a draft "
                                    "expected JSON for the maintainer to check.")
    sf.add_argument("source", metavar="URL|FILE")
    sf.add_argument("--site", required=True, help="the declared site it belongs to")
    sf.add_argument("--url", help="the page's real URL (needed for a file)")
    sf.add_argument("--name", help="file name stem: lower-case letters, digits and '-' (default: from the URL)")
    sf.add_argument("--force", action="store_true", help="replace an existing fixture")
    sf.set_defaults(func=cmd_save_fixture)

    ss = sub.add_parser("sites", help="list the declared sites", description="List every declared site.")
    ss.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ss.set_defaults(func=cmd_sites)
