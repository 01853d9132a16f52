"""Every input the tool accepts runs, and every answer is honest (issue 19): each reproducer of the issue, through
the command line (in-process, as ``cli`` runs it; the console script is tested in test_end_to_end.py) or the API."""

from __future__ import annotations

import os

import pytest
from helpers import cli, refused, snapshot, write

from sim.api import settings
from sim.config import ConfigError, validate

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
