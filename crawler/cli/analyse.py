"""The analysts' commands (`export`, `search`, `browse`, `cluster`) and the demo (`demo`, `serve-samples`).

Every command here but `cluster` only reads the store: it opens it with ``create=False``, so a mistyped
``--db`` is an error that says so, never a new empty store.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from . import EXIT_FAILED, EXIT_OK, args as types

__all__ = ["add_parsers"]

DEMO_PORT = 8701
DB_HELP = "database URL (default: DATABASE_URL or sqlite:///output/articles.db)"


def _open(args: argparse.Namespace, *, create: bool = False) -> Any:
    from ..store import Store, database_url

    return Store(args.db or database_url(), create=create)


def _site(name: str | None) -> str | None:
    return types.site_names([name])[0] if name else None


def cmd_export(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..export import export, export_per

    site = _site(args.site)
    if args.per:
        out = Path(args.output)
        if args.output == "-" or (out.exists() and not out.is_dir()):
            raise UsageError(f"--per writes one file per {args.per}: give a folder with -o, not {args.output!r}")
    with _open(args) as store:
        if args.per:
            written = export_per(store, args.per, args.format, args.output, since=args.since, raw=args.raw)
            print(f"{len(written)} feeds written to {args.output}", file=sys.stderr)
            return EXIT_OK
        n = export(store, args.format, args.output, site=site, province=args.province, since=args.since,
                   raw=args.raw, limit=args.limit, link=args.link)
    if args.output != "-":
        print(f"{n} articles written to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_cluster(args: argparse.Namespace) -> int:
    with _open(args) as store:
        stats = store.update_clusters()
    print(f"{stats['articles']} articles, {stats['clustered_now']} clustered now, {stats['in_groups']} in groups "
          "of republished stories", file=sys.stderr)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    site = _site(args.site)
    with _open(args) as store:
        hits = store.search(args.query, since=args.since, province=args.province, site=site, limit=args.limit)
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
    from sqlalchemy.engine import make_url

    from ..browse import PLUGINS_DIR, ensure_views, write_metadata
    from ..errors import UsageError
    from ..store import database_url

    url = args.db or database_url()
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise UsageError("Datasette browses SQLite stores; export from another database first")
    _open(args).close()  # no store: an error; an older store's schema is brought up to date (search table)
    db = Path(parsed.database)
    ensure_views(db)
    meta = write_metadata(db.parent / "datasette-metadata.json", db.stem)
    cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(meta), "--host", args.host,
           "--port", str(args.port), "--plugins-dir", str(PLUGINS_DIR), "--setting", "default_page_size", "50",
           "--setting", "truncate_cells_html", "240", "--setting", "default_facet_size", "10"]
    print(f"Datasette on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr, flush=True)
    # Datasette takes this process's place: a signal that stops `crawler browse` stops the server, and no
    # server outlives the command that started it
    os.execv(sys.executable, cmd)
    return EXIT_FAILED  # pragma: no cover - execv does not return


def cmd_serve_samples(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..samples import SAMPLE_SITES, serve_forever

    sites = args.sites or list(SAMPLE_SITES)
    unknown = [s for s in sites if s not in SAMPLE_SITES]
    if unknown:
        raise UsageError(f"no sample portal for {', '.join(unknown)}; there are: {', '.join(SAMPLE_SITES)}")
    serve_forever(sites, args.articles, args.port, edition=args.edition)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Start the sample portals, crawl them all into the store, write the feeds, print a summary."""
    from ..export import export, export_per
    from ..lifecycle import LOCAL_SETTINGS, crawl
    from ..samples import SAMPLE_SITES, Portal, SampleServer
    from ..store import Store
    from .crawl import print_report

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
        report = crawl(list(server.urls), {
            **LOCAL_SETTINGS,
            "SITE_BASE_URLS": server.urls,
            "DATABASE_URL": db_url,
            "REPORT_DIR": str(out / "reports"),
            "LOG_FILE": str(out / "logs" / "demo.log"),
            "LOG_LEVEL": "INFO",
        }, quiet=True)
    finally:
        server.stop()
    with Store(db_url) as store:
        feeds = out / "feeds"
        counts = {fmt: export(store, fmt, feeds / f"articles.{fmt}") for fmt in ("jsonl", "csv", "atom")}
        per = {kind: export_per(store, kind, "atom", feeds / "atom") for kind in ("site", "province")}
        totals = {name: store.count(name) for name in report["sites"]}
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
    db_flag = "" if out == Path("output") else f" --db {db_url}"
    print("\nNext:")
    print(f"  .venv/bin/crawler search \"cai lay\"{db_flag}        # search the store (diacritics ignored)")
    print(f"  .venv/bin/crawler browse{db_flag}                  # Datasette: the news table and a dashboard")
    print("  .venv/bin/crawler serve-samples                 # serve the portals and crawl them yourself")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    se = sub.add_parser("export", help="write a feed of stored articles (jsonl, csv, atom)",
                        description="Write the stored articles as JSON Lines, CSV (opens in Excel) or Atom. In CSV, "
                                    "a cell that starts with = + - @ (or a tab or carriage return) gets a leading ' "
                                    "so that a spreadsheet shows it as text instead of running it as a formula; "
                                    "--raw writes the values as they are.")
    se.add_argument("--format", "-f", type=types.one_of(("jsonl", "csv", "atom")), default="jsonl",
                    help="jsonl (default), csv or atom")
    se.add_argument("--site", help="only this site")
    se.add_argument("--province", type=types.province, help="only this province (current or former name)")
    se.add_argument("--since", type=types.since, help="only articles published on or after this date (YYYY-MM-DD)")
    se.add_argument("-o", "--output", default="-", help="output file (default: standard output), or a folder "
                                                         "with --per")
    se.add_argument("--per", type=types.one_of(("site", "province")),
                    help="one feed per site or per province (the places articles are about), in the folder -o")
    se.add_argument("--raw", action="store_true", help="CSV: write cells as they are (no ' before = + - @)")
    se.add_argument("--limit", type=types.positive_int,
                    help="the newest N articles at most (Atom: 1000 unless given; the others: all)")
    se.add_argument("--link", type=types.http_url, help="Atom: the feed's public address (its rel=self link)")
    se.add_argument("--db", type=types.db_url, help=DB_HELP)
    se.set_defaults(func=cmd_export)

    sr = sub.add_parser("search", help="search the stored articles (diacritics and case ignored)",
                        description="Full-text search over title, sapo and body; 'cai lay' finds 'Cai Lậy'. "
                                    "Best matches first.")
    sr.add_argument("query", metavar="QUERY")
    sr.add_argument("--since", type=types.since, help="published on or after this date (YYYY-MM-DD)")
    sr.add_argument("--province", type=types.province, help="about this province (current or former name)")
    sr.add_argument("--site", help="only this site")
    sr.add_argument("--limit", type=types.positive_int, default=20, help="at most this many (default 20)")
    sr.add_argument("--json", action="store_true", help="JSON Lines instead of text")
    sr.add_argument("--db", type=types.db_url, help=DB_HELP)
    sr.set_defaults(func=cmd_search)

    sb = sub.add_parser("browse", help="open the store in Datasette (tables described, search on)",
                        description="Serve the SQLite store with Datasette on 127.0.0.1, tables and columns "
                                    "described, full-text search that ignores diacritics.")
    sb.add_argument("--db", type=types.db_url, help=DB_HELP)
    sb.add_argument("--host", default="127.0.0.1")
    sb.add_argument("--port", type=types.port, default=8001)
    sb.set_defaults(func=cmd_browse)

    sk = sub.add_parser("cluster", help="group republished stories (cluster_id) in the store",
                        description="Give every stored article its story cluster: articles whose text is nearly "
                                    "the same across sites share the cluster_id of the earliest one. `crawler crawl` "
                                    "does this after each run.")
    sk.add_argument("--db", type=types.db_url, help=DB_HELP)
    sk.set_defaults(func=cmd_cluster)

    sv = sub.add_parser("serve-samples", help="serve generated sample portals on 127.0.0.1",
                        description="Serve one generated portal per CMS family on 127.0.0.1 (home, listings "
                                    "with pagination, RSS, sitemap, robots.txt, articles) until Ctrl-C.")
    sv.add_argument("sites", nargs="*", metavar="SITE")
    sv.add_argument("--articles", type=types.positive_int, default=30, help="articles per portal (default 30)")
    sv.add_argument("--port", type=types.port, default=DEMO_PORT, help=f"first port (default {DEMO_PORT}); one per portal")
    sv.add_argument("--edition", type=types.positive_int, default=1, help="2 serves updated and new articles")
    sv.set_defaults(func=cmd_serve_samples)

    sd = sub.add_parser("demo", help="run the demo (what `make demo` runs)",
                        description="Start the sample portals, crawl them into output/articles.db, write "
                                    "output/feeds/articles.{jsonl,csv,atom} and print a summary.")
    sd.add_argument("--output", default="output", help="output folder (default: output)")
    sd.add_argument("--articles", type=types.positive_int, default=30, help="articles per sample portal (default 30)")
    sd.add_argument("--port", type=types.port, default=DEMO_PORT,
                    help=f"first port of the sample portals (default {DEMO_PORT})")
    sd.set_defaults(func=cmd_demo)
