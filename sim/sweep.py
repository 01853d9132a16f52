"""``joinsim sweep SWEEP.toml``: a grid of parameter values × replications, on local processes or on a Dask
cluster, with the same results whatever runs it.

A sweep file is a config file (any ``joinsim run`` key, flat or grouped in tables, optionally on top of
``config = "other.toml"``, a path relative to the sweep file) plus one ``[sweep]`` table of
``field = [values]``; the grid is every combination of those values, in the order the fields are written::

    config = "../bench/bench.toml"
    users = 2000
    replications = 8
    [sweep]
    contact_users_first = [false, true]
    billing = ["autopay", "net_terms"]

Each task is one replication of one grid point: it builds its model inside the worker from the point's config
and its ``SeedSequence`` (replication r of every point gets ``SeedSequence(seed).spawn(R)[r]``, the stream
``joinsim run`` gives replication r: the points share common random numbers) and runs the runner's
replication (``engine.run_replication`` then ``runner.figures_of``); it hands back one small row of figures.
Rows are put back in (point, replication) order, so the executor, the number of workers and the order in
which tasks finish change nothing.

Writes, atomically (a hidden folder renamed into place), ``<out>/``:
``replications.parquet`` (one row per point and replication: the swept fields, every headline figure and
outcome count), ``summary.parquet`` and ``summary.csv`` (per point and figure: mean, sd, 95% t-interval, n),
``sweep.json`` (the grid, the base config, the summary) and ``report.html`` (the figures against the swept
field, with their intervals)."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from sim import compiled_model
from sim.config import SPECS, Config, ConfigError, load, read_toml, validate
from sim.runner import stop_pool

NOT_SWEPT = ("name", "seed", "replications", "workers")  # set once for the whole sweep
MAX_TASKS = 200_000


class ExecutorError(Exception):
    """The cluster cannot be reached or a task failed for good (after its retries)."""


# ------------------------------------------------------------------------------------------- the file
@dataclass(frozen=True)
class Sweep:
    """A parsed sweep file: the base config, the swept fields in file order and the grid points."""

    source: str
    base: Config
    fields: tuple[str, ...]
    values: dict[str, list[Any]]
    points: tuple[Config, ...]

    @property
    def tasks(self) -> int:
        return len(self.points) * self.base.replications

    def point_values(self, point: int) -> dict[str, Any]:
        return {name: getattr(self.points[point], name) for name in self.fields}


def _bad(path: str, message: str) -> ConfigError:
    return ConfigError(f"sweep file {path!r}: {message}")


def load_sweep(path: str | Path, **overrides: Any) -> Sweep:
    """Parse and check a sweep file; ``overrides`` (flags: users, seed, replications, workers) win over it.
    Every grid point is validated here, so a bad value stops the sweep before anything runs or is written."""
    shown = str(path)
    data = read_toml(path, "sweep file")

    grid = data.pop("sweep", None)
    if grid is None:
        raise _bad(shown, "no [sweep] table: add one with field = [value, value, ...]")
    if not isinstance(grid, dict):
        raise _bad(shown, f"field 'sweep' = {grid!r} is invalid: allowed a [sweep] table of field = [values]")
    if not grid:
        raise _bad(shown, "the [sweep] table is empty: add field = [value, value, ...]")

    values: dict[str, Any] = {}
    base_file = data.pop("config", None)
    if base_file is not None:
        if not isinstance(base_file, str):
            raise _bad(shown, f"field 'config' = {base_file!r} is invalid: allowed the path of a config TOML")
        base_path = Path(base_file) if Path(base_file).is_absolute() else Path(path).parent / base_file
        values.update(load(base_path).to_dict())
    own: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "locales":
            own.update(value)  # [population], [campaign], ... sections are only for reading
        else:
            own[key] = value
    values.update(own)
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        base = validate(values)
    except ConfigError as exc:
        raise _bad(shown, str(exc)) from None

    fields: list[str] = []
    swept: dict[str, list[Any]] = {}
    for name, choices in grid.items():
        if name not in SPECS:
            raise _bad(shown, f"[sweep] field '{name}' is not a config field: allowed "
                       + ", ".join(k for k in SPECS if k not in NOT_SWEPT))
        if name in NOT_SWEPT:
            raise _bad(shown, f"[sweep] field '{name}' cannot be swept: set it once, outside [sweep]")
        if name in own:
            raise _bad(shown, f"field '{name}' is both set and swept: keep it only in [sweep]")
        if not isinstance(choices, list) or not choices:
            raise _bad(shown, f"[sweep] field '{name}' = {choices!r} is invalid: allowed a non-empty list of values")
        checked = []
        for choice in choices:
            try:
                checked.append(getattr(base.with_overrides(**{name: choice}), name))
            except ConfigError as exc:
                raise _bad(shown, f"[sweep] field '{name}': {exc}") from None
        if len({json.dumps(_plain(c), sort_keys=True) for c in checked}) != len(checked):
            raise _bad(shown, f"[sweep] field '{name}' = {choices!r} is invalid: allowed values without repeats")
        fields.append(name)
        swept[name] = checked

    points = []
    for combo in itertools.product(*(swept[name] for name in fields)):
        changes = dict(zip(fields, combo, strict=True))
        try:
            points.append(validate({**base.to_dict(), **changes}))
        except ConfigError as exc:
            raise _bad(shown, f"grid point {_label(changes)}: {exc}") from None
    sweep = Sweep(shown, base, tuple(fields), swept, tuple(points))
    if sweep.tasks > MAX_TASKS:
        raise _bad(shown, f"{len(points):,} grid points × {base.replications} replications = {sweep.tasks:,} "
                   f"tasks is invalid: allowed at most {MAX_TASKS:,}")
    return sweep


def _plain(value: Any) -> Any:
    """A value as JSON/Parquet can hold it (dates as ISO text, locale tables as JSON text)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return value


def _label(values: dict[str, Any]) -> str:
    return ", ".join(f"{k}={_plain(v)}" for k, v in values.items())


# ------------------------------------------------------------------------------------------- the task
@dataclass(frozen=True)
class Task:
    point: int
    replication: int
    config: Config
    entropy: int  # the root seed
    spawn_key: tuple[int, ...]  # (replication,): SeedSequence(seed).spawn(R)[replication]

    def seed(self) -> np.random.SeedSequence:
        """A fresh SeedSequence (``spawn`` is stateful: a shared one would give other streams on reuse)."""
        return np.random.SeedSequence(self.entropy, spawn_key=self.spawn_key)

    @property
    def key(self) -> str:
        return f"joinsim-sweep-p{self.point:05d}-r{self.replication:05d}"


def replication_row(task: Task) -> dict[str, Any]:
    """One replication of one grid point, built and run inside the worker: the runner's replication
    (``engine.run_replication`` + ``runner.figures_of``), returned as one small row of figures."""
    from sim.engine import run_replication
    from sim.runner import figures_of

    output = figures_of(run_replication(task.config, None, task.seed()))
    row: dict[str, Any] = {"point": task.point, "replication": task.replication}
    row.update(output.figures)
    row.update({f"outcome_{name}": count for name, count in output.outcomes.items()})
    return row


def tasks_of(sweep: Sweep) -> list[Task]:
    seeds = np.random.SeedSequence(sweep.base.seed).spawn(sweep.base.replications)  # as runner.run does
    return [Task(p, r, config, seeds[r].entropy, tuple(seeds[r].spawn_key)) for p, config in enumerate(sweep.points)
            for r in range(sweep.base.replications)]


# -------------------------------------------------------------------------------------- the executors
Progress = Callable[[Task, dict[str, Any]], None]


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def run_local(tasks: list[Task], workers: int, progress: Progress | None = None, retries: int = 2,
              task_fn: Callable[[Task], dict[str, Any]] = replication_row) -> dict[str, dict[str, Any]]:
    """Run the tasks in this process (one worker) or over worker processes; a pool whose worker died is
    replaced and the unfinished tasks are run again, at most ``retries`` times."""
    rows: dict[str, dict[str, Any]] = {}
    if workers <= 1 or len(tasks) <= 1:
        for task in tasks:
            rows[task.key] = task_fn(task)
            if progress:
                progress(task, rows[task.key])
        return rows

    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    attempts = 0
    while True:
        todo = [task for task in tasks if task.key not in rows]
        if not todo:
            return rows
        pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx, initializer=_ignore_sigint)
        try:
            futures = {pool.submit(task_fn, task): task for task in todo}
            pending = set(futures)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    task = futures[future]
                    try:
                        rows[task.key] = future.result()
                    except BrokenProcessPool:
                        continue
                    if progress:
                        progress(task, rows[task.key])
            broken = len(rows) < len(tasks)
        except BaseException:
            stop_pool(pool)
            raise
        pool.shutdown(wait=True)
        if broken:
            attempts += 1
            if attempts > retries:
                raise ExecutorError(f"a worker process died {attempts} times; {len(tasks) - len(rows)} "
                                    "replication(s) did not finish")
            print(f"joinsim sweep: a worker process died; running its {len(tasks) - len(rows)} unfinished "
                  "replication(s) again", file=sys.stderr)


def local_cluster(workers: int, processes: bool = True):
    """A Dask ``LocalCluster`` on the loopback interface (TCP, even with threads), without dashboard, one
    thread per worker; the scheduler's small HTTP endpoint (health checks) takes any free loopback port."""
    import logging

    import dask
    from distributed import LocalCluster

    # The worker processes inherit an ignored SIGINT: Ctrl-C is this process's to handle (it cancels the tasks
    # and closes the cluster), not a KeyboardInterrupt in every worker.
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main_thread else None
    try:
        # The nanny's default MALLOC_TRIM_THRESHOLD_=65536 makes a replication (millions of small objects)
        # about 20% slower: the worker processes keep glibc's own threshold.
        with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
            return LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, host="127.0.0.1",
                                protocol="tcp://", dashboard_address=None, silence_logs=logging.CRITICAL,
                                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def connect(scheduler: str | None, workers: int):
    """A Dask client: on the scheduler at ``scheduler`` (tcp://HOST:PORT) or on a new local cluster.
    Returns (client, cluster or None); the caller closes both."""
    from distributed import Client

    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from None
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def run_dask(tasks: list[Task], client, progress: Progress | None = None, retries: int = 2,
             task_fn: Callable[[Task], dict[str, Any]] = replication_row) -> dict[str, dict[str, Any]]:
    """Run the tasks on a Dask cluster. A task whose worker dies is rescheduled by the scheduler; one that
    raises is run again up to ``retries`` times. Interrupted (Ctrl-C): the tasks are cancelled."""
    import uuid

    from distributed import as_completed

    run = uuid.uuid4().hex[:12]  # two sweeps on one cluster never share a key (Dask would share the result)
    by_key = {f"{task.key}-{run}": task for task in tasks}
    futures = [client.submit(task_fn, task, key=key, retries=retries, pure=False) for key, task in by_key.items()]
    rows: dict[str, dict[str, Any]] = {}
    try:
        for future in as_completed(futures):
            task = by_key[future.key]
            try:
                rows[task.key] = future.result()
            except Exception as exc:  # the task failed for good (its retries used up, or its worker kept dying)
                raise ExecutorError(f"replication {task.replication} of grid point {task.point} failed: "
                                    f"{type(exc).__name__}: {exc}") from exc
            future.release()
            if progress:
                progress(task, rows[task.key])
    except BaseException:
        client.cancel(futures, force=True)
        raise
    return rows


# ----------------------------------------------------------------------------------------- the sweep
def summarise(sweep: Sweep, rows: list[dict[str, Any]]):
    """Per grid point and figure: mean, sd, 95% t-interval and n (the runner's ``t_interval``)."""
    import pandas as pd

    from sim.runner import t_interval

    figures = [k for k in rows[0] if k not in ("point", "replication")]
    out = []
    for point in range(len(sweep.points)):
        mine = [row for row in rows if row["point"] == point]
        params = {name: _plain(v) for name, v in sweep.point_values(point).items()}
        for figure in figures:
            out.append({"point": point, **params, "figure": figure, **t_interval([r[figure] for r in mine])})
    return pd.DataFrame(out)


def tidy(sweep: Sweep, rows: list[dict[str, Any]]):
    """One row per grid point and replication: the swept fields, then every figure."""
    import pandas as pd

    table = pd.DataFrame([{"point": row["point"],
                           **{k: _plain(v) for k, v in sweep.point_values(row["point"]).items()},
                           "replication": row["replication"], "seed": sweep.base.seed,
                           **{k: v for k, v in row.items() if k not in ("point", "replication")}} for row in rows])
    return table


def run_sweep(sweep: Sweep, out: Path, executor: str = "local", workers: int = 1, scheduler: str | None = None,
              retries: int = 2, quiet: bool = False, client=None) -> dict[str, Any]:
    """Run every task and write ``out`` atomically; returns what ``sweep.json`` holds.
    ``client``: an open Dask client to use (the caller closes it), instead of connecting here."""
    started = time.perf_counter()
    start_up = 0.0  # starting or reaching a Dask cluster
    tasks = tasks_of(sweep)
    progress = None if quiet else _progress(len(tasks), sweep)
    own_client = cluster = None
    try:
        if executor == "dask":
            if client is None:
                own_client, cluster = connect(scheduler, workers)
                start_up = time.perf_counter() - started
                client = own_client
            found = run_dask(tasks, client, progress, retries)
            where = scheduler or ("the client's cluster" if own_client is None else f"a local cluster of {workers}")
        else:
            found = run_local(tasks, workers, progress, retries)
            where = f"{workers} local process{'es' if workers > 1 else ''}"
    finally:
        if progress:
            progress.close()
        if own_client is not None:
            own_client.close()
        if cluster is not None:
            cluster.close()
    rows = [found[task.key] for task in tasks]  # grid order, whatever finished first
    wall = time.perf_counter() - started
    return write(sweep, rows, Path(out), executor=f"{executor} ({where})", wall=wall, start_up=start_up)


def write(sweep: Sweep, rows: list[dict[str, Any]], out: Path, executor: str, wall: float,
          start_up: float = 0.0) -> dict[str, Any]:
    from sim.runner import versions

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        table = tidy(sweep, rows)
        summary = summarise(sweep, rows)
        table.to_parquet(tmp / "replications.parquet", index=False, compression="zstd")
        summary.to_parquet(tmp / "summary.parquet", index=False, compression="zstd")
        summary.to_csv(tmp / "summary.csv", index=False)
        result = {
            "sweep_file": sweep.source,
            "fields": list(sweep.fields),
            "values": {k: [_plain(v) for v in vs] for k, vs in sweep.values.items()},
            "points": [{"point": p, **{k: _plain(v) for k, v in sweep.point_values(p).items()}}
                       for p in range(len(sweep.points))],
            "replications": sweep.base.replications,
            "seed": sweep.base.seed,
            "tasks": len(rows),
            "base_config": {k: v for k, v in sweep.base.to_json().items() if k != "workers"},
            "summary": summary.to_dict(orient="records"),
            "executor": executor,
            "versions": versions(),
            **compiled_model.describe(),  # (of this process and the local workers it starts)
            "wall_time_s": round(wall, 3),  # from the start to the last row back (the page not included)
            "executor_start_s": round(start_up, 3),  # of which: starting or reaching the Dask cluster
        }
        (tmp / "sweep.json").write_text(json.dumps(result, indent=2, default=_plain) + "\n")
        write_report(tmp / "report.html", sweep, summary, result)
        os.chmod(tmp, 0o755)
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


class _progress:
    """One step per completed replication: a bar on a terminal, one line each otherwise."""

    def __init__(self, total: int, sweep: Sweep) -> None:
        self.total, self.done, self.sweep = total, 0, sweep
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="replication", desc="sweep", file=sys.stderr)

    def __call__(self, task: Task, row: dict[str, Any]) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        else:
            print(f"sweep: {self.done}/{self.total} replications done (point {task.point}: "
                  f"{_label(self.sweep.point_values(task.point))}; replication {task.replication})",
                  file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ---------------------------------------------------------------------------------------- the page
def write_report(path: Path, sweep: Sweep, summary, result: dict[str, Any]) -> None:
    """Each headline figure against the first swept field (one line per combination of the others), with
    its 95% interval; then the table of means and intervals per point, the grid and the base config."""
    import html

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from sim.report import STYLE, _png
    from sim.runner import HEADLINES

    x_field, others = sweep.fields[0], sweep.fields[1:]
    xs = [_plain(v) for v in sweep.values[x_field]]
    numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in xs)
    positions = xs if numeric else list(range(len(xs)))
    series = list(itertools.product(*([_plain(v) for v in sweep.values[f]] for f in others)))
    figures = [(k, label) for k, label in HEADLINES if k != "users"]
    cols = 3
    rows_n = -(-len(figures) // cols)
    fig, axes = plt.subplots(rows_n, cols, figsize=(4.2 * cols, 3.0 * rows_n), squeeze=False)
    for ax, (key, label) in zip(axes.flat, figures, strict=False):
        for k, combo in enumerate(series):
            sel = summary[summary["figure"] == key]
            for name, value in zip(others, combo, strict=True):
                sel = sel[sel[name] == value]
            at = [sel[sel[x_field] == x].iloc[0] for x in xs]
            mean = np.array([r["mean"] for r in at], dtype=float)
            low = np.array([r["ci95_low"] for r in at], dtype=float)
            high = np.array([r["ci95_high"] for r in at], dtype=float)
            offset = 0 if numeric or len(series) == 1 else (k - (len(series) - 1) / 2) * 0.08
            ax.errorbar(np.asarray(positions, dtype=float) + offset, mean, yerr=[mean - low, high - mean],
                        marker="o", capsize=3, label=_label(dict(zip(others, combo, strict=True))) or None)
        ax.set_title(label, fontsize=10)
        ax.set_xlabel(x_field, fontsize=8)
        if not numeric:
            ax.set_xticks(positions, [str(v) for v in xs])
        ax.tick_params(labelsize=8)
    for ax in list(axes.flat)[len(figures):]:
        ax.axis("off")
    if others:
        handles, labels = axes.flat[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="lower right", fontsize=8)
    fig.tight_layout()

    wide = []
    for p in range(len(sweep.points)):
        row = {k: str(_plain(v)) for k, v in sweep.point_values(p).items()}
        for key, label in figures:
            s = summary[(summary["point"] == p) & (summary["figure"] == key)].iloc[0]
            row[label] = f"{s['mean']:,.2f} [{s['ci95_low']:,.2f}, {s['ci95_high']:,.2f}]"
        wide.append(row)
    outcome_rows = []
    for p in range(len(sweep.points)):
        row = {k: str(_plain(v)) for k, v in sweep.point_values(p).items()}
        for _, s in summary[(summary["point"] == p) & summary["figure"].str.startswith("outcome_")].iterrows():
            row[s["figure"].removeprefix("outcome_")] = f"{s['mean']:,.1f}"
        outcome_rows.append(row)
    base = sweep.base
    title = f"Sweep of {', '.join(sweep.fields)}"
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p class=muted>{len(sweep.points)} grid point(s) × {base.replications} replication(s) of "
        f"{base.users:,} simulated users, root seed {base.seed} (replication r of every point uses the same "
        f"random streams: common random numbers). Sweep file {html.escape(sweep.source)}; executor "
        f"{html.escape(result['executor'])}; wall time {result['wall_time_s']:.1f} s.</p>",
        "<h2>Figures against " + html.escape(x_field) + "</h2><p class=muted>Mean per replication, bars: 95% "
        "t-interval over the replications.</p>" + _png(fig),
        "<h2>Mean and 95% interval per grid point</h2>" + pd.DataFrame(wide).to_html(index=False, border=0),
        "<h2>Outcomes per grid point (mean users per replication)</h2>"
        + pd.DataFrame(outcome_rows).to_html(index=False, border=0),
        "<h2>Base configuration</h2>" + pd.DataFrame(
            [{"key": k, "value": str(v)} for k, v in result["base_config"].items() if k not in sweep.fields]
        ).to_html(index=False, border=0),
        "<p class=muted>Versions: " + html.escape(", ".join(f"{k} {v}" for k, v in result["versions"].items()))
        + "</p>",
    ]
    page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>{html.escape(title)} — joinsim</title>"
            f"<style>{STYLE}</style><body>" + "\n".join(parts) + "</body></html>\n")
    Path(path).write_text(page, encoding="utf-8")
