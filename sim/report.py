"""The analyst's and the stakeholder's page of a run: ``report.html``, one self-contained file (template
``joinsim/common/templates/run.html``, plots inlined as PNG).

It opens with the answer (how many joined, what it cost, what blocked the rest and what to fix first), then money
and time (credit and refunds waiting, invitations and joins per calendar date, time to join), the people with
limited capacity, the campaign and its horizon, the precision of every figure (mean per replication, 95%
interval, replications needed), and a description of the model in the STRESS-DES shape (purpose, logic,
inputs, assumptions, random streams, verification) so that the page can go into a decision paper.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from joinsim.common.pages import drawn, image, render, subplots
from joinsim.sim.analysis import t_quantile
from joinsim.sim.figures import BY_KEY, FIGURES, OUTCOME_LABELS, OUTCOMES
from joinsim.sim.models import DEFAULT, describe, name
from joinsim.sim.summary import PEAKS
from joinsim.sim.validation import USERS, timeline

CARDS = ("joined", "join_rate", "never_invited", "users_moved_with_owners", "median_days_to_join", "prorated_cents",
         "refund_cents", "credit_transferred_cents", "credit_wait_days", "refund_wait_days", "licences_lost",
         "join_links_changed")
COLOURS = {"invited": "#5b7db1", "joined": "#2e7d32", "credit": "#8a5a00", "refunds": "#b3261e"}


def interval_text(key: str, stats: dict) -> str:
    if stats["low"] is None:
        return "one replication: no interval"
    return f"95% interval {_range(key, stats)}, n = {stats['n']}"


def headline(summary: dict) -> str:
    """The answer in one paragraph: joined, cost, what blocked the rest and what to fix first."""
    f = {key: BY_KEY[key].format(summary[key]) for key in BY_KEY}
    n = summary["replications"]
    per = " per replication" if n > 1 else ""
    text = f"Of {f['users']} users{per}, {f['joined']} joined ({f['join_rate']})"
    if summary["median_days_to_join"] is not None:
        text += f", in {f['median_days_to_join']} (median) after their invitation"
        if summary["median_days_to_invitation"]:
            text += (f" and {f['median_days_from_batch_to_join']} after the campaign reached them (waiting "
                     f"{f['admins_wait_hours']} on average for an admin to contact them)")
    text += (f". Their plans' unused part, {f['prorated_cents']}, was refunded ({f['refund_cents']}) or moved as "
             f"credit to the inviting account ({f['credit_transferred_cents']})")
    if summary["credit_wait_days"] is not None:
        text += f"; the credit applied had waited {f['credit_wait_days']} on average"
        peak = (summary.get("peaks") or {}).get("credit_waiting_cents")
        if peak and peak["mean_cents"]:
            text += (f", and at most {BY_KEY['prorated_cents'].format(peak['mean_cents'])} of it waited at once "
                     f"(around {peak['date']})")
    waiting = summary["credit_awaiting_billing_chat_cents"] + summary["credit_awaiting_next_invoice_cents"]
    if waiting:
        text += f", and {BY_KEY['prorated_cents'].format(waiting)} still waited at the horizon"
    text += "."
    if summary["users_moved_with_owners"]:
        text += f" {f['users_moved_with_owners']} more users moved with their owners."
    cases = [(row["users"], f"{row['label']}, {BY_KEY['joined'].format(row['users'])} users{per}. "
                            f"{row['remedy']}") for row in summary["failures"]]
    if summary["never_invited"]:
        cases.append((summary["never_invited"], f"users not invited by the horizon, {f['never_invited']}{per}: "
                                                "invite faster (bigger batches, more admins) or run longer."))
    if cases:
        text += f" The largest group that did not join: {max(cases, key=lambda case: case[0])[1]}"
    return text


def seats_line(summary: dict) -> str:
    """The licence seats held at the peak (LIC-3: licensed members and pending Licensed invitations): the seats a
    campaign needs so that no licensed user is invited as Basic and loses their licence."""
    peak = (summary.get("peaks") or {}).get("licence_seats_held")
    if not peak:
        return ""
    seats, lost = summary["config"]["licence_seats"], summary["licences_lost"]
    interval = peak["interval"]
    span = (f" (95% interval {interval['low']:,.1f} to {interval['high']:,.1f})"
            if interval.get("low") is not None and summary["replications"] > 1 else "")
    return (f"Licence seats held at the peak, at the end of a day: {peak['mean']:,.1f}{span} of the {seats:,} the "
            f"inviting account has, around {peak['date']}"
            + (f"; {BY_KEY['licences_lost'].format(lost)} licences were lost for want of a free seat (LIC-1)."
               if lost else "."))


def precision_note(summary: dict) -> str:
    n = summary["replications"]
    if n == 1:
        return ("One replication: the figures below have no interval, so their precision is unknown. Run 3 "
                "replications or more (--replications 3) to see their 95% intervals, or --precision 0.05 to run "
                "until the chosen figures are within ±5%.")
    needed = summary["replications_needed"]
    worst = max(((k, v) for k, v in needed.items() if v), key=lambda kv: kv[1], default=None)
    text = f"Each figure is the mean per replication with its 95% interval, over {n} replications."
    if worst and worst[1] > n:
        chosen = summary["config"]["precision_figures"]
        how = ("--precision 0.05" if worst[0] in chosen else
               f"--precision 0.05 with {BY_KEY[worst[0]].label} among the precision_figures")
        text += (f" For ±5% on every figure, {BY_KEY[worst[0]].label} needs about {worst[1]} replications "
                 f"(--replications {worst[1]}, or {how}).")
    return text


def _band(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Mean over replications (rows) per day, with its 95% t-interval (None for one replication), cut at 0."""
    mean = matrix.mean(axis=0)
    if len(matrix) < 2:
        return mean, None, None
    half = t_quantile(len(matrix)) * matrix.std(axis=0, ddof=1) / math.sqrt(len(matrix))
    return mean, np.maximum(mean - half, 0), mean + half


def _series(outputs, name: str) -> np.ndarray:
    return np.array([o.series[name] for o in outputs], dtype=float)


def _dates(start: date, days: int) -> list[date]:
    return [start + timedelta(days=d) for d in range(days)]


def _plot_band(ax, dates, matrix, colour: str, label: str, scale: float = 1.0) -> None:
    mean, low, high = _band(matrix / scale)
    ax.plot(dates, mean, color=colour, label=label, linewidth=1.4)
    if low is not None:
        ax.fill_between(dates, low, high, color=colour, alpha=0.2, linewidth=0)


@drawn
def plots(summary: dict, outputs: list, start: date) -> dict:
    import matplotlib.dates as mdates

    n = len(outputs)
    band = " (line: mean per replication; band: its 95% interval)" if n > 1 else ""
    found = dict.fromkeys(("per_day", "money_waiting", "days_to_join", "precision"))
    days = len(outputs[0].series["joined"])
    dates = _dates(start, days)

    fig, ax = subplots(figsize=(7.2, 3.0))
    _plot_band(ax, dates, _series(outputs, "invited"), COLOURS["invited"], "invitations sent")
    _plot_band(ax, dates, _series(outputs, "joined"), COLOURS["joined"], "users joined")
    ax.set_title("Invitations and joins per day")
    ax.set_ylabel("users per day")
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(loc="upper right", frameon=False)
    found["per_day"] = image(fig, "Invitations sent and users joined per calendar day, from "
                                  f"{dates[0]} to {dates[-1]}{band}.")

    fig, ax = subplots(figsize=(7.2, 3.0))
    _plot_band(ax, dates, _series(outputs, "credit_waiting_cents"), COLOURS["credit"],
               "credit waiting to be applied", 100)
    _plot_band(ax, dates, _series(outputs, "refunds_waiting_cents"), COLOURS["refunds"], "refunds not yet paid",
               100)
    ax.set_title("Money waiting, at the end of each day")
    ax.set_ylabel("US dollars")
    ax.yaxis.set_major_formatter(lambda value, _pos: f"${value:,.0f}")
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(loc="upper right", frameon=False)
    found["money_waiting"] = image(fig, "Credit transferred to the inviting account and not yet applied to an invoice, "
                                        "and refunds requested and not yet paid, in dollars, at the end of each "
                                        f"calendar day{band}.")

    counts = np.sum([o.days_to_join for o in outputs], axis=0)
    if counts.sum():
        fig, ax = subplots(figsize=(7.2, 2.8))
        ax.bar(np.arange(len(counts)), counts / n, width=0.9, color=COLOURS["joined"])
        median = summary["median_days_to_join"]
        ax.axvline(median, color="#1d2330", linestyle="--", linewidth=1.2, label=f"median {median:.1f} days")
        ax.set_title("Time from invitation to joining")
        ax.set_xlabel("days from the invitation (the last bar: 60 days or more)")
        ax.set_ylabel("users per replication")
        ax.legend(loc="upper right", frameon=False)
        found["days_to_join"] = image(fig, "Histogram of the whole days from invitation to joining, users per "
                                           f"replication, with the median ({median:.1f} days) marked.")
    precision = summary.get("precision")
    if precision and precision["path"]:
        fig, ax = subplots(figsize=(7.2, 2.8))
        for name in precision["figures"]:
            xs = [p["replications"] for p in precision["path"] if p.get(name) is not None]
            ys = [100 * p[name] for p in precision["path"] if p.get(name) is not None]
            ax.plot(xs, ys, marker="o", markersize=3, label=BY_KEY[name].label)
        ax.axhline(100 * precision["target"], color="#1d2330", linestyle="--", linewidth=1,
                   label=f"target ±{100 * precision['target']:g}%")
        ax.set_title("Precision against replications")
        ax.set_xlabel("replications")
        ax.set_ylabel("95% half-width, % of the mean")
        ax.legend(loc="upper right", frameon=False)
        found["precision"] = image(fig, "Relative half-width of the 95% interval of each chosen figure as "
                                        "replications were added, with the target precision as a dashed line.")
    return found


def model_description(config: dict, model: str, resources: list[dict] | None = None) -> dict:
    """The model, described for a decision paper (after the STRESS-DES reporting guideline); ``model``: the
    reference of the model class run (``joinsim.sim.models``)."""

    own = "" if model == DEFAULT else (
        f" This run's model is {name(model)}, the analyst's subclass of joinsim.sim.migration.Migration: its code "
        "changes the steps it overrides (read it beside this page), and everything else is as described here.")

    # each resource's hours as the run reported them (a subclass may give its people other hours than the config)
    hours = {"admins": config["admin_hours"], "billing agents": config["billing_agent_hours"],
             "helpdesk": config["helpdesk_hours"]} | {r["resource"]: r["working_hours"] for r in resources or ()
                                                      if r.get("working_hours")}

    def dist(name: str, unit: str) -> str:
        params = {k: v for k, v in config[name].items() if k != "distribution"}
        return f"{config[name]['distribution']} ({', '.join(f'{k} {v:g}' for k, v in params.items())}) {unit}"

    return {
        "purpose": "Estimate how a bulk migration of existing users into a paid account unfolds: how many join and "
                   "when, what blocks the others, how much prorated money is refunded or moved as credit and how "
                   "long it waits, and what the admins, Billing and a helpdesk are asked to do.",
        "logic": "A discrete-event simulation in SimPy (sim/migration.py). Each invited user is one process, the "
                 "journey: contacted first (optional), invited, reads the email or ignores it until a resend, "
                 "unlinks external users, accepts or is blocked, fixes each blocker or gives up, joins, is paid "
                 "the refund. The campaign, the resend rounds, the monthly invoice and the billing chat are "
                 "processes too. Every decision of the business rules is made by the account model (model/), the "
                 "executable specification whose scenarios are in features/: the simulator holds no rule." + own,
        "inputs": [
            ("population", f"{config['users']:,} users (or a roster); free {config['share_free']:.0%}, monthly "
                           f"{config['share_monthly']:.0%}, the rest annual, renewing at the end of each period; "
                           f"blockers: unpaid invoice {config['share_unpaid_invoice']:.0%} and pending cancellation "
                           f"{config['share_pending_cancellation']:.0%} of paid users, Zoom Rooms on "
                           f"{config['share_zoom_rooms']:.0%} of the accounts with linked users "
                           f"({config['share_multi_user_owner']:.0%} of paid users); addresses that do not exist "
                           f"{config['share_bounce']:.0%} or refuse external email "
                           f"{config['share_refuses_external']:.0%}"),
            ("reading the invitation", dist("read_delay", "hours") + "; users contacted first: half of it"),
            ("fixing a blocker", dist("fix_delay", "days") + f"; {config['fix_share']:.0%} fix it"),
            ("contacting a user", dist("contact_time", "minutes") + f", by one of {config['admins'] or 'unlimited'} "
                                                                     "admins"),
            ("a billing chat", dist("billing_chat_time", "minutes")),
            ("a helpdesk ticket", dist("helpdesk_time", "minutes")),
            ("decisions", f"accept {config['accept_share']:.0%} ({config['accept_share_contacted']:.0%} when "
                          f"contacted first, {config['accept_share_after_resend']:.0%} after a resend); credit "
                          f"rather than refund {config['credit_share']:.0%}"),
        ],
        "assumptions": [
            "Invitations expire after 30 days; a resend restarts the 30 days (the vendor's English article: INV-4, "
            "INV-5).",
            "Proration is by the day, rounded half up to the cent once (ACC-3).",
            "Refunds are paid on a business day 3 to 5 business days after the request, each day of the window "
            "equally likely (ACC-6).",
            "The inviting account's invoice comes at 8:00 on the same day of each calendar month; autopay applies "
            f"credit to it; under net terms a billing chat every {config['billing_chat_every_days']} days applies "
            "it (CRE-2, CRE-3).",
            "Paid plans renew on the same day of the next calendar month (monthly) or year (annual), the last day of "
            "the month when that month is shorter; proration counts the real days of the period (ACC-3).",
            "Credit is applied oldest first when measuring how long it waits; waits count the money that arrived "
            "by the horizon (what still waits is shown apart).",
            f"The admins work {hours['admins']}: they contact users, invite them and resend pending "
            "invitations then (resend rounds at 9:00 or their first working moment after it, batches at 9:00 on "
            "business days); a request made outside working time waits for the next working moment, and a task "
            "not finished at closing time continues at the next opening.",
            f"Billing's chat agents work {hours['billing agents']}; the helpdesk works "
            f"{hours['helpdesk']}; a capacity of 0 means as many as needed.",
            f"Invited users act in their waking hours, {config['user_hours']}, all in one time zone: their "
            "delays (reading, fixing a blocker) are drawn in calendar time and run on their waking clock, at the "
            "pace that keeps each delay's long-run mean, so nobody reads, accepts or fixes a blocker at night.",
            f"Business days and public holidays: {config['holidays_country'] or 'weekends only'}.",
            f"Where the articles disagree the model follows the {config['linked_users_reading']} reading of linked "
            f"users and the {config['credit_choice_reading']} reading of the refund choice.",
        ],
        "streams": "One numpy random stream per activity (population, reading, accepting, choosing, fixing, "
                   "resending, refunds, unlinking, contacting, helpdesk, billing, fix delays, contact times), a child "
                   "of each replication's seed; a decision taken per resend or per blocker draws each of its columns "
                   "from a stream of its own. Scenarios run with the same seed give every user the same draws for "
                   "every decision a setting does not change (common random numbers, tested for every setting).",
        "verification": "Every business rule is a Gherkin scenario in English, French and Dutch run against the "
                        "model (make test); a stateful Hypothesis test checks the model's invariants (money "
                        "conserved, no negative seats); the simulator's tests check that every figure of this page "
                        "adds up from users.parquet and from the event log (events.parquet, --trace), that runs are "
                        "reproducible whatever the workers, and that each refusal names the rule that caused it.",
    }


def write_report(path: Path, summary: dict, outputs: list, title: str | None = None,
                 sample: dict | None = None) -> None:
    """The run's page; ``sample``: the event log of the validation's small run (``joinsim.sim.validation``), drawn as a
    timeline of users' stories."""

    config = summary["config"]
    n = summary["replications"]
    intervals = summary["intervals"]
    start = date.fromisoformat(config["start"])
    cards = [{"label": BY_KEY[key].label, "value": BY_KEY[key].format(summary[key]),
              "interval": interval_text(key, intervals[key]), "meaning": BY_KEY[key].meaning}
             for key in CARDS if key != "never_invited" or summary[key]]
    outcome_rows = [{"label": OUTCOME_LABELS[name][0], "rule": OUTCOME_LABELS[name][1], "code": name,
                     "users": BY_KEY["joined"].format(summary["outcomes"][name]),
                     "share": f"{summary['outcomes'][name] / summary['users']:.1%}" if summary["users"] else "—",
                     "interval": _count_interval(summary["outcome_intervals"][name])}
                    for name in OUTCOMES if summary["pooled"]["outcomes"][name]]
    blockers = [{"label": row["label"], "rule": row["failure_rule"], "users": BY_KEY["joined"].format(row["users"]),
                 "share": f"{row['share']:.1%}", "interval": _count_interval(row["interval"]), "remedy": row["remedy"]}
                for row in summary["failures"]]
    money = [("prorated (ACC-3)", "prorated_cents"), ("→ refunded to the owners' payment method (ACC-2, ACC-6)",
                                                      "refund_cents"),
             ("   of which paid by the horizon", "refunds_paid_cents"),
             ("   of which not yet paid", "refunds_outstanding_cents"),
             ("→ credit transferred to the inviting account (CRE-1)", "credit_transferred_cents"),
             ("   applied to invoices (CRE-2 autopay, CRE-3 billing chat)", "credit_applied_cents"),
             ("   awaiting a billing chat (CRE-3, net terms)", "credit_awaiting_billing_chat_cents"),
             ("   awaiting the next invoice (CRE-2, autopay)", "credit_awaiting_next_invoice_cents")]
    money_rows = [{"step": step, "amount": BY_KEY[key].format(summary[key]),
                   "interval": _range(key, intervals[key]) if n > 1 else "",
                   "pooled": BY_KEY[key].format(summary["pooled"][key])} for step, key in money]
    for key, label in PEAKS.items():  # (what waited on the way, not only what still waits at the horizon)
        peak = (summary.get("peaks") or {}).get(key)
        if peak:
            money_rows.append({"step": f"{label}: the most at once (around {peak['date']})",
                               "amount": BY_KEY["prorated_cents"].format(peak["mean_cents"]),
                               "interval": _range("prorated_cents", peak["interval"]) if n > 1 else "",
                               "pooled": "—"})
    figure_rows = [{"label": f.label, "key": f.key, "mean": f.format(summary[f.key]),
                    "low": f.format(intervals[f.key]["low"]) if intervals[f.key]["low"] is not None else "—",
                    "high": f.format(intervals[f.key]["high"]) if intervals[f.key]["high"] is not None else "—",
                    "cut": intervals[f.key]["cut_at_zero"], "n": intervals[f.key]["n"],
                    "needed": summary["replications_needed"].get(f.key) or "—", "meaning": f.meaning}
                   for f in FIGURES]
    per_replication = [{"replication": row["replication"], **{f.key: f.format(row[f.key]) for f in FIGURES}}
                       for row in summary["per_replication"]] if n > 1 else []
    resources = [{"resource": r["resource"], "capacity": "as many as needed" if r["capacity"] is None
                  else r["capacity"], "requests": f"{r['requests']:,.0f}",
                  "still_waiting": f"{r['still_waiting']:,.1f}", "max_queue": f"{r['max_queue']:,.0f}",
                  "mean_wait": f"{r['mean_wait_hours']:,.2f}", "p90_wait": f"{r['p90_wait_hours']:,.2f}",
                  "mean_wait_working": f"{r['mean_wait_working_hours']:,.2f}",
                  "hours": r["working_hours"], "worked": f"{r['hours_worked']:,.1f}",
                  "busy_days": f"{r['busy_days']:,.1f}",
                  "busiest": "—" if r.get("busiest_day") is None else
                  f"{date.fromisoformat(config['start']) + timedelta(days=int(r['busiest_day'])):%Y-%m-%d}: "
                  f"{r['busiest_day_hours']:,.1f} h",
                  "while_in_demand": "—" if r["utilisation_while_in_demand"] is None
                  else f"{r['utilisation_while_in_demand']:.1%}",
                  "utilisation": "—" if r["utilisation"] is None else f"{r['utilisation']:.1%}"}
                 for r in summary["resources"] if r["requests"]]
    campaign = summary["campaign"]
    subtitle = (f"{summary['users']:,.0f} users per replication, {n} replication{'s' if n > 1 else ''}, seed "
                f"{summary['seed']}; from {config['start']} for {campaign['horizon_days']} days"
                f"{' (auto)' if campaign['auto'] else ''}; billing {config['billing'].replace('_', ' ')}"
                f"{'; roster ' + summary['roster'] if summary.get('roster') else ''}; model "
                f"{describe(summary['model'])}")
    page = render("run.html", title=title or f"Bulk migration: {config['name']}", subtitle=subtitle,
                  warnings=campaign["warnings"], lead=headline(summary), precision_note=precision_note(summary),
                  cards=cards, blockers=blockers, outcomes=outcome_rows, money=money_rows, seats=seats_line(summary),
                  figures=figure_rows, per_replication=per_replication, resources=resources, campaign=campaign,
                  plots=plots(summary, outputs, start),
                  model=model_description(config, summary["model"], summary["resources"]),
                  precision=summary.get("precision"), n=n, validation=summary.get("validation", []),
                  validation_users=min(summary["config"]["users"], USERS),
                  timeline=timeline(**sample) if sample else None,
                  last_invitation=(start + timedelta(days=int(summary["last_invitation_day"]))).isoformat()
                  if summary["last_invitation_day"] is not None else None,
                  config=[(key, _config_value(value) + (f" (--precision: {n} run)" if key == "replications" and
                                                        summary.get("precision") else ""))
                          for key, value in config.items()],
                  figure_labels=[f.label for f in FIGURES], versions=summary["versions"])
    Path(path).write_text(page, encoding="utf-8")


def _range(key: str, stats: dict) -> str:
    figure = BY_KEY[key]
    if stats["low"] is None:
        return "—"
    cut = " (cut at 0)" if stats["cut_at_zero"] else ""
    return f"{figure.format(stats['low'])} to {figure.format(stats['high'])}{cut}"


def _count_interval(stats: dict) -> str:
    if stats["low"] is None:
        return "—"
    return f"{stats['low']:,.1f} to {stats['high']:,.1f}"


def _config_value(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
