"""Steps for the credit a joining user transfers to the inviting account: the confirmation
email with the amount, autopay applying it to invoices, and net terms waiting for a billing chat."""

from __future__ import annotations

from pytest_bdd import then, when

from joinsim.model import events
from joinsim.steps.language import en, fr, nl, set_up, word
from joinsim.steps.world import World, parse_date, parse_money

APPLIED_BY = {"autopay": "autopay", "billing chat": "billing chat",
              "le paiement automatique": "autopay", "la facturation": "billing chat",
              "Billing via chat": "billing chat"}


def _credit_emails(world: World, email: str) -> list[events.CreditConfirmationEmailSent]:
    return [m for m in world.service.mailbox(email) if isinstance(m, events.CreditConfirmationEmailSent)]


def _latest_invoice(world: World, account: str):
    invoices = world.service.invoices(account)
    assert invoices, f"{account} has no invoice"
    return invoices[-1]


def _invoice_of(world: World, account: str, day: str):
    """The one invoice of the account issued on this day."""
    found = [i for i in world.service.invoices(account) if i.issued_on == parse_date(day)]
    assert len(found) == 1, f"invoices of {account} issued on {day}: {found}"
    return found[0]


@set_up(en('"{account}" already had an open invoice of {amount} issued on {day}'))
@set_up(fr('"{account}" avait déjà une facture ouverte de {amount} émise le {day}'))
@set_up(nl('"{account}" had al een openstaande factuur van {amount} van {day}'))
def had_open_invoice(world: World, account: str, amount: str, day: str) -> None:
    """Set-up: an invoice of the account, not paid, issued before the story (or on any day given)."""
    world.service.add_invoice(account, parse_money(amount), issued_on=parse_date(day))


@when(en('"{account}" is issued an invoice of {amount}'))
@when(fr('une facture de {amount} est émise pour "{account}"'))
@when(nl('"{account}" een factuur van {amount} ontvangt'))
@when(nl('"{account}" ontvangt een factuur van {amount}', older=True))
def invoice_issued(world: World, account: str, amount: str) -> None:
    """CRE-2/CRE-3: the account's next invoice is issued (autopay applies credit and charges the rest)."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.issue_invoice, account, parse_money(amount))


@when(en('Billing is asked in a chat to apply the credit of "{account}" to the invoice issued on {day}'))
@when(fr('"{account}" demande par chat à la facturation d\'appliquer son crédit à la facture émise le {day}'))
@when(nl('"{account}" via chat contact opneemt met Billing om het tegoed toe te passen op de factuur van {day}'))
def billing_chat_for_invoice(world: World, account: str, day: str) -> None:
    """CRE-3: Billing applies the credit to the open invoice named in the chat (by the day it was issued)."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.apply_credit_in_billing_chat, account, _invoice_of(world, account, day).id)


@when(en('Billing is asked in a chat to apply the credit of "{account}" to an open invoice'))
@when(fr('"{account}" demande par chat à la facturation d\'appliquer son crédit à une facture ouverte'))
@when(nl('"{account}" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen'))
@when(fr('la facturation, contactée par chat, est priée d\'appliquer le crédit de "{account}" à une '
         'facture ouverte', older=True))
@when(nl('Billing wordt via chat gevraagd het tegoed van "{account}" toe te passen op een '
         'openstaande factuur', older=True))
def billing_chat(world: World, account: str) -> None:
    """CRE-3: under net terms, Billing applies the credit to an open invoice when contacted by chat: no invoice
    named, the oldest open one."""
    world.expect_no_unchecked_refusal()
    world.attempt(world.service.apply_credit_in_billing_chat, account)


@then(en('"{email}" receives a credit confirmation email of {amount} for "{joiner}"'))
@then(fr('"{email}" reçoit un e-mail de confirmation du crédit de {amount} transféré par "{joiner}"'))
@then(nl('"{email}" ontvangt een e-mailbevestiging van het tegoedbedrag {amount} van "{joiner}"', older=True))
@then(nl('ontvangt "{email}" een e-mailbevestiging van het tegoedbedrag {amount} van "{joiner}"'))
def receives_credit_confirmation(world: World, email: str, amount: str, joiner: str) -> None:
    """CRE-1: the inviting account's owner is told the amount of credit transferred, and by whom."""
    world.expect_no_unchecked_refusal()
    mails = [(m.amount, m.from_email) for m in _credit_emails(world, email)]
    assert (parse_money(amount), joiner.lower()) in mails, f"credit confirmation emails to {email}: {mails}"


@then(en('no credit confirmation email is sent to "{email}"'))
@then(fr('aucun e-mail de confirmation de crédit n\'est envoyé à "{email}"'))
@then(nl('er wordt geen e-mailbevestiging van een tegoed naar "{email}" gestuurd', older=True))
@then(nl('wordt er geen e-mailbevestiging van een tegoed naar "{email}" gestuurd'))
@then(en('"{email}" receives no credit confirmation email'))
@then(fr('"{email}" ne reçoit aucun e-mail de confirmation de crédit'))
@then(nl('"{email}" ontvangt geen e-mailbevestiging van een tegoed', older=True))
@then(nl('ontvangt "{email}" geen e-mailbevestiging van een tegoed'))
def receives_no_credit_confirmation(world: World, email: str) -> None:
    """CRE-1: no credit was transferred, so no confirmation."""
    world.expect_no_unchecked_refusal()
    assert not _credit_emails(world, email), f"credit confirmation emails: {_credit_emails(world, email)}"


@then(en('the credit balance of "{account}" is {amount}'))
@then(fr('le solde créditeur de "{account}" est de {amount}'))
@then(nl('is het tegoed van "{account}" {amount}'))
@then(nl('het tegoed van "{account}" is {amount}', older=True))
def credit_balance(world: World, account: str, amount: str) -> None:
    """CRE-1..3: credit received by the account and not yet applied to an invoice."""
    world.expect_no_unchecked_refusal()
    balance = world.service.credit_balance(account)
    assert balance == parse_money(amount), f"credit balance of {account} is {balance}, expected {amount}"


@then(en('{amount} of credit is applied by {who} to the latest invoice of "{account}"'))
@then(fr('un crédit de {amount} est appliqué par {who} à la dernière facture de "{account}"'))
@then(nl('{amount} tegoed wordt door {who} toegepast op de laatste factuur van "{account}"', older=True))
@then(nl('wordt {amount} tegoed door {who} toegepast op de laatste factuur van "{account}"'))
@then(fr('{amount} de crédit sont appliqués par {who} à la dernière facture de "{account}"', older=True))
def credit_applied(world: World, amount: str, who: str, account: str) -> None:
    """CRE-2/CRE-3: how much credit went onto the latest invoice, and who applied it (autopay or billing chat)."""
    world.expect_no_unchecked_refusal()
    invoice = _latest_invoice(world, account)
    applied = [(e.amount, e.by) for e in world.service.events
               if isinstance(e, events.CreditApplied) and e.invoice_id == invoice.id]
    by = word(APPLIED_BY, who, "who applied the credit")
    assert applied == [(parse_money(amount), by)], f"credit applied to {invoice.id}: {applied}"


@then(en('no credit is applied to the latest invoice of "{account}"'))
@then(fr('aucun crédit n\'est appliqué à la dernière facture de "{account}"'))
@then(nl('er wordt geen tegoed toegepast op de laatste factuur van "{account}"', older=True))
@then(nl('wordt er geen tegoed toegepast op de laatste factuur van "{account}"'))
def no_credit_applied(world: World, account: str) -> None:
    """CRE-3: under net terms the credit waits; the invoice carries its full amount."""
    world.expect_no_unchecked_refusal()
    invoice = _latest_invoice(world, account)
    assert invoice.credit_applied_cents == 0, f"{invoice.id} has credit applied: {invoice}"


@then(en('autopay charges {amount} for the latest invoice of "{account}"'))
@then(fr('le paiement automatique prélève {amount} pour la dernière facture de "{account}"'))
@then(nl('schrijft autopay {amount} af voor de laatste factuur van "{account}"'))
@then(nl('autopay schrijft {amount} af voor de laatste factuur van "{account}"', older=True))
def autopay_charges(world: World, amount: str, account: str) -> None:
    """CRE-2: what autopay takes from the payment method, once the credit is applied."""
    world.expect_no_unchecked_refusal()
    invoice = _latest_invoice(world, account)
    paid = [e.amount for e in world.service.events if isinstance(e, events.InvoicePaid) and e.invoice_id == invoice.id]
    assert paid == [parse_money(amount)], f"payments of {invoice.id}: {paid}"


@then(en('the latest invoice of "{account}" is open with {amount} due'))
@then(fr('la dernière facture de "{account}" est ouverte avec {amount} à payer'))
@then(nl('staat de laatste factuur van "{account}" open met {amount} te betalen'))
@then(nl('de laatste factuur van "{account}" staat open met {amount} te betalen', older=True))
def invoice_open(world: World, account: str, amount: str) -> None:
    """CRE-3: an open invoice and what is still due on it."""
    world.expect_no_unchecked_refusal()
    invoice = _latest_invoice(world, account)
    assert invoice.is_open and invoice.due_cents == parse_money(amount).cents, f"{invoice}"


@then(en('the latest invoice of "{account}" is settled'))
@then(fr('la dernière facture de "{account}" est réglée'))
@then(nl('is de laatste factuur van "{account}" voldaan'))
@then(nl('de laatste factuur van "{account}" is voldaan', older=True))
def invoice_settled(world: World, account: str) -> None:
    """CRE-2/CRE-3: nothing is due on the invoice any more."""
    world.expect_no_unchecked_refusal()
    invoice = _latest_invoice(world, account)
    assert not invoice.is_open, f"{invoice.id} still has {invoice.due_cents} cents due"


@then(en('"{account}" has no invoice'))
@then(fr('"{account}" n\'a aucune facture'))
@then(nl('"{account}" heeft geen factuur', older=True))
@then(nl('heeft "{account}" geen factuur'))
def has_no_invoice(world: World, account: str) -> None:
    """CRE-4, ACC-11: nothing was invoiced to the account."""
    world.expect_no_unchecked_refusal()
    invoices = world.service.invoices(account)
    assert not invoices, f"invoices of {account}: {invoices}"


@then(en('{amount} of credit is applied by {who} to the invoice of "{account}" issued on {day}'))
@then(fr('un crédit de {amount} est appliqué par {who} à la facture de "{account}" émise le {day}'))
@then(nl('{amount} tegoed wordt door {who} toegepast op de factuur van "{account}" van {day}', older=True))
@then(nl('wordt {amount} tegoed door {who} toegepast op de factuur van "{account}" van {day}'))
def credit_applied_to_invoice(world: World, amount: str, who: str, account: str, day: str) -> None:
    """CRE-2/CRE-3: how much credit went onto one invoice (named by the day it was issued), and who applied it."""
    world.expect_no_unchecked_refusal()
    invoice = _invoice_of(world, account, day)
    applied = [(e.amount, e.by) for e in world.service.events
               if isinstance(e, events.CreditApplied) and e.invoice_id == invoice.id]
    by = word(APPLIED_BY, who, "who applied the credit")
    assert applied == [(parse_money(amount), by)], f"credit applied to {invoice.id}: {applied}"


@then(en('the invoice of "{account}" issued on {day} is open with {amount} due'))
@then(fr('la facture de "{account}" émise le {day} est ouverte avec {amount} à payer'))
@then(nl('de factuur van "{account}" van {day} staat open met {amount} te betalen', older=True))
@then(nl('staat de factuur van "{account}" van {day} open met {amount} te betalen'))
def given_invoice_open(world: World, account: str, day: str, amount: str) -> None:
    """CRE-3: one invoice (named by the day it was issued) is open, with this amount still due."""
    world.expect_no_unchecked_refusal()
    invoice = _invoice_of(world, account, day)
    assert invoice.is_open and invoice.due_cents == parse_money(amount).cents, f"{invoice}"


@then(en('the invoice of "{account}" issued on {day} is settled'))
@then(fr('la facture de "{account}" émise le {day} est réglée'))
@then(nl('de factuur van "{account}" van {day} is voldaan', older=True))
@then(nl('is de factuur van "{account}" van {day} voldaan'))
def given_invoice_settled(world: World, account: str, day: str) -> None:
    """CRE-2/CRE-3: nothing is due any more on one invoice (named by the day it was issued)."""
    world.expect_no_unchecked_refusal()
    invoice = _invoice_of(world, account, day)
    assert not invoice.is_open, f"{invoice.id} still has {invoice.due_cents} cents due"
