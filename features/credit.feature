@area-credit
Feature: Credit transferred to the inviting account
  As the owner of my organisation's paid account
  I want to know how much credit the users I invited brought with them, and see it used
  So that my organisation pays less for its next invoices

  Specification (NL "Als het tegoed van een uitgenodigde gebruiker naar uw account wordt overgeboekt,
  ontvangt u een e-mailbevestiging van het tegoedbedrag. Als uw account op autopay staat, zal dit tegoed
  automatisch op toekomstige facturen worden toegepast. Als uw account netto voorwaarden heeft, kunt u via
  chat contact opnemen met Billing om dat tegoed toe te passen op een openstaande factuur."; FR "Votre
  compte recevra un e-mail de confirmation lorsque le crédit au prorata d'un utilisateur invité aura été
  transféré au vôtre, ainsi que le montant du crédit transféré. Vous recevrez un crédit automatiquement
  appliqué à votre prochaine facture, si votre compte est configuré pour payer automatiquement. Il est
  possible d'appliquer un crédit à une facture ouverte si vous avez des conditions nettes sur votre compte
  et contactez la facturation par chat.").
  Credit arrives when the owner of a paid account, accepting, chooses to transfer the prorated
  amount of their plan to the account they join (ACC-2, ACC-3).

  Background:
    Given today is 2026-03-10
    And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
    And "max@outlook.com" has an annual plan at $149.90 from 2026-01-01 to 2027-01-01

  @rule-CRE-1 @nl @fr @disagreement
  Rule: The inviting account receives a confirmation email with the amount of credit transferred

    Who receives it: the Dutch text says "ontvangt u" ("Als het tegoed van een uitgenodigde gebruiker naar
    uw account wordt overgeboekt, ontvangt u een e-mailbevestiging van het tegoedbedrag"), the French "Votre
    compte recevra un e-mail de confirmation". Both address the same reader, the owner or admin who adds the
    users (PRE-1); neither names the admin who sent the invitation as opposed to the owner. The texts hardly
    disagree: the disagreement is one of wording only, "votre compte" read as the account's owner (the French
    reading, under which the account's owner receives it).
    Assumption: "u" and "vous" are the one who sent the invitation, the owner or an admin, who receives the
    confirmation.

    Scenario: A monthly plan's credit is confirmed to the owner of the inviting account
      # $14.99 x 22 / 31 days = $10.64
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "olivia@acme.com" receives a credit confirmation email of $10.64 for "lea@gmail.com"
      And the credit balance of "Acme" is $10.64

    Scenario: Each transfer is confirmed with its own amount
      # $149.90 x 297 / 365 days = $121.97; $10.64 + $121.97 = $132.61
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "olivia@acme.com" adds "max@outlook.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And "max@outlook.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "olivia@acme.com" receives a credit confirmation email of $10.64 for "lea@gmail.com"
      And "olivia@acme.com" receives a credit confirmation email of $121.97 for "max@outlook.com"
      And the credit balance of "Acme" is $132.61

    Scenario: A refund to the user's own payment method sends no credit confirmation
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "olivia@acme.com" receives no credit confirmation email
      And the credit balance of "Acme" is $0.00

    Scenario: An admin who invited receives the credit confirmation
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "adam@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "adam@acme.com" receives a credit confirmation email of $10.64 for "lea@gmail.com"
      And "olivia@acme.com" receives no credit confirmation email

    @reading-fr
    Scenario: French reading - the owner receives the credit confirmation when an admin invited
      Given the model follows the French reading of the credit confirmation
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "adam@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "olivia@acme.com" receives a credit confirmation email of $10.64 for "lea@gmail.com"
      And "adam@acme.com" receives no credit confirmation email

  @rule-CRE-2 @nl @fr
  Rule: On autopay, the credit is applied to the next invoice and what is left to the following invoices

    Nuance: the French text says the credit is applied to "votre prochaine facture" (the next invoice),
    the Dutch text "op toekomstige facturen" (future invoices). The model applies it to the next
    invoice and carries what is left over to the invoices after it, which satisfies both.

    Scenario: The credit reduces the next invoice and autopay charges the rest
      # $149.90 - $10.64 = $139.26
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $149.90
      Then $10.64 of credit is applied by autopay to the latest invoice of "Acme"
      And autopay charges $139.26 for the latest invoice of "Acme"
      And the latest invoice of "Acme" is settled
      And the credit balance of "Acme" is $0.00

    Scenario: A credit larger than the next invoice is carried over to the following invoices
      # $121.97 of credit: $50.00 on April, $50.00 on May, the last $21.97 on June
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "max@outlook.com" to "Acme"
      When "max@outlook.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $50.00
      Then $50.00 of credit is applied by autopay to the latest invoice of "Acme"
      And autopay charges $0.00 for the latest invoice of "Acme"
      And the credit balance of "Acme" is $71.97
      When the date is 2026-05-01
      And "Acme" is issued an invoice of $50.00
      Then $50.00 of credit is applied by autopay to the latest invoice of "Acme"
      And the credit balance of "Acme" is $21.97
      When the date is 2026-06-01
      And "Acme" is issued an invoice of $50.00
      Then $21.97 of credit is applied by autopay to the latest invoice of "Acme"
      And autopay charges $28.03 for the latest invoice of "Acme"
      And the credit balance of "Acme" is $0.00

  @rule-CRE-3 @nl @fr
  Rule: On net terms, the credit waits until Billing, contacted by chat, applies it to an open invoice: the one named, or else the oldest

    NL "kunt u via chat contact opnemen met Billing om dat tegoed toe te passen op een openstaande
    factuur"; FR "Il est possible d'appliquer un crédit à une facture ouverte ... et contactez la
    facturation par chat". Neither says which open invoice: the model applies the credit to the invoice
    named in the chat, and when none is named, to the oldest open invoice (the oldest debt is settled first).
    Assumption: with no invoice named, Billing applies the credit to the oldest open invoice; a billing
    chat for an account on autopay is refused (NOT_ON_NET_TERMS), since autopay applies the credit itself
    (CRE-2).
    Refusals: without an open invoice there is nothing to apply the credit to (NO_OPEN_INVOICE).

    Scenario: The credit waits for a billing chat, then reduces the open invoice
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $149.90
      Then no credit is applied to the latest invoice of "Acme"
      And the latest invoice of "Acme" is open with $149.90 due
      And the credit balance of "Acme" is $10.64
      When Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then $10.64 of credit is applied by billing chat to the latest invoice of "Acme"
      And the latest invoice of "Acme" is open with $139.26 due
      And the credit balance of "Acme" is $0.00

    Scenario: A credit larger than the open invoice settles it and the rest stays as credit
      # $121.97 - $50.00 = $71.97 left
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "olivia@acme.com" adds "max@outlook.com" to "Acme"
      When "max@outlook.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $50.00
      And Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then $50.00 of credit is applied by billing chat to the latest invoice of "Acme"
      And the latest invoice of "Acme" is settled
      And the credit balance of "Acme" is $71.97

    Scenario: Without an open invoice, the billing chat has nothing to apply the credit to
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then it is refused with "NO_OPEN_INVOICE"
      And the credit balance of "Acme" is $10.64

    @assumption
    Scenario: An account on autopay does not need a billing chat
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then it is refused with "NOT_ON_NET_TERMS"
      And the credit balance of "Acme" is $10.64

    @assumption
    Scenario: With several open invoices, Billing applies the credit to the oldest one first
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "Acme" already had an open invoice of $5.00 issued on 2026-02-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $149.90
      And Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then $5.00 of credit is applied by billing chat to the invoice of "Acme" issued on 2026-02-01
      And the invoice of "Acme" issued on 2026-02-01 is settled
      And the invoice of "Acme" issued on 2026-04-01 is open with $149.90 due
      And the credit balance of "Acme" is $5.64
      When Billing is asked in a chat to apply the credit of "Acme" to an open invoice
      Then $5.64 of credit is applied by billing chat to the invoice of "Acme" issued on 2026-04-01
      And the invoice of "Acme" issued on 2026-04-01 is open with $144.26 due
      And the credit balance of "Acme" is $0.00

    Scenario: Billing applies the credit to the open invoice named in the chat
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "Acme" already had an open invoice of $50.00 issued on 2026-02-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And the date is 2026-04-01
      And "Acme" is issued an invoice of $149.90
      And Billing is asked in a chat to apply the credit of "Acme" to the invoice issued on 2026-04-01
      Then $10.64 of credit is applied by billing chat to the invoice of "Acme" issued on 2026-04-01
      And the invoice of "Acme" issued on 2026-04-01 is open with $139.26 due
      And the invoice of "Acme" issued on 2026-02-01 is open with $50.00 due

  @rule-CRE-4 @assumption
  Rule: Amounts are never negative and never mix currencies

    Neither article says it. An invoice or a plan price below zero is refused; an invoice in another
    currency than the account's, or a credit transfer between accounts of different currencies, is
    refused too, and nothing changes.
    Refusals: INVALID_AMOUNT, CURRENCY_MISMATCH.

    Scenario: A negative invoice is refused and nothing is charged
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      When "Acme" is issued an invoice of -$10.00
      Then it is refused with "INVALID_AMOUNT"
      And "Acme" has no invoice

    Scenario: A plan at a negative price is refused
      Given "noah@outlook.com" has a monthly plan at -$14.99 from 2026-03-01 to 2026-04-01
      Then it is refused with "INVALID_AMOUNT"

    Scenario: An invoice in another currency is refused and the credit stays
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And "Acme" is issued an invoice of €50.00
      Then it is refused with "CURRENCY_MISMATCH"
      And the credit balance of "Acme" is $10.64
      And "Acme" has no invoice

    Scenario: Credit in euros is not transferred to an account in dollars
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "eva@web.de" has a monthly plan at €14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "eva@web.de" to "Acme"
      When "eva@web.de" accepts the invitation from "Acme" choosing a credit transfer
      Then it is refused with "CURRENCY_MISMATCH"
      And "eva@web.de" still has their own account
      And the credit balance of "Acme" is $0.00
      When "eva@web.de" accepts the invitation from "Acme" choosing a refund
      Then a refund of €10.64 to the own payment method of "eva@web.de" is requested
