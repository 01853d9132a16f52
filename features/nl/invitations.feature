# language: nl
@area-invitations
Functionaliteit: Bestaande gebruikers uitnodigen voor het betaalde account
  Als eigenaar of beheerder van het betaalde account van mijn organisatie
  Wil ik mensen die Zoom al op eigen houtje gebruiken uitnodigen, één voor één of meerdere tegelijk
  Zodat ze de voordelen van ons account genieten, en ik kan zien wie nog niet heeft gereageerd

  Specificatie (NL "Voer de gegevens voor de gebruiker of gebruikers in en klik op Toevoegen.
  Er wordt een e-mail verzonden waarin de gebruiker(s) wordt (worden) uitgenodigd om lid te worden
  van uw account. U kunt controleren of de uitnodiging nog moet worden geaccepteerd door te klikken
  op het gedeelte In afwachting"; "De e-mailadressen moeten al bestaan en externe e-mails kunnen
  ontvangen." FR "Une fois que vous avez entré les informations pour l'utilisateur ou les
  utilisateurs, cliquez sur le bouton Ajouter. Vous recevrez un e-mail invitant le ou les
  utilisateurs à faire partie de votre compte"; "Pour que les adresses e-mail fonctionnent, elles
  doivent déjà exister et permettre la réception d'e-mails externes.")
  Eén of meer gebruikers toevoegen stuurt elk van hen een uitnodigingsmail. Een uitnodiging blijft
  in de lijst In afwachting staan tot ze geaccepteerd is. Een adres dat niet bestaat of geen externe
  e-mails accepteert, komt onbestelbaar terug. Geen van beide artikelen zegt hoe lang een uitnodiging
  geldig blijft, of hoe je er een opnieuw verstuurt of intrekt: het model volgt de praktijk van de
  leverancier, een geldigheid van 30 dagen die bij opnieuw versturen opnieuw begint, en laat een
  beheerder een openstaande uitnodiging intrekken.

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
    En "adam@acme.com" is beheerder van "Acme"
    En "mia@acme.com" is lid van "Acme"
    En "lea@gmail.com" heeft een gratis account

  @rule-INV-1 @nl @fr @disagreement
  Regel: Eén of meer gebruikers toevoegen stuurt elk van hen een uitnodigingsmail

    Verschil tussen de artikelen over wie de e-mail ontvangt: volgens de Nederlandse tekst ontvangen de
    uitgenodigde gebruikers hem ("Er wordt een e-mail verzonden waarin de gebruiker(s) wordt (worden)
    uitgenodigd"; "Elke gebruiker die voor uw account wordt uitgenodigd, ontvangt een e-mail"). Volgens een
    zin van de Franse tekst ontvangt de beheerder hem ("Vous recevrez un e-mail invitant le ou les
    utilisateurs à faire partie de votre compte"). Het model volgt de Nederlandse lezing: elke uitgenodigde
    gebruiker ontvangt de uitnodiging; in de Franse lezing ontvangt de beheerder die hen toevoegde ook een
    e-mail voor elke uitnodiging.
    De Franse zin eindigt op "dès qu'ils auront rempli le formulaire": letterlijk zijn "ils" de gebruikers,
    die de e-mail pas krijgen wanneer zij een formulier hebben ingevuld, dat geen van beide artikelen
    beschrijft. Het model leest er het formulier in dat de beheerder invult voordat hij op Toevoegen
    klikt, en verstuurt de uitnodigingen op dat moment.
    Aanname: een gebruiker die al op het account staat, wordt niet opnieuw uitgenodigd (ALREADY_MEMBER);
    de artikelen zeggen dat niet.
    Weigeringen: NOT_ADMIN_OR_OWNER (PRE-1); een adres zonder eigen account, NO_EXISTING_ACCOUNT (LIC-6):
    de artikelen voegen bestaande gebruikers toe, en Single Sign-On weigert zo'n adres op dezelfde manier.

    Scenario: De eigenaar voegt één gebruiker toe
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "lea@gmail.com" heeft nog een eigen account

    Scenario: Een beheerder voegt meerdere gebruikers tegelijk toe en elk van hen ontvangt een uitnodigingsmail
      Gegeven "noah@outlook.com" heeft een gratis account
      En "sofia@yahoo.fr" heeft een gratis account
      Als "adam@acme.com" deze gebruikers aan "Acme" toevoegt:
        | e-mailadres      |
        | lea@gmail.com    |
        | noah@outlook.com |
        | sofia@yahoo.fr   |
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "noah@outlook.com" ontvangt een uitnodigingsmail van "Acme"
      En "sofia@yahoo.fr" ontvangt een uitnodigingsmail van "Acme"

    Scenario: Een lid van het account kan niet meerdere gebruikers tegelijk toevoegen
      Als "mia@acme.com" deze gebruikers aan "Acme" toevoegt:
        | e-mailadres      |
        | lea@gmail.com    |
        | noah@outlook.com |
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "lea@gmail.com" ontvangt geen uitnodigingsmail
      En "noah@outlook.com" ontvangt geen uitnodigingsmail

    @assumption
    Scenario: Wie al in het account zit, wordt niet opnieuw uitgenodigd
      Als "olivia@acme.com" de gebruiker "mia@acme.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "ALREADY_MEMBER"
      En "mia@acme.com" ontvangt geen uitnodigingsmail

    @assumption
    Scenario: Een adres zonder eigen account wordt meteen geweigerd
      Als "olivia@acme.com" de gebruiker "sam.nobody@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NO_EXISTING_ACCOUNT"
      En de lijst In afwachting van "Acme" is leeg

    Scenario: De beheerder die een gebruiker toevoegt, ontvangt geen kopie van de uitnodiging
      Als "adam@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "adam@acme.com" ontvangt geen kopie van de uitnodigingsmail aan "lea@gmail.com"

    @reading-fr
    Scenario: Franse lezing - de beheerder die een gebruiker toevoegt, ontvangt ook een e-mail over de uitnodiging
      Gegeven het model volgt de Franse lezing van de uitnodigingsmail
      Als "adam@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "adam@acme.com" ontvangt een kopie van de uitnodigingsmail aan "lea@gmail.com"

  @rule-INV-2 @nl @fr
  Regel: Een uitnodiging staat in de lijst In afwachting tot ze geaccepteerd is

    Aanname: een tweede uitnodiging aan iemand die al in de lijst In afwachting staat, wordt geweigerd
    (ALREADY_INVITED): het account verstuurt dan de eerste opnieuw (INV-5).

    Scenario: Een onbeantwoorde uitnodiging staat in de lijst In afwachting
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      En 12 dagen verstrijken
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is in afwachting

    Scenario: Een geaccepteerde uitnodiging verdwijnt uit de lijst In afwachting
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "noah@outlook.com" heeft een gratis account
      En "olivia@acme.com" heeft "noah@outlook.com" aan "Acme" toegevoegd
      Als 3 dagen verstrijken
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan staat "lea@gmail.com" niet in de lijst In afwachting van "Acme"
      En "noah@outlook.com" staat in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is geaccepteerd

    @assumption
    Scenario: Een tweede uitnodiging aan iemand die al in de lijst In afwachting staat, wordt geweigerd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "adam@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "ALREADY_INVITED"
      En "lea@gmail.com" heeft 1 uitnodigingsmail van "Acme" ontvangen

    Scenario: Niemand uitgenodigd, niets in afwachting
      Dan is de lijst In afwachting van "Acme" leeg

  @rule-INV-3 @nl @fr
  Regel: Het e-mailadres moet bestaan en externe e-mails kunnen ontvangen

    Weigeringen: UNDELIVERABLE_ADDRESS.

    Scenario: Een adres dat niet bestaat, komt onbestelbaar terug
      Gegeven het adres "lea.old@gmail.com" bestaat niet
      Als "olivia@acme.com" de gebruiker "lea.old@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "UNDELIVERABLE_ADDRESS"
      En de uitnodiging aan "lea.old@gmail.com" komt onbestelbaar terug omdat het adres niet bestaat
      En de lijst In afwachting van "Acme" is leeg

    Scenario: Een adres dat externe e-mails weigert, komt onbestelbaar terug
      Gegeven het adres "raj@bigbank.example" weigert externe e-mails
      Als "olivia@acme.com" de gebruiker "raj@bigbank.example" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "UNDELIVERABLE_ADDRESS"
      En de uitnodiging aan "raj@bigbank.example" komt onbestelbaar terug omdat het adres externe e-mails weigert
      En "raj@bigbank.example" ontvangt geen uitnodigingsmail

    Scenario: Bij meerdere adressen tegelijk worden de onbestelbare geweigerd en de andere uitgenodigd
      Gegeven het adres "ghost@gmail.com" bestaat niet
      En het adres "raj@bigbank.example" weigert externe e-mails
      Als "adam@acme.com" deze gebruikers aan "Acme" toevoegt:
        | e-mailadres         |
        | lea@gmail.com       |
        | ghost@gmail.com     |
        | raj@bigbank.example |
      Dan wordt het adres "ghost@gmail.com" geweigerd met "UNDELIVERABLE_ADDRESS"
      En het adres "raj@bigbank.example" wordt geweigerd met "UNDELIVERABLE_ADDRESS"
      En "lea@gmail.com" ontvangt een uitnodigingsmail van "Acme"
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"
      En "ghost@gmail.com" staat niet in de lijst In afwachting van "Acme"

    Scenario: Een adres dat bestaat en externe e-mails ontvangt, komt niet onbestelbaar terug
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan komt de uitnodiging aan "lea@gmail.com" niet onbestelbaar terug
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"

    Scenario: Een adres dat niet bestond, wordt uitgenodigd zodra het bestaat
      Gegeven het adres "lea.new@gmail.com" bestaat niet
      Als "olivia@acme.com" de gebruiker "lea.new@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "UNDELIVERABLE_ADDRESS"
      Als het adres "lea.new@gmail.com" nu bestaat
      En "lea.new@gmail.com" heeft een gratis account
      En "olivia@acme.com" de gebruiker "lea.new@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea.new@gmail.com" een uitnodigingsmail van "Acme"
      En de uitnodiging aan "lea.new@gmail.com" komt niet onbestelbaar terug

    Scenario: Een adres dat weer externe e-mails accepteert, wordt uitgenodigd
      Gegeven het adres "raj@bigbank.example" weigert externe e-mails
      En "raj@bigbank.example" heeft een gratis account
      Als "olivia@acme.com" de gebruiker "raj@bigbank.example" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "UNDELIVERABLE_ADDRESS"
      Als het adres "raj@bigbank.example" weer externe e-mails accepteert
      En "olivia@acme.com" de gebruiker "raj@bigbank.example" aan "Acme" toevoegt
      Dan staat "raj@bigbank.example" in de lijst In afwachting van "Acme"
      En de uitnodiging aan "raj@bigbank.example" komt niet onbestelbaar terug

  @rule-INV-4 @assumption
  Regel: Een uitnodiging verloopt 30 dagen na verzending
    Geen van beide artikelen noemt een geldigheidsduur; het model volgt de praktijk van de leverancier:
    de link werkt tot precies 30 dagen nadat de e-mail is verstuurd, en een verlopen uitnodiging
    verdwijnt uit de lijst In afwachting.
    Weigeringen: INVITATION_EXPIRED.

    Scenario: Op dag 30 werkt de uitnodiging nog
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan verloopt de uitnodiging van "Acme" aan "lea@gmail.com" op 2026-04-09
      Als het 2026-04-09 wordt
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: De link werkt tot op de minuut waarop hij 30 dagen eerder werd verstuurd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan werkt de link van de uitnodiging van "Acme" aan "lea@gmail.com" tot 2026-04-09 09:00
      Als het 2026-04-09 09:01 wordt
      Dan is de uitnodiging van "Acme" aan "lea@gmail.com" verlopen

    Scenario: Op dag 31 is de uitnodiging verlopen
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als het 2026-04-10 wordt
      Dan staat "lea@gmail.com" niet in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is verlopen
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_EXPIRED"
      En "lea@gmail.com" heeft nog een eigen account

    Scenario: Na het verlopen kan het account dezelfde persoon opnieuw uitnodigen
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En 31 dagen zijn verstreken
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan heeft "lea@gmail.com" 2 uitnodigingsmails van "Acme" ontvangen
      En de uitnodiging van "Acme" aan "lea@gmail.com" verloopt op 2026-05-10

  @rule-INV-5 @assumption
  Regel: Een openstaande uitnodiging opnieuw versturen laat de termijn van 30 dagen opnieuw beginnen
    Niet in de artikelen: opnieuw versturen stuurt dezelfde link nog eens, en de 30 dagen tellen vanaf
    het opnieuw versturen.
    Weigeringen: INVITATION_EXPIRED (INV-4), INVITATION_NOT_PENDING, NOT_ADMIN_OR_OWNER (PRE-1).

    Scenario: Een opnieuw verstuurde uitnodiging werkt tot 30 dagen na het opnieuw versturen
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En 20 dagen zijn verstreken
      Als "adam@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan heeft "lea@gmail.com" 2 uitnodigingsmails van "Acme" ontvangen
      En de uitnodiging van "Acme" aan "lea@gmail.com" verloopt op 2026-04-29
      Als het 2026-04-20 wordt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: Zonder opnieuw versturen is dezelfde datum te laat
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als het 2026-04-20 wordt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_EXPIRED"

    Scenario: Een uitnodiging die op dag 31 verlopen is, kan opnieuw verstuurd worden en werkt weer
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En 31 dagen zijn verstreken
      Als "olivia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" verloopt op 2026-05-10

    Scenario: Een geaccepteerde uitnodiging kan niet opnieuw verstuurd worden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "olivia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan wordt het verzoek geweigerd met "INVITATION_NOT_PENDING"
      En "lea@gmail.com" heeft 1 uitnodigingsmail van "Acme" ontvangen

    Scenario: Een lid kan een uitnodiging niet opnieuw versturen
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "mia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En de uitnodiging van "Acme" aan "lea@gmail.com" verloopt op 2026-04-09

  @rule-INV-6 @assumption
  Regel: Een beheerder kan een openstaande uitnodiging intrekken, en een ingetrokken link wordt geweigerd
    Niet in de artikelen: de eigenaar of een beheerder trekt een uitnodiging in die nog niet
    geaccepteerd is.
    Weigeringen: INVITATION_REVOKED, INVITATION_NOT_PENDING (INV-5), NOT_ADMIN_OR_OWNER (PRE-1).

    Scenario: Een ingetrokken uitnodiging verdwijnt uit de lijst In afwachting en de link wordt geweigerd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En 2 dagen zijn verstreken
      Als "adam@acme.com" de uitnodiging aan "lea@gmail.com" intrekt
      Dan staat "lea@gmail.com" niet in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is ingetrokken
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_REVOKED"
      En "lea@gmail.com" heeft nog een eigen account

    Scenario: Na het intrekken kan het account dezelfde persoon opnieuw uitnodigen
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de uitnodiging aan "lea@gmail.com" ingetrokken
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: De link van de eerste, ingetrokken uitnodiging wordt geweigerd nadat er een nieuwe is verstuurd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de uitnodiging aan "lea@gmail.com" ingetrokken
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de link van de eerste uitnodiging van "Acme" opent
      Dan wordt het verzoek geweigerd met "INVITATION_REVOKED"
      En "lea@gmail.com" heeft nog een eigen account
      Als "lea@gmail.com" de link van de laatste uitnodiging van "Acme" opent
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: De link van een uitnodiging wordt aangewezen met de dag waarop ze is verstuurd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de uitnodiging aan "lea@gmail.com" ingetrokken
      En 2 dagen zijn verstreken
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de link van de uitnodiging van "Acme" van 2026-03-10 opent
      Dan wordt het verzoek geweigerd met "INVITATION_REVOKED"
      Als "lea@gmail.com" de link van de uitnodiging van "Acme" van 2026-03-12 opent
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: Een geaccepteerde uitnodiging kan niet ingetrokken worden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "olivia@acme.com" de uitnodiging aan "lea@gmail.com" intrekt
      Dan wordt het verzoek geweigerd met "INVITATION_NOT_PENDING"
      En "lea@gmail.com" hoort bij "Acme"

    Scenario: Een lid kan een uitnodiging niet intrekken
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "mia@acme.com" de uitnodiging aan "lea@gmail.com" intrekt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"

  @rule-INV-7 @nl @fr
  Regel: Eigenaren en beheerders wordt aangeraden contact op te nemen met gebruikers voordat ze hen uitnodigen (een aanbeveling, geen verplichting)

    De eerste aanbevolen procedure van de artikelen: NL "Zoom raadt eigenaren/beheerders sterk aan om
    contact met individuele gebruikers op te nemen voordat er uitnodigingen worden verstuurd, zodat deze
    gebruikers weten wat ze kunnen verwachten en waarom ze een e-mail krijgen"; FR "Zoom recommande
    fortement que les propriétaires/administrateurs contactent les utilisateurs individuels avant
    d'envoyer des invitations". Het model legt vast wie met wie contact opnam, en wanneer; een uitnodiging
    zonder voorafgaand contact wordt toch verstuurd. In de simulator bootsen de instellingen
    contact_users_first en share_contacted_first het na (gebruikers met wie contact is opgenomen, accepteren
    met het aandeel accept_share_contacted).
    Aanname: een lid dat eigenaar noch beheerder is, wordt geweigerd als het namens het account contact
    opneemt met gebruikers (NOT_ADMIN_OR_OWNER); de artikelen richten zich alleen tot eigenaren en
    beheerders.

    Scenario: Een beheerder neemt contact op met een gebruiker, nodigt haar daarna uit, en het contact wordt vastgelegd
      Als "adam@acme.com" contact opneemt met "lea@gmail.com" over lid worden van "Acme"
      En 2 dagen verstrijken
      En "adam@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "Acme" heeft op 2026-03-10 contact opgenomen met "lea@gmail.com", voordat de uitnodiging werd verstuurd

    Scenario: Een uitnodiging zonder voorafgaand contact wordt toch verstuurd
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"
      En "Acme" heeft geen contact opgenomen met "lea@gmail.com" voordat de uitnodiging werd verstuurd

    @assumption
    Scenario: Een lid dat geen beheerder of eigenaar is, neemt geen contact op met gebruikers namens het account
      Als "mia@acme.com" contact opneemt met "lea@gmail.com" over lid worden van "Acme"
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
