"""`crawler crawl`: the operator's command (from cron: one command, a lock, a log, a clear exit code)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import EXIT_BROKEN, EXIT_FAILED, EXIT_OK, args as types

__all__ = ["add_parser", "cmd_crawl", "print_report"]


def add_parser(sub: Any) -> None:
    sc = sub.add_parser("crawl", help="crawl sites (all when none named) into the store",
                        description="Crawl the named sites (all declared sites when none is named) into the "
                                    "store; only articles not stored yet are fetched, and what a stopped run "
                                    "left owed. Writes a run report to output/reports/.")
    sc.add_argument("sites", nargs="*", metavar="SITE")
    sc.add_argument("--base-url", action="append", metavar="[SITE=]URL",
                    help="crawl from another origin (a local copy), e.g. http://127.0.0.1:8701; "
                         "SITE=URL for one of several sites (repeatable)")
    sc.add_argument("--status", metavar="S[,S]", type=types.statuses,
                    help="with no site named: only sites of these statuses (captured, modelled, unverified), "
                         "e.g. captured,modelled")
    sc.add_argument("--urls", metavar="FILE", type=types.urls_file,
                    help="instead of sites: fetch the article URLs listed in FILE (any site; undeclared domains "
                         "are counted in the report)")
    sc.add_argument("--db", type=types.db_url, help="database URL (default: DATABASE_URL or "
                                                    "sqlite:///output/articles.db)")
    sc.add_argument("--max-pages", type=types.positive_int, help="listing pages per start page at most (default 20)")
    sc.add_argument("-o", "--output", help="also write this run's items to a JSON Lines file")
    sc.add_argument("--fast-local", action="store_true", help="no politeness delays (for local copies only)")
    sc.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", type=types.setting,
                    help="a Scrapy setting (repeatable)")
    sc.add_argument("-q", "--quiet", action="store_true", help="no summary (the log is in output/logs/ anyway)")
    sc.add_argument("--distributed", action="store_true",
                    help="share the crawl among worker processes through Redis (REDIS_URL, default "
                         "redis://127.0.0.1:6379/0); the store must be shared too (PostgreSQL, or the SQLite file)")
    sc.add_argument("--workers", type=types.positive_int, default=2,
                    help="worker processes with --distributed (default 2)")
    sc.set_defaults(func=cmd_crawl)


def cmd_crawl(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..lifecycle import LOCAL_SETTINGS, crawl
    from ..sites import all_sites

    if args.urls:
        if args.sites:
            raise UsageError("give either site names or --urls, not both")
        names = ["urls"]
    elif args.sites:
        names = types.site_names(args.sites)
    else:
        names = [s.name for s in all_sites() if args.status is None or s.status in args.status]
        if not names:
            raise UsageError(f"no declared site has the status {','.join(sorted(args.status))}")
    overrides: dict[str, Any] = {"SITE_BASE_URLS": types.base_urls(args.base_url or [], names)}
    if args.db:
        overrides["DATABASE_URL"] = args.db
    if args.max_pages:
        overrides["MAX_LISTING_PAGES"] = args.max_pages
    if args.output:
        overrides["RUN_OUTPUT"] = args.output
    if args.fast_local:
        overrides.update(LOCAL_SETTINGS)
    for key, value in args.set or []:
        overrides[key] = value
    quiet = args.quiet or not sys.stderr.isatty()  # under cron: the log file only
    if not quiet:
        overrides.setdefault("PROGRESS_INTERVAL", 5)
    spider_args = {"urls": args.urls} if args.urls else None
    if args.distributed:
        from redis.exceptions import ConnectionError as RedisConnectionError

        try:
            report = crawl(names, overrides, quiet=quiet, spider_args=spider_args, workers=args.workers)
        except RedisConnectionError as exc:
            print(f"crawler crawl: cannot reach Redis ({exc}); start it or set REDIS_URL", file=sys.stderr)
            return EXIT_FAILED
    else:
        report = crawl(names, overrides, quiet=quiet, spider_args=spider_args)
    return judge(report, quiet=args.quiet)


def judge(report: dict[str, Any], quiet: bool = False) -> int:
    """Print the summary (unless ``quiet``) and what went wrong; the exit code of the run."""
    if not quiet:
        print_report(report)
    for worker, error in (report.get("worker_errors") or {}).items():
        print(f"crawler crawl: worker {worker}: {error}", file=sys.stderr)
    broken = {name: sec["problems"] for name, sec in report["sites"].items() if sec.get("broken")}
    for name, problems in broken.items():
        print(f"crawler crawl: site {name} is broken: {'; '.join(problems)}", file=sys.stderr)
    if report.get("store_error"):
        print(f"crawler crawl: {report['store_error']}", file=sys.stderr)
    unfinished = [name for name, sec in report["sites"].items() if not sec.get("complete")]
    if report.get("interrupted"):
        print(f"crawler crawl: stopped by {report['interrupted']} before the end; the next run resumes "
              f"{', '.join(unfinished) or 'it'}", file=sys.stderr)
        return EXIT_FAILED
    if unfinished or report.get("worker_errors") or report.get("store_error"):
        why = sorted({str(report["sites"][n].get("finish_reason")) for n in unfinished})
        print(f"crawler crawl: {len(unfinished)} site(s) did not finish ({', '.join(why) or 'store error'}): "
              f"{', '.join(unfinished)}; fix what the log says, the next run resumes them", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_BROKEN if broken else EXIT_OK


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
