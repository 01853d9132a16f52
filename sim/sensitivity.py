"""Which assumption matters most: every behaviour parameter moved down and up, one at a time, each move paired with
the base run (common random numbers), and each chosen figure's paired difference drawn as a tornado chart.

A move is the parameter's value times 0.8 and times 1.2 (a share is kept within 0 and 1; a delay's distribution is
scaled as a whole: its median, mean, or bounds; a count such as ``max_fix_attempts`` moves by one); a parameter a
calibration fitted from a pilot (``calibration.json`` of ``joinsim calibrate``) moves to the ends of its 95%
interval instead (a delay's median or mean, its other parameters kept). The run is a
one-at-a-time sweep: point 0 is the base config, then the low and the high move of each parameter, all with the
same replications (``joinsim.sim.parameter_sweep`` runs them, on local processes or Dask), so each difference is
the parameter's, not the dice's. One-at-a-time moves show each assumption's effect near the base; they do not show
what two assumptions do together.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from joinsim.common import output_folder
from joinsim.common.input_files import open_regular, shown
from joinsim.common.pages import drawn, image, plot_text, render, subplots
from joinsim.sim.config import FIELDS, Config, ConfigError, extra
from joinsim.sim.distributions import Exponential, Fixed, Gamma, Lognormal, Triangular, Uniform
from joinsim.sim.figures import BY_KEY, FIGURES
from joinsim.sim.models import DEFAULT, describe, on_workers
from joinsim.sim.parameter_sweep import Sweep, replication_row, summarise, tasks_of
from joinsim.sim.pool import run_tasks
from joinsim.sim.progress import Progress
from joinsim.sim.runner import versions

FACTOR = 0.2  # each parameter moved to 80% and 120% of its value
DEFAULT_FIGURES = ("joined", "median_days_from_batch_to_join", "credit_wait_days")
MIN_REPLICATIONS = 3  # (a paired interval needs replications)


@dataclass(frozen=True)
class Move:
    """One parameter moved down and up: its values in words and the two configs."""

    parameter: str
    base: str
    low: str
    high: str
    low_config: Config
    high_config: Config
    how: str = f"±{FACTOR:.0%}"  # or "the pilot's 95% interval"


def parameters() -> list[str]:
    """The behaviour parameters: every setting of the config's ``behaviour`` table but the users' waking hours."""
    return [name for name in FIELDS if extra(name, "group") == "behaviour" and name != "user_hours"]


def moved(value: Any, factor: float) -> Any:
    """A parameter's value moved by ``factor`` (0.8 or 1.2): see the module's docstring."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return max(0, value + (1 if factor > 1 else -1))
    if isinstance(value, float):
        return min(1.0, max(0.0, value * factor))
    if isinstance(value, Fixed):
        return value.model_copy(update={"value": value.value * factor})
    if isinstance(value, Exponential):
        return value.model_copy(update={"mean_value": value.mean_value * factor})
    if isinstance(value, Lognormal):
        return value.model_copy(update={"median": value.median * factor})
    if isinstance(value, Gamma):
        return value.model_copy(update={"mean_value": value.mean_value * factor, "sd": value.sd * factor})
    if isinstance(value, Triangular):
        return value.model_copy(update={"low": value.low * factor, "mode": value.mode * factor,
                                        "high": value.high * factor})
    if isinstance(value, Uniform):
        return value.model_copy(update={"low": value.low * factor, "high": value.high * factor})
    raise TypeError(f"no move for {value!r}")


def _words(value: Any) -> str:
    return value.describe() if hasattr(value, "describe") else f"{value:g}" if isinstance(value, float) else str(value)


def calibrated(entry: dict | None, value: Any) -> tuple[Any, Any] | None:
    """The low and high values of a calibration's 95% interval for a parameter (None: the pilot did not fit it)."""
    if not entry or entry.get("source") != "pilot":
        return None
    if isinstance(value, float) and entry.get("low") is not None and entry.get("high") is not None:
        return float(entry["low"]), float(entry["high"])
    parts = entry.get("parameters") or {}
    for part, field in (("median", "median"), ("mean", "mean_value"), ("value", "value")):
        if part in parts and hasattr(value, field):
            return (value.model_copy(update={field: float(parts[part]["low"])}),
                    value.model_copy(update={field: float(parts[part]["high"])}))
    return None


def read_calibration(path: str | Path) -> dict[str, dict]:
    """``calibration.json`` of ``joinsim calibrate``: its parameters by setting; one clear line if it is not one."""
    with open_regular(path, "calibration file", "a calibration.json written by joinsim calibrate") as file:
        data = file.read(MAX_CALIBRATION_BYTES + 1)
    try:
        if len(data) > MAX_CALIBRATION_BYTES:
            raise ValueError(f"larger than {MAX_CALIBRATION_BYTES:,} bytes")
        entries = json.loads(data)["parameters"]
        return {entry["setting"]: entry for entry in entries}
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"calibration file {shown(path)} is not a calibration ({exc}): allowed the calibration.json "
                          "that joinsim calibrate writes") from None


MAX_CALIBRATION_BYTES = 10_000_000


def moves(config: Config, calibration: dict[str, dict] | None = None) -> list[Move]:
    found = []
    for name in parameters():
        value = getattr(config, name)
        interval = calibrated((calibration or {}).get(name), value)
        low, high = interval or (moved(value, 1 - FACTOR), moved(value, 1 + FACTOR))
        found.append(Move(name, _words(value), _words(low), _words(high), config.with_overrides(**{name: _dumped(low)}),
                          config.with_overrides(**{name: _dumped(high)}),
                          "the pilot's 95% interval" if interval else f"±{FACTOR:.0%}"))
    return found


def _dumped(value: Any) -> Any:
    return value.model_dump(by_alias=True) if hasattr(value, "model_dump") else value


def check_figures(names: list[str] | None) -> list[str]:
    chosen = list(names or DEFAULT_FIGURES)
    unknown = [name for name in chosen if name not in BY_KEY or name == "users"]
    if unknown or not 1 <= len(chosen) <= 8:
        raise ConfigError(f"--figure {unknown[0] if unknown else chosen!r} is invalid: allowed one to eight figures of "
                          "the report: " + ", ".join(f.key for f in FIGURES if f.key != "users"))
    return list(dict.fromkeys(chosen))


def run_sensitivity(config: Config, out: Path, figures: list[str] | None = None, executor: str = "local",
                    workers: int = 1, scheduler: str | None = None, quiet: bool = False,
                    model: str = DEFAULT, calibration: dict[str, dict] | None = None) -> dict[str, Any]:
    """Run the base and every move (``replications`` each, at least 3) and publish ``out``: sensitivity.json,
    sensitivity.parquet (one row per parameter, move and figure) and sensitivity.html."""
    chosen = check_figures(figures)
    if config.replications < MIN_REPLICATIONS:
        config = config.with_overrides(replications=MIN_REPLICATIONS)
    plan = moves(config, calibration)
    points = [config] + [c for move in plan for c in (move.low_config, move.high_config)]
    sweep = Sweep("sensitivity", config, (), {}, tuple(points), model)  # (no swept field: a move names its own)
    with output_folder.writing(out, "sensitivity") as work:
        started = time.perf_counter()
        tasks = tasks_of(sweep)
        with Progress(len(tasks), "replication", "sensitivity", enabled=not quiet) as bar:
            rows = run_tasks(replication_row, tasks, workers=workers, executor=executor, scheduler=scheduler,
                             on_done=lambda _index, _row: bar.advance(), check=on_workers([model]))
        summary = summarise(sweep, rows)
        table = tornado_table(plan, summary, chosen)
        table.to_parquet(work / "sensitivity.parquet", index=False)
        result = {"figures": chosen, "replications": config.replications, "seed": config.seed, "model": model,
                  "factor": FACTOR, "users": config.users,
                  "base": {name: summary[(summary["point"] == 0) & (summary["figure"] == name)]["mean"].iloc[0]
                           for name in chosen},
                  "rows": table.to_dict(orient="records"), "answers": answers(table, chosen),
                  "config": {k: v for k, v in config.to_json().items() if k != "workers"}, "versions": versions()}
        (work / "sensitivity.json").write_text(json.dumps(result, indent=2, default=_json) + "\n", encoding="utf-8")
        write_page(work / "sensitivity.html", result, table, config)
        (work / "run.json").write_text(json.dumps({"executor": executor, "workers": workers, "wall_time_s": round(
            time.perf_counter() - started, 3)}, indent=2) + "\n")
        return result


def tornado_table(plan: list[Move], summary, figures: list[str]):
    """One row per parameter, move and figure: the moved value, the figure's mean and its paired difference from
    the base with the 95% interval; sorted, per figure, by the parameter's largest effect."""
    import pandas as pd

    rows = []
    for k, move in enumerate(plan):
        for direction, point, value in (("low", 1 + 2 * k, move.low), ("high", 2 + 2 * k, move.high)):
            for name in figures:
                s = summary[(summary["point"] == point) & (summary["figure"] == name)].iloc[0]
                rows.append({"parameter": move.parameter, "base_value": move.base, "direction": direction,
                             "moved_by": move.how, "value": value, "figure": name, "mean": s["mean"],
                             "difference": s["difference"], "difference_low": s["difference_low"],
                             "difference_high": s["difference_high"]})
    table = pd.DataFrame(rows)
    effect = table.assign(size=table["difference"].abs()).groupby(["figure", "parameter"])["size"].max()
    table["effect"] = [effect[(f, p)] for f, p in zip(table["figure"], table["parameter"], strict=True)]
    return table.sort_values(["figure", "effect", "parameter", "direction"], ascending=[True, False, True, False],
                             kind="stable").reset_index(drop=True)


def answers(table, figures: list[str]) -> list[str]:
    """Per figure, in words: the parameter that moves it most, and by how much each way."""
    said = []
    for name in figures:
        figure = BY_KEY[name]
        mine = table[table["figure"] == name]
        top = mine.iloc[0]
        both = mine[mine["parameter"] == top["parameter"]].set_index("direction")
        if not top["effect"]:
            said.append(f"{figure.label}: no behaviour parameter moves it (±{FACTOR:.0%})")
            continue
        said.append(f"{figure.label} hangs most on {top['parameter']} (now {top['base_value']}): at "
                    f"{both.loc['low', 'value']} it moves by {figure.difference(both.loc['low', 'difference'])}, at "
                    f"{both.loc['high', 'value']} by {figure.difference(both.loc['high', 'difference'])}")
    return said


@drawn
def tornado(table, name: str, baseline: float) -> Any:
    """One figure's tornado chart: a bar per parameter from its low move's difference to its high move's, the
    largest effect on top, with each move's paired 95% interval."""
    figure = BY_KEY[name]
    mine = table[table["figure"] == name]
    order = list(dict.fromkeys(mine["parameter"]))
    scale = 100 if figure.kind == "share" else 0.01 if figure.kind == "money" else 1
    unit = {"share": "percentage points", "money": "US dollars"}.get(figure.kind, figure.kind if figure.kind in (
        "days", "hours") else "users")
    fig, ax = subplots(figsize=(7.6, 0.42 * len(order) + 1.4))
    colours = {"low": "#1d4f91", "high": "#b3261e"}
    for direction in ("low", "high"):
        part = mine[mine["direction"] == direction].set_index("parameter").loc[order]
        ys = np.arange(len(order)) + (-0.18 if direction == "low" else 0.18)
        means = part["difference"].to_numpy(dtype=float) * scale
        lows = part["difference_low"].to_numpy(dtype=float) * scale
        highs = part["difference_high"].to_numpy(dtype=float) * scale
        ax.barh(ys, means, height=0.34, color=colours[direction], alpha=0.75,
                label=f"{direction} ({'−' if direction == 'low' else '+'}{FACTOR:.0%})")
        known = ~np.isnan(lows)
        ax.errorbar(means[known], ys[known], xerr=[means[known] - lows[known], highs[known] - means[known]],
                    fmt="none", ecolor="#1d2330", capsize=2, linewidth=0.8)
    ax.axvline(0, color="#1d2330", linewidth=1)
    ax.set_yticks(range(len(order)), [plot_text(p) for p in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlabel(f"difference from the base ({plot_text(figure.format(baseline))}), {unit} (paired 95% interval)")
    ax.set_title(plot_text(f"What moves {figure.label}"))
    ax.legend(loc="lower right", frameon=False)
    return image(fig, f"Tornado chart of {figure.label}: for each behaviour parameter, the paired difference from "
                      f"the base run when the parameter is moved down and up by {FACTOR:.0%}, the largest effect on "
                      "top, with 95% intervals.")


def write_page(path: Path, result: dict, table, config: Config) -> None:
    charts = [{"figure": BY_KEY[name].label, "chart": tornado(table, name, result["base"][name])}
              for name in result["figures"]]
    rows = [{"parameter": r["parameter"], "base": r["base_value"], "direction": f"{r['direction']} ({r['moved_by']})",
             "value": r["value"],
             "figure": BY_KEY[r["figure"]].label, "mean": BY_KEY[r["figure"]].format(r["mean"]),
             "difference": BY_KEY[r["figure"]].difference(r["difference"]),
             "interval": "—" if r["difference_low"] != r["difference_low"] else
             f"{BY_KEY[r['figure']].difference(r['difference_low'])} to "
             f"{BY_KEY[r['figure']].difference(r['difference_high'])}"} for r in result["rows"]]
    calibrated_too = any(r["moved_by"] != f"±{FACTOR:.0%}" for r in result["rows"])
    fitted = " (those fitted from a pilot: to the ends of their 95% interval)" if calibrated_too else ""
    page = render("sensitivity.html", title="Which assumption matters most",
                  subtitle=f"{len(parameters())} behaviour parameters moved ±{FACTOR:.0%} one at a time{fitted}, "
                           f"{result['replications']} replications of {config.users:,} users each, common random "
                           f"numbers; model {describe(result['model'])}",
                  answers=result["answers"], charts=charts, rows=rows, factor=f"{FACTOR:.0%}",
                  versions=result["versions"])
    path.write_text(page, encoding="utf-8")


def _json(value: Any) -> Any:
    if isinstance(value, np.integer | np.floating):
        return None if np.isnan(value) else value.item()
    return str(value)
