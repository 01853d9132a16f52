# language: nl
@area-licences
Functionaliteit: Licenties van gebruikers die toetreden, en andere manieren om binnen te komen
  Als eigenaar of beheerder van het betaalde account van mijn organisatie
  Wil ik weten wat een toetredende gebruiker behoudt, en licenties toewijzen wanneer ik dat wil
  Zodat niemand verrast wordt door het verlies van opnemen naar de cloud of lange vergaderingen,
  en er niet meer licenties worden uitgedeeld dan het account heeft

  Specificatie (NL "Als je individuele gebruikers met licentie uitnodigt om lid te worden van je
  betaalde account als Basisgebruikers, wees je er dan van bewust dat deze gebruikers de toegang tot
  functies die beschikbaar zijn voor gebruikers met een licentie, zoals opnemen naar de cloud en
  vergaderingen langer dan 40 minuten, verliezen als ze de uitnodiging accepteren. Basisgebruikers
  kunnen zo nodig later een licentie toegewezen krijgen." "Het is ook mogelijk om gebruikers toe te
  voegen met Single Sign-On en Associated Domains." FR "leur acceptation peut leur faire perdre
  l'accès à certaines fonctionnalités […] comme l'enregistrement dans le cloud et les réunions de
  plus de 40 minutes." "Les utilisateurs peuvent également être ajoutés avec l'authentification
  unique et les domaines associés afin qu'ils puissent accéder au système à partir de plusieurs
  domaines.")
  Een individuele gebruiker met licentie die als Basisgebruiker toetreedt, verliest opnemen naar de
  cloud en vergaderingen langer dan 40 minuten; een beheerder kan later een licentie toewijzen.
  Geen van beide artikelen spreekt over licentieplaatsen: het model gaat ervan uit dat een
  uitnodiging of toewijzing met licentie een vrije licentie nodig heeft, en dat een openstaande
  uitnodiging met licentie die licentie vasthoudt. Single Sign-On met gekoppelde domeinen (Associated
  Domains) brengt gebruikers binnen zonder uitnodiging.

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com" met 2 licenties
    En "adam@acme.com" is beheerder van "Acme"
    En "mia@acme.com" is lid van "Acme"
    En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
    En "noah@outlook.com" heeft een gratis account
    En "max@web.de" heeft een gratis account

  @rule-LIC-1 @nl @fr
  Regel: Een individuele gebruiker met licentie die als Basisgebruiker toetreedt, verliest opnemen naar de cloud en vergaderingen langer dan 40 minuten

    De Franse tekst zegt dat de acceptatie hen deze functies "peut leur faire perdre" (kan doen
    verliezen), de Nederlandse tekst dat ze ze "verliezen". Een nuance, geen verschil: een Basisgebruiker
    heeft geen licentie, dus wie als Basisgebruiker toetreedt, verliest ze; het model volgt de Nederlandse
    formulering.

    Scenario: Een gebruiker met licentie die als Basisgebruiker is uitgenodigd, verliest bij het accepteren de functies van de licentie
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten
      En "lea@gmail.com" kan niet opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, duren maximaal 40 minuten

    Scenario: Een gebruiker met licentie die met licentie is uitgenodigd, behoudt de functies van de licentie
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" verliest geen enkele functie bij het toetreden
      En "lea@gmail.com" kan opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet

    Scenario: Een Basisgebruiker die als Basisgebruiker is uitgenodigd, heeft niets te verliezen
      Gegeven "olivia@acme.com" heeft "noah@outlook.com" aan "Acme" toegevoegd
      Als "noah@outlook.com" de uitnodiging van "Acme" accepteert
      Dan verliest "noah@outlook.com" geen enkele functie bij het toetreden
      En vergaderingen die "noah@outlook.com" organiseert, duren maximaal 40 minuten

    Scenario: Er gaat niets verloren zolang de uitnodiging niet geaccepteerd is
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als 29 dagen verstrijken
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En "lea@gmail.com" verliest geen enkele functie bij het toetreden

  @rule-LIC-2 @nl @fr @disagreement
  Regel: Een Basisgebruiker kan later een licentie toegewezen krijgen

    Verschil tussen de artikelen over wie de licentie toewijst: de Nederlandse tekst zegt dat
    Basisgebruikers "zo nodig later een licentie toegewezen [kunnen] krijgen" (door een beheerder, zoals het
    deel over de overgedragen gegevens over licenties zegt); de Franse tekst "Dans le cas où une licence
    devrait être attribuée ultérieurement, les utilisateurs de base pourront le faire" (de Basisgebruikers
    zullen het zelf kunnen doen). Het model volgt de Nederlandse lezing: de eigenaar of een beheerder wijst
    de licentie toe, aan een lid van het account, als er een vrij is. In de Franse lezing kan een
    Basisgebruiker ook zelf een vrije licentie nemen.
    Weigeringen: NO_LICENCE_SEAT (LIC-3), NOT_ADMIN_OR_OWNER (PRE-1), NOT_A_MEMBER_OF_THE_ACCOUNT.

    Scenario: Een beheerder wijst tien dagen nadat de gebruiker als Basisgebruiker toetrad, een licentie toe
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En 10 dagen verstrijken
      En "adam@acme.com" een licentie aan "lea@gmail.com" toewijst
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet
      En "Acme" heeft 1 vrije licentie

    Scenario: Er kan geen licentie worden toegewezen als alle licenties in gebruik zijn
      Gegeven "olivia@acme.com" heeft een licentie aan "mia@acme.com" toegewezen
      En "olivia@acme.com" heeft een licentie aan "adam@acme.com" toegewezen
      En "olivia@acme.com" heeft "noah@outlook.com" aan "Acme" toegevoegd
      Als "noah@outlook.com" de uitnodiging van "Acme" accepteert
      En "olivia@acme.com" een licentie aan "noah@outlook.com" toewijst
      Dan wordt het verzoek geweigerd met "NO_LICENCE_SEAT"
      En "noah@outlook.com" kan niet opnemen naar de cloud

    Scenario: Een lid dat geen beheerder is, kan geen licentie toewijzen
      Als "mia@acme.com" een licentie aan "mia@acme.com" toewijst
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "mia@acme.com" kan niet opnemen naar de cloud
      En "Acme" heeft 2 vrije licenties

    Scenario: Een licentie gaat naar een lid, niet naar iemand die nog niet is toegetreden
      Gegeven "olivia@acme.com" heeft "noah@outlook.com" aan "Acme" toegevoegd
      Als "adam@acme.com" een licentie aan "noah@outlook.com" toewijst
      Dan wordt het verzoek geweigerd met "NOT_A_MEMBER_OF_THE_ACCOUNT"
      En "noah@outlook.com" kan niet opnemen naar de cloud
      En "Acme" heeft 2 vrije licenties
      Als "noah@outlook.com" de uitnodiging van "Acme" accepteert
      En "adam@acme.com" een licentie aan "noah@outlook.com" toewijst
      Dan kan "noah@outlook.com" opnemen naar de cloud
      En "Acme" heeft 1 vrije licentie

    @reading-fr
    Scenario: Franse lezing - een Basisgebruiker neemt zelf een licentie, als er een vrij is
      Gegeven het model volgt de Franse lezing van het toewijzen van licenties
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En "lea@gmail.com" een licentie aan "lea@gmail.com" toewijst
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En "Acme" heeft 1 vrije licentie
      Als "mia@acme.com" een licentie aan "lea@gmail.com" toewijst
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"

  @rule-LIC-3 @assumption
  Regel: Een gebruiker met licentie uitnodigen vraagt een vrije licentie
    Geen van beide artikelen spreekt over licentieplaatsen. Het model gaat ervan uit dat een
    openstaande uitnodiging met licentie een licentie vasthoudt tot ze geaccepteerd, ingetrokken of
    verlopen is.
    Weigeringen: NO_LICENCE_SEAT, INVITATION_EXPIRED (INV-4).

    Scenario: Openstaande uitnodigingen met licentie houden hun licentie vast en de derde wordt geweigerd
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" met licentie aan "Acme" toevoegt
      Dan heeft "Acme" 1 vrije licentie
      Als "olivia@acme.com" de gebruiker "noah@outlook.com" met licentie aan "Acme" toevoegt
      Dan heeft "Acme" 0 vrije licenties
      Als "olivia@acme.com" de gebruiker "max@web.de" met licentie aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NO_LICENCE_SEAT"
      En "max@web.de" ontvangt geen uitnodigingsmail

    Scenario: Zonder vrije licentie kan de gebruiker nog wel als Basisgebruiker uitgenodigd worden
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de gebruiker "noah@outlook.com" met licentie aan "Acme" toegevoegd
      Als "olivia@acme.com" de gebruiker "max@web.de" aan "Acme" toevoegt
      Dan ontvangt "max@web.de" een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie intrekken maakt de licentie vrij
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de gebruiker "noah@outlook.com" met licentie aan "Acme" toegevoegd
      Als "olivia@acme.com" de uitnodiging aan "noah@outlook.com" intrekt
      En "olivia@acme.com" de gebruiker "max@web.de" met licentie aan "Acme" toevoegt
      Dan ontvangt "max@web.de" een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie die op dag 31 verlopen is, maakt de licentie vrij
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      Als het 2026-04-09 wordt
      Dan heeft "Acme" 1 vrije licentie
      Als het 2026-04-10 wordt
      Dan heeft "Acme" 2 vrije licenties

    Scenario: Een verlopen uitnodiging met licentie wordt alleen opnieuw verstuurd als er weer een licentie vrij is
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft de gebruiker "noah@outlook.com" met licentie aan "Acme" toegevoegd
      Als het 2026-04-10 wordt
      En "olivia@acme.com" een licentie aan "mia@acme.com" toewijst
      En "olivia@acme.com" een licentie aan "adam@acme.com" toewijst
      Dan heeft "Acme" 0 vrije licenties
      Als "olivia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan wordt het verzoek geweigerd met "NO_LICENCE_SEAT"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is verlopen
      En "Acme" heeft 0 vrije licenties
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "INVITATION_EXPIRED"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een verlopen uitnodiging met licentie die opnieuw verstuurd wordt terwijl er een licentie vrij is, houdt die weer vast
      Gegeven "olivia@acme.com" heeft de gebruiker "lea@gmail.com" met licentie aan "Acme" toegevoegd
      Als het 2026-04-10 wordt
      En "olivia@acme.com" een licentie aan "mia@acme.com" toewijst
      Dan heeft "Acme" 1 vrije licentie
      Als "olivia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan heeft "Acme" 0 vrije licenties
      Als "olivia@acme.com" een licentie aan "adam@acme.com" toewijst
      Dan wordt het verzoek geweigerd met "NO_LICENCE_SEAT"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En "Acme" heeft 0 vrije licenties

    Scenario: Elke uitnodiging zegt of ze voor een gebruiker met licentie of een Basisgebruiker is, en of ze een licentie vasthoudt
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" met licentie aan "Acme" toevoegt
      En "olivia@acme.com" de gebruiker "noah@outlook.com" aan "Acme" toevoegt
      Dan nodigt de uitnodiging van "Acme" aan "lea@gmail.com" uit als gebruiker met licentie
      En de uitnodiging van "Acme" aan "lea@gmail.com" houdt een licentie vast
      En de uitnodiging van "Acme" aan "noah@outlook.com" nodigt uit als Basisgebruiker
      En de uitnodiging van "Acme" aan "noah@outlook.com" houdt geen licentie vast
      Als het 2026-04-10 wordt
      Dan houdt de uitnodiging van "Acme" aan "lea@gmail.com" geen licentie vast

  @rule-LIC-4 @nl @fr
  Regel: Gebruikers kunnen ook worden toegevoegd met Single Sign-On en gekoppelde domeinen
    Meer zeggen de artikelen niet (NL "Het is ook mogelijk om gebruikers toe te voegen met Single Sign-On
    en Associated Domains"; FR "Les utilisateurs peuvent également être ajoutés avec l'authentification
    unique et les domaines associés afin qu'ils puissent accéder au système à partir de plusieurs
    domaines"). Hoe zo'n gebruiker binnenkomt, is een aanname van het model: regel LIC-6.

    Achtergrond:
      Gegeven het account "Acme" heeft het gekoppelde domein "acme-labs.com"
      En het account "Acme" heeft het gekoppelde domein "acme.fr"

    Scenario: Een bestaande gebruiker van een gekoppeld domein wordt toegevoegd door zich met Single Sign-On aan te melden
      Gegeven "sam@acme-labs.com" heeft een gratis account
      Als "sam@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan hoort "sam@acme-labs.com" bij "Acme"
      En "sam@acme-labs.com" ontvangt geen uitnodigingsmail
      En de lijst In afwachting van "Acme" is leeg

    Scenario: Gebruikers van meerdere gekoppelde domeinen worden op dezelfde manier toegevoegd
      Gegeven "chloe@acme.fr" heeft een gratis account
      Als "chloe@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt
      Dan hoort "chloe@acme.fr" bij "Acme"

  @rule-LIC-5 @assumption
  Regel: Gebruikers die samen met hun eigenaar toetreden, worden Basisgebruikers
    Geen van beide artikelen zegt wat er gebeurt met de licenties van de gebruikers die een eigenaar
    meeneemt (OWN-1). Het model gaat ervan uit dat de uitnodiging alleen voor de eigenaar geldt: de
    gebruikers die aan zijn account gekoppeld zijn, treden toe als Basisgebruikers en verliezen de
    functies van de licentie, zoals iedereen die als Basisgebruiker is uitgenodigd (LIC-1); een beheerder
    kan hun later een licentie toewijzen (LIC-2), als er een vrij is. De licenties van het nieuwe account
    worden nooit gebruikt zonder dat erom gevraagd is.

    Scenario: Een gekoppelde gebruiker met licentie treedt toe als Basisgebruiker en krijgt later een licentie
      Gegeven "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "ana@studio.nl" heeft een licentie
      En "olivia@acme.com" heeft de gebruiker "leo@studio.nl" met licentie aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan kan "leo@studio.nl" opnemen naar de cloud
      En "ana@studio.nl" is samen met de eigenaar "leo@studio.nl" lid geworden van "Acme"
      En "ana@studio.nl" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten
      En vergaderingen die "ana@studio.nl" organiseert, duren maximaal 40 minuten
      En "Acme" heeft 1 vrije licentie
      Als "adam@acme.com" een licentie aan "ana@studio.nl" toewijst
      Dan kan "ana@studio.nl" opnemen naar de cloud
      En "Acme" heeft 0 vrije licenties

    Scenario: Een gekoppelde Basisgebruiker heeft niets te verliezen
      Gegeven "leo@studio.nl" heeft een gratis account
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert
      Dan verliest "ana@studio.nl" geen enkele functie bij het toetreden
      En "Acme" heeft 2 vrije licenties

  @rule-LIC-6 @assumption
  Regel: Single Sign-On volgt de regels van een uitnodiging: een betaald account, domeinen ingesteld door een beheerder, alleen bestaande gebruikers, als Basisgebruikers
    De artikelen zeggen niet hoe Single Sign-On gebruikers toevoegt. Het model gaat ervan uit dat de
    eigenaar of een beheerder van een betaald account de gekoppelde domeinen instelt (de vereisten PRE-1
    en PRE-2 gelden voor deze weg naar binnen net als voor een uitnodiging); dat een gebruiker die al een
    eigen account heeft, met een adres in een van die domeinen, zich met Single Sign-On aanmeldt en zonder
    uitnodiging toetreedt, als Basisgebruiker, met dezelfde terugbetalingskeuze als een uitgenodigde
    eigenaar (ACC-2); dat het adres gecontroleerd wordt voordat het domein gelezen wordt (SEC-5); dat op
    deze manier niemand wordt aangemaakt; en dat een lid van een ander account niet binnenkomt (SEC-3).
    Weigeringen: NOT_ADMIN_OR_OWNER (PRE-1), INVITER_ACCOUNT_NOT_PAID (PRE-2), NO_EXISTING_ACCOUNT,
    REFUND_CHOICE_REQUIRED (ACC-2), NOT_AN_ASSOCIATED_DOMAIN (LIC-4), MEMBER_OF_ANOTHER_ACCOUNT (SEC-3),
    INVALID_ADDRESS (SEC-5).

    Scenario: De eigenaar of een beheerder stelt de gekoppelde domeinen in, een gewoon lid niet
      Gegeven "sam@acme-labs.com" heeft een gratis account
      Als "adam@acme.com" het gekoppelde domein "acme-labs.com" aan "Acme" toevoegt
      En "mia@acme.com" het gekoppelde domein "acme.de" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      Als "sam@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan hoort "sam@acme-labs.com" bij "Acme"

    Scenario: Een gratis account laat niemand binnen met Single Sign-On
      Gegeven het gratis account "Tiny" van eigenaar "tom@tiny.io"
      En het account "Tiny" heeft het gekoppelde domein "tiny.io"
      En "tim@tiny.io" heeft een gratis account
      Als "tim@tiny.io" zich met Single Sign-On bij "Tiny" aanmeldt
      Dan wordt het verzoek geweigerd met "INVITER_ACCOUNT_NOT_PAID"
      En "tim@tiny.io" heeft nog een eigen account
      Als "tom@tiny.io" het gekoppelde domein "tiny.example" aan "Tiny" toevoegt
      Dan wordt het verzoek geweigerd met "INVITER_ACCOUNT_NOT_PAID"

    Scenario: Single Sign-On maakt geen account aan voor iemand die er geen heeft
      Gegeven het account "Acme" heeft het gekoppelde domein "acme.fr"
      Als "chloe@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "NO_EXISTING_ACCOUNT"
      En "chloe@acme.fr" bestaat niet
      En "Acme" heeft 3 leden

    Scenario: Een individuele gebruiker met licentie uit een gekoppeld domein treedt toe als Basisgebruiker en kiest een terugbetaling
      Gegeven het account "Acme" heeft het gekoppelde domein "acme.fr"
      En "leo@acme.fr" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      Als "leo@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "REFUND_CHOICE_REQUIRED"
      Als "leo@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt en voor een terugbetaling kiest
      Dan hoort "leo@acme.fr" bij "Acme"
      En "leo@acme.fr" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten
      En is een terugbetaling van $ 10,64 naar de eigen betaalmethode van "leo@acme.fr" aangevraagd

    Scenario: Een adres buiten de gekoppelde domeinen kan zich niet aanmelden bij het account
      Gegeven het account "Acme" heeft het gekoppelde domein "acme-labs.com"
      Als "noah@outlook.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "NOT_AN_ASSOCIATED_DOMAIN"
      En "noah@outlook.com" heeft nog een eigen account

    Scenario: Een lid van een ander account kan ook niet binnenkomen met Single Sign-On
      Gegeven het account "Acme" heeft het gekoppelde domein "acme-labs.com"
      En het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      En "tom@acme-labs.com" is lid van "Globex"
      Als "tom@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      En "tom@acme-labs.com" hoort bij "Globex"

    Scenario: Het adres wordt gecontroleerd voordat het domein gelezen wordt
      Gegeven het account "Acme" heeft het gekoppelde domein "acme-labs.com"
      Als "attacker@evil.com#@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      Als "@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      Als "a b@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      En "Acme" heeft 3 leden
