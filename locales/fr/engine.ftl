### Ce que dit le moteur de Broadsheet sur les flux, en français. La fenêtre et la ligne de commande l’affichent.
###
### Glossary (glossaire) : feed : flux ; article : article ; server : serveur
###
### HTTP et le nombre qui suit (HTTP 404) restent tels quels. $why et $error sont les mots du système ou du flux, en anglais.

## What is wrong with a feed

state-gone = le serveur dit que le flux n’existe plus (HTTP 410) : il n’est plus récupéré
state-dead = aucun nouvel article depuis plus de six mois
state-slow = lent : répond en { $seconds } s en moyenne
state-moved = l’adresse { $from } redirige maintenant vers { $url } : mise à jour
state-working = fonctionne

## A fetch's error

fetch-gone = le serveur dit que le flux n’existe plus (HTTP 410)
fetch-not-found = le serveur dit qu’il n’y a pas de flux à cette adresse (HTTP 404)
fetch-refused = le serveur refuse d’envoyer le flux (HTTP { $code })
fetch-later = le serveur demande à Broadsheet de revenir plus tard (HTTP 429)
fetch-trouble = le serveur a des difficultés (HTTP { $code })
fetch-http = le serveur a répondu HTTP { $code }
fetch-not-a-feed = ce n’est plus un flux : l’adresse renvoie une page web
fetch-timeout = le serveur n’a pas répondu en { $seconds } s
fetch-unreachable = le serveur est injoignable ({ $why })
fetch-broken = le flux est cassé : { $why }
fetch-other = { $error }

## What to do about it

advice-gone = Retrouvez le flux depuis son site, ou désabonnez-vous. Réessayez si le site dit qu’il est revenu.
advice-dead = Il a peut-être cessé de publier ou déménagé : retrouvez le flux depuis son site, ou désabonnez-vous.
advice-slow = Rien à faire tant qu’il n’échoue pas ; les autres flux ne l’attendent pas.
advice-moved = Rien à faire : Broadsheet le suit à sa nouvelle adresse.
advice-find = Retrouvez le flux depuis son site, changez l’adresse, ou désabonnez-vous.
advice-wait = Souvent passager : Broadsheet réessaie plus tard, en attendant un peu plus à chaque fois. Réessayez maintenant si vous savez qu’il est revenu.
advice-retry = Réessayez maintenant, retrouvez le flux depuis son site, ou changez l’adresse.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count ->
        [one] { $count } nouvel article : { $titles }
       *[other] { $count } nouveaux articles : { $titles }
    }
notify-more = { $count ->
        [one] { $count } autre article correspond à vos règles
       *[other] { $count } autres articles correspondent à vos règles
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count ->
        [one] { $count } article marqué comme lu
       *[other] { $count } articles marqués comme lus
    }
undo-read = Marqué comme lu
undo-unread = Marqué comme non lu
undo-bookmarked = Marque-page ajouté
undo-unbookmarked = Marque-page retiré
undo-unsubscribed = Désabonné de { $title }
undo-folder-deleted = Dossier { $name } supprimé
undo-other = { $text }
