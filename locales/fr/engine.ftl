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
fetch-needs-login = le flux demande un nom d’utilisateur et un mot de passe
fetch-login-refused = le serveur a refusé le nom d’utilisateur et le mot de passe du flux
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
advice-sign-in = Indiquez son nom d’utilisateur et son mot de passe dans les réglages du flux, ou désabonnez-vous.

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

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = la page n’a pas pu être traitée
page-no-page = le serveur n’a envoyé aucune page
page-not-html = le lien mène à { $type }, pas à une page
page-no-article-found = aucun article trouvé sur la page
page-extractor-failed = l’extracteur a échoué sur cette page
page-too-slow = la lecture de la page a pris plus de { $seconds } s
page-not-this-article = la page n’est pas cet article
page-not-this-article-titled = la page n’est pas cet article (elle s’intitule « { $title } »)
page-too-short = la page ne contient pas d’article, seulement { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } (un mur de connexion ou de cookies, une galerie ?)
page-links = la page est une liste de liens, pas un article
page-short-lines = la page est une liste de lignes courtes (la plus longue a { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    }), pas un article

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = L’article complet n’a pas pu être extrait ({ $why }). Voici le texte que porte le flux.
reader-not-loaded = L’article complet n’a pas pu être chargé ({ $why }). Voici le texte que porte le flux.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = Le réseau demande de vous connecter ; les articles complets et les images seront récupérés dès qu’il vous laissera passer.

## Why a fetch failed

net-timeout = le serveur n’a pas répondu en { $seconds } s
net-unreachable = le serveur est injoignable ({ $why })
net-http = le serveur a répondu HTTP { $code }
net-later = le serveur demande d’attendre { $seconds } s (HTTP { $code })
net-too-large = la réponse dépasse la limite de { $bytes } octets
net-redirects = plus de { $count } redirections
net-redirect-loop = l’adresse redirige en boucle à { $url }
net-bad-redirect = le serveur redirige sans dire où
net-unsupported = Broadsheet ne peut pas récupérer cette adresse : { $url }
net-needs-login = ce flux demande un nom d’utilisateur et un mot de passe
net-login-refused = le serveur a refusé le nom d’utilisateur et le mot de passe de ce flux
net-other = erreur réseau : { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = le serveur a refusé ce nom d’utilisateur et ce mot de passe (utilisez le mot de passe de l’API, pas celui du site)
sync-not-greader = aucune API Google Reader ne répond à { $url }, ni là où FreshRSS et Miniflux la placent sous cette adresse
sync-api-off = l’API du serveur est désactivée (FreshRSS : Configuration → Authentification → autoriser l’accès par API)
sync-sign-in-again = le serveur n’accepte plus cette connexion : reconnectez-vous
sync-network = impossible de joindre le serveur : { $why }
sync-tls = la connexion sécurisée au serveur a échoué : { $why }
sync-server = le serveur a échoué (HTTP { $code })
sync-garbage = la réponse du serveur est illisible
sync-too-large = la réponse du serveur dépasse { $bytes } octets
sync-too-many = le serveur liste plus de { $count } éléments dans une liste ; la synchronisation s’est arrêtée là
sync-no-secret = aucune connexion n’est gardée pour ce compte : reconnectez-vous
sync-change-refused = le serveur a refusé un changement d’abonnement (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = la base de données a échoué : { $why }
error-disk-full = le disque est plein : rien de cette étape n’a été enregistré et ce qui l’avait été est intact ; libérez de la place et réessayez
error-read-only = le dossier de données est en lecture seule : Broadsheet peut montrer ce qui est stocké mais rien enregistrer ({ $why })
error-data-dir = impossible d’utiliser le dossier de données { $path } : { $why }
error-no-data-dir = aucun dossier de données utilisateur sur ce système ; passez --data-dir
error-schema-too-new = la base de données a été écrite par un Broadsheet plus récent (schéma { $found }, cette version connaît jusqu’au { $known }) ; mettez Broadsheet à jour pour l’ouvrir
error-other = { $why }
error-invalid-url = adresse web non valide : { $url }
error-parse = impossible de lire le flux : { $why }
error-extract = impossible d’extraire un article : { $why }
error-no-feed = aucun flux trouvé à { $url }
error-opml = impossible de lire le fichier OPML : { $why }
error-not-found = { $kind ->
        [feed] il n’y a pas de flux { $id }
        [article] il n’y a pas d’article { $id }
        [folder] il n’y a pas de dossier { $id }
        [rule] il n’y a pas de règle { $id }
        [account] il n’y a pas de compte { $id }
       *[other] { $kind } { $id } n’existe pas
    }
error-export-format = format d’export inconnu « { $format } » ; utilisez html, markdown ou json
error-feed-has-address = le flux { $id } a déjà l’adresse { $url }
error-undo-unreadable = une étape d’annulation illisible : { $why }
error-folder-name = un dossier a besoin d’un nom
error-folder-too-deep = les dossiers vont au plus à { $depth } niveaux de profondeur
error-folder-slash = le nom d’un dossier ne peut pas contenir de /, qui sépare les dossiers d’un chemin
error-folder-exists = un dossier nommé « { $name } » s’y trouve déjà
error-folder-into-itself = un dossier ne peut pas aller dans lui-même
error-local-account = le compte « Sur cet ordinateur » ne peut pas être supprimé
error-not-an-image = ce n’est pas une image (ses octets disent le contraire)
error-not-media = ce n’est ni du son ni de la vidéo (ses octets disent le contraire)
error-episodes-full = les épisodes téléchargés prendraient plus que les { $megabytes } Mo permis (réglage episodes_space_mb)
error-setting-number = { $key } doit être un nombre entier, pas « { $value } »
error-setting-choice = { $key } doit être l’un de { $choices }, pas « { $value } »
error-setting-shortcuts = { $key } doit associer des touches aux actions en JSON, comme {"{"}"next": "h"{"}"}, pas « { $value } »
error-feed-login = un nom d’utilisateur (sans deux-points) et un mot de passe, chacun sur une ligne et de 1 000 caractères au plus
error-user-agent = un User-Agent tient sur une ligne de { $chars } caractères au plus
error-setting-unknown = réglage inconnu « { $key } » ; réglages connus : { $choices }
error-config-value = donnez une valeur : broadsheet config { $key } VALEUR
error-plain-304 = le serveur a répondu 304 à une requête simple
error-cannot-read = impossible de lire { $path } : { $why }
error-stories-line = la ligne { $line } de { $path } n’est pas un article : { $why }
error-no-password = aucun mot de passe donné
error-cannot-write = impossible d’écrire { $path } : { $why }
error-offline = impossible de joindre { $url } : vous êtes peut-être hors ligne ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = « { $value } » n’est pas une chose qu’une règle peut lire (title, text, author, link, feed)
rule-bad-match = « { $value } » n’est pas un type de correspondance (all, any, regex)
rule-bad-action = « { $value } » n’est pas une chose qu’une règle peut faire (read, hide, bookmark, notify, no_full_text)
rule-no-fields = dites ce que la règle lit (title, text, author, link ou feed)
rule-no-actions = dites ce que fait la règle (read, hide, bookmark, notify ou no_full_text)
rule-no-pattern = la règle n’a rien à chercher
rule-pattern-too-long = le motif dépasse { $bytes } octets
rule-regex-at = l’expression régulière n’est pas valide au caractère { $at } : { $why }
rule-regex-too-big = l’expression régulière est trop grande
rule-regex-invalid = l’expression régulière n’est pas valide : { $why }
rule-says = { $fields } { $how ->
        [all] contient tous les mots de
        [any] contient un des mots de
       *[regex] correspond à
    } « { $pattern } » → { $actions }
rule-says-field = { $field ->
        [title] titre
        [text] texte
        [author] auteur
        [link] lien
       *[feed] flux
    }
rule-says-action = { $action ->
        [read] lu
        [hide] masquer
        [bookmark] marque-page
        [notify] notifier
       *[no_full_text] pas d’article complet
    }
rule-says-separator = {", "}
