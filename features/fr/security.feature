# language: fr
@area-security
Fonctionnalité: Les liens d'invitation peuvent être envoyés par e-mail en toute sécurité
  En tant que propriétaire ou administrateur d'un compte payant
  Je veux qu'un lien d'invitation ne fasse entrer que la personne invitée, une seule fois
  Afin qu'un lien transféré, réutilisé ou périmé ne fasse jamais entrer quelqu'un dans le mauvais compte

  Spécification (FR « L'invitation sera acceptée par l'utilisateur lorsqu'il cliquera sur le lien
  hypertexte ou le collera dans un navigateur. » NL « De gebruiker klikt op de hyperlink of plakt
  deze in een browser om de uitnodiging te accepteren. »)
  Les articles disent seulement que le lien est cliqué ou collé. Ces règles viennent de la demande
  qui a motivé cette spécification, pas des articles, et sont donc des hypothèses : le lien ne
  fonctionne que pour l'adresse invitée, une seule fois, seulement pour quelqu'un qui n'est pas
  membre d'un autre compte, et quand deux comptes invitent la même personne, la première
  acceptation l'emporte.
  (Un lien révoqué ou expiré est refusé : voir INV-6 et INV-4 dans invitations.feature.)

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
    Et le compte payant "Globex" en paiement automatique dont le propriétaire est "gus@globex.com"
    Et "lea@gmail.com" a un compte gratuit
    Et "noah@outlook.com" a un compte gratuit

  @rule-SEC-1 @assumption
  Règle: Seule l'adresse e-mail invitée peut utiliser son lien d'invitation

    Refus : WRONG_INVITEE.

    Scénario: Une autre personne qui ouvre un lien transféré est refusée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "noah@outlook.com" ouvre le lien d'invitation envoyé à "lea@gmail.com" par "Acme"
      Alors la demande est refusée avec le code "WRONG_INVITEE"
      Et "noah@outlook.com" a toujours son propre compte
      Et la liste En attente de "Acme" affiche "lea@gmail.com"

    Scénario: La personne invitée peut encore utiliser le lien après la tentative d'une autre
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "noah@outlook.com" ouvre le lien d'invitation envoyé à "lea@gmail.com" par "Acme"
      Alors la demande est refusée avec le code "WRONG_INVITEE"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: L'adresse invitée est reconnue quelles que soient ses majuscules
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "Lea@Gmail.com" ouvre le lien d'invitation envoyé à "lea@gmail.com" par "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

  @rule-SEC-2 @assumption
  Règle: Un lien d'invitation ne fonctionne qu'une fois

    Refus : INVITATION_ALREADY_USED.

    Scénario: La première utilisation du lien fait entrer l'utilisatrice dans le compte
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est acceptée

    Scénario: Le même lien ouvert une seconde fois est refusé
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et 1 jour passe
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_ALREADY_USED"
      Et "lea@gmail.com" fait partie de "Acme"

  @rule-SEC-3 @assumption
  Règle: Un utilisateur fait partie d'un seul compte à la fois
    Un membre d'un autre compte ne peut pas accepter ; seul le propriétaire d'un compte accepte, et il
    le quitte alors pour le nouveau.
    Refus : MEMBER_OF_ANOTHER_ACCOUNT.

    Scénario: Un membre d'un autre compte ne peut pas accepter
      Soit "mia@globex.com" est membre de "Globex"
      Et "olivia@acme.com" a ajouté "mia@globex.com" à "Acme"
      Quand "mia@globex.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "MEMBER_OF_ANOTHER_ACCOUNT"
      Et "mia@globex.com" fait partie de "Globex"
      Et "mia@globex.com" ne fait pas partie de "Acme"

    Scénario: Le propriétaire d'un compte individuel le quitte en rejoignant le compte
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" n'a plus son propre compte

    Scénario: Une personne qui a rejoint un compte ne peut pas accepter une invitation ultérieure d'un autre compte
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et 5 jours passent
      Et "gus@globex.com" ajoute "lea@gmail.com" à "Globex"
      Et "lea@gmail.com" accepte l'invitation de "Globex"
      Alors la demande est refusée avec le code "MEMBER_OF_ANOTHER_ACCOUNT"
      Et "lea@gmail.com" fait partie de "Acme"

  @rule-SEC-4 @assumption
  Règle: Quand deux comptes invitent la même personne, la première acceptation l'emporte
    L'invitation de l'autre compte ne peut plus être utilisée et quitte sa liste En attente.
    Ce qui compte, c'est qui accepte en premier, pas qui a invité en premier.
    Refus : INVITATION_NO_LONGER_VALID, INVITATION_NOT_PENDING (INV-5).

    Scénario: L'invitation la plus récente est acceptée en premier et la plus ancienne devient caduque
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et 2 jours se sont écoulés
      Et "gus@globex.com" a ajouté "lea@gmail.com" à "Globex"
      Quand "lea@gmail.com" accepte l'invitation de "Globex"
      Alors "lea@gmail.com" fait partie de "Globex"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est caduque
      Et la liste En attente de "Acme" n'affiche pas "lea@gmail.com"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_NO_LONGER_VALID"
      Et "lea@gmail.com" ne fait pas partie de "Acme"

    Scénario: Deux comptes invitent, la personne accepte la première invitation
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "gus@globex.com" a ajouté "lea@gmail.com" à "Globex"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est acceptée
      Et l'invitation envoyée à "lea@gmail.com" par "Globex" est caduque
      Quand "lea@gmail.com" accepte l'invitation de "Globex"
      Alors la demande est refusée avec le code "INVITATION_NO_LONGER_VALID"

    Scénario: Une invitation devenue caduque ne peut pas non plus être renvoyée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "gus@globex.com" a ajouté "lea@gmail.com" à "Globex"
      Quand "lea@gmail.com" accepte l'invitation de "Globex"
      Et "olivia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors la demande est refusée avec le code "INVITATION_NOT_PENDING"

    Scénario: Les autres invitations, envoyées à d'autres personnes, ne sont pas touchées
      Soit "gus@globex.com" a ajouté "lea@gmail.com" à "Globex"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Globex"
      Alors la liste En attente de "Acme" affiche "noah@outlook.com"
      Et l'invitation envoyée à "noah@outlook.com" par "Acme" est en attente

  @rule-SEC-5 @assumption
  Règle: Une adresse est comparée telle qu'elle est écrite, majuscules de A à Z mises à part, et les caractères invisibles ou trompeurs sont refusés

    Une adresse n'est la même adresse que si elle s'écrit de la même façon, aux majuscules de A à Z près
    (Lea@Gmail.com est lea@gmail.com). Un accent tapé comme une lettre suivie d'un accent combinant est la
    lettre accentuée (Unicode NFC). Aucun autre caractère ne change de casse : un caractère qui ressemble
    seulement à une lettre (le signe kelvin qui ressemble à K) ou une majuscule hors de A à Z (le eszett
    majuscule, ẞ) donne une autre adresse. Une adresse qui contient un caractère invisible (un caractère de
    contrôle, une espace sans chasse, une marque de droite à gauche) ou un caractère qu'Unicode remplace
    lui-même par un autre (le signe kelvin) est refusée partout où elle est donnée, tout comme un mot de l'adresse qui mêle lettres latines,
    cyrilliques ou grecques (<U+0430>pple, avec un а cyrillique, ressemble à apple ; иван@почта.рф, tout en
    cyrillique, est une adresse). Dans ces scénarios, un
    caractère que le lecteur ne peut pas voir ni distinguer s'écrit par son point de code : <U+212A> est le
    signe kelvin.
    Refus : INVALID_ADDRESS, WRONG_INVITEE (SEC-1).

    Scénario: Une adresse qui ressemble à l'adresse invitée ne peut pas utiliser le lien
      Soit "kate@gmail.com" a un compte gratuit
      Et "olivia@acme.com" a ajouté "kate@gmail.com" à "Acme"
      Quand "<U+212A>ate@gmail.com" ouvre le lien d'invitation envoyé à "kate@gmail.com" par "Acme"
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Et "kate@gmail.com" a toujours son propre compte
      Et la liste En attente de "Acme" affiche "kate@gmail.com"

    Scénario: Une majuscule hors de A à Z donne une autre adresse
      Soit "straße@web.de" a un compte gratuit
      Et "olivia@acme.com" a ajouté "straße@web.de" à "Acme"
      Quand "STRA<U+1E9E>E@web.de" ouvre le lien d'invitation envoyé à "straße@web.de" par "Acme"
      Alors la demande est refusée avec le code "WRONG_INVITEE"
      Et "straße@web.de" a toujours son propre compte

    Scénario: Un accent tapé comme accent combinant donne la même adresse
      Soit "renée@société.fr" a un compte gratuit
      Et "olivia@acme.com" a ajouté "renée@société.fr" à "Acme"
      Quand "rene<U+0301>e@socie<U+0301>te<U+0301>.fr" ouvre le lien d'invitation envoyé à "renée@société.fr" par "Acme"
      Alors "renée@société.fr" fait partie de "Acme"

    Scénario: Une adresse qui contient un caractère invisible est refusée dès l'entrée
      Quand "olivia@acme.com" ajoute "lea<U+200B>@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Quand "olivia@acme.com" ajoute "<U+202E>lea@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Et la liste En attente de "Acme" est vide

    Scénario: Un mot qui mêle lettres latines et cyrilliques est trompeur, une seule écriture est une adresse
      Quand "olivia@acme.com" ajoute "<U+0430>pple@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Soit "иван@почта.рф" a un compte gratuit
      Quand "olivia@acme.com" ajoute "иван@почта.рф" à "Acme"
      Alors l'invitation envoyée à "иван@почта.рф" par "Acme" est en attente
