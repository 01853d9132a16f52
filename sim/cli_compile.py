"""``joinsim compile-model``: compile ``model/`` with mypyc for the simulator (see ``sim/compiled_model.py``)."""

from __future__ import annotations

import argparse
import sys


def cmd_compile_model(args: argparse.Namespace) -> int:
    from sim import compiled_model

    if args.check:
        found = compiled_model.find_build()
        print(f"compiled model: {found}" if found else "model/ has no up-to-date compiled build")
        return 0 if found else 1
    try:
        target, compiled_now = compiled_model.build(force=args.force)
    except compiled_model.BuildError as error:
        print(f"joinsim: error: the model could not be compiled; the simulator will run it as plain Python.\n{error}",
              file=sys.stderr)
        return 1
    if not args.quiet or compiled_now:
        print(f"compiled model {'built' if compiled_now else 'up to date'}: {target}")
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("compile-model", help="compile model/ with mypyc for faster simulations (same results)")
    p.add_argument("--force", action="store_true", help="compile again even if the build is up to date")
    p.add_argument("--check", action="store_true", help="only say whether an up-to-date build exists (exit 1: no)")
    p.add_argument("--quiet", action="store_true", help="say nothing when the build is already up to date")
    p.set_defaults(func=cmd_compile_model)
