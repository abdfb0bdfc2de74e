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
cli-storage-episodes = выпуски: { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }, { $size } МиБ (у закладок { $bookmarks } МиБ)
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
cli-folder-made = Создана папка { $path } (номер { $id })
cli-folder-now = Папка теперь { $path }
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
cli-episodes-none = Выпусков нет: ни одна лента ещё не приложила звук или видео.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = и ещё { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    }: { $sources }
cli-episode-audio = аудио
cli-episode-video = видео
cli-episode-downloaded = загружен, { $megabytes } МБ
cli-episode-saved = Сохранено для прослушивания без сети ({ $megabytes } МБ): { $path }
cli-episode-played = прослушано
cli-episode-downloads-never = Лента { $feed }: её выпуски загружаются только по вашей просьбе (broadsheet download ID).
cli-episode-downloads-every = Лента { $feed }: каждый новый выпуск загружается после каждого обновления.
cli-episode-downloads-latest = Лента { $feed }: { $count ->
    [one] последний { $count } выпуск загружается
    [few] последние { $count } выпуска загружаются
    [many] последние { $count } выпусков загружаются
   *[other] последние { $count } выпуска загружаются
} после каждого обновления.
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
cli-account-api-at = Её API Google Reader отвечает по адресу { $url }
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

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = Использование:
help-commands = Команды
help-options = Параметры
help-arguments = Аргументы
help-flag-help = Показать справку
help-flag-version = Показать версию
# after an option: the value it takes when none is given, and the values it takes
help-default = по умолчанию: { $value }
help-values = возможные значения: { $values }
help-cmd-help = Показать это сообщение или справку по указанной команде
help-about = Быстрая читалка новостей, которая работает без сети. Без команды открывает окно.
help-arg-data-dir = Где лежит база данных (по умолчанию: BROADSHEET_DATA_DIR, иначе папка данных пользователя в системе)
help-arg-json = Вывод для программ: один документ JSON (или строки JSON для хода refresh)
help-arg-lang = Язык (fa-AF, ps, ar, fa, fr, es, ru, zh-CN, en; по умолчанию — язык системы)
help-arg-timeout = Сколько секунд может длиться загрузка, вместе с подключением
help-cmd-add = Подписаться на адрес ленты или на ленту сайта
help-arg-add-url = Адрес ленты или сайта
help-arg-add-folder = Положить её в эту папку, по пути вроде Новости/Азия (создаётся, если нет)
help-arg-add-account = В эту учётную запись сервера лент (отправляется на сервер при следующей синхронизации)
help-cmd-import = Импортировать подписки из файла OPML
help-arg-import-file = Файл OPML
help-cmd-export = Экспортировать подписки в OPML (в FILE или в стандартный вывод)
help-arg-export-file = Куда писать (по умолчанию: стандартный вывод)
help-cmd-refresh = Загрузить новые статьи (всех лент или указанных)
help-arg-refresh-due = Только ленты, чей интервал обновления прошёл
help-arg-refresh-no-offline = Не загружать полные статьи и изображения для чтения без сети
help-arg-refresh-feed-ids = Какие ленты обновить (по умолчанию: все)
help-cmd-sync = Синхронизировать учётные записи серверов лент (все или одну), не загружая локальные ленты
help-arg-sync-account = Какую учётную запись синхронизировать (по умолчанию: все)
help-arg-sync-no-offline = Не загружать полные статьи и изображения для чтения без сети
help-cmd-account = Учётные записи серверов лент (FreshRSS, Miniflux… через API Google Reader)
help-cmd-account-add = Войти на сервер и добавить его как учётную запись
help-arg-account-add-kind = API сервера: greader, API Google Reader (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)
help-arg-account-add-url = Адрес сервера: его веб-страницы или его API (FreshRSS: https://хост/api/greader.php; Miniflux: https://хост)
help-arg-account-add-user = Имя пользователя на сервере
help-arg-account-add-password-stdin = Прочитать пароль (API) со стандартного ввода, а не спрашивать
help-arg-account-add-move-local = Перенести в неё подписки раздела «На этом компьютере» (вместе с папками)
help-cmd-account-list = Показать учётные записи
help-cmd-account-remove = Удалить учётную запись: её статьи удаляются, закладки остаются (в «На этом компьютере»)
help-arg-account-remove-id = Номер учётной записи (см. `broadsheet account list`)
help-cmd-account-sign-in = Войти снова (после того как сервер отклонил сохранённый вход)
help-arg-account-sign-in-id = Номер учётной записи (см. `broadsheet account list`)
help-arg-account-sign-in-password-stdin = Прочитать пароль (API) со стандартного ввода, а не спрашивать
help-cmd-full-text = «Загружать полные статьи» для ленты: auto (когда в ней только анонсы), always, never
help-arg-full-text-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-full-text-mode = Когда загружать её полные статьи
help-cmd-notify = Уведомления о новых статьях ленты (показываются при обновлениях в окне)
help-arg-notify-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-notify-state = Уведомления включены или выключены
help-cmd-export-bookmarks = Экспортировать закладки: один самодостаточный файл HTML (с изображениями внутри), Markdown или JSON
help-arg-export-bookmarks-file = Куда писать (по умолчанию: стандартный вывод)
help-arg-export-bookmarks-format = html, markdown или json (по умолчанию: по расширению файла, иначе html)
help-cmd-storage = Место, занятое статьями и сохранёнными изображениями; --clean удаляет изображения
help-arg-storage-clean = Удалить сохранённые изображения: read (прочитанных статей; у закладок остаются) или all-but-bookmarks (все, кроме изображений закладок)
help-cmd-feeds = Показать подписки с числом непрочитанных и ошибками (--health: по неполадкам, с тем, что делать)
help-arg-feeds-health = Состояние лент: сбои, исчезнувшие, мёртвые, медленные, переехавшие; худшие первыми
help-cmd-set-url = Изменить адрес ленты (дальше она загружается оттуда)
help-arg-set-url-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-set-url-url = Её новый адрес
help-cmd-rediscover = Снова найти ленту на её сайте и перенести подписку на найденное
help-arg-rediscover-feed-id = Номер ленты (см. `broadsheet feeds`)
help-cmd-folders = Показать папки
help-cmd-folder = Создать, переименовать, переместить и удалить папки (папки в папках, не глубже 8 уровней)
help-cmd-folder-add = Создать папку и недостающие папки над ней («Новости/Азия»)
help-arg-folder-add-path = Путь папки: имена сверху вниз через /
help-cmd-folder-rename = Переименовать папку (она остаётся на месте)
help-arg-folder-rename-folder-id = Номер папки (см. `broadsheet folders`)
help-arg-folder-rename-name = Новое имя (без /)
help-cmd-folder-move = Переместить папку со всем содержимым в другую (без пути: на верхний уровень)
help-arg-folder-move-folder-id = Номер папки (см. `broadsheet folders`)
help-arg-folder-move-into = Папка, куда её положить, по пути (создаётся, если нет)
help-cmd-folder-delete = Удалить папку: её содержимое поднимается на уровень выше, подписки остаются
help-arg-folder-delete-folder-id = Номер папки (см. `broadsheet folders`)
help-cmd-rename = Переименовать ленту (без названия — вернуть собственное название ленты)
help-arg-rename-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-rename-title = Её новое название
help-cmd-move = Переместить ленту в папку (без папки — вынуть из папок)
help-arg-move-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-move-folder = Папка, по пути вроде Новости/Азия (создаётся, если нет)
help-cmd-remove = Отписаться; статьи в закладках сохраняются
help-arg-remove-feed-id = Номер ленты (см. `broadsheet feeds`)
help-cmd-list = Показать статьи, новые первыми
help-arg-list-view = Какие статьи
help-arg-list-feed = Только этой ленты
help-arg-list-folder = Только этой папки (путь вроде Новости/Азия) и папок в ней
help-arg-list-unread = Только непрочитанные статьи
help-arg-list-oldest-first = Сначала старые
help-arg-list-grouped = Одна и та же новость из разных источников одной строкой: её первое сообщение и названия остальных источников
help-arg-list-limit = Не больше стольких
help-cmd-search = Полнотекстовый поиск по заголовкам, авторам и тексту
help-arg-search-query = Слова для поиска
help-arg-search-limit = Не больше стольких
help-arg-search-hidden = Находить и статьи, скрытые правилом
help-cmd-read = Показать статью и отметить её прочитанной (--unread — непрочитанной; --all — отметить прочитанным весь вид)
help-arg-read-article-id = Номер статьи (см. `broadsheet list`)
help-arg-read-unread = Отметить её непрочитанной
help-arg-read-all = Отметить прочитанными все статьи (ленты --feed, если указана)
help-arg-read-feed = С --all: только этой ленты
help-cmd-bookmark = Добавить статью в закладки (--remove — убрать закладку)
help-arg-bookmark-article-id = Номер статьи (см. `broadsheet list`)
help-arg-bookmark-remove = Убрать закладку
help-cmd-stats = Числа и размер базы данных
help-cmd-config = Показать настройки или изменить одну: config KEY VALUE
help-arg-config-key = Название настройки
help-arg-config-value = Её новое значение
help-cmd-purge = Применить срок хранения сейчас: удалить старые прочитанные статьи (закладки — никогда)
help-cmd-undo = Отменить последний шаг (прочтение, закладки, отписку) или шаг STEP
help-arg-undo-step = Номер шага (по умолчанию: последний)
help-cmd-rule = Правила, которые отмечают прочитанными, скрывают, добавляют в закладки или объявляют новые статьи
help-cmd-rule-add = Добавить правило; оно действует на новые статьи со следующего обновления (`rule apply` — для сохранённых)
help-arg-rule-add-when = Что оно читает, через запятую: title, text, author, link, feed
help-arg-rule-add-matches = Слова для поиска (любое из них, если не --all) или выражение с --regex
help-arg-rule-add-all = Должно встретиться каждое слово
help-arg-rule-add-regex = TEXT — регулярное выражение
help-arg-rule-add-case-sensitive = Различать заглавные и строчные буквы
help-arg-rule-add-then = Что оно делает, через запятую: read, hide, bookmark, notify, no-full-text
help-arg-rule-add-feed = Только в этой ленте
help-arg-rule-add-folder = Только в этой папке (путь вроде Новости/Азия) и папках в ней
help-cmd-rule-list = Показать правила в порядке их применения
help-cmd-rule-test = Показать, какие сохранённые статьи за последние 30 дней находит правило (ничего не меняет)
help-arg-rule-test-id = Номер правила (см. `broadsheet rule list`)
help-cmd-rule-apply = Применить правило ко всем сохранённым статьям сейчас
help-arg-rule-apply-id = Номер правила (см. `broadsheet rule list`)
help-cmd-rule-enable = Включить правило
help-arg-rule-enable-id = Номер правила (см. `broadsheet rule list`)
help-cmd-rule-disable = Выключить правило (оно остаётся и ничего не делает)
help-arg-rule-disable-id = Номер правила (см. `broadsheet rule list`)
help-cmd-rule-move = Переставить правило на место в порядке (1 — первое)
help-arg-rule-move-id = Номер правила (см. `broadsheet rule list`)
help-arg-rule-move-to = Его новое место
help-cmd-rule-remove = Удалить правило (то, что оно сделало со статьями, остаётся, если не --unhide)
help-arg-rule-remove-id = Номер правила (см. `broadsheet rule list`)
help-arg-rule-remove-unhide = Снова показать в списках статьи, которые оно скрыло
help-cmd-rule-unhide = Снова показать в списках статью, скрытую правилом
help-arg-rule-unhide-article-id = Номер статьи (см. `broadsheet search --hidden`)
help-cmd-extract = Вывести то, что читалка показала бы для страницы статьи (файл или URL)
help-arg-extract-source = Сохранённый файл HTML или адрес http(s) для загрузки
help-arg-extract-base-url = Адрес страницы, чтобы разрешить её относительные ссылки (по умолчанию: загруженный URL)
help-cmd-stories = Сгруппировать статьи из файла (строки JSON) в сюжеты, как это делают списки; выводит id и группу
help-arg-stories-file = Один объект JSON на строку: id, title, text, а если известны, date и source
help-cmd-episodes = Показать звук и видео, которые ленты прикладывают к записям, сначала новые
help-arg-episodes-feed = Только этой ленты
help-arg-episodes-downloaded = Только загруженные для прослушивания без сети
help-cmd-download = Загрузить выпуск записи для прослушивания без сети (прерванная загрузка продолжится с места остановки)
help-arg-download-article-id = Номер записи (см. `broadsheet episodes`)
help-cmd-episode-downloads = Какие выпуски ленты загружаются после каждого обновления
help-arg-episode-downloads-feed-id = Номер ленты
help-arg-episode-downloads-choice = never, every (каждый новый) или число: последние N

## A feed's sign-in and User-Agent
cli-api-password-prompt = Пароль API:
cli-password-prompt = Пароль:
cli-feed-sign-in-kept = Лента { $feed } входит как { $user }
cli-feed-sign-in-forgotten = Лента { $feed } больше не входит
cli-feed-user-agent = Лента { $feed } запрашивается как «{ $agent }»
cli-feed-user-agent-browser = Лента { $feed } запрашивается как веб-браузер
cli-feed-user-agent-own = Лента { $feed } запрашивается как Broadsheet
help-cmd-feed-sign-in = Вход ленты (HTTP basic или digest): задать или забыть
help-arg-feed-sign-in-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-feed-sign-in-user = Имя пользователя для входа
help-arg-feed-sign-in-password-stdin = Прочитать пароль со стандартного ввода, а не спрашивать
help-arg-feed-sign-in-forget = Забыть вход (пароль удаляется из хранилища учётных данных)
help-cmd-user-agent = User-Agent ленты: текст, --browser или ничего для собственного Broadsheet
help-arg-user-agent-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-user-agent-value = Отправляемый User-Agent
help-arg-user-agent-browser = Представляться веб-браузером (для серверов, которые не пускают незнакомых клиентов)
help-arg-add-user = Входить в ленту с этим именем пользователя (HTTP basic или digest)
help-arg-add-password-stdin = Прочитать пароль ленты со стандартного ввода, а не спрашивать
help-arg-add-user-agent = Запрашивать ленту с этим User-Agent
help-arg-add-as-browser = Представляться веб-браузером (для серверов, которые не пускают незнакомых клиентов)
cli-open-in-set = Лента { $feed }: статьи открываются в { $place ->
        [browser] веб-странице, в вашем браузере
        [inside] веб-странице, внутри Broadsheet
       *[reader] читалке
    }{ $own ->
        [yes] {""}
       *[no] {" "}(по умолчанию)
    }
cli-page-scripts-on = Её веб-страница внутри Broadsheet может запускать скрипты: отдельно от приложения, до которого они не достают.
help-cmd-open-in = Где открываются статьи ленты: читалка, веб-страница в браузере или веб-страница внутри Broadsheet (без скриптов); default: как сказано в `config open_articles`
help-arg-open-in-feed-id = Номер ленты (см. `broadsheet feeds`)
help-arg-open-in-place = Где открываются её статьи
help-arg-open-in-scripts = Разрешить её веб-странице внутри Broadsheet запускать скрипты (отдельно от приложения)
