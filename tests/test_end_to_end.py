"""The installed ``joinsim`` console script, run the way users run it: from a folder outside the repository, each
command with a timeout, so that a hang fails the test instead of stalling CI.

Each test below names the defect it guards against (issue 11: "Trust under hostile and careless use"); each failed
on the code before that issue was resolved."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from helpers import JOINSIM, ROOT, TIMEOUT, cli, hidden, joinsim, refused, snapshot, write
from process_groups import alive_in_group

PAUSED = [sys.executable, str(ROOT / "tests" / "paused_joinsim.py")]

SWEEP = """
users = 300
horizon_days = 45
batch_size = 100
replications = 2
seed = 11
[sweep]
contact_users_first = [false, true]
"""


def thesis(home: Path, *extra: str) -> tuple[Path, dict[str, bytes]]:
    """Someone's folder of precious files (some with the names joinsim writes)."""
    folder = home / "thesis"
    folder.mkdir()
    (folder / "chapter1.txt").write_text("years of work\n")
    for name in extra:
        (folder / name).write_text("{}\n")
    return folder, snapshot(folder)


# ------------------------------------------------------------------------------------ every command works
def test_run_writes_its_report_from_a_folder_outside_the_repository(home):
    done = joinsim(home, "run", "--users", "300", "--quiet")
    assert done.returncode == 0, done.stderr
    out = home / "reports" / "default"
    assert {"users.parquet", "summary.json", "report.html", "run.json"} <= {p.name for p in out.iterdir()}
    assert "300 users" in done.stdout and done.stderr == ""


def test_run_with_a_roster(home):
    roster = write(home / "org.csv", "email,plan,linked_users,zoom_rooms\nann@acme.example,annual,2,0\n"
                                     "bob@acme.example,monthly,0,0\ncyd@gmail.com,free,0,0\n")
    done = joinsim(home, "run", "--roster", str(roster), "--quiet", "--out", "r")
    assert done.returncode == 0, done.stderr
    assert json.loads((home / "r" / "summary.json").read_text())["users"] == 3


def test_compare_prints_its_results_even_when_quiet(home):
    """Defect: `compare --quiet` hid the results too."""
    a = write(home / "autopay.toml", 'horizon_days = 40\nbilling = "autopay"\n')
    b = write(home / "net.toml", 'horizon_days = 40\nbilling = "net_terms"\n')
    done = joinsim(home, "compare", str(a), str(b), "--users", "200", "--quiet", "--out", "cmp")
    assert done.returncode == 0, done.stderr
    assert "joined" in done.stdout and "B - A" in done.stdout and "A = autopay, B = net" in done.stdout
    assert (home / "cmp" / "compare.html").is_file() and (home / "cmp" / "A" / "report.html").is_file()


def test_sweep_on_local_processes(home):
    plan = write(home / "tiny.toml", SWEEP)
    done = joinsim(home, "sweep", str(plan), "--workers", "2", "--quiet", "--out", "local")
    assert done.returncode == 0, done.stderr
    assert (home / "local" / "summary.parquet").is_file()


def test_sweep_on_a_local_dask_cluster_finishes_with_the_same_tables(home):
    """Defect: `joinsim sweep … --executor dask --workers 2` hung for ever (the workers could not unpickle their
    tasks: the compiled model's import-path change broke them)."""
    plan = write(home / "tiny.toml", SWEEP)
    local = joinsim(home, "sweep", str(plan), "--workers", "1", "--quiet", "--out", "local")
    dask = joinsim(home, "sweep", str(plan), "--executor", "dask", "--workers", "2", "--quiet", "--out", "dask")
    assert local.returncode == 0 and dask.returncode == 0, dask.stderr[-3000:]
    for name in ("replications.parquet", "summary.parquet"):
        pd.testing.assert_frame_equal(pd.read_parquet(home / "local" / name), pd.read_parquet(home / "dask" / name))


def test_sweep_on_a_dask_scheduler_with_workers_started_by_dask_worker(home):
    """With the default model, and with an analyst's model installed on the workers (here: on their PYTHONPATH); a
    model the workers cannot import is one line naming the worker, before any replication runs."""
    plan = write(home / "tiny.toml", SWEEP)
    installed = home / "installed"
    installed.mkdir()
    slow_billing(installed)
    slow_billing(home)
    write(home / "only_here.py",
          "from joinsim.sim.migration import Migration\n\n\nclass OnlyHere(Migration):\n    pass\n")
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                  "--no-dashboard"], cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, start_new_session=True)
    workers = []
    try:
        address = None
        deadline = time.monotonic() + 60
        while address is None and time.monotonic() < deadline:
            line = scheduler.stdout.readline()
            if "Scheduler at:" in line:
                address = line.split("Scheduler at:")[1].strip()
        assert address and address.startswith("tcp://127.0.0.1:"), "the scheduler did not start"
        for _ in range(2):
            workers.append(subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nthreads", "1",
                                             "--no-dashboard", "--host", "127.0.0.1"], cwd=home,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                            start_new_session=True, env={**os.environ, "PYTHONPATH": str(installed)}))
        done = joinsim(home, "sweep", str(plan), "--scheduler", address, "--quiet", "--out", "cluster")
        local = joinsim(home, "sweep", str(plan), "--quiet", "--out", "local")
        assert done.returncode == 0 and local.returncode == 0, done.stderr[-3000:] + local.stderr[-3000:]
        pd.testing.assert_frame_equal(pd.read_parquet(home / "local" / "replications.parquet"),
                                      pd.read_parquet(home / "cluster" / "replications.parquet"))
        model = ("--model", "slowbilling:SlowBilling")
        done = joinsim(home, "sweep", str(plan), *model, "--scheduler", address, "--quiet", "--out", "cluster-model")
        local = joinsim(home, "sweep", str(plan), *model, "--workers", "2", "--quiet", "--out", "local-model")
        assert done.returncode == 0 and local.returncode == 0, done.stderr[-3000:] + local.stderr[-3000:]
        assert f"tasks with model slowbilling.SlowBilling on dask ({address})" in done.stdout
        assert snapshot(home / "cluster-model").keys() == snapshot(home / "local-model").keys()
        for name, data in snapshot(home / "cluster-model").items():
            assert name == "run.json" or data == (home / "local-model" / name).read_bytes(), name
        sweep_json = json.loads((home / "cluster-model" / "sweep.json").read_text())
        assert sweep_json["model"] == "slowbilling:SlowBilling"
        assert "model slowbilling.SlowBilling (a subclass of" in (home / "cluster-model" / "report.html").read_text()
        assert not pd.read_parquet(home / "local-model" / "replications.parquet").equals(
            pd.read_parquet(home / "local" / "replications.parquet")), "the model ran, not the default one"
        refused(joinsim(home, "run", "--users", "50", "--model", "only_here:OnlyHere", "--scheduler", address,
                        "--out", "nowhere"),
                "on the Dask worker tcp://127.0.0.1:", "'only_here:OnlyHere'", "no module named 'only_here'",
                "allowed a model every worker can import")
        assert not (home / "nowhere").exists()
    finally:
        for process in [*workers, scheduler]:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=30)


def test_spec_and_steps(home):
    done = joinsim(home, "spec", "--tags", "@rule-PRE-1", "--quiet", "--out", "spec")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert {"index.html", "cucumber.json", "junit.xml", "messages.ndjson", "rules.json"} <= \
        {p.name for p in (home / "spec").iterdir()}
    mode = stat.S_IMODE((home / "spec").stat().st_mode)
    assert mode == 0o777 & ~_umask(), f"the living documentation's folder has mode {oct(mode)}"  # defect: was 0700
    steps = joinsim(home, "steps")
    assert steps.returncode == 0 and '"{email}" has a free account' in steps.stdout


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_help_shows_the_commands_and_examples(home):
    """Defect: `joinsim --help` printed a developer docstring cut mid-sentence."""
    done = joinsim(home, "--help")
    assert done.returncode == 0
    for word in ("run", "compare", "sweep", "config", "spec", "steps", "examples:", "joinsim COMMAND --help"):
        assert word in done.stdout
    assert "sub-command" not in done.stdout and "``" not in done.stdout
    for command in ("run", "compare", "sweep", "spec", "steps", "config"):
        sub = joinsim(home, command, "--help")
        assert sub.returncode == 0 and "examples:" in sub.stdout, command


def test_config_prints_a_config_file_that_runs(home):
    done = joinsim(home, "config")
    assert done.returncode == 0
    write(home / "all.toml", done.stdout)
    run = joinsim(home, "run", "--config", "all.toml", "--users", "100", "--quiet", "--out", "r")
    assert run.returncode == 0, run.stderr


# ------------------------------------------------------------------------ your own model through the whole pipeline
def slow_billing(folder: Path) -> Path:
    """docs/analysts.md's slow-billing model (a subclass of Migration), written as ``slowbilling.py`` in ``folder``."""
    page = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    start = page.index("```python\n# slowbilling.py") + len("```python\n")
    source = page[start:page.index("```", start)]
    assert len(source.splitlines()) <= 15, "docs/analysts.md's example stays short"
    return write(folder / "slowbilling.py", source)


def test_your_own_model_through_compare_on_local_processes_and_dask_gives_the_same_report(home):
    """Issue 18: an analyst's subclass of Migration, in a file of their own folder, gets the comparisons and the
    report, on local worker processes and on a Dask LocalCluster, with the same files."""
    slow_billing(home)
    one = write(home / "one.toml", "horizon_days = 40\nhelpdesk_agents = 1\nshare_unpaid_invoice = 0.2\n")
    three = write(home / "three.toml", "horizon_days = 40\nhelpdesk_agents = 3\nshare_unpaid_invoice = 0.2\n")
    flags = ("compare", str(one), str(three), "--model", "slowbilling:SlowBilling", "--users", "200",
             "--replications", "2", "--quiet")
    local = joinsim(home, *flags, "--workers", "2", "--out", "local")
    dask = joinsim(home, *flags, "--executor", "dask", "--workers", "2", "--out", "dask")
    assert local.returncode == 0 and dask.returncode == 0, local.stderr[-3000:] + dask.stderr[-3000:]
    assert "A = one with model slowbilling.SlowBilling, B = three with model slowbilling.SlowBilling" in dask.stdout
    assert snapshot(home / "local") == snapshot(home / "dask"), "the executor changed an output"
    named = "slowbilling.SlowBilling (a subclass of joinsim.sim.migration.Migration)"
    assert named in (home / "dask" / "compare.html").read_text()
    assert f"model {named}" in (home / "dask" / "A" / "report.html").read_text()
    assert json.loads((home / "dask" / "B" / "summary.json").read_text())["model"] == "slowbilling:SlowBilling"
    plain = cli(home, *flags[:3], *flags[5:], "--out", "plain")
    assert plain.returncode == 0, plain.stderr
    assert snapshot(home / "plain" / "A")["users.parquet"] != snapshot(home / "local" / "A")["users.parquet"], \
        "the model ran, not the default one"


@pytest.mark.parametrize("value, words", [
    ("slowbilling", ["no ':' between the module and the class"]),
    ("slowbilling:", ["the module or the class is missing"]),
    ("no_such_module:SlowBilling", ["no module named 'no_such_module'"]),
    ("slowbilling:SlowBillin", ["module slowbilling has no 'SlowBillin'"]),
    ("slowbilling:DAY", ["slowbilling.DAY is an int, not a subclass of joinsim.sim.migration.Migration"]),
    ("joinsim.model.errors:JoinError", ["joinsim.model.errors.JoinError is a class, not a subclass"]),
    ("failing:Model", ["importing failing failed: RuntimeError: no database here"]),
    ("exiting:Model", ["importing exiting failed: SystemExit: 3"]),
    ("misspelt:Model", ["importing misspelt failed: SyntaxError"]),
    ("needs:Model", ["importing needs failed: ModuleNotFoundError: No module named 'pandass'"]),
])
def test_a_bad_model_is_one_line_before_any_work_and_nothing_is_written(home, value, words, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # (as without PYTHONDONTWRITEBYTECODE: no __pycache__ left)
    slow_billing(home)
    write(home / "failing.py", 'raise RuntimeError("no database here\\nsecond line")\n')
    write(home / "exiting.py", "import sys\nsys.exit(3)\n")
    write(home / "misspelt.py", "class Model(:\n")
    write(home / "needs.py", "import pandass\n")
    plan = write(home / "tiny.toml", SWEEP)
    before = snapshot(home)
    for command in (["run", "--users", "50"], ["compare", str(plan), str(plan)], ["sweep", str(plan)]):
        refused(cli(home, *command, "--model", value), f"--model {value!r} is invalid", *words,
                "allowed package.module:Class naming a subclass of joinsim.sim.migration.Migration")
        assert snapshot(home) == before and sorted(p.name for p in home.iterdir()) == sorted(before)


def test_compare_takes_one_model_or_one_per_scenario_and_says_so(home):
    slow_billing(home)
    a = write(home / "a.toml", "horizon_days = 30\n")
    refused(cli(home, "compare", str(a), str(a), "--model", "slowbilling:SlowBilling", "--model",
                "slowbilling:SlowBilling", "--model", "slowbilling:SlowBilling"),
            "--model is given 3 times: allowed once (every scenario) or once per scenario (2 times)")
    refused(cli(home, "run", "--model", "slowbilling:SlowBilling", "--model", "slowbilling:SlowBilling"),
            "--model is given 2 times: allowed once")
    assert "once per scenario: one each, in order" in " ".join(cli(home, "compare", "--help").stdout.split())
    assert "slowbilling.py in the working folder (importable" in " ".join(cli(home, "run", "--help").stdout.split())
    done = cli(home, "compare", str(a), str(a), "--model", "joinsim.sim.migration:Migration", "--model",
               "slowbilling:SlowBilling", "--users", "50", "--quiet", "--out", "each")
    assert done.returncode == 0, done.stderr
    assert "A = a (A), B = a (B) with model slowbilling.SlowBilling" in done.stdout
    result = json.loads((home / "each" / "comparison.json").read_text())
    assert [s["model"] for s in result["scenarios"]] == ["joinsim.sim.migration:Migration", "slowbilling:SlowBilling"]
    assert result["changed_config"] == {"B": ["model"]}


# -------------------------------------------------------------------------------------- nobody's folder lost
def test_run_refuses_a_folder_that_holds_a_run_json_of_someone_else(home):
    """Defect: `run --out` replaced a research folder that happened to hold a run.json, deleting its other files."""
    folder, before = thesis(home, "run.json", "summary.json")
    refused(cli(home, "run", "--users", "50", "--out", str(folder)), "not a previous joinsim output")
    assert snapshot(folder) == before


def test_sweep_refuses_a_folder_it_did_not_write(home):
    """Defect: `joinsim sweep tiny.toml --out ~/thesis` deleted whatever the folder held, and exited 0."""
    folder, before = thesis(home)
    plan = write(home / "tiny.toml", SWEEP)
    refused(joinsim(home, "sweep", str(plan), "--out", str(folder)), "thesis'", "allowed")
    assert snapshot(folder) == before


def test_spec_refuses_a_folder_it_did_not_write(home):
    """Defect: `joinsim spec --out ~/thesis2` deleted whatever the folder held, and exited 0."""
    folder, before = thesis(home)
    refused(joinsim(home, "spec", "--tags", "@rule-PRE-1", "--out", str(folder)), "thesis'")
    assert snapshot(folder) == before


def test_a_command_refuses_another_commands_output_and_a_previous_output_with_a_foreign_file(home):
    assert cli(home, "run", "--users", "50", "--quiet", "--out", "r").returncode == 0
    plan = write(home / "tiny.toml", SWEEP)
    refused(cli(home, "sweep", str(plan), "--out", "r"), "is the output of `joinsim run`")
    write(home / "r" / "notes.txt", "mine\n")
    refused(cli(home, "run", "--users", "50", "--out", "r"), "'notes.txt'", "joinsim did not write")
    assert (home / "r" / "notes.txt").read_text() == "mine\n"


def test_a_previous_output_of_the_same_command_is_replaced_whole(home):
    for users in (60, 50):
        done = joinsim(home, "run", "--users", str(users), "--quiet", "--out", "r")
        assert done.returncode == 0, done.stderr
    assert hidden(home) == [], "no leftover working folder"
    assert json.loads((home / "r" / ".joinsim-output.json").read_text())["command"] == "run"
    assert json.loads((home / "r" / "summary.json").read_text())["users"] == 50


@pytest.mark.parametrize("out, words", [
    (".", ["current folder"]),
    ("..", ["current folder"]),
    ("a\x00b", None),  # (a NUL cannot even be passed in argv: the name setting covers it below)
    ("x" * 300, ["longer than"]),
    ("/".join(["deep"] * 1200), ["bytes long"]),
])
def test_an_output_path_that_cannot_be_an_output_folder_is_refused(home, out, words):
    """Defects: `--out .` and an over-long --out gave tracebacks."""
    if words is None:
        pytest.skip("a NUL cannot be passed in argv; see the 'name' case")
    refused(cli(home, "run", "--users", "20", "--out", out), *words)
    assert list(home.iterdir()) == []


@pytest.mark.parametrize("name, words", [
    ('"a\\u0000b"', ["'name'", "allowed a folder name"]),
    ('"' + "n" * 300 + '"', ["'name'", "allowed a folder name"]),
    ('"../x"', ["'name'"]),
])
def test_a_bad_run_name_is_refused(home, name, words):
    """Defect: a NUL or an over-long `name` gave a traceback."""
    config = write(home / "c.toml", f"name = {name}\n")
    refused(cli(home, "run", "--config", str(config), "--users", "20"), *words)
    assert sorted(p.name for p in home.iterdir()) == ["c.toml"]


def test_an_unwritable_output_folder_is_refused_before_the_work(home):
    """Defect: a read-only output folder was found only after all the work was done (a traceback)."""
    done = _in_mount_namespace(home, "mount -t tmpfs -o ro,size=1m tmpfs ro && "
                                     f"{JOINSIM} run --users 200000 --quiet --out ro/x")
    refused(done, "cannot be written", "Read-only file system")


def test_a_disk_too_small_for_the_output_is_refused_before_the_work(home):
    done = _in_mount_namespace(home, f"mount -t tmpfs -o size=64k tmpfs small && {JOINSIM} run --users 200000 "
                                     "--quiet --out small/x")
    refused(done, "the disk has", "MB free")


def test_a_disk_that_fills_up_while_writing_leaves_nothing_and_says_so(home):
    """Defect: a full disk gave a traceback after all the work."""
    done = _in_mount_namespace(home, f"mount -t tmpfs -o size=100k tmpfs small && {JOINSIM} run --users 2000 "
                                     "--quiet --out small/x; code=$?; ls -A small; exit $code")
    refused(done, "could not be written", "No space left on device", "nothing was written")
    assert done.stdout == "", "nothing left on the full disk"


def _in_mount_namespace(home: Path, script: str) -> subprocess.CompletedProcess:
    """A shell script in a mount namespace of its own (its mounts vanish with it); skipped where not allowed."""
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("mount namespaces are not allowed here (unshare -m)")
    (home / "ro").mkdir()
    (home / "small").mkdir()
    return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script], cwd=home,
                          capture_output=True, text=True, timeout=TIMEOUT)


# ------------------------------------------------------------------------------- signals: nothing half-written
def _paused(home: Path, function: str, *args: str) -> tuple[subprocess.Popen, Path]:
    marker = home.parent / "paused"
    for leftover in (marker, home.parent / "paused.taken"):
        leftover.unlink(missing_ok=True)
    process = subprocess.Popen([*PAUSED, function, str(marker), *args], cwd=home, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while not marker.exists() or not marker.read_text():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the command never reached the pause"
        time.sleep(0.05)
    return process, marker


def _finish(process: subprocess.Popen, timeout: float = 60) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=timeout)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return process.returncode, err


def _previous_report(home: Path) -> dict[str, bytes]:
    assert joinsim(home, "run", "--users", "40", "--quiet", "--out", "report").returncode == 0
    return snapshot(home / "report")


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_leaves_the_complete_previous_report(home, signum, code):
    before = _previous_report(home)
    process, _ = _paused(home, "joinsim.sim.runner:write_report", "run", "--users", "300", "--quiet", "--out", "report")
    process.send_signal(signum)
    returned, err = _finish(process)
    assert returned == code and err.count("\n") == 1 and "interrupted" in err, err
    assert snapshot(home / "report") == before and hidden(home) == []


def test_ctrl_c_with_worker_processes_leaves_no_report_and_no_worker(home):
    process, _ = _paused(home, "joinsim.sim.runner:replicate", "run", "--users", "300", "--replications", "2",
                         "--workers", "2", "--quiet", "--out", "report")
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    returned, err = _finish(process)
    assert returned == 130 and err.count("\n") == 1, err
    assert sorted(p.name for p in home.iterdir()) == []


def test_ctrl_c_during_start_up_is_one_line(home):
    """Defect: Ctrl-C during start-up gave a traceback."""
    process, _ = _paused(home, "joinsim.sim.config:load", "run", "--users", "30", "--quiet")
    process.send_signal(signal.SIGINT)
    returned, err = _finish(process)
    assert returned == 130 and err.count("\n") == 1 and "Traceback" not in err, err
    assert list(home.iterdir()) == []


def test_ctrl_c_just_after_publishing_is_one_line_and_the_report_is_whole(home):
    """Defect: Ctrl-C just after the report was published gave a traceback."""
    process, _ = _paused(home, "joinsim.cli:run_line", "run", "--users", "30", "--quiet", "--out", "report")
    process.send_signal(signal.SIGINT)
    returned, err = _finish(process)
    assert returned == 130 and err.count("\n") == 1 and "Traceback" not in err, err
    assert json.loads((home / "report" / "summary.json").read_text())["users"] == 30


def test_a_killed_run_leaves_the_previous_report_and_the_next_run_cleans_up(home):
    before = _previous_report(home)
    process, _ = _paused(home, "joinsim.sim.runner:write_report", "run", "--users", "300", "--quiet", "--out", "report")
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert snapshot(home / "report") == before
    assert len(hidden(home)) == 1, "the killed run's working folder is left, hidden"
    assert joinsim(home, "run", "--users", "30", "--quiet", "--out", "report").returncode == 0
    assert hidden(home) == [], "the next run removed it"


def test_a_live_run_in_another_pid_namespace_keeps_its_working_folder(home):
    """Defect: a run from another PID namespace (a container) took a live run's working folder for a dead one's
    (its process id did not exist there) and deleted it."""
    if subprocess.run(["unshare", "-p", "-f", "--mount-proc", "true"], capture_output=True).returncode != 0:
        pytest.skip("PID namespaces are not allowed here (unshare -p)")
    process, _ = _paused(home, "joinsim.sim.runner:write_report", "run", "--users", "300", "--quiet", "--out", "report")
    try:
        working = hidden(home)
        assert len(working) == 1
        other = subprocess.run(["unshare", "-p", "-f", "--mount-proc", str(JOINSIM), "run", "--users", "30",
                                "--quiet", "--out", "report"], cwd=home, capture_output=True, text=True,
                               timeout=TIMEOUT)
        assert other.returncode == 0, other.stderr
        assert hidden(home) == working, "the live run's working folder is still there"
    finally:
        process.send_signal(signal.SIGINT)
        _finish(process)
    assert hidden(home) == []


def test_kill_9_of_a_local_sweep_leaves_no_worker_behind(home):
    """Defect: after `kill -9` of a local sweep its worker processes stayed alive as orphans."""
    plan = write(home / "tiny.toml", SWEEP.replace("replications = 2", "replications = 1000"))
    process = subprocess.Popen([str(JOINSIM), "sweep", str(plan), "--workers", "2", "--quiet", "--out", "s"],
                               cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(alive_in_group(process.pid)) < 3:
            assert process.poll() is None and time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        process.kill()  # the sweep only, not its workers
        process.wait(timeout=30)
        deadline = time.monotonic() + 20
        while alive_in_group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive_in_group(process.pid), "worker processes outlived the killed sweep"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass



# ------------------------------------------------------------------------------ one config layer, bounded input
def test_run_and_sweep_read_a_config_the_same_way(home):
    """Defect: `[run] users = 10` plus `[population] users = 20` was refused by run and silently taken (20) by
    sweep; and --workers allowed 1..64 for run and 1..256 for sweep, with different messages."""
    twice = "[run]\nusers = 10\n[population]\nusers = 20\n"
    config = write(home / "twice.toml", twice)
    plan = write(home / "twice_sweep.toml", twice + "[sweep]\nbilling = ['autopay', 'net_terms']\n")
    refused(cli(home, "run", "--config", str(config)), "'users'", "given twice")
    refused(cli(home, "sweep", str(plan)), "'users'", "given twice")
    tiny = write(home / "tiny.toml", SWEEP)
    run_line = refused(cli(home, "run", "--workers", "300"))
    sweep_line = refused(cli(home, "sweep", str(tiny), "--workers", "300"))
    assert "config field 'workers' = 300 is invalid: allowed an integer between 1 and 256" in run_line
    assert "config field 'workers' = 300 is invalid: allowed an integer between 1 and 256" in sweep_line


@pytest.mark.parametrize("text, words", [
    ("users = " + "[" * 100_000 + "]" * 100_000 + "\n", ["nests tables or arrays too deeply"]),
    ("start = 0001-01-01\n", ["'start'", "between 2000-01-01"]),
    ("start = 9999-12-31\n", ["'start'", "between 2000-01-01"]),
    ("users = 4000000\nmax_linked_users = 50\nshare_multi_user_owner = 1.0\nshare_free = 0.0\n",
     ["model users", "allowed at most 10,000,000"]),
])
def test_a_hostile_config_is_refused_in_one_line(home, text, words):
    """Defects: deeply nested TOML (RecursionError), start dates near year 1 or 9999 (OverflowError)."""
    config = write(home / "c.toml", text)
    refused(cli(home, "run", "--config", str(config), "--quiet"), *words)
    assert sorted(p.name for p in home.iterdir()) == ["c.toml"]


def test_a_config_or_roster_that_never_ends_is_refused_with_bounded_memory(home):
    """Defects: a config or a roster that is /dev/zero was read until memory ran out; a named pipe hung."""
    refused(cli(home, "run", "--config", "/dev/zero", "--quiet", timeout=60), "not a regular file")
    refused(cli(home, "run", "--roster", "/dev/zero", "--quiet", timeout=60), "not a regular file")
    os.mkfifo(home / "pipe.toml")  # (a named pipe nobody writes to: reading it would wait for ever)
    refused(cli(home, "run", "--config", "pipe.toml", "--quiet", timeout=60), "not a regular file")
    refused(cli(home, "run", "--roster", "pipe.toml", "--quiet", timeout=60), "not a regular file")
    endless = home / "endless.csv"
    endless.write_bytes(b"email,plan\n" + b"x" * 200_000)  # (a line without end)
    done = cli(home, "run", "--roster", str(endless), "--quiet", timeout=60)
    assert done.returncode == 2 and "longer than 64 KiB" in done.stderr and "Traceback" not in done.stderr


def test_a_roster_with_a_huge_header_is_refused_quickly(home):
    """Defect: the roster header check was quadratic (80,000 columns took 3 minutes)."""
    roster = write(home / "wide.csv", ",".join(["email", "plan"] + [f"c{i}" for i in range(8000)] * 1) + "\n")
    done = cli(home, "run", "--roster", str(roster), "--quiet", timeout=60)
    assert done.returncode == 2 and "unknown column 'c0'" in done.stderr and "and 7800 more" in done.stderr


def test_a_roster_over_the_user_cap_is_refused_early_naming_the_roster(home):
    """Defects: a roster over the user cap was refused only after 81 s and 2.8 GB, with a message about the config
    field `users`; and `linked_users` bypassed the cap (a 69 KB roster made 2M model users)."""
    lines = ["email,plan,linked_users"] + [f"user{i}@acme.example,annual,1000" for i in range(6000)]
    roster = write(home / "big.csv", "\n".join(lines) + "\n")
    done = cli(home, "run", "--roster", str(roster), "--quiet", timeout=60)
    assert done.returncode == 2 and "big.csv': more than 5,000,000 users" in done.stderr, done.stderr
    assert "'users'" not in done.stderr and list(home.iterdir()) == [roster]


def test_a_roster_user_named_like_a_generated_linked_user_runs(home):
    """Defect: a roster row named like a generated linked user (`ann.0@…`) crashed the simulation."""
    roster = write(home / "org.csv", "email,plan,linked_users\nann@acme.example,annual,2\n"
                                     "ann.0@acme.example,monthly,0\nann.1@acme.example,free,0\n")
    done = cli(home, "run", "--roster", str(roster), "--quiet", "--out", "r")
    assert done.returncode == 0, done.stderr
    assert json.loads((home / "r" / "summary.json").read_text())["users"] == 3


def test_roster_zoom_rooms_block_an_owner_without_linked_users(home):
    """Defect: roster `zoom_rooms` were ignored when `linked_users` was 0, so the owner joined despite OWN-4."""
    roster = write(home / "org.csv", "email,plan,linked_users,zoom_rooms\nann@acme.example,annual,0,2\n")
    config = write(home / "c.toml", "fix_share = 0.0\naccept_share = 1.0\nshare_bounce = 0.0\n")
    done = cli(home, "run", "--roster", str(roster), "--config", str(config), "--quiet", "--out", "r")
    assert done.returncode == 0, done.stderr
    users = pd.read_parquet(home / "r" / "users.parquet")
    assert users.outcome.tolist() == ["blocked_zoom_rooms"] and users.failure_rule.tolist() == ["OWN-4"]


def test_roster_addresses_with_invisible_characters_or_two_spellings_of_one_person_are_refused(home):
    """Defect: control, zero-width or bidi characters, or unnormalised Unicode, let one person in twice."""
    roster = write(home / "org.csv", "email,plan\nkate@acme.example,free\nka\u200bte@acme.example,free\n"
                                     "\u202eeta\u202c@acme.example,free\njos\u00e9@acme.example,free\n"
                                     "jose\u0301@acme.example,free\n")
    done = cli(home, "run", "--roster", str(roster), "--quiet")
    assert done.returncode == 2
    assert "line 3: column 'email'" in done.stderr and "U+200B" in done.stderr
    assert "line 4: column 'email'" in done.stderr and "U+202E" in done.stderr
    assert "line 6: column 'email'" in done.stderr and "the same user as line 5" in done.stderr
    assert "\u202e" not in done.stderr, "the bidi control is not printed to the terminal as is"


def test_users_csv_cells_cannot_become_spreadsheet_formulas(home):
    """Defect: users.csv cells starting with =, +, - or @ became formulas when opened in a spreadsheet."""
    roster = write(home / "org.csv", 'email,plan\n"=1+2@acme.example",free\n+33@acme.example,free\n'
                                     "-x@acme.example,free\nok@acme.example,free\n")
    done = cli(home, "run", "--roster", str(roster), "--csv", "--quiet", "--out", "r")
    assert done.returncode == 0, done.stderr
    emails = pd.read_csv(home / "r" / "users.csv").email.tolist()
    assert emails == ["'=1+2@acme.example", "'+33@acme.example", "'-x@acme.example", "ok@acme.example"]


def test_a_compare_scenario_named_like_a_script_link_is_not_a_link(home):
    """Defect: a compare scenario file named `javascript:…toml` became a clickable script link."""
    a = write(home / "javascript:alert(1).toml", "horizon_days = 30\n")
    b = write(home / "b.toml", "horizon_days = 30\n")
    done = cli(home, "compare", str(a), str(b), "--users", "50", "--quiet", "--out", "cmp")
    assert done.returncode == 0, done.stderr
    page = (home / "cmp" / "compare.html").read_text()
    assert 'href="javascript' not in page and "href='javascript" not in page
    assert 'href="./A/report.html"' in page


@pytest.fixture(scope="module")
def spec_home(tmp_path_factory) -> Path:
    """A user's folder with a living documentation in it (of one rule's scenarios)."""
    home = tmp_path_factory.mktemp("spec-home")
    assert joinsim(home, "spec", "--tags", "@rule-PRE-1", "--quiet", "--out", "spec").returncode == 0
    return home


def test_a_bad_spec_tag_expression_is_refused_and_the_documentation_kept(spec_home):
    """Defect: a malformed `spec --tags` exited 4 with pytest's error and replaced the living documentation with an
    all-skipped page."""
    before = snapshot(spec_home / "spec")
    refused(cli(spec_home, "spec", "--tags", "@nl and (", "--out", "spec"), "not a tag expression")
    refused(cli(spec_home, "spec", "--tags", "@no-such-tag", "--out", "spec"), "selects no scenario")
    assert snapshot(spec_home / "spec") == before


def test_a_pasted_dry_run_snippet_cannot_become_code(tmp_path):
    """Defect: the `spec --dry-run` snippet escaped only ', so a crafted step text became code when pasted."""
    from joinsim.livingdoc.spec import snippet

    crafted = "a \\' + __import__('os').system('touch PWNED') + ' {x} \"v\""
    code = snippet("given", crafted)
    patterns: list[str] = []
    namespace: dict = {"en": patterns.append, "given": lambda parser: (lambda f: f), "World": object}
    exec(compile(code, "<snippet>", "exec"), namespace)  # noqa: S102  (what a developer does by pasting it)
    assert patterns == [crafted.replace("{x}", "{{x}}").replace('"v"', '"{value1}"')]
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


def test_make_test_runs_each_scenario_once():
    """Defect: `make test` ran every scenario four times (pytest, `joinsim spec`, and twice on the compiled build)."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert recipe.count("pytest") == 1 and "joinsim spec" not in recipe and "compile" not in recipe
    assert "--living-doc" in recipe


def test_there_is_one_implementation_of_each_infrastructure_job():
    """Defect: three folder-replacing implementations, two config readers, two pools, two progress bars."""
    sources = {p: p.read_text() for d in ("sim", "joinsim", "livingdoc") for p in (ROOT / d).rglob("*.py")}
    where = {job: sorted(str(p.relative_to(ROOT)) for p, text in sources.items() if needle in text)
             for job, needle in {"atomic swap": "renameat2", "pool": "ProcessPoolExecutor(",
                                 "progress bar": "tqdm(", "TOML reader": "tomllib.load"}.items()}
    assert where == {"atomic swap": ["joinsim/common/output_folder.py"], "pool": ["sim/pool.py"],
                     "progress bar": ["sim/progress.py"], "TOML reader": ["sim/config.py"]}


# ------------------------------------------------------------------------ found by attacking the tool (issue 11)
def test_an_interrupted_spec_keeps_the_previous_living_documentation(spec_home):
    """Found: an interrupted `joinsim spec` published a folder holding only a partial junit.xml, over the
    complete previous documentation."""
    home = spec_home
    before = snapshot(home / "spec")
    for signum, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
        process, marker = _paused(home, "joinsim.livingdoc.spec:ResultCollector.pytest_bdd_before_scenario", "spec",
                                  "--tags", "@rule-PRE-2", "--quiet", "--out", "spec")
        process.send_signal(signum)
        returned, err = _finish(process)
        assert returned == code and f"interrupted ({signal.Signals(signum).name})" in err, err
        assert snapshot(home / "spec") == before and hidden(home) == []


def test_a_local_worker_killed_mid_run_has_its_replications_run_again(home):
    """Found: `kill -9` of one local worker (what the out-of-memory killer does) hung `joinsim run` for ever, and
    SIGTERM to one worker aborted the whole command."""
    flags = ["run", "--users", "100", "--replications", "4", "--workers", "2", "--quiet"]
    assert joinsim(home, *flags, "--out", "calm").returncode == 0
    for signum in (signal.SIGKILL, signal.SIGTERM):
        out = f"hurt-{signum}"
        process, marker = _paused(home, "joinsim.sim.runner:replicate", *flags, "--out", out)
        os.kill(int(marker.read_text()), signum)  # the worker that reached the pause
        returned, err = _finish(process, timeout=TIMEOUT)
        assert returned == 0 and "a worker process died" in err, err
        assert (home / out / "users.parquet").read_bytes() == (home / "calm" / "users.parquet").read_bytes()


def test_compare_refuses_scenarios_that_cannot_share_their_random_numbers(home):
    """Found: compare claimed common random numbers for scenarios with different seeds or replications."""
    a = write(home / "a.toml", "seed = 1\n")
    b = write(home / "b.toml", "seed = 2\n")
    refused(cli(home, "compare", str(a), str(b), "--users", "50"), "has seed = 2 and A has 1")
    c = write(home / "c.toml", "replications = 5\n")
    refused(cli(home, "compare", str(a), str(c), "--users", "50"), "replications")


@pytest.mark.parametrize("address", ["tls://127.0.0.1:1", "ucx://127.0.0.1:1", "tcp://h:abc", "tcp://h:99999",
                                     "tcp://"])
def test_a_bad_scheduler_address_is_bad_input(home, address):
    """Found: tls:// and ucx:// addresses gave a traceback; bad ports exited 1 after trying to connect."""
    plan = write(home / "tiny.toml", SWEEP)
    refused(cli(home, "sweep", str(plan), "--scheduler", address), "--scheduler", "tcp://HOST:8786")


def test_something_that_is_not_a_dask_scheduler_is_one_line(home):
    """Found: an HTTP server given as --scheduler made Dask allocate exabytes ('out of memory')."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def answer():
        connection, _ = server.accept()
        connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 50)
        connection.close()

    threading.Thread(target=answer, daemon=True).start()
    plan = write(home / "tiny.toml", SWEEP)
    done = joinsim(home, "sweep", str(plan), "--scheduler", f"tcp://127.0.0.1:{server.getsockname()[1]}", timeout=60)
    server.close()
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "out of memory" not in done.stderr


def test_an_empty_out_and_a_mount_point_are_refused_before_the_work(home):
    """Found: `--out ''` silently wrote to reports/default; an empty mount point failed only after the work."""
    refused(joinsim(home, "run", "--users", "20", "--out", ""), "is empty")
    done = _in_mount_namespace(home, f"mkdir mnt && mount -t tmpfs -o size=1m tmpfs mnt && {JOINSIM} run --users "
                                     "200000 --quiet --out mnt")
    refused(done, "is a mount point")


def test_a_config_with_a_byte_order_mark_and_valid_but_unusual_addresses_run(home):
    """Found: a config with a UTF-8 byte-order mark (Windows Notepad) was refused; o'brien@… and punycode domains
    were refused in a roster."""
    config = home / "c.toml"
    config.write_bytes(b"\xef\xbb\xbfusers = 30\n")
    assert cli(home, "run", "--config", str(config), "--quiet", "--out", "r").returncode == 0
    roster = write(home / "org.csv", "email,plan\no'brien@example.com,free\nuser@example.xn--p1ai,free\n")
    done = cli(home, "run", "--roster", str(roster), "--quiet", "--out", "r2")
    assert done.returncode == 0, done.stderr


def test_a_hopeless_roster_stops_early_with_its_problems(home):
    """Found: 5.2 million bad lines took 70 s and the message hid the problems."""
    roster = home / "bad.csv"
    roster.write_text("email,plan\n" + "bad,free\n" * 200_000)
    done = cli(home, "run", "--roster", str(roster), "--quiet", timeout=60)
    assert done.returncode == 2 and "reading stopped at line 10001 after 10,000 problems" in done.stderr
    assert "line 2: column 'email' = 'bad' is invalid" in done.stderr


def test_file_names_with_terminal_escapes_are_shown_escaped(home):
    """Found: escape sequences in file names went raw to the terminal."""
    a = write(home / "a\x1b[31mRED.toml", "horizon_days = 30\n")
    b = write(home / "b.toml", "horizon_days = 30\n")
    done = cli(home, "compare", str(a), str(b), "--users", "30", "--quiet", "--out", "cmp")
    assert done.returncode == 0 and "\x1b" not in done.stdout + done.stderr
    missing = cli(home, "run", "--roster", "no\x1b[31m.csv", "--quiet")
    assert missing.returncode == 2 and "\x1b" not in missing.stderr
