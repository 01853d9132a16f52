"""Every input the tool accepts runs, and every answer is honest (issue 19): each reproducer of the issue, through
the command line (in-process, as ``cli`` runs it; the console script is tested in test_end_to_end.py) or the API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest
from helpers import JOINSIM, cli, joinsim, refused, snapshot, write

from joinsim.sim.api import settings
from joinsim.sim.config import ConfigError, validate

YEARLY = ("--users", "20", "--set", "batch_size=1", "--set", "batch_every_days=365")


def test_auto_covers_the_whole_campaign_or_refuses_with_what_it_would_need(home):
    """Before: batches a year apart stopped at 3,234 days with 13 of 20 users never invited, and advised "auto"."""
    refused(cli(home, "run", *YEARLY, "--out", "auto"), "'horizon_days' = 'auto' cannot cover the campaign",
            "13 of 20 users would be invited after", "raise batch_size or lower batch_every_days")
    assert not (home / "auto").exists()


def test_a_horizon_set_by_hand_says_the_campaign_goes_past_any_horizon_without_advising_auto(home):
    done = cli(home, "run", *YEARLY, "--set", "horizon_days=3650", "--quiet", "--out", "fixed")
    assert done.returncode == 0, done.stderr
    assert "past the longest horizon (3,650 days): 13 of 20 users are never invited" in done.stderr
    assert "auto" not in done.stderr


def test_a_precision_target_that_cannot_be_met_says_why_at_once(home):
    """Before: a target on a figure whose mean is 0 ran silently to max_replications (100)."""
    done = cli(home, "run", "--users", "100", "--precision", "0.05", "--set", 'precision_figures=["licences_lost"]',
               "--set", "licence_seats=100000", "--quiet", "--out", "zero")
    assert done.returncode == 0, done.stderr
    assert "'licences_lost' is 0 in all 3 first replications" in done.stderr
    assert "(3 replications)" in done.stdout


def test_an_empty_scheduler_address_is_refused(home):
    refused(cli(home, "run", "--users", "20", "--scheduler", "", "--out", "x"), "--scheduler ''",
            "tcp://HOST:8786")


def test_workers_beyond_the_cores_are_capped_and_said(home):
    cpus = os.cpu_count() or 1
    done = cli(home, "run", "--users", "50", "--replications", str(cpus + 1), "--workers", "256", "--quiet",
               "--out", "many")
    assert done.returncode == 0, done.stderr
    assert f"--workers 256 is more than this machine's {cpus} CPUs: {cpus} worker processes" in done.stderr
    assert done.stderr.count("--workers 256") == 1


@pytest.mark.parametrize("name, words", [
    (b"bad\xe9name", ["is not UTF-8 (the byte 0xe9 at character"]),
    (b"bad\nname", ["contains the control character U+000A", "'bad\\nname'"]),
    (b"bad\x1b[31mname", ["contains the control character U+001B", "'bad\\x1b[31mname'"]),
])
def test_an_output_name_is_checked_as_it_will_be_written_before_any_work(home, name, words):
    """Before: a name that is not UTF-8 ran the whole simulation, then ended in a pyarrow traceback; a newline or an
    escape sequence was echoed raw."""
    before = snapshot(home)
    refused(cli(home, "run", "--users", "20", "--out", os.fsdecode(name)), *words)
    assert snapshot(home) == before


def test_a_run_name_that_is_refused_says_which_character(home):
    refused(cli(home, "run", "--users", "20", "--set", "name=a/b"), "(it holds the character U+002F)")


def test_a_deep_toml_file_is_refused_at_once_without_eating_memory(home):
    """Before: a dotted key 20,000 levels deep ended in RecursionError after 1.6 GB."""
    deep = write(home / "deep.toml", "a" + ".a" * 20_000 + " = 1\n")
    refused(cli(home, "run", "--config", str(deep), "--out", "x"), "nests tables too deeply (line 1")


def test_a_sweep_error_names_its_field_once(home):
    plan = write(home / "plan.toml", 'users = 50\n[sweep]\nadmins = [1, "x"]\n')
    message = refused(cli(home, "sweep", str(plan), "--out", "x"), "config field 'admins' = 'x' is invalid")
    assert message.count("admins") == 1


@pytest.mark.parametrize("delay", [{"distribution": "gamma", "mean": 1.0, "sd": 1e-300},
                                   {"distribution": "gamma", "mean": 1e-300, "sd": 1e6}])
def test_a_gamma_that_cannot_be_drawn_is_refused_with_its_bounds(delay):
    """Before: both were accepted and ended in OverflowError or ZeroDivisionError tracebacks."""
    with pytest.raises(ConfigError, match="mean / sd .* is outside 0.001 to 1000"):
        validate({"read_delay": delay})


@pytest.mark.parametrize("given", [42, [1], b"config.toml", 3.5])
def test_settings_of_a_wrong_type_is_the_configuration_error(given):
    with pytest.raises(ConfigError, match="allowed a Config, a dict of settings, the path of a TOML config file"):
        settings(given)


# ------------------------------------------------------------------ found by the adversarial pass of issue 18/19
LOOPS = "from joinsim.sim.migration import Migration\n\n\nclass Loops(Migration):\n    def journey(self, user):\n" \
        "        while True:\n            pass\n        yield\n"
EXITS = "from joinsim.sim.migration import Migration\n\n\nclass Exits(Migration):\n    def journey(self, user):\n" \
        "        raise SystemExit(0)\n        yield\n"
RAISES = "from joinsim.sim.migration import Migration\n\n\nclass Raises(Migration):\n    def journey(self, user):\n" \
         "        raise RuntimeError('boom\\nin journey')\n        yield\n"


def test_sigterm_stops_a_run_whose_model_never_yields(home):
    """Before: each SIGTERM ended one user's journey (SimPy took it for that process's failure) and the next
    journey looped on: it took 39 signals, or SIGKILL."""
    write(home / "loops.py", LOOPS)
    process = subprocess.Popen([str(JOINSIM), "run", "--users", "40", "--quiet", "--out", "out", "--model",
                                "loops:Loops"], cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 128 + signal.SIGTERM and "interrupted (SIGTERM)" in err
    assert not (home / "out").exists()


@pytest.mark.parametrize("source, words", [(EXITS, "SystemExit: 0"), (RAISES, "RuntimeError: boom in journey")])
def test_a_model_that_fails_while_it_runs_is_one_line_and_exit_1(home, source, words):
    """Before: a journey raising SystemExit(0) ended the run with exit 0 and no output at all; any other exception
    was a Python traceback."""
    module = "exits_model" if "Exits" in source else "raises_model"  # (one module name each: this process keeps both)
    write(home / f"{module}.py", source)
    name = f"{module}:" + ("Exits" if "Exits" in source else "Raises")
    done = cli(home, "run", "--users", "30", "--quiet", "--out", "out", "--model", name)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"the model {name.replace(':', '.')} failed in replication 0: {words}" in done.stderr
    assert not (home / "out").exists()


def test_a_model_whose_import_ends_the_process_is_refused(home):
    """Before: a module calling os._exit(0) as it was imported ended joinsim silently with exit code 0."""
    write(home / "leaves.py", "import os\nos._exit(0)\n")
    refused(joinsim(home, "run", "--users", "20", "--model", "leaves:X", "--out", "x"),
            "importing leaves ended the process (exit code 0)")


@pytest.mark.parametrize("flags", [("--set", "admin_hours=business days 16:59-17:00", "--users", "2000"),
                                   ("--set", "horizon_days=1", "--set", "start=2026-01-03", "--users", "300")])
def test_a_valid_configuration_runs_and_its_validation_never_fails_for_what_cannot_happen(home, flags):
    """Before: the validation's own small campaign (one admin contacting everybody, one minute a day) refused a
    valid run after simulating it; a one-day horizon showed FAILED (0 contacts)."""
    done = cli(home, "run", *flags, "--quiet", "--out", "out")
    assert done.returncode == 0, done.stderr
    checks = json.loads((home / "out" / "summary.json").read_text())["validation"]
    assert False not in [check["passed"] for check in checks] and None in [check["passed"] for check in checks]
    assert "not run" in (home / "out" / "report.html").read_text() and "FAILED" not in done.stderr


@pytest.mark.parametrize("value", ["every day 0\u0669:00-17:00", "business days 0\U0001d7d7:00-17:00"])
def test_a_calendar_takes_ascii_digits_only(value):
    with pytest.raises(ConfigError, match="admin_hours"):
        validate({"admin_hours": value})


def test_a_calendar_is_kept_as_read():
    assert validate({"admin_hours": "Business  Days\t09:00-17:00"}).admin_hours == "business days 09:00-17:00"


def test_a_triangular_of_one_value_says_so():
    with pytest.raises(ConfigError, match="low 5 equals high: a triangular needs low < high"):
        validate({"contact_time": {"distribution": "triangular", "low": 5, "mode": 5, "high": 5}})


def test_a_bidi_override_in_an_output_name_is_refused(home):
    refused(cli(home, "run", "--users", "20", "--out", "\u202eevil"), "the control character U+202E")


@pytest.mark.parametrize("count", ["+3", "\u0663", "\uff13", "1e3"])
def test_a_roster_count_is_ascii_digits(home, count):
    roster = write(home / "r.csv", f"email,plan,linked_users\nann@corp.example,monthly,{count}\n")
    done = cli(home, "run", "--roster", str(roster), "--out", "x")
    assert done.returncode == 2 and f"column 'linked_users' = '{count}' is invalid" in done.stderr, done.stderr


def test_a_roster_line_too_long_does_not_hide_the_other_problems(home):
    roster = write(home / "r.csv", "email,plan\nbad1,free\n" + "x" * 70_000 + "@a.com,free\nok@a.com,weird\n")
    done = cli(home, "run", "--roster", str(roster), "--out", "x")
    assert done.returncode == 2 and "3 problems" in done.stderr
    assert "line 2:" in done.stderr and "line 3: the line is longer than 64 KiB" in done.stderr
    assert "line 4: column 'plan'" in done.stderr


def test_a_sweep_point_whose_auto_horizon_cannot_be_reached_is_named_before_any_work(home):
    plan = write(home / "plan.toml", 'users = 200\ncontact_users_first = true\n[sweep]\nadmins = [0, 1]\n'
                                     'admin_hours = ["business days 09:00-17:00", "business days 16:59-17:00"]\n')
    refused(cli(home, "sweep", str(plan), "--out", "x"), "sweep file", "grid point admins=1, admin_hours=business "
            "days 16:59-17:00", "add admins, shorten contact_time or widen admin_hours")


def test_compare_says_when_scenarios_end_at_different_dates_or_leave_users_uninvited(home):
    """Found by an analyst: with auto horizons of 119, 156 and 219 days, each scenario's 'joined' was counted at its
    own end date, and a scenario that left 2,526 users uninvited read as '-2,427 joined', with no word of either."""
    a = write(home / "a.toml", "users = 200\n")
    b = write(home / "b.toml", "users = 200\nadmins = 1\ncontact_users_first = true\n")
    done = cli(home, "compare", str(a), str(b), "--quiet", "--out", "auto")
    assert done.returncode == 0, done.stderr
    assert "the scenarios ran for different horizons (A " in done.stderr
    c = write(home / "c.toml", "users = 200\nadmins = 1\ncontact_users_first = true\nhorizon_days = 5\n")
    d = write(home / "d.toml", "users = 200\nhorizon_days = 5\n")
    done = cli(home, "compare", str(d), str(c), "--quiet", "--out", "cut")
    assert "scenario B left" in done.stderr and "users per replication not invited by its horizon" in done.stderr
    page = (home / "cut" / "compare.html").read_text()
    assert "not invited by its horizon" in page
