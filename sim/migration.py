"""The bulk migration as a SimPy model: one replication, in the style of SimPy's own examples.

Read ``Migration.journey`` first: one invited user's story, from the invitation to the refund, in one generator.
Around it, the other actors, each a SimPy process:

- ``campaign``: the admins release the users batch by batch, on business days at 9:00;
- ``resend_rounds``: each morning an admin resends the invitations still pending ``resend_after_days`` after they
  were sent (INV-5);
- ``billing_cycle``: the inviting account's monthly invoice (CRE-2: autopay applies the credit to it);
- ``billing_chat``: under net terms, someone asks Billing by chat to apply the credit to an open invoice (CRE-3).

People with limited capacity are ``simpy.Resource``s (``joinsim.sim.resources.MonitoredResource``): the ``admins`` who
contact users before inviting them, Billing's chat ``billing_agents`` and the ``helpdesk`` blocked users ask.

The model holds **no rule**: every command goes to the account model (``joinsim.model.service.AccountService``), with
the clock of the simulation; every refusal is the model's typed error, and a user's outcome names the rule that
caused it. Every random value comes from its activity's own stream (``Streams``): two scenarios run with the same
seed draw the same numbers for the same activity (common random numbers).

To extend it, write a process the SimPy way and start it: ``migration.env.process(my_process(migration))``;
``tests/test_migration.py`` adds a behaviour that way, without editing this file.
"""

from __future__ import annotations

import hashlib
import itertools
import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import simpy

from joinsim.common.errors import Interrupted
from joinsim.model import errors, events
from joinsim.model.account import Invitation, Plan, Refund, add_months
from joinsim.model.calendar import BusinessCalendar, Clock
from joinsim.model.money import Money
from joinsim.model.service import AccountService, JoinResult, Readings
from joinsim.sim.calendars import working_time
from joinsim.sim.campaign import plan_campaign, public_holidays
from joinsim.sim.config import Config
from joinsim.sim.distributions import Draw
from joinsim.sim.population import PLANS, Person, Population, synthetic
from joinsim.sim.resources import MonitoredResource
from joinsim.sim.results import Result, UserOutcomes

DAY = 86_400  # the simulation's clock counts seconds from midnight of the start day
HOUR = 3_600
MINUTE = 60
INVITER_ACCOUNT = "Acme"
INVITER_OWNER = "olivia.owner@acme.example"
INVITER_ADMIN = "adam.admin@acme.example"

# What a blocked owner does about each blocker, through the model's own commands (see Migration.fix).
FIXABLE = (errors.UnpaidInvoices, errors.PendingCancellation, errors.ZoomRoomsOnAccount, errors.UsersStillLinked)


class Streams:
    """One random stream per activity, each a child of the replication's seed (numpy ``SeedSequence``), derived
    without spawning: building a model never changes the ``SeedSequence`` it is given, so one seed object may serve
    two scenarios and they still share their random numbers.

    A decision taken once per resend or per blocker (``reads_after_resend``, ``fixes_blockers``, ``fix_delays``)
    draws each of its columns from a stream of its own (``column(activity, k)``): the k-th resend's draw is the same
    whatever ``max_resends`` or ``max_fix_attempts`` allow (common random numbers over every setting)."""

    ACTIVITIES = ("population", "reading", "accepting", "choosing", "fixing", "resending", "refunds", "unlinking",
                  "contacting", "helpdesk", "billing", "fix_delays", "contact_times")
    # each activity's stream, an attribute named after it (set by __init__, in ACTIVITIES' order)
    population: np.random.Generator
    reading: np.random.Generator
    accepting: np.random.Generator
    choosing: np.random.Generator
    fixing: np.random.Generator
    resending: np.random.Generator
    refunds: np.random.Generator
    unlinking: np.random.Generator
    contacting: np.random.Generator
    helpdesk: np.random.Generator
    billing: np.random.Generator
    fix_delays: np.random.Generator
    contact_times: np.random.Generator

    def __init__(self, seed: np.random.SeedSequence) -> None:
        self.root = seed
        self.seeds = {name: child_seed(seed, k) for k, name in enumerate(self.ACTIVITIES)}
        for name, child in self.seeds.items():
            setattr(self, name, np.random.default_rng(child))
        self._columns: dict[tuple[str, int], np.random.Generator] = {}

    def own(self, activity: str) -> np.random.Generator:
        """The stream of an activity of your own (a subclass's behaviour: ``self.streams.own("settling")``), a child
        of the replication's seed named after it, the same in every scenario run with that seed."""
        rng = self._columns.get((activity, -1))
        if rng is None:
            key = 1_000 + int.from_bytes(hashlib.sha256(activity.encode()).digest()[:4], "big")
            rng = self._columns[activity, -1] = np.random.default_rng(child_seed(self.root, key))
        return rng

    def column(self, activity: str, k: int) -> np.random.Generator:
        """The stream of the k-th column of an activity's decisions (the k-th resend, the k-th blocker)."""
        rng = self._columns.get((activity, k))
        if rng is None:
            rng = self._columns[activity, k] = np.random.default_rng(child_seed(self.seeds[activity], k))
        return rng


def child_seed(seed: np.random.SeedSequence, k: int) -> np.random.SeedSequence:
    """The k-th child of ``seed``, as ``seed.spawn(k + 1)[k]`` gives on a fresh one, without changing ``seed``."""
    return np.random.SeedSequence(seed.entropy, spawn_key=(*seed.spawn_key, k), pool_size=seed.pool_size)


class SimulatedClock(Clock):
    """The model's clock, read from the simulation: ``env.now`` seconds after midnight of the start day. Many
    commands share a moment: its datetime and its date are computed once for each moment."""

    def __init__(self, env: simpy.Environment, start: datetime) -> None:
        super().__init__(start)
        self.env, self.start, self._at = env, start, 0.0
        self._today: date | None = None

    def now(self) -> datetime:
        at = self.env.now
        if at != self._at:
            self._at, self._today = at, None
            self._now = self.start + timedelta(seconds=at)
        return self._now

    def today(self) -> date:
        now = self.now()
        today = self._today
        if today is None:
            today = self._today = now.date()
        return today

    def set(self, now: datetime) -> None:
        raise TypeError("the simulation moves this clock")


@dataclass
class Behaviour:
    """How a batch of users will behave, drawn when the campaign reaches them (``Migration.draw_behaviour``): one row
    per user, one numpy column per decision. Columns, not attributes of each user: as Python floats and tuples on
    each user, the decisions took several times the memory (docs/measurements.md)."""

    contacted_first: np.ndarray  # bool: an admin contacts the user before inviting them
    accepts: np.ndarray  # bool: reads the first email (or else ignores it)
    reads_after_resend: np.ndarray  # bool, one column per resend: reads the email after that resend
    read_delay: np.ndarray  # seconds from the email (or the resend) to opening it
    unlinks_external: np.ndarray  # bool: an owner with users outside the domain unlinks them first (OWN-2)
    chooses_credit: np.ndarray  # bool: a paid user chooses the credit transfer rather than a refund (ACC-2)
    fixes_blockers: np.ndarray  # bool, one column per blocker met: fixes it (or else gives up)
    fix_delays: np.ndarray  # seconds to fix each blocker
    contact_time: np.ndarray  # seconds of an admin's time to contact the user
    refund_day: np.ndarray  # where in ACC-6's window of business days the refund is paid, from 0 to 1


class Decision:
    """One of a user's decisions, read from and written to their row of the batch's ``Behaviour`` column of the same
    name: a bool or a number."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.column = name

    def __get__(self, user: InvitedUser | None, owner: type | None = None):
        if user is None:
            return self
        # (item(): a Python value at once, several times quicker than a numpy scalar's tolist(); docs/measurements.md)
        return getattr(user.behaviour, self.column).item(user.row)

    def __set__(self, user: InvitedUser, value) -> None:
        getattr(user.behaviour, self.column)[user.row] = value


class Decisions(Decision):
    """A decision taken once per resend or per blocker: a tuple, one value per column of the user's row (read-only, so
    that changing one value is an error rather than a change to a copy; write the whole tuple instead)."""

    def __get__(self, user: InvitedUser | None, owner: type | None = None):
        if user is None:
            return self
        return tuple(getattr(user.behaviour, self.column)[user.row].tolist())


class InvitedUser:
    """A simulated user during the campaign: who they are (from the population), how they will behave (their row of
    the batch's ``Behaviour``) and where they are in their story."""

    __slots__ = ("index", "email", "licensed", "external_users", "behaviour", "row", "invitation", "blocker", "fixes",
                 "resends", "resent")

    def __init__(self, person: Person, behaviour: Behaviour, row: int) -> None:
        self.index, self.email, self.licensed = person.index, person.email, person.licensed
        self.external_users = person.linked_external and person.linked_users > 0
        self.behaviour, self.row = behaviour, row
        self.invitation: Invitation | None = None  # the invitation the model sent (the user opens its link)
        self.blocker: errors.JoinError | None = None  # the refusal the user is fixing
        self.fixes = 0  # blockers fixed so far
        self.resends = 0
        self.resent: simpy.Event | None = None  # a user who ignored the email waits for a resend

    # how the user behaves: their row of the batch's Behaviour (a subclass may change it: user.accepts = True)
    contacted_first = Decision()
    contact_time = Decision()
    accepts = Decision()
    reads_after_resend = Decisions()
    read_delay = Decision()
    unlinks_external = Decision()
    chooses_credit = Decision()
    fixes_blockers = Decisions()
    fix_delays = Decisions()
    refund_day = Decision()


class NothingRecorded:
    """Stands in for the recorder while the stories still waiting at the horizon are closed (``Migration.release``):
    what their clean-up would record is dropped, as the result is the one at the horizon."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: None


class Migration:
    """One replication: the world before the campaign, the SimPy processes, the outcome of every user."""

    Environment = simpy.Environment
    EVENTS = UserOutcomes.MODEL_EVENTS  # the model's events on_event is given (a subclass counting another adds it)

    def __init__(self, config: Config, seed: np.random.SeedSequence, population: Population | None = None,
                 progress: Callable[[int, int], None] | None = None, trace: bool = False) -> None:
        """``population``: a roster's users (``joinsim.sim.population.read_roster``); None: a synthetic organisation
        drawn from the config. ``progress(day, users invited)`` is told each simulated day; ``trace`` keeps the event
        log."""
        streams = Streams(seed)
        self.streams = streams
        self.config, self.progress = config, progress
        self.population = population if population is not None else synthetic(config, streams.population)
        population = self.population
        self.env = self.Environment()
        self.start = datetime.combine(config.start, time(0, 0))
        self.campaign_plan = plan_campaign(config, len(population))
        self.horizon = self.campaign_plan.horizon_days * DAY
        # the account model, on the simulation's clock; its events are counted as they happen (on_event)
        self.service = AccountService(
            SimulatedClock(self.env, self.start), BusinessCalendar(public_holidays(config)),
            Readings(linked_users=config.linked_users_reading, credit_choice=config.credit_choice_reading),
            event_sink=self.on_event, event_types=self.EVENTS)
        # when people act (joinsim.sim.calendars): the users' waking hours, and each resource's working hours
        self.user_hours = working_time(config.user_hours, config.start, config.holidays_country)
        self.admin_hours = working_time(config.admin_hours, config.start, config.holidays_country)
        # people with limited capacity (0 in the config: as many as needed)
        self.admins = MonitoredResource(self.env, config.admins, "admins", self.admin_hours)
        self.billing_agents = MonitoredResource(
            self.env, config.billing_agents, "billing agents",
            working_time(config.billing_agent_hours, config.start, config.holidays_country))
        self.helpdesk = MonitoredResource(
            self.env, config.helpdesk_agents, "helpdesk",
            working_time(config.helpdesk_hours, config.start, config.holidays_country)) \
            if config.helpdesk_agents else None
        # named distributions and decisions, each from its activity's stream
        self.read_delay = Draw(config.read_delay, streams.reading, HOUR)
        self.contact_time = Draw(config.contact_time, streams.contact_times, MINUTE)
        self.helpdesk_time = Draw(config.helpdesk_time, streams.helpdesk, MINUTE)
        self.chat_time = Draw(config.billing_chat_time, streams.billing, MINUTE)
        self.record = UserOutcomes(population, self.env, self.campaign_plan.horizon_days, trace)
        self.open: dict[int, InvitedUser] = {}  # users whose story has not ended
        self.to_resend: deque[tuple[float, InvitedUser]] = deque()  # (due, user), in the order they fall due
        self.acting: InvitedUser | None = None  # the user whose command the model is running (see on_event)
        self.taken: set[str] | None = None  # addresses in use, once an owner has linked users
        self.plans: dict[tuple[int, int], Plan] = {}  # (kind, renewal) -> the plan
        # the business days of each refund window (earliest, latest), listed once for the model's calendar
        self.refund_windows: tuple[BusinessCalendar | None, dict[tuple[date, date], list[date]]] = (None, {})

    # ------------------------------------------------------------------------------------ the user's story
    def journey(self, user: InvitedUser):
        """One invited user's story: contacted first (maybe), invited, reads the email (or ignores it until a
        resend), unlinks external users, accepts or is blocked, fixes each blocker or gives up, joins, and is paid
        the refund. Each step that takes time is a generator of its own, which a subclass may override."""
        config = self.config
        if user.contacted_first:  # best practice: an admin tells the user first
            yield from self.contact(user)
        if not self.invite(user):  # refused by the model (INV-3: the address bounced)
            return
        if not user.accepts:  # ignores the email ...
            for reads in user.reads_after_resend:  # ... until a resend (INV-5) makes them read it
                user.resent = self.env.event()
                yield user.resent
                if reads:
                    break
            else:
                return  # still pending at the horizon (or expired, INV-4)
            user.resent = None
        yield from self.read(user)
        if user.external_users and user.unlinks_external:
            self.unlink_external_users(user)  # OWN-2: unwanted users are unlinked before accepting
        while True:
            try:
                joined = self.accept(user)
                break
            except errors.JoinError as refusal:
                attempt = user.fixes
                if not isinstance(refusal, FIXABLE) or attempt == config.max_fix_attempts:
                    return self.fail(user, refusal)
                self.record.blocked(user, refusal)
                if not user.fixes_blockers[attempt]:
                    return self.fail(user, refusal)  # gives up
                user.blocker = refusal.with_traceback(None)  # (its frames would hold the model in a cycle)
                yield from self.ask_for_help(user)
                yield from self.fix_blocker(user, attempt)
        self.record.joined(user, joined)
        del self.open[user.index]
        if joined.refund is not None:
            yield from self.wait_for_refund(user, joined.refund)

    def contact(self, user: InvitedUser):
        """An admin tells the user before inviting them, in the admins' working hours (``admin_hours``): the user
        waits for a free admin, who takes ``contact_time`` of working time."""
        with self.admins.request() as admin:
            yield admin
            yield from self.admins.work(user.contact_time)
        self.record.event(user, "contacted")

    def read(self, user: InvitedUser):
        """The user opens the email ``read_delay`` after it arrived (the invitation, or the resend that made them
        read it), the delay running on their waking clock (``awake``)."""
        yield self.env.timeout(self.awake(user.read_delay))
        self.record.event(user, "read")

    def ask_for_help(self, user: InvitedUser):
        """A blocked user asks the helpdesk (when there is one: ``helpdesk_agents``) before fixing the blocker: the
        ticket waits for a free agent, who takes ``helpdesk_time`` of the helpdesk's working hours."""
        if self.helpdesk is not None:
            with self.helpdesk.request() as ticket:
                yield ticket
                yield from self.helpdesk.work(self.helpdesk_time())
            self.record.event(user, "helped", user.blocker.rule if user.blocker else "")

    def fix_blocker(self, user: InvitedUser, attempt: int):
        """The blocked user fixes the blocker ``fix_delays[attempt]`` later, on their waking clock (``awake``),
        through the model's own commands (``fix``), and tries again."""
        yield self.env.timeout(self.awake(user.fix_delays[attempt]))
        self.fix(user)

    def awake(self, delay: float) -> float:
        """How long, from now, a user takes to act after ``delay`` (drawn in calendar time): the delay runs on their
        waking clock (``user_hours``), scaled by the share of time they are awake so that its long-run mean in
        calendar time is kept. Nobody acts at night, and nobody piles up at the moment they wake (a user who would
        read at 3 a.m. reads in the morning, some time after waking). Around the clock: the delay itself."""
        hours = self.user_hours
        return hours.after(self.env.now, delay * hours.share) - self.env.now

    def wait_for_refund(self, user: InvitedUser, refund: Refund):
        """ACC-6: the payment provider pays the refund on a business day 3 to 5 business days after the request
        (``refund_payment_time``)."""
        yield self.env.timeout(self.refund_payment_time(user, refund.earliest, refund.latest) - self.env.now)
        self.service.pay_refund(refund.id)
        self.record.refund_paid(user)

    # ------------------------------------------------------------------------------------ the other actors
    def campaign(self):
        """The admins release the users batch by batch, on business days at 9:00 (``joinsim.sim.campaign``): each user's
        world is set up as it was, and their journey starts."""
        for first, last, at in self.campaign_plan.batches:
            if at >= self.horizon:
                return
            yield self.env.timeout(at - self.env.now)
            behaviour = self.draw_behaviour(last - first)
            for row, person in enumerate(self.population.people(first, last)):
                self.set_up(person)
                user = InvitedUser(person, behaviour, row)
                self.open[user.index] = user
                self.record.released(user)
                self.env.process(self.journey(user))

    def resend_rounds(self):
        """INV-5: on each working day of the admins (``admin_hours``), at 9:00 or their first working moment after
        it, an admin resends the invitations still pending ``resend_after_days`` after they were sent (at most
        ``max_resends`` times each); a user who ignored the email may read it now."""
        day = 0
        while True:
            round_at = self.admin_hours.next_moment(day * DAY + 9 * HOUR)
            yield self.env.timeout(round_at - self.env.now)
            day = int(round_at // DAY) + 1
            now = self.service.clock.now()
            while self.to_resend and self.to_resend[0][0] <= self.env.now:
                _, user = self.to_resend.popleft()
                invitation = user.invitation
                assert invitation is not None  # (a user waits for a resend once invited)
                if invitation.state(now) != "pending":  # (accepted, or expired: INV-4)
                    continue
                self.service.resend(INVITER_ADMIN, invitation.id)
                user.resends += 1
                self.record.resent(user)
                if user.resends < self.config.max_resends:
                    self.to_resend.append((self.env.now + self.config.resend_after_days * DAY, user))
                if user.resent is not None:
                    user.resent.succeed()

    def billing_cycle(self):
        """The inviting account's monthly invoice, at 8:00 on the same day of each calendar month, a month after the
        start (CRE-2: on autopay the credit is applied to it)."""
        for month in itertools.count(1):
            day = add_months(self.config.start, month)
            yield self.env.timeout((day - self.config.start).days * DAY + 8 * HOUR - self.env.now)
            members = len(self.service.account(INVITER_ACCOUNT).members)
            self.service.issue_invoice(INVITER_ACCOUNT, Money(max(self.config.invoice_cents_per_member * members, 1)))

    def billing_chat(self):
        """CRE-3: under net terms, every ``billing_chat_every_days`` at 10:00 (or the admins' next working moment)
        an admin of the inviting account asks Billing by chat to apply the credit to the open invoices; the chat
        waits for an agent, who works in Billing's hours (``billing_agent_hours``)."""
        every = self.config.billing_chat_every_days * DAY
        for chat in itertools.count(1):
            asked = self.admin_hours.next_moment(chat * every + 10 * HOUR)
            yield self.env.timeout(max(asked - self.env.now, 0))
            if self.service.credit_balance(INVITER_ACCOUNT).cents > 0:
                with self.billing_agents.request() as agent:
                    yield agent
                    yield from self.billing_agents.work(self.chat_time())
                    self.apply_credit_in_billing_chat()
                    self.record.event(None, "billing chat", "CRE-3")

    def end_of_each_day(self):
        """At the end of each day, reads what the report gives at its peak: the licence seats the inviting account
        holds (its licensed members and its pending Licensed invitations, LIC-3; the model is asked)."""
        seats = self.config.licence_seats
        while True:
            yield self.env.timeout(DAY)
            self.record.end_of_day(int(self.env.now // DAY) - 1,
                                   seats - self.service.licence_seats_free(INVITER_ACCOUNT))

    def days(self):
        """Tells the progress bar each simulated day (``run`` starts it when there is one)."""
        progress = self.progress
        if progress is None:
            return
        while True:
            yield self.env.timeout(DAY)
            progress(int(self.env.now // DAY), self.record.users_invited)

    # ------------------------------------------------------------------------------------ the model's commands
    def set_up(self, person: Person) -> None:
        """The user's world as it was before the campaign reached them: their own account, plan and blockers."""
        s, email = self.service, person.email
        if person.undeliverable == 1:
            s.mark_undeliverable(email, "the address does not exist")
        else:
            plan = self.plan(person.plan, person.renewal)
            if person.linked_users:
                local, domain = email.rsplit("@", 1)
                s.open_account(email, email, plan, managed_domains={domain})
                for k in range(person.linked_users):
                    external = k == 0 and person.linked_external
                    s.add_existing_member(email, self.linked_address(local, k, "gmail.com" if external else domain))
            else:
                s.open_account(email, email, plan)
            for k in range(person.zoom_rooms):  # OWN-4: Zoom Rooms block an owner, linked users or not
                s.add_zoom_room(email, f"Room {k + 1}")
            if person.unpaid_invoice:
                s.add_invoice(email, plan.price if person.plan else Money(1499), paid=False)
            if person.pending_cancellation:
                s.request_cancellation(email)
            if person.licensed:
                s.give_licence(email)
            for k in range(person.meetings):
                s.schedule_meeting(email, f"8{person.index:09d}{k}", f"Weekly {k}")
            if person.undeliverable == 2:
                s.mark_undeliverable(email, "the address refuses external email")

    def draw_behaviour(self, users: int) -> Behaviour:
        """How the next ``users`` users of the campaign will behave, drawn when the campaign reaches them, in the
        population's order, each decision from its activity's own stream: so two scenarios run with the same seed
        give the same user the same draws (common random numbers), whatever happens in between and however the
        batches are cut. A user contacted first reads twice as soon, and accepts more often (the same draw against
        a higher share); whether a user is contacted is drawn even when everybody is, to keep the streams aligned."""
        c, s, n = self.config, self.streams, users
        contacted = (s.contacting.random(n) < c.share_contacted_first) | c.contact_users_first
        return Behaviour(
            contacted_first=contacted,
            accepts=s.accepting.random(n) < np.where(contacted, c.accept_share_contacted, c.accept_share),
            reads_after_resend=self.columns("resending", n, c.max_resends) < c.accept_share_after_resend,
            read_delay=self.read_delay.sample(n) / np.where(contacted, 2, 1),
            unlinks_external=s.unlinking.random(n) < c.unlink_external_share,
            chooses_credit=s.choosing.random(n) < c.credit_share,
            fixes_blockers=self.columns("fixing", n, c.max_fix_attempts) < c.fix_share,
            fix_delays=self.columns("fix_delays", n, c.max_fix_attempts, c.fix_delay, DAY),
            contact_time=self.contact_time.sample(n),
            refund_day=s.refunds.random(n))

    def columns(self, activity: str, users: int, width: int, distribution=None, scale: float = 1.0) -> np.ndarray:
        """``users`` rows of ``width`` columns (one per resend, per blocker), column k from the activity's k-th
        stream: uniform numbers, or values of ``distribution`` times ``scale``."""
        drawn = [self.streams.column(activity, k) for k in range(width)]
        if distribution is None:
            values = [rng.random(users) for rng in drawn]
        else:
            values = [distribution.sample(rng, users) * scale for rng in drawn]
        return np.column_stack(values) if values else np.empty((users, 0))

    def plan(self, kind: int, renewal: int) -> Plan:
        """A plan value (users with the same plan and renewal day share one); ``renewal`` is a day offset from the
        start. Its period began a calendar month or year before (``Plan.renewing_on``)."""
        key = (kind, renewal)
        plan = self.plans.get(key)
        if plan is None:
            if kind == 0:
                plan = Plan.free(self.config.start)
            else:
                price = self.config.monthly_price_cents if kind == 1 else self.config.annual_price_cents
                plan = Plan.renewing_on(PLANS[kind], Money(price),
                                        self.config.start + timedelta(days=renewal))
            self.plans[key] = plan
        return plan

    def linked_address(self, local: str, k: int, domain: str) -> str:
        """The address of an owner's k-th linked user: "<owner>.<k>@<domain>", with a suffix when a user of the
        population (a roster may hold anything) or an earlier linked user already has it; the owner's part cut so
        that the local part keeps to SEC-5's 64 characters."""
        if self.taken is None:
            self.taken = set(self.population.email)
        n = 0
        while True:
            suffix = f".{k}" + (f"-{n}" if n else "")
            address = f"{local[:64 - len(suffix)].rstrip('.')}{suffix}@{domain}"
            if address not in self.taken:
                break
            n += 1
        self.taken.add(address)
        return address

    def invite(self, user: InvitedUser) -> bool:
        """INV-1: an admin adds the user; a licensed user as Licensed while the model has a free seat (LIC-1, LIC-3:
        the model is asked each time, so seats freed by expired invitations are used again), else as Basic."""
        licensed = (user.licensed and self.config.invite_licensed_as_licensed
                    and self.service.licence_seats_free(INVITER_ACCOUNT) > 0)
        try:
            invitation = self.service.invite(INVITER_ADMIN, INVITER_ACCOUNT, user.email, licensed=licensed)
        except errors.JoinError as refusal:
            self.record.invited(user, None)
            self.fail(user, refusal)
            return False
        user.invitation = invitation
        self.record.invited(user, invitation.licensed)
        if self.config.max_resends:
            self.to_resend.append((self.env.now + self.config.resend_after_days * DAY, user))
        return True

    def accept(self, user: InvitedUser) -> JoinResult:
        """ACC-1: the user opens the link and chooses a refund or a credit transfer (ACC-2)."""
        choice = "credit" if user.chooses_credit else "refund"
        assert user.invitation is not None  # (a user accepts once invited)
        link = user.invitation.link
        self.acting = user
        try:
            try:
                return self.service.accept(link, user.email, choice)
            except errors.CreditTransferNotOffered:  # French reading: the paid owner is refunded instead
                return self.service.accept(link, user.email, "refund")
        finally:
            self.acting = None

    def fix(self, user: InvitedUser) -> None:
        """What a blocked owner does about the blocker, each through the model's own command."""
        refusal, s = user.blocker, self.service
        user.blocker, user.fixes = None, user.fixes + 1
        if isinstance(refusal, errors.UnpaidInvoices):  # ACC-5
            s.pay_invoices(user.email)
        elif isinstance(refusal, errors.PendingCancellation):  # OWN-5
            s.reactivate_plan(user.email)
        elif isinstance(refusal, errors.ZoomRoomsOnAccount):  # OWN-4
            for room in list(s.account_of(user.email).zoom_rooms):
                s.delete_zoom_room(user.email, room)
        elif isinstance(refusal, errors.UsersStillLinked):  # OWN-3, French reading
            for member in list(s.account_of(user.email).members):
                if member != user.email:
                    s.unlink_user(user.email, member)
        self.record.event(user, "fixed", refusal.rule if refusal is not None else "")

    def unlink_external_users(self, user: InvitedUser) -> None:
        """OWN-2: the owner unlinks the users outside the managed domain before accepting."""
        account = self.service.account_of(user.email)
        for member in list(account.members):
            if member != user.email and member.rsplit("@", 1)[-1] not in account.managed_domains:
                self.service.unlink_user(user.email, member)

    def fail(self, user: InvitedUser, refusal: errors.JoinError) -> None:
        """The user's story ends with a refusal, which names its rule."""
        refusal.__traceback__ = None  # (its frames would keep the model alive after the run)
        self.record.failed(user, refusal)
        self.open.pop(user.index, None)

    def refund_payment_time(self, user: InvitedUser, earliest: date, latest: date) -> float:
        """ACC-6: the payment provider pays on one of the business days of the window (each as likely), at 6:00."""
        calendar = self.service.calendar
        if self.refund_windows[0] is not calendar:  # (a holiday added: the windows are listed again)
            self.refund_windows = (calendar, {})
        days = self.refund_windows[1].get((earliest, latest))
        if days is None:  # (the refunds of a day share their window: its business days are listed once)
            days = [earliest]
            while days[-1] < latest:
                days.append(calendar.add_business_days(days[-1], 1))
            self.refund_windows[1][earliest, latest] = days
        day = days[min(int(user.refund_day * len(days)), len(days) - 1)]
        return (day - self.config.start).days * DAY + 6 * HOUR

    def apply_credit_in_billing_chat(self) -> None:
        while self.service.credit_balance(INVITER_ACCOUNT).cents > 0:
            try:
                if self.service.apply_credit_in_billing_chat(INVITER_ACCOUNT).cents == 0:
                    return
            except errors.NoOpenInvoice:
                return

    # ------------------------------------------------------------------------------------ the model's events
    def on_event(self, event: events.Event) -> None:
        """Every domain event the model records: counted, and credited to the user acting."""
        self.record.model_event(event, self.acting)

    # ------------------------------------------------------------------------------------ the run
    def people_with_capacity(self) -> list[MonitoredResource]:
        """The admins, Billing's chat agents and the helpdesk (when there is one)."""
        return [r for r in (self.admins, self.billing_agents, self.helpdesk) if r is not None]

    def open_inviting_account(self) -> None:
        start = self.config.start
        self.service.open_account(
            INVITER_ACCOUNT, INVITER_OWNER, Plan("annual", Money(12_000_00), start, add_months(start, 12)),
            billing=self.config.billing, licence_seats=self.config.licence_seats,
            vanity_url=self.config.vanity_url or None)
        self.service.add_existing_member(INVITER_ACCOUNT, INVITER_ADMIN, role="admin")

    def run(self) -> Result:
        """Run to the horizon; returns the replication's ``joinsim.sim.results.Result``."""
        self.open_inviting_account()
        env = self.env
        processes = [self.campaign(), self.resend_rounds(), self.billing_cycle(), self.end_of_each_day()]
        if self.config.billing == "net_terms":
            processes.append(self.billing_chat())
        if self.progress is not None:
            processes.append(self.days())
        for process in processes:
            env.process(process)
        horizon, peek, step = self.horizon, env.peek, env.step
        while peek() < horizon:  # (SimPy's run, with a signal checked between two steps: see Interrupted)
            if Interrupted.pending:
                raise Interrupted(Interrupted.pending)
            step()
        env.run(until=horizon)  # (the clock at the horizon, as SimPy leaves it)
        result = self.finish()
        self.release()
        return result

    def release(self) -> None:
        """After the run, end the stories still waiting at the horizon, so that reference counting frees the
        replication's millions of objects at once, with the cyclic garbage collector switched off (see
        ``joinsim.sim.runner.run_replication``): a suspended journey's generator holds this object, which holds the
        environment that holds the journey (through the event it waits for); left to the collector, those cycles cost
        seconds after a large run (docs/measurements.md), paid in the report or the next replication.

        Each waiting process is closed (``GeneratorExit`` at its ``yield``, as Python does to a generator it frees),
        whatever it waits for: a timeout, a resend, a person, or a condition or another process waiting for those.
        Nothing is recorded any more: a story's clean-up cannot change the result, and a clean-up that fails (or
        yields again) is counted in one warning, not raised."""
        env, record = self.env, self.record
        # (the recorder's stand-in has every method of UserOutcomes, doing nothing)
        self.record = NothingRecorded()  # type: ignore[assignment]
        waiting = _take_scheduled(env)  # timeouts, and processes about to start
        waiting += [user.resent for user in self.open.values() if user.resent is not None]  # waiting for a resend
        for resource in self.people_with_capacity():  # waiting for a person
            waiting += resource.put_queue
        seen: set[simpy.Event] = set()  # (the events themselves: kept alive, none mistaken for another)
        failed = []
        while waiting:
            event = waiting.pop()
            if event in seen:
                continue
            seen.add(event)
            if isinstance(event, simpy.Process) and event.is_alive:
                try:
                    event._generator.close()
                except Exception as exc:  # (an extension's clean-up)
                    failed.append(f"{event}: {exc!r}")
            # whoever waits for this event: a process, or a condition (all_of, any_of) that a process waits for
            waiting += [owner for callback in event.callbacks or ()
                        if isinstance(owner := getattr(callback, "__self__", None), simpy.Event)]
            event.callbacks = []  # (an event and the process waiting for it hold each other)
        for resource in self.people_with_capacity():
            resource.put_queue.clear()
        _take_scheduled(env)  # (what the clean-ups scheduled)
        self.open.clear()
        self.to_resend.clear()
        del self.service
        if failed:
            warnings.warn(f"{len(failed)} stories' clean-up at the horizon failed, e.g. {failed[0]}", RuntimeWarning,
                          stacklevel=2)
        self.record = record  # (still there to read)

    def finish(self) -> Result:
        """At the horizon: each open story ends not yet invited (waiting for an admin), pending, expired (INV-4) or
        still blocked, as the model says; the event log says which."""
        now = self.service.clock.now()
        for user in self.open.values():
            if user.invitation is None:
                self.record.not_invited(user)  # (released, but still waiting for an admin to contact them)
            elif user.blocker is not None:
                self.record.event(user, "still blocked at the horizon", user.blocker.rule)  # (outcome: the blocker)
            elif user.invitation.state(now) == "expired":
                self.record.expired(user, errors.InvitationExpired.rule)
            else:
                self.record.pending(user)
        credit_left = self.service.credit_balance(INVITER_ACCOUNT).cents
        resources = [resource.summary(self.horizon) for resource in self.people_with_capacity()]
        return self.record.result(credit_left, self.config.billing, resources)


def _take_scheduled(env: simpy.Environment) -> list[simpy.Event]:
    """Every event still scheduled in ``env``, taken out (SimPy's queue, a private attribute: pyproject.toml pins
    SimPy's major version): the environment is left with nothing to do (``peek()`` is infinity)."""
    scheduled = [item[3] for item in env._queue]
    env._queue.clear()
    return scheduled
