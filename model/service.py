"""The one public service API. Every documented rule is enforced here (or in the
small objects of ``model.account``), and nowhere else: the Gherkin steps and the
SimPy simulator both call these commands.

Rule ids in comments match the ``@rule-…`` tags of the ``Rule:`` blocks in ``features/``.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final, Literal

from model import errors, events
from model.account import (
    DEFAULT_JOIN_HOST,
    LICENSED_FEATURES,
    Account,
    Billing,
    ChatMessage,
    Contact,
    HeldSeats,
    Invitation,
    Invoice,
    Meeting,
    Plan,
    Refund,
    User,
    address_key,
    check_address,
)
from model.calendar import BusinessCalendar, Clock
from model.money import Money, prorate

Choice = Literal["refund", "credit"]
CHOICES: Final = ("refund", "credit")  # ACC-2: any other answer is refused (INVALID_REFUND_CHOICE)

REFUND_EARLIEST_BUSINESS_DAYS: Final = 3  # ACC-8 (@assumption): not before the 3rd business day
REFUND_LATEST_BUSINESS_DAYS: Final = 5  # ACC-6: "within 3 to 5 business days", at the latest on the 5th
INVITATION_VALID_DAYS: Final = 30  # INV-4 (@assumption, vendor's English article)
OLD_LINK_WARNING: Final = "This meeting is no longer associated with the account of the old vanity URL."


@dataclass(frozen=True)
class Readings:
    """Where the French and Dutch articles disagree, which reading the model follows.

    linked_users: "nl" (default) the owner joins with every user on the account;
                  "fr" acceptance fails with error 1009 while other users are still linked (OWN-1, OWN-3).
    personal_contacts: "nl" (default) personal contacts stay behind; "fr" all contacts move. (The French list is
                  silent rather than contrary, DAT-2: kept for callers that set it.)
    credit_choice: "nl" (default) a paid-account owner chooses refund or credit transfer;
                   "fr" a paid-account owner is refunded, credit transfer is not offered (ACC-2).
    zoom_rooms: "nl" (default) Zoom Rooms left on the account are an owner condition of their own;
                "fr" they are part of error 1009 (OWN-4).
    refund_payer: "nl" (default) the refund comes back from the user's own plan, the inviting account pays
                  nothing; "fr" the inviting account pays it ("vous pourrez rembourser"), charged as an invoice
                  (ACC-11).
    invitation_email: "nl" (default) each invited user receives the invitation email; "fr" the admin who added
                      them also receives an email for each ("Vous recevrez un e-mail invitant ...") (INV-1).
    licence_assignment: "nl" (default) an admin or the owner assigns a licence later; "fr" a Basic user can take
                        one for themselves ("les utilisateurs de base pourront le faire") (LIC-2).
    """

    linked_users: Literal["nl", "fr"] = "nl"
    personal_contacts: Literal["nl", "fr"] = "nl"
    credit_choice: Literal["nl", "fr"] = "nl"
    zoom_rooms: Literal["nl", "fr"] = "nl"
    refund_payer: Literal["nl", "fr"] = "nl"
    invitation_email: Literal["nl", "fr"] = "nl"
    licence_assignment: Literal["nl", "fr"] = "nl"


@dataclass
class AddUsersResult:
    invitations: list[Invitation] = field(default_factory=list)
    refused: dict[str, errors.JoinError] = field(default_factory=dict)


@dataclass(frozen=True)
class JoinResult:
    email: str
    account: str
    moved: tuple[str, ...]
    prorated: Money
    choice: Choice | None
    refund: Refund | None


@dataclass(frozen=True)
class JoinLinkResult:
    meeting_id: str
    host: str
    warning: str | None


def _lower(text: str) -> str:
    """An address as the model compares it (SEC-5, ``model.account.address_key``): the very same string when it
    already is, so that an address is stored once, not copied for every dictionary and invitation that names it."""
    return address_key(text)


def _password_hash(email: str, password: str) -> str:
    return hashlib.sha256(f"{email}\0{password}".encode()).hexdigest()


class AccountService:
    """The one public API. Safe for concurrent calls: each command runs under one re-entrant lock, so two
    requests that arrive at once (two browser tabs sending the same link) run one after the other (ACC-9)."""

    def __init__(
        self,
        clock: Clock,
        calendar: BusinessCalendar | None = None,
        readings: Readings | None = None,
        event_sink: Callable[[events.Event], None] | None = None,
    ) -> None:
        """``event_sink``: where every domain event goes as it happens (default: ``self.events``, a list that keeps
        them all; the simulator counts them instead of keeping millions)."""
        self.clock = clock
        self.calendar = calendar or BusinessCalendar()
        self.readings = readings or Readings()
        self.events: list[events.Event] = []
        self._record = event_sink or self.events.append
        self.accounts: dict[str, Account] = {}
        self.users: dict[str, User] = {}
        self.invitations: dict[str, Invitation] = {}
        # address -> the id of its pending invitation, or a list of ids when it has several (rare)
        self._pending_by_email: dict[str, str | list[str]] = {}
        self.refunds: dict[str, Refund] = {}
        self.undeliverable: dict[str, str] = {}  # address -> reason
        self._old_links: dict[str, str] = {}  # old join link -> meeting id
        self._counter = 0
        self._expiry: tuple[datetime, datetime] | None = None  # (sent at, expires at), reused
        self._lock = threading.RLock()
        self._passwords: dict[str, str] = {}  # address -> hash of the password (ACC-10)
        self._contacts: dict[tuple[str, str], list[datetime]] = {}  # (account, address) -> when contacted (INV-7)

    def _next_id(self, prefix: str) -> str:
        """The id of the next invitation, refund or invoice: "inv-000042" (a number of at least six digits, counted
        across all of them)."""
        self._counter += 1
        return f"{prefix}-{self._counter:06d}"

    # ------------------------------------------------------------------ set-up
    # The world as it was before the story: accounts, users, plans, invoices. Addresses and amounts are checked
    # here too (SEC-5, CRE-4): a world that could not exist is refused.
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

    def give_licence(self, email: str) -> None:
        """Set-up only: the user already holds a licence (say, on their individual paid plan), and so the account
        has a seat for it (LIC-3: seats in use never exceed the seats)."""
        with self._lock:
            user = self.user(email)
            acc = self.accounts[user.account]
            self._set_licensed(user, acc, True)
            if acc.licensed_members > acc.licence_seats - (acc._held_seats.count(self.clock.now())
                                                            if acc._held_seats is not None else 0):
                acc.licence_seats += 1

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

    def add_associated_domain(self, account: str, domain: str, by: str | None = None) -> None:
        """LIC-4/LIC-6: a domain whose existing users can come in with single sign-on. ``by`` (the command): the
        owner or an admin of a paid account, as for an invitation (PRE-1, PRE-2); without ``by``: set-up."""
        with self._lock:
            acc = self._check_can_invite(by, account) if by is not None else self.account(account)
            acc.sso_domains.add(address_key(domain))

    def add_managed_domain(self, account: str, domain: str) -> None:
        """Set-up only: a domain the account manages."""
        with self._lock:
            self.account(account).managed_domains.add(address_key(domain))

    # ------------------------------------------------------------------ queries
    def account(self, name: str) -> Account:
        try:
            return self.accounts[name]
        except KeyError:
            raise errors.UnknownAccount(name) from None

    def user(self, email: str) -> User:
        user = self.users.get(email)  # the key itself (keys are compared forms): no copy to make
        if user is not None:
            return user
        user = self.users.get(address_key(email))
        if user is None:
            raise errors.UnknownUser(email)
        return user

    def account_of(self, email: str) -> Account:
        return self.account(self.user(email).account)

    def pending(self, account: str) -> list[Invitation]:
        """The Pending list of User Management: invitations not yet accepted and not expired."""
        with self._lock:
            now = self.clock.now()
            return [inv for inv in self.invitations.values()
                    if inv.account == account and inv.state(now) == "pending"]

    def invitation(self, invitation_id_or_link: str) -> Invitation:
        found = self.invitations.get(invitation_id_or_link)  # (an id; a link ends with one)
        if found is not None:
            return found
        invitation_id = invitation_id_or_link.rstrip("/").rsplit("/", 1)[-1]
        try:
            return self.invitations[invitation_id]
        except KeyError:
            raise errors.UnknownItem(f"invitation {invitation_id_or_link}") from None

    def invitation_for(self, email: str, account: str) -> Invitation:
        """The most recent invitation from ``account`` to ``email``, whatever its state."""
        with self._lock:
            key = address_key(email)
            found = [inv for inv in self.invitations.values() if inv.email == key and inv.account == account]
            if not found:
                raise errors.UnknownItem(f"invitation from {account} to {email}")
            return found[-1]

    def mailbox(self, email: str) -> list[events.Event]:
        """Emails delivered to an address, in order (needs the default event log)."""
        with self._lock:
            key = address_key(email)
            return [e for e in self.events
                    if (isinstance(e, events.InvitationEmailSent) and e.email == key)
                    or (isinstance(e, events.InvitationCopySent) and e.to == key)
                    or (isinstance(e, events.CreditConfirmationEmailSent) and e.to == key)]

    def account_balance(self, account: str) -> Money:
        """ACC-4: what the account owes at the statement date (its open invoices); this is not
        the prorated refund or credit of its plan."""
        with self._lock:
            acc = self.account(account)
            return Money(sum(invoice.due_cents for invoice in acc.unpaid_invoices()), acc.currency)

    def invoices(self, account: str) -> list[Invoice]:
        """The invoices of the account, oldest first."""
        with self._lock:
            return list(self.account(account).invoices)

    def prorated_amount(self, email: str) -> Money:
        """ACC-3: the unused part of the plan of this owner's account, prorated by the day, as of today."""
        return self._prorated(self.account_of(email).plan, self.clock.today())

    @staticmethod
    def _prorated(plan: Plan, today: date) -> Money:
        """ACC-3: the unused part of a plan, prorated by the day, rounded once; ACC-7: nothing on a free plan."""
        if not plan.is_paid:
            return Money.zero(plan.price.currency)
        return prorate(plan.price, plan.period_start, plan.period_end, today)

    def users_outside_managed_domain(self, account: str) -> list[str]:
        """OWN-1/OWN-2: the users of the account whose address is not in one of its managed domains."""
        with self._lock:
            acc = self.account(account)
            return [email for email in acc.members if self.users[email].domain not in acc.managed_domains]

    def credit_balance(self, account: str) -> Money:
        acc = self.account(account)
        return Money(acc.credit_cents, acc.currency)

    def chat_visible_to(self, viewer: str, owner: str) -> list[ChatMessage]:
        """DAT-6: the user reads all of their chat history; the admins of the account they
        joined read only what was written after they joined."""
        with self._lock:
            user = self.user(owner)
            if address_key(viewer) == user.email:
                return list(user.chat)
            viewer_user = self.user(viewer)
            if viewer_user.account != user.account or viewer_user.role not in ("owner", "admin"):
                return []
            since = user.joined_at
            return [m for m in user.chat if since is None or m.at >= since]

    def licence_seats_free(self, account: str) -> int:
        """LIC-3: the account's licence seats not used by a licensed member nor held by a pending Licensed
        invitation (both counted as they change: see ``_set_licensed``, ``_hold_seat``, ``_release_seat``).
        Never below zero: no command takes a seat that is not free."""
        with self._lock:
            acc = self.account(account)
            held = acc._held_seats.count(self.clock.now()) if acc._held_seats is not None else 0
            return acc.licence_seats - acc.licensed_members - held

    def holds_licence_seat(self, invitation_id: str) -> bool:
        """LIC-3: whether this invitation holds one of its account's licence seats now."""
        with self._lock:
            invitation = self.invitation(invitation_id)
            return invitation.licensed and self._holds_seat(invitation)

    def contacted(self, account: str, email: str) -> list[datetime]:
        """INV-7: when the owner or an admin of the account contacted this user, oldest first."""
        with self._lock:
            return list(self._contacts.get((account, address_key(email)), ()))

    def sign_in(self, email: str, password: str) -> str:
        """ACC-10: the user signs in at zoom.us with their address and password, as before joining; the result is
        the account they are in."""
        with self._lock:
            key = address_key(email)
            user = self.users.get(key)
            expected = self._passwords.get(key)
            if user is None or expected is None or not hmac.compare_digest(expected, _password_hash(key, password)):
                raise errors.SignInFailed(email)
            return user.account

    @staticmethod
    def _set_licensed(user: User, account: Account, licensed: bool) -> None:
        """The one place a member's licence changes, so that the seats in use stay counted (LIC-3)."""
        if user._licensed != licensed:
            account.licensed_members += 1 if licensed else -1
            user._licensed = licensed

    def _hold_seat(self, invitation: Invitation) -> None:
        """LIC-3: a pending Licensed invitation holds a seat of the inviting account."""
        if not invitation.licensed:
            return
        acc = self.accounts.get(invitation.account)
        if acc is not None:
            if acc._held_seats is None:
                acc._held_seats = HeldSeats()
            acc._held_seats.hold(invitation)

    def _release_seat(self, invitation: Invitation) -> None:
        if not invitation.licensed:
            return
        acc = self.accounts.get(invitation.account)
        if acc is not None and acc._held_seats is not None:
            acc._held_seats.release(invitation)

    def _holds_seat(self, invitation: Invitation) -> bool:
        acc = self.accounts.get(invitation.account)
        return acc is not None and acc._held_seats is not None and acc._held_seats.holds(invitation,
                                                                                          self.clock.now())

    # ------------------------------------------------------------------ inviting
    def contact_user(self, by: str, account: str, email: str) -> None:
        """INV-7: the articles' best practice, contacting a user before inviting them, recorded; not required."""
        with self._lock:
            self._check_admin(by, account)
            key = check_address(email)
            now = self.clock.now()
            self._contacts.setdefault((account, key), []).append(now)
            self._record(events.UserContacted(now, self.user(by).email, key, account))

    def add_users(self, by: str, account: str, emails: Iterable[str], licensed: bool = False,
                  group: str | None = None) -> AddUsersResult:
        """INV-1: add one or several users at once. Each address is invited or refused on its own; who may
        add users (PRE-1) and whether the account may (PRE-2) are checked once, for the whole command."""
        with self._lock:
            acc = self._check_can_invite(by, account)
            invited_by = self.user(by).email
            result = AddUsersResult()
            invitations, refused = result.invitations, result.refused
            for email in emails:
                try:
                    invitations.append(self._invite(acc, invited_by, email, licensed, group))
                except errors.JoinError as refusal:
                    refused[email] = refusal
            return result

    def invite(self, by: str, account: str, email: str, licensed: bool = False,
               group: str | None = None) -> Invitation:
        with self._lock:
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
        key = check_address(email)  # SEC-5
        now = self.clock.now()
        if key in self.undeliverable:  # INV-3
            reason = self.undeliverable[key]
            self._record(events.InvitationBounced(now, key, account, reason))
            raise errors.UndeliverableAddress(f"{email}: {reason}")
        existing = self.users.get(key)
        if existing is not None and existing.account == account:
            raise errors.AlreadyMember(email)
        pending = self._pending_by_email
        ids = pending.get(key)
        if ids is not None and any(self.invitations[i].account == account
                                   and self.invitations[i].state(now) == "pending"
                                   for i in self._pending_ids(key)):
            raise errors.AlreadyInvited(email)
        if licensed and self.licence_seats_free(account) <= 0:  # LIC-3
            raise errors.NoLicenceSeat(account)
        if group is not None and group not in acc.groups:
            raise errors.UnknownItem(f"group {group!r} of {account}")
        invitation_id = self._next_id("inv")
        # (id, email, account, invited_by, licensed, group, sent_at, expires_at)
        invitation = Invitation(invitation_id, key, account, invited_by, licensed, group, now,
                                self._expires_at(now))
        self.invitations[invitation_id] = invitation
        if licensed:
            self._hold_seat(invitation)
        if ids is None:
            pending[key] = invitation_id
        elif isinstance(ids, str):
            pending[key] = [ids, invitation_id]
        else:
            ids.append(invitation_id)
        self._record(events.InvitationEmailSent(now, key, account, invitation_id))
        if self.readings.invitation_email == "fr":  # INV-1, French reading
            self._record(events.InvitationCopySent(now, invited_by, key, account, invitation_id))
        return invitation

    def _expires_at(self, now: datetime) -> datetime:
        """INV-4: the end of the 30 days; invitations sent at the same moment share the one datetime."""
        expiry = self._expiry
        if expiry is not None and expiry[0] is now:
            return expiry[1]
        expires = now + timedelta(days=INVITATION_VALID_DAYS)
        self._expiry = (now, expires)
        return expires

    def resend(self, by: str, invitation_id: str) -> Invitation:
        """INV-5 (@assumption): resending restarts the 30-day clock. LIC-3: an expired Licensed invitation holds no
        seat any more; it is resent only if a seat is free, and then holds it again."""
        with self._lock:
            invitation = self.invitation(invitation_id)
            self._check_admin(by, invitation.account)
            if invitation.status != "pending":
                raise errors.NotPending(f"{invitation.id} is {invitation.status}")
            now = self.clock.now()
            if invitation.licensed and not self._holds_seat(invitation) \
                    and self.licence_seats_free(invitation.account) <= 0:  # LIC-3
                raise errors.NoLicenceSeat(f"{invitation.account}: {invitation.id} expired and lost its seat")
            invitation.sent_at = now
            invitation.expires_at = self._expires_at(now)
            self._hold_seat(invitation)  # (again, if it had expired)
            self._record(events.InvitationEmailSent(now, invitation.email, invitation.account, invitation.id,
                                                    resent=True))
            return invitation

    def revoke(self, by: str, invitation_id: str) -> None:
        """INV-6 (@assumption): an admin can revoke a pending invitation."""
        with self._lock:
            invitation = self.invitation(invitation_id)
            self._check_admin(by, invitation.account)
            if invitation.state(self.clock.now()) != "pending":
                raise errors.NotPending(f"{invitation.id} is {invitation.state(self.clock.now())}")
            invitation.status = "revoked"
            self._forget_pending(invitation)
            self._release_seat(invitation)
            self._record(events.InvitationRevoked(self.clock.now(), invitation.email, invitation.account,
                                                  invitation.id))

    def _check_admin(self, by: str, account: str) -> None:
        inviter = self.user(by)
        if inviter.account != account or inviter.role not in ("owner", "admin"):
            raise errors.NotAdminOrOwner(by)

    def _pending_ids(self, email: str) -> tuple[str, ...]:
        """The ids of the pending invitations to an address, oldest first."""
        ids = self._pending_by_email.get(email)
        if ids is None:
            return ()
        return (ids,) if ids.__class__ is str else tuple(ids)

    def _forget_pending(self, invitation: Invitation) -> None:
        pending = self._pending_by_email
        ids = pending.get(invitation.email)
        if ids is None:
            return
        if isinstance(ids, str):
            if ids == invitation.id:
                del pending[invitation.email]
        elif invitation.id in ids:
            ids.remove(invitation.id)
            if len(ids) == 1:
                pending[invitation.email] = ids[0]

    # ------------------------------------------------------------------ accepting
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

    def accept(self, link: str, as_email: str, choice: Choice | None | object = None) -> JoinResult:
        """ACC-1: the user accepts by opening the link (clicked or pasted in a browser)."""
        with self._lock:  # ACC-9: two tabs sending the same link at once are served one after the other
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
            invitation.status = "accepted"
            self._forget_pending(invitation)
            self._release_seat(invitation)
            return result

    def sign_in_with_sso(self, email: str, account: str, choice: Choice | None | object = None) -> JoinResult:
        """LIC-4/LIC-6: single sign-on with an associated domain is another way into a paid account, for a user
        who already has an account of their own; they join as a Basic user."""
        with self._lock:
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
            self._transfer_credit(email, target, prorated)

        moved = (email, *others)  # OWN-1: the owner brings every user on the account
        for mover_email in moved:
            owner = mover_email == email
            self._move(self.users[mover_email], source, target, licensed if owner else False,
                       group if owner else None, now, None if owner else email, accepting)
            self._record(events.UserJoined(now, mover_email, target.name, source.name,
                                           with_owner=None if owner else email))
        members.clear()
        del self.accounts[source.name]
        return JoinResult(email, target.name, moved, prorated, choice if paid else None, refund)

    def _move(self, user: User, source: Account, target: Account, licensed: bool, group: str | None,
              now: datetime, with_owner: str | None = None, accepting: str | None = None) -> None:
        """DAT-1..6, LIC-1, LIC-5, VAN-1..2: what moves with a user and what does not."""
        email = user.email
        user.account = target.name
        user.role = "member"
        user.joined_at = now
        target.members.append(email)
        # SEC-4: once in an account, every other account's pending invitation to this user is void;
        # OWN-6: a pending invitation of the account she now belongs to is no longer needed.
        ids = self._pending_by_email.get(email)
        if ids is not None:
            for invitation_id in ((ids,) if ids.__class__ is str else tuple(ids)):
                if invitation_id == accepting:
                    continue
                other = self.invitations[invitation_id]
                self._forget_pending(other)
                self._release_seat(other)
                if other.account != target.name:
                    other.status = "void"
                    self._record(events.InvitationVoided(now, email, other.account, other.id))
                else:
                    other.status = "superseded"
                    self._record(events.InvitationSuperseded(now, email, other.account, other.id, with_owner))
        # LIC-1: joining as Basic drops the licensed features; LIC-5: users brought by their owner join as Basic.
        if user._licensed:
            source.licensed_members -= 1
            if not licensed:
                self._record(events.LicenceDropped(now, email, target.name, LICENSED_FEATURES))
        if licensed:
            target.licensed_members += 1
        user._licensed = licensed
        # (The user's containers are read through their slots: one never used is None, i.e. empty.)
        # DAT-4: large-meeting and webinar licences do not move.
        if user._add_ons:
            self._record(events.AddOnLicencesNotTransferred(now, email, target.name,
                                                            tuple(sorted(user._add_ons))))
            user._add_ons = None  # (None: an empty container, see model.account.Lazy)
        # DAT-5: reporting data does not move.
        if user._reports is not None:
            user._reports = None
        # DAT-2: personal contacts do not move (Dutch note; the French list is silent).
        if user._contacts is not None and self.readings.personal_contacts == "nl":
            user._contacts = [c for c in user._contacts if not c.personal]
        # DAT-3: settings that conflict with locked account or group settings are overridden.
        if user._settings:  # (a user without settings has none to override)
            locked = dict(target.locked_settings)
            if group is not None:
                locked.update(target.groups.get(group, {}))
            changed = tuple((name, user.settings[name], value) for name, value in sorted(locked.items())
                            if name in user.settings and user.settings[name] != value)
            if changed:
                for name, _old, value in changed:
                    user.settings[name] = value
                self._record(events.SettingsOverridden(now, email, target.name, changed))
        # VAN-1/2: meeting and webinar IDs stay, join links follow the new vanity URL; VAN-3: a link under the old
        # vanity URL is remembered, to warn the participants who still use it.
        if user._meetings:
            old_host, new_host = source.join_host, target.join_host
            if old_host != new_host:
                if source.vanity_url is not None:
                    for meeting in user._meetings:
                        self._old_links[source.join_link(meeting)] = meeting.id
                self._record(events.JoinLinksChanged(now, email, old_host, new_host,
                                                     tuple(m.id for m in user._meetings)))

    # ------------------------------------------------------------------ money
    def _request_refund(self, email: str, amount: Money) -> Refund:
        today = self.clock.today()
        refund = Refund(  # (id, email, amount, requested_on, earliest, latest)
            self._next_id("ref"), email, amount, today,
            self.calendar.add_business_days(today, REFUND_EARLIEST_BUSINESS_DAYS),
            self.calendar.add_business_days(today, REFUND_LATEST_BUSINESS_DAYS))
        self.refunds[refund.id] = refund
        self._record(events.RefundRequested(self.clock.now(), refund.id, email, amount,
                                            refund.earliest, refund.latest))
        return refund

    def pay_refund(self, refund_id: str, on: date | None = None) -> Refund:
        """ACC-6/ACC-8: the payment provider pays a refund between 3 and 5 business days after the request; ACC-9:
        once."""
        with self._lock:
            refund = self.refunds.get(refund_id)
            if refund is None:
                raise errors.UnknownItem(f"refund {refund_id}")
            day = on or self.clock.today()
            if refund.paid_on is not None:
                raise errors.RefundOutsideWindow(f"{refund.id} was already paid on {refund.paid_on}")
            if not (refund.earliest <= day <= refund.latest) or not self.calendar.is_business_day(day):
                raise errors.RefundOutsideWindow(f"{refund.id} on {day}: allowed {refund.earliest}..{refund.latest}")
            refund.paid_on = day
            self._record(events.RefundPaid(self.clock.now(), refund.id, refund.email, refund.amount, day))
            return refund

    def pay_due_refunds(self) -> list[Refund]:
        """Pays every unpaid refund whose last allowed day has come (never later than 5 business days)."""
        with self._lock:
            today = self.clock.today()
            due = [r for r in self.refunds.values() if r.paid_on is None and r.latest <= today]
            return [self.pay_refund(r.id, on=r.latest) for r in due]

    def _transfer_credit(self, email: str, target: Account, amount: Money) -> None:
        """CRE-1: the credit goes to the inviting account, which gets a confirmation email with the amount."""
        now = self.clock.now()
        if amount.currency != target.currency:  # CRE-4 (_join checks it before anything moves)
            raise errors.CurrencyMismatch(f"cannot mix {target.currency} and {amount.currency}")
        target.credit_cents += amount.cents
        self._record(events.CreditTransferred(now, email, target.name, amount))
        self._record(events.CreditConfirmationEmailSent(now, target.owner, target.name, amount, email))

    @staticmethod
    def _check_amount(acc: Account, amount: Money) -> None:
        """CRE-4: an invoice is never negative, and in the account's currency."""
        if amount.cents < 0:
            raise errors.InvalidAmount(f"an invoice of {amount}")
        if amount.currency != acc.currency:
            raise errors.CurrencyMismatch(f"an invoice of {amount} on {acc.name}, which pays in {acc.currency}")

    def issue_invoice(self, account: str, amount: Money) -> Invoice:
        """CRE-2: on autopay, credit is applied to the next invoice, the rest to the following ones.
        CRE-3: on net terms the invoice stays open with its full amount; credit waits for a billing chat."""
        with self._lock:
            acc = self.account(account)
            self._check_amount(acc, amount)
            return self._issue_invoice(acc, amount)

    def _issue_invoice(self, acc: Account, amount: Money) -> Invoice:
        now = self.clock.now()
        account = acc.name
        invoice = Invoice(id=self._next_id("invoice"), amount=amount, issued_on=now.date())
        acc.invoices.append(invoice)
        self._record(events.InvoiceIssued(now, account, invoice.id, amount))
        if acc.billing == "autopay":
            self._apply_credit(acc, invoice, by="autopay")
            invoice.paid_cents += invoice.due_cents  # autopay charges what the credit did not cover
            self._record(events.InvoicePaid(now, account, invoice.id, Money(invoice.paid_cents, acc.currency)))
        return invoice

    def apply_credit_in_billing_chat(self, account: str, invoice_id: str | None = None) -> Money:
        """CRE-3: under net terms, Billing applies the credit to an open invoice when contacted by chat: the one
        named, or else the oldest open invoice (the oldest debt is settled first)."""
        with self._lock:
            acc = self.account(account)
            if acc.billing != "net_terms":
                raise errors.NotOnNetTerms(account)
            open_invoices = [i for i in acc.unpaid_invoices() if invoice_id in (None, i.id)]
            if not open_invoices:
                raise errors.NoOpenInvoice(account if invoice_id is None else f"{invoice_id} of {account}")
            return self._apply_credit(acc, open_invoices[0], by="billing chat")

    def _apply_credit(self, acc: Account, invoice: Invoice, by: str) -> Money:
        applied = min(acc.credit_cents, invoice.due_cents)
        if applied <= 0:
            return Money.zero(acc.currency)
        acc.credit_cents -= applied
        invoice.credit_applied_cents += applied
        amount = Money(applied, acc.currency)
        self._record(events.CreditApplied(self.clock.now(), acc.name, invoice.id, amount, by))
        return amount

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

    def pay_invoices(self, by: str) -> Money:
        """The owner pays every unpaid invoice of their account (lifts ACC-5)."""
        with self._lock:
            acc = self.account_of(by)
            self._check_admin(by, acc.name)
            total = 0
            for invoice in acc.unpaid_invoices():
                due = invoice.due_cents
                invoice.paid_cents += due
                total += due
                self._record(events.InvoicePaid(self.clock.now(), acc.name, invoice.id,
                                                Money(due, acc.currency)))
            return Money(total, acc.currency)

    # ------------------------------------------------------------------ owner's own account
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

    # ------------------------------------------------------------------ licences
    def _licence_giver(self, by: str, email: str) -> User:
        """LIC-2, DAT-4: who may give a member of their account a licence: the owner or an admin (the French
        reading of LIC-2 also lets a Basic user take one for themselves). The user must be a member already."""
        giver, user = self.user(by), self.user(email)
        if not (self.readings.licence_assignment == "fr" and giver is user):
            self._check_admin(by, giver.account)
        if user.account != giver.account:
            raise errors.NotAMemberOfTheAccount(f"{email} is not a member of {giver.account}")
        return user

    def assign_licence(self, by: str, email: str) -> None:
        """LIC-2: a Basic user can be given a licence later, if a seat is free."""
        with self._lock:
            user = self._licence_giver(by, email)
            if user.licensed:
                return
            if self.licence_seats_free(user.account) <= 0:
                raise errors.NoLicenceSeat(user.account)
            self._set_licensed(user, self.accounts[user.account], True)
            self._record(events.LicenceAssigned(self.clock.now(), user.email, user.account))

    def assign_add_on(self, by: str, email: str, add_on: str) -> None:
        """DAT-4: an admin of the user's account assigns a large-meeting or webinar licence."""
        with self._lock:
            user = self.user(email)
            self._check_admin(by, self.user(by).account)
            if user.account != self.user(by).account:
                raise errors.NotAMemberOfTheAccount(f"{email} is not a member of {self.user(by).account}")
            user.add_ons.add(add_on)

    # ------------------------------------------------------------------ meetings and links
    def join_link(self, email: str, meeting_id: str) -> str:
        with self._lock:
            user = self.user(email)
            return self.account(user.account).join_link(self._meeting(user, meeting_id))

    def open_join_link(self, link: str) -> JoinLinkResult:
        """VAN-3: a link under an old vanity URL still reaches the meeting, with a warning to the participant. A
        plain zoom.us link is not a vanity link: it reaches the meeting by its ID (unchanged, VAN-1), unwarned."""
        with self._lock:
            host = link.split("://", 1)[-1].split("/", 1)[0]
            if link in self._old_links:
                return JoinLinkResult(self._old_links[link], host, OLD_LINK_WARNING)
            for user in self.users.values():
                acc = self.accounts[user.account]
                for meeting in user.meetings:
                    if acc.join_link(meeting) == link:
                        return JoinLinkResult(meeting.id, host, None)
            if host == DEFAULT_JOIN_HOST:
                digits = link.rstrip("/").rsplit("/", 1)[-1]
                for user in self.users.values():
                    for meeting in user.meetings:
                        if meeting.id.replace(" ", "") == digits:
                            return JoinLinkResult(meeting.id, host, None)
            raise errors.UnknownItem(f"join link {link}")

    def resend_meeting_invitations(self, email: str, meeting_id: str) -> str:
        """VAN-4: emailing the guests the meeting invitation again gives them the new link."""
        with self._lock:
            link = self.join_link(email, meeting_id)
            self._record(events.MeetingInvitationsResent(self.clock.now(), self.user(email).email, meeting_id, link))
            return link

    def resend_registration_confirmations(self, email: str, meeting_id: str) -> str:
        """VAN-4: sending the registration confirmation emails again gives the registrants the new link."""
        with self._lock:
            link = self.join_link(email, meeting_id)
            self._record(events.RegistrationConfirmationsResent(self.clock.now(), self.user(email).email,
                                                                meeting_id, link))
            return link

    def update_calendar_events(self, email: str, meeting_id: str) -> str:
        """VAN-4: the join link in the calendar events of the meeting is changed to the new one."""
        with self._lock:
            link = self.join_link(email, meeting_id)
            self._record(events.CalendarEventsUpdated(self.clock.now(), self.user(email).email, meeting_id, link))
            return link

    @staticmethod
    def _meeting(user: User, meeting_id: str) -> Meeting:
        for meeting in user.meetings:
            if meeting.id == meeting_id or meeting.topic == meeting_id:
                return meeting
        raise errors.UnknownItem(f"meeting {meeting_id} of {user.email}")

    # ------------------------------------------------------------------ user data (set-up helpers)
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


def new_service(start: datetime, holidays: Iterable[date] = (), readings: Readings | None = None,
                event_sink: Callable[[events.Event], None] | None = None) -> AccountService:
    """A service with its own clock, the usual way to start a world."""
    return AccountService(Clock(start), BusinessCalendar(frozenset(holidays)), readings, event_sink)
