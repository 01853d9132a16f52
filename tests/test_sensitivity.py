"""Which assumption matters most (``joinsim sensitivity``): each behaviour parameter moved down and up, paired with
the base run, ranked by its effect on each chosen figure."""

from __future__ import annotations

import re

import pytest
from helpers import joinsim

from joinsim import sensitivity
from joinsim.sim.config import ConfigError, load
from joinsim.sim.distributions import Lognormal
from joinsim.sim.sensitivity import moved, moves, parameters


def test_every_behaviour_parameter_moves_within_its_allowed_range():
    config = load(accept_share=0.9, credit_share=1.0, max_fix_attempts=0)
    plan = {move.parameter: move for move in moves(config)}
    assert set(plan) == set(parameters()) and "accept_share" in plan and "user_hours" not in plan
    assert plan["accept_share"].low_config.accept_share == pytest.approx(0.72)
    assert plan["accept_share"].high_config.accept_share == 1.0  # (a share stays a share)
    assert plan["credit_share"].high_config.credit_share == 1.0
    assert (plan["max_fix_attempts"].low_config.max_fix_attempts, plan["max_fix_attempts"].high_config
            .max_fix_attempts) == (0, 1)
    assert moved(Lognormal(median=30.0, sigma=1.0), 1.2) == Lognormal(median=36.0, sigma=1.0)


def test_the_tornado_leads_with_the_parameter_that_moves_the_figure_most(tmp_path):
    found = sensitivity(users=400, replications=3, figures=["joined"], out=tmp_path / "sens")
    table = found.table
    effect = table.groupby("parameter")["difference"].apply(lambda d: d.abs().max())
    assert table.iloc[0]["parameter"] == effect.idxmax() == "accept_share"
    assert found.answers[0].startswith("joined hangs most on accept_share (now 0.8): at 0.64 it moves by −")
    page = (tmp_path / "sens" / "sensitivity.html").read_text()
    first = re.search(r'<p class="lead verdict">(.*?)</p>', page).group(1)
    assert first.startswith("joined hangs most on accept_share") and page.index("verdict") < page.index("<h2>")
    assert 'alt="Tornado chart of joined' in page


def test_a_bad_figure_is_one_line_before_any_work(tmp_path, home):
    with pytest.raises(ConfigError, match="--figure 'joins' is invalid"):
        sensitivity(users=100, figures=["joins"], out=tmp_path / "never")
    assert not (tmp_path / "never").exists()
    refused = joinsim(home, "sensitivity", "--figure", "joins", "--users", "100")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "--figure 'joins' is invalid" in \
        refused.stderr and not (home / "reports").exists()


def test_a_calibrated_parameter_moves_to_the_ends_of_its_interval(tmp_path):
    config = load(accept_share=0.79)
    calibration = {"accept_share": {"setting": "accept_share", "source": "pilot", "low": 0.73, "high": 0.84},
                   "read_delay": {"setting": "read_delay", "source": "pilot", "low": None, "high": None,
                                  "parameters": {"median": {"low": 27.9, "high": 36.5}}},
                   "fix_share": {"setting": "fix_share", "source": "default", "low": None, "high": None}}
    plan = {move.parameter: move for move in moves(config, calibration)}
    assert (plan["accept_share"].low_config.accept_share, plan["accept_share"].high_config.accept_share) == (0.73,
                                                                                                            0.84)
    assert plan["read_delay"].high_config.read_delay == Lognormal(median=36.5, sigma=1.0)
    assert plan["accept_share"].how == "the pilot's 95% interval" and plan["fix_share"].how == "±20%"
    (tmp_path / "calibration.json").write_text("{not json")
    with pytest.raises(ConfigError, match="is not a calibration"):
        sensitivity(users=100, calibration=tmp_path / "calibration.json", out=tmp_path / "never")
