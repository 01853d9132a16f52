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
replication (``runner.run_replication`` then ``runner.figures_of``); it hands back one small row of figures.
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
import math
import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from joinsim import output_folder
from sim.config import FIELDS, Config, ConfigError, extra, flatten, parse_sets, read_toml, validate

MAX_TASKS = 200_000
MAX_VALUES = 1000  # values of one swept field


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


def load_sweep(path: str | Path, sets: tuple[str, ...] = (), **flags: Any) -> Sweep:
    """Parse and check a sweep file; ``sets`` (``--set FIELD=VALUE``) and ``flags`` (users, seed, replications,
    workers; None: not given) win over it. Every grid point is checked here, so a bad value stops the sweep
    before anything runs or is written."""
    shown = os.fspath(path)
    data = read_toml(path, "sweep file")
    grid = data.get("sweep")
    if grid is None:
        raise _bad(shown, "no [sweep] table: add one with field = [value, value, ...]")
    if not isinstance(grid, dict):
        raise _bad(shown, f"field 'sweep' = {grid!r:.80} is invalid: allowed a [sweep] table of field = [values]")
    if not grid:
        raise _bad(shown, "the [sweep] table is empty: add field = [value, value, ...]")

    values: dict[str, Any] = {}
    base_file = data.get("config")
    if base_file is not None:
        values.update(flatten(read_toml(_base_config(shown, base_file), "base config file", echo=False),
                              repr(base_file)))
    own = flatten(data, repr(shown), reserved=("sweep", "config"))
    values.update(own)
    values.update(parse_sets(sets))
    values.update({k: v for k, v in flags.items() if v is not None})
    try:
        base = validate(values)
    except ConfigError as exc:
        raise _bad(shown, str(exc)) from None

    for name, choices in grid.items():
        if name not in FIELDS:
            raise _bad(shown, f"[sweep] field {name[:80]!r} is not a config field: allowed "
                       + ", ".join(k for k in FIELDS if extra(k, "sweep")))
        if not extra(name, "sweep"):
            raise _bad(shown, f"[sweep] field '{name}' cannot be swept: set it once, outside [sweep]")
        if name in own:
            raise _bad(shown, f"field '{name}' is both set and swept: keep it only in [sweep]")
        if not isinstance(choices, list) or not 1 <= len(choices) <= MAX_VALUES:
            raise _bad(shown, f"[sweep] field '{name}' = {choices!r:.80} is invalid: allowed a list of 1 to "
                       f"{MAX_VALUES} values")
    size = math.prod(len(choices) for choices in grid.values())
    if size * base.replications > MAX_TASKS:  # (checked before the grid is built)
        raise _bad(shown, f"{size:,} grid points × {base.replications} replications = {size * base.replications:,} "
                   f"tasks is invalid: allowed at most {MAX_TASKS:,}")

    fields: list[str] = []
    swept: dict[str, list[Any]] = {}
    for name, choices in grid.items():
        checked = []
        for choice in choices:
            try:
                checked.append(getattr(base.with_overrides(**{name: choice}), name))
            except ConfigError as exc:
                raise _bad(shown, f"[sweep] field '{name}': {exc}") from None
        if len({json.dumps(_plain(c), sort_keys=True) for c in checked}) != len(checked):
            raise _bad(shown, f"[sweep] field '{name}' = {choices!r:.80} is invalid: allowed values without repeats")
        fields.append(name)
        swept[name] = checked

    points = []
    for combo in itertools.product(*(swept[name] for name in fields)):
        changes = dict(zip(fields, combo, strict=True))
        try:
            points.append(validate({**base.to_dict(), **changes}))
        except ConfigError as exc:
            raise _bad(shown, f"grid point {_label(changes)}: {exc}") from None
    return Sweep(shown, base, tuple(fields), swept, tuple(points))


def _base_config(sweep_path: str, base_file: Any) -> Path:
    """The sweep file's ``config = "base.toml"``: a TOML file, relative to the sweep file."""
    if not isinstance(base_file, str) or not base_file.endswith(".toml") or "\0" in base_file:
        raise _bad(sweep_path, f"field 'config' = {base_file!r:.80} is invalid: allowed the path of a config file "
                   "ending in .toml, relative to the sweep file")
    path = Path(base_file)
    return path if path.is_absolute() else Path(sweep_path).parent / path


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
    (``runner.run_replication`` + ``runner.figures_of``), returned as one small row of figures."""
    from sim.runner import figures_of, run_replication

    output = figures_of(run_replication(task.config, None, task.seed()))
    row: dict[str, Any] = {"point": task.point, "replication": task.replication}
    row.update(output.figures)
    row.update({f"outcome_{name}": count for name, count in output.outcomes.items()})
    return row


def tasks_of(sweep: Sweep) -> list[Task]:
    seeds = np.random.SeedSequence(sweep.base.seed).spawn(sweep.base.replications)  # as runner.run does
    return [Task(p, r, config, seeds[r].entropy, tuple(seeds[r].spawn_key)) for p, config in enumerate(sweep.points)
            for r in range(sweep.base.replications)]


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
              retries: int = 2, quiet: bool = False, flag: str = "--out") -> dict[str, Any]:
    """Run every task (``sim.pool``) and publish ``out`` (``joinsim.output_folder``); returns what ``sweep.json``
    holds."""
    from sim.pool import run_tasks
    from sim.progress import Progress

    with output_folder.writing(out, "sweep", flag) as work:
        started = time.perf_counter()
        tasks = tasks_of(sweep)
        with Progress(len(tasks), "replication", "sweep", enabled=not quiet) as bar:
            rows = run_tasks(replication_row, tasks, workers=workers, executor=executor, scheduler=scheduler,
                             retries=retries, on_done=lambda _index, _row: bar.advance())
        where = scheduler or (f"a local Dask cluster of {workers}" if executor == "dask"
                              else f"{workers} local process{'es' if workers > 1 else ''}")
        return write(sweep, rows, work, executor=f"{executor} ({where})", wall=time.perf_counter() - started)


def write(sweep: Sweep, rows: list[dict[str, Any]], work: Path, executor: str, wall: float) -> dict[str, Any]:
    """The sweep's files, written into the folder ``work`` (which the caller publishes)."""
    from sim.runner import versions

    table = tidy(sweep, rows)
    summary = summarise(sweep, rows)
    table.to_parquet(work / "replications.parquet", index=False, compression="zstd")
    summary.to_parquet(work / "summary.parquet", index=False, compression="zstd")
    summary.to_csv(work / "summary.csv", index=False)
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
        "wall_time_s": round(wall, 3),  # from the start to the last row back (the page not included)
    }
    (work / "sweep.json").write_text(json.dumps(result, indent=2, default=_plain) + "\n")
    write_report(work / "report.html", sweep, summary, result)
    return result


def _text(value: Any) -> str:
    """A value as matplotlib shows it literally ('$' would start its maths mode)."""
    return str(value).replace("$", r"\$")


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
                        marker="o", capsize=3, label=_text(_label(dict(zip(others, combo, strict=True)))) or None)
        ax.set_title(label, fontsize=10)
        ax.set_xlabel(_text(x_field), fontsize=8)
        if not numeric:
            ax.set_xticks(positions, [_text(v) for v in xs])
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
