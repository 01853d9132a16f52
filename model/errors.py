"""Typed errors. Each has a stable ``code``, the ``rule`` id of the feature Rule that
raises it, and a message a product owner understands.

A ``JoinError`` is a refusal: the command changed nothing (``joinsim.model.transaction``). ``EventDeliveryFailed`` is
not a refusal: the command is done, only the delivery of its events to the sink failed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from joinsim.model.events import Event


class JoinError(Exception):
    """A refusal: the command changed nothing. ``events``: what happened all the same and is recorded with the
    refusal (INV-3: the invitation email bounced)."""

    code = "JOIN_ERROR"
    rule = ""
    message = "The request was refused."
    events: tuple[Event, ...] = ()

    def __init__(self, detail: str = "", events: Sequence[Event] = ()) -> None:
        self.detail = detail
        if events:
            self.events = tuple(events)
        super().__init__(f"[{self.code}] {self.message}" + (f" ({detail})" if detail else ""))


def _error(name: str, code: str, rule: str, message: str,
           also: tuple[type[Exception], ...] = ()) -> type[JoinError]:
    """``also``: built-in exceptions the error is an instance of as well (for callers that caught those before)."""
    return type(name, (JoinError, *also), {"code": code, "rule": rule, "message": message})


NotAdminOrOwner = _error(
    "NotAdminOrOwner", "NOT_ADMIN_OR_OWNER", "PRE-1", "Only an admin or the owner of the account can add users.")
InviterAccountNotPaid = _error(
    "InviterAccountNotPaid", "INVITER_ACCOUNT_NOT_PAID", "PRE-2", "Only a paid account can add existing users.")
UndeliverableAddress = _error(
    "UndeliverableAddress", "UNDELIVERABLE_ADDRESS", "INV-3",
    "The email address must exist and accept external email.")
AlreadyMember = _error(
    "AlreadyMember", "ALREADY_MEMBER", "INV-1", "This user is already a member of the account.")
AlreadyInvited = _error(
    "AlreadyInvited", "ALREADY_INVITED", "INV-2",
    "This user already has a pending invitation from the account; resend it instead.")
InvitationExpired = _error(
    "InvitationExpired", "INVITATION_EXPIRED", "INV-4", "This invitation has expired.")
InvitationRevoked = _error(
    "InvitationRevoked", "INVITATION_REVOKED", "INV-6", "This invitation was revoked by the account.")
NotPending = _error(
    "NotPending", "INVITATION_NOT_PENDING", "INV-5", "Only a pending invitation can be resent or revoked.")
WrongInvitee = _error(
    "WrongInvitee", "WRONG_INVITEE", "SEC-1", "Only the invited email address can use this invitation link.")
InvitationAlreadyUsed = _error(
    "InvitationAlreadyUsed", "INVITATION_ALREADY_USED", "SEC-2", "This invitation link has already been used.")
InvitationNoLongerValid = _error(
    "InvitationNoLongerValid", "INVITATION_NO_LONGER_VALID", "SEC-4",
    "This invitation can no longer be used: the user has joined another account.")
MemberOfAnotherAccount = _error(
    "MemberOfAnotherAccount", "MEMBER_OF_ANOTHER_ACCOUNT", "SEC-3",
    "Only the owner of an account can accept; a member must first leave the account they are in.")
UnpaidInvoices = _error(
    "UnpaidInvoices", "UNPAID_INVOICES", "ACC-5",
    "You cannot join another account while you have unpaid invoices.")
RefundChoiceRequired = _error(
    "RefundChoiceRequired", "REFUND_CHOICE_REQUIRED", "ACC-2",
    "The owner of a paid account must choose a refund or a credit transfer.")
CreditTransferNotOffered = _error(
    "CreditTransferNotOffered", "CREDIT_TRANSFER_NOT_OFFERED", "ACC-2",
    "Under the French reading, the owner of a paid account is refunded; credit transfer is not offered.")
PendingCancellation = _error(
    "PendingCancellation", "PENDING_CANCELLATION", "OWN-5",
    "Remove your cancellation request first: click Reactivate plan on your Billing page.")
ZoomRoomsOnAccount = _error(
    "ZoomRoomsOnAccount", "ZOOM_ROOMS_ON_ACCOUNT", "OWN-4",
    "Owners cannot accept while Zoom Rooms remain on the account: delete them on the Zoom Rooms page.")
UsersStillLinked = _error(
    "UsersStillLinked", "1009", "OWN-3",
    "Error 1009: remove or unlink every user still linked to your account first.")
NoLicenceSeat = _error(
    "NoLicenceSeat", "NO_LICENCE_SEAT", "LIC-3", "The account has no licence seat left to assign.")
RefundOutsideWindow = _error(
    "RefundOutsideWindow", "REFUND_OUTSIDE_WINDOW", "ACC-6",
    "A refund is paid 3 to 5 business days after it is requested.")
NotAnAssociatedDomain = _error(
    "NotAnAssociatedDomain", "NOT_AN_ASSOCIATED_DOMAIN", "LIC-4",
    "Single sign-on adds only users whose address is in one of the account's associated domains.")
NoOpenInvoice = _error(
    "NoOpenInvoice", "NO_OPEN_INVOICE", "CRE-3", "There is no open invoice to apply the credit to.")
NotOnNetTerms = _error(
    "NotOnNetTerms", "NOT_ON_NET_TERMS", "CRE-3",
    "A billing chat applies credit by hand only for accounts on net terms; autopay applies it itself.")
NotAMemberOfTheAccount = _error(
    "NotAMemberOfTheAccount", "NOT_A_MEMBER_OF_THE_ACCOUNT", "LIC-2",
    "This user is not a member of the account yet: invite them as Licensed, or assign the licence once they "
    "have joined.")
InvalidRefundChoice = _error(
    "InvalidRefundChoice", "INVALID_REFUND_CHOICE", "ACC-2",
    "The answer to the refund choice must be a refund or a credit transfer.")
InvalidAddress = _error(
    "InvalidAddress", "INVALID_ADDRESS", "SEC-5",
    "This is not one valid email address (no spaces, no invisible or look-alike characters).")
NoExistingAccount = _error(
    "NoExistingAccount", "NO_EXISTING_ACCOUNT", "LIC-6",
    "Only existing users are added this way: this address has no account of its own.")
InvalidAmount = _error(
    "InvalidAmount", "INVALID_AMOUNT", "CRE-4", "An amount cannot be negative.", (ValueError,))
CurrencyMismatch = _error(
    "CurrencyMismatch", "CURRENCY_MISMATCH", "CRE-4",
    "Amounts in different currencies cannot be added, compared or transferred.", (ValueError,))
SignInFailed = _error(
    "SignInFailed", "SIGN_IN_FAILED", "ACC-10", "The email address or the password is not right.")
UnknownUser = _error("UnknownUser", "UNKNOWN_USER", "", "There is no user with this address.")
UnknownAccount = _error("UnknownAccount", "UNKNOWN_ACCOUNT", "", "There is no such account.")
UnknownItem = _error("UnknownItem", "UNKNOWN_ITEM", "", "There is no such item.")
CommandInProgress = _error(
    "CommandInProgress", "COMMAND_IN_PROGRESS", "",
    "A command of the model was started from inside another one (from its event sink, its clock or its calendar); "
    "it is refused and changed nothing: send it again once the first command has returned.")


class EventDeliveryFailed(Exception):
    """The command is DONE (or was refused, see ``refusal``) and its change is complete; the event sink then failed
    (its exception is the ``__cause__``). The events the sink did not take are kept, in order, in
    ``undelivered`` and in ``AccountService.undelivered_events()``; the next command, or
    ``AccountService.deliver_events()``, offers them to the sink again first. Do not send the command again: it
    would be refused as already done (an accepted invitation is no longer pending) or do it a second time.

    Not a ``JoinError``: a caller that reads a JoinError as "refused, nothing changed" must not read this one so."""

    code = "EVENT_DELIVERY_FAILED"
    rule = ""
    message = "The command completed, but its events could not all be delivered to the event sink."

    def __init__(self, command: str, result: Any = None, undelivered: Sequence[Event] = (),
                 refusal: JoinError | None = None) -> None:
        self.command = command
        self.result = result  # what the command returned
        self.refusal = refusal  # the refusal whose events were being delivered (INV-3's bounce), or None
        self.undelivered = tuple(undelivered)
        outcome = f"was refused ({refusal.code})" if refusal is not None else "completed"
        super().__init__(f"[{self.code}] {command} {outcome}; the event sink failed and "
                         f"{len(self.undelivered)} event(s) are kept undelivered: see "
                         "AccountService.undelivered_events() and deliver_events()")


ALL_ERRORS: tuple[type[JoinError], ...] = tuple(
    cls for cls in list(globals().values()) if isinstance(cls, type) and issubclass(cls, JoinError)
)
