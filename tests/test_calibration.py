"""``joinsim calibrate``: parameter recovery (a simulated pilot with known parameters, cut while many users are
still pending, calibrated back: each known value inside its 95% interval), the installed command end to end from a
folder outside the repository (calibrate the pilot of docs/, then run its fitted.toml), and bad pilots (every
problem at once with its line number, exit 2, nothing written). ``bench/calibration_coverage.py`` runs
``recovery`` over 20 seeds and prints each parameter's coverage."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from helpers import ROOT, cli, joinsim, write

from joinsim import calibrate, simulate
from joinsim.common.errors import UsageError
from joinsim.sim.config import load

# the pilot's true behaviour: the defaults, with more users contacted first and more blockers, so that every
# parameter has users to fit it (the Python API's settings)
KNOWN = {"share_contacted_first": 0.3, "share_unpaid_invoice": 0.2, "share_pending_cancellation": 0.1,
         "share_refuses_external": 0.0, "batch_size": 1000, "horizon_days": 40}
AS_OF = "2026-01-17 12:00"  # 12 days after the first batch: the first resends are out, many users still pending
RECOVERED = ("read_delay.median", "read_delay.sigma", "accept_share", "accept_share_contacted",
             "accept_share_after_resend", "fix_share", "fix_delay.median", "fix_delay.sigma", "credit_share",
             "share_unpaid_invoice", "share_pending_cancellation", "share_bounce")
SEED = 3


def recovery(seed: int, folder: Path, users: int = 3000) -> dict[str, tuple[float, float | None, float | None]]:
    """Simulate a pilot of ``users`` with the known parameters (traced: the blockers' times, as tickets give
    them), calibrate it back at AS_OF: each parameter's (true value, 95% low, 95% high)."""
    simulate(users=users, seed=seed, trace=True, out=folder / f"pilot-{seed}", **KNOWN)
    truth = load(None, sets=[]).with_overrides(**KNOWN)
    fitted = calibrate(folder / f"pilot-{seed}" / "users.parquet", as_of=AS_OF, share_refuses_external=0.0)
    found = {}
    fits = {"read_delay": fitted.result.read_fits, "fix_delay": fitted.result.fix_fits}
    for e in fitted.result.estimates:
        assert e.source == "pilot" or e.name == "share_zoom_rooms", (e.name, e.note)
        if e.parts:  # a delay: the parameters of the true distribution's fit (AIC may rank another first)
            true = getattr(truth, e.name)
            fit = next(f for f in fits[e.name] if f.distribution == true.distribution)
            for part, (low, high) in fit.intervals.items():
                found[f"{e.name}.{part}"] = (getattr(true, part), low, high)
            found[f"{e.name} chosen by AIC"] = (e.value["distribution"] == true.distribution, None, None)
        elif e.source == "pilot":
            found[e.name] = (getattr(truth, e.name), e.low, e.high)
    return found


def test_known_parameters_are_recovered_within_their_intervals(tmp_path):
    found = recovery(SEED, tmp_path)
    assert set(RECOVERED) <= set(found)
    missed = {name: found[name] for name in RECOVERED if not found[name][1] <= found[name][0] <= found[name][2]}
    assert not missed, missed


def test_a_pilot_with_many_pending_users_is_censored_not_failed(tmp_path):
    """The pending users are censored: a read delay fitted on the joined users alone would be much shorter."""
    fitted = calibrate(ROOT / "docs" / "pilot.csv", as_of="2026-03-06 12:00")
    pilot = fitted.result.pilot
    assert pilot["censored_readers"] > 0.15 * pilot["invited_by_as_of"]
    assert any("heavy censoring" in w for w in fitted.warnings) or pilot["censored_readers"] < \
        0.5 * pilot["invited_by_as_of"]
    median = fitted.fitted["read_delay"]["median"] if fitted.fitted["read_delay"]["distribution"] == "lognormal" \
        else None
    assert median is None or 15 < median < 60


def test_calibrate_then_run_from_an_analysts_folder(home):
    """The installed console script, from a folder outside the repository: calibrate the pilot of docs/, then run
    the forecast from its fitted.toml as it is."""
    pilot = write(home / "pilot.csv", (ROOT / "docs" / "pilot.csv").read_bytes())
    done = joinsim(home, "calibrate", str(pilot), "--out", "fitted")
    assert done.returncode == 0, done.stderr
    assert "settings fitted from the pilot" in done.stdout and "fitted/fitted.toml" in done.stdout
    assert {p.name for p in (home / "fitted").iterdir()} >= {"fitted.toml", "calibration.html", "calibration.json"}
    text = (home / "fitted" / "fitted.toml").read_text()
    values = tomllib.loads(text)["behaviour"]
    assert values["read_delay"]["distribution"] in ("exponential", "lognormal", "gamma", "uniform", "triangular")
    assert "# accept_share: from the pilot:" in text and "95% interval" in text and "n = " in text
    assert "AIC rank 1 of 5" in text
    assert "fix_delay = lognormal (median 3, sigma 1): only" in text  # too few blocked users: the default, and why
    result = json.loads((home / "fitted" / "calibration.json").read_text())
    sources = {p["setting"]: p["source"] for p in result["parameters"]}
    assert sources["accept_share"] == "pilot" and sources["fix_delay"] == "default"
    assert any("fix_delay" in w for w in result["warnings"])
    page = (home / "fitted" / "calibration.html").read_text()
    assert page.count("<img alt=") == 1 and "Kaplan–Meier" in page and "from the pilot" in page
    run = joinsim(home, "run", "--config", "fitted/fitted.toml", "--users", "300", "--quiet", "--out", "forecast")
    assert run.returncode == 0, run.stderr
    summary = json.loads((home / "forecast" / "summary.json").read_text())
    assert summary["config"]["accept_share"] == values["accept_share"]
    assert "input_uncertainty" not in summary


def test_input_uncertainty_draws_each_replication_s_behaviour_the_same_whatever_the_workers(home, tmp_path):
    """--input-uncertainty: each replication draws the fitted settings from the pilot's fit (calibration.json),
    from its own seed: byte-identical files on 1 or 2 workers, different draws from one replication to the next."""
    calibrate(ROOT / "docs" / "pilot.csv", out=home / "fitted")
    runs = [joinsim(home, "run", "--config", "fitted/fitted.toml", "--input-uncertainty", "--users", "200",
                    "--replications", "3", "--workers", str(w), "--quiet", "--out", f"w{w}") for w in (1, 2)]
    assert all(run.returncode == 0 for run in runs), runs[0].stderr + runs[1].stderr
    for name in ("users.parquet", "summary.json", "replications.csv"):
        assert (home / "w1" / name).read_bytes() == (home / "w2" / name).read_bytes(), name
    drawn = json.loads((home / "w1" / "summary.json").read_text())["input_uncertainty"]["drawn"]
    assert len(drawn) == 3 and len({d["accept_share"] for d in drawn}) == 3
    assert {d["read_delay"]["distribution"] for d in drawn} == {"lognormal"}
    widths = json.loads((home / "w1" / "summary.json").read_text())["input_uncertainty"]["half_widths"]
    assert widths["join_rate"]["with"] > 0 and widths["join_rate"]["without"] > 0
    assert "input uncertainty" in (home / "w1" / "report.html").read_text() and "without)" in \
        (home / "w1" / "report.html").read_text()
    refused = cli(home, "run", "--input-uncertainty", "--users", "10")
    assert refused.returncode == 2 and "needs --config" in refused.stderr


def test_the_roster_mix_is_compared(home):
    roster = write(home / "org.csv", "email,plan,locale\n" + "".join(
        f"user{k}@example.com,annual,nl_NL\n" for k in range(50)))
    fitted = calibrate(ROOT / "docs" / "pilot.csv", roster=roster)
    assert any("not representative of the roster's plan mix" in w for w in fitted.warnings)
    assert any("locale mix" in w for w in fitted.warnings)
    assert fitted.parameters.loc["accept_share", "source"] == "pilot"
    assert fitted.config.accept_share == fitted.fitted["accept_share"]


PILOT_HEADER = "email,invited_at,joined_at,outcome,error_code,blocked_at,resends,choice,contacted_first\n"


def test_a_bad_pilot_lists_every_problem_by_line_and_writes_nothing(home):
    bad = write(home / "bad.csv", PILOT_HEADER
                + "ann@example.com,2026-03-02 09:00,2026-03-01 10:00,joined,,,0,,no\n"  # joined before invited
                + "bob@example.com,yesterday,,pending,,,0,,no\n"  # not a date
                + "ann@example.com,2026-03-02 09:00,,pending,,,0,,no\n"  # twice
                + "cid@example.com,2026-03-02 09:00,,blocked_unpaid_invoice,1234,,x,maybe,perhaps\n"
                + "dan@example.com,2026-03-02 09:00,,joined,,,0,,no\n"  # joined without joined_at
                + "eve@example.com,2026-03-02 09:00,2026-03-03 09:00,wandered,,,0,,no\n"
                + "only,three,fields\n")
    done = cli(home, "calibrate", str(bad), "--out", "out")
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
    first = done.stderr.splitlines()[0]
    assert first.startswith("joinsim: error: pilot ") and "nothing was written" in first
    for line, words in ((2, "joined_at"), (3, "invited_at"), (4, "the same user as line 2"), (5, "error_code"),
                        (5, "resends"), (5, "choice"), (5, "contacted_first"), (6, "joined_at"), (7, "outcome"),
                        (8, "3 fields")):
        assert any(f"line {line}:" in row and words in row for row in done.stderr.splitlines()), (line, words,
                                                                                                  done.stderr)
    assert not (home / "out").exists()


@pytest.mark.parametrize("text, words", [
    ("", "the file is empty"),
    ("email,joined_at\n", "missing column 'invited_at'"),
    ("email,invited_at,mood\nann@example.com,2026-03-02 09:00,happy\n", "unknown column 'mood'"),
    (PILOT_HEADER, "no invited users"),
    ("email,invited_at\n" + "a" * (70 * 1024) + "\n", "longer than 64 KiB"),
    (b"email,invited_at\nann@example.com,2026-03-02 09:00\n\xff\xfe@x.com,2026-03-02\n", "not UTF-8"),
])
def test_malformed_pilots_are_refused(home, text, words):
    pilot = write(home / "pilot.csv", text)
    done = cli(home, "calibrate", str(pilot), "--out", "out")
    assert done.returncode == 2 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and not (home / "out").exists()


def test_a_pilot_that_is_not_a_file_and_a_bad_as_of_are_refused(home):
    assert "is a folder" in cli(home, "calibrate", str(home)).stderr
    done = cli(home, "calibrate", str(ROOT / "docs" / "pilot.csv"), "--as-of", "soon", "--out", "out")
    assert done.returncode == 2 and "--as-of 'soon' is invalid" in done.stderr
    done = cli(home, "calibrate", str(ROOT / "docs" / "pilot.csv"), "--as-of", "2020-01-01", "--out", "out")
    assert done.returncode == 2 and "before the pilot's first invitation" in done.stderr
    with pytest.raises(UsageError):
        calibrate(home / "missing.csv")


def test_a_tiny_pilot_keeps_the_defaults_and_says_which(home):
    rows = "".join(f"u{k}@example.com,2026-03-02 09:00,2026-03-0{3 + k % 5} 10:00,joined,,,0,refund,no\n"
                   for k in range(8))
    fitted = calibrate(write(home / "tiny.csv", PILOT_HEADER + rows))
    assert fitted.fitted == {}
    assert any(w.startswith("read_delay and the accept shares left at their defaults") for w in fitted.warnings)
    assert any("credit_share left at its default" in w for w in fitted.warnings)
    assert any("a small pilot" in w for w in fitted.warnings)


def test_a_pilot_larger_than_the_cap_stops_early(home, monkeypatch):
    """A hostile pilot is read with bounds: it stops at the cap of users (here lowered to 50) without reading on."""
    monkeypatch.setattr("joinsim.sim.pilot.MAX_PILOT_USERS", 50)
    rows = "".join(f"u{k}@example.com,2026-03-02 09:00\n" for k in range(5000))
    done = cli(home, "calibrate", str(write(home / "big.csv", "email,invited_at\n" + rows)), "--out", "out")
    assert done.returncode == 2 and "more than 50 users by line 52" in done.stderr, done.stderr
    assert not (home / "out").exists()
