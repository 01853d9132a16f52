@area-data-transfer
Feature: What moves with a user who joins the account, and what stays behind
  As an individual Zoom user who accepts an invitation to my organisation's paid account
  I want to know which of my data comes with me and which does not
  So that I can download what I need before I accept and nothing surprises me afterwards

  Specification (NL "Na het accepteren van de uitnodiging en het toetreden tot de account, zullen de
  volgende gegevens met u worden overgedragen"; FR "Les détails suivants seront transféré à vous dès que
  vous acceptez l'invitation et rejoignez le compte"):
  - Moves: profile details (name, profile photo, time zone), scheduled meetings and webinars, cloud
    recordings, chat history, contacts, settings.
  - NL "Opmerking: Persoonlijke contactpersonen worden niet naar de nieuwe account overgedragen."
    (the French list has no such note).
  - NL "Instellingen kunnen worden gewijzigd als ze in strijd zijn met groeps- of accountinstellingen" /
    FR "Il est possible que vos paramètres soient modifiés s'ils sont en conflit avec les paramètres du
    groupe ou du compte que vous avez rejoint."
  - NL "Licenties, zoals grote vergaderingen of webinars, worden niet overgedragen, dus deze moeten door een
    beheerder aan de nieuwe account worden toegewezen." / FR "Les licences de les grandes réunions, ainsi
    que les webinaires, ne seront pas transfert, donc un administrateur devra attribuer ces licences".
  - NL "Rapportagegegevens worden ook niet overgedragen, dus het is aan te raden om alle benodigde rapporten
    te openen en te downloaden voordat u de uitnodiging ... accepteert." / FR "Les données de rapport ne
    seront pas non plus transférées".
  - NL "de IM-geschiedenis van vóór de toetreding tot de account [is] niet toegankelijk voor
    accountbeheerders op de nieuwe account." / FR "tout historique de messagerie instantanée créé avant que
    l'utilisateur ne rejoigne le compte n'est pas accessible aux administrateurs du compte."

  Background:
    Given today is 2026-03-10

  @rule-DAT-1 @nl @fr
  Rule: Profile, scheduled meetings and webinars, cloud recordings, chat history, contacts and settings move with the user

    Assumption: the articles say "Contacts"; the model calls the contacts that move company contacts, as
    opposed to the personal contacts of the Dutch note (DAT-2).

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "lea@gmail.com" has a free account

    Scenario: Profile, meetings, webinars and cloud recordings come along
      Given "lea@gmail.com" has the profile name "Lea Janssens", photo "lea.png" and time zone "Europe/Brussels"
      And "lea@gmail.com" has scheduled the meeting "Weekly sync" with the ID "811 2345 6789"
      And "lea@gmail.com" has scheduled the webinar "Product launch" with the ID "944 1234 5678"
      And "lea@gmail.com" has the cloud recording "Kick-off 2026-02-03"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And the profile of "lea@gmail.com" shows the name "Lea Janssens", photo "lea.png" and time zone "Europe/Brussels"
      And "lea@gmail.com" still has the meeting "Weekly sync" with the ID "811 2345 6789"
      And "lea@gmail.com" still has the webinar "Product launch" with the ID "944 1234 5678"
      And "lea@gmail.com" still has the cloud recording "Kick-off 2026-02-03"

    @assumption
    Scenario: Chat history, contacts and settings come along
      Given "lea@gmail.com" wrote the chat message "Offer sent to Brussels" on 2026-02-02 10:15
      And "lea@gmail.com" has the company contact "Bram Visser"
      And "lea@gmail.com" has the setting "waiting room" set to "on"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" can read the chat message "Offer sent to Brussels" of "lea@gmail.com"
      And the contacts of "lea@gmail.com" are "Bram Visser"
      And the setting "waiting room" of "lea@gmail.com" is "on"
      And no setting of "lea@gmail.com" is overridden

    Scenario: A paid individual user who takes a refund keeps their recordings and meetings
      # the refund: $14.99 x 22 / 31 days = $10.64
      Given "max@outlook.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "max@outlook.com" has scheduled the meeting "Client call" with the ID "822 3456 7890"
      And "max@outlook.com" has the cloud recording "Client call 2026-03-02"
      And "olivia@acme.com" adds "max@outlook.com" to "Acme"
      When "max@outlook.com" accepts the invitation from "Acme" choosing a refund
      Then a refund of $10.64 to the own payment method of "max@outlook.com" is requested
      And "max@outlook.com" still has the meeting "Client call" with the ID "822 3456 7890"
      And "max@outlook.com" still has the cloud recording "Client call 2026-03-02"

  @rule-DAT-2 @nl
  Rule: Personal contacts do not move to the new account

    The Dutch text adds under Contacts "Persoonlijke contactpersonen worden niet naar de nieuwe account
    overgedragen". The French list names "Contacts" and says nothing of personal contacts: it is silent
    rather than contrary, so this is not a disagreement, and the model follows the Dutch note (company
    contacts move, personal contacts stay behind).
    Assumption: "company contacts" is the model's name for the contacts that are not personal, and they
    keep their order; the articles say neither.

    Scenario: Company contacts move, the personal contact stays behind
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a free account
      And "lea@gmail.com" has the company contact "Bram Visser"
      And "lea@gmail.com" has the personal contact "Mum"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the contacts of "lea@gmail.com" are "Bram Visser"

    @assumption
    Scenario: Several company contacts keep their order, personal contacts in between stay behind
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a free account
      And "lea@gmail.com" has the company contact "Bram Visser"
      And "lea@gmail.com" has the personal contact "Mum"
      And "lea@gmail.com" has the company contact "Chen Wei"
      And "lea@gmail.com" has the personal contact "Tennis club"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the contacts of "lea@gmail.com" are "Bram Visser, Mum, Chen Wei, Tennis club"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the contacts of "lea@gmail.com" are "Bram Visser, Chen Wei"

  @rule-DAT-3 @nl @fr
  Rule: Settings that conflict with locked account or group settings are changed to the new account's values

    Both texts say conflicting settings "may" be changed: FR "Il est possible que vos paramètres soient
    modifiés s'ils sont en conflit avec les paramètres du groupe ou du compte"; NL "Instellingen kunnen worden
    gewijzigd als ze in strijd zijn met groeps- of accountinstellingen". Neither says "locked".
    Assumption: a conflict is a setting that the account or the group locks to another value, and such a
    setting is always changed; the articles do not say which settings conflict, nor when they are changed.

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "lea@gmail.com" has a free account

    Scenario: A setting locked by the account overrides the user's own
      Given "lea@gmail.com" has the setting "waiting room" set to "off"
      And the account "Acme" locks the setting "waiting room" to "on"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the setting "waiting room" of "lea@gmail.com" is "on"
      And "lea@gmail.com" is told the setting "waiting room" was changed from "off" to "on" by "Acme"

    Scenario: A setting locked by the group the user joins overrides the user's own
      Given "lea@gmail.com" has the setting "screen sharing" set to "all participants"
      And "lea@gmail.com" has the setting "mute on entry" set to "off"
      And the group "Sales" of "Acme" locks the setting "screen sharing" to "host only"
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme" in the group "Sales"
      And "lea@gmail.com" accepts the invitation from "Acme"
      Then the setting "screen sharing" of "lea@gmail.com" is "host only"
      And the setting "mute on entry" of "lea@gmail.com" is "off"
      And "lea@gmail.com" is told the setting "screen sharing" was changed from "all participants" to "host only" by "Acme"

    Scenario: Settings that do not conflict are kept as they are
      Given "lea@gmail.com" has the setting "waiting room" set to "on"
      And "lea@gmail.com" has the setting "screen sharing" set to "all participants"
      And the account "Acme" locks the setting "waiting room" to "on"
      And the group "Sales" of "Acme" locks the setting "screen sharing" to "host only"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the setting "waiting room" of "lea@gmail.com" is "on"
      And the setting "screen sharing" of "lea@gmail.com" is "all participants"
      And no setting of "lea@gmail.com" is overridden

  @rule-DAT-4 @nl @fr
  Rule: Large meeting and webinar licences do not move; an admin of the new account assigns them

    The Dutch text speaks of licences in general, large meetings and webinars being examples ("Licenties,
    zoals grote vergaderingen of webinars, worden niet overgedragen"); the French names these two ("Les
    licences de les grandes réunions, ainsi que les webinaires"). The model has only these two add-ons. The
    French adds "s'ils n'ont pas déjà été attribués" (if they have not been assigned already): not modelled.
    Refusals: NOT_ADMIN_OR_OWNER (PRE-1).

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "max@outlook.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "max@outlook.com" holds the large meeting add-on licence
      And "max@outlook.com" holds the webinar add-on licence
      And "olivia@acme.com" adds "max@outlook.com" to "Acme"

    Scenario: The add-on licences stay behind when the user joins
      When "max@outlook.com" accepts the invitation from "Acme" choosing a refund
      Then "max@outlook.com" belongs to "Acme"
      And "max@outlook.com" holds no add-on licence
      And "max@outlook.com" is told the add-on licences "large meeting, webinar" were not transferred to "Acme"

    Scenario: An admin of the new account assigns the webinar licence again
      When "max@outlook.com" accepts the invitation from "Acme" choosing a refund
      And "adam@acme.com" assigns the webinar add-on licence to "max@outlook.com"
      Then "max@outlook.com" holds the webinar add-on licence

    Scenario: The user cannot assign the licence to themselves in the new account
      When "max@outlook.com" accepts the invitation from "Acme" choosing a refund
      And "max@outlook.com" assigns the webinar add-on licence to "max@outlook.com"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And "max@outlook.com" holds no add-on licence

  @rule-DAT-5 @nl @fr
  Rule: Reporting data does not move, so reports are downloaded before accepting

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "lea@gmail.com" has a free account

    Scenario: The usage reports are gone after joining
      Given "lea@gmail.com" has the usage report "February 2026 meetings"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And "lea@gmail.com" has no usage report

    Scenario: The reports can still be downloaded while the invitation is pending
      Given "lea@gmail.com" has the usage report "February 2026 meetings"
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" has the usage report "February 2026 meetings"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" has no usage report

  @rule-DAT-6 @nl @fr
  Rule: Chat history from before joining is readable by the user but not by the admins of the new account

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "adam@acme.com" is an admin of "Acme"
      And "lea@gmail.com" has a free account
      And "lea@gmail.com" wrote the chat message "Offer sent to Brussels" on 2026-02-02 10:15
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"

    Scenario: The user reads their old chat history, the owner and admins of the new account do not
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" can read the chat message "Offer sent to Brussels" of "lea@gmail.com"
      And "olivia@acme.com" cannot read the chat message "Offer sent to Brussels" of "lea@gmail.com"
      And "adam@acme.com" cannot read the chat message "Offer sent to Brussels" of "lea@gmail.com"

    Scenario: Chat written after joining is readable by the admins, the older chat is not
      When "lea@gmail.com" accepts the invitation from "Acme"
      And the date is 2026-03-12 14:00
      And "lea@gmail.com" writes the chat message "Welcome call at 3 pm"
      Then "adam@acme.com" can read the chat message "Welcome call at 3 pm" of "lea@gmail.com"
      And "adam@acme.com" cannot read the chat message "Offer sent to Brussels" of "lea@gmail.com"
      And "lea@gmail.com" can read the chat message "Offer sent to Brussels" of "lea@gmail.com"

  @rule-DAT-7 @nl @fr
  Rule: What moves with the user is moved, not copied: as many items after joining as before, none left behind

    NL "zullen de volgende gegevens met u worden overgedragen"; FR "Les détails suivants seront transféré à
    vous": the items are transferred, so the user has the same number of scheduled meetings and webinars,
    cloud recordings, chat messages and company contacts after joining as before, and no account holds a
    second copy of them.

    Background:
      Given the paid account "Acme" on autopay owned by "olivia@acme.com"
      And "lea@gmail.com" has a free account
      And "lea@gmail.com" has scheduled the meeting "Weekly sync" with the ID "811 2345 6789"
      And "lea@gmail.com" has scheduled the webinar "Product launch" with the ID "944 1234 5678"
      And "lea@gmail.com" has the cloud recording "Kick-off 2026-02-03"
      And "lea@gmail.com" has the cloud recording "Review 2026-02-17"
      And "lea@gmail.com" wrote the chat message "Offer sent to Brussels" on 2026-02-02 10:15
      And "lea@gmail.com" has the company contact "Bram Visser"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"

    Scenario: The same number of items before and after joining
      Then "lea@gmail.com" has these items:
        | item                            | count |
        | scheduled meetings and webinars | 2     |
        | cloud recordings                | 2     |
        | chat messages                   | 1     |
        | contacts                        | 1     |
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And "lea@gmail.com" has these items:
        | item                            | count |
        | scheduled meetings and webinars | 2     |
        | cloud recordings                | 2     |
        | chat messages                   | 1     |
        | contacts                        | 1     |

    Scenario: No account holds a second copy after the user joined
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then all accounts together hold these items:
        | item                            | count |
        | scheduled meetings and webinars | 2     |
        | cloud recordings                | 2     |
        | chat messages                   | 1     |
        | contacts                        | 1     |
      And "lea@gmail.com" no longer has an account of their own
