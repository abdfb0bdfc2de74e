### Lo que dice el motor de Broadsheet sobre las fuentes, en español. Lo muestran la ventana y la línea de órdenes.
###
### Glossary (glosario): feed: fuente; article: artículo; server: servidor
###
### HTTP y el número que sigue (HTTP 404) quedan como están. $why y $error son palabras del sistema o de la fuente, en inglés.

## What is wrong with a feed

state-gone = el servidor dice que la fuente ya no existe (HTTP 410): ya no se descarga
state-dead = ningún artículo nuevo en más de seis meses
state-slow = lenta: responde en { $seconds } s de media
state-moved = la dirección { $from } ahora redirige a { $url }: actualizada
state-working = funciona

## A fetch's error

fetch-gone = el servidor dice que la fuente ya no existe (HTTP 410)
fetch-not-found = el servidor dice que no hay ninguna fuente en esta dirección (HTTP 404)
fetch-refused = el servidor se niega a enviar la fuente (HTTP { $code })
fetch-later = el servidor pide a Broadsheet que vuelva más tarde (HTTP 429)
fetch-trouble = el servidor tiene problemas (HTTP { $code })
fetch-http = el servidor respondió HTTP { $code }
fetch-not-a-feed = ya no es una fuente: devuelve una página web
fetch-timeout = el servidor no respondió en { $seconds } s
fetch-unreachable = no se pudo llegar al servidor ({ $why })
fetch-broken = la fuente está rota: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = Vuelve a encontrar la fuente desde su sitio, o cancela la suscripción. Reintenta si el sitio dice que ha vuelto.
advice-dead = Quizá dejó de publicar o se mudó: vuelve a encontrar la fuente desde su sitio, o cancela la suscripción.
advice-slow = No hay nada que hacer mientras no falle; las demás fuentes no la esperan.
advice-moved = No hay nada que hacer: Broadsheet la sigue en su nueva dirección.
advice-find = Vuelve a encontrar la fuente desde su sitio, cambia la dirección o cancela la suscripción.
advice-wait = Suele pasar solo: Broadsheet reintenta más tarde, esperando cada vez más. Reintenta ahora si sabes que ha vuelto.
advice-retry = Reintenta ahora, vuelve a encontrar la fuente desde su sitio o cambia la dirección.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count ->
        [one] { $count } artículo nuevo: { $titles }
       *[other] { $count } artículos nuevos: { $titles }
    }
notify-more = { $count ->
        [one] { $count } artículo más coincidió con tus reglas
       *[other] { $count } artículos más coincidieron con tus reglas
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count ->
        [one] { $count } artículo marcado como leído
       *[other] { $count } artículos marcados como leídos
    }
undo-read = Marcado como leído
undo-unread = Marcado como no leído
undo-bookmarked = Marcador añadido
undo-unbookmarked = Marcador quitado
undo-unsubscribed = Suscripción a { $title } cancelada
undo-folder-deleted = Carpeta { $name } eliminada
undo-other = { $text }
