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
