"""How long `joinsim sensitivity` takes on the default config with --workers 2 (issue 22: under 2 minutes on this
2-core machine), run as users run it: the installed console script from a folder outside the repository. Prints
every run, the best and the median; asserts nothing.

    .venv/bin/python bench/bench_sensitivity.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JOINSIM = Path(sys.executable).with_name("joinsim")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seconds = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            started = time.perf_counter()
            subprocess.run([str(JOINSIM), "sensitivity", "--workers", "2", "--quiet", "--out", "sens"], cwd=home,
                           check=True, capture_output=True, timeout=1800)
            seconds.append(time.perf_counter() - started)
        print(f"run {run + 1}: {seconds[-1]:.1f} s", flush=True)
    print(f"joinsim sensitivity, default config, --workers 2: best {min(seconds):.1f} s, median "
          f"{statistics.median(seconds):.1f} s, runs {', '.join(f'{s:.1f}' for s in seconds)}")


if __name__ == "__main__":
    main()
