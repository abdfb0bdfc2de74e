### Le lecteur en ligne de commande de Broadsheet, en français.
###
### Glossary (glossaire) : les mots de ce catalogue pour les choses du lecteur, partout les mêmes.
###   feed : flux (un flux, des flux)
###   article : article
###   bookmark : marque-page (des marque-pages)
###   refresh : actualiser, actualisation
###   folder : dossier
###   full article : article complet (la page de l’article, gardée pour la lecture hors ligne)
###   unread : non lu
###
### Les commandes, options et valeurs (`broadsheet undo 3`, VALUE) restent en anglais : elles se tapent.
### Espaces insécables fines avant « ; : ! ? » selon l’usage français.

## broadsheet add

cli-subscribed = Abonné à { $title } ({ $url }), flux { $feed } : { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }
cli-already-subscribed = Déjà abonné à { $title } (flux { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = { $feeds ->
        [one] { $feeds } flux importé
       *[other] { $feeds } flux importés
    } dans { $folders ->
        [one] { $folders } dossier
       *[other] { $folders } dossiers
    } ; ignorés : { $duplicates } déjà suivis et { $invalid } non valides
cli-imported-rules = { $rules ->
        [one] { $rules } règle importée
       *[other] { $rules } règles importées
    } ({ $skipped } ignorées : flux non suivi ou règle non valide)
cli-wrote = Écrit dans { $path }
cli-wrote-bookmarks = { $count ->
        [one] { $count } marque-page écrit
       *[other] { $count } marque-pages écrits
    } dans { $path }

## broadsheet full-text, notify

# $on vaut "yes" ou "no" ; $mode vaut "auto", "always" ou "never"
cli-full-text-set = Flux { $feed } : articles complets { $on ->
        [yes] téléchargés
       *[no] non téléchargés
    } ({ $mode ->
        [auto] automatique
        [always] toujours
       *[never] jamais
    })
cli-notify-set = Flux { $feed } : les nouveaux articles { $on ->
        [yes] sont annoncés
       *[no] arrivent en silence
    }

## broadsheet storage

# $database, $images et $bookmarks sont des tailles en Mio, avec une décimale
cli-storage = base de données : { $database } Mio ({ $full ->
        [one] { $full } article complet
       *[other] { $full } articles complets
    })
    images : { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $images } Mio (dont { $bookmarks } Mio pour les marque-pages)
    dans { $dir }
cli-storage-episodes = épisodes : { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $size } Mio ({ $bookmarks } Mio pour les marque-pages)
cli-images-removed = { $count ->
        [one] { $count } image supprimée
       *[other] { $count } images supprimées
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } non lus / { $total }
cli-feed-failing = { $error } (échec { $times ->
        [one] { $times } fois
       *[other] { $times } fois
    } de suite)
cli-renamed = Le flux { $feed } s’appelle maintenant « { $title } »
cli-moved-into = { $title } déplacé dans { $folder }
cli-moved-out = { $title } sorti des dossiers
cli-folder-made = Dossier { $path } créé (numéro { $id })
cli-folder-now = Le dossier est maintenant { $path }
cli-unsubscribed-keeping = { $label } ; { $count ->
        [one] son article marqué est gardé dans Marque-pages
       *[other] ses { $count } articles marqués sont gardés dans Marque-pages
    }
cli-undo-within = Pour annuler (dans les { $minutes } minutes) : broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = Aucun article ne correspond.
cli-undo = Pour annuler : broadsheet undo { $step }
cli-nothing-to-mark-read = Rien à marquer comme lu
cli-marked-unread = Article { $id } marqué comme non lu
cli-bookmarked = Marque-page ajouté : « { $title } »
cli-bookmark-removed = Marque-page retiré de « { $title } »
cli-bookmarked-not-offline = marque-page ajouté, mais l’article n’a pas pu être gardé hors ligne : { $error }

## broadsheet stats, purge

cli-stats = { $feeds } flux dans { $folders ->
        [one] { $folders } dossier
       *[other] { $folders } dossiers
    } ({ $failing } en échec)
    { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }, { $unread } non lus, { $bookmarked } marqués
    base de données : { $size } Mio dans { $path }
cli-purged = { $count ->
        [one] { $count } article lu supprimé
       *[other] { $count } articles lus supprimés
    } (plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })

## broadsheet refresh, sync

cli-feed-new = flux { $feed } : { $count } nouveaux
cli-feed-failed = échec du flux { $feed } : { $error } ({ $url })
cli-account-synced = compte { $account } : { $new ->
        [one] { $new } nouvel article
       *[other] { $new } nouveaux articles
    }, { $sent } changements envoyés, { $states } états de lecture et { $stars } étoiles changés ici, { $requests } requêtes en { $ms } ms
cli-account-failed = échec du compte { $account } : { $error }
cli-refreshed = { $feeds ->
        [one] { $feeds } flux actualisé
       *[other] { $feeds } flux actualisés
    } en { $ms } ms : { $new ->
        [one] { $new } nouvel article
       *[other] { $new } nouveaux articles
    } ; { $changed } modifiés, { $unchanged } inchangés, { $failed } en échec
cli-synced = { $accounts ->
        [one] { $accounts } compte synchronisé
       *[other] { $accounts } comptes synchronisés
    } : { $new ->
        [one] { $new } nouvel article
       *[other] { $new } nouveaux articles
    }, { $failed } en échec
cli-no-accounts = Aucun compte de serveur de flux à synchroniser : ajoutez-en un avec `broadsheet account add greader URL --user NAME`
cli-offline = Hors ligne en { $ms } ms : { $full ->
        [one] { $full } article complet
       *[other] { $full } articles complets
    } ({ $full_failed } en échec), { $images ->
        [one] { $images } image
       *[other] { $images } images
    } ({ $size } Mio, { $images_failed } refusées ou en échec)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = Aucun abonnement.
cli-episodes-none = Aucun épisode : aucun flux n’a encore joint de son ni de vidéo.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = et { $count ->
        [one] une autre source
       *[other] { $count } autres sources
    } : { $sources }
cli-episode-audio = audio
cli-episode-video = vidéo
cli-episode-downloaded = téléchargé, { $megabytes } Mo
cli-episode-saved = Enregistré pour l’écoute hors ligne ({ $megabytes } Mo) : { $path }
cli-episode-played = écouté
cli-episode-downloads-never = Flux { $feed } : ses épisodes ne sont téléchargés qu’à votre demande (broadsheet download ID).
cli-episode-downloads-every = Flux { $feed } : chaque nouvel épisode est téléchargé après chaque actualisation.
cli-episode-downloads-latest = Flux { $feed } : { $count ->
    [one] le dernier épisode est téléchargé
   *[other] les { $count } derniers épisodes sont téléchargés
} après chaque actualisation.
cli-health-state = { $state ->
        [failing] en échec
        [gone] disparu
        [dead] éteint
        [slow] lent
        [moved] déplacé
       *[fine] bon
    }
cli-health-now = { $title } : { $headline }
cli-health-since = { $title } depuis le { $date } : { $headline }
cli-health-per-week = { $count } articles par semaine
cli-health-last-worked = dernier succès le { $date }
cli-health-last-new = dernier nouvel article le { $date }
cli-health-answers = répond en { $ms } ms
cli-health-size = { $kib } Kio
cli-health-failed = { $count ->
        [one] un échec
       *[other] { $count } échecs de suite
    }
cli-set-url = Le flux { $feed } vient maintenant de { $url } ; `broadsheet refresh { $feed }` le récupère tout de suite
cli-rediscovered = Flux { $feed } retrouvé : { $url } (avant : { $before })
cli-rediscover-same = Flux { $feed } : son site indique toujours { $url } ; il sera réessayé

## broadsheet account

cli-account-added = Compte { $id } ajouté : { $name } (connexion gardée dans { $place ->
        [keyring] le trousseau du système
       *[file] un fichier lisible par vous seul (pas de trousseau ici)
    })
cli-account-moved = { $count ->
        [one] { $count } abonnement y a été déplacé
       *[other] { $count } abonnements y ont été déplacés
    } ; ils arrivent sur le serveur à la prochaine synchronisation
cli-account-sync-hint = Lancez `broadsheet sync` pour récupérer ses abonnements et ses articles
cli-account-api-at = Son API Google Reader répond à { $url }
cli-account-feeds = { $count } flux
cli-account-server = { $url }, connexion gardée dans { $place ->
        [keyring] le trousseau du système
       *[file] un fichier lisible par vous seul (pas de trousseau ici)
    }
cli-account-refused = le serveur a refusé la connexion : `broadsheet account sign-in ID`
cli-account-last-failed = la dernière synchronisation a échoué : { $error }
cli-account-removed = Compte { $id } retiré : { $feeds } flux ; { $bookmarks ->
        [one] { $bookmarks } marque-page gardé
       *[other] { $bookmarks } marque-pages gardés
    } dans « Sur cet ordinateur »
cli-account-signed-in = Reconnecté à { $name }

## broadsheet rule, undo

cli-rule-added = Règle { $id } : { $rule }
    Elle agit sur les nouveaux articles ; `broadsheet rule apply { $id }` l’applique aux articles enregistrés.
cli-rules-none = Aucune règle.
cli-rule-line = règle { $id } : { $rule }
cli-rule-line-off = règle { $id } (inactive) : { $rule }
cli-rule-in-feed = (dans le flux { $id }, { $title })
cli-rule-in-feed-id = (dans le flux { $id })
cli-rule-in-folder = (dans le dossier { $folder })
cli-rule-test = La règle { $id } correspond à { $matches } sur { $looked ->
        [one] { $looked } article
       *[other] { $looked } articles
    } des { $days } derniers jours
cli-rule-applied = La règle { $id } a correspondu à { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
cli-rule-set = La règle { $id } est { $on ->
        [yes] active
       *[no] inactive
    }
cli-rules-order = Les règles s’appliquent maintenant dans cet ordre : { $order }
cli-rule-removed = Règle { $id } supprimée
cli-rule-removed-unhidden = Règle { $id } supprimée ; { $count ->
        [one] { $count } article de retour
       *[other] { $count } articles de retour
    } dans les listes
cli-article-unhidden = L’article { $id } est de retour dans les listes
cli-undone = Annulé : { $step }
cli-undo-gone = L’étape { $id } ne peut plus être annulée (ou n’a jamais existé)
cli-undo-nothing = Rien à annuler

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = Utilisation :
help-commands = Commandes
help-options = Options
help-arguments = Arguments
help-flag-help = Afficher l’aide
help-flag-version = Afficher la version
# after an option: the value it takes when none is given, and the values it takes
help-default = par défaut : { $value }
help-values = valeurs possibles : { $values }
help-cmd-help = Afficher ce message ou l’aide de la commande donnée
help-about = Un lecteur de nouvelles rapide qui marche hors ligne. Sans commande, ouvre la fenêtre.
help-arg-data-dir = Où vit la base de données (par défaut : BROADSHEET_DATA_DIR, sinon le dossier de données utilisateur du système)
help-arg-json = Sortie lisible par une machine : un document JSON (ou des lignes JSON pour la progression de refresh)
help-arg-lang = La langue à parler (fa-AF, ps, ar, fa, fr, es, ru, zh-CN, en ; par défaut : celle du système)
help-arg-timeout = Secondes que peut prendre une récupération, connexion comprise
help-cmd-add = S’abonner à l’adresse d’un flux ou au flux d’un site
help-arg-add-url = L’adresse du flux, ou celle du site
help-arg-add-folder = Le mettre dans ce dossier, par un chemin comme Actualités/Asie (créé s’il manque)
help-arg-add-account = Dans ce compte de serveur de flux (envoyé au serveur à la prochaine synchronisation)
help-cmd-import = Importer des abonnements depuis un fichier OPML
help-arg-import-file = Le fichier OPML
help-cmd-export = Exporter les abonnements en OPML (vers FILE, ou la sortie standard)
help-arg-export-file = Où écrire (par défaut : la sortie standard)
help-cmd-refresh = Récupérer les nouveaux articles (tous les flux, ou ceux donnés)
help-arg-refresh-due = Seulement les flux dont l’intervalle d’actualisation est passé
help-arg-refresh-no-offline = Ne pas récupérer les articles complets et les images pour la lecture hors ligne
help-arg-refresh-feed-ids = Les flux à actualiser (par défaut : tous)
help-cmd-sync = Synchroniser les comptes de serveurs de flux (tous, ou un) sans récupérer les flux locaux
help-arg-sync-account = Le compte à synchroniser (par défaut : tous)
help-arg-sync-no-offline = Ne pas récupérer les articles complets et les images pour la lecture hors ligne
help-cmd-account = Comptes de serveurs de flux (FreshRSS, Miniflux… par l’API Google Reader)
help-cmd-account-add = Se connecter à un serveur et l’ajouter comme compte
help-arg-account-add-kind = L’API du serveur : greader, l’API Google Reader (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)
help-arg-account-add-url = L’adresse du serveur, celle de sa page web ou celle de son API (FreshRSS : https://hôte/api/greader.php ; Miniflux : https://hôte)
help-arg-account-add-user = Le nom d’utilisateur sur le serveur
help-arg-account-add-password-stdin = Lire le mot de passe (de l’API) sur l’entrée standard au lieu de le demander
help-arg-account-add-move-local = Y déplacer les abonnements de « Sur cet ordinateur » (dossiers gardés)
help-cmd-account-list = Lister les comptes
help-cmd-account-remove = Supprimer un compte : ses articles partent, ses marque-pages restent (dans « Sur cet ordinateur »)
help-arg-account-remove-id = Le numéro du compte (voir `broadsheet account list`)
help-cmd-account-sign-in = Se reconnecter (après que le serveur a refusé la connexion gardée)
help-arg-account-sign-in-id = Le numéro du compte (voir `broadsheet account list`)
help-arg-account-sign-in-password-stdin = Lire le mot de passe (de l’API) sur l’entrée standard au lieu de le demander
help-cmd-full-text = « Télécharger les articles complets » pour un flux : auto (quand il ne porte que des résumés), always, never
help-arg-full-text-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-full-text-mode = Quand télécharger ses articles complets
help-cmd-notify = Notifications de bureau pour les nouveaux articles d’un flux (montrées lors des actualisations de la fenêtre)
help-arg-notify-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-notify-state = Notifications activées ou non
help-cmd-export-bookmarks = Exporter les marque-pages : un fichier HTML autonome (images incluses), Markdown ou JSON
help-arg-export-bookmarks-file = Où écrire (par défaut : la sortie standard)
help-arg-export-bookmarks-format = html, markdown ou json (par défaut : d’après l’extension du fichier, sinon html)
help-cmd-storage = Espace utilisé par les articles et les images stockées ; --clean supprime des images
help-arg-storage-clean = Supprimer des images stockées : read (celles des articles lus ; les marque-pages gardent les leurs) ou all-but-bookmarks (toutes sauf celles des marque-pages)
help-cmd-feeds = Lister les abonnements avec les non-lus et les erreurs (--health : par problème, avec quoi faire)
help-arg-feeds-health = Santé des flux : en échec, disparus, morts, lents, déplacés, le pire d’abord
help-cmd-set-url = Changer l’adresse d’un flux (il est récupéré là désormais)
help-arg-set-url-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-set-url-url = Sa nouvelle adresse
help-cmd-rediscover = Retrouver un flux depuis son site et y déplacer l’abonnement
help-arg-rediscover-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-cmd-folders = Lister les dossiers
help-cmd-folder = Créer, renommer, déplacer et supprimer des dossiers (des dossiers dans des dossiers, 8 niveaux au plus)
help-cmd-folder-add = Créer un dossier, et les dossiers au-dessus qui manquent (« Actualités/Asie »)
help-arg-folder-add-path = Le chemin du dossier : les noms depuis le haut, séparés par /
help-cmd-folder-rename = Renommer un dossier (il reste où il est)
help-arg-folder-rename-folder-id = Le numéro du dossier (voir `broadsheet folders`)
help-arg-folder-rename-name = Son nouveau nom (sans /)
help-cmd-folder-move = Déplacer un dossier, avec tout ce qu’il contient, dans un autre (sans chemin : au premier niveau)
help-arg-folder-move-folder-id = Le numéro du dossier (voir `broadsheet folders`)
help-arg-folder-move-into = Le dossier où il va, par son chemin (créé s’il manque)
help-cmd-folder-delete = Supprimer un dossier : ce qu’il contient remonte d’un niveau, aucun abonnement n’est annulé
help-arg-folder-delete-folder-id = Le numéro du dossier (voir `broadsheet folders`)
help-cmd-rename = Renommer un flux (sans titre : retour au nom du flux)
help-arg-rename-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-rename-title = Son nouveau nom
help-cmd-move = Déplacer un flux dans un dossier (sans dossier : hors de tout dossier)
help-arg-move-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-move-folder = Le dossier, par un chemin comme Actualités/Asie (créé s’il manque)
help-cmd-remove = Se désabonner ; les articles en marque-page sont gardés
help-arg-remove-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-cmd-list = Lister les articles, les plus récents d’abord
help-arg-list-view = Quels articles
help-arg-list-feed = Seulement ceux de ce flux
help-arg-list-folder = Seulement ceux de ce dossier (un chemin comme Actualités/Asie) et des dossiers qu’il contient
help-arg-list-unread = Seulement les articles non lus
help-arg-list-oldest-first = Les plus anciens d’abord
help-arg-list-grouped = La même nouvelle de plusieurs sources sur une seule ligne : son premier article, les autres sources nommées
help-arg-list-limit = Au plus ce nombre
help-cmd-search = Recherche plein texte dans les titres, les auteurs et le texte
help-arg-search-query = Les mots à trouver
help-arg-search-limit = Au plus ce nombre
help-arg-search-hidden = Trouver aussi les articles qu’une règle a masqués
help-cmd-read = Afficher un article et le marquer comme lu (--unread le marque non lu ; --all marque une vue comme lue)
help-arg-read-article-id = Le numéro de l’article (voir `broadsheet list`)
help-arg-read-unread = Le marquer plutôt comme non lu
help-arg-read-all = Marquer tous les articles comme lus (de --feed, s’il est donné)
help-arg-read-feed = Avec --all : seulement ceux de ce flux
help-cmd-bookmark = Mettre un article en marque-page (--remove pour l’enlever)
help-arg-bookmark-article-id = Le numéro de l’article (voir `broadsheet list`)
help-arg-bookmark-remove = Enlever le marque-page
help-cmd-stats = Nombres et taille de la base de données
help-cmd-config = Afficher les réglages, ou en changer un : config KEY VALUE
help-arg-config-key = Le nom du réglage
help-arg-config-value = Sa nouvelle valeur
help-cmd-purge = Appliquer la conservation maintenant : supprimer les vieux articles lus (jamais les marque-pages)
help-cmd-undo = Reprendre la dernière étape (lu, marque-pages, désabonnement), ou l’étape STEP
help-arg-undo-step = Le numéro de l’étape (par défaut : la dernière)
help-cmd-rule = Des règles qui marquent comme lus, masquent, mettent en marque-page ou annoncent les nouveaux articles
help-cmd-rule-add = Ajouter une règle ; elle agit sur les nouveaux articles dès la prochaine actualisation (`rule apply` pour ceux stockés)
help-arg-rule-add-when = Ce qu’elle lit, séparé par des virgules : title, text, author, link, feed
help-arg-rule-add-matches = Les mots à chercher (n’importe lequel, sauf avec --all), ou une expression avec --regex
help-arg-rule-add-all = Chaque mot doit apparaître
help-arg-rule-add-regex = TEXT est une expression régulière
help-arg-rule-add-case-sensitive = Respecter majuscules et minuscules
help-arg-rule-add-then = Ce qu’elle fait, séparé par des virgules : read, hide, bookmark, notify, no-full-text
help-arg-rule-add-feed = Seulement dans ce flux
help-arg-rule-add-folder = Seulement dans ce dossier (un chemin comme Actualités/Asie) et les dossiers qu’il contient
help-cmd-rule-list = Lister les règles dans l’ordre où elles s’appliquent
help-cmd-rule-test = Montrer quels articles stockés des 30 derniers jours une règle trouve (ne change rien)
help-arg-rule-test-id = Le numéro de la règle (voir `broadsheet rule list`)
help-cmd-rule-apply = Appliquer une règle à tous les articles stockés maintenant
help-arg-rule-apply-id = Le numéro de la règle (voir `broadsheet rule list`)
help-cmd-rule-enable = Activer une règle
help-arg-rule-enable-id = Le numéro de la règle (voir `broadsheet rule list`)
help-cmd-rule-disable = Désactiver une règle (elle reste, et ne fait rien)
help-arg-rule-disable-id = Le numéro de la règle (voir `broadsheet rule list`)
help-cmd-rule-move = Déplacer une règle à une place de l’ordre (1 = la première)
help-arg-rule-move-id = Le numéro de la règle (voir `broadsheet rule list`)
help-arg-rule-move-to = Sa nouvelle place
help-cmd-rule-remove = Supprimer une règle (ce qu’elle a fait aux articles reste, sauf avec --unhide)
help-arg-rule-remove-id = Le numéro de la règle (voir `broadsheet rule list`)
help-arg-rule-remove-unhide = Remontrer dans les listes les articles qu’elle a masqués
help-cmd-rule-unhide = Remontrer dans les listes un article qu’une règle a masqué
help-arg-rule-unhide-article-id = Le numéro de l’article (voir `broadsheet search --hidden`)
help-cmd-extract = Afficher ce que le lecteur montrerait pour la page d’un article (un fichier ou une URL)
help-arg-extract-source = Un fichier HTML enregistré, ou une adresse http(s) à récupérer
help-arg-extract-base-url = L’adresse de la page, pour résoudre ses liens relatifs (par défaut : l’URL récupérée)
help-cmd-stories = Regrouper en histoires un fichier d’articles (lignes JSON), comme le font les listes ; affiche l’id et le groupe
help-arg-stories-file = Un objet JSON par ligne : id, title, text, et si on les connaît date et source
help-cmd-episodes = Lister les sons et vidéos que les flux joignent à leurs articles, les plus récents d’abord
help-arg-episodes-feed = Seulement ceux de ce flux
help-arg-episodes-downloaded = Seulement ceux téléchargés pour l’écoute hors ligne
help-cmd-download = Télécharger l’épisode d’un article pour l’écouter hors ligne (un téléchargement interrompu reprend là où il s’était arrêté)
help-arg-download-article-id = Le numéro de l’article (voir `broadsheet episodes`)
help-cmd-episode-downloads = Quels épisodes d’un flux sont téléchargés après chaque actualisation
help-arg-episode-downloads-feed-id = Le numéro du flux
help-arg-episode-downloads-choice = never, every (chaque nouveau) ou un nombre : les N derniers

## A feed's sign-in and User-Agent
cli-api-password-prompt = Mot de passe de l’API :
cli-password-prompt = Mot de passe :
cli-feed-sign-in-kept = Le flux { $feed } se connecte en tant que { $user }
cli-feed-sign-in-forgotten = Le flux { $feed } ne se connecte plus
cli-feed-user-agent = Le flux { $feed } est demandé en tant que « { $agent } »
cli-feed-user-agent-browser = Le flux { $feed } est demandé comme par un navigateur web
cli-feed-user-agent-own = Le flux { $feed } est demandé en tant que Broadsheet
help-cmd-feed-sign-in = La connexion d’un flux (HTTP basic ou digest) : la définir ou l’oublier
help-arg-feed-sign-in-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-feed-sign-in-user = Le nom d’utilisateur de connexion
help-arg-feed-sign-in-password-stdin = Lire le mot de passe sur l’entrée standard au lieu de le demander
help-arg-feed-sign-in-forget = Oublier la connexion (le mot de passe quitte le trousseau)
help-cmd-user-agent = Le User-Agent d’un flux : un texte, --browser, ou aucun pour celui de Broadsheet
help-arg-user-agent-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-user-agent-value = Le User-Agent à envoyer
help-arg-user-agent-browser = Se présenter comme un navigateur web (pour les serveurs qui refusent les clients inconnus)
help-arg-add-user = Se connecter au flux avec ce nom d’utilisateur (HTTP basic ou digest)
help-arg-add-password-stdin = Lire le mot de passe du flux sur l’entrée standard au lieu de le demander
help-arg-add-user-agent = Demander le flux avec ce User-Agent
help-arg-add-as-browser = Se présenter comme un navigateur web (pour les serveurs qui refusent les clients inconnus)
cli-open-in-set = Flux { $feed } : les articles s’ouvrent dans { $place ->
        [browser] la page web, dans votre navigateur
        [inside] la page web, dans Broadsheet
       *[reader] le lecteur
    }{ $own ->
        [yes] {""}
       *[no] {" "}(par défaut)
    }
cli-page-scripts-on = Sa page web, affichée dans Broadsheet, peut exécuter ses scripts : à part de l’application, qu’ils n’atteignent pas.
help-cmd-open-in = Où s’ouvrent les articles d’un flux : le lecteur, la page web dans le navigateur, ou la page web dans Broadsheet (sans script) ; default : selon `config open_articles`
help-arg-open-in-feed-id = Le numéro du flux (voir `broadsheet feeds`)
help-arg-open-in-place = Où s’ouvrent ses articles
help-arg-open-in-scripts = Laisser sa page web, affichée dans Broadsheet, exécuter ses scripts (à part de l’application)
