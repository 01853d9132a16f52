"""Reports are reproducible: the same config run twice gives the same files, byte for byte. Only
``run.json`` (when the run started, how long it took, with how many workers) differs, and it is the only
place those live: ``summary.json`` and ``report.html`` hold no date and no wall time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from joinsim.cli import main

CONFIG = """
name = "repro"
horizon_days = 50
batch_size = 80
share_multi_user_owner = 0.3
share_unpaid_invoice = 0.2
share_pending_cancellation = 0.1
licence_seats = 10
"""
RUN_INFO = "run.json"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != ".joinsim-output.json"}


def test_the_same_config_twice_gives_byte_identical_reports(tmp_path):
    config = tmp_path / "repro.toml"
    config.write_text(CONFIG)
    flags = ["run", "--config", str(config), "--users", "250", "--replications", "2", "--seed", "11",
             "--quiet", "--csv"]
    first, second = tmp_path / "first", tmp_path / "second"
    # one run in this process with one worker, the other in a fresh interpreter with two workers
    assert main([*flags, "--workers", "1", "--out", str(first)]) == 0
    done = subprocess.run([sys.executable, "-m", "joinsim", *flags, "--workers", "2", "--out", str(second)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

    a, b = files(first), files(second)
    assert set(a) == set(b) == {"users.parquet", "users.csv", "summary.json", "report.html", "replications.csv",
                                "series.parquet",
                                RUN_INFO}
    for name in sorted(set(a) - {RUN_INFO}):
        assert a[name] == b[name], f"{name} differs between two runs of the same config"

    # the run date and the wall time live apart, in run.json only
    infos = [json.loads(a[RUN_INFO]), json.loads(b[RUN_INFO])]
    for info in infos:
        assert {"started_at", "finished_at", "wall_time_s", "workers"} <= set(info)
        assert info["wall_time_s"] > 0 and info["started_at"][:4].isdigit()
    assert [i["workers"] for i in infos] == [1, 2]
    summary = json.loads(a["summary.json"])
    assert not {"wall_time_s", "started_at", "finished_at", "workers"} & set(summary)
    html = a["report.html"].decode()
    assert infos[0]["started_at"] not in html and infos[0]["started_at"][:16] not in html, "no run date"
    assert "data:image/png;base64" in html and "Wall time" not in html
