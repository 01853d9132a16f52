"""The benchmark scripts run (their figures are read by people, never asserted: docs/measurements.md)."""

import re
import subprocess
import sys

from helpers import ROOT


def test_floors_replays_the_run_it_recorded_and_prints_the_ratio():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "floors.py"), "--users", "300", "--repeat", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    refused, in_run = map(lambda n: int(n.replace(",", "")),
                          re.search(r"model floor: ([\d,]+) of the calls refused \(([\d,]+) in the run\)",
                                    done.stdout).groups())
    assert refused == in_run > 0  # (the replay met the model's refusals of the run, no more, no fewer)
    for name in ("simpy floor", "model floor", "simulator"):
        assert re.search(rf"^{name} +best +\d+\.\d\d s, median", done.stdout, re.M), done.stdout
    assert re.search(r"best / best \d+\.\d\dx, median / median \d+\.\d\dx", done.stdout), done.stdout
