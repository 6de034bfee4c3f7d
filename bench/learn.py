"""How much of a redesign the family parsers keep, and how much a learned declaration gets back.

    python bench/learn.py [--seed S] [--learn 11-15] [--check 1-10]

For each sample portal: the portal served through ``Redesign(seed)`` (every class and id renamed),
a declaration learned from the ``--learn`` article pages, and the ``--check`` pages read three ways:
the family parser on the ORIGINAL markup (the ground truth), the family parser on the renamed markup
(what a redesign leaves), the learned declaration on the renamed markup. Reported per family: the
fields (title, body, published time, authors, captions, tags) equal to the ground truth. A few
seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.learn import learn
from crawler.parsers import family_class
from crawler.samples import SAMPLE_SITES, Portal
from crawler.samples.redesign import RedesignedPortal

FIELDS = ("title", "body", "published_at", "authors", "captions", "tags")


def _value(item: dict[str, Any], field: str) -> Any:
    if field == "captions":
        return [im["caption"] for im in item["images"] if im.get("caption")]
    return item[field]


def _ids(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=random.randrange(1, 10**6))
    ap.add_argument("--learn", default="11-15", help="article ids learned from (default 11-15)")
    ap.add_argument("--check", default="1-10", help="article ids checked (default 1-10)")
    args = ap.parse_args()
    learn_ids, check_ids = _ids(args.learn), _ids(args.check)
    print(f"seed {args.seed}; learned from {len(learn_ids)} pages, {len(check_ids)} checked, fields {', '.join(FIELDS)}")
    print(f"{'site':<12} {'family':<14} {'redesigned':>10} {'learned':>8}")
    totals = [0, 0, 0]
    for site in SAMPLE_SITES:
        portal = Portal(site, max(30, *learn_ids, *check_ids))
        red = RedesignedPortal(portal, args.seed)
        learned = learn([(red.page(i).encode(), portal.article_url(i)) for i in learn_ids])
        truth, ours = family_class(portal.family)(), family_class(learned.family)(learned.overrides)
        kept = got = 0
        for i in check_ids:
            url = portal.article_url(i)
            want = truth.parse(portal.handle(portal.article_path(i))[2], url)
            renamed = red.page(i)
            plain, learnt = truth.parse(renamed, url), ours.parse(renamed, url)
            kept += sum(_value(plain, f) == _value(want, f) for f in FIELDS)
            got += sum(_value(learnt, f) == _value(want, f) for f in FIELDS)
        n = len(check_ids) * len(FIELDS)
        totals = [totals[0] + kept, totals[1] + got, totals[2] + n]
        print(f"{site:<12} {portal.family + ('' if learned.family == portal.family else ' → ' + learned.family):<14} "
              f"{kept:>5}/{n:<4} {got:>4}/{n}")
    kept, got, n = totals
    print(f"{'all':<27} {kept:>5}/{n:<4} {got:>4}/{n}   ({100 * kept / n:.0f} % → {100 * got / n:.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
