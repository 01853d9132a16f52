"""Speed and size of the simulator; prints figures, asserts nothing.

    .venv/bin/python bench/bench_sim.py                 # all three measurements
    .venv/bin/python bench/bench_sim.py --only million  # or: baseline, workers

- million:  `joinsim run` with 1,000,000 users, one replication, end to end (population, simulation, outputs),
            in a child process: wall time and peak memory (max RSS). Targets: <= 30 s, <= 2 GiB.
- baseline: the naive rule-free way at 200,000 users (Faker called per user + one SimPy process per user with
            the same delays), and `joinsim run` at 200,000 users, side by side; ratio target <= 0.5.
- workers:  4 replications of 50,000 users with 1 then 2 workers; speed-up target >= 1.8x.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "bench.toml"


def joinsim(*flags: str) -> tuple[float, float]:
    """Run `joinsim run` in a fresh process: (wall seconds, peak RSS in MiB of that process)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "sim", "run", "--config", str(CONFIG), "--quiet", "--out", f"{tmp}/out", *flags]
        started = time.perf_counter()
        pid = subprocess.Popen(cmd).pid
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - started
        if status != 0:
            raise SystemExit(f"joinsim failed: {' '.join(cmd)}")
        return wall, usage.ru_maxrss / 1024


def naive_baseline(users: int, seed: int = 1) -> float:
    """Faker per user and one SimPy process per user with lognormal read delays, no rules at all."""
    import numpy as np
    import simpy
    from faker import Faker

    started = time.perf_counter()
    fakers = [Faker(loc) for loc in ("en_US", "fr_FR", "nl_NL")]
    for k, fake in enumerate(fakers):
        fake.seed_instance(seed + k)
    rng = np.random.default_rng(seed)
    delays = 30 * 3600 * np.exp(rng.standard_normal(users))
    rows = []
    env = simpy.Environment()

    def user(env, i, name, email, delay):
        yield env.timeout(delay)
        rows.append((i, name, email, env.now))

    for i in range(users):
        fake = fakers[i % 3]
        env.process(user(env, i, fake.name(), fake.email(), float(delays[i])))
    env.run()
    assert len(rows) == users
    return time.perf_counter() - started


def million() -> None:
    wall, rss = joinsim("--users", "1000000")
    print(f"million: 1,000,000 users end to end: {wall:.1f} s (target <= 30 s), "
          f"peak memory {rss:,.0f} MiB (target <= 2,048 MiB)")


def baseline() -> None:
    users = 200_000
    naive = naive_baseline(users)
    ours, rss = joinsim("--users", str(users))
    print(f"baseline: {users:,} users: naive rule-free {naive:.1f} s, joinsim with every rule {ours:.1f} s "
          f"(peak {rss:,.0f} MiB); ratio {ours / naive:.2f} (target <= 0.5)")


def workers() -> None:
    one, _ = joinsim("--users", "50000", "--replications", "4", "--workers", "1")
    two, _ = joinsim("--users", "50000", "--replications", "4", "--workers", "2")
    print(f"workers: 4 replications x 50,000 users: 1 worker {one:.1f} s, 2 workers {two:.1f} s; "
          f"speed-up {one / two:.2f}x (target >= 1.8x) on {os.cpu_count()} CPUs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("million", "baseline", "workers"))
    args = parser.parse_args()
    for name, fn in (("million", million), ("baseline", baseline), ("workers", workers)):
        if args.only in (None, name):
            fn()
    print(f"(bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB)")


if __name__ == "__main__":
    main()
