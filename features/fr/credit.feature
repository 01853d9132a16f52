# language: fr
@area-credit
Fonctionnalité: Crédit transféré au compte qui invite
  En tant que propriétaire du compte payant de mon organisation
  Je veux savoir combien de crédit les utilisateurs que j'ai invités ont apporté, et le voir utilisé
  Afin que mon organisation paie moins pour ses prochaines factures

  Spécification (FR « Votre compte recevra un e-mail de confirmation lorsque le crédit au prorata d'un
  utilisateur invité aura été transféré au vôtre, ainsi que le montant du crédit transféré. Vous
  recevrez un crédit automatiquement appliqué à votre prochaine facture, si votre compte est configuré
  pour payer automatiquement. Il est possible d'appliquer un crédit à une facture ouverte si vous avez
  des conditions nettes sur votre compte et contactez la facturation par chat. » ; NL « Als het tegoed
  van een uitgenodigde gebruiker naar uw account wordt overgeboekt, ontvangt u een e-mailbevestiging van
  het tegoedbedrag. Als uw account op autopay staat, zal dit tegoed automatisch op toekomstige facturen
  worden toegepast. Als uw account netto voorwaarden heeft, kunt u via chat contact opnemen met Billing
  om dat tegoed toe te passen op een openstaande factuur. »).
  Le crédit arrive lorsque le propriétaire d'un compte payant choisit, en acceptant, de transférer le
  montant au prorata de son forfait au compte qu'il rejoint (ACC-2, ACC-3).

  Contexte:
    Soit nous sommes le 2026-03-10
    Et "lea@gmail.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
    Et "max@outlook.com" a un forfait annuel à 149,90 $ du 2026-01-01 au 2027-01-01

  @rule-CRE-1 @nl @fr @disagreement
  Règle: Le compte qui invite reçoit un e-mail de confirmation avec le montant du crédit transféré

    Qui la reçoit : le texte néerlandais dit « ontvangt u » (« Als het tegoed van een uitgenodigde gebruiker
    naar uw account wordt overgeboekt, ontvangt u een e-mailbevestiging van het tegoedbedrag »), le texte
    français « Votre compte recevra un e-mail de confirmation ». Les deux s'adressent au même lecteur, le
    propriétaire ou l'administrateur qui ajoute les utilisateurs (PRE-1) ; aucun ne désigne l'administrateur
    qui a envoyé l'invitation plutôt que le propriétaire. Les textes ne divergent guère : la divergence tient
    à la seule formulation, « votre compte » lu comme le propriétaire du compte (la lecture française, selon
    laquelle le propriétaire du compte la reçoit).
    Hypothèse : « u » et « vous » désignent celui qui a envoyé l'invitation, le propriétaire ou un
    administrateur, qui reçoit la confirmation.

    Scénario: Le crédit d'un forfait mensuel est confirmé au propriétaire du compte qui invite
      # 14,99 $ x 22 / 31 jours = 10,64 $
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "olivia@acme.com" reçoit un e-mail de confirmation du crédit de 10,64 $ transféré par "lea@gmail.com"
      Et le solde créditeur de "Acme" est de 10,64 $

    Scénario: Chaque transfert est confirmé avec son propre montant
      # 149,90 $ x 297 / 365 jours = 121,97 $ ; 10,64 $ + 121,97 $ = 132,61 $
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Et "olivia@acme.com" a ajouté "max@outlook.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et "max@outlook.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "olivia@acme.com" reçoit un e-mail de confirmation du crédit de 10,64 $ transféré par "lea@gmail.com"
      Et "olivia@acme.com" reçoit un e-mail de confirmation du crédit de 121,97 $ transféré par "max@outlook.com"
      Et le solde créditeur de "Acme" est de 132,61 $

    Scénario: Un remboursement sur le propre mode de paiement de l'utilisatrice n'envoie aucune confirmation de crédit
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "olivia@acme.com" ne reçoit aucun e-mail de confirmation de crédit
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: L'administrateur qui a invité reçoit la confirmation du crédit
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "adam@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "adam@acme.com" reçoit un e-mail de confirmation du crédit de 10,64 $ transféré par "lea@gmail.com"
      Et "olivia@acme.com" ne reçoit aucun e-mail de confirmation de crédit

    @reading-fr
    Scénario: Lecture française - la propriétaire reçoit la confirmation du crédit quand un administrateur a invité
      Soit le modèle suit la lecture française de la confirmation du crédit
      Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "adam@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors "olivia@acme.com" reçoit un e-mail de confirmation du crédit de 10,64 $ transféré par "lea@gmail.com"
      Et "adam@acme.com" ne reçoit aucun e-mail de confirmation de crédit

  @rule-CRE-2 @nl @fr
  Règle: En paiement automatique, le crédit est appliqué à la prochaine facture et le reste aux factures suivantes

    Nuance : le texte français dit que le crédit est appliqué à « votre prochaine facture », le texte
    néerlandais « op toekomstige facturen » (aux factures futures). Le modèle l'applique à la prochaine
    facture et reporte le reste sur les factures suivantes, ce qui satisfait les deux.

    Scénario: Le crédit réduit la prochaine facture et le paiement automatique prélève le reste
      # 149,90 $ - 10,64 $ = 139,26 $
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 149,90 $ est émise pour "Acme"
      Alors un crédit de 10,64 $ est appliqué par le paiement automatique à la dernière facture de "Acme"
      Et le paiement automatique prélève 139,26 $ pour la dernière facture de "Acme"
      Et la dernière facture de "Acme" est réglée
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: Un crédit supérieur à la prochaine facture est reporté sur les factures suivantes
      # 121,97 $ de crédit : 50,00 $ en avril, 50,00 $ en mai, les derniers 21,97 $ en juin
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "max@outlook.com" à "Acme"
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 50,00 $ est émise pour "Acme"
      Alors un crédit de 50,00 $ est appliqué par le paiement automatique à la dernière facture de "Acme"
      Et le paiement automatique prélève 0,00 $ pour la dernière facture de "Acme"
      Et le solde créditeur de "Acme" est de 71,97 $
      Quand la date est le 2026-05-01
      Et une facture de 50,00 $ est émise pour "Acme"
      Alors un crédit de 50,00 $ est appliqué par le paiement automatique à la dernière facture de "Acme"
      Et le solde créditeur de "Acme" est de 21,97 $
      Quand la date est le 2026-06-01
      Et une facture de 50,00 $ est émise pour "Acme"
      Alors un crédit de 21,97 $ est appliqué par le paiement automatique à la dernière facture de "Acme"
      Et le paiement automatique prélève 28,03 $ pour la dernière facture de "Acme"
      Et le solde créditeur de "Acme" est de 0,00 $

  @rule-CRE-3 @nl @fr
  Règle: En paiement à terme, le crédit attend que la facturation, contactée par chat, l'applique à une facture ouverte : celle que l'on désigne, sinon la plus ancienne

    FR « Il est possible d'appliquer un crédit à une facture ouverte ... et contactez la facturation par
    chat » ; NL « kunt u via chat contact opnemen met Billing om dat tegoed toe te passen op een
    openstaande factuur ». Aucun des deux ne dit laquelle : le modèle applique le crédit à la facture
    désignée dans le chat et, à défaut, à la plus ancienne facture ouverte (la dette la plus ancienne est
    réglée en premier).
    Hypothèse : sans facture désignée, la facturation applique le crédit à la plus ancienne facture
    ouverte ; une demande par chat pour un compte en paiement automatique est refusée (NOT_ON_NET_TERMS),
    puisque le paiement automatique applique lui-même le crédit (CRE-2).
    Refus : sans facture ouverte, il n'y a rien à quoi appliquer le crédit (NO_OPEN_INVOICE).

    Scénario: Le crédit attend un chat avec la facturation, puis réduit la facture ouverte
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 149,90 $ est émise pour "Acme"
      Alors aucun crédit n'est appliqué à la dernière facture de "Acme"
      Et la dernière facture de "Acme" est ouverte avec 149,90 $ à payer
      Et le solde créditeur de "Acme" est de 10,64 $
      Quand "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors un crédit de 10,64 $ est appliqué par la facturation à la dernière facture de "Acme"
      Et la dernière facture de "Acme" est ouverte avec 139,26 $ à payer
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: Un crédit supérieur à la facture ouverte la règle et le reste demeure en crédit
      # 121,97 $ - 50,00 $ = 71,97 $ restants
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "max@outlook.com" à "Acme"
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 50,00 $ est émise pour "Acme"
      Et "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors un crédit de 50,00 $ est appliqué par la facturation à la dernière facture de "Acme"
      Et la dernière facture de "Acme" est réglée
      Et le solde créditeur de "Acme" est de 71,97 $

    Scénario: Sans facture ouverte, le chat avec la facturation n'a rien à quoi appliquer le crédit
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors la demande est refusée avec le code "NO_OPEN_INVOICE"
      Et le solde créditeur de "Acme" est de 10,64 $

    @assumption
    Scénario: Un compte en paiement automatique n'a pas besoin de chat avec la facturation
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors la demande est refusée avec le code "NOT_ON_NET_TERMS"
      Et le solde créditeur de "Acme" est de 10,64 $

    @assumption
    Scénario: Avec plusieurs factures ouvertes, la facturation applique le crédit d'abord à la plus ancienne
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "Acme" avait déjà une facture ouverte de 5,00 $ émise le 2026-02-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 149,90 $ est émise pour "Acme"
      Et "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors un crédit de 5,00 $ est appliqué par la facturation à la facture de "Acme" émise le 2026-02-01
      Et la facture de "Acme" émise le 2026-02-01 est réglée
      Et la facture de "Acme" émise le 2026-04-01 est ouverte avec 149,90 $ à payer
      Et le solde créditeur de "Acme" est de 5,64 $
      Quand "Acme" demande par chat à la facturation d'appliquer son crédit à une facture ouverte
      Alors un crédit de 5,64 $ est appliqué par la facturation à la facture de "Acme" émise le 2026-04-01
      Et la facture de "Acme" émise le 2026-04-01 est ouverte avec 144,26 $ à payer
      Et le solde créditeur de "Acme" est de 0,00 $

    Scénario: La facturation applique le crédit à la facture ouverte désignée dans le chat
      Soit le compte payant "Acme" en paiement à terme dont le propriétaire est "olivia@acme.com"
      Et "Acme" avait déjà une facture ouverte de 50,00 $ émise le 2026-02-01
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et la date est le 2026-04-01
      Et une facture de 149,90 $ est émise pour "Acme"
      Et "Acme" demande par chat à la facturation d'appliquer son crédit à la facture émise le 2026-04-01
      Alors un crédit de 10,64 $ est appliqué par la facturation à la facture de "Acme" émise le 2026-04-01
      Et la facture de "Acme" émise le 2026-04-01 est ouverte avec 139,26 $ à payer
      Et la facture de "Acme" émise le 2026-02-01 est ouverte avec 50,00 $ à payer

  @rule-CRE-4 @assumption
  Règle: Un montant n'est jamais négatif et ne mélange jamais deux devises
    Aucun des deux articles ne le dit. Une facture ou un prix de forfait inférieur à zéro est refusé ;
    une facture dans une autre devise que celle du compte, ou un transfert de crédit entre des comptes de
    devises différentes, est refusé aussi, et rien ne change.
    Refus : INVALID_AMOUNT, CURRENCY_MISMATCH.

    Scénario: Une facture négative est refusée et rien n'est prélevé
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Quand une facture de -10,00 $ est émise pour "Acme"
      Alors la demande est refusée avec le code "INVALID_AMOUNT"
      Et "Acme" n'a aucune facture

    Scénario: Un forfait à prix négatif est refusé
      Soit "noah@outlook.com" a un forfait mensuel à -14,99 $ du 2026-03-01 au 2026-04-01
      Alors la demande est refusée avec le code "INVALID_AMOUNT"

    Scénario: Une facture dans une autre devise est refusée et le crédit reste
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Et une facture de 50,00 € est émise pour "Acme"
      Alors la demande est refusée avec le code "CURRENCY_MISMATCH"
      Et le solde créditeur de "Acme" est de 10,64 $
      Et "Acme" n'a aucune facture

    Scénario: Un crédit en euros n'est pas transféré à un compte en dollars
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "eva@web.de" a un forfait mensuel à 14,99 € du 2026-03-01 au 2026-04-01
      Et "olivia@acme.com" a ajouté "eva@web.de" à "Acme"
      Quand "eva@web.de" accepte l'invitation de "Acme" en choisissant un transfert de crédit
      Alors la demande est refusée avec le code "CURRENCY_MISMATCH"
      Et "eva@web.de" a toujours son propre compte
      Et le solde créditeur de "Acme" est de 0,00 $
      Quand "eva@web.de" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 10,64 € sur son propre mode de paiement est demandé pour "eva@web.de"
