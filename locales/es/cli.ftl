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
