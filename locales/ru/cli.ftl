### Консольная программа Broadsheet, по-русски.
###
### Glossary (глоссарий): слова, которыми этот каталог называет вещи читателя, везде одинаково.
###   feed: лента (подписка на новости сайта)
###   article: статья
###   bookmark: закладка
###   refresh: обновить, обновление
###   folder: папка
###   full article: полная статья (страница статьи, сохранённая для чтения без сети)
###   unread: непрочитанная
###
### Команды, ключи и значения (`broadsheet undo 3`, VALUE) не переводятся: их набирают.

## broadsheet add

cli-subscribed = Подписка на { $title } ({ $url }), лента { $feed }: { $articles ->
        [one] { $articles } статья
        [few] { $articles } статьи
        [many] { $articles } статей
       *[other] { $articles } статьи
    }
cli-already-subscribed = Подписка на { $title } уже есть (лента { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = Импортировано { $feeds ->
        [one] { $feeds } лента
        [few] { $feeds } ленты
        [many] { $feeds } лент
       *[other] { $feeds } ленты
    } в { $folders ->
        [one] { $folders } папку
        [few] { $folders } папки
        [many] { $folders } папок
       *[other] { $folders } папки
    }; пропущено: уже есть — { $duplicates }, с ошибками — { $invalid }
cli-imported-rules = Импортировано { $rules ->
        [one] { $rules } правило
        [few] { $rules } правила
        [many] { $rules } правил
       *[other] { $rules } правила
    } (пропущено { $skipped }: лента без подписки или правило с ошибкой)
cli-wrote = Записано в { $path }
cli-wrote-bookmarks = { $count ->
        [one] { $count } закладка записана
        [few] { $count } закладки записаны
        [many] { $count } закладок записано
       *[other] { $count } закладки записаны
    } в { $path }

## broadsheet full-text, notify

# $on: "yes" или "no"; $mode: "auto", "always" или "never"
cli-full-text-set = Лента { $feed }: полные статьи { $on ->
        [yes] загружаются
       *[no] не загружаются
    } ({ $mode ->
        [auto] автоматически
        [always] всегда
       *[never] никогда
    })
cli-notify-set = Лента { $feed }: о новых статьях { $on ->
        [yes] приходят уведомления
       *[no] уведомлений нет
    }

## broadsheet storage

# $database, $images и $bookmarks — размеры в МиБ с одним знаком после запятой
cli-storage = база данных: { $database } МиБ ({ $full ->
        [one] { $full } полная статья
        [few] { $full } полные статьи
        [many] { $full } полных статей
       *[other] { $full } полной статьи
    })
    изображения: { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }, { $images } МиБ ({ $bookmarks } МиБ у закладок)
    в { $dir }
cli-images-removed = Удалено { $count ->
        [one] { $count } изображение
        [few] { $count } изображения
        [many] { $count } изображений
       *[other] { $count } изображения
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = непрочитанных { $unread } из { $total }
cli-feed-failing = { $error } (ошибка { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раза
    } подряд)
cli-renamed = Лента { $feed } теперь называется «{ $title }»
cli-moved-into = { $title } перемещена в папку { $folder }
cli-moved-out = { $title } больше не в папке
cli-unsubscribed-keeping = { $label }; { $count ->
        [one] её { $count } статья с закладкой остаётся в «Закладках»
        [few] её { $count } статьи с закладками остаются в «Закладках»
        [many] её { $count } статей с закладками остаются в «Закладках»
       *[other] её { $count } статьи с закладками остаются в «Закладках»
    }
cli-undo-within = Отменить (в течение { $minutes } мин): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = Подходящих статей нет.
cli-undo = Отменить: broadsheet undo { $step }
cli-nothing-to-mark-read = Отмечать прочитанным нечего
cli-marked-unread = Статья { $id } отмечена непрочитанной
cli-bookmarked = Закладка добавлена: «{ $title }»
cli-bookmark-removed = Закладка снята: «{ $title }»
cli-bookmarked-not-offline = закладка добавлена, но сохранить статью для чтения без сети не удалось: { $error }

## broadsheet stats, purge

cli-stats = { $feeds ->
        [one] { $feeds } лента
        [few] { $feeds } ленты
        [many] { $feeds } лент
       *[other] { $feeds } ленты
    } в { $folders ->
        [one] { $folders } папке
        [few] { $folders } папках
        [many] { $folders } папках
       *[other] { $folders } папках
    } (с ошибками: { $failing })
    { $articles ->
        [one] { $articles } статья
        [few] { $articles } статьи
        [many] { $articles } статей
       *[other] { $articles } статьи
    }, непрочитанных { $unread }, в закладках { $bookmarked }
    база данных: { $size } МиБ, { $path }
cli-purged = Удалено { $count ->
        [one] { $count } прочитанная статья
        [few] { $count } прочитанные статьи
        [many] { $count } прочитанных статей
       *[other] { $count } прочитанной статьи
    } старше { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }

## broadsheet refresh, sync

cli-feed-new = лента { $feed }: новых { $count }
cli-feed-failed = лента { $feed }: ошибка: { $error } ({ $url })
cli-account-synced = учётная запись { $account }: { $new ->
        [one] { $new } новая статья
        [few] { $new } новые статьи
        [many] { $new } новых статей
       *[other] { $new } новой статьи
    }, отправлено изменений: { $sent }; здесь изменено отметок о прочтении: { $states }, звёзд: { $stars }; { $requests } запросов за { $ms } мс
cli-account-failed = учётная запись { $account }: ошибка: { $error }
cli-refreshed = Обновлено { $feeds ->
        [one] { $feeds } лента
        [few] { $feeds } ленты
        [many] { $feeds } лент
       *[other] { $feeds } ленты
    } за { $ms } мс: { $new ->
        [one] { $new } новая статья
        [few] { $new } новые статьи
        [many] { $new } новых статей
       *[other] { $new } новой статьи
    }; изменилось { $changed }, без изменений { $unchanged }, с ошибками { $failed }
cli-synced = Синхронизировано { $accounts ->
        [one] { $accounts } учётная запись
        [few] { $accounts } учётные записи
        [many] { $accounts } учётных записей
       *[other] { $accounts } учётной записи
    }: { $new ->
        [one] { $new } новая статья
        [few] { $new } новые статьи
        [many] { $new } новых статей
       *[other] { $new } новой статьи
    }, с ошибками { $failed }
cli-no-accounts = Нет учётной записи на сервере лент для синхронизации: добавьте её командой `broadsheet account add greader URL --user NAME`
cli-offline = Для чтения без сети за { $ms } мс: { $full ->
        [one] { $full } полная статья
        [few] { $full } полные статьи
        [many] { $full } полных статей
       *[other] { $full } полной статьи
    } (с ошибками { $full_failed }), { $images ->
        [one] { $images } изображение
        [few] { $images } изображения
        [many] { $images } изображений
       *[other] { $images } изображения
    } ({ $size } МиБ; отказано или с ошибками { $images_failed })

## broadsheet feeds --health, set-url, rediscover

cli-health-none = Подписок нет.
cli-health-state = { $state ->
        [failing] ошибки
        [gone] исчезла
        [dead] заброшена
        [slow] медленная
        [moved] переехала
       *[fine] в порядке
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } с { $date }: { $headline }
cli-health-per-week = статей в неделю: { $count }
cli-health-last-worked = последний успех { $date }
cli-health-last-new = последняя новая { $date }
cli-health-answers = отвечает за { $ms } мс
cli-health-size = { $kib } КиБ
cli-health-failed = { $count ->
        [one] { $count } ошибка подряд
        [few] { $count } ошибки подряд
        [many] { $count } ошибок подряд
       *[other] { $count } ошибки подряд
    }
cli-set-url = Лента { $feed } теперь загружается с { $url }; `broadsheet refresh { $feed }` загрузит её сейчас
cli-rediscovered = Лента { $feed } найдена снова: { $url } (была { $before })
cli-rediscover-same = Лента { $feed }: её сайт по-прежнему указывает { $url }; попытка будет повторена

## broadsheet account

cli-account-added = Учётная запись { $id } добавлена: { $name } (данные входа хранятся { $place ->
        [keyring] в системном хранилище паролей
       *[file] в файле, доступном только вам (хранилища паролей здесь нет)
    })
cli-account-moved = В неё перенесено подписок: { $count }; они попадут на сервер при следующей синхронизации
cli-account-sync-hint = Выполните `broadsheet sync`, чтобы загрузить её подписки и статьи
cli-account-feeds = { $count ->
        [one] { $count } лента
        [few] { $count } ленты
        [many] { $count } лент
       *[other] { $count } ленты
    }
cli-account-server = { $url }, данные входа хранятся { $place ->
        [keyring] в системном хранилище паролей
       *[file] в файле, доступном только вам (хранилища паролей здесь нет)
    }
cli-account-refused = сервер отклонил вход: `broadsheet account sign-in ID`
cli-account-last-failed = последняя синхронизация не удалась: { $error }
cli-account-removed = Учётная запись { $id } удалена: лент { $feeds }; закладок осталось в «На этом компьютере»: { $bookmarks }
cli-account-signed-in = Вход в { $name } выполнен снова

## broadsheet rule, undo

cli-rule-added = Правило { $id }: { $rule }
    Оно применяется к новым статьям; `broadsheet rule apply { $id }` применит его к сохранённым.
cli-rules-none = Правил нет.
cli-rule-line = правило { $id }: { $rule }
cli-rule-line-off = правило { $id } (выключено): { $rule }
cli-rule-in-feed = (в ленте { $id }, { $title })
cli-rule-in-feed-id = (в ленте { $id })
cli-rule-in-folder = (в папке { $folder })
cli-rule-test = Правило { $id } совпадает с { $matches } из { $looked } статей за последние { $days } дней
cli-rule-applied = Правило { $id } совпало со статьями: { $count }
cli-rule-set = Правило { $id } { $on ->
        [yes] включено
       *[no] выключено
    }
cli-rules-order = Теперь правила применяются в таком порядке: { $order }
cli-rule-removed = Правило { $id } удалено
cli-rule-removed-unhidden = Правило { $id } удалено; статей снова в списках: { $count }
cli-article-unhidden = Статья { $id } снова в списках
cli-undone = Отменено: { $step }
cli-undo-gone = Шаг { $id } больше нельзя отменить (или его не было)
cli-undo-nothing = Нечего отменять
