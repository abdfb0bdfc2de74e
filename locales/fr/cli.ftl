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
