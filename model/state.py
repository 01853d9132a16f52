"""The model's state and what every area of the process shares: the accounts, users, invitations, refunds,
the injected clock and calendar, the readings of the articles, the event log and the outbox of events not yet
delivered, one lock for every command, the journal that undoes a command that fails (``joinsim.model.transaction``), and
the look-ups and checks each area uses (``ServiceState``). The areas are mixed into
``joinsim.model.service.AccountService``."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Final, Literal

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    Invitation,
    Invoice,
    Refund,
    User,
    address_key,
)
from joinsim.model.calendar import BusinessCalendar, Clock
from joinsim.model.money import Money
from joinsim.model.transaction import command, put_back_entry, put_back_items, query, roll_back, truncate

Choice = Literal["refund", "credit"]
CHOICES: Final = ("refund", "credit")  # ACC-2: any other answer is refused (INVALID_REFUND_CHOICE)

REFUND_EARLIEST_BUSINESS_DAYS: Final = 3  # ACC-8 (@assumption): not before the 3rd business day
REFUND_LATEST_BUSINESS_DAYS: Final = 5  # ACC-6: "within 3 to 5 business days", at the latest on the 5th
INVITATION_VALID_DAYS: Final = 30  # INV-4 (@assumption, vendor's English article)
OLD_LINK_WARNING: Final = "This meeting is no longer associated with the account of the old vanity URL."


@dataclass(frozen=True)
class Readings:
    """Where the French and Dutch articles disagree, which reading the model follows.

    linked_users: "nl" (default) the owner joins with every user on the account;
                  "fr" acceptance fails with error 1009 while other users are still linked (OWN-1, OWN-3).
    personal_contacts: "nl" (default) personal contacts stay behind; "fr" all contacts move. (The French list is
                  silent rather than contrary, DAT-2: kept for callers that set it.)
    credit_choice: "nl" (default) a paid-account owner chooses refund or credit transfer;
                   "fr" a paid-account owner is refunded, credit transfer is not offered (ACC-2).
    zoom_rooms: "nl" (default) Zoom Rooms left on the account are an owner condition of their own;
                "fr" they are part of error 1009 (OWN-4).
    refund_payer: "nl" (default) the refund comes back from the user's own plan, the inviting account pays
                  nothing; "fr" the inviting account pays it ("vous pourrez rembourser"), charged as an invoice
                  (ACC-11).
    invitation_email: "nl" (default) each invited user receives the invitation email; "fr" the admin who added
                      them also receives an email for each ("Vous recevrez un e-mail invitant ...") (INV-1).
    licence_assignment: "nl" (default) an admin or the owner assigns a licence later; "fr" a Basic user can take
                        one for themselves ("les utilisateurs de base pourront le faire") (LIC-2).
    credit_confirmation: "nl" (default) the owner or admin who sent the invitation receives the credit
                         confirmation ("ontvangt u een e-mailbevestiging"); "fr" the inviting account's owner does
                         ("Votre compte recevra un e-mail de confirmation") (CRE-1).
    """

    linked_users: Literal["nl", "fr"] = "nl"
    personal_contacts: Literal["nl", "fr"] = "nl"
    credit_choice: Literal["nl", "fr"] = "nl"
    zoom_rooms: Literal["nl", "fr"] = "nl"
    refund_payer: Literal["nl", "fr"] = "nl"
    invitation_email: Literal["nl", "fr"] = "nl"
    licence_assignment: Literal["nl", "fr"] = "nl"
    credit_confirmation: Literal["nl", "fr"] = "nl"


@dataclass
class AddUsersResult:
    invitations: list[Invitation] = field(default_factory=list)
    refused: dict[str, errors.JoinError] = field(default_factory=dict)


@dataclass(frozen=True)
class JoinResult:
    email: str
    account: str
    moved: tuple[str, ...]
    prorated: Money
    choice: Choice | None
    refund: Refund | None


@dataclass(frozen=True)
class JoinLinkResult:
    meeting_id: str
    host: str
    warning: str | None


def _lower(text: str) -> str:
    """An address as the model compares it (SEC-5, ``joinsim.model.account.address_key``): the very same string when it
    already is, so that an address is stored once, not copied for every dictionary and invitation that names it."""
    return address_key(text)


def _password_hash(email: str, password: str) -> str:
    return hashlib.sha256(f"{email}\0{password}".encode()).hexdigest()


# The events that are emails, and the address each is sent to (``ServiceState._record``).
_MAILED: Final = {events.InvitationEmailSent: attrgetter("email"), events.InvitationCopySent: attrgetter("to"),
                  events.CreditConfirmationEmailSent: attrgetter("to")}


def _forget_new_id(state: ServiceState, counter: int, mapping: dict, new_id: str) -> None:
    """Undoes ``ServiceState._new_id`` and the entry the command made under the new id."""
    state._counter = counter
    mapping.pop(new_id, None)


class OneOrMore(dict):
    """key -> its values, in the order they came; a key's only value is stored as itself, not in a list (most keys
    have one: a list for each of the simulator's mailboxes took memory for every invited user, see
    docs/measurements.md). Values are never lists. ``add`` and ``discard`` append to ``undo`` (the running command's
    journal) the entry that undoes them: a key's list is appended to in place (the inviting account's owner receives
    an email for every credit transfer, CRE-1), so undoing an ``add`` cuts the list back to its length."""

    def add(self, key, value, undo: Callable[[tuple], None]) -> None:
        held = self.get(key)
        if held is None:
            undo((self.pop, key, None))
            self[key] = value
        elif held.__class__ is list:
            undo((truncate, held, len(held)))
            held.append(value)
        else:
            undo((put_back_entry, self, key, held))
            self[key] = [held, value]

    def all(self, key) -> tuple:
        held = self.get(key)
        if held is None:
            return ()
        return tuple(held) if held.__class__ is list else (held,)

    def discard(self, key, value, undo: Callable[[tuple], None]) -> None:
        held = self.get(key)
        if held is None:
            return
        if held.__class__ is list:
            if value in held:
                undo((put_back_entry, self, key, held))  # (the same list, its contents put back in place: an
                undo((put_back_items, held, held.copy()))  # earlier entry of the command may name it)
                held.remove(value)
                if len(held) == 1:
                    self[key] = held[0]
        elif held == value:
            undo((put_back_entry, self, key, held))
            del self[key]


class ServiceState:
    """The state of the model's world; the areas of ``AccountService`` work on it."""

    def __init__(
        self,
        clock: Clock,
        calendar: BusinessCalendar | None = None,
        readings: Readings | None = None,
        event_sink: Callable[[events.Event], None] | None = None,
        event_types: tuple[type[events.Event], ...] | None = None,
    ) -> None:
        """``event_sink``: where every domain event goes, once the command that recorded it has completed, in the
        order they were recorded (default: ``self.events``, a list that keeps them all; the simulator counts them
        instead of keeping millions). A sink that raises does not undo the command: see
        ``joinsim.model.transaction``. ``event_types``: the kinds of event the sink subscribes to (it is given
        those, and their subclasses, only: the others are not kept for it); None: every event."""
        self.clock = clock
        self.calendar = calendar or BusinessCalendar()
        self.readings = readings or Readings()
        self.events: list[events.Event] = []
        self._sink = event_sink  # (None: the event log, self.events)
        self._event_types = event_types  # (None: every event)
        self._outbox: list[events.Event] = []  # events recorded and not yet delivered, oldest first
        self._undelivered = 0  # how many of the outbox's events are earlier commands' (the sink raised)
        # The running command's journal (model/transaction.py); None: none runs. Typed as the list it is while a
        # command runs, the only time the areas append to it; the command wrapper is the one reader of the None.
        self._undo: list[tuple] = None  # type: ignore[assignment]
        self._mailboxes = OneOrMore()  # address -> the emails delivered to it, in order
        self.accounts: dict[str, Account] = {}
        self.users: dict[str, User] = {}
        self.invitations: dict[str, Invitation] = {}
        self._pending_by_email = OneOrMore()  # address -> the ids of its pending invitations, oldest first
        self.refunds: dict[str, Refund] = {}
        self.undeliverable: dict[str, str] = {}  # address -> reason
        self._old_links: dict[str, str] = {}  # old join link -> meeting id
        self._counter = 0
        self._expiry: tuple[datetime, datetime] | None = None  # (sent at, expires at), reused
        self._lock = threading.RLock()
        self._passwords: dict[str, str] = {}  # address -> hash of the password (ACC-10)
        self._contacts: dict[tuple[str, str], list[datetime]] = {}  # (account, address) -> when contacted (INV-7)

    # ---------------------------------------------------------------- the running command's journal (its undo)
    # Before each change of the state, the function that makes it appends to the running command's journal
    # (``undo = self._undo.append``) the entry that undoes it: ``(function, *arguments)``, played backwards if the
    # command fails (``joinsim.model.transaction``). A failure may come between an entry and its change, so an entry
    # says what was there (``setattr`` of the old value, ``put_back_entry`` of the old entry, ``truncate`` to the old
    # length), never what to take away. Objects a command creates need no entry: when it fails they are dropped with
    # the entries that named them.
    def _fail(self, undo: list, failure: BaseException, command: str) -> None:
        """A command raised: its journal is played backwards and the events it recorded are dropped; the events a
        refusal carries (``JoinError.events``) are recorded and delivered all the same."""
        roll_back(undo)
        outbox = self._outbox
        del outbox[self._undelivered:]
        if isinstance(failure, errors.JoinError) and failure.events:  # (self._undo is still set: a command the
            types = self._event_types  # sink starts is refused)
            outbox.extend(failure.events if types is None else [e for e in failure.events if isinstance(e, types)])
            self._deliver(command, None, failure)

    def _savepoint(self) -> tuple[int, int]:
        """Where the running command's journal and outbox are now, to undo only what follows (``_roll_back_to``):
        one address of a batch that is refused changes nothing, the others stand."""
        return len(self._undo), len(self._outbox)

    def _roll_back_to(self, savepoint: tuple[int, int]) -> None:
        undo, events_before = savepoint
        roll_back(self._undo, undo)
        del self._outbox[events_before:]

    def _next_id(self, prefix: str) -> str:
        """The id of the next invitation, refund or invoice: "inv-000042" (a number of at least six digits, counted
        across all of them)."""
        counter = self._counter
        self._undo.append((setattr, self, "_counter", counter))
        self._counter = counter = counter + 1
        return f"{prefix}-{counter:06d}"

    def _new_id(self, prefix: str, mapping: dict) -> str:
        """``_next_id`` for a new invitation or refund that the command is about to put in ``mapping`` under this
        id: one entry of the journal takes back both the id and the entry (the commands that pay make many)."""
        counter = self._counter
        new_id = f"{prefix}-{counter + 1:06d}"
        self._undo.append((_forget_new_id, self, counter, mapping, new_id))
        self._counter = counter + 1
        return new_id

    def account(self, name: str) -> Account:
        try:
            return self.accounts[name]
        except KeyError:
            raise errors.UnknownAccount(name) from None

    def user(self, email: str) -> User:
        user = self.users.get(email)  # the key itself (keys are compared forms): no copy to make
        if user is not None:
            return user
        user = self.users.get(address_key(email))
        if user is None:
            raise errors.UnknownUser(email)
        return user

    def account_of(self, email: str) -> Account:
        return self.account(self.user(email).account)

    def _record(self, event: events.Event) -> None:
        """Every domain event: to the outbox, delivered to the event log (or the sink the service was given) once
        the command has completed; an email to the mailbox of the address it was sent to as well, at once, so that
        ``mailbox`` answers whatever keeps the log."""
        to = _MAILED.get(type(event))
        if to is not None:  # an email: to the mailbox of its address
            self._mailboxes.add(to(event), event, self._undo.append)
        types = self._event_types
        if types is None or isinstance(event, types):  # (an event the sink does not subscribe to is not kept)
            self._outbox.append(event)

    def _deliver(self, command: str, result: object = None, refusal: errors.JoinError | None = None) -> None:
        """The outbox to the sink, oldest first, after a command (``joinsim.model.transaction.command``). An event
        leaves the outbox once the sink has taken it; if the sink raises, the rest stay, and ``EventDeliveryFailed``
        says that the command is done."""
        outbox = self._outbox
        sink = self._sink
        if sink is None:  # the event log: a list takes them all
            self.events += outbox
        else:
            try:
                for event in outbox:
                    sink(event)
            except BaseException as failure:
                self._not_delivered(event, failure, command, result, refusal)
                raise
        outbox.clear()
        self._undelivered = 0

    def _not_delivered(self, event: events.Event, failure: BaseException, command: str, result: object,
                       refusal: errors.JoinError | None) -> None:
        """The sink raised ``failure`` on ``event``: the events before it were taken and leave the outbox, it and
        the rest stay; raises ``EventDeliveryFailed`` (a ``KeyboardInterrupt`` or ``SystemExit`` is raised as it
        is, by the caller)."""
        outbox = self._outbox
        del outbox[:next(i for i, e in enumerate(outbox) if e is event)]
        self._undelivered = len(outbox)
        if isinstance(failure, Exception):
            raise errors.EventDeliveryFailed(command, result, outbox, refusal) from failure

    @query
    def undelivered_events(self) -> tuple[events.Event, ...]:
        """The events recorded by completed commands that the sink has not taken yet (it raised), oldest first.
        (Asked from inside a command, by its clock say, the events that command has recorded so far come last.)"""
        return tuple(self._outbox)

    @command
    def deliver_events(self) -> None:
        """Offers the undelivered events to the sink again, oldest first (every command does it first as well);
        raises ``EventDeliveryFailed`` if the sink fails again. Nothing else changes."""

    @query
    def mailbox(self, email: str) -> list[events.Event]:
        """Emails delivered to an address, in order."""
        return list(self._mailboxes.all(address_key(email)))

    def _check_admin(self, by: str, account: str) -> None:
        inviter = self.user(by)
        if inviter.account != account or inviter.role not in ("owner", "admin"):
            raise errors.NotAdminOrOwner(by)

    if TYPE_CHECKING:
        # What the areas ask of one another, each defined in its own area's class; declared here for the type
        # checker, which checks that those definitions agree with these. joinsim.model.inviting:
        def invitation(self, invitation_id_or_link: str) -> Invitation: ...
        def _check_can_invite(self, by: str, account: str) -> Account: ...
        def _forget_pending(self, invitation: Invitation) -> None: ...

        # joinsim.model.licences:
        def licence_seats_free(self, account: str) -> int: ...
        def _set_licensed(self, user: User, account: Account, licensed: bool) -> None: ...
        def _hold_seat(self, invitation: Invitation) -> None: ...
        def _holds_seat(self, invitation: Invitation) -> bool: ...
        def _release_seat(self, invitation: Invitation) -> None: ...

        # joinsim.model.billing:
        def _request_refund(self, email: str, amount: Money) -> Refund: ...
        def _transfer_credit(self, email: str, target: Account, amount: Money,
                             invited_by: str | None = None) -> None: ...
        def _issue_invoice(self, acc: Account, amount: Money) -> Invoice: ...
        @staticmethod
        def _check_amount(acc: Account, amount: Money) -> None: ...

        # joinsim.model.data_transfer:
        def _move(self, user: User, source: Account, target: Account, licensed: bool, group: str | None,
                  now: datetime, with_owner: str | None = None, accepting: str | None = None) -> None: ...
