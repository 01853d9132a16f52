"""Results an analyst can trust (issue 13): every figure a person reads is per replication with its interval, never a
sum over replications unless labelled so; one replication shows no interval; non-negative figures have no negative
interval; comparisons are paired; a horizon that cuts the campaign is said; money is in dollars and outcomes in
words; every plot says what it shows. Each test names the misleading case it guards against."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from joinsim import compare, settings, simulate
from joinsim.cli import main
from joinsim.sim.api import scenario_name
from joinsim.sim.campaign import plan_campaign
from joinsim.sim.config import load
from joinsim.sim.figures import BY_KEY


def run(tmp_path: Path, name: str, *flags: str) -> Path:
    out = tmp_path / name
    assert main(["run", "--quiet", "--out", str(out), *flags]) == 0
    return out


def summary_of(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text())


@pytest.fixture(scope="module")
def five(tmp_path_factory) -> Path:
    """300 users, 5 replications, blockers common."""
    return run(tmp_path_factory.mktemp("five"), "five", "--users", "300", "--replications", "5", "--set",
               "share_unpaid_invoice=0.2", "--set", "share_multi_user_owner=0.3")


def test_the_headline_is_per_replication_not_a_sum_over_replications(five, capsys):
    """Misleading before: with --replications 10 a 5,000-user organisation read 'users 50,000'."""
    summary = summary_of(five)
    users = pd.read_parquet(five / "users.parquet")
    assert summary["users"] == 300 and len(users) == 1500
    assert summary["joined"] == pytest.approx((users.outcome == "joined").sum() / 5)
    assert summary["pooled"]["joined"] == (users.outcome == "joined").sum(), "a sum only where labelled as one"
    assert summary["outcomes"]["joined"] == summary["joined"]
    page = (five / "report.html").read_text()
    assert "Of 300 users per replication" in page and "1,500" not in page.split("<h2>Money</h2>")[0]


def test_a_roster_run_several_times_reads_its_own_size(tmp_path, capsys):
    """Misleading before: a 300-row roster run 5 times read '1,500 users'."""
    roster = tmp_path / "org.csv"
    roster.write_text("email,plan\n" + "".join(f"user{i}@acme.example,annual\n" for i in range(300)))
    out = run(tmp_path, "roster", "--roster", str(roster), "--replications", "5")
    assert summary_of(out)["users"] == 300
    assert "300 users per replication (5 replications)" in capsys.readouterr().out


def test_one_replication_shows_no_interval_and_says_how_to_get_one(tmp_path, capsys):
    """Misleading before: one replication printed a '95% interval' of zero width."""
    out = run(tmp_path, "one", "--users", "300")
    summary = summary_of(out)
    assert all(stats["low"] is None and stats["high"] is None for stats in summary["intervals"].values())
    page = (out / "report.html").read_text()
    assert "One replication: the figures below have no interval" in page and "--replications 3" in page
    a = tmp_path / "a.toml"
    a.write_text('billing = "autopay"\n')
    b = tmp_path / "b.toml"
    b.write_text('billing = "net_terms"\n')
    capsys.readouterr()
    assert main(["compare", str(a), str(b), "--users", "100", "--quiet", "--out", str(tmp_path / "cmp")]) == 0
    printed = capsys.readouterr().out
    assert "no interval (one replication)" in printed and "[0.00, 0.00]" not in printed


def test_intervals_of_figures_that_cannot_be_negative_do_not_go_below_zero(five, tmp_path):
    """Misleading before: some bars went below zero for quantities that cannot."""
    for stats in summary_of(five)["intervals"].values():
        assert stats["low"] is None or stats["low"] >= 0
    plan = tmp_path / "grid.toml"
    plan.write_text("users = 200\nreplications = 3\nhorizon_days = 40\n[sweep]\nbilling = ['autopay', 'net_terms']\n")
    assert main(["sweep", str(plan), "--workers", "1", "--quiet", "--out", str(tmp_path / "grid")]) == 0
    table = pd.read_parquet(tmp_path / "grid" / "summary.parquet")
    assert (table.ci95_low.dropna() >= 0).all()


def test_a_sweep_gives_each_points_paired_difference_from_the_baseline(tmp_path):
    """Misleading before: each point's own interval, overlapping, hid effects that common random numbers make
    clear. Here the paired interval of the difference is much narrower than the points' own intervals."""
    plan = tmp_path / "grid.toml"
    plan.write_text("users = 400\nreplications = 5\n[sweep]\naccept_share = [0.75, 0.8]\n")
    assert main(["sweep", str(plan), "--workers", "1", "--quiet", "--out", str(tmp_path / "grid")]) == 0
    table = pd.read_parquet(tmp_path / "grid" / "summary.parquet")
    joined = table[table.figure == "joined"].set_index("point")
    own = joined.ci95_high - joined.ci95_low
    paired = joined.loc[1, "difference_high"] - joined.loc[1, "difference_low"]
    assert paired < own.min() / 3, "common random numbers: the paired difference is much the sharper comparison"
    assert joined.loc[1, "difference_low"] > 0, "more users accept: more join, in every replication"
    page = re.sub(r'src="data:[^"]*"', "", (tmp_path / "grid" / "report.html").read_text())  # (the text, not PNGs)
    assert "Differences from the baseline point" in page and "1e6" not in page


def test_a_horizon_that_cuts_the_campaign_is_said_and_auto_fits_any_size(tmp_path, capsys):
    """Misleading before: at 100,000 users 58.5% were never invited before the horizon, with no warning."""
    config = load(users=100_000, horizon_days=120)
    plan = plan_campaign(config, 100_000)
    assert plan.never_invited(100_000) == 58_500
    for users in (5_000, 100_000, 1_000_000):
        auto = plan_campaign(load(users=users), users)
        assert auto.auto and auto.never_invited(users) == 0 and auto.horizon_days == auto.needed_days(load())
    out = run(tmp_path, "cut", "--users", "3000", "--set", "batch_size=100", "--set", "horizon_days=20")
    err = capsys.readouterr().err
    assert "joinsim: warning: the horizon (20 days) ends before the campaign's last batch" in err
    summary = summary_of(out)
    assert summary["never_invited"] == summary["campaign"]["never_invited"] > 0
    assert "Warning:" in (out / "report.html").read_text() and "never invited" in (out / "report.html").read_text()


def test_the_report_reads_in_dollars_words_and_days_and_every_plot_says_what_it_shows(five):
    """Misleading before: cents beside dollars, snake_case outcome codes as labels, no join rate, the users who
    moved with their owners nowhere, a time-to-join histogram with mixed units, alt="" on every plot."""
    whole = (five / "report.html").read_text()
    page = whole.split("<h2>The model</h2>")[0]  # (the settings keep their names, in the configuration)
    assert "(cents)" not in page and "_cents" not in page
    assert re.search(r"\$\d{1,3}(,\d{3})*\.\d{2}", page)
    assert "blocked by an unpaid invoice" in page and "ACC-5" in page
    assert "join rate" in page and "moved with their owner" in page
    assert "Time from invitation to joining" not in page or "days from the invitation" in page
    alts = re.findall(r'<img alt="([^"]*)"', page)
    assert len(alts) >= 3 and all(len(alt) > 40 for alt in alts)
    assert "median" in " ".join(alts)
    assert "What blocked the rest, and what to fix first" in page and "Ask them to pay their open invoices" in page
    for section in ("Purpose", "Logic", "Inputs", "Assumptions", "Random numbers", "Verification"):
        assert f"<h3>{section}</h3>" in whole, section


def test_time_is_reported_as_series_by_calendar_date(five):
    series = pd.read_parquet(five / "series.parquet")
    assert set(series.columns) >= {"replication", "date", "invited", "joined", "credit_waiting_cents",
                                   "refunds_waiting_cents"}
    assert str(series.date.min()) == "2026-01-05"
    users = pd.read_parquet(five / "users.parquet")
    per_replication = users[users.outcome == "joined"].groupby("replication").size()
    assert (series.groupby("replication").joined.sum() == per_replication).all()
    assert (series.credit_waiting_cents >= 0).all() and (series.refunds_waiting_cents >= 0).all()


def test_precision_runs_replications_until_the_figures_are_precise_whatever_the_workers(tmp_path):
    outs = [run(tmp_path, f"precise{w}", "--users", "300", "--precision", "0.05", "--workers", str(w))
            for w in (1, 2)]
    first = summary_of(outs[0])
    precision = first["precision"]
    assert precision["reached"] and precision["replications_run"] == first["replications"] >= 3
    assert precision["replications_needed"] <= precision["replications_run"]
    assert first["intervals"]["joined"]["half_width"] <= 0.05 * first["joined"]
    assert [row["replications"] for row in precision["path"]] == list(range(1, precision["replications_run"] + 1))
    assert (outs[0] / "users.parquet").read_bytes() == (outs[1] / "users.parquet").read_bytes()
    assert summary_of(outs[1]) == first
    page = (outs[0] / "report.html").read_text()
    assert "Replications were added until joined, prorated_cents were within ±5%" in page
    assert "half-width of the 95% interval of each chosen figure as replications were added" in page


def test_scenarios_given_as_settings_are_named_after_what_differs():
    configs = [settings(billing="autopay"), settings(billing="net_terms", admins=3), settings(name="pilot")]
    assert [scenario_name(configs, k) for k in range(3)] == [
        "billing=autopay, admins=0", "billing=net_terms, admins=3", "pilot"]
    assert scenario_name([settings(), settings()], 1) == "scenario 2"


def test_a_comparison_opens_with_its_verdict(tmp_path):
    """The stakeholder's question, "should we contact users first?", answered in the page's first sentence: the
    figures that clearly differ, the time from the batch (not from the invitation, which a contact delays) first."""
    done = compare(settings(admins=3), settings(admins=3, contact_users_first=True), users=600, replications=3,
                   out=tmp_path / "cmp")
    sentence = done.result["verdicts"]["B"]
    assert sentence.startswith("B (contact_users_first=true) against A: joined +"), sentence
    assert sentence.index("median days from the batch to joining +") < sentence.index("days to the last invitation +")
    assert "median days to join " not in sentence.split(";")[1]
    page = (tmp_path / "cmp" / "compare.html").read_text()
    first = re.search(r'<p class="lead verdict">(.*?)</p>', page).group(1)
    assert "contact_users_first=true" in first and "median days from the batch to joining +" in first
    assert page.index('class="lead verdict"') < page.index("<h2>")


def test_the_credit_that_waited_is_told_by_its_peak_not_only_by_what_is_left(tmp_path):
    """"How much credit waits, and how long?": at the horizon nothing may wait although all of it waited weeks;
    the headline and the money table give the most that waited at once, and when."""
    run = simulate(users=800, replications=2, billing="net_terms", out=tmp_path / "run")
    peak = run.summary["peaks"]["credit_waiting_cents"]
    series = run.series
    highs = series.groupby("replication")["credit_waiting_cents"].max()
    assert peak["mean_cents"] == highs.mean() > 0 and peak["date"] >= run.summary["config"]["start"]
    first = re.search(r'<p class="lead">(.*?)</p>', (tmp_path / "run" / "report.html").read_text(), re.S).group(1)
    assert f"at most {BY_KEY['prorated_cents'].format(peak['mean_cents'])} of it waited at once" in first
    assert "credit waiting to be applied: the most at once" in (tmp_path / "run" / "report.html").read_text()


def test_the_licence_seats_held_at_the_peak_are_the_model_s(tmp_path):
    """"How many licence seats avoid licence loss?": the seats the inviting account held at the end of each day,
    asked of the model (licensed members and pending Licensed invitations, LIC-3), and their peak in the report."""
    tight = simulate(users=600, replications=2, licence_seats=40, out=tmp_path / "tight")
    roomy = simulate(users=600, replications=2, licence_seats=1000, out=tmp_path / "roomy")
    assert tight.summary["peaks"]["licence_seats_held"]["mean"] == 40 and tight.summary["licences_lost"] > 0
    peak = roomy.summary["peaks"]["licence_seats_held"]
    assert peak["mean"] == roomy.series.groupby("replication")["licence_seats_held"].max().mean() < 1000
    assert roomy.summary["licences_lost"] == 0
    page = (tmp_path / "roomy" / "report.html").read_text()
    assert f"Licence seats held at the peak, at the end of a day: {peak['mean']:,.1f}" in page


def test_each_resource_says_its_busiest_day(tmp_path):
    run = simulate(users=900, replications=2, admins=2, contact_users_first=True, out=tmp_path / "run")
    admins = next(r for r in run.summary["resources"] if r["resource"] == "admins")
    # two admins in office hours begin at most 2 × 8 hours of work a day, and a contact takes at most 30 minutes
    assert 8 < admins["busiest_day_hours"] <= 2 * 8 + 2 * 0.5 and admins["busiest_day"] >= 0
    assert admins["busiest_day_hours"] <= admins["hours_worked"]
    assert re.search(r"<td>2026-\d\d-\d\d: [\d.]+ h</td>", (tmp_path / "run" / "report.html").read_text())
