"""`crawler learn` and `crawler check-sites`: a site teaches the crawler its layout; declarations are
checked against the live sites (the work is ``crawler.learn`` and ``crawler.checksites``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import EXIT_BROKEN, EXIT_FAILED, EXIT_OK, EXIT_USAGE
from . import args as types

__all__ = ["add_parsers"]


def _non_negative(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds: give 0 or more") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not allowed: give 0 or more seconds")
    return n


def cmd_learn(args: argparse.Namespace) -> int:
    """Arguments checked before any fetch; the work is crawler.learn's."""
    from ..learn import MIN_PAGES, LearnError, learn
    from ..learn.declare import write_learned
    from ..learn.report import report
    from ..learn.sources import BadSource, SourceError, check_sources, read_sources
    from ..parsers import FAMILIES, PageError
    from ..sitegen import PACKAGE, SiteSpecError, check_spec
    from ..sites import UnknownSite, get_site

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
    """Exit 0 when every site is ok, 3 when one is not."""
    from ..checksites import check_site, format_check
    from ..sites import all_sites, get_site

    names = types.site_names(args.sites) if args.sites else [s.name for s in all_sites()]
    base_urls = types.base_urls(args.base_url or [], names)
    worst = EXIT_OK
    for site in (get_site(n) for n in names):
        check = check_site(site, base_url=base_urls.get(site.name), articles=args.articles, delay=args.delay,
                           learn_drifted=args.learn, save=args.save)
        print(format_check(check), flush=True)
        if check.verdict != "ok":
            worst = EXIT_BROKEN
    return worst


def add_parsers(sub: Any) -> None:
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
    sh.add_argument("--articles", type=types.positive_int, default=5, help="article pages per site (default 5)")
    sh.add_argument("--delay", type=_non_negative, default=1.0, help="seconds between two requests (default 1)")
    sh.add_argument("--learn", action="store_true", help="learn each drifted site and write the proposal beside "
                                                         "its declaration (crawler/sites/_learned_NAME.py)")
    sh.add_argument("--save", action="store_true", help="save the article pages judged as draft fixtures")
    sh.set_defaults(func=cmd_check_sites)
