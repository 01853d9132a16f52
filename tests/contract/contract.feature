Feature: The vocabulary contract (English)
  Scenarios a product owner writes from `joinsim steps` alone, with the current and the older wordings. A phrase is an
  API: these keep passing (tests/test_vocabulary_contract.py).

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com"

  Scenario: A member made an admin adds a user
    Given "mia@acme.com" is a member of "Acme"
    And "mia@acme.com" is an admin of "Acme"
    And "lea@gmail.com" has a free account
    When "mia@acme.com" adds "lea@gmail.com" to "Acme"
    Then "lea@gmail.com" receives an invitation email from "Acme"
    And the Pending list of "Acme" shows "lea@gmail.com"

  Scenario: An address that exists now, then has a free account, is invited and joins
    Given the address "lea.new@gmail.com" does not exist
    When "olivia@acme.com" adds "lea.new@gmail.com" to "Acme"
    Then it is refused with "UNDELIVERABLE_ADDRESS"
    And the invitation to "lea.new@gmail.com" bounces because the address does not exist
    When the address "lea.new@gmail.com" exists now
    And "lea.new@gmail.com" has a free account
    And "olivia@acme.com" adds "lea.new@gmail.com" to "Acme"
    Then the invitation to "lea.new@gmail.com" does not bounce
    When "lea.new@gmail.com" accepts the invitation from "Acme"
    Then "lea.new@gmail.com" belongs to "Acme"

  Scenario: Given an address that accepts external email again
    Given the address "raj@bigbank.example" refuses external email
    And "raj@bigbank.example" has a free account
    When "olivia@acme.com" adds "raj@bigbank.example" to "Acme"
    Then it is refused with "UNDELIVERABLE_ADDRESS"
    Given the address "raj@bigbank.example" accepts external email again
    When "olivia@acme.com" adds "raj@bigbank.example" to "Acme"
    Then the invitation to "raj@bigbank.example" does not bounce
    And the Pending list of "Acme" shows "raj@bigbank.example"

  Scenario: The link of the revoked first invitation is refused after a new one was sent
    Given "lea@gmail.com" has a free account
    And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
    And "olivia@acme.com" revokes the invitation to "lea@gmail.com"
    And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
    When "lea@gmail.com" opens the link of the first invitation from "Acme"
    Then it is refused with "INVITATION_REVOKED"
    When "lea@gmail.com" opens the link of the latest invitation from "Acme"
    Then "lea@gmail.com" belongs to "Acme"

  Scenario: Set-up written after When: a plan, a meeting and a time that passes
    When "lea@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
    And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
    And 2 days have passed
    And "lea@gmail.com" accepts the invitation from "Acme" choosing a credit transfer
    Then the credit balance of "Acme" is $9.67
