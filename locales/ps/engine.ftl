### هغه څه چې د Broadsheet انجن د فیډونو په اړه وايي، په پښتو. کړکۍ او کمانډ لاین دواړه یې ښيي.
###
### Glossary (وییپانګه): feed: فیډ؛ article: مقاله؛ server: سرور؛ failed: ناکام
###
### HTTP او له هغې وروسته شمېره (HTTP 404) همداسې پاتې کېږي. $why او $error د سیسټم یا فیډ خپلې خبرې دي، په انګلیسي.

## What is wrong with a feed

state-gone = سرور وايي چې فیډ نشته (HTTP 410): نور نه راوړل کېږي
state-dead = له شپږو میاشتو زیات هېڅ نوې مقاله نه ده راغلې
state-slow = ورو: په منځني ډول په { $seconds } ثانیو کې ځواب ورکوي
state-moved = پته { $from } اوس { $url } ته ځي: تازه شوه
state-working = کار کوي

## A fetch's error

fetch-gone = سرور وايي چې فیډ نشته (HTTP 410)
fetch-not-found = سرور وايي چې په دې پته کې فیډ نشته (HTTP 404)
fetch-refused = سرور د فیډ له لېږلو انکار کوي (HTTP { $code })
fetch-needs-login = فیډ کارن نوم او پټنوم غواړي
fetch-login-refused = سرور د فیډ کارن نوم او پټنوم ونه منل
fetch-later = سرور غواړي چې Broadsheet وروسته راشي (HTTP 429)
fetch-trouble = سرور ستونزه لري (HTTP { $code })
fetch-http = سرور په HTTP { $code } ځواب ورکړ
fetch-not-a-feed = نور فیډ نه دی: یوه وېب پاڼه راګرځوي
fetch-timeout = سرور په { $seconds } ثانیو کې ځواب ورنکړ
fetch-unreachable = سرور ته لاسرسی ونه شو ({ $why })
fetch-broken = فیډ مات دی: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = فیډ له خپل سایټ څخه بیا ومومئ، یا ګډون لغوه کړئ. که سایټ وايي بېرته راغلی، بیا هڅه وکړئ.
advice-dead = ښايي نور خپرونه نه کوي یا لېږدول شوی وي: فیډ له خپل سایټ څخه بیا ومومئ، یا ګډون لغوه کړئ.
advice-slow = تر هغه چې ناکام نه وي، څه کولو ته اړتیا نشته؛ نور فیډونه یې انتظار نه باسي.
advice-moved = څه کولو ته اړتیا نشته: Broadsheet یې په نوې پته کې تعقیبوي.
advice-find = فیډ له خپل سایټ څخه بیا ومومئ، پته بدله کړئ، یا ګډون لغوه کړئ.
advice-wait = اکثره تېرېږي: Broadsheet وروسته بیا هڅه کوي، هر ځل ډېر انتظار باسي. که پوهېږئ چې بېرته راغلی، همدا اوس بیا هڅه وکړئ.
advice-retry = همدا اوس بیا هڅه وکړئ، فیډ له خپل سایټ څخه بیا ومومئ، یا پته بدله کړئ.
advice-sign-in = د فیډ په تنظیماتو کې یې کارن نوم او پټنوم ورکړئ، یا ګډون لغوه کړئ.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count ->
        [one] { $count } نوې مقاله: { $titles }
       *[other] { $count } نوې مقالې: { $titles }
    }
notify-more = { $count ->
        [one] { $count } نوره مقاله ستاسو له قاعدو سره برابره شوه
       *[other] { $count } نورې مقالې ستاسو له قاعدو سره برابرې شوې
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count ->
        [one] { $count } مقاله لوستل شوې نښه شوه
       *[other] { $count } مقالې لوستل شوې نښه شوې
    }
undo-read = لوستل شوې نښه شوه
undo-unread = نالوستې نښه شوه
undo-bookmarked = نښه شوه
undo-unbookmarked = نښه لرې شوه
undo-unsubscribed = د { $title } ګډون لغوه شو
undo-folder-deleted = فولډر { $name } ړنګ شو
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = پاڼه پروسس نه شوه
page-no-page = سرور هېڅ پاڼه رانه لېږله
page-not-html = لینک { $type } ته ځي، پاڼې ته نه
page-no-article-found = په پاڼه کې هېڅ مقاله ونه موندل شوه
page-extractor-failed = له دې پاڼې د متن ایستل ناکام شول
page-too-slow = د پاڼې لوستل له { $seconds } ثانیو زیات وخت ونیو
page-not-this-article = پاڼه دا مقاله نه ده
page-not-this-article-titled = پاڼه دا مقاله نه ده (سرلیک یې «{ $title }» دی)
page-too-short = په پاڼه کې مقاله نشته، یوازې { $count ->
        [one] { $count } کلمه
       *[other] { $count } کلمې
    } (د ننوتو یا کوکي دېوال، یا د انځورونو ګالري؟)
page-links = پاڼه د لینکونو لړ دی، مقاله نه ده
page-short-lines = پاڼه د لنډو کرښو لړ دی (تر ټولو اوږده یې { $count ->
        [one] { $count } کلمه
       *[other] { $count } کلمې
    } لري)، مقاله نه ده

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = بشپړه مقاله ونه ایستل شوه ({ $why }). دا هغه متن دی چې فیډ یې له ځانه سره لري.
reader-not-loaded = بشپړه مقاله رانه وړل شوه ({ $why }). دا هغه متن دی چې فیډ یې له ځانه سره لري.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = شبکه غواړي چې ننوځئ؛ کله چې لاره درکړي، بشپړې مقالې او انځورونه به راوړل شي.

## Why a fetch failed

net-timeout = سرور په { $seconds } ثانیو کې ځواب ورنکړ
net-unreachable = سرور ته لاسرسی ونه شو ({ $why })
net-http = سرور په HTTP { $code } ځواب ورکړ
net-later = سرور غواړي چې { $seconds } ثانیې صبر وشي (HTTP { $code })
net-too-large = ځواب د { $bytes } بایټه حد څخه لوی دی
net-redirects = له { $count } ځلو زیات بل ځای ته لېږل
net-redirect-loop = پته په { $url } کې په کړۍ کې بل ځای ته لېږي
net-bad-redirect = سرور بل ځای ته لېږي خو نه وايي چې چېرته
net-unsupported = داسې پته نه ده چې Broadsheet یې راوړلی شي: { $url }
net-needs-login = دا فیډ کارن نوم او پټنوم غواړي
net-login-refused = سرور د دې فیډ کارن نوم او پټنوم ونه منل
net-other = د شبکې تېروتنه: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = سرور دا کارن نوم او پټنوم ونه منل (د API پټنوم وکاروئ، د وېب پټنوم نه)
sync-not-greader = په { $url } کې او په هغو ځایونو کې چې FreshRSS او Miniflux یې د دې پتې لاندې ږدي، د Google Reader API ځواب نه ورکوي
sync-api-off = د سرور API بند دی (FreshRSS: امستنې ← پېژندنه ← د API لاسرسي ته اجازه)
sync-sign-in-again = سرور نور دا ننوتل نه مني: بیا ننوځئ
sync-network = سرور ته لاسرسی ونه شو: { $why }
sync-tls = له سرور سره خوندي اړیکه ناکامه شوه: { $why }
sync-server = سرور ناکام شو (HTTP { $code })
sync-garbage = د سرور ځواب ونه لوستل شو
sync-too-large = د سرور ځواب له { $bytes } بایټه لوی دی
sync-too-many = سرور په یوه لړ کې له { $count } توکو زیات راوړي؛ همغږي همالته ودرېده
sync-no-secret = د دې حساب لپاره هېڅ ننوتل نه دي ساتل شوي: بیا ننوځئ
sync-change-refused = سرور د ګډون یو بدلون ونه مانه (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = ډېټابېس ناکام شو: { $why }
error-disk-full = ډیسک ډک دی: له دې ګام هېڅ نه دي خوندي شوي او مخکې خوندي شوي روغ دي؛ لږ ځای خالي کړئ او بیا هڅه وکړئ
error-read-only = د معلوماتو فولډر یوازې د لوستلو دی: Broadsheet ساتل شوي ښودلی شي خو هېڅ نه شي خوندي کولی ({ $why })
error-data-dir = د معلوماتو فولډر { $path } نه شي کارېدلی: { $why }
error-no-data-dir = په دې سیسټم کې د کارن د معلوماتو فولډر نشته؛ ‎--data-dir ورکړئ
error-schema-too-new = ډېټابېس یو نوي Broadsheet لیکلی (جوړښت { $found }، دا نسخه تر { $known } پورې پېژني)؛ د پرانیستو لپاره Broadsheet تازه کړئ
error-other = { $why }
error-invalid-url = سمه وېب پته نه ده: { $url }
error-parse = فیډ ونه لوستل شو: { $why }
error-extract = مقاله ونه ایستل شوه: { $why }
error-no-feed = په { $url } کې هېڅ فیډ ونه موندل شو
error-opml = د OPML فایل ونه لوستل شو: { $why }
error-not-found = { $kind ->
        [feed] فیډ { $id } نشته
        [article] مقاله { $id } نشته
        [folder] فولډر { $id } نشته
        [rule] قاعده { $id } نشته
        [account] حساب { $id } نشته
       *[other] { $kind } { $id } نشته
    }
error-export-format = د صادرولو بڼه «{ $format }» نه پېژندل کېږي؛ html، markdown یا json وکاروئ
error-feed-has-address = فیډ { $id } دمخه د { $url } پته لري
error-undo-unreadable = د بېرته راګرځولو یو ګام چې نه لوستل کېږي: { $why }
error-folder-name = فولډر نوم ته اړتیا لري
error-folder-too-deep = فولډرونه تر { $depth } کچو پورې ژور کېدای شي
error-folder-slash = د فولډر نوم / نشي لرلای؛ / د یوې لارې فولډرونه سره بېلوي
error-folder-exists = د «{ $name }» په نوم فولډر لا دمخه هلته دی
error-folder-into-itself = فولډر خپل ځان ته نشي ننوتلای
error-local-account = د «په دې کمپیوټر کې» حساب نه شي لرې کېدلی
error-not-an-image = انځور نه دی (بایټونه یې بل څه وايي)
error-not-media = غږ یا ویډیو نه دی (بایټونه یې بل څه وايي)
error-episodes-full = ښکته شوې برخې به له اجازه شوي { $megabytes } MB څخه ډېر ځای ونیسي (تنظیم episodes_space_mb)
error-setting-number = { $key } باید بشپړه شمېره وي، نه «{ $value }»
error-setting-choice = { $key } باید له { $choices } څخه یو وي، نه «{ $value }»
error-setting-shortcuts = { $key } باید په JSON کې کارونه له کیلیو سره وتړي، لکه {"{"}"next": "h"{"}"}، نه «{ $value }»
error-feed-login = یو کارن نوم (بې له دوه ټکو) او یو پټنوم، هر یو په یوه کرښه کې او تر ۱۰۰۰ توريو پورې
error-user-agent = User-Agent یوه کرښه ده چې تر { $chars } توريو پورې وي
error-setting-unknown = امستنه «{ $key }» نه پېژندل کېږي؛ پېژندل شوې: { $choices }
error-config-value = یو ارزښت ورکړئ: broadsheet config { $key } VALUE
error-plain-304 = سرور یوې ساده غوښتنې ته په 304 ځواب ورکړ
error-cannot-read = { $path } ونه لوستل شو: { $why }
error-stories-line = د { $path } { $line }مه کرښه مقاله نه ده: { $why }
error-no-password = پټنوم نه دی ورکړل شوی
error-cannot-write = { $path } ونه لیکل شو: { $why }
error-offline = { $url } ته لاسرسی ونه شو: ښايي انټرنېټ نه لرئ ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» داسې څه نه دي چې قاعده یې ولوستلی شي (title، text، author، link، feed)
rule-bad-match = «{ $value }» د سمون ډول نه دی (all، any، regex)
rule-bad-action = «{ $value }» داسې کار نه دی چې قاعده یې وکړای شي (read، hide، bookmark، notify، no_full_text)
rule-no-fields = ووایاست چې قاعده څه لولي (title، text، author، link یا feed)
rule-no-actions = ووایاست چې قاعده څه کوي (read، hide، bookmark، notify یا no_full_text)
rule-no-pattern = قاعده د لټون لپاره څه نه لري
rule-pattern-too-long = بېلګه له { $bytes } بایټه اوږده ده
rule-regex-at = منظم افاده په { $at } توري کې سمه نه ده: { $why }
rule-regex-too-big = منظم افاده ډېره لویه ده
rule-regex-invalid = منظم افاده سمه نه ده: { $why }
rule-says = { $fields } { $how ->
        [all] ټولې کلمې لري د
        [any] یوه کلمه لري د
       *[regex] سره سمون لري
    } «{ $pattern }» ← { $actions }
rule-says-field = { $field ->
        [title] سرلیک
        [text] متن
        [author] لیکوال
        [link] لینک
       *[feed] فیډ
    }
rule-says-action = { $action ->
        [read] لوستل شوې
        [hide] پټول
        [bookmark] نښه
        [notify] خبرول
       *[no_full_text] پرته له بشپړې مقالې
    }
rule-says-separator = {"، "}
