"""Unit tests of the service API, read as sentences. The scenarios in features/ are the
specification; these tests pin the API contract the simulator relies on."""

import ast
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from joinsim.model import Money, Plan, Readings, errors, events, new_service

START = datetime(2026, 3, 10, 9, 0)  # a Tuesday


def world(readings=None):
    service = new_service(START, readings=readings)
    service.open_account("Acme", "olivia@acme.com",
                         Plan("annual", Money(149900), date(2026, 1, 1), date(2027, 1, 1)), licence_seats=1)
    service.add_existing_member("Acme", "adam@acme.com", role="admin")
    return service


def individual(service, email, price_cents=1499, kind="monthly"):
    plan = (Plan(kind, Money(price_cents), date(2026, 3, 1), date(2026, 4, 1)) if price_cents
            else Plan.free(START.date()))
    return service.open_account(f"account of {email}", email, plan)


# Every refusal of the model, its stable code and the Rule that raises it: callers (the steps, the simulator's
# outcomes, anyone reading a log) name errors by code, so a code is never changed nor reused.
ERROR_CODES = [
    ("JoinError", "JOIN_ERROR", ""),
    ("NotAdminOrOwner", "NOT_ADMIN_OR_OWNER", "PRE-1"),
    ("InviterAccountNotPaid", "INVITER_ACCOUNT_NOT_PAID", "PRE-2"),
    ("UndeliverableAddress", "UNDELIVERABLE_ADDRESS", "INV-3"),
    ("AlreadyMember", "ALREADY_MEMBER", "INV-1"),
    ("AlreadyInvited", "ALREADY_INVITED", "INV-2"),
    ("InvitationExpired", "INVITATION_EXPIRED", "INV-4"),
    ("InvitationRevoked", "INVITATION_REVOKED", "INV-6"),
    ("NotPending", "INVITATION_NOT_PENDING", "INV-5"),
    ("WrongInvitee", "WRONG_INVITEE", "SEC-1"),
    ("InvitationAlreadyUsed", "INVITATION_ALREADY_USED", "SEC-2"),
    ("InvitationNoLongerValid", "INVITATION_NO_LONGER_VALID", "SEC-4"),
    ("MemberOfAnotherAccount", "MEMBER_OF_ANOTHER_ACCOUNT", "SEC-3"),
    ("UnpaidInvoices", "UNPAID_INVOICES", "ACC-5"),
    ("RefundChoiceRequired", "REFUND_CHOICE_REQUIRED", "ACC-2"),
    ("CreditTransferNotOffered", "CREDIT_TRANSFER_NOT_OFFERED", "ACC-2"),
    ("PendingCancellation", "PENDING_CANCELLATION", "OWN-5"),
    ("ZoomRoomsOnAccount", "ZOOM_ROOMS_ON_ACCOUNT", "OWN-4"),
    ("UsersStillLinked", "1009", "OWN-3"),
    ("NoLicenceSeat", "NO_LICENCE_SEAT", "LIC-3"),
    ("RefundOutsideWindow", "REFUND_OUTSIDE_WINDOW", "ACC-6"),
    ("NotAnAssociatedDomain", "NOT_AN_ASSOCIATED_DOMAIN", "LIC-4"),
    ("NoOpenInvoice", "NO_OPEN_INVOICE", "CRE-3"),
    ("NotOnNetTerms", "NOT_ON_NET_TERMS", "CRE-3"),
    ("NotAMemberOfTheAccount", "NOT_A_MEMBER_OF_THE_ACCOUNT", "LIC-2"),
    ("InvalidRefundChoice", "INVALID_REFUND_CHOICE", "ACC-2"),
    ("InvalidAddress", "INVALID_ADDRESS", "SEC-5"),
    ("NoExistingAccount", "NO_EXISTING_ACCOUNT", "LIC-6"),
    ("InvalidAmount", "INVALID_AMOUNT", "CRE-4"),
    ("CurrencyMismatch", "CURRENCY_MISMATCH", "CRE-4"),
    ("SignInFailed", "SIGN_IN_FAILED", "ACC-10"),
    ("UnknownUser", "UNKNOWN_USER", ""),
    ("UnknownAccount", "UNKNOWN_ACCOUNT", ""),
    ("UnknownItem", "UNKNOWN_ITEM", ""),
    ("CommandInProgress", "COMMAND_IN_PROGRESS", ""),
]


def test_every_error_has_a_stable_code_and_a_message():
    assert [(cls.__name__, cls.code, cls.rule) for cls in errors.ALL_ERRORS] == ERROR_CODES
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes)), "codes must be unique"
    assert all(cls.message for cls in errors.ALL_ERRORS)
    assert {errors.InvalidAmount, errors.CurrencyMismatch} == {
        cls for cls in errors.ALL_ERRORS if issubclass(cls, ValueError)}


def test_every_error_is_a_class_statement_that_tools_can_see():
    """No error is made by ``type()``: "go to definition" and mypy find each one's class statement."""
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    statements = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    defined = {name for name, value in vars(errors).items()
               if isinstance(value, type) and value.__module__ == errors.__name__}
    assert defined == statements, defined ^ statements
    assert set(errors.ALL_ERRORS) == {
        value for value in vars(errors).values() if isinstance(value, type) and issubclass(value, errors.JoinError)}


def test_an_invited_paid_user_who_chooses_credit_moves_money_to_the_inviting_account():
    service = world()
    individual(service, "lea@gmail.com")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    result = service.accept(invitation.link, "lea@gmail.com", "credit")
    assert result.prorated == Money(1064)
    assert service.credit_balance("Acme") == Money(1064)
    assert service.user("lea@gmail.com").account == "Acme"
    assert "account of lea@gmail.com" not in service.accounts
    confirmation = [e for e in service.events if isinstance(e, events.CreditConfirmationEmailSent)]
    assert [(e.to, e.amount) for e in confirmation] == [("adam@acme.com", Money(1064))]  # CRE-1: who invited (NL)


def test_a_batch_invites_each_address_on_its_own():
    service = world()
    individual(service, "lea@gmail.com", 0)
    service.mark_undeliverable("ghost@nowhere.test", "the address does not exist")
    result = service.add_users("adam@acme.com", "Acme", ["lea@gmail.com", "ghost@nowhere.test"])
    assert [i.email for i in result.invitations] == ["lea@gmail.com"]
    assert result.refused["ghost@nowhere.test"].code == "UNDELIVERABLE_ADDRESS"
    assert any(isinstance(e, events.InvitationBounced) for e in service.events)


def test_blockers_are_checked_before_any_money_moves():
    service = world()
    individual(service, "lea@gmail.com")
    service.add_invoice("account of lea@gmail.com", Money(1499))
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    with pytest.raises(errors.UnpaidInvoices):
        service.accept(invitation.link, "lea@gmail.com", "credit")
    assert service.credit_balance("Acme") == Money(0)
    service.pay_invoices("lea@gmail.com")
    service.accept(invitation.link, "lea@gmail.com", "credit")
    assert service.credit_balance("Acme") == Money(1064)


def test_the_french_reading_of_linked_users_refuses_with_1009_until_they_are_unlinked():
    service = world(Readings(linked_users="fr"))
    individual(service, "ben@ben.fr")
    service.add_existing_member("account of ben@ben.fr", "sam@other.org")
    invitation = service.invite("adam@acme.com", "Acme", "ben@ben.fr")
    with pytest.raises(errors.UsersStillLinked) as refusal:
        service.accept(invitation.link, "ben@ben.fr", "refund")
    assert refusal.value.code == "1009" and refusal.value.rule == "OWN-3"
    service.unlink_user("ben@ben.fr", "sam@other.org")
    assert service.accept(invitation.link, "ben@ben.fr", "refund").moved == ("ben@ben.fr",)
    assert service.user("sam@other.org").account == "account of sam@other.org"


def test_a_refund_is_paid_no_later_than_five_business_days():
    service = world()
    individual(service, "lea@gmail.com")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    refund = service.accept(invitation.link, "lea@gmail.com", "refund").refund
    assert (refund.earliest, refund.latest) == (date(2026, 3, 13), date(2026, 3, 17))
    with pytest.raises(errors.RefundOutsideWindow):
        service.pay_refund(refund.id, on=date(2026, 3, 12))
    service.clock.advance(timedelta(days=10))
    assert [r.paid_on for r in service.pay_due_refunds()] == [date(2026, 3, 17)]
    assert service.pay_due_refunds() == []


def test_autopay_applies_credit_to_the_next_invoice_and_carries_the_rest():
    service = world()
    individual(service, "lea@gmail.com", 149900, "annual")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    service.accept(invitation.link, "lea@gmail.com", "credit")
    credit = service.credit_balance("Acme").cents
    first = service.issue_invoice("Acme", Money(50000))
    assert first.credit_applied_cents == 50000 and not first.is_open
    assert service.credit_balance("Acme").cents == credit - 50000


def test_licensed_invitations_reserve_seats():
    service = world()
    individual(service, "lea@gmail.com", 0)
    individual(service, "max@gmail.com", 0)
    service.invite("adam@acme.com", "Acme", "lea@gmail.com", licensed=True)
    with pytest.raises(errors.NoLicenceSeat):
        service.invite("adam@acme.com", "Acme", "max@gmail.com", licensed=True)


def test_a_licence_changes_only_through_the_service_which_counts_the_seats_in_use():
    service = world()  # one licence seat
    service.add_existing_member("Acme", "bob@acme.com")
    with pytest.raises(AttributeError):
        service.user("bob@acme.com").licensed = True  # would bypass the seat count (LIC-3)
    service.assign_licence("adam@acme.com", "bob@acme.com")
    assert service.user("bob@acme.com").licensed
    assert service.licence_seats_free("Acme") == 0
    service.unlink_user("olivia@acme.com", "bob@acme.com")  # an unlinked user keeps a free, unlicensed account
    assert not service.user("bob@acme.com").licensed
    assert service.licence_seats_free("Acme") == 1


def test_an_expired_licensed_invitation_frees_its_seat_until_it_is_resent():
    service = world()  # one licence seat
    individual(service, "lea@gmail.com", 0)
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com", licensed=True)
    assert service.licence_seats_free("Acme") == 0
    service.clock.advance(timedelta(days=31))  # INV-4: expired
    assert service.licence_seats_free("Acme") == 1
    service.resend("adam@acme.com", invitation.id)  # INV-5: pending again, for 30 more days
    assert service.licence_seats_free("Acme") == 0
    service.accept(invitation.link, "lea@gmail.com")
    assert service.user("lea@gmail.com").licensed
    assert service.licence_seats_free("Acme") == 0  # the seat held is now a seat used


# ------------------------------------------------------------------ issue 14: money and identity under abuse
def test_amounts_of_different_currencies_are_neither_added_nor_compared():
    with pytest.raises(errors.CurrencyMismatch):
        Money(500, "EUR") < Money(100, "USD")  # noqa: B015
    with pytest.raises(ValueError):  # (CurrencyMismatch is a ValueError too, as before)
        Money(500, "EUR") >= Money(100, "USD")  # noqa: B015
    assert Money(100) < Money(500) and sorted([Money(3), Money(1)]) == [Money(1), Money(3)]
    assert Money(500, "EUR") != Money(500, "USD")


@pytest.mark.parametrize("answer", ["refnud", "Refund", "", 0, "credit ", "CREDIT", b"refund"])
def test_an_answer_that_is_neither_refund_nor_credit_is_refused_and_changes_nothing(answer):
    service = world()
    individual(service, "lea@gmail.com")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    before = len(service.events)
    with pytest.raises(errors.InvalidRefundChoice) as refusal:
        service.accept(invitation.link, "lea@gmail.com", answer)
    assert refusal.value.code == "INVALID_REFUND_CHOICE" and refusal.value.rule == "ACC-2"
    assert len(service.events) == before and invitation.status == "pending"
    assert service.user("lea@gmail.com").account == "account of lea@gmail.com"


def test_two_threads_accepting_the_same_link_pay_it_back_once():
    """ACC-9: 300 times, the same link from two threads at once (one refund, one credit): one join, one payment."""
    import sys
    import threading

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(300):
            service = world()
            individual(service, "lea@gmail.com")
            invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
            outcomes: list[str] = []
            together = threading.Barrier(2)

            def tab(choice, service=service, invitation=invitation, outcomes=outcomes, together=together):
                together.wait()
                try:
                    service.accept(invitation.link, "lea@gmail.com", choice)
                    outcomes.append("joined")
                except errors.JoinError as refusal:
                    outcomes.append(refusal.code)
                except Exception as crash:  # noqa: BLE001
                    outcomes.append(repr(crash))

            tabs = [threading.Thread(target=tab, args=(c,)) for c in ("refund", "credit")]
            for thread in tabs:
                thread.start()
            for thread in tabs:
                thread.join()
            assert sorted(outcomes) == ["INVITATION_ALREADY_USED", "joined"], outcomes
            paid = [e for e in service.events if isinstance(e, events.RefundRequested | events.CreditTransferred)]
            assert [e.amount for e in paid] == [Money(1064)]
            assert service.account("Acme").members.count("lea@gmail.com") == 1
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize("address, key", [
    ("Lea@Gmail.com", "lea@gmail.com"),
    ("  lea@gmail.com ", "lea@gmail.com"),
    ("rene\u0301e@socie\u0301te\u0301.fr", "ren\u00e9e@soci\u00e9t\u00e9.fr"),  # NFD accents are the accented letters
    ("STRA\u1e9eE@web.de", "stra\u1e9ee@web.de"),  # a capital outside A-Z keeps its case
    ("\uff4bate@gmail.com", "\uff4bate@gmail.com"),  # a fullwidth k is not k
    ("kai.stra\u00dfe@web.de", "kai.stra\u00dfe@web.de"),
])
def test_addresses_are_compared_by_the_stated_normalisation(address, key):
    from joinsim.model.account import check_address

    assert check_address(address) == key


@pytest.mark.parametrize("address", [
    "\u212aate@gmail.com",  # the Kelvin sign, which NFC turns into K
    "lea\u200b@gmail.com", "\u202elea@gmail.com", "lea\u200e@gmail.com", "lea\x00@gmail.com", "lea\t@gmail.com",
    "attacker@evil.com#@corp.example", "@corp.example", "a b@corp.example", "lea@", "lea", "lea@gmail",
    "lea..x@gmail.com", ".lea@gmail.com", "lea@-gmail.com", "lea@gmail..com", "x" * 65 + "@gmail.com",
])
def test_an_invalid_invisible_or_look_alike_address_is_refused_wherever_it_comes_in(address):
    service = world()
    individual(service, "kate@gmail.com", 0)
    service.add_associated_domain("Acme", "corp.example")
    invitation = service.invite("adam@acme.com", "Acme", "kate@gmail.com")
    for attempt in (lambda: service.invite("adam@acme.com", "Acme", address),
                    lambda: service.accept(invitation.link, address),
                    lambda: service.sign_in_with_sso(address, "Acme"),
                    lambda: service.open_account("x", address)):
        with pytest.raises(errors.InvalidAddress) as refusal:
            attempt()
        assert refusal.value.code == "INVALID_ADDRESS"
    assert invitation.status == "pending" and "x" not in service.accounts


def test_negative_amounts_and_mixed_currencies_are_refused_with_typed_errors():
    service = world()
    with pytest.raises(errors.InvalidAmount):
        service.issue_invoice("Acme", Money(-1000))
    with pytest.raises(errors.InvalidAmount):
        service.add_invoice("Acme", Money(-1))
    with pytest.raises(errors.CurrencyMismatch):
        service.issue_invoice("Acme", Money(5000, "EUR"))
    with pytest.raises(errors.InvalidAmount):
        service.open_account("account of neg@gmail.com", "neg@gmail.com",
                             Plan("monthly", Money(-1499), date(2026, 3, 1), date(2026, 4, 1)))
    assert service.invoices("Acme") == [] and "account of neg@gmail.com" not in service.accounts
    service.open_account("account of eva@web.de", "eva@web.de",
                         Plan("monthly", Money(1499, "EUR"), date(2026, 3, 1), date(2026, 4, 1)))
    invitation = service.invite("adam@acme.com", "Acme", "eva@web.de")
    with pytest.raises(errors.CurrencyMismatch):
        service.accept(invitation.link, "eva@web.de", "credit")
    assert service.credit_balance("Acme") == Money(0) and invitation.status == "pending"
    assert service.accept(invitation.link, "eva@web.de", "refund").refund.amount == Money(1064, "EUR")


def test_seats_never_go_negative_whatever_the_order_of_invite_expire_resend_accept():
    service = world()  # one licence seat
    individual(service, "lea@gmail.com", 0)
    service.add_existing_member("Acme", "bob@acme.com")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com", licensed=True)
    service.clock.advance(timedelta(days=31))  # expired: the seat is free again
    service.assign_licence("adam@acme.com", "bob@acme.com")  # ... and taken
    with pytest.raises(errors.NoLicenceSeat):
        service.resend("adam@acme.com", invitation.id)
    with pytest.raises(errors.InvitationExpired):
        service.accept(invitation.link, "lea@gmail.com")
    assert service.licence_seats_free("Acme") == 0


def test_a_licence_is_assigned_to_members_only_with_its_own_refusal():
    service = world()
    individual(service, "lea@gmail.com", 0)
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    with pytest.raises(errors.NotAMemberOfTheAccount) as refusal:
        service.assign_licence("adam@acme.com", "lea@gmail.com")
    assert refusal.value.code == "NOT_A_MEMBER_OF_THE_ACCOUNT" and refusal.value.rule == "LIC-2"
    service.accept(invitation.link, "lea@gmail.com")
    with pytest.raises(errors.NotAdminOrOwner):
        service.assign_licence("lea@gmail.com", "lea@gmail.com")  # a member, not an admin (Dutch reading)
    service.assign_licence("adam@acme.com", "lea@gmail.com")
    assert service.user("lea@gmail.com").licensed


def test_the_french_reading_of_personal_contacts_is_still_available_to_callers():
    """DAT-2 is not a disagreement (the French list is silent), but Readings(personal_contacts="fr") still moves
    every contact, for callers that set it."""
    for reading, expected in (("nl", ["Bram"]), ("fr", ["Bram", "Mum"])):
        service = world(Readings(personal_contacts=reading))
        individual(service, "lea@gmail.com", 0)
        service.add_contact("lea@gmail.com", "Bram")
        service.add_contact("lea@gmail.com", "Mum", personal=True)
        service.accept(service.invite("adam@acme.com", "Acme", "lea@gmail.com").link, "lea@gmail.com")
        assert [c.name for c in service.user("lea@gmail.com").contacts] == expected


def test_error_1009_offers_only_what_the_model_lets_the_owner_do():
    assert errors.UsersStillLinked.code == "1009"
    assert "invite" not in errors.UsersStillLinked.message and "unlink" in errors.UsersStillLinked.message


def test_a_reading_can_be_chosen_once_the_world_has_started():
    service = world()
    individual(service, "lea@gmail.com")
    invitation = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    service.set_readings(Readings(credit_choice="fr"))
    with pytest.raises(errors.CreditTransferNotOffered):
        service.accept(invitation.link, "lea@gmail.com", "credit")


def test_a_revoked_invitation_stays_revoked_when_the_user_joins_another_account():
    """Only pending invitations are voided when the user joins elsewhere (SEC-4): a revoked one keeps its status and
    sends no InvitationVoided."""
    service = world()
    service.open_account("Globex", "gina@globex.com", Plan("annual", Money(99900), date(2026, 1, 1),
                                                           date(2027, 1, 1)))
    individual(service, "lea@gmail.com")
    revoked = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    service.revoke("adam@acme.com", revoked.id)
    second = service.invite("adam@acme.com", "Acme", "lea@gmail.com")
    other = service.invite("gina@globex.com", "Globex", "lea@gmail.com")
    service.accept(other.link, "lea@gmail.com", "refund")
    assert service.invitation(revoked.id).status == "revoked"
    assert service.invitation(second.id).status == "void"
    voided = [e.invitation_id for e in service.events if isinstance(e, events.InvitationVoided)]
    assert voided == [second.id]


# ------------------------------------------------------------------ issue 19: amounts and plans that cannot exist
@pytest.mark.parametrize("currency, error", [
    (None, TypeError), (840, TypeError), (b"USD", TypeError), (["USD"], TypeError),
    ("usd", ValueError), ("Usd", ValueError), ("US", ValueError), ("USDX", ValueError), ("", ValueError),
    ("U$D", ValueError), ("\u00c9UR", ValueError), ("US1", ValueError), (" USD", ValueError),
])
def test_money_refuses_a_currency_that_is_not_a_three_letter_code(currency, error):
    with pytest.raises(error, match="currency must be .*three-letter ISO 4217 code"):
        Money(5, currency)


@pytest.mark.parametrize("cents", [True, 5.0, "5", None])
def test_money_refuses_cents_that_are_not_an_int(cents):
    with pytest.raises(TypeError, match="cents must be an int"):
        Money(cents)


def test_money_takes_any_code_of_the_iso_shape():
    assert Money(5, "JPY").currency == "JPY" and Money.zero("CHF") == Money(0, "CHF")
    assert str(Money(150, "XTS")) == "XTS 1.50"


@pytest.mark.parametrize("args, error, words", [
    (("monthly", Money(1499), date(2026, 4, 1), date(2026, 3, 1)), ValueError, "cannot end before it starts"),
    (("annual", Money(14990), date(2026, 3, 1), date(2026, 3, 1)), ValueError, "at least one day"),
    (("monthly", Money(0), date(2026, 3, 1), date(2026, 3, 1)), ValueError, "at least one day"),
    (("free", Money(0), date(2026, 3, 2), date(2026, 3, 1)), ValueError, "cannot end before it starts"),
    (("weekly", Money(1499), date(2026, 3, 1), date(2026, 4, 1)), ValueError, "kind must be one of"),
    (("monthly", 1499, date(2026, 3, 1), date(2026, 4, 1)), TypeError, "price must be Money"),
    (("monthly", Money(1499), datetime(2026, 3, 1), date(2026, 4, 1)), TypeError, "period_start must be a date"),
    (("monthly", Money(1499), date(2026, 3, 1), "2026-04-01"), TypeError, "period_end must be a date"),
])
def test_a_plan_that_cannot_exist_is_refused_when_it_is_made(args, error, words):
    """Issue 19: a plan whose period ended before it started was accepted, and prorated (over the next period)."""
    with pytest.raises(error, match=words):
        Plan(*args)


def test_only_a_free_plan_starts_and_ends_on_one_day():
    assert not Plan.free(START.date()).is_paid
    assert Plan("free", Money(0), date(2026, 3, 1), date(2026, 3, 1)).period_on(date(2026, 3, 1))
