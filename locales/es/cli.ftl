### El lector de línea de órdenes de Broadsheet, en español.
###
### Glossary (glosario): las palabras de este catálogo para las cosas del lector, siempre las mismas.
###   feed: fuente
###   article: artículo
###   bookmark: marcador
###   refresh: actualizar
###   folder: carpeta
###   full article: artículo completo (la página del artículo, guardada para leer sin conexión)
###   unread: sin leer
###
### Las órdenes, opciones y valores (`broadsheet undo 3`, VALUE) quedan en inglés: se escriben tal cual.

## broadsheet add

cli-subscribed = Suscrito a { $title } ({ $url }), fuente { $feed }: { $articles ->
        [one] { $articles } artículo
       *[other] { $articles } artículos
    }
cli-already-subscribed = Ya estás suscrito a { $title } (fuente { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = { $feeds ->
        [one] { $feeds } fuente importada
       *[other] { $feeds } fuentes importadas
    } en { $folders ->
        [one] { $folders } carpeta
       *[other] { $folders } carpetas
    }; omitidas: { $duplicates } ya suscritas y { $invalid } no válidas
cli-imported-rules = { $rules ->
        [one] { $rules } regla importada
       *[other] { $rules } reglas importadas
    } ({ $skipped } omitidas: fuente sin suscripción o regla no válida)
cli-wrote = Escrito en { $path }
cli-wrote-bookmarks = { $count ->
        [one] { $count } marcador escrito
       *[other] { $count } marcadores escritos
    } en { $path }

## broadsheet full-text, notify

# $on es "yes" o "no"; $mode es "auto", "always" o "never"
cli-full-text-set = Fuente { $feed }: artículos completos { $on ->
        [yes] descargados
       *[no] no descargados
    } ({ $mode ->
        [auto] automático
        [always] siempre
       *[never] nunca
    })
cli-notify-set = Fuente { $feed }: los artículos nuevos { $on ->
        [yes] se anuncian
       *[no] llegan en silencio
    }

## broadsheet storage

# $database, $images y $bookmarks son tamaños en MiB con un decimal
cli-storage = base de datos: { $database } MiB ({ $full ->
        [one] { $full } artículo completo
       *[other] { $full } artículos completos
    })
    imágenes: { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }, { $images } MiB ({ $bookmarks } MiB de marcadores)
    en { $dir }
cli-storage-episodes = episodios: { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }, { $size } MiB ({ $bookmarks } MiB de marcadores)
cli-images-removed = { $count ->
        [one] { $count } imagen eliminada
       *[other] { $count } imágenes eliminadas
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } sin leer / { $total }
cli-feed-failing = { $error } (falló { $times ->
        [one] { $times } vez
       *[other] { $times } veces
    })
cli-renamed = La fuente { $feed } ahora se llama «{ $title }»
cli-moved-into = { $title } movida a { $folder }
cli-moved-out = { $title } fuera de las carpetas
cli-folder-made = Carpeta { $path } creada (número { $id })
cli-folder-now = La carpeta es ahora { $path }
cli-unsubscribed-keeping = { $label }; { $count ->
        [one] su artículo con marcador se conserva en Marcadores
       *[other] sus { $count } artículos con marcador se conservan en Marcadores
    }
cli-undo-within = Para deshacer (en { $minutes } minutos): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = Ningún artículo coincide.
cli-undo = Para deshacer: broadsheet undo { $step }
cli-nothing-to-mark-read = Nada que marcar como leído
cli-marked-unread = Artículo { $id } marcado como no leído
cli-bookmarked = Marcador añadido: «{ $title }»
cli-bookmark-removed = Marcador quitado de «{ $title }»
cli-bookmarked-not-offline = marcador añadido, pero no se pudo guardar para leer sin conexión: { $error }

## broadsheet stats, purge

cli-stats = { $feeds ->
        [one] { $feeds } fuente
       *[other] { $feeds } fuentes
    } en { $folders ->
        [one] { $folders } carpeta
       *[other] { $folders } carpetas
    } ({ $failing } con errores)
    { $articles ->
        [one] { $articles } artículo
       *[other] { $articles } artículos
    }, { $unread } sin leer, { $bookmarked } con marcador
    base de datos: { $size } MiB en { $path }
cli-purged = { $count ->
        [one] { $count } artículo leído eliminado
       *[other] { $count } artículos leídos eliminados
    } (de más de { $days ->
        [one] { $days } día
       *[other] { $days } días
    })

## broadsheet refresh, sync

cli-feed-new = fuente { $feed }: { $count } nuevos
cli-feed-failed = falló la fuente { $feed }: { $error } ({ $url })
cli-account-synced = cuenta { $account }: { $new ->
        [one] { $new } artículo nuevo
       *[other] { $new } artículos nuevos
    }, { $sent } cambios enviados, { $states } estados de lectura y { $stars } estrellas cambiados aquí, { $requests } peticiones en { $ms } ms
cli-account-failed = falló la cuenta { $account }: { $error }
cli-refreshed = { $feeds ->
        [one] { $feeds } fuente actualizada
       *[other] { $feeds } fuentes actualizadas
    } en { $ms } ms: { $new ->
        [one] { $new } artículo nuevo
       *[other] { $new } artículos nuevos
    }; { $changed } cambiadas, { $unchanged } sin cambios, { $failed } con errores
cli-synced = { $accounts ->
        [one] { $accounts } cuenta sincronizada
       *[other] { $accounts } cuentas sincronizadas
    }: { $new ->
        [one] { $new } artículo nuevo
       *[other] { $new } artículos nuevos
    }, { $failed } con errores
cli-no-accounts = No hay ninguna cuenta de servidor de fuentes que sincronizar: añade una con `broadsheet account add greader URL --user NAME`
cli-offline = Sin conexión en { $ms } ms: { $full ->
        [one] { $full } artículo completo
       *[other] { $full } artículos completos
    } ({ $full_failed } con errores), { $images ->
        [one] { $images } imagen
       *[other] { $images } imágenes
    } ({ $size } MiB, { $images_failed } rechazadas o con errores)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = No hay suscripciones.
cli-episodes-none = No hay episodios: ningún canal ha adjuntado audio ni vídeo todavía.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = y { $count ->
        [one] una fuente más
       *[other] { $count } fuentes más
    }: { $sources }
cli-episode-audio = audio
cli-episode-video = vídeo
cli-episode-downloaded = descargado, { $megabytes } MB
cli-episode-saved = Guardado para escuchar sin conexión ({ $megabytes } MB): { $path }
cli-episode-played = escuchado
cli-episode-downloads-never = Canal { $feed }: sus episodios solo se descargan cuando usted lo pide (broadsheet download ID).
cli-episode-downloads-every = Canal { $feed }: cada episodio nuevo se descarga tras cada actualización.
cli-episode-downloads-latest = Canal { $feed }: { $count ->
    [one] el último episodio se descarga
   *[other] los { $count } últimos episodios se descargan
} tras cada actualización.
cli-health-state = { $state ->
        [failing] errores
        [gone] desaparecida
        [dead] inactiva
        [slow] lenta
        [moved] movida
       *[fine] bien
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } desde el { $date }: { $headline }
cli-health-per-week = { $count } artículos por semana
cli-health-last-worked = funcionó por última vez el { $date }
cli-health-last-new = último artículo nuevo el { $date }
cli-health-answers = responde en { $ms } ms
cli-health-size = { $kib } KiB
cli-health-failed = { $count ->
        [one] falló una vez
       *[other] falló { $count } veces seguidas
    }
cli-set-url = La fuente { $feed } ahora viene de { $url }; `broadsheet refresh { $feed }` la descarga ya
cli-rediscovered = Fuente { $feed } encontrada de nuevo: { $url } (antes { $before })
cli-rediscover-same = Fuente { $feed }: su sitio sigue indicando { $url }; se volverá a intentar

## broadsheet account

cli-account-added = Cuenta { $id } añadida: { $name } (inicio de sesión guardado en { $place ->
        [keyring] el almacén de credenciales del sistema
       *[file] un archivo que solo tú puedes leer (aquí no hay almacén de credenciales)
    })
cli-account-moved = { $count ->
        [one] { $count } suscripción movida a ella
       *[other] { $count } suscripciones movidas a ella
    }; llegan al servidor en la próxima sincronización
cli-account-sync-hint = Ejecuta `broadsheet sync` para descargar sus suscripciones y artículos
cli-account-api-at = Su API de Google Reader responde en { $url }
cli-account-feeds = { $count ->
        [one] { $count } fuente
       *[other] { $count } fuentes
    }
cli-account-server = { $url }, inicio de sesión guardado en { $place ->
        [keyring] el almacén de credenciales del sistema
       *[file] un archivo que solo tú puedes leer (aquí no hay almacén de credenciales)
    }
cli-account-refused = el servidor rechazó el inicio de sesión: `broadsheet account sign-in ID`
cli-account-last-failed = falló la última sincronización: { $error }
cli-account-removed = Cuenta { $id } quitada: { $feeds ->
        [one] { $feeds } fuente
       *[other] { $feeds } fuentes
    }; { $bookmarks ->
        [one] { $bookmarks } marcador se queda
       *[other] { $bookmarks } marcadores se quedan
    } en «En este ordenador»
cli-account-signed-in = Sesión iniciada de nuevo en { $name }

## broadsheet rule, undo

cli-rule-added = Regla { $id }: { $rule }
    Actúa sobre los artículos nuevos; `broadsheet rule apply { $id }` la aplica a los guardados.
cli-rules-none = No hay reglas.
cli-rule-line = regla { $id }: { $rule }
cli-rule-line-off = regla { $id } (inactiva): { $rule }
cli-rule-in-feed = (en la fuente { $id }, { $title })
cli-rule-in-feed-id = (en la fuente { $id })
cli-rule-in-folder = (en la carpeta { $folder })
cli-rule-test = La regla { $id } coincide con { $matches } de { $looked ->
        [one] { $looked } artículo
       *[other] { $looked } artículos
    } de los últimos { $days } días
cli-rule-applied = La regla { $id } coincidió con { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }
cli-rule-set = La regla { $id } está { $on ->
        [yes] activa
       *[no] inactiva
    }
cli-rules-order = Las reglas se aplican ahora en este orden: { $order }
cli-rule-removed = Regla { $id } eliminada
cli-rule-removed-unhidden = Regla { $id } eliminada; { $count ->
        [one] { $count } artículo vuelve
       *[other] { $count } artículos vuelven
    } a las listas
cli-article-unhidden = El artículo { $id } vuelve a estar en las listas
cli-undone = Deshecho: { $step }
cli-undo-gone = El paso { $id } ya no se puede deshacer (o nunca existió)
cli-undo-nothing = No hay nada que deshacer

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = Uso:
help-commands = Órdenes
help-options = Opciones
help-arguments = Argumentos
help-flag-help = Mostrar la ayuda
help-flag-version = Mostrar la versión
# after an option: the value it takes when none is given, and the values it takes
help-default = por defecto: { $value }
help-values = valores posibles: { $values }
help-cmd-help = Mostrar este mensaje o la ayuda de la orden dada
help-about = Un lector de noticias rápido que funciona sin conexión. Sin una orden, abre la ventana.
help-arg-data-dir = Dónde está la base de datos (por defecto: BROADSHEET_DATA_DIR, si no, la carpeta de datos de usuario del sistema)
help-arg-json = Salida legible por máquina: un documento JSON (o líneas JSON para el progreso de refresh)
help-arg-lang = El idioma en que hablar (fa-AF, ps, ar, fa, fr, es, ru, zh-CN, en; por defecto: el del sistema)
help-arg-timeout = Segundos que puede tardar una descarga, conexión incluida
help-cmd-add = Suscribirse a la dirección de una fuente o a la fuente de un sitio web
help-arg-add-url = La dirección de la fuente, o la del sitio web
help-arg-add-folder = Ponerla en esta carpeta, por una ruta como Noticias/Asia (se crea si falta)
help-arg-add-account = En esta cuenta de servidor de fuentes (se envía al servidor en la próxima sincronización)
help-cmd-import = Importar suscripciones de un archivo OPML
help-arg-import-file = El archivo OPML
help-cmd-export = Exportar las suscripciones como OPML (a FILE, o a la salida estándar)
help-arg-export-file = Dónde escribir (por defecto: la salida estándar)
help-cmd-refresh = Descargar artículos nuevos (de todas las fuentes, o de las dadas)
help-arg-refresh-due = Solo las fuentes cuyo intervalo de actualización ha pasado
help-arg-refresh-no-offline = No descargar artículos completos ni imágenes para leer sin conexión
help-arg-refresh-feed-ids = Las fuentes que actualizar (por defecto: todas)
help-cmd-sync = Sincronizar las cuentas de servidores de fuentes (todas, o una) sin descargar las fuentes locales
help-arg-sync-account = La cuenta que sincronizar (por defecto: todas)
help-arg-sync-no-offline = No descargar artículos completos ni imágenes para leer sin conexión
help-cmd-account = Cuentas de servidores de fuentes (FreshRSS, Miniflux… con la API de Google Reader)
help-cmd-account-add = Iniciar sesión en un servidor y añadirlo como cuenta
help-arg-account-add-kind = La API del servidor: greader, la API de Google Reader (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)
help-arg-account-add-url = La dirección del servidor, la de su página web o la de su API (FreshRSS: https://servidor/api/greader.php; Miniflux: https://servidor)
help-arg-account-add-user = El nombre de usuario en el servidor
help-arg-account-add-password-stdin = Leer la contraseña (de la API) de la entrada estándar en vez de preguntarla
help-arg-account-add-move-local = Mover a ella las suscripciones de «En este ordenador» (con sus carpetas)
help-cmd-account-list = Listar las cuentas
help-cmd-account-remove = Quitar una cuenta: sus artículos se van, sus marcadores se quedan (en «En este ordenador»)
help-arg-account-remove-id = El número de la cuenta (ver `broadsheet account list`)
help-cmd-account-sign-in = Volver a iniciar sesión (después de que el servidor rechazara la sesión guardada)
help-arg-account-sign-in-id = El número de la cuenta (ver `broadsheet account list`)
help-arg-account-sign-in-password-stdin = Leer la contraseña (de la API) de la entrada estándar en vez de preguntarla
help-cmd-full-text = «Descargar artículos completos» de una fuente: auto (cuando solo trae resúmenes), always, never
help-arg-full-text-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-full-text-mode = Cuándo descargar sus artículos completos
help-cmd-notify = Notificaciones de escritorio de los artículos nuevos de una fuente (las muestran las actualizaciones de la ventana)
help-arg-notify-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-notify-state = Notificaciones sí o no
help-cmd-export-bookmarks = Exportar marcadores: un archivo HTML autónomo (con las imágenes dentro), Markdown o JSON
help-arg-export-bookmarks-file = Dónde escribir (por defecto: la salida estándar)
help-arg-export-bookmarks-format = html, markdown o json (por defecto: según la extensión del archivo, si no, html)
help-cmd-storage = Espacio que usan los artículos y las imágenes guardadas; --clean quita imágenes
help-arg-storage-clean = Quitar imágenes guardadas: read (las de artículos leídos; los marcadores conservan las suyas) o all-but-bookmarks (todas menos las de los marcadores)
help-cmd-feeds = Listar las suscripciones con no leídos y errores (--health: por problema, con qué hacer)
help-arg-feeds-health = Salud de las fuentes: fallan, desaparecidas, muertas, lentas, movidas, la peor primero
help-cmd-set-url = Cambiar la dirección de una fuente (se descarga de allí desde ahora)
help-arg-set-url-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-set-url-url = Su nueva dirección
help-cmd-rediscover = Volver a encontrar una fuente desde su sitio y mover la suscripción a lo encontrado
help-arg-rediscover-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-cmd-folders = Listar las carpetas
help-cmd-folder = Crear, renombrar, mover y borrar carpetas (carpetas dentro de carpetas, 8 niveles como mucho)
help-cmd-folder-add = Crear una carpeta y las que falten por encima («Noticias/Asia»)
help-arg-folder-add-path = La ruta de la carpeta: nombres desde arriba, separados por /
help-cmd-folder-rename = Renombrar una carpeta (se queda donde está)
help-arg-folder-rename-folder-id = El número de la carpeta (ver `broadsheet folders`)
help-arg-folder-rename-name = Su nombre nuevo (sin /)
help-cmd-folder-move = Mover una carpeta, con todo lo que tiene, a otra (sin ruta: al nivel superior)
help-arg-folder-move-folder-id = El número de la carpeta (ver `broadsheet folders`)
help-arg-folder-move-into = La carpeta donde entra, por su ruta (se crea si falta)
help-cmd-folder-delete = Borrar una carpeta: lo que tiene sube un nivel y no se cancela ninguna suscripción
help-arg-folder-delete-folder-id = El número de la carpeta (ver `broadsheet folders`)
help-cmd-rename = Renombrar una fuente (sin título: vuelve al nombre de la fuente)
help-arg-rename-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-rename-title = Su nuevo nombre
help-cmd-move = Mover una fuente a una carpeta (sin carpeta: fuera de todas)
help-arg-move-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-move-folder = La carpeta, por una ruta como Noticias/Asia (se crea si falta)
help-cmd-remove = Cancelar la suscripción; los artículos con marcador se conservan
help-arg-remove-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-cmd-list = Listar artículos, los más nuevos primero
help-arg-list-view = Qué artículos
help-arg-list-feed = Solo los de esta fuente
help-arg-list-folder = Solo los de esta carpeta (una ruta como Noticias/Asia) y sus carpetas
help-arg-list-unread = Solo los artículos no leídos
help-arg-list-oldest-first = Los más antiguos primero
help-arg-list-grouped = La misma noticia de varias fuentes en una sola fila: su primera crónica, con las demás fuentes nombradas
help-arg-list-limit = Como mucho esta cantidad
help-cmd-search = Búsqueda de texto completo en títulos, autores y texto
help-arg-search-query = Las palabras que buscar
help-arg-search-limit = Como mucho esta cantidad
help-arg-search-hidden = Encontrar también los artículos que una regla ocultó
help-cmd-read = Mostrar un artículo y marcarlo como leído (--unread lo marca como no leído; --all marca una vista como leída)
help-arg-read-article-id = El número del artículo (ver `broadsheet list`)
help-arg-read-unread = Marcarlo como no leído
help-arg-read-all = Marcar todos los artículos como leídos (de --feed, si se da)
help-arg-read-feed = Con --all: solo los de esta fuente
help-cmd-bookmark = Poner un marcador a un artículo (--remove para quitarlo)
help-arg-bookmark-article-id = El número del artículo (ver `broadsheet list`)
help-arg-bookmark-remove = Quitar el marcador
help-cmd-stats = Recuentos y tamaño de la base de datos
help-cmd-config = Mostrar los ajustes, o cambiar uno: config KEY VALUE
help-arg-config-key = El nombre del ajuste
help-arg-config-value = Su nuevo valor
help-cmd-purge = Aplicar la retención ahora: quitar los artículos leídos antiguos (nunca los marcadores)
help-cmd-undo = Deshacer el último paso (leídos, marcadores, cancelar suscripciones), o el paso STEP
help-arg-undo-step = El número del paso (por defecto: el último)
help-cmd-rule = Reglas que marcan como leídos, ocultan, ponen marcador o avisan de artículos nuevos
help-cmd-rule-add = Añadir una regla; actúa sobre los artículos nuevos desde la próxima actualización (`rule apply` para los guardados)
help-arg-rule-add-when = Qué lee, separado por comas: title, text, author, link, feed
help-arg-rule-add-matches = Las palabras que buscar (cualquiera, salvo con --all), o una expresión con --regex
help-arg-rule-add-all = Deben aparecer todas las palabras
help-arg-rule-add-regex = TEXT es una expresión regular
help-arg-rule-add-case-sensitive = Distinguir mayúsculas y minúsculas
help-arg-rule-add-then = Qué hace, separado por comas: read, hide, bookmark, notify, no-full-text
help-arg-rule-add-feed = Solo en esta fuente
help-arg-rule-add-folder = Solo en esta carpeta (una ruta como Noticias/Asia) y sus carpetas
help-cmd-rule-list = Listar las reglas en el orden en que se aplican
help-cmd-rule-test = Mostrar qué artículos guardados de los últimos 30 días encuentra una regla (no cambia nada)
help-arg-rule-test-id = El número de la regla (ver `broadsheet rule list`)
help-cmd-rule-apply = Aplicar una regla a todos los artículos guardados ahora
help-arg-rule-apply-id = El número de la regla (ver `broadsheet rule list`)
help-cmd-rule-enable = Activar una regla
help-arg-rule-enable-id = El número de la regla (ver `broadsheet rule list`)
help-cmd-rule-disable = Desactivar una regla (se queda, y no hace nada)
help-arg-rule-disable-id = El número de la regla (ver `broadsheet rule list`)
help-cmd-rule-move = Mover una regla a un puesto del orden (1 = la primera)
help-arg-rule-move-id = El número de la regla (ver `broadsheet rule list`)
help-arg-rule-move-to = Su nuevo puesto
help-cmd-rule-remove = Quitar una regla (lo que hizo a los artículos se queda, salvo con --unhide)
help-arg-rule-remove-id = El número de la regla (ver `broadsheet rule list`)
help-arg-rule-remove-unhide = Volver a mostrar en las listas los artículos que ocultó
help-cmd-rule-unhide = Volver a mostrar en las listas un artículo que una regla ocultó
help-arg-rule-unhide-article-id = El número del artículo (ver `broadsheet search --hidden`)
help-cmd-extract = Mostrar lo que el lector enseñaría de la página de un artículo (un archivo o una URL)
help-arg-extract-source = Un archivo HTML guardado, o una dirección http(s) que descargar
help-arg-extract-base-url = La dirección de la página, para resolver sus enlaces relativos (por defecto: la URL descargada)
help-cmd-stories = Agrupar en historias un archivo de artículos (líneas JSON), como hacen las listas; muestra el id y el grupo
help-arg-stories-file = Un objeto JSON por línea: id, title, text y, si se conocen, date y source
help-cmd-episodes = Listar el audio y el vídeo que los canales adjuntan a sus artículos, los más recientes primero
help-arg-episodes-feed = Solo los de este canal
help-arg-episodes-downloaded = Solo los descargados para escuchar sin conexión
help-cmd-download = Descargar el episodio de un artículo para escucharlo sin conexión (una descarga interrumpida sigue donde se quedó)
help-arg-download-article-id = El número del artículo (ver `broadsheet episodes`)
help-cmd-episode-downloads = Qué episodios de un canal se descargan tras cada actualización
help-arg-episode-downloads-feed-id = El número del canal
help-arg-episode-downloads-choice = never, every (cada uno nuevo) o un número: los N últimos

## A feed's sign-in and User-Agent
cli-api-password-prompt = Contraseña de la API:
cli-password-prompt = Contraseña:
cli-feed-sign-in-kept = La fuente { $feed } inicia sesión como { $user }
cli-feed-sign-in-forgotten = La fuente { $feed } ya no inicia sesión
cli-feed-user-agent = La fuente { $feed } se pide como «{ $agent }»
cli-feed-user-agent-browser = La fuente { $feed } se pide como un navegador web
cli-feed-user-agent-own = La fuente { $feed } se pide como Broadsheet
help-cmd-feed-sign-in = El inicio de sesión de una fuente (HTTP basic o digest): ponerlo u olvidarlo
help-arg-feed-sign-in-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-feed-sign-in-user = El nombre de usuario con el que iniciar sesión
help-arg-feed-sign-in-password-stdin = Leer la contraseña de la entrada estándar en vez de preguntarla
help-arg-feed-sign-in-forget = Olvidar el inicio de sesión (la contraseña sale del almacén de credenciales)
help-cmd-user-agent = El User-Agent de una fuente: un texto, --browser o ninguno para el de Broadsheet
help-arg-user-agent-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-user-agent-value = El User-Agent que enviar
help-arg-user-agent-browser = Identificarse como un navegador web (para servidores que rechazan clientes desconocidos)
help-arg-add-user = Iniciar sesión en la fuente con este nombre de usuario (HTTP basic o digest)
help-arg-add-password-stdin = Leer la contraseña de la fuente de la entrada estándar en vez de preguntarla
help-arg-add-user-agent = Pedir la fuente con este User-Agent
help-arg-add-as-browser = Identificarse como un navegador web (para servidores que rechazan clientes desconocidos)
cli-open-in-set = Fuente { $feed }: los artículos se abren en { $place ->
        [browser] la página web, en tu navegador
        [inside] la página web, dentro de Broadsheet
       *[reader] el lector
    }{ $own ->
        [yes] {""}
       *[no] {" "}(lo predeterminado)
    }
cli-page-scripts-on = Su página web, mostrada dentro de Broadsheet, puede ejecutar sus scripts: aparte de la app, a la que no llegan.
help-cmd-open-in = Dónde se abren los artículos de una fuente: el lector, la página web en el navegador o la página web dentro de Broadsheet (sin scripts); default: lo que diga `config open_articles`
help-arg-open-in-feed-id = El número de la fuente (ver `broadsheet feeds`)
help-arg-open-in-place = Dónde se abren sus artículos
help-arg-open-in-scripts = Dejar que su página web, mostrada dentro de Broadsheet, ejecute sus scripts (aparte de la app)
