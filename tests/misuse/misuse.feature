Feature: Steps written in ways that cannot apply
  Each scenario but the first misuses a step; each must fail with one sentence that names the step, never with a
  Python error (tests/test_step_misuse.py).

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com"
    And "lea@gmail.com" has a free account

  @rule-MIS-1 @assumption
  Rule: Misuses

    Scenario: A member made admin is an admin
      Given "mia@acme.com" is a member of "Acme"
      And "mia@acme.com" is an admin of "Acme"
      When "mia@acme.com" adds "lea@gmail.com" to "Acme"
      Then "lea@gmail.com" receives an invitation email from "Acme"

    Scenario: A user set up twice
      Given "lea@gmail.com" has a free account

    Scenario: The owner made admin
      Given "olivia@acme.com" is an admin of "Acme"

    Scenario: An admin who is on another account
      Given "lea@gmail.com" is an admin of "Acme"

    Scenario: An account that does not exist
      Then the invitation to "lea@gmail.com" from "Acmee" is pending

    Scenario: A user who does not exist
      Given "nobody@gmail.com" has the cloud recording "Kick-off"

    Scenario: A word the step does not know
      When "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the invitation to "lea@gmail.com" from "Acme" is flying

    Scenario: An amount that is not one
      Then the credit balance of "Acme" is ten dollars

    Scenario: A refusal nobody checked
      When "lea@gmail.com" adds "sam@gmail.com" to "Acme"

    Scenario: A phrase no step has
      Given "lea@gmail.com" owns a unicorn called "Fred"

    Scenario: A public holiday written after the refund it would delay
      Given "sam@gmail.com" has a monthly plan at $14.99 from 2026-03-01 to 2026-04-01
      And "olivia@acme.com" adds "sam@gmail.com" to "Acme"
      When "sam@gmail.com" accepts the invitation from "Acme" choosing a refund
      And 2026-03-16 is a public holiday
