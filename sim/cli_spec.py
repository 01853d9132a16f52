"""``joinsim spec`` (the living documentation) and ``joinsim steps`` (the step catalogue)."""

from __future__ import annotations

import argparse
from pathlib import Path

SPEC_OUT = Path("reports") / "spec"


def cmd_spec(args: argparse.Namespace) -> int:
    from sim import livingdoc

    if args.dry_run:
        snippets, count = livingdoc.dry_run(args.tags)
        for snippet in snippets:
            print(snippet)
        print(f"{count} undefined step(s)" if count else "every step is defined")
        return 1 if count else 0
    code = livingdoc.run_spec(Path(args.out), tags=args.tags, quiet=args.quiet)
    print(f"living documentation: {Path(args.out) / 'index.html'} (also cucumber.json, junit.xml)")
    return code


def cmd_steps(args: argparse.Namespace) -> int:
    from sim import stepcatalogue

    entries = stepcatalogue.catalogue()
    if args.unused:
        unused = stepcatalogue.unused(entries)
        for entry in unused:
            print(f"{entry.area}.{entry.function}: {entry.phrases[0][2]}")
        print(f"{len(unused)} step function(s) no feature uses")
        return 0
    print(stepcatalogue.render(entries))
    return 0


def add_subcommand(sub) -> None:
    spec = sub.add_parser("spec", help="run the scenarios and write the living documentation to reports/spec/")
    spec.add_argument("--tags", metavar="EXPR", help='tag expression, e.g. "@nl and not @assumption"')
    spec.add_argument("--out", metavar="DIR", default=str(SPEC_OUT), help="output folder (default reports/spec)")
    spec.add_argument("--dry-run", action="store_true",
                      help="list undefined steps with a ready-to-paste snippet; exit 1 if there are any")
    spec.add_argument("--quiet", action="store_true", help="only the summary line")
    spec.set_defaults(func=cmd_spec)
    steps = sub.add_parser("steps", help="print the step catalogue in English, French and Dutch")
    steps.add_argument("--unused", action="store_true", help="list step functions no feature uses")
    steps.set_defaults(func=cmd_steps)
