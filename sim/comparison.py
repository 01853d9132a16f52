"""``joinsim compare A.toml B.toml [C.toml ...]``: scenarios run with the same root seed, hence common random numbers
(replication r of every scenario draws the same numbers for the same activity), and each scenario's difference
from scenario A, the baseline, figure by figure, with the paired 95% t-interval of the differences replication by
replication (``joinsim.sim.analysis.paired``).

Each scenario runs its model (``joinsim.sim.models``): the same for all, or one each (the default model against an
analyst's subclass of it, say).

Writes ``<out>/A/``, ``<out>/B/``… (each a full run report), ``comparison.json`` (every difference) and
``compare.html`` (a forest plot of the differences as a share of A's mean, and the table in each figure's unit),
published as one folder (``joinsim.common.output_folder``)."""

from __future__ import annotations

import json
import string
from pathlib import Path

from joinsim.common import output_folder
from joinsim.common.pages import render
from joinsim.sim import runner
from joinsim.sim.analysis import paired
from joinsim.sim.config import Config, ConfigError
from joinsim.sim.figures import BY_KEY, FIGURES, outcome_label
from joinsim.sim.models import DEFAULT, describe
from joinsim.sim.plots import Difference, forest

FOLDERS = tuple(string.ascii_uppercase[:8])
NOT_COMPARED = ("users",)  # (the same population in every scenario)


def compare(configs: list[Config], names: list[str], out: Path, quiet: bool = False, executor: str = "local",
            scheduler: str | None = None, flag: str = "--out", models: list[str] | None = None) -> dict:
    """Run each scenario with its model (``models``: one reference per scenario; None: the default model)."""
    check_comparable(configs, names)
    with output_folder.writing(out, "compare", flag) as work:
        summaries = []
        for config, folder, model in zip(configs, FOLDERS, models or [DEFAULT] * len(configs), strict=False):
            (work / folder).mkdir()
            summaries.append(runner.write_run(config, work / folder, quiet=quiet, executor=executor,
                                              scheduler=scheduler, model=model))
        result = comparison(summaries, names)
        (work / "comparison.json").write_text(json.dumps(result, indent=2) + "\n")
        write_page(work / "compare.html", result, summaries)
    return result


def check_comparable(configs: list[Config], names: list[str]) -> None:
    """Common random numbers need the same root seed and the same replications in every scenario."""
    for key in ("seed", "replications", "precision"):
        values = [getattr(config, key) for config in configs]
        for folder, name, value in zip(FOLDERS[1:], names[1:], values[1:], strict=False):
            if value != values[0]:
                raise ConfigError(f"scenario {folder} ({name!r}) has {key} = {value!r} and A has {values[0]!r}: "
                                  "allowed the same seed and replications in every scenario, so that they share "
                                  "their random numbers; set them once, with --seed and --replications")
    if configs[0].precision:
        raise ConfigError("config field 'precision' is set: compare runs the same number of replications in every "
                          "scenario; allowed replications (--replications N)")


def comparison(summaries: list[dict], names: list[str]) -> dict:
    """Each scenario's paired difference from A, for every figure."""
    folders = FOLDERS[:len(summaries)]
    per = [{f.key: [row[f.key] for row in s["per_replication"]] for f in FIGURES} for s in summaries]
    rows = []
    for k in range(1, len(summaries)):
        for figure in FIGURES:
            if figure.key in NOT_COMPARED:
                continue
            found = paired(per[0][figure.key], per[k][figure.key])
            rows.append({"figure": figure.label, "key": figure.key, "kind": figure.kind, "scenario": folders[k],
                         **found.to_json()})
    base = summaries[0]["config"]
    changed = {folders[k]: sorted([key for key in base if base[key] != summaries[k]["config"][key] and key != "name"]
                                  + (["model"] if summaries[k]["model"] != summaries[0]["model"] else []))
               for k in range(1, len(summaries))}
    warnings = [f"scenario {folders[k]} simulates {summaries[k]['users']:,} users and A {summaries[0]['users']:,}: "
                "its users are not A's, so its differences are not paired user by user"
                for k in range(1, len(summaries)) if summaries[k]["users"] != summaries[0]["users"]]
    horizons = [s["campaign"]["horizon_days"] for s in summaries]
    if len(set(horizons)) > 1:  # (found by an analyst: each scenario's 'joined' was counted at its own end date)
        warnings.append("the scenarios ran for different horizons (" + ", ".join(
            f"{folder} {days} days" for folder, days in zip(folders, horizons, strict=True)) + "): what is counted at "
            "the horizon (joined, pending, money still waiting) is counted at different dates; set horizon_days to "
            "compare them at one date")
    warnings += [f"scenario {folder} left {s['outcomes']['not_invited']:,.1f} users per replication not invited by "
                 "its horizon: its figures are cut short" for folder, s in zip(folders, summaries, strict=True)
                 if s["outcomes"].get("not_invited")]
    result = {"baseline": "A", "scenarios": [{"folder": folder, "name": name, "model": summary["model"]}
                                             for folder, name, summary in zip(folders, names, summaries, strict=True)],
              "seed": summaries[0]["seed"],
              "replications": min(s["replications"] for s in summaries), "changed_config": changed, "figures": rows,
              "warnings": warnings,
              "outcomes": {folder: s["outcomes"] for folder, s in zip(folders, summaries, strict=True)}}
    return {**result, "verdicts": verdicts(result)}


# The figures a verdict speaks of first, in this order: who joins, how long the organisation waits for them (from
# their batch, when it started on them: a contact first delays the invitation, so days from the invitation would
# read shorter), how long the campaign lasts, the admins' queue, the money's waits, the licences lost.
VERDICT_FIGURES = ("joined", "median_days_from_batch_to_join", "last_invitation_day", "admins_wait_hours",
                   "credit_wait_days", "refund_wait_days", "licences_lost", "prorated_cents")


def verdicts(result: dict) -> dict[str, str]:
    """Each scenario against A in one sentence: the figures that clearly differ (their paired 95% interval leaves
    out 0), first those of ``VERDICT_FIGURES`` in its order, then the others by the size of their difference
    relative to A; at most six, and the rest counted."""
    said = {}
    for scenario in result["scenarios"][1:]:
        folder = scenario["folder"]
        rows = {r["key"]: r for r in result["figures"] if r["scenario"] == folder}
        clear = [r for r in rows.values() if r["difference_low"] is not None
                 and (r["difference_low"] > 0 or r["difference_high"] < 0)]
        if not any(r["difference_low"] is not None for r in rows.values()):
            said[folder] = (f"{folder} ({scenario['name']}) against A: one replication each, so no difference can be "
                            "told from chance; run 3 replications or more.")
            continue

        def rank(row: dict) -> tuple:
            first = VERDICT_FIGURES.index(row["key"]) if row["key"] in VERDICT_FIGURES else len(VERDICT_FIGURES)
            size = abs(row["difference_mean"]) / abs(row["a_mean"]) if row["a_mean"] else float("inf")
            return first, -size

        clear.sort(key=rank)
        parts = []
        for r in clear[:6]:
            figure = BY_KEY[r["key"]]
            parts.append(f"{figure.label} {figure.difference(r['difference_mean'])} "
                         f"[{figure.difference(r['difference_low'])}, {figure.difference(r['difference_high'])}]")
        if not parts:
            said[folder] = (f"{folder} ({scenario['name']}) against A: no figure clearly differs (every paired 95% "
                            "interval holds 0).")
            continue
        more = f"; {len(clear) - 6} more figures differ (the table)" if len(clear) > 6 else ""
        unclear = [BY_KEY[k].label for k in VERDICT_FIGURES[:3] if k in rows and rows[k] not in clear]
        same = f"; no clear difference in {', '.join(unclear)}" if unclear else ""
        said[folder] = f"{folder} ({scenario['name']}) against A: " + "; ".join(parts) + more + same + "."
    return said


def verdict(row: dict) -> str:
    low, high = row["difference_low"], row["difference_high"]
    if low is None:
        return "one replication: no interval"
    if low == high == 0:
        return "the same in every replication"
    if low > 0:
        return "higher than A"
    if high < 0:
        return "lower than A"
    return "no clear difference (the interval holds 0)"


def forest_of(result: dict):
    """The differences from A as a share of A's mean, with their paired 95% intervals (``joinsim.sim.plots.forest``)."""
    differences = [Difference(r["key"], r["scenario"], r["a_mean"], r["difference_mean"], r["difference_low"],
                              r["difference_high"]) for r in result["figures"]]
    labels = {s["folder"]: f"{s['folder']}: {s['name']}" for s in result["scenarios"]}
    return forest(differences, labels, "Each scenario against A", "A")


def write_page(path: Path, result: dict, summaries: list[dict]) -> None:

    names = {s["folder"]: s["name"] for s in result["scenarios"]}
    table = []
    for r in result["figures"]:
        figure = BY_KEY[r["key"]]
        interval = ("—" if r["difference_low"] is None else
                    f"{figure.difference(r['difference_low'])} to {figure.difference(r['difference_high'])}")
        table.append({"figure": r["figure"], "scenario": r["scenario"], "a": figure.format(r["a_mean"]),
                      "b": figure.format(r["b_mean"]), "difference": figure.difference(r["difference_mean"]),
                      "interval": interval, "n": r["difference_n"], "verdict": verdict(r)})
    outcome_names = list(result["outcomes"]["A"])
    page = render("compare.html", title=" vs ".join(f"{s['folder']}: {s['name']}" for s in result["scenarios"]),
                  subtitle=f"the same root seed for every scenario (common random numbers), {result['replications']} "
                           f"replication(s) each; A is the baseline",
                  scenarios=[{**s, "model": describe(s["model"])} for s in result["scenarios"]],
                  changed=result["changed_config"], names=names, table=table,
                  warnings=result["warnings"], verdicts=result["verdicts"],
                  forest=forest_of(result), replications=result["replications"],
                  outcomes=[{"outcome": outcome_label(name),
                             **{s["folder"]: f"{result['outcomes'][s['folder']][name]:,.1f}"
                                for s in result["scenarios"]}} for name in outcome_names],
                  versions=summaries[0]["versions"])
    Path(path).write_text(page, encoding="utf-8")
