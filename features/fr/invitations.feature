# language: fr
@area-invitations
Fonctionnalité: Inviter des utilisateurs existants à rejoindre le compte payant
  En tant que propriétaire ou administrateur du compte payant de mon organisation
  Je veux inviter des personnes qui utilisent déjà Zoom de leur côté, une par une ou plusieurs à la fois
  Afin qu'elles profitent des avantages de notre compte, et que je voie qui n'a pas encore répondu

  Spécification (FR « Une fois que vous avez entré les informations pour l'utilisateur ou les
  utilisateurs, cliquez sur le bouton Ajouter. Vous recevrez un e-mail invitant le ou les
  utilisateurs à faire partie de votre compte » ; « En cliquant sur la section En attente de la page
  Gestion des utilisateurs, vous pourrez savoir si l'invitation n'a pas encore été acceptée » ;
  « Pour que les adresses e-mail fonctionnent, elles doivent déjà exister et permettre la réception
  d'e-mails externes. » NL « Voer de gegevens voor de gebruiker of gebruikers in en klik op
  Toevoegen. Er wordt een e-mail verzonden waarin de gebruiker(s) wordt (worden) uitgenodigd om lid
  te worden van uw account » ; « De e-mailadressen moeten al bestaan en externe e-mails kunnen
  ontvangen. »)
  Ajouter un ou plusieurs utilisateurs envoie à chacun un e-mail d'invitation. Une invitation reste
  dans la liste En attente jusqu'à ce qu'elle soit acceptée. Une invitation envoyée à une adresse qui
  n'existe pas ou qui refuse les e-mails externes n'est pas distribuée. Aucun des deux articles ne dit combien de temps
  une invitation reste valable, ni comment la renvoyer ou la retirer : le modèle reprend la pratique
  de l'éditeur, une validité de 30 jours qu'un renvoi fait repartir, et permet à un administrateur
  de révoquer une invitation en attente.

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
    Et "adam@acme.com" est administrateur de "Acme"
    Et "mia@acme.com" est membre de "Acme"
    Et "lea@gmail.com" a un compte gratuit

  @rule-INV-1 @nl @fr @disagreement
  Règle: Ajouter un ou plusieurs utilisateurs envoie à chacun un e-mail d'invitation

    Divergence entre les articles sur le destinataire de l'e-mail : le texte néerlandais le fait recevoir
    par les utilisateurs invités (« Er wordt een e-mail verzonden waarin de gebruiker(s) wordt (worden)
    uitgenodigd » ; « Elke gebruiker die voor uw account wordt uitgenodigd, ontvangt een e-mail »). Une
    phrase du texte français le fait recevoir par l'administrateur (« Vous recevrez un e-mail invitant le
    ou les utilisateurs à faire partie de votre compte »). Le modèle suit la lecture néerlandaise : chaque
    utilisateur invité reçoit l'invitation ; selon la lecture française, l'administrateur qui les a ajoutés
    reçoit aussi un e-mail pour chaque invitation.
    La phrase française finit par « dès qu'ils auront rempli le formulaire » : à la lettre, « ils » sont les
    utilisateurs, et l'e-mail arrive une fois qu'ils ont rempli un formulaire, qu'aucun article ne décrit. Le
    modèle y lit le formulaire que l'administrateur remplit avant de cliquer sur Ajouter, et envoie les
    invitations à ce moment-là.
    Hypothèse : un utilisateur qui est déjà sur le compte n'est pas invité de nouveau (ALREADY_MEMBER) ;
    les articles ne le disent pas.
    Refus : NOT_ADMIN_OR_OWNER (PRE-1) ; une adresse sans compte à elle, NO_EXISTING_ACCOUNT (LIC-6) : les
    articles ajoutent des utilisateurs existants, et l'authentification unique refuse une telle adresse de
    la même façon.

    Scénario: La propriétaire ajoute une utilisatrice
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "lea@gmail.com" a toujours son propre compte

    Scénario: Un administrateur ajoute plusieurs utilisateurs à la fois et chacun reçoit un e-mail d'invitation
      Soit "noah@outlook.com" a un compte gratuit
      Et "sofia@yahoo.fr" a un compte gratuit
      Quand "adam@acme.com" ajoute ces utilisateurs à "Acme" :
        | e-mail           |
        | lea@gmail.com    |
        | noah@outlook.com |
        | sofia@yahoo.fr   |
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "noah@outlook.com" reçoit un e-mail d'invitation de "Acme"
      Et "sofia@yahoo.fr" reçoit un e-mail d'invitation de "Acme"

    Scénario: Un membre du compte ne peut pas ajouter plusieurs utilisateurs à la fois
      Quand "mia@acme.com" ajoute ces utilisateurs à "Acme" :
        | e-mail           |
        | lea@gmail.com    |
        | noah@outlook.com |
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et "lea@gmail.com" ne reçoit aucun e-mail d'invitation
      Et "noah@outlook.com" ne reçoit aucun e-mail d'invitation

    @assumption
    Scénario: Une personne qui fait déjà partie du compte n'est pas invitée une seconde fois
      Quand "olivia@acme.com" ajoute "mia@acme.com" à "Acme"
      Alors la demande est refusée avec le code "ALREADY_MEMBER"
      Et "mia@acme.com" ne reçoit aucun e-mail d'invitation

    @assumption
    Scénario: Une adresse sans compte à elle est refusée d'emblée
      Quand "olivia@acme.com" ajoute "sam.nobody@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "NO_EXISTING_ACCOUNT"
      Et la liste En attente de "Acme" est vide

    Scénario: L'administrateur qui ajoute une utilisatrice ne reçoit pas de copie de l'invitation
      Quand "adam@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "adam@acme.com" ne reçoit aucune copie de l'e-mail d'invitation envoyé à "lea@gmail.com"

    @reading-fr
    Scénario: Lecture française - l'administrateur qui ajoute une utilisatrice reçoit lui aussi un e-mail sur l'invitation
      Soit le modèle suit la lecture française de l'e-mail d'invitation
      Quand "adam@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "adam@acme.com" reçoit une copie de l'e-mail d'invitation envoyé à "lea@gmail.com"

  @rule-INV-2 @nl @fr
  Règle: Une invitation reste dans la liste En attente jusqu'à ce qu'elle soit acceptée

    Hypothèse : une deuxième invitation à une personne déjà dans la liste En attente est refusée
    (ALREADY_INVITED) : le compte renvoie plutôt la première (INV-5).

    Scénario: Une invitation restée sans réponse figure dans la liste En attente
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Et 12 jours passent
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est en attente

    Scénario: Une invitation acceptée quitte la liste En attente
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "noah@outlook.com" a un compte gratuit
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme"
      Quand 3 jours passent
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la liste En attente de "Acme" n'affiche pas "lea@gmail.com"
      Et la liste En attente de "Acme" affiche "noah@outlook.com"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est acceptée

    @assumption
    Scénario: Une seconde invitation à une personne déjà dans la liste En attente est refusée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "adam@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "ALREADY_INVITED"
      Et "lea@gmail.com" a reçu 1 e-mail d'invitation de "Acme"

    Scénario: Personne n'est invité, rien n'est en attente
      Alors la liste En attente de "Acme" est vide

  @rule-INV-3 @nl @fr
  Règle: L'adresse e-mail doit exister et accepter les e-mails externes

    Refus : UNDELIVERABLE_ADDRESS.

    Scénario: L'invitation à une adresse qui n'existe pas n'est pas distribuée
      Soit l'adresse "lea.old@gmail.com" n'existe pas
      Quand "olivia@acme.com" ajoute "lea.old@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Et l'invitation envoyée à "lea.old@gmail.com" n'est pas distribuée car l'adresse n'existe pas
      Et la liste En attente de "Acme" est vide

    Scénario: L'invitation à une adresse qui refuse les e-mails externes n'est pas distribuée
      Soit l'adresse "raj@bigbank.example" refuse les e-mails externes
      Quand "olivia@acme.com" ajoute "raj@bigbank.example" à "Acme"
      Alors la demande est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Et l'invitation envoyée à "raj@bigbank.example" n'est pas distribuée car l'adresse refuse les e-mails externes
      Et "raj@bigbank.example" ne reçoit aucun e-mail d'invitation

    Scénario: Dans un envoi groupé, les adresses non distribuables sont refusées et les autres invitées
      Soit l'adresse "ghost@gmail.com" n'existe pas
      Et l'adresse "raj@bigbank.example" refuse les e-mails externes
      Quand "adam@acme.com" ajoute ces utilisateurs à "Acme" :
        | e-mail              |
        | lea@gmail.com       |
        | ghost@gmail.com     |
        | raj@bigbank.example |
      Alors l'adresse "ghost@gmail.com" est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Et l'adresse "raj@bigbank.example" est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Et "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et la liste En attente de "Acme" affiche "lea@gmail.com"
      Et la liste En attente de "Acme" n'affiche pas "ghost@gmail.com"

    Scénario: L'invitation à une adresse qui existe et accepte les e-mails externes est bien distribuée
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors l'invitation envoyée à "lea@gmail.com" est bien distribuée
      Et la liste En attente de "Acme" affiche "lea@gmail.com"

    Scénario: Une adresse qui n'existait pas est invitée une fois qu'elle existe
      Soit l'adresse "lea.new@gmail.com" n'existe pas
      Quand "olivia@acme.com" ajoute "lea.new@gmail.com" à "Acme"
      Alors la demande est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Quand l'adresse "lea.new@gmail.com" existe désormais
      Et "lea.new@gmail.com" a un compte gratuit
      Et "olivia@acme.com" ajoute "lea.new@gmail.com" à "Acme"
      Alors "lea.new@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et l'invitation envoyée à "lea.new@gmail.com" est bien distribuée

    Scénario: Une adresse qui accepte de nouveau les e-mails externes est invitée
      Soit l'adresse "raj@bigbank.example" refuse les e-mails externes
      Et "raj@bigbank.example" a un compte gratuit
      Quand "olivia@acme.com" ajoute "raj@bigbank.example" à "Acme"
      Alors la demande est refusée avec le code "UNDELIVERABLE_ADDRESS"
      Quand l'adresse "raj@bigbank.example" accepte de nouveau les e-mails externes
      Et "olivia@acme.com" ajoute "raj@bigbank.example" à "Acme"
      Alors la liste En attente de "Acme" affiche "raj@bigbank.example"
      Et l'invitation envoyée à "raj@bigbank.example" est bien distribuée

  @rule-INV-4 @assumption
  Règle: Une invitation expire 30 jours après son envoi
    Aucun des deux articles ne donne de durée de validité ; le modèle suit la pratique de l'éditeur :
    le lien fonctionne jusqu'à exactement 30 jours après l'envoi de l'e-mail, et une invitation
    expirée quitte la liste En attente.
    Refus : INVITATION_EXPIRED.

    Scénario: Le 30e jour, l'invitation fonctionne encore
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors l'invitation envoyée à "lea@gmail.com" par "Acme" expire le 2026-04-09
      Quand la date est le 2026-04-09
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: Le lien fonctionne jusqu'à la minute de son envoi, 30 jours plus tard
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors le lien de l'invitation envoyée à "lea@gmail.com" par "Acme" fonctionne jusqu'au 2026-04-09 09:00
      Quand la date est le 2026-04-09 09:01
      Alors l'invitation envoyée à "lea@gmail.com" par "Acme" est expirée

    Scénario: Le 31e jour, l'invitation a expiré
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand la date est le 2026-04-10
      Alors la liste En attente de "Acme" n'affiche pas "lea@gmail.com"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est expirée
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_EXPIRED"
      Et "lea@gmail.com" a toujours son propre compte

    Scénario: Après l'expiration, le compte peut inviter de nouveau la même personne
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et 31 jours se sont écoulés
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" a reçu 2 e-mails d'invitation de "Acme"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" expire le 2026-05-10

  @rule-INV-5 @assumption
  Règle: Renvoyer une invitation en attente fait repartir le délai de 30 jours
    Absent des articles : le renvoi envoie de nouveau le même lien, et les 30 jours comptent à partir
    du renvoi.
    Refus : INVITATION_EXPIRED (INV-4), INVITATION_NOT_PENDING, NOT_ADMIN_OR_OWNER (PRE-1).

    Scénario: Une invitation renvoyée fonctionne 30 jours après le renvoi
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et 20 jours se sont écoulés
      Quand "adam@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors "lea@gmail.com" a reçu 2 e-mails d'invitation de "Acme"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" expire le 2026-04-29
      Quand la date est le 2026-04-20
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: Sans renvoi, la même date est trop tardive
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand la date est le 2026-04-20
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_EXPIRED"

    Scénario: Une invitation expirée le 31e jour peut être renvoyée et fonctionne de nouveau
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et 31 jours se sont écoulés
      Quand "olivia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors la liste En attente de "Acme" affiche "lea@gmail.com"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" expire le 2026-05-10

    Scénario: Une invitation acceptée ne peut pas être renvoyée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "olivia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors la demande est refusée avec le code "INVITATION_NOT_PENDING"
      Et "lea@gmail.com" a reçu 1 e-mail d'invitation de "Acme"

    Scénario: Un membre ne peut pas renvoyer une invitation
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "mia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" expire le 2026-04-09

  @rule-INV-6 @assumption
  Règle: Un administrateur peut révoquer une invitation en attente, et un lien révoqué est refusé
    Absent des articles : le propriétaire ou un administrateur retire une invitation qui n'a pas
    encore été acceptée.
    Refus : INVITATION_REVOKED, INVITATION_NOT_PENDING (INV-5), NOT_ADMIN_OR_OWNER (PRE-1).

    Scénario: Une invitation révoquée quitte la liste En attente et son lien est refusé
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et 2 jours se sont écoulés
      Quand "adam@acme.com" révoque l'invitation envoyée à "lea@gmail.com"
      Alors la liste En attente de "Acme" n'affiche pas "lea@gmail.com"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est révoquée
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_REVOKED"
      Et "lea@gmail.com" a toujours son propre compte

    Scénario: Après une révocation, le compte peut inviter de nouveau la même personne
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "olivia@acme.com" a révoqué l'invitation envoyée à "lea@gmail.com"
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: Le lien de la première invitation, révoquée, est refusé après l'envoi d'une nouvelle
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "olivia@acme.com" a révoqué l'invitation envoyée à "lea@gmail.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" ouvre le lien de la première invitation de "Acme"
      Alors la demande est refusée avec le code "INVITATION_REVOKED"
      Et "lea@gmail.com" a toujours son propre compte
      Quand "lea@gmail.com" ouvre le lien de la dernière invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: Le lien d'une invitation se désigne par le jour de son envoi
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "olivia@acme.com" a révoqué l'invitation envoyée à "lea@gmail.com"
      Et 2 jours se sont écoulés
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" ouvre le lien de l'invitation de "Acme" envoyée le 2026-03-10
      Alors la demande est refusée avec le code "INVITATION_REVOKED"
      Quand "lea@gmail.com" ouvre le lien de l'invitation de "Acme" envoyée le 2026-03-12
      Alors "lea@gmail.com" fait partie de "Acme"

    Scénario: Une invitation acceptée ne peut pas être révoquée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "olivia@acme.com" révoque l'invitation envoyée à "lea@gmail.com"
      Alors la demande est refusée avec le code "INVITATION_NOT_PENDING"
      Et "lea@gmail.com" fait partie de "Acme"

    Scénario: Un membre ne peut pas révoquer une invitation
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "mia@acme.com" révoque l'invitation envoyée à "lea@gmail.com"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et la liste En attente de "Acme" affiche "lea@gmail.com"

  @rule-INV-7 @nl @fr
  Règle: Il est recommandé aux propriétaires et aux administrateurs de contacter les utilisateurs avant de les inviter (une recommandation, pas une obligation)

    La première des bonnes pratiques des articles : FR « Zoom recommande fortement que les
    propriétaires/administrateurs contactent les utilisateurs individuels avant d'envoyer des
    invitations, afin qu'ils aient une meilleure compréhension de ce qu'ils reçoivent et pourquoi ces
    e-mails sont envoyés » ; NL « Zoom raadt eigenaren/beheerders sterk aan om contact met individuele
    gebruikers op te nemen voordat er uitnodigingen worden verstuurd ». Le modèle enregistre qui a contacté
    qui, et quand ; une invitation envoyée sans contact préalable part quand même. Dans le simulateur, les
    réglages contact_users_first et share_contacted_first la représentent (les utilisateurs contactés
    acceptent avec la proportion accept_share_contacted).
    Hypothèse : un membre qui n'est ni propriétaire ni administrateur est refusé quand il contacte des
    utilisateurs pour le compte (NOT_ADMIN_OR_OWNER) ; les articles ne s'adressent qu'aux propriétaires et
    aux administrateurs.

    Scénario: Un administrateur contacte une utilisatrice puis l'invite, et le contact est enregistré
      Quand "adam@acme.com" contacte "lea@gmail.com" pour lui parler de l'invitation à rejoindre "Acme"
      Et 2 jours passent
      Et "adam@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "lea@gmail.com" a été contacté par "Acme" le 2026-03-10, avant d'être invité

    Scénario: Une invitation sans contact préalable part quand même
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" reçoit un e-mail d'invitation de "Acme"
      Et "lea@gmail.com" n'a pas été contacté par "Acme" avant d'être invité

    @assumption
    Scénario: Un membre qui n'est ni administrateur ni propriétaire ne contacte pas les utilisateurs au nom du compte
      Quand "mia@acme.com" contacte "lea@gmail.com" pour lui parler de l'invitation à rejoindre "Acme"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
