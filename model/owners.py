"""The owner's own account (OWN): a cancellation request and Reactivate plan (OWN-5), Zoom Rooms (OWN-4), and the
users linked to the account, unlinked or removed (OWN-2, OWN-3)."""

from __future__ import annotations

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    Plan,
    User,
    address_key,
)
from joinsim.model.state import ServiceState
from joinsim.model.transaction import MISSING, command, put_back_entry, put_back_fields, put_back_items, query, truncate


class OwnersAccounts(ServiceState):
    """The owner's own account: cancellation, Zoom Rooms, linked users."""

    @command
    def request_cancellation(self, by: str) -> None:
        acc = self.account_of(by)
        self._check_owner(by, acc)
        self._undo.append((setattr, acc, "pending_cancellation", acc.pending_cancellation))
        acc.pending_cancellation = True

    @command
    def reactivate_plan(self, by: str) -> None:
        """OWN-5: "Reactivate plan" on the Billing page removes the cancellation request."""
        acc = self.account_of(by)
        self._check_owner(by, acc)
        self._undo.append((setattr, acc, "pending_cancellation", acc.pending_cancellation))
        acc.pending_cancellation = False
        self._record(events.PlanReactivated(self.clock.now(), self.user(by).email))

    @command
    def add_zoom_room(self, by: str, room: str) -> None:
        acc = self.account_of(by)
        self._check_owner(by, acc)
        rooms = acc.zoom_rooms
        self._undo.append((truncate, rooms, len(rooms)))
        rooms.append(room)

    @command
    def delete_zoom_room(self, by: str, room: str) -> None:
        """OWN-4: Zoom Rooms are deleted on the Zoom Rooms page."""
        acc = self.account_of(by)
        self._check_admin(by, acc.name)
        rooms = acc.zoom_rooms
        if room not in rooms:
            raise errors.UnknownItem(f"Zoom Room {room!r} on {acc.name}")
        self._undo.append((put_back_items, rooms, rooms.copy()))
        rooms.remove(room)
        self._record(events.ZoomRoomDeleted(self.clock.now(), acc.name, room))

    @command
    def unlink_user(self, by: str, email: str) -> Account:
        """OWN-2/OWN-3: an unlinked user leaves the account and keeps a free account of their own."""
        acc, user = self._removable(by, email)
        new = Account(name=f"account of {user.email}", owner=user.email,
                      plan=Plan.free(self.clock.today(), acc.currency), members=[user.email])
        undo = self._undo.append
        undo((put_back_items, acc.members, acc.members.copy()))
        acc.members.remove(user.email)
        undo((put_back_entry, self.accounts, new.name, self.accounts.get(new.name, MISSING)))
        self.accounts[new.name] = new
        self._set_licensed(user, acc, False)
        undo((put_back_fields, user, ("account", "role"), (user.account, user.role)))
        user.account, user.role = new.name, "owner"
        self._record(events.UserUnlinked(self.clock.now(), user.email, acc.name))
        return new

    @command
    def remove_user(self, by: str, email: str) -> None:
        """OWN-2/OWN-3: a removed user is deleted together with their data."""
        acc, user = self._removable(by, email)
        undo = self._undo.append
        undo((put_back_items, acc.members, acc.members.copy()))
        acc.members.remove(user.email)
        self._set_licensed(user, acc, False)
        undo((put_back_entry, self.users, user.email, user))
        del self.users[user.email]
        undo((put_back_entry, self._passwords, user.email, self._passwords.get(user.email, MISSING)))
        self._passwords.pop(user.email, None)
        self._record(events.UserRemoved(self.clock.now(), user.email, acc.name))

    def _removable(self, by: str, email: str) -> tuple[Account, User]:
        acc = self.account_of(by)
        self._check_admin(by, acc.name)
        user = self.user(email)
        if user.account != acc.name:
            raise errors.UnknownUser(f"{email} is not on {acc.name}")
        if user.role == "owner":
            raise errors.NotAdminOrOwner(f"the owner {email} cannot be unlinked or removed")
        return acc, user

    def _check_owner(self, by: str, acc: Account) -> None:
        if self.user(by).email != address_key(acc.owner):
            raise errors.NotAdminOrOwner(f"{by} is not the owner of {acc.name}")

    @query
    def users_outside_managed_domain(self, account: str) -> list[str]:
        """OWN-1/OWN-2: the users of the account whose address is not in one of its managed domains."""
        acc = self.account(account)
        return [email for email in acc.members if self.users[email].domain not in acc.managed_domains]
