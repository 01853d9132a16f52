"""The world as it was before the story: accounts, users, plans, invoices, domains, meetings, contacts and
chat. Addresses and amounts are checked here too (SEC-5, CRE-4): a world that could not exist is refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from joinsim.model import errors
from joinsim.model.account import (
    Account,
    Billing,
    ChatMessage,
    Contact,
    Invoice,
    Meeting,
    Plan,
    User,
    address_key,
    check_address,
)
from joinsim.model.calendar import BusinessCalendar
from joinsim.model.money import Money
from joinsim.model.state import Readings, ServiceState, _lower, _password_hash
from joinsim.model.transaction import MISSING, command, put_back_entry, put_back_items, truncate


def _forget_new(accounts: dict, name: str, users: dict, owner: str) -> None:
    """Undoes ``open_account``: its new account and new owner, in one entry of the journal (it makes one for every
    simulated user)."""
    accounts.pop(name, None)
    users.pop(owner, None)


class SettingUpTheWorld(ServiceState):
    """The world as it was before the story (set-up commands the scenarios' Givens and the simulator use)."""

    @command
    def open_account(
        self,
        name: str,
        owner_email: str,
        plan: Plan | None = None,
        billing: Billing = "autopay",
        **details,
    ) -> Account:
        if name in self.accounts:
            raise ValueError(f"account {name!r} already exists")
        owner = check_address(owner_email)
        if owner in self.users:
            raise ValueError(f"user {owner!r} already exists")
        plan = plan or Plan.free(self.clock.today())
        if plan.price.cents < 0:  # CRE-4
            raise errors.InvalidAmount(f"a {plan.kind} plan at {plan.price}")
        if details:
            account = Account(name, owner, plan, billing, **details)
        else:  # (the usual case, and the quicker call)
            account = Account(name, owner, plan, billing)
        self._undo.append((_forget_new, self.accounts, name, self.users, owner))  # (both new: checked above)
        self.accounts[name] = account
        self._add_user(User(owner, name, "owner"), account, True)
        return account

    @command
    def add_existing_member(self, account: str, email: str, role: Literal["admin", "member"] = "member",
                            **details) -> User:
        """Set-up only: a user already on an account (an admin, or a user linked to an owner)."""
        return self._add_user(User(check_address(email), account, role, **details), self.account(account))

    @command
    def mark_undeliverable(self, email: str, reason: str) -> None:
        """Set-up only: the address does not exist or refuses external email."""
        key = address_key(email)
        self._undo.append((put_back_entry, self.undeliverable, key, self.undeliverable.get(key, MISSING)))
        self.undeliverable[key] = reason

    @command
    def mark_deliverable(self, email: str) -> None:
        """Set-up, at any time: the address exists now, or accepts external email again (INV-3)."""
        key = address_key(email)
        self._undo.append((put_back_entry, self.undeliverable, key, self.undeliverable.get(key, MISSING)))
        self.undeliverable.pop(key, None)

    @command
    def add_public_holiday(self, day: date) -> None:
        """Set-up, at any time: a public holiday, which is not a business day (ACC-6). Refunds already requested
        keep the window they were given."""
        calendar = BusinessCalendar(self.calendar.holidays | {day})
        self._undo.append((setattr, self, "calendar", self.calendar))
        self.calendar = calendar

    @command
    def set_readings(self, readings: Readings) -> None:
        """Set-up, at any time: which reading of the French and Dutch articles the model follows from now on."""
        self._undo.append((setattr, self, "readings", self.readings))
        self.readings = readings

    @command
    def set_password(self, email: str, password: str) -> None:
        """Set-up: the password the user signs in with (ACC-10). Only a hash of it is kept."""
        key = self.user(check_address(email)).email
        self._undo.append((put_back_entry, self._passwords, key, self._passwords.get(key, MISSING)))
        self._passwords[key] = _password_hash(key, password)

    def _add_user(self, user: User, account: Account, new_account: bool = False) -> User:
        """``new_account``: the account and this user, its owner, are new, and the command's journal takes both back
        already (``open_account``)."""
        key = _lower(user.email)
        if key in self.users:
            raise ValueError(f"user {user.email!r} already exists")
        user.email = key  # (an address is kept as the model compares it: members, events and keys agree)
        undo = self._undo.append
        members = account.members
        if not new_account:
            undo((self.users.pop, key, None))  # (an address not taken: checked above)
            undo((truncate, members, len(members)))
        self.users[key] = user
        members.append(key)
        if user._licensed:
            undo((setattr, account, "licensed_members", account.licensed_members))
            account.licensed_members += 1
        return user

    @command
    def make_admin(self, by: str, email: str, account: str | None = None) -> None:
        """The owner or an admin makes a member of the account (``by``'s own) an admin, who may then add users
        (PRE-1)."""
        acc = self.account_of(by) if account is None else self.account(account)
        self._check_admin(by, acc.name)
        user = self.user(email)
        if user.account != acc.name:
            raise errors.NotAMemberOfTheAccount(f"{email} is not on {acc.name}")
        if user.role == "member":
            self._undo.append((setattr, user, "role", user.role))
            user.role = "admin"

    @command
    def add_managed_domain(self, account: str, domain: str) -> None:
        """Set-up only: a domain the account manages."""
        domains = self.account(account).managed_domains
        self._undo.append((put_back_items, domains, domains.copy()))
        domains.add(address_key(domain))

    @command
    def schedule_meeting(self, email: str, meeting_id: str, topic: str,
                         kind: Literal["meeting", "webinar"] = "meeting") -> Meeting:
        """Set-up only: a meeting or webinar the user has scheduled, with its ID."""
        meeting = Meeting(meeting_id, topic, kind)
        meetings = self.user(email).meetings
        self._undo.append((truncate, meetings, len(meetings)))
        meetings.append(meeting)
        return meeting

    @command
    def add_contact(self, email: str, name: str, personal: bool = False) -> None:
        contacts = self.user(email).contacts
        self._undo.append((truncate, contacts, len(contacts)))
        contacts.append(Contact(name, personal))

    @command
    def write_chat(self, email: str, text: str, at: datetime | None = None) -> None:
        chat = self.user(email).chat
        message = ChatMessage(text, at or self.clock.now())
        self._undo.append((truncate, chat, len(chat)))
        chat.append(message)

    @command
    def add_invoice(self, account: str, amount: Money, paid: bool = False, issued_on: date | None = None) -> Invoice:
        """Set-up only: an invoice already on an account, paid or not, issued today or on the day given."""
        acc = self.account(account)
        self._check_amount(acc, amount)
        invoice = Invoice(id=self._next_id("invoice"), amount=amount, issued_on=issued_on or self.clock.today(),
                          paid_cents=amount.cents if paid else 0)
        invoices = acc.invoices
        self._undo.append((put_back_items, invoices, invoices.copy()))
        invoices.append(invoice)
        invoices.sort(key=lambda i: i.issued_on)  # (oldest first; stable for invoices of one day)
        return invoice
