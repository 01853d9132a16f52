"""Domain events: everything a person would notice, recorded in order by the service's commands and delivered, in
that order, once each command has completed (``joinsim.model.transaction``) to ``AccountService.events`` or to the sink
the service is given (the simulator counts them as they come)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from joinsim.model.money import Money


@dataclass(frozen=True, slots=True)
class Event:
    at: datetime


@dataclass(frozen=True, slots=True)
class InvitationEmailSent(Event):
    email: str
    account: str
    invitation_id: str
    resent: bool = False


@dataclass(frozen=True, slots=True)
class InvitationBounced(Event):
    email: str
    account: str
    reason: str


@dataclass(frozen=True, slots=True)
class InvitationRevoked(Event):
    email: str
    account: str
    invitation_id: str


@dataclass(frozen=True, slots=True)
class InvitationVoided(Event):
    """Another account's invitation won: this one can no longer be used."""

    email: str
    account: str
    invitation_id: str


@dataclass(frozen=True, slots=True)
class InvitationSuperseded(Event):
    """OWN-6: the invitee became a member of the inviting account another way (with her owner, or by single
    sign-on): the invitation is no longer needed and leaves the Pending list."""

    email: str
    account: str
    invitation_id: str
    with_owner: str | None = None  # the owner she joined with; None when she joined by single sign-on


@dataclass(frozen=True, slots=True)
class InvitationCopySent(Event):
    """INV-1, French reading: the admin who added the user receives an email about the invitation too."""

    to: str
    email: str
    account: str
    invitation_id: str


@dataclass(frozen=True, slots=True)
class UserContacted(Event):
    """INV-7: the owner or an admin contacted the user before inviting them (the articles' best practice)."""

    by: str
    email: str
    account: str


@dataclass(frozen=True, slots=True)
class UserJoined(Event):
    email: str
    account: str
    from_account: str
    with_owner: str | None = None


@dataclass(frozen=True, slots=True)
class RefundRequested(Event):
    refund_id: str
    email: str
    amount: Money
    earliest: date
    latest: date


@dataclass(frozen=True, slots=True)
class RefundPaid(Event):
    refund_id: str
    email: str
    amount: Money
    paid_on: date


@dataclass(frozen=True, slots=True)
class CreditTransferred(Event):
    email: str
    account: str
    amount: Money


@dataclass(frozen=True, slots=True)
class CreditConfirmationEmailSent(Event):
    to: str
    account: str
    amount: Money
    from_email: str


@dataclass(frozen=True, slots=True)
class CreditApplied(Event):
    account: str
    invoice_id: str
    amount: Money
    by: str  # "autopay" or "billing chat"


@dataclass(frozen=True, slots=True)
class InvoiceIssued(Event):
    account: str
    invoice_id: str
    amount: Money


@dataclass(frozen=True, slots=True)
class SettingsOverridden(Event):
    email: str
    account: str
    settings: tuple[tuple[str, str, str], ...]  # (name, old value, new value)


@dataclass(frozen=True, slots=True)
class LicenceDropped(Event):
    email: str
    account: str
    lost: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LicenceAssigned(Event):
    email: str
    account: str


@dataclass(frozen=True, slots=True)
class AddOnLicencesNotTransferred(Event):
    email: str
    account: str
    add_ons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class JoinLinksChanged(Event):
    email: str
    old_vanity: str
    new_vanity: str
    meeting_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MeetingInvitationsResent(Event):
    email: str
    meeting_id: str
    join_link: str


@dataclass(frozen=True, slots=True)
class RegistrationConfirmationsResent(Event):
    """VAN-4: the registration confirmation emails of a meeting or webinar, sent again with the new join link."""

    email: str
    meeting_id: str
    join_link: str


@dataclass(frozen=True, slots=True)
class CalendarEventsUpdated(Event):
    """VAN-4 (Dutch text): the calendar events of a meeting or webinar now carry the new join link."""

    email: str
    meeting_id: str
    join_link: str


@dataclass(frozen=True, slots=True)
class RefundCharged(Event):
    """ACC-11, French reading: the inviting account pays the refund of a user who joined it."""

    email: str
    account: str
    amount: Money
    invoice_id: str


@dataclass(frozen=True, slots=True)
class PlanReactivated(Event):
    email: str


@dataclass(frozen=True, slots=True)
class ZoomRoomDeleted(Event):
    account: str
    room: str


@dataclass(frozen=True, slots=True)
class UserUnlinked(Event):
    email: str
    from_account: str


@dataclass(frozen=True, slots=True)
class UserRemoved(Event):
    email: str
    from_account: str


@dataclass(frozen=True, slots=True)
class InvoicePaid(Event):
    account: str
    invoice_id: str
    amount: Money

