# language: nl
@area-account-owners
Functionaliteit: De eigenaar van een account accepteert een uitnodiging
  Als eigenaar van een account dat is uitgenodigd voor het betaalde account van mijn organisatie
  Wil ik weten wat er gebeurt met de gebruikers op mijn account, mijn Zoom Rooms en mijn annuleringsverzoek
  Zodat ik mijn account kan voorbereiden en zonder verrassingen kan accepteren

  Specificatie (NL "Opmerkingen"; FR "Remarques"):
  - NL "Als de eigenaar van een account wordt uitgenodigd om zich bij een account aan te sluiten, zullen
    de eigenaar en alle gebruikers op de account zich bij de account aansluiten, inclusief eventuele
    gebruikers buiten het beheerde domein dat de account kan hebben. Als deze externe gebruikers ongewenst
    zijn in de nieuwe account, moeten ze ontkoppeld of verwijderd worden voordat u de uitnodiging namens de
    hele account accepteert."
  - FR "Le propriétaire du compte doit supprimer, dissocier ou inviter tous les utilisateurs qui sont encore
    liés à votre compte afin de laissez l'invitation être acceptée ... si vous ne pouvez pas accepter
    l'invitation en raison de l'erreur 1009." (de eigenaar moet alle gebruikers die nog aan het account
    gekoppeld zijn verwijderen, ontkoppelen of uitnodigen, anders volgt fout 1009).
  - NL "Eigenaars kunnen geen uitnodiging accepteren als er nog Zoom Rooms op de account staan. Deze moeten
    verwijderd worden op de pagina Zoom Rooms voordat de eigenaar de uitnodiging kan accepteren."
  - NL "Als je eerder een annuleringsverzoek voor je account hebt ingediend ... Klik op je
    Factureringspagina op Abonnement heractiveren. Na heractivering kun je de uitnodiging voor het nieuwe
    account accepteren. Door dit te doen, ontvang je een evenredig tegoed/evenredige terugbetaling voor het
    niet-gebruikte deel van je abonnement."

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is

  @rule-OWN-1 @nl @disagreement
  Regel: De eigenaar sluit zich aan samen met alle gebruikers op het account, ook gebruikers buiten het beheerde domein

    Verschil tussen de artikelen: de Nederlandse tekst zegt dat de eigenaar en alle gebruikers op het account zich bij het
    nieuwe account aansluiten, inclusief gebruikers buiten het beheerde domein. De Franse tekst zegt
    juist dat een eigenaar met nog gekoppelde gebruikers niet kan accepteren (fout 1009) zolang die niet
    zijn verwijderd, ontkoppeld of uitgenodigd (OWN-3). Het model volgt standaard de Nederlandse lezing;
    de Franse lezing geeft fout 1009.

    Scenario: De eigenaar van een betaald account neemt een gebruiker binnen het domein en een externe gebruiker mee
      # de terugbetaling van de eigenaar: $ 14,99 x 22 / 31 dagen = $ 10,64; de gebruikers krijgen zelf niets terug
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En het account van "leo@studio.nl" beheert het domein "studio.nl"
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "sam@gmail.com" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Dan staan buiten het beheerde domein van het account van "leo@studio.nl" de gebruikers "sam@gmail.com"
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En "ana@studio.nl" is samen met de eigenaar "leo@studio.nl" lid geworden van "Acme"
      En "sam@gmail.com" is samen met de eigenaar "leo@studio.nl" lid geworden van "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "leo@studio.nl" is aangevraagd
      En er is geen terugbetaling aangevraagd voor "sam@gmail.com"

    Scenario: De eigenaar van een gratis account neemt de twee gebruikers mee
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een gratis account
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "sam@gmail.com" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert
      Dan hoort "leo@studio.nl" bij "Acme"
      En "ana@studio.nl" hoort bij "Acme"
      En "sam@gmail.com" hoort bij "Acme"

    @reading-fr
    Scenario: Franse lezing - de eigenaar kan de gekoppelde gebruikers niet meenemen (fout 1009)
      Gegeven het model volgt de Franse lezing van gekoppelde gebruikers
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "sam@gmail.com" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "1009"
      En "leo@studio.nl" heeft nog een eigen account
      En "sam@gmail.com" hoort niet bij "Acme"

  @rule-OWN-2 @nl
  Regel: Ongewenste externe gebruikers worden ontkoppeld of verwijderd voordat de eigenaar accepteert

    Een ontkoppelde gebruiker verlaat het account en houdt een eigen gratis account; een verwijderde
    gebruiker wordt met alle gegevens gewist. In beide gevallen sluit die gebruiker zich niet aan bij het
    nieuwe account.
    Aanname: een verwijderde gebruiker wordt met de eigen gegevens gewist (de tekst zegt alleen
    "verwijderd"), en alleen de eigenaar of een beheerder ontkoppelt of verwijdert een gebruiker
    (NOT_ADMIN_OR_OWNER, zoals PRE-1).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En het account van "leo@studio.nl" beheert het domein "studio.nl"
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "sam@gmail.com" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd

    Scenario: De eigenaar ontkoppelt de externe gebruiker, die een eigen account houdt
      Als "leo@studio.nl" de gebruiker "sam@gmail.com" van het eigen account ontkoppelt
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En "ana@studio.nl" hoort bij "Acme"
      En "sam@gmail.com" hoort niet bij "Acme"
      En "sam@gmail.com" heeft nog een eigen account

    @assumption
    Scenario: De eigenaar verwijdert de externe gebruiker, die wordt gewist
      Als "leo@studio.nl" de gebruiker "sam@gmail.com" van het eigen account verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan hoort "ana@studio.nl" bij "Acme"
      En "sam@gmail.com" bestaat niet meer
      En het tegoed van "Acme" is $ 10,64

    @assumption
    Scenario: Een gebruiker die eigenaar noch beheerder is, kan geen andere gebruiker ontkoppelen
      Als "ana@studio.nl" de gebruiker "sam@gmail.com" van het eigen account ontkoppelt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "sam@gmail.com" is nog steeds gekoppeld aan het account van "leo@studio.nl"

  @rule-OWN-3 @fr @disagreement
  Regel: Fout 1009 - de eigenaar kan niet accepteren zolang er nog andere gebruikers aan het account gekoppeld zijn

    Verschil tussen de artikelen: volgens de Franse tekst moet de eigenaar elke gebruiker die nog aan het
    account gekoppeld is verwijderen, ontkoppelen of uitnodigen voordat de uitnodiging kan worden
    geaccepteerd; anders mislukt het accepteren met fout 1009. Volgens de Nederlandse tekst sluiten die
    gebruikers zich samen met de eigenaar aan (OWN-1). Het model volgt standaard de Nederlandse lezing; deze
    scenario's gebruiken de Franse lezing. Het Franse "inviter" (de gekoppelde gebruikers uitnodigen voor
    het nieuwe account) is niet gemodelleerd, omdat een gebruiker die lid is van een ander account niet kan
    accepteren (SEC-3); de melding van fout 1009 biedt dus alleen aan wat werkt: de gebruikers verwijderen
    of ontkoppelen.
    Beslissing, met de artikelen in de hand: het Franse "inviter" (uitnodigen) blijft buiten het model.
    Een gekoppelde gebruiker uitnodigen voor het nieuwe account haalt die niet van het account van de
    eigenaar, en als lid van een ander account kan die niet accepteren (SEC-3): het laatste scenario toont
    dat, in de Franse lezing.
    Weigeringen: MEMBER_OF_ANOTHER_ACCOUNT (SEC-3).

    @reading-fr
    Scenario: Fout 1009 zolang niet elke gekoppelde gebruiker is ontkoppeld of verwijderd
      Gegeven het model volgt de Franse lezing van gekoppelde gebruikers
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "sam@gmail.com" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "1009"
      En "ana@studio.nl" is nog steeds gekoppeld aan het account van "leo@studio.nl"
      En er is geen terugbetaling aangevraagd voor "leo@studio.nl"
      Als "leo@studio.nl" de gebruiker "ana@studio.nl" van het eigen account ontkoppelt
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "1009"
      Als "leo@studio.nl" de gebruiker "sam@gmail.com" van het eigen account verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En "ana@studio.nl" heeft nog een eigen account
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "leo@studio.nl" is aangevraagd

    @reading-fr
    Scenario: Een eigenaar die alleen op het account staat, krijgt nooit fout 1009
      Gegeven het model volgt de Franse lezing van gekoppelde gebruikers
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En een terugbetaling van $ 121,97 naar de eigen betaalmethode van "leo@studio.nl" is aangevraagd

    @reading-fr
    Scenario: Franse lezing - een gekoppelde gebruiker uitnodigen heft fout 1009 niet op, en die gebruiker kan niet accepteren
      Gegeven het model volgt de Franse lezing van gekoppelde gebruikers
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "olivia@acme.com" de gebruiker "ana@studio.nl" aan "Acme" toevoegt
      En "ana@studio.nl" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "1009"
      En "ana@studio.nl" is nog steeds gekoppeld aan het account van "leo@studio.nl"

  @rule-OWN-4 @nl @fr @disagreement
  Regel: De eigenaar kan niet accepteren zolang er nog Zoom Rooms op het account staan

    Verschil tussen de artikelen: de Nederlandse tekst maakt van Zoom Rooms een aparte voorwaarde voor de
    eigenaar ("Eigenaars kunnen geen uitnodiging accepteren als er nog Zoom Rooms op de account staan. Deze
    moeten verwijderd worden op de pagina Zoom Rooms"). De Franse tekst koppelt ze aan fout 1009: als
    verwijderen, ontkoppelen of uitnodigen van de gekoppelde gebruikers geen optie is, "vous devrez
    peut-être supprimer la salle Zoom de la page Salles Zoom avant acceptant l'invitation". Het model volgt
    de Nederlandse lezing (geweigerd met ZOOM_ROOMS_ON_ACCOUNT zolang er een Zoom Room is); in de Franse
    lezing geeft een Zoom Room die op het account blijft fout 1009.
    Weigeringen: UNPAID_INVOICES (ACC-5).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd

    Scenario: De eigenaar verwijdert de Zoom Room en accepteert daarna
      Gegeven "leo@studio.nl" heeft de Zoom Room "Directiekamer" op het eigen account
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "ZOOM_ROOMS_ON_ACCOUNT"
      En "leo@studio.nl" heeft nog een eigen account
      Als "leo@studio.nl" de Zoom Room "Directiekamer" op de pagina Zoom Rooms verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "leo@studio.nl" is aangevraagd

    Scenario: Alle Zoom Rooms moeten worden verwijderd, één is niet genoeg
      Gegeven "leo@studio.nl" heeft de Zoom Room "Directiekamer" op het eigen account
      En "leo@studio.nl" heeft de Zoom Room "Lobby" op het eigen account
      Als "leo@studio.nl" de Zoom Room "Directiekamer" op de pagina Zoom Rooms verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan wordt het verzoek geweigerd met "ZOOM_ROOMS_ON_ACCOUNT"
      En het tegoed van "Acme" is $ 0,00
      Als "leo@studio.nl" de Zoom Room "Lobby" op de pagina Zoom Rooms verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En het tegoed van "Acme" is $ 10,64

    Scenario: Met een openstaande factuur en een Zoom Room wordt de eigenaar om de ene of de andere reden geweigerd
      # de artikelen zeggen niet welk obstakel eerst gemeld wordt
      Gegeven "leo@studio.nl" heeft de Zoom Room "Vergaderzaal" op het eigen account
      En "leo@studio.nl" heeft een openstaande factuur van $ 14,99
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met een van de codes "UNPAID_INVOICES", "ZOOM_ROOMS_ON_ACCOUNT"
      Als "leo@studio.nl" de openstaande facturen betaalt
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "ZOOM_ROOMS_ON_ACCOUNT"

    @reading-fr
    Scenario: Franse lezing - een Zoom Room die op het account blijft, geeft fout 1009
      Gegeven het model volgt de Franse lezing van Zoom Rooms
      En "leo@studio.nl" heeft de Zoom Room "Vergaderzaal" op het eigen account
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "1009"
      Als "leo@studio.nl" de Zoom Room "Vergaderzaal" op de pagina Zoom Rooms verwijdert
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"

  @rule-OWN-5 @nl @fr
  Regel: Een lopend annuleringsverzoek wordt eerst ongedaan gemaakt met "Abonnement heractiveren", en het evenredige tegoed of de evenredige terugbetaling volgt toch

    Weigeringen: PENDING_CANCELLATION.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Abonnement heractiveren, accepteren, en de pro rata terugbetaling volgt toch
      Gegeven "leo@studio.nl" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "leo@studio.nl" heeft een annuleringsverzoek voor het eigen abonnement ingediend
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "PENDING_CANCELLATION"
      En er is geen terugbetaling aangevraagd voor "leo@studio.nl"
      Als "leo@studio.nl" op de Factureringspagina op Abonnement heractiveren klikt
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "leo@studio.nl" is aangevraagd

    Scenario: Twee dagen later het abonnement heractiveren, accepteren, en het pro rata tegoed wordt toch overgedragen
      # geaccepteerd op 2026-03-12: $ 149,90 x 295 / 365 dagen = $ 121,150... -> $ 121,15
      Gegeven "leo@studio.nl" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01
      En "leo@studio.nl" heeft een annuleringsverzoek voor het eigen abonnement ingediend
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan wordt het verzoek geweigerd met "PENDING_CANCELLATION"
      Als het 2026-03-12 wordt
      En "leo@studio.nl" op de Factureringspagina op Abonnement heractiveren klikt
      En "leo@studio.nl" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan hoort "leo@studio.nl" bij "Acme"
      En "olivia@acme.com" ontvangt een e-mailbevestiging van het tegoedbedrag $ 121,15 van "leo@studio.nl"
      En het tegoed van "Acme" is $ 121,15

  @rule-OWN-6 @assumption
  Regel: Wie samen met de eigenaar toetreedt, heeft geen openstaande uitnodiging van dat account meer
    Geen van beide artikelen zegt het. Een gebruiker die aan het account van een eigenaar gekoppeld is,
    kan ook een eigen uitnodiging hebben gekregen van het account waar de eigenaar zich bij aansluit.
    Zodra ze lid is, is die uitnodiging niet meer nodig: ze verdwijnt uit de lijst In afwachting, maakt
    de licentie vrij die ze vasthield, en haar link meldt dat ze al lid is.
    Weigeringen: ALREADY_MEMBER (INV-1).

    Scenario: De eigen uitnodiging met licentie van de gekoppelde gebruiker verdwijnt uit de lijst In afwachting en maakt de licentie vrij
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com" met 1 licentie
      En "leo@studio.nl" heeft een gratis account
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft de gebruiker "ana@studio.nl" met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Dan heeft "Acme" 0 vrije licenties
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert
      Dan is "ana@studio.nl" samen met de eigenaar "leo@studio.nl" lid geworden van "Acme"
      En "ana@studio.nl" staat niet in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "ana@studio.nl" is niet meer nodig
      En de uitnodiging van "Acme" aan "ana@studio.nl" werd gesloten omdat die gebruiker samen met de eigenaar "leo@studio.nl" is toegetreden
      En "Acme" heeft 1 vrije licentie
      Als "olivia@acme.com" een licentie aan "ana@studio.nl" toewijst
      Dan kan "ana@studio.nl" opnemen naar de cloud
      En "Acme" heeft 0 vrije licenties

    Scenario: Haar eigen link meldt dan dat ze al lid is
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "leo@studio.nl" heeft een gratis account
      En "ana@studio.nl" is gekoppeld aan het account van "leo@studio.nl"
      En "olivia@acme.com" heeft "ana@studio.nl" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "leo@studio.nl" aan "Acme" toegevoegd
      Als "leo@studio.nl" de uitnodiging van "Acme" accepteert
      En "ana@studio.nl" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "ALREADY_MEMBER"
      En "ana@studio.nl" hoort bij "Acme"
      En de lijst In afwachting van "Acme" is leeg
