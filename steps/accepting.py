"""Steps for accepting an invitation: the link, the refund or credit choice, proration."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from model import events
from steps.world import World, parse_date, parse_money

CHOICES = {"a refund": "refund", "a credit transfer": "credit"}


def _accept(world: World, email: str, account: str, choice: str | None, as_email: str | None = None) -> None:
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    world.attempt(world.service.accept, invitation.link, as_email or email, choice)


@when(parsers.parse('"{email}" accepts the invitation from "{account}"'))
def accepts(world: World, email: str, account: str) -> None:
    _accept(world, email, account, None)


@when(parsers.parse('"{email}" accepts the invitation from "{account}" choosing {choice}'))
def accepts_choosing(world: World, email: str, account: str, choice: str) -> None:
    _accept(world, email, account, CHOICES[choice])


@when(parsers.parse('"{someone}" opens the invitation link sent to "{email}" by "{account}"'))
def someone_opens_link(world: World, someone: str, email: str, account: str) -> None:
    _accept(world, email, account, None, as_email=someone)


@when(parsers.parse('"{email}" pays the unpaid invoices'))
def pays_unpaid_invoices(world: World, email: str) -> None:
    world.attempt(world.service.pay_invoices, email)


@then(parsers.parse('the prorated amount for "{email}" is {amount}'))
def prorated_amount(world: World, email: str, amount: str) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.email == email.lower(), f"no join result for {email}: {result}"
    assert result.prorated == parse_money(amount), f"prorated {result.prorated}, expected {amount}"


@then(parsers.parse('a refund of {amount} to the own payment method of "{email}" is requested'))
def refund_requested(world: World, amount: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert [e.amount for e in found] == [parse_money(amount)], f"refunds requested: {found}"


@then(parsers.parse('no refund is requested for "{email}"'))
def no_refund(world: World, email: str) -> None:
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert not found, f"refunds requested: {found}"


@then(parsers.parse('the refund to "{email}" is paid on {day}'))
def refund_paid_on(world: World, email: str, day: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert [e.paid_on for e in paid] == [parse_date(day)], f"refunds paid: {paid}"


@then(parsers.parse('the refund to "{email}" is not paid yet'))
def refund_not_paid(world: World, email: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert not paid, f"refunds paid: {paid}"
