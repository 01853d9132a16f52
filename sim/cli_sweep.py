"""``joinsim sweep SWEEP.toml``: a grid of parameter values × replications (see ``sim/sweep.py``), on local
processes (default) or on Dask (``--scheduler tcp://HOST:PORT``, or ``--executor dask`` for a local cluster)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPORTS = Path("reports")


def cmd_sweep(args: argparse.Namespace) -> int:
    from sim.cli import UsageError
    from sim.sweep import ExecutorError, load_sweep, run_sweep

    executor = args.executor or ("dask" if args.scheduler else "local")
    if args.scheduler and executor != "dask":
        raise UsageError("--scheduler needs the dask executor: drop '--executor local'")
    if args.scheduler and not args.scheduler.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        raise UsageError(f"--scheduler {args.scheduler!r} is invalid: allowed an address like tcp://HOST:8786")
    if args.workers is not None and not 1 <= args.workers <= 256:
        raise UsageError(f"--workers {args.workers} is invalid: allowed an integer between 1 and 256")
    if not 0 <= args.retries <= 20:
        raise UsageError(f"--retries {args.retries} is invalid: allowed an integer between 0 and 20")
    sweep = load_sweep(args.file, users=args.users, seed=args.seed, replications=args.replications)
    workers = args.workers or (sweep.base.workers if sweep.base.workers > 1 else min(os.cpu_count() or 1,
                                                                                         sweep.tasks))
    out = Path(args.out) if args.out else REPORTS / f"sweep-{Path(args.file).stem}"
    try:
        result = run_sweep(sweep, out, executor=executor, workers=workers, scheduler=args.scheduler,
                           retries=args.retries, quiet=args.quiet)
    except ExecutorError as exc:
        print(f"joinsim: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("joinsim sweep: interrupted; the tasks were cancelled and nothing was written", file=sys.stderr)
        return 130
    if not args.quiet:
        print(f"{len(result['points'])} grid point(s) × {result['replications']} replication(s) = "
              f"{result['tasks']} tasks on {result['executor']} in {result['wall_time_s']:.1f} s "
              f"({60 * result['tasks'] / max(result['wall_time_s'], 1e-9):,.0f} replications/min) -> {out}/")
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("sweep", help="run a grid of parameter values × replications (local processes or Dask)")
    p.add_argument("file", metavar="SWEEP.toml", help="a config plus a [sweep] table of field = [values]")
    p.add_argument("--users", type=int, metavar="N", help="simulated users per replication")
    p.add_argument("--seed", type=int, metavar="S", help="root seed")
    p.add_argument("--replications", type=int, metavar="R", help="replications per grid point")
    p.add_argument("--workers", type=int, metavar="W",
                   help="local processes, or workers of the local Dask cluster (default: the CPUs); "
                        "results do not change")
    p.add_argument("--executor", choices=("local", "dask"),
                   help="local processes (default) or Dask (a LocalCluster on 127.0.0.1 without --scheduler)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on this Dask scheduler's workers")
    p.add_argument("--retries", type=int, default=2, metavar="N",
                   help="runs again a task that failed or whose worker died, up to N times (default 2)")
    p.add_argument("--out", metavar="DIR", help="output folder (default reports/sweep-<file name>)")
    p.add_argument("--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_sweep)
