"""What ``joinsim calibrate`` writes (into the publisher's working folder, ``joinsim.common.output_folder``):

- ``fitted.toml``: a config ``joinsim run --config`` reads as it is, holding the settings fitted from the pilot,
  each commented with its estimate, 95% interval, n and, for a delay, the distribution's AIC rank; the settings left
  at their defaults are listed in a comment, with the reason;
- ``calibration.json``: the same, and every distribution's fit of each delay, the warnings and the pilot's counts;
- ``calibration.html``: the page (template ``calibration.html`` on the shared layout): the fitted values, the
  Kaplan–Meier curve of each delay against every fitted survival curve, the defaults left, the warnings.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from joinsim.common.pages import drawn, image, render, subplots
from joinsim.sim.calibration import FAMILIES, DelayFit, Estimate, Fitted, kaplan_meier
from joinsim.sim.config import FIELDS, GROUPS, _toml_value, extra

COLOURS = ("#1d4f91", "#b3261e", "#2e7d32", "#8a5a00", "#6a1b9a")


def unit(name: str) -> str:
    return extra(name, "unit") or ""


def number(value: float | None, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    return f"{value:.{digits}g}"


def interval(e: Estimate) -> str:
    if e.low is None or e.high is None:
        return "—"
    return f"{number(e.low)} to {number(e.high)}"


def described(e: Estimate) -> str:
    """One estimate in words: the value, its interval and n (a delay: each of its parameters)."""
    if e.source == "default":
        return f"default {_shown(e.value)}: {e.note}"
    if e.parts:
        parts = ", ".join(f"{k} {number(v)} ({number(lo)} to {number(hi)})" if lo is not None else
                          f"{k} {number(v)} (no interval: a bound of the support)"
                          for k, (v, lo, hi) in e.parts.items())
        return f"from the pilot: {e.method}; {parts} {unit(e.name)}; n = {e.n:,} ({e.note})"
    return f"from the pilot: {number(e.value, 4)}, 95% interval {interval(e)}, n = {e.n:,} ({e.method})"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("distribution", "") + " (" + ", ".join(f"{k} {v:g}" for k, v in value.items()
                                                                 if k != "distribution") + ")"
    return f"{value:g}" if isinstance(value, float) else str(value)


def fitted_toml(fitted: Fitted) -> str:
    """The config of the settings fitted from the pilot (see the module)."""
    facts = fitted.pilot
    lines = [f"# joinsim calibrate: settings fitted from the pilot {facts['source']!r}: {facts['invited_by_as_of']:,} "
             f"users invited by {facts['as_of']} (as of).",
             "# Run it as it is: joinsim run --config fitted.toml [--roster org.csv]",
             "# Each fitted value: its estimate, 95% interval and n (a delay: its distribution's AIC rank).",
             f"# The pilot was read with user_hours = {facts['user_hours']!r}, admin_hours = {facts['admin_hours']!r}, "
             f"resend_after_days = {facts['resend_after_days']}, max_resends = {facts['max_resends']}.",
             "# Left at their defaults (the pilot could not tell them):"]
    lines += [f"#   {e.name} = {_shown(e.value)}: {e.note}" for e in fitted.estimates if e.source == "default"] or \
        ["#   none"]
    values = {e.name: e for e in fitted.estimates if e.source == "pilot"}
    values_config = dict(fitted.values())
    values_config["user_hours"] = fitted.config.user_hours
    for group in GROUPS:
        names = [name for name in FIELDS if extra(name, "group") == group and name in values_config]
        if not names:
            continue
        lines += ["", f"[{group}]"]
        for name in names:
            if name in values:
                lines.append(f"# {name}: {described(values[name])}")
            else:
                lines.append(f"# {name}: the users' waking hours the read and fix delays were fitted on")
            lines.append(f"{name} = {_toml_value(values_config[name])}")
    return "\n".join(lines) + "\n"


def calibration_json(fitted: Fitted, versions: dict[str, str]) -> dict[str, Any]:
    return {"pilot": fitted.pilot, "fitted": fitted.values(),
            "parameters": [e.row() for e in fitted.estimates],
            "read_delay_fits": [f.row() for f in fitted.read_fits],
            "fix_delay_fits": [f.row() for f in fitted.fix_fits],
            "warnings": fitted.warnings, "versions": versions}


@drawn
def _survival_plot(fits: list[DelayFit], exact: np.ndarray, right: np.ndarray, title: str, xlabel: str,
                   curve, what: str):
    """The Kaplan–Meier survival of a delay against each distribution's fitted survival curve."""
    fig, ax = subplots(figsize=(7.4, 4.2))
    km = kaplan_meier(exact, right)
    xs = km.quantiles
    ax.step(np.concatenate([[0], xs]), np.concatenate([[1], km.probabilities]), where="post", color="#1d2330",
            linewidth=2, label="Kaplan–Meier (the pilot)")
    top = float(np.quantile(np.concatenate([exact, right]), 0.99)) if len(exact) + len(right) else 1.0
    grid = np.linspace(0, max(top, 1e-6), 400)
    for k, fit in enumerate(fits):
        ax.plot(grid, curve(fit, grid), color=COLOURS[k % len(COLOURS)], linewidth=1.2,
                linestyle="-" if fit.rank == 1 else "--",
                label=f"{fit.distribution} (AIC rank {fit.rank}{', chosen' if fit.rank == 1 else ''})")
    ax.set_xlim(0, top)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(f"share of users who have not {what} yet")
    ax.set_title(title)
    ax.legend(loc="upper right", frameon=False)
    alt = (f"{title}: the Kaplan–Meier estimate from the pilot (a step curve) and the survival curve of each fitted "
           f"distribution ({', '.join(f.distribution for f in fits)}); the x axis is {xlabel}, the y axis the share "
           f"of users who have not {what} yet.")
    return image(fig, alt)


def _read_curve(fitted: Fitted):
    data = fitted.read_data
    assert data is not None  # (a curve is drawn for a fitted read delay, which has its data)
    contacted = float(np.mean(np.concatenate([data.contacted_exact, data.contacted_right, data.contacted_left])))
    offsets = data.resend_offsets

    def curve(fit: DelayFit, x: np.ndarray) -> np.ndarray:
        law = FAMILIES[fit.distribution].law(fit.params)
        p = fit.shares["accept_share"][0]
        pc = fit.shares.get("accept_share_contacted", (p,))[0]
        q = fit.shares.get("accept_share_after_resend", (0.0,))[0]
        first = (1 - contacted) * p + contacted * pc
        done = first * law.cdf(x)
        for k, offset in enumerate(offsets, start=1):
            done = done + (1 - first) * (1 - q) ** (k - 1) * q * law.cdf(np.maximum(x - offset, 0)) * (x > offset)
        return 1 - done

    return curve


def _fix_curve(fit: DelayFit, x: np.ndarray) -> np.ndarray:
    return 1 - fit.shares["fix_share"][0] * FAMILIES[fit.distribution].law(fit.params).cdf(x)


def page(fitted: Fitted, versions: dict[str, str]) -> str:
    plots = []
    if fitted.read_fits:
        data = fitted.read_data
        assert data is not None  # (fits come from data)
        plots.append(_survival_plot(fitted.read_fits, data.first_exact, data.first_right,
                                    "Time to read the invitation",
                                    "hours from the invitation (the users' waking clock, in calendar hours)",
                                    _read_curve(fitted), "read the invitation"))
    if fitted.fix_fits:
        assert fitted.fix_data is not None  # (fits come from data)
        exact, right = fitted.fix_data
        plots.append(_survival_plot(fitted.fix_fits, exact, right, "Time to fix a blocker",
                                    "days from meeting the blocker (the users' waking clock, in calendar days)",
                                    _fix_curve, "fixed the blocker"))
    facts = fitted.pilot
    rows = [{"setting": e.name, "value": _shown(e.value), "unit": unit(e.name), "interval": _parts_interval(e),
             "n": f"{e.n:,}" if e.n else "—", "source": "from the pilot" if e.source == "pilot" else "default",
             "how": e.method if e.source == "pilot" else e.note} for e in fitted.estimates]
    fits = [{"delay": delay, "distribution": f.distribution, "rank": f.rank, "aic": f"{f.aic:,.1f}",
             "delta": f"{f.aic - fits_[0].aic:,.1f}", "parameters": _shown({"distribution": "", **f.params}).strip()}
            for delay, fits_ in (("read_delay", fitted.read_fits), ("fix_delay", fitted.fix_fits)) for f in fits_]
    lead = (f"{facts['invited_by_as_of']:,} users of the pilot {facts['source']} were invited by {facts['as_of']} "
            f"(as of; the first on {facts['first_invitation']}); {facts['joined_by_as_of']:,} had joined. "
            f"{sum(e.source == 'pilot' for e in fitted.estimates)} settings were fitted from the pilot, "
            f"{sum(e.source == 'default' for e in fitted.estimates)} left at their defaults. Run the forecast with "
            "joinsim run --config fitted.toml.")
    return render("calibration.html", title="Calibration from a pilot",
                  subtitle=f"{facts['source']}, as of {facts['as_of']}", versions=versions, lead=lead,
                  warnings=fitted.warnings, rows=rows, fits=fits, plots=plots, facts=facts)


def _parts_interval(e: Estimate) -> str:
    if e.parts:
        return "; ".join(f"{k} {number(lo)} to {number(hi)}" if lo is not None else f"{k} —"
                         for k, (_, lo, hi) in e.parts.items())
    return interval(e) if e.source == "pilot" else "—"


def write(fitted: Fitted, work: Path, versions: dict[str, str]) -> None:
    """fitted.toml, calibration.json and calibration.html into ``work`` (the publisher's working folder)."""
    (work / "fitted.toml").write_text(fitted_toml(fitted), encoding="utf-8")
    (work / "calibration.json").write_text(json.dumps(calibration_json(fitted, versions), indent=1,
                                                      default=_json_value) + "\n", encoding="utf-8")
    (work / "calibration.html").write_text(page(fitted, versions), encoding="utf-8")


def _json_value(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(type(value).__name__)
