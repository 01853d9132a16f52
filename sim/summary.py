"""``summary.json``: what a run found, **per replication** (the mean over the replications, with its 95% interval and
n), never a sum over replications unless it is labelled as one (``pooled``).

Every headline figure of ``joinsim.sim.figures.FIGURES`` is a top-level key holding its mean per replication (with one
replication: that replication's value), and ``intervals`` gives its interval; ``outcomes`` and ``failures`` are
users per replication; ``replications_needed`` says how many replications a ±5% interval needs, estimated from
those run; ``campaign`` says when the last batch went out and how many users the horizon left uninvited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from joinsim.sim.analysis import interval, replications_needed
from joinsim.sim.figures import FIGURES, OUTCOMES, REMEDIES, outcome_label

# Figures that add up across replications (counts and amounts), which ``pooled`` sums; rates and days do not.
ADDITIVE = tuple(f.key for f in FIGURES if f.kind in ("count", "money"))
# ("interval" and "_plain" keep NaN out of JSON: a figure some replications do not have, e.g. a wait when nothing
# waited, is the mean of those that have it, with its n)


@dataclass
class ReplicationOutput:
    """What one replication hands back, wherever it ran: its figures, outcomes, daily series and its rows."""

    index: int
    figures: dict[str, float]
    outcomes: dict[str, int]
    failures: list[tuple[str, str, int]]  # (outcome, failure_rule, users)
    series: dict[str, list]  # per day: invited, joined, credit_waiting_cents, refunds_waiting_cents
    days_to_join: list[int]  # users who joined, per whole day from invitation to join (the last: 60 days or more)
    resources: list[dict]
    users: Any = None  # (a pyarrow table: written to users.parquet, then let go)
    events: Any = None  # (with --trace, likewise for events.parquet)


def resource_means(outputs: list[ReplicationOutput]) -> list[dict]:
    """Each resource's requests, waits and utilisation: the mean over the replications."""
    found = []
    for k, first in enumerate(outputs[0].resources if outputs else []):
        rows = [o.resources[k] for o in outputs]
        same = ("resource", "capacity", "working_hours")  # (the same in every replication)
        mean = {key: (None if any(r[key] is None for r in rows) else float(np.mean([r[key] for r in rows])))
                for key in first if key not in same}
        if all(r.get("busiest_day") is not None for r in rows):  # (a day: the median replication's, not a mean)
            mean["busiest_day"] = float(np.median([r["busiest_day"] for r in rows]))
        found.append({key: first[key] for key in same} | mean)
    return found


@dataclass
class Campaign:
    """When the campaign ran, for the summary (see ``joinsim.sim.campaign``)."""

    last_batch: str
    horizon_days: int
    auto: bool
    needed_days: int
    never_invited: int
    users: int
    warnings: list[str] = field(default_factory=list)


def summarise(config, outputs: list[ReplicationOutput], campaign: Campaign, roster_name: str | None,
              precision: dict | None, versions: dict, model: str) -> dict:
    n = len(outputs)
    values = {f.key: [o.figures[f.key] for o in outputs] for f in FIGURES}
    outcome_values = {name: [o.outcomes[name] for o in outputs] for name in OUTCOMES}
    failures: dict[tuple[str, str], list[int]] = {}
    for k, output in enumerate(outputs):
        for outcome, rule, count in output.failures:
            failures.setdefault((outcome, rule), [0] * n)[k] = count
    users = float(np.mean(values["users"])) if n else 0.0
    ranked = sorted(failures.items(), key=lambda item: (-np.mean(item[1]), item[0]))
    summary: dict[str, Any] = {
        "replications": n,
        **{key: _plain(interval(v).mean if interval(v).n else float("nan")) for key, v in values.items()},
        "intervals": {key: interval(v).to_json() for key, v in values.items()},
        "replications_needed": {key: replications_needed(v, 0.05) for key, v in values.items()} if n > 1 else {},
        "outcomes": {name: _plain(np.mean(v)) for name, v in outcome_values.items()},
        "outcome_intervals": {name: interval(v).to_json() for name, v in outcome_values.items()},
        "failures": [{"outcome": outcome, "failure_rule": rule, "label": outcome_label(outcome),
                      "users": _plain(np.mean(counts)), "share": float(np.mean(counts)) / users if users else 0.0,
                      "interval": interval(counts).to_json(), "remedy": REMEDIES.get(rule, "")}
                     for (outcome, rule), counts in ranked],
        "pooled": {"note": f"sums over all {n} replications, not per replication",
                   **{key: _plain(np.sum(values[key])) for key in ADDITIVE},
                   "outcomes": {name: int(np.sum(v)) for name, v in outcome_values.items()}},
        "per_replication": [{"replication": o.index, **{k: _plain(v) for k, v in o.figures.items()}}
                            for o in outputs],
        "resources": resource_means(outputs),
        "peaks": peaks(outputs, config.start),
        "campaign": campaign.__dict__,
        "precision": precision,
        "seed": config.seed,
        # the model's reference (joinsim.sim.models): joinsim.sim.migration:Migration, or the analyst's subclass
        "model": model,
        "config": {k: v for k, v in config.to_json().items() if k != "workers"},  # workers never change results
        "roster": roster_name,
        "versions": versions,
    }
    return summary


PEAKS = {"credit_waiting_cents": "credit waiting to be applied", "refunds_waiting_cents": "refunds not yet paid"}


def peaks(outputs: list[ReplicationOutput], start: date) -> dict[str, dict]:
    """The most money that waited at once (at the end of a day), per replication: its mean with its 95% interval,
    and the median day it happened. What still waits at the horizon can be nothing although all of it waited weeks
    on the way: the peak is what a finance team has to carry. And the most licence seats held at the end of a day
    (``licence_seats_held``): the seats a campaign needs so that no licence is lost."""
    found = {}
    for key, mean in [*((key, "mean_cents") for key in PEAKS), ("licence_seats_held", "mean")]:
        highs = [int(np.max(o.series[key])) if len(o.series[key]) else 0 for o in outputs]
        days = [int(np.argmax(o.series[key])) if len(o.series[key]) else 0 for o in outputs]
        found[key] = {mean: _plain(np.mean(highs)) if highs else 0, "interval": interval(highs).to_json(),
                      "date": (start + timedelta(days=int(np.median(days)))).isoformat() if days else None}
    return found


def _plain(value: float | np.floating) -> float | int | None:
    """A value as JSON writes it: an integer when it is one, None when there is none (NaN is not JSON)."""
    value = float(value)
    if np.isnan(value):
        return None
    return int(value) if value.is_integer() else value
