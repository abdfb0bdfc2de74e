### Окно Broadsheet, по-русски.
###
### Glossary (глоссарий): слова, которыми этот каталог называет вещи читателя, везде одинаково.
###   feed: лента
###   article: статья
###   bookmark: закладка
###   refresh: обновить, обновление
###   folder: папка
###   full article: полная статья (страница статьи, сохранённая для чтения без сети)
###   unread: непрочитанная
###   feed server: сервер лент (FreshRSS, Miniflux и подобные)
###
### Клавиши (j, k, s, Ctrl…) остаются как есть. Оставляйте <kbd>…</kbd> вокруг клавиши.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = Ленты и разделы
toolbar-add =
    .aria-label = Добавить ленту
    .title = Добавить ленту
toolbar-refresh =
    .aria-label = Обновить
    .title = Обновить всё (r)
toolbar-settings =
    .aria-label = Настройки
    .title = Настройки
view-all = Все статьи
view-unread = Непрочитанные
view-today = Сегодня
view-bookmarks = Закладки
view-listen = Слушать
view-search = Поиск
view-health = Состояние лент
view-health-button =
    .aria-label = Состояние лент
view-health-failing =
    .aria-label = Состояние лент, с ошибками: { $count }
view-count-unread =
    .aria-label = { $name }, непрочитанных: { $count }
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = Изменить ширину панели лент
split-list =
    .aria-label = Изменить ширину списка статей
sidebar-hide =
    .aria-label = Скрыть ленты и разделы
    .title = Скрыть ленты и разделы (v)
sidebar-show =
    .aria-label = Показать ленты и разделы
    .title = Показать ленты и разделы (v)
folder-toggle =
    .aria-label = Папка { $name }, непрочитанных: { $count }
folder-all = Вся папка
folder-all-button =
    .aria-label = Вся папка, непрочитанных: { $count }, { $name }
folder-edit =
    .aria-label = Изменить папку { $name }
    .title = Переименовать или удалить папку
feed-button =
    .aria-label = { $title }, непрочитанных: { $count }
feed-button-trouble =
    .aria-label = { $title }, непрочитанных: { $count }, { $trouble }
feed-edit =
    .aria-label = Изменить ленту { $title }
    .title = Переименовать, переместить или отписаться
feed-gone = исчезла { $date }: сервер сообщает, что ленты больше нет, поэтому она не загружается
feed-failing = ошибка: { $problem }
feed-failing-since = ошибка с { $date }: { $problem }
account-sign-in-again = войдите снова
account-sync-failed = синхронизация не удалась

## The article list

list-title-search = Поиск
list-found = { $count ->
        [one] найдена { $count }
        [few] найдено { $count }
        [many] найдено { $count }
       *[other] найдено { $count }
    }
list-unread = { $count ->
        [one] { $count } непрочитанная
        [few] { $count } непрочитанные
        [many] { $count } непрочитанных
       *[other] { $count } непрочитанной
    }
list-unread-stories = { $count ->
        [one] { $count } непрочитанная
        [few] { $count } непрочитанные
        [many] { $count } непрочитанных
       *[other] { $count } непрочитанной
    }, { $stories ->
        [one] { $stories } новость
        [few] { $stories } новости
        [many] { $stories } новостей
       *[other] { $stories } новости
    }
search =
    .aria-label = Поиск
    .placeholder = Поиск  /
search-hidden = Скрытые
search-hidden-label =
    .title = Находить и статьи, скрытые правилом
unread-only =
    .aria-label = Только непрочитанные
    .title = Только непрочитанные
list-layout =
    .aria-label = Вид списка: { $layout }
layout-compact = Компактный
layout-pictures = С картинками
layout-cards = Карточки
settings-layout = Вид списка для всех разделов
oldest-first =
    .aria-label = Сначала старые
    .title = Сначала старые
mark-all-read =
    .aria-label = Отметить все прочитанными
    .title = Отметить все прочитанными (Shift+A)
articles =
    .aria-label = Статьи
row-bookmarked =
    .aria-label = В закладках
row-untitled = (без названия)
story-more-sources = и ещё { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    }: { $sources }
story-panel =
    .aria-label = Сообщения о «{ $title }»
story-also-reported = Об этом также сообщают
story-not-same = Это другая новость
story-split = { $count ->
        [one] Отделено от { $count } другого сообщения.
        [few] Отделено от { $count } других сообщений.
        [many] Отделено от { $count } других сообщений.
       *[other] Отделено от { $count } другого сообщения.
    }
empty-no-match = Подходящих статей нет.
empty-no-bookmarks = Закладок пока нет. Нажмите s на статье, чтобы сохранить её.
empty-all-read = Всё прочитано.
empty-nothing-yet = Здесь пока нет статей.

## Dates in the list

date-now = сейчас
date-minutes = { $count } мин
date-hours = { $count } ч
date-yesterday = Вчера

## The reader

reader =
    .aria-label = Статья
reader-back =
    .aria-label = Назад к списку
    .title = Назад к списку (Escape)
reader-mark-read =
    .aria-label = Отметить прочитанной
    .title = Отметить прочитанной (m)
reader-mark-unread =
    .aria-label = Отметить непрочитанной
    .title = Отметить непрочитанной (m)
reader-bookmark =
    .aria-label = В закладки
    .title = В закладки (s)
reader-remove-bookmark =
    .aria-label = Убрать из закладок
    .title = Убрать из закладок (s)
reader-load-full =
    .aria-label = Загрузить полную статью
    .title = Загрузить полную статью с её страницы (f)
reader-load-full-again =
    .aria-label = Загрузить полную статью заново
    .title = Загрузить полную статью с её страницы заново (f)
reader-open =
    .aria-label = Открыть оригинал
    .title = Открыть оригинал в браузере (o)
reader-empty = Выберите статью, чтобы прочитать её.
reader-keys-hint = Нажмите <kbd>?</kbd>, чтобы увидеть сочетания клавиш.
reader-unhide = Снова показывать в списках
    .aria-label = Снова показывать в списках
reader-frame =
    .title = Текст статьи
reader-original = Читать на сайте
# the rule that touched the article, as lists name it
reader-rule = Правило: { $rule }
reader-hidden-by-rule = Скрыто правилом: { $rule }
reader-hidden = Скрыто правилом

## The status line

status-refreshing = Обновление… { $done } из { $total }
status-saving = Сохранение для чтения без сети… { $done } из { $total }
status-offline = Нет сети: показано сохранённое.
status-updated = Обновлено в { $time }
status-sign-in-again = { $account }: сервер больше не принимает вход. Войдите снова в «Настройки → Учётные записи».
status-sync-failed = Синхронизация с { $account } не удалась: { $error }
status-an-account = учётная запись
status-refresh-failed = Обновление не удалось: { $error }
status-imported = Импортировано { $feeds ->
        [one] { $feeds } лента
        [few] { $feeds } ленты
        [many] { $feeds } лент
       *[other] { $feeds } ленты
    } (уже были: { $duplicates }){ $rules ->
        [0] {""}
        [one] , { $rules } правило
        [few] , { $rules } правила
        [many] , { $rules } правил
       *[other] , { $rules } правила
    }.
status-import-failed = Импорт не удался: { $error }
status-bookmarks-kept = { $count ->
        [one] { $count } статья из { $title } с закладкой остаётся в «Закладках».
        [few] { $count } статьи из { $title } с закладками остаются в «Закладках».
        [many] { $count } статей из { $title } с закладками остаются в «Закладках».
       *[other] { $count } статьи из { $title } с закладками остаются в «Закладках».
    }
status-bookmarks-exported = Закладки экспортированы в { $path }
status-exported = Экспортировано в { $path }
status-export-failed = Экспорт не удался: { $error }
status-setting-refused = Настройка не изменена: { $error }
status-unhidden = Статья снова в списках.

## Undo

undo = Отменить
undo-button =
    .aria-label = Отменить: { $step }
undo-done = Отменено: { $step }
undo-nothing = Нечего отменять
undo-failed = Не удалось отменить: { $error }

## Add a feed

add-title = Добавить ленту
add-url = Адрес ленты или сайта
add-folder = Папка (необязательно)
add-account = Учётная запись
add-import = Импорт OPML…
    .aria-label = Импорт OPML
add-searching = Поиск ленты…
add-subscribe = Подписаться
    .aria-label = Подписаться
cancel = Отмена
    .aria-label = Отмена
save = Сохранить
    .aria-label = Сохранить
close = Закрыть
    .aria-label = Закрыть
done = Готово
    .aria-label = Готово

## A feed's dialog

feed-name = Название
feed-folder = Папка
feed-no-folder =
    .placeholder = Без папки
feed-full-text = Загружать полные статьи
feed-full-text-auto = Автоматически
feed-full-text-always = Всегда
feed-full-text-never = Никогда
feed-summary-only = Эта лента присылает только анонсы: Broadsheet загружает каждую статью с её страницы.
feed-whole-articles = Эта лента присылает статьи целиком.
feed-episodes = Загружать его выпуски (звук и видео)
feed-episodes-never = Только те, что я загружу сам
feed-episodes-latest = { $count ->
    [one] Последние { $count }
    [few] Последние { $count }
    [many] Последние { $count }
   *[other] Последние { $count }
}
feed-episodes-every = Каждый новый
feed-episodes-hint = После каждого обновления, чтобы слушать без сети. Прослушанные удаляются через заданное в настройках число дней; выпуски закладок остаются.
feed-notify = Уведомлять о новых статьях
settings-open-articles = Открывать статьи
open-in-reader = В читалке
open-in-browser = Веб-страницу, в вашем браузере
open-in-inside = Веб-страницу, внутри Broadsheet (без скриптов)
feed-page-scripts = Разрешить её веб-странице запускать скрипты здесь
feed-page-scripts-hint = Для страниц, которые без них ничего не показывают. Скрипты работают отдельно от Broadsheet: им недоступны ваши подписки, файлы и само приложение.
feed-open-in = Открывать её статьи
feed-open-in-default = Как в настройках ({ $place ->
        [browser] веб-страницу, в вашем браузере
        [inside] веб-страницу, внутри Broadsheet
       *[reader] в читалке
    })
reader-page-frame =
    .title = Веб-страница
reader-page-inside = Веб-страница, без её скриптов.
reader-page-inside-scripts = Веб-страница, со своими скриптами.
reader-page-text = Текст статьи.
reader-page-browser = Статьи этой ленты открываются в вашем браузере.
reader-page-show-text = Показать текст статьи
reader-page-show-page = Показать веб-страницу
reader-page-open = Открыть веб-страницу
access-summary = Вход и представление
access-hint = Для ленты за входом или сервера, который не пускает незнакомых читателей. Пароль попадает в системное хранилище учётных данных.
access-user = Имя пользователя
access-password = Пароль
access-password-kept =
    .placeholder = Сохранён: оставьте пустым, чтобы не менять
access-identify = Представляться как
access-agent-own = Broadsheet
access-agent-browser = Веб-браузер
access-agent-custom = Другое…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = Забыть вход
    .aria-label = Забыть вход
feed-last-error = Последнее обновление не удалось: { $error }
feed-unsubscribe = Отписаться
    .aria-label = Отписаться
feed-refresh = Обновить
    .aria-label = Обновить эту ленту

## A folder's dialog

folder-title = Папка
folder-name = Название
folder-delete-hint = При удалении папки её ленты и папки остаются: они поднимаются на уровень выше.
folder-parent = Внутри
folder-top-level =
    .placeholder = Верхний уровень
folder-path-hint = Папка внутри другой пишется путём: Новости/Азия
folder-moved-into = { $name } теперь в { $folder }
folder-moved-to-top = { $name } теперь на верхнем уровне
folder-delete = Удалить папку
    .aria-label = Удалить папку

## Settings

settings-title = Настройки
settings-language = Язык
settings-language-system = Как в системе ({ $language })
settings-digits = Цифры
settings-digits-native = Цифры языка
settings-digits-latin = 0123456789
settings-calendar = Календарь
settings-calendar-native = Календарь языка
settings-calendar-gregorian = Григорианский
settings-interval = Обновлять ленты каждые
settings-interval-minutes = { $count ->
        [one] { $count } минуту
        [few] { $count } минуты
        [many] { $count } минут
       *[other] { $count } минуты
    }
settings-interval-hour = час
settings-interval-hours = { $count ->
        [one] { $count } час
        [few] { $count } часа
        [many] { $count } часов
       *[other] { $count } часа
    }
settings-theme = Тема
settings-theme-system = Как в системе
settings-theme-light = Светлая
settings-theme-dark = Тёмная
settings-font = Шрифт для чтения
settings-font-serif = С засечками
settings-font-sans = Без засечек
settings-size = Размер текста
settings-size-small = Мелкий
settings-size-medium = Средний
settings-size-large = Крупный
settings-size-larger = Очень крупный
settings-retention = Хранить прочитанные статьи после прочтения
settings-retention-week = неделю
settings-retention-month = месяц
settings-retention-months = { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
        [many] { $count } месяцев
       *[other] { $count } месяца
    }
settings-retention-year = год
settings-retention-ever = всегда
settings-retention-days = { $count ->
        [one] { $count } день
        [few] { $count } дня
        [many] { $count } дней
       *[other] { $count } дня
    }
settings-retention-hint = Считается с момента прочтения статьи. Непрочитанные статьи и закладки хранятся всегда.
settings-images = Хранить изображения для чтения без сети
settings-images-all = Для всех статей
settings-images-bookmarks = Только для закладок
settings-images-none = Никогда
settings-episode-max = Самый большой выпуск для загрузки
settings-episodes-space = Место на диске для загруженных выпусков
settings-episodes-played = Хранить прослушанные выпуски после прослушивания
settings-episodes-hint = Какие выпуски загружать, выбирается в настройках каждой ленты. Выпуски статей в закладках хранятся всегда.
settings-megabytes = { $size } МБ
settings-gigabytes = { $size } ГБ
settings-mark-opened = Отмечать статьи прочитанными при открытии
settings-mark-scrolled = Отмечать статьи прочитанными, когда они прокручены
settings-hide-read-feeds = Скрывать ленты и папки без непрочитанного
settings-group-stories = Показывать одну и ту же новость из разных источников один раз
settings-story-first = Сначала показывать
settings-story-earliest = самое раннее сообщение
settings-story-longest = самое длинное сообщение
settings-story-marks-read = Прочитанная новость отмечает прочитанными все её сообщения
settings-storage = Хранилище
settings-measuring = Подсчёт…
settings-storage-usage = Статьи: { $articles } МБ ({ $full ->
        [one] { $full } полная статья
        [few] { $full } полные статьи
        [many] { $full } полных статей
       *[other] { $full } полной статьи
    }). Изображения: сохранено { $files }, { $images } МБ (у закладок { $bookmarks } МБ).
settings-storage-episodes = Выпуски: загружено { $files }, { $size } МБ (у закладок { $bookmarks } МБ).
settings-clean-read = Удалить изображения прочитанных статей
    .aria-label = Удалить изображения прочитанных статей
settings-clean-all = Удалить все, кроме закладок
    .aria-label = Удалить все изображения, кроме изображений закладок
settings-accounts = Учётные записи
settings-accounts-hint = Синхронизация с FreshRSS, Miniflux и другими серверами с API Google Reader.
settings-accounts-open = Учётные записи…
    .aria-label = Учётные записи: добавить или удалить учётные записи серверов лент
settings-rules = Правила
settings-rules-hint = Отмечать прочитанными, скрывать, добавлять в закладки или объявлять новые статьи по их словам.
settings-rules-open = Правила…
    .aria-label = Правила: изменить правила
settings-export-bookmarks = Экспорт закладок
settings-export-html = Веб-страница…
    .aria-label = Веб-страница: экспортировать закладки одним файлом HTML
settings-export-markdown = Markdown…
    .aria-label = Markdown: экспортировать закладки в Markdown
settings-export-json = JSON…
    .aria-label = JSON: экспортировать закладки в JSON
settings-export-opml = Экспорт OPML…
    .aria-label = Экспорт OPML

## Keyboard shortcuts

keys-title = Сочетания клавиш
keys-bookmark = Добавить в закладки или убрать из них
keys-read = Отметить прочитанной или непрочитанной
keys-open = Открыть оригинал в браузере
keys-full = Загрузить полную статью с её страницы
keys-refresh = Обновить все ленты
keys-search = Поиск
keys-sidebar = Показать или скрыть ленты и разделы
keys-back = Назад к списку (в узком окне)
keys-zoom = Увеличить, уменьшить, обычный масштаб
keys-mark-all = Отметить всё в этом разделе прочитанным
keys-story = Показать или скрыть другие сообщения о новости
keys-play = Воспроизвести или приостановить выпуск
keys-play-back = Выпуск: назад на 15 секунд
keys-play-on = Выпуск: вперёд на 30 секунд
keys-play-slower = Выпуск: медленнее
keys-play-faster = Выпуск: быстрее
keys-undo = Отменить последнее действие (отметки, закладки, отписку)
keys-this-list = Этот список
keys-next = Следующая статья
keys-previous = Предыдущая статья
keys-next-unread = Следующая непрочитанная статья
keys-previous-unread = Предыдущая непрочитанная статья
settings-shortcuts-hint = Измените клавишу любого действия или отключите однокнопочные сочетания.
settings-shortcuts-open = Сочетания клавиш…
    .aria-label = Сочетания клавиш: изменить клавиши
shortcuts-no-key = нет
shortcuts-change =
    .aria-label = { $key }: изменить клавишу действия «{ $action }»
shortcuts-clear = Убрать
    .aria-label = Убрать клавишу действия «{ $action }»
shortcuts-press = Нажмите клавишу…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = У действия «{ $action }» больше нет клавиши
shortcuts-clash = { $key } была клавишей действия «{ $other }», у него теперь нет клавиши
shortcuts-reserved = { $key } служит для перемещения по окну и не может быть сочетанием
shortcuts-single = Однокнопочные сочетания (j, k, s…)
shortcuts-single-hint = Отключите их, если эти клавиши нужны программе чтения с экрана; сочетания с Ctrl или Alt продолжат работать.
shortcuts-reset = Сбросить все
shortcuts-were-reset = Все сочетания возвращены к значениям по умолчанию
shortcuts-action = Действие
shortcuts-key = Клавиша

## The first-run screen

first-run-welcome = Добро пожаловать в Broadsheet
first-run-intro = Следите за сайтами, которые читаете, в одном спокойном месте, и читайте дальше, когда сети нет. Выберите несколько для начала, перенесите подписки из другой программы или синхронизируйтесь с вашим сервером лент.
first-run-subscribe = Подписаться
    .aria-label = Подписаться на отмеченные ленты
first-run-subscribing = Подписка…
    .aria-label = Подписаться на отмеченные ленты
first-run-import = Импорт OPML…
    .aria-label = Импорт OPML
first-run-add = Добавить по адресу…
    .aria-label = Добавить ленту по адресу
first-run-accounts = Синхронизация с сервером лент…
    .aria-label = Синхронизация с сервером лент: FreshRSS, Miniflux и другие
first-run-offline = Нет сети: ни одна лента недоступна. Подключитесь к интернету и попробуйте снова.
first-run-subscribed = подписка оформлена
first-run-result = { $title }: { $outcome }

## Feed health

health-title = Состояние лент
health-all-fine = Все ленты работают.
health-some = { $count ->
        [one] { $count } лента требует внимания. Худшие — первыми.
        [few] { $count } ленты требуют внимания. Худшие — первыми.
        [many] { $count } лент требуют внимания. Худшие — первыми.
       *[other] { $count } ленты требуют внимания. Худшие — первыми.
    }
health-list =
    .aria-label = Ленты по состоянию
health-state-failing = Ошибки
health-state-gone = Исчезла
health-state-dead = Заброшена
health-state-slow = Медленная
health-state-moved = Переехала
health-state-fine = Работает
health-per-week = статей в неделю: { $count }
health-last-worked = последний успех { $date }
health-last-new = последняя новая статья { $date }
health-answers-ms = отвечает за { $ms } мс
health-answers-s = отвечает за { $seconds } с
health-size = { $kb } КБ
health-failed = { $count ->
        [one] { $count } ошибка подряд
        [few] { $count } ошибки подряд
        [many] { $count } ошибок подряд
       *[other] { $count } ошибки подряд
    }
health-since = { $headline } с { $date }
health-retry = Повторить
    .aria-label = Повторить { $title }
health-find = Найти снова
    .aria-label = Найти снова { $title }
health-change = Изменить адрес…
    .aria-label = Изменить адрес… { $title }
health-unsubscribe = Отписаться
    .aria-label = Отписаться { $title }
health-new-address =
    .aria-label = Новый адрес { $title }
health-save-address = Сохранить
    .aria-label = Сохранить адрес { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: адрес изменён; загрузка.
health-retrying = { $title }: новая попытка…
health-found = { $title }: найдена по адресу { $url }; загрузка.
health-unsubscribed = Подписка на { $title } отменена.

## Rules

rules-title = Правила
rules-hint = Правила применяются к новым статьям при каждом обновлении, до уведомлений и загрузок, в этом порядке. Статья называет первое совпавшее правило.
rules-list =
    .aria-label = Правила
rules-none = Правил пока нет.
rules-add = Добавить правило…
    .aria-label = Добавить правило
rule-on =
    .aria-label = Правило включено: { $rule }
rule-turned-on = Правило включено.
rule-turned-off = Правило выключено.
rule-up = ↑
    .aria-label = Выше: { $rule }
    .title = Выше
rule-down = ↓
    .aria-label = Ниже: { $rule }
    .title = Ниже
rule-edit = Изменить
    .aria-label = Изменить: { $rule }
    .title = Изменить
rule-apply = Применить
    .aria-label = Применить: { $rule }
    .title = Применить сейчас
rule-remove = Удалить
    .aria-label = Удалить: { $rule }
    .title = Удалить
rule-applied = { $count ->
        [one] Правило совпало с { $count } сохранённой статьёй.
        [few] Правило совпало с { $count } сохранёнными статьями.
        [many] Правило совпало с { $count } сохранёнными статьями.
       *[other] Правило совпало с { $count } сохранёнными статьями.
    }
rule-removed = Правило удалено. Сделанное им со статьями остаётся.
rule-in-feed = { $rule } · в { $feed }
rule-in-folder = { $rule } · в папке { $folder }
rule-one-feed = одной ленте
rule-field-title = Заголовок
rule-field-text = Текст
rule-field-author = Автор
rule-field-link = Ссылка
rule-field-feed = Название ленты
rule-action-read = Отметить прочитанной
rule-action-hide = Скрыть (из всех разделов; поиск найдёт её с «Скрытые»)
rule-action-bookmark = В закладки (хранится целиком для чтения без сети)
rule-action-notify = Уведомить
rule-action-no-full-text = Никогда не загружать полную статью
rule-kind-any = содержит любое из этих слов
rule-kind-all = содержит все эти слова
rule-kind-regex = соответствует регулярному выражению
rule-when = Если у статьи поле
rule-then = То
rule-kind =
    .aria-label = Как сравнивать
rule-pattern =
    .aria-label = Слова или выражение
rule-scope =
    .aria-label = В каких лентах
rule-scope-all = Во всех лентах
rule-scope-folder = В папке { $folder }
rule-scope-feed = В { $feed }
rule-case = Учитывать регистр букв
rule-save = Сохранить
    .aria-label = Сохранить правило
rule-edit-title = Изменить правило
rule-new-title = Новое правило
rule-preview-hint = Введите слова, чтобы увидеть, с какими сохранёнными статьями совпадёт правило.
rule-preview-capped = { $matches } из { $looked } последних статей
rule-preview-count = { $matches ->
        [one] { $matches } статья за последние 30 дней
        [few] { $matches } статьи за последние 30 дней
        [many] { $matches } статей за последние 30 дней
       *[other] { $matches } статьи за последние 30 дней
    }
rule-saved = Правило сохранено.
rule-added = Правило добавлено. Оно применяется к новым статьям; «Применить» применяет его к сохранённым.

## Accounts

accounts-title = Учётные записи
accounts-hint = Синхронизируйтесь с сервером лент, которым уже пользуетесь (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux), через его API Google Reader: подписки, папки, прочитанные и отмеченные звездой статьи одинаковы на всех устройствах. Сервер сам загружает ленты; Broadsheet хранит всё синхронизированное для чтения без сети, а статьи со звездой — целиком.
accounts-folders-hint = Вложенные папки попадают на сервер как метки с их путём, например «Новости/Азия», — так их пишут и другие приложения, синхронизирующиеся с ним.
accounts-list =
    .aria-label = Учётные записи
accounts-add = Добавить учётную запись…
    .aria-label = Добавить учётную запись
account-keyring = Данные входа хранятся в системном хранилище паролей.
account-file = Данные входа хранятся в файле, доступном только вам: в этой системе нет хранилища паролей.
account-refused = Сервер больше не принимает вход.
account-last-failed = Последняя синхронизация не удалась: { $error }
account-synced-now = Только что синхронизировано.
account-synced-ago = Последняя синхронизация { $when } назад.
account-synced-on = Последняя синхронизация: { $when }.
account-not-synced = Ещё не синхронизировано.
account-local-feeds = { $count ->
        [one] { $count } лента, загружает Broadsheet.
        [few] { $count } ленты, загружает Broadsheet.
        [many] { $count } лент, загружает Broadsheet.
       *[other] { $count } ленты, загружает Broadsheet.
    }
account-server-feeds = { $url } · { $count ->
        [one] { $count } лента
        [few] { $count } ленты
        [many] { $count } лент
       *[other] { $count } ленты
    }
account-again = Войти снова…
    .aria-label = Войти снова: { $account }
account-remove = Удалить…
    .aria-label = Удалить: { $account }
account-add-title = Добавить учётную запись
account-add-hint = Используйте пароль API сервера (FreshRSS: Profile → API management), а не пароль от его веб-страницы. Пароль используется один раз: хранится только токен входа сервера.
account-url = Адрес сервера
account-user = Имя пользователя
account-password = Пароль API
account-move-local = Перенести туда { $count ->
        [one] мою { $count } подписку
        [few] мои { $count } подписки
        [many] мои { $count } подписок
       *[other] мои { $count } подписки
    } с этого компьютера (папки сохранятся)
account-submit = Войти и добавить
    .aria-label = Войти и добавить
account-signing-in = Вход…
account-added = { $account } добавлена: её API Google Reader отвечает по адресу { $url }. Идёт синхронизация.
account-sign-in = Войти
    .aria-label = Войти
account-sign-in-title = Вход в { $account }
account-signed-in = Вход выполнен. Идёт синхронизация.
account-remove-confirm = Удалить
    .aria-label = Удалить { $account }
account-removed = { $account } удалена. { $count ->
        [one] { $count } закладка остаётся на этом компьютере.
        [few] { $count } закладки остаются на этом компьютере.
        [many] { $count } закладок остаются на этом компьютере.
       *[other] { $count } закладки остаются на этом компьютере.
    }
account-remove-title = Удалить { $account }?
account-remove-hint = Её ленты и статьи удаляются с этого компьютера; закладки остаются целиком в разделе «На этом компьютере». На сервере ничего не меняется.

## The tray and the system's own dialogs

tray-no-unread = Непрочитанных статей нет
tray-unread = { $count ->
        [one] { $shown } непрочитанная статья
        [few] { $shown } непрочитанные статьи
        [many] { $shown } непрочитанных статей
       *[other] { $shown } непрочитанной статьи
    }
tray-tooltip = Broadsheet: { $unread }
tray-show = Показать Broadsheet
tray-refresh = Обновить
tray-quit = Выход
dialog-export-bookmarks = Экспорт закладок
dialog-import = Импорт подписок
dialog-export = Экспорт подписок

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = в этой среде рабочего стола нет значка в трее: { $why }
app-cannot-open = не удалось открыть окно: { $why }

## The player

player =
    .aria-label = Проигрыватель
player-play =
    .aria-label = Воспроизвести
    .title = Воспроизвести (l)
player-pause =
    .aria-label = Пауза
    .title = Пауза (l)
player-back =
    .aria-label = Назад на 15 секунд
    .title = Назад на 15 секунд ([)
player-on =
    .aria-label = Вперёд на 30 секунд
    .title = Вперёд на 30 секунд (])
player-position =
    .aria-label = Позиция
player-speed =
    .aria-label = Скорость
player-speed-value = { $speed }×
player-volume =
    .aria-label = Громкость
player-close =
    .aria-label = Закрыть проигрыватель
    .title = Закрыть проигрыватель
player-time-of = { $at } из { $duration }
player-time-left = осталось { $left }
player-listen = Слушать
player-watch = Смотреть
player-pause-episode = Пауза
player-played = Прослушано
player-downloading = Загрузка…
player-downloading-of = Загрузка: { $done } из { $total } МБ
player-downloading-so-far = Загрузка: { $done } МБ
player-downloaded = Загружено ({ $megabytes } МБ)
player-download = Загрузить
player-remove = Удалить загрузку
player-download-failed = Не удалось загрузить: { $error }
player-not-downloaded-offline = Не загружено, и сети нет: воспроизведение начнётся, когда сеть вернётся.
player-cannot-play = Этот выпуск здесь воспроизвести нельзя.

## The Listen view

listen-downloaded = Загруженные
listen-unplayed = Не прослушанные
listen-downloading = Загрузка выпусков: { $done } из { $total }
listen-none = Выпусков пока нет: здесь появятся выпуски лент со звуком или видео.
listen-none-match = Подходящих выпусков нет.
listen-play =
    .aria-label = Воспроизвести { $title }
listen-pause =
    .aria-label = Приостановить { $title }
listen-download =
    .aria-label = Загрузить { $title }
listen-remove =
    .aria-label = Удалить загрузку { $title }
