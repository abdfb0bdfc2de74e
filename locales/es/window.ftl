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
view-listen = Escuchar
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
list-unread-stories = { $count } sin leer, { $stories ->
        [one] { $stories } noticia
       *[other] { $stories } noticias
    }
search =
    .aria-label = Buscar
    .placeholder = Buscar  /
search-hidden = Ocultos
search-hidden-label =
    .title = Encontrar también los artículos que ocultó una regla
unread-only =
    .aria-label = Solo sin leer
    .title = Solo sin leer
list-layout =
    .aria-label = Disposición de la lista: { $layout }
layout-compact = Compacta
layout-pictures = Con imágenes
layout-cards = Tarjetas
settings-layout = Disposición de la lista en todas las vistas
oldest-first =
    .aria-label = Los más antiguos primero
    .title = Los más antiguos primero
mark-all-read =
    .aria-label = Marcar todo como leído
    .title = Marcar todo como leído (Mayús+A)
articles =
    .aria-label = Artículos
row-bookmarked =
    .aria-label = Con marcador
row-untitled = (sin título)
story-more-sources = y { $count ->
        [one] una fuente más
       *[other] { $count } fuentes más
    }: { $sources }
story-panel =
    .aria-label = Crónicas de «{ $title }»
story-also-reported = También lo cuentan
story-not-same = No es la misma noticia
story-split = { $count ->
        [one] Separada de la otra crónica.
       *[other] Separada de las otras { $count } crónicas.
    }
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
# the rule that touched the article, as lists name it
reader-rule = Regla: { $rule }
reader-hidden-by-rule = Oculto por la regla: { $rule }
reader-hidden = Oculto por una regla

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
feed-episodes = Descargar sus episodios (sonido y vídeo)
feed-episodes-never = Solo los que yo descargue
feed-episodes-latest = { $count ->
    [one] El último
   *[other] Los { $count } últimos
}
feed-episodes-every = Cada uno nuevo
feed-episodes-hint = Tras cada actualización, para escuchar sin conexión. Los escuchados se van tras los días fijados en Ajustes; los de marcadores se quedan.
feed-notify = Avisarme de los artículos nuevos
settings-open-articles = Abrir los artículos
open-in-reader = En el lector
open-in-browser = La página web, en tu navegador
open-in-inside = La página web, dentro de Broadsheet (sin scripts)
feed-page-scripts = Dejar que su página web ejecute sus scripts aquí
feed-page-scripts-hint = Para páginas que no muestran nada sin ellos. Se ejecutan aparte de Broadsheet: no pueden llegar a tus suscripciones, tus archivos ni la app.
feed-open-in = Abrir sus artículos
feed-open-in-default = Como en Ajustes ({ $place ->
        [browser] la página web, en tu navegador
        [inside] la página web, dentro de Broadsheet
       *[reader] en el lector
    })
reader-page-frame =
    .title = La página web
reader-page-inside = La página web, sin sus scripts.
reader-page-inside-scripts = La página web, con sus scripts.
reader-page-text = El texto del artículo.
reader-page-browser = Los artículos de esta fuente se abren en tu navegador.
reader-page-show-text = Mostrar el texto del artículo
reader-page-show-page = Mostrar la página web
reader-page-open = Abrir la página web
access-summary = Inicio de sesión e identidad
access-hint = Para una fuente tras un inicio de sesión, o un servidor que rechaza lectores desconocidos. La contraseña va al almacén de credenciales del sistema.
access-user = Nombre de usuario
access-password = Contraseña
access-password-kept =
    .placeholder = Guardada: déjala vacía para conservarla
access-identify = Identificarse como
access-agent-own = Broadsheet
access-agent-browser = Un navegador web
access-agent-custom = Otro…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = Olvidar el inicio de sesión
    .aria-label = Olvidar el inicio de sesión
feed-last-error = Falló la última actualización: { $error }
feed-unsubscribe = Cancelar la suscripción
    .aria-label = Cancelar la suscripción
feed-refresh = Actualizar
    .aria-label = Actualizar esta fuente

## A folder's dialog

folder-title = Carpeta
folder-name = Nombre
folder-delete-hint = Eliminar una carpeta conserva sus fuentes y carpetas: suben un nivel.
folder-parent = Dentro de
folder-top-level =
    .placeholder = Nivel superior
folder-path-hint = Una carpeta dentro de otra se escribe con su ruta: Noticias/Asia
folder-moved-into = { $name } movida a { $folder }
folder-moved-to-top = { $name } movida al nivel superior
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
settings-episode-max = Episodio más grande que descargar
settings-episodes-space = Espacio en disco para episodios descargados
settings-episodes-played = Conservar los episodios escuchados, después de escucharlos, durante
settings-episodes-hint = Los ajustes de cada fuente eligen cuáles de sus episodios se descargan. Los artículos con marcador conservan los suyos para siempre.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = Marcar los artículos como leídos al abrirlos
settings-mark-scrolled = Marcar los artículos como leídos al desplazarse más allá
settings-hide-read-feeds = Ocultar las fuentes y carpetas sin nada sin leer
settings-group-stories = Mostrar una sola vez la misma noticia de varias fuentes
settings-story-first = Una noticia muestra primero
settings-story-earliest = su primera crónica
settings-story-longest = su crónica más larga
settings-story-marks-read = Leer una noticia marca como leídas todas sus crónicas
settings-storage = Almacenamiento
settings-measuring = Midiendo…
settings-storage-usage = Artículos: { $articles } MB ({ $full ->
        [one] { $full } artículo completo
       *[other] { $full } artículos completos
    }). Imágenes: { $files } guardadas, { $images } MB ({ $bookmarks } MB de marcadores).
settings-storage-episodes = Episodios: { $files } descargados, { $size } MB ({ $bookmarks } MB de marcadores).
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
keys-story = Mostrar u ocultar las demás crónicas de una noticia
keys-play = Reproducir o pausar el episodio
keys-play-back = Episodio: atrás 15 segundos
keys-play-on = Episodio: adelante 30 segundos
keys-play-slower = Episodio: más lento
keys-play-faster = Episodio: más rápido
keys-undo = Deshacer el último paso (marcar, marcadores, cancelar suscripciones)
keys-this-list = Esta lista
keys-next = Artículo siguiente
keys-previous = Artículo anterior
keys-next-unread = Siguiente artículo no leído
keys-previous-unread = Anterior artículo no leído
settings-shortcuts-hint = Cambia la tecla de cualquier acción o desactiva los atajos de una sola tecla.
settings-shortcuts-open = Atajos…
    .aria-label = Atajos: cambiar las teclas
shortcuts-no-key = ninguna
shortcuts-change =
    .aria-label = { $key }: cambiar la tecla de { $action }
shortcuts-clear = Quitar
    .aria-label = Quitar la tecla de { $action }
shortcuts-press = Pulsa una tecla…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = { $action } ya no tiene tecla
shortcuts-clash = { $key } era la tecla de «{ $other }», que ahora no tiene ninguna
shortcuts-reserved = { $key } sirve para moverse por la ventana y no puede ser un atajo
shortcuts-single = Atajos de una sola tecla (j, k, s…)
shortcuts-single-hint = Desactívalos si un lector de pantalla usa esas teclas; los atajos con Ctrl o Alt siguen funcionando.
shortcuts-reset = Restablecer todos
shortcuts-were-reset = Todos los atajos han vuelto a su valor predeterminado
shortcuts-action = Acción
shortcuts-key = Tecla

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

## Feed health

health-title = Estado de las fuentes
health-all-fine = Todas las fuentes funcionan.
health-some = { $count ->
        [one] { $count } fuente necesita un vistazo. Las peores primero.
       *[other] { $count } fuentes necesitan un vistazo. Las peores primero.
    }
health-list =
    .aria-label = Fuentes por estado
health-state-failing = Con errores
health-state-gone = Desaparecida
health-state-dead = Inactiva
health-state-slow = Lenta
health-state-moved = Movida
health-state-fine = Funciona
health-per-week = { $count } artículos por semana
health-last-worked = funcionó por última vez el { $date }
health-last-new = último artículo nuevo el { $date }
health-answers-ms = responde en { $ms } ms
health-answers-s = responde en { $seconds } s
health-size = { $kb } KB
health-failed = { $count ->
        [one] falló una vez
       *[other] falló { $count } veces seguidas
    }
health-since = { $headline } desde el { $date }
health-retry = Reintentar
    .aria-label = Reintentar { $title }
health-find = Volver a encontrar
    .aria-label = Volver a encontrar { $title }
health-change = Cambiar la dirección…
    .aria-label = Cambiar la dirección… { $title }
health-unsubscribe = Cancelar la suscripción
    .aria-label = Cancelar la suscripción { $title }
health-new-address =
    .aria-label = Nueva dirección de { $title }
health-save-address = Guardar
    .aria-label = Guardar la dirección de { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: la dirección cambió; descargándola ahora.
health-retrying = { $title }: reintentando…
health-found = { $title }: encontrada en { $url }; descargándola ahora.
health-unsubscribed = Suscripción a { $title } cancelada.

## Rules

rules-title = Reglas
rules-hint = Las reglas actúan sobre los artículos nuevos en cada actualización, antes de las notificaciones y las descargas, en este orden. La primera regla que coincide es la que el artículo nombra.
rules-list =
    .aria-label = Reglas
rules-none = Aún no hay reglas.
rules-add = Añadir una regla…
    .aria-label = Añadir una regla
rule-on =
    .aria-label = Regla activa: { $rule }
rule-turned-on = Regla activada.
rule-turned-off = Regla desactivada.
rule-up = ↑
    .aria-label = Subir: { $rule }
    .title = Subir
rule-down = ↓
    .aria-label = Bajar: { $rule }
    .title = Bajar
rule-edit = Editar
    .aria-label = Editar: { $rule }
    .title = Editar
rule-apply = Aplicar ahora
    .aria-label = Aplicar ahora: { $rule }
    .title = Aplicar ahora
rule-remove = Eliminar
    .aria-label = Eliminar: { $rule }
    .title = Eliminar
rule-applied = { $count ->
        [one] La regla coincidió con { $count } artículo guardado.
       *[other] La regla coincidió con { $count } artículos guardados.
    }
rule-removed = Regla eliminada. Lo que hizo con los artículos se queda.
rule-in-feed = { $rule } · en { $feed }
rule-in-folder = { $rule } · en la carpeta { $folder }
rule-one-feed = una fuente
rule-field-title = Título
rule-field-text = Texto
rule-field-author = Autor
rule-field-link = Enlace
rule-field-feed = Nombre de la fuente
rule-action-read = Marcar como leído
rule-action-hide = Ocultar (fuera de todas las vistas; la búsqueda lo encuentra con «Ocultos»)
rule-action-bookmark = Añadir marcador (se guarda completo sin conexión)
rule-action-notify = Avisarme
rule-action-no-full-text = No descargar nunca el artículo completo
rule-kind-any = tiene alguna de estas palabras
rule-kind-all = tiene todas estas palabras
rule-kind-regex = coincide con la expresión regular
rule-when = Cuando en el artículo, su
rule-then = Entonces
rule-kind =
    .aria-label = Cómo coincide
rule-pattern =
    .aria-label = Palabras o expresión
rule-scope =
    .aria-label = En qué fuentes
rule-scope-all = En todas las fuentes
rule-scope-folder = En la carpeta { $folder }
rule-scope-feed = En { $feed }
rule-case = Distinguir exactamente mayúsculas y minúsculas
rule-save = Guardar
    .aria-label = Guardar la regla
rule-edit-title = Editar la regla
rule-new-title = Nueva regla
rule-preview-hint = Escribe palabras para ver con qué artículos guardados coincidiría la regla.
rule-preview-capped = { $matches } de los { $looked } artículos más recientes
rule-preview-count = { $matches ->
        [one] { $matches } artículo en los últimos 30 días
       *[other] { $matches } artículos en los últimos 30 días
    }
rule-saved = Regla guardada.
rule-added = Regla añadida. Actúa sobre los artículos nuevos; «Aplicar ahora» la aplica a los guardados.

## Accounts

accounts-title = Cuentas
accounts-hint = Sincroniza con el servidor de fuentes que ya usas (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux) mediante su API de Google Reader: suscripciones, carpetas y artículos leídos y destacados quedan iguales en cada dispositivo. El servidor descarga sus fuentes; Broadsheet guarda legible sin conexión todo lo que sincroniza, y completos los artículos destacados.
accounts-folders-hint = Las carpetas dentro de carpetas llegan al servidor como etiquetas con su ruta, como «Noticias/Asia», igual que las escriben otras apps que sincronizan con él.
accounts-list =
    .aria-label = Cuentas
accounts-add = Añadir una cuenta…
    .aria-label = Añadir una cuenta
account-keyring = Inicio de sesión guardado en el almacén de credenciales del sistema.
account-file = Inicio de sesión guardado en un archivo que solo tú puedes leer: este sistema no tiene almacén de credenciales.
account-refused = El servidor ya no acepta el inicio de sesión.
account-last-failed = Falló la última sincronización: { $error }
account-synced-now = Sincronizado ahora mismo.
account-synced-ago = Última sincronización hace { $when }.
account-synced-on = Última sincronización: { $when }.
account-not-synced = Aún sin sincronizar.
account-local-feeds = { $count ->
        [one] { $count } fuente, descargada por Broadsheet.
       *[other] { $count } fuentes, descargadas por Broadsheet.
    }
account-server-feeds = { $url } · { $count ->
        [one] { $count } fuente
       *[other] { $count } fuentes
    }
account-again = Volver a iniciar sesión…
    .aria-label = Volver a iniciar sesión: { $account }
account-remove = Quitar…
    .aria-label = Quitar: { $account }
account-add-title = Añadir una cuenta
account-add-hint = Usa la contraseña de API del servidor (FreshRSS: Profile → API management), no la de su página web. La contraseña se usa una vez: solo se guarda el token de sesión del servidor.
account-url = Dirección del servidor
account-user = Nombre de usuario
account-password = Contraseña de API
account-move-local = Mover a ella { $count ->
        [one] mi suscripción
       *[other] mis { $count } suscripciones
    } de este ordenador (con sus carpetas)
account-submit = Iniciar sesión y añadir
    .aria-label = Iniciar sesión y añadir
account-signing-in = Iniciando sesión…
account-added = { $account } añadida: su API de Google Reader responde en { $url }. Sincronizando ahora.
account-sign-in = Iniciar sesión
    .aria-label = Iniciar sesión
account-sign-in-title = Iniciar sesión en { $account }
account-signed-in = Sesión iniciada. Sincronizando ahora.
account-remove-confirm = Quitar
    .aria-label = Quitar { $account }
account-removed = { $account } quitada. { $count ->
        [one] { $count } marcador se queda en este ordenador.
       *[other] { $count } marcadores se quedan en este ordenador.
    }
account-remove-title = ¿Quitar { $account }?
account-remove-hint = Sus fuentes y artículos se van de este ordenador; sus marcadores se quedan, completos, en «En este ordenador». Nada cambia en el servidor.

## The tray and the system's own dialogs

tray-no-unread = No hay artículos sin leer
tray-unread = { $count ->
        [one] { $shown } artículo sin leer
       *[other] { $shown } artículos sin leer
    }
tray-tooltip = Broadsheet: { $unread }
tray-show = Mostrar Broadsheet
tray-refresh = Actualizar
tray-quit = Salir
dialog-export-bookmarks = Exportar marcadores
dialog-import = Importar suscripciones
dialog-export = Exportar suscripciones

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = no hay icono en la bandeja del sistema en este escritorio: { $why }
app-cannot-open = no se pudo abrir la ventana: { $why }

## The player

player =
    .aria-label = Reproductor
player-play =
    .aria-label = Reproducir
    .title = Reproducir (l)
player-pause =
    .aria-label = Pausa
    .title = Pausa (l)
player-back =
    .aria-label = Atrás 15 segundos
    .title = Atrás 15 segundos ([)
player-on =
    .aria-label = Adelante 30 segundos
    .title = Adelante 30 segundos (])
player-position =
    .aria-label = Posición
player-speed =
    .aria-label = Velocidad
player-speed-value = { $speed }×
player-volume =
    .aria-label = Volumen
player-close =
    .aria-label = Cerrar el reproductor
    .title = Cerrar el reproductor
player-time-of = { $at } de { $duration }
player-time-left = quedan { $left }
player-listen = Escuchar
player-watch = Ver
player-pause-episode = Pausa
player-played = Escuchado
player-downloading = Descargando…
player-downloading-of = Descargando: { $done } de { $total } MB
player-downloading-so-far = Descargando: { $done } MB
player-downloaded = Descargado ({ $megabytes } MB)
player-download = Descargar
player-remove = Quitar la descarga
player-download-failed = No se pudo descargar: { $error }
player-not-downloaded-offline = No está descargado y no hay red: se reproducirá cuando vuelva la red.
player-cannot-play = Este episodio no se puede reproducir aquí.

## The Listen view

listen-downloaded = Descargados
listen-unplayed = Sin escuchar
listen-downloading = Descargando episodios: { $done } de { $total }
listen-none = Aún no hay episodios: los canales con sonido o vídeo los listan aquí.
listen-none-match = Ningún episodio coincide.
listen-play =
    .aria-label = Reproducir { $title }
listen-pause =
    .aria-label = Pausar { $title }
listen-download =
    .aria-label = Descargar { $title }
listen-remove =
    .aria-label = Quitar la descarga de { $title }
