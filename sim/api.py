"""The simulator from Python (a notebook, a script): ``simulate``, ``compare`` and ``sweep``, which the command line
is built on. Each returns an object whose results are dicts and pandas DataFrames, held in memory once read
(each file of the run is read at most once), and which writes its report folder where asked (``.report(path)``,
through the one output-folder publisher)::

    from joinsim import simulate, compare, sweep

    run = simulate(users=2000, replications=5, seed=7)           # any setting of `joinsim config`
    run.summary["joined"], run.replications.joined.describe()    # per replication
    run.users.groupby("outcome", observed=True).size()           # one row per user and replication
    run.report("reports/my-run")                                 # report.html and every file
    ab = compare(simulate_settings_a, simulate_settings_b, replications=10)
    ab.differences                                               # B − A with paired 95% intervals
    grid = sweep({"contact_users_first": [False, True]}, users=2000, replications=5)
    grid.summary, grid.replications

Without a folder (``out``), the run's files go to a temporary folder that lives as long as the object. The users'
rows (``users``, ``events``) stay in that folder until asked for: each replication streams them to disk as it ends,
which is what keeps a 1,000,000-user run within 2 GiB (docs/measurements.md); the small results (``summary``,
``replications``, ``series``, ``differences``) are read once, when first asked for.

Each runs ``joinsim.sim.migration.Migration``, or your own subclass of it (``model=SlowBilling``, or its reference
``model="slowbilling:SlowBilling"``); ``compare`` also takes one model per scenario (``models=[Migration,
SlowBilling]``). The model travels to the workers by reference (``joinsim.sim.models``): a class defined in the notebook
itself runs in this process and on local workers (forked from it), and is refused for Dask, which imports a model
by its module: put it in a ``.py`` file of the working folder for Dask.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import weakref
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from joinsim.common import output_folder
from joinsim.common.errors import UsageError
from joinsim.sim import calibration_report, runner
from joinsim.sim.calibration import Fitted, read_sampling
from joinsim.sim.calibration import calibrate as fit_pilot
from joinsim.sim.comparison import compare as run_comparison
from joinsim.sim.config import LOCALES, Config, ConfigError, _toml_value, load, validate
from joinsim.sim.models import check_travels, reference
from joinsim.sim.parameter_sweep import load_sweep, parse_target, run_sweep
from joinsim.sim.pilot import parse_time, read_pilot
from joinsim.sim.population import PLANS, read_roster
from joinsim.sim.report import headline
from joinsim.sim.sensitivity import check_figures, read_calibration, run_sensitivity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Calibration", "Comparison", "Sensitivity", "Simulation", "SweepResult", "calibrate", "compare",
           "sensitivity", "settings", "simulate", "sweep"]

# a subclass of joinsim.sim.migration.Migration, or its reference "package.module:Class" (joinsim.sim.models)
Model = type | str


def settings(config: Config | str | Path | dict | None = None, **changes: Any) -> Config:
    """A checked ``Config``: the defaults, a TOML file, a dict or a Config, then ``changes`` (any setting)."""
    if isinstance(config, Config):
        base = config.to_dict()
    elif isinstance(config, dict):
        base = dict(config)
    elif isinstance(config, str | Path):
        base = load(config).to_dict()
    elif config is None:
        base = {}
    else:
        raise ConfigError(f"settings({config!r:.80}) is invalid: allowed a Config, a dict of settings, the path of a "
                          "TOML config file, or nothing (the defaults)")
    return validate({**base, **{k: v for k, v in changes.items() if v is not None}})


class _Folder:
    """Results kept in a folder: the caller's (``out``), or a temporary one removed with the object."""

    def __init__(self, folder: Path | None) -> None:
        if folder is None:
            self._temporary = Path(tempfile.mkdtemp(prefix="joinsim-"))
            weakref.finalize(self, shutil.rmtree, self._temporary, True)
            self.folder = self._temporary / "results"
        else:
            self.folder = Path(folder)

    def _copy_to(self, path: str | Path, command: str) -> Path:
        with output_folder.writing(path, command) as work:
            for item in self.folder.iterdir():
                if item.name == output_folder.STAMP:
                    continue
                if item.is_dir():
                    shutil.copytree(item, work / item.name)
                else:
                    shutil.copy2(item, work / item.name)
        return Path(path)


class Simulation(_Folder):
    """One run: ``summary`` (summary.json as a dict), ``replications`` (one row of figures per replication),
    ``users`` (one row per user and replication), ``events`` (the event log, with ``trace=True``), ``series``
    (daily series per replication); ``report(path)`` writes the run's folder there."""

    @cached_property
    def summary(self) -> dict:
        return json.loads((self.folder / "summary.json").read_text(encoding="utf-8"))

    @cached_property
    def replications(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.summary["per_replication"])

    @cached_property
    def users(self) -> pd.DataFrame:
        import pandas as pd

        return pd.read_parquet(self.folder / "users.parquet")

    @cached_property
    def events(self) -> pd.DataFrame:
        import pandas as pd

        path = self.folder / "events.parquet"
        if not path.exists():
            raise ValueError("this run kept no event log: run it with simulate(..., trace=True)")
        return pd.read_parquet(path)

    @cached_property
    def series(self) -> pd.DataFrame:
        import pandas as pd

        return pd.read_parquet(self.folder / "series.parquet")

    def report(self, path: str | Path) -> Path:
        """Write the run's folder (report.html, users.parquet, summary.json...) at ``path``."""
        return self._copy_to(path, "run")

    def _repr_html_(self) -> str:  # (a notebook shows the headline)

        return f"<p>{headline(self.summary)}</p>"


def simulate(config: Config | str | Path | dict | None = None, *, roster: str | Path | None = None,
             out: str | Path | None = None, trace: bool = False, csv: bool = False, quiet: bool = True,
             executor: str = "local", scheduler: str | None = None, model: Model | None = None,
             input_uncertainty: str | Path | None = None, **changes: Any) -> Simulation:
    """Run a simulation: ``config`` (a Config, a TOML path, a dict or None for the defaults), then any setting as a
    keyword (``users=20000, replications=10, billing="net_terms"``). ``roster``: a CSV of real users. ``out``: the
    folder to publish (new, empty or a previous run's); none: a temporary one. ``model``: your subclass of
    ``joinsim.sim.migration.Migration`` (or its reference "package.module:Class"); none: Migration itself.
    ``input_uncertainty``: a calibration's calibration.json (or its folder): each replication draws its behaviour
    settings from the pilot's fit, so the intervals include what the pilot left uncertain."""

    chosen = settings(config, **changes)
    ref = reference(model)
    check_travels([ref], executor, chosen.workers)
    population = read_roster(roster, chosen) if roster is not None else None
    if population is not None:
        chosen = chosen.with_overrides(users=len(population))
    result = Simulation(Path(out) if out is not None else None)
    runner.run(chosen, result.folder, population=population, csv=csv, quiet=quiet,
               roster_name=Path(roster).name if roster is not None else None, executor=executor, scheduler=scheduler,
               trace=trace, model=ref,
               inputs=read_sampling(input_uncertainty) if input_uncertainty is not None else None)
    return result


class Comparison(_Folder):
    """Scenarios against the first (A): ``differences`` (each figure's B − A with its paired 95% interval),
    ``scenarios`` (each one's ``Simulation``), ``result`` (comparison.json); ``report(path)``."""

    @cached_property
    def result(self) -> dict:
        return json.loads((self.folder / "comparison.json").read_text(encoding="utf-8"))

    @cached_property
    def differences(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.result["figures"])

    @cached_property
    def scenarios(self) -> dict[str, Simulation]:
        found = {}
        for scenario in self.result["scenarios"]:
            found[scenario["folder"]] = Simulation(self.folder / scenario["folder"])
        return found

    def report(self, path: str | Path) -> Path:
        return self._copy_to(path, "compare")


def compare(*scenarios: Config | str | Path | dict, names: list[str] | None = None, out: str | Path | None = None,
            quiet: bool = True, executor: str = "local", scheduler: str | None = None, model: Model | None = None,
            models: list[Model] | None = None, **changes: Any) -> Comparison:
    """Run the scenarios with the same seed (common random numbers) and compare each with the first, A.
    ``changes`` apply to every scenario (``replications=10``). ``model``: the model of every scenario; or
    ``models``: one per scenario, in order (``[Migration, SlowBilling]``); none: Migration itself."""

    if not 2 <= len(scenarios) <= 8:
        raise ValueError(f"compare takes 2 to 8 scenarios, not {len(scenarios)}")
    if model is not None and models is not None:
        raise UsageError("compare takes model (one for every scenario) or models (one per scenario), not both")
    if models is not None and (isinstance(models, str | type) or len(models) != len(scenarios)):
        given = "one model" if isinstance(models, str | type) else f"{len(models)} models"
        raise UsageError(f"models = {given} for {len(scenarios)} scenarios is invalid: allowed a list of one model per "
                         "scenario, in order (or model=... for every scenario)")
    configs = [settings(s, **changes) for s in scenarios]
    refs = [reference(m, "model" if models is None else f"models[{k}]")
            for k, m in enumerate(models if models is not None else [model] * len(scenarios))]
    for ref, config in zip(refs, configs, strict=True):
        check_travels([ref], executor, config.workers)
    labels = names or [Path(s).stem if isinstance(s, str | Path) else scenario_name(configs, k)
                       for k, s in enumerate(scenarios)]
    result = Comparison(Path(out) if out is not None else None)
    run_comparison(configs, labels, result.folder, quiet=quiet, executor=executor, scheduler=scheduler, models=refs)
    return result


def scenario_name(configs: list[Config], k: int) -> str:
    """A scenario given as settings is named by its ``name`` setting if it has one, else after the settings in which
    it differs from the other scenarios ("billing=net_terms"), else by its place ("scenario 2")."""
    mine = configs[k].to_json()
    if mine["name"] != "default":
        return mine["name"]
    others = [c.to_json() for j, c in enumerate(configs) if j != k]
    differ = [f"{key}={_toml_value(value).strip(chr(34))}" for key, value in mine.items()
              if key not in ("name", "workers") and any(other[key] != value for other in others)]
    name = ", ".join(differ)
    return name if differ and len(name) <= 80 else f"{name[:77]}..." if differ else f"scenario {k + 1}"


class SweepResult(_Folder):
    """A grid of settings × replications: ``replications`` (one row per point and replication), ``summary`` (per
    point and figure: mean, interval, paired difference from the baseline point), ``result`` (sweep.json)."""

    @cached_property
    def result(self) -> dict:
        return json.loads((self.folder / "sweep.json").read_text(encoding="utf-8"))

    @cached_property
    def replications(self) -> pd.DataFrame:
        import pandas as pd

        return pd.read_parquet(self.folder / "replications.parquet")

    @cached_property
    def summary(self) -> pd.DataFrame:
        import pandas as pd

        return pd.read_parquet(self.folder / "summary.parquet")

    @cached_property
    def target(self) -> dict | None:
        """The target's answer (``answers``: sentences) and each point's share of replications meeting it; None
        without ``target``."""
        return self.result["target"]

    @cached_property
    def how_it_ran(self) -> dict:
        """The executor and the wall time (run.json: the only file that differs from one executor to another)."""
        return json.loads((self.folder / "run.json").read_text(encoding="utf-8"))

    def report(self, path: str | Path) -> Path:
        return self._copy_to(path, "sweep")


def sweep(grid: dict[str, list] | str | Path, config: Config | str | Path | dict | None = None, *,
          out: str | Path | None = None, quiet: bool = True, executor: str = "local", workers: int | None = None,
          scheduler: str | None = None, retries: int = 2, model: Model | None = None, target: str | None = None,
          target_share: float = 0.95, **changes: Any) -> SweepResult:
    """Run every combination of ``grid`` (``{"billing": ["autopay", "net_terms"]}``, or a sweep file's path) with the
    same replications (common random numbers). ``changes``: settings over the file's or ``config``'s. ``model``:
    your subclass of ``joinsim.sim.migration.Migration`` (or its reference), run at every point; none: Migration
    itself. ``target``: a figure's bound such as ``"licences_lost <= 0"``, met at a point when ``target_share`` of
    its replications meet it: the result's ``target`` names the smallest value of the first swept field that does."""
    ref = reference(model)
    wanted = parse_target(target, target_share)
    if isinstance(grid, dict):
        base = settings(config, **changes)
        text = "\n".join(f"{key} = {_toml_value(value)}" for key, value in base.to_json().items()
                         if key not in grid and key != "workers")
        text += "\n[sweep]\n" + "\n".join(f"{key} = {_toml_value(values)}" for key, values in grid.items())
        folder = Path(tempfile.mkdtemp(prefix="joinsim-sweep-"))
        plan_path = folder / "sweep.toml"
        plan_path.write_text(text, encoding="utf-8")
        weakref_target = folder
        changes = {}
    else:
        plan_path, weakref_target = Path(grid), None
    plan = replace(load_sweep(plan_path, workers=workers, **changes), model=ref, target=wanted)
    result = SweepResult(Path(out) if out is not None else None)
    if weakref_target is not None:
        weakref.finalize(result, shutil.rmtree, weakref_target, True)
    if workers is None and plan.base.workers == 1:  # (not chosen: one local process per CPU, at most one per task)
        plan_workers = min(os.cpu_count() or 1, plan.tasks)
    else:
        plan_workers = plan.base.workers
    check_travels([ref], executor, plan_workers)
    run_sweep(plan, result.folder, executor=executor, workers=plan_workers, scheduler=scheduler, retries=retries,
              quiet=quiet)
    return result



class Sensitivity(_Folder):
    """Which assumption matters most: ``table`` (one row per behaviour parameter, move and figure: the moved value and
    the paired difference from the base with its 95% interval, the largest effect first), ``answers`` (in words),
    ``result`` (sensitivity.json); ``report(path)``."""

    @cached_property
    def result(self) -> dict:
        return json.loads((self.folder / "sensitivity.json").read_text(encoding="utf-8"))

    @cached_property
    def table(self) -> pd.DataFrame:
        import pandas as pd

        return pd.read_parquet(self.folder / "sensitivity.parquet")

    @cached_property
    def answers(self) -> list[str]:
        return self.result["answers"]

    def report(self, path: str | Path) -> Path:
        return self._copy_to(path, "sensitivity")


def sensitivity(config: Config | str | Path | dict | None = None, *, figures: list[str] | None = None,
                out: str | Path | None = None, quiet: bool = True, executor: str = "local",
                scheduler: str | None = None, model: Model | None = None, calibration: str | Path | None = None,
                **changes: Any) -> Sensitivity:
    """Move every behaviour parameter down and up by 20%, one at a time, each move paired with the base run (common
    random numbers; ``replications`` each, at least 3), and rank the parameters by their effect on each of
    ``figures`` (default: joined, the median days from the batch to joining, the days credit waited). ``calibration``:
    a ``calibration.json`` of ``calibrate``: the parameters it fitted move to the ends of their 95% interval."""
    chosen = settings(config, **changes)
    check_figures(figures)
    intervals = read_calibration(calibration) if calibration is not None else None
    ref = reference(model)
    check_travels([ref], executor, chosen.workers)
    result = Sensitivity(Path(out) if out is not None else None)
    run_sensitivity(chosen, result.folder, figures=figures, executor=executor, workers=chosen.workers,
                    scheduler=scheduler, quiet=quiet, model=ref, calibration=intervals)
    return result


class Calibration:
    """A pilot's calibration: ``parameters`` (one row per setting: value, 95% interval, n, "pilot" or "default"),
    ``fitted`` (the settings fitted, as a config takes them), ``config`` (the defaults with them), ``fits`` (every
    distribution of each delay, by AIC), ``warnings``; ``report(path)`` writes fitted.toml, calibration.json and
    calibration.html there."""

    def __init__(self, fitted: Fitted) -> None:
        self.result = fitted

    @property
    def fitted(self) -> dict[str, Any]:
        return self.result.values()

    @property
    def warnings(self) -> list[str]:
        return list(self.result.warnings)

    @cached_property
    def config(self) -> Config:
        return settings(self.fitted)

    @cached_property
    def parameters(self) -> pd.DataFrame:
        import pandas as pd

        rows = [e.row() for e in self.result.estimates]
        return pd.DataFrame(rows).drop(columns="parameters").set_index("setting")

    @cached_property
    def fits(self) -> pd.DataFrame:
        import pandas as pd

        rows = [{"delay": delay, **fit.row()} for delay, fits in (("read_delay", self.result.read_fits),
                                                                  ("fix_delay", self.result.fix_fits)) for fit in fits]
        return pd.DataFrame(rows)

    def report(self, path: str | Path) -> Path:
        """Write fitted.toml, calibration.json and calibration.html at ``path`` (through the one publisher)."""
        with output_folder.writing(path, "calibrate") as work:
            calibration_report.write(self.result, work, runner.versions())
        return Path(path)

    def _repr_html_(self) -> str:
        return self.parameters.to_html()


def calibrate(pilot: str | Path, *, as_of: str | datetime | None = None, roster: str | Path | None = None,
              out: str | Path | None = None, config: Config | str | Path | dict | None = None,
              **changes: Any) -> Calibration:
    """Fit the users' behaviour to a pilot (a pilot CSV, or a joinsim run's users.parquet / users.csv), with the
    users still pending at ``as_of`` (default: the latest time in the file) censored there. ``config`` and
    ``changes``: the settings the pilot ran under (its calendars, ``resend_after_days``, ``max_resends``) and the
    defaults of what it cannot tell. ``roster``: the organisation the forecast is for (its plan and locale mix is
    compared with the pilot's). ``out``: write the folder there at once."""
    chosen = settings(config, **changes)
    if out is not None:
        output_folder.check(out, "calibrate")
    moment = None
    if as_of is not None:
        try:
            moment = as_of if isinstance(as_of, datetime) else parse_time(str(as_of))
        except ValueError:
            raise UsageError(f"--as-of {str(as_of)[:80]!r} is invalid: allowed a local date and time such as "
                             "2026-03-02 09:15") from None
    mix = None
    if roster is not None:
        population = read_roster(roster, chosen)
        mix = {"plan": _mix(population.plan, PLANS), "locale": _mix(population.locale, LOCALES)}
    data = read_pilot(pilot)
    if moment is not None and moment < data.origin + timedelta(seconds=float(np.nanmin(data.invited))):
        raise UsageError(f"--as-of {moment.isoformat(sep=' ')} is before the pilot's first invitation: allowed a time "
                         "after it")
    result = Calibration(fit_pilot(data, chosen, moment, mix))
    if out is not None:
        result.report(out)
    return result


def _mix(codes, names) -> dict[str, float]:
    counts = np.bincount(np.asarray(codes, dtype=int), minlength=len(names))
    return {name: float(count / max(counts.sum(), 1)) for name, count in zip(names, counts, strict=True)}
