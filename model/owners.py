"""The owner's own account (OWN): a cancellation request and Reactivate plan (OWN-5), Zoom Rooms (OWN-4), and the
users linked to the account, unlinked or removed (OWN-2, OWN-3)."""

from __future__ import annotations

from model import errors, events
from model.account import (
    Account,
    Plan,
    User,
    address_key,
)
from model.state import ServiceState


class OwnersAccounts(ServiceState):
    """The owner's own account: cancellation, Zoom Rooms, linked users."""

    def request_cancellation(self, by: str) -> None:
        with self._lock:
            acc = self.account_of(by)
            self._check_owner(by, acc)
            acc.pending_cancellation = True

    def reactivate_plan(self, by: str) -> None:
        """OWN-5: "Reactivate plan" on the Billing page removes the cancellation request."""
        with self._lock:
            acc = self.account_of(by)
            self._check_owner(by, acc)
            acc.pending_cancellation = False
            self._record(events.PlanReactivated(self.clock.now(), self.user(by).email))

    def add_zoom_room(self, by: str, room: str) -> None:
        with self._lock:
            acc = self.account_of(by)
            self._check_owner(by, acc)
            acc.zoom_rooms.append(room)

    def delete_zoom_room(self, by: str, room: str) -> None:
        """OWN-4: Zoom Rooms are deleted on the Zoom Rooms page."""
        with self._lock:
            acc = self.account_of(by)
            self._check_admin(by, acc.name)
            if room not in acc.zoom_rooms:
                raise errors.UnknownItem(f"Zoom Room {room!r} on {acc.name}")
            acc.zoom_rooms.remove(room)
            self._record(events.ZoomRoomDeleted(self.clock.now(), acc.name, room))

    def unlink_user(self, by: str, email: str) -> Account:
        """OWN-2/OWN-3: an unlinked user leaves the account and keeps a free account of their own."""
        with self._lock:
            acc, user = self._removable(by, email)
            acc.members.remove(user.email)
            new = Account(name=f"account of {user.email}", owner=user.email,
                          plan=Plan.free(self.clock.today(), acc.currency), members=[user.email])
            self.accounts[new.name] = new
            self._set_licensed(user, acc, False)
            user.account, user.role = new.name, "owner"
            self._record(events.UserUnlinked(self.clock.now(), user.email, acc.name))
            return new

    def remove_user(self, by: str, email: str) -> None:
        """OWN-2/OWN-3: a removed user is deleted together with their data."""
        with self._lock:
            acc, user = self._removable(by, email)
            acc.members.remove(user.email)
            self._set_licensed(user, acc, False)
            del self.users[user.email]
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

    def users_outside_managed_domain(self, account: str) -> list[str]:
        """OWN-1/OWN-2: the users of the account whose address is not in one of its managed domains."""
        with self._lock:
            acc = self.account(account)
            return [email for email in acc.members if self.users[email].domain not in acc.managed_domains]
