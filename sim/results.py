"""What a replication records about every simulated user (``UserOutcomes``) and hands back (``Result``): one row
per user (the columns of ``users.parquet``), the figures read from the model's results and events, the
resources' waits and, with ``--trace``, the event log (``events.parquet``).

Outcomes are a small documented set; a refusal becomes an outcome through its error's stable code, and keeps the
id of the rule that caused it (``failure_rule``)."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypedDict

import numpy as np
import simpy

from joinsim.model import errors, events
from joinsim.model.service import CHOICES, JoinResult
from joinsim.sim.config import LOCALES
from joinsim.sim.figures import OUTCOMES
from joinsim.sim.population import PLANS, Population

OUTCOME_OF_REFUSAL = {
    errors.UndeliverableAddress.code: "bounced",
    errors.InvitationExpired.code: "expired",
    errors.UnpaidInvoices.code: "blocked_unpaid_invoice",
    errors.PendingCancellation.code: "blocked_pending_cancellation",
    errors.ZoomRoomsOnAccount.code: "blocked_zoom_rooms",
    errors.UsersStillLinked.code: "blocked_users_linked",
}
INVITED_AS = ("", "basic", "licensed")
CHOSEN = ("", *CHOICES)  # the choice column: none, or one of the model's (ACC-2)
_OUTCOME = {name: code for code, name in enumerate(OUTCOMES)}
_CHOICE = {None: 0} | {name: code for code, name in enumerate(CHOSEN) if name}


@dataclass
class Coded:
    """A column of a few named values (outcome, plan, locale...): one small int per user, an index into ``names``.
    It is written as a dictionary column, and counted without a string per user."""

    codes: np.ndarray  # int8
    names: tuple[str, ...]

    def decoded(self) -> np.ndarray:
        return np.array(self.names, dtype=object)[self.codes]


class Columns(TypedDict):
    """A replication's columns, one value per user (``users.parquet``'s, in this order): numpy arrays, ``Coded``
    columns, and the addresses (a list, or the pyarrow string array they were read as)."""

    user_id: np.ndarray
    email: Sequence[str]
    locale: Coded
    plan: Coded
    is_owner: np.ndarray
    linked_users: np.ndarray
    licensed_before: np.ndarray
    invited_as: Coded
    outcome: Coded
    failure_rule: Coded
    released_at: np.ndarray
    invited_at: np.ndarray
    joined_at: np.ndarray
    prorated_cents: np.ndarray
    refund_cents: np.ndarray
    credit_cents: np.ndarray
    refund_paid_at: np.ndarray
    choice: Coded
    moved_with_owner: np.ndarray
    resends: np.ndarray
    licence_lost: np.ndarray
    contacted_first: np.ndarray
    join_links_changed: np.ndarray


@dataclass
class Result:
    """One replication: per-user columns, figures read from the model's results and events, daily series, the
    resources' waits and utilisation, and the event log (empty without ``--trace``)."""

    columns: Columns
    totals: dict[str, float]
    series: dict[str, np.ndarray]  # per simulated day (0 = the start day): see UserOutcomes.result
    resources: list[dict] = field(default_factory=list)
    events: dict[str, list] = field(default_factory=dict)


class UserOutcomes:
    """The outcome of every simulated user, written as the journeys go, and the event log when tracing."""

    TRACE_COLUMNS = ("time_s", "user_id", "event", "rule", "cents", "detail")

    def __init__(self, population: Population, env: simpy.Environment, horizon_days: int, trace: bool) -> None:
        n = len(population)
        self.population, self.env, self.horizon_days, self.n = population, env, horizon_days, n
        # one numpy column per figure, with its final type (Python lists of ints took much more memory, and a copy
        # at the end: docs/measurements.md)
        self.outcome = np.full(n, _OUTCOME["not_invited"], dtype=np.int8)
        self.rule = [""] * n
        self.invited_as = np.zeros(n, dtype=np.int8)
        self.released_at = np.full(n, -1, dtype=np.int64)  # when the campaign reached the user (their batch)
        self.invited_at = np.full(n, -1, dtype=np.int64)
        self.joined_at = np.full(n, -1, dtype=np.int64)
        self.refund_paid_at = np.full(n, -1, dtype=np.int64)
        self.prorated = np.zeros(n, dtype=np.int64)
        self.refund = np.zeros(n, dtype=np.int64)
        self.credit = np.zeros(n, dtype=np.int64)
        self.choice = np.zeros(n, dtype=np.int8)
        self.moved_with_owner = np.zeros(n, dtype=np.int32)
        self.resends = np.zeros(n, dtype=np.int8)
        self.licence_lost = np.zeros(n, dtype=bool)
        self.links_changed = np.zeros(n, dtype=np.int32)
        self.contacted_first = np.zeros(n, dtype=bool)
        self.users_invited = 0  # users the campaign tried to invite so far
        self.totals = {"invitations_sent": 0, "invitations_resent": 0, "users_moved": 0, "credit_applied_cents": 0,
                       "licences_lost": 0, "join_links_changed": 0, "refunds_paid_cents": 0}
        self.tracing = trace
        self.trace: dict[str, list] = {name: [] for name in self.TRACE_COLUMNS}
        # credit of the inviting account, as it comes (CRE-1) and is applied (CRE-2, CRE-3): (seconds, ±cents), and
        # the credit waiting to be applied, first come first applied: [seconds it came, cents left]
        self.credit_flow: list[tuple[float, int]] = []
        self.credit_waiting: deque[list] = deque()
        self.credit_waited = 0.0  # cent-seconds of the credit applied, from its transfer to its application
        # the licence seats the inviting account holds at the end of each day (LIC-3), asked of the model
        self.seats_held = np.zeros(horizon_days, dtype=np.int64)

    # ------------------------------------------------------------------------------------------ the journey
    def event(self, user, name: str, rule: str = "", cents: int = 0, detail: str = "") -> None:
        """One line of the event log (kept only with ``--trace``)."""
        if self.tracing:
            for column, value in zip(self.TRACE_COLUMNS, (self.env.now, -1 if user is None else user.index, name,
                                                          rule, cents, detail), strict=True):
                self.trace[column].append(value)

    def released(self, user) -> None:
        """The campaign reached the user: their batch went out (they may still wait for an admin to contact them)."""
        self.released_at[user.index] = int(self.env.now)

    def invited(self, user, licensed: bool | None) -> None:
        """The campaign tried to invite the user; ``licensed`` is None when the model refused the invitation."""
        i = user.index
        self.users_invited += 1
        self.invited_at[i] = int(self.env.now)
        self.contacted_first[i] = user.contacted_first
        if licensed is not None:
            self.totals["invitations_sent"] += 1
            self.invited_as[i] = 2 if licensed else 1
            self.outcome[i] = _OUTCOME["pending"]
            self.event(user, "invited", detail="licensed" if licensed else "basic")

    def resent(self, user) -> None:
        self.totals["invitations_resent"] += 1
        self.resends[user.index] += 1
        self.event(user, "resent")

    def blocked(self, user, refusal: errors.JoinError) -> None:
        """A blocker the user may fix (ACC-5, OWN-3, OWN-4, OWN-5): the outcome until it is fixed."""
        self.outcome[user.index] = _OUTCOME[OUTCOME_OF_REFUSAL.get(refusal.code, "refused")]
        self.rule[user.index] = refusal.rule
        self.event(user, "blocked", refusal.rule, detail=refusal.code)

    def failed(self, user, refusal: errors.JoinError) -> None:
        self.outcome[user.index] = _OUTCOME[OUTCOME_OF_REFUSAL.get(refusal.code, "refused")]
        self.rule[user.index] = refusal.rule
        self.event(user, "refused", refusal.rule, detail=refusal.code)

    def joined(self, user, result: JoinResult) -> None:
        i, now = user.index, int(self.env.now)
        self.outcome[i], self.rule[i] = _OUTCOME["joined"], ""
        self.joined_at[i] = now
        self.prorated[i] = result.prorated.cents
        self.refund[i] = result.refund.amount.cents if result.refund is not None else 0
        self.choice[i] = _CHOICE[result.choice]
        self.moved_with_owner[i] = len(result.moved) - 1
        self.totals["users_moved"] += len(result.moved)
        self.event(user, "joined", cents=result.prorated.cents, detail=result.choice or "")

    def refund_paid(self, user) -> None:
        i = user.index
        self.refund_paid_at[i] = int(self.env.now)
        self.totals["refunds_paid_cents"] += int(self.refund[i])
        self.event(user, "refund paid", "ACC-6", cents=int(self.refund[i]))

    def expired(self, user, rule: str) -> None:
        self.outcome[user.index], self.rule[user.index] = _OUTCOME["expired"], rule
        self.event(user, "expired at the horizon", rule)

    def pending(self, user) -> None:
        self.outcome[user.index], self.rule[user.index] = _OUTCOME["pending"], ""
        self.event(user, "pending at the horizon")

    def not_invited(self, user) -> None:
        self.outcome[user.index], self.rule[user.index] = _OUTCOME["not_invited"], ""
        self.event(user, "not invited at the horizon")

    # ------------------------------------------------------------------------------------- the model's events
    # the kinds of event model_event counts: the model gives its sink these only (the others, an invitation sent or
    # a user joined, are read from the commands' results)
    MODEL_EVENTS: tuple[type[events.Event], ...] = (events.CreditTransferred, events.CreditApplied,
                                                    events.LicenceDropped, events.JoinLinksChanged)

    def model_event(self, event: events.Event, acting) -> None:
        """A domain event of the model, credited to the user whose command the model was running (if any)."""
        if isinstance(event, events.CreditTransferred):
            if acting is not None:
                self.credit[acting.index] += event.amount.cents
            self.credit_flow.append((self.env.now, event.amount.cents))
            self.credit_waiting.append([self.env.now, event.amount.cents])
            self.event(acting, "credit transferred", "CRE-1", cents=event.amount.cents)
        elif isinstance(event, events.CreditApplied):
            self.totals["credit_applied_cents"] += event.amount.cents
            self.credit_flow.append((self.env.now, -event.amount.cents))
            self.credit_used(event.amount.cents)
            self.event(None, "credit applied", "CRE-2" if event.by == "autopay" else "CRE-3",
                       cents=event.amount.cents, detail=event.by)
        elif isinstance(event, events.LicenceDropped):
            self.totals["licences_lost"] += 1
            if acting is not None and event.email == acting.email:
                self.licence_lost[acting.index] = True
            self.event(acting, "licence lost", "LIC-1", detail=event.email)
        elif isinstance(event, events.JoinLinksChanged):
            self.totals["join_links_changed"] += len(event.meeting_ids)
            if acting is not None and event.email == acting.email:
                self.links_changed[acting.index] += len(event.meeting_ids)
            self.event(acting, "join links changed", "VAN-2", detail=event.email)

    def credit_used(self, cents: int) -> None:
        """Credit applied to an invoice: the oldest credit first (how long money waits, not a rule of the model)."""
        while cents > 0 and self.credit_waiting:
            oldest = self.credit_waiting[0]
            used = min(cents, oldest[1])
            self.credit_waited += used * (self.env.now - oldest[0])
            oldest[1] -= used
            cents -= used
            if oldest[1] == 0:
                self.credit_waiting.popleft()

    def end_of_day(self, day: int, seats_held: int) -> None:
        """What is read at the end of day ``day``: the licence seats held then."""
        if 0 <= day < self.horizon_days:
            self.seats_held[day] = seats_held

    # ------------------------------------------------------------------------------------------ the result
    def series(self) -> dict[str, np.ndarray]:
        """Daily series: invitations sent and users joined each day, and at the end of each day the credit waiting
        to be applied and the refunds requested but not yet paid (cents), and the licence seats held."""
        days = self.horizon_days  # (days 0 to horizon - 1: the horizon itself is an instant, not a day)

        def per_day(seconds: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
            return np.bincount((seconds // 86_400).astype(np.int64), weights=weights, minlength=days)[:days]

        sent = self.invited_as > 0
        refund, paid_at, joined_at = self.refund, self.refund_paid_at, self.joined_at
        requested = per_day(joined_at[refund > 0], refund[refund > 0])
        paid = per_day(paid_at[paid_at >= 0], refund[paid_at >= 0])
        flow = np.array(self.credit_flow, dtype=np.float64).reshape(-1, 2)
        credit = per_day(flow[:, 0], flow[:, 1])
        return {"invited": per_day(self.invited_at[sent]).astype(np.int64),
                "joined": per_day(joined_at[joined_at >= 0]).astype(np.int64),
                "credit_waiting_cents": np.cumsum(credit).round().astype(np.int64),
                "refunds_waiting_cents": np.cumsum(requested - paid).round().astype(np.int64),
                "licence_seats_held": self.seats_held.copy()}

    def result(self, credit_left: int, billing: str, resources: list[dict]) -> Result:
        pop, n = self.population, self.n
        rules = tuple(sorted(set(self.rule)))
        code_of = {rule: code for code, rule in enumerate(rules)}
        columns: Columns = {
            "user_id": np.arange(n, dtype=np.int64),
            "email": pop.email if pop.emails_for_output is None else pop.emails_for_output,
            "locale": Coded(pop.locale, LOCALES),
            "plan": Coded(pop.plan, PLANS),
            "is_owner": pop.linked_users > 0,
            "linked_users": pop.linked_users.astype(np.int32),
            "licensed_before": pop.licensed,
            "invited_as": Coded(self.invited_as, INVITED_AS),
            "outcome": Coded(self.outcome, OUTCOMES),
            "failure_rule": Coded(np.array([code_of[r] for r in self.rule], dtype=np.int8), rules),
            "released_at": self.released_at,
            "invited_at": self.invited_at,
            "joined_at": self.joined_at,
            "prorated_cents": self.prorated,
            "refund_cents": self.refund,
            "credit_cents": self.credit,
            "refund_paid_at": self.refund_paid_at,
            "choice": Coded(self.choice, CHOSEN),
            "moved_with_owner": self.moved_with_owner,
            "resends": self.resends,
            "licence_lost": self.licence_lost,
            "contacted_first": self.contacted_first,
            "join_links_changed": self.links_changed,
        }
        net_terms = billing == "net_terms"
        # waits of the money that arrived: credit applied, refunds paid (what still waits is its own figure)
        applied = self.totals["credit_applied_cents"]
        refund, paid_at, joined_at = self.refund, self.refund_paid_at, self.joined_at
        paid = (refund > 0) & (paid_at >= 0)
        totals = {**self.totals, "credit_awaiting_billing_chat_cents": credit_left if net_terms else 0,
                  "credit_awaiting_next_invoice_cents": 0 if net_terms else credit_left,
                  "refunds_outstanding_cents": int(refund[(refund > 0) & (paid_at < 0)].sum()),
                  "credit_wait_days": self.credit_waited / applied / 86_400 if applied else float("nan"),
                  "refund_wait_days": float(((paid_at[paid] - joined_at[paid]) * refund[paid]).sum()
                                            / refund[paid].sum() / 86_400) if paid.any() else float("nan")}
        return Result(columns=columns, totals=totals, series=self.series(),
                      resources=resources, events=self.trace if self.tracing else {})
