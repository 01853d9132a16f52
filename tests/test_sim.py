"""The simulator's contract: money adds up, outcomes add up, runs are reproducible whatever the number of
workers, bad input stops the run before anything is written, and compare works."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from helpers import write

from joinsim.cli import main
from joinsim.sim.figures import OUTCOMES

SMALL = ["--users", "400", "--quiet"]


@pytest.fixture(scope="module")
def small_config(tmp_path_factory) -> Path:
    # every kind of blocker is common, so that every branch of a user's story runs
    return write(tmp_path_factory.mktemp("cfg") / "small.toml", """
name = "small"
horizon_days = 60
batch_size = 100
share_unpaid_invoice = 0.2
share_pending_cancellation = 0.2
share_multi_user_owner = 0.3
share_zoom_rooms = 0.5
licence_seats = 20
""")


@pytest.fixture(scope="module")
def run_once(tmp_path_factory, small_config):
    out = tmp_path_factory.mktemp("runs") / "a"
    assert main(["run", "--config", str(small_config), *SMALL, "--seed", "7", "--out", str(out)]) == 0
    return out


def read_summary(folder: Path) -> dict:
    summary = json.loads((folder / "summary.json").read_text())
    assert "wall_time_s" not in summary, "wall time lives in run.json, so summary.json compares byte for byte"
    return summary


def test_a_run_writes_the_three_files(run_once):
    assert {p.name for p in run_once.iterdir()} >= {"users.parquet", "summary.json", "report.html", "run.json"}
    assert json.loads((run_once / "run.json").read_text())["wall_time_s"] > 0
    html = (run_once / "report.html").read_text()
    assert "Money" in html and "What blocked the rest" in html and "data:image/png;base64" in html


def test_every_user_has_one_row_with_the_contract_columns(run_once):
    table = pq.read_table(run_once / "users.parquet")
    assert table.num_rows == 400
    for column in ("user_id", "email", "locale", "plan", "is_owner", "linked_users", "licensed_before",
                   "invited_as", "outcome", "failure_rule", "invited_at", "joined_at", "prorated_cents",
                   "refund_cents", "credit_cents", "refund_paid_at"):
        assert column in table.column_names
    users = table.to_pandas()
    # every user the campaign reached has the time of their invitation, a refused one (bounced...) included
    assert (users.invited_at.isna() == (users.outcome == "not_invited")).all()
    assert users.invited_at.notna().any()


def test_money_adds_up_to_the_cent_for_every_user_and_in_the_summary(run_once):
    users = pq.read_table(run_once / "users.parquet").to_pandas()
    summary = read_summary(run_once)
    assert (users.prorated_cents == users.refund_cents + users.credit_cents).all()
    assert users.prorated_cents.sum() > 0 and users.refund_cents.sum() > 0 and users.credit_cents.sum() > 0
    assert summary["prorated_cents"] == users.prorated_cents.sum()
    assert summary["refund_cents"] == users.refund_cents.sum()
    assert summary["credit_transferred_cents"] == users.credit_cents.sum()
    assert summary["credit_transferred_cents"] == (summary["credit_applied_cents"]
                                                   + summary["credit_awaiting_billing_chat_cents"]
                                                   + summary["credit_awaiting_next_invoice_cents"])
    assert (users.joined_at.isna() == (users.outcome != "joined")).all()
    assert not ((users.outcome != "joined") & (users.prorated_cents != 0)).any()
    paid = users.refund_paid_at.notna()
    assert (users.refund_cents[paid] > 0).all()
    assert summary["refunds_paid_cents"] == users.refund_cents[paid].sum()


def test_outcome_counts_sum_to_the_users_and_failures_name_their_rule(run_once):
    users = pq.read_table(run_once / "users.parquet").to_pandas()
    summary = read_summary(run_once)
    assert set(summary["outcomes"]) == set(OUTCOMES)
    assert sum(summary["outcomes"].values()) == summary["users"] == len(users)
    assert summary["outcomes"] == {o: int((users.outcome == o).sum()) for o in OUTCOMES}
    assert summary["joined"] == summary["outcomes"]["joined"] > 0
    blocked = users[users.outcome.astype(str).str.startswith("blocked_")]
    assert len(blocked) > 0 and (blocked.failure_rule != "").all()
    rules = set(users.failure_rule) - {""}
    catalogue = " ".join(p.read_text() for p in Path("features").glob("*.feature"))
    missing = sorted(r for r in rules if f"@rule-{r}" not in catalogue)
    assert rules <= {"ACC-5", "OWN-3", "OWN-4", "OWN-5", "INV-3", "INV-4", "SEC-3", "LIC-3"}, rules
    assert not missing, f"rule ids not in features/: {missing}"


def test_the_same_seed_gives_identical_users_and_summary(tmp_path, run_once, small_config):
    again = tmp_path / "b"
    assert main(["run", "--config", str(small_config), *SMALL, "--seed", "7", "--out", str(again)]) == 0
    assert (again / "users.parquet").read_bytes() == (run_once / "users.parquet").read_bytes()
    assert read_summary(again) == read_summary(run_once)


def test_a_different_seed_gives_a_different_run(tmp_path, run_once, small_config):
    other = tmp_path / "c"
    assert main(["run", "--config", str(small_config), *SMALL, "--seed", "8", "--out", str(other)]) == 0
    assert (other / "users.parquet").read_bytes() != (run_once / "users.parquet").read_bytes()


def test_replications_do_not_depend_on_the_number_of_workers(tmp_path, small_config):
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        assert main(["run", "--config", str(small_config), "--users", "150", "--quiet", "--replications", "3",
                     "--workers", str(workers), "--out", str(out)]) == 0
        outs.append(out)
    assert (outs[0] / "users.parquet").read_bytes() == (outs[1] / "users.parquet").read_bytes()
    first, second = read_summary(outs[0]), read_summary(outs[1])
    assert first == second
    assert first["users"] == 150 and first["replications"] == 3, "per replication, not summed over them"
    assert first["pooled"]["users"] == 450 and "sums over all 3 replications" in first["pooled"]["note"]
    assert {"mean", "sd", "low", "high", "n", "half_width", "cut_at_zero"} <= set(first["intervals"]["joined"])
    assert (outs[0] / "replications.csv").exists()
    per = first["per_replication"]
    assert len({r["prorated_cents"] for r in per}) > 1, "each replication has its own random streams"


def test_a_roster_runs_with_the_real_users(tmp_path):
    roster = write(tmp_path / "roster.csv", "email,plan,locale,renewal_date,linked_users,unpaid_invoice\n"
                   "ann@corp.example,annual,en_US,2026-06-01,2,false\n"
                   "bob@corp.example,monthly,nl_NL,2026-01-20,0,true\n"
                   "eve@free.example,free,fr_FR,,0,\n")
    out = tmp_path / "roster-run"
    assert main(["run", "--roster", str(roster), "--quiet", "--out", str(out), "--csv"]) == 0
    users = pq.read_table(out / "users.parquet").to_pandas()
    assert list(users.email) == ["ann@corp.example", "bob@corp.example", "eve@free.example"]
    assert (out / "users.csv").exists()


def test_a_roster_with_a_bad_row_is_refused_with_its_line_number(tmp_path, capsys):
    roster = write(tmp_path / "roster.csv", "email,plan\nann@corp.example,annual\nbob@corp.example,gold\n")
    out = tmp_path / "never"
    assert main(["run", "--roster", str(roster), "--quiet", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "plan" in err and "gold" in err
    assert not out.exists() and not list(tmp_path.glob(".never*"))


@pytest.mark.parametrize("setting, field", [("accept_share = 1.5", "accept_share"),
                                            ('billing = "cash"', "billing"),
                                            ("batch_size = 0", "batch_size"),
                                            ("colour = 3", "colour")])
def test_a_config_with_a_bad_value_is_refused_and_nothing_is_written(tmp_path, capsys, setting, field):
    config = write(tmp_path / "bad.toml", setting + "\n")
    out = tmp_path / "never"
    assert main(["run", "--config", str(config), "--quiet", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert field in err and "allowed" in err and err.count("\n") == 1
    assert not out.exists()


def test_a_bad_flag_is_refused_with_the_allowed_range(tmp_path, capsys):
    assert main(["run", "--users", "-3", "--quiet", "--out", str(tmp_path / "never")]) == 2
    err = capsys.readouterr().err
    assert "'users'" in err and "-3" in err and "between 1 and" in err
    assert not (tmp_path / "never").exists()


def test_compare_runs_two_scenarios_with_common_random_numbers(tmp_path):
    a = write(tmp_path / "autopay.toml", 'billing = "autopay"\n')  # (the horizon: auto, long enough for the chat)
    b = write(tmp_path / "contact.toml", 'billing = "net_terms"\ncontact_users_first = true\n')
    out = tmp_path / "cmp"
    assert main(["compare", str(a), str(b), "--users", "200", "--replications", "2", "--quiet",
                 "--out", str(out)]) == 0
    result = json.loads((out / "comparison.json").read_text())
    assert result["changed_config"] == {"B": ["billing", "contact_users_first"]}
    sent = next(r for r in result["figures"] if r["key"] == "invitations_sent")
    assert sent["a_mean"] == sent["b_mean"] and sent["difference_mean"] == 0, "the same users, the same addresses"
    wait = next(r for r in result["figures"] if r["key"] == "credit_wait_days")
    assert wait["difference_mean"] > 5, "net terms: credit waits for a billing chat, longer than for autopay's invoice"
    assert (out / "compare.html").exists() and (out / "A" / "users.parquet").exists() and (out / "B").is_dir()


def test_python_dash_m_joinsim_and_the_french_readings_run(tmp_path):
    import subprocess
    import sys

    config = write(tmp_path / "fr.toml", 'linked_users_reading = "fr"\ncredit_choice_reading = "fr"\n'
                   "share_multi_user_owner = 0.5\nhorizon_days = 40\n")
    out = tmp_path / "fr"
    done = subprocess.run([sys.executable, "-m", "joinsim", "run", "--config", str(config), "--users", "200",
                           "--quiet", "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    users = pq.read_table(out / "users.parquet").to_pandas()
    assert (users.credit_cents == 0).all(), "French reading: paid owners are refunded"
    assert (users.outcome == "blocked_users_linked").any() or (users.moved_with_owner == 0).all()
