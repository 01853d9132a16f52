"""Runs the replications (in-process or over worker processes) and writes the report folder atomically:
``users.parquet`` (and ``users.csv``), ``summary.json``, ``report.html``, plus ``replications.csv`` when
there are several replications, and ``run.json`` (when and how long: the only file that differs between
two runs of the same config, so the others can be compared byte for byte).
Results do not depend on the number of workers: each replication's random streams come from the root
seed (``numpy.random.SeedSequence``), never from the worker that runs it."""

from __future__ import annotations

import gc
import json
import math
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

from joinsim import output_folder
from sim.config import Config
from sim.migration import Migration
from sim.population import Population
from sim.results import OUTCOMES, Coded, Result

HEADLINES = (
    ("users", "users"),
    ("invitations_sent", "invitations sent"),
    ("joined", "joined"),
    ("join_rate", "join rate"),
    ("prorated_cents", "prorated (cents)"),
    ("refund_cents", "refunded (cents)"),
    ("credit_transferred_cents", "credit transferred (cents)"),
    ("credit_applied_cents", "credit applied (cents)"),
    ("credit_awaiting_billing_chat_cents", "credit awaiting billing chat (cents)"),
    ("credit_awaiting_next_invoice_cents", "credit awaiting next invoice (cents)"),
    ("licences_lost", "licences lost"),
    ("join_links_changed", "join links changed"),
    ("median_hours_to_join", "median hours to join"),
)
TIME_COLUMNS = ("invited_at", "joined_at", "refund_paid_at")
HOURS_BINS = np.concatenate([np.arange(0, 72, 6), np.arange(72, 24 * 14, 24), np.arange(24 * 14, 24 * 121, 24 * 7)])


@dataclass
class ReplicationOutput:
    """What a replication hands back, wherever it ran: its figures, aggregates and its users' rows."""

    index: int
    figures: dict[str, float]
    outcomes: dict[str, int]
    failures: list[tuple[str, str, int]]  # (outcome, failure_rule, count)
    joins_by_day: list[int]
    hours_to_join_hist: list[int]
    totals: dict[str, int]
    resources: list[dict]
    users: pa.Table | None = None  # (written to users.parquet, then let go)
    events: pa.Table | None = None  # (with --trace: written to events.parquet, then let go)


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("joinsim", "numpy", "simpy", "faker", "pyarrow", "pandas", "matplotlib", "scipy"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "unknown"
    return found


def to_table(result: Result, config: Config, replication: int) -> pa.Table:
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


def figures_of(result: Result) -> ReplicationOutput:
    cols = result.columns
    outcome, rules = cols["outcome"], cols["failure_rule"]
    joined_mask = cols["joined_at"] >= 0
    hours = (cols["joined_at"][joined_mask] - cols["invited_at"][joined_mask]) / 3600.0
    per_outcome = np.bincount(outcome.codes, minlength=len(outcome.names))
    counts = {name: int(per_outcome[outcome.names.index(name)]) for name in OUTCOMES}
    # failures by (outcome, rule): each pair of codes as one number, counted
    pairs = outcome.codes.astype(np.int64) * len(rules.names) + rules.codes
    failures: dict[tuple[str, str], int] = {}
    for pair, n in enumerate(np.bincount(pairs, minlength=len(outcome.names) * len(rules.names)).tolist()):
        o, r = outcome.names[pair // len(rules.names)], rules.names[pair % len(rules.names)]
        if n and r:
            failures[(o, r)] = n
    users = len(outcome.codes)
    figures = {
        "users": users,
        "invitations_sent": result.totals["invitations_sent"],
        "joined": counts["joined"],
        "join_rate": counts["joined"] / users if users else 0.0,
        "prorated_cents": int(cols["prorated_cents"].sum()),
        "refund_cents": int(cols["refund_cents"].sum()),
        "credit_transferred_cents": int(cols["credit_cents"].sum()),
        "credit_applied_cents": result.totals["credit_applied_cents"],
        "credit_awaiting_billing_chat_cents": result.totals["credit_awaiting_billing_chat_cents"],
        "credit_awaiting_next_invoice_cents": result.totals["credit_awaiting_next_invoice_cents"],
        "licences_lost": result.totals["licences_lost"],
        "join_links_changed": result.totals["join_links_changed"],
        "median_hours_to_join": float(np.median(hours)) if len(hours) else 0.0,
    }
    hist, _ = np.histogram(hours, bins=HOURS_BINS)
    return ReplicationOutput(
        index=-1, figures=figures, outcomes=counts,
        failures=sorted((o, r, n) for (o, r), n in failures.items()),
        joins_by_day=result.joins_by_day.tolist(), hours_to_join_hist=hist.tolist(), totals=dict(result.totals),
        resources=result.resources)


@dataclass
class ReplicationTask:
    """One replication to run, anywhere (this process, a local worker, a Dask worker): everything it needs."""

    config: Config
    population: Population | None
    seed: np.random.SeedSequence
    index: int
    show_days: bool = False  # a progress bar of simulated days (one replication in this process only)
    trace: bool = False  # keep the event log


def replicate(task: ReplicationTask) -> ReplicationOutput:
    """One replication: its figures, and its users' rows as a table."""
    progress = None
    if task.show_days:
        from sim.progress import Progress

        progress = Progress(task.config.horizon_days, "day", "simulated days")
    try:
        result = run_replication(task.config, task.population, task.seed,
                                 progress=None if progress is None else _days(progress), trace=task.trace)
    finally:
        if progress is not None:
            progress.close()
    output = figures_of(result)
    output.index = task.index
    output.users = to_table(result, task.config, task.index)
    if task.trace:
        output.events = events_table(result, task.config, task.index)
    return output


def run_replication(config: Config, population: Population | None, seed: np.random.SeedSequence,
                    progress=None, trace: bool = False) -> Result:
    """One replication of the SimPy model (``sim.migration``), with the cyclic garbage collector off: a replication
    builds millions of long-lived, acyclic model objects, which reference counting frees; a collector pass over
    them all would cost seconds and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return Migration(config, seed, population, progress=progress, trace=trace).run()
    finally:
        if enabled:
            gc.enable()


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


def _days(progress):
    last = [0]

    def advance(day: int, users: int) -> None:
        progress.advance(day - last[0], f"users invited {users:,}")
        last[0] = day

    return advance


def t_interval(values: list[float]) -> dict[str, float]:
    a = np.asarray(values, dtype=float)
    n = len(a)
    mean = float(a.mean()) if n else 0.0
    sd = float(a.std(ddof=1)) if n > 1 else 0.0
    half = 0.0
    if n > 1:
        # Student's t quantile; scipy.special's stdtrit is what scipy.stats.t.ppf calls, at a third of the
        # import time, and is imported only when there is an interval to compute.
        from scipy.special import stdtrit

        half = float(stdtrit(n - 1, 0.975) * sd / math.sqrt(n))
    return {"mean": mean, "sd": sd, "ci95_low": mean - half, "ci95_high": mean + half, "n": n}


def run(config: Config, out_dir: Path, population: Population | None = None, csv: bool = False,
        quiet: bool = False, roster_name: str | None = None, executor: str = "local", scheduler: str | None = None,
        flag: str = "--out", trace: bool = False) -> dict:
    """Run every replication and publish the report folder ``out_dir`` (``joinsim.output_folder``: a new folder,
    an empty one or a previous ``joinsim run`` output; never half-written); returns the summary."""
    started = time.perf_counter()
    started_at = datetime.now(UTC)
    users = len(population) if population is not None else config.users
    # (about what users.parquet, users.csv and events.parquet take per user)
    needs = users * config.replications * (40 + (110 if csv else 0) + (60 if trace else 0))
    with output_folder.writing(out_dir, "run", flag, needs_bytes=needs) as work:
        summary = write_run(config, work, population, csv, quiet, roster_name, executor, scheduler, trace)
        (work / "run.json").write_text(json.dumps(run_info(config, started_at, started), indent=2) + "\n")
    return summary


def write_run(config: Config, work: Path, population: Population | None = None, csv: bool = False,
              quiet: bool = False, roster_name: str | None = None, executor: str = "local",
              scheduler: str | None = None, trace: bool = False) -> dict:
    """Run every replication and write its files into the folder ``work`` (which the caller publishes)."""
    from sim.pool import run_tasks
    from sim.progress import Progress

    enabled = gc.isenabled()
    gc.disable()  # millions of acyclic model objects: reference counting frees them, no need to rescan them
    try:
        seeds = np.random.SeedSequence(config.seed).spawn(config.replications)
        in_process = executor == "local" and (config.workers == 1 or config.replications == 1)
        tasks = [ReplicationTask(config, population, seeds[r], r, show_days=not quiet and in_process
                                 and config.replications == 1, trace=trace) for r in range(config.replications)]
        users_path = work / "users.parquet"
        with _InOrderWriter(work) as rows, Progress(config.replications if config.replications > 1 else 0,
                                                         "replication", "replications", enabled=not quiet) as bar:
            def done(_index: int, output: ReplicationOutput) -> None:
                rows.add(output)
                bar.advance()

            outputs = run_tasks(replicate, tasks, workers=config.workers, executor=executor, scheduler=scheduler,
                                on_done=done)
    finally:
        if enabled:
            gc.enable()
    summary = summarise(config, outputs, roster_name)
    if config.replications > 1:
        import pandas as pd

        rows = [{"replication": o.index, **o.figures} for o in outputs]
        pd.DataFrame(rows).to_csv(work / "replications.csv", index=False)
    from sim.report import write_report

    write_report(work / "report.html", summary, outputs)
    if csv:
        write_users_csv(users_path, work / "users.csv")
    (work / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n")
    return summary


class _InOrderWriter:
    """Appends each replication's rows to users.parquet (and its events to events.parquet) in replication order,
    as soon as the replications before it are written, then lets go of them: a run holds few replications' rows at
    once."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.writers, self.next, self.waiting = folder, {}, 0, {}

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


def resource_means(outputs: list[ReplicationOutput]) -> list[dict]:
    """Each resource's requests, waits and utilisation: the mean over the replications."""
    found = []
    for k, first in enumerate(outputs[0].resources if outputs else []):
        rows = [o.resources[k] for o in outputs]
        mean = {key: (None if first[key] is None else float(np.mean([r[key] for r in rows])))
                for key in first if key not in ("resource", "capacity")}
        found.append({"resource": first["resource"], "capacity": first["capacity"], **mean})
    return found


def summarise(config: Config, outputs: list[ReplicationOutput], roster_name: str | None) -> dict:
    def total(key: str) -> int:
        return int(sum(o.figures[key] for o in outputs))

    outcomes = {name: sum(o.outcomes[name] for o in outputs) for name in OUTCOMES}
    failures: dict[tuple[str, str], int] = {}
    for o in outputs:
        for outcome, rule, n in o.failures:
            failures[(outcome, rule)] = failures.get((outcome, rule), 0) + n
    users = total("users")
    summary = {
        "users": users,
        "invitations_sent": total("invitations_sent"),
        "invitations_resent": int(sum(o.totals["invitations_resent"] for o in outputs)),
        "joined": outcomes["joined"],
        "outcomes": outcomes,
        "failures": [{"outcome": o, "failure_rule": r, "users": n} for (o, r), n in sorted(failures.items())],
        "prorated_cents": total("prorated_cents"),
        "refund_cents": total("refund_cents"),
        "refunds_paid_cents": int(sum(o.totals["refunds_paid_cents"] for o in outputs)),
        "credit_transferred_cents": total("credit_transferred_cents"),
        "credit_applied_cents": total("credit_applied_cents"),
        "credit_awaiting_billing_chat_cents": total("credit_awaiting_billing_chat_cents"),
        "credit_awaiting_next_invoice_cents": total("credit_awaiting_next_invoice_cents"),
        "licences_lost": total("licences_lost"),
        "join_links_changed": total("join_links_changed"),
        "users_moved_with_owners": int(sum(o.totals["users_moved"] for o in outputs)) - outcomes["joined"],
        "resources": resource_means(outputs),
        "seed": config.seed,
        "replications": {
            "n": config.replications,
            "per_replication": [{"replication": o.index, **o.figures} for o in outputs],
            "stats": {key: t_interval([o.figures[key] for o in outputs]) for key, _ in HEADLINES},
        },
        "config": {k: v for k, v in config.to_json().items() if k != "workers"},  # workers never change results
        "roster": roster_name,
        "versions": versions(),
    }
    return summary
