# language: fr
Fonctionnalité: Des étapes écrites d'une façon qui ne peut pas s'appliquer

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
    Et "lea@gmail.com" a un compte gratuit

  @rule-MIS-2 @assumption
  Règle: Mauvais usages

    Scénario: Un membre nommé administrateur est administrateur
      Soit "mia@acme.com" est membre de "Acme"
      Et "mia@acme.com" est administrateur de "Acme"
      Quand "mia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"

    Scénario: Un utilisateur créé deux fois
      Quand "lea@gmail.com" a un compte gratuit

    Scénario: Un compte qui n'existe pas
      Alors l'invitation envoyée à "lea@gmail.com" par "Acmee" est en attente

    Scénario: Un mot que l'étape ne connaît pas
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors l'invitation envoyée à "lea@gmail.com" par "Acme" est envolée

    Scénario: Un refus que personne n'a vérifié
      Quand "lea@gmail.com" ajoute "sam@gmail.com" à "Acme"
