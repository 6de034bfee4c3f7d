"""The `crawler` command: parse, sites, crawl, demo. `crawler COMMAND --help` for each."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from . import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _read_page(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise SystemExit(f"crawler: no such file: {path}")
    data = p.read_bytes()
    if p.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    return data


def cmd_parse(args: argparse.Namespace) -> int:
    from .parsers import PageError, parse_with_report
    from .sites import UnknownSite

    url = args.url or Path(args.file).resolve().as_uri()
    try:
        result = parse_with_report(_read_page(args.file), url, args.site)
    except UnknownSite as exc:
        print(f"crawler parse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PageError as exc:
        print(f"crawler parse: {args.file}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    item = result.item
    if not args.html:
        item = {k: v for k, v in item.items() if k != "body_html"}
    print(_dump(item))
    if result.fallbacks:
        print(f"note: fell back to page metadata for: {', '.join(result.fallbacks)}", file=sys.stderr)
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    from .sites import all_sites

    sites = all_sites()
    if args.json:
        print(_dump([{"name": s.name, "title": s.title, "province": s.province,
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


def cmd_crawl(args: argparse.Namespace) -> int:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from .sites import UnknownSite, all_sites, get_site

    try:
        names = args.sites or [s.name for s in all_sites()]
        for n in names:
            get_site(n)
    except UnknownSite as exc:
        print(f"crawler crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    settings = get_project_settings()
    if args.output:
        settings.set("FEEDS", {args.output: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}})
    process = CrawlerProcess(settings)
    for n in names:
        kwargs = {"base_url": args.base_url} if args.base_url else {}
        process.crawl(n, **kwargs)
    process.start()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Parse the saved pages bundled with the project and print a summary (the crawl demo comes later)."""
    import time

    from .parsers import parse_with_report

    root = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
    pages = sorted(root.glob("*/*.html"))
    if not pages:
        print(f"crawler demo: no saved pages under {root}; run it from a clone of the repository",
              file=sys.stderr)
        return EXIT_FAILED
    out_dir = Path(args.output)
    out_dir.mkdir(parents=True, exist_ok=True)
    items = []
    print(f"{'site':<12} {'family':<10} {'ms':>6}  {'published_at':<26} title")
    for path in pages:
        meta = json.loads(path.with_suffix(".json").read_text("utf-8")) if path.with_suffix(".json").exists() else {}
        url = meta.get("url") or path.resolve().as_uri()
        t0 = time.perf_counter()
        result = parse_with_report(path.read_bytes(), url, meta.get("site"))
        ms = (time.perf_counter() - t0) * 1000
        item = result.item
        items.append(item)
        print(f"{item['site'] or '-':<12} {item['extraction']:<10} {ms:6.1f}  {item['published_at'] or '-':<26} "
              f"{item['title'][:70]}")
    target = out_dir / "demo-items.jsonl"
    tmp = target.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    tmp.replace(target)
    print(f"\n{len(items)} articles parsed; items written to {target}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="crawler",
        description="Crawl Vietnamese provincial news portals into clean article items.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sp = sub.add_parser("parse", help="parse a saved page and print the article item as JSON",
                        description="Parse one saved HTML page (FILE, '-' for stdin, .gz accepted) into an "
                                    "article item and print it as UTF-8 JSON.")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--url", help="the page's URL (selects the site; defaults to the file's path)")
    sp.add_argument("--site", help="a declared site's name (overrides the URL's)")
    sp.add_argument("--html", action="store_true", help="include body_html in the output")
    sp.set_defaults(func=cmd_parse)

    ss = sub.add_parser("sites", help="list the declared sites", description="List every declared site.")
    ss.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ss.set_defaults(func=cmd_sites)

    sc = sub.add_parser("crawl", help="crawl sites (all when none named)",
                        description="Crawl the named sites (all declared sites when none is named).")
    sc.add_argument("sites", nargs="*", metavar="SITE")
    sc.add_argument("--base-url", help="crawl from another origin (a local copy), e.g. http://127.0.0.1:8000")
    sc.add_argument("-o", "--output", help="also write the items to this JSON Lines file")
    sc.set_defaults(func=cmd_crawl)

    sd = sub.add_parser("demo", help="run the demo (what `make demo` runs)",
                        description="Parse the bundled sample pages and print a summary.")
    sd.add_argument("--output", default="output", help="output folder (default: output)")
    sd.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
