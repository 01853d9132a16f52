"""Every command of the model is all or nothing (issue 19, ``joinsim.model.transaction``).

- Reproducers of what an adversarial tester found: an event sink that fails part-way through a join (the credit
  moved twice on the retry, or a second refund), and a sink that accepts the same link from inside ``accept`` (a
  refund and a credit for one join).
- Every line of every command made to fail in turn (``sys.settrace``), over a script that runs every command of the
  service in both readings of the articles: after each failure the state is exactly what it was.
- A Hypothesis stateful test: the commands and invariants of ``tests/test_invariants.py`` with an event sink, a clock
  and a calendar that fail, or start another command (``accept`` of the same link among them), at the moment
  Hypothesis draws, and commands that fail at a line it draws. After a command that fails the state equals the state
  before it (a deep snapshot: accounts, users, invitations, balances, refunds, held seats, event log); after a
  delivery that fails the command is done once and sending it again is refused; every prorated cent is refunded or
  credited exactly once. Profiles: 400 examples under "ci" (``max_examples`` below), every example of "long".
"""

from __future__ import annotations

import dataclasses
import sys
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from test_invariants import HOLIDAYS, INVITEES, INVITERS, START, JoinMachine

from joinsim.model import Money, Plan, Readings, errors, events, new_service
from joinsim.model.account import Account, User
from joinsim.model.calendar import BusinessCalendar, Clock
from joinsim.model.service import AccountService

MODEL = Path(__file__).resolve().parent.parent / "model"
MECHANISM = {"roll_back", "put_back_fields", "put_back_entry", "put_back_items", "truncate", "_fail", "_deliver",
             "_not_delivered"}  # (the mechanism itself: it is what puts things back, not a command's own work)


class Fault(Exception):
    """What the tests inject: an audit log on a full disk, a clock or a calendar service that cannot be read, a
    KeyboardInterrupt at any line."""


# ---------------------------------------------------------------------------------------------------- the snapshot
def plain(value):
    """A value as plain data, compared by value: records by their fields, containers by their contents."""
    kind = type(value)
    if kind in _AS_IT_IS or isinstance(value, events.Event):  # (events are immutable, compared by value)
        return value
    if kind is dict:
        return {key: plain(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [plain(item) for item in value]
    if kind is set or kind is frozenset:
        return frozenset(value)
    if kind is Money:
        return ("money", value.cents, value.currency)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = value._fields if kind in (User, Account) else \
            tuple(f.name for f in dataclasses.fields(value))
    fields = {name: plain(getattr(value, name)) for name in names}
    if kind is Account:
        fields["licensed_members"] = value.licensed_members
    return (kind.__name__, fields)


_AS_IT_IS = {str, int, bool, type(None), date, datetime, Readings}
_FIELDS: dict[type, tuple[str, ...]] = {}


def snapshot(service: AccountService, with_log: bool = True) -> dict:
    """Everything a command may change, as plain data: the accounts (balances, seats, held seats), users,
    invitations, refunds, mailboxes, pending lists, contacts, passwords, old links, the id counter, the readings and
    the calendar, and (``with_log``) the event log and the events not yet delivered. (The order in which a dictionary
    lists its keys is not compared: a key a failed command deleted comes back at the end, model/transaction.py.)"""
    s = service
    now = s.clock.now()
    state = {
        "accounts": plain(s.accounts),
        "held seats": {name: sorted(i for i, invitation in acc._held_seats._by_id.items()
                                    if not invitation.is_expired(now))
                       for name, acc in s.accounts.items() if acc._held_seats is not None},
        "seats free": {name: s.licence_seats_free(name) for name in s.accounts},
        "credit": {name: s.credit_balance(name).cents for name in s.accounts},
        "users": plain(s.users),
        "invitations": plain(s.invitations),
        "refunds": plain(s.refunds),
        "undeliverable": dict(s.undeliverable),
        "old links": dict(s._old_links),
        "passwords": dict(s._passwords),
        "contacts": plain(s._contacts),
        "mailboxes": plain(dict(s._mailboxes)),
        "pending": plain(dict(s._pending_by_email)),
        "counter": s._counter,
        "readings": s.readings,
        "calendar": s.calendar.holidays,
    }
    if with_log:
        state["log"] = list(s.events)
        state["undelivered"] = list(s.undelivered_events())
    return state


def assert_unchanged(before: dict, after: dict, what: str) -> None:
    changed = sorted(key for key in before if before[key] != after[key])
    assert not changed, f"{what} changed {changed}"


# ---------------------------------------------------------------------------------------------------- reproducers
def world(event_sink=None, clock=None, event_types=None):
    """Acme (paid, annual) and Lea on a $14.99 monthly plan, 22 of 31 days left: $10.64 prorated (ACC-3)."""
    service = (new_service(datetime(2026, 3, 10, 9), event_sink=event_sink, event_types=event_types)
               if clock is None else AccountService(clock, BusinessCalendar(), None, event_sink, event_types))
    service.open_account("Acme", "olivia@acme.com", Plan("annual", Money(149900), date(2026, 1, 1),
                                                         date(2027, 1, 1)))
    service.add_existing_member("Acme", "adam@acme.com", role="admin")
    service.open_account("account of lea@gmail.com", "lea@gmail.com",
                         Plan("monthly", Money(1499), date(2026, 3, 1), date(2026, 4, 1)))
    return service


def paid(log: list) -> list[tuple[str, int]]:
    return [(type(e).__name__, e.amount.cents) for e in log
            if isinstance(e, events.RefundRequested | events.CreditTransferred)]


class AuditLog:
    """An event sink on a disk that fills up: it refuses the events of one kind until it is given room."""

    def __init__(self, full_at: type[events.Event] | None = None) -> None:
        self.log: list[events.Event] = []
        self.full_at = full_at

    def __call__(self, event: events.Event) -> None:
        if isinstance(event, self.full_at or ()):
            raise OSError(28, "No space left on device")
        self.log.append(event)


@pytest.mark.parametrize("choice, full_at", [
    ("credit", events.CreditTransferred), ("credit", events.CreditConfirmationEmailSent),
    ("credit", events.UserJoined), ("refund", events.RefundRequested), ("refund", events.UserJoined),
])
def test_a_join_whose_event_sink_fails_is_done_once_and_its_retry_pays_nothing(choice, full_at):
    """Issue 19: the sink failed after the credit was added and before the user moved; the retry moved the credit
    again (2,128 cents for a prorated 1,064), or refunded twice."""
    audit = AuditLog(full_at)
    service = world(audit)
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    with pytest.raises(Exception) as failure:
        service.accept(invitation.link, "lea@gmail.com", choice)
    # the join is complete, once: the user moved, the invitation is used, the money is paid back once
    assert service.user("lea@gmail.com").account == "Acme"
    assert invitation.status == "accepted" and "account of lea@gmail.com" not in service.accounts
    assert service.credit_balance("Acme") == Money(1064 if choice == "credit" else 0)
    assert [r.amount for r in service.refunds.values()] == ([Money(1064)] if choice == "refund" else [])
    # the caller sent it again: refused as done, and nothing more is paid
    with pytest.raises(errors.InvitationAlreadyUsed):
        service.accept(invitation.link, "lea@gmail.com", choice)
    assert service.credit_balance("Acme") == Money(1064 if choice == "credit" else 0)
    assert len(service.refunds) == (1 if choice == "refund" else 0)
    # what the caller saw: the command is done, its result is there, the events the sink refused are kept
    done = failure.value
    assert isinstance(done, errors.EventDeliveryFailed) and not isinstance(done, errors.JoinError)
    assert done.code == "EVENT_DELIVERY_FAILED" and "completed" in str(done)
    assert isinstance(done.__cause__, OSError)
    assert done.result.prorated == Money(1064) and done.result.account == "Acme"
    assert done.undelivered == service.undelivered_events() and isinstance(done.undelivered[0], full_at)
    # the disk has room again: the events are delivered, each once, in the order of a sink that never failed
    audit.full_at = None
    service.deliver_events()
    assert service.undelivered_events() == ()
    reference = AuditLog()
    again = world(reference)
    again.accept(again.invite("adam@acme.com", "Acme", "lea@gmail.com").link, "lea@gmail.com", choice)
    assert audit.log == reference.log
    assert paid(audit.log) == [("CreditTransferred" if choice == "credit" else "RefundRequested", 1064)]


def test_undelivered_events_go_first_with_the_next_command_and_a_keyboard_interrupt_is_not_swallowed():
    audit = AuditLog(events.InvitationEmailSent)
    service = world(audit)
    with pytest.raises(errors.EventDeliveryFailed):
        service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    with pytest.raises(errors.EventDeliveryFailed) as again:  # the next command: done, its events wait behind
        service.reactivate_plan("lea@gmail.com")
    assert [type(e) for e in again.value.undelivered] == [events.InvitationEmailSent, events.PlanReactivated]
    audit.full_at = None
    service.make_admin("olivia@acme.com", "adam@acme.com")  # (no events of its own: it delivers the others)
    assert [type(e) for e in audit.log] == [events.InvitationEmailSent, events.PlanReactivated]

    def interrupted(event):
        raise KeyboardInterrupt

    service = world(interrupted)
    with pytest.raises(KeyboardInterrupt):
        service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    assert service.invitation_for("lea@gmail.com", "Acme").status == "pending"  # (done)
    assert [type(e) for e in service.undelivered_events()] == [events.InvitationEmailSent]


def test_a_sink_subscribed_to_some_kinds_of_event_is_given_those_only_in_order():
    """The simulator's sink subscribes to the kinds it counts (``event_types``): a command that records none of them
    delivers nothing, a refusal's events of other kinds are not offered, and a delivery that fails keeps the
    subscribed events, in order, for the next one. The emails still reach their mailboxes."""
    audit = AuditLog(events.CreditTransferred)
    service = world(audit, event_types=(events.CreditTransferred, events.UserJoined))
    link = service.invite("adam@acme.com", "Acme", "lea@gmail.com").link
    service.mark_undeliverable("max@gmail.com", "the address does not exist")
    with pytest.raises(errors.UndeliverableAddress):  # INV-3: the bounce is recorded, for another kind of sink
        service.invite("adam@acme.com", "Acme", "max@gmail.com")
    assert audit.log == [] and service.undelivered_events() == ()
    assert [type(e) for e in service.mailbox("lea@gmail.com")] == [events.InvitationEmailSent]
    with pytest.raises(errors.EventDeliveryFailed) as failed:
        service.accept(link, "lea@gmail.com", "credit")
    assert [type(e) for e in failed.value.undelivered] == [events.CreditTransferred, events.UserJoined]
    audit.full_at = None
    service.deliver_events()
    assert [type(e) for e in audit.log] == [events.CreditTransferred, events.UserJoined]
    assert service.undelivered_events() == () and service.events == []


def test_a_sink_that_accepts_the_same_link_again_is_refused_and_the_join_is_paid_once():
    """Issue 19: the lock was re-entrant, so a sink calling accept on the same link from inside the first accept
    was served: a refund of 1,064 and a credit of 1,064, then the outer call died with a KeyError."""
    delivered, nested, armed = [], [], []

    def sink(event):
        delivered.append(event)
        if armed and not nested:
            try:
                nested.append(service.accept(link, "lea@gmail.com", "credit"))
            except errors.JoinError as refusal:
                nested.append(refusal)

    service = world(sink)
    link = service.invite("adam@acme.com", "Acme", "lea@gmail.com").link
    armed.append(True)
    result = service.accept(link, "lea@gmail.com", "refund")
    assert result.refund is not None and result.refund.amount == Money(1064)
    assert len(nested) == 1 and isinstance(nested[0], errors.CommandInProgress), nested
    assert nested[0].code == "COMMAND_IN_PROGRESS" and "accept" in str(nested[0])
    assert service.credit_balance("Acme") == Money(0) and len(service.refunds) == 1
    assert paid(delivered) == [("RefundRequested", 1064)]
    # once the first command has returned, the same request is served, and refused as done (SEC-2)
    with pytest.raises(errors.InvitationAlreadyUsed):
        service.accept(link, "lea@gmail.com", "credit")


def test_a_clock_that_starts_a_command_inside_one_is_refused_and_a_query_is_served():
    """A callback from inside a command (the injected clock) that starts a command: refused; that only reads: served."""
    answers = []

    class Meddling(Clock):
        armed = False

        def now(self):
            if self.armed:
                self.armed = False
                answers.append(service.licence_seats_free("Acme"))  # a query: served
                try:
                    service.accept(link, "lea@gmail.com", "credit")
                except errors.JoinError as refusal:
                    answers.append(refusal)
            return super().now()

    clock = Meddling(datetime(2026, 3, 10, 9))
    service = world(clock=clock)
    link = service.invite("adam@acme.com", "Acme", "lea@gmail.com").link
    clock.armed = True
    service.accept(link, "lea@gmail.com", "refund")
    assert answers[0] == 0 and isinstance(answers[1], errors.CommandInProgress), answers
    assert service.credit_balance("Acme") == Money(0) and len(service.refunds) == 1


def test_a_command_that_fails_half_way_changes_nothing():
    """A batch whose list of addresses fails part-way (a generator reading a file), a calendar that cannot be read
    after the refund has its id: nothing stays."""
    service = world()
    service.open_account("account of max@free.fr", "max@free.fr")

    def addresses():
        yield "lea@gmail.com"
        yield "max@free.fr"
        raise Fault("the file of addresses could not be read")

    before = snapshot(service)
    with pytest.raises(Fault):
        service.add_users("adam@acme.com", "Acme", addresses())
    assert_unchanged(before, snapshot(service), "a batch that failed part-way")
    assert service.pending("Acme") == [] and service.mailbox("lea@gmail.com") == []

    class Unreadable(BusinessCalendar):
        def add_business_days(self, start, days):
            raise Fault("the calendar service is down")

    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    service.set_readings(Readings())  # (a command: the calendar below is set by hand, as a test may)
    working, service.calendar = service.calendar, Unreadable()
    before = snapshot(service)
    with pytest.raises(Fault):
        service.accept(invitation.link, "lea@gmail.com", "refund")
    assert_unchanged(before, snapshot(service), "a join whose refund window could not be computed")
    service.calendar = working
    assert service.accept(invitation.link, "lea@gmail.com", "refund").refund.id == "ref-000002"


def test_a_refusal_changes_nothing_and_says_what_happened_all_the_same():
    """INV-3: the invitation email bounced: refused, nothing changes, and the bounce is recorded."""
    service = world()
    service.mark_undeliverable("ghost@gmail.com", "the address does not exist")
    before = snapshot(service, with_log=False)
    with pytest.raises(errors.UndeliverableAddress):
        service.invite("adam@acme.com", "Acme", "ghost@gmail.com")
    assert_unchanged(before, snapshot(service, with_log=False), "a refused invitation")
    assert [type(e) for e in service.events][-1:] == [events.InvitationBounced]


def test_every_public_method_is_a_command_or_a_query():
    """One mechanism: every public method of the service is a command (all or nothing) or a query (reads under the
    lock); only the look-ups by key read without it."""
    look_ups = {"account", "account_of", "user", "invitation"}
    kinds = {}
    for name in dir(AccountService):
        method = getattr(AccountService, name)
        if name.startswith("_") or not callable(method) or name in look_ups:
            continue
        kinds[name] = "command" if getattr(method, "is_command", False) else \
            "query" if getattr(method, "is_query", False) else "neither"
    assert not [name for name, kind in kinds.items() if kind == "neither"]
    assert {"accept", "invite", "pay_refund", "deliver_events", "open_account"} <= \
           {name for name, kind in kinds.items() if kind == "command"}
    assert AccountService.accept.__doc__ and AccountService.accept.__name__ == "accept"


# ------------------------------------------------------------------------------------- every line fails in turn
class LineFault:
    """Raises ``Fault`` at the ``at``-th line the model runs (0 first), the mechanism's own lines excepted."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.lines = 0

    def __enter__(self) -> LineFault:
        self.previous = sys.gettrace()
        sys.settrace(self.call)
        return self

    def __exit__(self, *exc) -> None:
        sys.settrace(self.previous)

    def call(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename.startswith(str(MODEL)) and not code.co_filename.endswith("transaction.py") \
                and code.co_name not in MECHANISM:
            return self.line
        return None

    def line(self, frame, event, arg):
        if event == "line":
            self.lines += 1
            if self.lines - 1 == self.at:
                raise Fault(f"{frame.f_code.co_name}, line {frame.f_lineno}")
        return self.line


def fail_at_every_line(service: AccountService, command) -> tuple[int, BaseException | None]:
    """Runs ``command(service)`` failing at its first line, then its second, ... (each time the state must be
    exactly as before), until it runs to its end: returns the lines it ran and its refusal (None if it was done)."""
    at = 0
    before = snapshot(service)
    while True:
        try:
            with LineFault(at):
                command(service)
        except Fault as fault:
            assert_unchanged(before, snapshot(service), f"{command.__name__} failing at {fault}")
            at += 1
            continue
        except errors.JoinError as refusal:
            after = snapshot(service, with_log=False)
            assert_unchanged({k: v for k, v in before.items() if k in after}, after, f"refused {command.__name__}")
            return at, refusal
        return at, None


def script() -> list:
    """Every command of the service, each in a step of its own (a function of the service)."""
    acme, globex = ("adam@acme.com", "Acme"), ("gina@globex.com", "Globex")
    steps = [
        lambda s: s.open_account("Acme", "olivia@acme.com", Plan("annual", Money(149900), date(2026, 1, 1),
                                                                 date(2027, 1, 1)),
                                 licence_seats=4, locked_settings={"waiting room": "on"}, vanity_url="acme.zoom.us",
                                 groups={"sales": {"recording": "cloud"}}),
        lambda s: s.add_existing_member("Acme", "adam@acme.com", role="admin"),
        lambda s: s.add_existing_member("Acme", "bob@acme.com"),
        lambda s: s.make_admin("olivia@acme.com", "bob@acme.com"),
        lambda s: s.open_account("Globex", "greg@globex.com", Plan("monthly", Money(29900), date(2026, 3, 1),
                                                                   date(2026, 4, 1)), billing="net_terms"),
        lambda s: s.add_existing_member("Globex", "gina@globex.com", role="admin"),
        lambda s: s.open_account("account of lea@gmail.com", "lea@gmail.com",
                                 Plan("monthly", Money(1499), date(2026, 3, 1), date(2026, 4, 1))),
        lambda s: s.open_account("account of ben@ben.nl", "ben@ben.nl",
                                 Plan("annual", Money(14990), date(2025, 11, 1), date(2026, 11, 1))),
        lambda s: s.add_existing_member("account of ben@ben.nl", "sam@outside.org"),
        lambda s: s.add_existing_member("account of ben@ben.nl", "kim@ben.nl", licensed=True,
                                        settings={"waiting room": "off"}),
        lambda s: s.add_managed_domain("account of ben@ben.nl", "ben.nl"),
        lambda s: s.open_account("account of zoe@rooms.io", "zoe@rooms.io",
                                 Plan("monthly", Money(4999), date(2026, 3, 1), date(2026, 4, 1))),
        lambda s: s.add_zoom_room("zoe@rooms.io", "Board room"),
        lambda s: s.open_account("account of ivy@unpaid.com", "ivy@unpaid.com",
                                 Plan("annual", Money(19990), date(2026, 1, 15), date(2027, 1, 15))),
        lambda s: s.add_invoice("account of ivy@unpaid.com", Money(19990)),
        lambda s: s.open_account("account of cal@cancel.be", "cal@cancel.be"),
        lambda s: s.request_cancellation("cal@cancel.be"),
        lambda s: s.open_account("account of eva@web.de", "eva@web.de",
                                 Plan("monthly", Money(1499, "EUR"), date(2026, 3, 1), date(2026, 4, 1))),
        lambda s: s.open_account("account of uma@corp.example", "uma@corp.example"),
        lambda s: s.give_licence("lea@gmail.com"),
        lambda s: s.schedule_meeting("lea@gmail.com", "811 2345 6789", "Weekly"),
        lambda s: s.add_contact("lea@gmail.com", "Bram"),
        lambda s: s.add_contact("lea@gmail.com", "Mum", personal=True),
        lambda s: s.write_chat("lea@gmail.com", "before joining"),
        lambda s: s.assign_add_on("ben@ben.nl", "kim@ben.nl", "webinar"),
        lambda s: s.set_password("lea@gmail.com", "secret"),
        lambda s: s.mark_undeliverable("ghost@gmail.com", "the address does not exist"),
        lambda s: s.mark_undeliverable("lost@gmail.com", "the address refuses external email"),
        lambda s: s.mark_deliverable("lost@gmail.com"),
        lambda s: s.add_public_holiday(date(2026, 4, 6)),
        lambda s: s.add_associated_domain("Acme", "corp.example", by="adam@acme.com"),
        lambda s: s.contact_user("adam@acme.com", "Acme", "lea@gmail.com"),
        lambda s: s.add_users(*acme, ["lea@gmail.com", "ghost@gmail.com", "ben@ben.nl"], licensed=True),
        lambda s: s.invite(*acme, "zoe@rooms.io", group="sales"),
        lambda s: s.invite(*acme, "ghost@gmail.com"),
        lambda s: s.invite(*acme, "ivy@unpaid.com"),
        lambda s: s.invite(*acme, "cal@cancel.be"),
        lambda s: s.invite(*acme, "eva@web.de"),
        lambda s: s.invite(*acme, "kim@ben.nl"),
        lambda s: s.invite(*globex, "lea@gmail.com"),
        lambda s: s.invite(*globex, "sam@outside.org"),
        lambda s: s.resend("adam@acme.com", s.invitation_for("zoe@rooms.io", "Acme").id),
        lambda s: s.revoke("gina@globex.com", s.invitation_for("sam@outside.org", "Globex").id),
        lambda s: s.accept(s.invitation_for("lea@gmail.com", "Acme").link, "Lea@Gmail.com", "credit"),
        lambda s: s.accept(s.invitation_for("ben@ben.nl", "Acme").link, "ben@ben.nl", "refund"),
        lambda s: s.unlink_user("ben@ben.nl", "sam@outside.org"),  # (the French reading's error 1009: OWN-3)
        lambda s: s.unlink_user("ben@ben.nl", "kim@ben.nl"),
        lambda s: s.accept(s.invitation_for("ben@ben.nl", "Acme").link, "ben@ben.nl", "refund"),
        lambda s: s.accept(s.invitation_for("zoe@rooms.io", "Acme").link, "zoe@rooms.io", "credit"),
        lambda s: s.delete_zoom_room("zoe@rooms.io", "Board room"),
        lambda s: s.accept(s.invitation_for("zoe@rooms.io", "Acme").link, "zoe@rooms.io", "credit"),
        lambda s: s.accept(s.invitation_for("zoe@rooms.io", "Acme").link, "zoe@rooms.io", "refund"),
        lambda s: s.accept(s.invitation_for("ivy@unpaid.com", "Acme").link, "ivy@unpaid.com", "refund"),
        lambda s: s.pay_invoices("ivy@unpaid.com"),
        lambda s: s.accept(s.invitation_for("ivy@unpaid.com", "Acme").link, "ivy@unpaid.com", "refund"),
        lambda s: s.accept(s.invitation_for("cal@cancel.be", "Acme").link, "cal@cancel.be"),
        lambda s: s.reactivate_plan("cal@cancel.be"),
        lambda s: s.accept(s.invitation_for("cal@cancel.be", "Acme").link, "cal@cancel.be"),
        lambda s: s.accept(s.invitation_for("eva@web.de", "Acme").link, "eva@web.de", "credit"),
        lambda s: s.accept(s.invitation_for("eva@web.de", "Acme").link, "eva@web.de", "refund"),
        lambda s: s.sign_in_with_sso("uma@corp.example", "Acme"),
        lambda s: s.assign_licence("adam@acme.com", "bob@acme.com"),
        lambda s: s.assign_licence("lea@gmail.com", "lea@gmail.com"),
        lambda s: s.issue_invoice("Acme", Money(500)),
        lambda s: s.issue_invoice("Globex", Money(900)),
        lambda s: s.apply_credit_in_billing_chat("Globex"),
        lambda s: s.resend_meeting_invitations("lea@gmail.com", "811 2345 6789"),
        lambda s: s.resend_registration_confirmations("lea@gmail.com", "Weekly"),
        lambda s: s.update_calendar_events("lea@gmail.com", "811 2345 6789"),
        lambda s: s.unlink_user("olivia@acme.com", "sam@outside.org"),
        lambda s: s.remove_user("olivia@acme.com", "kim@ben.nl"),
        advance(days=3),
        lambda s: s.pay_refund(next(iter(s.refunds))),
        advance(days=10),
        lambda s: s.pay_due_refunds(),
        lambda s: s.deliver_events(),
        lambda s: s.write_chat("lea@gmail.com", "after joining"),
        lambda s: s.set_readings(Readings()),
    ]
    return steps


def advance(days: int):
    """A step of the script that is not a command: time passes."""
    def step(service):
        service.clock.advance(timedelta(days=days))
    step.not_a_command = True
    return step


@pytest.mark.parametrize("reading", ["nl", "fr"])
def test_every_line_of_every_command_can_fail_and_the_state_is_as_it_was(reading):
    """Each step of the script fails at its first line, then at its second, ... until it runs to its end; after each
    failure the deep snapshot of the service is what it was before the step. (A KeyboardInterrupt can come at any
    line: so can this.)"""
    readings = Readings(**{field.name: reading for field in dataclasses.fields(Readings)})
    service = new_service(datetime(2026, 3, 10, 9), readings=readings)
    lines = done = refused = 0
    for number, step in enumerate(script()):
        if getattr(step, "not_a_command", False):
            step(service)
            continue
        step.__name__ = f"step {number}"
        ran, refusal = fail_at_every_line(service, step)
        lines += ran
        done, refused = done + (refusal is None), refused + (refusal is not None)
    assert lines > 3000 and done > 60 and refused >= 8, (lines, done, refused)


# ------------------------------------------------------------------------------------------ the stateful test
class Hostile:
    """The event sink, the clock and the calendar of the service under test. Given a plan, the ``at``-th time one of
    them is used by the commands that run from then on (or the ``at``-th line the model runs in them), it fails, or
    starts another command of the service from inside the running one (which must be refused with
    COMMAND_IN_PROGRESS), then goes on or fails."""

    def __init__(self) -> None:
        self.service: AccountService | None = None
        self.plan: tuple | None = None
        self.used = 0
        self.running: tuple | None = None  # (command name, args) while a command runs
        self.refused: list[errors.JoinError] = []
        self.unexpected: list[str] = []

    def load(self, plan: tuple) -> None:
        self.plan, self.used = plan, 0

    def use(self, what: str) -> None:
        plan = self.plan
        if plan is None or plan[0] != what or self.running is None \
                or threading.current_thread() is not threading.main_thread():
            return
        self.used += 1
        if self.used - 1 != plan[1]:
            return
        self.plan = None  # (once)
        action = plan[2]
        if action == "fail":
            raise Fault(f"the {what} failed")
        if action == "read":
            self.service.licence_seats_free("Acme")  # a query: served
            self.service.mailbox("olivia@acme.com")
            return
        try:
            self.start_another_command(action)
        except errors.CommandInProgress as refusal:
            self.refused.append(refusal)
            if action.endswith("and fail"):
                raise
        except Exception as other:  # noqa: BLE001 (reported by the test, in its own words)
            self.unexpected.append(f"{action} from the {what}: {other!r}")
        else:
            self.unexpected.append(f"{action} from the {what} was served inside {self.running[0]}")

    def start_another_command(self, action: str) -> None:
        s = self.service
        name, args = self.running
        if action.startswith("accept the same link"):  # (refused before the link is even read)
            s.accept(args[0] if name == "accept" else "inv-000001", "lea@gmail.com", "credit")
        elif action == "pay invoices":
            s.pay_invoices("ivy@unpaid.com")
        elif action.startswith("invite"):
            s.invite("adam@acme.com", "Acme", "max@free.fr")
        else:
            s.deliver_events()

    # the parts the service is given
    def sink(self, event: events.Event) -> None:
        self.use("sink")
        self.service.events.append(event)  # (the log the invariants read)


class HostileClock(Clock):
    def __init__(self, now: datetime, hostile: Hostile) -> None:
        super().__init__(now)
        self.hostile = hostile

    def now(self) -> datetime:
        self.hostile.use("clock")
        return super().now()

    def today(self) -> date:
        self.hostile.use("clock")
        return super().today()


class HostileCalendar(BusinessCalendar):
    def __init__(self, holidays: frozenset, hostile: Hostile) -> None:
        super().__init__(holidays)
        object.__setattr__(self, "hostile", hostile)

    def is_business_day(self, day: date) -> bool:
        self.hostile.use("calendar")
        return super().is_business_day(day)

    def add_business_days(self, start: date, days: int) -> date:
        self.hostile.use("calendar")
        return super().add_business_days(start, days)


ACTIONS = st.sampled_from(["fail", "fail", "fail", "read", "accept the same link", "accept the same link and fail",
                           "pay invoices", "invite and fail", "deliver events"])
PLANS = st.one_of(  # (where, at the how-manieth use or line, what it does then)
    st.tuples(st.just("sink"), st.integers(0, 4), ACTIONS),
    st.tuples(st.just("clock"), st.integers(0, 2), ACTIONS),
    st.tuples(st.just("calendar"), st.integers(0, 1), ACTIONS),
    st.tuples(st.just("line"), st.integers(0, 160), st.just("fail")),
)


class Watched:
    """The service as the machine's rules see it: each command runs as the plan armed for it says, and is checked:
    a command that failed changed nothing (it is then sent again, as its caller would); a command whose events could
    not all be delivered is done once, sending it again is refused as done, and its events are delivered."""

    def __init__(self, service: AccountService, machine: TransactionMachine) -> None:
        self._service = service
        self._machine = machine

    def __getattr__(self, name: str):
        value = getattr(self._service, name)
        if not getattr(value, "is_command", False):
            return value
        return lambda *args, **kwargs: self._machine.run(name, value, args, kwargs)


class TransactionMachine(JoinMachine):
    """``JoinMachine``'s commands and invariants, under a hostile event sink, clock and calendar."""

    def make_service(self):
        self.hostile = Hostile()
        self.plan: tuple | None = None
        self.line: LineFault | None = None
        self.failures = 0
        service = AccountService(HostileClock(START, self.hostile), HostileCalendar(frozenset(HOLIDAYS), self.hostile),
                                 None, self.hostile.sink)
        self.hostile.service = self.real = service
        return Watched(service, self)

    @rule(plan=PLANS)
    def arm_the_next_commands(self, plan):
        """The next commands of the machine's rules run as this plan says, until it has come into play (its
        ``at``-th event, use of the clock or calendar, or line, counted over the commands that run from now on)."""
        self.plan = plan
        self.hostile.load(plan)
        self.line = LineFault(plan[1]) if plan[0] == "line" else None

    @rule(plan=PLANS, account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(INVITEES),
          choice=st.sampled_from(["refund", "credit", None]))
    def accept_under_a_plan(self, plan, account, email, choice):
        """The command that pays, under a plan: invited first if need be (the plan may come into play there)."""
        self.arm_the_next_commands(plan)
        invitation = self._latest(email, account)
        if invitation is None or invitation.state(self.real.clock.now()) != "pending":
            self.invite(account, email, False)
        self.accept(account, email, "invitee", choice)

    def run(self, name: str, command, args: tuple, kwargs: dict):
        plan = self.plan
        if plan is None or threading.current_thread() is not threading.main_thread():
            return command(*args, **kwargs)
        service, hostile = self.real, self.hostile
        before = snapshot(service)
        refused_before = len(hostile.refused)
        hostile.running = (name, args)
        line = self.line
        try:
            if line is not None:
                with line:
                    result = command(*args, **kwargs)
            else:
                result = command(*args, **kwargs)
            outcome = None
        except (errors.EventDeliveryFailed, errors.JoinError, Fault) as failure:
            outcome = failure
        played = (hostile.plan is None) if line is None else line.lines > plan[1]
        hostile.running = None
        assert not hostile.unexpected, hostile.unexpected
        if played:
            self.plan = self.hostile.plan = None  # (else it stays armed for the next command)
        where = plan[0] if played else "not played"
        if outcome is None:
            event(f"{where}: the command was done" + (", a command from inside it refused"
                                                       if len(hostile.refused) > refused_before else ""))
            return result
        if isinstance(outcome, errors.EventDeliveryFailed):
            event(f"{where}: done, its events delivered late")
            return self.delivered_late(outcome, name, command, args, kwargs, before)
        if isinstance(outcome, Fault | errors.CommandInProgress):  # (the clock or calendar let a refusal through)
            event(f"{where}: failed, sent again")
            return self.sent_again(outcome, name, command, args, kwargs, before)
        event(f"{where}: refused")
        after = snapshot(service, with_log=False)
        assert_unchanged({k: v for k, v in before.items() if k in after}, after, f"refused {name}")
        assert service.events[len(before["log"]):] == list(outcome.events)
        raise outcome

    def sent_again(self, failure, name, command, args, kwargs, before):
        """The command failed (a fault, or a refused command that a callback let through): nothing changed; its
        caller sends it again."""
        assert_unchanged(before, snapshot(self.real), f"{name} failing with {failure!r}")
        self.failures += 1
        return command(*args, **kwargs)

    def delivered_late(self, done, name, command, args, kwargs, before):
        """The command is done; the sink failed on one of its events."""
        service = self.real
        assert done.command == name and done.undelivered == service.undelivered_events() != ()
        assert service.events == before["log"] + service.events[len(before["log"]):]  # (the log only grew)
        during = snapshot(service, with_log=False)
        if name == "accept" and done.refusal is None:  # sent again: refused as done, and nothing is paid again
            with pytest.raises(errors.InvitationAlreadyUsed):
                command(*args, **kwargs)
        service.deliver_events()
        assert service.undelivered_events() == ()
        assert_unchanged(during, snapshot(service, with_log=False), f"delivering {name}'s events")
        if done.refusal is not None:
            raise done.refusal
        return done.result

    @invariant()
    def nothing_waits_to_be_delivered(self):
        """No event waits once a step is over; the re-entrant commands were all refused."""
        assert self.real.undelivered_events() == ()
        assert all(isinstance(r, errors.CommandInProgress) for r in self.hostile.refused)


TestTransactionMachine = TransactionMachine.TestCase
_PROFILE = settings()  # the loaded profile: "ci" (1,000 examples), "quick", or "long"
TestTransactionMachine.settings = settings(
    _PROFILE, max_examples=_PROFILE.max_examples if _PROFILE.max_examples > 1000 else min(_PROFILE.max_examples, 400))
