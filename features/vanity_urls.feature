@area-vanity-urls
Feature: Meeting links after joining an account with another vanity URL
  As a user who joins my organisation's account, which has its own vanity URL
  I want my meetings and webinars to keep their IDs and my guests to get the new join links
  So that the people I meet with can still find my meetings without confusion

  Specification (NL "Wanneer je lid wordt van een account met een andere Vanity-URL heeft dit geen gevolgen
  voor je vergadering- en webinar-ID's, maar worden de deelnamelinks gewijzigd naar de nieuwe Vanity-URL.
  Deelnemers die deelnemen met de oude Vanity-URL's krijgen dan een waarschuwing dat de vergadering ...
  niet meer gekoppeld is aan het account van de oude Vanity-URL ... Om dit te voorkomen, kun je gasten een
  e-mail sturen en evenementen in de agenda bijwerken met de aangepaste deelnamelink of
  registratiebevestigingse-mails opnieuw versturen."; FR "vos identifiants de réunion et de webinaire
  resteront les mêmes. Cependant, les liens de connexion seront modifiés pour refléter le nouveau ... URL.
  Les participants qui rejoignent la réunion avec les anciens liens de vanité se verront rappeler que la
  réunion n'est plus associée à l'ancien lien ... Vous devrez peut-être renvoyer votre e-mail de
  confirmation d'inscription aux invités et modifier l'URL de participation dans les événements de votre
  calendrier").
  A join link is https://<vanity URL>/j/<meeting ID without spaces>; without a vanity URL the host is zoom.us.

  Background:
    Given today is 2026-03-10
    And the paid account "Acme" on autopay owned by "olivia@acme.com"
    And the account "Acme" has the vanity URL "acme.zoom.us"
    And "lea@gmail.com" has a free account
    And "lea@gmail.com" has scheduled the meeting "Weekly sync" with the ID "811 2345 6789"

  @rule-VAN-1 @nl @fr
  Rule: Meeting and webinar IDs stay the same when the user joins an account with another vanity URL

    Scenario: The meeting keeps its ID
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" belongs to "Acme"
      And "lea@gmail.com" still has the meeting "Weekly sync" with the ID "811 2345 6789"

    Scenario: Meetings and webinars coming from an account with its own vanity URL keep their IDs
      Given "lea@gmail.com" has scheduled the webinar "Product launch" with the ID "944 1234 5678"
      And the account of "lea@gmail.com" has the vanity URL "studio-lea.zoom.us"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then "lea@gmail.com" still has the meeting "Weekly sync" with the ID "811 2345 6789"
      And "lea@gmail.com" still has the webinar "Product launch" with the ID "944 1234 5678"

  @rule-VAN-2 @nl @fr
  Rule: Join links change to the vanity URL of the new account

    Scenario: The join link moves from zoom.us to the account's vanity URL
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      Then the join link of "Weekly sync" hosted by "lea@gmail.com" is "https://zoom.us/j/81123456789"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the join link of "Weekly sync" hosted by "lea@gmail.com" is "https://acme.zoom.us/j/81123456789"
      And "lea@gmail.com" is told the join links changed from "zoom.us" to "acme.zoom.us" for "811 2345 6789"

    Scenario: The links of every meeting and webinar follow the new vanity URL
      Given "lea@gmail.com" has scheduled the webinar "Product launch" with the ID "944 1234 5678"
      And the account of "lea@gmail.com" has the vanity URL "studio-lea.zoom.us"
      And "olivia@acme.com" adds "lea@gmail.com" to "Acme"
      When "lea@gmail.com" accepts the invitation from "Acme"
      Then the join link of "Product launch" hosted by "lea@gmail.com" is "https://acme.zoom.us/j/94412345678"
      And "lea@gmail.com" is told the join links changed from "studio-lea.zoom.us" to "acme.zoom.us" for "811 2345 6789, 944 1234 5678"

    Scenario: Joining an account without a vanity URL leaves the zoom.us links as they are
      Given the paid account "Globex" on autopay owned by "gus@globex.com"
      And "gus@globex.com" adds "lea@gmail.com" to "Globex"
      When "lea@gmail.com" accepts the invitation from "Globex"
      Then the join link of "Weekly sync" hosted by "lea@gmail.com" is "https://zoom.us/j/81123456789"
      And the join links of "lea@gmail.com" did not change

  @rule-VAN-3 @nl @fr
  Rule: Participants who use a link under the old vanity URL reach the meeting but are warned it is no longer tied to that vanity URL
    The articles speak of links under the old vanity URL (NL "de oude Vanity-URL's", FR "les anciens liens
    de vanité"). A plain zoom.us link is not a vanity link, and the articles say nothing of it: the model
    lets it reach the meeting by its ID, which does not change (VAN-1), without a warning.
    Assumption: a plain zoom.us link reaches the meeting by its ID without a warning; the articles say
    nothing of it.

    Background:
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"

    Scenario: A participant opens a link under the old vanity URL after the host joined an account with another one
      Given the account of "lea@gmail.com" has the vanity URL "studio-lea.zoom.us"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And a participant opens the join link "https://studio-lea.zoom.us/j/81123456789"
      Then the participant reaches the meeting with the ID "811 2345 6789"
      And the participant is warned "This meeting is no longer associated with the account of the old vanity URL."

    @assumption
    Scenario: A plain zoom.us link still reaches the meeting, without a warning
      Given the account of "lea@gmail.com" has the vanity URL "studio-lea.zoom.us"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And a participant opens the join link "https://zoom.us/j/81123456789"
      Then the participant reaches the meeting with the ID "811 2345 6789"
      And the participant is not warned

    Scenario: A participant opens the new link and is not warned
      When "lea@gmail.com" accepts the invitation from "Acme"
      And a participant opens the join link "https://acme.zoom.us/j/81123456789"
      Then the participant reaches the meeting with the ID "811 2345 6789"
      And the participant is not warned

    Scenario: Before the host joins, the link under her own vanity URL is the current link and nobody is warned
      Given the account of "lea@gmail.com" has the vanity URL "studio-lea.zoom.us"
      When a participant opens the join link "https://studio-lea.zoom.us/j/81123456789"
      Then the participant reaches the meeting with the ID "811 2345 6789"
      And the participant is not warned

  @rule-VAN-4 @nl @fr
  Rule: Emailing the guests again, resending the registration confirmations or updating the calendar events gives them the new link
    NL "Om dit te voorkomen, kun je gasten een e-mail sturen en evenementen in de agenda bijwerken met de
    aangepaste deelnamelink of registratiebevestigingse-mails opnieuw versturen." FR "Vous devrez peut-être
    renvoyer votre e-mail de confirmation d'inscription aux invités et modifier l'URL de participation dans
    les événements de votre calendrier." The Dutch text adds emailing the guests; both give the new link.

    Background:
      Given "olivia@acme.com" adds "lea@gmail.com" to "Acme"

    Scenario: The host emails the guests of a meeting the invitation again after joining
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" resends the meeting invitations for "Weekly sync"
      Then the guests of "Weekly sync" hosted by "lea@gmail.com" receive the join link "https://acme.zoom.us/j/81123456789"

    Scenario: The host resends the registration confirmations of a webinar, named by its ID
      Given "lea@gmail.com" has scheduled the webinar "Product launch" with the ID "944 1234 5678"
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" resends the registration confirmations for "944 1234 5678"
      Then the registrants of "944 1234 5678" hosted by "lea@gmail.com" receive the join link "https://acme.zoom.us/j/94412345678"

    Scenario: The host changes the join link in the calendar events of a meeting
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" updates the join link in the calendar events of "Weekly sync"
      Then the calendar events of "Weekly sync" hosted by "lea@gmail.com" show the join link "https://acme.zoom.us/j/81123456789"

    Scenario: Guests who use the resent link are not warned
      When "lea@gmail.com" accepts the invitation from "Acme"
      And "lea@gmail.com" resends the meeting invitations for "Weekly sync"
      And a participant opens the join link "https://acme.zoom.us/j/81123456789"
      Then the participant is not warned
