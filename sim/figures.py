"""The figures a report shows, declared once: what each means, its kind (how it is written) and how it is read off one
replication (``figures_of``). Money is in integer cents in Parquet and JSON (names ending in ``_cents``) and in
dollars in every page; shares are percentages; durations are in days.

Outcome codes have plain-language labels with their rule id, and every failure case says what the articles tell
users to do about it (``REMEDIES``), so that the report can rank what to fix first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from joinsim.model import errors

if TYPE_CHECKING:
    from joinsim.sim.results import Result

Kind = Literal["count", "share", "money", "days", "hours"]
UNIT = {"money": "US dollars", "share": "%", "days": "days", "hours": "hours", "count": "users"}  # a plot's axis


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    kind: Kind
    meaning: str

    def format(self, value: float | None, exact: bool = False) -> str:
        """A value as a person reads it: 1,234 (or 1,234.5 for a mean) users, 87.3%, $1,234.56, 12.3 days."""
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return "—"
        if self.kind == "money":
            return f"${value / 100:,.2f}" if value >= 0 else f"−${-value / 100:,.2f}"
        if self.kind == "share":
            return f"{100 * value:.1f}%"
        if self.kind in ("days", "hours"):
            return f"{value:,.{2 if abs(value) < 10 else 1}f} {self.kind}"
        return f"{value:,.0f}" if exact or float(value).is_integer() else f"{value:,.1f}"

    def difference(self, value: float | None) -> str:
        """A difference of this figure: signed, in its unit; a difference of shares in percentage points (pp)."""
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return "—"
        text = f"{100 * abs(value):.1f} pp" if self.kind == "share" else self.format(abs(value))
        return ("+" if value > 0 else "−" if value < 0 else "±") + text


FIGURES = (
    Figure("users", "users", "count", "simulated users (of a roster: its rows)"),
    Figure("invitations_sent", "invitations sent", "count", "invitation emails sent by the model (INV-1)"),
    Figure("never_invited", "never invited", "count", "users whose batch goes out after the horizon"),
    Figure("joined", "joined", "count", "users who accepted and joined the paid account"),
    Figure("join_rate", "join rate", "share", "users who joined, of all users"),
    Figure("users_moved_with_owners", "moved with their owner", "count",
           "users linked to an owner who joined with the owner (OWN-1), not counted in 'joined'"),
    Figure("median_days_to_join", "median days to join", "days",
           "from the invitation to joining, for those who joined"),
    Figure("median_days_to_invitation", "median days to the invitation", "days",
           "from the campaign reaching a user (their batch) to their invitation: the admins' queue and the contact "
           "first, when users are contacted first"),
    Figure("median_days_from_batch_to_join", "median days from the batch to joining", "days",
           "from the campaign reaching a user to joining, for those who joined: what the user and the campaign live"),
    Figure("last_invitation_day", "days to the last invitation", "days",
           "from the start to the last invitation sent: how long the campaign took to invite everybody it did"),
    Figure("admins_wait_hours", "hours waiting for an admin", "hours",
           "mean wait of a user for an admin to contact them (those still waiting at the horizon: so far)"),
    Figure("helpdesk_wait_hours", "hours waiting for the helpdesk", "hours",
           "mean wait of a blocked user for a helpdesk agent (those still waiting at the horizon: so far)"),
    Figure("prorated_cents", "prorated", "money", "the unused part of the joiners' plans (ACC-3)"),
    Figure("refund_cents", "refunded", "money", "prorated money refunded to the owners' payment method (ACC-6)"),
    Figure("refunds_paid_cents", "refunds paid", "money", "refunds paid by the horizon"),
    Figure("refunds_outstanding_cents", "refunds not yet paid", "money", "refunds requested, unpaid at the horizon"),
    Figure("refund_wait_days", "days a refund waited", "days",
           "mean days from the refund request to its payment, of the refunds paid by the horizon, weighted by "
           "amount"),
    Figure("credit_transferred_cents", "credit transferred", "money",
           "prorated money moved as credit to the inviting account (CRE-1)"),
    Figure("credit_applied_cents", "credit applied", "money", "credit applied to invoices (CRE-2, CRE-3)"),
    Figure("credit_awaiting_billing_chat_cents", "credit awaiting a billing chat", "money",
           "net terms: credit not applied at the horizon (CRE-3)"),
    Figure("credit_awaiting_next_invoice_cents", "credit awaiting the next invoice", "money",
           "autopay: credit not applied at the horizon (CRE-2)"),
    Figure("credit_wait_days", "days credit waited", "days",
           "mean days from a credit transfer to its application, of the credit applied by the horizon (oldest "
           "applied first), weighted by amount; what still waits is 'credit awaiting...'"),
    Figure("licences_lost", "licences lost", "count", "licensed users who joined as Basic (LIC-1)"),
    Figure("join_links_changed", "join links changed", "count", "meetings whose join link moved to the new vanity "
           "URL (VAN-2)"),
)
BY_KEY = {figure.key: figure for figure in FIGURES}

OUTCOME_LABELS = {
    "joined": ("joined", ""),
    "pending": ("still pending at the horizon", ""),
    "expired": ("invitation expired", errors.InvitationExpired.rule),
    "bounced": ("address does not exist or refuses external email", errors.UndeliverableAddress.rule),
    "blocked_unpaid_invoice": ("blocked by an unpaid invoice", errors.UnpaidInvoices.rule),
    "blocked_pending_cancellation": ("blocked by a pending cancellation", errors.PendingCancellation.rule),
    "blocked_zoom_rooms": ("blocked by Zoom Rooms on the account", errors.ZoomRoomsOnAccount.rule),
    "blocked_users_linked": ("blocked by users still linked (error 1009)", errors.UsersStillLinked.rule),
    "refused": ("refused for another reason", ""),
    "not_invited": ("never invited (after the horizon)", ""),
}
OUTCOMES = tuple(OUTCOME_LABELS)  # every user ends with one (its code is its place here, in users.parquet)

# What the articles tell users to do about each failure (the report's "what to fix first"), by the rule of the
# model's refusal.
REMEDIES = {
    errors.UnpaidInvoices.rule:
        "Ask them to pay their open invoices first: \"you cannot join another account while you have unpaid "
        "invoices\" (both articles).",
    errors.PendingCancellation.rule:
        "Ask them to click Reactivate plan on their Billing page, then accept again (both articles).",
    errors.ZoomRoomsOnAccount.rule:
        "Ask them to delete their Zoom Rooms on the Zoom Rooms page before accepting (both articles).",
    errors.UsersStillLinked.rule:
        "Error 1009: they must delete, unlink or invite the users still linked to their account (French "
        "article).",
    errors.UndeliverableAddress.rule:
        "Check the address: it must exist and accept external email (both articles); contact the user another "
        "way.",
    errors.InvitationExpired.rule:
        "Resend the invitation before it expires, and contact the users first (the articles' best practice).",
    errors.MemberOfAnotherAccount.rule:
        "The user is a member of another account: only its owner can accept; they must leave it first.",
    errors.NoLicenceSeat.rule: "Free licence seats, or invite them as Basic and assign a licence later (LIC-2).",
}


def outcome_label(outcome: str) -> str:
    label, rule = OUTCOME_LABELS[outcome]
    return f"{label} ({rule})" if rule else label


def figures_of(result: Result) -> dict[str, float]:
    """Every figure of ``FIGURES`` for one replication."""
    cols, totals = result.columns, result.totals
    outcome = cols["outcome"]
    counts = np.bincount(outcome.codes, minlength=len(outcome.names))
    joined = int(counts[outcome.names.index("joined")])
    users = len(outcome.codes)
    mask = cols["joined_at"] >= 0
    days = (cols["joined_at"][mask] - cols["invited_at"][mask]) / 86_400
    from_batch = (cols["joined_at"][mask] - cols["released_at"][mask]) / 86_400
    invited = cols["invited_at"] >= 0
    to_invitation = (cols["invited_at"][invited] - cols["released_at"][invited]) / 86_400
    waits = {r["resource"]: r["mean_wait_hours"] for r in result.resources}
    return {
        "users": users,
        "invitations_sent": totals["invitations_sent"],
        "never_invited": int(counts[outcome.names.index("not_invited")]),
        "joined": joined,
        "join_rate": joined / users if users else 0.0,
        "users_moved_with_owners": totals["users_moved"] - joined,
        "median_days_to_join": float(np.median(days)) if len(days) else float("nan"),
        "median_days_to_invitation": float(np.median(to_invitation)) if len(to_invitation) else float("nan"),
        "median_days_from_batch_to_join": float(np.median(from_batch)) if len(from_batch) else float("nan"),
        "last_invitation_day": float(cols["invited_at"][invited].max() / 86_400) if invited.any() else float("nan"),
        "admins_wait_hours": waits.get("admins", 0.0),
        "helpdesk_wait_hours": waits.get("helpdesk", 0.0),
        "prorated_cents": int(cols["prorated_cents"].sum()),
        "refund_cents": int(cols["refund_cents"].sum()),
        "refunds_paid_cents": totals["refunds_paid_cents"],
        "refunds_outstanding_cents": totals["refunds_outstanding_cents"],
        "refund_wait_days": totals["refund_wait_days"],
        "credit_transferred_cents": int(cols["credit_cents"].sum()),
        "credit_applied_cents": totals["credit_applied_cents"],
        "credit_awaiting_billing_chat_cents": totals["credit_awaiting_billing_chat_cents"],
        "credit_awaiting_next_invoice_cents": totals["credit_awaiting_next_invoice_cents"],
        "credit_wait_days": totals["credit_wait_days"],
        "licences_lost": totals["licences_lost"],
        "join_links_changed": totals["join_links_changed"],
    }


def outcomes_of(result: Result) -> tuple[dict[str, int], list[tuple[str, str, int]]]:
    """Users per outcome, and per (outcome, failure rule) for the failures."""
    outcome, rules = result.columns["outcome"], result.columns["failure_rule"]
    counts = np.bincount(outcome.codes, minlength=len(outcome.names))
    per_outcome = {name: int(counts[outcome.names.index(name)]) for name in OUTCOMES}
    pairs = outcome.codes.astype(np.int64) * len(rules.names) + rules.codes
    failures = []
    for pair, n in enumerate(np.bincount(pairs, minlength=len(outcome.names) * len(rules.names)).tolist()):
        name, rule = outcome.names[pair // len(rules.names)], rules.names[pair % len(rules.names)]
        if n and rule:
            failures.append((name, rule, n))
    return per_outcome, sorted(failures)
