### La fenêtre de Broadsheet, en français.
###
### Glossary (glossaire) : les mots de ce catalogue pour les choses du lecteur, partout les mêmes.
###   feed : flux (un flux, des flux)
###   article : article
###   bookmark : marque-page (des marque-pages)
###   refresh : actualiser, actualisation
###   folder : dossier
###   full article : article complet (la page de l’article, gardée pour la lecture hors ligne)
###   unread : non lu
###   feed server : serveur de flux (FreshRSS, Miniflux et les autres)
###
### Les touches (j, k, s, Ctrl…) restent telles quelles. Gardez <kbd>…</kbd> autour de la touche.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = Flux et vues
toolbar-add =
    .aria-label = Ajouter un flux
    .title = Ajouter un flux
toolbar-refresh =
    .aria-label = Actualiser
    .title = Tout actualiser (r)
toolbar-settings =
    .aria-label = Réglages
    .title = Réglages
view-all = Tous les articles
view-unread = Non lus
view-today = Aujourd’hui
view-bookmarks = Marque-pages
view-listen = Écouter
view-search = Recherche
view-health = Santé des flux
view-health-button =
    .aria-label = Santé des flux
view-health-failing =
    .aria-label = Santé des flux, { $count } en échec
view-count-unread =
    .aria-label = { $name } { $count } non lus
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = Redimensionner le volet des flux
split-list =
    .aria-label = Redimensionner la liste des articles
sidebar-hide =
    .aria-label = Masquer les flux et les vues
    .title = Masquer les flux et les vues (v)
sidebar-show =
    .aria-label = Afficher les flux et les vues
    .title = Afficher les flux et les vues (v)
folder-toggle =
    .aria-label = Dossier { $name }, { $count } non lus
folder-all = Tout le dossier
folder-all-button =
    .aria-label = Tout le dossier, { $count } non lus, { $name }
folder-edit =
    .aria-label = Modifier le dossier { $name }
    .title = Renommer ou supprimer le dossier
feed-button =
    .aria-label = { $title } { $count } non lus
feed-button-trouble =
    .aria-label = { $title } { $count } non lus, { $trouble }
feed-edit =
    .aria-label = Modifier le flux { $title }
    .title = Renommer, déplacer ou se désabonner
feed-gone = disparu depuis le { $date } : le serveur dit que le flux n’existe plus, il n’est donc plus récupéré
feed-failing = en échec : { $problem }
feed-failing-since = en échec depuis le { $date } : { $problem }
account-sign-in-again = reconnectez-vous
account-sync-failed = échec de la synchronisation

## The article list

list-title-search = Recherche
list-found = { $count ->
        [one] { $count } trouvé
       *[other] { $count } trouvés
    }
list-unread = { $count ->
        [one] { $count } non lu
       *[other] { $count } non lus
    }
list-unread-stories = { $count ->
        [one] { $count } non lu
       *[other] { $count } non lus
    }, { $stories ->
        [one] { $stories } nouvelle
       *[other] { $stories } nouvelles
    }
search =
    .aria-label = Rechercher
    .placeholder = Rechercher  /
search-hidden = Masqués
search-hidden-label =
    .title = Trouver aussi les articles qu’une règle a masqués
unread-only =
    .aria-label = Non lus seulement
    .title = Non lus seulement
list-layout =
    .aria-label = Disposition de la liste : { $layout }
layout-compact = Compacte
layout-pictures = Avec images
layout-cards = Cartes
settings-layout = Disposition de la liste pour toutes les vues
oldest-first =
    .aria-label = Les plus anciens d’abord
    .title = Les plus anciens d’abord
mark-all-read =
    .aria-label = Tout marquer comme lu
    .title = Tout marquer comme lu (Maj+A)
articles =
    .aria-label = Articles
row-bookmarked =
    .aria-label = Marqué
row-untitled = (sans titre)
story-more-sources = et { $count ->
        [one] une autre source
       *[other] { $count } autres sources
    } : { $sources }
story-panel =
    .aria-label = Articles sur « { $title } »
story-also-reported = Aussi rapporté par
story-not-same = Pas la même nouvelle
story-split = { $count ->
        [one] Séparé de l’autre article.
       *[other] Séparé des { $count } autres articles.
    }
empty-no-match = Aucun article ne correspond.
empty-no-bookmarks = Pas encore de marque-page. Appuyez sur s sur un article pour le garder.
empty-all-read = Tout est lu.
empty-nothing-yet = Pas encore d’article ici.

## Dates in the list

date-now = maintenant
date-minutes = { $count } min
date-hours = { $count } h
date-yesterday = Hier

## The reader

reader =
    .aria-label = Article
reader-back =
    .aria-label = Retour à la liste
    .title = Retour à la liste (Échap)
reader-mark-read =
    .aria-label = Marquer comme lu
    .title = Marquer comme lu (m)
reader-mark-unread =
    .aria-label = Marquer comme non lu
    .title = Marquer comme non lu (m)
reader-bookmark =
    .aria-label = Ajouter un marque-page
    .title = Ajouter un marque-page (s)
reader-remove-bookmark =
    .aria-label = Retirer le marque-page
    .title = Retirer le marque-page (s)
reader-load-full =
    .aria-label = Charger l’article complet
    .title = Charger l’article complet depuis sa page (f)
reader-load-full-again =
    .aria-label = Recharger l’article complet
    .title = Recharger l’article complet depuis sa page (f)
reader-open =
    .aria-label = Ouvrir l’original
    .title = Ouvrir l’original dans le navigateur (o)
reader-empty = Choisissez un article à lire.
reader-keys-hint = Appuyez sur <kbd>?</kbd> pour les raccourcis clavier.
reader-unhide = Afficher de nouveau dans les listes
    .aria-label = Afficher de nouveau dans les listes
reader-frame =
    .title = Texte de l’article
reader-original = Lire sur le site d’origine
# the rule that touched the article, as lists name it
reader-rule = Règle : { $rule }
reader-hidden-by-rule = Masqué par la règle : { $rule }
reader-hidden = Masqué par une règle

## The status line

status-refreshing = Actualisation… { $done } sur { $total }
status-saving = Enregistrement pour la lecture hors ligne… { $done } sur { $total }
status-offline = Hors ligne : affichage de ce qui est enregistré.
status-updated = Actualisé à { $time }
status-sign-in-again = { $account } : le serveur n’accepte plus la connexion. Reconnectez-vous dans Réglages → Comptes.
status-sync-failed = Échec de la synchronisation avec { $account } : { $error }
status-an-account = un compte
status-refresh-failed = Échec de l’actualisation : { $error }
status-imported = { $feeds ->
        [one] { $feeds } flux importé
       *[other] { $feeds } flux importés
    } ({ $duplicates } déjà présents){ $rules ->
        [0] {""}
        [one] , { $rules } règle
       *[other] , { $rules } règles
    }.
status-import-failed = Échec de l’import : { $error }
status-bookmarks-kept = { $count ->
        [one] L’article marqué de { $title } reste dans Marque-pages.
       *[other] Les { $count } articles marqués de { $title } restent dans Marque-pages.
    }
status-bookmarks-exported = Marque-pages exportés vers { $path }
status-exported = Exporté vers { $path }
status-export-failed = Échec de l’export : { $error }
status-setting-refused = Le réglage n’a pas été changé : { $error }
status-unhidden = L’article est de retour dans les listes.

## Undo

undo = Annuler
undo-button =
    .aria-label = Annuler : { $step }
undo-done = Annulé : { $step }
undo-nothing = Rien à annuler
undo-failed = Impossible d’annuler : { $error }

## Add a feed

add-title = Ajouter un flux
add-url = Adresse du flux ou du site
add-folder = Dossier (facultatif)
add-account = Compte
add-import = Importer un OPML…
    .aria-label = Importer un OPML
add-searching = Recherche du flux…
add-subscribe = S’abonner
    .aria-label = S’abonner
cancel = Annuler
    .aria-label = Annuler
save = Enregistrer
    .aria-label = Enregistrer
close = Fermer
    .aria-label = Fermer
done = Terminé
    .aria-label = Terminé

## A feed's dialog

feed-name = Nom
feed-folder = Dossier
feed-no-folder =
    .placeholder = Aucun dossier
feed-full-text = Télécharger les articles complets
feed-full-text-auto = Automatique
feed-full-text-always = Toujours
feed-full-text-never = Jamais
feed-summary-only = Ce flux n’envoie que des résumés : Broadsheet récupère chaque article depuis sa page.
feed-whole-articles = Ce flux envoie les articles entiers.
feed-episodes = Télécharger ses épisodes (son et vidéo)
feed-episodes-never = Seulement ceux que je télécharge
feed-episodes-latest = { $count ->
    [one] Le dernier
   *[other] Les { $count } derniers
}
feed-episodes-every = Chaque nouveau
feed-episodes-hint = Après chaque actualisation, pour écouter hors ligne. Les épisodes écoutés partent après le nombre de jours choisi dans les Réglages ; ceux des favoris restent.
feed-notify = Me prévenir des nouveaux articles
settings-open-articles = Ouvrir les articles
open-in-reader = Dans le lecteur
open-in-browser = La page web, dans votre navigateur
open-in-inside = La page web, dans Broadsheet (sans scripts)
feed-page-scripts = Laisser sa page web exécuter ses scripts ici
feed-page-scripts-hint = Pour les pages qui n’affichent rien sans eux. Ils s’exécutent à part de Broadsheet : ils n’atteignent ni vos abonnements, ni vos fichiers, ni l’application.
feed-open-in = Ouvrir ses articles
feed-open-in-default = Comme dans les Réglages ({ $place ->
        [browser] la page web, dans votre navigateur
        [inside] la page web, dans Broadsheet
       *[reader] dans le lecteur
    })
reader-page-frame =
    .title = La page web
reader-page-inside = La page web, sans ses scripts.
reader-page-inside-scripts = La page web, avec ses scripts.
reader-page-text = Le texte de l’article.
reader-page-browser = Les articles de ce flux s’ouvrent dans votre navigateur.
reader-page-show-text = Afficher le texte de l’article
reader-page-show-page = Afficher la page web
reader-page-open = Ouvrir la page web
access-summary = Connexion et identité
access-hint = Pour un flux derrière une connexion, ou un serveur qui refuse les lecteurs inconnus. Le mot de passe va dans le trousseau du système.
access-user = Nom d’utilisateur
access-password = Mot de passe
access-password-kept =
    .placeholder = Conservé : laissez vide pour le garder
access-identify = Se présenter comme
access-agent-own = Broadsheet
access-agent-browser = Un navigateur web
access-agent-custom = Autre…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = Oublier la connexion
    .aria-label = Oublier la connexion
feed-last-error = La dernière actualisation a échoué : { $error }
feed-unsubscribe = Se désabonner
    .aria-label = Se désabonner
feed-refresh = Actualiser
    .aria-label = Actualiser ce flux

## A folder's dialog

folder-title = Dossier
folder-name = Nom
folder-delete-hint = Supprimer un dossier garde ses flux et ses dossiers : ils remontent d’un niveau.
folder-parent = Dans
folder-top-level =
    .placeholder = Premier niveau
folder-path-hint = Un dossier dans un autre s’écrit avec son chemin : Actualités/Asie
folder-moved-into = { $name } déplacé dans { $folder }
folder-moved-to-top = { $name } déplacé au premier niveau
folder-delete = Supprimer le dossier
    .aria-label = Supprimer le dossier

## Settings

settings-title = Réglages
settings-language = Langue
settings-language-system = Celle du système ({ $language })
settings-digits = Chiffres
settings-digits-native = Les chiffres de la langue
settings-digits-latin = 0123456789
settings-calendar = Calendrier
settings-calendar-native = Le calendrier de la langue
settings-calendar-gregorian = Grégorien
settings-interval = Actualiser les flux toutes les
settings-interval-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
settings-interval-hour = heures
settings-interval-hours = { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
settings-theme = Thème
settings-theme-system = Celui du système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-font = Police de lecture
settings-font-serif = Avec empattements
settings-font-sans = Sans empattements
settings-size = Taille du texte
settings-size-small = Petite
settings-size-medium = Moyenne
settings-size-large = Grande
settings-size-larger = Très grande
settings-retention = Garder les articles lus, après lecture, pendant
settings-retention-week = une semaine
settings-retention-month = un mois
settings-retention-months = { $count } mois
settings-retention-year = un an
settings-retention-ever = toujours
settings-retention-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
settings-retention-hint = Compté à partir de la lecture de l’article. Les articles non lus et marqués sont toujours gardés.
settings-images = Garder les images pour la lecture hors ligne
settings-images-all = Pour tous les articles
settings-images-bookmarks = Pour les marque-pages seulement
settings-images-none = Jamais
settings-episode-max = Plus gros épisode à télécharger
settings-episodes-space = Espace disque pour les épisodes téléchargés
settings-episodes-played = Garder les épisodes écoutés, après écoute, pendant
settings-episodes-hint = Les réglages de chaque flux choisissent lesquels de ses épisodes se téléchargent. Les articles marqués gardent les leurs pour toujours.
settings-megabytes = { $size } Mo
settings-gigabytes = { $size } Go
settings-mark-opened = Marquer les articles comme lus à l’ouverture
settings-mark-scrolled = Marquer les articles comme lus en les faisant défiler
settings-hide-read-feeds = Masquer les flux et dossiers sans article non lu
settings-group-stories = Montrer une seule fois la même nouvelle venue de plusieurs sources
settings-story-first = Une nouvelle montre d’abord
settings-story-earliest = son premier article
settings-story-longest = son article le plus long
settings-story-marks-read = Lire une nouvelle marque lus tous ses articles
settings-storage = Stockage
settings-measuring = Mesure en cours…
settings-storage-usage = Articles : { $articles } Mo ({ $full ->
        [one] { $full } article complet
       *[other] { $full } articles complets
    }). Images : { $files } gardées, { $images } Mo ({ $bookmarks } Mo pour les marque-pages).
settings-storage-episodes = Épisodes : { $files } téléchargés, { $size } Mo ({ $bookmarks } Mo pour les marque-pages).
settings-clean-read = Retirer les images des articles lus
    .aria-label = Retirer les images des articles lus
settings-clean-all = Tout retirer sauf les marque-pages
    .aria-label = Retirer toutes les images sauf celles des marque-pages
settings-accounts = Comptes
settings-accounts-hint = Synchroniser avec FreshRSS, Miniflux et d’autres serveurs à l’API Google Reader.
settings-accounts-open = Comptes…
    .aria-label = Comptes : ajouter ou retirer des comptes de serveurs de flux
settings-rules = Règles
settings-rules-hint = Marquer comme lus, masquer, garder ou annoncer les nouveaux articles selon leurs mots.
settings-rules-open = Règles…
    .aria-label = Règles : modifier les règles
settings-export-bookmarks = Exporter les marque-pages
settings-export-html = Page web…
    .aria-label = Page web : exporter les marque-pages en un fichier HTML
settings-export-markdown = Markdown…
    .aria-label = Markdown : exporter les marque-pages en Markdown
settings-export-json = JSON…
    .aria-label = JSON : exporter les marque-pages en JSON
settings-export-opml = Exporter un OPML…
    .aria-label = Exporter un OPML

## Keyboard shortcuts

keys-title = Raccourcis clavier
keys-bookmark = Ajouter ou retirer le marque-page
keys-read = Marquer comme lu ou non lu
keys-open = Ouvrir l’original dans le navigateur
keys-full = Charger l’article complet depuis sa page
keys-refresh = Actualiser tous les flux
keys-search = Rechercher
keys-sidebar = Afficher ou masquer les flux et les vues
keys-back = Retour à la liste (fenêtres étroites)
keys-zoom = Zoom avant, arrière, taille normale
keys-mark-all = Tout marquer comme lu dans cette vue
keys-story = Montrer ou cacher les autres articles d’une nouvelle
keys-play = Lire ou mettre en pause l’épisode
keys-play-back = Épisode : reculer de 15 secondes
keys-play-on = Épisode : avancer de 30 secondes
keys-play-slower = Épisode : plus lent
keys-play-faster = Épisode : plus rapide
keys-undo = Annuler la dernière action (marquage, marque-pages, désabonnement)
keys-this-list = Cette liste
keys-next = Article suivant
keys-previous = Article précédent
keys-next-unread = Article non lu suivant
keys-previous-unread = Article non lu précédent
settings-shortcuts-hint = Changez la touche de n’importe quelle action, ou désactivez les raccourcis d’une seule touche.
settings-shortcuts-open = Raccourcis…
    .aria-label = Raccourcis : changer les touches
shortcuts-no-key = aucune
shortcuts-change =
    .aria-label = { $key } : changer la touche de « { $action } »
shortcuts-clear = Effacer
    .aria-label = Effacer la touche de « { $action } »
shortcuts-press = Appuyez sur une touche…
shortcuts-set = { $action } : { $key }
shortcuts-cleared = « { $action } » n’a plus de touche
shortcuts-clash = { $key } était la touche de « { $other } », qui n’en a plus
shortcuts-reserved = { $key } sert à se déplacer dans la fenêtre et ne peut pas être un raccourci
shortcuts-single = Raccourcis d’une seule touche (j, k, s…)
shortcuts-single-hint = Désactivez-les si un lecteur d’écran utilise ces touches ; les raccourcis avec Ctrl ou Alt restent actifs.
shortcuts-reset = Tout rétablir par défaut
shortcuts-were-reset = Tous les raccourcis sont revenus par défaut
shortcuts-action = Action
shortcuts-key = Touche

## The first-run screen

first-run-welcome = Bienvenue dans Broadsheet
first-run-intro = Suivez les sites que vous lisez en un seul endroit calme, et continuez à lire quand le réseau n’est plus là. Choisissez-en quelques-uns pour commencer, apportez vos abonnements d’un autre lecteur, ou synchronisez avec votre serveur de flux.
first-run-subscribe = S’abonner
    .aria-label = S’abonner aux flux cochés
first-run-subscribing = Abonnement…
    .aria-label = S’abonner aux flux cochés
first-run-import = Importer un OPML…
    .aria-label = Importer un OPML
first-run-add = Ajouter par adresse…
    .aria-label = Ajouter un flux par son adresse
first-run-accounts = Synchroniser avec un serveur de flux…
    .aria-label = Synchroniser avec un serveur de flux : FreshRSS, Miniflux et d’autres
first-run-offline = Vous êtes hors ligne : aucun flux n’a pu être joint. Connectez-vous à Internet et réessayez.
first-run-subscribed = abonné
first-run-result = { $title } : { $outcome }

## Feed health

health-title = Santé des flux
health-all-fine = Tous les flux fonctionnent.
health-some = { $count ->
        [one] { $count } flux demande un coup d’œil. Les pires d’abord.
       *[other] { $count } flux demandent un coup d’œil. Les pires d’abord.
    }
health-list =
    .aria-label = Flux par santé
health-state-failing = En échec
health-state-gone = Disparu
health-state-dead = Éteint
health-state-slow = Lent
health-state-moved = Déplacé
health-state-fine = Fonctionne
health-per-week = { $count } articles par semaine
health-last-worked = dernier succès le { $date }
health-last-new = dernier nouvel article le { $date }
health-answers-ms = répond en { $ms } ms
health-answers-s = répond en { $seconds } s
health-size = { $kb } Ko
health-failed = { $count ->
        [one] un échec
       *[other] { $count } échecs de suite
    }
health-since = { $headline } depuis le { $date }
health-retry = Réessayer
    .aria-label = Réessayer { $title }
health-find = Retrouver
    .aria-label = Retrouver { $title }
health-change = Changer l’adresse…
    .aria-label = Changer l’adresse… { $title }
health-unsubscribe = Se désabonner
    .aria-label = Se désabonner { $title }
health-new-address =
    .aria-label = Nouvelle adresse de { $title }
health-save-address = Enregistrer
    .aria-label = Enregistrer l’adresse de { $title }
health-error = { $title } : { $error }
health-address-changed = { $title } : l’adresse est changée ; récupération en cours.
health-retrying = { $title } : nouvel essai…
health-found = { $title } : trouvé à { $url } ; récupération en cours.
health-unsubscribed = Désabonné de { $title }.

## Rules

rules-title = Règles
rules-hint = Les règles agissent sur les nouveaux articles à chaque actualisation, avant les notifications et les téléchargements, dans cet ordre. La première règle qui correspond est celle que l’article mentionne.
rules-list =
    .aria-label = Règles
rules-none = Pas encore de règle.
rules-add = Ajouter une règle…
    .aria-label = Ajouter une règle
rule-on =
    .aria-label = Règle active : { $rule }
rule-turned-on = Règle activée.
rule-turned-off = Règle désactivée.
rule-up = ↑
    .aria-label = Monter : { $rule }
    .title = Monter
rule-down = ↓
    .aria-label = Descendre : { $rule }
    .title = Descendre
rule-edit = Modifier
    .aria-label = Modifier : { $rule }
    .title = Modifier
rule-apply = Appliquer
    .aria-label = Appliquer : { $rule }
    .title = Appliquer maintenant
rule-remove = Supprimer
    .aria-label = Supprimer : { $rule }
    .title = Supprimer
rule-applied = { $count ->
        [one] La règle correspond à { $count } article enregistré.
       *[other] La règle correspond à { $count } articles enregistrés.
    }
rule-removed = Règle supprimée. Ce qu’elle a fait aux articles reste.
rule-in-feed = { $rule } · dans { $feed }
rule-in-folder = { $rule } · dans le dossier { $folder }
rule-one-feed = un flux
rule-field-title = Titre
rule-field-text = Texte
rule-field-author = Auteur
rule-field-link = Lien
rule-field-feed = Nom du flux
rule-action-read = Marquer comme lu
rule-action-hide = Masquer (hors de toutes les vues ; la recherche le trouve avec « Masqués »)
rule-action-bookmark = Marque-page (gardé entier hors ligne)
rule-action-notify = Me prévenir
rule-action-no-full-text = Ne jamais télécharger l’article complet
rule-kind-any = contient l’un de ces mots
rule-kind-all = contient tous ces mots
rule-kind-regex = correspond à l’expression régulière
rule-when = Quand, dans l’article,
rule-then = Alors
rule-kind =
    .aria-label = Comment comparer
rule-pattern =
    .aria-label = Mots ou expression
rule-scope =
    .aria-label = Dans quels flux
rule-scope-all = Dans tous les flux
rule-scope-folder = Dans le dossier { $folder }
rule-scope-feed = Dans { $feed }
rule-case = Respecter exactement majuscules et minuscules
rule-save = Enregistrer
    .aria-label = Enregistrer la règle
rule-edit-title = Modifier la règle
rule-new-title = Nouvelle règle
rule-preview-hint = Tapez des mots pour voir les articles enregistrés auxquels la règle correspondrait.
rule-preview-capped = { $matches } parmi les { $looked } articles les plus récents
rule-preview-count = { $matches ->
        [one] { $matches } article ces 30 derniers jours
       *[other] { $matches } articles ces 30 derniers jours
    }
rule-saved = Règle enregistrée.
rule-added = Règle ajoutée. Elle agit sur les nouveaux articles ; « Appliquer » l’applique aux articles enregistrés.

## Accounts

accounts-title = Comptes
accounts-hint = Synchronisez avec le serveur de flux que vous utilisez déjà (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux) par son API Google Reader : abonnements, dossiers, articles lus et étoilés restent les mêmes sur chaque appareil. Le serveur récupère ses flux ; Broadsheet garde lisible hors ligne tout ce qu’il synchronise, et les articles étoilés en entier.
accounts-folders-hint = Les dossiers dans des dossiers arrivent sur le serveur comme des étiquettes nommées par leur chemin, comme « Actualités/Asie », ainsi que les écrivent les autres applications qui s’y synchronisent.
accounts-list =
    .aria-label = Comptes
accounts-add = Ajouter un compte…
    .aria-label = Ajouter un compte
account-keyring = Connexion gardée dans le trousseau du système.
account-file = Connexion gardée dans un fichier lisible par vous seul : ce système n’a pas de trousseau.
account-refused = Le serveur n’accepte plus la connexion.
account-last-failed = La dernière synchronisation a échoué : { $error }
account-synced-now = Synchronisé à l’instant.
account-synced-ago = Dernière synchronisation il y a { $when }.
account-synced-on = Dernière synchronisation : { $when }.
account-not-synced = Pas encore synchronisé.
account-local-feeds = { $count ->
        [one] { $count } flux, récupéré par Broadsheet.
       *[other] { $count } flux, récupérés par Broadsheet.
    }
account-server-feeds = { $url } · { $count } flux
account-again = Se reconnecter…
    .aria-label = Se reconnecter : { $account }
account-remove = Retirer…
    .aria-label = Retirer : { $account }
account-add-title = Ajouter un compte
account-add-hint = Utilisez le mot de passe API du serveur (FreshRSS : Profile → API management), pas celui de sa page web. Le mot de passe sert une seule fois : seul le jeton de connexion du serveur est gardé.
account-url = Adresse du serveur
account-user = Nom d’utilisateur
account-password = Mot de passe API
account-move-local = Y déplacer { $count ->
        [one] mon abonnement
       *[other] mes { $count } abonnements
    } de cet ordinateur (dossiers gardés)
account-submit = Se connecter et ajouter
    .aria-label = Se connecter et ajouter
account-signing-in = Connexion…
account-added = { $account } ajouté : son API Google Reader répond à { $url }. Synchronisation en cours.
account-sign-in = Se connecter
    .aria-label = Se connecter
account-sign-in-title = Se connecter à { $account }
account-signed-in = Connecté. Synchronisation en cours.
account-remove-confirm = Retirer
    .aria-label = Retirer { $account }
account-removed = { $account } retiré. { $count ->
        [one] { $count } marque-page reste sur cet ordinateur.
       *[other] { $count } marque-pages restent sur cet ordinateur.
    }
account-remove-title = Retirer { $account } ?
account-remove-hint = Ses flux et ses articles quittent cet ordinateur ; ses marque-pages restent, entiers, sous « Sur cet ordinateur ». Rien ne change sur le serveur.

## The tray and the system's own dialogs

tray-no-unread = Aucun article non lu
tray-unread = { $count ->
        [one] { $shown } article non lu
       *[other] { $shown } articles non lus
    }
tray-tooltip = Broadsheet : { $unread }
tray-show = Afficher Broadsheet
tray-refresh = Actualiser
tray-quit = Quitter
dialog-export-bookmarks = Exporter les marque-pages
dialog-import = Importer des abonnements
dialog-export = Exporter les abonnements

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = pas d’icône de zone de notification sur ce bureau : { $why }
app-cannot-open = impossible d’ouvrir la fenêtre : { $why }

## The player

player =
    .aria-label = Lecteur
player-play =
    .aria-label = Lire
    .title = Lire (l)
player-pause =
    .aria-label = Pause
    .title = Pause (l)
player-back =
    .aria-label = Reculer de 15 secondes
    .title = Reculer de 15 secondes ([)
player-on =
    .aria-label = Avancer de 30 secondes
    .title = Avancer de 30 secondes (])
player-position =
    .aria-label = Position
player-speed =
    .aria-label = Vitesse
player-speed-value = { $speed }×
player-volume =
    .aria-label = Volume
player-close =
    .aria-label = Fermer le lecteur
    .title = Fermer le lecteur
player-time-of = { $at } sur { $duration }
player-time-left = encore { $left }
player-listen = Écouter
player-watch = Regarder
player-pause-episode = Pause
player-played = Écouté
player-downloading = Téléchargement…
player-downloading-of = Téléchargement : { $done } sur { $total } Mo
player-downloading-so-far = Téléchargement : { $done } Mo
player-downloaded = Téléchargé ({ $megabytes } Mo)
player-download = Télécharger
player-remove = Supprimer le téléchargement
player-download-failed = Téléchargement impossible : { $error }
player-not-downloaded-offline = Pas téléchargé, et pas de réseau : il se lira au retour du réseau.
player-cannot-play = Cet épisode ne peut pas être lu ici.

## The Listen view

listen-downloaded = Téléchargés
listen-unplayed = Pas écoutés
listen-downloading = Téléchargement des épisodes : { $done } sur { $total }
listen-none = Pas encore d’épisode : les flux qui portent du son ou de la vidéo les listent ici.
listen-none-match = Aucun épisode ne correspond.
listen-play =
    .aria-label = Lire { $title }
listen-pause =
    .aria-label = Mettre en pause { $title }
listen-download =
    .aria-label = Télécharger { $title }
listen-remove =
    .aria-label = Supprimer le téléchargement de { $title }
