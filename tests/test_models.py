"""Your own model through the whole pipeline, from Python (``joinsim.sim.simulate``, ``compare``, ``sweep`` with
``model=``): an analyst's subclass of ``joinsim.sim.migration.Migration`` gets the replications, intervals, comparisons
and report of the default model; it travels to the workers by reference (``joinsim.sim.models``), and a model that
cannot is refused, in one line, before any work. (The console script's ``--model``, on local processes and Dask:
``test_end_to_end.py``.)"""

from __future__ import annotations

import pickle

import pytest

from joinsim import compare, settings, simulate, sweep
from joinsim.common.errors import UsageError
from joinsim.sim.migration import Migration
from joinsim.sim.models import DEFAULT

SMALL = {"users": 200, "horizon_days": 40, "batch_size": 100, "share_unpaid_invoice": 0.2}


class Eager(Migration):
    """Every user reads the first email: more join than with the default model."""

    def journey(self, user):
        user.accepts = True
        return super().journey(user)


def test_simulate_runs_a_subclass_given_as_a_class_or_by_reference_and_the_report_names_it():
    config = settings(**SMALL)
    by_class, by_reference = simulate(config, model=Eager), simulate(config, model="test_models:Eager")
    plain = simulate(config)
    assert by_class.summary["model"] == by_reference.summary["model"] == "test_models:Eager"
    assert (by_class.folder / "summary.json").read_bytes() == (by_reference.folder / "summary.json").read_bytes()
    assert plain.summary["model"] == DEFAULT == "joinsim.sim.migration:Migration"
    assert by_class.summary["joined"] > plain.summary["joined"], "the subclass ran, not the default model"
    page = (by_class.folder / "report.html").read_text()
    assert "model test_models.Eager (a subclass of joinsim.sim.migration.Migration)" in page
    assert "model joinsim.sim.migration.Migration (the default)" in (plain.folder / "report.html").read_text()


def test_compare_takes_one_model_for_every_scenario_or_one_per_scenario(tmp_path):
    config = settings(**SMALL)
    each = compare(config, config, names=["as it is", "eager"], models=[Migration, Eager], replications=2,
                   out=tmp_path / "each")
    assert [s["model"] for s in each.result["scenarios"]] == [DEFAULT, "test_models:Eager"]
    assert each.result["changed_config"] == {"B": ["model"]}
    joined = each.differences.set_index("key").loc["joined"]
    assert joined.difference_mean > 0 and joined.difference_low is not None
    page = (tmp_path / "each" / "compare.html").read_text()
    assert "joinsim.sim.migration.Migration (the default)" in page and "test_models.Eager (a subclass of" in page
    both = compare(config, settings(config, accept_share=0.5), model="test_models:Eager", replications=2)
    assert [s["model"] for s in both.result["scenarios"]] == ["test_models:Eager"] * 2
    assert both.result["changed_config"] == {"B": ["accept_share"]}
    assert both.scenarios["A"].summary["joined"] == each.scenarios["B"].summary["joined"]


def test_a_sweep_runs_its_model_at_every_point():
    grid = {"contact_users_first": [False, True]}
    eager = sweep(grid, settings(**SMALL), model=Eager, workers=1)
    plain = sweep(grid, settings(**SMALL), workers=1)
    assert eager.result["model"] == "test_models:Eager" and plain.result["model"] == DEFAULT
    assert (eager.replications.joined > plain.replications.joined).all()


def test_a_task_carries_its_model_by_reference_only():
    import numpy as np

    from joinsim.sim.runner import ReplicationTask

    task = ReplicationTask(settings(**SMALL), None, np.random.SeedSequence(1), 0, model="test_models:Eager")
    assert b"test_models:Eager" in pickle.dumps(task) and b"journey" not in pickle.dumps(task)


def test_a_class_only_this_process_sees_runs_here_and_on_forked_workers_but_not_on_dask(tmp_path, monkeypatch):
    """A notebook's class (module __main__) or one defined in a function cannot be imported by another interpreter:
    it runs in this process and on local workers forked from it, and is refused for Dask and spawned workers before
    anything starts or is written."""
    from joinsim.sim import pool

    class Local(Eager):
        pass

    config = settings(**SMALL, replications=2)
    here = simulate(config, model=Local)
    forked = simulate(config, model=Local, workers=2)
    assert here.summary["model"].endswith(".<locals>.Local")
    assert (here.folder / "summary.json").read_bytes() == (forked.folder / "summary.json").read_bytes()
    with pytest.raises(UsageError, match=r"defined inside a function, so Dask workers cannot import it .* allowed"):
        simulate(config, model=Local, executor="dask", out=tmp_path / "dask")
    monkeypatch.setattr(pool, "LOCAL_START", "spawn")
    with pytest.raises(UsageError, match="spawned worker processes cannot import it"):
        compare(config, config, models=[Migration, Local], workers=2, out=tmp_path / "spawned")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("model, words", [
    (int, "model = builtins.int is invalid: a class, not a subclass of joinsim.sim.migration.Migration"),
    (42, "model = 42 is invalid: an int, not a subclass"),
    ("Eager", "no ':' between the module and the class"),
    ("no_such_module_anywhere:Model", "no module named 'no_such_module_anywhere'"),
    ("test_models:Nope", "module test_models has no 'Nope'"),
    ("joinsim.sim.config:Config",
     "joinsim.sim.config.Config is a class, not a subclass of joinsim.sim.migration.Migration"),
    ("json:dumps", "json.dumps is a function, not a subclass"),
])
def test_a_bad_model_is_one_clear_error_before_any_work(tmp_path, model, words):
    with pytest.raises(UsageError) as refused:
        simulate(settings(**SMALL), model=model, out=tmp_path / "run")
    message = str(refused.value)
    assert words in message and "allowed" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_compare_refuses_models_that_do_not_match_its_scenarios(tmp_path):
    config = settings(**SMALL)
    with pytest.raises(UsageError, match="model .one for every scenario. or models .one per scenario., not both"):
        compare(config, config, model=Eager, models=[Eager, Eager], out=tmp_path / "c")
    with pytest.raises(UsageError, match="models = 3 models for 2 scenarios is invalid: allowed a list of one model"):
        compare(config, config, models=[Eager, Eager, Eager], out=tmp_path / "c")
    with pytest.raises(UsageError, match=r"models\[1\] = 42 is invalid"):
        compare(config, config, models=[Eager, 42], out=tmp_path / "c")
    assert list(tmp_path.iterdir()) == []
