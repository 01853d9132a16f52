"""Replications per minute of `joinsim sweep` on one sweep, with 1 and 2 local worker processes and on a Dask
LocalCluster of 2 worker processes (127.0.0.1); prints figures, checks the three give the same rows.

    .venv/bin/python bench/bench_sweep.py                       # sweeps/contact_first.toml, 10,000 users
    .venv/bin/python bench/bench_sweep.py --users 5000 --replications 4 --sweep my_sweep.toml
    .venv/bin/python bench/bench_sweep.py --scheduler tcp://HOST:8786   # also a running cluster

The clock runs from the first task submitted to the last row back (what `joinsim sweep` spends running
replications); the Dask cluster's start-up is timed apart. Each worker imports the simulator on its first task.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sim.sweep import connect, load_sweep, run_dask, run_local, tasks_of  # noqa: E402


def rate(tasks: int, seconds: float) -> float:
    return 60 * tasks / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", default=str(ROOT / "sweeps" / "contact_first.toml"))
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved rounds; the best of each is kept")
    parser.add_argument("--replications", type=int, default=4)
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="also measure this cluster")
    args = parser.parse_args()
    sweep = load_sweep(args.sweep, users=args.users, replications=args.replications)
    tasks = tasks_of(sweep)
    print(f"sweep {Path(args.sweep).name}: {len(sweep.points)} grid points × {sweep.base.replications} "
          f"replications = {len(tasks)} tasks of {sweep.base.users:,} users; {os.cpu_count()} CPU(s), "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine slows every figure)")

    runs = [(f"local {w}", w, None) for w in (1, 2)] + [("dask LocalCluster, 2 workers", None, "local")]
    if args.scheduler:
        runs.append((f"dask {args.scheduler}", None, args.scheduler))
    results: dict[str, tuple[float, dict]] = {}
    for round_ in range(args.repeat):  # interleaved rounds, best of each: other load on the machine hurts less
        for label, workers, address in runs:
            start_up = 0.0
            if address is None:
                started = time.perf_counter()
                rows = run_local(tasks, workers)
                wall = time.perf_counter() - started
            else:
                started = time.perf_counter()
                client, cluster = connect(None if address == "local" else address, 2)
                start_up = time.perf_counter() - started
                try:
                    started = time.perf_counter()
                    rows = run_dask(tasks, client)
                    wall = time.perf_counter() - started
                finally:
                    client.close()
                    if cluster is not None:
                        cluster.close()
            extra = f" (+ {start_up:.1f} s to start or reach the cluster)" if address else ""
            print(f"round {round_ + 1}, {label:<30}: {wall:6.1f} s, {rate(len(tasks), wall):7.1f} "
                  f"replications/min{extra}", flush=True)
            if label not in results or wall < results[label][0]:
                results[label] = (wall, rows)

    print(f"best of each (load average now {os.getloadavg()[0]:.1f}):")
    base = results["local 1"][0]
    reference = results["local 1"][1]
    for label, (wall, rows) in results.items():
        same = all(rows[t.key] == reference[t.key] for t in tasks)
        print(f"  {label:<30}: {rate(len(tasks), wall):7.1f} replications/min, "
              f"speed-up {base / wall:4.2f}x over 1 local worker; same rows: {same}")
        if not same:
            raise SystemExit(f"{label} gave other results than one local worker")


if __name__ == "__main__":
    main()
