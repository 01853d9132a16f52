# language: nl
@area-data-transfer
Functionaliteit: Wat met een gebruiker meegaat naar het account, en wat achterblijft
  Als individuele Zoom-gebruiker die de uitnodiging voor het betaalde account van mijn organisatie accepteert
  Wil ik weten welke gegevens met mij meegaan en welke niet
  Zodat ik kan downloaden wat ik nodig heb voordat ik accepteer, en er achteraf niets tegenvalt

  Specificatie (NL "Na het accepteren van de uitnodiging en het toetreden tot de account, zullen de
  volgende gegevens met u worden overgedragen"; FR "Les détails suivants seront transféré à vous dès que
  vous acceptez l'invitation et rejoignez le compte"):
  - Gaat mee: "Uw profielgegevens (zoals naam, profielfoto en tijdzone)", "Geplande vergaderingen en
    webinars", "Cloudopnames", "Chatgeschiedenis", "Contacten", "Instellingen".
  - "Opmerking: Persoonlijke contactpersonen worden niet naar de nieuwe account overgedragen."
    (de Franse lijst heeft zo'n opmerking niet).
  - "Instellingen kunnen worden gewijzigd als ze in strijd zijn met groeps- of accountinstellingen op de
    account waar u lid van wordt."
  - "Licenties, zoals grote vergaderingen of webinars, worden niet overgedragen, dus deze moeten door een
    beheerder aan de nieuwe account worden toegewezen."
  - "Rapportagegegevens worden ook niet overgedragen, dus het is aan te raden om alle benodigde rapporten
    te openen en te downloaden voordat u de uitnodiging voor de account accepteert."
  - "Hoewel de IM-geschiedenis samen met de gebruiker wordt overgedragen en toegankelijk is voor de
    gebruiker, is de IM-geschiedenis van vóór de toetreding tot de account niet toegankelijk voor
    accountbeheerders op de nieuwe account."

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is

  @rule-DAT-1 @nl @fr
  Regel: Profiel, geplande vergaderingen en webinars, cloudopnames, chatgeschiedenis, contacten en instellingen gaan mee met de gebruiker

    Aanname: de artikelen zeggen "Contacten"; het model noemt de contactpersonen die meegaan zakelijke
    contactpersonen, tegenover de persoonlijke contactpersonen van de Nederlandse opmerking (DAT-2).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "lea@gmail.com" heeft een gratis account

    Scenario: Profiel, vergaderingen, webinars en cloudopnames gaan mee
      Gegeven "lea@gmail.com" heeft de profielnaam "Lea Janssens", profielfoto "lea.png" en tijdzone "Europe/Brussels"
      En "lea@gmail.com" heeft de vergadering "Wekelijks overleg" met ID "811 2345 6789" gepland
      En "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      En "lea@gmail.com" heeft de cloudopname "Kick-off 2026-02-03"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En het profiel van "lea@gmail.com" toont de naam "Lea Janssens", profielfoto "lea.png" en tijdzone "Europe/Brussels"
      En "lea@gmail.com" heeft nog steeds de vergadering "Wekelijks overleg" met ID "811 2345 6789"
      En "lea@gmail.com" heeft nog steeds het webinar "Productlancering" met ID "944 1234 5678"
      En "lea@gmail.com" heeft nog steeds de cloudopname "Kick-off 2026-02-03"

    @assumption
    Scenario: Chatgeschiedenis, contacten en instellingen gaan mee
      Gegeven "lea@gmail.com" schreef het chatbericht "Offerte verstuurd naar Brussel" op 2026-02-02 10:15
      En "lea@gmail.com" heeft de zakelijke contactpersoon "Bram Visser"
      En "lea@gmail.com" heeft de instelling "wachtruimte" op "aan" staan
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan kan "lea@gmail.com" het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" lezen
      En "lea@gmail.com" heeft als contactpersonen "Bram Visser"
      En de instelling "wachtruimte" van "lea@gmail.com" staat op "aan"
      En geen enkele instelling van "lea@gmail.com" is gewijzigd

    Scenario: Een betalende individuele gebruiker die voor terugbetaling kiest, houdt zijn opnames en vergaderingen
      # de terugbetaling: $ 14,99 x 22 / 31 dagen = $ 10,64
      Gegeven "max@outlook.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "max@outlook.com" heeft de vergadering "Klantgesprek" met ID "822 3456 7890" gepland
      En "max@outlook.com" heeft de cloudopname "Klantgesprek 2026-03-02"
      En "olivia@acme.com" heeft "max@outlook.com" aan "Acme" toegevoegd
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 10,64 naar de eigen betaalmethode van "max@outlook.com" aangevraagd
      En "max@outlook.com" heeft nog steeds de vergadering "Klantgesprek" met ID "822 3456 7890"
      En "max@outlook.com" heeft nog steeds de cloudopname "Klantgesprek 2026-03-02"

  @rule-DAT-2 @nl
  Regel: Persoonlijke contactpersonen worden niet naar het nieuwe account overgedragen

    De Nederlandse tekst zegt onder Contacten "Persoonlijke contactpersonen worden niet naar de nieuwe
    account overgedragen". De Franse lijst noemt "Contacts" en zegt niets over persoonlijke
    contactpersonen: ze zwijgt erover, ze spreekt het niet tegen. Het is dus geen verschil tussen de
    artikelen, en het model volgt de Nederlandse opmerking (zakelijke contactpersonen gaan mee, persoonlijke
    blijven achter).
    Aanname: "zakelijke contactpersonen" is de naam die het model geeft aan de contactpersonen die niet
    persoonlijk zijn, en ze behouden hun volgorde; de artikelen zeggen geen van beide.

    Scenario: Zakelijke contactpersonen gaan mee, de persoonlijke contactpersoon blijft achter
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een gratis account
      En "lea@gmail.com" heeft de zakelijke contactpersoon "Bram Visser"
      En "lea@gmail.com" heeft de persoonlijke contactpersoon "Mama"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan heeft "lea@gmail.com" als contactpersonen "Bram Visser"

    @assumption
    Scenario: Meerdere zakelijke contactpersonen houden hun volgorde, persoonlijke ertussen blijven achter
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een gratis account
      En "lea@gmail.com" heeft de zakelijke contactpersoon "Bram Visser"
      En "lea@gmail.com" heeft de persoonlijke contactpersoon "Mama"
      En "lea@gmail.com" heeft de zakelijke contactpersoon "Chen Wei"
      En "lea@gmail.com" heeft de persoonlijke contactpersoon "Tennisclub"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan heeft "lea@gmail.com" als contactpersonen "Bram Visser, Mama, Chen Wei, Tennisclub"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan heeft "lea@gmail.com" als contactpersonen "Bram Visser, Chen Wei"

  @rule-DAT-3 @nl @fr
  Regel: Instellingen die in strijd zijn met vergrendelde account- of groepsinstellingen krijgen de waarde van het nieuwe account

    Beide teksten zeggen dat instellingen die in strijd zijn gewijzigd "kunnen" worden: NL "Instellingen
    kunnen worden gewijzigd als ze in strijd zijn met groeps- of accountinstellingen"; FR "Il est possible
    que vos paramètres soient modifiés s'ils sont en conflit avec les paramètres du groupe ou du compte".
    Geen van beide zegt "vergrendeld".
    Aanname: een conflict is een instelling die het account of de groep op een andere waarde vergrendelt, en
    zo'n instelling wordt altijd gewijzigd; de artikelen zeggen niet welke instellingen in strijd zijn, noch
    wanneer ze worden gewijzigd.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "lea@gmail.com" heeft een gratis account

    Scenario: Een door het account vergrendelde instelling gaat voor op die van de gebruiker
      Gegeven "lea@gmail.com" heeft de instelling "wachtruimte" op "uit" staan
      En het account "Acme" vergrendelt de instelling "wachtruimte" op "aan"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan staat de instelling "wachtruimte" van "lea@gmail.com" op "aan"
      En "lea@gmail.com" krijgt te horen dat "Acme" de instelling "wachtruimte" heeft gewijzigd van "uit" in "aan"

    Scenario: Een door de groep vergrendelde instelling gaat voor op die van de gebruiker
      Gegeven "lea@gmail.com" heeft de instelling "scherm delen" op "alle deelnemers" staan
      En "lea@gmail.com" heeft de instelling "dempen bij binnenkomst" op "uit" staan
      En de groep "Verkoop" van "Acme" vergrendelt de instelling "scherm delen" op "alleen de host"
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan de groep "Verkoop" van "Acme" toevoegt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan staat de instelling "scherm delen" van "lea@gmail.com" op "alleen de host"
      En de instelling "dempen bij binnenkomst" van "lea@gmail.com" staat op "uit"
      En "lea@gmail.com" krijgt te horen dat "Acme" de instelling "scherm delen" heeft gewijzigd van "alle deelnemers" in "alleen de host"

    Scenario: Instellingen zonder conflict blijven zoals ze zijn
      Gegeven "lea@gmail.com" heeft de instelling "wachtruimte" op "aan" staan
      En "lea@gmail.com" heeft de instelling "scherm delen" op "alle deelnemers" staan
      En het account "Acme" vergrendelt de instelling "wachtruimte" op "aan"
      En de groep "Verkoop" van "Acme" vergrendelt de instelling "scherm delen" op "alleen de host"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan staat de instelling "wachtruimte" van "lea@gmail.com" op "aan"
      En de instelling "scherm delen" van "lea@gmail.com" staat op "alle deelnemers"
      En geen enkele instelling van "lea@gmail.com" is gewijzigd

  @rule-DAT-4 @nl @fr
  Regel: Licenties voor grote vergaderingen en webinars gaan niet mee; een beheerder van het nieuwe account wijst ze toe

    De Nederlandse tekst spreekt van licenties in het algemeen, met grote vergaderingen en webinars als
    voorbeelden ("Licenties, zoals grote vergaderingen of webinars, worden niet overgedragen"); de Franse
    noemt deze twee ("Les licences de les grandes réunions, ainsi que les webinaires"). Het model kent alleen
    deze twee add-ons. De Franse tekst voegt "s'ils n'ont pas déjà été attribués" toe (als ze nog niet zijn
    toegewezen): niet gemodelleerd.
    Weigeringen: NOT_ADMIN_OR_OWNER (PRE-1).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "max@outlook.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "max@outlook.com" heeft de licentie Grote vergaderingen
      En "max@outlook.com" heeft de licentie Webinar
      En "olivia@acme.com" heeft "max@outlook.com" aan "Acme" toegevoegd

    Scenario: De aanvullende licenties blijven achter wanneer de gebruiker lid wordt
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "max@outlook.com" bij "Acme"
      En "max@outlook.com" heeft geen aanvullende licentie
      En "max@outlook.com" krijgt te horen dat de licenties "Grote vergaderingen, Webinar" niet zijn overgedragen naar "Acme"

    Scenario: Een beheerder van het nieuwe account wijst de webinarlicentie opnieuw toe
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En "adam@acme.com" de licentie Webinar aan "max@outlook.com" toewijst
      Dan heeft "max@outlook.com" de licentie Webinar

    Scenario: De gebruiker kan zichzelf de licentie in het nieuwe account niet toewijzen
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En "max@outlook.com" de licentie Webinar aan "max@outlook.com" toewijst
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "max@outlook.com" heeft geen aanvullende licentie

  @rule-DAT-5 @nl @fr
  Regel: Rapportagegegevens gaan niet mee, dus rapporten worden vóór het accepteren gedownload

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "lea@gmail.com" heeft een gratis account

    Scenario: De gebruiksrapporten zijn weg na het toetreden
      Gegeven "lea@gmail.com" heeft het gebruiksrapport "Vergaderingen februari 2026"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" heeft geen gebruiksrapport

    Scenario: Zolang de uitnodiging in afwachting is, kunnen de rapporten nog gedownload worden
      Gegeven "lea@gmail.com" heeft het gebruiksrapport "Vergaderingen februari 2026"
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan heeft "lea@gmail.com" het gebruiksrapport "Vergaderingen februari 2026"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan heeft "lea@gmail.com" geen gebruiksrapport

  @rule-DAT-6 @nl @fr
  Regel: Chatgeschiedenis van vóór het toetreden is leesbaar voor de gebruiker, maar niet voor de beheerders van het nieuwe account

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "lea@gmail.com" heeft een gratis account
      En "lea@gmail.com" schreef het chatbericht "Offerte verstuurd naar Brussel" op 2026-02-02 10:15
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: De gebruiker leest de eigen oude chatgeschiedenis, de eigenaar en beheerders van het nieuwe account niet
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan kan "lea@gmail.com" het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" lezen
      En "olivia@acme.com" kan het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" niet lezen
      En "adam@acme.com" kan het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" niet lezen

    Scenario: Chat van na het toetreden is leesbaar voor de beheerders, de oudere chat niet
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En het 2026-03-12 14:00 wordt
      En "lea@gmail.com" het chatbericht "Welkomstgesprek om 3 uur" schrijft
      Dan kan "adam@acme.com" het chatbericht "Welkomstgesprek om 3 uur" van "lea@gmail.com" lezen
      En "adam@acme.com" kan het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" niet lezen
      En "lea@gmail.com" kan het chatbericht "Offerte verstuurd naar Brussel" van "lea@gmail.com" lezen

  @rule-DAT-7 @nl @fr
  Regel: Wat met de gebruiker meegaat, wordt verplaatst, niet gekopieerd: na het toetreden evenveel als ervoor, niets dubbel

    NL "zullen de volgende gegevens met u worden overgedragen"; FR "Les détails suivants seront transféré à
    vous": de gegevens worden overgedragen, dus de gebruiker heeft na het toetreden evenveel geplande
    vergaderingen en webinars, cloudopnames, chatberichten en zakelijke contactpersonen als ervoor, en geen
    enkel account houdt er een tweede exemplaar van.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een gratis account
      En "lea@gmail.com" heeft de vergadering "Wekelijks overleg" met ID "811 2345 6789" gepland
      En "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      En "lea@gmail.com" heeft de cloudopname "Aftrap 2026-02-03"
      En "lea@gmail.com" heeft de cloudopname "Evaluatie 2026-02-17"
      En "lea@gmail.com" schreef het chatbericht "Offerte naar Brussel gestuurd" op 2026-02-02 10:15
      En "lea@gmail.com" heeft de zakelijke contactpersoon "Bram Visser"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: Evenveel gegevens voor en na het toetreden
      Dan heeft "lea@gmail.com" deze gegevens:
        | gegeven                            | aantal |
        | geplande vergaderingen en webinars | 2      |
        | cloudopnames                       | 2      |
        | chatberichten                      | 1      |
        | contactpersonen                    | 1      |
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" heeft deze gegevens:
        | gegeven                            | aantal |
        | geplande vergaderingen en webinars | 2      |
        | cloudopnames                       | 2      |
        | chatberichten                      | 1      |
        | contactpersonen                    | 1      |

    Scenario: Geen enkel account houdt een tweede exemplaar nadat de gebruiker is toegetreden
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan bevatten alle accounts samen deze gegevens:
        | gegeven                            | aantal |
        | geplande vergaderingen en webinars | 2      |
        | cloudopnames                       | 2      |
        | chatberichten                      | 1      |
        | contactpersonen                    | 1      |
      En "lea@gmail.com" heeft geen eigen account meer
