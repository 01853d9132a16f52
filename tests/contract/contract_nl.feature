# language: nl
Functionaliteit: Het contract van de woordenschat (Nederlands)
  Scenario's die een product owner schrijft met alleen `joinsim steps`, met de huidige en de oudere formuleringen:
  ze moeten blijven slagen.

  Achtergrond:
    Gegeven vandaag is het 2026-03-10
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

  Scenario: De oude zinnen voor de datum en de contactpersonen werken nog
    Gegeven "lea@gmail.com" heeft een gratis account
    En "lea@gmail.com" heeft de zakelijke contactpersoon "Bram Visser"
    En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
    Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
    Dan zijn de contactpersonen van "lea@gmail.com" "Bram Visser"
    En "lea@gmail.com" heeft als contactpersonen "Bram Visser"
    Dan heeft "lea@gmail.com" als contactpersonen "Bram Visser"
    En "lea@gmail.com" heeft geen eigen account meer
    Dan heeft "lea@gmail.com" geen eigen account meer
    En "lea@gmail.com" hoort niet bij "Globex"
    Dan hoort "lea@gmail.com" niet bij "Globex"

  Scenario: Een lid dat beheerder wordt, voegt een gebruiker toe
    Gegeven "mia@acme.com" is lid van "Acme"
    En "mia@acme.com" is beheerder van "Acme"
    En "lea@gmail.com" heeft een gratis account
    Als "mia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
    Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"

  Scenario: Acties in de hoofdzin, zoals vroeger geschreven, en het tegoed met autopay
    Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
    Als "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme"
    En "lea@gmail.com" accepteert de uitnodiging van "Acme" en kiest voor een overdracht van het tegoed
    Dan het tegoed van "Acme" is $ 10,64
    Dan is het tegoed van "Acme" $ 10,64
    Als de datum is 2026-04-01
    En "Acme" ontvangt een factuur van $ 149,90
    Dan autopay schrijft $ 139,26 af voor de laatste factuur van "Acme"
    Dan schrijft autopay $ 139,26 af voor de laatste factuur van "Acme"

  Scenario: Een adres dat nu bestaat en daarna een gratis account heeft
    Gegeven het adres "lea.new@gmail.com" bestaat niet
    Als "olivia@acme.com" de gebruiker "lea.new@gmail.com" aan "Acme" toevoegt
    Dan wordt het verzoek geweigerd met "UNDELIVERABLE_ADDRESS"
    En de uitnodiging aan "lea.new@gmail.com" komt onbestelbaar terug omdat het adres niet bestaat
    Als het adres "lea.new@gmail.com" nu bestaat
    En "lea.new@gmail.com" heeft een gratis account
    En "olivia@acme.com" de gebruiker "lea.new@gmail.com" aan "Acme" toevoegt
    Dan komt de uitnodiging aan "lea.new@gmail.com" niet onbestelbaar terug
    En de uitnodiging aan "lea.new@gmail.com" komt niet onbestelbaar terug

  Scenario: Een deelnemer met een link onder de oude Vanity-URL krijgt een waarschuwing
    Gegeven het account "Acme" heeft de Vanity-URL "acme.zoom.us"
    En "lea@gmail.com" heeft een gratis account
    En "lea@gmail.com" heeft de vergadering "Wekelijks overleg" met ID "811 2345 6789" gepland
    En het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
    En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
    Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
    En een deelnemer opent de deelnamelink "https://studio-lea.zoom.us/j/81123456789"
    Dan de deelnemer krijgt de waarschuwing "Deze vergadering is niet meer gekoppeld aan het account van de oude Vanity-URL."
    Dan krijgt de deelnemer de waarschuwing "Deze vergadering is niet meer gekoppeld aan het account van de oude Vanity-URL."
