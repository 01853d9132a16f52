"""The compiled model is the same model. mypyc builds it from the files of model/, unchanged
(sim/compiled_model.py); here that build passes every scenario, unit test and invariant of the plain Python model,
gives the simulator byte-identical reports, and is never used once model/ has changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sim import compiled_model

ROOT = Path(__file__).resolve().parents[1]
CONFIG = """
name = "both-models"
users = 3000
replications = 2
batch_size = 400
horizon_days = 70
billing = "net_terms"
billing_chat_every_days = 20
licence_seats = 300
share_multi_user_owner = 0.25
share_unpaid_invoice = 0.1
share_pending_cancellation = 0.1
share_zoom_rooms = 0.5
contact_users_first = true
linked_users_reading = "fr"
"""


@pytest.fixture(scope="module")
def build() -> Path:
    target, _ = compiled_model.build()  # (about 20 s when model/ has changed since the last build)
    return target


def _env(model: str) -> dict[str, str]:
    return {**os.environ, compiled_model.ENV: model}


def test_every_scenario_unit_test_and_invariant_passes_on_the_compiled_model(build):
    suites = ["tests/test_scenarios.py", "tests/test_service.py", "tests/test_money_and_time.py",
              "tests/test_invariants.py"]
    done = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=-p no:cacheprovider", *suites],
                          cwd=ROOT, env=_env("compiled"), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "joinsim model: compiled" in done.stdout  # (the header conftest.py writes)
    last = done.stdout.strip().splitlines()[-1]
    assert " passed" in last and "failed" not in last and "skipped" not in last, last


def test_the_simulator_writes_the_same_reports_with_either_model(build, tmp_path):
    config = tmp_path / "both.toml"
    config.write_text(CONFIG)
    runs = {}
    for model in ("python", "compiled"):
        out = tmp_path / model
        done = subprocess.run([sys.executable, "-m", "sim", "run", "--config", str(config), "--quiet", "--csv",
                               "--out", str(out)], cwd=tmp_path, env=_env(model), capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr
        assert json.loads((out / "run.json").read_text())["model"] == model
        runs[model] = out
    summary = json.loads((runs["python"] / "summary.json").read_text())
    assert summary["joined"] > 0 and summary["outcomes"]["blocked_users_linked"] > 0  # (the French reading ran)
    for name in ("users.parquet", "users.csv", "summary.json", "report.html", "replications.csv"):
        assert (runs["python"] / name).read_bytes() == (runs["compiled"] / name).read_bytes(), name


def test_a_roster_run_gives_the_same_report_with_either_model(build, tmp_path):
    """One replication (the report drawn by a second process) of a real roster: owners with linked users and
    Zoom Rooms, unpaid invoices, a pending cancellation, licences, addresses with accents."""
    rows = ["email,plan,locale,renewal_date,linked_users,linked_external,zoom_rooms,unpaid_invoice,"
            "pending_cancellation,licensed,undeliverable,meetings"]
    for k in range(300):
        plan = ("free", "monthly", "annual")[k % 3]
        renewal = "" if plan == "free" else ("2026-01-20" if plan == "monthly" else "2026-09-01")
        rows.append(f"user{k}@société{k % 7}.fr,{plan},{('fr_FR', 'nl_NL', 'en_US')[k % 3]},{renewal},"
                    f"{k % 4 if plan != 'free' else 0},{int(k % 5 == 0)},{int(k % 11 == 0)},{int(k % 13 == 0)},"
                    f"{int(k % 17 == 0)},{int(k % 2 == 0)},{'bounce' if k % 29 == 0 else ''},{k % 3}")
    roster = tmp_path / "org.csv"
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    runs = {}
    for model in ("python", "compiled"):
        out = tmp_path / model
        done = subprocess.run([sys.executable, "-m", "sim", "run", "--roster", str(roster), "--seed", "3", "--quiet",
                               "--out", str(out)], cwd=tmp_path, env=_env(model), capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr
        assert json.loads((out / "run.json").read_text())["model"] == model
        runs[model] = out
    summary = json.loads((runs["compiled"] / "summary.json").read_text())
    assert summary["users"] == 300 and summary["joined"] > 0 and summary["users_moved_with_owners"] > 0
    for name in ("users.parquet", "summary.json", "report.html"):
        assert (runs["python"] / name).read_bytes() == (runs["compiled"] / name).read_bytes(), name


def test_a_build_is_used_only_for_the_sources_it_was_made_from(build, tmp_path):
    sources = compiled_model.source_files()
    model, sim = tmp_path / "model", tmp_path / "sim"
    for name, path in sources.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(path, tmp_path / name)
    assert compiled_model.find_build(model, sim) == build  # the same files: the same build
    service = model / "service.py"
    rule = service.read_text()
    service.write_text(rule.replace("if source.pending_cancellation:  # OWN-5", "if False:  # OWN-5 broken"))
    assert compiled_model.find_build(model, sim) is None  # a rule changed: the build no longer counts
    service.write_text(rule)
    loop = sim / "replication.py"
    loop.write_text(loop.read_text() + "\n# a comment\n")
    assert compiled_model.find_build(model, sim) is None  # and so for the simulator's loop


def test_without_an_up_to_date_build_the_plain_python_model_runs(tmp_path):
    probe = ("from sim import compiled_model; compiled_model.builds_root = lambda: __import__('pathlib').Path("
             f"{str(tmp_path)!r}); print(compiled_model.activate()); import model.service as s; print(s.__file__)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=_env("auto"), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    chosen, origin = done.stdout.split()
    assert chosen == "python" and origin.endswith("service.py")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=_env("compiled"), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0 and "no up-to-date compiled build" in done.stderr


def test_an_unknown_model_choice_is_refused_with_exit_code_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "sim", "run", "--users", "50", "--out", str(tmp_path / "out")],
                          cwd=tmp_path, env=_env("fast"), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "JOINSIM_MODEL='fast': allowed auto, python, compiled" in done.stderr
    assert not (tmp_path / "out").exists()
