"""Money (ACC-6, ACC-8, CRE): refunds paid within the window, credit transferred to the inviting account with a
confirmation email (CRE-1), applied by autopay to the next invoices (CRE-2) or in a billing chat under net terms
(CRE-3); invoices and the account balance (ACC-4)."""

from __future__ import annotations

from datetime import date

from joinsim.model import errors, events
from joinsim.model.account import (
    Account,
    Invoice,
    Refund,
)
from joinsim.model.money import Money
from joinsim.model.state import REFUND_EARLIEST_BUSINESS_DAYS, REFUND_LATEST_BUSINESS_DAYS, ServiceState
from joinsim.model.transaction import command, query, truncate


class RefundsAndCredit(ServiceState):
    """Refunds, credit, invoices and the billing chat."""

    def _request_refund(self, email: str, amount: Money) -> Refund:
        today = self.clock.today()
        refund = Refund(  # (id, email, amount, requested_on, earliest, latest)
            self._new_id("ref", self.refunds), email, amount, today,  # (its journal entry takes the refund back too)
            self.calendar.add_business_days(today, REFUND_EARLIEST_BUSINESS_DAYS),
            self.calendar.add_business_days(today, REFUND_LATEST_BUSINESS_DAYS))
        self.refunds[refund.id] = refund
        self._record(events.RefundRequested(self.clock.now(), refund.id, email, amount,
                                            refund.earliest, refund.latest))
        return refund

    @command
    def pay_refund(self, refund_id: str, on: date | None = None) -> Refund:
        """ACC-6/ACC-8: the payment provider pays a refund between 3 and 5 business days after the request; ACC-9:
        once."""
        return self._pay_refund(refund_id, on)

    def _pay_refund(self, refund_id: str, on: date | None = None) -> Refund:
        refund = self.refunds.get(refund_id)
        if refund is None:
            raise errors.UnknownItem(f"refund {refund_id}")
        day = on or self.clock.today()
        if refund.paid_on is not None:
            raise errors.RefundOutsideWindow(f"{refund.id} was already paid on {refund.paid_on}")
        if not (refund.earliest <= day <= refund.latest) or not self.calendar.is_business_day(day):
            raise errors.RefundOutsideWindow(f"{refund.id} on {day}: allowed {refund.earliest}..{refund.latest}")
        event = events.RefundPaid(self.clock.now(), refund.id, refund.email, refund.amount, day)
        self._undo.append((setattr, refund, "paid_on", refund.paid_on))
        refund.paid_on = day
        self._record(event)
        return refund

    @command
    def pay_due_refunds(self) -> list[Refund]:
        """Pays every unpaid refund whose last allowed day has come (never later than 5 business days): all of them,
        or none if one cannot be paid."""
        today = self.clock.today()
        due = [r for r in self.refunds.values() if r.paid_on is None and r.latest <= today]
        return [self._pay_refund(r.id, on=r.latest) for r in due]

    def _transfer_credit(self, email: str, target: Account, amount: Money, invited_by: str | None = None) -> None:
        """CRE-1: the credit goes to the inviting account, which gets a confirmation email with the amount: sent to
        the owner or admin who invited (Dutch reading; the owner without an invitation, single sign-on) or to the
        account's owner (French reading)."""
        now = self.clock.now()
        if amount.currency != target.currency:  # CRE-4 (_join checks it before anything moves)
            raise errors.CurrencyMismatch(f"cannot mix {target.currency} and {amount.currency}")
        self._undo.append((setattr, target, "credit_cents", target.credit_cents))
        target.credit_cents += amount.cents
        self._record(events.CreditTransferred(now, email, target.name, amount))
        to = invited_by if invited_by and self.readings.credit_confirmation == "nl" else target.owner
        self._record(events.CreditConfirmationEmailSent(now, to, target.name, amount, email))

    @staticmethod
    def _check_amount(acc: Account, amount: Money) -> None:
        """CRE-4: an invoice is never negative, and in the account's currency."""
        if amount.cents < 0:
            raise errors.InvalidAmount(f"an invoice of {amount}")
        if amount.currency != acc.currency:
            raise errors.CurrencyMismatch(f"an invoice of {amount} on {acc.name}, which pays in {acc.currency}")

    @command
    def issue_invoice(self, account: str, amount: Money) -> Invoice:
        """CRE-2: on autopay, credit is applied to the next invoice, the rest to the following ones.
        CRE-3: on net terms the invoice stays open with its full amount; credit waits for a billing chat."""
        acc = self.account(account)
        self._check_amount(acc, amount)
        return self._issue_invoice(acc, amount)

    def _issue_invoice(self, acc: Account, amount: Money) -> Invoice:
        now = self.clock.now()
        account = acc.name
        invoice = Invoice(id=self._next_id("invoice"), amount=amount, issued_on=now.date())
        invoices = acc.invoices
        self._undo.append((truncate, invoices, len(invoices)))
        invoices.append(invoice)
        self._record(events.InvoiceIssued(now, account, invoice.id, amount))
        if acc.billing == "autopay":
            self._apply_credit(acc, invoice, by="autopay")
            invoice.paid_cents += invoice.due_cents  # autopay charges what the credit did not cover
            self._record(events.InvoicePaid(now, account, invoice.id, Money(invoice.paid_cents, acc.currency)))
        return invoice

    @command
    def apply_credit_in_billing_chat(self, account: str, invoice_id: str | None = None) -> Money:
        """CRE-3: under net terms, Billing applies the credit to an open invoice when contacted by chat: the one
        named, or else the oldest open invoice (the oldest debt is settled first)."""
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
        amount = Money(applied, acc.currency)
        undo = self._undo.append
        undo((setattr, acc, "credit_cents", acc.credit_cents))
        acc.credit_cents -= applied
        undo((setattr, invoice, "credit_applied_cents", invoice.credit_applied_cents))
        invoice.credit_applied_cents += applied
        self._record(events.CreditApplied(self.clock.now(), acc.name, invoice.id, amount, by))
        return amount

    @command
    def pay_invoices(self, by: str) -> Money:
        """The owner pays every unpaid invoice of their account (lifts ACC-5)."""
        acc = self.account_of(by)
        self._check_admin(by, acc.name)
        total = 0
        for invoice in acc.unpaid_invoices():
            due = invoice.due_cents
            self._undo.append((setattr, invoice, "paid_cents", invoice.paid_cents))
            invoice.paid_cents += due
            total += due
            self._record(events.InvoicePaid(self.clock.now(), acc.name, invoice.id, Money(due, acc.currency)))
        return Money(total, acc.currency)

    @query
    def account_balance(self, account: str) -> Money:
        """ACC-4: what the account owes at the statement date (its open invoices); this is not
        the prorated refund or credit of its plan."""
        acc = self.account(account)
        return Money(sum(invoice.due_cents for invoice in acc.unpaid_invoices()), acc.currency)

    @query
    def invoices(self, account: str) -> list[Invoice]:
        """The invoices of the account, oldest first."""
        return list(self.account(account).invoices)

    @query
    def credit_balance(self, account: str) -> Money:
        acc = self.account(account)
        return Money(acc.credit_cents, acc.currency)
