# language: fr
Fonctionnalité: Le contrat du vocabulaire (français)
  Des scénarios qu'un product owner écrit à partir de `joinsim steps` seul, avec les formulations actuelles et
  anciennes : ils doivent continuer à passer.

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

  Scénario: Un membre nommé administrateur ajoute un utilisateur
    Soit "mia@acme.com" est membre de "Acme"
    Et "mia@acme.com" est administrateur de "Acme"
    Et "lea@gmail.com" a un compte gratuit
    Quand "mia@acme.com" ajoute "lea@gmail.com" à "Acme"
    Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"

  Scénario: Une adresse qui existe désormais, puis a un compte gratuit, est invitée et rejoint le compte
    Soit l'adresse "lea.new@gmail.com" n'existe pas
    Quand "olivia@acme.com" ajoute "lea.new@gmail.com" à "Acme"
    Alors la demande est refusée avec le code "UNDELIVERABLE_ADDRESS"
    Et l'invitation envoyée à "lea.new@gmail.com" n'est pas distribuée car l'adresse n'existe pas
    Quand l'adresse "lea.new@gmail.com" existe désormais
    Et "lea.new@gmail.com" a un compte gratuit
    Et "olivia@acme.com" ajoute "lea.new@gmail.com" à "Acme"
    Alors l'invitation envoyée à "lea.new@gmail.com" est bien distribuée
    Quand "lea.new@gmail.com" accepte l'invitation de "Acme"
    Alors "lea.new@gmail.com" fait partie de "Acme"

  Scénario: Les anciennes formulations : ajouter au présent dans le Soit, refus, remboursement dû
    Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
    Et "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
    Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
    Alors un remboursement de 10,64 $ via le propre mode de paiement de "lea@gmail.com" est demandé
    Et le remboursement à "lea@gmail.com" est dû entre le 2026-03-13 et le 2026-03-17
    Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
    Alors la demande est refusée avec "ALREADY_MEMBER"

  Scénario: Le lien de la première invitation, révoquée, est refusé après l'envoi d'une nouvelle
    Soit "lea@gmail.com" a un compte gratuit
    Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
    Et "olivia@acme.com" révoque l'invitation envoyée à "lea@gmail.com"
    Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
    Quand "lea@gmail.com" ouvre le lien de la première invitation de "Acme"
    Alors la demande est refusée avec le code "INVITATION_REVOKED"
    Quand "lea@gmail.com" ouvre le lien de la dernière invitation de "Acme"
    Alors "lea@gmail.com" fait partie de "Acme"
