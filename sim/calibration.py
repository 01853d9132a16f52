"""From a pilot wave to a calibrated config (``joinsim calibrate``): the users' behaviour fitted to what a pilot
showed, by maximum likelihood with censoring, each value with its 95% interval and its n.

**The model fitted is the simulator's own journey** (``joinsim.sim.migration.Migration.journey``): an invited user
reads the first email (share ``accept_share``, or ``accept_share_contacted`` when an admin told them first) after a
``read_delay``; or ignores it, and reads after the k-th resend (each with share ``accept_share_after_resend``),
``read_delay`` after that resend; or never. A user contacted first reads twice as soon. Reading is the first thing
a pilot shows: the user joins at once, or meets a blocker (``error_code``, at ``blocked_at``). A blocked user fixes
it (share ``fix_share``) ``fix_delay`` later and joins, or gives up.

**Censoring.** A user still pending at ``as_of`` (default: the latest time in the file) has not "failed to read":
their time is right-censored at ``as_of``; an expired invitation at its expiry (30 days after its last sending,
INV-4); a user known to have read before some time, but not when, is left-censored there. So each user contributes
the likelihood of what was seen: a density at their reading time (a mixture over the first email and each resend),
or the probability of not having read by their censoring time (or of having read before it).

**Calendars.** The delays of the config are drawn in calendar time and run on the user's waking clock
(``Migration.awake``): only waking hours count, scaled by their share of the day. An observed delay from ``a`` to
``b`` is converted back with the same calendar code, ``WorkingTime.between(a, b) / share`` (``joinsim.sim.calendars``),
so the fitted delay is the one the model will draw. Resends are placed where the simulator places them: at the
admins' first round (9:00 of their working day) ``resend_after_days`` after the last sending.

**Distributions.** Each named distribution of ``joinsim.sim.distributions`` that has a density (all but ``fixed``) is
fitted, the best chosen by AIC; the page shows the Kaplan–Meier curve (``scipy.stats.ecdf`` of ``CensoredData``)
against each fitted survival curve. Intervals: for the shares and delays fitted jointly, Wald intervals from the
observed information on the logit or log scale; for simple proportions (credit, bounce, blockers), Wilson intervals.
A parameter with too few users (``MIN_USERS``) keeps its default, with a warning naming it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, stats

from joinsim.model import errors
from joinsim.sim.calendars import DAY, WorkingTime, working_time
from joinsim.sim.config import FIELDS, Config, ConfigError, extra, validate
from joinsim.sim.distributions import NAMES
from joinsim.sim.pilot import Pilot

HOUR = 3_600
VALID_DAYS = 30  # INV-4: an invitation expires 30 days after it was (re)sent
MIN_USERS = 20  # fewer users than this for a parameter: it keeps its default
FEW_USERS = 200  # a pilot smaller than this is warned about
HEAVY_CENSORING = 0.5  # more than this share of users censored: warned about
Z95 = 1.959963984540054
FITTED = ("exponential", "lognormal", "gamma", "uniform", "triangular")  # NAMES but 'fixed' (no density)


@dataclass
class Family:
    """A named distribution as the fit sees it: its parameters from an unconstrained vector, its scipy law, and
    which parameters have Wald intervals (a regular maximum; a support's bound has none)."""

    name: str
    start: Callable[[np.ndarray], np.ndarray]  # a first guess from observed delays
    params: Callable[[np.ndarray], dict[str, float]]  # the config's parameters
    law: Callable[[dict[str, float]], Any]  # the scipy frozen distribution
    log_scale: tuple[str, ...]  # parameters that are exp() of one coordinate of the vector, in order (Wald on log)


def _quantiles(x: np.ndarray) -> tuple[float, float]:
    x = x[np.isfinite(x) & (x > 0)]
    if len(x) < 2:
        return 1.0, 1.0
    logs = np.log(x)
    return float(np.exp(np.median(logs))), max(float(np.std(logs)), 0.1)


def _exp_start(x):
    return np.array([math.log(max(float(np.mean(x[np.isfinite(x)])), 1e-3))])


def _lognormal_start(x):
    median, sigma = _quantiles(x)
    return np.array([math.log(median), math.log(sigma)])


def _gamma_start(x):
    x = x[np.isfinite(x)]
    return np.array([math.log(max(float(np.mean(x)), 1e-3)), math.log(max(float(np.std(x)), 1e-3))])


def _uniform_start(x):
    x = x[np.isfinite(x)]
    low, high = float(np.min(x)), float(np.max(x))
    return np.array([math.log(max(low, 1e-3)), math.log(max(high - low, 1e-3) * 1.05)])


def _triangular_start(x):
    x = x[np.isfinite(x)]
    low, high = float(np.min(x)), float(np.max(x))
    mode = float(np.median(x))
    return np.array([math.log(max(low, 1e-3)), math.log(max(mode - low, 1e-3)),
                     math.log(max(high - mode, 1e-3) * 1.05)])


def _gamma_law(p):
    shape = (p["mean"] / p["sd"]) ** 2
    return stats.gamma(shape, scale=p["mean"] / shape)


FAMILIES = {
    "exponential": Family("exponential", _exp_start, lambda v: {"mean": math.exp(v[0])},
                          lambda p: stats.expon(scale=p["mean"]), ("mean",)),
    "lognormal": Family("lognormal", _lognormal_start, lambda v: {"median": math.exp(v[0]), "sigma": math.exp(v[1])},
                        lambda p: stats.lognorm(p["sigma"], scale=p["median"]), ("median", "sigma")),
    "gamma": Family("gamma", _gamma_start, lambda v: {"mean": math.exp(v[0]), "sd": math.exp(v[1])}, _gamma_law,
                    ("mean", "sd")),
    "uniform": Family("uniform", _uniform_start,
                      lambda v: {"low": math.exp(v[0]), "high": math.exp(v[0]) + math.exp(v[1])},
                      lambda p: stats.uniform(p["low"], p["high"] - p["low"]), ()),
    "triangular": Family("triangular", _triangular_start,
                         lambda v: {"low": math.exp(v[0]), "mode": math.exp(v[0]) + math.exp(v[1]),
                                    "high": math.exp(v[0]) + math.exp(v[1]) + math.exp(v[2])},
                         lambda p: stats.triang((p["mode"] - p["low"]) / (p["high"] - p["low"]), p["low"],
                                                p["high"] - p["low"]), ()),
}
assert set(FAMILIES) | {"fixed"} == set(NAMES)


def _expit(v: float) -> float:
    return 1 / (1 + math.exp(-min(max(v, -700.0), 700.0)))


def _exp(v: float) -> float:
    return math.exp(min(v, 700.0))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def wilson(k: int, n: int) -> tuple[float, float, float]:
    """A share k / n with its 95% Wilson interval."""
    if n == 0:
        return math.nan, math.nan, math.nan
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n**2)) / (1 + Z95**2 / n)
    return p, max(centre - half, 0.0), min(centre + half, 1.0)


def hessian(f: Callable[[np.ndarray], float], x: np.ndarray, step: float = 1e-3) -> np.ndarray:
    """The matrix of second derivatives of ``f`` at ``x``, by central differences."""
    n = len(x)
    h = np.full(n, step)
    matrix = np.zeros((n, n))
    f0 = f(x)
    for i in range(n):
        for j in range(i, n):
            if i == j:
                e = np.zeros(n)
                e[i] = h[i]
                matrix[i, i] = (f(x + e) - 2 * f0 + f(x - e)) / h[i] ** 2
            else:
                ei, ej = np.zeros(n), np.zeros(n)
                ei[i], ej[j] = h[i], h[j]
                matrix[i, j] = matrix[j, i] = (f(x + ei + ej) - f(x + ei - ej) - f(x - ei + ej)
                                               + f(x - ei - ej)) / (4 * h[i] * h[j])
    return matrix


def _covariance(f: Callable[[np.ndarray], float], x: np.ndarray) -> np.ndarray | None:
    try:
        cov = np.linalg.inv(hessian(f, x))
    except np.linalg.LinAlgError:
        return None
    if not np.all(np.isfinite(cov)) or np.any(np.diag(cov) <= 0):
        return None
    return cov


@dataclass
class Estimate:
    """One setting's value: fitted from the pilot (``source`` "pilot") or left at its ``default``."""

    name: str
    value: Any
    source: str  # "pilot" or "default"
    low: float | None = None
    high: float | None = None
    n: int = 0
    method: str = ""
    note: str = ""
    parts: dict[str, tuple[float, float | None, float | None]] = field(default_factory=dict)  # a delay's parameters

    def row(self) -> dict[str, Any]:
        return {"setting": self.name, "value": self.value, "source": self.source, "low": self.low, "high": self.high,
                "n": self.n, "method": self.method, "note": self.note,
                "parameters": {k: {"estimate": v[0], "low": v[1], "high": v[2]} for k, v in self.parts.items()},
                "sampling": self.sampling()}

    def sampling(self) -> list[dict[str, Any]]:
        """The estimate's sampling distribution, for ``--input-uncertainty``: normal on the logit scale (a share) or
        the log scale (a delay's parameter), its centre the estimate and its sd from the 95% interval; none for a
        default or a parameter without an interval (a support's bound)."""
        if self.source != "pilot":
            return []
        if self.parts:
            return [{"part": k, "scale": "log", "centre": math.log(v), "sd": (math.log(hi) - math.log(lo)) / (2 * Z95)}
                    for k, (v, lo, hi) in self.parts.items() if lo is not None and hi is not None and lo > 0]
        if self.low is None or self.high is None or not 0 < self.value < 1:
            return []
        return [{"part": None, "scale": "logit", "centre": _logit(self.value),
                 "sd": (_logit(self.high) - _logit(self.low)) / (2 * Z95)}]


@dataclass
class DelayFit:
    """One distribution fitted to one delay: its parameters, log-likelihood, AIC and rank."""

    distribution: str
    params: dict[str, float]
    intervals: dict[str, tuple[float | None, float | None]]
    shares: dict[str, tuple[float, float | None, float | None]]
    loglik: float
    aic: float
    rank: int = 0

    def row(self) -> dict[str, Any]:
        return {"distribution": self.distribution, "parameters": self.params, "loglik": self.loglik, "aic": self.aic,
                "rank": self.rank, "intervals": {k: list(v) for k, v in self.intervals.items()},
                "shares": {k: list(v) for k, v in self.shares.items()}}


# ------------------------------------------------------------------------------------------------- the data
@dataclass
class Reading:
    """What the pilot says of each user's reading, in hours of the read delay's clock (the user's waking clock,
    scaled to calendar time; doubled for users contacted first): ``exact`` users read at a known time, ``right``
    users had not read by their censoring time, ``left`` users had read by then (not known when). Column k of each
    matrix is the time from the k-th sending (0: the invitation; k: the k-th resend), NaN when it came later."""

    exact: np.ndarray
    right: np.ndarray
    left: np.ndarray
    contacted_exact: np.ndarray
    contacted_right: np.ndarray
    contacted_left: np.ndarray
    first_exact: np.ndarray  # time from the invitation for the exact ones (Kaplan-Meier), and its censored ones
    first_right: np.ndarray
    resend_offsets: list[float]  # the typical k-th resend's time after the invitation, same clock (for the plot)


def resend_times(invited: float, admin: WorkingTime, after_days: int, count: int) -> list[float]:
    """When the simulator resends an invitation sent at ``invited`` (``Migration.resend_rounds``): at the admins'
    first round (9:00 of a working day, or their first working moment after it) ``after_days`` after each sending."""
    times, sent = [], invited
    for _ in range(count):
        due = sent + after_days * DAY
        day = int(due // DAY)
        while True:
            round_at = admin.next_moment(day * DAY + 9 * HOUR)
            if round_at >= due:
                break
            day = int(round_at // DAY) + 1
        times.append(round_at)
        sent = round_at
    return times


def reading(pilot: Pilot, as_of: float, config: Config) -> Reading:
    """Each user's reading as the likelihood sees it (see ``Reading``)."""
    start = pilot.origin.date()
    user = working_time(config.user_hours, start, config.holidays_country)
    admin = working_time(config.admin_hours, start, config.holidays_country)
    K = config.max_resends
    rows: dict[str, list] = {"exact": [], "right": [], "left": []}
    flags: dict[str, list] = {"exact": [], "right": [], "left": []}
    first_exact, first_right = [], []
    offsets = []

    def clock(a: float, b: float, contacted: bool) -> float:
        return user.between(a, b) / user.share / HOUR * (2 if contacted else 1)

    for i in range(len(pilot)):
        t0, outcome = pilot.invited[i], pilot.outcome[i]
        if outcome == "bounced" or not t0 <= as_of:
            continue
        sends = [t0, *resend_times(t0, admin, config.resend_after_days, K)]
        offsets.append([clock(t0, s, False) for s in sends[1:]])
        joined, blocked = pilot.joined[i], pilot.blocked[i]
        if blocked <= as_of:
            kind, at = "exact", blocked
        elif joined <= as_of and not pilot.error[i]:
            kind, at = "exact", joined
        elif joined <= as_of:  # blocked, then joined: read before joining, not known when
            kind, at = "left", joined
        elif outcome in ("joined", "pending") or np.isfinite(joined) or np.isfinite(blocked):
            kind, at = "right", as_of  # (what happened after as_of is not known yet)
        elif outcome == "expired":
            last = max([s for s in sends if s < as_of] or [t0])
            kind, at = "right", min(as_of, last + VALID_DAYS * DAY)
        else:  # met a refusal at a time not given: read before as_of
            kind, at = "left", as_of
        contacted = bool(pilot.contacted[i])
        rows[kind].append([clock(s, at, contacted) if s < at else np.nan for s in sends])
        flags[kind].append(contacted)
        if kind == "exact":
            first_exact.append(clock(t0, at, contacted))
        elif kind == "right":
            first_right.append(clock(t0, at, contacted))

    def matrix(kind: str) -> np.ndarray:
        return np.array(rows[kind], dtype=float).reshape(len(rows[kind]), K + 1)

    typical = np.median(np.array(offsets), axis=0).tolist() if offsets and K else []
    return Reading(matrix("exact"), matrix("right"), matrix("left"), np.array(flags["exact"], dtype=bool),
                   np.array(flags["right"], dtype=bool), np.array(flags["left"], dtype=bool),
                   np.array(first_exact), np.array(first_right), typical)


# ------------------------------------------------------------------------------------------------- the fits
def _nan_zero(values: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(values), values, -1.0)


def fit_reading(data: Reading, family: Family, K: int, defaults: Config) -> DelayFit | None:
    """The read delay of one family and the accept shares, jointly, by maximum likelihood (see the module)."""
    contacted = bool(data.contacted_exact.any() or data.contacted_right.any() or data.contacted_left.any())
    observed = data.first_exact
    if len(observed) < 2:
        return None
    start = family.start(observed)
    n_exact = len(data.exact)
    total = n_exact + len(data.right) + len(data.left)
    read_share = (n_exact + len(data.left)) / max(total, 1)
    shares0 = [_logit(read_share * 0.9)]
    if contacted:
        shares0.append(_logit(min(read_share * 1.05, 0.99)))
    if K:
        shares0.append(_logit(defaults.accept_share_after_resend))
    s = len(shares0)
    x0 = np.concatenate([shares0, start])
    E, R, L = _nan_zero(data.exact), _nan_zero(data.right), _nan_zero(data.left)

    def weights(p: float, pc: float, q: float, flags: np.ndarray) -> np.ndarray:
        first = np.where(flags, pc, p)[:, None]
        k = np.arange(1, K + 1)[None, :]
        later = (1 - first) * (1 - q) ** (k - 1) * q
        return np.concatenate([first, later], axis=1)

    def unpack(v: np.ndarray) -> tuple[float, float, float, dict[str, float]]:
        p = _expit(v[0])
        pc = _expit(v[1]) if contacted else p
        q = _expit(v[s - 1]) if K else 0.0
        return p, pc, q, family.params(v[s:])

    def negative(v: np.ndarray) -> float:
        if not np.all(np.abs(v) < 50):
            return 1e300
        p, pc, q, params = unpack(v)
        try:
            law = family.law(params)
        except (ValueError, ZeroDivisionError, OverflowError):
            return 1e300
        with np.errstate(all="ignore"):
            ll = 0.0
            if n_exact:
                dens = np.sum(weights(p, pc, q, data.contacted_exact) * law.pdf(E) * (E >= 0), axis=1)
                ll += np.sum(np.log(np.maximum(dens, 1e-300)))
            if len(R):
                done = np.sum(weights(p, pc, q, data.contacted_right) * law.cdf(R) * (R >= 0), axis=1)
                ll += np.sum(np.log(np.maximum(1 - done, 1e-300)))
            if len(L):
                done = np.sum(weights(p, pc, q, data.contacted_left) * law.cdf(L) * (L >= 0), axis=1)
                ll += np.sum(np.log(np.maximum(done, 1e-300)))
        return float(-ll) if np.isfinite(ll) else 1e300

    best = _minimise(negative, x0, bool(family.log_scale))
    p, pc, q, params = unpack(best.x)
    cov = _covariance(negative, best.x) if family.log_scale else _covariance_shares(negative, best.x, s)
    shares = {"accept_share": (p, *_wald(best.x, cov, 0, _expit))}
    if contacted:
        shares["accept_share_contacted"] = (pc, *_wald(best.x, cov, 1, _expit))
    if K:
        shares["accept_share_after_resend"] = (q, *_wald(best.x, cov, s - 1, _expit))
    intervals = {name: _wald(best.x, cov, s + k, _exp) for k, name in enumerate(family.log_scale)}
    return DelayFit(family.name, params, intervals, shares, -best.fun, 2 * best.fun + 2 * len(best.x))


def _covariance_shares(f, x, s):
    """For a family without Wald intervals (a support's bounds): the shares' block only, its delay held."""
    def g(v):
        return f(np.concatenate([v, x[s:]]))

    cov = _covariance(g, x[:s])
    if cov is None:
        return None
    full = np.full((len(x), len(x)), np.nan)
    full[:s, :s] = cov
    return full


def _wald(x: np.ndarray, cov: np.ndarray | None, k: int, back: Callable[[float], float]):
    if cov is None or not np.isfinite(cov[k, k]) or cov[k, k] <= 0:
        return None, None
    half = Z95 * math.sqrt(cov[k, k])
    return back(x[k] - half), back(x[k] + half)


def _minimise(f, x0, smooth: bool = True):
    """The minimum of ``f``: quasi-Newton for a smooth likelihood, then the simplex if that did not converge; the
    simplex alone where a support's bounds make it kinked (uniform, triangular)."""
    best = None
    if smooth:
        best = optimize.minimize(f, x0, method="BFGS", options={"gtol": 1e-5, "maxiter": 400})
        if best.success:
            return best
    simplex = optimize.minimize(f, best.x if best is not None else x0, method="Nelder-Mead",
                                options={"maxiter": 1500, "maxfev": 1500, "xatol": 1e-5, "fatol": 1e-5})
    return simplex if best is None or simplex.fun <= best.fun else best


def fit_fixing(exact: np.ndarray, right: np.ndarray, family: Family) -> DelayFit | None:
    """The fix delay of one family and the fix share, jointly (a cure model: the users who give up never join)."""
    if len(exact) < 2:
        return None
    x0 = np.concatenate([[_logit(len(exact) / (len(exact) + len(right)))], family.start(exact)])

    def negative(v):
        if not np.all(np.abs(v) < 50):
            return 1e300
        share = _expit(v[0])
        try:
            law = family.law(family.params(v[1:]))
        except (ValueError, ZeroDivisionError, OverflowError):
            return 1e300
        with np.errstate(all="ignore"):
            ll = np.sum(np.log(np.maximum(share * law.pdf(exact), 1e-300)))
            ll += np.sum(np.log(np.maximum(1 - share * law.cdf(right), 1e-300)))
        return float(-ll) if np.isfinite(ll) else 1e300

    best = _minimise(negative, x0, bool(family.log_scale))
    cov = _covariance(negative, best.x) if family.log_scale else _covariance_shares(negative, best.x, 1)
    intervals = {name: _wald(best.x, cov, 1 + k, _exp) for k, name in enumerate(family.log_scale)}
    shares = {"fix_share": (_expit(best.x[0]), *_wald(best.x, cov, 0, _expit))}
    return DelayFit(family.name, family.params(best.x[1:]), intervals, shares, -best.fun,
                    2 * best.fun + 2 * len(best.x))


def ranked(fits: list[DelayFit]) -> list[DelayFit]:
    fits = sorted(fits, key=lambda f: f.aic)
    for rank, fit in enumerate(fits, start=1):
        fit.rank = rank
    return fits


def kaplan_meier(exact: np.ndarray, right: np.ndarray):
    """The Kaplan-Meier estimate of the survival (``scipy.stats.ecdf`` of right-censored data)."""
    data = stats.CensoredData(uncensored=exact, right=right)
    return stats.ecdf(data).sf


# ------------------------------------------------------------------------------------------------- calibrate
@dataclass
class Fitted:
    """The calibration: every setting's estimate, the fits of each delay, the warnings and the pilot's counts."""

    estimates: list[Estimate]
    read_fits: list[DelayFit]
    fix_fits: list[DelayFit]
    warnings: list[str]
    pilot: dict[str, Any]
    config: Config  # the defaults the calibration started from, with its calendars
    read_data: Reading | None = None
    fix_data: tuple[np.ndarray, np.ndarray] | None = None

    def values(self) -> dict[str, Any]:
        """The settings fitted from the pilot, as a config takes them."""
        return {e.name: e.value for e in self.estimates if e.source == "pilot"}


def setting_value(config: Config, name: str) -> Any:
    """A setting's value as a config file writes it (a delay: a table)."""
    return config.to_json()[name]


def _loadable(name: str, fit: DelayFit) -> bool:
    """Whether a config takes this fit as the setting (a lognormal's sigma above 5 is refused, for one)."""
    try:
        validate({name: _delay_value(fit)})
    except ConfigError:
        return False
    return True


def _delay_value(fit: DelayFit) -> dict[str, Any]:
    return {"distribution": fit.distribution, **{k: float(f"{v:.4g}") for k, v in fit.params.items()}}


def calibrate(pilot: Pilot, config: Config, as_of: datetime | None = None,
              roster_mix: dict[str, dict[str, float]] | None = None) -> Fitted:
    """Every behaviour setting the pilot can tell, fitted (see the module), the others left at ``config``'s."""
    cut = pilot.seconds(as_of) if as_of is not None else pilot.latest()
    warnings: list[str] = list(pilot.notes)
    estimates: dict[str, Estimate] = {}
    invited = pilot.invited <= cut
    n = int(invited.sum())
    K = config.max_resends

    def default(name: str, why: str) -> None:
        estimates[name] = Estimate(name, setting_value(config, name), "default", note=why)

    # --- reading: the read delay and the accept shares, jointly
    data = reading(pilot, cut, config)
    read_users = len(data.exact) + len(data.right) + len(data.left)
    read_fits: list[DelayFit] = []
    if len(data.exact) >= MIN_USERS:
        read_fits = ranked([f for f in (fit_reading(data, FAMILIES[name], K, config) for name in FITTED) if f])
    share_names = ["accept_share", "accept_share_contacted", "accept_share_after_resend"]
    best = next((f for f in read_fits if _loadable("read_delay", f)), None)
    if best is not None:
        estimates["read_delay"] = Estimate(
            "read_delay", _delay_value(best), "pilot", n=read_users,
            method=f"{best.distribution}, AIC rank {best.rank} of {len(read_fits)} (censored maximum likelihood)",
            parts={k: (v, *best.intervals.get(k, (None, None))) for k, v in best.params.items()},
            note=f"{len(data.exact):,} reads seen, {len(data.right):,} censored, {len(data.left):,} read at a time "
                 "not given")
        counts = {"accept_share": int((~data.contacted_exact).sum() + (~data.contacted_right).sum()
                                      + (~data.contacted_left).sum()),
                  "accept_share_contacted": int(data.contacted_exact.sum() + data.contacted_right.sum()
                                                + data.contacted_left.sum())}
        counts["accept_share_after_resend"] = read_users
        for name in share_names:
            if name not in best.shares:
                default(name, "the pilot has no users contacted first" if name == "accept_share_contacted"
                        else "max_resends is 0")
                continue
            value, low, high = best.shares[name]
            if counts[name] < MIN_USERS:
                default(name, f"only {counts[name]} users: at least {MIN_USERS} are needed")
                warnings.append(f"{name} left at its default: only {counts[name]} users in the pilot")
                continue
            estimates[name] = Estimate(name, round(value, 4), "pilot", low, high, counts[name],
                                       f"jointly with read_delay ({best.distribution}); Wald interval, logit scale")
    else:
        why = f"only {len(data.exact)} users read the invitation before as_of: at least {MIN_USERS} are needed"
        for name in ("read_delay", *share_names):
            default(name, why)
        warnings.append(f"read_delay and the accept shares left at their defaults: {why}")

    # --- fixing a blocker: the fix delay and the fix share, jointly; else the share alone
    # an error counts once it was met by as_of (a pilot without blocked_at: met, as it is in the file)
    met_error = np.where(pilot.blocked > cut, "", pilot.error)
    blocked = invited & np.isin(met_error, list(_BLOCKER_CODES))
    start = pilot.origin.date()
    user = working_time(config.user_hours, start, config.holidays_country)
    known = blocked & (pilot.blocked <= cut)
    fix_exact, fix_right = [], []
    episodes = 0
    for i in np.flatnonzero(known):
        # each blocker met is an episode: fixed when the next blocker or the join came, else censored at as_of (a
        # traced run says when each next blocker came; a pilot, only the first)
        starts = [pilot.blocked[i], *[t for t in (pilot.blocked_again[i] if pilot.blocked_again else []) if t <= cut]]
        for a, b in zip(starts, starts[1:], strict=False):
            fix_exact.append(user.between(a, b) / user.share / DAY)
        if pilot.joined[i] <= cut:
            fix_exact.append(user.between(starts[-1], pilot.joined[i]) / user.share / DAY)
        else:
            fix_right.append(user.between(starts[-1], cut) / user.share / DAY)
        episodes += len(starts)
    fix_exact_a, fix_right_a = np.array(fix_exact), np.array(fix_right)
    fix_fits: list[DelayFit] = []
    if len(fix_exact) >= MIN_USERS:
        fix_fits = ranked([f for f in (fit_fixing(fix_exact_a, fix_right_a, FAMILIES[name]) for name in FITTED) if f])
    best = next((f for f in fix_fits if _loadable("fix_delay", f)), None)
    if best is not None:
        value, low, high = best.shares["fix_share"]
        estimates["fix_share"] = Estimate("fix_share", round(value, 4), "pilot", low, high, episodes,
                                          f"jointly with fix_delay ({best.distribution}); Wald interval, logit scale")
        estimates["fix_delay"] = Estimate(
            "fix_delay", _delay_value(best), "pilot", n=episodes,
            method=f"{best.distribution}, AIC rank {best.rank} of {len(fix_fits)} (censored maximum likelihood)",
            parts={k: (v, *best.intervals.get(k, (None, None))) for k, v in best.params.items()},
            note=f"{len(fix_exact):,} fixes seen, {len(fix_right):,} still blocked at as_of")
    else:
        default("fix_delay", f"only {len(fix_exact)} blocked users with blocked_at joined: at least {MIN_USERS} "
                "are needed")
        seen = int(blocked.sum())
        if seen >= MIN_USERS and not known.any():
            fixed = int((blocked & (pilot.joined <= cut)).sum())
            value, low, high = wilson(fixed, seen)
            estimates["fix_share"] = Estimate("fix_share", round(value, 4), "pilot", low, high, seen,
                                              "Wilson interval (a lower bound: users still fixing at as_of count as "
                                              "not fixed; give blocked_at to fit it with the fix delay)")
        else:
            default("fix_share", f"only {seen} users met a blocker: at least {MIN_USERS} are needed")
        warnings.append(f"fix_delay left at its default: {estimates['fix_delay'].note}")
        if estimates["fix_share"].source == "default":
            warnings.append(f"fix_share left at its default: {estimates['fix_share'].note}")

    # --- simple shares: credit, bounce, blockers
    chose = invited & np.isin(pilot.choice, ["credit", "refund"])
    _share(estimates, warnings, "credit_share", int((chose & (pilot.choice == "credit")).sum()), int(chose.sum()),
           "of the joined users who chose (refund or credit, ACC-2)", config)
    _share(estimates, warnings, "share_bounce", int((invited & (pilot.outcome == "bounced")).sum()), n,
           "of the invited users (INV-3)", config)
    tried = invited & (pilot.outcome != "bounced") & ((pilot.joined <= cut) | (met_error != ""))
    has_plan = bool((pilot.plan != "").all())
    paid = tried & (pilot.plan != "free") if has_plan else tried
    scale = 1.0 if has_plan else 1 - config.share_free
    # the model refuses with the first blocker it finds (joinsim.model.accepting: ACC-5, then OWN-5), so a pending
    # cancellation shows only in users without an unpaid invoice: each share is of the users no earlier one blocked
    earlier = 0
    for code, name in ((errors.UnpaidInvoices.code, "share_unpaid_invoice"),
                       (errors.PendingCancellation.code, "share_pending_cancellation")):
        met = int((paid & (met_error == code)).sum())
        denominator = int(round(paid.sum() * scale)) - earlier
        _share(estimates, warnings, name, met, denominator,
               f"of the paid users who tried to accept{' and met no earlier blocker' if earlier else ''} ({code})"
               if has_plan else f"of the users who tried to accept ({code}), paid assumed {scale:.0%} (share_free; "
               "give a plan column)", config)
        earlier += met
    default("share_zoom_rooms", "a pilot does not show who owns an account with linked users, nor the Zoom Rooms "
            "of an owner blocked first by another blocker")
    other = sorted(set(met_error[invited]) - set(_BLOCKER_CODES) - {"", errors.UndeliverableAddress.code})
    if other:
        warnings.append("refusals the simulator draws from other settings were left out: " + ", ".join(other))

    # --- warnings
    if n < FEW_USERS:
        warnings.append(f"a small pilot: {n} invited users (the intervals are wide; {FEW_USERS} or more are better)")
    censored = len(data.right) / read_users if read_users else 0
    if censored > HEAVY_CENSORING:
        warnings.append(f"heavy censoring: {censored:.0%} of the users had not read the invitation by as_of (the "
                        "read delay's tail rests on the model's shape, not on the data)")
    warnings += _representative(pilot, invited, roster_mix)
    order = [name for name in FIELDS if name in estimates]
    as_of_time = pilot.origin + timedelta(seconds=cut)
    facts = {"source": pilot.source, "users": len(pilot), "invited_by_as_of": n, "as_of": as_of_time.isoformat(sep=" "),
             "first_invitation": (pilot.origin + timedelta(seconds=float(np.nanmin(pilot.invited)))).isoformat(sep=" "),
             "joined_by_as_of": int((pilot.joined <= cut).sum()), "censored_readers": len(data.right),
             "user_hours": config.user_hours, "admin_hours": config.admin_hours,
             "resend_after_days": config.resend_after_days, "max_resends": K,
             "holidays_country": config.holidays_country}
    return Fitted([estimates[name] for name in order], read_fits, fix_fits, warnings, facts, config, data,
                  (fix_exact_a, fix_right_a))


_BLOCKER_CODES = {errors.UnpaidInvoices.code, errors.PendingCancellation.code, errors.ZoomRoomsOnAccount.code,
                  errors.UsersStillLinked.code}


def _share(estimates: dict[str, Estimate], warnings: list[str], name: str, k: int, n: int, what: str,
           config: Config) -> None:
    if n < MIN_USERS:
        estimates[name] = Estimate(name, setting_value(config, name), "default",
                                   note=f"only {n} users {what}: at least {MIN_USERS} are needed")
        warnings.append(f"{name} left at its default: only {n} users {what}")
        return
    value, low, high = wilson(min(k, n), n)
    estimates[name] = Estimate(name, round(value, 4), "pilot", low, high, n, f"Wilson interval, {what}")


def _representative(pilot: Pilot, invited: np.ndarray, roster_mix: dict[str, dict[str, float]] | None) -> list[str]:
    """The pilot against the roster the forecast will run: plan and locale mix (total variation distance)."""
    if roster_mix is None:
        return []
    found = []
    for column, mix in roster_mix.items():
        values = getattr(pilot, column)[invited]
        if (values == "").any():
            found.append(f"the pilot has no {column} column: it cannot be compared with the roster's {column} mix")
            continue
        names = sorted(set(mix) | set(values))
        share = {v: float((values == v).mean()) for v in names}
        distance = 0.5 * sum(abs(share.get(v, 0) - mix.get(v, 0)) for v in names)
        if distance > 0.10:
            shown = ", ".join(f"{v} {share.get(v, 0):.0%} vs {mix.get(v, 0):.0%}" for v in names)
            found.append(f"the pilot is not representative of the roster's {column} mix (pilot vs roster: {shown})")
    return found


def group_of(name: str) -> str:
    return extra(name, "group")


# ------------------------------------------------------------------------------------------------- input uncertainty
def read_sampling(path: str | Path) -> dict[str, Any]:
    """The sampling distributions of a calibration (its ``calibration.json``, or the folder holding it), for
    ``joinsim run --input-uncertainty``; ``ConfigError`` when there is none."""
    path = Path(path)
    if path.is_dir():
        path = path / "calibration.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:MAX_CALIBRATION_CHARS])
        parameters = {p["setting"]: {"value": p["value"], "sampling": p["sampling"]} for p in data["parameters"]
                      if p["source"] == "pilot" and p["sampling"]}
    except FileNotFoundError:
        raise ConfigError(f"--input-uncertainty needs the calibration.json that joinsim calibrate writes beside "
                          f"fitted.toml: {str(path)!r} not found") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"--input-uncertainty: {str(path)!r} is not a calibration.json of joinsim calibrate "
                          f"({type(exc).__name__})") from None
    return {"calibration": str(path), "parameters": parameters}


MAX_CALIBRATION_CHARS = 1 << 22


def draw_inputs(config: Config, sampling: dict[str, Any], rng: np.random.Generator) -> dict[str, Any]:
    """One replication's behaviour settings, drawn from the calibration's sampling distributions (independent
    normals on the logit or log scale), in the order of ``sampling`` (so a seed gives the same draws anywhere); a
    draw the config refuses (a lognormal's sigma above 5) is drawn again, at most 10 times, else the estimate."""
    drawn: dict[str, Any] = {}
    for name, parameter in sampling["parameters"].items():
        value = parameter["value"]
        candidate: Any
        for _ in range(10):
            z = rng.standard_normal(len(parameter["sampling"]))
            if isinstance(value, dict):
                candidate = dict(value)
                for k, part in zip(z, parameter["sampling"], strict=True):
                    candidate[part["part"]] = float(f"{math.exp(part['centre'] + k * part['sd']):.6g}")
            else:
                part = parameter["sampling"][0]
                candidate = float(f"{_expit(part['centre'] + z[0] * part['sd']):.6g}")
            try:
                validate({**config.to_dict(), **drawn, name: candidate})
            except ConfigError:
                continue
            drawn[name] = candidate
            break
    return drawn
