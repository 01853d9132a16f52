"""Bad input gets a clear answer, and nothing is lost.

- A bad config value or flag: one line naming the field, the value and what is allowed; exit code 2;
  nothing written.
- An output folder that exists and is not a previous joinsim run is never replaced.
- A bad roster: every problem listed with its line number, exit code 2, nothing written.
- An interrupted run (Ctrl-C, SIGKILL) leaves the complete previous report or none, never a half one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import cli, hidden, snapshot, visible, write
from helpers import refused as refused_line

from joinsim.cli import main

QUIET = ["--quiet"]


def refused(capsys, argv: list[str]) -> str:
    """Runs joinsim with ``argv`` in this process (from the current folder); it must exit with 2 and print one
    line; returns that line."""
    return refused_line(cli(Path.cwd(), *argv))


# ------------------------------------------------------------------------------------ config and flags
BAD_CONFIGS = [
    # (TOML, the field named, the value shown, what is allowed)
    ("colour = 3", "'colour'", "3", "allowed fields are name, users"),
    ("acept_share = 0.5", "'acept_share'", "0.5", "did you mean 'accept_share'?"),
    ('users = "many"', "'users'", "'many'", "allowed an integer between 1 and 5000000"),
    ("users = 2.5", "'users'", "2.5", "allowed an integer between 1 and 5000000"),
    ("users = -5", "'users'", "-5", "allowed an integer between 1 and 5000000"),
    ("max_resends = -1", "'max_resends'", "-1", "allowed an integer between 0 and 20"),
    ("licence_seats = -10", "'licence_seats'", "-10", "allowed an integer between 0 and 10000000"),
    ('contact_users_first = "yes"', "'contact_users_first'", "'yes'", "allowed true or false"),
    ("share_free = 0.7\nshare_monthly = 0.5", "'share_free' + 'share_monthly'", "0.7 + 0.5 = 1.2",
     "allowed a sum between 0 and 1"),
    ("share_bounce = 0.6\nshare_refuses_external = 0.6", "'share_bounce' + 'share_refuses_external'",
     "0.6 + 0.6 = 1.2", "allowed a sum between 0 and 1"),
    ("share_free = 1.5", "'share_free'", "1.5", "allowed a number between 0 and 1"),
    ("accept_share = -0.1", "'accept_share'", "-0.1", "allowed a number between 0 and 1"),
    ("accept_share = nan", "'accept_share'", "nan", "allowed a number between 0 and 1"),
    ("credit_share = 2", "'credit_share'", "= 2 ", "allowed a number between 0 and 1"),
    ("locales = {en_US = 0.5, fr_FR = 0.2}", "'locales'", "sum 0.7", "summing to 1"),
    ("locales = {en_US = 0.5, de_DE = 0.5}", "'locales'", "'de_DE'", "(en_US, fr_FR, nl_NL)"),
    ("locales = {en_US = 1.5, fr_FR = -0.5}", "'locales'", "1.5", "each share between 0 and 1"),
    ('start = "2026-02-30"', "'start'", "'2026-02-30'", "allowed an ISO date YYYY-MM-DD"),
    ('start = "next monday"', "'start'", "'next monday'", "allowed an ISO date YYYY-MM-DD"),
    ("start = 2026-01-05T09:00:00", "'start'", "2026-01-05T09:00:00", "allowed an ISO date YYYY-MM-DD"),
    ("start = 20260105", "'start'", "20260105", "allowed an ISO date YYYY-MM-DD"),
    ('billing = "cash"', "'billing'", "'cash'", "allowed one of 'autopay', 'net_terms'"),
    ("[run]\nusers = 10\n[population]\nusers = 20", "'users'", "20", "allowed once"),
    ("users = 10\nusers = 20", "c.toml", "users = 20", "not valid TOML"),
    ('name = "../x"', "'name'", "'../x'", "allowed a folder name of 1 to 100 characters, without '/'"),
    ("[run]\nusers = 10\n[population]\nusers = 20", "'users'", "20", "allowed once"),
]


@pytest.mark.parametrize("toml, field, value, allowed", BAD_CONFIGS, ids=[c[0] for c in BAD_CONFIGS])
def test_a_bad_config_gets_one_line_naming_field_value_and_what_is_allowed(tmp_path, capsys, toml, field,
                                                                            value, allowed):
    config = write(tmp_path / "c.toml", toml + "\n")
    err = refused(capsys, ["run", "--config", str(config), *QUIET, "--out", str(tmp_path / "out")])
    assert field in err and value in err and allowed in err
    assert visible(tmp_path) == {"c.toml"} and not hidden(tmp_path), "nothing written"


def test_an_unreadable_config_file_is_refused(tmp_path, capsys):
    latin1 = write(tmp_path / "latin1.toml", "users = 10\n# caf\xe9\n".encode("latin-1"))
    err = refused(capsys, ["run", "--config", str(latin1), *QUIET, "--out", str(tmp_path / "out")])
    assert "is not UTF-8 (byte 0xe9" in err and "allowed a UTF-8 TOML file" in err
    err = refused(capsys, ["run", "--config", str(tmp_path / "missing.toml"), *QUIET])
    assert "missing.toml' not found" in err
    err = refused(capsys, ["run", "--config", str(tmp_path), *QUIET])
    assert "is a folder: allowed a TOML file" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("flags, message", [
    (["--users", "abc"], "argument --users: field 'users' = 'abc' is not a whole number: allowed an integer "
                         "between 1 and 5000000"),
    (["--users", "-3"], "config field 'users' = -3 is invalid: allowed an integer between 1 and 5000000"),
    (["--seed", "1.5"], "argument --seed: field 'seed' = '1.5' is not a whole number"),
    (["--replications", "0"], "config field 'replications' = 0 is invalid: allowed an integer between 1 and 1000"),
    (["--workers", "300"], "config field 'workers' = 300 is invalid: allowed an integer between 1 and 256"),
    (["--set", "accept_share=2"], "config field 'accept_share' = 2 is invalid: allowed a number between 0 and 1"),
    (["--set", "acept_share=0.5"], "unknown config field 'acept_share' = '0.5' (did you mean 'accept_share'?)"),
    (["--set", "accept_share"], "--set 'accept_share' is invalid: allowed FIELD=VALUE"),
])
def test_a_bad_flag_gets_one_line_naming_field_value_and_what_is_allowed(tmp_path, capsys, flags, message):
    err = refused(capsys, ["run", *flags, *QUIET, "--out", str(tmp_path / "out")])
    assert message in err
    assert not any(tmp_path.iterdir())


# -------------------------------------------------------------------------------------- output folder
def test_an_output_folder_that_is_not_a_previous_run_is_never_replaced(tmp_path, capsys):
    thesis = tmp_path / "thesis"
    write(thesis.mkdir() or thesis / "chapter1.txt", "years of work\n")
    err = refused(capsys, ["run", "--users", "30", *QUIET, "--out", str(thesis)])
    assert f"output folder --out = '{thesis}' exists and is not a previous joinsim output" in err
    assert "allowed a new folder, an empty folder, or a previous output of the same joinsim command" in err
    assert snapshot(thesis) == {"chapter1.txt": b"years of work\n"}

    a_file = write(tmp_path / "notes.txt", "notes\n")
    err = refused(capsys, ["run", "--users", "30", *QUIET, "--out", str(a_file)])
    assert "exists and is not a folder" in err and a_file.read_text() == "notes\n"
    err = refused(capsys, ["run", "--users", "30", *QUIET, "--out", str(a_file / "sub")])
    assert "which is a file" in err
    scenario = write(tmp_path / "a.toml", "horizon_days = 30\n")
    err = refused(capsys, ["compare", str(scenario), str(scenario), *QUIET, "--out", str(thesis)])
    assert "exists and is not a previous joinsim output" in err
    assert snapshot(thesis) == {"chapter1.txt": b"years of work\n"}
    link = tmp_path / "link"
    link.symlink_to(thesis)
    err = refused(capsys, ["run", "--users", "30", *QUIET, "--out", str(link)])
    assert "is a symbolic link" in err
    assert visible(tmp_path) == {"thesis", "notes.txt", "a.toml", "link"} and not hidden(tmp_path)


def test_a_previous_run_and_an_empty_folder_are_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    assert main(["run", "--users", "30", *QUIET, "--out", str(out)]) == 0
    assert json.loads((out / "summary.json").read_text())["users"] == 30
    assert main(["run", "--users", "40", *QUIET, "--out", str(out)]) == 0
    assert json.loads((out / "summary.json").read_text())["users"] == 40
    assert visible(tmp_path) == {"out"} and not hidden(tmp_path), "no working folder left behind"


def test_a_disk_error_while_writing_is_one_line_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    from joinsim.sim import runner  # (where the run looks write_report up)

    def full(path, *args, **kwargs):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(runner, "write_report", full)
    err = refused(capsys, ["run", "--users", "30", *QUIET, "--out", str(tmp_path / "out")])
    assert "could not be written (No space left on device" in err and "nothing was written" in err
    assert not any(tmp_path.iterdir())


def test_a_report_that_cannot_be_drawn_fails_the_run_and_leaves_nothing(tmp_path, monkeypatch):
    from joinsim.sim import runner  # (where the run looks write_report up)

    def broken(*args, **kwargs):
        raise ValueError("no ink")

    monkeypatch.setattr(runner, "write_report", broken)
    with pytest.raises(ValueError, match="no ink"):
        main(["run", "--users", "40", *QUIET, "--out", str(tmp_path / "report")])
    assert not any(tmp_path.iterdir()), "no report and no working folder"


def test_a_stale_working_folder_is_removed_but_a_live_one_never(tmp_path):
    """A working folder is live while a process holds its lock (whatever its process id says)."""
    import fcntl

    from joinsim.common.output_folder import clean_stale

    out = tmp_path / "report"
    stale = tmp_path / ".report.joinsim-run-1-aaaaaaaa"
    live = tmp_path / ".report.joinsim-run-999999999-bbbbbbbb"
    yours = tmp_path / ".report.joinsim-backup"  # (a folder of the user's whose name only looks like one)
    yours.mkdir()
    stale.mkdir()
    live.mkdir()
    holder = os.open(live, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        assert clean_stale(out) == [stale]
        assert live.is_dir() and not stale.exists()
    finally:
        os.close(holder)
    assert clean_stale(out) == [live]
    assert yours.is_dir(), "a folder joinsim did not make is never removed"


# --------------------------------------------------------------------------------------------- roster
ROSTER_HEADER = "email,plan,linked_users,zoom_rooms,meetings,renewal_date"


def roster_problems(capsys, tmp_path: Path, roster: Path) -> list[str]:
    out = tmp_path / "never"
    assert main(["run", "--roster", str(roster), *QUIET, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert not out.exists() and not hidden(tmp_path), "nothing written"
    first, *rest = err.rstrip("\n").split("\n")
    assert first.startswith(f"joinsim: error: roster {str(roster)!r}: ")
    return rest


def test_every_problem_of_a_roster_is_listed_with_its_line_number(tmp_path, capsys):
    roster = write(tmp_path / "org.csv", "\n".join([
        ROSTER_HEADER + ",colour",
        "ann@corp.example,annual,2,0,0,2026-06-01,red",  # line 2: fine (colour is a header problem)
        "bob,monthly,0,0,0,,",  # line 3: bad email
        "Ann@Corp.example,gold,0,0,0,,",  # line 4: duplicate user, unknown plan
        "cara@corp.example,annual,-2,-1,0,,",  # line 5: negative counts
        "dan@corp.example,monthly,0,0,0,2026-13-01,",  # line 6: a date that does not parse
        "eve@corp.example,free,3,0,0,,",  # line 7: a free user owns no other users
        "fay@corp.example,annual,0,0",  # line 8: missing fields
    ]) + "\n")
    problems = roster_problems(capsys, tmp_path, roster)
    assert problems == [
        "  line 1: unknown column 'colour': allowed columns email, locale, plan, renewal_date, linked_users, "
        "linked_external, zoom_rooms, unpaid_invoice, pending_cancellation, licensed, undeliverable, meetings "
        "(email and plan required)",
        "  line 3: column 'email' = 'bob' is invalid: allowed one email address such as name@example.com (SEC-5: "
        "no spaces, invisible or look-alike characters, dots only between characters, at most 64 characters before "
        "the @)",
        "  line 4: column 'email' = 'Ann@Corp.example' is invalid (the same user as line 2): allowed each "
        "address once",
        "  line 4: column 'plan' = 'gold' is invalid (unknown plan): allowed one of free, monthly, annual",
        "  line 5: column 'linked_users' = '-2' is invalid (negative): allowed a whole number between 0 and 1000",
        "  line 5: column 'zoom_rooms' = '-1' is invalid (negative): allowed a whole number between 0 and 100",
        "  line 6: column 'renewal_date' = '2026-13-01' is invalid: allowed an ISO date YYYY-MM-DD",
        "  line 7: column 'linked_users' = 3 is invalid (a free account has no other users): allowed 0 for a "
        "free plan",
        "  line 8: 4 fields: allowed 7, as in the header",
    ]


def test_a_roster_without_its_required_columns_names_each_missing_one(tmp_path, capsys):
    roster = write(tmp_path / "org.csv", "mail,locale\nann@corp.example,en_US\n")
    problems = roster_problems(capsys, tmp_path, roster)
    assert [p.split(":")[0:2] for p in problems] == [
        ["  line 1", " missing column 'email'"], ["  line 1", " missing column 'plan'"],
        ["  line 1", " unknown column 'mail'"]]


def test_a_roster_that_is_not_utf8_lists_every_line_to_fix(tmp_path, capsys):
    roster = write(tmp_path / "org.csv", "email,plan\njos\xe9@corp.example,annual\nann@corp.example,monthly\n"
                   "ren\xe9e@corp.example,free\n".encode("latin-1"))
    assert roster_problems(capsys, tmp_path, roster) == [
        "  line 2: byte 0xe9 at column 4 is not UTF-8: allowed UTF-8 text (in a spreadsheet: save as 'CSV UTF-8')",
        "  line 4: byte 0xe9 at column 4 is not UTF-8: allowed UTF-8 text (in a spreadsheet: save as 'CSV UTF-8')"]
    utf16 = write(tmp_path / "org16.csv", "email,plan\nann@corp.example,annual\n".encode("utf-16"))
    assert roster_problems(capsys, tmp_path, utf16) == [
        "  line 1: the file is UTF-16 (it starts with a UTF-16 byte-order mark): allowed UTF-8 (in a "
        "spreadsheet: save as 'CSV UTF-8')"]


def test_an_empty_roster_and_a_roster_without_users_are_refused(tmp_path, capsys):
    empty = write(tmp_path / "empty.csv", "")
    out = tmp_path / "never"
    err = refused(capsys, ["run", "--roster", str(empty), *QUIET, "--out", str(out)])
    assert f"roster {str(empty)!r}: the file is empty: allowed a header line" in err
    header_only = write(tmp_path / "header.csv", "email,plan\n")
    assert roster_problems(capsys, tmp_path, header_only) == [
        "  line 1: no users after the header: allowed one line per user"]


def test_a_utf8_roster_with_a_byte_order_mark_and_names_with_accents_runs(tmp_path):
    roster = write(tmp_path / "org.csv", "\ufeffemail,plan\nrenée@société.fr,annual\nann@corp.example,free\n")
    assert main(["run", "--roster", str(roster), *QUIET, "--out", str(tmp_path / "ok")]) == 0
    assert json.loads((tmp_path / "ok" / "summary.json").read_text())["users"] == 2
