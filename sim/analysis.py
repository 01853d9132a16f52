"""Output analysis of replications, as the simulation literature does it (Law, *Simulation Modeling and Analysis*;
Hoad, Robinson & Davies 2010; sim-tools' ``output_analysis``).

- ``interval``: the mean of a figure over replications with its 95% Student-t interval. Every headline figure is a
  count, an amount or a duration, never negative: its interval is cut at 0 (``cut_at_zero``). The mean of a
  non-negative quantity is non-negative, so cutting the interval to [0, ∞) removes only values the mean cannot
  take and keeps the interval's coverage; with one replication there is no interval at all.
- ``paired``: the difference B − A of two scenarios run with common random numbers (the same seed, so replication r
  of A and of B share their random streams), with the t-interval of the paired differences: much narrower than
  comparing two intervals when the scenarios' replications move together.
- ``replications_needed``: how many replications a figure needs for a given relative precision, from the ones run.
- ``ReplicationsAlgorithm``: runs replications until the chosen figures' 95% half-width is within a relative
  precision of their mean, and stays there over a look-ahead (Hoad, Robinson & Davies 2010, the sequential method
  of sim-tools' ``ReplicationsAlgorithm``, here for several figures at once).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np

CONFIDENCE = 0.95


def t_quantile(n: int) -> float:
    """The two-sided 95% Student-t quantile with n − 1 degrees of freedom (scipy.special's, which scipy.stats.t.ppf
    calls, at a fraction of the import time)."""
    from scipy.special import stdtrit

    return float(stdtrit(n - 1, 0.5 + CONFIDENCE / 2))


@dataclass(frozen=True)
class Interval:
    mean: float
    sd: float
    n: int
    low: float | None  # None with one replication: no interval
    high: float | None
    cut_at_zero: bool = False  # the lower bound was below 0, for a figure that cannot be

    @property
    def half_width(self) -> float | None:
        if self.low is None or self.high is None:
            return None
        return (self.high - self.low) / 2 if not self.cut_at_zero else self.high - self.mean

    @property
    def relative_half_width(self) -> float | None:
        half = self.half_width
        if half is None or self.mean == 0:
            return None
        return half / abs(self.mean)

    def to_json(self) -> dict:
        found = asdict(self)
        found["half_width"] = self.half_width
        return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in found.items()}


def interval(values, nonnegative: bool = True) -> Interval:
    """The mean over replications and its 95% t-interval (cut at 0 for a figure that cannot be negative). A
    replication where the figure has no value (a wait when nothing waited: NaN) is left out; n says how many
    replications the figure has."""
    a = np.asarray(values, dtype=float)
    a = a[~np.isnan(a)]
    n = len(a)
    if n == 0:
        return Interval(0.0, 0.0, 0, None, None)
    mean = float(a.mean())
    if n == 1:
        return Interval(mean, 0.0, 1, None, None)
    sd = float(a.std(ddof=1))
    half = t_quantile(n) * sd / math.sqrt(n)
    low, high = mean - half, mean + half
    cut = nonnegative and low < 0
    return Interval(mean, sd, n, max(low, 0.0) if nonnegative else low, high, cut)


@dataclass(frozen=True)
class Paired:
    """B − A over replications run with common random numbers."""

    a_mean: float
    b_mean: float
    difference: Interval

    def to_json(self) -> dict:
        means = {"a_mean": self.a_mean, "b_mean": self.b_mean}
        return {**{k: None if math.isnan(v) else v for k, v in means.items()},
                **{f"difference_{k}": v for k, v in self.difference.to_json().items()}}


def paired(a, b) -> Paired:
    """B − A replication by replication (a replication where either has no value is left out)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    both = ~(np.isnan(a) | np.isnan(b))
    return Paired(float(np.nanmean(a)) if (~np.isnan(a)).any() else float("nan"),
                  float(np.nanmean(b)) if (~np.isnan(b)).any() else float("nan"),
                  interval(b[both] - a[both], nonnegative=False))


def replications_needed(values, precision: float = 0.05) -> int | None:
    """The replications for the 95% half-width to be within ``precision`` × the mean, estimated from the
    replications run (their sd); None if there are fewer than two or the mean is 0."""
    a = np.asarray(values, dtype=float)
    a = a[~np.isnan(a)]
    if len(a) < 2 or a.mean() == 0:
        return None
    sd, mean = a.std(ddof=1), abs(a.mean())
    if sd == 0:
        return None  # (the same in every replication: no replication more would change it)
    n = 2
    while t_quantile(n) * sd / math.sqrt(n) > precision * mean and n < 100_000:
        n += 1
    return n


@dataclass
class ReplicationsAlgorithm:
    """Decides, replication by replication, when the figures are precise enough (Hoad, Robinson & Davies 2010).

    ``add`` takes each replication's figures in replication order and returns True once precision has been reached
    and kept over the look-ahead: then ``n`` replications are the answer, and the look-ahead's replications, run to
    check it, are kept too (the run's summary uses every replication it ran: more replications only narrow the
    intervals). Figures whose mean is 0 have no relative precision and are left out of the decision. The decision
    depends only on the sequence of results, so running replications on more workers never changes it.
    """

    precision: float
    figures: tuple[str, ...]
    initial: int = 3
    look_ahead: int = 5
    budget: int = 200
    values: dict[str, list[float]] = field(default_factory=dict)
    path: list[dict] = field(default_factory=list)  # per replication count: each figure's relative half-width
    n: int | None = None  # the answer, once converged
    _candidate: int | None = None

    def limit(self, count: int) -> int:
        return int(self.look_ahead / 100 * max(count, 100))

    def add(self, figures: dict[str, float]) -> bool:
        for name in self.figures:
            self.values.setdefault(name, []).append(float(figures[name]))
        count = len(self.values[self.figures[0]])
        widths = {name: interval(self.values[name]).relative_half_width for name in self.figures}
        self.path.append({"replications": count, **widths})
        if count < self.initial:
            return False
        decisive = [width for width in widths.values() if width is not None]  # (a mean of 0 has no precision)
        precise = bool(decisive) and all(width <= self.precision for width in decisive)
        if not precise:
            self._candidate = None
            return False
        if self._candidate is None:
            self._candidate = count
        if count - self._candidate >= self.limit(self._candidate):
            self.n = self._candidate
            return True
        return False

    @property
    def converged(self) -> bool:
        return self.n is not None
