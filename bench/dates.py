"""Benchmark crawler.dates against dateparser on the shared Vietnamese date corpus.

    python bench/dates.py [--repeat N] [--rounds R]

Both parsers read the same strings: the inputs of tests/data/vi_dates.tsv, the corpus repeated
``--repeat`` times per timed pass. The engines take turns round by round (a round is one pass of
each dateparser variant and ten of ours, which is ~100x faster) and each figure is the best pass,
after a warm-up, timed with time.perf_counter with GC paused. Reported:

(a) the strings our fast path answers (method "fast" or "relative"),
(b) the whole corpus (negatives and anything that falls back to dateparser included),

as strings/second for ``crawler.dates.parse_date`` and for a plain
``dateparser.parse(s, languages=["vi"], settings={...})`` (which builds its parser on every call, as
callers usually use it), plus a pre-built ``DateDataParser`` for reference; and the accuracy of both
on the corpus, judged as in tests/test_dates.py (calendar date for a bare-date expectation, same
instant for a datetime, nothing for NONE). Takes about 10 s with the defaults.
"""

from __future__ import annotations

import argparse
import csv
import gc
import platform
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "tests" / "data" / "vi_dates.tsv"
sys.path.insert(0, str(ROOT))

from crawler.dates import VN_TZ, parse_date, parse_date_info  # noqa: E402

REF = datetime(2023, 12, 8, 15, 0, tzinfo=VN_TZ)
DP_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DATES_FROM": "past",
    "RELATIVE_BASE": REF.replace(tzinfo=None),
}


def load() -> list[tuple[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [(r[0], r[1]) for r in rows[1:]]


def correct(value: datetime | None, expected: str) -> bool:
    if expected == "NONE":
        return value is None
    if value is None:
        return False
    if value.tzinfo is None:
        value = value.replace(tzinfo=VN_TZ)
    if len(expected) == 10:
        return value.astimezone(VN_TZ).date().isoformat() == expected
    return value == datetime.fromisoformat(expected)


def warm_up(fn: Callable[[str], object], strings: Sequence[str], seconds: float = 0.3) -> None:
    """Lazy imports, regex and locale caches, and the CPU's clock: at least ``seconds`` of work."""
    t_end = time.perf_counter() + seconds
    i = 0
    while i < 200 or time.perf_counter() < t_end:
        fn(strings[i % len(strings)])
        i += 1


def one_pass(fn: Callable[[str], object], strings: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for s in strings:
        fn(s)
    return time.perf_counter() - t0


def best_rates(
    engines: dict[str, tuple[Callable[[str], object], int]], strings: Sequence[str], rounds: int
) -> dict[str, float]:
    """Strings per second of each engine: the best of its timed passes over ``strings``.

    The engines take turns round by round (engine name -> (function, passes per round)), so a slow
    spell of the machine hits all of them alike; GC is paused while timing, as timeit does.
    """
    for fn, _ in engines.values():
        warm_up(fn, strings)
    best = dict.fromkeys(engines, float("inf"))
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            for name, (fn, passes) in engines.items():
                for _ in range(passes):
                    best[name] = min(best[name], one_pass(fn, strings))
    finally:
        gc.enable()
    return {name: len(strings) / t for name, t in best.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="corpus repetitions per timed pass (default 3)")
    ap.add_argument(
        "--rounds", type=int, default=4, help="timed rounds; a round is 1 pass of dateparser, 10 of ours"
    )
    args = ap.parse_args(argv)

    try:
        import dateparser
        from dateparser.date import DateDataParser
    except ImportError:
        print("dateparser is not installed: pip install dateparser", file=sys.stderr)
        return 2

    rows = load()
    ours_info = {text: parse_date_info(text, REF) for text, _ in rows}
    fast = [t for t, _ in rows if ours_info[t] is not None and ours_info[t].method in ("fast", "relative")]
    fell_back = [t for t, _ in rows if ours_info[t] is not None and ours_info[t].method == "dateparser"]
    negatives = [t for t, e in rows if e == "NONE"]

    def ours(s: str) -> datetime | None:
        return parse_date(s, REF)

    def dp_parse(s: str) -> datetime | None:
        return dateparser.parse(s, languages=["vi"], settings=DP_SETTINGS)

    prebuilt = DateDataParser(languages=["vi"], settings=DP_SETTINGS)

    def dp_prebuilt(s: str) -> datetime | None:
        return prebuilt.get_date_data(s).date_obj

    t_start = time.perf_counter()
    corpus = [t for t, _ in rows] * args.repeat
    fast_list = fast * args.repeat
    ours_passes = 10
    engines = {"ours": (ours, ours_passes), "dp": (dp_parse, 1), "dp_pre": (dp_prebuilt, 1)}
    rates: dict[tuple[str, str], float] = {}
    for label, strings in (("fast", fast_list), ("all", corpus)):
        for name, rate in best_rates(engines, strings, args.rounds).items():
            rates[name, label] = rate

    acc_ours = sum(correct(ours(t), e) for t, e in rows)
    acc_dp = sum(correct(dp_parse(t), e) for t, e in rows)
    acc_pre = sum(correct(dp_prebuilt(t), e) for t, e in rows)
    wrong_ours = [t for t, e in rows if not correct(ours(t), e)]
    elapsed = time.perf_counter() - t_start

    n = len(rows)
    dates_n = n - len(negatives)
    print(f"Python {platform.python_version()}, dateparser {dateparser.__version__}")
    print(f"corpus {TSV.relative_to(ROOT)}: {n} strings ({dates_n} dates, {len(negatives)} NONE), "
          f"reference {REF.isoformat()}")  # fmt: skip
    print(f"a pass parses the corpus x{args.repeat}; best of {args.rounds * ours_passes} passes (ours) / "
          f"{args.rounds} (dateparser), taking turns, after a warm-up, GC paused while timing")  # fmt: skip
    fell = f"{len(fell_back)} fell back to dateparser" + (f": {fell_back!r}" if fell_back else "")
    print(f"our fast path answers {len(fast)}/{dates_n} date strings; {fell}")
    print()

    def line(label: str, a: str, b: str) -> None:
        print(f"{label:38} {a:>22} {b:>18}")

    def rate(engine: str) -> tuple[str, str]:
        return f"{rates[engine, 'fast']:,.0f} /s", f"{rates[engine, 'all']:,.0f} /s"

    def ratio(engine: str) -> tuple[float, float]:
        return rates["ours", "fast"] / rates[engine, "fast"], rates["ours", "all"] / rates[engine, "all"]

    line("", "(a) fast-path strings", "(b) whole corpus")
    line("crawler.dates.parse_date", *rate("ours"))
    line("dateparser.parse (vi, settings)", *rate("dp"))
    line("dateparser, pre-built DateDataParser", *rate("dp_pre"))
    r_fast, r_all = ratio("dp")
    line("speed-up vs dateparser.parse", f"{r_fast:.0f}x", f"{r_all:.0f}x")
    line("speed-up vs pre-built DateDataParser", *(f"{r:.0f}x" for r in ratio("dp_pre")))
    met = "met" if r_fast >= 50 and r_all >= 10 else "NOT met"
    print(f"targets vs dateparser.parse: >=50x on (a), >=10x on (b): {met}")
    print()
    print(f"accuracy on the corpus: crawler.dates {acc_ours}/{n} ({acc_ours / n:.1%}), "
          f"dateparser.parse {acc_dp}/{n} ({acc_dp / n:.1%}), "
          f"pre-built DateDataParser {acc_pre}/{n} ({acc_pre / n:.1%})")  # fmt: skip
    if wrong_ours:
        print("crawler.dates got wrong:", wrong_ours)
    print(f"benchmark time {timedelta(seconds=round(elapsed))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
