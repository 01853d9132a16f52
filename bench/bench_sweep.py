"""Replications per minute of `joinsim sweep` on one sweep: 1 and 2 local worker processes, and a Dask
LocalCluster of 2 worker processes on 127.0.0.1. Prints figures and checks that the three wrote the same
tables; asserts nothing about speed.

    .venv/bin/python bench/bench_sweep.py                      # sweeps/contact_first.toml, 20,000 users
    .venv/bin/python bench/bench_sweep.py --users 5000 --replications 4 --sweep my_sweep.toml --repeat 3
    .venv/bin/python bench/bench_sweep.py --scheduler tcp://HOST:8786   # also a running cluster

Each measurement is a fresh `joinsim sweep` process (nothing warmed by the one before). Two rates are given:
end to end (the whole command: start, imports, cluster start, replications, tables and page) and replications
(sweep.json's wall time: from the start of the sweep, cluster start included, to the last row back). Rounds
are interleaved and the best of each kept, so that other work on the machine hurts less; the load average is
printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def sweep(file: str, out: Path, users: int, replications: int, *flags: str) -> dict:
    cmd = [sys.executable, "-m", "joinsim", "sweep", file, "--quiet", "--out", str(out), "--users", str(users),
           "--replications", str(replications), *flags]
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True)
    result = json.loads((out / "sweep.json").read_text())
    result["end_to_end_s"] = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", default=str(ROOT / "sweeps" / "contact_first.toml"))
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--replications", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved rounds; the best of each is kept")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="also measure this cluster")
    args = parser.parse_args()

    runs = [("local, 1 worker", ["--workers", "1"]), ("local, 2 workers", ["--workers", "2"]),
            ("dask LocalCluster, 2 workers", ["--executor", "dask", "--workers", "2"])]
    if args.scheduler:
        runs.append((f"dask {args.scheduler}", ["--scheduler", args.scheduler]))
    best: dict[str, dict] = {}
    tables: dict[str, pd.DataFrame] = {}
    print(f"{os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.repeat):
            for k, (label, flags) in enumerate(runs):
                out = Path(tmp) / f"r{round_}-{k}"
                result = sweep(args.sweep, out, args.users, args.replications, *flags)
                result["tasks_s"] = result["wall_time_s"]
                if round_ == 0 and k == 0:
                    print(f"sweep {Path(args.sweep).name}: {len(result['points'])} grid points × "
                          f"{result['replications']} replications = {result['tasks']} tasks of {args.users:,} "
                          "users", flush=True)
                if round_ == 0:
                    tables[label] = pd.read_parquet(out / "replications.parquet")
                print(f"round {round_ + 1}, {label:<30}: end to end {result['end_to_end_s']:6.1f} s, replications "
                      f"(cluster start included) {result['tasks_s']:6.1f} s", flush=True)
                if label not in best or result["tasks_s"] < best[label]["tasks_s"]:
                    best[label] = result

    print(f"best of {args.repeat} (load average now {os.getloadavg()[0]:.1f}); replications per minute:")
    base = best[runs[0][0]]
    for label, _ in runs:
        r = best[label]
        same = tables[label].equals(tables[runs[0][0]])
        print(f"  {label:<30}: {60 * r['tasks'] / r['tasks_s']:7.1f} "
              f"(speed-up {base['tasks_s'] / r['tasks_s']:4.2f}x), "
              f"end to end {60 * r['tasks'] / r['end_to_end_s']:7.1f} "
              f"(speed-up {base['end_to_end_s'] / r['end_to_end_s']:4.2f}x); same table: {same}")
        if not same:
            raise SystemExit(f"{label} wrote another table than one local worker")


if __name__ == "__main__":
    main()
