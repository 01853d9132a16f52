"""Invariants of the model under random use (Hypothesis stateful testing).

Random sequences of every command (invite, resend, revoke, accept by the right and the wrong
address, accept twice, pay, reactivate, delete a Zoom Room, unlink, assign a licence, invoice,
billing chat, advance the clock) are run against the public service API; after every step:
- money is conserved to the cent: every prorated amount is paid out exactly once, as a refund or
  as credit, never both, never twice; credit received = credit applied + credit still held;
- a user is in exactly one account; an owner's users move with the owner;
- an invitation is used at most once and only by its address; an expired or revoked one never works;
- data items move, never duplicated or lost, except what the rules say does not move;
- an account's free licence seats are its seats minus its licensed members and pending Licensed invitations;
- the new account's admins never see chat history from before the user joined.
Profiles: "ci" (default, 1,000 examples) and "long" (`pytest --hypothesis-profile=long`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from model import Meeting, Money, Plan, errors, events, new_service

START = datetime(2026, 3, 2, 9, 0)
INVITERS = {"Acme": "adam@acme.com", "Globex": "gina@globex.com"}
PEOPLE = ["lea@gmail.com", "max@free.fr", "ben@ben.nl", "zoe@rooms.io", "ivy@unpaid.com", "cal@cancel.be"]
LINKED = {"ben@ben.nl": ["sam@outside.org", "kim@ben.nl"]}


class JoinMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.service = new_service(START, holidays=[date(2026, 4, 6)])
        s = self.service
        s.open_account("Acme", "olivia@acme.com", Plan("annual", Money(149900), date(2026, 1, 1),
                                                       date(2027, 1, 1)), licence_seats=2,
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
    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(PEOPLE), licensed=st.booleans())
    def invite(self, account, email, licensed):
        try:
            self.service.invite(INVITERS[account], account, email, licensed=licensed)
        except errors.JoinError:
            pass

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(PEOPLE))
    def resend(self, account, email):
        invitation = self._latest(email, account)
        if invitation is not None:
            try:
                self.service.resend(INVITERS[account], invitation.id)
            except errors.NotPending:
                assert invitation.status != "pending"

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(PEOPLE))
    def revoke(self, account, email):
        invitation = self._latest(email, account)
        if invitation is not None:
            try:
                self.service.revoke(INVITERS[account], invitation.id)
            except errors.NotPending:
                pass

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(PEOPLE),
          as_right_address=st.booleans(), choice=st.sampled_from([None, "refund", "credit"]))
    def accept(self, account, email, as_right_address, choice):
        invitation = self._latest(email, account)
        if invitation is None:
            return
        state_before = invitation.state(self.service.clock.now())
        who = email if as_right_address else "mallory@evil.com"
        try:
            result = self.service.accept(invitation.link, who, choice)
        except errors.JoinError:
            return
        assert as_right_address, "a link worked for an address it was not sent to"
        assert state_before == "pending", f"a {state_before} invitation was accepted"
        self.accepted_ids[invitation.id] += 1
        self.join_results.append(result)
        target = self.service.account(account)
        for moved in result.moved:
            assert self.service.user(moved).account == account
            assert moved in target.members

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

    @rule(account=st.sampled_from(sorted(INVITERS)), email=st.sampled_from(PEOPLE))
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

    @rule(days=st.integers(1, 20))
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
