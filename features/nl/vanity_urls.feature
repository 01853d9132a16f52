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
    Gegeven dat het vandaag 2026-03-10 is
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
      Dan is "https://zoom.us/j/81123456789" de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan is "https://acme.zoom.us/j/81123456789" de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com"
      En "lea@gmail.com" krijgt te horen dat de deelnamelinks van "811 2345 6789" zijn gewijzigd van "zoom.us" naar "acme.zoom.us"

    Scenario: De links van alle vergaderingen en webinars volgen de nieuwe Vanity-URL
      Gegeven "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      En het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan is "https://acme.zoom.us/j/94412345678" de deelnamelink van "Productlancering" georganiseerd door "lea@gmail.com"
      En "lea@gmail.com" krijgt te horen dat de deelnamelinks van "811 2345 6789, 944 1234 5678" zijn gewijzigd van "studio-lea.zoom.us" naar "acme.zoom.us"

    Scenario: Lid worden van een account zonder Vanity-URL laat de zoom.us-links ongewijzigd
      Gegeven het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      En "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan is "https://zoom.us/j/81123456789" de deelnamelink van "Wekelijks overleg" georganiseerd door "lea@gmail.com"
      En de deelnamelinks van "lea@gmail.com" zijn niet gewijzigd

  @rule-VAN-3 @nl @fr
  Regel: Deelnemers met een link onder de oude Vanity-URL komen in de vergadering, maar krijgen een waarschuwing dat die niet meer aan die Vanity-URL gekoppeld is
    De artikelen spreken over links onder de oude Vanity-URL (NL "de oude Vanity-URL's", FR "les anciens
    liens de vanité"). Een gewone zoom.us-link is geen Vanity-link, en de artikelen zeggen er niets over:
    het model laat zo'n link naar de vergadering leiden via haar ID, dat niet verandert (VAN-1), zonder
    waarschuwing.
    Aanname: een gewone zoom.us-link leidt via het ID naar de vergadering, zonder waarschuwing; de
    artikelen zeggen er niets over.

    Achtergrond:
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: Een deelnemer opent een link onder de oude Vanity-URL nadat de host is toegetreden tot een account met een andere
      Gegeven het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En een deelnemer de deelnamelink "https://studio-lea.zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt de waarschuwing "Deze vergadering is niet meer gekoppeld aan het account van de oude Vanity-URL."

    @assumption
    Scenario: Een gewone zoom.us-link leidt nog steeds naar de vergadering, zonder waarschuwing
      Gegeven het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En een deelnemer de deelnamelink "https://zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt geen waarschuwing

    Scenario: Een deelnemer opent de nieuwe link en krijgt geen waarschuwing
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En een deelnemer de deelnamelink "https://acme.zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt geen waarschuwing

    Scenario: Zolang de host niet is toegetreden, is de link onder haar eigen Vanity-URL de geldige link en krijgt niemand een waarschuwing
      Gegeven het account van "lea@gmail.com" heeft de Vanity-URL "studio-lea.zoom.us"
      Als een deelnemer de deelnamelink "https://studio-lea.zoom.us/j/81123456789" opent
      Dan komt de deelnemer in de vergadering met ID "811 2345 6789"
      En de deelnemer krijgt geen waarschuwing

  @rule-VAN-4 @nl @fr
  Regel: De gasten opnieuw mailen, de registratiebevestigingen opnieuw versturen of de evenementen in de agenda bijwerken geeft hun de nieuwe link
    NL "Om dit te voorkomen, kun je gasten een e-mail sturen en evenementen in de agenda bijwerken met de
    aangepaste deelnamelink of registratiebevestigingse-mails opnieuw versturen." FR "Vous devrez
    peut-être renvoyer votre e-mail de confirmation d'inscription aux invités et modifier l'URL de
    participation dans les événements de votre calendrier." De Nederlandse tekst voegt de e-mail aan de
    gasten toe; alle drie geven de nieuwe link.

    Achtergrond:
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: De host mailt de gasten van een vergadering opnieuw de uitnodiging na het toetreden
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de uitnodigingen voor "Wekelijks overleg" opnieuw naar de gasten verstuurt
      Dan ontvangen de gasten van "Wekelijks overleg" georganiseerd door "lea@gmail.com" de deelnamelink "https://acme.zoom.us/j/81123456789"

    Scenario: De host verstuurt de registratiebevestigingen van een webinar opnieuw, aangeduid met zijn ID
      Gegeven "lea@gmail.com" heeft het webinar "Productlancering" met ID "944 1234 5678" gepland
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de registratiebevestigingse-mails van "944 1234 5678" opnieuw verstuurt
      Dan ontvangen de geregistreerden voor "944 1234 5678" van "lea@gmail.com" de deelnamelink "https://acme.zoom.us/j/94412345678"

    Scenario: De host werkt de deelnamelink bij in de evenementen in de agenda van een vergadering
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de evenementen in de agenda van "Wekelijks overleg" bijwerkt met de aangepaste deelnamelink
      Dan tonen de evenementen in de agenda van "Wekelijks overleg" van "lea@gmail.com" de deelnamelink "https://acme.zoom.us/j/81123456789"

    Scenario: Gasten die de opnieuw verstuurde link gebruiken, krijgen geen waarschuwing
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" de uitnodigingen voor "Wekelijks overleg" opnieuw naar de gasten verstuurt
      En een deelnemer de deelnamelink "https://acme.zoom.us/j/81123456789" opent
      Dan krijgt de deelnemer geen waarschuwing
