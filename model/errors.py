"""Typed errors. Each has a stable ``code``, the ``rule`` id of the feature Rule that
raises it, and a message a product owner understands.

A ``JoinError`` is a refusal: the command changed nothing (``joinsim.model.transaction``). ``EventDeliveryFailed`` is
not a refusal: the command is done, only the delivery of its events to the sink failed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from joinsim.model.events import Event


class JoinError(Exception):
    """A refusal: the command changed nothing. ``events``: what happened all the same and is recorded with the
    refusal (INV-3: the invitation email bounced)."""

    code: ClassVar[str] = "JOIN_ERROR"  # stable: the features' steps and the simulator's outcomes name errors by it
    rule: ClassVar[str] = ""  # the id of the feature Rule that raises it ("": none, a plain look-up)
    message: ClassVar[str] = "The request was refused."
    events: tuple[Event, ...] = ()

    def __init__(self, detail: str = "", events: Sequence[Event] = ()) -> None:
        self.detail = detail
        if events:
            self.events = tuple(events)
        super().__init__(f"[{self.code}] {self.message}" + (f" ({detail})" if detail else ""))


class NotAdminOrOwner(JoinError):
    code = "NOT_ADMIN_OR_OWNER"
    rule = "PRE-1"
    message = "Only an admin or the owner of the account can add users."


class InviterAccountNotPaid(JoinError):
    code = "INVITER_ACCOUNT_NOT_PAID"
    rule = "PRE-2"
    message = "Only a paid account can add existing users."


class UndeliverableAddress(JoinError):
    code = "UNDELIVERABLE_ADDRESS"
    rule = "INV-3"
    message = "The email address must exist and accept external email."


class AlreadyMember(JoinError):
    code = "ALREADY_MEMBER"
    rule = "INV-1"
    message = "This user is already a member of the account."


class AlreadyInvited(JoinError):
    code = "ALREADY_INVITED"
    rule = "INV-2"
    message = "This user already has a pending invitation from the account; resend it instead."


class InvitationExpired(JoinError):
    code = "INVITATION_EXPIRED"
    rule = "INV-4"
    message = "This invitation has expired."


class InvitationRevoked(JoinError):
    code = "INVITATION_REVOKED"
    rule = "INV-6"
    message = "This invitation was revoked by the account."


class NotPending(JoinError):
    code = "INVITATION_NOT_PENDING"
    rule = "INV-5"
    message = "Only a pending invitation can be resent or revoked."


class WrongInvitee(JoinError):
    code = "WRONG_INVITEE"
    rule = "SEC-1"
    message = "Only the invited email address can use this invitation link."


class InvitationAlreadyUsed(JoinError):
    code = "INVITATION_ALREADY_USED"
    rule = "SEC-2"
    message = "This invitation link has already been used."


class InvitationNoLongerValid(JoinError):
    code = "INVITATION_NO_LONGER_VALID"
    rule = "SEC-4"
    message = "This invitation can no longer be used: the user has joined another account."


class MemberOfAnotherAccount(JoinError):
    code = "MEMBER_OF_ANOTHER_ACCOUNT"
    rule = "SEC-3"
    message = "Only the owner of an account can accept; a member must first leave the account they are in."


class UnpaidInvoices(JoinError):
    code = "UNPAID_INVOICES"
    rule = "ACC-5"
    message = "You cannot join another account while you have unpaid invoices."


class RefundChoiceRequired(JoinError):
    code = "REFUND_CHOICE_REQUIRED"
    rule = "ACC-2"
    message = "The owner of a paid account must choose a refund or a credit transfer."


class CreditTransferNotOffered(JoinError):
    code = "CREDIT_TRANSFER_NOT_OFFERED"
    rule = "ACC-2"
    message = "Under the French reading, the owner of a paid account is refunded; credit transfer is not offered."


class PendingCancellation(JoinError):
    code = "PENDING_CANCELLATION"
    rule = "OWN-5"
    message = "Remove your cancellation request first: click Reactivate plan on your Billing page."


class ZoomRoomsOnAccount(JoinError):
    code = "ZOOM_ROOMS_ON_ACCOUNT"
    rule = "OWN-4"
    message = "Owners cannot accept while Zoom Rooms remain on the account: delete them on the Zoom Rooms page."


class UsersStillLinked(JoinError):
    code = "1009"
    rule = "OWN-3"
    message = "Error 1009: remove or unlink every user still linked to your account first."


class NoLicenceSeat(JoinError):
    code = "NO_LICENCE_SEAT"
    rule = "LIC-3"
    message = "The account has no licence seat left to assign."


class RefundOutsideWindow(JoinError):
    code = "REFUND_OUTSIDE_WINDOW"
    rule = "ACC-6"
    message = "A refund is paid 3 to 5 business days after it is requested."


class NotAnAssociatedDomain(JoinError):
    code = "NOT_AN_ASSOCIATED_DOMAIN"
    rule = "LIC-4"
    message = "Single sign-on adds only users whose address is in one of the account's associated domains."


class NoOpenInvoice(JoinError):
    code = "NO_OPEN_INVOICE"
    rule = "CRE-3"
    message = "There is no open invoice to apply the credit to."


class NotOnNetTerms(JoinError):
    code = "NOT_ON_NET_TERMS"
    rule = "CRE-3"
    message = "A billing chat applies credit by hand only for accounts on net terms; autopay applies it itself."


class NotAMemberOfTheAccount(JoinError):
    code = "NOT_A_MEMBER_OF_THE_ACCOUNT"
    rule = "LIC-2"
    message = (
        "This user is not a member of the account yet: invite them as Licensed, or assign the licence once they have "
        "joined."
    )


class InvalidRefundChoice(JoinError):
    code = "INVALID_REFUND_CHOICE"
    rule = "ACC-2"
    message = "The answer to the refund choice must be a refund or a credit transfer."


class InvalidAddress(JoinError):
    code = "INVALID_ADDRESS"
    rule = "SEC-5"
    message = "This is not one valid email address (no spaces, no invisible or look-alike characters)."


class NoExistingAccount(JoinError):
    code = "NO_EXISTING_ACCOUNT"
    rule = "LIC-6"
    message = "Only existing users are added this way: this address has no account of its own."


# The errors of amounts are ValueErrors as well, for callers that caught those before.
class InvalidAmount(JoinError, ValueError):
    code = "INVALID_AMOUNT"
    rule = "CRE-4"
    message = "An amount cannot be negative."


class CurrencyMismatch(JoinError, ValueError):
    code = "CURRENCY_MISMATCH"
    rule = "CRE-4"
    message = "Amounts in different currencies cannot be added, compared or transferred."


class SignInFailed(JoinError):
    code = "SIGN_IN_FAILED"
    rule = "ACC-10"
    message = "The email address or the password is not right."


class UnknownUser(JoinError):
    code = "UNKNOWN_USER"
    rule = ""
    message = "There is no user with this address."


class UnknownAccount(JoinError):
    code = "UNKNOWN_ACCOUNT"
    rule = ""
    message = "There is no such account."


class UnknownItem(JoinError):
    code = "UNKNOWN_ITEM"
    rule = ""
    message = "There is no such item."


class CommandInProgress(JoinError):
    code = "COMMAND_IN_PROGRESS"
    rule = ""
    message = (
        "A command of the model was started from inside another one (from its event sink, its clock or its "
        "calendar); it is refused and changed nothing: send it again once the first command has returned."
    )



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
