"""Plots the comparison pages share (``compare``, ``sweep``): a forest plot of paired differences from a baseline,
as a share of the baseline's mean, one row per figure and one series per scenario or grid point."""

from __future__ import annotations

from dataclasses import dataclass

from joinsim.common.pages import drawn, image, plot_text, subplots
from joinsim.sim.figures import BY_KEY

COLOURS = ("#1d4f91", "#b3261e", "#2e7d32", "#8a5a00", "#6a1b9a", "#00695c", "#455a64")
SMALL = 0.01  # a figure under 1% of the largest baseline figure of its kind is left out of the plot


@dataclass(frozen=True)
class Difference:
    """One paired difference from the baseline: B − A's mean and 95% interval, and A's mean."""

    key: str  # the figure
    series: str  # the scenario or grid point
    base: float | None  # (None: no value to compare)
    mean: float | None
    low: float | None  # (None: one replication, no interval)
    high: float | None


@dataclass(frozen=True)
class _Shown:
    """A difference with every value (``shown``), as shares of the baseline's mean in %: its mean and how far its
    interval reaches below and above it."""

    key: str
    series: str
    mean: float
    below: float
    above: float


def shown(differences: list[Difference]) -> list[_Shown]:
    """The differences worth a row: with an interval, and a baseline that is not tiny next to the largest baseline
    figure of the same kind (a relative difference of a few cents' credit would hide every other row)."""
    largest: dict[str, float] = {}
    for d in differences:
        if d.base is not None and d.mean is not None:
            kind = BY_KEY[d.key].kind
            largest[kind] = max(largest.get(kind, 0.0), abs(d.base))
    return [_Shown(d.key, d.series, 100 * d.mean / abs(d.base), 100 * (d.mean - d.low) / abs(d.base),
                   100 * (d.high - d.mean) / abs(d.base))
            for d in differences if d.base and d.mean is not None and d.low is not None and d.high is not None
            and abs(d.base) >= SMALL * largest[BY_KEY[d.key].kind]]


@drawn
def forest(differences: list[Difference], series_labels: dict[str, str], title: str, baseline: str):
    """A forest plot, or None when no difference has an interval (one replication)."""
    rows = shown(differences)
    if not rows:
        return None
    keys = list(dict.fromkeys(d.key for d in rows))
    series = list(dict.fromkeys(d.series for d in rows))
    fig, ax = subplots(figsize=(7.6, 0.34 * len(keys) * max(1, min(len(series), 3)) + 1.6))
    step = 0.8 / len(series)
    for k, name in enumerate(series):
        mine = [d for d in rows if d.series == name]
        ys = [keys.index(d.key) + (k - (len(series) - 1) / 2) * step for d in mine]
        xs = [d.mean for d in mine]
        errors = [[d.below for d in mine], [d.above for d in mine]]
        ax.errorbar(xs, ys, xerr=errors, fmt="o", markersize=4, capsize=3, color=COLOURS[k % len(COLOURS)],
                    label=plot_text(series_labels.get(name, name)))
    ax.axvline(0, color="#1d2330", linewidth=1)
    ax.set_yticks(range(len(keys)), [plot_text(BY_KEY[key].label) for key in keys])
    ax.invert_yaxis()
    ax.set_xlabel(f"difference from {plot_text(baseline)}, % of its mean (paired 95% interval)")
    ax.set_title(plot_text(title))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1 - 0.25 / len(keys)), ncol=2, frameon=False)
    left_out = sorted({BY_KEY[d.key].label for d in differences} - {BY_KEY[key].label for key in keys})
    alt = (f"Forest plot: for each figure, the difference from {baseline} as a percentage of its mean, with the "
           "paired 95% interval; a vertical line marks no difference.")
    return image(fig, alt), left_out
