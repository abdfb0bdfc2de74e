### د Broadsheet د کمانډ لاین پروګرام، په پښتو.
###
### Glossary (وییپانګه): هغه کلمې چې دا فهرست یې د لوستونکي د شیانو لپاره کاروي، هر ځای یو شان.
###   feed: فیډ (ج. فیډونه)
###   article: مقاله (ج. مقالې)
###   bookmark: نښه (ج. نښې)؛ «نښه شوه»، «نښه شوې»
###   refresh: تازه کول
###   folder: فولډر (ج. فولډرونه)
###   full article: بشپړه مقاله (د مقالې خپله پاڼه، د انټرنېټ پرته لوستلو لپاره ساتل شوې)
###   unread: نالوستې
###   image: انځور (ج. انځورونه)؛ failed: ناکام؛ database: ډېټابېس
###
### کمانډونه، انتخابونه او ارزښتونه (`broadsheet undo 3`، VALUE) انګلیسي پاتې کېږي: ټایپ کېږي.

## broadsheet add

cli-subscribed = د { $title } ({ $url }) ګډون وشو، فیډ { $feed }: { $articles ->
        [one] { $articles } مقاله
       *[other] { $articles } مقالې
    }
cli-already-subscribed = تاسو دمخه د { $title } ګډون لرئ (فیډ { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = { $feeds ->
        [one] { $feeds } فیډ
       *[other] { $feeds } فیډونه
    } په { $folders ->
        [one] { $folders } فولډر
       *[other] { $folders } فولډرونو
    } کې راوړل شول؛ { $duplicates } دمخه ګډون شوي او { $invalid } ناسم پرېښودل شول
cli-imported-rules = { $rules ->
        [one] { $rules } قاعده راوړل شوه
       *[other] { $rules } قاعدې راوړل شوې
    } ({ $skipped } پرېښودل شوې: فیډ ګډون شوی نه دی یا قاعده سمه نه ده)
cli-wrote = په { $path } کې ولیکل شو
cli-wrote-bookmarks = { $count ->
        [one] { $count } نښه
       *[other] { $count } نښې
    } په { $path } کې ولیکل شوې

## broadsheet full-text, notify

# $on یا "yes" دی یا "no"؛ $mode یو له "auto"، "always" یا "never"
cli-full-text-set = فیډ { $feed }: بشپړې مقالې { $on ->
        [yes] ښکته کېږي
       *[no] نه ښکته کېږي
    } ({ $mode ->
        [auto] په خپله
        [always] تل
       *[never] هېڅکله
    })
cli-notify-set = فیډ { $feed }: د نویو مقالو لپاره { $on ->
        [yes] خبرتیا ښودل کېږي
       *[no] خبرتیا نه ښودل کېږي
    }

## broadsheet storage

# $database، $images او $bookmarks په MiB کې اندازې دي، یو اعشاري رقم سره
cli-storage = ډېټابېس: { $database } MiB ({ $full ->
        [one] { $full } بشپړه مقاله
       *[other] { $full } بشپړې مقالې
    })
    انځورونه: { $files ->
        [one] { $files } فایل
       *[other] { $files } فایلونه
    }، { $images } MiB (د نښو لپاره { $bookmarks } MiB)
    په { $dir } کې
cli-storage-episodes = خپرونې: { $files } فایلونه، { $size } MiB (د نښو لپاره { $bookmarks } MiB)
cli-images-removed = { $count ->
        [one] { $count } انځور لرې شو
       *[other] { $count } انځورونه لرې شول
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = له { $total } څخه { $unread } نالوستې
cli-feed-failing = { $error } ({ $times ->
        [one] { $times } ځل
       *[other] { $times } ځله
    } ناکام شو)
cli-renamed = د فیډ { $feed } نوم اوس «{ $title }» دی
cli-moved-into = { $title } فولډر { $folder } ته ولېږدول شو
cli-moved-out = { $title } له فولډرونو څخه وایستل شو
cli-folder-made = فولډر { $path } جوړ شو (شمېره { $id })
cli-folder-now = فولډر اوس { $path } دی
cli-unsubscribed-keeping = { $label }؛ { $count ->
        [one] د هغې نښه شوې مقاله په «نښو» کې پاتې کېږي
       *[other] د هغې { $count } نښه شوې مقالې په «نښو» کې پاتې کېږي
    }
cli-undo-within = د بېرته راګرځولو لپاره (تر { $minutes } دقیقو پورې): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = هېڅ مقاله ونه موندل شوه.
cli-undo = د بېرته راګرځولو لپاره: broadsheet undo { $step }
cli-nothing-to-mark-read = هېڅ شی نشته چې لوستل شوی نښه شي
cli-marked-unread = مقاله { $id } نالوستې نښه شوه
cli-bookmarked = «{ $title }» نښه شوه
cli-bookmark-removed = له «{ $title }» څخه نښه لرې شوه
cli-bookmarked-not-offline = نښه شوه، خو د انټرنېټ پرته لوستلو لپاره ونه ساتل شوه: { $error }

## broadsheet stats, purge

cli-stats = { $feeds ->
        [one] { $feeds } فیډ
       *[other] { $feeds } فیډونه
    } په { $folders ->
        [one] { $folders } فولډر
       *[other] { $folders } فولډرونو
    } کې ({ $failing } ناکام)
    { $articles ->
        [one] { $articles } مقاله
       *[other] { $articles } مقالې
    }، { $unread } نالوستې، { $bookmarked } نښه شوې
    ډېټابېس: { $size } MiB په { $path } کې
cli-purged = { $count ->
        [one] { $count } لوستل شوې مقاله
       *[other] { $count } لوستل شوې مقالې
    } چې له { $days ->
        [one] { $days } ورځې
       *[other] { $days } ورځو
    } زړې وې لرې شوې

## broadsheet refresh, sync

cli-feed-new = فیډ { $feed }: { $count } نوې
cli-feed-failed = فیډ { $feed } ناکام شو: { $error } ({ $url })
cli-account-synced = حساب { $account }: { $new ->
        [one] { $new } نوې مقاله
       *[other] { $new } نوې مقالې
    }، { $sent } بدلونونه ولېږل شول، دلته { $states } د لوستلو حالتونه او { $stars } ستوري بدل شول، { $requests } غوښتنې په { $ms } ملي ثانیو کې
cli-account-failed = حساب { $account } ناکام شو: { $error }
cli-refreshed = { $feeds ->
        [one] { $feeds } فیډ
       *[other] { $feeds } فیډونه
    } په { $ms } ملي ثانیو کې تازه شول: { $new ->
        [one] { $new } نوې مقاله
       *[other] { $new } نوې مقالې
    }؛ { $changed } بدل شول، { $unchanged } بې بدلونه، { $failed } ناکام
cli-synced = { $accounts ->
        [one] { $accounts } حساب
       *[other] { $accounts } حسابونه
    } همغږي شول: { $new ->
        [one] { $new } نوې مقاله
       *[other] { $new } نوې مقالې
    }، { $failed } ناکام
cli-no-accounts = د همغږۍ لپاره د فیډ سرور هېڅ حساب نشته: د `broadsheet account add greader URL --user NAME` کمانډ سره یو زیات کړئ
cli-offline = د انټرنېټ پرته لوستلو لپاره په { $ms } ملي ثانیو کې: { $full ->
        [one] { $full } بشپړه مقاله
       *[other] { $full } بشپړې مقالې
    } ({ $full_failed } ناکامې)، { $images ->
        [one] { $images } انځور
       *[other] { $images } انځورونه
    } ({ $size } MiB، { $images_failed } رد یا ناکام)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = هېڅ ګډون نشته.
cli-episodes-none = هېڅ برخه نشته: تر اوسه هېڅ فیډ غږ یا ویډیو نه ده تړلې.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = او { $count } نورې سرچینې: { $sources }
cli-episode-audio = غږ
cli-episode-video = ویډیو
cli-episode-downloaded = ښکته شوی، { $megabytes } MB
cli-episode-saved = پرته له انټرنېټه د اورېدو لپاره خوندي شو ({ $megabytes } MB): { $path }
cli-episode-played = اورېدل شوې
cli-episode-downloads-never = فیډ { $feed }: خپرونې یې یوازې ستاسو په غوښتنه ښکته کېږي (broadsheet download ID).
cli-episode-downloads-every = فیډ { $feed }: هره نوې خپرونه له هر تازه کولو وروسته ښکته کېږي.
cli-episode-downloads-latest = فیډ { $feed }: وروستۍ { $count } خپرونې له هر تازه کولو وروسته ښکته کېږي.
cli-health-state = { $state ->
        [failing] ناکام
        [gone] ورک
        [dead] مړ
        [slow] ورو
        [moved] لېږدول شوی
       *[fine] روغ
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } له { $date } راهیسې: { $headline }
cli-health-per-week = په اونۍ کې { $count } مقالې
cli-health-last-worked = وروستی بریالیتوب { $date }
cli-health-last-new = وروستۍ نوې مقاله { $date }
cli-health-answers = په { $ms } ملي ثانیو کې ځواب
cli-health-size = { $kib } KiB
cli-health-failed = { $count ->
        [one] یو ځل ناکام
       *[other] { $count } ځله پرله پسې ناکام
    }
cli-set-url = فیډ { $feed } اوس له { $url } راځي؛ `broadsheet refresh { $feed }` یې همدا اوس راوړي
cli-rediscovered = فیډ { $feed } بیا وموندل شو: { $url } (مخکې { $before })
cli-rediscover-same = فیډ { $feed }: سایټ یې لا هم { $url } ښيي؛ بیا به هڅه وشي

## broadsheet account

cli-account-added = حساب { $id } زیات شو: { $name } (ننوتل په { $place ->
        [keyring] د سیسټم د پټنومونو زېرمه
       *[file] یوه فایل کې چې یوازې تاسو یې لوستلی شئ (دلته د پټنومونو زېرمه نشته)
    } کې ساتل شوي)
cli-account-moved = { $count ->
        [one] { $count } ګډون ورته ولېږدول شو
       *[other] { $count } ګډونونه ورته ولېږدول شول
    }؛ په راتلونکې همغږۍ کې سرور ته رسېږي
cli-account-sync-hint = د هغې د ګډونونو او مقالو راوړلو لپاره `broadsheet sync` وچلوئ
cli-account-api-at = د هغه Google Reader API په { $url } کې ځواب ورکوي
cli-account-feeds = { $count ->
        [one] { $count } فیډ
       *[other] { $count } فیډونه
    }
cli-account-server = { $url }، ننوتل په { $place ->
        [keyring] د سیسټم د پټنومونو زېرمه
       *[file] یوه فایل کې چې یوازې تاسو یې لوستلی شئ (دلته د پټنومونو زېرمه نشته)
    } کې ساتل شوي
cli-account-refused = سرور ننوتل ونه منل: `broadsheet account sign-in ID`
cli-account-last-failed = وروستۍ همغږي ناکامه شوه: { $error }
cli-account-removed = حساب { $id } لرې شو: { $feeds ->
        [one] { $feeds } فیډ
       *[other] { $feeds } فیډونه
    }؛ { $bookmarks ->
        [one] { $bookmarks } نښه
       *[other] { $bookmarks } نښې
    } په «په دې کمپیوټر کې» پاتې شوې
cli-account-signed-in = بیا { $name } ته ننوتلئ

## broadsheet rule, undo

cli-rule-added = قاعده { $id }: { $rule }
    پر نویو مقالو کار کوي؛ `broadsheet rule apply { $id }` یې پر ساتل شویو مقالو پلي کوي.
cli-rules-none = هېڅ قاعده نشته.
cli-rule-line = قاعده { $id }: { $rule }
cli-rule-line-off = قاعده { $id } (بنده): { $rule }
cli-rule-in-feed = (په فیډ { $id } کې، { $title })
cli-rule-in-feed-id = (په فیډ { $id } کې)
cli-rule-in-folder = (په { $folder } فولډر کې)
cli-rule-test = قاعده { $id } په تېرو { $days } ورځو کې له { $looked ->
        [one] { $looked } مقالې
       *[other] { $looked } مقالو
    } څخه له { $matches } سره برابرېږي
cli-rule-applied = قاعده { $id } له { $count ->
        [one] { $count } مقالې
       *[other] { $count } مقالو
    } سره برابره شوه
cli-rule-set = قاعده { $id } { $on ->
        [yes] روښانه ده
       *[no] بنده ده
    }
cli-rules-order = قاعدې اوس په دې ترتیب چلېږي: { $order }
cli-rule-removed = قاعده { $id } لرې شوه
cli-rule-removed-unhidden = قاعده { $id } لرې شوه؛ { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقالې
    } بېرته لړلیکونو ته راغلې
cli-article-unhidden = مقاله { $id } بېرته لړلیکونو ته راغله
cli-undone = بېرته وګرځول شو: { $step }
cli-undo-gone = ګام { $id } نور نه بېرته ګرځېږي (یا هېڅکله نه و)
cli-undo-nothing = د بېرته ګرځولو لپاره هېڅ نشته

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = کارونه:
help-commands = کمانډونه
help-options = غوراوي
help-arguments = ارګومانونه
help-flag-help = لارښود ښکاره کړه
help-flag-version = نسخه ښکاره کړه
# after an option: the value it takes when none is given, and the values it takes
help-default = ډیفالټ: { $value }
help-values = شوني ارزښتونه: { $values }
help-cmd-help = دا پیغام یا د ورکړل شوي کمانډ لارښود ښکاره کړه
help-about = چټک خبرلوستونکی چې له انټرنېټ پرته هم کار کوي. له کمانډ پرته، کړکۍ پرانیزي.
help-arg-data-dir = د ډېټابېس ځای (ډیفالټ: BROADSHEET_DATA_DIR، که نه نو په سیسټم کې د کارن د معلوماتو فولډر)
help-arg-json = د پروګرامونو لپاره وتنه: یو JSON سند (یا د refresh د پرمختګ لپاره JSON کرښې)
help-arg-lang = ژبه (fa-AF، ps، ar، fa، fr، es، ru، zh-CN، en؛ ډیفالټ: د سیسټم ژبه)
help-arg-timeout = څو ثانیې چې یو راوړل، له نښلېدو سره، وخت نیولی شي
help-cmd-add = د یو فیډ پتې یا د یوې وېبپاڼې فیډ ته ګډون
help-arg-add-url = د فیډ پته، یا د وېبپاڼې پته
help-arg-add-folder = په دې فولډر کې یې کېږده، د خبرونه/آسیا په څېر لار (که نه وي جوړېږي)
help-arg-add-account = د فیډ سرور دې حساب ته (په راتلونکې همغږۍ کې سرور ته لېږل کېږي)
help-cmd-import = له OPML فایل څخه ګډونونه راوړل
help-arg-import-file = د OPML فایل
help-cmd-export = ګډونونه د OPML په بڼه صادرول (FILE ته، یا معیاري وتنې ته)
help-arg-export-file = چېرته ولیکل شي (ډیفالټ: معیاري وتنه)
help-cmd-refresh = نوې مقالې راوړل (ټول فیډونه، یا ورکړل شوي)
help-arg-refresh-due = یوازې هغه فیډونه چې د تازه کولو وخت یې رسېدلی
help-arg-refresh-no-offline = د انټرنېټ پرته لوستلو لپاره بشپړې مقالې او انځورونه مه راوړه
help-arg-refresh-feed-ids = هغه فیډونه چې تازه شي (ډیفالټ: ټول)
help-cmd-sync = د فیډ سرور حسابونه همغږي کړه (ټول، یا یو) پرته له دې چې ځايي فیډونه راوړل شي
help-arg-sync-account = هغه حساب چې همغږی شي (ډیفالټ: ټول)
help-arg-sync-no-offline = د انټرنېټ پرته لوستلو لپاره بشپړې مقالې او انځورونه مه راوړه
help-cmd-account = د فیډ سرور حسابونه (FreshRSS، Miniflux… د Google Reader API له لارې)
help-cmd-account-add = یو سرور ته ننوځه او د حساب په توګه یې ور زیات کړه
help-arg-account-add-kind = د سرور API: greader، یعنې د Google Reader API (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux)
help-arg-account-add-url = د سرور پته، د هغه د ویب پاڼې پته یا د هغه د API پته (FreshRSS: ‏https://host/api/greader.php؛ Miniflux: ‏https://host)
help-arg-account-add-user = په سرور کې د کارن نوم
help-arg-account-add-password-stdin = د پوښتنې پر ځای (API) پټنوم له معیاري ننوتنې ولوله
help-arg-account-add-move-local = د «په دې کمپیوټر کې» ګډونونه ورته یوسه (له فولډرونو سره)
help-cmd-account-list = د حسابونو لړ
help-cmd-account-remove = یو حساب لرې کړه: مقالې یې ځي، نښې یې پاتې کېږي (په «په دې کمپیوټر کې»)
help-arg-account-remove-id = د حساب شمېره (وګورئ `broadsheet account list`)
help-cmd-account-sign-in = بیا ننوځه (وروسته له دې چې سرور ساتل شوی ننوتل ونه مانه)
help-arg-account-sign-in-id = د حساب شمېره (وګورئ `broadsheet account list`)
help-arg-account-sign-in-password-stdin = د پوښتنې پر ځای (API) پټنوم له معیاري ننوتنې ولوله
help-cmd-full-text = د یو فیډ لپاره «بشپړې مقالې ښکته کول»: auto (کله چې یوازې لنډیزونه لري)، always، never
help-arg-full-text-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-full-text-mode = کله یې بشپړې مقالې ښکته شي
help-cmd-notify = د یو فیډ د نویو مقالو لپاره د ډسکټاپ خبرتیاوې (د کړکۍ تازه کول یې ښيي)
help-arg-notify-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-notify-state = خبرتیاوې روښانه یا بندې
help-cmd-export-bookmarks = نښې صادرول: یو خپلواک HTML فایل (له انځورونو سره)، Markdown یا JSON
help-arg-export-bookmarks-file = چېرته ولیکل شي (ډیفالټ: معیاري وتنه)
help-arg-export-bookmarks-format = html، markdown یا json (ډیفالټ: د فایل له پسوند، که نه نو html)
help-cmd-storage = هغه ځای چې مقالې او ساتل شوي انځورونه یې نیسي؛ ‎--clean انځورونه لرې کوي
help-arg-storage-clean = ساتل شوي انځورونه لرې کړه: read (د لوستل شوو مقالو انځورونه؛ نښې خپل ساتي) یا all-but-bookmarks (ټول پرته د نښو له انځورونو)
help-cmd-feeds = د ګډونونو لړ د نالوستو شمېر او تېروتنو سره (‎--health: د ستونزې له مخې، د حل لارې سره)
help-arg-feeds-health = د فیډونو روغتیا: ناکام، ورک شوي، مړه، ورو، لېږدول شوي؛ تر ټولو بد لومړی
help-cmd-set-url = د یو فیډ پته بدله کړه (له اوس وروسته له هغه ځایه راوړل کېږي)
help-arg-set-url-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-set-url-url = نوې پته یې
help-cmd-rediscover = فیډ بیا له خپلې وېبپاڼې ومومه او ګډون موندل شوي ته یوسه
help-arg-rediscover-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-cmd-folders = د فولډرونو لړ
help-cmd-folder = د فولډرونو جوړول، نوم بدلول، لېږدول او ړنګول (فولډر په فولډر کې، تر ۸ کچو پورې)
help-cmd-folder-add = یو فولډر او هغه پورتني فولډرونه چې نشته جوړ کړئ («خبرونه/آسیا»)
help-arg-folder-add-path = د فولډر لار: له پورته نومونه، په / سره بېل
help-cmd-folder-rename = د فولډر نوم بدل کړئ (په خپل ځای پاتې کېږي)
help-arg-folder-rename-folder-id = د فولډر شمېره (`broadsheet folders` وګورئ)
help-arg-folder-rename-name = نوی نوم یې (پرته له /)
help-cmd-folder-move = فولډر د هر هغه څه سره چې پکې دي بل فولډر ته ولېږدوئ (پرته له لارې: پورتنۍ کچې ته)
help-arg-folder-move-folder-id = د فولډر شمېره (`broadsheet folders` وګورئ)
help-arg-folder-move-into = هغه فولډر چې ورځي، د لارې له مخې (که نه وي جوړېږي)
help-cmd-folder-delete = فولډر ړنګ کړئ: څه چې پکې دي یوه کچه پورته ځي، هېڅ ګډون نه لغوه کېږي
help-arg-folder-delete-folder-id = د فولډر شمېره (`broadsheet folders` وګورئ)
help-cmd-rename = د یو فیډ نوم بدل کړه (له سرلیک پرته: د فیډ خپل نوم ته ستنېدل)
help-arg-rename-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-rename-title = نوی نوم یې
help-cmd-move = یو فیډ یو فولډر ته یوسه (له فولډر پرته: له ټولو فولډرونو بهر)
help-arg-move-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-move-folder = فولډر، د خبرونه/آسیا په څېر لار (که نه وي جوړېږي)
help-cmd-remove = ګډون لغوه کړه؛ نښه شوې مقالې ساتل کېږي
help-arg-remove-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-cmd-list = د مقالو لړ، تر ټولو نوې لومړی
help-arg-list-view = کومې مقالې
help-arg-list-feed = یوازې د دې فیډ
help-arg-list-folder = یوازې د دې فولډر (د خبرونه/آسیا په څېر لار) او د هغې د فولډرونو
help-arg-list-unread = یوازې نالوستې مقالې
help-arg-list-oldest-first = لومړی زاړه
help-arg-list-grouped = له څو سرچینو یو خبر په یوه کرښه کې: د هغه لومړی راپور، د نورو سرچینو له نومونو سره
help-arg-list-limit = تر دې شمېر زیاتې نه
help-cmd-search = په سرلیکونو، لیکوالانو او متن کې د بشپړ متن لټون
help-arg-search-query = هغه کلمې چې ولټول شي
help-arg-search-limit = تر دې شمېر زیاتې نه
help-arg-search-hidden = هغه مقالې هم ومومه چې یوې قاعدې پټې کړې
help-cmd-read = یوه مقاله ښکاره کړه او لوستل شوې یې نښه کړه (‎--unread یې نالوستې کوي؛ ‎--all یوه ننداره لوستل شوې کوي)
help-arg-read-article-id = د مقالې شمېره (وګورئ `broadsheet list`)
help-arg-read-unread = پر ځای یې نالوستې نښه کړه
help-arg-read-all = ټولې مقالې لوستل شوې نښه کړه (د ‎--feed، که ورکړل شوی وي)
help-arg-read-feed = له ‎--all سره: یوازې د دې فیډ
help-cmd-bookmark = یوه مقاله نښه کړه (‎--remove د نښې لرې کولو لپاره)
help-arg-bookmark-article-id = د مقالې شمېره (وګورئ `broadsheet list`)
help-arg-bookmark-remove = نښه لرې کړه
help-cmd-stats = شمېرې او د ډېټابېس اندازه
help-cmd-config = امستنې ښکاره کړه، یا یوه بدله کړه: config KEY VALUE
help-arg-config-key = د امستنې نوم
help-arg-config-value = نوی ارزښت یې
help-cmd-purge = د ساتنې موده همدا اوس پلي کړه: زړې لوستل شوې مقالې لرې کړه (نښې هېڅکله نه)
help-cmd-undo = وروستی ګام بېرته واخله (لوستل شوې نښه کول، نښې، ګډون لغوه کول)، یا ګام STEP
help-arg-undo-step = د ګام شمېره (ډیفالټ: وروستی)
help-cmd-rule = هغه قاعدې چې نوې مقالې لوستل شوې، پټې یا نښه کوي یا یې خبر ورکوي
help-cmd-rule-add = یوه قاعده ور زیاته کړه؛ له راتلونکي تازه کولو وروسته پر نویو مقالو کار کوي (د ساتل شوو لپاره `rule apply`)
help-arg-rule-add-when = هغه څه چې لولي، په کامې جلا: title، text، author، link، feed
help-arg-rule-add-matches = هغه کلمې چې ولټول شي (هره یوه، مګر له ‎--all سره)، یا له ‎--regex سره یو افاده
help-arg-rule-add-all = هره کلمه باید راشي
help-arg-rule-add-regex = TEXT منظم افاده ده
help-arg-rule-add-case-sensitive = لوی او واړه توري بېل کړه
help-arg-rule-add-then = هغه څه چې کوي یې، په کامې جلا: read، hide، bookmark، notify، no-full-text
help-arg-rule-add-feed = یوازې په دې فیډ کې
help-arg-rule-add-folder = یوازې په دې فولډر (د خبرونه/آسیا په څېر لار) او د هغې په فولډرونو کې
help-cmd-rule-list = قاعدې د پلي کېدو په ترتیب لړ کړه
help-cmd-rule-test = وښیه چې یوه قاعده د تېرو ۳۰ ورځو له ساتل شوو مقالو سره کومو سره سمون لري (هېڅ نه بدلوي)
help-arg-rule-test-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-cmd-rule-apply = یوه قاعده همدا اوس پر ټولو ساتل شوو مقالو پلي کړه
help-arg-rule-apply-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-cmd-rule-enable = یوه قاعده روښانه کړه
help-arg-rule-enable-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-cmd-rule-disable = یوه قاعده بنده کړه (پاتې کېږي، او هېڅ نه کوي)
help-arg-rule-disable-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-cmd-rule-move = یوه قاعده په ترتیب کې یو ځای ته یوسه (۱ = لومړۍ)
help-arg-rule-move-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-arg-rule-move-to = نوی ځای یې
help-cmd-rule-remove = یوه قاعده لرې کړه (هغه څه چې یې له مقالو سره کړي پاتې کېږي، مګر له ‎--unhide سره)
help-arg-rule-remove-id = د قاعدې شمېره (وګورئ `broadsheet rule list`)
help-arg-rule-remove-unhide = هغه مقالې چې یې پټې کړې بیا په لړونو کې ښکاره کړه
help-cmd-rule-unhide = هغه مقاله چې یوې قاعدې پټه کړې بیا په لړونو کې ښکاره کړه
help-arg-rule-unhide-article-id = د مقالې شمېره (وګورئ `broadsheet search --hidden`)
help-cmd-extract = هغه څه چاپ کړه چې لوستونکی به یې د یوې مقالې د پاڼې لپاره ښيي (یو فایل یا یو URL)
help-arg-extract-source = یو ساتل شوی HTML فایل، یا د راوړلو لپاره یوه http(s) پته
help-arg-extract-base-url = د پاڼې پته، د هغې د نسبي لینکونو د حل لپاره (ډیفالټ: راوړل شوی URL)
help-cmd-stories = د یوه فایل مقالې (JSON کرښې) په خبرونو کې ډلبندي کړه، لکه لیستونه یې چې کوي؛ پېژند او ډله چاپوي
help-arg-stories-file = په هره کرښه کې یو JSON شی: id، title، text، او که معلوم وي date او source
help-cmd-episodes = هغه غږ او ویډیو ښکاره کړه چې فیډونه یې خپلو توکو ته ورتړي، نوي لومړی
help-arg-episodes-feed = یوازې د دې فیډ
help-arg-episodes-downloaded = یوازې هغه چې پرته له انټرنېټه د اورېدو لپاره ښکته شوي
help-cmd-download = د یوه توکي غږیزه یا ویډیويي برخه پرته له انټرنېټه د اورېدو لپاره ښکته کړه (نیمګړې ښکته کېدنه له همغه ځایه دوام کوي)
help-arg-download-article-id = د توکي شمېره (وګورئ `broadsheet episodes`)
help-cmd-episode-downloads = د یو فیډ کومې خپرونې له هر تازه کولو وروسته ښکته شي
help-arg-episode-downloads-feed-id = د فیډ شمېره
help-arg-episode-downloads-choice = never، every (هره نوې) یا یوه شمېره: وروستۍ N

## A feed's sign-in and User-Agent
cli-api-password-prompt = د API پټنوم:
cli-password-prompt = پټنوم:
cli-feed-sign-in-kept = فیډ { $feed } د { $user } په نوم ننوځي
cli-feed-sign-in-forgotten = فیډ { $feed } نور نه ننوځي
cli-feed-user-agent = فیډ { $feed } د «{ $agent }» په نوم غوښتل کېږي
cli-feed-user-agent-browser = فیډ { $feed } د ویب لټونګر په څېر غوښتل کېږي
cli-feed-user-agent-own = فیډ { $feed } د Broadsheet په نوم غوښتل کېږي
help-cmd-feed-sign-in = د یوه فیډ ننوتل (HTTP basic یا digest): یې وټاکئ، یا یې هېر کړئ
help-arg-feed-sign-in-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-feed-sign-in-user = د ننوتلو کارن نوم
help-arg-feed-sign-in-password-stdin = د پوښتنې پر ځای پټنوم له معیاري ننوتنې ولوله
help-arg-feed-sign-in-forget = ننوتل هېر کړئ (پټنوم د باور پاڼو له زېرمې وځي)
help-cmd-user-agent = د یوه فیډ User-Agent: یو متن، ‎--browser، یا هېڅ یو د Broadsheet خپل لپاره
help-arg-user-agent-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-user-agent-value = هغه User-Agent چې لېږل کېږي
help-arg-user-agent-browser = ځان د ویب لټونګر په توګه وپېژنئ (د هغو سرورونو لپاره چې ناپېژندل شوي پېرودونکي نه مني)
help-arg-add-user = په دې کارن نوم فیډ ته ننوځئ (HTTP basic یا digest)
help-arg-add-password-stdin = د پوښتنې پر ځای د فیډ پټنوم له معیاري ننوتنې ولوله
help-arg-add-user-agent = فیډ په دې User-Agent وغواړئ
help-arg-add-as-browser = ځان د ویب لټونګر په توګه وپېژنئ (د هغو سرورونو لپاره چې ناپېژندل شوي پېرودونکي نه مني)
cli-open-in-set = فیډ { $feed }: مقالې پرانیستل کېږي په { $place ->
        [browser] ویب پاڼه کې، ستاسو په لټونګر کې
        [inside] ویب پاڼه کې، د Broadsheet دننه
       *[reader] لوستونکي کې
    }{ $own ->
        [yes] {""}
       *[no] {" "}(تلواله)
    }
cli-page-scripts-on = د دې ویب پاڼه، د Broadsheet دننه، خپل سکرېپټونه چلولای شي: له اپ څخه جلا، چې ورته نشي رسېدای.
help-cmd-open-in = د یوه فیډ مقالې چېرته پرانیستل کېږي: لوستونکی، په لټونګر کې ویب پاڼه، یا د Broadsheet دننه ویب پاڼه (بې سکرېپټه)؛ default: لکه `config open_articles` چې وايي
help-arg-open-in-feed-id = د فیډ شمېره (وګورئ `broadsheet feeds`)
help-arg-open-in-place = د هغې مقالې چېرته پرانیستل کېږي
help-arg-open-in-scripts = پرېږده چې ویب پاڼه یې، د Broadsheet دننه، خپل سکرېپټونه وچلوي (له اپ څخه جلا)
