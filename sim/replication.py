"""One replication of the bulk migration, in SimPy, driving ``model.service.AccountService`` (run it through
``sim.engine.run_replication``, which also loads the compiled build of this module and of the model).

Every simulated user is a model user: the campaign opens their account (set-up), invites them with
``add_users``, and the user accepts through ``accept`` with a refund-or-credit choice. Every refusal is
the model's typed error; the outcome and ``failure_rule`` come from its ``.code`` and ``.rule``. The
simulator holds no rule of its own: it only decides *when* people act and *what* they try.

Few live SimPy events: one process per batch (invite, then resend), one hourly loop that runs the users'
actions of that hour from a heap (filled from that hour's bucket), one daily refund payer, one monthly
billing process and, under net terms, one billing-chat process. Every random draw is made up front with
numpy, one stream per activity, so that two scenarios run with the same seed share common random numbers.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Final, cast

import numpy as np
import simpy

from model import errors, events
from model.account import Invitation, Plan, PlanKind
from model.money import Money
from model.service import AccountService, Choice, Readings, new_service
from sim.config import LOCALES, Config
from sim.population import PLANS, Population

# (Final: the compiled build folds these constants instead of looking them up in the module's globals.)
DAY: Final = 86_400
HOUR: Final = 3_600
INVITER_ACCOUNT: Final = "Acme"
INVITER_OWNER: Final = "olivia.owner@acme.example"
INVITER_ADMIN: Final = "adam.admin@acme.example"
ACTIVITIES: Final = ("population", "reading", "accepting", "choosing", "fixing", "resending", "refunds", "unlinking",
              "contacting")

# Outcomes: a small documented set. Refusals map through the model error's code.
OUTCOMES: Final = ("joined", "pending", "expired", "bounced", "blocked_unpaid_invoice", "blocked_pending_cancellation",
            "blocked_zoom_rooms", "blocked_users_linked", "refused", "not_invited")
OUTCOME_BY_CODE = {
    errors.UndeliverableAddress.code: "bounced",
    errors.InvitationExpired.code: "expired",
    errors.UnpaidInvoices.code: "blocked_unpaid_invoice",
    errors.PendingCancellation.code: "blocked_pending_cancellation",
    errors.ZoomRoomsOnAccount.code: "blocked_zoom_rooms",
    errors.UsersStillLinked.code: "blocked_users_linked",
}
OUTCOME_INDEX = {name: i for i, name in enumerate(OUTCOMES)}
JOINED_OUTCOME: Final = OUTCOMES.index("joined")
PENDING_OUTCOME: Final = OUTCOMES.index("pending")
EXPIRED_OUTCOME: Final = OUTCOMES.index("expired")
INVITED_AS: Final = ("", "basic", "licensed")
CHOICES: Final = ("", "refund", "credit")
CHOICE_INDEX = {choice or None: i for i, choice in enumerate(CHOICES)}

# States of a user during the run (final states end the user's story).
OPEN: Final = 1
JOINED: Final = 2
FAILED: Final = 3
READ: Final = 0  # kinds of action: read the invitation (and maybe accept), or retry after fixing a blocker
RETRY: Final = 1

# A user's next action is one int, (second of its hour, order pushed for that hour, kind, user) packed in bit fields
# so that int order is the tuple order, in 62 bits: a machine word for the compiled build, and ints compare much
# faster than tuples. The actions of one hour wait in that hour's bucket, then run from a heap, in that order:
# the order of (time, order pushed), as one big heap of every action would give it.
USER_BITS: Final = 23  # users < 8,388,608
KIND_BITS: Final = 1
SEQ_BITS: Final = 26  # actions pushed for one hour < 67,108,864
SECOND_BITS: Final = 12  # 0..3599
SEQ_SHIFT: Final = USER_BITS + KIND_BITS
SECOND_SHIFT: Final = SEQ_SHIFT + SEQ_BITS
USER_MASK: Final = (1 << USER_BITS) - 1
MAX_USERS: Final = 1 << USER_BITS
MAX_SEQ: Final = 1 << SEQ_BITS


@dataclass
class Draws:
    """Every random number a replication uses, drawn up front, one stream per activity."""

    read_z: np.ndarray
    accept_u: np.ndarray
    choice_u: np.ndarray
    fix_u: np.ndarray  # (n, 4): one per successive blocker
    fix_z: np.ndarray  # (n, 4)
    resend_u: np.ndarray  # (n, max_resends)
    resend_z: np.ndarray  # (n, max_resends)
    refund_u: np.ndarray
    unlink_u: np.ndarray
    contact_u: np.ndarray

    @classmethod
    def make(cls, config: Config, n: int, streams: dict[str, np.random.Generator]) -> Draws:
        f32 = np.float32
        r = max(config.max_resends, 1)
        return cls(
            read_z=streams["reading"].standard_normal(n, dtype=f32),
            accept_u=streams["accepting"].random(n, dtype=f32),
            choice_u=streams["choosing"].random(n, dtype=f32),
            fix_u=streams["fixing"].random((n, 4), dtype=f32),
            fix_z=streams["fixing"].standard_normal((n, 4), dtype=f32),
            resend_u=streams["resending"].random((n, r), dtype=f32),
            resend_z=streams["resending"].standard_normal((n, r), dtype=f32),
            refund_u=streams["refunds"].random(n, dtype=f32),
            unlink_u=streams["unlinking"].random(n, dtype=f32),
            contact_u=streams["contacting"].random(n, dtype=f32),
        )


@dataclass
class Coded:
    """A column of a few named values (outcome, plan, locale...): one small int per user, an index into ``names``.
    It is written as a dictionary column, and counted without a string per user."""

    codes: np.ndarray  # int8
    names: tuple[str, ...]

    def decoded(self) -> np.ndarray:
        return np.array(self.names, dtype=object)[self.codes]


@dataclass
class Result:
    """One replication: per-user columns and the figures read from the model's results (invitations sent,
    users moved) and events (credit transferred and applied, refunds paid, licences lost, join links changed)."""

    columns: dict[str, object]
    totals: dict[str, int]
    joins_by_day: np.ndarray
    extra: dict[str, object] = field(default_factory=dict)


def public_holidays(config: Config) -> frozenset[date]:
    if not config.holidays_country:
        return frozenset()
    import holidays

    years = range(config.start.year, (config.start + timedelta(days=config.horizon_days + 400)).year + 1)
    return frozenset(holidays.country_holidays(config.holidays_country, years=list(years)))


class Replication:
    __deletable__ = ("service", "_handlers", "fixes")  # (see release; mypyc needs the list)

    def __init__(self, config: Config, population: Population, draws: Draws,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.config = config
        self.pop = population
        self.draws = draws
        self.progress = progress
        n = len(population)
        self.n = n
        self.t0 = datetime.combine(config.start, time(0, 0))
        self.horizon_days = config.horizon_days
        self.email: list[str] = population.email
        # figures read from the model's results and events (``totals`` at the end)
        self.credit_applied_cents = 0
        self.licences_lost = 0
        self.join_links_changed = 0
        self.invitations_sent = 0
        self.invitations_resent = 0
        self.users_moved = 0
        self.refunds_paid_cents = 0
        self.totals: dict[str, int] = {}
        self.current = -1  # the simulated user whose model call is running (events are credited to them)
        # The events the replication reads (the service does not build the others).
        self._handlers: dict[type[events.Event], Callable[[Any], None]] = {
            events.CreditTransferred: self._on_credit,
            events.CreditApplied: self._on_credit_applied,
            events.LicenceDropped: self._on_licence_dropped,
            events.JoinLinksChanged: self._on_links_changed,
        }
        self.service: AccountService = new_service(
            self.t0, holidays=public_holidays(config),
            readings=Readings(linked_users=config.linked_users_reading, credit_choice=config.credit_choice_reading),
            event_sink=self._on_event, event_types=self._handlers)
        # per-user columns
        # Columns written one user at a time are plain lists (a numpy single-element read or write costs several
        # times more; the compiled build reads and writes list items directly), or bytearrays for those seldom
        # written; ``_result`` turns them into numpy arrays once.
        self._state: list[int] = [0] * n  # the user's state, read and written per action
        self.outcome: list[int] = [OUTCOME_INDEX["not_invited"]] * n
        # the rule that caused a failure, as a code into ``rules`` (0: none)
        self.rule = bytearray(n)
        self.rules: list[str] = [""]
        self._rule_codes: dict[str, int] = {"": 0}
        self.invitation: list[str] = [""] * n  # the id of the invitation sent
        self.invited_as: list[int] = [0] * n
        self.invited_at = np.full(n, -1, dtype=np.int64)  # (written per batch: see batch)
        # Joins, in the order they happen: user, time, prorated cents, choice, users moved with the owner.
        # Appended, not written into per-user columns at random places: ``_result`` spreads them out once.
        # (arrays of 8-byte ints, not lists of int objects: a third of the memory)
        self.joined_user = array("q")
        self.joined_time = array("q")
        self.joined_prorated = array("q")
        self.joined_choice = array("q")
        self.joined_with_owner = array("q")
        self.refund: list[int] = [0] * n
        self.credit: list[int] = [0] * n
        self.refund_paid_at: list[int] = [-1] * n
        self.resends = bytearray(n)
        self.blockers: list[int] = [0] * n  # blockers met so far
        self.licence_lost = bytearray(n)
        self.links_changed: list[int] = [0] * n
        # Actions waiting, as packed ints (see SECOND_SHIFT): the heap holds the actions of the hour being run,
        # later ones wait in their hour's bucket (a heap small enough to stay in the CPU cache).
        if n > MAX_USERS:
            raise ValueError(f"{n:,} users: the simulator handles at most {MAX_USERS - 1:,}")
        self.heap: list[int] = []
        self.buckets: dict[int, list[int]] = {}
        self.heap_hour = -1  # the hour whose bucket went into the heap
        self.heap_seq = 0  # actions pushed so far for that hour
        self.refunds_due: dict[date, list[tuple[str, int]]] = {}
        self.joins_by_day: list[int] = [0] * (config.horizon_days + 1)
        self.seats_exhausted = not config.invite_licensed_as_licensed
        self.processed = 0
        self._last_blocker: dict[int, errors.JoinError] = {}
        self._windows: dict[tuple[date, date], list[date]] = {}
        self._money = {p: Money(int(c)) for p, c in ((1, config.monthly_price_cents), (2, config.annual_price_cents))}
        self._dates: dict[int, date] = {}
        self._plans: dict[int, Plan] = {}
        # Users told before the invitation (the best practice) read it sooner and accept more often.
        self.contacted_first = (np.ones(len(draws.contact_u), dtype=bool) if config.contact_users_first
                                else draws.contact_u < config.share_contacted_first)
        read_median = np.where(self.contacted_first, config.read_delay_hours * HOUR / 2.0,
                               config.read_delay_hours * HOUR)
        self._read_median = read_median
        # Per-user yes/no decisions drawn up front (numpy's float32 comparisons, done once per column), as bytes:
        # plain 0/1 ints to index, a byte per user (a list would take eight, read from memory far more often).
        self._chooses_credit = (draws.choice_u < config.credit_share).astype(np.uint8).tobytes()
        self._unlinks_first = (population.linked_external
                               & (draws.unlink_u < config.unlink_external_share)).astype(np.uint8).tobytes()
        self._accepts = np.where(self.contacted_first, draws.accept_u < config.accept_share_contacted,
                                 draws.accept_u < config.accept_share).astype(np.uint8).tobytes()
        # the delay before reading the invitation, in whole seconds (the same float32 exp as per user)
        self._read_delay = (read_median * np.exp(draws.read_z).astype(np.float64)).astype(np.int64)
        self._batch_first = 0  # the batch being invited: its first user and its read delays (see batch)
        self._batch_read_delay: list[int] = []
        self._fix_share = config.fix_share
        self._fix_delay = config.fix_delay_days * DAY
        self._refund_positions: dict[int, list[int]] = {}
        self._last_t = -1
        self._taken: set[str] | None = None  # the addresses in use, once an owner has linked users
        self._midnights: list[datetime] = []
        self._times_of_day: dict[int, timedelta] = {}
        self.fixes: dict[type[errors.JoinError], Callable[[str], None]] = {
            errors.UnpaidInvoices: self._pay_invoices,
            errors.PendingCancellation: self._reactivate,
            errors.ZoomRoomsOnAccount: self._delete_rooms,
            errors.UsersStillLinked: self._unlink_all,
        }

    # ------------------------------------------------------------------ events from the model
    def _on_event(self, event: events.Event) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _on_credit(self, event: events.CreditTransferred) -> None:
        self.credit[self.current] += event.amount.cents

    def _on_credit_applied(self, event: events.CreditApplied) -> None:
        self.credit_applied_cents += event.amount.cents

    def _on_licence_dropped(self, event: events.LicenceDropped) -> None:
        self.licences_lost += 1
        if self.current >= 0 and event.email == self.email[self.current]:
            self.licence_lost[self.current] = 1

    def _on_links_changed(self, event: events.JoinLinksChanged) -> None:
        self.join_links_changed += len(event.meeting_ids)
        if self.current >= 0 and event.email == self.email[self.current]:
            self.links_changed[self.current] += len(event.meeting_ids)

    # ------------------------------------------------------------------ time
    def _at(self, t: int) -> None:
        """Set the model's clock to t seconds after the start (midnight of the day plus a time of day, both
        made once: building a timedelta costs more than the rest of setting the clock)."""
        if t != self._last_t:  # (many actions share a second: the clock is already there)
            self._last_t = t
            day, second = t // DAY, t % DAY
            while day >= len(self._midnights):
                self._midnights.append(self.t0 + timedelta(days=len(self._midnights)))
            time_of_day = self._times_of_day.get(second)
            if time_of_day is None:
                time_of_day = self._times_of_day[second] = timedelta(seconds=second)
            self.service.clock.set(self._midnights[day] + time_of_day)

    def _day(self, offset: int) -> date:
        d = self._dates.get(offset)
        if d is None:
            d = self._dates[offset] = self.config.start + timedelta(days=offset)
        return d

    def _push(self, t: int, kind: int, i: int) -> None:
        """User i acts at t (seconds from the start). Actions at the same second run in the order pushed."""
        hour, second = t // HOUR, t % HOUR
        if hour == self.heap_hour:  # (an action for the hour being run: pushed while it runs)
            seq = self.heap_seq
            self.heap_seq = seq + 1
            heapq.heappush(self.heap, (((second << SEQ_BITS | seq) << KIND_BITS | kind) << USER_BITS) | i)
            return
        if hour < self.heap_hour:
            raise RuntimeError(f"an action at {t} s was pushed after its hour had run")
        bucket = self.buckets.get(hour)
        if bucket is None:
            bucket = self.buckets[hour] = []
        seq = len(bucket)
        if seq >= MAX_SEQ:
            raise RuntimeError(f"more than {MAX_SEQ - 1:,} actions in hour {hour}")
        bucket.append((((second << SEQ_BITS | seq) << KIND_BITS | kind) << USER_BITS) | i)

    # ------------------------------------------------------------------ set-up of the world
    def open_inviting_account(self) -> None:
        c = self.config
        start = c.start
        self.service.open_account(
            INVITER_ACCOUNT, INVITER_OWNER, Plan("annual", Money(12_000_00), start, start + timedelta(days=365)),
            billing=c.billing, licence_seats=c.licence_seats, vanity_url=c.vanity_url or None)
        self.service.add_existing_member(INVITER_ACCOUNT, INVITER_ADMIN, role="admin")

    def _set_up_users(self, members: np.ndarray) -> None:
        """The users as they are before the campaign reaches them (their own account, plan and blockers)."""
        pop, s = self.pop, self.service
        money, start, plans = self._money, self.config.start, self._plans
        # the batch's columns, as lists of ints (one element read per user)
        ids: list[int] = members.tolist()
        undeliverable_: list[int] = pop.undeliverable[members].tolist()
        plan_: list[int] = pop.plan[members].tolist()
        period_start_: list[int] = pop.period_start[members].tolist()
        period_end_: list[int] = pop.period_end[members].tolist()
        linked_: list[int] = pop.linked_users[members].tolist()
        external_: list[bool] = pop.linked_external[members].tolist()
        rooms_: list[int] = pop.zoom_rooms[members].tolist()
        unpaid_: list[bool] = pop.unpaid_invoice[members].tolist()
        cancelling_: list[bool] = pop.pending_cancellation[members].tolist()
        licensed_: list[bool] = pop.licensed[members].tolist()
        meetings_: list[int] = pop.meetings[members].tolist()
        for j in range(len(ids)):
            i = ids[j]
            email = self.email[i]
            undeliverable = undeliverable_[j]
            if undeliverable == 1:
                s.mark_undeliverable(email, "the address does not exist")
                continue
            p, period_start, period_end = plan_[j], period_start_[j], period_end_[j]
            # Plans are values: users with the same plan and period share one. The key packs the three numbers
            # (a paid period lies within a year of the start, see population); every free user has the free plan.
            key = (p * 1_000_000 + period_start + 500_000) * 1_000_000 + period_end + 500_000 if p else -1
            plan = plans.get(key)
            if plan is None:
                kind = cast(PlanKind, PLANS[p])
                plan = plans[key] = (Plan(kind, money[p], self._day(period_start), self._day(period_end)) if p
                                     else Plan.free(start))
            linked, external, rooms = linked_[j], external_[j], rooms_[j]
            unpaid, cancelling, licensed, meetings = unpaid_[j], cancelling_[j], licensed_[j], meetings_[j]
            if linked:
                local, domain = email.rsplit("@", 1)
                s.open_account(email, email, plan, managed_domains={domain})
                for k in range(linked):
                    s.add_existing_member(email, self._linked_address(local, k, "gmail.com" if k == 0 and external
                                                                      else domain))
            else:
                s.open_account(email, email, plan)
            for k in range(rooms):  # OWN-4: Zoom Rooms block an owner, with or without linked users
                s.add_zoom_room(email, f"Room {k + 1}")
            if unpaid:
                s.add_invoice(email, plan.price if p else Money(1499), paid=False)
            if cancelling:
                s.request_cancellation(email)
            if licensed:
                s.give_licence(email)
            for k in range(meetings):
                number = str(i)  # the meeting ID: "8", the user number in 9 digits, the meeting's
                s.schedule_meeting(email, "8" + "0" * (9 - len(number)) + number + str(k), f"Weekly {k}")
            if undeliverable == 2:
                s.mark_undeliverable(email, "the address refuses external email")

    def _linked_address(self, local: str, k: int, domain: str) -> str:
        """The address of an owner's k-th linked user: "<owner>.<k>@<domain>", or with a suffix when a user of the
        population (a roster may hold anything) or an earlier linked user already has that address."""
        if self._taken is None:
            self._taken = set(self.email)
        address, n = f"{local}.{k}@{domain}", 0
        while address in self._taken:
            n += 1
            address = f"{local}.{k}-{n}@{domain}"
        self._taken.add(address)
        return address

    # ------------------------------------------------------------------ processes
    def batch(self, env: simpy.Environment, at: int, members: np.ndarray):
        yield env.timeout(at)
        self._at(at)
        c, s, pop, draws = self.config, self.service, self.pop, self.draws
        email = self.email
        self._set_up_users(members)
        # (the batch's users are consecutive: user i's read delay is the (i - first)th)
        self._batch_first, self._batch_read_delay = int(members[0]), self._read_delay[members].tolist()
        basic: list[int] = []
        licensed: list[int] = []
        for i in members.tolist():
            (licensed if pop.licensed[i] and not self.seats_exhausted else basic).append(i)
        for i in licensed:  # LIC-3: Licensed while the model finds a seat, then Basic
            if not self.seats_exhausted:
                try:
                    self._invited(i, s.invite(INVITER_ADMIN, INVITER_ACCOUNT, email[i], licensed=True), 2, at)
                    continue
                except errors.NoLicenceSeat:
                    self.seats_exhausted = True
                except errors.JoinError as refusal:
                    self._fail(i, refusal)
                    continue
            basic.append(i)
        basic.sort()
        result = s.add_users(INVITER_ADMIN, INVITER_ACCOUNT, [email[i] for i in basic])
        for i, invitation in zip([i for i in basic if email[i] not in result.refused], result.invitations,
                                 strict=True):
            self._invited(i, invitation, 1, at)
        if result.refused:
            self._refused_invitations(basic, result.refused, at)
        self.invited_at[members] = at  # (invited, or refused when the model tried to invite them)
        self.processed += len(members)
        # INV-5: pending invitations are resent (restarting the 30-day clock); some ignorers then accept.
        for r in range(c.max_resends):
            yield env.timeout(c.resend_after_days * DAY)
            now = int(env.now)
            self._at(now)
            # who reads the resent email and when (the same float32 draws and arithmetic as one user at a time)
            reads = (draws.resend_u[members, r] < c.accept_share_after_resend).tolist()
            delays = (self._read_median[members] * np.exp(draws.resend_z[members, r]).astype(np.float64)
                      ).astype(np.int64).tolist()
            for j, i in enumerate(members.tolist()):
                if self._state[i] != OPEN or self.blockers[i]:
                    continue
                invitation = s.invitation(self.invitation[i])
                if invitation.status != "pending":
                    continue
                s.resend(INVITER_ADMIN, invitation.id)
                self.invitations_resent += 1  # INV-5: each resend is one more invitation email
                self.resends[i] += 1
                if reads[j]:
                    self._push(now + delays[j], READ, i)

    def _refused_invitations(self, basic: list[int], refused: dict[str, errors.JoinError], at: int) -> None:
        email = self.email
        for i in basic:
            refusal = refused.get(email[i])
            if refusal is not None:
                self._fail(i, refusal)
        # Each refusal's traceback holds the frame of add_users, which holds the result: a reference cycle that
        # would keep the service alive until the cyclic collector ran. (The loop runs here, not in the batch
        # process, so that no refusal stays behind in one of that generator's variables.)
        refused.clear()

    def _invited(self, i: int, invitation: Invitation, invited_as: int, at: int) -> None:
        """The model sent the user an invitation email (INV-1)."""
        self.invitations_sent += 1
        self._state[i] = OPEN
        self.invitation[i] = invitation.id
        self.invited_as[i] = invited_as
        self.outcome[i] = PENDING_OUTCOME
        if self._accepts[i]:
            self._push(at + self._batch_read_delay[i - self._batch_first], READ, i)

    def users(self, env: simpy.Environment):
        """Each hour, the users' actions of that hour, in time order."""
        heap = self.heap
        yield env.timeout(HOUR - 1)  # wakes at hh:59:59, before the processes that act on the hour
        while True:
            hour = int(env.now) // HOUR
            if heap:  # (actions pushed for the last hour after it ran, by a process acting at hh:59:59: first)
                self._run_heap(self.heap_hour * HOUR)
            # Every hour is run in turn, so the buckets of earlier hours are gone.
            bucket = self.buckets.pop(hour, [])
            heap.extend(bucket)
            heapq.heapify(heap)
            self.heap_hour, self.heap_seq = hour, len(bucket)
            self._run_heap(hour * HOUR)
            yield env.timeout(HOUR)

    def _run_heap(self, start: int) -> None:
        """The actions of the hour that starts at ``start``, in order, those they push for the same hour included."""
        heap, state, unlinks_first = self.heap, self._state, self._unlinks_first
        while heap:
            key = heapq.heappop(heap)
            t, kind, i = start + (key >> SECOND_SHIFT), (key >> USER_BITS) & 1, key & USER_MASK
            if state[i] != OPEN:
                continue
            self._at(t)
            if kind == RETRY:
                self._fix(i)
            elif unlinks_first[i]:
                self._unlink_external(i)
            self._accept(i, t)

    def refunds(self, env: simpy.Environment):
        """The payment provider pays each refund on a business day of its 3-5 day window (ACC-6)."""
        yield env.timeout(6 * HOUR)
        day = 0
        while True:
            self._at(int(env.now))
            today = self._day(day)
            for refund_id, i in self.refunds_due.pop(today, ()):
                paid = self.service.pay_refund(refund_id, on=today)
                self.refunds_paid_cents += paid.amount.cents
                self.refund_paid_at[i] = int(env.now)
            if self.progress is not None:
                self.progress(day, self.processed)
            day += 1
            yield env.timeout(DAY)

    def billing(self, env: simpy.Environment):
        """The inviting account's monthly invoice (CRE-2: autopay applies credit to it)."""
        per_member = self.config.invoice_cents_per_member
        yield env.timeout(30 * DAY + 8 * HOUR)
        while True:
            self._at(int(env.now))
            members = len(self.service.account(INVITER_ACCOUNT).members)
            self.service.issue_invoice(INVITER_ACCOUNT, Money(max(per_member * members, 1)))
            yield env.timeout(30 * DAY)

    def billing_chat(self, env: simpy.Environment):
        """CRE-3: under net terms someone asks Billing by chat to apply the credit to an open invoice."""
        yield env.timeout(self.config.billing_chat_every_days * DAY + 10 * HOUR)
        while True:
            self._at(int(env.now))
            while self.service.credit_balance(INVITER_ACCOUNT).cents > 0:
                try:
                    if self.service.apply_credit_in_billing_chat(INVITER_ACCOUNT).cents == 0:
                        break
                except errors.NoOpenInvoice:
                    break
            yield env.timeout(self.config.billing_chat_every_days * DAY)

    # ------------------------------------------------------------------ one user's actions
    def _accept(self, i: int, t: int) -> None:
        s = self.service
        email = self.email[i]
        choice: Choice = "credit" if self._chooses_credit[i] else "refund"
        self.current = i
        try:
            try:
                result = s.accept(self.invitation[i], email, choice)
            except errors.CreditTransferNotOffered:  # French reading: the paid owner is refunded instead
                choice = "refund"
                result = s.accept(self.invitation[i], email, choice)
        except errors.JoinError as refusal:
            self._refused(i, t, refusal)
            return
        finally:
            self.current = -1
        self._state[i] = JOINED
        moved = len(result.moved)
        self.joined_user.append(i)
        self.joined_time.append(t)
        self.joined_prorated.append(result.prorated.cents)
        self.joined_choice.append(CHOICE_INDEX[result.choice])
        self.joined_with_owner.append(moved - 1)
        self.joins_by_day[min(t // DAY, self.horizon_days)] += 1
        self.users_moved += moved
        refund = result.refund
        if refund is not None:
            self.refund[i] = refund.amount.cents
            days = self._windows.get((refund.earliest, refund.latest))
            if days is None:
                days = [refund.earliest]
                while days[-1] < refund.latest:
                    days.append(s.calendar.add_business_days(days[-1], 1))
                self._windows[(refund.earliest, refund.latest)] = days
            pay_on = days[self._refund_position(i, len(days))]
            self.refunds_due.setdefault(pay_on, []).append((refund.id, i))

    def _refund_position(self, i: int, days: int) -> int:
        """Which day of a refund window of ``days`` business days the provider pays user i's refund on (for every
        user at once, once per window length, in the same float32 arithmetic as one user at a time)."""
        positions = self._refund_positions.get(days)
        if positions is None:
            chosen = np.minimum((self.draws.refund_u * days).astype(np.int64), days - 1)
            positions = self._refund_positions[days] = chosen.tolist()
        return positions[i]
    def _refused(self, i: int, t: int, refusal: errors.JoinError) -> None:
        self.rule[i] = self._rule_code(refusal.rule)
        fix = self.fixes.get(type(refusal))
        k = self.blockers[i]
        if fix is not None and k < 4:
            self.blockers[i] = k + 1
            self.outcome[i] = OUTCOME_INDEX[OUTCOME_BY_CODE[refusal.code]]
            self._last_blocker[i] = refusal
            if self.draws.fix_u[i, k] < self._fix_share:
                delay = self._fix_delay * float(np.exp(self.draws.fix_z[i, k]))
                self._push(t + max(int(delay), 1), RETRY, i)
            else:
                self._state[i] = FAILED
                self._last_blocker.pop(i, None)
            return
        self._fail(i, refusal)

    def _rule_code(self, rule: str) -> int:
        code = self._rule_codes.get(rule)
        if code is None:
            code = self._rule_codes[rule] = len(self.rules)
            self.rules.append(rule)
        return code

    def _fail(self, i: int, refusal: errors.JoinError) -> None:
        self._state[i] = FAILED
        self.rule[i] = self._rule_code(refusal.rule)
        self.outcome[i] = OUTCOME_INDEX[OUTCOME_BY_CODE.get(refusal.code, "refused")]

    def _fix(self, i: int) -> None:
        refusal = self._last_blocker.pop(i, None)
        if refusal is not None:
            self.fixes[type(refusal)](self.email[i])

    # The fixes a blocked owner applies, each through the model's own command.
    def _pay_invoices(self, email: str) -> None:
        self.service.pay_invoices(email)

    def _reactivate(self, email: str) -> None:
        self.service.reactivate_plan(email)

    def _delete_rooms(self, email: str) -> None:
        for room in list(self.service.account_of(email).zoom_rooms):
            self.service.delete_zoom_room(email, room)

    def _unlink_all(self, email: str) -> None:
        for member in list(self.service.account_of(email).members):
            if member != email:
                self.service.unlink_user(email, member)

    def _unlink_external(self, i: int) -> None:
        """OWN-2: the owner unlinks the users outside the managed domain before accepting."""
        email = self.email[i]
        account = self.service.account_of(email)
        for member in list(account.members):
            if member != email and member.rsplit("@", 1)[-1] not in account.managed_domains:
                self.service.unlink_user(email, member)

    # ------------------------------------------------------------------ the run
    def release(self) -> None:
        """After the run: let go of the service and of the tables of bound methods. The service's event sink is a
        method of this replication, a reference cycle that would keep the model's millions of objects alive
        until the cyclic collector ran; broken, reference counting frees them."""
        del self.service, self._handlers, self.fixes

    def run(self) -> Result:
        c = self.config
        env = simpy.Environment()
        processes = []
        self.open_inviting_account()
        cal = self.service.calendar
        day = c.start
        while not cal.is_business_day(day):
            day += timedelta(days=1)
        order = np.arange(self.n)
        horizon = c.horizon_days * DAY
        for b, first in enumerate(range(0, self.n, c.batch_size)):
            if b and c.batch_every_days:
                day = cal.add_business_days(day, c.batch_every_days)
            at = (day - c.start).days * DAY + 9 * HOUR
            if at >= horizon:
                break
            processes.append(self.batch(env, at, order[first:first + c.batch_size]))
        processes += [self.users(env), self.refunds(env), self.billing(env)]
        if c.billing == "net_terms":
            processes.append(self.billing_chat(env))
        for process in processes:
            env.process(process)
        env.run(until=horizon)
        # The processes still waiting at the horizon are in reference cycles with the environment; closed, they
        # let go of the service, so that its millions of objects are freed by reference counting when the
        # replication ends, not by a full pass of the cyclic collector over all of them later.
        for process in processes:
            process.close()
        self._last_blocker.clear()  # (their tracebacks hold frames of the run)
        self._at(horizon)
        self._finish()
        return self._result()

    def _finish(self) -> None:
        """At the horizon: open invitations are pending or expired, as the model says (INV-4)."""
        now = self.service.clock.now()
        expired_rule = self._rule_code(errors.InvitationExpired.rule)
        for i in np.flatnonzero(np.array(self._state, dtype=np.int8) == OPEN).tolist():
            if self.blockers[i]:
                continue  # still blocked (waiting to fix): the blocker's outcome and rule stay
            if self.service.invitation(self.invitation[i]).state(now) == "expired":
                self.outcome[i] = EXPIRED_OUTCOME
                self.rule[i] = expired_rule
            else:
                self.outcome[i] = PENDING_OUTCOME
                self.rule[i] = 0
        # Credit not applied by the horizon waits for a billing chat under net terms (CRE-3), or for the next
        # invoice on autopay (CRE-2).
        held = self.service.credit_balance(INVITER_ACCOUNT).cents
        net_terms = self.config.billing == "net_terms"
        self.totals = {
            "credit_applied_cents": self.credit_applied_cents, "licences_lost": self.licences_lost,
            "join_links_changed": self.join_links_changed, "invitations_sent": self.invitations_sent,
            "invitations_resent": self.invitations_resent, "users_moved": self.users_moved,
            "refunds_paid_cents": self.refunds_paid_cents,
            "credit_awaiting_billing_chat_cents": held if net_terms else 0,
            "credit_awaiting_next_invoice_cents": 0 if net_terms else held,
        }

    def _result(self) -> Result:
        pop, n = self.pop, self.n
        joined_at, prorated = np.full(n, -1, dtype=np.int64), np.zeros(n, dtype=np.int64)
        choice, moved_with_owner = np.zeros(n, dtype=np.int8), np.zeros(n, dtype=np.int32)
        outcome = np.array(self.outcome, dtype=np.int8)
        rule = np.frombuffer(self.rule, dtype=np.int8).copy()
        who = np.frombuffer(self.joined_user, dtype=np.int64)
        joined_at[who] = np.frombuffer(self.joined_time, dtype=np.int64)
        prorated[who] = np.frombuffer(self.joined_prorated, dtype=np.int64)
        choice[who] = np.frombuffer(self.joined_choice, dtype=np.int64)
        moved_with_owner[who] = np.frombuffer(self.joined_with_owner, dtype=np.int64)
        outcome[who] = JOINED_OUTCOME  # (joined is final: whatever a blocker wrote before gives way)
        rule[who] = 0
        # the rule ids in alphabetical order ("" first), the codes renumbered to match
        rules = tuple(sorted(self.rules))
        renumbered = np.array([rules.index(name) for name in self.rules], dtype=np.int8)
        columns = {
            "user_id": np.arange(self.n, dtype=np.int64),
            "email": pop.email if pop.emails_for_output is None else pop.emails_for_output,
            "locale": Coded(pop.locale, LOCALES),
            "plan": Coded(pop.plan, PLANS),
            "is_owner": pop.linked_users > 0,
            "linked_users": pop.linked_users.astype(np.int32),
            "licensed_before": pop.licensed,
            "invited_as": Coded(np.array(self.invited_as, dtype=np.int8), INVITED_AS),
            "outcome": Coded(outcome, OUTCOMES),
            "failure_rule": Coded(renumbered[rule], rules),
            "invited_at": self.invited_at,
            "joined_at": joined_at,
            "prorated_cents": prorated,
            "refund_cents": np.array(self.refund, dtype=np.int64),
            "credit_cents": np.array(self.credit, dtype=np.int64),
            "refund_paid_at": np.array(self.refund_paid_at, dtype=np.int64),
            "choice": Coded(choice, CHOICES),
            "moved_with_owner": moved_with_owner,
            "resends": np.frombuffer(self.resends, dtype=np.int8).copy(),
            "licence_lost": np.frombuffer(self.licence_lost, dtype=np.uint8).astype(bool),
            "contacted_first": self.contacted_first,
            "join_links_changed": np.array(self.links_changed, dtype=np.int32),
        }
        return Result(columns=columns, totals=dict(self.totals),
                      joins_by_day=np.array(self.joins_by_day, dtype=np.int64))
