"""``joinsim sweep``: the same tables whatever the executor (this process, local processes, a Dask cluster of
2 workers on loopback) and the number of workers; a point of the sweep is the same replication as
``joinsim run``; a dead worker's task is run again; Ctrl-C cancels and writes nothing; bad files exit 2."""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from helpers import write
from process_groups import alive_in_group

from joinsim import sweep as sweep_grid
from joinsim.cli import main
from joinsim.sim.config import ConfigError
from joinsim.sim.parameter_sweep import load_sweep, replication_row, tasks_of
from joinsim.sim.pool import local_cluster, run_tasks

ROOT = Path(__file__).resolve().parent.parent

SWEEP = """
# a small organisation, short campaign: every task takes a few hundredths of a second
users = 300
horizon_days = 45
batch_size = 100
replications = 3
seed = 11

[sweep]
contact_users_first = [false, true]
billing = ["autopay", "net_terms"]
"""


@pytest.fixture(scope="module")
def sweep_file(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("sweep") / "small.toml", SWEEP)


@pytest.fixture(scope="module")
def cluster():
    """A Dask LocalCluster of 2 worker processes on loopback (127.0.0.1), without dashboard."""
    from distributed import Client

    with local_cluster(2, processes=True) as cluster, Client(cluster) as client:
        yield cluster, client


def sweep(sweep_file: Path, out: Path, *flags: str) -> Path:
    assert main(["sweep", str(sweep_file), "--quiet", "--out", str(out), *flags]) == 0
    return out


@pytest.fixture(scope="module")
def local_one(sweep_file, tmp_path_factory) -> Path:
    return sweep(sweep_file, tmp_path_factory.mktemp("out") / "local1", "--workers", "1")


def tables(out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return pd.read_parquet(out / "replications.parquet"), pd.read_parquet(out / "summary.parquet")


def assert_same(a: Path, b: Path) -> None:
    for x, y in zip(tables(a), tables(b), strict=True):
        pd.testing.assert_frame_equal(x, y, check_exact=True)
    for name in ("sweep.json", "report.html", "summary.csv"):  # (how it ran is in run.json only)
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_sweep_writes_the_tidy_table_the_summary_with_intervals_and_the_page(local_one):
    reps, summary = tables(local_one)
    assert len(reps) == 4 * 3
    assert list(reps.columns[:5]) == ["point", "contact_users_first", "billing", "replication", "seed"]
    assert {"joined", "join_rate", "prorated_cents", "outcome_joined", "outcome_bounced"} <= set(reps.columns)
    outcomes = [c for c in reps.columns if c.startswith("outcome_")]
    assert (reps[outcomes].sum(axis=1) == reps["users"]).all()
    assert sorted(set(zip(reps.contact_users_first, reps.billing, strict=True))) == [
        (False, "autopay"), (False, "net_terms"), (True, "autopay"), (True, "net_terms")]
    joined = summary[summary.figure == "joined"]
    assert len(joined) == 4 and (joined.n == 3).all()
    assert ((joined.ci95_low <= joined["mean"]) & (joined["mean"] <= joined.ci95_high)).all()
    assert (joined.ci95_high > joined.ci95_low).any()
    first = reps[reps.point == 0].joined
    assert joined.iloc[0]["mean"] == pytest.approx(first.mean())
    page = (local_one / "report.html").read_text()
    assert "Figures per grid point" in page and "data:image/png;base64" in page
    assert "Every figure that changes, at every point" in page and "Differences from the baseline point" in page
    assert (local_one / "summary.csv").exists()


def test_a_sweep_whose_waits_for_a_person_change_plots_them_in_hours(tmp_path):
    """Found by an analyst: a sweep over admins crashed at its page (KeyError: 'hours'), once the admins' waits
    changed across the grid (with working hours they do), and wrote nothing."""
    from typing import get_args

    from joinsim.sim.figures import UNIT, Kind

    assert set(UNIT) == set(get_args(Kind)), "every kind of figure has its axis unit"
    plan = write(tmp_path / "admins.toml", "users = 150\nreplications = 2\ncontact_users_first = true\n"
                                           "[sweep]\nadmins = [1, 2]\n")
    out = sweep(plan, tmp_path / "out")
    summary = pd.read_parquet(out / "summary.parquet")
    waits = summary[summary.figure == "admins_wait_hours"]["mean"]
    assert waits.iloc[0] > waits.iloc[1] > 0
    assert "hours waiting for an admin" in (out / "report.html").read_text()


def test_a_grid_point_is_the_same_replication_as_joinsim_run(local_one, sweep_file, tmp_path):
    """Replication r of every point uses SeedSequence(seed).spawn(R)[r], as `joinsim run` does."""
    config = write(tmp_path / "point3.toml", SWEEP.split("[sweep]")[0] + 'contact_users_first = true\n'
                   'billing = "net_terms"\n')
    assert main(["run", "--config", str(config), "--quiet", "--out", str(tmp_path / "run")]) == 0
    runs = json.loads((tmp_path / "run" / "summary.json").read_text())["per_replication"]
    reps = tables(local_one)[0]
    point = reps[reps.point == 3].reset_index(drop=True)
    for r, figures in enumerate(runs):
        for key, value in figures.items():
            if key != "replication":
                same = point.loc[r, key] == value or (value is None and pd.isna(point.loc[r, key]))
                assert same, key


def test_two_local_processes_give_the_same_tables(local_one, sweep_file, tmp_path):
    assert_same(local_one, sweep(sweep_file, tmp_path / "local2", "--workers", "2"))


def test_a_dask_cluster_of_two_workers_on_loopback_gives_the_same_tables(local_one, sweep_file, cluster, tmp_path):
    cluster, _ = cluster
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    out = sweep(sweep_file, tmp_path / "dask", "--scheduler", cluster.scheduler_address)
    assert_same(local_one, out)
    assert json.loads((out / "run.json").read_text())["executor"].startswith("dask (tcp://127.0.0.1:")


def test_executor_dask_without_an_address_starts_a_local_cluster(local_one, sweep_file, tmp_path, monkeypatch):
    from joinsim.sim import pool

    started = []

    def threads(workers):  # worker processes: see test_end_to_end.py, which runs the console script
        started.append(workers)
        return local_cluster(workers, processes=False)

    monkeypatch.setattr(pool, "local_cluster", threads)
    out = sweep(sweep_file, tmp_path / "dask-local", "--executor", "dask", "--workers", "2")
    assert started == [2]
    assert_same(local_one, out)
    assert "local Dask cluster of 2" in json.loads((out / "run.json").read_text())["executor"]


def test_a_thread_based_local_cluster_gives_the_same_tables(local_one, sweep_file):
    s = load_sweep(sweep_file)
    with local_cluster(2, processes=False) as lc:
        assert lc.scheduler_address.startswith("tcp://127.0.0.1:")
        rows = run_tasks(replication_row, tasks_of(s), executor="dask", scheduler=lc.scheduler_address)
    reps = tables(local_one)[0]
    assert [row["prorated_cents"] for row in rows] == reps.prorated_cents.tolist()
    pd.testing.assert_frame_equal(pd.DataFrame(rows), pd.DataFrame(run_tasks(replication_row, tasks_of(s), workers=1)))


def die_once(marker: str, task):
    """Kills the worker process the first time it runs replication 1 of point 2; runs the task otherwise."""
    if task.point == 2 and task.replication == 1 and not os.path.exists(marker):
        Path(marker).write_text("died")
        os._exit(17)
    return replication_row(task)


def test_a_local_worker_that_dies_has_its_task_run_again(local_one, sweep_file, tmp_path, capsys):
    s = load_sweep(sweep_file)
    marker = tmp_path / "died"
    rows = run_tasks(functools.partial(die_once, str(marker)), tasks_of(s), workers=2)
    assert marker.exists() and "a worker process died" in capsys.readouterr().err
    reps = tables(local_one)[0]
    assert [row["joined"] for row in rows] == reps.joined.tolist()


def test_a_dask_worker_that_dies_has_its_task_run_again(local_one, sweep_file, cluster, tmp_path):
    cluster, client = cluster
    s = load_sweep(sweep_file)
    marker = tmp_path / "died"
    rows = run_tasks(functools.partial(die_once, str(marker)), tasks_of(s), client=client)
    assert marker.exists()
    reps = tables(local_one)[0]
    assert [row["joined"] for row in rows] == reps.joined.tolist()
    client.wait_for_workers(2, timeout=30)  # the nanny restarted the dead one


def test_interrupting_a_dask_sweep_cancels_its_tasks(sweep_file, cluster):
    _, client = cluster
    s = load_sweep(sweep_file, replications=20)

    def stop(index, row):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_tasks(replication_row, tasks_of(s), client=client, on_done=stop)
    deadline = time.monotonic() + 20
    while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0



def test_ctrl_c_cancels_a_local_sweep_cleanly_and_writes_nothing(tmp_path):
    # so many replications that the sweep cannot end before it is interrupted (about 0.1 s each)
    slow = write(tmp_path / "slow.toml", SWEEP.replace("replications = 3", "replications = 1000"))
    out = tmp_path / "reports" / "slow"
    proc = subprocess.Popen([sys.executable, "-m", "joinsim", "sweep", str(slow), "--workers", "2", "--out", str(out)],
                            cwd=tmp_path, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(alive_in_group(proc.pid)) < 3:  # the sweep and its two worker processes: the replications run
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the worker processes never started"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 130, err
        assert "interrupted" in err and "Traceback" not in err
        assert not out.exists() and not list(out.parent.glob(".*"))
        deadline = time.monotonic() + 10
        while alive_in_group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive_in_group(proc.pid), "worker processes survived the interruption"
    finally:  # a failed run must not leave a sweep behind
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


BAD = {
    "no [sweep] table": ("users = 10\n", "[sweep]"),
    "empty grid": ("[sweep]\n", "[sweep]"),
    "sweep not a table": ("sweep = [1, 2]\n", "'sweep'"),
    "unknown field": ("[sweep]\ncontact_first = [true]\n", "'contact_first'"),
    "not a list": ('[sweep]\nbilling = "autopay"\n', "'billing'"),
    "empty list": ("[sweep]\nbilling = []\n", "'billing'"),
    "bad value": ('[sweep]\nbilling = ["autopay", "monthly"]\n', "'billing'"),
    "out of range": ("[sweep]\naccept_share = [0.5, 1.5]\n", "'accept_share'"),
    "repeated value": ("[sweep]\naccept_share = [0.5, 0.5]\n", "'accept_share'"),
    "repeated zero": ("[sweep]\naccept_share = [0.0, -0.0]\n", "without repeats"),
    "not sweepable": ("[sweep]\nreplications = [1, 2]\n", "'replications'"),
    "set and swept": ('billing = "autopay"\n[sweep]\nbilling = ["autopay", "net_terms"]\n', "'billing'"),
    "bad base value": ("users = -4\n[sweep]\nbilling = [\"autopay\"]\n", "'users'"),
    "unknown base field": ("userz = 4\n[sweep]\nbilling = [\"autopay\"]\n", "'userz'"),
    "bad grid point": ("share_free = 0.7\n[sweep]\nshare_monthly = [0.2, 0.5]\n", "'share_monthly'"),
    "base config missing": ('config = "nowhere.toml"\n[sweep]\nbilling = ["autopay"]\n', "nowhere.toml"),
    "not TOML": ("[sweep\n", "not valid TOML"),
    "base config not .toml": ('config = "/etc/passwd"\n[sweep]\nbilling = ["autopay"]\n', "ending in .toml"),
    "given twice": ('[run]\nusers = 10\n[population]\nusers = 20\n[sweep]\nbilling = ["autopay"]\n', "given twice"),
    "grid too big": ("[sweep]\n" + "\n".join(f"{f} = [{', '.join(str(i / 100) for i in range(100))}]" for f in (
        "accept_share", "fix_share", "credit_share", "unlink_external_share")) + "\n", "at most 200,000"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_sweep_file_names_the_field_exits_2_and_writes_nothing(case, tmp_path, capsys):
    text, named = BAD[case]
    path = write(tmp_path / "bad.toml", text)
    out = tmp_path / "reports" / "out"
    assert main(["sweep", str(path), "--quiet", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("joinsim: error: ") and named in err and len(err.splitlines()) == 1, err
    assert not (tmp_path / "reports").exists()


def test_a_swept_field_given_as_a_flag_too_is_refused(tmp_path, capsys):
    path = write(tmp_path / "bad.toml", "[sweep]\nusers = [100, 200]\n")
    assert main(["sweep", str(path), "--users", "300", "--quiet", "--out", str(tmp_path / "out")]) == 2
    assert "field 'users' is swept and also given on the command line" in capsys.readouterr().err


def test_a_missing_sweep_file_and_bad_flags_exit_2(tmp_path, sweep_file, capsys):
    assert main(["sweep", str(tmp_path / "none.toml")]) == 2
    assert "not found" in capsys.readouterr().err
    assert main(["sweep", str(sweep_file), "--scheduler", "127.0.0.1:8786"]) == 2
    assert "tcp://" in capsys.readouterr().err
    assert main(["sweep", str(sweep_file), "--replications", "0"]) == 2
    assert "'replications'" in capsys.readouterr().err


def test_the_example_sweeps_are_valid():
    for path in sorted((ROOT / "sweeps").glob("*.toml")):
        s = load_sweep(path)
        assert len(s.points) >= 2 and s.base.replications >= 2, path


def test_a_target_names_the_smallest_value_that_meets_it(tmp_path):
    """"How many licence seats avoid licence loss?" answered in the sweep page's first sentence and in the API."""
    grid = sweep_grid({"licence_seats": [50, 100, 600]}, users=1000, replications=3, workers=1,
                 target="licences_lost <= 0", out=tmp_path / "seats")
    found = grid.target
    assert [p["meets"] for p in found["points"]] == [False, False, True], found
    assert found["answers"] == ["The smallest licence_seats that meets licences lost <= 0 in at least 95% of the "
                                "replications is 600 (100% of its replications; at the grid's values: 50 0%, 100 0%, "
                                "600 100%)"]
    page = (tmp_path / "seats" / "report.html").read_text()
    assert page.index("The smallest licence_seats that meets") < page.index("<h2>")
    first_panel = re.search(r"<h2>Figures per grid point, the largest change first</h2>\s*<img alt=", page)
    assert first_panel and "Equal at every point, so not plotted: invitations sent" in page


@pytest.mark.parametrize("target, share, words", [
    ("licences <= 0", 0.95, "names no figure"),
    ("licences_lost < 0", 0.95, "allowed FIGURE <= VALUE"),
    ("joined >= 90%", 0.95, "'%' is for shares"),
    ("join_rate >= 90%", 1.5, "a share of replications above 0 and at most 1"),
    ("x" * 5000, 0.95, "is invalid"),
])
def test_a_bad_target_is_one_line_before_any_work(tmp_path, target, share, words):
    with pytest.raises(ConfigError, match=re.escape(words)):
        sweep_grid({"licence_seats": [100, 300]}, users=100, target=target, target_share=share, out=tmp_path / "never")
    assert not (tmp_path / "never").exists()
