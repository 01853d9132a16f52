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
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Dan kan "lea@gmail.com" opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, hebben geen tijdslimiet
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert en voor een terugbetaling kiest
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten
      En "lea@gmail.com" kan niet opnemen naar de cloud
      En vergaderingen die "lea@gmail.com" organiseert, duren maximaal 40 minuten

    Scenario: Een gebruiker met licentie die met licentie is uitgenodigd, behoudt de functies van de licentie
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" als gebruiker met licentie aan "Acme" toegevoegd
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

  @rule-LIC-2 @nl @fr
  Regel: Een Basisgebruiker kan later een licentie toegewezen krijgen

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

  @rule-LIC-3 @assumption
  Regel: Een gebruiker met licentie uitnodigen vraagt een vrije licentie
    Geen van beide artikelen spreekt over licentieplaatsen. Het model gaat ervan uit dat een
    openstaande uitnodiging met licentie een licentie vasthoudt tot ze geaccepteerd, ingetrokken of
    verlopen is.

    Scenario: Openstaande uitnodigingen met licentie houden hun licentie vast en de derde wordt geweigerd
      Als "olivia@acme.com" "lea@gmail.com" als gebruiker met licentie aan "Acme" toevoegt
      Dan heeft "Acme" 1 vrije licentie
      Als "olivia@acme.com" "noah@outlook.com" als gebruiker met licentie aan "Acme" toevoegt
      Dan heeft "Acme" 0 vrije licenties
      Als "olivia@acme.com" "max@web.de" als gebruiker met licentie aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NO_LICENCE_SEAT"
      En "max@web.de" ontvangt geen uitnodigingsmail

    Scenario: Zonder vrije licentie kan de gebruiker nog wel als Basisgebruiker uitgenodigd worden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" als gebruiker met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "noah@outlook.com" als gebruiker met licentie aan "Acme" toegevoegd
      Als "olivia@acme.com" "max@web.de" aan "Acme" toevoegt
      Dan ontvangt "max@web.de" een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie intrekken maakt de licentie vrij
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" als gebruiker met licentie aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "noah@outlook.com" als gebruiker met licentie aan "Acme" toegevoegd
      Als "olivia@acme.com" de uitnodiging aan "noah@outlook.com" intrekt
      En "olivia@acme.com" "max@web.de" als gebruiker met licentie aan "Acme" toevoegt
      Dan ontvangt "max@web.de" een uitnodigingsmail van "Acme"
      En "Acme" heeft 0 vrije licenties

    Scenario: Een uitnodiging met licentie die op dag 31 verlopen is, maakt de licentie vrij
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" als gebruiker met licentie aan "Acme" toegevoegd
      Als het 2026-04-09 wordt
      Dan heeft "Acme" 1 vrije licentie
      Als het 2026-04-10 wordt
      Dan heeft "Acme" 2 vrije licenties

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
      Als "sam@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan hoort "sam@acme-labs.com" bij "Acme"
      En "sam@acme-labs.com" ontvangt geen uitnodigingsmail
      En de lijst In afwachting van "Acme" is leeg
      En vergaderingen die "sam@acme-labs.com" organiseert, duren maximaal 40 minuten

    Scenario: Een gebruiker van het tweede gekoppelde domein treedt ook toe
      Als "chloe@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt
      Dan hoort "chloe@acme.fr" bij "Acme"

    Scenario: Een individuele gebruiker met licentie uit een gekoppeld domein treedt toe als Basisgebruiker
      Gegeven "leo@acme.fr" heeft een maandabonnement van $14.99 van 2026-03-01 tot 2026-04-01
      Als "leo@acme.fr" zich met Single Sign-On bij "Acme" aanmeldt en voor een terugbetaling kiest
      Dan hoort "leo@acme.fr" bij "Acme"
      En "leo@acme.fr" verliest de toegang tot opnemen naar de cloud en vergaderingen langer dan 40 minuten

    Scenario: Een adres buiten de gekoppelde domeinen kan zich niet aanmelden bij het account
      Als "noah@outlook.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "NOT_AN_ASSOCIATED_DOMAIN"
      En "noah@outlook.com" heeft nog een eigen account

    Scenario: Een lid van een ander account kan ook niet binnenkomen met Single Sign-On
      Gegeven het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      En "tom@acme-labs.com" is lid van "Globex"
      Als "tom@acme-labs.com" zich met Single Sign-On bij "Acme" aanmeldt
      Dan wordt het verzoek geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      En "tom@acme-labs.com" hoort bij "Globex"
