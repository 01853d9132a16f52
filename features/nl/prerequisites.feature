# language: nl
@area-prerequisites
Functionaliteit: Vereisten voor het toevoegen van bestaande gebruikers aan een betaald account
  Als eigenaar of beheerder van het betaalde account van mijn organisatie
  Wil ik dat alleen de juiste mensen, met het juiste soort account, gebruikers kunnen uitnodigen
  Zodat niemand in een account belandt via iemand die daar niet toe bevoegd is

  Specificatie (NL "Vereisten voor het toevoegen van gebruikers aan een betaalde account":
  "Admin- of eigenaarstoegang", "Betaald account"; FR "Prérequis pour ajouter des utilisateurs
  à un compte payant", waarvan de lijst in de Franse tekst leeg is).
  Om uit te nodigen zijn twee dingen nodig: wie uitnodigt, is eigenaar of beheerder van het
  account, en het account is een betaald account. Alleen de Nederlandse tekst noemt ze (de Franse lijst
  is leeg), dus beide regels hebben het label @nl. Ze gelden voor elke weg naar binnen, ook voor Single
  Sign-On (LIC-6). De Franse stappen laten de lezer alleen aanmelden bij "le compte Zoom que vous avez
  créé", wat aan de eigenaar doet denken maar geen vereiste stelt.

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
    En "adam@acme.com" is beheerder van "Acme"
    En "mia@acme.com" is lid van "Acme"
    En "lea@gmail.com" heeft een gratis account

  @rule-PRE-1 @nl
  Regel: Alleen de eigenaar of een beheerder van het account kan gebruikers toevoegen

    Weigeringen: NOT_ADMIN_OR_OWNER.

    Scenario: De eigenaar voegt een gebruiker toe
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"

    Scenario: Een beheerder voegt een gebruiker toe
      Als "adam@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"

    Scenario: Een lid dat geen beheerder of eigenaar is, kan geen gebruikers toevoegen
      Als "mia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"
      En "lea@gmail.com" ontvangt geen uitnodigingsmail

    Scenario: Een beheerder van een ander account kan geen gebruikers aan dit account toevoegen
      Gegeven het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
      Als "gus@globex.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "NOT_ADMIN_OR_OWNER"

    Scenario: Een lid dat de eigenaar beheerder maakt, kan daarna gebruikers toevoegen
      Als "mia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd
      Als "olivia@acme.com" de gebruiker "mia@acme.com" beheerder van "Acme" maakt
      En "mia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"

  @rule-PRE-2 @nl
  Regel: Alleen een betaald account kan bestaande gebruikers toevoegen

    Weigeringen: INVITER_ACCOUNT_NOT_PAID.

    Scenario: De eigenaar van een gratis account kan niet uitnodigen
      Gegeven het gratis account "Tiny" van eigenaar "tom@tiny.io"
      Als "tom@tiny.io" de gebruiker "lea@gmail.com" aan "Tiny" toevoegt
      Dan wordt het verzoek geweigerd met "INVITER_ACCOUNT_NOT_PAID"
      En "lea@gmail.com" ontvangt geen uitnodigingsmail

    Scenario: Een betaald account nodigt uit
      Als "olivia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan staat "lea@gmail.com" in de lijst In afwachting van "Acme"
