"""The `crawler` command: parse, new-site, save-fixture, sites, crawl, export, search, browse, cluster,
learn, check-sites, serve-samples, demo. `crawler COMMAND --help` for each.

The CLI sits on top: it parses and checks arguments (``crawler.cli.args``), calls the library, and turns
what happened into an exit code and one line on standard error. Nothing imports from it.

Exit codes: 0 all well; 1 an expected failure stopped the command (the message says what to do);
2 a bad argument (the message names it and what is allowed); 3 the crawl ran but a site is broken;
75 another crawl holds the store's lock. No traceback reaches a user: an unexpected error is one line
too, with the traceback written to a file it names.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, Sequence

from .. import __version__

# Exit codes (documented in the README for cron users)
EXIT_OK = 0  # all well
EXIT_FAILED = 1  # an error stopped the command
EXIT_USAGE = 2  # wrong arguments or unknown site
EXIT_BROKEN = 3  # the crawl ran, but a site is broken (its items fell below its thresholds)
EXIT_LOCKED = 75  # another crawl holds the lock (EX_TEMPFAIL: try again later)

__all__ = ["EXIT_BROKEN", "EXIT_FAILED", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE", "LOCAL_SETTINGS", "build_parser",
           "main"]


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


class Parser(argparse.ArgumentParser):
    """argparse, with a bad argument said in one line (``crawler crawl: argument --since: …``), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from . import analyse, crawl, learn, maintain

    p = Parser(prog="crawler", description="Crawl Vietnamese provincial news portals into clean article items.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    maintain.add_parsers(sub)
    crawl.add_parser(sub)
    analyse.add_parsers(sub)
    learn.add_parsers(sub)
    return p


def _crash_report(exc: BaseException) -> str:
    """Write the traceback of an unexpected error to a file; returns its path."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    text = "".join(traceback.format_exception(exc))
    for folder in (Path("output") / "logs", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8")
            return str(path)
        except OSError:
            continue
    return "(nowhere: no folder could be written)"


def main(argv: Sequence[str] | None = None) -> int:
    from ..errors import Locked, UsageError, UserError

    # The Scrapy settings are the package's, whatever folder cron starts us in.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    prog = f"crawler {args.command}"
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `crawler search … | head`: the reader has gone, that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Locked as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except UsageError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, the traceback in a file
        from ..store import store_error

        if type(exc).__module__.startswith("sqlalchemy"):
            print(f"{prog}: {store_error(exc, getattr(args, 'db', None) or '')}", file=sys.stderr)
            return EXIT_FAILED
        where = _crash_report(exc)
        print(f"{prog}: unexpected error ({type(exc).__name__}: {exc}); the details are in {where}: "
              "please report it", file=sys.stderr)
        return EXIT_FAILED


def __getattr__(name: str) -> Any:
    # LOCAL_SETTINGS moved to crawler.lifecycle; kept here for scripts that import it from the CLI
    if name == "LOCAL_SETTINGS":
        from ..lifecycle import LOCAL_SETTINGS

        return LOCAL_SETTINGS
    raise AttributeError(name)
