# language: fr
@area-data-transfer
Fonctionnalité: Ce qui suit l'utilisateur qui rejoint le compte, et ce qui reste sur l'ancien compte
  En tant qu'utilisateur Zoom individuel qui accepte l'invitation au compte payant de mon organisation
  Je veux savoir quelles données me suivent et lesquelles ne me suivent pas
  Afin de télécharger ce dont j'ai besoin avant d'accepter et de ne pas avoir de surprise ensuite

  Spécification (FR « Les détails suivants seront transféré à vous dès que vous acceptez l'invitation et
  rejoignez le compte » ; NL « Na het accepteren van de uitnodiging en het toetreden tot de account, zullen de
  volgende gegevens met u worden overgedragen ») :
  - Ce qui est transféré : « Les détails de votre profil (nom, photo de profil, fuseau horaire, etc.) »,
    les réunions et webinaires programmés, les « Enregistrements sur le nuage », l'« Historique de messagerie
    instantanée », les « Contacts », les « Paramètres ».
  - Le texte néerlandais ajoute que les contacts personnels ne sont pas transférés vers le nouveau compte
    (« Persoonlijke contactpersonen worden niet naar de nieuwe account overgedragen ») ; la liste française
    ne fait aucune exception.
  - « Il est possible que vos paramètres soient modifiés s'ils sont en conflit avec les paramètres du
    groupe ou du compte que vous avez rejoint. »
  - « Les licences de les grandes réunions, ainsi que les webinaires, ne seront pas transfert, donc un
    administrateur devra attribuer ces licences au nouveau compte s'ils n'ont pas déjà été attribués. »
  - « Il est recommandé qu'avant d'accepter l'invitation, ils accèdent et téléchargent tous les rapports
    nécessaires » : « Les données de rapport ne seront pas non plus transférées ».
  - « tout historique de messagerie instantanée créé avant que l'utilisateur ne rejoigne le compte n'est pas
    accessible aux administrateurs du compte. »

  Contexte:
    Soit nous sommes le 2026-03-10

  @rule-DAT-1 @nl @fr
  Règle: Le profil, les réunions et webinaires programmés, les enregistrements dans le cloud, l'historique de chat, les contacts et les paramètres suivent l'utilisateur

    Hypothèse : les articles disent « Contacts » ; le modèle appelle contacts professionnels ceux qui sont
    transférés, par opposition aux contacts personnels de la note néerlandaise (DAT-2).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "lea@gmail.com" a un compte gratuit

    Scénario: Le profil, les réunions, les webinaires et les enregistrements dans le cloud suivent l'utilisatrice
      Soit "lea@gmail.com" a le nom de profil "Lea Janssens", la photo "lea.png" et le fuseau horaire "Europe/Brussels"
      Et "lea@gmail.com" a programmé la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"
      Et "lea@gmail.com" a programmé le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Et "lea@gmail.com" a l'enregistrement dans le cloud "Lancement du projet 2026-02-03"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et le profil de "lea@gmail.com" affiche le nom "Lea Janssens", la photo "lea.png" et le fuseau horaire "Europe/Brussels"
      Et "lea@gmail.com" a toujours la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"
      Et "lea@gmail.com" a toujours le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Et "lea@gmail.com" a toujours l'enregistrement dans le cloud "Lancement du projet 2026-02-03"

    @assumption
    Scénario: L'historique de chat, les contacts et les paramètres suivent l'utilisatrice
      Soit "lea@gmail.com" a écrit le message de chat "Offre envoyée à Bruxelles" le 2026-02-02 10:15
      Et "lea@gmail.com" a le contact professionnel "Bram Visser"
      Et "lea@gmail.com" a le paramètre "salle d'attente" réglé sur "activé"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" peut lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"
      Et les contacts de "lea@gmail.com" sont "Bram Visser"
      Et le paramètre "salle d'attente" de "lea@gmail.com" est "activé"
      Et aucun paramètre de "lea@gmail.com" n'est modifié

    Scénario: Un utilisateur individuel payant qui choisit le remboursement garde ses enregistrements et ses réunions
      # le remboursement : 14,99 $ x 22 / 31 jours = 10,64 $
      Soit "max@outlook.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "max@outlook.com" a programmé la réunion "Appel client" avec l'identifiant "822 3456 7890"
      Et "max@outlook.com" a l'enregistrement dans le cloud "Appel client 2026-03-02"
      Et "olivia@acme.com" a ajouté "max@outlook.com" à "Acme"
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors un remboursement de 10,64 $ sur son propre mode de paiement est demandé pour "max@outlook.com"
      Et "max@outlook.com" a toujours la réunion "Appel client" avec l'identifiant "822 3456 7890"
      Et "max@outlook.com" a toujours l'enregistrement dans le cloud "Appel client 2026-03-02"

  @rule-DAT-2 @nl
  Règle: Les contacts personnels ne sont pas transférés vers le nouveau compte

    Le texte néerlandais ajoute sous Contacts « Persoonlijke contactpersonen worden niet naar de nieuwe
    account overgedragen » (les contacts personnels ne sont pas transférés vers le nouveau compte). La liste
    française cite « Contacts » sans rien dire des contacts personnels : elle se tait plutôt qu'elle ne
    contredit ; ce n'est donc pas une divergence, et le modèle suit la note néerlandaise (les contacts
    professionnels sont transférés, les contacts personnels restent).
    Hypothèse : « contacts professionnels » est le nom que le modèle donne aux contacts qui ne sont pas
    personnels, et ils gardent leur ordre ; les articles ne disent ni l'un ni l'autre.

    Scénario: Les contacts professionnels sont transférés, le contact personnel ne l'est pas
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un compte gratuit
      Et "lea@gmail.com" a le contact professionnel "Bram Visser"
      Et "lea@gmail.com" a le contact personnel "Maman"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors les contacts de "lea@gmail.com" sont "Bram Visser"

    @assumption
    Scénario: Plusieurs contacts professionnels gardent leur ordre, les contacts personnels intercalés ne sont pas transférés
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un compte gratuit
      Et "lea@gmail.com" a le contact professionnel "Bram Visser"
      Et "lea@gmail.com" a le contact personnel "Maman"
      Et "lea@gmail.com" a le contact professionnel "Chen Wei"
      Et "lea@gmail.com" a le contact personnel "Club de tennis"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Alors les contacts de "lea@gmail.com" sont "Bram Visser, Maman, Chen Wei, Club de tennis"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors les contacts de "lea@gmail.com" sont "Bram Visser, Chen Wei"

  @rule-DAT-3 @nl @fr
  Règle: Les paramètres en conflit avec les paramètres verrouillés du compte ou du groupe prennent les valeurs du nouveau compte

    Les deux textes disent que les paramètres en conflit « peuvent » être modifiés : FR « Il est possible que
    vos paramètres soient modifiés s'ils sont en conflit avec les paramètres du groupe ou du compte » ; NL
    « Instellingen kunnen worden gewijzigd als ze in strijd zijn met groeps- of accountinstellingen ». Aucun
    ne dit « verrouillés ».
    Hypothèse : un conflit est un paramètre que le compte ou le groupe verrouille sur une autre valeur, et un
    tel paramètre est toujours modifié ; les articles ne disent ni quels paramètres sont en conflit, ni quand
    ils sont modifiés.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "lea@gmail.com" a un compte gratuit

    Scénario: Un paramètre verrouillé par le compte remplace celui de l'utilisateur
      Soit "lea@gmail.com" a le paramètre "salle d'attente" réglé sur "désactivé"
      Et le compte "Acme" verrouille le paramètre "salle d'attente" sur "activé"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors le paramètre "salle d'attente" de "lea@gmail.com" est "activé"
      Et on signale à "lea@gmail.com" que "Acme" a changé le paramètre "salle d'attente" de "désactivé" en "activé"

    Scénario: Un paramètre verrouillé par le groupe rejoint remplace celui de l'utilisateur
      Soit "lea@gmail.com" a le paramètre "partage d'écran" réglé sur "tous les participants"
      Et "lea@gmail.com" a le paramètre "couper le micro à l'entrée" réglé sur "désactivé"
      Et le groupe "Ventes" de "Acme" verrouille le paramètre "partage d'écran" sur "hôte uniquement"
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme" dans le groupe "Ventes"
      Et "lea@gmail.com" accepte l'invitation de "Acme"
      Alors le paramètre "partage d'écran" de "lea@gmail.com" est "hôte uniquement"
      Et le paramètre "couper le micro à l'entrée" de "lea@gmail.com" est "désactivé"
      Et on signale à "lea@gmail.com" que "Acme" a changé le paramètre "partage d'écran" de "tous les participants" en "hôte uniquement"

    Scénario: Les paramètres sans conflit restent tels quels
      Soit "lea@gmail.com" a le paramètre "salle d'attente" réglé sur "activé"
      Et "lea@gmail.com" a le paramètre "partage d'écran" réglé sur "tous les participants"
      Et le compte "Acme" verrouille le paramètre "salle d'attente" sur "activé"
      Et le groupe "Ventes" de "Acme" verrouille le paramètre "partage d'écran" sur "hôte uniquement"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors le paramètre "salle d'attente" de "lea@gmail.com" est "activé"
      Et le paramètre "partage d'écran" de "lea@gmail.com" est "tous les participants"
      Et aucun paramètre de "lea@gmail.com" n'est modifié

  @rule-DAT-4 @nl @fr
  Règle: Les licences Grandes réunions et Webinaire ne sont pas transférées ; un administrateur du nouveau compte les attribue

    Le texte néerlandais parle des licences en général, dont les grandes réunions et les webinaires sont des
    exemples (« Licenties, zoals grote vergaderingen of webinars, worden niet overgedragen ») ; le texte
    français nomme ces deux-là (« Les licences de les grandes réunions, ainsi que les webinaires »). Le modèle
    n'a que ces deux options. Le texte français ajoute « s'ils n'ont pas déjà été attribués » : non modélisé.
    Refus : NOT_ADMIN_OR_OWNER (PRE-1).

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "max@outlook.com" a un forfait mensuel à 14,99 $ du 2026-03-01 au 2026-04-01
      Et "max@outlook.com" dispose de la licence Grandes réunions
      Et "max@outlook.com" dispose de la licence Webinaire
      Et "olivia@acme.com" a ajouté "max@outlook.com" à "Acme"

    Scénario: Les licences complémentaires ne sont pas transférées quand l'utilisateur rejoint le compte
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Alors "max@outlook.com" fait partie de "Acme"
      Et "max@outlook.com" ne dispose d'aucune licence complémentaire
      Et on signale à "max@outlook.com" que les licences "Grandes réunions, Webinaire" ne sont pas transférées vers "Acme"

    Scénario: Un administrateur du nouveau compte attribue de nouveau la licence Webinaire
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et "adam@acme.com" attribue la licence Webinaire à "max@outlook.com"
      Alors "max@outlook.com" dispose de la licence Webinaire

    Scénario: L'utilisateur ne peut pas s'attribuer lui-même la licence dans le nouveau compte
      Quand "max@outlook.com" accepte l'invitation de "Acme" en choisissant un remboursement
      Et "max@outlook.com" attribue la licence Webinaire à "max@outlook.com"
      Alors la demande est refusée avec le code "NOT_ADMIN_OR_OWNER"
      Et "max@outlook.com" ne dispose d'aucune licence complémentaire

  @rule-DAT-5 @nl @fr
  Règle: Les données de rapport ne sont pas transférées : on télécharge les rapports avant d'accepter

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "lea@gmail.com" a un compte gratuit

    Scénario: Les rapports d'utilisation disparaissent une fois le compte rejoint
      Soit "lea@gmail.com" a le rapport d'utilisation "Réunions de février 2026"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" n'a aucun rapport d'utilisation

    Scénario: Les rapports peuvent encore être téléchargés tant que l'invitation est en attente
      Soit "lea@gmail.com" a le rapport d'utilisation "Réunions de février 2026"
      Quand "olivia@acme.com" ajoute "lea@gmail.com" à "Acme"
      Alors "lea@gmail.com" a le rapport d'utilisation "Réunions de février 2026"
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" n'a aucun rapport d'utilisation

  @rule-DAT-6 @nl @fr
  Règle: L'historique de chat antérieur à l'arrivée reste lisible par l'utilisateur mais pas par les administrateurs du nouveau compte

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "adam@acme.com" est administrateur de "Acme"
      Et "lea@gmail.com" a un compte gratuit
      Et "lea@gmail.com" a écrit le message de chat "Offre envoyée à Bruxelles" le 2026-02-02 10:15
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"

    Scénario: L'utilisateur lit son ancien historique de chat, le propriétaire et les administrateurs du nouveau compte non
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" peut lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"
      Et "olivia@acme.com" ne peut pas lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"
      Et "adam@acme.com" ne peut pas lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"

    Scénario: Les administrateurs lisent le chat écrit après l'arrivée, mais pas le chat plus ancien
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Et la date est le 2026-03-12 14:00
      Et "lea@gmail.com" écrit le message de chat "Appel de bienvenue à 3 heures de l'après-midi"
      Alors "adam@acme.com" peut lire le message de chat "Appel de bienvenue à 3 heures de l'après-midi" de "lea@gmail.com"
      Et "adam@acme.com" ne peut pas lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"
      Et "lea@gmail.com" peut lire le message de chat "Offre envoyée à Bruxelles" de "lea@gmail.com"

  @rule-DAT-7 @nl @fr
  Règle: Ce qui suit l'utilisateur est déplacé, pas copié : autant d'éléments après avoir rejoint le compte qu'avant, aucun laissé en double

    FR « Les détails suivants seront transféré à vous » ; NL « zullen de volgende gegevens met u worden
    overgedragen » : les éléments sont transférés, donc l'utilisateur a autant de réunions et webinaires
    programmés, d'enregistrements dans le cloud, de messages de chat et de contacts professionnels après
    avoir rejoint le compte qu'avant, et aucun compte n'en garde une seconde copie.

    Contexte:
      Soit le compte payant "Acme" en paiement automatique dont le propriétaire est "olivia@acme.com"
      Et "lea@gmail.com" a un compte gratuit
      Et "lea@gmail.com" a programmé la réunion "Point hebdomadaire" avec l'identifiant "811 2345 6789"
      Et "lea@gmail.com" a programmé le webinaire "Lancement produit" avec l'identifiant "944 1234 5678"
      Et "lea@gmail.com" a l'enregistrement dans le cloud "Lancement 2026-02-03"
      Et "lea@gmail.com" a l'enregistrement dans le cloud "Revue 2026-02-17"
      Et "lea@gmail.com" a écrit le message de chat "Offre envoyée à Bruxelles" le 2026-02-02 10:15
      Et "lea@gmail.com" a le contact professionnel "Bram Visser"
      Et "olivia@acme.com" a ajouté "lea@gmail.com" à "Acme"

    Scénario: Le même nombre d'éléments avant et après avoir rejoint le compte
      Alors "lea@gmail.com" a ces éléments :
        | élément                           | nombre |
        | réunions et webinaires programmés | 2      |
        | enregistrements dans le cloud     | 2      |
        | messages de chat                  | 1      |
        | contacts                          | 1      |
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors "lea@gmail.com" fait partie de "Acme"
      Et "lea@gmail.com" a ces éléments :
        | élément                           | nombre |
        | réunions et webinaires programmés | 2      |
        | enregistrements dans le cloud     | 2      |
        | messages de chat                  | 1      |
        | contacts                          | 1      |

    Scénario: Aucun compte n'en garde une seconde copie une fois que l'utilisatrice a rejoint le compte
      Quand "lea@gmail.com" accepte l'invitation de "Acme"
      Alors l'ensemble des comptes contient ces éléments :
        | élément                           | nombre |
        | réunions et webinaires programmés | 2      |
        | enregistrements dans le cloud     | 2      |
        | messages de chat                  | 1      |
        | contacts                          | 1      |
      Et "lea@gmail.com" n'a plus son propre compte
