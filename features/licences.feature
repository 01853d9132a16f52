@area-licences
Feature: Licences of the users who join, and other ways in
  As the owner or an admin of my organisation's paid account
  I want to know what a joining user keeps, and to give licences when I choose
  So that nobody is surprised by losing cloud recording or long meetings, and seats are not oversold

  Specification (NL "Als je individuele gebruikers met licentie uitnodigt om lid te worden van je
  betaalde account als Basisgebruikers, wees je er dan van bewust dat deze gebruikers de toegang tot
  functies die beschikbaar zijn voor gebruikers met een licentie, zoals opnemen naar de cloud en
  vergaderingen langer dan 40 minuten, verliezen als ze de uitnodiging accepteren. Basisgebruikers
  kunnen zo nodig later een licentie toegewezen krijgen." "Het is ook mogelijk om gebruikers toe te
  voegen met Single Sign-On en Associated Domains." FR "leur acceptation peut leur faire perdre
  l'accès à certaines fonctionnalités […] comme l'enregistrement dans le cloud et les réunions de
  plus de 40 minutes. Dans le cas où une licence devrait être attribuée ultérieurement, les
  utilisateurs de base pourront le faire." "Les utilisateurs peuvent également être ajoutés avec
  l'authentification unique et les domaines associés afin qu'ils puissent accéder au système à
  partir de plusieurs domaines.")
  A licensed individual who joins as a Basic user loses cloud recording and meetings over
  40 minutes; an admin can assign a licence later. Neither article speaks of seats: the model
  assumes a Licensed invitation or assignment needs a free licence seat, and that a pending
  Licensed invitation holds its seat. Single sign-on with associated domains brings users in
  without an invitation.

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com" with 2 licence seats
    And "adam@acme.com" is an admin of "Acme"
    And "mia@acme.com" is a member of "Acme"
    And "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
    And "noah@outlook.com" has a free account
    And "max@web.de" has a free account

  @rule-LIC-1 @nl @fr
  Rule: A licensed individual who joins as a Basic user loses cloud recording and meetings over 40 minutes

    The French text says the acceptance "peut leur faire perdre" (may make them lose) these features, the
    Dutch text that they "verliezen" (lose) them. A nuance, not a disagreement: a Basic user has no
    licence, so whoever joins as a Basic user loses them; the model follows the Dutch wording.

    Scenario: A licensed individual invited as Basic loses the licensed features on accepting
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" can record to the cloud
      And meetings hosted by "lea@gmail.com" have no time limit
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" belongs to "Acme"
      And "lea@gmail.com" loses access to cloud recording and meetings over 40 minutes
      And "lea@gmail.com" cannot record to the cloud
      And meetings hosted by "lea@gmail.com" are limited to 40 minutes

    Scenario: A licensed individual invited as Licensed keeps the licensed features
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" belongs to "Acme"
      And "lea@gmail.com" loses no feature on joining
      And "lea@gmail.com" can record to the cloud
      And meetings hosted by "lea@gmail.com" have no time limit

    Scenario: A Basic individual invited as Basic has nothing to lose
      Given "olivia@acme.com" adds "noah@outlook.com" to "Acme"
      When "noah@outlook.com" accepts the invitation from "Acme"
      Then "noah@outlook.com" loses no feature on joining
      And meetings hosted by "noah@outlook.com" are limited to 40 minutes

    Scenario: Nothing is lost until the invitation is accepted
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When 29 days pass
      Then "lea@gmail.com" can record to the cloud
      And "lea@gmail.com" loses no feature on joining

  @rule-LIC-2 @nl @fr @disagreement
  Rule: A Basic user can be assigned a licence later

    Disagreement on who assigns it: the Dutch text says Basic users "kunnen zo nodig later een licentie
    toegewezen krijgen" (can be assigned a licence later, by an admin as the data transfer section says of
    licences); the French text "Dans le cas où une licence devrait être attribuée ultérieurement, les
    utilisateurs de base pourront le faire" (the Basic users will be able to do it). The model follows the
    Dutch reading: the owner or an admin assigns the licence, to a member of the account, if a seat is
    free. Under the French reading a Basic user can also take a free seat for herself.
    Refusals: NO_LICENCE_SEAT (LIC-3), NOT_ADMIN_OR_OWNER (PRE-1), NOT_A_MEMBER_OF_THE_ACCOUNT.

    Scenario: An admin assigns a licence ten days after the user joined as Basic
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      And 10 days pass
      And "adam@acme.com" assigns a licence to "lea@gmail.com"
      Then "lea@gmail.com" can record to the cloud
      And meetings hosted by "lea@gmail.com" have no time limit
      And "Acme" has 1 free licence seat

    Scenario: No licence can be assigned when every seat is taken
      Given "olivia@acme.com" assigns a licence to "mia@acme.com"
      And "olivia@acme.com" assigns a licence to "adam@acme.com"
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme"
      When "noah@outlook.com" accepts the invitation from "Acme"
      And "olivia@acme.com" assigns a licence to "noah@outlook.com"
      Then it is refused with "NO_LICENCE_SEAT"
      And "noah@outlook.com" cannot record to the cloud

    Scenario: A member who is not an admin cannot assign a licence
      When "mia@acme.com" assigns a licence to "mia@acme.com"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And "mia@acme.com" cannot record to the cloud
      And "Acme" has 2 free licence seats

    Scenario: A licence is assigned to a member, not to someone who has not joined yet
      Given "olivia@acme.com" adds "noah@outlook.com" to "Acme"
      When "adam@acme.com" assigns a licence to "noah@outlook.com"
      Then it is refused with "NOT_A_MEMBER_OF_THE_ACCOUNT"
      And "noah@outlook.com" cannot record to the cloud
      And "Acme" has 2 free licence seats
      When "noah@outlook.com" accepts the invitation from "Acme"
      And "adam@acme.com" assigns a licence to "noah@outlook.com"
      Then "noah@outlook.com" can record to the cloud
      And "Acme" has 1 free licence seat

    @reading-fr
    Scenario: French reading - a Basic user takes a licence for herself, if a seat is free
      Given the model follows the French reading of licence assignment
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      And "lea@gmail.com" assigns a licence to "lea@gmail.com"
      Then "lea@gmail.com" can record to the cloud
      And "Acme" has 1 free licence seat
      When "mia@acme.com" assigns a licence to "lea@gmail.com"
      Then it is refused with "NOT_ADMIN_OR_OWNER"

  @rule-LIC-3 @assumption
  Rule: Inviting a user as Licensed needs a free licence seat
    Neither article speaks of seats. The model assumes a pending Licensed invitation holds a seat
    until it is accepted, revoked or expired.
    Refusals: NO_LICENCE_SEAT, INVITATION_EXPIRED (INV-4).

    Scenario: Pending Licensed invitations hold their seats and the third is refused
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      Then "Acme" has 1 free licence seat
      When "olivia@acme.com" adds "noah@outlook.com" to "Acme" as Licensed
      Then "Acme" has 0 free licence seats
      When "olivia@acme.com" adds "max@web.de" to "Acme" as Licensed
      Then it is refused with "NO_LICENCE_SEAT"
      And "max@web.de" receives no invitation email

    Scenario: Without a free seat the user can still be invited as Basic
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme" as Licensed
      When "olivia@acme.com" adds "max@web.de" to "Acme"
      Then "max@web.de" receives an invitation email from "Acme"
      And "Acme" has 0 free licence seats

    Scenario: Revoking a Licensed invitation frees its seat
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme" as Licensed
      When "olivia@acme.com" revokes the invitation to "noah@outlook.com"
      And "olivia@acme.com" adds "max@web.de" to "Acme" as Licensed
      Then "max@web.de" receives an invitation email from "Acme"
      And "Acme" has 0 free licence seats

    Scenario: A Licensed invitation that expired on day 31 frees its seat
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      When the date is 2026-04-09
      Then "Acme" has 1 free licence seat
      When the date is 2026-04-10
      Then "Acme" has 2 free licence seats

    Scenario: An expired Licensed invitation is resent only if a seat is free again
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme" as Licensed
      When the date is 2026-04-10
      And "olivia@acme.com" assigns a licence to "mia@acme.com"
      And "olivia@acme.com" assigns a licence to "adam@acme.com"
      Then "Acme" has 0 free licence seats
      When "olivia@acme.com" resends the invitation to "lea@gmail.com"
      Then it is refused with "NO_LICENCE_SEAT"
      And the invitation to "lea@gmail.com" from "Acme" is expired
      And "Acme" has 0 free licence seats
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then it is refused with "INVITATION_EXPIRED"
      And "Acme" has 0 free licence seats

    Scenario: An expired Licensed invitation resent while a seat is free holds it again
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      When the date is 2026-04-10
      And "olivia@acme.com" assigns a licence to "mia@acme.com"
      Then "Acme" has 1 free licence seat
      When "olivia@acme.com" resends the invitation to "lea@gmail.com"
      Then "Acme" has 0 free licence seats
      When "olivia@acme.com" assigns a licence to "adam@acme.com"
      Then it is refused with "NO_LICENCE_SEAT"
      When "lea@gmail.com" accepts the invitation from "Acme" choosing a refund
      Then "lea@gmail.com" can record to the cloud
      And "Acme" has 0 free licence seats

    Scenario: Each invitation says whether it is for a Licensed or a Basic user, and whether it holds a seat
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme" as Licensed
      And "olivia@acme.com" adds "noah@outlook.com" to "Acme"
      Then the invitation to "lea@gmail.com" from "Acme" invites them as a Licensed user
      And the invitation to "lea@gmail.com" from "Acme" holds a licence seat
      And the invitation to "noah@outlook.com" from "Acme" invites them as a Basic user
      And the invitation to "noah@outlook.com" from "Acme" holds no licence seat
      When the date is 2026-04-10
      Then the invitation to "lea@gmail.com" from "Acme" holds no licence seat

  @rule-LIC-4 @nl @fr
  Rule: Users can also be added with single sign-on and associated domains
    The articles say no more than this (NL "Het is ook mogelijk om gebruikers toe te voegen met Single
    Sign-On en Associated Domains"; FR "Les utilisateurs peuvent également être ajoutés avec
    l'authentification unique et les domaines associés afin qu'ils puissent accéder au système à partir
    de plusieurs domaines"). How such a user comes in is the model's assumption, rule LIC-6.

    Background:
      Given the account "Acme" has the associated domain "acme-labs.com"
      And the account "Acme" has the associated domain "acme.fr"

    Scenario: An existing user of an associated domain is added by signing in with single sign-on
      Given "sam@acme-labs.com" has a free account
      When "sam@acme-labs.com" signs in to "Acme" with single sign-on
      Then "sam@acme-labs.com" belongs to "Acme"
      And "sam@acme-labs.com" receives no invitation email
      And the Pending list of "Acme" is empty

    Scenario: Users of several associated domains are added the same way
      Given "chloe@acme.fr" has a free account
      When "chloe@acme.fr" signs in to "Acme" with single sign-on
      Then "chloe@acme.fr" belongs to "Acme"

  @rule-LIC-5 @assumption
  Rule: Users who join together with their owner join as Basic users
    Neither article says what happens to the licences of the users an owner brings along (OWN-1). The
    model assumes the invitation speaks for the owner only: the users linked to the owner's account join
    as Basic users and lose the licensed features, like anyone invited as Basic (LIC-1); an admin can
    assign them a licence later (LIC-2), if a seat is free. The new account's seats are never used
    without being asked for.

    Scenario: A licensed linked user joins as a Basic user and is given a licence later
      Given "leo@studio.nl" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "ana@studio.nl" is linked to the account of "leo@studio.nl"
      And "ana@studio.nl" holds a licence
      And "olivia@acme.com" adds "leo@studio.nl" to "Acme" as Licensed
      When "leo@studio.nl" accepts the invitation from "Acme" choosing a refund
      Then "leo@studio.nl" can record to the cloud
      And "ana@studio.nl" joined "Acme" together with the owner "leo@studio.nl"
      And "ana@studio.nl" loses access to cloud recording and meetings over 40 minutes
      And meetings hosted by "ana@studio.nl" are limited to 40 minutes
      And "Acme" has 1 free licence seat
      When "adam@acme.com" assigns a licence to "ana@studio.nl"
      Then "ana@studio.nl" can record to the cloud
      And "Acme" has 0 free licence seats

    Scenario: A Basic linked user has nothing to lose
      Given "leo@studio.nl" has a free account
      And "ana@studio.nl" is linked to the account of "leo@studio.nl"
      And "olivia@acme.com" adds "leo@studio.nl" to "Acme"
      When "leo@studio.nl" accepts the invitation from "Acme"
      Then "ana@studio.nl" loses no feature on joining
      And "Acme" has 2 free licence seats

  @rule-LIC-6 @assumption
  Rule: Single sign-on follows the rules of an invitation: a paid account, domains set by an admin, existing users only, as Basic users
    The articles do not say how single sign-on adds users. The model assumes that the owner or an admin of
    a paid account sets its associated domains (the prerequisites PRE-1 and PRE-2 apply on this way in as
    on an invitation); that a user who already has an account of their own, with an address in one of
    those domains, signs in with single sign-on and joins without an invitation, as a Basic user, making
    the same refund choice as an invited owner (ACC-2); that the address is checked before its domain is
    read (SEC-5); that nobody without an account is created this way; and that a member of another
    account cannot come in (SEC-3).
    Refusals: NOT_ADMIN_OR_OWNER (PRE-1), INVITER_ACCOUNT_NOT_PAID (PRE-2), NO_EXISTING_ACCOUNT,
    REFUND_CHOICE_REQUIRED (ACC-2), NOT_AN_ASSOCIATED_DOMAIN (LIC-4), MEMBER_OF_ANOTHER_ACCOUNT (SEC-3),
    INVALID_ADDRESS (SEC-5).

    Scenario: The owner or an admin sets the associated domains, a member cannot
      Given "sam@acme-labs.com" has a free account
      When "adam@acme.com" adds the associated domain "acme-labs.com" to "Acme"
      And "mia@acme.com" adds the associated domain "acme.de" to "Acme"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      When "sam@acme-labs.com" signs in to "Acme" with single sign-on
      Then "sam@acme-labs.com" belongs to "Acme"

    Scenario: A free account takes nobody in by single sign-on
      Given the free account "Tiny" owned by "tom@tiny.io"
      And the account "Tiny" has the associated domain "tiny.io"
      And "tim@tiny.io" has a free account
      When "tim@tiny.io" signs in to "Tiny" with single sign-on
      Then it is refused with "INVITER_ACCOUNT_NOT_PAID"
      And "tim@tiny.io" still has their own account
      When "tom@tiny.io" adds the associated domain "tiny.example" to "Tiny"
      Then it is refused with "INVITER_ACCOUNT_NOT_PAID"

    Scenario: Someone without an account of their own is not created by single sign-on
      Given the account "Acme" has the associated domain "acme.fr"
      When "chloe@acme.fr" signs in to "Acme" with single sign-on
      Then it is refused with "NO_EXISTING_ACCOUNT"
      And "chloe@acme.fr" does not exist
      And "Acme" has 3 members

    Scenario: A licensed individual of an associated domain joins as a Basic user and chooses a refund
      Given the account "Acme" has the associated domain "acme.fr"
      And "leo@acme.fr" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      When "leo@acme.fr" signs in to "Acme" with single sign-on
      Then it is refused with "REFUND_CHOICE_REQUIRED"
      When "leo@acme.fr" signs in to "Acme" with single sign-on choosing a refund
      Then "leo@acme.fr" belongs to "Acme"
      And "leo@acme.fr" loses access to cloud recording and meetings over 40 minutes
      And a refund of $10.64 to the own payment method of "leo@acme.fr" is requested

    Scenario: An address outside the associated domains cannot sign in to the account
      Given the account "Acme" has the associated domain "acme-labs.com"
      When "noah@outlook.com" signs in to "Acme" with single sign-on
      Then it is refused with "NOT_AN_ASSOCIATED_DOMAIN"
      And "noah@outlook.com" still has their own account

    Scenario: A member of another account cannot come in by single sign-on either
      Given the account "Acme" has the associated domain "acme-labs.com"
      And the paid account "Globex" on autopay owned by "gus@globex.com"
      And "tom@acme-labs.com" is a member of "Globex"
      When "tom@acme-labs.com" signs in to "Acme" with single sign-on
      Then it is refused with "MEMBER_OF_ANOTHER_ACCOUNT"
      And "tom@acme-labs.com" belongs to "Globex"

    Scenario: An address is checked before its domain is read
      Given the account "Acme" has the associated domain "acme-labs.com"
      When "attacker@evil.com#@acme-labs.com" signs in to "Acme" with single sign-on
      Then it is refused with "INVALID_ADDRESS"
      When "@acme-labs.com" signs in to "Acme" with single sign-on
      Then it is refused with "INVALID_ADDRESS"
      When "a b@acme-labs.com" signs in to "Acme" with single sign-on
      Then it is refused with "INVALID_ADDRESS"
      And "Acme" has 3 members
