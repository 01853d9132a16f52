# language: fr
@area-licences
Fonctionnalité: Les licences des utilisateurs qui rejoignent le compte, et les autres façons d'entrer
  En tant que propriétaire ou administrateur du compte payant de mon organisation
  Je veux savoir ce qu'un utilisateur garde en rejoignant le compte, et attribuer des licences quand je le décide
  Afin que personne ne soit surpris de perdre l'enregistrement dans le cloud ou les longues réunions,
  et que l'on n'attribue pas plus de licences que le compte n'en a

  Spécification (FR « Si vous invitez des utilisateurs individuels sous licence à rejoindre votre
  compte payant en tant qu'utilisateurs de base, vous devez vous assurer de les informer que leur
  acceptation peut leur faire perdre l'accès à certaines fonctionnalités […] comme l'enregistrement
  dans le cloud et les réunions de plus de 40 minutes. Dans le cas où une licence devrait être
  attribuée ultérieurement, les utilisateurs de base pourront le faire. » « Les utilisateurs peuvent
  également être ajoutés avec l'authentification unique et les domaines associés afin qu'ils
  puissent accéder au système à partir de plusieurs domaines. » NL « Basisgebruikers kunnen zo nodig
  later een licentie toegewezen krijgen. » « Het is ook mogelijk om gebruikers toe te voegen met
  Single Sign-On en Associated Domains. »)
  Un utilisateur individuel sous licence qui rejoint le compte en tant qu'utilisateur de base perd
  l'enregistrement dans le cloud et les réunions de plus de 40 minutes ; un administrateur peut lui
  attribuer une licence plus tard. Aucun des deux articles ne parle de places de licence : le modèle
  suppose qu'inviter ou attribuer une licence demande une licence libre, et qu'une invitation sous
  licence en attente réserve sa licence. L'authentification unique avec les domaines associés fait
  entrer des utilisateurs sans invitation.

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com" avec 2 licences
    Et "adam@acme.com" est administrateur de "Acme"
    Et "mia@acme.com" est membre de "Acme"
    Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
    Et "noah@outlook.com" a un compte gratuit
    Et "max@web.de" a un compte gratuit

  @rule-LIC-1 @nl @fr
  Règle: Un utilisateur individuel sous licence qui rejoint le compte en tant qu'utilisateur de base perd l'enregistrement dans le cloud et les réunions de plus de 40 minutes

    Le texte français dit que l'acceptation « peut leur faire perdre » ces fonctionnalités, le texte
    néerlandais qu'ils les « verliezen » (perdent). C'est une nuance, pas une divergence : un utilisateur
    de base n'a pas de licence, donc quiconque rejoint le compte en tant qu'utilisateur de base les perd ;
    le modèle suit la formulation néerlandaise.

    Scénario: Une utilisatrice sous licence invitée en tant qu'utilisatrice de base perd les fonctionnalités sous licence en acceptant
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" peut enregistrer dans le cloud
      Et les réunions organisées par "lea@gmail.com" n'ont pas de limite de durée
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" perd l'accès à l'enregistrement dans le cloud et aux réunions de plus de 40 minutes
      Et "lea@gmail.com" ne peut pas enregistrer dans le cloud
      Et les réunions organisées par "lea@gmail.com" sont limitées à 40 minutes

    Scénario: Une utilisatrice sous licence invitée avec une licence garde les fonctionnalités sous licence
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" ne perd aucune fonctionnalité en rejoignant le compte
      Et "lea@gmail.com" peut enregistrer dans le cloud
      Et les réunions organisées par "lea@gmail.com" n'ont pas de limite de durée

    Scénario: Un utilisateur de base invité en tant qu'utilisateur de base n'a rien à perdre
      Soit "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme"
      Quand "noah@outlook.com" accepte l'invitation de "Acme"
      Alors "noah@outlook.com" ne perd aucune fonctionnalité en rejoignant le compte
      Et les réunions organisées par "noah@outlook.com" sont limitées à 40 minutes

    Scénario: Rien n'est perdu tant que l'invitation n'est pas acceptée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand 29 jours passent
      Alors "lea@gmail.com" peut enregistrer dans le cloud
      Et "lea@gmail.com" ne perd aucune fonctionnalité en rejoignant le compte

  @rule-LIC-2 @nl @fr @disagreement
  Règle: Une licence peut être attribuée plus tard à un utilisateur de base

    Divergence entre les articles sur qui l'attribue : le texte néerlandais dit que les utilisateurs de
    base « kunnen zo nodig later een licentie toegewezen krijgen » (peuvent se voir attribuer une licence
    plus tard, par un administrateur comme le dit la partie sur les données transférées) ; le texte
    français « Dans le cas où une licence devrait être attribuée ultérieurement, les utilisateurs de base
    pourront le faire ». Le modèle suit la lecture néerlandaise : le propriétaire ou un administrateur
    attribue la licence, à un membre du compte, s'il en reste une de libre. Selon la lecture française, un
    utilisateur de base peut aussi prendre lui-même une licence libre.
    Refus : NO_LICENCE_SEAT (LIC-3), NOT_ADMIN_OR_OWNER (PRE-1), NOT_A_MEMBER_OF_THE_ACCOUNT.

    Scénario: Un administrateur attribue une licence dix jours après que l'utilisatrice a rejoint le compte en tant qu'utilisatrice de base
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et 10 jours passent
      Et "adam@acme.com" attribue une licence à "lea@gmail.com"
      Alors "lea@gmail.com" peut enregistrer dans le cloud
      Et les réunions organisées par "lea@gmail.com" n'ont pas de limite de durée
      Et "Acme" a 1 licence libre

    Scénario: Aucune licence ne peut être attribuée quand toutes sont prises
      Soit "olivia@acme.com" a attribué une licence à "mia@acme.com"
      Et "olivia@acme.com" a attribué une licence à "adam@acme.com"
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme"
      Quand "noah@outlook.com" accepte l'invitation de "Acme"
      Et "olivia@acme.com" attribue une licence à "noah@outlook.com"
      Alors la demande est refusée avec le code "NO_LICENCE_SEAT"
      Et "noah@outlook.com" ne peut pas enregistrer dans le cloud

    Scénario: Un membre qui n'est pas administrateur ne peut pas attribuer de licence
      Quand "mia@acme.com" attribue une licence à "mia@acme.com"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et "mia@acme.com" ne peut pas enregistrer dans le cloud
      Et "Acme" a 2 licences libres

    Scénario: Une licence s'attribue à un membre, pas à quelqu'un qui n'a pas encore rejoint le compte
      Soit "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme"
      Quand "adam@acme.com" attribue une licence à "noah@outlook.com"
      Alors la demande est refusée avec le code "NOT_A_MEMBER_OF_THE_ACCOUNT"
      Et "noah@outlook.com" ne peut pas enregistrer dans le cloud
      Et "Acme" a 2 licences libres
      Quand "noah@outlook.com" accepte l'invitation de "Acme"
      Et "adam@acme.com" attribue une licence à "noah@outlook.com"
      Alors "noah@outlook.com" peut enregistrer dans le cloud
      Et "Acme" a 1 licence libre

    @reading-fr
    Scénario: Lecture française - une utilisatrice de base prend elle-même une licence, s'il en reste une de libre
      Soit le modèle suit la lecture française de l'attribution des licences
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et "lea@gmail.com" attribue une licence à "lea@gmail.com"
      Alors "lea@gmail.com" peut enregistrer dans le cloud
      Et "Acme" a 1 licence libre
      Quand "mia@acme.com" attribue une licence à "lea@gmail.com"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"

  @rule-LIC-3 @assumption
  Règle: Inviter un utilisateur avec une licence demande une licence libre
    Aucun des deux articles ne parle de places de licence. Le modèle suppose qu'une invitation sous
    licence en attente réserve une licence jusqu'à ce qu'elle soit acceptée, révoquée ou expirée.
    Refus : NO_LICENCE_SEAT, INVITATION_EXPIRED (INV-4).

    Scénario: Les invitations sous licence en attente réservent leurs licences et la troisième est refusée
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Alors "Acme" a 1 licence libre
      Quand "olivia@acme.com" ajoute "noah@outlook.com" à "Acme" en tant qu'utilisateur sous licence
      Alors "Acme" a 0 licence libre
      Quand "olivia@acme.com" ajoute "max@web.de" à "Acme" en tant qu'utilisateur sous licence
      Alors la demande est refusée avec le code "NO_LICENCE_SEAT"
      Et "max@web.de" ne reçoit aucun e-mail d'invitation

    Scénario: Sans licence libre, l'utilisateur peut quand même être invité en tant qu'utilisateur de base
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme" en tant qu'utilisateur sous licence
      Quand "olivia@acme.com" ajoute "max@web.de" à "Acme"
      Alors "max@web.de" reçoit un e-mail d'invitation de "Acme"
      Et "Acme" a 0 licence libre

    Scénario: Révoquer une invitation sous licence libère sa licence
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme" en tant qu'utilisateur sous licence
      Quand "olivia@acme.com" révoque l'invitation envoyée à "noah@outlook.com"
      Et "olivia@acme.com" ajoute "max@web.de" à "Acme" en tant qu'utilisateur sous licence
      Alors "max@web.de" reçoit un e-mail d'invitation de "Acme"
      Et "Acme" a 0 licence libre

    Scénario: Une invitation sous licence expirée le 31e jour libère sa licence
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Quand la date est le 2026-04-09
      Alors "Acme" a 1 licence libre
      Quand la date est le 2026-04-10
      Alors "Acme" a 2 licences libres

    Scénario: Une invitation sous licence expirée n'est renvoyée que si une licence s'est libérée
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Et "olivia@acme.com" a ajouté "noah@outlook.com" à "Acme" en tant qu'utilisateur sous licence
      Quand la date est le 2026-04-10
      Et "olivia@acme.com" attribue une licence à "mia@acme.com"
      Et "olivia@acme.com" attribue une licence à "adam@acme.com"
      Alors "Acme" a 0 licence libre
      Quand "olivia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors la demande est refusée avec le code "NO_LICENCE_SEAT"
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" est expirée
      Et "Acme" a 0 licence libre
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "INVITATION_EXPIRED"
      Et "Acme" a 0 licence libre

    Scénario: Une invitation sous licence expirée, renvoyée alors qu'une licence est libre, la réserve à nouveau
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Quand la date est le 2026-04-10
      Et "olivia@acme.com" attribue une licence à "mia@acme.com"
      Alors "Acme" a 1 licence libre
      Quand "olivia@acme.com" renvoie l'invitation à "lea@gmail.com"
      Alors "Acme" a 0 licence libre
      Quand "olivia@acme.com" attribue une licence à "adam@acme.com"
      Alors la demande est refusée avec le code "NO_LICENCE_SEAT"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" peut enregistrer dans le cloud
      Et "Acme" a 0 licence libre

    Scénario: Chaque invitation indique si elle est pour un utilisateur sous licence ou de base, et si elle réserve une licence
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme" en tant qu'utilisateur sous licence
      Et "olivia@acme.com" ajoute "noah@outlook.com" à "Acme"
      Alors l'invitation envoyée à "lea@gmail.com" par "Acme" invite en tant qu'utilisateur sous licence
      Et l'invitation envoyée à "lea@gmail.com" par "Acme" réserve une licence
      Et l'invitation envoyée à "noah@outlook.com" par "Acme" invite en tant qu'utilisateur de base
      Et l'invitation envoyée à "noah@outlook.com" par "Acme" ne réserve aucune licence
      Quand la date est le 2026-04-10
      Alors l'invitation envoyée à "lea@gmail.com" par "Acme" ne réserve aucune licence

  @rule-LIC-4 @nl @fr
  Règle: Des utilisateurs peuvent aussi être ajoutés par l'authentification unique et les domaines associés
    Les articles n'en disent pas plus (FR « Les utilisateurs peuvent également être ajoutés avec
    l'authentification unique et les domaines associés afin qu'ils puissent accéder au système à partir
    de plusieurs domaines » ; NL « Het is ook mogelijk om gebruikers toe te voegen met Single Sign-On en
    Associated Domains »). La façon dont un tel utilisateur entre est une hypothèse du modèle : la règle
    LIC-6.

    Contexte:
      Soit le compte "Acme" a le domaine associé "acme-labs.com"
      Et le compte "Acme" a le domaine associé "acme.fr"

    Scénario: Un utilisateur existant d'un domaine associé est ajouté en se connectant par authentification unique
      Soit "sam@acme-labs.com" a un compte gratuit
      Quand "sam@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors "sam@acme-labs.com" fait partie de "Acme"
      Et "sam@acme-labs.com" ne reçoit aucun e-mail d'invitation
      Et la liste En attente de "Acme" est vide

    Scénario: Les utilisateurs de plusieurs domaines associés sont ajoutés de la même façon
      Soit "chloe@acme.fr" a un compte gratuit
      Quand "chloe@acme.fr" se connecte à "Acme" par authentification unique
      Alors "chloe@acme.fr" fait partie de "Acme"

  @rule-LIC-5 @assumption
  Règle: Les utilisateurs qui rejoignent le compte avec leur propriétaire deviennent des utilisateurs de base
    Aucun des deux articles ne dit ce que deviennent les licences des utilisateurs que le propriétaire
    emmène avec lui (OWN-1). Le modèle suppose que l'invitation ne vaut que pour le propriétaire : les
    utilisateurs liés à son compte arrivent en tant qu'utilisateurs de base et perdent les
    fonctionnalités sous licence, comme toute personne invitée en tant qu'utilisateur de base (LIC-1) ;
    un administrateur peut leur attribuer une licence plus tard (LIC-2), s'il en reste une de libre. Les
    licences du nouveau compte ne sont jamais prises sans avoir été demandées.

    Scénario: Une utilisatrice liée sous licence arrive en tant qu'utilisatrice de base et reçoit une licence plus tard
      Soit "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "ana@studio.nl" dispose d'une licence
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme" en tant qu'utilisateur sous licence
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" peut enregistrer dans le cloud
      Et "ana@studio.nl" a rejoint "Acme" avec le propriétaire "leo@studio.nl"
      Et "ana@studio.nl" perd l'accès à l'enregistrement dans le cloud et aux réunions de plus de 40 minutes
      Et les réunions organisées par "ana@studio.nl" sont limitées à 40 minutes
      Et "Acme" a 1 licence libre
      Quand "adam@acme.com" attribue une licence à "ana@studio.nl"
      Alors "ana@studio.nl" peut enregistrer dans le cloud
      Et "Acme" a 0 licence libre

    Scénario: Une utilisatrice liée sans licence n'a rien à perdre
      Soit "leo@studio.nl" a un compte gratuit
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme"
      Alors "ana@studio.nl" ne perd aucune fonctionnalité en rejoignant le compte
      Et "Acme" a 2 licences libres

  @rule-LIC-6 @assumption
  Règle: L'authentification unique suit les règles d'une invitation : un compte payant, des domaines choisis par un administrateur, des utilisateurs existants seulement, en tant qu'utilisateurs de base
    Les articles ne disent pas comment l'authentification unique ajoute des utilisateurs. Le modèle
    suppose que le propriétaire ou un administrateur d'un compte payant choisit ses domaines associés
    (les prérequis PRE-1 et PRE-2 valent pour cette voie d'entrée comme pour une invitation) ; qu'un
    utilisateur qui a déjà son propre compte, avec une adresse de l'un de ces domaines, se connecte par
    authentification unique et rejoint le compte sans invitation, en tant qu'utilisateur de base, en
    faisant le même choix de remboursement qu'un propriétaire invité (ACC-2) ; que l'adresse est vérifiée
    avant que l'on en lise le domaine (SEC-5) ; que personne n'est créé de cette façon ; et qu'un membre
    d'un autre compte ne peut pas entrer (SEC-3).
    Refus : NOT_ADMIN_OR_OWNER (PRE-1), INVITER_ACCOUNT_NOT_PAID (PRE-2), NO_EXISTING_ACCOUNT,
    REFUND_CHOICE_REQUIRED (ACC-2), NOT_AN_ASSOCIATED_DOMAIN (LIC-4), MEMBER_OF_ANOTHER_ACCOUNT (SEC-3),
    INVALID_ADDRESS (SEC-5).

    Scénario: Le propriétaire ou un administrateur choisit les domaines associés, un simple membre ne le peut pas
      Soit "sam@acme-labs.com" a un compte gratuit
      Quand "adam@acme.com" ajoute le domaine associé "acme-labs.com" à "Acme"
      Et "mia@acme.com" ajoute le domaine associé "acme.de" à "Acme"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Quand "sam@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors "sam@acme-labs.com" fait partie de "Acme"

    Scénario: Un compte gratuit ne fait entrer personne par authentification unique
      Soit le compte gratuit "Tiny" dont le propriétaire est "tom@tiny.io"
      Et le compte "Tiny" a le domaine associé "tiny.io"
      Et "tim@tiny.io" a un compte gratuit
      Quand "tim@tiny.io" se connecte à "Tiny" par authentification unique
      Alors la demande est refusée avec le code "INVITER_ACCOUNT_NOT_PAID"
      Et "tim@tiny.io" a toujours son propre compte
      Quand "tom@tiny.io" ajoute le domaine associé "tiny.example" à "Tiny"
      Alors la demande est refusée avec le code "INVITER_ACCOUNT_NOT_PAID"

    Scénario: L'authentification unique ne crée pas de compte pour quelqu'un qui n'en a pas
      Soit le compte "Acme" a le domaine associé "acme.fr"
      Quand "chloe@acme.fr" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "NO_EXISTING_ACCOUNT"
      Et "chloe@acme.fr" n'existe pas
      Et "Acme" compte 3 membres

    Scénario: Un utilisateur individuel sous licence d'un domaine associé arrive en tant qu'utilisateur de base et choisit un remboursement
      Soit le compte "Acme" a le domaine associé "acme.fr"
      Et "leo@acme.fr" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Quand "leo@acme.fr" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "REFUND_CHOICE_REQUIRED"
      Quand "leo@acme.fr" se connecte à "Acme" par authentification unique en choisissant un remboursement
      Alors "leo@acme.fr" fait partie de "Acme"
      Et "leo@acme.fr" perd l'accès à l'enregistrement dans le cloud et aux réunions de plus de 40 minutes
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "leo@acme.fr"

    Scénario: Une adresse hors des domaines associés ne peut pas se connecter au compte
      Soit le compte "Acme" a le domaine associé "acme-labs.com"
      Quand "noah@outlook.com" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "NOT_AN_ASSOCIATED_DOMAIN"
      Et "noah@outlook.com" a toujours son propre compte

    Scénario: Un membre d'un autre compte ne peut pas non plus entrer par authentification unique
      Soit le compte "Acme" a le domaine associé "acme-labs.com"
      Et le compte payant "Globex" en paiement automatique dont le propriétaire est "gus@globex.com"
      Et "tom@acme-labs.com" est membre de "Globex"
      Quand "tom@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "MEMBER_OF_ANOTHER_ACCOUNT"
      Et "tom@acme-labs.com" fait partie de "Globex"

    Scénario: L'adresse est vérifiée avant que l'on en lise le domaine
      Soit le compte "Acme" a le domaine associé "acme-labs.com"
      Quand "attacker@evil.com#@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Quand "@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Quand "a b@acme-labs.com" se connecte à "Acme" par authentification unique
      Alors la demande est refusée avec le code "INVALID_ADDRESS"
      Et "Acme" compte 3 membres
