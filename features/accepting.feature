@area-accepting
Feature: Accepting an invitation to a paid account
  As a Zoom user invited to my organisation's paid account
  I want to accept the invitation and get back the unused part of my own plan
  So that I join the organisation without paying twice

  Specification (NL "Hoe gebruikers een uitnodiging accepteren"; FR "Comment les utilisateurs
  accepter un invitation"):
  - "De gebruiker klikt op de hyperlink of plakt deze in een browser om de uitnodiging te accepteren."
    / "lorsqu'il cliquera sur le lien hypertexte ou le collera dans un navigateur".
  - The owner of a paid account gets the unused part of the plan back, prorated: as a refund to
    their own payment method or (Dutch text) as a credit transferred to the account they join.
  - "Uw Rekening Balans laat zien hoeveel u op dit moment verschuldigd bent op uw rekening, niet het
    bedrag van uw bijschrijving/terugbetaling naar rato. U kunt geen lid worden van een andere account
    als u nog openstaande facturen hebt." / "Si vous avez des factures impayées ... vous ne pourrez pas le faire."
  - "wordt de terugbetaling binnen 3-5 werkdagen verwerkt via je oorspronkelijke betalingsmethode"
    / "dans les 3 à 5 jours ouvrables après avoir soumis votre demande de remboursement".

  Background:
    Given today is 2026-03-10

  @rule-ACC-1 @nl @fr
  Rule: The user accepts by clicking the link in the invitation email or pasting it into a browser

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: A free account holder clicks the link and joins
      Given "lea@gmail.com" has a free account
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" clicks the link in the invitation email from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And the Pending list of "Acme" does not show "lea@gmail.com"

    Scenario: A paid account owner pastes the link into a browser and joins
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" pastes the invitation link from "Acme" into a browser choosing a refund
      Then "lea@gmail.com" belongs to "Acme"
      And a refund of $10.64 to the own payment method of "lea@gmail.com" is requested

    Scenario: Until the link is opened, the user stays in their own account
      Given "lea@gmail.com" has a free account
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" still has their own account
      And the Pending list of "Acme" shows "lea@gmail.com"

  @rule-ACC-2 @nl @fr @disagreement
  Rule: The owner of a paid account chooses a refund to their own payment method or a credit transfer

    Disagreement: both texts give the user a choice. The Dutch text lets the owner of a paid account choose
    between a pro rata refund to their own payment method and transferring the pro rata credit to the new
    account ("kan hij/zij kiezen of ... terug wil ontvangen naar zijn/haar eigen betaalmethode of het pro
    rata tegoed wil overdragen"). The French text also says "L'utilisateur a la possibilité de choisir", but
    ties each option to a kind of account: the refund "s'il est propriétaire d'un compte payant", the
    credit transfer "s'ils sont titulaires d'un compte gratuit" (who have no credit, see ACC-7). Read
    literally, the owner of a paid account is offered only the refund. The model follows the Dutch reading
    by default; the French reading refuses a credit transfer from the owner of a paid account.
    Assumption: the choice is required: the owner of a paid account who makes none is refused
    (REFUND_CHOICE_REQUIRED), and so is an answer that is neither (INVALID_REFUND_CHOICE); the articles
    offer the choice without saying what happens without one. Under the French reading a credit transfer
    is refused with CREDIT_TRANSFER_NOT_OFFERED.

    Scenario: The owner of a monthly plan chooses a refund
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $10.64 to the own payment method of "lea@gmail.com" is requested
      And the credit balance of "Acme" is $0.00

    Scenario: The owner of a monthly plan chooses a credit transfer to the new account
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then no refund is requested for "lea@gmail.com"
      And the credit balance of "Acme" is $10.64

    @assumption
    Scenario: The owner of a paid account must make the choice
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has an annual plan at $149.90 from 2026-01-01 to 2027-01-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then it is refused with "REFUND_CHOICE_REQUIRED"
      And "lea@gmail.com" still has their own account

    @assumption
    Scenario: An answer that is neither a refund nor a credit transfer is refused and nothing is paid
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" answering "refnud" to the refund choice
      Then it is refused with "INVALID_REFUND_CHOICE"
      And "lea@gmail.com" still has their own account
      When "lea@gmail.com" accepts the invitation from "Acme" answering "Refund" to the refund choice
      Then it is refused with "INVALID_REFUND_CHOICE"
      When "lea@gmail.com" accepts the invitation from "Acme" answering "" to the refund choice
      Then it is refused with "INVALID_REFUND_CHOICE"
      And no refund is requested for "lea@gmail.com"
      And the credit balance of "Acme" is $0.00
      And the Pending list of "Acme" shows "lea@gmail.com"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" got back $10.64 once, as a refund or as credit

    @reading-fr
    Scenario: French reading - the owner of a paid account is not offered a credit transfer
      Given the model follows the French reading of the refund choice
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then it is refused with "CREDIT_TRANSFER_NOT_OFFERED"
      And "lea@gmail.com" still has their own account
      And the credit balance of "Acme" is $0.00

    @reading-fr
    Scenario: French reading - the owner of a paid account is refunded
      Given the model follows the French reading of the refund choice
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" belongs to "Acme"
      And a refund of $10.64 to the own payment method of "lea@gmail.com" is requested

  @rule-ACC-3 @assumption
  Rule: The prorated amount is the plan price times the remaining days divided by the days in the period, rounded half up once

    Neither text says how the unused part is worked out. Assumption: days from the day of acceptance
    (included) to the end of the period (excluded), divided by the days of the period, applied to the
    price in cents and rounded half up to the cent, once. A paid plan renews at the end of each period
    (a monthly plan by a month, an annual plan by a year): the period is the one of the day of acceptance.

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: A monthly plan accepted on the 10th of March
      # March has 31 days; 2026-03-10 to 2026-04-01 leaves 22 days: $14.99 x 22 / 31 = $10.638... -> $10.64
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the prorated amount for "lea@gmail.com" is $10.64

    Scenario: An annual plan accepted on the 10th of March
      # 2026 has 365 days; 2026-03-10 to 2027-01-01 leaves 297 days: $149.90 x 297 / 365 = $121.973... -> $121.97
      Given "lea@gmail.com" has an annual plan at $149.90 from 2026-01-01 to 2027-01-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the prorated amount for "lea@gmail.com" is $121.97
      And a refund of $121.97 to the own payment method of "lea@gmail.com" is requested

    Scenario: A monthly plan that renewed before the invitation is accepted is prorated on its new period
      # the plan renewed on 2026-04-01 for 2026-04-01 to 2026-05-01 (30 days); 2026-04-16 leaves 15 days: $7.495 -> $7.50
      Given today is 2026-04-16
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the prorated amount for "lea@gmail.com" is $7.50

    Scenario: A monthly plan renewing on the 15th counts the real days of its calendar month
      # the period 2027-01-15 to 2027-02-15 has 31 days; 2027-01-30 leaves 16: $14.99 x 16 / 31 = $7.736... -> $7.74 (not $7.99 of a 30-day month)
      Given today is 2027-01-30
      And "lea@gmail.com" has a monthly plan at $14.99 from 2027-01-15 to 2027-02-15
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the prorated amount for "lea@gmail.com" is $7.74

    Scenario: After renewing on the 15th of February the period is February's 28 days
      # renewed 2027-02-15 for 2027-02-15 to 2027-03-15 (28 days); 2027-03-02 leaves 13: $14.99 x 13 / 28 = $6.959... -> $6.96
      Given today is 2027-03-02
      And "lea@gmail.com" has a monthly plan at $14.99 from 2027-01-15 to 2027-02-15
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the prorated amount for "lea@gmail.com" is $6.96

    Scenario: Half a cent is rounded up, once
      # April has 30 days; 2026-04-16 to 2026-05-01 leaves 15 days: $14.99 x 15 / 30 = $7.495 -> $7.50
      Given today is 2026-04-16
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-04-01 to 2026-05-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then the prorated amount for "lea@gmail.com" is $7.50
      And the credit balance of "Acme" is $7.50

    Scenario: Accepted on the last day of the period, one day is left
      # 2026-03-31 to 2026-04-01 leaves 1 day: $14.99 x 1 / 31 = $0.4835... -> $0.48
      Given today is 2026-03-31
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the prorated amount "lea@gmail.com" would get back today is $0.48

  @rule-ACC-4 @nl @fr
  Rule: The account balance is what the account owes at the statement date, not the prorated refund or credit

    "Contrairement au montant de votre crédit/remboursement au prorata, le solde de votre compte reflète
    le montant dû sur votre compte à la date du relevé." An owner whose balance shows money owed has
    unpaid invoices and cannot join (ACC-5).
    The Dutch text says "op dit moment" (right now) where the French says "à la date du relevé", which the
    title follows. The model's balance is what the open invoices owe today: the same amount under both
    wordings, as nothing is owed outside an invoice.
    Refusals: UNPAID_INVOICES (ACC-5).

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: An owner with an unpaid balance is blocked, whatever the prorated amount
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "lea@gmail.com" has an unpaid invoice of $14.99
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the account balance of "lea@gmail.com" is $14.99
      And the prorated amount "lea@gmail.com" would get back today is $10.64
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then it is refused with "UNPAID_INVOICES"
      And no refund is requested for "lea@gmail.com"

    Scenario: A paid-up owner has a zero balance and still gets the prorated refund
      Given "lea@gmail.com" has an annual plan at $149.90 from 2026-01-01 to 2027-01-01
      And "lea@gmail.com" has a paid invoice of $149.90
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the account balance of "lea@gmail.com" is $0.00
      And the prorated amount "lea@gmail.com" would get back today is $121.97
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $121.97 to the own payment method of "lea@gmail.com" is requested

  @rule-ACC-5 @nl @fr
  Rule: A user with unpaid invoices cannot join another account

    Refusals: UNPAID_INVOICES.

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: Two unpaid invoices block joining
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "lea@gmail.com" has an unpaid invoice of $14.99
      And "lea@gmail.com" has an unpaid invoice of $4.50
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then it is refused with "UNPAID_INVOICES"
      And "lea@gmail.com" still has their own account
      And the credit balance of "Acme" is $0.00

    Scenario: Once the unpaid invoices are paid, the user joins and gets the prorated amount
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "lea@gmail.com" has an unpaid invoice of $14.99
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then it is refused with "UNPAID_INVOICES"
      When "lea@gmail.com" pays the unpaid invoices
      Then the account balance of "lea@gmail.com" is $0.00
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" belongs to "Acme"
      And a refund of $10.64 to the own payment method of "lea@gmail.com" is requested

    Scenario: Paid invoices do not block joining
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "lea@gmail.com" has a paid invoice of $14.99
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "lea@gmail.com" belongs to "Acme"

  @rule-ACC-6 @nl @fr
  Rule: A refund is paid to the original payment method at the latest on the 5th business day after the request

    NL "wordt de terugbetaling binnen 3-5 werkdagen verwerkt via je oorspronkelijke betalingsmethode";
    FR "dans les 3 à 5 jours ouvrables après avoir soumis votre demande de remboursement". Business days
    exclude weekends and public holidays. (That it is not paid before the 3rd business day is the model's
    assumption, rule ACC-8.)

    Scenario: A refund requested on a Tuesday is paid by the next Tuesday
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then the refund to "lea@gmail.com" is due between 2026-03-13 and 2026-03-17
      When the date is 2026-03-16
      Then the refund to "lea@gmail.com" is not paid yet
      When the date is 2026-03-17
      Then the refund to "lea@gmail.com" is paid on 2026-03-17

    Scenario: A refund requested on a Thursday crosses the weekend
      # Thursday 2026-03-12: Fri 13 (1), Mon 16 (2), Tue 17 (3), Wed 18 (4), Thu 19 (5)
      Given today is 2026-03-12
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $9.67 to the own payment method of "lea@gmail.com" is requested
      And the refund to "lea@gmail.com" is due between 2026-03-17 and 2026-03-19
      When the date is 2026-03-18
      Then the refund to "lea@gmail.com" is not paid yet
      When the date is 2026-03-19
      Then the refund to "lea@gmail.com" is paid on 2026-03-19

    Scenario: A public holiday, declared once the account exists, delays the refund by one business day
      # Thursday 2026-04-02: Fri 3 (1), Easter Monday 6 is a holiday, Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5)
      Given today is 2026-04-02
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And 2026-04-06 is a public holiday
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-04-01 to 2026-05-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $14.49 to the own payment method of "lea@gmail.com" is requested
      And the refund to "lea@gmail.com" is due between 2026-04-08 and 2026-04-10
      When the date is 2026-04-09
      Then the refund to "lea@gmail.com" is not paid yet
      When the date is 2026-04-10
      Then the refund to "lea@gmail.com" is paid on 2026-04-10

  @rule-ACC-7 @nl @fr
  Rule: A free account holder joins with nothing to refund

    Only the users of a paid plan get the unused part back: NL "Individuele gebruikers met betaalde accounts
    ontvangen restitutie voor de resterende duur van hun abonnement"; FR "recevoir son remboursement au
    prorata ... s'il est propriétaire d'un compte payant". A free account has no unused part to give back.
    Read literally, the same French sentence gives the holder of a free account a credit transfer ("transférer
    le solde créditeur au prorata ... s'ils sont titulaires d'un compte gratuit"): the model does not follow
    it, a free account transfers nothing (see ACC-2). (The French introduction's "vous pourrez rembourser
    tout membre individuel disposant d'un compte payant" says who refunds, the inviting organisation: see
    ACC-11.)

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: A free account holder joins without a refund choice
      Given "lea@gmail.com" has a free account
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And the prorated amount for "lea@gmail.com" is $0.00
      And no refund is requested for "lea@gmail.com"

    Scenario: A free account holder who asks for a credit transfer transfers nothing
      Given "lea@gmail.com" has a free account
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      Then "lea@gmail.com" belongs to "Acme"
      And the credit balance of "Acme" is $0.00
      And no credit confirmation email is sent to "olivia@acme.com"

  @rule-ACC-8 @assumption
  Rule: A refund is not paid before the 3rd business day after the request

    "Within 3 to 5 business days" gives the window in which the refund is processed; that the payment
    provider does not pay it earlier than the 3rd business day is the model's reading, not the articles'.
    Refusals: REFUND_OUTSIDE_WINDOW (ACC-6).

    Scenario: Paying on the 2nd business day is too early, on the 3rd it is paid
      # Tuesday 2026-03-10: Wed 11 (1), Thu 12 (2), Fri 13 (3)
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      And the date is 2026-03-12
      And the payment provider pays the refund to "lea@gmail.com" on 2026-03-12
      Then it is refused with "REFUND_OUTSIDE_WINDOW"
      And the refund to "lea@gmail.com" is not paid yet
      When the date is 2026-03-13
      And the payment provider pays the refund to "lea@gmail.com" on 2026-03-13
      Then the refund to "lea@gmail.com" is paid on 2026-03-13

    Scenario: A weekend day is never a payment day
      # Thursday 2026-03-12: the first business day is Fri 13, the 3rd is Tue 17
      Given today is 2026-03-12
      And the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      And the payment provider pays the refund to "lea@gmail.com" on 2026-03-14
      Then it is refused with "REFUND_OUTSIDE_WINDOW"
      When the payment provider pays the refund to "lea@gmail.com" on 2026-03-17
      Then the refund to "lea@gmail.com" is paid on 2026-03-17

  @rule-ACC-9 @assumption
  Rule: Every prorated cent is paid back once, as a refund or as credit, never both and never twice

    Neither article says it in so many words; it is what "the rest of the subscription" is given back
    means. A second click on the link, two browser tabs sending the same link at the same moment, or a
    payment provider paying the same refund twice never pays anything a second time.
    Refusals: INVITATION_ALREADY_USED (SEC-2), REFUND_OUTSIDE_WINDOW (ACC-6).

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"

    Scenario: A second click on the link of a paid plan pays nothing more
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
      And "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then it is refused with "INVITATION_ALREADY_USED"
      And "lea@gmail.com" got back $10.64 once, as a refund or as credit
      And no refund is requested for "lea@gmail.com"
      And the credit balance of "Acme" is $10.64

    Scenario: The payment provider cannot pay the same refund twice
      Given "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      And the payment provider pays the refund to "lea@gmail.com" on 2026-03-13
      And the payment provider pays the refund to "lea@gmail.com" on 2026-03-16
      Then it is refused with "REFUND_OUTSIDE_WINDOW"
      And the refund to "lea@gmail.com" is paid on 2026-03-13

    Scenario: People who open their link in two browser tabs at the same moment are paid back once
      # a bulk migration: many people click at once, some of them twice
      Given "olivia@acme.com" has invited 60 people with a monthly plan at $14.99 from 2026-03-01 to 2026-04-01 to "Acme"
      When each of them opens the invitation link in two browser tabs at the same moment, choosing a refund in one and a credit transfer in the other
      Then for each of them one tab succeeded and the other was refused with "INVITATION_ALREADY_USED"
      And each of them is listed once among the members of "Acme"
      And each of them got back $10.64 once, as a refund or as credit

  @rule-ACC-10 @nl
  Rule: After joining, the user signs in as before, at zoom.us, with the same address and password
    NL "Nadat de bovenstaande stappen zijn voltooid, kan de gebruiker zich aanmelden zoals daarvoor door
    naar zoom.us te gaan. De gebruiker is nu lid van het account van je organisatie." The French text does
    not say it.
    Refusals: SIGN_IN_FAILED.

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a free account
      And "lea@gmail.com" has the password "Tulip-2026"

    Scenario: The same address and password sign the user in, before and after joining
      When "lea@gmail.com" signs in at zoom.us with the password "Tulip-2026"
      Then "lea@gmail.com" is signed in to their own account
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" signs in at zoom.us with the password "Tulip-2026"
      Then "lea@gmail.com" is signed in to "Acme"

    Scenario: Joining gives no new password
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" signs in at zoom.us with the password "Welcome-Acme"
      Then it is refused with "SIGN_IN_FAILED"

  @rule-ACC-11 @nl @disagreement
  Rule: The refund comes back from the user's own plan; the inviting account pays nothing for it

    Disagreement on who refunds: the Dutch introduction says the users receive a refund ("Individuele
    gebruikers met betaalde accounts ontvangen restitutie voor de resterende duur van hun abonnement als ze
    je uitnodiging accepteren"), the French introduction that the inviting organisation will be able to
    refund them ("vous pourrez rembourser tout membre individuel disposant d'un compte payant pour le
    reste de son abonnement"). The model follows the Dutch reading, with the French remarks ("Vous recevrez
    le remboursement sur votre mode de paiement d'origine") and the Dutch ones ("de pro rata terugbetaling
    voor zijn/haar huidige abonnement ... naar zijn/haar eigen betaalmethode", "via je oorspronkelijke
    betalingsmethode"); the Dutch introduction itself only says who receives the refund. Hence: the unused
    part of the user's own plan is paid back to her and the inviting account is charged nothing. Under the
    French reading the inviting account pays it: it is issued an invoice of the same amount.

    Background:
      Given the paid account "Acme" on net terms owned by "olivia@acme.com"
      And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"

    Scenario: The inviting account is charged nothing for a refund
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $10.64 to the own payment method of "lea@gmail.com" is requested
      And "Acme" has no invoice

    @reading-fr
    Scenario: French reading - the inviting account pays the refund
      Given the model follows the French reading of who pays the refund
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $10.64 to the own payment method of "lea@gmail.com" is requested
      And the latest invoice of "Acme" is open with $10.64 due
