"""The analyst's page: one self-contained ``report.html`` (plots inlined as PNG, tables from pandas)."""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import numpy as np
import pandas as pd

STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
h1{margin-bottom:.2rem} h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0} td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:right}
th{background:#f4f4f4} td:first-child,th:first-child{text-align:left} .muted{color:#666;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem} .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
.card b{display:block;font-size:1.4rem} img{max-width:100%}
"""


def money(cents: float) -> str:
    return f"${cents / 100:,.2f}"


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return f'<img alt="" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def _table(df: pd.DataFrame) -> str:
    return df.to_html(index=False, border=0, escape=True)


def load_plotting():
    """matplotlib, drawing to PNG (no screen); imported on first use (about half a second)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def write_report(path: Path, summary: dict, outputs: list, title: str | None = None) -> None:
    plt = load_plotting()

    from sim.runner import HEADLINES, HOURS_BINS

    cfg = summary["config"]
    n_rep = summary["replications"]["n"]
    parts = [f"<h1>{html.escape(title or 'Bulk migration: ' + cfg['name'])}</h1>",
             f"<p class=muted>{summary['users']:,} simulated users"
             f"{' over ' + str(n_rep) + ' replications' if n_rep > 1 else ''}, seed {summary['seed']}, "
             f"start {cfg['start']}, {cfg['horizon_days']} days, billing {cfg['billing']}, "
             f"readings: linked users {cfg['linked_users_reading']}, credit choice {cfg['credit_choice_reading']}"
             f"{', roster ' + html.escape(summary['roster']) if summary.get('roster') else ''}. "
             "When it ran and how long it took: <code>run.json</code>.</p>"]

    # headline totals
    cards = [("users", f"{summary['users']:,}"), ("joined", f"{summary['joined']:,}"),
             ("invitations sent", f"{summary['invitations_sent']:,}"),
             ("prorated", money(summary["prorated_cents"])), ("refunded", money(summary["refund_cents"])),
             ("credit transferred", money(summary["credit_transferred_cents"])),
             ("licences lost", f"{summary['licences_lost']:,}"),
             ("join links changed", f"{summary['join_links_changed']:,}")]
    parts.append("<h2>Headline totals</h2><div class=cards>" + "".join(
        f"<div class=card><span class=muted>{html.escape(k)}</span><b>{v}</b></div>" for k, v in cards) + "</div>")
    if n_rep > 1:
        stats = summary["replications"]["stats"]
        rows = [{"figure (per replication)": label, "mean": f"{stats[key]['mean']:,.2f}",
                 "sd": f"{stats[key]['sd']:,.2f}",
                 "95% CI": f"[{stats[key]['ci95_low']:,.2f}, {stats[key]['ci95_high']:,.2f}]", "n": stats[key]["n"]}
                for key, label in HEADLINES]
        parts.append("<h2>Replications: mean and 95% t-interval</h2>" + _table(pd.DataFrame(rows)))

    # credit flow
    flow = pd.DataFrame([
        {"step": "prorated (unused plan, ACC-3)", "amount": money(summary["prorated_cents"])},
        {"step": "→ refunded to the owner's payment method (ACC-2, ACC-6)", "amount": money(summary["refund_cents"])},
        {"step": "  of which paid by the horizon", "amount": money(summary["refunds_paid_cents"])},
        {"step": "→ transferred as credit to the inviting account (CRE-1)",
         "amount": money(summary["credit_transferred_cents"])},
        {"step": "  → applied to invoices (CRE-2 autopay / CRE-3 billing chat)",
         "amount": money(summary["credit_applied_cents"])},
        {"step": "  → awaiting a billing chat (CRE-3, net terms)",
         "amount": money(summary["credit_awaiting_billing_chat_cents"])},
        {"step": "  → awaiting the next invoice (CRE-2, autopay)",
         "amount": money(summary["credit_awaiting_next_invoice_cents"])},
    ])
    fig, ax = plt.subplots(figsize=(7, 2.6))
    labels = ["prorated", "refunded", "credit", "applied", "awaiting chat", "awaiting invoice"]
    values = [summary[k] / 100 for k in ("prorated_cents", "refund_cents", "credit_transferred_cents",
                                          "credit_applied_cents", "credit_awaiting_billing_chat_cents",
                                          "credit_awaiting_next_invoice_cents")]
    ax.barh(labels[::-1], values[::-1], color=["#999", "#c77", "#7a7", "#47a", "#a74", "#a74"][::-1])
    ax.set_xlabel("USD")
    parts.append("<h2>Credit flow</h2>" + _table(flow) + _png(fig))

    # outcomes and failures
    outcomes = pd.DataFrame([{"outcome": k, "users": v, "share": f"{v / max(summary['users'], 1):.1%}"}
                             for k, v in summary["outcomes"].items() if v])
    failures = pd.DataFrame(summary["failures"] or [], columns=["outcome", "failure_rule", "users"])
    parts.append("<h2>Outcomes</h2>" + _table(outcomes))
    parts.append("<h2>Failure cases by reason</h2><p class=muted>Each failure comes from a rule of the "
                 "specification (the <code>Rule:</code> with this id in <code>features/</code>).</p>"
                 + (_table(failures) if len(failures) else "<p>No failures.</p>"))

    # joins over time
    joins = np.sum([o.joins_by_day for o in outputs], axis=0) / max(n_rep, 1)
    fig, ax = plt.subplots(figsize=(7, 2.8))
    ax.plot(np.arange(len(joins)), np.cumsum(joins), color="#47a")
    ax.set_xlabel("simulated day")
    ax.set_ylabel("users joined (cumulative" + (", mean per replication)" if n_rep > 1 else ")"))
    parts.append("<h2>Joins over time</h2>" + _png(fig))

    # time to join
    hist = np.sum([o.hours_to_join_hist for o in outputs], axis=0)
    fig, ax = plt.subplots(figsize=(7, 2.8))
    widths = np.diff(HOURS_BINS)
    ax.bar(HOURS_BINS[:-1] / 24, hist / np.maximum(widths, 1), width=widths / 24, align="edge", color="#7a7")
    ax.set_xlabel("days from invitation to join")
    ax.set_ylabel("users per hour of delay")
    ax.set_xlim(0, 40)
    parts.append("<h2>Time to join</h2><p class=muted>Median "
                 f"{summary['replications']['stats']['median_hours_to_join']['mean']:.1f} hours.</p>" + _png(fig))

    resources = [r for r in summary.get("resources", []) if r["requests"]]
    if resources:
        table = pd.DataFrame([{
            "resource": r["resource"], "capacity": "as many as needed" if r["capacity"] is None else r["capacity"],
            "requests": f"{r['requests']:,.0f}", "mean wait (hours)": f"{r['mean_wait_hours']:,.2f}",
            "90th percentile wait (hours)": f"{r['p90_wait_hours']:,.2f}",
            "utilisation": "—" if r["utilisation"] is None else f"{r['utilisation']:.1%}"} for r in resources])
        parts.append("<h2>People with limited capacity</h2><p class=muted>Waits of the requests granted, and "
                     "the share of the horizon the capacity was busy (mean over the replications).</p>"
                     + _table(table))
    if n_rep > 1:
        per = pd.DataFrame(summary["replications"]["per_replication"])
        parts.append("<h2>Per replication</h2>" + _table(per))
    parts.append("<h2>Configuration</h2>" + _table(pd.DataFrame(
        [{"key": k, "value": str(v)} for k, v in cfg.items()])))
    parts.append("<p class=muted>Versions: " + html.escape(", ".join(
        f"{k} {v}" for k, v in summary["versions"].items())) + "</p>")
    page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>{html.escape(cfg['name'])} — joinsim"
            f"</title><style>{STYLE}</style><body>" + "\n".join(parts) + "</body></html>\n")
    Path(path).write_text(page, encoding="utf-8")
