# language: nl
@area-vanity-urls
Functionaliteit: Vergaderlinks na het toetreden tot een account met een andere Vanity-URL
  Als gebruiker die lid wordt van het account van mijn organisatie, dat een eigen Vanity-URL heeft
  Wil ik dat mijn vergaderingen en webinars hun ID houden en dat mijn gasten de nieuwe deelnamelinks krijgen
  Zodat de mensen met wie ik vergader mijn vergaderingen zonder verwarring blijven vinden

  Specificatie (NL "Wanneer je lid wordt van een account met een andere Vanity-URL heeft dit geen gevolgen
  voor je vergadering- en webinar-ID's, maar worden de deelnamelinks gewijzigd naar de nieuwe Vanity-URL.
  Deelnemers die deelnemen met de oude Vanity-URL's krijgen dan een waarschuwing dat de vergadering waaraan
  ze deelnemen niet meer gekoppeld is aan het account van de oude Vanity-URL, wat verwarring kan veroorzaken.
  Om dit te voorkomen, kun je gasten een e-mail sturen en evenementen in de agenda bijwerken met de
  aangepaste deelnamelink of registratiebevestigingse-mails opnieuw versturen."; FR "vos identifiants de
  réunion et de webinaire resteront les mêmes. Cependant, les liens de connexion seront modifiés pour
  refléter le nouveau ... URL.").
  Een deelnamelink is https://<Vanity-URL>/j/<vergadering-ID zonder spaties>; zonder Vanity-URL is de host
  zoom.us.

  Achtergrond:
    Gegeven vandaag is het 2026-03-10
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
    En het account "Acme" heeft de Vanity-URL "acme.zoom.us"
    En "lea@gmail.com" heeft een gratis account
    En "lea@gmail.com" heeft de vergadering "Wekelijks overleg" met ID "811 2345 6789" gepland

  @rule-VAN-1 @nl @fr
  Regel: Vergadering- en webinar-ID's blijven gelijk wanneer de gebruiker lid wordt van een account met een andere Vanity-URL

    Scenario: De vergadering houdt haar ID
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" heeft nog steeds de vergadering "Wekelijks overleg" met ID "811 2345 6789"

    Scenario: Vergaderingen en webinars uit een account met een eigen Vanity-URL houden hun ID
      Gegeven "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      En het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan heeft "lea@gmail.com" nog steeds de vergadering "Wekelijks overleg" met ID "811 2345 6789"
      En "lea@gmail.com" heeft nog steeds het webinar "Productlancering" met ID "944 1234 5678"

  @rule-VAN-2 @nl @fr
  Regel: Deelnamelinks worden gewijzigd naar de Vanity-URL van het nieuwe account

    Scenario: De deelnamelink gaat van zoom.us naar de Vanity-URL van het account
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan is de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com" "https://zoom.us/j/81123456789"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan is de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com" "https://acme.zoom.us/j/81123456789"
      En "lea@gmail.com" krijgt te horen dat de deelnamelinks van "811 2345 6789" zijn gewijzigd van "zoom.us" naar "acme.zoom.us"

    Scenario: De links van alle vergaderingen en webinars volgen de nieuwe Vanity-URL
      Gegeven "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      En het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan is de deelnamelink van "Productlancering" georganiseerd door "lea@gmail.com" "https://acme.zoom.us/j/94412345678"
      En "lea@gmail.com" krijgt te horen dat de deelnamelinks van "811 2345 6789, 944 1234 5678" zijn gewijzigd van "studio-lea.zoom.us" naar "acme.zoom.us"

    Scenario: Lid worden van een account zonder Vanity-URL laat de zoom.us-links ongewijzigd
      Gegeven het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      En "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan is de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com" "https://zoom.us/j/81123456789"
      En de deelnamelinks van "lea@gmail.com" zijn niet gewijzigd

  @rule-VAN-3 @nl @fr
  Regel: Deelnemers met een oude link komen in de vergadering, maar krijgen een waarschuwing dat die niet meer gekoppeld is aan de oude Vanity-URL

    Achtergrond:
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: Een deelnemer opent de oude zoom.us-link nadat de host is toegetreden
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En een deelnemer de deelnamelink "https://zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt de waarschuwing "Deze vergadering is niet meer gekoppeld aan het account van de oude Vanity-URL."

    Scenario: Een deelnemer opent de nieuwe link en krijgt geen waarschuwing
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En een deelnemer de deelnamelink "https://acme.zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt geen waarschuwing

    Scenario: Zolang de host niet is toegetreden, is de zoom.us-link de geldige link en krijgt niemand een waarschuwing
      Als een deelnemer de deelnamelink "https://zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt geen waarschuwing

  @rule-VAN-4 @nl @fr
  Regel: Door de vergaderuitnodigingen of registratiebevestigingen opnieuw te versturen, krijgen de gasten de nieuwe link

    Achtergrond:
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: De host verstuurt de uitnodigingen van een vergadering opnieuw na het toetreden
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de uitnodigingen voor "Wekelijks overleg" opnieuw naar de gasten verstuurt
      Dan ontvangen de gasten van "Wekelijks overleg" georganiseerd door "lea@gmail.com" de deelnamelink "https://acme.zoom.us/j/81123456789"

    Scenario: De host verstuurt de registratiebevestigingen van een webinar opnieuw, aangeduid met zijn ID
      Gegeven "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de uitnodigingen voor "944 1234 5678" opnieuw naar de gasten verstuurt
      Dan ontvangen de gasten van "944 1234 5678" georganiseerd door "lea@gmail.com" de deelnamelink "https://acme.zoom.us/j/94412345678"

    Scenario: Gasten die de opnieuw verstuurde link gebruiken, krijgen geen waarschuwing
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de uitnodigingen voor "Wekelijks overleg" opnieuw naar de gasten verstuurt
      En een deelnemer de deelnamelink "https://acme.zoom.us/j/81123456789" opent
      Dan krijgt de deelnemer geen waarschuwing
