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
