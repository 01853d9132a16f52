"""Speed and size of the simulator; prints figures, asserts nothing.

    .venv/bin/python bench/bench_sim.py                 # every measurement, each run 3 times
    .venv/bin/python bench/bench_sim.py --only million  # or: baseline, workers, seats
    .venv/bin/python bench/bench_sim.py --repeat 5      # runs per measurement

Each measurement is run --repeat times; the figure compared with its target is the best run (the least
disturbed by other load on the machine: on a shared 2-core VM one run can take 15% longer than the next),
followed by the median and every run.

- million:  `joinsim run` with 1,000,000 users, one replication, end to end (population, simulation, outputs),
            in a child process: wall time and peak memory (max RSS). Targets: <= 30 s, <= 2 GiB. Then once more
            on the plain Python model (JOINSIM_MODEL=python), for comparison with the compiled one.
- baseline: the naive rule-free way at 200,000 users (Faker called per user + one SimPy process per user with
            the same delays), and `joinsim run` at 200,000 users, side by side; ratio target <= 0.5.
- workers:  4 replications of 50,000, then of 200,000 users, with 1 then 2 workers; speed-up target >= 1.8x.
- seats:    200,000 users and an inviting account with 10,000,000 licence seats, so that every licensed user is
            invited as Licensed (LIC-3 counts free seats for each): shows that this count does not grow with the
            number of users and invitations (it once read them all: 100,000 users took 4 minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "bench.toml"


MODELS: set[str] = set()  # which model the runs used (run.json), printed at the end


def joinsim(*flags: str, config: str | Path = CONFIG, model: str | None = None) -> tuple[float, float]:
    """Run `joinsim run` in a fresh process: (wall seconds, peak RSS in MiB of that process). ``model``: the
    JOINSIM_MODEL to run with (default: as set here, i.e. the compiled model when its build is up to date)."""
    env = dict(os.environ) if model is None else {**os.environ, "JOINSIM_MODEL": model}
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "sim", "run", "--config", str(config), "--quiet", "--out", f"{tmp}/out", *flags]
        started = time.perf_counter()
        pid = subprocess.Popen(cmd, env=env).pid
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - started
        if status != 0:
            raise SystemExit(f"joinsim failed: {' '.join(cmd)}")
        MODELS.add(json.loads(Path(tmp, "out", "run.json").read_text())["model"])
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


def runs(measure, repeat: int) -> list:
    return [measure() for _ in range(repeat)]


def spread(values: list[float], unit: str = "s") -> str:
    return (f"best of {len(values)}; median {statistics.median(values):.1f} {unit}, runs "
            + ", ".join(f"{v:.1f}" for v in values))


def million(repeat: int) -> None:
    results = runs(lambda: joinsim("--users", "1000000"), repeat)
    walls = [w for w, _ in results]
    rss = max(r for _, r in results)
    print(f"million: 1,000,000 users end to end: {min(walls):.1f} s (target <= 30 s; {spread(walls)}), "
          f"peak memory {rss:,.0f} MiB (target <= 2,048 MiB)")
    if "compiled" in MODELS:  # for comparison, the same run on the plain Python model, once
        wall, rss = joinsim("--users", "1000000", model="python")
        print(f"million: the same on the plain Python model: {wall:.1f} s, peak memory {rss:,.0f} MiB")


def baseline(repeat: int) -> None:
    users = 200_000
    naive = [naive_baseline(users) for _ in range(repeat)]
    ours = runs(lambda: joinsim("--users", str(users)), repeat)
    walls = [w for w, _ in ours]
    print(f"baseline: {users:,} users: naive rule-free {min(naive):.1f} s ({spread(naive)}), joinsim with every "
          f"rule {min(walls):.1f} s ({spread(walls)}, peak {max(r for _, r in ours):,.0f} MiB); "
          f"ratio {min(walls) / min(naive):.2f} (target <= 0.5)")


def workers(repeat: int) -> None:
    # Small replications show the fixed cost (start-up, report) that 2 workers cannot share; larger ones show
    # how the replications themselves share the 2 cores.
    for users in (50_000, 200_000):
        flags = ("--users", str(users), "--replications", "4")
        one = [joinsim(*flags, "--workers", "1")[0] for _ in range(repeat)]
        two = [joinsim(*flags, "--workers", "2")[0] for _ in range(repeat)]
        print(f"workers: 4 replications x {users:,} users: 1 worker {min(one):.1f} s ({spread(one)}), 2 workers "
              f"{min(two):.1f} s ({spread(two)}); speed-up {min(one) / min(two):.2f}x (target >= 1.8x) "
              f"on {os.cpu_count()} CPUs")


def seats(repeat: int) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as extra:
        extra.write(CONFIG.read_text() + "\nlicence_seats = 10000000\n")
    try:
        walls = [joinsim("--users", "200000", config=extra.name)[0] for _ in range(repeat)]
    finally:
        os.unlink(extra.name)
    print(f"seats: 200,000 users, 10,000,000 licence seats (every licensed user invited as Licensed): "
          f"{min(walls):.1f} s ({spread(walls)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("million", "baseline", "workers", "seats"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (default 3)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    for name, fn in (("million", million), ("baseline", baseline), ("workers", workers), ("seats", seats)):
        if args.only in (None, name):
            fn(args.repeat)
    print(f"(model: {', '.join(sorted(MODELS)) or 'none run'}; see sim/compiled_model.py)")
    print(f"(bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB)")


if __name__ == "__main__":
    main()
