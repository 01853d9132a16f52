@area-prerequisites
Feature: Prerequisites for adding existing users to a paid account
  As the owner or an admin of my organisation's paid account
  I want only the right people, on the right kind of account, to invite users
  So that nobody is pulled into an account by someone without the authority to do it

  Specification (NL "Vereisten voor het toevoegen van gebruikers aan een betaalde account":
  "Admin- of eigenaarstoegang", "Betaald account"; FR "Prérequis pour ajouter des utilisateurs
  à un compte payant", whose list is empty in the French text).
  Inviting needs two things: the person inviting is the owner or an admin of the account,
  and the account is a paid account. Only the Dutch text lists them (the French list is empty), so both
  rules are tagged @nl. They apply on every way into the account: single sign-on too (LIC-6). The French
  steps only have the reader sign in to "le compte Zoom que vous avez créé", which hints at the owner but
  states no prerequisite.

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com"
    And "adam@acme.com" is an admin of "Acme"
    And "mia@acme.com" is a member of "Acme"
    And "lea@gmail.com" has a free account

  @rule-PRE-1 @nl
  Rule: Only the owner or an admin of the account can add users

    Refusals: NOT_ADMIN_OR_OWNER.

    Scenario: The owner adds a user
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"

    Scenario: An admin adds a user
      When "adam@acme.com" adds "lea@gmail.com" to "Acme"
      Then the Pending list of "Acme" shows "lea@gmail.com"

    Scenario: A member who is neither admin nor owner cannot add users
      When "mia@acme.com" adds "lea@gmail.com" to "Acme"
      Then it is refused with "NOT_ADMIN_OR_OWNER"
      And "lea@gmail.com" receives no invitation email

    Scenario: An admin of another account cannot add users to this one
      Given the paid account "Globex" on autopay owned by "gus@globex.com"
      When "gus@globex.com" adds "lea@gmail.com" to "Acme"
      Then it is refused with "NOT_ADMIN_OR_OWNER"

    Scenario: A member the owner makes an admin can then add users
      When "mia@acme.com" adds "lea@gmail.com" to "Acme"
      Then it is refused
      When "olivia@acme.com" makes "mia@acme.com" an admin of "Acme"
      And "mia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the Pending list of "Acme" shows "lea@gmail.com"

  @rule-PRE-2 @nl
  Rule: Only a paid account can add existing users

    Refusals: INVITER_ACCOUNT_NOT_PAID.

    Scenario: The owner of a free account cannot invite
      Given the free account "Tiny" owned by "tom@tiny.io"
      When "tom@tiny.io" adds "lea@gmail.com" to "Tiny"
      Then it is refused with "INVITER_ACCOUNT_NOT_PAID"
      And "lea@gmail.com" receives no invitation email

    Scenario: A paid account invites
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the Pending list of "Acme" shows "lea@gmail.com"
