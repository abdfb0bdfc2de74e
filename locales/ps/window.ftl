### د Broadsheet کړکۍ، په پښتو.
###
### Glossary (وییپانګه): هغه کلمې چې دا فهرست یې د لوستونکي د شیانو لپاره کاروي، هر ځای یو شان.
###   feed: فیډ (ج. فیډونه)
###   article: مقاله (ج. مقالې)
###   bookmark: نښه (ج. نښې)؛ «نښه کول»، «نښه شوې»
###   refresh: تازه کول
###   folder: فولډر (ج. فولډرونه)
###   full article: بشپړه مقاله (د مقالې خپله پاڼه، د انټرنېټ پرته لوستلو لپاره ساتل شوې)
###   unread: نالوستې
###   feed server: د فیډ سرور (FreshRSS، Miniflux او داسې نور)
###   image: انځور؛ failed: ناکام؛ search: لټون؛ settings: امستنې
###
### کیلي (j، k، s، Ctrl…) همداسې پاتې کېږي. <kbd>…</kbd> د کیلي شاوخوا وساتئ.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = فیډونه او لیدونه
toolbar-add =
    .aria-label = فیډ زیاتول
    .title = فیډ زیاتول
toolbar-refresh =
    .aria-label = تازه کول
    .title = ټول تازه کړئ (r)
toolbar-settings =
    .aria-label = امستنې
    .title = امستنې
view-all = ټولې مقالې
view-unread = نالوستې
view-today = نن
view-bookmarks = نښې
view-listen = اورېدل
view-search = لټون
view-health = د فیډونو روغتیا
view-health-button =
    .aria-label = د فیډونو روغتیا
view-health-failing =
    .aria-label = د فیډونو روغتیا، { $count } ناکام
view-count-unread =
    .aria-label = { $name } { $count } نالوستې
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = د فیډونو برخې اندازه بدلول
split-list =
    .aria-label = د مقالو د لړلیک اندازه بدلول
sidebar-hide =
    .aria-label = فیډونه او لیدونه پټول
    .title = فیډونه او لیدونه پټول (v)
sidebar-show =
    .aria-label = فیډونه او لیدونه ښودل
    .title = فیډونه او لیدونه ښودل (v)
folder-toggle =
    .aria-label = فولډر { $name }، { $count } نالوستې
folder-all = ټول په فولډر کې
folder-all-button =
    .aria-label = ټول په فولډر کې، { $count } نالوستې، { $name }
folder-edit =
    .aria-label = د { $name } فولډر سمول
    .title = د فولډر نوم بدلول یا ړنګول
feed-button =
    .aria-label = { $title } { $count } نالوستې
feed-button-trouble =
    .aria-label = { $title } { $count } نالوستې، { $trouble }
feed-edit =
    .aria-label = د { $title } فیډ سمول
    .title = نوم بدلول، لېږدول یا ګډون لغوه کول
feed-gone = له { $date } راهیسې ورک دی: سرور وايي چې فیډ نشته، نو نور نه راوړل کېږي
feed-failing = ناکام: { $problem }
feed-failing-since = له { $date } راهیسې ناکام: { $problem }
account-sign-in-again = بیا ننوځئ
account-sync-failed = همغږي ناکامه شوه

## The article list

list-title-search = لټون
list-found = { $count } وموندل شوې
list-unread = { $count } نالوستې
list-unread-stories = { $count } نالوستې، په { $stories } خبرونو کې
search =
    .aria-label = لټون
    .placeholder = لټون  /
search-hidden = پټې
search-hidden-label =
    .title = هغه مقالې هم ومومئ چې یوې قاعدې پټې کړې دي
unread-only =
    .aria-label = یوازې نالوستې
    .title = یوازې نالوستې
list-layout =
    .aria-label = د لیست بڼه: { $layout }
layout-compact = لنډه
layout-pictures = له انځورونو سره
layout-cards = کارتونه
settings-layout = د ټولو لیدونو لپاره د لیست بڼه
oldest-first =
    .aria-label = لومړی زاړه
    .title = لومړی زاړه
mark-all-read =
    .aria-label = ټولې لوستل شوې نښه کړئ
    .title = ټولې لوستل شوې نښه کړئ (Shift+A)
articles =
    .aria-label = مقالې
row-bookmarked =
    .aria-label = نښه شوې
row-untitled = (بې سرلیکه)
story-more-sources = او { $count } نورې سرچینې: { $sources }
story-panel =
    .aria-label = د «{ $title }» راپورونه
story-also-reported = دا خبر دوی هم ورکړی
story-not-same = دا بل خبر دی
story-split = له { $count } نورو راپورونو جلا شو.
empty-no-match = هېڅ مقاله ونه موندل شوه.
empty-no-bookmarks = تر اوسه هېڅ نښه نشته. د ساتلو لپاره په یوه مقاله s کېکاږئ.
empty-all-read = ټولې لوستل شوې.
empty-nothing-yet = تر اوسه دلته هېڅ مقاله نشته.

## Dates in the list

date-now = اوس
date-minutes = { $count } دقیقې
date-hours = { $count } ساعته
date-yesterday = پرون

## The reader

reader =
    .aria-label = مقاله
reader-back =
    .aria-label = بېرته لړلیک ته
    .title = بېرته لړلیک ته (Escape)
reader-mark-read =
    .aria-label = لوستل شوې نښه کړئ
    .title = لوستل شوې نښه کړئ (m)
reader-mark-unread =
    .aria-label = نالوستې نښه کړئ
    .title = نالوستې نښه کړئ (m)
reader-bookmark =
    .aria-label = نښه کړئ
    .title = نښه کړئ (s)
reader-remove-bookmark =
    .aria-label = نښه لرې کړئ
    .title = نښه لرې کړئ (s)
reader-load-full =
    .aria-label = بشپړه مقاله راوړئ
    .title = بشپړه مقاله له خپلې پاڼې راوړئ (f)
reader-load-full-again =
    .aria-label = بشپړه مقاله بیا راوړئ
    .title = بشپړه مقاله له خپلې پاڼې بیا راوړئ (f)
reader-open =
    .aria-label = اصلي پاڼه پرانیزئ
    .title = اصلي پاڼه په براوزر کې پرانیزئ (o)
reader-empty = د لوستلو لپاره یوه مقاله وټاکئ.
reader-keys-hint = د کیبورډ د لنډو لارو لپاره <kbd>?</kbd> کېکاږئ.
reader-unhide = بیا په لړلیکونو کې یې وښایاست
    .aria-label = بیا په لړلیکونو کې یې وښایاست
reader-frame =
    .title = د مقالې متن
reader-original = په اصلي سایټ کې یې ولولئ
# the rule that touched the article, as lists name it
reader-rule = قاعده: { $rule }
reader-hidden-by-rule = د قاعدې له مخې پټه شوې: { $rule }
reader-hidden = د یوې قاعدې له مخې پټه شوې

## The status line

status-refreshing = تازه کېږي… { $done } له { $total }
status-saving = د انټرنېټ پرته لوستلو لپاره ساتل کېږي… { $done } له { $total }
status-offline = انټرنېټ نشته: هغه څه ښودل کېږي چې ساتل شوي.
status-updated = تازه شو { $time }
status-sign-in-again = { $account }: سرور نور ننوتل نه مني. په امستنې ← حسابونه کې بیا ننوځئ.
status-sync-failed = له { $account } سره همغږي ناکامه شوه: { $error }
status-an-account = یو حساب
status-refresh-failed = تازه کول ناکام شول: { $error }
status-imported = { $feeds ->
        [one] { $feeds } فیډ راوړل شو
       *[other] { $feeds } فیډونه راوړل شول
    } ({ $duplicates } دمخه وو){ $rules ->
        [0] {""}
        [one] ، { $rules } قاعده
       *[other] ، { $rules } قاعدې
    }.
status-import-failed = راوړل ناکام شول: { $error }
status-bookmarks-kept = { $count ->
        [one] د { $title } نښه شوې مقاله په «نښو» کې پاتې کېږي.
       *[other] د { $title } { $count } نښه شوې مقالې په «نښو» کې پاتې کېږي.
    }
status-bookmarks-exported = نښې په { $path } کې صادرې شوې
status-exported = په { $path } کې صادر شو
status-export-failed = صادرول ناکام شول: { $error }
status-setting-refused = امستنه بدله نه شوه: { $error }
status-unhidden = مقاله بیا په لړلیکونو کې ده.

## Undo

undo = بېرته
undo-button =
    .aria-label = بېرته: { $step }
undo-done = بېرته وګرځول شو: { $step }
undo-nothing = د بېرته ګرځولو لپاره هېڅ نشته
undo-failed = بېرته ونه ګرځول شو: { $error }

## Add a feed

add-title = فیډ زیاتول
add-url = د فیډ یا وېبسایټ پته
add-folder = فولډر (اختیاري)
add-account = حساب
add-import = OPML راوړل…
    .aria-label = OPML راوړل
add-searching = فیډ لټول کېږي…
add-subscribe = ګډون
    .aria-label = ګډون
cancel = لغوه
    .aria-label = لغوه
save = خوندي کول
    .aria-label = خوندي کول
close = بندول
    .aria-label = بندول
done = بشپړ
    .aria-label = بشپړ

## A feed's dialog

feed-name = نوم
feed-folder = فولډر
feed-no-folder =
    .placeholder = پرته له فولډره
feed-full-text = بشپړې مقالې ښکته کول
feed-full-text-auto = په خپله
feed-full-text-always = تل
feed-full-text-never = هېڅکله
feed-summary-only = دا فیډ یوازې لنډیزونه لېږي: Broadsheet هره مقاله له خپلې پاڼې راوړي.
feed-whole-articles = دا فیډ بشپړې مقالې لېږي.
feed-episodes = د هغې خپرونې ښکته کول (غږ او ویډیو)
feed-episodes-never = یوازې هغه چې زه یې ښکته کړم
feed-episodes-latest = { $count ->
    [one] وروستۍ خپرونه
   *[other] وروستۍ { $count } خپرونې
}
feed-episodes-every = هره نوې خپرونه
feed-episodes-hint = له هر تازه کولو وروسته، له شبکې پرته اورېدو لپاره. اورېدل شوې په امستنو کې ټاکلو ورځو وروسته ځي؛ نښه شوې پاتې کېږي.
feed-notify = د نویو مقالو خبر راکړئ
settings-open-articles = مقالې پرانیستل
open-in-reader = په لوستونکي کې
open-in-browser = ویب پاڼه، ستاسو په لټونګر کې
open-in-inside = ویب پاڼه، د Broadsheet دننه (بې سکرېپټه)
feed-page-scripts = پرېږده چې ویب پاڼه یې دلته خپل سکرېپټونه وچلوي
feed-page-scripts-hint = د هغو پاڼو لپاره چې له دوی پرته هېڅ نه ښيي. له Broadsheet څخه جلا چلېږي: ستاسو ګډونونو، فایلونو او اپ ته نشي رسېدای.
feed-open-in = د هغې مقالې پرانیستل
feed-open-in-default = لکه په تنظیماتو کې ({ $place ->
        [browser] ویب پاڼه، ستاسو په لټونګر کې
        [inside] ویب پاڼه، د Broadsheet دننه
       *[reader] په لوستونکي کې
    })
reader-page-frame =
    .title = ویب پاڼه
reader-page-inside = ویب پاڼه، بې له سکرېپټونو.
reader-page-inside-scripts = ویب پاڼه، د خپلو سکرېپټونو سره.
reader-page-text = د مقالې متن.
reader-page-browser = د دې فیډ مقالې ستاسو په لټونګر کې پرانیستل کېږي.
reader-page-show-text = د مقالې متن وښایئ
reader-page-show-page = ویب پاڼه وښایئ
reader-page-open = ویب پاڼه پرانیزئ
access-summary = ننوتل او پېژندنه
access-hint = د هغه فیډ لپاره چې ننوتل غواړي، یا هغه سرور چې ناپېژندل شوي لوستونکي نه مني. پټنوم د سیسټم د باور پاڼو زېرمې ته ځي.
access-user = کارن نوم
access-password = پټنوم
access-password-kept =
    .placeholder = ساتل شوی: د ساتلو لپاره یې تش پرېږدئ
access-identify = ځان وپېژنئ د
access-agent-own = Broadsheet
access-agent-browser = یو ویب لټونګر
access-agent-custom = بل…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = ننوتل هېر کړئ
    .aria-label = ننوتل هېر کړئ
feed-last-error = وروستی تازه کول ناکام شو: { $error }
feed-unsubscribe = ګډون لغوه کول
    .aria-label = ګډون لغوه کول
feed-refresh = تازه کول
    .aria-label = دا فیډ تازه کړئ

## A folder's dialog

folder-title = فولډر
folder-name = نوم
folder-delete-hint = د فولډر په ړنګولو یې فیډونه او فولډرونه پاتې کېږي: یوه کچه پورته ځي.
folder-parent = دننه
folder-top-level =
    .placeholder = پورتنۍ کچه
folder-path-hint = په بل فولډر کې فولډر د خپلې لارې په بڼه لیکل کېږي: خبرونه/آسیا
folder-moved-into = { $name } { $folder } ته ولېږدول شو
folder-moved-to-top = { $name } پورتنۍ کچې ته ولېږدول شو
folder-delete = فولډر ړنګول
    .aria-label = فولډر ړنګول

## Settings

settings-title = امستنې
settings-language = ژبه
settings-language-system = لکه سیسټم ({ $language })
settings-digits = شمېرې
settings-digits-native = پښتو شمېرې (۱۲۳)
settings-digits-latin = 0123456789
settings-calendar = کلیز
settings-calendar-native = لمریز هجري
settings-calendar-gregorian = میلادي
settings-interval = فیډونه تازه کړئ هر
settings-interval-minutes = { $count ->
        [one] { $count } دقیقه
       *[other] { $count } دقیقې
    }
settings-interval-hour = ساعت
settings-interval-hours = { $count ->
        [one] { $count } ساعت
       *[other] { $count } ساعته
    }
settings-theme = بڼه
settings-theme-system = لکه سیسټم
settings-theme-light = روښانه
settings-theme-dark = تیاره
settings-font = د لوستونکي فونټ
settings-font-serif = سېرېف
settings-font-sans = بې سېرېفه
settings-size = د متن اندازه
settings-size-small = کوچنی
settings-size-medium = منځنی
settings-size-large = لوی
settings-size-larger = لا لوی
settings-retention = لوستل شوې مقالې، له لوستلو وروسته، وساتئ تر
settings-retention-week = یوې اونۍ
settings-retention-month = یوې میاشتې
settings-retention-months = { $count ->
        [one] { $count } میاشتې
       *[other] { $count } میاشتو
    }
settings-retention-year = یو کال
settings-retention-ever = تل
settings-retention-days = { $count ->
        [one] { $count } ورځې
       *[other] { $count } ورځو
    }
settings-retention-hint = له هغه وخته شمېرل کېږي چې مقاله لولئ. نالوستې او نښه شوې مقالې تل ساتل کېږي.
settings-images = د انټرنېټ پرته لوستلو لپاره انځورونه ساتل
settings-images-all = د ټولو مقالو لپاره
settings-images-bookmarks = یوازې د نښو لپاره
settings-images-none = هېڅکله
settings-episode-max = تر ټولو لویه خپرونه چې ښکته شي
settings-episodes-space = د ښکته شویو خپرونو لپاره د ډیسک ځای
settings-episodes-played = اورېدل شوې خپرونې، له اورېدو وروسته، وساتئ تر
settings-episodes-hint = د هرې فیډ تنظیمات ټاکي چې کومې خپرونې یې ښکته شي. نښه شوې مقالې خپلې خپرونې تل ساتي.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = مقالې د پرانیستلو پر مهال لوستل شوې نښه شي
settings-mark-scrolled = مقالې چې ترې تېر شئ لوستل شوې نښه شي
settings-hide-read-feeds = هغه فیډونه او فولډرونه پټ کړئ چې نالوستې مقالې نه لري
settings-group-stories = له څو سرچینو یو خبر یو ځل وښیه
settings-story-first = د هر خبر لومړی وښیه
settings-story-earliest = د هغه لومړنی راپور
settings-story-longest = د هغه تر ټولو اوږد راپور
settings-story-marks-read = د یو خبر لوستل د هغه ټول راپورونه لوستي کوي
settings-storage = زېرمه
settings-measuring = اندازه کېږي…
settings-storage-usage = مقالې: { $articles } MB ({ $full ->
        [one] { $full } بشپړه مقاله
       *[other] { $full } بشپړې مقالې
    }). انځورونه: { $files } ساتل شوي، { $images } MB (د نښو لپاره { $bookmarks } MB).
settings-storage-episodes = خپرونې: { $files } ښکته شوې، { $size } MB (د نښو لپاره { $bookmarks } MB).
settings-clean-read = د لوستل شویو مقالو انځورونه لرې کړئ
    .aria-label = د لوستل شویو مقالو انځورونه لرې کړئ
settings-clean-all = ټول پرته د نښو لرې کړئ
    .aria-label = ټول انځورونه پرته د نښو له انځورونو لرې کړئ
settings-accounts = حسابونه
settings-accounts-hint = له FreshRSS، Miniflux او نورو Google Reader API سرورونو سره همغږي.
settings-accounts-open = حسابونه…
    .aria-label = حسابونه: د فیډ سرور حسابونه زیات یا لرې کړئ
settings-rules = قاعدې
settings-rules-hint = نوې مقالې د خپلو کلمو له مخې لوستل شوې، پټې، نښه شوې یا اعلان کړئ.
settings-rules-open = قاعدې…
    .aria-label = قاعدې: قاعدې سمول
settings-export-bookmarks = نښې صادرول
settings-export-html = وېب پاڼه…
    .aria-label = وېب پاڼه: نښې د یوې HTML فایل په توګه صادرول
settings-export-markdown = Markdown…
    .aria-label = Markdown: نښې د Markdown په توګه صادرول
settings-export-json = JSON…
    .aria-label = JSON: نښې د JSON په توګه صادرول
settings-export-opml = OPML صادرول…
    .aria-label = OPML صادرول

## Keyboard shortcuts

keys-title = د کیبورډ لنډې لارې
keys-bookmark = نښه کول یا نښه لرې کول
keys-read = لوستل شوې یا نالوستې نښه کول
keys-open = اصلي پاڼه په براوزر کې پرانیستل
keys-full = بشپړه مقاله له خپلې پاڼې راوړل
keys-refresh = ټول فیډونه تازه کول
keys-search = لټون
keys-sidebar = فیډونه او لیدونه ښودل یا پټول
keys-back = بېرته لړلیک ته (نریۍ کړکۍ)
keys-zoom = لویول، کوچنی کول، عادي اندازې ته
keys-mark-all = په دې لید کې ټولې لوستل شوې نښه کول
keys-story = د یو خبر نور راپورونه ښکاره یا پټ کړه
keys-play = خپرونه غږول یا درول
keys-play-back = خپرونه: ۱۵ ثانیې شاته
keys-play-on = خپرونه: ۳۰ ثانیې مخکې
keys-play-slower = خپرونه: ورو
keys-play-faster = خپرونه: چټک
keys-undo = وروستی ګام بېرته ګرځول (نښه کول، نښې، ګډون لغوه کول)
keys-this-list = همدا لړلیک
keys-next = بله مقاله
keys-previous = مخکینۍ مقاله
keys-next-unread = بله نالوستې مقاله
keys-previous-unread = مخکینۍ نالوستې مقاله
settings-shortcuts-hint = د هر کار کیلي بدله کړئ، یا یو کیلي لنډلارې بندې کړئ.
settings-shortcuts-open = لنډلارې…
    .aria-label = لنډلارې: کیلي بدلول
shortcuts-no-key = هیڅ
shortcuts-change =
    .aria-label = { $key }: د { $action } کیلي بدله کړئ
shortcuts-clear = پاکول
    .aria-label = د { $action } کیلي پاکه کړئ
shortcuts-press = یوه کیلي کېکاږئ…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = { $action } اوس کیلي نه لري
shortcuts-clash = { $key } د «{ $other }» کیلي وه، چې اوس کیلي نه لري
shortcuts-reserved = { $key } په کړکۍ کې د تګ لپاره ده او لنډلاره کېدای نه شي
shortcuts-single = یو کیلي لنډلارې (j، k، s، …)
shortcuts-single-hint = کله چې د پردې لوستونکی دا کیلي کاروي، بندې یې کړئ؛ د Ctrl یا Alt لنډلارې بیا هم کار کوي.
shortcuts-reset = ټول اصلي حالت ته
shortcuts-were-reset = ټولې لنډلارې اصلي حالت ته راوګرځېدې
shortcuts-action = کار
shortcuts-key = کیلي

## The first-run screen

first-run-welcome = Broadsheet ته ښه راغلاست
first-run-intro = هغه سایټونه چې لولئ په یوه ارام ځای کې تعقیب کړئ، او کله چې انټرنېټ نه وي هم یې ولولئ. د پیل لپاره څو وټاکئ، خپل ګډونونه له بل لوستونکي راوړئ، یا له هغه فیډ سرور سره همغږي شئ چې یې کاروئ.
first-run-subscribe = ګډون
    .aria-label = په ټاکل شویو فیډونو کې ګډون
first-run-subscribing = ګډون کېږي…
    .aria-label = په ټاکل شویو فیډونو کې ګډون
first-run-import = OPML راوړل…
    .aria-label = OPML راوړل
first-run-add = په پته زیاتول…
    .aria-label = فیډ په پته زیاتول
first-run-accounts = له فیډ سرور سره همغږي…
    .aria-label = له فیډ سرور سره همغږي: FreshRSS، Miniflux او نور
first-run-offline = انټرنېټ نشته: هېڅ فیډ ته لاسرسی ونه شو. انټرنېټ سره وصل شئ او بیا هڅه وکړئ.
first-run-subscribed = ګډون وشو
first-run-result = { $title }: { $outcome }

## Feed health

health-title = د فیډونو روغتیا
health-all-fine = ټول فیډونه کار کوي.
health-some = { $count ->
        [one] { $count } فیډ کتنې ته اړتیا لري. تر ټولو خراب لومړی راغلي.
       *[other] { $count } فیډونه کتنې ته اړتیا لري. تر ټولو خراب لومړی راغلي.
    }
health-list =
    .aria-label = فیډونه د روغتیا له مخې
health-state-failing = ناکام
health-state-gone = ورک
health-state-dead = مړ
health-state-slow = ورو
health-state-moved = لېږدول شوی
health-state-fine = کار کوي
health-per-week = په اونۍ کې { $count } مقالې
health-last-worked = وروستی ځل یې کار وکړ { $date }
health-last-new = وروستۍ نوې مقاله { $date }
health-answers-ms = په { $ms } ملي ثانیو کې ځواب
health-answers-s = په { $seconds } ثانیو کې ځواب
health-size = { $kb } KB
health-failed = { $count ->
        [one] یو ځل ناکام شو
       *[other] { $count } ځله پرله پسې ناکام شو
    }
health-since = { $headline } له { $date } راهیسې
health-retry = بیا هڅه
    .aria-label = بیا هڅه { $title }
health-find = بیا موندل
    .aria-label = بیا موندل { $title }
health-change = پته بدلول…
    .aria-label = پته بدلول… { $title }
health-unsubscribe = ګډون لغوه کول
    .aria-label = ګډون لغوه کول { $title }
health-new-address =
    .aria-label = د { $title } نوې پته
health-save-address = خوندي کول
    .aria-label = د { $title } پته خوندي کول
health-error = { $title }: { $error }
health-address-changed = { $title }: پته بدله شوه؛ اوس راوړل کېږي.
health-retrying = { $title }: بیا هڅه کېږي…
health-found = { $title }: په { $url } کې وموندل شو؛ اوس راوړل کېږي.
health-unsubscribed = د { $title } ګډون لغوه شو.

## Rules

rules-title = قاعدې
rules-hint = قاعدې په هر تازه کولو کې، له خبرتیاوو او ښکته کولو مخکې او په همدې ترتیب، پر نویو مقالو کار کوي. لومړۍ قاعده چې برابره شي، هماغه ده چې مقاله یې نوم ښيي.
rules-list =
    .aria-label = قاعدې
rules-none = تر اوسه هېڅ قاعده نشته.
rules-add = قاعده زیاتول…
    .aria-label = قاعده زیاتول
rule-on =
    .aria-label = قاعده روښانه: { $rule }
rule-turned-on = قاعده روښانه شوه.
rule-turned-off = قاعده بنده شوه.
rule-up = ↑
    .aria-label = پورته وړل: { $rule }
    .title = پورته وړل
rule-down = ↓
    .aria-label = ښکته وړل: { $rule }
    .title = ښکته وړل
rule-edit = سمول
    .aria-label = سمول: { $rule }
    .title = سمول
rule-apply = اوس پلي کول
    .aria-label = اوس پلي کول: { $rule }
    .title = اوس پلي کول
rule-remove = لرې کول
    .aria-label = لرې کول: { $rule }
    .title = لرې کول
rule-applied = { $count ->
        [one] قاعده له { $count } ساتل شوې مقالې سره برابره شوه.
       *[other] قاعده له { $count } ساتل شویو مقالو سره برابره شوه.
    }
rule-removed = قاعده لرې شوه. هغه څه چې یې له مقالو سره کړي، پاتې کېږي.
rule-in-feed = { $rule } · په { $feed } کې
rule-in-folder = { $rule } · په { $folder } فولډر کې
rule-one-feed = یو فیډ
rule-field-title = سرلیک
rule-field-text = متن
rule-field-author = لیکوال
rule-field-link = لېنک
rule-field-feed = د فیډ نوم
rule-action-read = لوستل شوې نښه کړئ
rule-action-hide = پټول (له ټولو لیدونو بهر؛ لټون یې د «پټې» سره مومي)
rule-action-bookmark = نښه کول (د انټرنېټ پرته بشپړه ساتل کېږي)
rule-action-notify = خبر مې کړئ
rule-action-no-full-text = هېڅکله بشپړه مقاله مه ښکته کوئ
rule-kind-any = له دې کلمو څخه یوه لري
rule-kind-all = دا ټولې کلمې لري
rule-kind-regex = له دې منظم افادې سره برابرېږي
rule-when = کله چې د مقالې
rule-then = نو
rule-kind =
    .aria-label = څنګه برابرېږي
rule-pattern =
    .aria-label = کلمې یا افاده
rule-scope =
    .aria-label = په کومو فیډونو کې
rule-scope-all = په ټولو فیډونو کې
rule-scope-folder = په { $folder } فولډر کې
rule-scope-feed = په { $feed } کې
rule-case = لوی او کوچني توري دقیقاً برابر وي
rule-save = خوندي کول
    .aria-label = قاعده خوندي کول
rule-edit-title = قاعده سمول
rule-new-title = نوې قاعده
rule-preview-hint = کلمې ولیکئ چې ووینئ قاعده له کومو ساتل شویو مقالو سره برابرېږي.
rule-preview-capped = له { $looked } نویو مقالو { $matches }
rule-preview-count = { $matches ->
        [one] په تېرو ۳۰ ورځو کې { $matches } مقاله
       *[other] په تېرو ۳۰ ورځو کې { $matches } مقالې
    }
rule-saved = قاعده خوندي شوه.
rule-added = قاعده زیاته شوه. پر نویو مقالو کار کوي؛ «اوس پلي کول» یې پر ساتل شویو مقالو پلي کوي.

## Accounts

accounts-title = حسابونه
accounts-hint = له هغه فیډ سرور سره همغږي شئ چې یې کاروئ (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux) د Google Reader API له لارې: ګډونونه، فولډرونه، لوستل شوې او ستوري لرونکې مقالې په هره وسیله کې یو شان پاتې کېږي. سرور خپل فیډونه راوړي؛ Broadsheet هر څه چې همغږي کړي د انټرنېټ پرته لوستلو لپاره ساتي، او ستوري لرونکې مقالې بشپړې.
accounts-folders-hint = په فولډرونو کې فولډرونه سرور ته د خپلې لارې په نوم د لیبلونو په توګه رسېږي، لکه «خبرونه/آسیا»، لکه څنګه چې یې نور همغږي اپونه لیکي.
accounts-list =
    .aria-label = حسابونه
accounts-add = حساب زیاتول…
    .aria-label = حساب زیاتول
account-keyring = ننوتل د سیسټم د پټنومونو په زېرمه کې ساتل شوي.
account-file = ننوتل په یوه فایل کې ساتل شوي چې یوازې تاسو یې لوستلی شئ: دا سیسټم د پټنومونو زېرمه نه لري.
account-refused = سرور نور ننوتل نه مني.
account-last-failed = وروستۍ همغږي ناکامه شوه: { $error }
account-synced-now = همدا اوس همغږي شو.
account-synced-ago = وروستۍ همغږي { $when } مخکې.
account-synced-on = وروستۍ همغږي { $when }.
account-not-synced = تر اوسه همغږي شوی نه دی.
account-local-feeds = { $count ->
        [one] { $count } فیډ، چې Broadsheet یې راوړي.
       *[other] { $count } فیډونه، چې Broadsheet یې راوړي.
    }
account-server-feeds = { $url } · { $count ->
        [one] { $count } فیډ
       *[other] { $count } فیډونه
    }
account-again = بیا ننوتل…
    .aria-label = بیا ننوتل: { $account }
account-remove = لرې کول…
    .aria-label = لرې کول: { $account }
account-add-title = حساب زیاتول
account-add-hint = د سرور API پټنوم وکاروئ (FreshRSS: Profile → API management)، نه هغه چې د هغې وېب پاڼې ته پرې ننوځئ. پټنوم یوازې یو ځل کارول کېږي: یوازې د سرور د ننوتلو نښه ساتل کېږي.
account-url = د سرور پته
account-user = کارن نوم
account-password = API پټنوم
account-move-local = زما { $count ->
        [one] { $count } ګډون
       *[other] { $count } ګډونونه
    } په دې کمپیوټر کې دې ته ولېږدوئ (فولډرونه پاتې کېږي)
account-submit = ننوتل او زیاتول
    .aria-label = ننوتل او زیاتول
account-signing-in = ننوتل کېږي…
account-added = { $account } زیات شو: د هغه Google Reader API په { $url } کې ځواب ورکوي. اوس همغږي کېږي.
account-sign-in = ننوتل
    .aria-label = ننوتل
account-sign-in-title = { $account } ته ننوتل
account-signed-in = ننوتلئ. اوس همغږي کېږي.
account-remove-confirm = لرې کول
    .aria-label = { $account } لرې کول
account-removed = { $account } لرې شو. { $count ->
        [one] { $count } نښه په دې کمپیوټر کې پاتې کېږي.
       *[other] { $count } نښې په دې کمپیوټر کې پاتې کېږي.
    }
account-remove-title = { $account } لرې شي؟
account-remove-hint = د هغه فیډونه او مقالې له دې کمپیوټر ځي؛ نښې یې بشپړې د «په دې کمپیوټر کې» لاندې پاتې کېږي. په سرور کې هېڅ نه بدلېږي.

## The tray and the system's own dialogs

tray-no-unread = هېڅ نالوستې مقاله نشته
tray-unread = { $count ->
        [one] { $shown } نالوستې مقاله
       *[other] { $shown } نالوستې مقالې
    }
tray-tooltip = Broadsheet: { $unread }
tray-show = Broadsheet ښودل
tray-refresh = تازه کول
tray-quit = وتل
dialog-export-bookmarks = نښې صادرول
dialog-import = ګډونونه راوړل
dialog-export = ګډونونه صادرول

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = په دې ډسکټاپ کې د سیسټم ټرې آیکن نشته: { $why }
app-cannot-open = کړکۍ پرانیستل نه شوه: { $why }

## The player

player =
    .aria-label = غږوونکی
player-play =
    .aria-label = غږول
    .title = غږول (l)
player-pause =
    .aria-label = درول
    .title = درول (l)
player-back =
    .aria-label = ۱۵ ثانیې شاته
    .title = ۱۵ ثانیې شاته ([)
player-on =
    .aria-label = ۳۰ ثانیې مخکې
    .title = ۳۰ ثانیې مخکې (])
player-position =
    .aria-label = ځای
player-speed =
    .aria-label = چټکتیا
player-speed-value = { $speed }×
player-volume =
    .aria-label = غږ
player-close =
    .aria-label = غږوونکی وتړه
    .title = غږوونکی وتړه
player-time-of = { $at } له { $duration }
player-time-left = { $left } پاتې
player-listen = اورېدل
player-watch = کتل
player-pause-episode = درول
player-played = اورېدل شوی
player-downloading = ښکته کېږي…
player-downloading-of = ښکته کېږي: له { $total } څخه { $done } مېګابایټه
player-downloading-so-far = ښکته کېږي: { $done } مېګابایټه
player-downloaded = ښکته شوی ({ $megabytes } مېګابایټه)
player-download = ښکته کول
player-remove = ښکته شوی لرې کړه
player-download-failed = ښکته نه شو: { $error }
player-not-downloaded-offline = ښکته شوی نه دی او شبکه نشته: کله چې شبکه راشي غږول کېږي.
player-cannot-play = دا خپرونه دلته نه غږول کېږي.

## The Listen view

listen-downloaded = ښکته شوې
listen-unplayed = نه اورېدل شوې
listen-downloading = د خپرونو ښکته کول: { $done } له { $total }
listen-none = تر اوسه خپرونه نشته: هغه فیډونه چې غږ یا ویډیو لري دلته یې لیست کوي.
listen-none-match = هېڅ خپرونه سمه نه ده.
listen-play =
    .aria-label = { $title } غږول
listen-pause =
    .aria-label = { $title } درول
listen-download =
    .aria-label = { $title } ښکته کول
listen-remove =
    .aria-label = د { $title } ښکته شوی لرې کول
