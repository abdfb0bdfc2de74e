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
fetch-needs-login = la fuente necesita un nombre de usuario y una contraseña
fetch-login-refused = el servidor rechazó el nombre de usuario y la contraseña de la fuente
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
advice-sign-in = Indica su nombre de usuario y contraseña en los ajustes de la fuente, o cancela la suscripción.

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

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = no se pudo procesar la página
page-no-page = el servidor no envió ninguna página
page-not-html = el enlace lleva a { $type }, no a una página
page-no-article-found = no se encontró ningún artículo en la página
page-extractor-failed = el extractor falló en esta página
page-too-slow = leer la página llevó más de { $seconds } s
page-not-this-article = la página no es este artículo
page-not-this-article-titled = la página no es este artículo (dice «{ $title }»)
page-too-short = la página no tiene ningún artículo, solo { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    } (¿un muro de inicio de sesión o de cookies, una galería?)
page-links = la página es una lista de enlaces, no un artículo
page-short-lines = la página es una lista de líneas cortas (la más larga tiene { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    }), no un artículo

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = No se pudo extraer el artículo completo ({ $why }). Este es el texto que trae la fuente.
reader-not-loaded = No se pudo cargar el artículo completo ({ $why }). Este es el texto que trae la fuente.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = La red pide que inicies sesión; los artículos completos y las imágenes se descargarán en cuanto te deje pasar.

## Why a fetch failed

net-timeout = el servidor no respondió en { $seconds } s
net-unreachable = no se pudo llegar al servidor ({ $why })
net-http = el servidor respondió HTTP { $code }
net-later = el servidor pide esperar { $seconds } s (HTTP { $code })
net-too-large = la respuesta supera el límite de { $bytes } bytes
net-redirects = más de { $count } redirecciones
net-redirect-loop = la dirección redirige en bucle en { $url }
net-bad-redirect = el servidor redirige sin decir adónde
net-unsupported = Broadsheet no puede descargar esta dirección: { $url }
net-needs-login = esta fuente necesita un nombre de usuario y una contraseña
net-login-refused = el servidor rechazó el nombre de usuario y la contraseña de esta fuente
net-other = error de red: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = el servidor rechazó este usuario y contraseña (usa la contraseña de la API, no la de la web)
sync-not-greader = ninguna API de Google Reader responde en { $url } ni donde FreshRSS y Miniflux la ponen bajo esa dirección
sync-api-off = la API del servidor está desactivada (FreshRSS: Configuración → Autenticación → permitir el acceso por API)
sync-sign-in-again = el servidor ya no acepta este inicio de sesión: vuelve a iniciar sesión
sync-network = no se pudo llegar al servidor: { $why }
sync-tls = falló la conexión segura con el servidor: { $why }
sync-server = el servidor falló (HTTP { $code })
sync-garbage = no se pudo leer la respuesta del servidor
sync-too-large = la respuesta del servidor supera { $bytes } bytes
sync-too-many = el servidor lista más de { $count } elementos en una lista; la sincronización se detuvo ahí
sync-no-secret = no hay ningún inicio de sesión guardado para esta cuenta: vuelve a iniciar sesión
sync-change-refused = el servidor rechazó un cambio de suscripción (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = falló la base de datos: { $why }
error-disk-full = el disco está lleno: no se guardó nada de este paso y lo guardado antes está intacto; libera espacio y vuelve a intentarlo
error-read-only = la carpeta de datos es de solo lectura: Broadsheet puede mostrar lo guardado pero no guardar nada ({ $why })
error-data-dir = no se puede usar la carpeta de datos { $path }: { $why }
error-no-data-dir = no hay carpeta de datos de usuario en este sistema; usa --data-dir
error-schema-too-new = la base de datos la escribió un Broadsheet más nuevo (esquema { $found }, esta versión conoce hasta el { $known }); actualiza Broadsheet para abrirla
error-other = { $why }
error-invalid-url = no es una dirección web válida: { $url }
error-parse = no se pudo leer la fuente: { $why }
error-extract = no se pudo extraer un artículo: { $why }
error-no-feed = no se encontró ninguna fuente en { $url }
error-opml = no se pudo leer el archivo OPML: { $why }
error-not-found = { $kind ->
        [feed] no existe la fuente { $id }
        [article] no existe el artículo { $id }
        [folder] no existe la carpeta { $id }
        [rule] no existe la regla { $id }
        [account] no existe la cuenta { $id }
       *[other] no existe { $kind } { $id }
    }
error-export-format = formato de exportación desconocido «{ $format }»; usa html, markdown o json
error-feed-has-address = la fuente { $id } ya tiene la dirección { $url }
error-undo-unreadable = un paso para deshacer que no se puede leer: { $why }
error-folder-name = una carpeta necesita un nombre
error-folder-too-deep = las carpetas llegan como mucho a { $depth } niveles de profundidad
error-folder-slash = el nombre de una carpeta no puede llevar /, que separa las carpetas de una ruta
error-folder-exists = ya hay una carpeta llamada «{ $name }» ahí
error-folder-into-itself = una carpeta no puede ir dentro de sí misma
error-local-account = la cuenta «En este ordenador» no se puede quitar
error-not-an-image = no es una imagen (sus bytes dicen lo contrario)
error-not-media = no es sonido ni vídeo (sus bytes dicen lo contrario)
error-episodes-full = los episodios descargados ocuparían más de los { $megabytes } MB permitidos (ajuste episodes_space_mb)
error-setting-number = { $key } debe ser un número entero, no «{ $value }»
error-setting-choice = { $key } debe ser uno de { $choices }, no «{ $value }»
error-setting-shortcuts = { $key } debe asignar teclas a acciones en JSON, como {"{"}"next": "h"{"}"}, no «{ $value }»
error-feed-login = un nombre de usuario (sin dos puntos) y una contraseña, cada uno en una línea y de 1000 caracteres como mucho
error-user-agent = un User-Agent es una línea de { $chars } caracteres como mucho
error-setting-unknown = ajuste desconocido «{ $key }»; conocidos: { $choices }
error-config-value = da un valor: broadsheet config { $key } VALOR
error-plain-304 = el servidor respondió 304 a una petición simple
error-cannot-read = no se puede leer { $path }: { $why }
error-stories-line = la línea { $line } de { $path } no es un artículo: { $why }
error-no-password = no se dio ninguna contraseña
error-cannot-write = no se pudo escribir { $path }: { $why }
error-offline = no se pudo llegar a { $url }: quizá no tienes conexión ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» no es algo que una regla pueda leer (title, text, author, link, feed)
rule-bad-match = «{ $value }» no es un tipo de coincidencia (all, any, regex)
rule-bad-action = «{ $value }» no es algo que una regla pueda hacer (read, hide, bookmark, notify, no_full_text)
rule-no-fields = di qué lee la regla (title, text, author, link o feed)
rule-no-actions = di qué hace la regla (read, hide, bookmark, notify o no_full_text)
rule-no-pattern = la regla no tiene nada que buscar
rule-pattern-too-long = el patrón supera { $bytes } bytes
rule-regex-at = la expresión regular no es válida en el carácter { $at }: { $why }
rule-regex-too-big = la expresión regular es demasiado grande
rule-regex-invalid = la expresión regular no es válida: { $why }
rule-says = { $fields } { $how ->
        [all] tiene todas las palabras de
        [any] tiene alguna palabra de
       *[regex] coincide con
    } «{ $pattern }» → { $actions }
rule-says-field = { $field ->
        [title] título
        [text] texto
        [author] autor
        [link] enlace
       *[feed] fuente
    }
rule-says-action = { $action ->
        [read] leído
        [hide] ocultar
        [bookmark] marcador
        [notify] avisar
       *[no_full_text] sin artículo completo
    }
rule-says-separator = {", "}
