"""``joinsim``: the command line. One sub-command per function below; to add one, write
``_add_NAME(subparsers)`` that registers its parser with ``set_defaults(func=...)`` and list it in
``SUBCOMMANDS``. A command returns its exit code; bad input raises ``UsageError`` (exit 2)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sim.config import SPECS, ConfigError

REPORTS = Path("reports")


class UsageError(Exception):
    """Bad flags or configuration: printed as one line, exit code 2, nothing written."""


# ------------------------------------------------------------------------------------------------ run
def _integer(field: str) -> Callable[[str], int]:
    """An integer flag; the range is checked with the config (one message for both)."""

    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"field '{field}' = {text!r} is not a whole number: "
                                             f"allowed {SPECS[field].allowed()}") from None

    parse.__name__ = "integer"
    return parse


def _run_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="TOML config (flags override it)")
    parser.add_argument("--users", type=_integer("users"), metavar="N", help="simulated users (default 5000)")
    parser.add_argument("--seed", type=_integer("seed"), metavar="S", help="root seed")
    parser.add_argument("--replications", type=_integer("replications"), metavar="R",
                        help="independent replications (default 1)")
    parser.add_argument("--workers", type=_integer("workers"), metavar="W",
                        help="worker processes (results do not change)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def _load_config(args: argparse.Namespace, config_path: str | None = None):
    from sim.config import load

    return load(config_path if config_path is not None else args.config, users=args.users, seed=args.seed,
                replications=args.replications, workers=args.workers)


def cmd_run(args: argparse.Namespace) -> int:
    from sim import runner
    from sim.outdir import check_out_dir
    from sim.population import read_roster

    started = time.perf_counter()
    config = _load_config(args)
    out = Path(args.out) if args.out else REPORTS / config.name
    check_out_dir(out, "--out" if args.out else "name")
    population = read_roster(args.roster, config) if args.roster else None
    if population is not None:
        config = config.with_overrides(users=len(population))
    summary = runner.run(config, out, population=population, csv=args.csv, quiet=args.quiet,
                         roster_name=Path(args.roster).name if args.roster else None)
    if not args.quiet:
        print(f"{summary['users']:,} users, {summary['joined']:,} joined, "
              f"prorated {summary['prorated_cents'] / 100:,.2f} = refunded {summary['refund_cents'] / 100:,.2f}"
              f" + credit {summary['credit_transferred_cents'] / 100:,.2f}; "
              f"{time.perf_counter() - started:.1f} s -> {out}/")
    return 0


def _add_run(sub) -> None:
    p = sub.add_parser("run", help="simulate a bulk migration and write reports/<run-name>/")
    _run_flags(p)
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/<name>)")
    p.add_argument("--roster", metavar="FILE.csv", help="the organisation's real users instead of a synthetic one")
    p.add_argument("--csv", action="store_true", help="also write users.csv")
    p.set_defaults(func=cmd_run)


# -------------------------------------------------------------------------------------------- compare
def cmd_compare(args: argparse.Namespace) -> int:
    from sim.compare import compare
    from sim.outdir import check_out_dir

    configs = [_load_config(args, path) for path in (args.a, args.b)]
    names = [Path(p).stem for p in (args.a, args.b)]
    if names[0] == names[1]:
        names = [names[0] + "-a", names[1] + "-b"]
    out = Path(args.out) if args.out else REPORTS / f"compare-{names[0]}-vs-{names[1]}"
    check_out_dir(out)
    result = compare(configs, names, out, quiet=args.quiet)
    if not args.quiet:
        for row in result["figures"]:
            print(f"{row['figure']:>38}: {row['a_mean']:>16,.2f} {row['b_mean']:>16,.2f}  "
                  f"diff {row['diff_mean']:>+14,.2f} [{row['diff_ci95_low']:,.2f}, {row['diff_ci95_high']:,.2f}]")
        print(f"-> {out}/")
    return 0


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="run two scenarios with common random numbers and compare them")
    p.add_argument("a", metavar="A.toml")
    p.add_argument("b", metavar="B.toml")
    _run_flags(p)
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/compare-A-vs-B)")
    p.set_defaults(func=cmd_compare)


SUBCOMMANDS: list[Callable] = [_add_run, _add_compare]
FAST_EXIT = {"run", "compare"}


def _extra_subcommands() -> list[Callable]:
    """Sub-commands other modules register (``sim/cli_*.py`` exposing ``add_subcommand``)."""
    found = []
    for path in sorted(Path(__file__).parent.glob("cli_*.py")):
        module = __import__(f"sim.{path.stem}", fromlist=["add_subcommand"])
        if hasattr(module, "add_subcommand"):
            found.append(module.add_subcommand)
    return found


def _on_sigterm(signum: int, _frame) -> None:
    from sim.outdir import Interrupted

    raise Interrupted(signum)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse errors: one line, exit 2
        self.exit(2, f"joinsim: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="joinsim", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in SUBCOMMANDS + _extra_subcommands():
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from sim.outdir import Interrupted

    previous_term = signal.getsignal(signal.SIGTERM)
    if argv is None:  # a killed run (SIGTERM) cleans up like Ctrl-C
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = int(args.func(args) or 0)
    except (ConfigError, UsageError) as exc:
        print(f"joinsim: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C: the output folder holds the previous report or none
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        print(f"joinsim: interrupted ({signal.Signals(signum).name}); no half-written report was left behind",
              file=sys.stderr)
        code = 128 + signum
        if argv is None:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        return code
    finally:
        if argv is None:
            signal.signal(signal.SIGTERM, previous_term)
    if argv is None and args.command in FAST_EXIT:
        # The outputs are written and renamed: skip tearing down millions of model objects one by one.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
