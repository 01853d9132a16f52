"""Inviting (INV, PRE): who may add users (PRE-1, PRE-2), the invitation email or its bounce (INV-1, INV-3), one
pending invitation per address and account (INV-2), the 30 days (INV-4), resending and revoking (INV-5, INV-6),
the Pending list, and contacting users first (INV-7)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    Invitation,
    address_key,
    check_address,
)
from joinsim.model.state import INVITATION_VALID_DAYS, AddUsersResult, ServiceState
from joinsim.model.transaction import MISSING, command, put_back_entry, query


class InvitingUsers(ServiceState):
    """Adding users: invitations, their emails, resends, revocations and the Pending list."""

    @command
    def contact_user(self, by: str, account: str, email: str) -> None:
        """INV-7: the articles' best practice, contacting a user before inviting them, recorded; not required."""
        self._check_admin(by, account)
        key = check_address(email)
        now = self.clock.now()
        event = events.UserContacted(now, self.user(by).email, key, account)
        contacted = self._contacts.get((account, key), ())
        self._undo.append((put_back_entry, self._contacts, (account, key), contacted or MISSING))
        self._contacts[(account, key)] = [*contacted, now]  # (a new list: the one kept is not changed)
        self._record(event)

    @query
    def contacted(self, account: str, email: str) -> list[datetime]:
        """INV-7: when the owner or an admin of the account contacted this user, oldest first."""
        return list(self._contacts.get((account, address_key(email)), ()))

    @command
    def add_users(self, by: str, account: str, emails: Iterable[str], licensed: bool = False,
                  group: str | None = None) -> AddUsersResult:
        """INV-1: add one or several users at once. Each address is invited or refused on its own; who may
        add users (PRE-1) and whether the account may (PRE-2) are checked once, for the whole command. (The command
        as a whole is all or nothing: if anything else than a refusal of one address stops it, such as the list of
        addresses failing part-way, nobody is invited.)"""
        acc = self._check_can_invite(by, account)
        invited_by = self.user(by).email
        result = AddUsersResult()
        invitations, refused = result.invitations, result.refused
        for email in emails:
            savepoint = self._savepoint()
            try:
                invitations.append(self._invite(acc, invited_by, email, licensed, group))
            except errors.JoinError as refusal:
                self._roll_back_to(savepoint)  # (a refused address changes nothing)
                refused[email] = refusal
                for event in refusal.events:  # INV-3: the bounce is recorded all the same
                    self._record(event)
        return result

    @command
    def invite(self, by: str, account: str, email: str, licensed: bool = False,
               group: str | None = None) -> Invitation:
        acc = self._check_can_invite(by, account)
        return self._invite(acc, self.user(by).email, email, licensed, group)

    def _check_can_invite(self, by: str, account: str) -> Account:
        acc = self.account(account)
        inviter = self.user(by)
        if inviter.account != account or inviter.role not in ("owner", "admin"):  # PRE-1
            raise errors.NotAdminOrOwner(by)
        if not acc.plan.is_paid:  # PRE-2
            raise errors.InviterAccountNotPaid(account)
        return acc

    def _invite(self, acc: Account, invited_by: str, email: str, licensed: bool, group: str | None) -> Invitation:
        account = acc.name
        held = self.users.get(email)  # (an address the model holds as a key was checked when it came in)
        key = email if held is not None else check_address(email)  # SEC-5
        now = self.clock.now()
        if key in self.undeliverable:  # INV-3: refused, and the bounce is recorded with the refusal
            reason = self.undeliverable[key]
            raise errors.UndeliverableAddress(f"{email}: {reason}",
                                              events=(events.InvitationBounced(now, key, account, reason),))
        existing = held if held is not None else self.users.get(key)
        if existing is None:  # adding *existing* users: as single sign-on, refused at once (LIC-6)
            raise errors.NoExistingAccount(email)
        if existing.account == account:
            raise errors.AlreadyMember(email)
        if any(self.invitations[i].account == account and self.invitations[i].state(now) == "pending"
               for i in self._pending_by_email.all(key)):
            raise errors.AlreadyInvited(email)
        if licensed and self.licence_seats_free(account) <= 0:  # LIC-3
            raise errors.NoLicenceSeat(account)
        if group is not None and group not in acc.groups:
            raise errors.UnknownItem(f"group {group!r} of {account}")
        invitation_id = self._new_id("inv", self.invitations)  # (its journal entry takes the invitation back too)
        # (id, email, account, invited_by, licensed, group, sent_at, expires_at)
        invitation = Invitation(invitation_id, key, account, invited_by, licensed, group, now,
                                self._expires_at(now))
        self.invitations[invitation_id] = invitation
        if licensed:
            self._hold_seat(invitation)
        self._pending_by_email.add(key, invitation_id, self._undo.append)
        self._record(events.InvitationEmailSent(now, key, account, invitation_id))
        if self.readings.invitation_email == "fr":  # INV-1, French reading
            self._record(events.InvitationCopySent(now, invited_by, key, account, invitation_id))
        return invitation

    def _expires_at(self, now: datetime) -> datetime:
        """INV-4: the end of the 30 days; invitations sent at the same moment share the one datetime. (A cache of a
        function of ``now``: a command that fails need not put it back.)"""
        expiry = self._expiry
        if expiry is not None and expiry[0] is now:
            return expiry[1]
        expires = now + timedelta(days=INVITATION_VALID_DAYS)
        self._expiry = (now, expires)
        return expires

    @command
    def resend(self, by: str, invitation_id: str) -> Invitation:
        """INV-5 (@assumption): resending restarts the 30-day clock. LIC-3: an expired Licensed invitation holds no
        seat any more; it is resent only if a seat is free, and then holds it again."""
        invitation = self.invitation(invitation_id)
        self._check_admin(by, invitation.account)
        if invitation.status != "pending":
            raise errors.NotPending(f"{invitation.id} is {invitation.status}")
        now = self.clock.now()
        if invitation.licensed and not self._holds_seat(invitation) \
                and self.licence_seats_free(invitation.account) <= 0:  # LIC-3
            raise errors.NoLicenceSeat(f"{invitation.account}: {invitation.id} expired and lost its seat")
        expires_at = self._expires_at(now)
        undo = self._undo.append
        undo((setattr, invitation, "sent_at", invitation.sent_at))
        invitation.sent_at = now
        undo((setattr, invitation, "expires_at", invitation.expires_at))
        invitation.expires_at = expires_at
        self._hold_seat(invitation)  # (again, if it had expired)
        self._record(events.InvitationEmailSent(now, invitation.email, invitation.account, invitation.id,
                                                resent=True))
        return invitation

    @command
    def revoke(self, by: str, invitation_id: str) -> None:
        """INV-6 (@assumption): an admin can revoke a pending invitation."""
        invitation = self.invitation(invitation_id)
        self._check_admin(by, invitation.account)
        now = self.clock.now()
        if invitation.state(now) != "pending":
            raise errors.NotPending(f"{invitation.id} is {invitation.state(now)}")
        self._undo.append((setattr, invitation, "status", invitation.status))
        invitation.status = "revoked"
        self._forget_pending(invitation)
        self._release_seat(invitation)
        self._record(events.InvitationRevoked(now, invitation.email, invitation.account, invitation.id))

    def _forget_pending(self, invitation: Invitation) -> None:
        pending, key = self._pending_by_email, invitation.email
        pending.discard(key, invitation.id, self._undo.append)

    @query
    def pending(self, account: str) -> list[Invitation]:
        """The Pending list of User Management: invitations not yet accepted and not expired."""
        now = self.clock.now()
        return [inv for inv in self.invitations.values()
                if inv.account == account and inv.state(now) == "pending"]

    def invitation(self, invitation_id_or_link: str) -> Invitation:
        """An invitation by its id, or by its link, which ends with the id (an id holds no "/")."""
        invitation_id = invitation_id_or_link
        if "/" in invitation_id:
            invitation_id = invitation_id.rstrip("/").rpartition("/")[2]
        found = self.invitations.get(invitation_id)
        if found is None:
            raise errors.UnknownItem(f"invitation {invitation_id_or_link}")
        return found

    @query
    def invitation_for(self, email: str, account: str) -> Invitation:
        """The most recent invitation from ``account`` to ``email``, whatever its state."""
        key = address_key(email)
        found = [inv for inv in self.invitations.values() if inv.email == key and inv.account == account]
        if not found:
            raise errors.UnknownItem(f"invitation from {account} to {email}")
        return found[-1]
