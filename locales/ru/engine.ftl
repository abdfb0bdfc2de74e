### Что движок Broadsheet говорит о лентах, по-русски. Это показывают и окно, и командная строка.
###
### Glossary (глоссарий): feed: лента; article: статья; server: сервер
###
### HTTP и число после него (HTTP 404) не переводятся. $why и $error — слова системы или самой ленты, по-английски.

## What is wrong with a feed

state-gone = сервер сообщает, что ленты больше нет (HTTP 410): она не загружается
state-dead = ни одной новой статьи больше полугода
state-slow = медленная: отвечает в среднем за { $seconds } с
state-moved = адрес { $from } теперь перенаправляет на { $url }: обновлено
state-working = работает

## A fetch's error

fetch-gone = сервер сообщает, что ленты больше нет (HTTP 410)
fetch-not-found = сервер сообщает, что по этому адресу ленты нет (HTTP 404)
fetch-refused = сервер отказывается отдавать ленту (HTTP { $code })
fetch-needs-login = ленте нужны имя пользователя и пароль
fetch-login-refused = сервер не принял имя пользователя и пароль ленты
fetch-later = сервер просит Broadsheet зайти позже (HTTP 429)
fetch-trouble = у сервера проблемы (HTTP { $code })
fetch-http = сервер ответил HTTP { $code }
fetch-not-a-feed = это больше не лента: по адресу веб-страница
fetch-timeout = сервер не ответил за { $seconds } с
fetch-unreachable = сервер недоступен ({ $why })
fetch-broken = лента повреждена: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = Найдите ленту снова на её сайте или отпишитесь. Повторите, если сайт сообщает, что она вернулась.
advice-dead = Возможно, она больше не выходит или переехала: найдите ленту снова на её сайте или отпишитесь.
advice-slow = Делать ничего не нужно, пока нет ошибок; другие ленты её не ждут.
advice-moved = Делать ничего не нужно: Broadsheet следует за ней по новому адресу.
advice-find = Найдите ленту снова на её сайте, измените адрес или отпишитесь.
advice-wait = Обычно проходит само: Broadsheet повторит позже, каждый раз выжидая дольше. Повторите сейчас, если знаете, что она вернулась.
advice-retry = Повторите сейчас, найдите ленту снова на её сайте или измените адрес.
advice-sign-in = Укажите имя пользователя и пароль в настройках ленты или отпишитесь.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count ->
        [one] { $count } новая статья: { $titles }
        [few] { $count } новые статьи: { $titles }
        [many] { $count } новых статей: { $titles }
       *[other] { $count } новой статьи: { $titles }
    }
notify-more = { $count ->
        [one] ещё { $count } статья подошла под ваши правила
        [few] ещё { $count } статьи подошли под ваши правила
        [many] ещё { $count } статей подошли под ваши правила
       *[other] ещё { $count } статьи подошли под ваши правила
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count ->
        [one] { $count } статья отмечена прочитанной
        [few] { $count } статьи отмечены прочитанными
        [many] { $count } статей отмечены прочитанными
       *[other] { $count } статьи отмечены прочитанными
    }
undo-read = Отмечено прочитанным
undo-unread = Отмечено непрочитанным
undo-bookmarked = Добавлено в закладки
undo-unbookmarked = Убрано из закладок
undo-unsubscribed = Подписка на { $title } отменена
undo-folder-deleted = Папка { $name } удалена
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = страницу не удалось обработать
page-no-page = сервер не прислал страницу
page-not-html = ссылка ведёт на { $type }, а не на страницу
page-no-article-found = на странице не найдено статьи
page-extractor-failed = извлечение текста с этой страницы не удалось
page-too-slow = чтение страницы заняло больше { $seconds } с
page-not-this-article = страница — не эта статья
page-not-this-article-titled = страница — не эта статья (на ней написано «{ $title }»)
page-too-short = на странице нет статьи, только { $count ->
        [one] { $count } слово
        [few] { $count } слова
        [many] { $count } слов
       *[other] { $count } слова
    } (стена входа или cookie, галерея?)
page-links = страница — список ссылок, а не статья
page-short-lines = страница — список коротких строк (в самой длинной { $count ->
        [one] { $count } слово
        [few] { $count } слова
        [many] { $count } слов
       *[other] { $count } слова
    }), а не статья

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = Не удалось извлечь полную статью ({ $why }). Это текст, который несёт лента.
reader-not-loaded = Не удалось загрузить полную статью ({ $why }). Это текст, который несёт лента.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = Сеть просит войти; полные статьи и изображения загрузятся, как только она вас пропустит.

## Why a fetch failed

net-timeout = сервер не ответил за { $seconds } с
net-unreachable = не удалось связаться с сервером ({ $why })
net-http = сервер ответил HTTP { $code }
net-later = сервер просит подождать { $seconds } с (HTTP { $code })
net-too-large = ответ больше предела в { $bytes } байт
net-redirects = больше { $count } перенаправлений
net-redirect-loop = адрес перенаправляет по кругу на { $url }
net-bad-redirect = сервер перенаправляет, не говоря куда
net-unsupported = Broadsheet не может загрузить этот адрес: { $url }
net-needs-login = этой ленте нужны имя пользователя и пароль
net-login-refused = сервер не принял имя пользователя и пароль этой ленты
net-other = ошибка сети: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = сервер отклонил это имя пользователя и пароль (нужен пароль API, а не от веб-интерфейса)
sync-not-greader = по адресу { $url } и там, где его размещают FreshRSS и Miniflux под этим адресом, не отвечает API Google Reader
sync-api-off = API сервера выключен (FreshRSS: Настройки → Аутентификация → разрешить доступ к API)
sync-sign-in-again = сервер больше не принимает этот вход: войдите снова
sync-network = не удалось связаться с сервером: { $why }
sync-tls = не удалось защищённое соединение с сервером: { $why }
sync-server = сбой сервера (HTTP { $code })
sync-garbage = не удалось прочитать ответ сервера
sync-too-large = ответ сервера больше { $bytes } байт
sync-too-many = сервер перечисляет в одном списке больше { $count } элементов; синхронизация остановлена на этом
sync-no-secret = для этой учётной записи не сохранён вход: войдите снова
sync-change-refused = сервер отклонил изменение подписки (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = сбой базы данных: { $why }
error-disk-full = диск заполнен: ничего из этого шага не сохранено, а сохранённое раньше цело; освободите место и повторите
error-read-only = папка данных только для чтения: Broadsheet может показать сохранённое, но ничего не сохранит ({ $why })
error-data-dir = нельзя использовать папку данных { $path }: { $why }
error-no-data-dir = в этой системе нет папки данных пользователя; укажите --data-dir
error-schema-too-new = база данных записана более новым Broadsheet (схема { $found }, эта версия знает до { $known }); обновите Broadsheet, чтобы открыть её
error-other = { $why }
error-invalid-url = неверный веб-адрес: { $url }
error-parse = не удалось прочитать ленту: { $why }
error-extract = не удалось извлечь статью: { $why }
error-no-feed = по адресу { $url } лента не найдена
error-opml = не удалось прочитать файл OPML: { $why }
error-not-found = { $kind ->
        [feed] ленты { $id } нет
        [article] статьи { $id } нет
        [folder] папки { $id } нет
        [rule] правила { $id } нет
        [account] учётной записи { $id } нет
       *[other] { $kind } { $id } не существует
    }
error-export-format = неизвестный формат экспорта «{ $format }»; используйте html, markdown или json
error-feed-has-address = у ленты { $id } уже есть адрес { $url }
error-undo-unreadable = шаг отмены не читается: { $why }
error-folder-name = у папки должно быть имя
error-folder-too-deep = папки вкладываются не глубже { $depth } уровней
error-folder-slash = в имени папки не может быть /: он разделяет папки в пути
error-folder-exists = папка «{ $name }» здесь уже есть
error-folder-into-itself = папку нельзя положить в саму себя
error-local-account = учётную запись «На этом компьютере» нельзя удалить
error-not-an-image = это не изображение (его байты говорят иное)
error-not-media = это не звук и не видео (его байты говорят иное)
error-episodes-full = загруженные выпуски заняли бы больше разрешённых { $megabytes } МБ (настройка episodes_space_mb)
error-setting-number = { $key } должно быть целым числом, а не «{ $value }»
error-setting-choice = { $key } должно быть одним из: { $choices }, а не «{ $value }»
error-setting-shortcuts = { $key } должно сопоставлять действиям клавиши в JSON, например {"{"}"next": "h"{"}"}, а не «{ $value }»
error-feed-login = имя пользователя (без двоеточия) и пароль, каждый в одну строку и не длиннее 1000 символов
error-user-agent = User-Agent — одна строка не длиннее { $chars } символов
error-setting-unknown = неизвестная настройка «{ $key }»; известные: { $choices }
error-config-value = укажите значение: broadsheet config { $key } ЗНАЧЕНИЕ
error-plain-304 = сервер ответил 304 на простой запрос
error-cannot-read = не удалось прочитать { $path }: { $why }
error-stories-line = строка { $line } файла { $path } — не статья: { $why }
error-no-password = пароль не указан
error-cannot-write = не удалось записать { $path }: { $why }
error-offline = не удалось связаться с { $url }: возможно, нет сети ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» — не то, что правило может читать (title, text, author, link, feed)
rule-bad-match = «{ $value }» — не вид совпадения (all, any, regex)
rule-bad-action = «{ $value }» — не то, что правило может делать (read, hide, bookmark, notify, no_full_text)
rule-no-fields = укажите, что читает правило (title, text, author, link или feed)
rule-no-actions = укажите, что делает правило (read, hide, bookmark, notify или no_full_text)
rule-no-pattern = правилу нечего искать
rule-pattern-too-long = шаблон длиннее { $bytes } байт
rule-regex-at = регулярное выражение неверно в символе { $at }: { $why }
rule-regex-too-big = регулярное выражение слишком велико
rule-regex-invalid = регулярное выражение неверно: { $why }
rule-says = { $fields } { $how ->
        [all] содержит все слова из
        [any] содержит любое слово из
       *[regex] соответствует
    } «{ $pattern }» → { $actions }
rule-says-field = { $field ->
        [title] заголовок
        [text] текст
        [author] автор
        [link] ссылка
       *[feed] лента
    }
rule-says-action = { $action ->
        [read] прочитано
        [hide] скрыть
        [bookmark] закладка
        [notify] уведомить
       *[no_full_text] без полной статьи
    }
rule-says-separator = {", "}
