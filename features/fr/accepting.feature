# language: fr
@area-accepting
Fonctionnalité: Accepter une invitation à rejoindre un compte payant
  En tant qu'utilisateur Zoom invité à rejoindre le compte payant de mon organisation
  Je veux accepter l'invitation et récupérer la partie inutilisée de mon propre forfait
  Afin de rejoindre l'organisation sans payer deux fois

  Spécification (FR « Comment les utilisateurs accepter un invitation » ; NL « Hoe gebruikers een
  uitnodiging accepteren ») :
  - « L'invitation sera acceptée par l'utilisateur lorsqu'il cliquera sur le lien hypertexte ou le
    collera dans un navigateur. »
  - Le propriétaire d'un compte payant récupère la partie inutilisée de son forfait, au prorata : en
    remboursement sur son propre mode de paiement ou (texte néerlandais) en crédit transféré au compte
    qu'il rejoint.
  - « Contrairement au montant de votre crédit/remboursement au prorata, le solde de votre compte reflète
    le montant dû sur votre compte à la date du relevé. Si vous avez des factures impayées et que vous
    souhaitez rejoindre un autre compte, vous ne pourrez pas le faire. »
  - « Vous recevrez le remboursement sur votre mode de paiement d'origine ... dans les 3 à 5 jours
    ouvrables après avoir soumis votre demande de remboursement. »

  Contexte:
    Soit nous sommes le 2026-03-10

  @rule-ACC-1 @nl @fr
  Règle: L'utilisateur accepte en cliquant sur le lien de l'e-mail d'invitation ou en le collant dans un navigateur

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Le titulaire d'un compte gratuit clique sur le lien et rejoint le compte
      Soit "lea@gmail.com" a un compte gratuit
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" clique sur le lien hypertexte de l'e-mail d'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et la liste En attente de "Acme" n'affiche pas "lea@gmail.com"

    Scénario: Le propriétaire d'un compte payant colle le lien dans un navigateur et rejoint le compte
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" colle le lien d'invitation de "Acme" dans un navigateur en choisissant un remboursement
      Alors "lea@gmail.com" fait partie de "Acme"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"

    Scénario: Tant que le lien n'est pas ouvert, l'utilisateur reste dans son propre compte
      Soit "lea@gmail.com" a un compte gratuit
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" a toujours son propre compte
      Et la liste En attente de "Acme" affiche "lea@gmail.com"

  @rule-ACC-2 @nl @fr @disagreement
  Règle: Le propriétaire d'un compte payant choisit entre un remboursement sur son propre mode de paiement et un transfert de crédit

    Divergence entre les articles : les deux textes laissent un choix à l'utilisateur. Le texte néerlandais
    laisse le propriétaire d'un compte payant choisir entre un remboursement au prorata sur son propre mode
    de paiement et le transfert du crédit au prorata au nouveau compte (« kan hij/zij kiezen of ... terug
    wil ontvangen naar zijn/haar eigen betaalmethode of het pro rata tegoed wil overdragen »). Le texte
    français dit lui aussi « L'utilisateur a la possibilité de choisir », mais rattache chaque option à un
    type de compte : le remboursement « s'il est propriétaire d'un compte payant », le transfert du crédit
    « s'ils sont titulaires d'un compte gratuit » (qui n'ont pas de crédit, voir ACC-7). À la lettre, le
    propriétaire d'un compte payant ne se voit proposer que le remboursement. Par défaut, le modèle suit la
    lecture néerlandaise ; la lecture française refuse le transfert de crédit au propriétaire d'un compte
    payant.
    Hypothèse : le choix est obligatoire : le propriétaire d'un compte payant qui ne choisit pas est
    refusé (REFUND_CHOICE_REQUIRED), tout comme une réponse qui n'est ni l'un ni l'autre
    (INVALID_REFUND_CHOICE) ; les articles offrent le choix sans dire ce qui se passe en son absence.
    Selon la lecture française, un transfert de crédit est refusé avec CREDIT_TRANSFER_NOT_OFFERED.

    Scénario: La titulaire d'un forfait mensuel choisit un remboursement
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: La titulaire d'un forfait mensuel choisit un transfert de crédit vers le nouveau compte
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors aucun remboursement n'est demandé pour "lea@gmail.com"
      Et le solde créditeur de "Acme" est de 10,64 $

    @assumption
    Scénario: Le propriétaire d'un compte payant doit faire un choix
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors la demande est refusée avec le code "REFUND_CHOICE_REQUIRED"
      Et "lea@gmail.com" a toujours son propre compte

    @assumption
    Scénario: Une réponse qui n'est ni un remboursement ni un transfert de crédit est refusée et rien n'est versé
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en répondant "refnud" au choix du remboursement
      Alors la demande est refusée avec le code "INVALID_REFUND_CHOICE"
      Et "lea@gmail.com" a toujours son propre compte
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en répondant "Refund" au choix du remboursement
      Alors la demande est refusée avec le code "INVALID_REFUND_CHOICE"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en répondant "" au choix du remboursement
      Alors la demande est refusée avec le code "INVALID_REFUND_CHOICE"
      Et aucun remboursement n'est demandé pour "lea@gmail.com"
      Et le solde créditeur de "Acme" est de 0,00 $
      Et la liste En attente de "Acme" affiche "lea@gmail.com"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" a récupéré 10,64 $ une seule fois, en remboursement ou en crédit

    @reading-fr
    Scénario: Lecture française - le transfert de crédit n'est pas proposé au propriétaire d'un compte payant
      Soit le modèle suit la lecture française du choix du remboursement
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors la demande est refusée avec le code "CREDIT_TRANSFER_NOT_OFFERED"
      Et "lea@gmail.com" a toujours son propre compte
      Et le solde créditeur de "Acme" est de 0,00 $

    @reading-fr
    Scénario: Lecture française - le propriétaire d'un compte payant est remboursé
      Soit le modèle suit la lecture française du choix du remboursement
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" fait partie de "Acme"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"

  @rule-ACC-3 @assumption
  Règle: Le montant au prorata est le prix du forfait multiplié par le nombre de jours restants et divisé par le nombre de jours de la période, arrondi une seule fois au centime, le demi-centime vers le haut

    Aucun des deux textes ne dit comment la partie inutilisée est calculée. Hypothèse : les jours
    depuis le jour de l'acceptation (inclus) jusqu'à la fin de la période (exclue), divisés par les
    jours de la période, appliqués au prix en centimes et arrondis une seule fois au centime, la
    moitié vers le haut. Un forfait payant se renouvelle à la fin de chaque période (d'un mois pour un
    forfait mensuel, d'un an pour un forfait annuel) : la période est celle du jour de l'acceptation.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Un forfait mensuel, invitation acceptée le 10 mars
      # mars compte 31 jours ; du 2026-03-10 au 2026-04-01 il reste 22 jours : 14,99 $ x 22 / 31 = 10,638... $ -> 10,64 $
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le montant au prorata pour "lea@gmail.com" est de 10,64 $

    Scénario: Un forfait annuel, invitation acceptée le 10 mars
      # 2026 compte 365 jours ; du 2026-03-10 au 2027-01-01 il reste 297 jours : 149,90 $ x 297 / 365 = 121,973... $ -> 121,97 $
      Soit "lea@gmail.com" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le montant au prorata pour "lea@gmail.com" est de 121,97 $
      Et un remboursement de 121,97 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"

    Scénario: Un forfait mensuel renouvelé avant l'acceptation est calculé au prorata sur sa nouvelle période
      # le forfait s'est renouvelé le 2026-04-01 pour la période du 2026-04-01 au 2026-05-01 (30 jours) ; le 2026-04-16, il reste 15 jours : 7,495 $ -> 7,50 $
      Soit nous sommes le 2026-04-16
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le montant au prorata pour "lea@gmail.com" est de 7,50 $

    Scénario: Un forfait mensuel renouvelé le 15 compte les jours réels de son mois civil
      # la période du 2027-01-15 au 2027-02-15 compte 31 jours ; le 2027-01-30, il en reste 16 : 14,99 $ x 16 / 31 = 7,736... $ -> 7,74 $ (et non 7,99 $ pour un mois de 30 jours)
      Soit nous sommes le 2027-01-30
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2027-01-15 au 2027-02-15
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le montant au prorata pour "lea@gmail.com" est de 7,74 $

    Scénario: Renouvelé le 15 février, le forfait a pour période les 28 jours de février
      # renouvelé le 2027-02-15 pour la période du 2027-02-15 au 2027-03-15 (28 jours) ; le 2027-03-02, il en reste 13 : 14,99 $ x 13 / 28 = 6,959... $ -> 6,96 $
      Soit nous sommes le 2027-03-02
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2027-01-15 au 2027-02-15
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le montant au prorata pour "lea@gmail.com" est de 6,96 $

    Scénario: Un demi-centime est arrondi vers le haut, une seule fois
      # avril compte 30 jours ; du 2026-04-16 au 2026-05-01 il reste 15 jours : 14,99 $ x 15 / 30 = 7,495 $ -> 7,50 $
      Soit nous sommes le 2026-04-16
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-04-01 au 2026-05-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors le montant au prorata pour "lea@gmail.com" est de 7,50 $
      Et le solde créditeur de "Acme" est de 7,50 $

    Scénario: Invitation acceptée le dernier jour de la période : il reste un jour
      # du 2026-03-31 au 2026-04-01 il reste 1 jour : 14,99 $ x 1 / 31 = 0,4835... $ -> 0,48 $
      Soit nous sommes le 2026-03-31
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors le montant au prorata que "lea@gmail.com" récupérerait aujourd'hui est de 0,48 $

  @rule-ACC-4 @nl @fr
  Règle: Le solde du compte est le montant dû à la date du relevé, pas le remboursement ou le crédit au prorata

    « Contrairement au montant de votre crédit/remboursement au prorata, le solde de votre compte reflète
    le montant dû sur votre compte à la date du relevé. » Un propriétaire dont le solde indique un
    montant dû a des factures impayées et ne peut pas rejoindre le compte (ACC-5).
    Le texte néerlandais dit « op dit moment » (en ce moment) là où le français dit « à la date du relevé »,
    que suit le titre. Le solde du modèle est ce que doivent les factures ouvertes ce jour-là : le même
    montant selon les deux formulations, puisque rien n'est dû hors d'une facture.
    Refus : UNPAID_INVOICES (ACC-5).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Un propriétaire au solde impayé est bloqué, quel que soit le montant au prorata
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "lea@gmail.com" a une facture impayée de 14,99 $
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors le solde du compte de "lea@gmail.com" est de 14,99 $
      Et le montant au prorata que "lea@gmail.com" récupérerait aujourd'hui est de 10,64 $
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "UNPAID_INVOICES"
      Et aucun remboursement n'est demandé pour "lea@gmail.com"

    Scénario: Un propriétaire à jour a un solde nul et reçoit quand même le remboursement au prorata
      Soit "lea@gmail.com" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01
      Et "lea@gmail.com" a une facture payée de 149,90 $
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors le solde du compte de "lea@gmail.com" est de 0,00 $
      Et le montant au prorata que "lea@gmail.com" récupérerait aujourd'hui est de 121,97 $
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 121,97 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"

  @rule-ACC-5 @nl @fr
  Règle: Un utilisateur qui a des factures impayées ne peut pas rejoindre un autre compte

    Refus : UNPAID_INVOICES.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Deux factures impayées bloquent l'adhésion
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "lea@gmail.com" a une facture impayée de 14,99 $
      Et "lea@gmail.com" a une facture impayée de 4,50 $
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors la demande est refusée avec le code "UNPAID_INVOICES"
      Et "lea@gmail.com" a toujours son propre compte
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: Une fois les factures impayées réglées, l'utilisateur rejoint le compte et reçoit le montant au prorata
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "lea@gmail.com" a une facture impayée de 14,99 $
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "UNPAID_INVOICES"
      Quand "lea@gmail.com" règle ses factures impayées
      Alors le solde du compte de "lea@gmail.com" est de 0,00 $
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "lea@gmail.com" fait partie de "Acme"
      Et un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"

    Scénario: Les factures payées ne bloquent pas l'adhésion
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "lea@gmail.com" a une facture payée de 14,99 $
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "lea@gmail.com" fait partie de "Acme"

  @rule-ACC-6 @nl @fr
  Règle: Le remboursement est versé sur le mode de paiement d'origine au plus tard le 5e jour ouvrable après la demande

    FR « dans les 3 à 5 jours ouvrables après avoir soumis votre demande de remboursement » ; NL « wordt de
    terugbetaling binnen 3-5 werkdagen verwerkt via je oorspronkelijke betalingsmethode ». Les jours
    ouvrables excluent les week-ends et les jours fériés. (Qu'il ne soit pas versé avant le 3e jour
    ouvrable est une hypothèse du modèle : la règle ACC-8.)

    Scénario: Un remboursement demandé un mardi est versé au plus tard le mardi suivant
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors le remboursement à "lea@gmail.com" doit être versé entre le 2026-03-13 et le 2026-03-17
      Quand la date est le 2026-03-16
      Alors le remboursement à "lea@gmail.com" n'est pas encore versé
      Quand la date est le 2026-03-17
      Alors le remboursement à "lea@gmail.com" est versé le 2026-03-17

    Scénario: Pour un remboursement demandé un jeudi, le week-end ne compte pas
      # jeudi 2026-03-12 : ven. 13 (1), lun. 16 (2), mar. 17 (3), mer. 18 (4), jeu. 19 (5)
      Soit nous sommes le 2026-03-12
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 9,67 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"
      Et le remboursement à "lea@gmail.com" doit être versé entre le 2026-03-17 et le 2026-03-19
      Quand la date est le 2026-03-18
      Alors le remboursement à "lea@gmail.com" n'est pas encore versé
      Quand la date est le 2026-03-19
      Alors le remboursement à "lea@gmail.com" est versé le 2026-03-19

    Scénario: Un jour férié, déclaré une fois le compte ouvert, retarde le remboursement d'un jour ouvrable
      # jeudi 2026-04-02 : ven. 3 (1), le lundi de Pâques 6 est férié, mar. 7 (2), mer. 8 (3), jeu. 9 (4), ven. 10 (5)
      Soit nous sommes le 2026-04-02
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et le 2026-04-06 est un jour férié
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-04-01 au 2026-05-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 14,49 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"
      Et le remboursement à "lea@gmail.com" doit être versé entre le 2026-04-08 et le 2026-04-10
      Quand la date est le 2026-04-09
      Alors le remboursement à "lea@gmail.com" n'est pas encore versé
      Quand la date est le 2026-04-10
      Alors le remboursement à "lea@gmail.com" est versé le 2026-04-10

  @rule-ACC-7 @nl @fr
  Règle: Le titulaire d'un compte gratuit rejoint le compte sans remboursement : il n'a rien à récupérer

    Seuls les utilisateurs d'un forfait payant récupèrent la partie inutilisée : FR « recevoir son
    remboursement au prorata ... s'il est propriétaire d'un compte payant » ; NL « Individuele gebruikers met
    betaalde accounts ontvangen restitutie voor de resterende duur van hun abonnement ». Un compte gratuit
    n'a pas de partie inutilisée à rendre. À la lettre, la même phrase française donne au titulaire d'un
    compte gratuit un transfert de crédit (« transférer le solde créditeur au prorata ... s'ils sont
    titulaires d'un compte gratuit ») : le modèle ne la suit pas, un compte gratuit ne transfère rien (voir
    ACC-2). (La phrase d'introduction française « vous pourrez rembourser tout membre individuel disposant
    d'un compte payant » dit qui rembourse, l'organisation qui invite : voir ACC-11.)

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Le titulaire d'un compte gratuit rejoint le compte sans choix de remboursement
      Soit "lea@gmail.com" a un compte gratuit
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et le montant au prorata pour "lea@gmail.com" est de 0,00 $
      Et aucun remboursement n'est demandé pour "lea@gmail.com"

    Scénario: Le titulaire d'un compte gratuit qui demande un transfert de crédit ne transfère rien
      Soit "lea@gmail.com" a un compte gratuit
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "lea@gmail.com" fait partie de "Acme"
      Et le solde créditeur de "Acme" est de 0,00 $
      Et aucun e-mail de confirmation de crédit n'est envoyé à "olivia@acme.com"

  @rule-ACC-8 @assumption
  Règle: Le remboursement n'est pas versé avant le 3e jour ouvrable après la demande

    « Dans les 3 à 5 jours ouvrables » donne la période pendant laquelle le remboursement est traité ; que
    le prestataire de paiement ne le verse pas avant le 3e jour ouvrable est une lecture du modèle, pas
    des articles.
    Refus : REFUND_OUTSIDE_WINDOW (ACC-6).

    Scénario: Verser le 2e jour ouvrable est trop tôt, le 3e le remboursement est versé
      # mardi 2026-03-10 : mer. 11 (1), jeu. 12 (2), ven. 13 (3)
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et la date est le 2026-03-12
      Et le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-12
      Alors la demande est refusée avec le code "REFUND_OUTSIDE_WINDOW"
      Et le remboursement à "lea@gmail.com" n'est pas encore versé
      Quand la date est le 2026-03-13
      Et le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-13
      Alors le remboursement à "lea@gmail.com" est versé le 2026-03-13

    Scénario: Un jour de week-end n'est jamais un jour de versement
      # jeudi 2026-03-12 : le premier jour ouvrable est ven. 13, le 3e mar. 17
      Soit nous sommes le 2026-03-12
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-14
      Alors la demande est refusée avec le code "REFUND_OUTSIDE_WINDOW"
      Quand le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-17
      Alors le remboursement à "lea@gmail.com" est versé le 2026-03-17

  @rule-ACC-9 @assumption
  Règle: Chaque centime au prorata est rendu une seule fois, en remboursement ou en crédit, jamais les deux, jamais deux fois

    Aucun des deux articles ne le dit en toutes lettres ; c'est le sens de « rembourser le reste de
    l'abonnement ». Un second clic sur le lien, deux onglets qui envoient le même lien au même instant ou
    un prestataire de paiement qui verse deux fois le même remboursement ne font jamais rien payer une
    seconde fois.
    Refus : INVITATION_ALREADY_USED (SEC-2), REFUND_OUTSIDE_WINDOW (ACC-6).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"

    Scénario: Un second clic sur le lien d'un forfait payant ne fait rien payer de plus
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors la demande est refusée avec le code "INVITATION_ALREADY_USED"
      Et "lea@gmail.com" a récupéré 10,64 $ une seule fois, en remboursement ou en crédit
      Et aucun remboursement n'est demandé pour "lea@gmail.com"
      Et le solde créditeur de "Acme" est de 10,64 $

    Scénario: Le prestataire de paiement ne peut pas verser deux fois le même remboursement
      Soit "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-13
      Et le prestataire de paiement verse le remboursement à "lea@gmail.com" le 2026-03-16
      Alors la demande est refusée avec le code "REFUND_OUTSIDE_WINDOW"
      Et le remboursement à "lea@gmail.com" est versé le 2026-03-13

    Scénario: Les personnes qui ouvrent leur lien dans deux onglets au même instant ne sont remboursées qu'une fois
      # une migration en masse : beaucoup de personnes cliquent en même temps, certaines deux fois
      Soit "olivia@acme.com" a invité 60 personnes qui ont un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01 à rejoindre "Acme"
      Quand chacune ouvre le lien d'invitation dans deux onglets au même instant, en choisissant un remboursement dans l'un et un transfert de crédit dans l'autre
      Alors pour chacune, l'un des onglets a abouti et l'autre a été refusé avec le code "INVITATION_ALREADY_USED"
      Et chacune figure une seule fois parmi les membres de "Acme"
      Et chacune a récupéré 10,64 $ une seule fois, en remboursement ou en crédit

  @rule-ACC-10 @nl
  Règle: Après avoir rejoint le compte, l'utilisateur se connecte comme avant, sur zoom.us, avec la même adresse et le même mot de passe
    NL « Nadat de bovenstaande stappen zijn voltooid, kan de gebruiker zich aanmelden zoals daarvoor door
    naar zoom.us te gaan. De gebruiker is nu lid van het account van je organisatie. » (une fois les
    étapes ci-dessus terminées, l'utilisateur peut se connecter comme avant en allant sur zoom.us ; il
    est désormais membre du compte de votre organisation). Le texte français ne le dit pas.
    Refus : SIGN_IN_FAILED.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un compte gratuit
      Et "lea@gmail.com" a le mot de passe "Tulip-2026"

    Scénario: La même adresse et le même mot de passe connectent l'utilisatrice, avant comme après
      Quand "lea@gmail.com" se connecte sur zoom.us avec le mot de passe "Tulip-2026"
      Alors "lea@gmail.com" est connecté à son propre compte
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" se connecte sur zoom.us avec le mot de passe "Tulip-2026"
      Alors "lea@gmail.com" est connecté à "Acme"

    Scénario: Rejoindre le compte ne donne pas de nouveau mot de passe
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" se connecte sur zoom.us avec le mot de passe "Welcome-Acme"
      Alors la demande est refusée avec le code "SIGN_IN_FAILED"

  @rule-ACC-11 @nl @disagreement
  Règle: Le remboursement provient du forfait de l'utilisateur ; le compte qui invite ne paie rien

    Divergence entre les articles sur qui rembourse : l'introduction néerlandaise dit que les utilisateurs
    reçoivent un remboursement (« Individuele gebruikers met betaalde accounts ontvangen restitutie voor
    de resterende duur van hun abonnement als ze je uitnodiging accepteren »), l'introduction française que
    l'organisation qui invite pourra les rembourser (« vous pourrez rembourser tout membre individuel
    disposant d'un compte payant pour le reste de son abonnement »). Le modèle suit la lecture
    néerlandaise, avec les remarques françaises (« Vous recevrez le remboursement sur votre mode de paiement
    d'origine ») et néerlandaises (« de pro rata terugbetaling voor zijn/haar huidige abonnement ... naar
    zijn/haar eigen betaalmethode », « via je oorspronkelijke betalingsmethode ») ; l'introduction
    néerlandaise elle-même ne dit que qui reçoit le remboursement. D'où : la partie inutilisée du forfait de
    l'utilisatrice lui est rendue et rien n'est facturé au compte qui invite. Selon la lecture française,
    c'est le compte qui invite qui paie : il reçoit une facture du même montant.

    Contexte:
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"

    Scénario: Rien n'est facturé au compte qui invite pour un remboursement
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"
      Et "Acme" n'a aucune facture

    @reading-fr
    Scénario: Lecture française - le compte qui invite paie le remboursement
      Soit le modèle suit la lecture française de qui paie le remboursement
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "lea@gmail.com"
      Et la dernière facture de "Acme" est ouverte avec 10,64 $ à payer
