"""The things the rules talk about: accounts, users, plans, invoices, invitations and
the data that moves with a user. Plain objects with a little behaviour; the rules that
span several of them live in ``model.service``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from model.money import Money

PlanKind = Literal["free", "monthly", "annual"]
Billing = Literal["autopay", "net_terms"]
Role = Literal["owner", "admin", "member"]

DEFAULT_JOIN_HOST = "zoom.us"
LICENSED_FEATURES = ("cloud recording", "meetings over 40 minutes")
BASIC_MEETING_LIMIT_MINUTES = 40


@dataclass(slots=True)
class Plan:
    kind: PlanKind
    price: Money
    period_start: date
    period_end: date

    @classmethod
    def free(cls, today: date, currency: str = "USD") -> Plan:
        return cls("free", Money.zero(currency), today, today)

    @property
    def is_paid(self) -> bool:
        return self.kind != "free" and self.price.cents > 0


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


@dataclass(slots=True)
class User:
    email: str
    account: str
    role: Role = "owner"
    name: str = ""
    timezone: str = "UTC"
    photo: str = ""
    licensed: bool = False
    add_ons: set[str] = field(default_factory=set)  # "large meeting", "webinar"
    meetings: list[Meeting] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list)
    chat: list[ChatMessage] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    joined_at: datetime | None = None

    @property
    def domain(self) -> str:
        return self.email.rsplit("@", 1)[-1].lower()

    @property
    def can_record_to_cloud(self) -> bool:
        return self.licensed

    @property
    def meeting_limit_minutes(self) -> int | None:
        return None if self.licensed else BASIC_MEETING_LIMIT_MINUTES


@dataclass(slots=True)
class Account:
    name: str
    owner: str
    plan: Plan
    billing: Billing = "autopay"
    members: list[str] = field(default_factory=list)  # emails, owner first
    invoices: list[Invoice] = field(default_factory=list)
    credit_cents: int = 0  # credit received and not yet applied to an invoice
    pending_cancellation: bool = False
    zoom_rooms: list[str] = field(default_factory=list)
    vanity_url: str | None = None
    managed_domains: set[str] = field(default_factory=set)
    locked_settings: dict[str, str] = field(default_factory=dict)
    groups: dict[str, dict[str, str]] = field(default_factory=dict)  # group -> locked settings
    licence_seats: int = 0
    sso_domains: set[str] = field(default_factory=set)  # associated domains reachable by SSO

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
        return [invoice for invoice in self.invoices if invoice.is_open]

    def join_link(self, meeting: Meeting) -> str:
        return f"https://{self.join_host}/j/{meeting.id.replace(' ', '')}"


InvitationStatus = Literal["pending", "accepted", "revoked", "void"]


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
