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
which tasks finish change nothing. Every point runs the sweep's model (``Sweep.model``:
``joinsim.sim.migration.Migration`` or an analyst's subclass), which each task names by reference and the worker
imports (``joinsim.sim.models``).

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
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from joinsim.common import output_folder
from joinsim.common.pages import drawn, image, plot_text, render, subplots
from joinsim.sim.analysis import interval, paired
from joinsim.sim.campaign import plan_campaign
from joinsim.sim.config import FIELDS, Config, ConfigError, extra, flatten, parse_sets, read_toml, validate
from joinsim.sim.figures import BY_KEY, FIGURES, UNIT
from joinsim.sim.models import DEFAULT, describe, on_workers
from joinsim.sim.plots import Difference, forest
from joinsim.sim.pool import run_tasks
from joinsim.sim.progress import Progress
from joinsim.sim.runner import ReplicationTask, replicate, versions

MAX_TASKS = 200_000
MAX_VALUES = 1000  # values of one swept field


# ------------------------------------------------------------------------------------------- the target
@dataclass(frozen=True)
class Target:
    """What a stakeholder asks of the grid: a figure's bound (``licences_lost <= 0``, ``join_rate >= 90%``), met at a
    grid point when at least ``share`` of its replications meet it. Values are in the figure's stored unit: counts,
    days, hours, cents for money (``prorated_cents``), shares as 0–1 or with ``%``."""

    figure: str
    op: str  # "<=" or ">="
    value: float
    share: float = 0.95

    def met(self, value: float) -> bool:
        return value <= self.value if self.op == "<=" else value >= self.value

    def text(self) -> str:
        figure = BY_KEY[self.figure]
        return f"{figure.label} {self.op} {figure.format(self.value, exact=True)}"


TARGET = re.compile(r"\s*(\w+)\s*(<=|>=)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%?)\s*")


def parse_target(text: str | None, share: float = 0.95) -> Target | None:
    """``--target "licences_lost <= 0"`` (and ``--target-share``), checked before anything runs."""
    if text is None:
        return None
    allowed = ("allowed FIGURE <= VALUE or FIGURE >= VALUE with a figure of the report ("
               + ", ".join(f.key for f in FIGURES if f.key != "users") + ")")
    found = TARGET.fullmatch(text) if len(text) <= 200 else None
    if found is None:
        raise ConfigError(f"--target {text[:80]!r} is invalid: {allowed}")
    name, op, number, percent = found.groups()
    if name not in BY_KEY or name == "users":
        raise ConfigError(f"--target {text[:80]!r} names no figure: {allowed}")
    value = float(number) / (100 if percent else 1)
    if percent and BY_KEY[name].kind != "share":
        raise ConfigError(f"--target {text[:80]!r} is invalid: '%' is for shares (join_rate); {name} is in "
                          f"{UNIT[BY_KEY[name].kind]}")
    if not math.isfinite(value) or not 0 < share <= 1:
        raise ConfigError(f"--target {text[:80]!r} with --target-share {share!r} is invalid: allowed a finite value "
                          "and a share of replications above 0 and at most 1")
    return Target(name, op, value, share)


def target_result(sweep: Sweep, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Each grid point's share of replications that meet the target, and the answer in words: for each combination
    of the other swept fields, the smallest value of the first swept field whose point meets it."""
    target = sweep.target
    if target is None:
        return None
    shares = []
    for point in range(len(sweep.points)):
        mine = [row[target.figure] for row in rows if row["point"] == point]
        met = sum(1 for value in mine if value == value and target.met(value))  # (NaN: not met)
        shares.append(met / len(mine) if mine else 0.0)
    first, others = sweep.fields[0], sweep.fields[1:]
    answers = []
    for combo in itertools.product(*(sweep.values[name] for name in others)):
        group = [p for p in range(len(sweep.points))
                 if all(getattr(sweep.points[p], name) == value for name, value in zip(others, combo, strict=True))]
        group.sort(key=lambda p: _order(getattr(sweep.points[p], first), sweep.values[first]))
        meeting = [p for p in group if shares[p] >= target.share]
        where = f" with {_label(dict(zip(others, combo, strict=True)))}" if others else ""
        if not meeting:
            best = max(group, key=lambda p: shares[p])
            answers.append(f"No {first} of the grid{where} meets {target.text()} in {target.share:.0%} of the "
                           f"replications: the closest is {first} = {_plain(getattr(sweep.points[best], first))} "
                           f"({shares[best]:.0%} of its replications)")
            continue
        p = meeting[0]
        answers.append(f"The smallest {first}{where} that meets {target.text()} in at least {target.share:.0%} of "
                       f"the replications is {_plain(getattr(sweep.points[p], first))} ({shares[p]:.0%} of its "
                       f"replications; at the grid's values: " + ", ".join(
                           f"{_plain(getattr(sweep.points[q], first))} {shares[q]:.0%}" for q in group) + ")")
    return {"figure": target.figure, "op": target.op, "value": target.value, "share": target.share,
            "points": [{"point": p, "share_met": share, "meets": share >= target.share}
                       for p, share in enumerate(shares)],
            "answers": answers}


def _order(value: Any, values: list[Any]) -> tuple:
    """Numbers by size, other values in the file's order."""
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return (0, value) if numeric else (1, values.index(value))


# ------------------------------------------------------------------------------------------- the file
@dataclass(frozen=True)
class Sweep:
    """A parsed sweep file: the base config, the swept fields in file order and the grid points; and the model every
    point runs (its reference, ``joinsim.sim.models``: set with ``dataclasses.replace``)."""

    source: str
    base: Config
    fields: tuple[str, ...]
    values: dict[str, list[Any]]
    points: tuple[Config, ...]
    model: str = DEFAULT
    target: Target | None = None  # (set with dataclasses.replace, like the model)

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
        try:
            values.update(flatten(read_toml(_base_config(shown, base_file), "base config file", echo=False),
                                  repr(base_file)))
        except ConfigError as exc:
            raise _bad(shown, str(exc)) from None
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
        if flags.get(name) is not None:
            raise _bad(shown, f"field '{name}' is swept and also given on the command line: allowed in one place")
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
                raise _bad(shown, f"in [sweep], {exc}") from None  # (the config's message names the field once)
        if any(checked[i] == checked[j] for i in range(len(checked)) for j in range(i)):  # (0.0 == -0.0 too)
            raise _bad(shown, f"[sweep] field '{name}' = {choices!r:.80} is invalid: allowed values without repeats")
        fields.append(name)
        swept[name] = checked

    points = []
    for combo in itertools.product(*(swept[name] for name in fields)):
        changes = dict(zip(fields, combo, strict=True))
        try:
            points.append(validate({**base.to_dict(), **changes}))
            plan_campaign(points[-1], points[-1].users)  # (an auto horizon the point cannot reach: said now)
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
    model: str = DEFAULT  # the model's reference, "module:Class": the worker imports it

    def seed(self) -> np.random.SeedSequence:
        """A fresh SeedSequence (``spawn`` is stateful: a shared one would give other streams on reuse)."""
        return np.random.SeedSequence(self.entropy, spawn_key=self.spawn_key)

    @property
    def key(self) -> str:
        return f"joinsim-sweep-p{self.point:05d}-r{self.replication:05d}"


def replication_row(task: Task) -> dict[str, Any]:
    """One replication of one grid point, built and run inside the worker (the runner's ``replicate``, without the
    users' rows), returned as one small row of figures."""

    output = replicate(ReplicationTask(task.config, None, task.seed(), task.replication, rows=False,
                                       model=task.model))
    row: dict[str, Any] = {"point": task.point, "replication": task.replication}
    row.update(output.figures)
    row.update({f"outcome_{name}": count for name, count in output.outcomes.items()})
    return row


def tasks_of(sweep: Sweep) -> list[Task]:
    seeds = np.random.SeedSequence(sweep.base.seed).spawn(sweep.base.replications)  # as runner.run does
    return [Task(p, r, config, sweep.base.seed, tuple(seeds[r].spawn_key), sweep.model)  # (seeds[r]'s entropy)
            for p, config in enumerate(sweep.points) for r in range(sweep.base.replications)]


# ----------------------------------------------------------------------------------------- the sweep
def summarise(sweep: Sweep, rows: list[dict[str, Any]]):
    """Per grid point and figure: the mean per replication with its 95% interval (``joinsim.sim.analysis.interval``),
    and the paired difference from the baseline point (point 0: the first value of every swept field) with its 95%
    interval: replication r of every point shares its random numbers, so the differences are the settings'."""
    import pandas as pd

    figures = [k for k in rows[0] if k not in ("point", "replication")]
    by_point = {point: [row for row in rows if row["point"] == point] for point in range(len(sweep.points))}
    out = []
    for point, mine in by_point.items():
        params = {name: _plain(v) for name, v in sweep.point_values(point).items()}
        for figure in figures:
            values = [r[figure] for r in mine]
            stats = interval(values)
            difference = paired([r[figure] for r in by_point[0]], values).difference
            out.append({"point": point, **params, "figure": figure, "mean": stats.mean, "sd": stats.sd,
                        "ci95_low": stats.low, "ci95_high": stats.high, "n": stats.n,
                        "difference": difference.mean, "difference_low": difference.low,
                        "difference_high": difference.high})
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
    """Run every task (``joinsim.sim.pool``) and publish ``out`` (``joinsim.common.output_folder``); returns what
    ``sweep.json`` holds."""

    with output_folder.writing(out, "sweep", flag) as work:
        started = time.perf_counter()
        tasks = tasks_of(sweep)
        with Progress(len(tasks), "replication", "sweep", enabled=not quiet) as bar:
            rows = run_tasks(replication_row, tasks, workers=workers, executor=executor, scheduler=scheduler,
                             retries=retries, on_done=lambda _index, _row: bar.advance(),
                             check=on_workers([sweep.model]))
        where = scheduler or (f"a local Dask cluster of {workers}" if executor == "dask"
                              else f"{workers} local process{'es' if workers > 1 else ''}")
        result = write(sweep, rows, work)
        # how it ran (the only file that differs between executors, as a run's run.json)
        result["executor"], result["wall_time_s"] = f"{executor} ({where})", round(time.perf_counter() - started, 3)
        (work / "run.json").write_text(json.dumps({"executor": result["executor"], "wall_time_s":
                                                   result["wall_time_s"], "workers": workers}, indent=2) + "\n")
        return result


def write(sweep: Sweep, rows: list[dict[str, Any]], work: Path) -> dict[str, Any]:
    """The sweep's files, written into the folder ``work`` (which the caller publishes); the same bytes whatever
    ran the tasks (the executor and the time are in run.json)."""

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
        "model": sweep.model,
        "tasks": len(rows),
        "base_config": {k: v for k, v in sweep.base.to_json().items() if k != "workers"},
        "summary": summary.to_dict(orient="records"),
        "target": target_result(sweep, rows),
        "versions": versions(),
    }
    (work / "sweep.json").write_text(json.dumps(result, indent=2, default=_plain) + "\n")
    write_report(work / "report.html", sweep, summary, result)
    return result


# ---------------------------------------------------------------------------------------- the page
def write_report(path: Path, sweep: Sweep, summary, result: dict[str, Any]) -> None:
    """Each figure per grid point with its 95% interval (points, never lines, between values that are not numbers),
    each in its unit; then each point's paired difference from the baseline point, as a forest plot and a table."""

    figures, equal = by_effect(summary)
    plotted = figures
    labels = [_label(sweep.point_values(p)) for p in range(len(sweep.points))]
    rows = []
    for f in plotted:
        for p in range(len(sweep.points)):
            s = summary[(summary["point"] == p) & (summary["figure"] == f.key)].iloc[0]
            low, high = _none(s["ci95_low"]), _none(s["ci95_high"])
            d_low, d_high = _none(s["difference_low"]), _none(s["difference_high"])
            rows.append({"figure": f.label, "point": labels[p], "mean": f.format(s["mean"]),
                         "interval": "—" if low is None else f"{f.format(low)} to {f.format(high)}",
                         "difference": "baseline" if p == 0 else f.difference(s["difference"]),
                         "difference_interval": "—" if p == 0 or d_low is None else
                         f"{f.difference(d_low)} to {f.difference(d_high)}",
                         "verdict": "" if p == 0 else _verdict(d_low, d_high)})
    outcome_rows = []
    for p in range(len(sweep.points)):
        row = {"point": labels[p]}
        for _, s in summary[(summary["point"] == p) & summary["figure"].str.startswith("outcome_")].iterrows():
            row[s["figure"].removeprefix("outcome_")] = f"{s['mean']:,.1f}"
        outcome_rows.append(row)
    base = sweep.base
    page = render("sweep.html", title=f"Sweep of {', '.join(sweep.fields)}",
                  subtitle=f"{len(sweep.points)} grid point(s) × {base.replications} replication(s) of "
                           f"{base.users:,} simulated users, root seed {base.seed}; model {describe(sweep.model)}",
                  points=[{"point": p, "label": labels[p]} for p in range(len(sweep.points))],
                  replications=base.replications, panels=_panels(sweep, summary, plotted), equal=equal,
                  answers=(result["target"] or {}).get("answers", []),
                  forest=_forest(sweep, summary, plotted, labels), rows=rows, outcome_rows=outcome_rows,
                  outcome_names=list(outcome_rows[0])[1:] if outcome_rows else [], source=sweep.source,
                  base=[(k, str(v)) for k, v in result["base_config"].items() if k not in sweep.fields],
                  versions=result["versions"])
    Path(path).write_text(page, encoding="utf-8")


def by_effect(summary) -> tuple[list, list[str]]:
    """The figures whose mean changes across the grid, the largest change first (the spread of the points' means
    over the largest of them in size), and the others, equal at every point, in words: "licences lost (0)"."""
    changing, equal = [], []
    for figure in FIGURES:
        if figure.key == "users":
            continue
        means = summary[summary["figure"] == figure.key]["mean"].to_numpy(dtype=float)
        spread = float(np.nanmax(means) - np.nanmin(means)) if np.isfinite(means).any() else 0.0
        if spread > 1e-12 * max(1.0, float(np.nanmax(np.abs(means)))):
            changing.append((spread / float(np.nanmax(np.abs(means))), figure))
        else:
            equal.append(f"{figure.label} ({figure.format(means[0])})")
    changing.sort(key=lambda item: -item[0])
    return [figure for _, figure in changing], equal


def _none(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else float(value)


def _verdict(low: float | None, high: float | None) -> str:
    if low is None or high is None:  # (both or neither)
        return "one replication: no interval"
    if low == high == 0:
        return "the same in every replication"
    return "higher" if low > 0 else "lower" if high < 0 else "no clear difference (the interval holds 0)"


def _scaled(figure, values):
    """Values in the unit a person reads: dollars for money, percent for shares."""
    values = np.asarray(values, dtype=float)
    return values / 100 if figure.kind == "money" else values * 100 if figure.kind == "share" else values


@drawn
def _panels(sweep: Sweep, summary, figures) -> Any:
    """Small multiples: each figure against the first swept field; the other fields' combinations are series,
    offset side by side so that none hides another; joined by lines only when the field's values are numbers."""
    x_field, others = sweep.fields[0], sweep.fields[1:]
    xs = [_plain(v) for v in sweep.values[x_field]]
    numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in xs)
    series = list(itertools.product(*([_plain(v) for v in sweep.values[f]] for f in others)))
    cols = 3
    rows_n = -(-len(figures) // cols)
    fig, axes = subplots(rows_n, cols, figsize=(4.1 * cols, 2.9 * rows_n), squeeze=False)
    width = 0.6 / max(len(series), 1)
    for ax, figure in zip(axes.flat, figures, strict=False):
        sel = summary[summary["figure"] == figure.key]
        for k, combo in enumerate(series):
            mine = sel
            for name, value in zip(others, combo, strict=True):
                mine = mine[mine[name] == value]
            at = [mine[mine[x_field] == x].iloc[0] for x in xs]
            mean = _scaled(figure, [r["mean"] for r in at])
            low = _scaled(figure, [r["mean"] if _none(r["ci95_low"]) is None else r["ci95_low"] for r in at])
            high = _scaled(figure, [r["mean"] if _none(r["ci95_high"]) is None else r["ci95_high"] for r in at])
            if numeric:  # (side by side around each value, so that equal series do not hide each other)
                spread = (max(xs) - min(xs)) / max(len(xs) - 1, 1) if len(xs) > 1 else 1.0
                position: np.ndarray = np.asarray(xs, dtype=float) + (k - (len(series) - 1) / 2) * 0.04 * spread
            else:
                position = np.arange(len(xs)) + (k - (len(series) - 1) / 2) * width
            ax.errorbar(position, mean, yerr=[mean - low, high - mean], fmt="o-" if numeric else "o", markersize=4,
                        capsize=3, label=plot_text(_label(dict(zip(others, combo, strict=True)))) or None)
        ax.set_title(plot_text(figure.label))
        ax.set_ylabel(UNIT[figure.kind], fontsize=8)
        ax.set_xlabel(plot_text(x_field), fontsize=8)
        if figure.kind == "money":
            ax.yaxis.set_major_formatter(lambda value, _pos: f"${value:,.0f}")
        if not numeric:
            ax.set_xticks(range(len(xs)), [plot_text(v) for v in xs])
    for ax in list(axes.flat)[len(figures):]:
        ax.axis("off")
    if others:
        handles, names = axes.flat[0].get_legend_handles_labels()
        fig.legend(handles, names, loc="lower center", ncol=min(len(series), 3), frameon=False,
                   bbox_to_anchor=(0.5, -0.02))
    fig.tight_layout(rect=(0, 0.04 if others else 0, 1, 1))
    return image(fig, f"Each figure's mean per replication at every grid point, against {x_field}"
                      + (f", one series per value of {', '.join(others)}" if others else "")
                      + ", with 95% intervals as bars, in each figure's unit.")


def _forest(sweep: Sweep, summary, figures, labels) -> Any:
    """Each grid point's paired difference from the baseline point, as a share of the baseline's mean."""

    if len(sweep.points) > 8:
        return None
    differences = []
    for f in figures:
        sel = summary[summary["figure"] == f.key]
        base = float(sel[sel["point"] == 0].iloc[0]["mean"])
        for p in range(1, len(sweep.points)):
            s = sel[sel["point"] == p].iloc[0]
            differences.append(Difference(f.key, str(p), base, float(s["difference"]), _none(s["difference_low"]),
                                          _none(s["difference_high"])))
    return forest(differences, {str(p): f"point {p}: {labels[p]}" for p in range(len(labels))},
                  "Each grid point against the baseline point", f"the baseline point ({labels[0]})")
