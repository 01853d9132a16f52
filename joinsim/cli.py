"""``joinsim``: the command line, a thin layer over the simulator (``sim``) and the living documentation
(``livingdoc``). Each command is a pair of functions, ``add_NAME(commands)`` (its flags, help and examples) and
``NAME(args)`` (what it does: parse, call the API, print), listed in ``COMMANDS``.

Exit codes: 0 done; 1 a scenario failed, a step is undefined, or a task failed for good; 2 bad input (one line,
``joinsim: error: …``, nothing written); 130 Ctrl-C and 143 SIGTERM (nothing half-written left behind).
This module imports only the standard library and ``joinsim.common.errors`` at start-up: each command imports the
simulator or the living documentation inside its function. Measured on 2026-12-06 (this 2-core machine, five runs):
``joinsim --help`` takes 0.58–0.68 s; importing the simulator and the living documentation up front takes
1.0–1.6 s, which every command would pay, ``joinsim steps`` and ``joinsim config`` included. These, and the
Python API's in ``joinsim/__init__.py``, are the project's only function-local imports (``tests/test_layers.py``).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from joinsim.common.errors import Interrupted, ModelFailed, UsageError

REPORTS = Path("reports")

DESCRIPTION = """\
joinsim: the executable specification and the bulk-migration simulator of adding existing users to a paid
account (a video-meeting organisation invites people who already have their own accounts into its paid
parent account)."""

EXAMPLES = """\
examples:
  joinsim run                                     a default organisation of 5,000 users -> reports/default/
  joinsim run --users 20000 --replications 10 --workers 2 --out reports/big
  joinsim run --roster org.csv --csv              the organisation's real users
  joinsim run --set billing=net_terms --set accept_share=0.7
  joinsim compare autopay.toml net_terms.toml --replications 10
  joinsim compare one.toml three.toml --model slowbilling:SlowBilling   your own model (slowbilling.py)
  joinsim sweep sweeps/contact_first.toml --executor dask --workers 2
  joinsim calibrate pilot.csv --out reports/pilot   fit the behaviour to a pilot -> fitted.toml
  joinsim config > my.toml                        every setting with its default, to edit
  joinsim spec                                    run the scenarios -> reports/spec/index.html
  joinsim steps                                   the step phrases, in English, French and Dutch

`joinsim COMMAND --help` shows a command's options. docs/analysts.md explains the reports."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: one line, exit 2
        self.exit(2, f"joinsim: error: {message}\n")


def _help(description: str, examples: str) -> dict:
    return {"description": description, "epilog": "examples:\n" + examples,
            "formatter_class": argparse.RawDescriptionHelpFormatter}


# ------------------------------------------------------------------------------------ shared flags
def _whole_number(name: str) -> Callable[[str], int]:
    """An integer flag; its range is checked with the config, so the message is the same for a flag and a file."""
    from joinsim.sim.config import allowed

    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"field '{name}' = {text[:80]!r} is not a whole number: allowed "
                                             f"{allowed(name)}") from None

    parse.__name__ = "whole number"
    return parse


def _setting_flag(parser: argparse.ArgumentParser, name: str, metavar: str) -> None:
    """A flag for a setting, its help taken from the setting's declaration (``joinsim.sim.config``)."""
    from joinsim.sim.config import FIELDS, allowed

    info = FIELDS[name]
    parser.add_argument(f"--{name}", type=_whole_number(name), metavar=metavar,
                        help=f"{info.description} (default {info.default}; {allowed(name)})")


def _scenario_flags(parser: argparse.ArgumentParser, config_file: bool = True) -> None:
    if config_file:
        parser.add_argument("--config", metavar="FILE.toml", help="settings (see `joinsim config`); flags win over it")
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="change one setting, e.g. --set accept_share=0.7 (repeatable; see `joinsim config`)")
    for name, metavar in (("users", "N"), ("seed", "S"), ("replications", "R")):
        _setting_flag(parser, name, metavar)


def _parallel_flags(parser: argparse.ArgumentParser) -> None:
    _setting_flag(parser, "workers", "W")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="local processes (default) or Dask: a local cluster, or --scheduler's")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="run the replications on this Dask scheduler's workers (implies --executor dask)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar (the results are still printed)")


MODEL_HELP = ("your own model: a subclass of joinsim.sim.migration.Migration, as MODULE:CLASS, e.g. "
              "slowbilling:SlowBilling for the class SlowBilling of slowbilling.py in the working folder (importable, "
              "as with `python -m`, "
              "after the installed packages; on a --scheduler's workers it must be installed or on their "
              "PYTHONPATH); default joinsim.sim.migration:Migration")


def _model_flag(parser: argparse.ArgumentParser, help: str = MODEL_HELP) -> None:
    parser.add_argument("--model", action="append", default=[], metavar="MODULE:CLASS", help=help)


def _models(args: argparse.Namespace, scenarios: int = 1) -> list[str] | None:
    """The model of each scenario, every ``--model`` imported and checked before any work (``joinsim.sim.models``): None
    when not given; given once, the model of every scenario; else once per scenario, in order."""
    from joinsim.sim.models import reference

    if not args.model:
        return None
    if len(args.model) not in (1, scenarios):
        per = f" (every scenario) or once per scenario ({scenarios} times)" if scenarios > 1 else ""
        raise UsageError(f"--model is given {len(args.model)} times: allowed once{per}")
    models = [reference(text, "--model") for text in args.model]
    return models * scenarios if len(models) == 1 else models


def _executor(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.scheduler is not None:  # (an empty address is refused, not taken for "run here")
        from joinsim.sim.pool import check_scheduler

        check_scheduler(args.scheduler)
        return "dask", args.scheduler
    return args.executor, None


def _load(args: argparse.Namespace, path: str | None):
    from joinsim.sim.config import load

    return load(path, sets=args.set, users=args.users, seed=args.seed, replications=args.replications,
                workers=args.workers, precision=getattr(args, "precision", None))


def _output_folder(args: argparse.Namespace, command: str, default: Path, default_named: str) -> Path:
    """The command's output folder, ``--out`` or its default, checked before any work
    (``joinsim.common.output_folder``); ``--out`` is checked as typed, so that an empty one is refused rather than read
    as the current folder."""
    from joinsim.common import output_folder

    if args.out is not None:
        output_folder.check(args.out, command, "--out")
        return Path(args.out)
    output_folder.check(default, command, default_named)
    return default


def _folder_name(text: str) -> str:
    """A file's stem as part of a default folder name: letters, digits, '.', '_' and '-' only."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")[:60] or "scenario"


# -------------------------------------------------------------------------------------------------- run
def add_run(commands) -> None:
    p = commands.add_parser("run", help="simulate a bulk migration and write its report (reports/<name>/)",
                            **_help("Simulate a bulk migration: every user invited, reading, accepting or blocked, "
                                    "joining, refunded or crediting the inviting account.\nWrites users.parquet, "
                                    "replications.csv, series.parquet, summary.json, report.html and run.json into "
                                    "the output folder.",
                                    "  joinsim run\n  joinsim run --users 20000 --seed 7 --out reports/big --csv\n"
                                    "  joinsim run --users 50 --trace          (events.parquet: each user's story)\n"
                                    "  joinsim run --config scenario.toml --replications 20 --workers 2\n"
                                    "  joinsim run --precision 0.05 --workers 2       (replications until ±5%)\n"
                                    "  joinsim run --roster org.csv\n"
                                    "  joinsim run --model slowbilling:SlowBilling   (the class SlowBilling of "
                                    "./slowbilling.py)"))
    _scenario_flags(p)
    _parallel_flags(p)
    p.add_argument("--precision", type=float, metavar="P",
                   help="run replications until the 95%% interval of precision_figures (default joined, prorated) is "
                        "within P × the mean, e.g. 0.05 (at least --replications, at most max_replications)")
    p.add_argument("--roster", metavar="FILE.csv", help="the organisation's real users instead of a synthetic one")
    p.add_argument("--csv", action="store_true", help="also write users.csv (for spreadsheets)")
    p.add_argument("--trace", action="store_true",
                   help="also write events.parquet: every user's story, event by event (invited, read, blocked...)")
    p.add_argument("--input-uncertainty", action="store_true",
                   help="with --config FOLDER/fitted.toml of joinsim calibrate: each replication draws the fitted "
                        "behaviour settings from the pilot's fit (FOLDER/calibration.json), so the intervals include "
                        "what the pilot left uncertain")
    _model_flag(p)
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/<name>)")
    p.set_defaults(func=run)


def _one_scenario(args: argparse.Namespace):
    """What ``run`` and ``sensitivity`` read first, each checked before any work: where the replications run
    (executor, scheduler), the model, and the settings."""
    executor, scheduler = _executor(args)
    model = (_models(args) or [None])[0]
    return executor, scheduler, model, _load(args, args.config)


def run(args: argparse.Namespace) -> int:
    from joinsim import simulate

    started = time.perf_counter()
    executor, scheduler, model, config = _one_scenario(args)
    if args.input_uncertainty and args.config is None:
        raise UsageError("--input-uncertainty needs --config FOLDER/fitted.toml, written by joinsim calibrate beside "
                         "its calibration.json")
    inputs = Path(args.config).with_name("calibration.json") if args.input_uncertainty else None
    out = _output_folder(args, "run", REPORTS / config.name, "name")
    simulation = simulate(config, roster=args.roster, out=out, csv=args.csv, trace=args.trace, quiet=args.quiet,
                          executor=executor, scheduler=scheduler, model=model, input_uncertainty=inputs)
    print(run_line(simulation.summary, time.perf_counter() - started, out))
    return 0


def run_line(summary: dict, seconds: float, out: Path) -> str:
    """The run's answer on one line: per replication (the mean), never a sum over replications."""
    from joinsim.sim.figures import BY_KEY

    f = {key: BY_KEY[key].format(summary[key]) for key in BY_KEY}
    n = summary["replications"]
    per = f" per replication ({n} replications)" if n > 1 else ""
    return (f"{f['users']} users{per}{_model_note(summary['model'])}: {f['joined']} joined ({f['join_rate']}), "
            f"prorated {f['prorated_cents']} = refunded {f['refund_cents']} + credit "
            f"{f['credit_transferred_cents']}; {seconds:.1f} s -> {out}/")


# -------------------------------------------------------------------------------------------- calibrate
def add_calibrate(commands) -> None:
    p = commands.add_parser("calibrate", help="fit the users' behaviour to a pilot wave and write a config "
                                              "(reports/calibrate-<pilot>/)",
                            **_help("Fit the users' behaviour (read delay, accept shares, fix share and delay, "
                                    "credit share, blockers) to a pilot wave by maximum likelihood with censoring "
                                    "(users still pending at --as-of are censored there).\nWrites fitted.toml (a "
                                    "config for `joinsim run --config`), calibration.json and calibration.html into "
                                    "the output folder. PILOT: a pilot CSV (docs/analysts.md, \"Calibrating from a "
                                    "pilot\") or a joinsim run's users.parquet / users.csv.",
                                    "  joinsim calibrate pilot.csv --out reports/pilot\n"
                                    "  joinsim calibrate pilot.csv --as-of \"2026-03-20 17:00\" --roster org.csv\n"
                                    "  joinsim run --config reports/pilot/fitted.toml --roster org.csv"))
    p.add_argument("pilot", metavar="PILOT", help="the pilot: a CSV (email, invited_at, joined_at, outcome, "
                                                  "error_code, blocked_at, resends, choice, contacted_first, plan, "
                                                  "locale) or a joinsim users.parquet / users.csv")
    p.add_argument("--as-of", metavar="DATETIME", help="when the pilot was read, e.g. '2026-03-20 17:00': later rows "
                                                       "count as not yet happened (default: the latest time in the "
                                                       "file)")
    p.add_argument("--roster", metavar="FILE.csv", help="the organisation the forecast is for: warns when the "
                                                        "pilot's plan or locale mix differs from it")
    p.add_argument("--config", metavar="FILE.toml", help="the settings the pilot ran under (calendars, "
                                                          "resend_after_days, max_resends) and the defaults of what "
                                                          "it cannot tell")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="change one of those settings, e.g. --set resend_after_days=7 (repeatable)")
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/calibrate-<pilot>)")
    p.set_defaults(func=calibrate)


def calibrate(args: argparse.Namespace) -> int:
    from joinsim import calibrate as fit
    from joinsim.sim.config import load

    started = time.perf_counter()
    config = load(args.config, sets=args.set)
    out = _output_folder(args, "calibrate", REPORTS / f"calibrate-{_folder_name(Path(args.pilot).stem)}", "PILOT")
    result = fit(args.pilot, as_of=args.as_of, roster=args.roster, out=out, config=config)
    fitted = result.result.estimates
    print(f"{sum(e.source == 'pilot' for e in fitted)} settings fitted from the pilot, "
          f"{sum(e.source == 'default' for e in fitted)} left at their defaults, {len(result.warnings)} warnings; "
          f"{time.perf_counter() - started:.1f} s -> {out}/fitted.toml")
    for warning in result.warnings:
        print(f"joinsim: warning: {warning}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------- compare
def add_compare(commands) -> None:
    p = commands.add_parser("compare", help="run scenarios with common random numbers and compare them with the first",
                            **_help("Run scenario A (the baseline) and the others with the same root seed (common "
                                    "random numbers) and give each figure's difference from A with its paired 95% "
                                    "interval.\nWrites A/, B/... (full reports), comparison.json and compare.html.",
                                    "  joinsim compare autopay.toml net_terms.toml --replications 10\n"
                                    "  joinsim compare base.toml contact_first.toml three_admins.toml --workers 2\n"
                                    "  joinsim compare one.toml three.toml --model slowbilling:SlowBilling\n"
                                    "  joinsim compare a.toml a.toml --model joinsim.sim.migration:Migration --model "
                                    "slowbilling:SlowBilling"))
    p.add_argument("scenarios", nargs="+", metavar="SCENARIO.toml",
                   help=f"2 to {len(FOLDERS_NAMES)} scenario files; the first is A, the baseline")
    _scenario_flags(p, config_file=False)
    _parallel_flags(p)
    _model_flag(p, MODEL_HELP.replace("; default", "; given once: every scenario's model; given once per scenario: "
                                                   "one each, in order (A's first); default"))
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/compare-A-vs-B)")
    p.set_defaults(func=compare)


FOLDERS_NAMES = "ABCDEFGH"


def compare(args: argparse.Namespace) -> int:
    from joinsim import compare as run_comparison
    from joinsim.common.input_files import printable
    from joinsim.sim.figures import BY_KEY

    if not 2 <= len(args.scenarios) <= len(FOLDERS_NAMES):
        raise UsageError(f"compare takes {len(args.scenarios)} scenario file(s): allowed 2 to {len(FOLDERS_NAMES)}")
    executor, scheduler = _executor(args)
    models = _models(args, len(args.scenarios))
    configs = [_load(args, path) for path in args.scenarios]
    stems = [printable(Path(path).stem) for path in args.scenarios]
    names = [f"{stem} ({FOLDERS_NAMES[k]})" if stems.count(stem) > 1 else stem for k, stem in enumerate(stems)]
    out = _output_folder(args, "compare", REPORTS / ("compare-" + "-vs-".join(_folder_name(n) for n in names[:3])),
                         "(the default)")
    result = run_comparison(*configs, names=names, out=out, quiet=args.quiet, executor=executor,
                            scheduler=scheduler, models=models).result
    for warning in result["warnings"]:
        print(f"joinsim: warning: {warning}", file=sys.stderr)
    print(", ".join(f"{s['folder']} = {s['name']}{_model_note(s['model'])}" for s in result["scenarios"])
          + f"; {result['replications']} replication(s) each, common random numbers; differences from A:")
    for row in result["figures"]:
        figure = BY_KEY[row["key"]]
        interval = ("no interval (one replication)" if row["difference_low"] is None else
                    f"[{figure.difference(row['difference_low'])}, {figure.difference(row['difference_high'])}]")
        print(f"{row['scenario']} - A {row['figure']:>34}: A {figure.format(row['a_mean']):>16}  "
              f"{row['scenario']} {figure.format(row['b_mean']):>16}  difference "
              f"{figure.difference(row['difference_mean']):>14} {interval}")
    for sentence in result["verdicts"].values():
        print(sentence)
    print(f"-> {out}/")
    return 0


# ------------------------------------------------------------------------------------------------ sweep
def add_sweep(commands) -> None:
    p = commands.add_parser("sweep", help="run a grid of settings × replications (local processes or Dask)",
                            **_help("Run every combination of the values in the sweep file's [sweep] table, each "
                                    "with the same replications (common random numbers).\nWrites "
                                    "replications.parquet, summary.parquet, summary.csv, sweep.json and "
                                    "report.html.",
                                    "  joinsim sweep sweeps/contact_first.toml\n"
                                    "  joinsim sweep sweeps/contact_first.toml --executor dask --workers 2\n"
                                    "  joinsim sweep sweeps/contact_first.toml --scheduler tcp://10.0.0.5:8786\n"
                                    "  joinsim sweep sweeps/contact_first.toml --model slowbilling:SlowBilling\n"
                                    "  joinsim sweep seats.toml --target \"licences_lost <= 0\""))
    p.add_argument("file", metavar="SWEEP.toml", help="settings plus a [sweep] table of field = [values]")
    _scenario_flags(p, config_file=False)
    _parallel_flags(p)
    p.add_argument("--retries", type=_retries, default=2, metavar="N",
                   help="run a task again after its worker died or it failed, up to N times (0..20, default 2)")
    _model_flag(p)
    p.add_argument("--target", metavar="EXPR",
                   help='a figure\'s bound, e.g. "licences_lost <= 0" or "join_rate >= 90%%" (money in cents): the '
                        "report names the smallest value of the first swept field that meets it")
    p.add_argument("--target-share", type=float, default=0.95, metavar="SHARE",
                   help="the share of a point's replications that must meet the target (default 0.95)")
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/sweep-<file name>)")
    p.set_defaults(func=sweep)


def _retries(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 20:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is invalid: allowed an integer between 0 and 20")
    return value


def sweep(args: argparse.Namespace) -> int:
    from joinsim import sweep as run_sweep
    from joinsim.sim.config import parse_sets

    executor, scheduler = _executor(args)
    model = (_models(args) or [None])[0]
    out = _output_folder(args, "sweep", REPORTS / f"sweep-{_folder_name(Path(args.file).stem)}", "(the default)")
    swept = run_sweep(args.file, out=out, quiet=args.quiet, executor=executor, workers=args.workers,
                      scheduler=scheduler, retries=args.retries, model=model, users=args.users, seed=args.seed,
                      replications=args.replications, target=args.target, target_share=args.target_share,
                      **parse_sets(args.set))
    result, ran = swept.result, swept.how_it_ran
    for answer in (result["target"] or {}).get("answers", []):
        print(f"{answer}.")
    print(f"{len(result['points'])} grid point(s) × {result['replications']} replication(s) = {result['tasks']} "
          f"tasks{_model_note(result['model'])} on {ran['executor']} in {ran['wall_time_s']:.1f} s -> {out}/")
    return 0


# ------------------------------------------------------------------------------------------ sensitivity
def add_sensitivity(commands) -> None:
    p = commands.add_parser("sensitivity", help="which assumption matters most: each behaviour parameter moved ±20%%",
                            **_help("Move every behaviour parameter (the [behaviour] settings) down and up by 20%%, "
                                    "one at a time, each move paired with the base run (common random numbers), and "
                                    "draw a tornado chart per figure.\nWrites sensitivity.html, sensitivity.json "
                                    "and sensitivity.parquet.",
                                    "  joinsim sensitivity --workers 2\n"
                                    "  joinsim sensitivity --config my.toml --figure joined --figure credit_wait_days"))
    _scenario_flags(p)
    _parallel_flags(p)
    _model_flag(p)
    p.add_argument("--figure", action="append", metavar="NAME",
                   help="a figure of the report to rank the parameters by (repeatable; default joined, "
                        "median_days_from_batch_to_join, credit_wait_days)")
    p.add_argument("--calibration", metavar="FILE",
                   help="a calibration.json of `joinsim calibrate`: the parameters it fitted move to the ends of "
                        "their 95%% interval instead of ±20%%")
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/sensitivity-<name>)")
    p.set_defaults(func=sensitivity)


def sensitivity(args: argparse.Namespace) -> int:
    from joinsim import sensitivity as run_sensitivity

    started = time.perf_counter()
    executor, scheduler, model, config = _one_scenario(args)
    out = _output_folder(args, "sensitivity", REPORTS / f"sensitivity-{config.name}", "(the default)")
    found = run_sensitivity(config, figures=args.figure, out=out, quiet=args.quiet, executor=executor,
                            scheduler=scheduler, model=model, calibration=args.calibration)
    for answer in found.answers:
        print(f"{answer}.")
    print(f"{len(found.table) // (2 * len(found.result['figures']))} parameters × 2 moves × "
          f"{found.result['replications']} replications; {time.perf_counter() - started:.1f} s -> {out}/")
    return 0


def _model_note(model: str) -> str:
    """`` with model slowbilling.SlowBilling`` for an analyst's model; nothing for the default (its lines unchanged)."""
    from joinsim.sim.models import DEFAULT, name

    return "" if model == DEFAULT else f" with model {name(model)}"


# ----------------------------------------------------------------------------------------------- config
def add_config(commands) -> None:
    p = commands.add_parser("config", help="print every setting with its default, as a TOML file to start from",
                            **_help("Print every setting of the simulator with its default, meaning, unit and "
                                    "allowed values, grouped in tables: a config file to copy and edit.",
                                    "  joinsim config > scenario.toml\n  joinsim config --table"))
    p.add_argument("--table", action="store_true", help="a Markdown table instead (the one in docs/analysts.md)")
    p.set_defaults(func=config)


def config(args: argparse.Namespace) -> int:
    from joinsim.sim.config import defaults_toml, markdown_table

    print(markdown_table() if args.table else defaults_toml())
    return 0


# ------------------------------------------------------------------------------------------------- spec
FEATURES_HELP = ("the folder of feature files (default: the repository's features/ when joinsim is installed from "
                 "its checkout, else features/ in the working folder)")


def add_spec(commands) -> None:
    p = commands.add_parser("spec", help="run the scenarios and write the living documentation (reports/spec/)",
                            **_help("Run the scenarios of features/ (three languages) once and write index.html, "
                                    "junit.xml, cucumber.json, messages.ndjson and rules.json. Exit code 1 if a "
                                    "scenario fails.",
                                    "  joinsim spec\n  joinsim spec --tags \"@nl and not @assumption\"\n"
                                    "  joinsim spec --dry-run        (a step definition to paste for each "
                                    "undefined step)"))
    p.add_argument("--tags", metavar="EXPR", help='a tag expression, e.g. "@rule-ACC-5 or @fr"')
    p.add_argument("--out", metavar="DIR", default=str(REPORTS / "spec"), help="output folder (default reports/spec)")
    p.add_argument("--dry-run", action="store_true",
                   help="list undefined steps with a ready-to-paste step definition; exit 1 if there are any")
    p.add_argument("--quiet", action="store_true", help="only the summary line")
    p.add_argument("--features", metavar="DIR", help=FEATURES_HELP)
    p.set_defaults(func=spec)


def spec(args: argparse.Namespace) -> int:
    from joinsim.livingdoc import spec as living

    features = living.features_folder(args.features)
    if args.dry_run:
        living.check_tags(args.tags, features)
        snippets, count = living.dry_run(args.tags, features)
        for snippet in snippets:
            print(snippet)
        print(f"{count} undefined step(s)" if count else "every step is defined")
        return 1 if count else 0
    return living.run_spec(Path(args.out), tags=args.tags, quiet=args.quiet, features_dir=features)


def add_steps(commands) -> None:
    p = commands.add_parser("steps", help="print the step catalogue in English, French and Dutch",
                            **_help("Every step phrase a scenario can use, by area, in the three languages, with "
                                    "its parameters: what a product owner writes new scenarios from.",
                                    "  joinsim steps\n  joinsim steps --unused"))
    p.add_argument("--unused", action="store_true", help="list step functions no feature uses")
    p.add_argument("--features", metavar="DIR", help=FEATURES_HELP)
    p.set_defaults(func=steps)


def steps(args: argparse.Namespace) -> int:
    from joinsim.livingdoc import catalogue
    from joinsim.livingdoc.spec import features_folder

    entries = catalogue.catalogue()
    if args.unused:
        unused = catalogue.unused(entries, features_folder(args.features))
        for entry in unused:
            print(f"{entry.area}.{entry.function}: {entry.phrases[0][2]}")
        print(f"{len(unused)} step function(s) no feature uses")
        return 0
    print(catalogue.render(entries))
    return 0


COMMANDS = (add_run, add_compare, add_sweep, add_sensitivity, add_calibrate, add_config, add_spec, add_steps)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="joinsim", description=DESCRIPTION, epilog=EXAMPLES,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, title="commands")
    for add in COMMANDS:
        add(commands)
    return parser


# ---------------------------------------------------------------------------------------------- main
def _on_signal(signum: int, _frame) -> None:
    Interrupted.pending = signum
    raise Interrupted(signum)


def main(argv: list[str] | None = None) -> int:
    """The ``joinsim`` console script. Every failure is one line on standard error, never a traceback."""
    Interrupted.pending = 0
    previous = signal.signal(signal.SIGTERM, _on_signal)  # a killed command cleans up as Ctrl-C does
    previous_int = signal.signal(signal.SIGINT, _on_signal)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_usage(sys.stderr)
            print("joinsim: error: a command is needed: run, compare, sweep, sensitivity, calibrate, config, spec or "
                  "steps (joinsim --help shows them)", file=sys.stderr)
            return 2
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"joinsim: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        print(f"joinsim: interrupted ({signal.Signals(signum).name}); nothing half-written was left behind",
              file=sys.stderr)
        return 128 + signum
    except BrokenPipeError:  # the reader went away (`joinsim steps | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except MemoryError:
        print("joinsim: error: out of memory; try fewer users or replications", file=sys.stderr)
        return 1
    except ModelFailed as exc:
        print(f"joinsim: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from joinsim.sim.pool import ExecutorError

        if isinstance(exc, ExecutorError):
            print(f"joinsim: error: {exc}", file=sys.stderr)
            return 1
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        Interrupted.pending = 0


def console() -> None:
    """The ``joinsim`` console script (and ``python -m joinsim``): ``main``, then an immediate exit. Every output
    file is closed and every worker stopped by then; the interpreter's own teardown would only free, one by one,
    objects the process is about to drop, and wait for the threads of a process pool or Dask client that an
    interruption may have left blocked."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    console()
