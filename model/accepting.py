"""Accepting (ACC, SEC, OWN): the user opens the link (ACC-1), the model checks who and what may join (SEC,
ACC-5, OWN-3..5), the refund or credit choice (ACC-2), the prorated amount (ACC-3), and the owner joining with
the users on the account (OWN-1); single sign-on (LIC-4, LIC-6); signing in as before (ACC-10)."""

from __future__ import annotations

import hmac
from datetime import date

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    Plan,
    User,
    address_key,
    check_address,
)
from joinsim.model.money import Money, prorate
from joinsim.model.state import Choice, JoinResult, ServiceState, _password_hash
from joinsim.model.transaction import command, put_back_items, query


def _put_back_account(accounts: dict[str, Account], account: Account, members: list[str]) -> None:
    """Undoes the end of a join: the account the owner left, and its members, are put back (in one entry of the
    journal: every join makes one)."""
    account.members[:] = members
    accounts[account.name] = account


class AcceptingInvitations(ServiceState):
    """Accepting an invitation (or single sign-on): the checks, the choice, the join."""

    @staticmethod
    def _check_choice(answer: object) -> Choice | None:
        """ACC-2: the answer to the refund choice is a refund, a credit transfer, or none (nothing to refund);
        anything else (a typo, another case, an empty answer, a number) is refused. The commands take any object
        as the answer, so that a compiled model refuses it with this error too, not with a TypeError."""
        if answer is None:
            return None
        if answer == "refund":
            return "refund"
        if answer == "credit":
            return "credit"
        raise errors.InvalidRefundChoice(repr(answer))

    @command  # ACC-9: two tabs sending the same link at once are served one after the other
    def accept(self, link: str, as_email: str, choice: Choice | None | object = None) -> JoinResult:
        """ACC-1: the user accepts by opening the link (clicked or pasted in a browser)."""
        answer = self._check_choice(choice)
        invitation = self.invitation(link)
        now = self.clock.now()
        if as_email != invitation.email and check_address(as_email) != invitation.email:  # SEC-5, SEC-1
            raise errors.WrongInvitee(as_email)
        status = invitation.status
        if status == "accepted":  # SEC-2
            raise errors.InvitationAlreadyUsed(invitation.id)
        if status == "revoked":  # INV-6
            raise errors.InvitationRevoked(invitation.id)
        if status == "void":  # SEC-4
            raise errors.InvitationNoLongerValid(invitation.id)
        if status == "superseded":  # OWN-6: she is a member already
            raise errors.AlreadyMember(f"{invitation.email} is a member of {invitation.account}")
        if invitation.is_expired(now):  # INV-4
            raise errors.InvitationExpired(invitation.id)
        target = self.account(invitation.account)
        if not target.plan.is_paid:  # PRE-2
            raise errors.InviterAccountNotPaid(target.name)
        if invitation.licensed and not self._holds_seat(invitation) \
                and self.licence_seats_free(target.name) <= 0:  # LIC-3 (a held seat is the invitation's)
            raise errors.NoLicenceSeat(target.name)
        result = self._join(self.user(invitation.email), target, answer,
                            licensed=invitation.licensed, group=invitation.group, accepting=invitation.id)
        self._undo.append((setattr, invitation, "status", invitation.status))
        invitation.status = "accepted"
        self._forget_pending(invitation)
        self._release_seat(invitation)
        return result

    @command
    def add_associated_domain(self, account: str, domain: str, by: str | None = None) -> None:
        """LIC-4/LIC-6: a domain whose existing users can come in with single sign-on. ``by`` (the command): the
        owner or an admin of a paid account, as for an invitation (PRE-1, PRE-2); without ``by``: set-up."""
        acc = self._check_can_invite(by, account) if by is not None else self.account(account)
        domains = acc.sso_domains
        self._undo.append((put_back_items, domains, domains.copy()))
        domains.add(address_key(domain))

    @command
    def sign_in_with_sso(self, email: str, account: str, choice: Choice | None | object = None) -> JoinResult:
        """LIC-4/LIC-6: single sign-on with an associated domain is another way into a paid account, for a user
        who already has an account of their own; they join as a Basic user."""
        answer = self._check_choice(choice)
        key = check_address(email)  # SEC-5: the address is checked before its domain is read
        target = self.account(account)
        if not target.plan.is_paid:  # PRE-2, on this way in too
            raise errors.InviterAccountNotPaid(target.name)
        if key.rpartition("@")[2] not in target.sso_domains:
            raise errors.NotAnAssociatedDomain(email)
        user = self.users.get(key)
        if user is None:  # LIC-6: existing users only; nobody is created
            raise errors.NoExistingAccount(email)
        return self._join(user, target, answer, licensed=False, group=None)

    def _join(self, user: User, target: Account, choice: Choice | None, licensed: bool,
              group: str | None, accepting: str | None = None) -> JoinResult:
        now = self.clock.now()
        source = self.accounts[user.account]  # (a user's account always exists)
        email = user.email
        if source.name == target.name:
            raise errors.AlreadyMember(email)
        if user.role != "owner":  # SEC-3
            raise errors.MemberOfAnotherAccount(email)
        if source._invoices and source.unpaid_invoices():  # ACC-5
            raise errors.UnpaidInvoices(f"{len(source.unpaid_invoices())} unpaid invoice(s)")
        if source.pending_cancellation:  # OWN-5
            raise errors.PendingCancellation(email)
        if source._zoom_rooms:  # OWN-4
            if self.readings.zoom_rooms == "fr":  # French reading: part of error 1009
                raise errors.UsersStillLinked("Zoom Rooms: " + ", ".join(source.zoom_rooms))
            raise errors.ZoomRoomsOnAccount(", ".join(source.zoom_rooms))
        members = source.members
        others = () if len(members) == 1 and members[0] == email else tuple(m for m in members if m != email)
        if others and self.readings.linked_users == "fr":  # OWN-3, French reading
            raise errors.UsersStillLinked(", ".join(others))
        plan = source.plan
        paid = plan.is_paid
        if paid and choice is None:  # ACC-2
            raise errors.RefundChoiceRequired(email)
        if paid and choice == "credit" and self.readings.credit_choice == "fr":  # ACC-2, French reading
            raise errors.CreditTransferNotOffered(email)

        prorated = self._prorated(plan, now.date())  # ACC-3
        # CRE-4: credit moves only between accounts of one currency; checked before anything moves
        if prorated.cents > 0 and prorated.currency != target.currency and (
                choice == "credit" or self.readings.refund_payer == "fr"):
            raise errors.CurrencyMismatch(f"{prorated} from {source.name} to {target.name} ({target.currency})")
        refund = None
        if prorated.cents > 0 and choice == "refund":  # ACC-6
            refund = self._request_refund(email, prorated)
            if self.readings.refund_payer == "fr":  # ACC-11, French reading: the inviting account pays it
                invoice = self._issue_invoice(target, prorated)
                self._record(events.RefundCharged(now, email, target.name, prorated, invoice.id))
        elif prorated.cents > 0 and choice == "credit":  # CRE-1
            self._transfer_credit(email, target, prorated,
                                  self.invitations[accepting].invited_by if accepting else None)

        moved = (email, *others)  # OWN-1: the owner brings every user on the account
        for mover_email in moved:
            owner = mover_email == email
            self._move(self.users[mover_email], source, target, licensed if owner else False,
                       group if owner else None, now, None if owner else email, accepting)
            self._record(events.UserJoined(now, mover_email, target.name, source.name,
                                           with_owner=None if owner else email))
        self._undo.append((_put_back_account, self.accounts, source, members.copy()))
        members.clear()
        del self.accounts[source.name]
        return JoinResult(email, target.name, moved, prorated, choice if paid else None, refund)

    @query
    def prorated_amount(self, email: str) -> Money:
        """ACC-3: the unused part of the plan of this owner's account, prorated by the day, as of today."""
        return self._prorated(self.account_of(email).plan, self.clock.today())

    @staticmethod
    def _prorated(plan: Plan, today: date) -> Money:
        """ACC-3: the unused part of a plan's current period (it renews at the end of each), prorated by the day,
        rounded once; ACC-7: nothing on a free plan."""
        if not plan.is_paid:
            return Money.zero(plan.price.currency)
        start, end = plan.period_on(today)
        return prorate(plan.price, start, end, today)

    @query
    def sign_in(self, email: str, password: str) -> str:
        """ACC-10: the user signs in at zoom.us with their address and password, as before joining; the result is
        the account they are in."""
        key = address_key(email)
        user = self.users.get(key)
        expected = self._passwords.get(key)
        if user is None or expected is None or not hmac.compare_digest(expected, _password_hash(key, password)):
            raise errors.SignInFailed(email)
        return user.account
