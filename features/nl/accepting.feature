# language: nl
@area-accepting
Functionaliteit: Een uitnodiging voor een betaald account accepteren
  Als Zoom-gebruiker die is uitgenodigd voor het betaalde account van mijn organisatie
  Wil ik de uitnodiging accepteren en het niet-gebruikte deel van mijn eigen abonnement terugkrijgen
  Zodat ik me bij de organisatie aansluit zonder twee keer te betalen

  Specificatie (NL "Hoe gebruikers een uitnodiging accepteren"; FR "Comment les utilisateurs
  accepter un invitation"):
  - "De gebruiker klikt op de hyperlink of plakt deze in een browser om de uitnodiging te accepteren."
  - De eigenaar van een betaald account krijgt het niet-gebruikte deel van het abonnement naar rato
    terug: als terugbetaling naar de eigen betaalmethode of als tegoed dat wordt overgedragen naar het
    account waar hij/zij zich bij aansluit.
  - "Uw Rekening Balans laat zien hoeveel u op dit moment verschuldigd bent op uw rekening, niet het
    bedrag van uw bijschrijving/terugbetaling naar rato. U kunt geen lid worden van een andere account
    als u nog openstaande facturen hebt."
  - "Als je ervoor kiest om de terugbetaling te laten uitkeren via je eigen betalingsmethode, wordt de
    terugbetaling binnen 3-5 werkdagen verwerkt via je oorspronkelijke betalingsmethode."

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is

  @rule-ACC-1 @nl @fr
  Regel: De gebruiker accepteert door op de link in de uitnodigingsmail te klikken of deze in een browser te plakken

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Iemand met een gratis account klikt op de link en sluit zich aan
      Gegeven "lea@gmail.com" heeft een gratis account
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" op de hyperlink in de uitnodigingsmail van "Acme" klikt
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" staat niet in de lijst In afwachting van "Acme"

    Scenario: De eigenaar van een betaald account plakt de link in een browser en sluit zich aan
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodigingslink van "Acme" in een browser plakt en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" is aangevraagd

    Scenario: Zolang de link niet is geopend, blijft de gebruiker in het eigen account
      Gegeven "lea@gmail.com" heeft een gratis account
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan heeft "lea@gmail.com" nog een eigen account
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"

  @rule-ACC-2 @nl @fr @disagreement
  Regel: De eigenaar van een betaald account kiest tussen een terugbetaling naar de eigen betaalmethode en een overdracht van het tegoed

    Verschil tussen de artikelen: beide teksten geven de gebruiker een keuze. De Nederlandse tekst laat de
    eigenaar van een betaald account kiezen tussen een pro rata terugbetaling naar de eigen betaalmethode
    en het overdragen van het pro rata tegoed naar de nieuwe account ("kan hij/zij kiezen of ... terug wil
    ontvangen naar zijn/haar eigen betaalmethode of het pro rata tegoed wil overdragen"). De Franse tekst
    zegt ook "L'utilisateur a la possibilité de choisir", maar koppelt elke mogelijkheid aan een soort
    account: de terugbetaling "s'il est propriétaire d'un compte payant", de overdracht van het tegoed
    "s'ils sont titulaires d'un compte gratuit" (die geen tegoed hebben, zie ACC-7). Letterlijk gelezen
    krijgt de eigenaar van een betaald account alleen de terugbetaling aangeboden. Het model volgt
    standaard de Nederlandse lezing; in de Franse lezing wordt een overdracht van het tegoed door de
    eigenaar van een betaald account geweigerd.
    Aanname: de keuze is verplicht: de eigenaar van een betaald account die niet kiest, wordt geweigerd
    (REFUND_CHOICE_REQUIRED), net als een antwoord dat geen van beide is (INVALID_REFUND_CHOICE); de
    artikelen bieden de keuze zonder te zeggen wat er gebeurt als er geen wordt gemaakt. In de Franse
    lezing wordt een overdracht van het tegoed geweigerd met CREDIT_TRANSFER_NOT_OFFERED.

    Scenario: De eigenaar van een maandabonnement kiest voor een terugbetaling
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd
      En het tegoed van "Acme" is $ 0,00

    Scenario: De eigenaar van een maandabonnement kiest voor een overdracht van het tegoed naar het nieuwe account
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan is er geen terugbetaling aangevraagd voor "lea@gmail.com"
      En het tegoed van "Acme" is $ 10,64

    @assumption
    Scenario: De eigenaar van een betaald account moet een keuze maken
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "REFUND_CHOICE_REQUIRED"
      En "lea@gmail.com" heeft nog een eigen account

    @assumption
    Scenario: Een antwoord dat geen terugbetaling en geen overdracht van het tegoed is, wordt geweigerd en er wordt niets uitbetaald
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert met het antwoord "refnud" op de terugbetalingskeuze
      Dan wordt het verzoek geweigerd met "INVALID_REFUND_CHOICE"
      En "lea@gmail.com" heeft nog een eigen account
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert met het antwoord "Refund" op de terugbetalingskeuze
      Dan wordt het verzoek geweigerd met "INVALID_REFUND_CHOICE"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert met het antwoord "" op de terugbetalingskeuze
      Dan wordt het verzoek geweigerd met "INVALID_REFUND_CHOICE"
      En er is geen terugbetaling aangevraagd voor "lea@gmail.com"
      En het tegoed van "Acme" is $ 0,00
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan heeft "lea@gmail.com" $ 10,64 één keer teruggekregen, als terugbetaling of als tegoed

    @reading-fr
    Scenario: Franse lezing - de eigenaar van een betaald account krijgt geen overdracht van het tegoed aangeboden
      Gegeven het model volgt de Franse lezing van de terugbetalingskeuze
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan wordt het verzoek geweigerd met "CREDIT_TRANSFER_NOT_OFFERED"
      En "lea@gmail.com" heeft nog een eigen account
      En het tegoed van "Acme" is $ 0,00

    @reading-fr
    Scenario: Franse lezing - de eigenaar van een betaald account krijgt een terugbetaling
      Gegeven het model volgt de Franse lezing van de terugbetalingskeuze
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" is aangevraagd

  @rule-ACC-3 @assumption
  Regel: Het pro rata bedrag is de prijs van het abonnement maal de resterende dagen gedeeld door de dagen van de periode, eenmaal half naar boven afgerond

    Geen van beide teksten zegt hoe het niet-gebruikte deel wordt berekend. Aanname: de dagen vanaf de
    dag van acceptatie (inbegrepen) tot het einde van de periode (niet inbegrepen), gedeeld door de
    dagen van de periode, toegepast op de prijs in centen en één keer half naar boven afgerond op de cent.
    Een betaald abonnement wordt aan het einde van elke periode verlengd (een maandabonnement met een
    maand, een jaarabonnement met een jaar): de periode is die van de dag van acceptatie.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Een maandabonnement, geaccepteerd op 10 maart
      # maart heeft 31 dagen; van 2026-03-10 tot 2026-04-01 blijven 22 dagen over: $ 14,99 x 22 / 31 = $ 10,638... -> $ 10,64
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 10,64

    Scenario: Een jaarabonnement, geaccepteerd op 10 maart
      # 2026 heeft 365 dagen; van 2026-03-10 tot 2027-01-01 blijven 297 dagen over: $ 149,90 x 297 / 365 = $ 121,973... -> $ 121,97
      Gegeven "lea@gmail.com" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 121,97
      En een terugbetaling van $ 121,97 naar de eigen betaalmethode van "lea@gmail.com" is aangevraagd

    Scenario: Een maandabonnement dat vóór de acceptatie is verlengd, wordt pro rata over de nieuwe periode berekend
      # het abonnement is op 2026-04-01 verlengd voor 2026-04-01 tot 2026-05-01 (30 dagen); op 2026-04-16 blijven 15 dagen over: $ 7,495 -> $ 7,50
      Gegeven dat het vandaag 2026-04-16 is
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 7,50

    Scenario: Een maandabonnement dat op de 15e wordt verlengd, telt de echte dagen van zijn kalendermaand
      # de periode van 2027-01-15 tot 2027-02-15 heeft 31 dagen; op 2027-01-30 blijven er 16 over: $ 14,99 x 16 / 31 = $ 7,736... -> $ 7,74 (niet $ 7,99 van een maand van 30 dagen)
      Gegeven dat het vandaag 2027-01-30 is
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2027-01-15 tot 2027-02-15
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 7,74

    Scenario: Na de verlenging op 15 februari is de periode de 28 dagen van februari
      # verlengd op 2027-02-15 voor 2027-02-15 tot 2027-03-15 (28 dagen); op 2027-03-02 blijven er 13 over: $ 14,99 x 13 / 28 = $ 6,959... -> $ 6,96
      Gegeven dat het vandaag 2027-03-02 is
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2027-01-15 tot 2027-02-15
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 6,96

    Scenario: Een halve cent wordt naar boven afgerond, één keer
      # april heeft 30 dagen; van 2026-04-16 tot 2026-05-01 blijven 15 dagen over: $ 14,99 x 15 / 30 = $ 7,495 -> $ 7,50
      Gegeven dat het vandaag 2026-04-16 is
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-04-01 tot 2026-05-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan is het pro rata bedrag voor "lea@gmail.com" $ 7,50
      En het tegoed van "Acme" is $ 7,50

    Scenario: Geaccepteerd op de laatste dag van de periode, dan blijft er één dag over
      # van 2026-03-31 tot 2026-04-01 blijft 1 dag over: $ 14,99 x 1 / 31 = $ 0,4835... -> $ 0,48
      Gegeven dat het vandaag 2026-03-31 is
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan is het pro rata bedrag dat "lea@gmail.com" vandaag zou terugkrijgen $ 0,48

  @rule-ACC-4 @nl @fr
  Regel: De rekeningbalans is wat het account op de afschriftdatum verschuldigd is, niet de pro rata terugbetaling of het pro rata tegoed

    "Uw Rekening Balans laat zien hoeveel u op dit moment verschuldigd bent op uw rekening, niet het
    bedrag van uw bijschrijving/terugbetaling naar rato." Een eigenaar wiens balans een verschuldigd
    bedrag toont, heeft openstaande facturen en kan zich niet aansluiten (ACC-5).
    De Nederlandse tekst zegt "op dit moment" waar de Franse "à la date du relevé" (op de afschriftdatum)
    zegt, wat de titel volgt. De balans in het model is wat de openstaande facturen die dag verschuldigd
    zijn: hetzelfde bedrag in beide bewoordingen, want niets is verschuldigd buiten een factuur.
    Weigeringen: UNPAID_INVOICES (ACC-5).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Een eigenaar met een openstaand saldo wordt geblokkeerd, wat het pro rata bedrag ook is
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "lea@gmail.com" heeft een openstaande factuur van $ 14,99
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan is de rekeningbalans van "lea@gmail.com" $ 14,99
      En het pro rata bedrag dat "lea@gmail.com" vandaag zou terugkrijgen, is $ 10,64
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "UNPAID_INVOICES"
      En er is geen terugbetaling aangevraagd voor "lea@gmail.com"

    Scenario: Een eigenaar zonder achterstand heeft een balans van nul en krijgt toch de pro rata terugbetaling
      Gegeven "lea@gmail.com" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01
      En "lea@gmail.com" heeft een betaalde factuur van $ 149,90
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan is de rekeningbalans van "lea@gmail.com" $ 0,00
      En het pro rata bedrag dat "lea@gmail.com" vandaag zou terugkrijgen, is $ 121,97
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 121,97 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd

  @rule-ACC-5 @nl @fr
  Regel: Een gebruiker met openstaande facturen kan geen lid worden van een ander account

    Weigeringen: UNPAID_INVOICES.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Twee openstaande facturen blokkeren het lidmaatschap
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "lea@gmail.com" heeft een openstaande factuur van $ 14,99
      En "lea@gmail.com" heeft een openstaande factuur van $ 4,50
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan wordt het verzoek geweigerd met "UNPAID_INVOICES"
      En "lea@gmail.com" heeft nog een eigen account
      En het tegoed van "Acme" is $ 0,00

    Scenario: Zodra de openstaande facturen betaald zijn, sluit de gebruiker zich aan en krijgt het pro rata bedrag
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "lea@gmail.com" heeft een openstaande factuur van $ 14,99
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "UNPAID_INVOICES"
      Als "lea@gmail.com" de openstaande facturen betaalt
      Dan is de rekeningbalans van "lea@gmail.com" $ 0,00
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" is aangevraagd

    Scenario: Betaalde facturen blokkeren het lidmaatschap niet
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "lea@gmail.com" heeft een betaalde factuur van $ 14,99
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan hoort "lea@gmail.com" bij "Acme"

  @rule-ACC-6 @nl @fr
  Regel: Een terugbetaling wordt uiterlijk op de 5e werkdag na de aanvraag uitbetaald via de oorspronkelijke betaalmethode

    NL "wordt de terugbetaling binnen 3-5 werkdagen verwerkt via je oorspronkelijke betalingsmethode"; FR
    "dans les 3 à 5 jours ouvrables après avoir soumis votre demande de remboursement". Werkdagen zijn
    geen weekenddagen en geen feestdagen. (Dat ze niet voor de 3e werkdag wordt uitbetaald, is een
    aanname van het model: regel ACC-8.)

    Scenario: Een terugbetaling aangevraagd op een dinsdag is uiterlijk de dinsdag erna uitbetaald
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan moet de terugbetaling aan "lea@gmail.com" tussen 2026-03-13 en 2026-03-17 worden uitbetaald
      Als het 2026-03-16 wordt
      Dan is de terugbetaling aan "lea@gmail.com" nog niet uitbetaald
      Als het 2026-03-17 wordt
      Dan is de terugbetaling aan "lea@gmail.com" uitbetaald op 2026-03-17

    Scenario: Een terugbetaling aangevraagd op een donderdag loopt over het weekend
      # donderdag 2026-03-12: vr 13 (1), ma 16 (2), di 17 (3), wo 18 (4), do 19 (5)
      Gegeven dat het vandaag 2026-03-12 is
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 9,67 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd
      En de terugbetaling aan "lea@gmail.com" moet tussen 2026-03-17 en 2026-03-19 worden uitbetaald
      Als het 2026-03-18 wordt
      Dan is de terugbetaling aan "lea@gmail.com" nog niet uitbetaald
      Als het 2026-03-19 wordt
      Dan is de terugbetaling aan "lea@gmail.com" uitbetaald op 2026-03-19

    Scenario: Een feestdag, opgegeven nadat het account bestaat, stelt de terugbetaling één werkdag uit
      # donderdag 2026-04-02: vr 3 (1), tweede paasdag ma 6 is een feestdag, di 7 (2), wo 8 (3), do 9 (4), vr 10 (5)
      Gegeven dat het vandaag 2026-04-02 is
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En 2026-04-06 is een feestdag
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-04-01 tot 2026-05-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 14,49 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd
      En de terugbetaling aan "lea@gmail.com" moet tussen 2026-04-08 en 2026-04-10 worden uitbetaald
      Als het 2026-04-09 wordt
      Dan is de terugbetaling aan "lea@gmail.com" nog niet uitbetaald
      Als het 2026-04-10 wordt
      Dan is de terugbetaling aan "lea@gmail.com" uitbetaald op 2026-04-10

  @rule-ACC-7 @nl @fr
  Regel: Iemand met een gratis account sluit zich aan zonder iets terug te krijgen

    Alleen wie een betaald abonnement heeft, krijgt het niet-gebruikte deel terug: NL "Individuele
    gebruikers met betaalde accounts ontvangen restitutie voor de resterende duur van hun abonnement"; FR
    "recevoir son remboursement au prorata ... s'il est propriétaire d'un compte payant". Een gratis account
    heeft geen niet-gebruikt deel om terug te geven. Letterlijk geeft dezelfde Franse zin wie een gratis
    account heeft een overdracht van tegoed ("transférer le solde créditeur au prorata ... s'ils sont
    titulaires d'un compte gratuit"): het model volgt dat niet, een gratis account draagt niets over (zie
    ACC-2). (De Franse inleiding "vous pourrez rembourser tout membre individuel disposant d'un compte
    payant" zegt wie terugbetaalt, de uitnodigende organisatie: zie ACC-11.)

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Iemand met een gratis account sluit zich aan zonder terugbetalingskeuze
      Gegeven "lea@gmail.com" heeft een gratis account
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En het pro rata bedrag voor "lea@gmail.com" is $ 0,00
      En er is geen terugbetaling aangevraagd voor "lea@gmail.com"

    Scenario: Iemand met een gratis account die voor een overdracht van het tegoed kiest, draagt niets over
      Gegeven "lea@gmail.com" heeft een gratis account
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En het tegoed van "Acme" is $ 0,00
      En er wordt geen e-mailbevestiging van een tegoed naar "olivia@acme.com" gestuurd

  @rule-ACC-8 @assumption
  Regel: Een terugbetaling wordt niet voor de 3e werkdag na de aanvraag uitbetaald

    "Binnen 3-5 werkdagen" geeft de periode waarin de terugbetaling verwerkt wordt; dat de betaalprovider
    niet eerder dan op de 3e werkdag uitbetaalt, is een lezing van het model, niet van de artikelen.
    Weigeringen: REFUND_OUTSIDE_WINDOW (ACC-6).

    Scenario: Uitbetalen op de 2e werkdag is te vroeg, op de 3e wordt uitbetaald
      # dinsdag 2026-03-10: wo 11 (1), do 12 (2), vr 13 (3)
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En het 2026-03-12 wordt
      En de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-12 uitbetaalt
      Dan wordt het verzoek geweigerd met "REFUND_OUTSIDE_WINDOW"
      En de terugbetaling aan "lea@gmail.com" is nog niet uitbetaald
      Als het 2026-03-13 wordt
      En de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-13 uitbetaalt
      Dan is de terugbetaling aan "lea@gmail.com" uitbetaald op 2026-03-13

    Scenario: Een weekenddag is nooit een dag van uitbetaling
      # donderdag 2026-03-12: de eerste werkdag is vr 13, de 3e di 17
      Gegeven dat het vandaag 2026-03-12 is
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-14 uitbetaalt
      Dan wordt het verzoek geweigerd met "REFUND_OUTSIDE_WINDOW"
      Als de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-17 uitbetaalt
      Dan is de terugbetaling aan "lea@gmail.com" uitbetaald op 2026-03-17

  @rule-ACC-9 @assumption
  Regel: Elke pro rata cent wordt één keer teruggegeven, als terugbetaling of als tegoed, nooit allebei en nooit twee keer

    Geen van beide artikelen zegt het met zoveel woorden; het is wat "restitutie voor de resterende duur
    van hun abonnement" betekent. Een tweede klik op de link, twee browsertabbladen die dezelfde link op
    hetzelfde moment versturen of een betaalprovider die dezelfde terugbetaling twee keer uitbetaalt,
    laten nooit iets een tweede keer betalen.
    Weigeringen: INVITATION_ALREADY_USED (SEC-2), REFUND_OUTSIDE_WINDOW (ACC-6).

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"

    Scenario: Een tweede klik op de link van een betaald abonnement betaalt niets extra
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan wordt het verzoek geweigerd met "INVITATION_ALREADY_USED"
      En "lea@gmail.com" heeft $ 10,64 één keer teruggekregen, als terugbetaling of als tegoed
      En er is geen terugbetaling aangevraagd voor "lea@gmail.com"
      En het tegoed van "Acme" is $ 10,64

    Scenario: De betaalprovider kan dezelfde terugbetaling niet twee keer uitbetalen
      Gegeven "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      En de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-13 uitbetaalt
      En de betaalprovider de terugbetaling aan "lea@gmail.com" op 2026-03-16 uitbetaalt
      Dan wordt het verzoek geweigerd met "REFUND_OUTSIDE_WINDOW"
      En de terugbetaling aan "lea@gmail.com" is uitbetaald op 2026-03-13

    Scenario: Wie de link op hetzelfde moment in twee browsertabbladen opent, krijgt één keer geld terug
      # een massamigratie: veel mensen klikken tegelijk, sommigen twee keer
      Gegeven "olivia@acme.com" heeft 60 mensen met een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01 uitgenodigd voor "Acme"
      Als elk van hen de uitnodigingslink tegelijk in twee browsertabbladen opent, met een terugbetaling in het ene en een overdracht van het tegoed in het andere
      Dan is bij elk van hen het ene tabblad gelukt en het andere geweigerd met "INVITATION_ALREADY_USED"
      En elk van hen staat één keer in de ledenlijst van "Acme"
      En elk van hen heeft $ 10,64 één keer teruggekregen, als terugbetaling of als tegoed

  @rule-ACC-10 @nl
  Regel: Na het toetreden meldt de gebruiker zich aan zoals daarvoor, op zoom.us, met hetzelfde adres en wachtwoord
    NL "Nadat de bovenstaande stappen zijn voltooid, kan de gebruiker zich aanmelden zoals daarvoor door
    naar zoom.us te gaan. De gebruiker is nu lid van het account van je organisatie." De Franse tekst
    zegt het niet.
    Weigeringen: SIGN_IN_FAILED.

    Achtergrond:
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een gratis account
      En "lea@gmail.com" heeft het wachtwoord "Tulip-2026"

    Scenario: Hetzelfde adres en wachtwoord melden de gebruiker aan, voor en na het toetreden
      Als "lea@gmail.com" zich op zoom.us aanmeldt met het wachtwoord "Tulip-2026"
      Dan is "lea@gmail.com" aangemeld bij het eigen account
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" zich op zoom.us aanmeldt met het wachtwoord "Tulip-2026"
      Dan is "lea@gmail.com" aangemeld bij "Acme"

    Scenario: Toetreden geeft geen nieuw wachtwoord
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En "lea@gmail.com" zich op zoom.us aanmeldt met het wachtwoord "Welcome-Acme"
      Dan wordt het verzoek geweigerd met "SIGN_IN_FAILED"

  @rule-ACC-11 @nl @disagreement
  Regel: De terugbetaling komt uit het eigen abonnement van de gebruiker; het uitnodigende account betaalt er niets voor

    Verschil tussen de artikelen over wie terugbetaalt: de Nederlandse inleiding zegt dat de gebruikers
    restitutie ontvangen ("Individuele gebruikers met betaalde accounts ontvangen restitutie voor de
    resterende duur van hun abonnement als ze je uitnodiging accepteren"), de Franse inleiding dat de
    uitnodigende organisatie hen kan terugbetalen ("vous pourrez rembourser tout membre individuel
    disposant d'un compte payant pour le reste de son abonnement"). Het model volgt de Nederlandse lezing,
    met de Franse opmerkingen ("Vous recevrez le remboursement sur votre mode de paiement d'origine") en de
    Nederlandse ("de pro rata terugbetaling voor zijn/haar huidige abonnement ... naar zijn/haar eigen
    betaalmethode", "via je oorspronkelijke betalingsmethode"); de Nederlandse inleiding zelf zegt alleen wie
    de restitutie ontvangt. Dus: het niet-gebruikte deel van het eigen abonnement wordt aan de gebruiker
    terugbetaald en het uitnodigende account betaalt niets. In de Franse lezing betaalt het uitnodigende
    account: het krijgt een factuur van hetzelfde bedrag.

    Achtergrond:
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd

    Scenario: Het uitnodigende account betaalt niets voor een terugbetaling
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd
      En "Acme" heeft geen factuur

    @reading-fr
    Scenario: Franse lezing - het uitnodigende account betaalt de terugbetaling
      Gegeven het model volgt de Franse lezing van wie de terugbetaling betaalt
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van $ 10,64 naar de eigen betaalmethode van "lea@gmail.com" aangevraagd
      En de laatste factuur van "Acme" staat open met $ 10,64 te betalen
