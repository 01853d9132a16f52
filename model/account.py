"""The things the rules talk about: accounts, users, plans, invoices, invitations and
the data that moves with a user. Plain objects with a little behaviour; the rules that
span several of them live in ``joinsim.model.service``."""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar, Final, Generic, Literal, TypeVar, overload

from joinsim.model.errors import InvalidAddress
from joinsim.model.money import Money

PlanKind = Literal["free", "monthly", "annual"]
Billing = Literal["autopay", "net_terms"]
Role = Literal["owner", "admin", "member"]

DEFAULT_JOIN_HOST: Final = "zoom.us"
LICENSED_FEATURES: Final = ("cloud recording", "meetings over 40 minutes")
BASIC_MEETING_LIMIT_MINUTES: Final = 40

T = TypeVar("T")

# ------------------------------------------------------------------ addresses (SEC-5)
# One stated way to compare addresses: surrounding spaces dropped, Unicode NFC (an accent typed as a combining
# accent is the accented letter), then the capital letters A to Z lowered, and no other change of case (the Kelvin
# sign is not K, the capital sharp S is not ß). An address holding an invisible character, or a character that NFC
# replaces by another one on its own (the Kelvin sign by K), is refused wherever it comes in.
_ASCII_ADDRESS: Final = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")
_ADDRESS: Final = re.compile(  # the same shape, letters and digits of any script allowed
    r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
    r"@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+")
_INVISIBLE: Final = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"))  # controls, format (zero-width,
# bidi), surrogates, private use, unassigned, spaces and separators
_ASCII_LOWER: Final = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_SPACES: Final = " \t\r\n"
_SCRIPT_OF: Final = {"LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek"}  # letters that look alike


def address_key(text: str) -> str:
    """How an address is compared (SEC-5): NFC, capital letters A to Z lowered, nothing else. No check: for
    looking an address up (an address that could not come in finds nothing)."""
    text = text.strip(_SPACES)
    if text.isascii():
        lowered = text.lower()
        return text if lowered == text else lowered  # (the same string when it already is: stored once)
    return unicodedata.normalize("NFC", text).translate(_ASCII_LOWER)


def check_address(text: str) -> str:
    """An address coming in (invited, accepting, signing in, set up): refused with INVALID_ADDRESS unless it is one
    address, local@domain, without spaces, invisible characters or characters NFC would replace; returns its key."""
    text = text.strip(_SPACES)
    if text.isascii():
        if len(text) > 254 or _ASCII_ADDRESS.fullmatch(text) is None or len(text.partition("@")[0]) > 64:
            raise InvalidAddress(repr(text))
        lowered = text.lower()
        return text if lowered == text else lowered
    for char in text:
        if unicodedata.category(char) in _INVISIBLE or unicodedata.normalize("NFC", char) != char:
            raise InvalidAddress(f"{text!r}: the character U+{ord(char):04X} is not allowed in an address")
    key = unicodedata.normalize("NFC", text).translate(_ASCII_LOWER)
    if len(key) > 254 or _ADDRESS.fullmatch(key) is None or len(key.partition("@")[0]) > 64:
        raise InvalidAddress(repr(text))
    for word in re.split(r"[@.]", key):  # a word mixing Latin, Cyrillic and Greek letters is a look-alike
        scripts = {script for char in word if char.isalpha()
                   if (script := _SCRIPT_OF.get(unicodedata.name(char, "").split(" ")[0])) is not None}
        if len(scripts) > 1:
            raise InvalidAddress(f"{text!r}: the word {word!r} mixes {' and '.join(sorted(scripts))} letters (a "
                                 "look-alike)")
    return key


@dataclass(slots=True, frozen=True)
class Plan:
    """A plan and its current billing period: a value, never changed in place (accounts may share one)."""

    kind: PlanKind
    price: Money
    period_start: date
    period_end: date

    def __post_init__(self) -> None:
        """A plan that cannot exist is refused when it is made: an unknown kind, a price that is not ``Money``, a
        period whose ends are not dates (a ``datetime`` is not a date here), a period that ends before it starts, and
        a monthly or annual plan whose period lasts no day at all (ACC-3 prorates by the day over it). Only a free
        plan may start and end on one day (``Plan.free``: nothing is prorated on it, ACC-7). (A negative price is
        refused by the service with its own error, INVALID_AMOUNT, CRE-4.)"""
        start, end = self.period_start, self.period_end
        if start.__class__ is date and end.__class__ is date and self.price.__class__ is Money \
                and self.kind in PERIOD_MONTHS and (start < end or start == end and self.kind == "free"):
            return  # (the usual plan, checked at once)
        if self.kind not in PERIOD_MONTHS:
            raise ValueError(f"Plan's kind must be one of {', '.join(map(repr, PERIOD_MONTHS))}, got {self.kind!r}")
        if not isinstance(self.price, Money):
            raise TypeError(f"Plan's price must be Money (integer cents and a currency), got {self.price!r}")
        for name in ("period_start", "period_end"):
            day = getattr(self, name)
            if not isinstance(day, date) or isinstance(day, datetime):
                raise TypeError(f"Plan's {name} must be a date (not a datetime), got {day!r}")
        if self.period_end < self.period_start:
            raise ValueError(f"a plan's period cannot end before it starts: period_start {self.period_start}, "
                             f"period_end {self.period_end}")
        if self.period_end == self.period_start and self.kind != "free":
            raise ValueError(f"a {self.kind} plan's period must last at least one day: period_start and period_end "
                             f"are both {self.period_start} (only a free plan may start and end on one day)")

    @classmethod
    def free(cls, today: date, currency: str = "USD") -> Plan:
        return cls("free", Money.zero(currency), today, today)

    @classmethod
    def renewing_on(cls, kind: PlanKind, price: Money, renewal: date) -> Plan:
        """ACC-3 (@assumption): a paid plan whose current period ends on ``renewal``; it began one period earlier,
        a calendar month (monthly) or year (annual) before, on the same day (the month's last day when that month is
        shorter)."""
        return cls(kind, price, add_months(renewal, -PERIOD_MONTHS[kind]), renewal)

    @property
    def is_paid(self) -> bool:
        return self.kind != "free" and self.price.cents > 0

    def period_on(self, today: date) -> tuple[date, date]:
        """ACC-3 (@assumption): a paid plan renews at the end of each period, a monthly plan by a month and an
        annual plan by a year, so the period of ``today`` is the one it has renewed into (or the first one)."""
        start, end = self.period_start, self.period_end
        months = PERIOD_MONTHS[self.kind]
        while end <= today:
            start, end = end, add_months(end, months)
        return start, end


PERIOD_MONTHS = {"free": 1, "monthly": 1, "annual": 12}  # ACC-3: a plan's period, in calendar months


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or earlier for a negative number (the last day of the month when that month
    is shorter: 2026-01-31 plus a month is 2026-02-28)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(day.day, last))


@dataclass(slots=True)
class Invoice:
    id: str
    amount: Money
    issued_on: date
    paid_cents: int = 0
    credit_applied_cents: int = 0

    @property
    def due_cents(self) -> int:
        return self.amount.cents - self.paid_cents - self.credit_applied_cents

    @property
    def is_open(self) -> bool:
        return self.due_cents > 0


@dataclass(slots=True)
class Meeting:
    id: str  # the meeting or webinar ID, e.g. "811 2345 6789"
    topic: str
    kind: Literal["meeting", "webinar"] = "meeting"


@dataclass(slots=True)
class ChatMessage:
    text: str
    at: datetime


@dataclass(slots=True)
class Contact:
    name: str
    personal: bool = False


class Lazy(Generic[T]):
    """A container attribute created on first use: millions of simulated users never hold most of them.
    Reading it always gives a container (an empty one the first time), as a plain attribute would; the
    container lives in the slot named ``slot`` (None until then)."""

    def __init__(self, slot: str, factory: Callable[[], T]) -> None:
        self.slot = slot
        self.factory = factory

    @overload
    def __get__(self, record: None, owner: type) -> Lazy[T]: ...

    @overload
    def __get__(self, record: object, owner: type) -> T: ...

    def __get__(self, record: object | None, owner: type) -> T | Lazy[T]:
        if record is None:
            return self
        value = getattr(record, self.slot)
        if value is None:
            value = self.factory()
            setattr(record, self.slot, value)
        return value


class _LazyRecord:
    """Plain records with slots whose container fields are created lazily (see ``Lazy``).
    ``__init__`` takes the same arguments, in the same order, as a dataclass with these fields would;
    equality and repr read the public values, so an untouched container equals an empty one."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{self.__class__.__qualname__}({inner})"


class User(_LazyRecord):
    __slots__ = ("email", "account", "role", "name", "timezone", "photo", "_licensed", "_add_ons", "_meetings",
                 "_recordings", "_chat", "_contacts", "_settings", "_reports", "joined_at")
    _fields: ClassVar[tuple[str, ...]] = (
        "email", "account", "role", "name", "timezone", "photo", "licensed", "add_ons", "meetings", "recordings",
        "chat", "contacts", "settings", "reports", "joined_at")

    email: str
    account: str
    role: Role
    name: str
    timezone: str
    photo: str
    joined_at: datetime | None

    def __init__(self, email: str, account: str, role: Role = "owner", name: str = "", timezone: str = "UTC",
                 photo: str = "", licensed: bool = False, add_ons: set[str] | None = None,
                 meetings: list[Meeting] | None = None, recordings: list[str] | None = None,
                 chat: list[ChatMessage] | None = None, contacts: list[Contact] | None = None,
                 settings: dict[str, str] | None = None, reports: list[str] | None = None,
                 joined_at: datetime | None = None) -> None:
        self.email = email
        self.account = account
        self.role = role
        self.name = name
        self.timezone = timezone
        self.photo = photo
        self._licensed = licensed  # written by the service only, which counts the seats in use (LIC-3)
        self._add_ons = add_ons  # "large meeting", "webinar"
        self._meetings = meetings
        self._recordings = recordings
        self._chat = chat
        self._contacts = contacts
        self._settings = settings
        self._reports = reports
        self.joined_at = joined_at

    # (descriptors of the class, not fields of each user: hence ClassVar)
    add_ons: ClassVar[Lazy[set[str]]] = Lazy("_add_ons", set)
    meetings: ClassVar[Lazy[list[Meeting]]] = Lazy("_meetings", list)
    recordings: ClassVar[Lazy[list[str]]] = Lazy("_recordings", list)
    chat: ClassVar[Lazy[list[ChatMessage]]] = Lazy("_chat", list)
    contacts: ClassVar[Lazy[list[Contact]]] = Lazy("_contacts", list)
    settings: ClassVar[Lazy[dict[str, str]]] = Lazy("_settings", dict)
    reports: ClassVar[Lazy[list[str]]] = Lazy("_reports", list)

    @property
    def licensed(self) -> bool:
        """Holds a licence (cloud recording, meetings over 40 minutes). Read-only: the service changes it,
        so that it can count the licence seats in use (see ``AccountService.give_licence``)."""
        return self._licensed

    @property
    def domain(self) -> str:
        return address_key(self.email.rsplit("@", 1)[-1])

    @property
    def can_record_to_cloud(self) -> bool:
        return self.licensed

    @property
    def meeting_limit_minutes(self) -> int | None:
        return None if self.licensed else BASIC_MEETING_LIMIT_MINUTES


class Account(_LazyRecord):
    __slots__ = ("name", "owner", "plan", "billing", "members", "_invoices", "credit_cents",
                 "pending_cancellation", "_zoom_rooms", "vanity_url", "_managed_domains", "_locked_settings",
                 "_groups", "licence_seats", "_sso_domains", "licensed_members", "_held_seats")
    _fields: ClassVar[tuple[str, ...]] = (
        "name", "owner", "plan", "billing", "members", "invoices", "credit_cents", "pending_cancellation", "zoom_rooms",
        "vanity_url", "managed_domains", "locked_settings", "groups", "licence_seats", "sso_domains")

    name: str
    owner: str
    plan: Plan
    billing: Billing
    credit_cents: int  # credit received and not yet applied to an invoice
    pending_cancellation: bool
    vanity_url: str | None
    licence_seats: int

    def __init__(self, name: str, owner: str, plan: Plan, billing: Billing = "autopay",
                 members: list[str] | None = None, invoices: list[Invoice] | None = None, credit_cents: int = 0,
                 pending_cancellation: bool = False, zoom_rooms: list[str] | None = None,
                 vanity_url: str | None = None, managed_domains: set[str] | None = None,
                 locked_settings: dict[str, str] | None = None, groups: dict[str, dict[str, str]] | None = None,
                 licence_seats: int = 0, sso_domains: set[str] | None = None) -> None:
        self.name = name
        self.owner = owner
        self.plan = plan
        self.billing = billing
        self.members: list[str] = [] if members is None else members  # emails, owner first
        self._invoices = invoices
        self.credit_cents = credit_cents
        self.pending_cancellation = pending_cancellation
        self._zoom_rooms = zoom_rooms
        self.vanity_url = vanity_url
        self._managed_domains = managed_domains
        self._locked_settings = locked_settings
        self._groups = groups  # group -> locked settings
        self.licence_seats = licence_seats
        self._sso_domains = sso_domains  # associated domains reachable by SSO
        # LIC-3 bookkeeping, kept by the service: seats in use by licensed members, seats held by pending
        # Licensed invitations (None until the first one).
        self.licensed_members = 0
        self._held_seats: HeldSeats | None = None

    # (descriptors of the class, not fields of each account: hence ClassVar)
    invoices: ClassVar[Lazy[list[Invoice]]] = Lazy("_invoices", list)
    zoom_rooms: ClassVar[Lazy[list[str]]] = Lazy("_zoom_rooms", list)
    managed_domains: ClassVar[Lazy[set[str]]] = Lazy("_managed_domains", set)
    locked_settings: ClassVar[Lazy[dict[str, str]]] = Lazy("_locked_settings", dict)
    groups: ClassVar[Lazy[dict[str, dict[str, str]]]] = Lazy("_groups", dict)
    sso_domains: ClassVar[Lazy[set[str]]] = Lazy("_sso_domains", set)

    @property
    def is_paid(self) -> bool:
        return self.plan.is_paid

    @property
    def currency(self) -> str:
        return self.plan.price.currency

    @property
    def join_host(self) -> str:
        return self.vanity_url or DEFAULT_JOIN_HOST

    def unpaid_invoices(self) -> list[Invoice]:
        if not self._invoices:
            return []
        return [invoice for invoice in self._invoices if invoice.is_open]

    def join_link(self, meeting: Meeting) -> str:
        return f"https://{self.join_host}/j/{meeting.id.replace(' ', '')}"


class HeldSeats:
    """LIC-3: the pending Licensed invitations of one account, each holding a licence seat until it is accepted,
    revoked, voided or expires. Counting them reads only the invitations whose expiry has passed since the last
    count, not every invitation: the clock never goes back, and a resent invitation is held again."""

    __slots__ = ("_by_id", "_expiring")

    def __init__(self) -> None:
        self._by_id: dict[str, Invitation] = {}
        self._expiring: list[tuple[datetime, str]] = []  # heap of (expires at, invitation id)

    def hold(self, invitation: Invitation) -> None:
        self._by_id[invitation.id] = invitation
        heapq.heappush(self._expiring, (invitation.expires_at, invitation.id))

    def release(self, invitation: Invitation) -> None:
        self._by_id.pop(invitation.id, None)

    def holds(self, invitation: Invitation, now: datetime) -> bool:
        """Whether this invitation holds a seat now (pending, not expired, and counted)."""
        self.count(now)
        return invitation.id in self._by_id

    def count(self, now: datetime) -> int:
        by_id, expiring = self._by_id, self._expiring
        while expiring and expiring[0][0] < now:
            _, invitation_id = heapq.heappop(expiring)
            invitation = by_id.get(invitation_id)
            # (an invitation resent since has not expired: its new expiry has its own entry)
            if invitation is not None and invitation.is_expired(now):
                del by_id[invitation_id]
        return len(by_id)


# "void": another account's invitation was accepted first (SEC-4); "superseded": the invitee became a member of the
# inviting account another way, with her owner or by single sign-on (OWN-6).
InvitationStatus = Literal["pending", "accepted", "revoked", "void", "superseded"]


@dataclass(slots=True)
class Invitation:
    id: str
    email: str
    account: str
    invited_by: str
    licensed: bool
    group: str | None
    sent_at: datetime
    expires_at: datetime
    status: InvitationStatus = "pending"

    @property
    def link(self) -> str:
        return f"https://{DEFAULT_JOIN_HOST}/invitation/{self.id}"

    def is_expired(self, now: datetime) -> bool:
        return self.status == "pending" and now > self.expires_at

    def state(self, now: datetime) -> str:
        return "expired" if self.is_expired(now) else self.status


@dataclass(slots=True)
class Refund:
    id: str
    email: str
    amount: Money
    requested_on: date
    earliest: date
    latest: date
    paid_on: date | None = None
