### La ventana de Broadsheet, en español.
###
### Glossary (glosario): las palabras de este catálogo para las cosas del lector, siempre las mismas.
###   feed: fuente
###   article: artículo
###   bookmark: marcador
###   refresh: actualizar
###   folder: carpeta
###   full article: artículo completo (la página del artículo, guardada para leer sin conexión)
###   unread: sin leer
###   feed server: servidor de fuentes (FreshRSS, Miniflux y otros)
###
### Las teclas (j, k, s, Ctrl…) quedan como están. Mantén <kbd>…</kbd> alrededor de la tecla.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = Fuentes y vistas
toolbar-add =
    .aria-label = Añadir fuente
    .title = Añadir fuente
toolbar-refresh =
    .aria-label = Actualizar
    .title = Actualizar todo (r)
toolbar-settings =
    .aria-label = Ajustes
    .title = Ajustes
view-all = Todos los artículos
view-unread = Sin leer
view-today = Hoy
view-bookmarks = Marcadores
view-search = Búsqueda
view-health = Estado de las fuentes
view-health-button =
    .aria-label = Estado de las fuentes
view-health-failing =
    .aria-label = Estado de las fuentes, { $count } con errores
view-count-unread =
    .aria-label = { $name } { $count } sin leer
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = Cambiar el ancho del panel de fuentes
split-list =
    .aria-label = Cambiar el ancho de la lista de artículos
sidebar-hide =
    .aria-label = Ocultar fuentes y vistas
    .title = Ocultar fuentes y vistas (v)
sidebar-show =
    .aria-label = Mostrar fuentes y vistas
    .title = Mostrar fuentes y vistas (v)
folder-toggle =
    .aria-label = Carpeta { $name }, { $count } sin leer
folder-all = Toda la carpeta
folder-all-button =
    .aria-label = Toda la carpeta, { $count } sin leer, { $name }
folder-edit =
    .aria-label = Editar la carpeta { $name }
    .title = Renombrar o eliminar la carpeta
feed-button =
    .aria-label = { $title } { $count } sin leer
feed-button-trouble =
    .aria-label = { $title } { $count } sin leer, { $trouble }
feed-edit =
    .aria-label = Editar la fuente { $title }
    .title = Renombrar, mover o cancelar la suscripción
feed-gone = desaparecida desde el { $date }: el servidor dice que la fuente ya no existe, así que ya no se descarga
feed-failing = con errores: { $problem }
feed-failing-since = con errores desde el { $date }: { $problem }
account-sign-in-again = vuelve a iniciar sesión
account-sync-failed = falló la sincronización

## The article list

list-title-search = Búsqueda
list-found = { $count ->
        [one] { $count } encontrado
       *[other] { $count } encontrados
    }
list-unread = { $count } sin leer
search =
    .aria-label = Buscar
    .placeholder = Buscar  /
search-hidden = Ocultos
search-hidden-label =
    .title = Encontrar también los artículos que ocultó una regla
unread-only =
    .aria-label = Solo sin leer
    .title = Solo sin leer
mark-all-read =
    .aria-label = Marcar todo como leído
    .title = Marcar todo como leído (Mayús+A)
articles =
    .aria-label = Artículos
row-bookmarked =
    .aria-label = Con marcador
row-untitled = (sin título)
empty-no-match = Ningún artículo coincide.
empty-no-bookmarks = Aún no hay marcadores. Pulsa s en un artículo para guardarlo.
empty-all-read = Todo leído.
empty-nothing-yet = Aún no hay artículos aquí.

## Dates in the list

date-now = ahora
date-minutes = { $count } min
date-hours = { $count } h
date-yesterday = Ayer

## The reader

reader =
    .aria-label = Artículo
reader-back =
    .aria-label = Volver a la lista
    .title = Volver a la lista (Esc)
reader-mark-read =
    .aria-label = Marcar como leído
    .title = Marcar como leído (m)
reader-mark-unread =
    .aria-label = Marcar como no leído
    .title = Marcar como no leído (m)
reader-bookmark =
    .aria-label = Añadir marcador
    .title = Añadir marcador (s)
reader-remove-bookmark =
    .aria-label = Quitar marcador
    .title = Quitar marcador (s)
reader-load-full =
    .aria-label = Cargar el artículo completo
    .title = Cargar el artículo completo desde su página (f)
reader-load-full-again =
    .aria-label = Volver a cargar el artículo completo
    .title = Volver a cargar el artículo completo desde su página (f)
reader-open =
    .aria-label = Abrir el original
    .title = Abrir el original en el navegador (o)
reader-empty = Elige un artículo para leerlo.
reader-keys-hint = Pulsa <kbd>?</kbd> para ver los atajos de teclado.
reader-unhide = Mostrar de nuevo en las listas
    .aria-label = Mostrar de nuevo en las listas
reader-frame =
    .title = Texto del artículo
reader-original = Leer en el sitio original
reader-full-failed = No se pudo cargar el artículo completo ({ $error }).

## The status line

status-refreshing = Actualizando… { $done } de { $total }
status-saving = Guardando para leer sin conexión… { $done } de { $total }
status-offline = Sin conexión: se muestra lo guardado.
status-updated = Actualizado a las { $time }
status-sign-in-again = { $account }: el servidor ya no acepta el inicio de sesión. Vuelve a iniciarla en Ajustes → Cuentas.
status-sync-failed = Falló la sincronización con { $account }: { $error }
status-an-account = una cuenta
status-refresh-failed = Falló la actualización: { $error }
status-imported = { $feeds ->
        [one] { $feeds } fuente importada
       *[other] { $feeds } fuentes importadas
    } ({ $duplicates } ya estaban){ $rules ->
        [0] {""}
        [one] , { $rules } regla
       *[other] , { $rules } reglas
    }.
status-import-failed = Falló la importación: { $error }
status-bookmarks-kept = { $count ->
        [one] El artículo con marcador de { $title } queda en Marcadores.
       *[other] Los { $count } artículos con marcador de { $title } quedan en Marcadores.
    }
status-bookmarks-exported = Marcadores exportados a { $path }
status-exported = Exportado a { $path }
status-export-failed = Falló la exportación: { $error }
status-setting-refused = El ajuste no cambió: { $error }
status-unhidden = El artículo vuelve a estar en las listas.

## Undo

undo = Deshacer
undo-button =
    .aria-label = Deshacer: { $step }
undo-done = Deshecho: { $step }
undo-nothing = No hay nada que deshacer
undo-failed = No se pudo deshacer: { $error }

## Add a feed

add-title = Añadir una fuente
add-url = Dirección de la fuente o del sitio web
add-folder = Carpeta (opcional)
add-account = Cuenta
add-import = Importar OPML…
    .aria-label = Importar OPML
add-searching = Buscando la fuente…
add-subscribe = Suscribirse
    .aria-label = Suscribirse
cancel = Cancelar
    .aria-label = Cancelar
save = Guardar
    .aria-label = Guardar
close = Cerrar
    .aria-label = Cerrar
done = Hecho
    .aria-label = Hecho

## A feed's dialog

feed-name = Nombre
feed-folder = Carpeta
feed-no-folder =
    .placeholder = Sin carpeta
feed-full-text = Descargar artículos completos
feed-full-text-auto = Automático
feed-full-text-always = Siempre
feed-full-text-never = Nunca
feed-summary-only = Esta fuente solo envía resúmenes: Broadsheet descarga cada artículo desde su página.
feed-whole-articles = Esta fuente envía los artículos completos.
feed-notify = Avisarme de los artículos nuevos
feed-last-error = Falló la última actualización: { $error }
feed-unsubscribe = Cancelar la suscripción
    .aria-label = Cancelar la suscripción
feed-refresh = Actualizar
    .aria-label = Actualizar esta fuente

## A folder's dialog

folder-title = Carpeta
folder-name = Nombre
folder-delete-hint = Eliminar una carpeta conserva sus fuentes: solo salen de la carpeta.
folder-delete = Eliminar la carpeta
    .aria-label = Eliminar la carpeta

## Settings

settings-title = Ajustes
settings-language = Idioma
settings-language-system = El del sistema ({ $language })
settings-digits = Números
settings-digits-native = Las cifras del idioma
settings-digits-latin = 0123456789
settings-calendar = Calendario
settings-calendar-native = El calendario del idioma
settings-calendar-gregorian = Gregoriano
settings-interval = Actualizar las fuentes cada
settings-interval-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
settings-interval-hour = hora
settings-interval-hours = { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
settings-theme = Tema
settings-theme-system = El del sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-font = Tipo de letra de lectura
settings-font-serif = Con serifa
settings-font-sans = Sin serifa
settings-size = Tamaño del texto
settings-size-small = Pequeño
settings-size-medium = Mediano
settings-size-large = Grande
settings-size-larger = Más grande
settings-retention = Conservar los artículos leídos, después de leerlos, durante
settings-retention-week = una semana
settings-retention-month = un mes
settings-retention-months = { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
settings-retention-year = un año
settings-retention-ever = siempre
settings-retention-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
settings-retention-hint = Se cuenta desde que lees el artículo. Los artículos sin leer y con marcador se conservan siempre.
settings-images = Guardar las imágenes para leer sin conexión
settings-images-all = De todos los artículos
settings-images-bookmarks = Solo de los marcadores
settings-images-none = Nunca
settings-storage = Almacenamiento
settings-measuring = Midiendo…
settings-storage-usage = Artículos: { $articles } MB ({ $full ->
        [one] { $full } artículo completo
       *[other] { $full } artículos completos
    }). Imágenes: { $files } guardadas, { $images } MB ({ $bookmarks } MB de marcadores).
settings-clean-read = Quitar las imágenes de los artículos leídos
    .aria-label = Quitar las imágenes de los artículos leídos
settings-clean-all = Quitar todo salvo los marcadores
    .aria-label = Quitar todas las imágenes salvo las de los marcadores
settings-accounts = Cuentas
settings-accounts-hint = Sincroniza con FreshRSS, Miniflux y otros servidores con la API de Google Reader.
settings-accounts-open = Cuentas…
    .aria-label = Cuentas: añadir o quitar cuentas de servidores de fuentes
settings-rules = Reglas
settings-rules-hint = Marca como leídos, oculta, guarda o anuncia los artículos nuevos según sus palabras.
settings-rules-open = Reglas…
    .aria-label = Reglas: editar las reglas
settings-export-bookmarks = Exportar marcadores
settings-export-html = Página web…
    .aria-label = Página web: exportar los marcadores en un archivo HTML
settings-export-markdown = Markdown…
    .aria-label = Markdown: exportar los marcadores como Markdown
settings-export-json = JSON…
    .aria-label = JSON: exportar los marcadores como JSON
settings-export-opml = Exportar OPML…
    .aria-label = Exportar OPML

## Keyboard shortcuts

keys-title = Atajos de teclado
keys-next-previous = Artículo siguiente / anterior
keys-next-previous-unread = Artículo sin leer siguiente / anterior
keys-bookmark = Añadir o quitar el marcador
keys-read = Marcar como leído o no leído
keys-open = Abrir el original en el navegador
keys-full = Cargar el artículo completo desde su página
keys-refresh = Actualizar todas las fuentes
keys-search = Buscar
keys-sidebar = Mostrar u ocultar fuentes y vistas
keys-back = Volver a la lista (ventanas estrechas)
keys-zoom = Ampliar, reducir, tamaño normal
keys-mark-all = Marcar todo lo de esta vista como leído
keys-undo = Deshacer el último paso (marcar, marcadores, cancelar suscripciones)
keys-this-list = Esta lista

## The first-run screen

first-run-welcome = Te damos la bienvenida a Broadsheet
first-run-intro = Sigue los sitios que lees en un solo lugar tranquilo, y sigue leyendo cuando no haya red. Elige algunos para empezar, trae tus suscripciones de otro lector o sincroniza con el servidor de fuentes que ya usas.
first-run-subscribe = Suscribirse
    .aria-label = Suscribirse a las fuentes marcadas
first-run-subscribing = Suscribiendo…
    .aria-label = Suscribirse a las fuentes marcadas
first-run-import = Importar OPML…
    .aria-label = Importar OPML
first-run-add = Añadir por dirección…
    .aria-label = Añadir una fuente por su dirección
first-run-accounts = Sincronizar con un servidor de fuentes…
    .aria-label = Sincronizar con un servidor de fuentes: FreshRSS, Miniflux y otros
first-run-offline = No tienes conexión: no se pudo llegar a ninguna fuente. Conéctate a Internet y vuelve a intentarlo.
first-run-subscribed = suscrito
first-run-result = { $title }: { $outcome }
