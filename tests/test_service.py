"""Unit tests of the service API, read as sentences. The scenarios in features/ are the
specification; these tests pin the API contract the simulator relies on."""

from datetime import date, datetime, timedelta

import pytest

from model import Money, Plan, Readings, errors, events, new_service

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


def test_every_error_has_a_stable_code_and_a_message():
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes)), "codes must be unique"
    assert all(cls.message for cls in errors.ALL_ERRORS)
    assert errors.UsersStillLinked.code == "1009"


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
    assert [(e.to, e.amount) for e in confirmation] == [("olivia@acme.com", Money(1064))]


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
