"""The experiment runner: runs the replications (in this process, on local worker processes or on Dask, through
``joinsim.sim.pool``) and writes a run's folder: ``users.parquet`` (and ``users.csv``), ``series.parquet`` (daily series
per replication), ``replications.csv``, ``summary.json``, ``report.html``, ``events.parquet`` with ``--trace``,
and ``run.json`` (when and how long: the only file that differs between two runs of the same config, so the
others can be compared byte for byte).

Results do not depend on the number of workers or the executor: replication r's random streams come from the root
seed (``numpy.random.SeedSequence(seed).spawn(R)[r]``), never from the worker that runs it, and the results are
written in replication order. With a ``precision``, replications are run until the chosen figures' 95% interval is
narrow enough (``joinsim.sim.analysis.ReplicationsAlgorithm``), in rounds of one replication per worker; the decision
only depends on the results in replication order, so the replications kept are the same whatever the workers.

The model is ``joinsim.sim.migration.Migration`` or an analyst's subclass of it; it travels to the workers by reference
(``joinsim.sim.models``): a task carries ``"module:Class"``, and the worker imports it.
"""

from __future__ import annotations

import gc
import json
import platform
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as dtime
from importlib import metadata
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from joinsim.common import output_folder
from joinsim.common.errors import ModelFailed
from joinsim.sim import validation
from joinsim.sim.analysis import ReplicationsAlgorithm, interval
from joinsim.sim.calibration import draw_inputs
from joinsim.sim.campaign import MAX_HORIZON_DAYS, plan_campaign
from joinsim.sim.config import Config
from joinsim.sim.figures import BY_KEY, figures_of, outcomes_of
from joinsim.sim.migration import Migration, child_seed
from joinsim.sim.models import DEFAULT, on_workers, resolve
from joinsim.sim.models import name as model_name
from joinsim.sim.pool import run_tasks
from joinsim.sim.population import Population
from joinsim.sim.progress import Progress
from joinsim.sim.report import write_report
from joinsim.sim.results import Coded, Result
from joinsim.sim.summary import Campaign, ReplicationOutput, summarise

TIME_COLUMNS = ("released_at", "invited_at", "joined_at", "refund_paid_at")
DAYS_TO_JOIN_BINS = 61  # whole days 0..59, then 60 days or more


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("joinsim", "numpy", "simpy", "faker", "pyarrow", "pandas", "matplotlib", "scipy", "pydantic"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "unknown"
    return found


# ------------------------------------------------------------------------------------------ one replication
@dataclass
class ReplicationTask:
    """One replication to run, anywhere (this process, a local worker, a Dask worker): everything it needs."""

    config: Config
    population: Population | None
    seed: np.random.SeedSequence
    index: int
    show_days: bool = False  # a progress bar of simulated days (one replication in this process only)
    trace: bool = False  # keep the event log
    rows: bool = True  # hand back the users' rows (a sweep needs only the figures)
    model: str = DEFAULT  # the model's reference, "module:Class" (joinsim.sim.models): the worker imports it
    inputs: dict | None = None  # --input-uncertainty: the calibration's sampling distributions (read_sampling)


def run_replication(config: Config, population: Population | None, seed: np.random.SeedSequence,
                    progress=None, trace: bool = False, model: type[Migration] = Migration) -> Result:
    """One replication of the SimPy model (``joinsim.sim.migration``, or the subclass ``model``), with the cyclic
    garbage collector off: a replication builds millions of long-lived, acyclic model objects, which reference counting
    frees; a collector pass over them all would cost seconds and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return model(config, seed, population, progress=progress, trace=trace).run()
    finally:
        if enabled:
            gc.enable()


def replicate(task: ReplicationTask) -> ReplicationOutput:
    """One replication: its figures, outcomes and series, and its users' rows (and events) as tables."""
    model = resolve(task.model)
    config = task.config if task.inputs is None else replication_config(task.config, task.inputs, task.seed)
    progress = None
    if task.show_days:

        progress = Progress(plan_campaign(config, _users(config, task.population)).horizon_days, "day",
                            "simulated days")
    try:
        result = run_replication(config, task.population, task.seed,
                                 progress=None if progress is None else _days(progress), trace=task.trace,
                                 model=model)
    except (Exception, SystemExit) as exc:  # (an analyst's model that fails: one line; ours: a bug, as it is)
        if task.model == DEFAULT:
            raise
        raise ModelFailed(f"the model {model_name(task.model)} failed in replication {task.index}: "
                          f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}") from None
    finally:
        if progress is not None:
            progress.close()
    outcomes, failures = outcomes_of(result)
    joined = result.columns["joined_at"] >= 0
    days = (result.columns["joined_at"][joined] - result.columns["invited_at"][joined]) // 86_400
    output = ReplicationOutput(
        index=task.index, figures=figures_of(result), outcomes=outcomes, failures=failures,
        series={name: values.tolist() for name, values in result.series.items()},
        days_to_join=np.bincount(np.minimum(days, DAYS_TO_JOIN_BINS - 1), minlength=DAYS_TO_JOIN_BINS).tolist(),
        resources=result.resources)
    if task.rows:
        output.users = users_table(result, task.config, task.index)
        if task.trace:
            output.events = events_table(result, task.config, task.index)
    return output


INPUT_STREAM = 999  # the child of a replication's seed its --input-uncertainty draws come from (Streams use 0 to 12
# and 1000 on)


def replication_config(config: Config, inputs: dict, seed: np.random.SeedSequence) -> Config:
    """A replication's config under --input-uncertainty: its behaviour settings drawn from the calibration's
    sampling distributions, from its own seed's stream (the same draws whatever the workers)."""
    return config.with_overrides(**draw_inputs(config, inputs, np.random.default_rng(child_seed(seed,
                                                                                               INPUT_STREAM))))


def _users(config: Config, population: Population | None) -> int:
    return config.users if population is None else len(population)


def _days(progress):
    last = [0]

    def advance(day: int, users: int) -> None:
        progress.advance(day - last[0], f"users invited {users:,}")
        last[0] = day

    return advance


def users_table(result: Result, config: Config, replication: int) -> pa.Table:
    base = np.datetime64(datetime.combine(config.start, dtime(0, 0)), "s")
    arrays, names = [pa.array(np.full(len(result.columns["user_id"]), replication, dtype=np.int32))], ["replication"]
    for name, values in result.columns.items():
        if name in TIME_COLUMNS:
            seconds = np.asarray(values)
            arrays.append(pa.array(base + seconds.astype("timedelta64[s]"), mask=seconds < 0,
                                   type=pa.timestamp("s")))
        elif name == "email":
            arrays.append(values if isinstance(values, pa.Array) else pa.array(values, type=pa.string()))
        elif isinstance(values, Coded):  # a dictionary column: every name, in the documented order
            arrays.append(pa.DictionaryArray.from_arrays(pa.array(values.codes, type=pa.int8()),
                                                         pa.array(values.names, type=pa.string())))
        else:
            arrays.append(pa.array(values))
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def events_table(result: Result, config: Config, replication: int) -> pa.Table:
    """The event log of one replication (``--trace``): one row per event, in the order they happened."""
    log = result.events
    base = np.datetime64(datetime.combine(config.start, dtime(0, 0)), "s")
    seconds = np.asarray(log["time_s"], dtype=np.float64).astype(np.int64)
    return pa.table({
        "replication": pa.array(np.full(len(seconds), replication, dtype=np.int32)),
        "time": pa.array(base + seconds.astype("timedelta64[s]"), type=pa.timestamp("s")),
        "user_id": pa.array(log["user_id"], type=pa.int64()),
        "event": pa.array(log["event"], type=pa.string()).dictionary_encode(),
        "rule": pa.array(log["rule"], type=pa.string()).dictionary_encode(),
        "cents": pa.array(log["cents"], type=pa.int64()),
        "detail": pa.array(log["detail"], type=pa.string()),
    })


def series_table(outputs: list[ReplicationOutput], config: Config) -> pa.Table:
    """The daily series of every replication, by calendar date."""
    frames = []
    for output in outputs:
        days = len(output.series["joined"])
        dates = np.datetime64(config.start, "D") + np.arange(days)
        frames.append(pa.table({"replication": pa.array(np.full(days, output.index, dtype=np.int32)),
                                "date": pa.array(dates), **{k: pa.array(v, type=pa.int64())
                                                            for k, v in output.series.items()}}))
    return pa.concat_tables(frames)


# -------------------------------------------------------------------------------------------------- a run
def campaign_of(config: Config, users: int) -> Campaign:
    """When the campaign goes out, and whether the horizon lets every user be invited (a warning if not)."""
    plan = plan_campaign(config, users)
    campaign = Campaign(last_batch=plan.last_batch.isoformat(), horizon_days=plan.horizon_days, auto=plan.auto,
                        needed_days=plan.needed_days(config), never_invited=plan.never_invited(users), users=users)
    if plan.beyond:
        campaign.warnings.append(
            f"the campaign's batches go on past the longest horizon ({MAX_HORIZON_DAYS:,} days): "
            f"{campaign.never_invited:,} of {users:,} users are never invited; raise batch_size or lower "
            "batch_every_days")
    elif campaign.never_invited:
        fix = (f"set horizon_days = \"auto\" ({campaign.needed_days} days) or invite faster"
               if campaign.needed_days <= MAX_HORIZON_DAYS else "invite faster (batch_size, batch_every_days)")
        campaign.warnings.append(
            f"the horizon ({plan.horizon_days} days) ends before the campaign's last batch ({plan.last_batch}): "
            f"{campaign.never_invited:,} of {users:,} users are never invited; {fix}")
    elif plan.horizon_days < campaign.needed_days:
        campaign.warnings.append(
            f"the horizon ({plan.horizon_days} days) ends before the last batch's invitations expire and its refunds "
            f"are paid ({campaign.needed_days} days): some stories are cut short (pending)")
    return campaign


def after_the_run(outputs: list[ReplicationOutput], campaign: Campaign) -> list[str]:
    """What the horizon cut short, per replication: users never invited (waiting for an admin, or after the last
    batch the horizon let out: said before the run already) and stories still open."""
    found = []
    never = float(np.mean([o.outcomes["not_invited"] for o in outputs]))
    pending = float(np.mean([o.outcomes["pending"] for o in outputs]))
    if never > campaign.never_invited:
        found.append(f"{never:,.1f} users per replication were not invited by the horizon (after the last batch it "
                     "let out, or still waiting for an admin): invite faster, or run longer")
    if pending:
        found.append(f"{pending:,.1f} users per replication still had a pending invitation at the horizon")
    return found


def run(config: Config, out_dir: Path, population: Population | None = None, csv: bool = False,
        quiet: bool = False, roster_name: str | None = None, executor: str = "local", scheduler: str | None = None,
        flag: str = "--out", trace: bool = False, model: str = DEFAULT, inputs: dict | None = None) -> dict:
    """Run every replication of ``model`` (a reference, ``joinsim.sim.models``) and publish the report folder
    ``out_dir`` (``joinsim.common.output_folder``: a new folder, an empty one or a previous ``joinsim run`` output;
    never half-written); returns the summary."""
    started = time.perf_counter()
    started_at = datetime.now(UTC)
    users = _users(config, population)
    replications = config.max_replications if config.precision else config.replications
    # (about what users.parquet, users.csv and events.parquet take per user)
    needs = users * replications * (40 + (110 if csv else 0) + (60 if trace else 0))
    with output_folder.writing(out_dir, "run", flag, needs_bytes=needs) as work:
        summary = write_run(config, work, population, csv, quiet, roster_name, executor, scheduler, trace, model,
                            inputs)
        (work / "run.json").write_text(json.dumps(run_info(config, started_at, started), indent=2) + "\n")
    return summary


def write_run(config: Config, work: Path, population: Population | None = None, csv: bool = False,
              quiet: bool = False, roster_name: str | None = None, executor: str = "local",
              scheduler: str | None = None, trace: bool = False, model: str = DEFAULT,
              inputs: dict | None = None) -> dict:
    """Run every replication of ``model`` and write its files into the folder ``work`` (which the caller
    publishes)."""

    campaign = campaign_of(config, _users(config, population))
    for warning in campaign.warnings:
        print(f"joinsim: warning: {warning}", file=sys.stderr)
    with _InOrderWriter(work) as rows:
        if config.precision:
            outputs, precision = _until_precise(config, population, executor, scheduler, trace, quiet, rows, model,
                                                inputs)
        else:
            outputs = _replications(config, population, executor, scheduler, trace, quiet, rows, model, inputs)
            precision = None
    after = after_the_run(outputs, campaign)
    for warning in after:
        print(f"joinsim: warning: {warning}", file=sys.stderr)
    campaign.warnings.extend(after)
    summary = summarise(config, outputs, campaign, roster_name, precision, versions(), model)
    if inputs is not None:
        summary["input_uncertainty"] = _input_uncertainty(config, population, executor, scheduler, model, inputs,
                                                          outputs, summary)
        campaign.warnings.append(summary["input_uncertainty"]["note"])  # (the summary's campaign holds this list)
    checked, sample = validation.checks(config, resolve(model))
    summary["validation"] = [check.to_json() for check in checked]
    for check in checked:
        if check.passed is False:
            print(f"joinsim: warning: validation: {check.condition}: expected {check.expected}, got {check.observed}",
                  file=sys.stderr)
    pq.write_table(series_table(outputs, config), work / "series.parquet", compression="zstd")
    write_replications_csv(summary["per_replication"], work / "replications.csv")
    write_report(work / "report.html", summary, outputs, sample=sample)
    if csv:
        write_users_csv(work / "users.parquet", work / "users.csv")
    (work / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n")
    return summary


WIDTH_FIGURES = ("joined", "join_rate", "prorated_cents", "median_days_to_join")


def _input_uncertainty(config, population, executor, scheduler, model, inputs, outputs, summary) -> dict:
    """What --input-uncertainty drew for each replication, and which part of the headline figures' intervals comes
    from the pilot: the same replications (same seeds) are run again with the fitted values as they are, and each
    interval's half-width is given with and without the draws."""
    seeds = np.random.SeedSequence(config.seed).spawn(len(outputs))
    drawn = [draw_inputs(config, inputs, np.random.default_rng(child_seed(seed, INPUT_STREAM))) for seed in seeds]
    widths = {}
    if len(outputs) > 1:
        tasks = [ReplicationTask(config, population, seed, r, rows=False, model=model) for r, seed in enumerate(seeds)]
        plain = run_tasks(replicate, tasks, workers=config.workers, executor=executor, scheduler=scheduler,
                          check=on_workers([model]))
        for key in WIDTH_FIGURES:
            with_inputs = summary["intervals"][key]["half_width"]
            without = interval([o.figures[key] for o in plain]).half_width
            if with_inputs is not None and without is not None:
                widths[key] = {"with": with_inputs, "without": without,
                               "from_the_pilot": max(0.0, 1 - without / with_inputs) if with_inputs else 0.0}
    shown = ", ".join(f"{BY_KEY[key].label} ±{BY_KEY[key].format(w['with'])} (±{BY_KEY[key].format(w['without'])} "
                      "without)" for key, w in widths.items())
    note = (f"input uncertainty: each replication drew {', '.join(inputs['parameters'])} from the pilot's fit "
            f"({Path(inputs['calibration']).name}), so the intervals include what the pilot left uncertain"
            + (f"; the 95% intervals' half-widths with it, and without it (the same replications with the fitted "
               f"values as they are): {shown}" if shown else ""))
    return {"calibration": Path(inputs["calibration"]).name, "parameters": inputs["parameters"], "drawn": drawn,
            "half_widths": widths, "note": note}


def _tasks(config, population, seeds, indices, trace, quiet, executor, model, inputs=None) -> list[ReplicationTask]:
    in_process = executor == "local" and (config.workers == 1 or len(indices) == 1)
    return [ReplicationTask(config, population, seeds[r], r, trace=trace, model=model, inputs=inputs,
                            show_days=not quiet and in_process and len(indices) == 1) for r in indices]


def _replications(config, population, executor, scheduler, trace, quiet, rows, model,
                  inputs=None) -> list[ReplicationOutput]:

    seeds = np.random.SeedSequence(config.seed).spawn(config.replications)
    tasks = _tasks(config, population, seeds, range(config.replications), trace, quiet, executor, model, inputs)
    with Progress(config.replications if config.replications > 1 else 0, "replication", "replications",
                  enabled=not quiet) as bar:
        def done(_index: int, output: ReplicationOutput) -> None:
            rows.add(output)
            bar.advance()

        return run_tasks(replicate, tasks, workers=config.workers, executor=executor, scheduler=scheduler,
                         on_done=done, check=on_workers([model]))


def _until_precise(config, population, executor, scheduler, trace, quiet, rows, model, inputs=None):
    """Replications until the chosen figures are precise enough (``joinsim.sim.analysis.ReplicationsAlgorithm``), in
    rounds of one replication per worker, at least ``replications`` and at most ``max_replications``."""

    algorithm = ReplicationsAlgorithm(config.precision, tuple(config.precision_figures),
                                      initial=max(config.replications, 3), budget=config.max_replications)
    seeds = np.random.SeedSequence(config.seed).spawn(config.max_replications)
    kept: list[ReplicationOutput] = []
    with Progress(config.max_replications, "replication", "replications (until precise)", enabled=not quiet) as bar:
        while not algorithm.converged and len(kept) < config.max_replications:
            size = algorithm.initial if not kept else max(config.workers, 1)
            indices = range(len(kept), min(len(kept) + size, config.max_replications))
            tasks = _tasks(config, population, seeds, indices, trace, quiet or len(indices) > 1, executor, model,
                           inputs)
            for output in run_tasks(replicate, tasks, workers=config.workers, executor=executor, scheduler=scheduler,
                                    check=on_workers([model])):
                if algorithm.converged:
                    break  # (the round ran past the answer: those replications are not kept, whatever the workers)
                kept.append(output)
                rows.add(output)
                bar.advance()
                algorithm.add(output.figures)
            if len(kept) == algorithm.initial:  # (said at once: a figure whose mean is 0 has no relative precision)
                zero = [name for name, width in algorithm.path[-1].items() if name != "replications" and width is None]
                for name in zero:
                    print(f"joinsim: warning: precision: '{name}' is 0 in all {len(kept)} first replications: a "
                          f"precision of ±{config.precision:.0%} of its mean cannot be reached, so it is left out of "
                          "precision_figures' target", file=sys.stderr)
                if len(zero) == len(algorithm.figures):
                    break  # (nothing left to make precise: more replications would change nothing)
    return kept, {"target": config.precision, "figures": list(config.precision_figures), "reached": algorithm.converged,
                  "replications_needed": algorithm.n, "replications_run": len(kept), "path": algorithm.path}


class _InOrderWriter:
    """Appends each replication's rows to users.parquet (and its events to events.parquet) in replication order,
    as soon as the replications before it are written, then lets go of them: a run holds few replications' rows at
    once."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.next = folder, 0
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.waiting: dict[int, ReplicationOutput] = {}

    def add(self, output: ReplicationOutput) -> None:
        self.waiting[output.index] = output
        while self.next in self.waiting:
            ready = self.waiting.pop(self.next)
            for name in ("users", "events"):
                table = getattr(ready, name)
                if table is None:
                    continue
                if name not in self.writers:
                    self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", table.schema,
                                                          compression="zstd")
                self.writers[name].write_table(table)
                setattr(ready, name, None)
            self.next += 1

    def __enter__(self) -> _InOrderWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        for writer in self.writers.values():
            writer.close()


def write_replications_csv(rows: list[dict], path: Path) -> None:
    """One row of figures per replication (a figure a replication has no value for: empty)."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_users_csv(parquet: Path, csv_path: Path) -> None:
    """users.csv, for spreadsheets: a text cell that a spreadsheet would run as a formula (it starts with =, +, -,
    @, a tab or a carriage return) is written with a leading apostrophe, which the spreadsheet shows as text."""
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    table = pq.read_table(parquet)
    for i, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            column = table.column(i)
            risky = pc.starts_with(column, FORMULA_STARTS[0])
            for start in FORMULA_STARTS[1:]:
                risky = pc.or_(risky, pc.starts_with(column, start))
            table = table.set_column(i, field.name, pc.if_else(risky, pc.binary_join_element_wise("'", column, ""),
                                                               column))
    pacsv.write_csv(table, csv_path)


def run_info(config: Config, started_at: datetime, started: float) -> dict:
    """What differs from one run of the same config to the next: kept out of the compared files."""
    return {
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wall_time_s": round(time.perf_counter() - started, 3),
        "workers": config.workers,
        "argv": sys.argv[1:],
    }
