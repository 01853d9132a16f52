"""Coverage of the calibration's 95% intervals: the parameter-recovery test of ``tests/test_calibration.py``
(``recovery``: a simulated pilot of 3,000 users with known parameters, cut at an as-of time that leaves many
pending, calibrated back) run over 20 seeds; prints, per parameter, in how many seeds the interval held the true
value (the issue asks for at least 17 of 20). Not part of ``make test``; asserts nothing.

    .venv/bin/python bench/calibration_coverage.py                 # seeds 1 to 20
    .venv/bin/python bench/calibration_coverage.py --seeds 40 --users 2000
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def recovery_test():
    """tests/test_calibration.py, loaded from its file (its ``recovery`` is the one scenario, run by both)."""
    sys.path.insert(0, str(ROOT / "tests"))
    spec = importlib.util.spec_from_file_location("test_calibration", ROOT / "tests" / "test_calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--users", type=int, default=3000)
    args = parser.parse_args()
    test = recovery_test()
    covered = {name: 0 for name in test.RECOVERED}
    widths: dict[str, list[float]] = {name: [] for name in test.RECOVERED}
    wrong_family = {"read_delay": 0, "fix_delay": 0}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(1, args.seeds + 1):
            found = test.recovery(seed, Path(folder), args.users)
            missed = []
            for name in test.RECOVERED:
                true, low, high = found[name]
                inside = low is not None and low <= true <= high
                covered[name] += inside
                widths[name].append(high - low if low is not None else float("nan"))
                if not inside:
                    missed.append(f"{name} {true:g} not in [{low:.4g}, {high:.4g}]")
            chosen = [name.split()[0] for name in found if name.endswith("chosen by AIC") and not found[name][0]]
            for name in chosen:
                wrong_family[name] += 1
            print(f"seed {seed:2d}: {'all covered' if not missed else '; '.join(missed)}"
                  + (f" (AIC chose another distribution for {', '.join(chosen)})" if chosen else ""), flush=True)
    seconds = time.perf_counter() - started
    print(f"\n{args.seeds} seeds, {args.users:,} users each, as of {test.AS_OF} ({seconds:.0f} s)")
    print(f"{'parameter':30s} {'covered':>8s} {'mean width':>11s}")
    for name in test.RECOVERED:
        mean = sum(widths[name]) / len(widths[name])
        print(f"{name:30s} {covered[name]:>5d}/{args.seeds} {mean:>11.4g}")
    for name, wrong in wrong_family.items():
        print(f"{name}: AIC chose the true distribution (lognormal) in {args.seeds - wrong}/{args.seeds} seeds")


if __name__ == "__main__":
    main()
