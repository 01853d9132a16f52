"""Invariants of the model under random use (Hypothesis stateful testing).

Random sequences of every command (invite, resend, revoke, accept by the right and the wrong
address, by a look-alike of the right address, with an answer to the refund choice that is neither
refund nor credit, twice in a row or from two threads at once, pay, reactivate, delete a Zoom Room,
unlink, assign a licence, invoice, billing chat, advance the clock) are run against the public service
API; the users linked to an owner are invited too; after every step:
- money is conserved to the cent: every prorated amount is paid out exactly once, as a refund or
  as credit, never both, never twice; credit received = credit applied + credit still held;
- a user is in exactly one account; an owner's users move with the owner;
- an invitation is used at most once and only by its address; an expired or revoked one never works;
- data items move, never duplicated or lost, except what the rules say does not move;
- an account's free licence seats are its seats minus its licensed members and pending Licensed invitations,
  and never fewer than zero;
- no invitation to someone who is a member of the inviting account stays pending;
- the new account's admins never see chat history from before the user joined.
Profiles: "ci" (default, 1,000 examples) and "long" (`pytest --hypothesis-profile=long`).
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from joinsim.model import Meeting, Money, Plan, errors, events, new_service

START = datetime(2026, 3, 2, 9, 0)
HOLIDAYS = (date(2026, 4, 6),)
INVITERS = {"Acme": "adam@acme.com", "Globex": "gina@globex.com"}
PEOPLE = ["lea@gmail.com", "max@free.fr", "ben@ben.nl", "zoe@rooms.io", "ivy@unpaid.com", "cal@cancel.be",
          "kai.straße@web.de"]
LINKED = {"ben@ben.nl": ["sam@outside.org", "kim@ben.nl"]}
INVITEES = PEOPLE + LINKED["ben@ben.nl"]  # the linked users may have invitations of their own (OWN-6)
STAFF = ["olivia@acme.com", "adam@acme.com", "greg@globex.com", "gina@globex.com"]  # licences fill seats too
NOT_A_CHOICE = ["refnud", "Refund", "", 0, "credit ", "CREDIT", "remboursement"]


def look_alikes(email: str) -> list[str]:
    """Other ways of writing an address: the same address by SEC-5 (capitals A to Z, NFD accents) or another one
    (the Kelvin sign for k, the capital sharp S for ß, the long s, a zero-width space, a fullwidth letter, a
    right-to-left mark)."""
    local, domain = email.split("@")
    fullwidth = chr(0xFF41 + ord(local[0]) - ord("a")) + local[1:]
    return [email.upper(), unicodedata.normalize("NFD", email), " " + email + " ",
            local.replace("k", "\u212a") + "@" + domain, local.upper().replace("SS", "\u1e9e") + "@" + domain,
            local.replace("s", "\u017f") + "@" + domain,
            local + "\u200b@" + domain, fullwidth + "@" + domain, "\u202e" + email]


def same_address(a: str, b: str) -> bool:
    """SEC-5, stated once more here: NFC, then A to Z lowered, after the surrounding spaces are dropped."""
    def key(text: str) -> str:
        text = unicodedata.normalize("NFC", text.strip())
        return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)
    return key(a) == key(b)


class JoinMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.service = self.make_service()
        s = self.service
        s.open_account("Acme", "olivia@acme.com", Plan("annual", Money(149900), date(2026, 1, 1),
                                                       date(2027, 1, 1)), licence_seats=1,
                       locked_settings={"waiting room": "on"})
        s.add_existing_member("Acme", "adam@acme.com", role="admin")
        s.open_account("Globex", "greg@globex.com", Plan("monthly", Money(29900), date(2026, 3, 1),
                                                         date(2026, 4, 1)), billing="net_terms")
        s.add_existing_member("Globex", "gina@globex.com", role="admin")
        plans = {
            "lea@gmail.com": Plan("monthly", Money(1499), date(2026, 2, 20), date(2026, 3, 20)),
            "max@free.fr": None,
            "ben@ben.nl": Plan("annual", Money(14990), date(2025, 11, 1), date(2026, 11, 1)),
            "zoe@rooms.io": Plan("monthly", Money(4999), date(2026, 3, 1), date(2026, 4, 1)),
            "ivy@unpaid.com": Plan("annual", Money(19990), date(2026, 1, 15), date(2027, 1, 15)),
            "cal@cancel.be": Plan("monthly", Money(1333), date(2026, 2, 25), date(2026, 3, 25)),
            "kai.straße@web.de": Plan("monthly", Money(999), date(2026, 3, 1), date(2026, 4, 1)),
        }
        for email, plan in plans.items():
            s.open_account(f"account of {email}", email, plan)
            user = s.user(email)
            if plan is not None:
                s.give_licence(email)
            user.meetings.append(Meeting(f"81{PEOPLE.index(email)} 2345 6789", f"{email} weekly"))
            user.recordings.append(f"{email} recording")
            s.add_contact(email, f"{email} colleague")
            s.add_contact(email, f"{email} mother", personal=True)
            s.write_chat(email, f"{email} before joining", START - timedelta(days=3))
            user.settings["waiting room"] = "off"
            user.reports.append("usage report")
        for email in LINKED["ben@ben.nl"]:
            s.add_existing_member("account of ben@ben.nl", email)
            s.write_chat(email, f"{email} before joining", START - timedelta(days=1))
        s.add_zoom_room("zoe@rooms.io", "Board room")
        s.add_invoice("account of ivy@unpaid.com", Money(19990))
        s.request_cancellation("cal@cancel.be")
        # what the invariants compare against
        self.expected_items = self._data_items()
        self.join_results = []
        self.refused_states: list[tuple[str, str]] = []
        self.accepted_ids: Counter = Counter()

    # ------------------------------------------------------------------ helpers
    def make_service(self):
        """The service under test (tests/test_transactions.py gives it a hostile event sink, clock and calendar)."""
        return new_service(START, holidays=HOLIDAYS)

    def _data_items(self) -> Counter:
        items: Counter = Counter()
        for user in self.service.users.values():
            items.update(("meeting", m.id) for m in user.meetings)
            items.update(("recording", r) for r in user.recordings)
            items.update(("chat", m.text) for m in user.chat)
            items.update(("contact", c.name) for c in user.contacts if not c.personal)
        return items

    def _latest(self, email: str, account: str):
        try:
            return self.service.invitation_for(email, account)
        except errors.UnknownItem:
            return None

    # ------------------------------------------------------------------ commands
    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(INVITEES), licensed=st.booleans())
    def invite(self, account, email, licensed):
        try:
            self.service.invite(INVITERS[account], account, email, licensed=licensed)
        except errors.JoinError:
            pass

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(INVITEES))
    def resend(self, account, email):
        invitation = self._latest(email, account)
        if invitation is not None:
            try:
                self.service.resend(INVITERS[account], invitation.id)
            except errors.NotPending:
                assert invitation.status != "pending"
            except errors.NoLicenceSeat:
                assert invitation.licensed and invitation.is_expired(self.service.clock.now())

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(INVITEES))
    def revoke(self, account, email):
        invitation = self._latest(email, account)
        if invitation is not None:
            try:
                self.service.revoke(INVITERS[account], invitation.id)
            except errors.NotPending:
                pass

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(INVITEES),
          who=st.sampled_from(["invitee"] * 9 + ["mallory@evil.com", *range(9)]),
          choice=st.sampled_from([None, "refund", "credit", None, "refund", "credit", *NOT_A_CHOICE]))
    def accept(self, account, email, who, choice):
        """Accept by the invited address, by someone else, or by a way of writing the invited address (SEC-5),
        with an answer to the refund choice that may be neither refund nor credit (ACC-2)."""
        invitation = self._latest(email, account)
        if invitation is None:
            return
        state_before = invitation.state(self.service.clock.now())
        address = email if who == "invitee" else who if isinstance(who, str) else look_alikes(email)[who]
        events_before = len(self.service.events)
        try:
            result = self.service.accept(invitation.link, address, choice)
        except errors.InvalidRefundChoice:
            assert choice not in (None, "refund", "credit")
            assert len(self.service.events) == events_before, "a refused answer changed something"
            return
        except errors.JoinError:
            return
        assert choice in (None, "refund", "credit"), f"the answer {choice!r} was taken as a choice"
        assert same_address(address, email), f"the link sent to {email} worked for {address!r}"
        assert state_before == "pending", f"a {state_before} invitation was accepted"
        self._joined(invitation, result)

    def _joined(self, invitation, result):
        self.accepted_ids[invitation.id] += 1
        self.join_results.append(result)
        target = self.service.account(invitation.account)
        for moved in result.moved:
            assert self.service.user(moved).account == invitation.account
            assert moved in target.members

    @precondition(lambda self: any(i.status == "pending" for i in self.service.invitations.values()))
    @rule(data=st.data())
    def accept_from_several_tabs_at_once(self, data):
        """ACC-9: a pending invitation's link sent from four threads at the same moment. (One answer for all four,
        so that which thread comes first changes nothing: the test stays repeatable for Hypothesis.)"""
        invitation = data.draw(st.sampled_from(
            [i for i in self.service.invitations.values() if i.status == "pending"]))
        choice = data.draw(st.sampled_from(["refund", "credit"]))
        email = invitation.email
        results, crashes, together = [], [], threading.Barrier(4)

        def tab():
            together.wait()
            try:
                results.append(self.service.accept(invitation.link, email, choice))
            except errors.JoinError:
                pass
            except Exception as crash:  # noqa: BLE001 (reported below, in the test's thread)
                crashes.append(crash)

        tabs = [threading.Thread(target=tab) for _ in range(4)]
        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # (the threads switch as often as they can: the two requests overlap)
        try:
            for thread in tabs:
                thread.start()
            for thread in tabs:
                thread.join()
        finally:
            sys.setswitchinterval(interval)
        assert not crashes, f"accepting from two tabs at once crashed: {crashes}"
        assert len(results) <= 1, f"the link of {email} worked in {len(results)} tabs"
        for result in results:
            self._joined(invitation, result)

    @rule(email=st.sampled_from(PEOPLE))
    def pay_invoices(self, email):
        try:
            self.service.pay_invoices(email)
        except errors.JoinError:
            pass

    @rule(email=st.sampled_from(PEOPLE))
    def reactivate(self, email):
        try:
            self.service.reactivate_plan(email)
        except errors.JoinError:
            pass

    @rule(email=st.sampled_from(PEOPLE))
    def delete_zoom_room(self, email):
        try:
            self.service.delete_zoom_room(email, "Board room")
        except errors.JoinError:
            pass

    @rule(linked=st.sampled_from(LINKED["ben@ben.nl"]))
    def unlink(self, linked):
        try:
            self.service.unlink_user("ben@ben.nl", linked)
        except errors.JoinError:
            pass

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from([*INVITEES, *STAFF]))
    def assign_licence(self, account, email):
        try:
            self.service.assign_licence(INVITERS[account], email)
        except errors.JoinError:
            pass

    @rule(account=st.sampled_from(sorted(INVITERS)), cents=st.integers(1, 60000))
    def invoice(self, account, cents):
        self.service.issue_invoice(account, Money(cents))

    @rule()
    def billing_chat(self):
        try:
            self.service.apply_credit_in_billing_chat("Globex")
        except errors.JoinError:
            pass

    @rule(days=st.integers(1, 35))
    def advance_the_clock(self, days):
        self.service.clock.advance(timedelta(days=days))
        self.service.pay_due_refunds()

    @precondition(lambda self: self.join_results)
    @rule(data=st.data())
    def accept_twice(self, data):
        accepted = [i for i in self.service.invitations.values() if i.status == "accepted"]
        if accepted:
            invitation = data.draw(st.sampled_from(accepted))
            try:
                self.service.accept(invitation.link, invitation.email, "refund")
            except errors.InvitationAlreadyUsed:
                return
            raise AssertionError("an accepted invitation link worked a second time")

    # ------------------------------------------------------------------ invariants
    @invariant()
    def money_is_conserved(self):
        s = self.service
        refunds = Counter()
        credits = Counter()
        for e in s.events:
            if isinstance(e, events.RefundRequested):
                refunds[e.email] += e.amount.cents
            elif isinstance(e, events.CreditTransferred):
                credits[e.email] += e.amount.cents
        for result in self.join_results:
            paid_out = refunds[result.email] + credits[result.email]
            assert paid_out == result.prorated.cents, f"{result.email}: {paid_out} != {result.prorated}"
            assert not (refunds[result.email] and credits[result.email]), "both refund and credit"
        assert sum(r.prorated.cents for r in self.join_results) == sum(refunds.values()) + sum(credits.values())
        paid = Counter(e.refund_id for e in s.events if isinstance(e, events.RefundPaid))
        assert all(n == 1 for n in paid.values()), "a refund was paid twice"
        for name in INVITERS:
            received = sum(e.amount.cents for e in s.events
                           if isinstance(e, events.CreditTransferred) and e.account == name)
            applied = sum(e.amount.cents for e in s.events
                          if isinstance(e, events.CreditApplied) and e.account == name)
            assert received == applied + s.credit_balance(name).cents

    @invariant()
    def every_user_is_in_exactly_one_account(self):
        s = self.service
        where = Counter(email for account in s.accounts.values() for email in account.members)
        assert set(where) == set(s.users), "a user is in no account or an account lists an unknown user"
        assert all(n == 1 for n in where.values()), f"users in several accounts: {where}"
        for email, user in s.users.items():
            assert email in s.accounts[user.account].members

    @invariant()
    def invitations_are_used_once_and_only_by_their_address(self):
        assert all(n == 1 for n in self.accepted_ids.values())
        joined = [e for e in self.service.events if isinstance(e, events.UserJoined) and e.with_owner is None]
        accepted = [i for i in self.service.invitations.values() if i.status == "accepted"]
        assert sorted(e.email for e in joined) == sorted(i.email for i in accepted)

    @invariant()
    def free_licence_seats_are_what_is_neither_used_nor_held(self):
        """LIC-3, counted from scratch: seats minus licensed members minus pending Licensed invitations."""
        s = self.service
        for name, account in s.accounts.items():
            used = sum(1 for email in account.members if s.users[email].licensed)
            held = sum(1 for invitation in s.pending(name) if invitation.licensed)
            assert s.licence_seats_free(name) == account.licence_seats - used - held, name

    @invariant()
    def free_licence_seats_are_never_negative(self):
        """LIC-3: whatever the order of invite, expire, resend, accept and assign."""
        s = self.service
        for name in s.accounts:
            assert s.licence_seats_free(name) >= 0, f"{name} has {s.licence_seats_free(name)} free seats"

    @invariant()
    def no_invitation_of_a_member_stays_pending(self):
        """OWN-6 (and INV-1): someone who is a member of the inviting account has no pending invitation from it."""
        s = self.service
        for name in s.accounts:
            for invitation in s.pending(name):
                user = s.users.get(invitation.email)
                assert user is None or user.account != name, f"{invitation.email} is a member of {name} " \
                    f"and still on its Pending list ({invitation.id})"

    @invariant()
    def data_items_move_and_are_never_duplicated_or_lost(self):
        assert self._data_items() == self.expected_items

    @invariant()
    def admins_never_see_chat_from_before_joining(self):
        s = self.service
        for email, user in s.users.items():
            if user.joined_at is None:
                continue
            for admin in ("olivia@acme.com", "adam@acme.com", "greg@globex.com", "gina@globex.com"):
                visible = s.chat_visible_to(admin, email)
                assert all(m.at >= user.joined_at for m in visible)
            assert len(s.chat_visible_to(email, email)) == len(user.chat)


TestJoinMachine = JoinMachine.TestCase
