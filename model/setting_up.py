"""The world as it was before the story: accounts, users, plans, invoices, domains, meetings, contacts and
chat. Addresses and amounts are checked here too (SEC-5, CRE-4): a world that could not exist is refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from model import errors
from model.account import (
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
from model.calendar import BusinessCalendar
from model.money import Money
from model.state import Readings, ServiceState, _lower, _password_hash


class SettingUpTheWorld(ServiceState):
    """The world as it was before the story (set-up commands the scenarios' Givens and the simulator use)."""

    def open_account(
        self,
        name: str,
        owner_email: str,
        plan: Plan | None = None,
        billing: Billing = "autopay",
        **details,
    ) -> Account:
        with self._lock:
            if name in self.accounts:
                raise ValueError(f"account {name!r} already exists")
            owner = check_address(owner_email)
            plan = plan or Plan.free(self.clock.today())
            if plan.price.cents < 0:  # CRE-4
                raise errors.InvalidAmount(f"a {plan.kind} plan at {plan.price}")
            if details:
                account = Account(name, owner, plan, billing, **details)
            else:  # (the usual case, and the quicker call)
                account = Account(name, owner, plan, billing)
            self.accounts[name] = account
            self._add_user(User(owner, name, "owner"), account)
            return account

    def add_existing_member(self, account: str, email: str, role: Literal["admin", "member"] = "member",
                            **details) -> User:
        """Set-up only: a user already on an account (an admin, or a user linked to an owner)."""
        with self._lock:
            return self._add_user(User(check_address(email), account, role, **details), self.account(account))

    def mark_undeliverable(self, email: str, reason: str) -> None:
        """Set-up only: the address does not exist or refuses external email."""
        with self._lock:
            self.undeliverable[address_key(email)] = reason

    def mark_deliverable(self, email: str) -> None:
        """Set-up, at any time: the address exists now, or accepts external email again (INV-3)."""
        with self._lock:
            self.undeliverable.pop(address_key(email), None)

    def add_public_holiday(self, day: date) -> None:
        """Set-up, at any time: a public holiday, which is not a business day (ACC-6). Refunds already requested
        keep the window they were given."""
        with self._lock:
            self.calendar = BusinessCalendar(self.calendar.holidays | {day})

    def set_readings(self, readings: Readings) -> None:
        """Set-up, at any time: which reading of the French and Dutch articles the model follows from now on."""
        with self._lock:
            self.readings = readings

    def set_password(self, email: str, password: str) -> None:
        """Set-up: the password the user signs in with (ACC-10). Only a hash of it is kept."""
        with self._lock:
            key = self.user(check_address(email)).email
            self._passwords[key] = _password_hash(key, password)

    def _add_user(self, user: User, account: Account) -> User:
        key = _lower(user.email)
        if key in self.users:
            raise ValueError(f"user {user.email!r} already exists")
        user.email = key  # (an address is kept as the model compares it: members, events and keys agree)
        self.users[key] = user
        account.members.append(key)
        if user._licensed:
            account.licensed_members += 1
        return user

    def make_admin(self, by: str, email: str, account: str | None = None) -> None:
        """The owner or an admin makes a member of the account (``by``'s own) an admin, who may then add users
        (PRE-1)."""
        with self._lock:
            acc = self.account_of(by) if account is None else self.account(account)
            self._check_admin(by, acc.name)
            user = self.user(email)
            if user.account != acc.name:
                raise errors.NotAMemberOfTheAccount(f"{email} is not on {acc.name}")
            if user.role == "member":
                user.role = "admin"

    def add_managed_domain(self, account: str, domain: str) -> None:
        """Set-up only: a domain the account manages."""
        with self._lock:
            self.account(account).managed_domains.add(address_key(domain))

    def schedule_meeting(self, email: str, meeting_id: str, topic: str,
                         kind: Literal["meeting", "webinar"] = "meeting") -> Meeting:
        """Set-up only: a meeting or webinar the user has scheduled, with its ID."""
        with self._lock:
            meeting = Meeting(meeting_id, topic, kind)
            self.user(email).meetings.append(meeting)
            return meeting

    def add_contact(self, email: str, name: str, personal: bool = False) -> None:
        with self._lock:
            self.user(email).contacts.append(Contact(name, personal))

    def write_chat(self, email: str, text: str, at: datetime | None = None) -> None:
        with self._lock:
            self.user(email).chat.append(ChatMessage(text, at or self.clock.now()))

    def add_invoice(self, account: str, amount: Money, paid: bool = False, issued_on: date | None = None) -> Invoice:
        """Set-up only: an invoice already on an account, paid or not, issued today or on the day given."""
        with self._lock:
            acc = self.account(account)
            self._check_amount(acc, amount)
            invoice = Invoice(id=self._next_id("invoice"), amount=amount, issued_on=issued_on or self.clock.today(),
                              paid_cents=amount.cents if paid else 0)
            acc.invoices.append(invoice)
            acc.invoices.sort(key=lambda i: i.issued_on)  # (oldest first; stable for invoices of one day)
            return invoice
