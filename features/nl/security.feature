# language: nl
@area-security
Functionaliteit: Uitnodigingslinks kunnen veilig per e-mail verstuurd worden
  Als eigenaar of beheerder van een betaald account
  Wil ik dat een uitnodigingslink alleen de uitgenodigde persoon binnenlaat, en maar één keer
  Zodat een doorgestuurde, hergebruikte of verouderde link nooit iemand in het verkeerde account brengt

  Specificatie (NL "De gebruiker klikt op de hyperlink of plakt deze in een browser om de
  uitnodiging te accepteren." FR "L'invitation sera acceptée par l'utilisateur lorsqu'il cliquera
  sur le lien hypertexte ou le collera dans un navigateur.")
  De artikelen zeggen alleen dat de link aangeklikt of geplakt wordt. Deze regels komen uit het
  verzoek dat tot deze specificatie leidde, niet uit de artikelen, en zijn dus aannames: de link
  werkt alleen voor het uitgenodigde adres, maar één keer, alleen voor iemand die geen lid is van
  een ander account, en als twee accounts dezelfde persoon uitnodigen, wint de eerste acceptatie.
  (Een ingetrokken of verlopen link wordt geweigerd: zie INV-6 en INV-4 in invitations.feature.)

  Achtergrond:
    Gegeven dat het vandaag 2026-03-10 is
    En het betaalde account "Acme" met autopay van eigenaar "olivia@acme.com"
    En het betaalde account "Globex" met autopay van eigenaar "gus@globex.com"
    En "lea@gmail.com" heeft een gratis account
    En "noah@outlook.com" heeft een gratis account

  @rule-SEC-1 @assumption
  Regel: Alleen het uitgenodigde e-mailadres kan de uitnodigingslink gebruiken

    Weigeringen: WRONG_INVITEE.

    Scenario: Iemand anders die een doorgestuurde link opent, wordt geweigerd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "noah@outlook.com" de uitnodigingslink opent die "Acme" naar "lea@gmail.com" stuurde
      Dan wordt het verzoek geweigerd met "WRONG_INVITEE"
      En "noah@outlook.com" heeft nog een eigen account
      En "lea@gmail.com" staat in de lijst In afwachting van "Acme"

    Scenario: De uitgenodigde persoon kan de link nog gebruiken nadat iemand anders het probeerde
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "noah@outlook.com" de uitnodigingslink opent die "Acme" naar "lea@gmail.com" stuurde
      Dan wordt het verzoek geweigerd met "WRONG_INVITEE"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"

    Scenario: Het uitgenodigde adres wordt herkend, met of zonder hoofdletters
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "Lea@Gmail.com" de uitnodigingslink opent die "Acme" naar "lea@gmail.com" stuurde
      Dan hoort "lea@gmail.com" bij "Acme"

  @rule-SEC-2 @assumption
  Regel: Een uitnodigingslink werkt één keer

    Weigeringen: INVITATION_ALREADY_USED.

    Scenario: Het eerste gebruik van de link brengt de gebruiker in het account
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is geaccepteerd

    Scenario: Dezelfde link een tweede keer openen wordt geweigerd
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En 1 dag verstrijkt
      En "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_ALREADY_USED"
      En "lea@gmail.com" hoort bij "Acme"

  @rule-SEC-3 @assumption
  Regel: Een gebruiker hoort op elk moment bij precies één account
    Een lid van een ander account kan niet accepteren; alleen de eigenaar van een account accepteert,
    en verlaat dat account dan voor het nieuwe.
    Weigeringen: MEMBER_OF_ANOTHER_ACCOUNT.

    Scenario: Een lid van een ander account kan niet accepteren
      Gegeven "mia@globex.com" is lid van "Globex"
      En "olivia@acme.com" heeft "mia@globex.com" aan "Acme" toegevoegd
      Als "mia@globex.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      En "mia@globex.com" hoort bij "Globex"
      En "mia@globex.com" hoort niet bij "Acme"

    Scenario: De eigenaar van een individueel account verlaat dat account bij het toetreden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En "lea@gmail.com" heeft geen eigen account meer

    Scenario: Wie zich bij een account heeft aangesloten, kan een latere uitnodiging van een ander account niet accepteren
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      En 5 dagen verstrijken
      En "gus@globex.com" de gebruiker "lea@gmail.com" aan "Globex" toevoegt
      En "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan wordt het verzoek geweigerd met "MEMBER_OF_ANOTHER_ACCOUNT"
      En "lea@gmail.com" hoort bij "Acme"

  @rule-SEC-4 @assumption
  Regel: Als twee accounts dezelfde persoon uitnodigen, wint de eerste acceptatie
    De uitnodiging van het andere account kan niet meer gebruikt worden en verdwijnt uit de lijst
    In afwachting. Het gaat erom wie als eerste accepteert, niet wie als eerste uitnodigde.
    Weigeringen: INVITATION_NO_LONGER_VALID, INVITATION_NOT_PENDING (INV-5).

    Scenario: De latere uitnodiging wordt eerst geaccepteerd en de eerdere kan niet meer gebruikt worden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En 2 dagen zijn verstreken
      En "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan hoort "lea@gmail.com" bij "Globex"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is niet meer geldig
      En "lea@gmail.com" staat niet in de lijst In afwachting van "Acme"
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_NO_LONGER_VALID"
      En "lea@gmail.com" hoort niet bij "Acme"

    Scenario: Twee accounts nodigen uit, de persoon accepteert de eerste
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Acme" accepteert
      Dan hoort "lea@gmail.com" bij "Acme"
      En de uitnodiging van "Acme" aan "lea@gmail.com" is geaccepteerd
      En de uitnodiging van "Globex" aan "lea@gmail.com" is niet meer geldig
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan wordt het verzoek geweigerd met "INVITATION_NO_LONGER_VALID"

    Scenario: Een uitnodiging die niet meer geldig is, kan ook niet opnieuw verstuurd worden
      Gegeven "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      En "olivia@acme.com" de uitnodiging opnieuw naar "lea@gmail.com" verstuurt
      Dan wordt het verzoek geweigerd met "INVITATION_NOT_PENDING"

    Scenario: De uitnodigingen aan andere mensen blijven ongemoeid
      Gegeven "gus@globex.com" heeft "lea@gmail.com" aan "Globex" toegevoegd
      En "olivia@acme.com" heeft "lea@gmail.com" aan "Acme" toegevoegd
      En "olivia@acme.com" heeft "noah@outlook.com" aan "Acme" toegevoegd
      Als "lea@gmail.com" de uitnodiging van "Globex" accepteert
      Dan staat "noah@outlook.com" in de lijst In afwachting van "Acme"
      En de uitnodiging van "Acme" aan "noah@outlook.com" is in afwachting

  @rule-SEC-5 @assumption
  Regel: Een adres wordt vergeleken zoals het geschreven is, hoofdletters A tot Z daargelaten, en onzichtbare of misleidende tekens worden geweigerd

    Een adres is alleen hetzelfde adres als het op dezelfde manier geschreven is, op de hoofdletters A tot
    Z na (Lea@Gmail.com is lea@gmail.com). Een accent dat getypt is als letter plus los accentteken, is de
    letter met accent (Unicode NFC). Geen ander teken verandert van hoofdletter in kleine letter: een teken
    dat alleen op een letter lijkt (het kelvinteken dat op een K lijkt) of een hoofdletter buiten A tot Z
    (de hoofdletter ringel-s, ẞ) maakt er een ander adres van. Een adres met een onzichtbaar teken (een
    stuurteken, een spatie zonder breedte, een rechts-naar-linksteken) of een teken dat Unicode zelf door
    een ander vervangt (het kelvinteken), wordt overal geweigerd waar het wordt opgegeven, net als een woord van het adres dat Latijnse,
    Cyrillische of Griekse letters mengt (<U+0430>pple, met een Cyrillische а, lijkt op apple; иван@почта.рф,
    helemaal Cyrillisch, is een adres). In deze
    scenario's wordt een teken dat de lezer niet kan zien of onderscheiden, geschreven met zijn codepunt:
    <U+212A> is het kelvinteken.
    Weigeringen: INVALID_ADDRESS, WRONG_INVITEE (SEC-1).

    Scenario: Een adres dat op het uitgenodigde adres lijkt, kan de link niet gebruiken
      Gegeven "kate@gmail.com" heeft een gratis account
      En "olivia@acme.com" heeft "kate@gmail.com" aan "Acme" toegevoegd
      Als "<U+212A>ate@gmail.com" de uitnodigingslink opent die "Acme" naar "kate@gmail.com" stuurde
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      En "kate@gmail.com" heeft nog een eigen account
      En "kate@gmail.com" staat in de lijst In afwachting van "Acme"

    Scenario: Een hoofdletter buiten A tot Z is een ander adres
      Gegeven "straße@web.de" heeft een gratis account
      En "olivia@acme.com" heeft "straße@web.de" aan "Acme" toegevoegd
      Als "STRA<U+1E9E>E@web.de" de uitnodigingslink opent die "Acme" naar "straße@web.de" stuurde
      Dan wordt het verzoek geweigerd met "WRONG_INVITEE"
      En "straße@web.de" heeft nog een eigen account

    Scenario: Een accent getypt als los accentteken is hetzelfde adres
      Gegeven "renée@société.fr" heeft een gratis account
      En "olivia@acme.com" heeft "renée@société.fr" aan "Acme" toegevoegd
      Als "rene<U+0301>e@socie<U+0301>te<U+0301>.fr" de uitnodigingslink opent die "Acme" naar "renée@société.fr" stuurde
      Dan hoort "renée@société.fr" bij "Acme"

    Scenario: Een adres met een onzichtbaar teken wordt meteen geweigerd
      Als "olivia@acme.com" de gebruiker "lea<U+200B>@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      Als "olivia@acme.com" de gebruiker "<U+202E>lea@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      En de lijst In afwachting van "Acme" is leeg

    Scenario: Een woord dat Latijnse en Cyrillische letters mengt, is misleidend; één schrift alleen is een adres
      Als "olivia@acme.com" de gebruiker "<U+0430>pple@gmail.com" aan "Acme" toevoegt
      Dan wordt het verzoek geweigerd met "INVALID_ADDRESS"
      Gegeven "иван@почта.рф" heeft een gratis account
      Als "olivia@acme.com" de gebruiker "иван@почта.рф" aan "Acme" toevoegt
      Dan staat "иван@почта.рф" in de lijst In afwachting van "Acme"
