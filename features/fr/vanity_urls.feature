# language: fr
@area-vanity-urls
Fonctionnalité: Les liens de réunion quand on rejoint un compte qui a une autre URL personnalisée
  En tant qu'utilisateur qui rejoint le compte de mon organisation, doté de sa propre URL personnalisée
  Je veux que mes réunions et webinaires gardent leurs identifiants et que mes invités reçoivent les nouveaux liens
  Afin que les personnes avec qui je me réunis retrouvent mes réunions sans confusion

  Spécification (FR « Vous ne serez pas affecté par le changement d'URL personnalisée lorsque vous rejoignez
  un compte, mais vos identifiants de réunion et de webinaire resteront les mêmes. Cependant, les liens de
  connexion seront modifiés pour refléter le nouveau ... URL. Les participants qui rejoignent la réunion avec
  les anciens liens de vanité se verront rappeler que la réunion n'est plus associée à l'ancien lien ... Vous
  devrez peut-être renvoyer votre e-mail de confirmation d'inscription aux invités et modifier l'URL de
  participation dans les événements de votre calendrier pour éviter que cela ne se produise. » ; NL « Wanneer
  je lid wordt van een account met een andere Vanity-URL heeft dit geen gevolgen voor je vergadering- en
  webinar-ID's, maar worden de deelnamelinks gewijzigd naar de nieuwe Vanity-URL. »).
  Un lien de participation s'écrit https://<URL personnalisée>/j/<identifiant de réunion sans espaces> ; sans
  URL personnalisée, l'hôte est zoom.us.

  Contexte:
    Soit nous sommes le 2026-03-10
    Et le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
    Et le compte "Acme" a l'URL personnalisée "acme.zoom.us"
    Et "lea@gmail.com" a un compte gratuit
    Et "lea@gmail.com" a programmé la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"

  @rule-VAN-1 @nl @fr
  Règle: Les identifiants de réunion et de webinaire restent les mêmes quand l'utilisateur rejoint un compte qui a une autre URL personnalisée

    Scénario: La réunion garde son identifiant
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" a toujours la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"

    Scénario: Les réunions et webinaires venant d'un compte doté de sa propre URL personnalisée gardent leurs identifiants
      Soit "lea@gmail.com" a programmé le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Et le compte de "lea@gmail.com" a l'URL personnalisée "studio-lea.zoom.us"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" a toujours la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"
      Et "lea@gmail.com" a toujours le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"

  @rule-VAN-2 @nl @fr
  Règle: Les liens de participation passent à l'URL personnalisée du nouveau compte

    Scénario: Le lien de participation passe de zoom.us à l'URL personnalisée du compte
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors le lien de participation de "Point hebdomadaire" organisé par "lea@gmail.com" est "https://zoom.us/j/81123456789"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors le lien de participation de "Point hebdomadaire" organisé par "lea@gmail.com" est "https://acme.zoom.us/j/81123456789"
      Et on signale à "lea@gmail.com" que les liens de participation de "811 2345 6789" passent de "zoom.us" à "acme.zoom.us"

    Scénario: Les liens de toutes les réunions et de tous les webinaires suivent la nouvelle URL personnalisée
      Soit "lea@gmail.com" a programmé le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Et le compte de "lea@gmail.com" a l'URL personnalisée "studio-lea.zoom.us"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors le lien de participation de "Lancement produit" organisé par "lea@gmail.com" est "https://acme.zoom.us/j/94412345678"
      Et on signale à "lea@gmail.com" que les liens de participation de "811 2345 6789, 944 1234 5678" passent de "studio-lea.zoom.us" à "acme.zoom.us"

    Scénario: Rejoindre un compte sans URL personnalisée laisse les liens zoom.us tels quels
      Soit le compte payant "Globex" en paiement automatique dont le propriétaire est "gus@globex.com"
      Et "gus@globex.com" a ajouté "lea@gmail.com" à "Globex"
      Quand "lea@gmail.com" accepte l'invitation de "Globex"
      Alors le lien de participation de "Point hebdomadaire" organisé par "lea@gmail.com" est "https://zoom.us/j/81123456789"
      Et les liens de participation de "lea@gmail.com" n'ont pas changé

  @rule-VAN-3 @nl @fr
  Règle: Les participants qui utilisent un lien sous l'ancienne URL personnalisée arrivent dans la réunion mais sont avertis qu'elle n'est plus associée à cette URL
    Les articles parlent des liens sous l'ancienne URL personnalisée (FR « les anciens liens de vanité »,
    NL « de oude Vanity-URL's »). Un simple lien zoom.us n'est pas un lien personnalisé, et les articles
    n'en disent rien : le modèle le laisse mener à la réunion par son identifiant, qui ne change pas
    (VAN-1), sans avertissement.
    Hypothèse : un lien zoom.us ordinaire mène à la réunion par son identifiant, sans avertissement ; les
    articles n'en disent rien.

    Contexte:
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"

    Scénario: Un participant ouvre un lien sous l'ancienne URL personnalisée après que l'hôte a rejoint un compte qui en a une autre
      Soit le compte de "lea@gmail.com" a l'URL personnalisée "studio-lea.zoom.us"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et un participant ouvre le lien de participation "https://studio-lea.zoom.us/j/81123456789"
      Alors le participant arrive dans la réunion avec l'identifiant "811 2345 6789"
      Et le participant est averti : "Cette réunion n'est plus associée au compte de l'ancienne URL personnalisée."

    @assumption
    Scénario: Un simple lien zoom.us mène toujours à la réunion, sans avertissement
      Soit le compte de "lea@gmail.com" a l'URL personnalisée "studio-lea.zoom.us"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et un participant ouvre le lien de participation "https://zoom.us/j/81123456789"
      Alors le participant arrive dans la réunion avec l'identifiant "811 2345 6789"
      Et le participant ne reçoit aucun avertissement

    Scénario: Un participant ouvre le nouveau lien et n'est pas averti
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et un participant ouvre le lien de participation "https://acme.zoom.us/j/81123456789"
      Alors le participant arrive dans la réunion avec l'identifiant "811 2345 6789"
      Et le participant ne reçoit aucun avertissement

    Scénario: Tant que l'hôte n'a pas rejoint le compte, le lien sous sa propre URL personnalisée est le lien en vigueur et personne n'est averti
      Soit le compte de "lea@gmail.com" a l'URL personnalisée "studio-lea.zoom.us"
      Quand un participant ouvre le lien de participation "https://studio-lea.zoom.us/j/81123456789"
      Alors le participant arrive dans la réunion avec l'identifiant "811 2345 6789"
      Et le participant ne reçoit aucun avertissement

  @rule-VAN-4 @nl @fr
  Règle: Écrire de nouveau aux invités, renvoyer les confirmations d'inscription ou modifier les événements du calendrier leur donne le nouveau lien
    FR « Vous devrez peut-être renvoyer votre e-mail de confirmation d'inscription aux invités et modifier
    l'URL de participation dans les événements de votre calendrier. » NL « Om dit te voorkomen, kun je
    gasten een e-mail sturen en evenementen in de agenda bijwerken met de aangepaste deelnamelink of
    registratiebevestigingse-mails opnieuw versturen. » Le texte néerlandais ajoute l'e-mail aux invités ;
    tous donnent le nouveau lien.

    Contexte:
      Soit "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"

    Scénario: L'hôte renvoie aux invités l'invitation d'une réunion après avoir rejoint le compte
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" renvoie aux invités les invitations de "Point hebdomadaire"
      Alors les invités de "Point hebdomadaire" organisé par "lea@gmail.com" reçoivent le lien de participation "https://acme.zoom.us/j/81123456789"

    Scénario: L'hôte renvoie les confirmations d'inscription d'un webinaire, désigné par son identifiant
      Soit "lea@gmail.com" a programmé le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" renvoie les e-mails de confirmation d'inscription de "944 1234 5678"
      Alors les inscrits à "944 1234 5678" organisé par "lea@gmail.com" reçoivent le lien de participation "https://acme.zoom.us/j/94412345678"

    Scénario: L'hôte modifie le lien de participation dans les événements de calendrier d'une réunion
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" modifie l'URL de participation dans les événements de calendrier de "Point hebdomadaire"
      Alors les événements de calendrier de "Point hebdomadaire" organisé par "lea@gmail.com" affichent le lien de participation "https://acme.zoom.us/j/81123456789"

    Scénario: Les invités qui utilisent le lien renvoyé ne sont pas avertis
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et "lea@gmail.com" renvoie aux invités les invitations de "Point hebdomadaire"
      Et un participant ouvre le lien de participation "https://acme.zoom.us/j/81123456789"
      Alors le participant ne reçoit aucun avertissement
