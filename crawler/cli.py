"""The `crawler` command: parse, new-site, save-fixture, sites, crawl, export, search, browse, cluster, learn,
check-sites, serve-samples, demo.

`crawler COMMAND --help` for each.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Sequence

from . import __version__

# Exit codes (documented in the README for cron users)
EXIT_OK = 0  # all well
EXIT_FAILED = 1  # an error stopped the command
EXIT_USAGE = 2  # wrong arguments or unknown site
EXIT_BROKEN = 3  # the crawl ran, but a site is broken (its items fell below its thresholds)
EXIT_LOCKED = 75  # another crawl holds the lock (EX_TEMPFAIL: try again later)


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


def _fetch(url: str) -> bytes:
    """A page from the network (when there is one), with the crawler's user agent."""
    import urllib.error
    import urllib.request

    from .settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) only, checked
            return response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SystemExit(f"crawler: cannot fetch {url} ({exc}); save the page in a browser and pass the file "
                         "with --url URL") from None


def _page_and_url(source: str, url: str | None) -> tuple[bytes, str]:
    if source.startswith(("http://", "https://")):
        return _fetch(source), url or source
    return _read_page(source), url or Path(source).resolve().as_uri()


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
    from .parsers import PageError, parse_with_report
    from .sites import UnknownSite

    html, url = _page_and_url(args.source, args.url)
    try:
        result = parse_with_report(html, url, args.site)
    except UnknownSite as exc:
        print(f"crawler parse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PageError as exc:
        print(f"crawler parse: {args.source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    item = result.item
    if args.table:
        print(_table(item, result.fallbacks))
        print()
    if not args.html:
        item = {k: v for k, v in item.items() if k != "body_html"}
    print(_dump(item))
    if result.fallbacks:
        print(f"note: the {item['extraction']} selectors found nothing for {', '.join(result.fallbacks)}: "
              "filled from page metadata or the generic extractor", file=sys.stderr)
    return EXIT_OK


def cmd_new_site(args: argparse.Namespace) -> int:
    from .sitegen import SiteSpecError, write_site

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
    from .parsers import PageError
    from .sitegen import SiteSpecError, draft_fixture
    from .sites import UnknownSite, get_site

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


def _base_urls(values: list[str], names: list[str]) -> dict[str, str]:
    """--base-url URL (one site) or --base-url NAME=URL (any number)."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, url = value.partition("=")
        if sep and not name.startswith(("http:", "https:")):
            out[name] = url
        elif len(names) == 1:
            out[names[0]] = value
        else:
            raise ValueError("with several sites, give --base-url NAME=URL for each")
    return out


def run_crawl(names: list[str], overrides: dict[str, Any], *, quiet: bool = False,
              spider_args: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl the named sites in one Scrapy process; returns the run report (also written to REPORT_DIR)."""
    from datetime import datetime

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from .dates import VN_TZ, to_iso
    from .extensions.report import new_run_id, write_report

    settings = get_project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    started = datetime.now(VN_TZ)
    run_id = new_run_id(started)
    settings.set("REPORT_RUN_ID", run_id, priority="cmdline")
    if not settings.get("LOG_FILE"):
        log_dir = Path(settings.get("LOG_DIR", "output/logs"))
        log_dir.mkdir(parents=True, exist_ok=True)
        settings.set("LOG_FILE", str(log_dir / f"crawl-{run_id}.log"), priority="cmdline")
        if not quiet:
            print(f"log: {settings.get('LOG_FILE')}", file=sys.stderr)
    process = CrawlerProcess(settings)  # the log goes to LOG_FILE only, never to the terminal
    crawlers = []
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_args or {}))
    process.start()
    report = {
        "run_id": run_id,
        "started_at": to_iso(started),
        "finished_at": to_iso(datetime.now(VN_TZ)),
        "sites": {c.spider.name if c.spider else n: getattr(c, "run_report", {"finish_reason": "not started"})
                  for c, n in zip(crawlers, names)},
    }
    from .store import Store, database_url

    with Store(database_url(settings)) as store:
        # republished stories: new articles join the groups of the stored ones
        report["clusters"] = store.update_clusters()
        for name, section in report["sites"].items():
            section["stored_total"] = store.count(name)
        store.record_run(run_id, report)
    write_report(settings.get("REPORT_DIR"), run_id, report)
    return report


def print_report(report: dict[str, Any], file: Any = None) -> None:
    file = file or sys.stdout
    head = (f"{'site':<12} {'requests':>8} {'articles':>8} {'new':>5} {'upd':>5} {'known':>6} {'failed':>6} "
            f"{'stored':>7} {'secs':>6}  field coverage")
    print(head, file=file)
    for name, sec in report["sites"].items():
        a = sec.get("articles", {})
        cov = sec.get("coverage") or {}
        covtxt = " ".join(f"{k}={v:.0%}" for k, v in cov.items() if v is not None) or "-"
        print(f"{name:<12} {sec.get('requests', 0):>8} {sec.get('article_requests', 0):>8} {a.get('new', 0):>5} "
              f"{a.get('updated', 0):>5} {a.get('known', 0):>6} {a.get('failed', 0):>6} "
              f"{sec.get('stored_total', 0):>7} {sec.get('elapsed_seconds', 0):>6.1f}  {covtxt}", file=file)
        if sec.get("undeclared_domains"):
            doms = ", ".join(f"{d} ({n} pages)" for d, n in sec["undeclared_domains"].items())
            print(f"{'':<12} undeclared domains: {doms}", file=file)
        if sec.get("broken"):
            print(f"{'':<12} BROKEN: {'; '.join(sec.get('problems', []))}", file=file)
    print("(requests: all HTTP requests; articles: article pages requested; known: stored articles met and "
          "not requested again)", file=file)


def cmd_crawl(args: argparse.Namespace) -> int:
    from .sites import UnknownSite, all_sites, get_site

    try:
        if args.urls:
            if args.sites:
                raise ValueError("give either site names or --urls, not both")
            names = ["urls"]
        else:
            wanted = set(args.status.split(",")) if args.status else None
            names = args.sites or [s.name for s in all_sites() if wanted is None or s.status in wanted]
            for n in names:
                get_site(n)
        base_urls = _base_urls(args.base_url or [], names)
    except (UnknownSite, ValueError) as exc:
        print(f"crawler crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    overrides: dict[str, Any] = {"SITE_BASE_URLS": base_urls}
    if args.db:
        overrides["DATABASE_URL"] = args.db
    if args.max_pages:
        overrides["MAX_LISTING_PAGES"] = args.max_pages
    if args.output:
        overrides["FEEDS"] = {args.output: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}}
    if args.fast_local:
        overrides.update(LOCAL_SETTINGS)
    for kv in args.set or []:
        key, _, value = kv.partition("=")
        overrides[key] = value
    from .lock import Locked, RunLock

    quiet = args.quiet or not sys.stderr.isatty()  # under cron: the log file only
    if not quiet:
        overrides.setdefault("PROGRESS_INTERVAL", 5)
    try:
        with RunLock(Path(args.lock)):
            spider_args = {"urls": str(Path(args.urls).resolve())} if args.urls else None
            if args.distributed:
                from redis.exceptions import ConnectionError as RedisConnectionError

                from .distributed import run_workers

                try:
                    result = run_workers(names, overrides, args.workers, spider_args=spider_args)
                except RedisConnectionError as exc:
                    print(f"crawler crawl: cannot reach Redis ({exc}); start it or set REDIS_URL", file=sys.stderr)
                    return EXIT_FAILED
                for worker, error in result["errors"].items():
                    print(f"crawler crawl: worker {worker}: {error}", file=sys.stderr)
                if result["errors"]:
                    return EXIT_FAILED
                report = {"sites": result["sites"]}
            else:
                report = run_crawl(names, overrides, quiet=quiet, spider_args=spider_args)
    except Locked as exc:
        print(f"crawler crawl: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    broken = {name: sec["problems"] for name, sec in report["sites"].items() if sec.get("broken")}
    if not args.quiet:
        print_report(report)
    for name, problems in broken.items():
        print(f"crawler crawl: site {name} is broken: {'; '.join(problems)}", file=sys.stderr)
    return EXIT_BROKEN if broken else EXIT_OK


# Settings for crawling sample portals on this machine: no politeness delays toward ourselves.
LOCAL_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
}


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export, export_per
    from .store import Store, database_url

    with Store(args.db or database_url()) as store:
        if args.per:
            if args.output == "-":
                print("crawler export: --per writes one file per site or province: give a folder with -o",
                      file=sys.stderr)
                return EXIT_USAGE
            written = export_per(store, args.per, args.format, args.output, since=args.since)
            print(f"{len(written)} feeds written to {args.output}", file=sys.stderr)
            return EXIT_OK
        n = export(store, args.format, args.output, site=args.site, province=args.province, since=args.since)
    if args.output != "-":
        print(f"{n} articles written to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_cluster(args: argparse.Namespace) -> int:
    from .store import Store, database_url

    with Store(args.db or database_url()) as store:
        stats = store.update_clusters()
    print(f"{stats['articles']} articles, {stats['clustered_now']} clustered now, {stats['in_groups']} in groups "
          "of republished stories", file=sys.stderr)
    return EXIT_OK


def cmd_serve_samples(args: argparse.Namespace) -> int:
    from .samples import SAMPLE_SITES, serve_forever

    sites = args.sites or list(SAMPLE_SITES)
    unknown = [s for s in sites if s not in SAMPLE_SITES]
    if unknown:
        print(f"crawler serve-samples: no sample portal for {', '.join(unknown)}; "
              f"there are: {', '.join(SAMPLE_SITES)}", file=sys.stderr)
        return EXIT_USAGE
    serve_forever(sites, args.articles, args.port, edition=args.edition)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from .store import Store, database_url

    with Store(args.db or database_url()) as store:
        hits = store.search(args.query, since=args.since, province=args.province, site=args.site, limit=args.limit)
    if args.json:
        for hit in hits:
            print(json.dumps({k: hit.get(k) for k in ("canonical_url", "site", "published_at", "title", "snippet",
                                                      "cluster_id")}, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(f"no article matches {args.query!r}", file=sys.stderr)
        return EXIT_OK
    for hit in hits:
        day = (hit.get("published_at") or "")[:16].replace("T", " ")
        print(f"{day:<16}  {hit.get('site') or '-':<12} {hit['title']}")
        print(f"{'':<16}  {'':<12} {hit.get('snippet') or ''}")
        print(f"{'':<16}  {'':<12} {hit['canonical_url']}")
    return EXIT_OK


def cmd_browse(args: argparse.Namespace) -> int:
    import subprocess

    from sqlalchemy.engine import make_url

    from .browse import write_metadata
    from .store import Store, database_url

    url = args.db or database_url()
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        print("crawler browse: Datasette browses SQLite stores; export from another database first", file=sys.stderr)
        return EXIT_USAGE
    db = Path(parsed.database)
    if not db.exists():
        print(f"crawler browse: no store at {db}; run `crawler crawl` or `make demo` first", file=sys.stderr)
        return EXIT_FAILED
    Store(url).close()  # brings an older store's schema up to date (search table included)
    meta = write_metadata(db.parent / "datasette-metadata.json")
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(meta), "--host", args.host,
           "--port", str(args.port), "--setting", "default_page_size", "50"]
    print(f"Datasette on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    try:
        return subprocess.call(cmd)
    except KeyboardInterrupt:
        return EXIT_OK


DEMO_PORT = 8701


def cmd_demo(args: argparse.Namespace) -> int:
    """Start the sample portals, crawl them all into the store, write the feeds, print a summary."""
    import time

    from .export import export, export_per
    from .samples import SAMPLE_SITES, Portal, SampleServer
    from .store import Store

    out = Path(args.output)
    db_url = f"sqlite:///{out / 'articles.db'}"
    portals = [Portal(site, n_articles=args.articles) for site in SAMPLE_SITES]
    try:
        server = SampleServer(portals, base_port=args.port).start()
    except OSError as exc:
        print(f"crawler demo: cannot start the sample portals on ports {args.port}-{args.port + len(portals) - 1} "
              f"({exc}); choose others with --port", file=sys.stderr)
        return EXIT_FAILED
    t0 = time.monotonic()
    try:
        print(f"Sample portals: {', '.join(f'{s} {u}' for s, u in server.urls.items())}")
        print(f"Crawling {len(portals)} portals into {out / 'articles.db'} (log: {out / 'logs' / 'demo.log'})...")
        (out / "logs").mkdir(parents=True, exist_ok=True)
        report = run_crawl(list(server.urls), {
            **LOCAL_SETTINGS,
            "SITE_BASE_URLS": server.urls,
            "DATABASE_URL": db_url,
            "REPORT_DIR": str(out / "reports"),
            "LOG_FILE": str(out / "logs" / "demo.log"),
            "LOG_LEVEL": "INFO",
        }, quiet=True)
    finally:
        server.stop()
    store = Store(db_url)
    try:
        feeds = out / "feeds"
        counts = {fmt: export(store, fmt, feeds / f"articles.{fmt}") for fmt in ("jsonl", "csv", "atom")}
        per = {kind: export_per(store, kind, "atom", feeds / "atom") for kind in ("site", "province")}
        totals = {name: store.count(name) for name in report["sites"]}
    finally:
        store.close()
    print()
    print_report(report)
    print(f"\nStore: {sum(totals.values())} articles in {out / 'articles.db'} "
          f"({', '.join(f'{k} {v}' for k, v in totals.items())})")
    print(f"Feeds: {', '.join(f'{feeds}/articles.{fmt} ({n})' for fmt, n in counts.items())}")
    print(f"       {feeds}/atom/: {len(per['site'])} site feeds, {len(per['province'])} province feeds")
    clusters = report.get("clusters") or {}
    if clusters:
        print(f"Stories: {clusters.get('in_groups', 0)} articles are republications grouped by cluster_id")
    fetched = sum(sec.get("article_requests", 0) for sec in report["sites"].values())
    print(f"Report: {out / 'reports' / 'latest.json'}; done in {time.monotonic() - t0:.1f}s.")
    if fetched:
        print("Run it again: only listing pages are fetched, every article is already stored.")
    else:
        print("No article page was requested: every article met was already in the store.")
    return EXIT_OK


def cmd_learn(args: argparse.Namespace) -> int:
    """`crawler learn`: arguments checked before any fetch; the work is crawler.learn's."""
    from .learn import MIN_PAGES, LearnError, learn
    from .learn.declare import write_learned
    from .learn.report import report
    from .learn.sources import BadSource, SourceError, check_sources, read_sources
    from .parsers import FAMILIES, PageError
    from .sitegen import PACKAGE, SiteSpecError, check_spec
    from .sites import UnknownSite, get_site

    old = None
    try:
        if args.family and args.family not in FAMILIES:
            raise SiteSpecError(f"--family {args.family!r}: one of {', '.join(FAMILIES)}")
        if args.update:
            old = get_site(args.name)
        else:
            check_spec(args.name, "generic", args.domain or [], args.province, args.kind)
            if (PACKAGE / "sites" / f"{args.name}.py").exists() and not args.force:
                raise SiteSpecError(f"site {args.name!r} is declared already: --update relearns it, --force replaces it")
        check_sources(args.sources, MIN_PAGES)
    except (SiteSpecError, UnknownSite, BadSource) as exc:
        print(f"crawler learn: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        pages = read_sources(args.sources)
        learned = learn(pages, family=args.family)
        written = write_learned(args.name, learned, domains=args.domain or [], province=args.province,
                                title=args.title, old=old, force=args.force, pages=[] if args.no_save else pages)
    except (SourceError, LearnError, PageError) as exc:
        print(f"crawler learn: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except SiteSpecError as exc:
        print(f"crawler learn: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(report(learned, pages))
    print(f"\nwrote {written.declaration}" + (f"\nwrote {written.test}" if written.test else ""))
    for path in written.fixtures:
        print(f"saved {path} (draft)")
    for path in written.pinned:
        print(f"pinned {path} to the old layout (family {old.family if old else ''})")
    for path in written.unpinned:
        print(f"check {path}: saved for the old layout, whose overrides the new declaration replaced")
    print("next: read the drafts against their pages; the status stays as it was until a person says captured")
    return EXIT_OK


def cmd_check_sites(args: argparse.Namespace) -> int:
    """`crawler check-sites`: exit 0 when every site is ok, 3 when one is not."""
    from .checksites import check_site, format_check
    from .sites import UnknownSite, all_sites, get_site

    try:
        sites = [get_site(n) for n in args.sites] if args.sites else all_sites()
        base_urls = _base_urls(args.base_url or [], [s.name for s in sites])
        for name, url in base_urls.items():
            get_site(name)
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"--base-url {name}={url}: an http(s) address is needed")
    except (UnknownSite, ValueError) as exc:
        print(f"crawler check-sites: {exc}", file=sys.stderr)
        return EXIT_USAGE
    worst = EXIT_OK
    for site in sites:
        check = check_site(site, base_url=base_urls.get(site.name), articles=args.articles, delay=args.delay,
                           learn_drifted=args.learn, save=args.save)
        print(format_check(check), flush=True)
        if check.verdict != "ok":
            worst = EXIT_BROKEN
    return worst


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="crawler",
        description="Crawl Vietnamese provincial news portals into clean article items.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sp = sub.add_parser("parse", help="parse a page (file or URL) and print the article item",
                        description="Parse one page (FILE, '-' for stdin, .gz accepted, or a URL fetched when the "
                                    "network allows) into an article item and print it as UTF-8 JSON.")
    sp.add_argument("source", metavar="FILE|URL")
    sp.add_argument("--url", help="the page's URL (selects the site; defaults to the URL or the file's path)")
    sp.add_argument("--site", help="a declared site's name (overrides the URL's)")
    sp.add_argument("--table", action="store_true", help="also show the item as a readable table")
    sp.add_argument("--html", action="store_true", help="include body_html in the JSON")
    sp.set_defaults(func=cmd_parse)

    sn = sub.add_parser("new-site", help="declare a site over a CMS family (writes its file and its test)",
                        description="Write crawler/sites/NAME.py (the declaration) and tests/sites/test_site_NAME.py "
                                    "(its test), for a site on a known CMS family.")
    sn.add_argument("name", metavar="NAME", help="short name, lower case (e.g. baoangiang)")
    sn.add_argument("--family", required=True, help="CMS family: a_id, ym_slug, mcms, liferay, vnexpress, ...")
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
    sf.add_argument("--name", help="file name stem (default: from the URL)")
    sf.add_argument("--force", action="store_true", help="replace an existing fixture")
    sf.set_defaults(func=cmd_save_fixture)

    ss = sub.add_parser("sites", help="list the declared sites", description="List every declared site.")
    ss.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ss.set_defaults(func=cmd_sites)

    sc = sub.add_parser("crawl", help="crawl sites (all when none named) into the store",
                        description="Crawl the named sites (all declared sites when none is named) into the "
                                    "store; only articles not stored yet are fetched. Writes a run report to "
                                    "output/reports/.")
    sc.add_argument("sites", nargs="*", metavar="SITE")
    sc.add_argument("--base-url", action="append", metavar="[SITE=]URL",
                    help="crawl from another origin (a local copy), e.g. http://127.0.0.1:8701; "
                         "SITE=URL for one of several sites (repeatable)")
    sc.add_argument("--status", metavar="S[,S]", help="with no site named: only sites of these statuses, e.g. "
                                                       "captured,modelled (leaves the unverified ones out)")
    sc.add_argument("--urls", metavar="FILE", help="instead of sites: fetch the article URLs listed in FILE (any "
                                                    "site; undeclared domains are counted in the report)")
    sc.add_argument("--db", help="database URL (default: DATABASE_URL or sqlite:///output/articles.db)")
    sc.add_argument("--max-pages", type=int, help="listing pages per start page at most (default 20)")
    sc.add_argument("-o", "--output", help="also write this run's items to a JSON Lines file")
    sc.add_argument("--fast-local", action="store_true", help="no politeness delays (for local copies only)")
    sc.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting (repeatable)")
    sc.add_argument("-q", "--quiet", action="store_true", help="no summary (the log is in output/logs/ anyway)")
    sc.add_argument("--lock", default="output/crawl.lock", help="lock file against overlapping runs "
                                                               "(default output/crawl.lock)")
    sc.add_argument("--distributed", action="store_true",
                    help="share the crawl among worker processes through Redis (REDIS_URL, default "
                         "redis://127.0.0.1:6379/0); the store must be shared too (PostgreSQL, or the SQLite file)")
    sc.add_argument("--workers", type=int, default=2, help="worker processes with --distributed (default 2)")
    sc.set_defaults(func=cmd_crawl)

    se = sub.add_parser("export", help="write a feed of stored articles (jsonl, csv, atom)",
                        description="Write the stored articles as JSON Lines, CSV (opens in Excel) or Atom.")
    se.add_argument("--format", "-f", choices=("jsonl", "csv", "atom"), default="jsonl")
    se.add_argument("--site", help="only this site")
    se.add_argument("--province", help="only this province (current name, e.g. 'Đồng Tháp')")
    se.add_argument("--since", help="only articles published on or after this date (YYYY-MM-DD)")
    se.add_argument("-o", "--output", default="-", help="output file (default: standard output), or a folder "
                                                         "with --per")
    se.add_argument("--per", choices=("site", "province"), help="one feed per site or per province (the places "
                                                                 "articles are about), in the folder -o")
    se.add_argument("--db", help="database URL (default: DATABASE_URL or sqlite:///output/articles.db)")
    se.set_defaults(func=cmd_export)

    sr = sub.add_parser("search", help="search the stored articles (diacritics and case ignored)",
                        description="Full-text search over title, sapo and body; 'cai lay' finds 'Cai Lậy'. "
                                    "Best matches first.")
    sr.add_argument("query", metavar="QUERY")
    sr.add_argument("--since", help="published on or after this date (YYYY-MM-DD)")
    sr.add_argument("--province", help="about this province (current or former name)")
    sr.add_argument("--site", help="only this site")
    sr.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    sr.add_argument("--json", action="store_true", help="JSON Lines instead of text")
    sr.add_argument("--db", help="database URL (default: DATABASE_URL or sqlite:///output/articles.db)")
    sr.set_defaults(func=cmd_search)

    sb = sub.add_parser("browse", help="open the store in Datasette (tables described, search on)",
                        description="Serve the SQLite store with Datasette on 127.0.0.1, tables and columns "
                                    "described, full-text search that ignores diacritics.")
    sb.add_argument("--db", help="database URL (default: DATABASE_URL or sqlite:///output/articles.db)")
    sb.add_argument("--host", default="127.0.0.1")
    sb.add_argument("--port", type=int, default=8001)
    sb.set_defaults(func=cmd_browse)

    sk = sub.add_parser("cluster", help="group republished stories (cluster_id) in the store",
                        description="Give every stored article its story cluster: articles whose text is nearly "
                                    "the same across sites share the cluster_id of the earliest one. `crawler crawl` "
                                    "does this after each run.")
    sk.add_argument("--db", help="database URL (default: DATABASE_URL or sqlite:///output/articles.db)")
    sk.set_defaults(func=cmd_cluster)

    sl = sub.add_parser("learn", help="learn a site's layout from a few of its article pages",
                        description="Find, by agreement across several article pages of one site, the elements "
                                    "that hold title, lead, body, date, byline, captions, tags, breadcrumb and "
                                    "attachments; write crawler/sites/NAME.py (the nearest family and selector "
                                    "overrides), print what it extracts from each page, and save the pages as "
                                    "draft fixtures. --update relearns a declared site after a redesign.")
    sl.add_argument("name", metavar="NAME", help="the site's short name (lower case, e.g. baoangiang)")
    sl.add_argument("sources", nargs="+", metavar="SOURCE",
                    help="an article URL (fetched politely) or FILE=URL (a saved page and its address); three at least")
    sl.add_argument("--domain", action="append", help="host name (repeatable; not with --update)")
    sl.add_argument("--province", help="the province, current or former name (not with --update)")
    sl.add_argument("--title", help="the outlet's name, e.g. 'Báo An Giang'")
    sl.add_argument("--kind", choices=("paper", "portal", "national"), help="default: portal for *.gov.vn, else paper")
    sl.add_argument("--family", help="use this CMS family instead of the nearest one")
    sl.add_argument("--update", action="store_true", help="relearn a declared site: keeps its province, start "
                                                          "pages and status, replaces its selectors")
    sl.add_argument("--no-save", action="store_true", help="do not save the pages as draft fixtures")
    sl.add_argument("--force", action="store_true", help="replace an existing declaration (without --update)")
    sl.set_defaults(func=cmd_learn)

    sh = sub.add_parser("check-sites", help="check declared sites against the live sites (first run, cron)",
                        description="For each declared site (all when none is named): fetch its start pages and a "
                                    "few articles, and report reachability, article links, the selectors that "
                                    "matched, the fields that fell back and a verdict: ok, drifted, unreachable "
                                    "or no articles. Exit 0 when all are ok, 3 otherwise.")
    sh.add_argument("sites", nargs="*", metavar="SITE")
    sh.add_argument("--base-url", action="append", metavar="[SITE=]URL",
                    help="check a copy served elsewhere, e.g. http://127.0.0.1:8701 (SITE=URL for one of several)")
    sh.add_argument("--articles", type=int, default=5, help="article pages per site (default 5)")
    sh.add_argument("--delay", type=float, default=1.0, help="seconds between two requests (default 1)")
    sh.add_argument("--learn", action="store_true", help="learn each drifted site and write the proposal beside "
                                                         "its declaration (crawler/sites/_learned_NAME.py)")
    sh.add_argument("--save", action="store_true", help="save the article pages judged as draft fixtures")
    sh.set_defaults(func=cmd_check_sites)

    sv = sub.add_parser("serve-samples", help="serve generated sample portals on 127.0.0.1",
                        description="Serve one generated portal per CMS family on 127.0.0.1 (home, listings "
                                    "with pagination, RSS, sitemap, robots.txt, articles) until Ctrl-C.")
    sv.add_argument("sites", nargs="*", metavar="SITE")
    sv.add_argument("--articles", type=int, default=30, help="articles per portal (default 30)")
    sv.add_argument("--port", type=int, default=DEMO_PORT, help=f"first port (default {DEMO_PORT}); one per portal")
    sv.add_argument("--edition", type=int, default=1, help="2 serves updated and new articles")
    sv.set_defaults(func=cmd_serve_samples)

    sd = sub.add_parser("demo", help="run the demo (what `make demo` runs)",
                        description="Start the sample portals, crawl them into output/articles.db, write "
                                    "output/feeds/articles.{jsonl,csv,atom} and print a summary.")
    sd.add_argument("--output", default="output", help="output folder (default: output)")
    sd.add_argument("--articles", type=int, default=30, help="articles per sample portal (default 30)")
    sd.add_argument("--port", type=int, default=DEMO_PORT, help=f"first port of the sample portals (default {DEMO_PORT})")
    sd.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    # The Scrapy settings are the package's, whatever folder cron starts us in.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `crawler search … | head`: the reader has gone, that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
