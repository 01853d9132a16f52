"""Plots the comparison pages share (``compare``, ``sweep``): a forest plot of paired differences from a baseline,
one row per figure and one series per scenario or grid point, in panels by unit (``panels``)."""

from __future__ import annotations

from dataclasses import dataclass

from joinsim.common.pages import drawn, image, plot_text, subplots
from joinsim.sim.figures import BY_KEY, UNIT

COLOURS = ("#1d4f91", "#b3261e", "#2e7d32", "#8a5a00", "#6a1b9a", "#00695c", "#455a64")
SMALL = 0.01  # a figure under 1% of the largest baseline figure of its kind is left out of the plot


@dataclass(frozen=True)
class Difference:
    """One paired difference from the baseline: B − A's mean and 95% interval, and A's mean."""

    key: str  # the figure
    series: str  # the scenario or grid point
    base: float
    mean: float
    low: float | None
    high: float | None


def panels(differences: list[Difference]) -> dict[str, list[Difference]]:
    """The differences worth a row (those with an interval), by the panel they are drawn in:

    - ``% of the baseline``: counts, money, days and hours whose baseline is not tiny next to the largest baseline
      figure of their kind (a relative difference of a few cents' credit would hide every other row);
    - ``percentage points``: shares, always as a difference of percentages (as the tables say them);
    - one panel per unit (``hours``, ``days``, ``users``, ``US dollars``) for the rest: a baseline of 0 has no
      percentage (hours waiting for an admin when nobody is contacted first), and a tiny one would dwarf the rest.
    """
    known = [d for d in differences if d.base is not None and d.mean is not None and d.low is not None
             and not d.low == d.high == 0]  # (the same in every replication: said in words, not drawn)
    largest: dict[str, float] = {}
    for d in known:
        kind = BY_KEY[d.key].kind
        largest[kind] = max(largest.get(kind, 0.0), abs(d.base))
    found: dict[str, list[Difference]] = {}
    for d in known:
        kind = BY_KEY[d.key].kind
        if kind == "share":
            panel = PERCENTAGE_POINTS
        elif d.base and abs(d.base) >= SMALL * largest[kind]:
            panel = RELATIVE
        else:
            panel = UNIT[kind]
        found.setdefault(panel, []).append(d)
    return {name: found[name] for name in sorted(found, key=lambda name: (name != RELATIVE, name))}


RELATIVE = "% of the baseline's mean"
PERCENTAGE_POINTS = "percentage points"


def _drawn_in(panel: str, d: Difference) -> tuple[float, float, float]:
    """The mean and interval of a difference in a panel's unit. Every figure is non-negative, so a difference is
    never below minus the baseline (−100%): a t-interval's low end is cut there."""
    figure = BY_KEY[d.key]
    low = max(d.low, -d.base) if d.low is not None else d.mean
    high = d.high if d.high is not None else d.mean
    if panel == RELATIVE:
        return 100 * d.mean / abs(d.base), 100 * low / abs(d.base), 100 * high / abs(d.base)
    scale = 100 if figure.kind == "share" else 0.01 if figure.kind == "money" else 1
    return d.mean * scale, low * scale, high * scale


@drawn
def forest(differences: list[Difference], series_labels: dict[str, str], title: str, baseline: str):
    """A forest plot in panels by unit (``panels``), or None when no difference has an interval (one replication).
    Returns the image, the figures without an interval and the figures the same in every replication (neither
    drawn)."""
    groups = panels(differences)
    if not groups:
        return None
    series = list(dict.fromkeys(d.series for d in differences))
    heights = [len(dict.fromkeys(d.key for d in rows)) * max(1, min(len(series), 3)) for rows in groups.values()]
    fig, axes = subplots(len(groups), 1, figsize=(7.6, 0.34 * sum(heights) + 1.3 * len(groups) + 0.6),
                         squeeze=False, gridspec_kw={"height_ratios": [h + 2 for h in heights]})
    step = 0.8 / len(series)
    for ax, (panel, rows) in zip(axes[:, 0], groups.items(), strict=True):
        keys = list(dict.fromkeys(d.key for d in rows))
        for k, name in enumerate(series):
            mine = [d for d in rows if d.series == name]
            if not mine:
                continue
            drawn_values = [_drawn_in(panel, d) for d in mine]
            ys = [keys.index(d.key) + (k - (len(series) - 1) / 2) * step for d in mine]
            xs = [mean for mean, _, _ in drawn_values]
            errors = [[mean - low for mean, low, _ in drawn_values], [high - mean for mean, _, high in drawn_values]]
            ax.errorbar(xs, ys, xerr=errors, fmt="o", markersize=4, capsize=3, color=COLOURS[k % len(COLOURS)],
                        label=plot_text(series_labels.get(name, name)))
        ax.axvline(0, color="#1d2330", linewidth=1)
        ax.set_yticks(range(len(keys)), [plot_text(BY_KEY[key].label) for key in keys])
        ax.set_ylim(len(keys) - 0.5, -0.5)
        unit = "US dollars" if panel == UNIT["money"] else panel
        ax.set_xlabel(f"difference from {plot_text(baseline)}, {plot_text(unit)} (paired 95% interval)")
    axes[0, 0].set_title(plot_text(title))
    handles, names = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, names, loc="lower center", ncol=2, frameon=False, bbox_to_anchor=(0.5, -0.02))
    fig.tight_layout(rect=(0, 0.05 if len(series) > 1 else 0.03, 1, 1))
    drawn_keys = {d.key for rows in groups.values() for d in rows}
    same = sorted({BY_KEY[d.key].label for d in differences if d.low == d.high == 0} - {BY_KEY[k].label
                                                                                        for k in drawn_keys})
    left_out = sorted({BY_KEY[d.key].label for d in differences} - {BY_KEY[k].label for k in drawn_keys} - set(same))
    alt = (f"Forest plot in {len(groups)} panel(s), one per unit ({'; '.join(groups)}): for each figure, the "
           f"difference from {baseline} with its paired 95% interval; a vertical line marks no difference.")
    return image(fig, alt), left_out, same
