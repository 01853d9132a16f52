# language: nl
Functionaliteit: Stappen die zo geschreven zijn dat ze niet kunnen worden toegepast

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
    En "lea@gmail.com" heeft een gratis account

  @rule-MIS-3 @assumption
  Regel: Verkeerd gebruik

    Scenario: Een lid dat beheerder wordt, is beheerder
      Gegeven "mia@acme.com" is lid van "Acme"
      En "mia@acme.com" is beheerder van "Acme"
      Als "mia@acme.com" de gebruiker "lea@gmail.com" aan "Acme" toevoegt
      Dan ontvangt "lea@gmail.com" een uitnodigingsmail van "Acme"

    Scenario: Een gebruiker die twee keer wordt aangemaakt
      Als "lea@gmail.com" heeft een gratis account

    Scenario: Een gebruiker die niet bestaat
      Gegeven "niemand@gmail.com" heeft de cloudopname "Aftrap"

    Scenario: Een bedrag dat geen bedrag is
      Dan is het tegoed van "Acme" tien dollar
