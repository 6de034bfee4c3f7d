"""``python -m crawler.samples [SITE ...] [--articles N] [--port P] [--edition E] [--redesign SEED]``: serve
sample portals."""

from __future__ import annotations

import argparse
import sys

from . import SAMPLE_SITES, serve_forever


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.samples",
                                     description="Serve sample portals on 127.0.0.1 until Ctrl-C.")
    parser.add_argument("sites", nargs="*", metavar="SITE", help=f"portals to serve (default all: {', '.join(SAMPLE_SITES)})")
    parser.add_argument("--articles", type=int, default=30, help="articles per portal (default 30)")
    parser.add_argument("--port", type=int, default=8701, help="port of the first portal, the next ones follow (0: any)")
    parser.add_argument("--edition", type=int, default=1, help="2 revises a tenth of the articles and adds three")
    parser.add_argument("--redesign", type=int, metavar="SEED",
                        help="serve the redesign edition: every class and id renamed (SEED picks the names)")
    args = parser.parse_args(argv)
    unknown = [s for s in args.sites if s not in SAMPLE_SITES]
    if unknown:
        parser.error(f"no sample portal for {', '.join(unknown)}")
    serve_forever(args.sites or list(SAMPLE_SITES), args.articles, args.port, args.edition, args.redesign)
    return 0


if __name__ == "__main__":
    sys.exit(main())
