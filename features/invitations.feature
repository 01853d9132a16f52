@area-invitations
Feature: Inviting existing users to the paid account
  As the owner or an admin of my organisation's paid account
  I want to invite people who already use Zoom on their own, one by one or several at once
  So that they enjoy the benefits of our account, and I can see who has not answered yet

  Specification (NL "Voer de gegevens voor de gebruiker of gebruikers in en klik op Toevoegen.
  Er wordt een e-mail verzonden waarin de gebruiker(s) wordt (worden) uitgenodigd om lid te worden
  van uw account. U kunt controleren of de uitnodiging nog moet worden geaccepteerd door te klikken
  op het gedeelte In afwachting"; "De e-mailadressen moeten al bestaan en externe e-mails kunnen
  ontvangen." FR "Une fois que vous avez entré les informations pour l'utilisateur ou les
  utilisateurs, cliquez sur le bouton Ajouter. Vous recevrez un e-mail invitant le ou les
  utilisateurs à faire partie de votre compte"; "En cliquant sur la section En attente de la page
  Gestion des utilisateurs, vous pourrez savoir si l'invitation n'a pas encore été acceptée";
  "Pour que les adresses e-mail fonctionnent, elles doivent déjà exister et permettre la réception
  d'e-mails externes.")
  Adding one or several users sends each of them an invitation email. An invitation stays on the
  Pending list until it is accepted. An address that does not exist or refuses external email
  bounces. Neither article says how long an invitation lasts, nor how to resend or withdraw one:
  the model assumes the vendor's practice of a 30-day validity that a resend restarts, and lets an
  admin revoke a pending invitation.

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com"
    And "adam@acme.com" is an admin of "Acme"
    And "mia@acme.com" is a member of "Acme"
    And "lea@gmail.com" has a free account

  @rule-INV-1 @nl @fr @disagreement
  Rule: Adding one or several users sends each of them an invitation email

    Disagreement on who receives the email: the Dutch text has the invited users receive it ("Er wordt een
    e-mail verzonden waarin de gebruiker(s) wordt (worden) uitgenodigd"; "Elke gebruiker die voor uw account
    wordt uitgenodigd, ontvangt een e-mail"). A French sentence has the admin receive it ("Vous recevrez un
    e-mail invitant le ou les utilisateurs à faire partie de votre compte"). The model follows the Dutch
    reading: each invited user receives the invitation; under the French reading the admin who added them
    also receives an email for each invitation.
    The French sentence ends "dès qu'ils auront rempli le formulaire": read literally, "ils" are the users,
    and the email comes once they have filled in a form, which neither article describes. The model reads it
    as the form the admin fills in before clicking Add, and sends the invitations then.
    Assumption: a user already on the account is not invited again (ALREADY_MEMBER); the articles do not
    say.
    Refusals: NOT_ADMIN_OR_OWNER (PRE-1); an address with no account of its own, NO_EXISTING_ACCOUNT
    (LIC-6): the articles add existing users, and single sign-on refuses such an address the same way.

    Scenario: The owner adds one user
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "lea@gmail.com" still has their own account

    Scenario: An admin adds several users at once and each receives an invitation email
      Given "noah@outlook.com" has a free account
      And "sofia@yahoo.fr" has a free account
      When "adam@acme.com" adds these users to "Acme":
        | email            |
        | lea@gmail.com    |
        | noah@outlook.com |
        | sofia@yahoo.fr   |
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "noah@outlook.com" receives an invitation email from "Acme"
      And "sofia@yahoo.fr" receives an invitation email from "Acme"

    Scenario: A member of the account cannot add several users at once
      When "mia@acme.com" adds these users to "Acme":
        | email            |
        | lea@gmail.com    |
        | noah@outlook.com |
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And "lea@gmail.com" receives no invitation email
      And "noah@outlook.com" receives no invitation email

    @assumption
    Scenario: A user who is already on the account is not invited again
      When "olivia@acme.com" adds "mia@acme.com" to "Acme"
      Then it is refused with "ALREADY_MEMBER"
      And "mia@acme.com" receives no invitation email

    @assumption
    Scenario: An address with no account of its own is refused at once
      When "olivia@acme.com" adds "sam.nobody@gmail.com" to "Acme"
      Then it is refused with "NO_EXISTING_ACCOUNT"
      And the Pending list of "Acme" is empty

    Scenario: The admin who adds a user receives no copy of the invitation
      When "adam@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "adam@acme.com" receives no copy of the invitation email to "lea@gmail.com"

    @reading-fr
    Scenario: French reading - the admin who adds a user receives an email about the invitation too
      Given the model follows the French reading of the invitation email
      When "adam@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "adam@acme.com" receives a copy of the invitation email to "lea@gmail.com"

  @rule-INV-2 @nl @fr
  Rule: An invitation stays on the Pending list until it is accepted

    Assumption: a second invitation to someone already on the Pending list is refused (ALREADY_INVITED):
    the account resends the first one instead (INV-5).

    Scenario: An invitation nobody has answered is on the Pending list
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And 12 days pass
      Then the Pending list of "Acme" shows "lea@gmail.com"
      And the invitation to "lea@gmail.com" from "Acme" is pending

    Scenario: An accepted invitation leaves the Pending list
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "noah@outlook.com" has a free account
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme"
      When 3 days pass
      And "lea@gmail.com" accepts the invitation from "Acme"
      Then the Pending list of "Acme" does not show "lea@gmail.com"
      And the Pending list of "Acme" shows "noah@outlook.com"
      And the invitation to "lea@gmail.com" from "Acme" is accepted

    @assumption
    Scenario: A second invitation to someone already on the Pending list is refused
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "adam@acme.com" adds "lea@gmail.com" to "Acme"
      Then it is refused with "ALREADY_INVITED"
      And "lea@gmail.com" receives 1 invitation email from "Acme"

    Scenario: Nobody invited, nothing pending
      Then the Pending list of "Acme" is empty

  @rule-INV-3 @nl @fr
  Rule: The email address must exist and accept external email

    Refusals: UNDELIVERABLE_ADDRESS.

    Scenario: An address that does not exist bounces
      Given the address "lea.old@gmail.com" does not exist
      When "olivia@acme.com" adds "lea.old@gmail.com" to "Acme"
      Then it is refused with "UNDELIVERABLE_ADDRESS"
      And the invitation to "lea.old@gmail.com" bounces because the address does not exist
      And the Pending list of "Acme" is empty

    Scenario: An address that refuses external email bounces
      Given the address "raj@bigbank.example" refuses external email
      When "olivia@acme.com" adds "raj@bigbank.example" to "Acme"
      Then it is refused with "UNDELIVERABLE_ADDRESS"
      And the invitation to "raj@bigbank.example" bounces because the address refuses external email
      And "raj@bigbank.example" receives no invitation email

    Scenario: In a batch, the bounced addresses are refused and the others are invited
      Given the address "ghost@gmail.com" does not exist
      And the address "raj@bigbank.example" refuses external email
      When "adam@acme.com" adds these users to "Acme":
        | email               |
        | lea@gmail.com       |
        | ghost@gmail.com     |
        | raj@bigbank.example |
      Then "ghost@gmail.com" is refused as "UNDELIVERABLE_ADDRESS"
      And "raj@bigbank.example" is refused as "UNDELIVERABLE_ADDRESS"
      And "lea@gmail.com" receives an invitation email from "Acme"
      And the Pending list of "Acme" shows "lea@gmail.com"
      And the Pending list of "Acme" does not show "ghost@gmail.com"

    Scenario: An address that exists and accepts external email does not bounce
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the invitation to "lea@gmail.com" does not bounce
      And the Pending list of "Acme" shows "lea@gmail.com"

    Scenario: An address that did not exist is invited once it exists
      Given the address "lea.new@gmail.com" does not exist
      When "olivia@acme.com" adds "lea.new@gmail.com" to "Acme"
      Then it is refused with "UNDELIVERABLE_ADDRESS"
      When the address "lea.new@gmail.com" exists now
      And "lea.new@gmail.com" has a free account
      And "olivia@acme.com" adds "lea.new@gmail.com" to "Acme"
      Then "lea.new@gmail.com" receives an invitation email from "Acme"
      And the invitation to "lea.new@gmail.com" does not bounce

    Scenario: An address that accepts external email again is invited
      Given the address "raj@bigbank.example" refuses external email
      And "raj@bigbank.example" has a free account
      When "olivia@acme.com" adds "raj@bigbank.example" to "Acme"
      Then it is refused with "UNDELIVERABLE_ADDRESS"
      When the address "raj@bigbank.example" accepts external email again
      And "olivia@acme.com" adds "raj@bigbank.example" to "Acme"
      Then the Pending list of "Acme" shows "raj@bigbank.example"
      And the invitation to "raj@bigbank.example" does not bounce

  @rule-INV-4 @assumption
  Rule: An invitation expires 30 days after it was sent
    Neither article gives a validity; the model follows the vendor's practice: the link works
    up to exactly 30 days after the email was sent, and an expired invitation leaves the Pending list.
    Refusals: INVITATION_EXPIRED.

    Scenario: On day 30 the invitation still works
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the invitation to "lea@gmail.com" from "Acme" expires on 2026-04-09
      When the date is 2026-04-09
      Then the Pending list of "Acme" shows "lea@gmail.com"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"

    Scenario: The link works until the minute it was sent, 30 days later
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the link of the invitation to "lea@gmail.com" from "Acme" works until 2026-04-09 09:00
      When the date is 2026-04-09 09:01
      Then the invitation to "lea@gmail.com" from "Acme" is expired

    Scenario: On day 31 the invitation has expired
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When the date is 2026-04-10
      Then the Pending list of "Acme" does not show "lea@gmail.com"
      And the invitation to "lea@gmail.com" from "Acme" is expired
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then it is refused with "INVITATION_EXPIRED"
      And "lea@gmail.com" still has their own account

    Scenario: After expiry the account can invite the same person again
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And 31 days have passed
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives 2 invitation emails from "Acme"
      And the invitation to "lea@gmail.com" from "Acme" expires on 2026-05-10

  @rule-INV-5 @assumption
  Rule: Resending a pending invitation restarts the 30-day clock
    Not in the seeds: resending sends the same link again and the 30 days count from the resend.
    Refusals: INVITATION_EXPIRED (INV-4), INVITATION_NOT_PENDING, NOT_ADMIN_OR_OWNER (PRE-1).

    Scenario: A resent invitation works 30 days after the resend
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And 20 days have passed
      When "adam@acme.com" resends the invitation to "lea@gmail.com"
      Then "lea@gmail.com" receives 2 invitation emails from "Acme"
      And the invitation to "lea@gmail.com" from "Acme" expires on 2026-04-29
      When the date is 2026-04-20
      And "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"

    Scenario: Without a resend the same date is too late
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When the date is 2026-04-20
      And "lea@gmail.com" accepts the invitation from "Acme"
      Then it is refused with "INVITATION_EXPIRED"

    Scenario: An invitation expired on day 31 can be resent and works again
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And 31 days have passed
      When "olivia@acme.com" resends the invitation to "lea@gmail.com"
      Then the Pending list of "Acme" shows "lea@gmail.com"
      And the invitation to "lea@gmail.com" from "Acme" expires on 2026-05-10

    Scenario: An accepted invitation cannot be resent
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "olivia@acme.com" resends the invitation to "lea@gmail.com"
      Then it is refused with "INVITATION_NOT_PENDING"
      And "lea@gmail.com" receives 1 invitation email from "Acme"

    Scenario: A member cannot resend an invitation
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "mia@acme.com" resends the invitation to "lea@gmail.com"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And the invitation to "lea@gmail.com" from "Acme" expires on 2026-04-09

  @rule-INV-6 @assumption
  Rule: An admin can revoke a pending invitation, and a revoked link is refused
    Not in the seeds: the owner or an admin withdraws an invitation that has not been accepted.
    Refusals: INVITATION_REVOKED, INVITATION_NOT_PENDING (INV-5), NOT_ADMIN_OR_OWNER (PRE-1).

    Scenario: A revoked invitation leaves the Pending list and its link is refused
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And 2 days have passed
      When "adam@acme.com" revokes the invitation to "lea@gmail.com"
      Then the Pending list of "Acme" does not show "lea@gmail.com"
      And the invitation to "lea@gmail.com" from "Acme" is revoked
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then it is refused with "INVITATION_REVOKED"
      And "lea@gmail.com" still has their own account

    Scenario: After a revoke the account can invite the same person again
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "olivia@acme.com" revokes the invitation to "lea@gmail.com"
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"

    Scenario: The link of the revoked first invitation is refused after a new one was sent
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "olivia@acme.com" revokes the invitation to "lea@gmail.com"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" opens the link of the first invitation from "Acme"
      Then it is refused with "INVITATION_REVOKED"
      And "lea@gmail.com" still has their own account
      When "lea@gmail.com" opens the link of the latest invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"

    Scenario: An invitation's link is named by the day it was sent
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      And "olivia@acme.com" revokes the invitation to "lea@gmail.com"
      And 2 days have passed
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" opens the link of the invitation from "Acme" sent on 2026-03-10
      Then it is refused with "INVITATION_REVOKED"
      When "lea@gmail.com" opens the link of the invitation from "Acme" sent on 2026-03-12
      Then "lea@gmail.com" belongs to "Acme"

    Scenario: An accepted invitation cannot be revoked
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "olivia@acme.com" revokes the invitation to "lea@gmail.com"
      Then it is refused with "INVITATION_NOT_PENDING"
      And "lea@gmail.com" belongs to "Acme"

    Scenario: A member cannot revoke an invitation
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "mia@acme.com" revokes the invitation to "lea@gmail.com"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And the Pending list of "Acme" shows "lea@gmail.com"

  @rule-INV-7 @nl @fr
  Rule: Owners and admins are advised to contact users before inviting them (a recommendation, not a requirement)

    The first of the articles' best practices: NL "Zoom raadt eigenaren/beheerders sterk aan om contact met
    individuele gebruikers op te nemen voordat er uitnodigingen worden verstuurd, zodat deze gebruikers
    weten wat ze kunnen verwachten en waarom ze een e-mail krijgen"; FR "Zoom recommande fortement que les
    propriétaires/administrateurs contactent les utilisateurs individuels avant d'envoyer des invitations".
    The model records who contacted whom and when; an invitation without a contact first is still sent.
    In the simulator, the settings contact_users_first and share_contacted_first model it (contacted users
    accept with the share accept_share_contacted).
    Assumption: a member who is neither owner nor admin is refused when contacting users for the account
    (NOT_ADMIN_OR_OWNER); the articles address only owners and admins.

    Scenario: An admin contacts a user, then invites her, and the contact is recorded
      When "adam@acme.com" contacts "lea@gmail.com" about joining "Acme"
      And 2 days pass
      And "adam@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "lea@gmail.com" was contacted by "Acme" on 2026-03-10 before being invited

    Scenario: An invitation without a contact first is still sent
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"
      And "lea@gmail.com" was not contacted by "Acme" before being invited

    @assumption
    Scenario: A member who is neither admin nor owner does not contact users for the account
      When "mia@acme.com" contacts "lea@gmail.com" about joining "Acme"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
