"""Steps for accepting an invitation: the link, the refund or credit choice, proration."""

from __future__ import annotations

from pytest_bdd import given, then, when

from model import events
from steps.language import en, fr, nl, word
from steps.world import World, parse_date, parse_money

CHOICES = {"a refund": "refund", "a credit transfer": "credit",
           "un remboursement": "refund", "un transfert de crédit": "credit",
           "een terugbetaling": "refund", "een overdracht van het tegoed": "credit"}


def _accept(world: World, email: str, account: str, choice: str | None, as_email: str | None = None) -> None:
    world.expect_no_unchecked_refusal()
    invitation = world.service.invitation_for(email, account)
    world.attempt(world.service.accept, invitation.link, as_email or email, choice)


@when(en('"{email}" accepts the invitation from "{account}"'))
@when(fr('"{email}" accepte l\'invitation de "{account}"'))
@when(nl('"{email}" de uitnodiging van "{account}" accepteert'))
def accepts(world: World, email: str, account: str) -> None:
    _accept(world, email, account, None)


@when(en('"{email}" accepts the invitation from "{account}" choosing {choice}'))
@when(fr('"{email}" accepte l\'invitation de "{account}" en choisissant {choice}'))
@when(nl('"{email}" de uitnodiging van "{account}" accepteert en voor {choice} kiest'))
def accepts_choosing(world: World, email: str, account: str, choice: str) -> None:
    _accept(world, email, account, word(CHOICES, choice, "choice"))


@when(en('"{someone}" opens the invitation link sent to "{email}" by "{account}"'))
@when(fr('"{someone}" ouvre le lien d\'invitation envoyé à "{email}" par "{account}"'))
@when(nl('"{someone}" de uitnodigingslink opent die "{account}" naar "{email}" stuurde'))
def someone_opens_link(world: World, someone: str, email: str, account: str) -> None:
    _accept(world, email, account, None, as_email=someone)


@when(en('"{email}" pays the unpaid invoices'))
@when(fr('"{email}" règle ses factures impayées'))
@when(nl('"{email}" de openstaande facturen betaalt'))
def pays_unpaid_invoices(world: World, email: str) -> None:
    world.attempt(world.service.pay_invoices, email)


@then(en('the prorated amount for "{email}" is {amount}'))
@then(fr('le montant au prorata pour "{email}" est de {amount}'))
@then(nl('het pro rata bedrag voor "{email}" is {amount}'))
@then(nl('is het pro rata bedrag voor "{email}" {amount}'))
def prorated_amount(world: World, email: str, amount: str) -> None:
    world.expect_no_unchecked_refusal()
    result = world.last_result
    assert result is not None and result.email == email.lower(), f"no join result for {email}: {result}"
    assert result.prorated == parse_money(amount), f"prorated {result.prorated}, expected {amount}"


@then(en('a refund of {amount} to the own payment method of "{email}" is requested'))
@then(fr('un remboursement de {amount} sur son propre mode de paiement est demandé pour "{email}"'))
@then(nl('een terugbetaling van {amount} naar de eigen betaalmethode van "{email}" is aangevraagd'))
@then(nl('is een terugbetaling van {amount} naar de eigen betaalmethode van "{email}" aangevraagd'))
def refund_requested(world: World, amount: str, email: str) -> None:
    world.expect_no_unchecked_refusal()
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert [e.amount for e in found] == [parse_money(amount)], f"refunds requested: {found}"


@then(en('no refund is requested for "{email}"'))
@then(fr('aucun remboursement n\'est demandé pour "{email}"'))
@then(nl('er is geen terugbetaling aangevraagd voor "{email}"'))
@then(nl('is er geen terugbetaling aangevraagd voor "{email}"'))
def no_refund(world: World, email: str) -> None:
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert not found, f"refunds requested: {found}"


@then(en('the refund to "{email}" is paid on {day}'))
@then(fr('le remboursement à "{email}" est versé le {day}'))
@then(nl('de terugbetaling aan "{email}" is uitbetaald op {day}'))
@then(nl('is de terugbetaling aan "{email}" uitbetaald op {day}'))
def refund_paid_on(world: World, email: str, day: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert [e.paid_on for e in paid] == [parse_date(day)], f"refunds paid: {paid}"


@then(en('the refund to "{email}" is not paid yet'))
@then(fr('le remboursement à "{email}" n\'est pas encore versé'))
@then(nl('de terugbetaling aan "{email}" is nog niet uitbetaald'))
@then(nl('is de terugbetaling aan "{email}" nog niet uitbetaald'))
def refund_not_paid(world: World, email: str) -> None:
    paid = [e for e in world.service.events if isinstance(e, events.RefundPaid) and e.email == email.lower()]
    assert not paid, f"refunds paid: {paid}"


@when(en('"{email}" clicks the link in the invitation email from "{account}"'))
@when(fr('"{email}" clique sur le lien hypertexte de l\'e-mail d\'invitation de "{account}"'))
@when(nl('"{email}" op de hyperlink in de uitnodigingsmail van "{account}" klikt'))
def clicks_link(world: World, email: str, account: str) -> None:
    """ACC-1: the invitee clicks the hyperlink in the invitation email (no refund choice)."""
    _accept(world, email, account, None)


@when(en('"{email}" pastes the invitation link from "{account}" into a browser choosing {choice}'))
@when(fr('"{email}" colle le lien d\'invitation de "{account}" dans un navigateur en choisissant {choice}'))
@when(nl('"{email}" de uitnodigingslink van "{account}" in een browser plakt en voor {choice} kiest'))
def pastes_link_choosing(world: World, email: str, account: str, choice: str) -> None:
    """ACC-1: the invitee pastes the hyperlink into a browser and makes the refund choice."""
    _accept(world, email, account, word(CHOICES, choice, "choice"))


@given(en('"{email}" has an unpaid invoice of {amount}'))
@given(fr('"{email}" a une facture impayée de {amount}'))
@given(nl('"{email}" heeft een openstaande factuur van {amount}'))
def has_unpaid_invoice(world: World, email: str, amount: str) -> None:
    """An invoice of the invitee's own account that is not paid yet."""
    world.service.add_invoice(world.service.account_of(email).name, parse_money(amount))


@given(en('"{email}" has a paid invoice of {amount}'))
@given(fr('"{email}" a une facture payée de {amount}'))
@given(nl('"{email}" heeft een betaalde factuur van {amount}'))
def has_paid_invoice(world: World, email: str, amount: str) -> None:
    """An invoice of the invitee's own account that is already paid."""
    world.service.add_invoice(world.service.account_of(email).name, parse_money(amount), paid=True)


@then(en('the account balance of "{email}" is {amount}'))
@then(fr('le solde du compte de "{email}" est de {amount}'))
@then(nl('de rekeningbalans van "{email}" is {amount}'))
@then(nl('is de rekeningbalans van "{email}" {amount}'))
def account_balance(world: World, email: str, amount: str) -> None:
    """ACC-4: what the invitee's own account owes at the statement date."""
    world.expect_no_unchecked_refusal()
    balance = world.service.account_balance(world.service.account_of(email).name)
    assert balance == parse_money(amount), f"account balance {balance}, expected {amount}"


@then(en('the prorated amount "{email}" would get back today is {amount}'))
@then(fr('le montant au prorata que "{email}" récupérerait aujourd\'hui est de {amount}'))
@then(nl('het pro rata bedrag dat "{email}" vandaag zou terugkrijgen, is {amount}'))
@then(nl('is het pro rata bedrag dat "{email}" vandaag zou terugkrijgen {amount}'))
def prorated_amount_today(world: World, email: str, amount: str) -> None:
    """ACC-3/ACC-4: the prorated refund or credit of the invitee's plan, before accepting."""
    world.expect_no_unchecked_refusal()
    prorated = world.service.prorated_amount(email)
    assert prorated == parse_money(amount), f"prorated {prorated}, expected {amount}"


@then(en('the refund to "{email}" is due between {earliest} and {latest}'))
@then(fr('le remboursement à "{email}" doit être versé entre le {earliest} et le {latest}'))
@then(nl('de terugbetaling aan "{email}" moet tussen {earliest} en {latest} worden uitbetaald'))
@then(nl('moet de terugbetaling aan "{email}" tussen {earliest} en {latest} worden uitbetaald'))
def refund_due_between(world: World, email: str, earliest: str, latest: str) -> None:
    """ACC-6: the first and the last business day on which the refund may be paid."""
    world.expect_no_unchecked_refusal()
    found = [e for e in world.service.events if isinstance(e, events.RefundRequested) and e.email == email.lower()]
    assert [(e.earliest, e.latest) for e in found] == [(parse_date(earliest), parse_date(latest))], \
        f"refunds requested: {found}"


@when(en('the payment provider pays the refund to "{email}" on {day}'))
@when(fr('le prestataire de paiement verse le remboursement à "{email}" le {day}'))
@when(nl('de betaalprovider de terugbetaling aan "{email}" op {day} uitbetaalt'))
def provider_pays_refund(world: World, email: str, day: str) -> None:
    """ACC-6: the payment provider pays the refund on a given day (refused outside the window)."""
    world.expect_no_unchecked_refusal()
    refunds = [r for r in world.service.refunds.values() if r.email == email.lower()]
    assert len(refunds) == 1, f"refunds to {email}: {refunds}"
    world.attempt(world.service.pay_refund, refunds[0].id, parse_date(day))
