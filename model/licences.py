"""Licences and seats (LIC): joining as Basic or Licensed (LIC-1), assigning a licence later (LIC-2), the seats
in use and held by pending Licensed invitations, never more than the account has (LIC-3), add-on licences."""

from __future__ import annotations

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    HeldSeats,
    Invitation,
    User,
)
from joinsim.model.state import ServiceState
from joinsim.model.transaction import MISSING, command, put_back_entry, put_back_items, query


class Licensing(ServiceState):
    """Licences and licence seats."""

    @command
    def give_licence(self, email: str) -> None:
        """Set-up only: the user already holds a licence (say, on their individual paid plan), and so the account
        has a seat for it (LIC-3: seats in use never exceed the seats)."""
        user = self.user(email)
        acc = self.accounts[user.account]
        held = acc._held_seats.count(self.clock.now()) if acc._held_seats is not None else 0
        self._set_licensed(user, acc, True)
        if acc.licensed_members > acc.licence_seats - held:
            self._undo.append((setattr, acc, "licence_seats", acc.licence_seats))
            acc.licence_seats += 1

    def _set_licensed(self, user: User, account: Account, licensed: bool) -> None:
        """The one place a member's licence changes, so that the seats in use stay counted (LIC-3)."""
        if user._licensed != licensed:
            undo = self._undo.append
            undo((setattr, account, "licensed_members", account.licensed_members))
            account.licensed_members += 1 if licensed else -1
            undo((setattr, user, "_licensed", user._licensed))
            user._licensed = licensed

    def _hold_seat(self, invitation: Invitation) -> None:
        """LIC-3: a pending Licensed invitation holds a seat of the inviting account. (``HeldSeats`` keeps the
        holders by id, and a heap of expiries that only says where to look: an entry whose invitation holds no seat
        is skipped, so a command that fails puts back the holders only.)"""
        if not invitation.licensed:
            return
        acc = self.accounts.get(invitation.account)
        if acc is not None:
            undo = self._undo.append
            if acc._held_seats is None:
                undo((setattr, acc, "_held_seats", None))
                acc._held_seats = HeldSeats()
            holders = acc._held_seats._by_id
            undo((put_back_entry, holders, invitation.id, holders.get(invitation.id, MISSING)))
            acc._held_seats.hold(invitation)

    def _release_seat(self, invitation: Invitation) -> None:
        if not invitation.licensed:
            return
        acc = self.accounts.get(invitation.account)
        if acc is not None and acc._held_seats is not None:
            holders = acc._held_seats._by_id
            self._undo.append((put_back_entry, holders, invitation.id, holders.get(invitation.id, MISSING)))
            acc._held_seats.release(invitation)

    def _holds_seat(self, invitation: Invitation) -> bool:
        acc = self.accounts.get(invitation.account)
        return acc is not None and acc._held_seats is not None and acc._held_seats.holds(invitation,
                                                                                          self.clock.now())

    def _licence_giver(self, by: str, email: str) -> User:
        """LIC-2, DAT-4: who may give a member of their account a licence: the owner or an admin (the French
        reading of LIC-2 also lets a Basic user take one for themselves). The user must be a member already."""
        giver, user = self.user(by), self.user(email)
        if not (self.readings.licence_assignment == "fr" and giver is user):
            self._check_admin(by, giver.account)
        if user.account != giver.account:
            raise errors.NotAMemberOfTheAccount(f"{email} is not a member of {giver.account}")
        return user

    @command
    def assign_licence(self, by: str, email: str) -> None:
        """LIC-2: a Basic user can be given a licence later, if a seat is free."""
        user = self._licence_giver(by, email)
        if user.licensed:
            return
        if self.licence_seats_free(user.account) <= 0:
            raise errors.NoLicenceSeat(user.account)
        self._set_licensed(user, self.accounts[user.account], True)
        self._record(events.LicenceAssigned(self.clock.now(), user.email, user.account))

    @command
    def assign_add_on(self, by: str, email: str, add_on: str) -> None:
        """DAT-4: an admin of the user's account assigns a large-meeting or webinar licence."""
        user = self.user(email)
        self._check_admin(by, self.user(by).account)
        if user.account != self.user(by).account:
            raise errors.NotAMemberOfTheAccount(f"{email} is not a member of {self.user(by).account}")
        add_ons = user.add_ons
        self._undo.append((put_back_items, add_ons, add_ons.copy()))
        add_ons.add(add_on)

    @query
    def licence_seats_free(self, account: str) -> int:
        """LIC-3: the account's licence seats not used by a licensed member nor held by a pending Licensed
        invitation (both counted as they change: see ``_set_licensed``, ``_hold_seat``, ``_release_seat``).
        Never below zero: no command takes a seat that is not free."""
        acc = self.account(account)
        held = acc._held_seats.count(self.clock.now()) if acc._held_seats is not None else 0
        return acc.licence_seats - acc.licensed_members - held

    @query
    def holds_licence_seat(self, invitation_id: str) -> bool:
        """LIC-3: whether this invitation holds one of its account's licence seats now."""
        invitation = self.invitation(invitation_id)
        return invitation.licensed and self._holds_seat(invitation)
