# language: nl
@area-credit
Functionaliteit: Tegoed dat naar het uitnodigende account wordt overgeboekt
  Als eigenaar van het betaalde account van mijn organisatie
  Wil ik weten hoeveel tegoed de gebruikers die ik heb uitgenodigd meebrengen, en zien dat het wordt gebruikt
  Zodat mijn organisatie minder betaalt voor de volgende facturen

  Specificatie (NL "Als het tegoed van een uitgenodigde gebruiker naar uw account wordt overgeboekt,
  ontvangt u een e-mailbevestiging van het tegoedbedrag. Als uw account op autopay staat, zal dit tegoed
  automatisch op toekomstige facturen worden toegepast. Als uw account netto voorwaarden heeft, kunt u via
  chat contact opnemen met Billing om dat tegoed toe te passen op een openstaande factuur."; FR "Votre
  compte recevra un e-mail de confirmation lorsque le crédit au prorata d'un utilisateur invité aura été
  transféré au vôtre, ainsi que le montant du crédit transféré. Vous recevrez un crédit automatiquement
  appliqué à votre prochaine facture, si votre compte est configuré pour payer automatiquement. Il est
  possible d'appliquer un crédit à une facture ouverte si vous avez des conditions nettes sur votre compte
  et contactez la facturation par chat.").
  Het tegoed komt binnen wanneer de eigenaar van een betaald account bij het accepteren kiest om het
  pro rata bedrag van het abonnement over te dragen naar het account waar hij/zij zich bij aansluit
  (ACC-2, ACC-3).

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En "lea@gmail.com" heeft een maandabonnement van $ 14,99 van 2026-03-01 tot 2026-04-01
    En "max@outlook.com" heeft een jaarabonnement van $ 149,90 van 2026-01-01 tot 2027-01-01

  @rule-CRE-1 @nl @fr @disagreement
  Regel: Het uitnodigende account ontvangt een e-mailbevestiging met het overgeboekte tegoedbedrag

    Wie ze ontvangt: de Nederlandse tekst zegt "ontvangt u" ("Als het tegoed van een uitgenodigde gebruiker
    naar uw account wordt overgeboekt, ontvangt u een e-mailbevestiging van het tegoedbedrag"), de Franse
    "Votre compte recevra un e-mail de confirmation". Beide spreken dezelfde lezer aan, de eigenaar of
    beheerder die de gebruikers toevoegt (PRE-1); geen van beide noemt de beheerder die de uitnodiging
    verstuurde in plaats van de eigenaar. De teksten verschillen nauwelijks: het verschil zit alleen in de
    bewoording, "votre compte" gelezen als de eigenaar van het account (de Franse lezing, waarin de eigenaar
    van het account ze ontvangt).
    Aanname: "u" en "vous" zijn wie de uitnodiging verstuurde, de eigenaar of een beheerder, die de
    bevestiging ontvangt.

    Scenario: Het tegoed van een maandabonnement wordt bevestigd aan de eigenaar van het uitnodigende account
      # $ 14,99 x 22 / 31 dagen = $ 10,64
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan ontvangt "olivia@acme.com" een e-mailbevestiging van het tegoedbedrag $ 10,64 van "lea@gmail.com"
      En het tegoed van "Acme" is $ 10,64

    Scenario: Elke overboeking wordt bevestigd met het eigen bedrag
      # $ 149,90 x 297 / 365 dagen = $ 121,97; $ 10,64 + $ 121,97 = $ 132,61
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "max@outlook.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan ontvangt "olivia@acme.com" een e-mailbevestiging van het tegoedbedrag $ 10,64 van "lea@gmail.com"
      En "olivia@acme.com" ontvangt een e-mailbevestiging van het tegoedbedrag $ 121,97 van "max@outlook.com"
      En het tegoed van "Acme" is $ 132,61

    Scenario: Een terugbetaling naar de eigen betaalmethode van de gebruiker stuurt geen tegoedbevestiging
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan ontvangt "olivia@acme.com" geen e-mailbevestiging van een tegoed
      En het tegoed van "Acme" is $ 0,00

    Scenario: De beheerder die uitnodigde, ontvangt de bevestiging van het tegoed
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "adam@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan ontvangt "adam@acme.com" een e-mailbevestiging van het tegoedbedrag $ 10,64 van "lea@gmail.com"
      En "olivia@acme.com" ontvangt geen e-mailbevestiging van een tegoed

    @reading-fr
    Scenario: Franse lezing - de eigenaar ontvangt de bevestiging van het tegoed als een beheerder uitnodigde
      Gegeven het model volgt de Franse lezing van de tegoedbevestiging
      En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "adam@acme.com" is beheerder van "Acme"
      En "adam@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan ontvangt "olivia@acme.com" een e-mailbevestiging van het tegoedbedrag $ 10,64 van "lea@gmail.com"
      En "adam@acme.com" ontvangt geen e-mailbevestiging van een tegoed

  @rule-CRE-2 @nl @fr
  Regel: Met autopay wordt het tegoed toegepast op de volgende factuur en wat overblijft op de facturen daarna

    Nuance: de Franse tekst zegt dat het tegoed wordt toegepast op "votre prochaine facture" (de
    volgende factuur), de Nederlandse tekst "op toekomstige facturen". Het model past het toe op de
    volgende factuur en draagt wat overblijft over naar de facturen daarna; zo klopt het met beide.

    Scenario: Het tegoed verlaagt de volgende factuur en autopay schrijft de rest af
      # $ 149,90 - $ 10,64 = $ 139,26
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 149,90 ontvangt
      Dan wordt $ 10,64 tegoed door autopay toegepast op de laatste factuur van "Acme"
      En autopay schrijft $ 139,26 af voor de laatste factuur van "Acme"
      En de laatste factuur van "Acme" is voldaan
      En het tegoed van "Acme" is $ 0,00

    Scenario: Een tegoed groter dan de volgende factuur wordt overgedragen naar de facturen daarna
      # $ 121,97 tegoed: $ 50,00 in april, $ 50,00 in mei, de laatste $ 21,97 in juni
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "max@outlook.com" aan "Acme" toegevoegd
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 50,00 ontvangt
      Dan wordt $ 50,00 tegoed door autopay toegepast op de laatste factuur van "Acme"
      En autopay schrijft $ 0,00 af voor de laatste factuur van "Acme"
      En het tegoed van "Acme" is $ 71,97
      Als het 2026-05-01 wordt
      En "Acme" een factuur van $ 50,00 ontvangt
      Dan wordt $ 50,00 tegoed door autopay toegepast op de laatste factuur van "Acme"
      En het tegoed van "Acme" is $ 21,97
      Als het 2026-06-01 wordt
      En "Acme" een factuur van $ 50,00 ontvangt
      Dan wordt $ 21,97 tegoed door autopay toegepast op de laatste factuur van "Acme"
      En autopay schrijft $ 28,03 af voor de laatste factuur van "Acme"
      En het tegoed van "Acme" is $ 0,00

  @rule-CRE-3 @nl @fr
  Regel: Met netto voorwaarden wacht het tegoed tot Billing, via chat gevraagd, het toepast op een openstaande factuur: de genoemde, anders de oudste

    NL "kunt u via chat contact opnemen met Billing om dat tegoed toe te passen op een openstaande
    factuur"; FR "Il est possible d'appliquer un crédit à une facture ouverte ... et contactez la
    facturation par chat". Geen van beide zegt welke: het model past het tegoed toe op de factuur die in de
    chat genoemd wordt, en als er geen genoemd wordt, op de oudste openstaande factuur (de oudste schuld
    wordt eerst voldaan).
    Aanname: als er geen factuur wordt genoemd, past Billing het tegoed toe op de oudste openstaande
    factuur; een chat met Billing voor een account met autopay wordt geweigerd (NOT_ON_NET_TERMS), omdat
    autopay het tegoed zelf toepast (CRE-2).
    Weigeringen: zonder openstaande factuur valt er geen tegoed toe te passen (NO_OPEN_INVOICE).

    Scenario: Het tegoed wacht op een chat met Billing en verlaagt dan de openstaande factuur
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 149,90 ontvangt
      Dan wordt er geen tegoed toegepast op de laatste factuur van "Acme"
      En de laatste factuur van "Acme" staat open met $ 149,90 te betalen
      En het tegoed van "Acme" is $ 10,64
      Als "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt $ 10,64 tegoed door Billing via chat toegepast op de laatste factuur van "Acme"
      En de laatste factuur van "Acme" staat open met $ 139,26 te betalen
      En het tegoed van "Acme" is $ 0,00

    Scenario: Een tegoed groter dan de openstaande factuur voldoet die en de rest blijft tegoed
      # $ 121,97 - $ 50,00 = $ 71,97 over
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "max@outlook.com" aan "Acme" toegevoegd
      Als "max@outlook.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 50,00 ontvangt
      En "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt $ 50,00 tegoed door Billing via chat toegepast op de laatste factuur van "Acme"
      En de laatste factuur van "Acme" is voldaan
      En het tegoed van "Acme" is $ 71,97

    Scenario: Zonder openstaande factuur kan Billing het tegoed nergens op toepassen
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt het verzoek geweigerd met "NO_OPEN_INVOICE"
      En het tegoed van "Acme" is $ 10,64

    @assumption
    Scenario: Een account op autopay heeft geen chat met Billing nodig
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt het verzoek geweigerd met "NOT_ON_NET_TERMS"
      En het tegoed van "Acme" is $ 10,64

    @assumption
    Scenario: Met meerdere openstaande facturen past Billing het tegoed eerst toe op de oudste
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "Acme" had al een openstaande factuur van $ 5,00 van 2026-02-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 149,90 ontvangt
      En "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt $ 5,00 tegoed door Billing via chat toegepast op de factuur van "Acme" van 2026-02-01
      En de factuur van "Acme" van 2026-02-01 is voldaan
      En de factuur van "Acme" van 2026-04-01 staat open met $ 149,90 te betalen
      En het tegoed van "Acme" is $ 5,64
      Als "Acme" via chat contact opneemt met Billing om het tegoed op een openstaande factuur toe te passen
      Dan wordt $ 5,64 tegoed door Billing via chat toegepast op de factuur van "Acme" van 2026-04-01
      En de factuur van "Acme" van 2026-04-01 staat open met $ 144,26 te betalen
      En het tegoed van "Acme" is $ 0,00

    Scenario: Billing past het tegoed toe op de openstaande factuur die in de chat genoemd wordt
      Gegeven het betaalde account "Acme" met netto voorwaarden van eigenaar "olivia@acme.com"
      En "Acme" had al een openstaande factuur van $ 50,00 van 2026-02-01
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En het 2026-04-01 wordt
      En "Acme" een factuur van $ 149,90 ontvangt
      En "Acme" via chat contact opneemt met Billing om het tegoed toe te passen op de factuur van 2026-04-01
      Dan wordt $ 10,64 tegoed door Billing via chat toegepast op de factuur van "Acme" van 2026-04-01
      En de factuur van "Acme" van 2026-04-01 staat open met $ 139,26 te betalen
      En de factuur van "Acme" van 2026-02-01 staat open met $ 50,00 te betalen

  @rule-CRE-4 @assumption
  Regel: Een bedrag is nooit negatief en mengt nooit twee valuta
    Geen van beide artikelen zegt het. Een factuur of een abonnementsprijs onder nul wordt geweigerd; een
    factuur in een andere valuta dan die van het account, of een overdracht van tegoed tussen accounts met
    verschillende valuta, wordt ook geweigerd, en er verandert niets.
    Weigeringen: INVALID_AMOUNT, CURRENCY_MISMATCH.

    Scenario: Een negatieve factuur wordt geweigerd en er wordt niets afgeschreven
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      Als "Acme" een factuur van -$ 10,00 ontvangt
      Dan wordt het verzoek geweigerd met "INVALID_AMOUNT"
      En "Acme" heeft geen factuur

    Scenario: Een abonnement met een negatieve prijs wordt geweigerd
      Gegeven "noah@outlook.com" heeft een maandabonnement van -$ 14,99 van 2026-03-01 tot 2026-04-01
      Dan wordt het verzoek geweigerd met "INVALID_AMOUNT"

    Scenario: Een factuur in een andere valuta wordt geweigerd en het tegoed blijft staan
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      En "Acme" een factuur van € 50,00 ontvangt
      Dan wordt het verzoek geweigerd met "CURRENCY_MISMATCH"
      En het tegoed van "Acme" is $ 10,64
      En "Acme" heeft geen factuur

    Scenario: Tegoed in euro wordt niet overgeboekt naar een account in dollars
      Gegeven het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
      En "eva@web.de" heeft een maandabonnement van € 14,99 van 2026-03-01 tot 2026-04-01
      En "olivia@acme.com" heeft "eva@web.de" aan "Acme" toegevoegd
      Als "eva@web.de" de uitnodiging van "Acme" accepteert en voor een overdracht van het tegoed kiest
      Dan wordt het verzoek geweigerd met "CURRENCY_MISMATCH"
      En "eva@web.de" heeft nog een eigen account
      En het tegoed van "Acme" is $ 0,00
      Als "eva@web.de" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan is een terugbetaling van € 10,64 naar de eigen betaalmethode van "eva@web.de" aangevraagd
