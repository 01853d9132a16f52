# language: fr
@area-account-owners
Fonctionnalité: Le propriétaire d'un compte accepte une invitation
  En tant que propriétaire d'un compte invité à rejoindre le compte payant de mon organisation
  Je veux savoir ce que deviennent les utilisateurs de mon compte, mes salles Zoom et ma demande d'annulation
  Afin de préparer mon compte et d'accepter sans mauvaise surprise

  Spécification (FR « Remarques » ; NL « Opmerkingen ») :
  - FR « Le propriétaire du compte doit supprimer, dissocier ou inviter tous les utilisateurs qui sont
    encore liés à votre compte afin de laissez l'invitation être acceptée ... si vous ne pouvez pas
    accepter l'invitation en raison de l'erreur 1009. »
  - NL « Als de eigenaar van een account wordt uitgenodigd om zich bij een account aan te sluiten, zullen
    de eigenaar en alle gebruikers op de account zich bij de account aansluiten, inclusief eventuele
    gebruikers buiten het beheerde domein dat de account kan hebben. Als deze externe gebruikers ongewenst
    zijn in de nieuwe account, moeten ze ontkoppeld of verwijderd worden voordat u de uitnodiging namens
    de hele account accepteert. » (le propriétaire rejoint le compte avec tous les utilisateurs du compte,
    y compris ceux hors du domaine géré ; les utilisateurs externes indésirables doivent d'abord être
    dissociés ou supprimés).
  - FR « vous devrez peut-être supprimer la salle Zoom de la page Salles Zoom avant acceptant
    l'invitation » / NL « Eigenaars kunnen geen uitnodiging accepteren als er nog Zoom Rooms op de
    account staan. »
  - FR « Il est possible que vous soyez informé que vous devez supprimer votre demande d'annulation de
    votre compte avant d'accepter une invitation ... Cliquez sur Réactiver le forfait sur la page
    Facturation de votre compte. Afin de recevoir un remboursement/crédit au prorata pour la partie
    inutilisée de votre plan, vous devez accepter l'invitation à la nouveau compte une fois réactivé. »

  Contexte:
    Soit nous sommes le 2026-03-10

  @rule-OWN-1 @nl @disagreement
  Règle: Le propriétaire rejoint le compte avec tous les utilisateurs de son compte, y compris ceux hors du domaine géré

    Divergence entre les articles : le texte néerlandais dit que le propriétaire et tous les utilisateurs du compte
    rejoignent le nouveau compte, y compris les utilisateurs hors du domaine géré. Le texte français dit
    au contraire qu'un propriétaire dont le compte a encore des utilisateurs liés ne peut pas accepter
    (erreur 1009) tant qu'ils n'ont pas été supprimés, dissociés ou invités (OWN-3). Le modèle suit par
    défaut la lecture néerlandaise ; la lecture française donne l'erreur 1009.

    Scénario: Le propriétaire d'un compte payant emmène un utilisateur du domaine et un utilisateur externe
      # le remboursement du propriétaire : 14,99 $ x 22 / 31 jours = 10,64 $ ; les utilisateurs n'ont pas de remboursement propre
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et le compte de "leo@studio.nl" gère le domaine "studio.nl"
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "sam@gmail.com" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Alors les utilisateurs hors du domaine géré du compte de "leo@studio.nl" sont "sam@gmail.com"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et "ana@studio.nl" a rejoint "Acme" avec le propriétaire "leo@studio.nl"
      Et "sam@gmail.com" a rejoint "Acme" avec le propriétaire "leo@studio.nl"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "leo@studio.nl"
      Et aucun remboursement n'est demandé pour "sam@gmail.com"

    Scénario: Le propriétaire d'un compte gratuit emmène ses deux utilisateurs
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un compte gratuit
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "sam@gmail.com" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme"
      Alors "leo@studio.nl" fait partie de "Acme"
      Et "ana@studio.nl" fait partie de "Acme"
      Et "sam@gmail.com" fait partie de "Acme"

    @reading-fr
    Scénario: Lecture française - le propriétaire ne peut pas emmener les utilisateurs liés (erreur 1009)
      Soit le modèle suit la lecture française des utilisateurs liés
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "sam@gmail.com" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "1009"
      Et "leo@studio.nl" a toujours son propre compte
      Et "sam@gmail.com" ne fait pas partie de "Acme"

  @rule-OWN-2 @nl
  Règle: Les utilisateurs externes indésirables sont dissociés ou supprimés avant que le propriétaire accepte

    Un utilisateur dissocié quitte le compte et garde son propre compte gratuit ; un utilisateur supprimé
    est effacé avec ses données. Dans les deux cas, il ne rejoint pas le nouveau compte.
    Hypothèse : un utilisateur supprimé est effacé avec ses données (le texte néerlandais dit seulement «
    verwijderd », supprimé), et seul le propriétaire ou un administrateur dissocie ou supprime un
    utilisateur (NOT_ADMIN_OR_OWNER, comme PRE-1).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et le compte de "leo@studio.nl" gère le domaine "studio.nl"
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "sam@gmail.com" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"

    Scénario: Le propriétaire dissocie l'utilisateur externe, qui garde son propre compte
      Quand "leo@studio.nl" dissocie "sam@gmail.com" de son compte
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et "ana@studio.nl" fait partie de "Acme"
      Et "sam@gmail.com" ne fait pas partie de "Acme"
      Et "sam@gmail.com" a toujours son propre compte

    @assumption
    Scénario: Le propriétaire supprime l'utilisateur externe, qui est effacé
      Quand "leo@studio.nl" supprime "sam@gmail.com" de son compte
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "ana@studio.nl" fait partie de "Acme"
      Et "sam@gmail.com" n'existe plus
      Et le solde créditeur de "Acme" est de 10,64 $

    @assumption
    Scénario: Un utilisateur qui n'est ni propriétaire ni administrateur ne peut pas dissocier un autre utilisateur
      Quand "ana@studio.nl" dissocie "sam@gmail.com" de son compte
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et "sam@gmail.com" est toujours lié au compte de "leo@studio.nl"

  @rule-OWN-3 @fr @disagreement
  Règle: Erreur 1009 - le propriétaire ne peut pas accepter tant que d'autres utilisateurs sont encore liés au compte

    Divergence entre les articles : le texte français demande au propriétaire de supprimer, dissocier ou
    inviter tous les utilisateurs encore liés au compte avant que l'invitation puisse être acceptée, sinon
    l'acceptation échoue avec l'erreur 1009. Le texte néerlandais fait rejoindre ces utilisateurs avec le
    propriétaire (OWN-1). Le modèle suit par défaut la lecture néerlandaise ; ces scénarios utilisent la
    lecture française. L'option « inviter » (inviter les utilisateurs liés au nouveau compte) n'est pas
    modélisée, car un utilisateur membre d'un autre compte ne peut pas accepter (SEC-3) ; le message de
    l'erreur 1009 ne propose donc que ce qui fonctionne : supprimer ou dissocier les utilisateurs.
    Décision, les articles en main : le « inviter » français reste hors du modèle. Inviter un utilisateur
    lié à rejoindre le nouveau compte ne le retire pas du compte du propriétaire, et, membre d'un autre
    compte, il ne peut pas accepter (SEC-3) : le dernier scénario le montre, selon la lecture française.
    Refus : MEMBER_OF_ANOTHER_ACCOUNT (SEC-3).

    @reading-fr
    Scénario: Erreur 1009 tant que chaque utilisateur lié n'est pas dissocié ou supprimé
      Soit le modèle suit la lecture française des utilisateurs liés
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "sam@gmail.com" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "1009"
      Et "ana@studio.nl" est toujours lié au compte de "leo@studio.nl"
      Et aucun remboursement n'est demandé pour "leo@studio.nl"
      Quand "leo@studio.nl" dissocie "ana@studio.nl" de son compte
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "1009"
      Quand "leo@studio.nl" supprime "sam@gmail.com" de son compte
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et "ana@studio.nl" a toujours son propre compte
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "leo@studio.nl"

    @reading-fr
    Scénario: Un propriétaire seul sur son compte ne voit jamais l'erreur 1009
      Soit le modèle suit la lecture française des utilisateurs liés
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et un remboursement de 121,97 $ sur son propre mode de paiement est demandé pour "leo@studio.nl"

    @reading-fr
    Scénario: Lecture française - inviter un utilisateur lié ne lève pas l'erreur 1009, et cet utilisateur ne peut pas accepter
      Soit le modèle suit la lecture française des utilisateurs liés
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "olivia@acme.com" ajoute "ana@studio.nl" à "Acme"
      Et "ana@studio.nl" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "MEMBER_OF_ANOTHER_ACCOUNT"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "1009"
      Et "ana@studio.nl" est toujours lié au compte de "leo@studio.nl"

  @rule-OWN-4 @nl @fr @disagreement
  Règle: Le propriétaire ne peut pas accepter tant qu'il reste des salles Zoom sur le compte

    Divergence entre les articles : le texte néerlandais fait des salles Zoom une condition à part pour le
    propriétaire (« Eigenaars kunnen geen uitnodiging accepteren als er nog Zoom Rooms op de account staan.
    Deze moeten verwijderd worden op de pagina Zoom Rooms »). Le texte français les rattache à l'erreur
    1009 : si supprimer, dissocier ou inviter les utilisateurs liés n'est pas une option, « vous devrez
    peut-être supprimer la salle Zoom de la page Salles Zoom avant acceptant l'invitation ». Le modèle suit
    la lecture néerlandaise (refus avec ZOOM_ROOMS_ON_ACCOUNT tant qu'il reste une salle Zoom) ; selon la
    lecture française, une salle Zoom restée sur le compte donne l'erreur 1009.
    Refus : UNPAID_INVOICES (ACC-5).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"

    Scénario: Le propriétaire supprime la salle Zoom, puis accepte
      Soit "leo@studio.nl" a la salle Zoom "Salle du conseil" sur son compte
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "ZOOM_ROOMS_ON_ACCOUNT"
      Et "leo@studio.nl" a toujours son propre compte
      Quand "leo@studio.nl" supprime la salle Zoom "Salle du conseil" de la page Salles Zoom
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "leo@studio.nl"

    Scénario: Toutes les salles Zoom doivent être supprimées, une seule ne suffit pas
      Soit "leo@studio.nl" a la salle Zoom "Salle du conseil" sur son compte
      Et "leo@studio.nl" a la salle Zoom "Accueil" sur son compte
      Quand "leo@studio.nl" supprime la salle Zoom "Salle du conseil" de la page Salles Zoom
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors la demande est refusée avec le code "ZOOM_ROOMS_ON_ACCOUNT"
      Et le solde créditeur de "Acme" est de 0,00 $
      Quand "leo@studio.nl" supprime la salle Zoom "Accueil" de la page Salles Zoom
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "leo@studio.nl" fait partie de "Acme"
      Et le solde créditeur de "Acme" est de 10,64 $

    Scénario: Avec une facture impayée et une salle Zoom, le propriétaire est refusé pour l'une ou l'autre raison
      # les articles ne disent pas quel obstacle est signalé en premier
      Soit "leo@studio.nl" a la salle Zoom "Salle du conseil" sur son compte
      Et "leo@studio.nl" a une facture impayée de 14,99 $
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec l'un des codes "UNPAID_INVOICES", "ZOOM_ROOMS_ON_ACCOUNT"
      Quand "leo@studio.nl" règle ses factures impayées
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "ZOOM_ROOMS_ON_ACCOUNT"

    @reading-fr
    Scénario: Lecture française - une salle Zoom restée sur le compte donne l'erreur 1009
      Soit le modèle suit la lecture française des salles Zoom
      Et "leo@studio.nl" a la salle Zoom "Salle du conseil" sur son compte
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "1009"
      Quand "leo@studio.nl" supprime la salle Zoom "Salle du conseil" de la page Salles Zoom
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"

  @rule-OWN-5 @nl @fr
  Règle: Une demande d'annulation en cours est d'abord supprimée avec « Réactiver le forfait », et le remboursement ou crédit au prorata est quand même versé

    Refus : PENDING_CANCELLATION.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Réactiver le forfait, accepter, et le remboursement au prorata est quand même versé
      Soit "leo@studio.nl" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "leo@studio.nl" a demandé l'annulation de son forfait
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "PENDING_CANCELLATION"
      Et aucun remboursement n'est demandé pour "leo@studio.nl"
      Quand "leo@studio.nl" clique sur Réactiver le forfait sur la page Facturation
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "leo@studio.nl" fait partie de "Acme"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "leo@studio.nl"

    Scénario: Réactiver le forfait deux jours plus tard, accepter, et le crédit au prorata est quand même transféré
      # accepté le 2026-03-12 : 149,90 $ x 295 / 365 jours = 121,150... $ -> 121,15 $
      Soit "leo@studio.nl" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01
      Et "leo@studio.nl" a demandé l'annulation de son forfait
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors la demande est refusée avec le code "PENDING_CANCELLATION"
      Quand la date est le 2026-03-12
      Et "leo@studio.nl" clique sur Réactiver le forfait sur la page Facturation
      Et "leo@studio.nl" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "leo@studio.nl" fait partie de "Acme"
      Et "olivia@acme.com" reçoit un e-mail de confirmation du crédit de 121,15 $ transféré par "leo@studio.nl"
      Et le solde créditeur de "Acme" est de 121,15 $

  @rule-OWN-6 @assumption
  Règle: Un utilisateur qui rejoint le compte avec son propriétaire n'a plus d'invitation en attente de ce compte
    Aucun des deux articles ne le dit. Une utilisatrice liée au compte d'un propriétaire peut aussi avoir
    reçu sa propre invitation du compte que le propriétaire rejoint. Une fois membre, cette invitation est
    sans objet : elle quitte la liste En attente, libère la licence qu'elle réservait, et son lien indique
    qu'elle est déjà membre.
    Refus : ALREADY_MEMBER (INV-1).

    Scénario: L'invitation sous licence de l'utilisatrice liée quitte la liste En attente et libère sa licence
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com" avec 1 licence
      Et "leo@studio.nl" a un compte gratuit
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "ana@studio.nl" à "Acme" en tant qu'utilisateur sous licence
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Alors "Acme" a 0 licence libre
      Quand "leo@studio.nl" accepte l'invitation de "Acme"
      Alors "ana@studio.nl" a rejoint "Acme" avec le propriétaire "leo@studio.nl"
      Et la liste En attente de "Acme" n'affiche pas "ana@studio.nl"
      Et l'invitation envoyée à "ana@studio.nl" par "Acme" est sans objet
      Et l'invitation envoyée à "ana@studio.nl" par "Acme" a été close car elle a rejoint le compte avec le propriétaire "leo@studio.nl"
      Et "Acme" a 1 licence libre
      Quand "olivia@acme.com" attribue une licence à "ana@studio.nl"
      Alors "ana@studio.nl" peut enregistrer dans le cloud
      Et "Acme" a 0 licence libre

    Scénario: Son propre lien indique alors qu'elle est déjà membre
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "leo@studio.nl" a un compte gratuit
      Et "ana@studio.nl" est lié au compte de "leo@studio.nl"
      Et "olivia@acme.com" a ajouté "ana@studio.nl" à "Acme"
      Et "olivia@acme.com" a ajouté "leo@studio.nl" à "Acme"
      Quand "leo@studio.nl" accepte l'invitation de "Acme"
      Et "ana@studio.nl" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "ALREADY_MEMBER"
      Et "ana@studio.nl" fait partie de "Acme"
      Et la liste En attente de "Acme" est vide
