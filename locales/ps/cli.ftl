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
