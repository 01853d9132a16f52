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
    Gegeven vandaag is het 2026-03-10
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com" met 2 licenties
    En "adam@acme.com" is beheerder van "Acme"
    En "mia@acme.com" is lid van "Acme"
    En "lea@gmail.com" heeft een maandabonnement van $14.99 van 2026-03-01 tot 2026-04-01
    En "noah@outlook.com" heeft een gratis account

  @rule-LIC-1 @nl @fr
  Regel: Een individuele gebruiker met licentie die als Basisgebruiker toetreedt, verliest opnemen naar de cloud en vergaderingen langer dan 40 minuten

    Scenario: Een gebruiker met licentie die als Basisgebruiker is uitgenodigd, verliest bij het accepteren de functies van de licentie
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme"
      Dan "lea@gmail.com" kan opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet
      Als "lea@gmail.com" accepteert de uitnodiging van "Acme" en kiest voor een terugbetaling
      Dan "lea@gmail.com" hoort bij "Acme"
      En "lea@gmail.com" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten
      En "lea@gmail.com" kan niet opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, duren maximaal 40 minuten

    Scenario: Een gebruiker met licentie die met licentie is uitgenodigd, behoudt de functies van de licentie
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme" als gebruiker met licentie
      Als "lea@gmail.com" accepteert de uitnodiging van "Acme" en kiest voor een terugbetaling
      Dan "lea@gmail.com" hoort bij "Acme"
      En "lea@gmail.com" verliest geen enkele functie bij het toetreden
      En "lea@gmail.com" kan opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet

    Scenario: Een Basisgebruiker die als Basisgebruiker is uitgenodigd, heeft niets te verliezen
      Gegeven "olivia@acme.com" voegt "noah@outlook.com" toe aan "Acme"
      Als "noah@outlook.com" accepteert de uitnodiging van "Acme"
      Dan "noah@outlook.com" verliest geen enkele functie bij het toetreden
      En vergaderingen die "noah@outlook.com" organiseert, duren maximaal 40 minuten

    Scenario: Er gaat niets verloren zolang de uitnodiging niet geaccepteerd is
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme"
      Als 29 dagen verstrijken
      Dan "lea@gmail.com" kan opnemen naar de cloud
      En "lea@gmail.com" verliest geen enkele functie bij het toetreden

  @rule-LIC-2 @nl @fr
  Regel: Een Basisgebruiker kan later een licentie toegewezen krijgen

    Scenario: Een beheerder wijst tien dagen nadat de gebruiker als Basisgebruiker toetrad een licentie toe
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme"
      Als "lea@gmail.com" accepteert de uitnodiging van "Acme" en kiest voor een terugbetaling
      En 10 dagen verstrijken
      En "adam@acme.com" wijst een licentie toe aan "lea@gmail.com"
      Dan "lea@gmail.com" kan opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet
      En "Acme" heeft 1 vrije licentie

    Scenario: Er kan geen licentie worden toegewezen als alle licenties in gebruik zijn
      Gegeven "olivia@acme.com" wijst een licentie toe aan "mia@acme.com"
      En "olivia@acme.com" wijst een licentie toe aan "adam@acme.com"
      En "olivia@acme.com" voegt "noah@outlook.com" toe aan "Acme"
      Als "noah@outlook.com" accepteert de uitnodiging van "Acme"
      En "olivia@acme.com" wijst een licentie toe aan "noah@outlook.com"
      Dan het verzoek wordt geweigerd met "NO_LICENCE_SEAT"
      En "noah@outlook.com" kan niet opnemen naar de cloud

    Scenario: Een lid dat geen beheerder is, kan geen licentie toewijzen
      Als "mia@acme.com" wijst een licentie toe aan "mia@acme.com"
      Dan het verzoek wordt geweigerd met "NOT_ADMIN_OR_OWNER"
      En "mia@acme.com" kan niet opnemen naar de cloud
      En "Acme" heeft 2 vrije licenties

  @rule-LIC-3 @assumption
  Regel: Een gebruiker met licentie uitnodigen vraagt een vrije licentie
    Geen van beide artikelen spreekt over licentieplaatsen. Het model gaat ervan uit dat een
    openstaande uitnodiging met licentie een licentie vasthoudt tot ze geaccepteerd, ingetrokken of
    verlopen is.

    Scenario: Openstaande uitnodigingen met licentie houden hun licentie vast en de derde wordt geweigerd
      Als "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme" als gebruiker met licentie
      Dan "Acme" heeft 1 vrije licentie
      Als "olivia@acme.com" voegt "noah@outlook.com" toe aan "Acme" als gebruiker met licentie
      Dan "Acme" heeft 0 vrije licenties
      Als "olivia@acme.com" voegt "max@web.de" toe aan "Acme" als gebruiker met licentie
      Dan het verzoek wordt geweigerd met "NO_LICENCE_SEAT"
      En "max@web.de" ontvangt geen uitnodigingsmail

    Scenario: Zonder vrije licentie kan de gebruiker nog wel als Basisgebruiker uitgenodigd worden
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme" als gebruiker met licentie
      En "olivia@acme.com" voegt "noah@outlook.com" toe aan "Acme" als gebruiker met licentie
      Als "olivia@acme.com" voegt "max@web.de" toe aan "Acme"
      Dan "max@web.de" ontvangt een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie intrekken maakt de licentie vrij
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme" als gebruiker met licentie
      En "olivia@acme.com" voegt "noah@outlook.com" toe aan "Acme" als gebruiker met licentie
      Als "olivia@acme.com" trekt de uitnodiging aan "noah@outlook.com" in
      En "olivia@acme.com" voegt "max@web.de" toe aan "Acme" als gebruiker met licentie
      Dan "max@web.de" ontvangt een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie die op dag 31 verlopen is, maakt de licentie vrij
      Gegeven "olivia@acme.com" voegt "lea@gmail.com" toe aan "Acme" als gebruiker met licentie
      Als de datum is 2026-04-09
      Dan "Acme" heeft 1 vrije licentie
      Als de datum is 2026-04-10
      Dan "Acme" heeft 2 vrije licenties

  @rule-LIC-4 @nl @fr
  Regel: Gebruikers kunnen ook binnenkomen met Single Sign-On en gekoppelde domeinen
    Een adres in een van de gekoppelde domeinen van het account treedt toe door zich aan te melden
    met Single Sign-On, zonder uitnodiging, als Basisgebruiker; een account kan meerdere gekoppelde
    domeinen hebben.

    Achtergrond:
      Gegeven het account "Acme" heeft het gekoppelde domein "acme-labs.com"
      En het account "Acme" heeft het gekoppelde domein "acme.fr"

    Scenario: Een bestaande gebruiker van een gekoppeld domein treedt toe door zich aan te melden
      Gegeven "sam@acme-labs.com" heeft een gratis account
      Als "sam@acme-labs.com" meldt zich aan bij "Acme" met Single Sign-On
      Dan "sam@acme-labs.com" hoort bij "Acme"
      En "sam@acme-labs.com" ontvangt geen uitnodigingsmail
      En de lijst In afwachting van "Acme" is leeg
      En vergaderingen die "sam@acme-labs.com" organiseert, duren maximaal 40 minuten

    Scenario: Een gebruiker van het tweede gekoppelde domein treedt ook toe
      Als "chloe@acme.fr" meldt zich aan bij "Acme" met Single Sign-On
      Dan "chloe@acme.fr" hoort bij "Acme"

    Scenario: Een individuele gebruiker met licentie uit een gekoppeld domein treedt toe als Basisgebruiker
      Gegeven "leo@acme.fr" heeft een maandabonnement van $14.99 van 2026-03-01 tot 2026-04-01
      Als "leo@acme.fr" meldt zich aan bij "Acme" met Single Sign-On en kiest voor een terugbetaling
      Dan "leo@acme.fr" hoort bij "Acme"
      En "leo@acme.fr" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten

    Scenario: Een adres buiten de gekoppelde domeinen kan zich niet aanmelden bij het account
      Als "noah@outlook.com" meldt zich aan bij "Acme" met Single Sign-On
      Dan het verzoek wordt geweigerd met "NOT_AN_ASSOCIATED_DOMAIN"
      En "noah@outlook.com" heeft nog een eigen account

    Scenario: Een lid van een ander account kan ook niet binnenkomen met Single Sign-On
      Gegeven het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      En "tom@acme-labs.com" is lid van "Globex"
      Als "tom@acme-labs.com" meldt zich aan bij "Acme" met Single Sign-On
      Dan het verzoek wordt geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      En "tom@acme-labs.com" hoort bij "Globex"
