# language: fr
@area-prerequisites
Fonctionnalité: Prérequis pour ajouter des utilisateurs existants à un compte payant
  En tant que propriétaire ou administrateur du compte payant de mon organisation
  Je veux que seules les bonnes personnes, sur le bon type de compte, puissent inviter des utilisateurs
  Afin que personne ne soit entraîné dans un compte par quelqu'un qui n'a pas le droit de le faire

  Spécification (FR « Prérequis pour ajouter des utilisateurs à un compte payant », dont la liste
  est vide dans le texte français ; NL « Vereisten voor het toevoegen van gebruikers aan een betaalde
  account » : « Admin- of eigenaarstoegang », « Betaald account »).
  Pour inviter, il faut deux choses : la personne qui invite est le propriétaire ou un
  administrateur du compte, et le compte est un compte payant. Seul le texte néerlandais les énumère
  (la liste française est vide) : les deux règles portent donc l'étiquette @nl. Elles valent pour toutes
  les façons d'entrer dans le compte, y compris l'authentification unique (LIC-6). Les étapes françaises
  demandent seulement de se connecter « au compte Zoom que vous avez créé », ce qui fait penser au
  propriétaire mais ne pose aucun prérequis.

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
    Et "adam@acme.com" est administrateur de "Acme"
    Et "mia@acme.com" est membre de "Acme"
    Et "lea@gmail.com" a un compte gratuit

  @rule-PRE-1 @nl
  Règle: Seul le propriétaire ou un administrateur du compte peut ajouter des utilisateurs

    Refus : NOT_ADMIN_OR_OWNER.

    Scénario: La propriétaire ajoute une utilisatrice
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"

    Scénario: Un administrateur ajoute une utilisatrice
      Quand "adam@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"

    Scénario: Un membre qui n'est ni administrateur ni propriétaire ne peut pas ajouter d'utilisateurs
      Quand "mia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et "lea@gmail.com" ne reçoit aucun e-mail d'invitation

    Scénario: L'administrateur d'un autre compte ne peut pas ajouter d'utilisateurs à celui-ci
      Soit le compte payant "Globex" en paiement automatique dont le propriétaire est "gus@globex.com"
      Quand "gus@globex.com" ajoute "lea@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"

    Scénario: Un membre que la propriétaire nomme administrateur peut ensuite ajouter des utilisateurs
      Quand "mia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la demande est refusée
      Quand "olivia@acme.com" nomme "mia@acme.com" administrateur de "Acme"
      Et "mia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"

  @rule-PRE-2 @nl
  Règle: Seul un compte payant peut ajouter des utilisateurs existants

    Refus : INVITER_ACCOUNT_NOT_PAID.

    Scénario: Le propriétaire d'un compte gratuit ne peut pas inviter
      Soit le compte gratuit "Tiny" dont le propriétaire est "tom@tiny.io"
      Quand "tom@tiny.io" ajoute "lea@gmail.com" à "Tiny"
      Alors la demande est refusée avec le code "INVITER_ACCOUNT_NOT_PAID"
      Et "lea@gmail.com" ne reçoit aucun e-mail d'invitation

    Scénario: Un compte payant invite
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"
