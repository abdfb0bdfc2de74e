### آنچه موتور Broadsheet دربارهٔ فیدها می‌گوید، به دری. پنجره و خط فرمان هر دو این‌ها را نشان می‌دهند.
###
### Glossary (واژه‌نامه): feed: فید؛ article: مقاله؛ server: سرور؛ failed: ناکام؛ new: نو
###
### HTTP و عدد پس از آن (HTTP 404) همان‌طور می‌مانند. $why و $error سخن خود سیستم یا فید است، به انگلیسی.

## What is wrong with a feed

state-gone = سرور می‌گوید فید دیگر نیست (HTTP 410): دیگر گرفته نمی‌شود
state-dead = بیش از شش ماه هیچ مقالهٔ نو نیامده
state-slow = کند: به‌طور میانگین در { $seconds } ثانیه پاسخ می‌دهد
state-moved = نشانی { $from } حالا به { $url } می‌رود: تازه شد
state-working = کار می‌کند

## A fetch's error

fetch-gone = سرور می‌گوید فید دیگر نیست (HTTP 410)
fetch-not-found = سرور می‌گوید در این نشانی فیدی نیست (HTTP 404)
fetch-refused = سرور از فرستادن فید سر باز می‌زند (HTTP { $code })
fetch-needs-login = فید نام کاربری و رمز عبور می‌خواهد
fetch-login-refused = سرور نام کاربری و رمز عبور فید را نپذیرفت
fetch-later = سرور می‌خواهد Broadsheet بعداً برگردد (HTTP 429)
fetch-trouble = سرور مشکل دارد (HTTP { $code })
fetch-http = سرور با HTTP { $code } پاسخ داد
fetch-not-a-feed = دیگر فید نیست: یک صفحهٔ ویب برمی‌گرداند
fetch-timeout = سرور در { $seconds } ثانیه پاسخ نداد
fetch-unreachable = به سرور نرسیدیم ({ $why })
fetch-broken = فید خراب است: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = فید را دوباره از سایتش پیدا کنید، یا اشتراک را لغو کنید. اگر سایت می‌گوید برگشته، دوباره کوشش کنید.
advice-dead = شاید دیگر نشر نمی‌کند یا جابه‌جا شده: فید را دوباره از سایتش پیدا کنید، یا اشتراک را لغو کنید.
advice-slow = تا ناکام نشده کاری لازم نیست؛ فیدهای دیگر منتظرش نمی‌مانند.
advice-moved = کاری لازم نیست: Broadsheet آن را در نشانی نویش دنبال می‌کند.
advice-find = فید را دوباره از سایتش پیدا کنید، نشانی را تغییر دهید، یا اشتراک را لغو کنید.
advice-wait = معمولاً می‌گذرد: Broadsheet بعداً دوباره کوشش می‌کند و هر بار بیشتر صبر می‌کند. اگر می‌دانید برگشته، همین حالا دوباره کوشش کنید.
advice-retry = همین حالا دوباره کوشش کنید، فید را دوباره از سایتش پیدا کنید، یا نشانی را تغییر دهید.
advice-sign-in = نام کاربری و رمز عبورش را در تنظیمات فید وارد کنید، یا اشتراک را لغو کنید.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count } مقالهٔ نو: { $titles }
notify-more = { $count } مقالهٔ دیگر با قاعده‌های شما خورد

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count } مقاله خوانده نشانی شد
undo-read = خوانده نشانی شد
undo-unread = ناخوانده نشانی شد
undo-bookmarked = نشانه شد
undo-unbookmarked = نشانه برداشته شد
undo-unsubscribed = اشتراک { $title } لغو شد
undo-folder-deleted = فولدر { $name } حذف شد
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = صفحه پردازش نشد
page-no-page = سرور هیچ صفحه‌ای نفرستاد
page-not-html = لینک به { $type } می‌رود، نه به یک صفحه
page-no-article-found = در صفحه هیچ مقاله‌ای پیدا نشد
page-extractor-failed = بیرون‌کشیدن متن از این صفحه ناکام شد
page-too-slow = خواندن صفحه بیشتر از { $seconds } ثانیه طول کشید
page-not-this-article = صفحه این مقاله نیست
page-not-this-article-titled = صفحه این مقاله نیست (عنوانش «{ $title }» است)
page-too-short = در صفحه مقاله‌ای نیست، فقط { $count } کلمه (دیوار ورود یا کوکی، یا گالری عکس؟)
page-links = صفحه فهرستی از لینک‌هاست، نه یک مقاله
page-short-lines = صفحه فهرستی از سطرهای کوتاه است (درازترینش { $count } کلمه دارد)، نه یک مقاله

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = مقالهٔ کامل بیرون کشیده نشد ({ $why }). این متنی است که فید با خود دارد.
reader-not-loaded = مقالهٔ کامل بار نشد ({ $why }). این متنی است که فید با خود دارد.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = شبکه می‌خواهد وارد شوید؛ همین که راه بدهد، مقاله‌های کامل و عکس‌ها گرفته می‌شوند.

## Why a fetch failed

net-timeout = سرور در { $seconds } ثانیه پاسخ نداد
net-unreachable = به سرور نرسیدیم ({ $why })
net-http = سرور با HTTP { $code } پاسخ داد
net-later = سرور می‌خواهد { $seconds } ثانیه صبر شود (HTTP { $code })
net-too-large = پاسخ از حد { $bytes } بایت بزرگ‌تر است
net-redirects = بیشتر از { $count } بار رجوع داده شد
net-redirect-loop = نشانی در { $url } دور خود می‌چرخد
net-bad-redirect = سرور رجوع می‌دهد ولی نمی‌گوید به کجا
net-unsupported = نشانی‌ای نیست که Broadsheet بتواند بگیرد: { $url }
net-needs-login = این فید نام کاربری و رمز عبور می‌خواهد
net-login-refused = سرور نام کاربری و رمز عبور این فید را نپذیرفت
net-other = خطای شبکه: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = سرور این نام کاربر و رمز را نپذیرفت (رمز API را به کار ببرید، نه رمز ویب‌سایت را)
sync-not-greader = در { $url } و در جاهایی که FreshRSS و Miniflux زیر این نشانی می‌گذارند، هیچ API گوگل ریدر پاسخ نمی‌دهد
sync-api-off = API سرور خاموش است (FreshRSS: تنظیمات ← تصدیق هویت ← اجازهٔ دسترسی API)
sync-sign-in-again = سرور دیگر این ورود را نمی‌پذیرد: دوباره وارد شوید
sync-network = به سرور نرسیدیم: { $why }
sync-tls = اتصال امن با سرور ناکام شد: { $why }
sync-server = سرور ناکام شد (HTTP { $code })
sync-garbage = پاسخ سرور خوانده نشد
sync-too-large = پاسخ سرور از { $bytes } بایت بزرگ‌تر است
sync-too-many = سرور در یک فهرست بیشتر از { $count } قلم می‌آورد؛ همگام‌سازی همان‌جا ایستاد
sync-no-secret = برای این حساب هیچ ورودی نگه داشته نشده: دوباره وارد شوید
sync-change-refused = سرور یک تغییر اشتراک را نپذیرفت (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = دیتابیس ناکام شد: { $why }
error-disk-full = دیسک پر است: از این گام چیزی ذخیره نشد و آنچه پیش‌تر ذخیره شده سالم است؛ کمی جا خالی کنید و دوباره کوشش کنید
error-read-only = فولدر داده‌ها فقط‌خواندنی است: Broadsheet آنچه را ذخیره شده نشان می‌دهد ولی چیزی ذخیره نمی‌کند ({ $why })
error-data-dir = فولدر داده‌های { $path } را نمی‌توان به کار برد: { $why }
error-no-data-dir = در این سیستم فولدر داده‌های کاربر نیست؛ ‎--data-dir را بدهید
error-schema-too-new = دیتابیس را یک Broadsheet تازه‌تر نوشته (ساختار { $found }، این نسخه تا { $known } را می‌شناسد)؛ برای باز کردنش Broadsheet را تازه کنید
error-other = { $why }
error-invalid-url = نشانی ویب درست نیست: { $url }
error-parse = فید خوانده نشد: { $why }
error-extract = مقاله‌ای بیرون کشیده نشد: { $why }
error-no-feed = در { $url } هیچ فیدی پیدا نشد
error-opml = فایل OPML خوانده نشد: { $why }
error-not-found = { $kind ->
        [feed] فید { $id } وجود ندارد
        [article] مقالهٔ { $id } وجود ندارد
        [folder] فولدر { $id } وجود ندارد
        [rule] قاعدهٔ { $id } وجود ندارد
        [account] حساب { $id } وجود ندارد
       *[other] { $kind } { $id } وجود ندارد
    }
error-export-format = قالب صادر کردن «{ $format }» شناخته نیست؛ html، markdown یا json را به کار ببرید
error-feed-has-address = فید { $id } همین حالا نشانی { $url } را دارد
error-undo-unreadable = یک گام واگردانی که خوانده نمی‌شود: { $why }
error-folder-name = فولدر به نام نیاز دارد
error-folder-too-deep = فولدرها حداکثر { $depth } سطح در هم می‌روند
error-folder-slash = نام فولدر نمی‌تواند / داشته باشد؛ / فولدرهای یک مسیر را جدا می‌کند
error-folder-exists = فولدری به نام «{ $name }» از قبل آنجاست
error-folder-into-itself = فولدر نمی‌تواند داخل خودش برود
error-local-account = حساب «روی این کمپیوتر» را نمی‌توان پاک کرد
error-not-an-image = عکس نیست (بایت‌هایش چیز دیگری می‌گویند)
error-not-media = صدا یا ویدیو نیست (بایت‌هایش چیز دیگری می‌گویند)
error-episodes-full = قسمت‌های دانلودشده بیشتر از { $megabytes } مگابایت مجاز جا می‌گیرند (تنظیم episodes_space_mb)
error-setting-number = { $key } باید عدد درست باشد، نه «{ $value }»
error-setting-choice = { $key } باید یکی از { $choices } باشد، نه «{ $value }»
error-setting-shortcuts = { $key } باید کارها را در JSON به کلیدها وصل کند، مثل {"{"}"next": "h"{"}"}، نه «{ $value }»
error-feed-login = یک نام کاربری (بدون دونقطه) و یک رمز عبور، هر یک در یک سطر و حداکثر ۱۰۰۰ حرف
error-user-agent = User-Agent یک سطر با حداکثر { $chars } حرف است
error-setting-unknown = تنظیم «{ $key }» شناخته نیست؛ شناخته‌ها: { $choices }
error-config-value = یک مقدار بدهید: broadsheet config { $key } VALUE
error-plain-304 = سرور به یک درخواست ساده با 304 پاسخ داد
error-cannot-read = { $path } خوانده نشد: { $why }
error-stories-line = سطر { $line } از { $path } یک مقاله نیست: { $why }
error-no-password = رمزی داده نشد
error-cannot-write = { $path } نوشته نشد: { $why }
error-offline = به { $url } نرسیدیم: شاید انترنت ندارید ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» چیزی نیست که قاعده بتواند بخواند (title، text، author، link، feed)
rule-bad-match = «{ $value }» یک نوع جور آمدن نیست (all، any، regex)
rule-bad-action = «{ $value }» کاری نیست که قاعده بتواند بکند (read، hide، bookmark، notify، no_full_text)
rule-no-fields = بگویید قاعده چه را می‌خواند (title، text، author، link یا feed)
rule-no-actions = بگویید قاعده چه می‌کند (read، hide، bookmark، notify یا no_full_text)
rule-no-pattern = قاعده چیزی برای جستجو ندارد
rule-pattern-too-long = الگو از { $bytes } بایت درازتر است
rule-regex-at = عبارت باقاعده در حرف { $at } درست نیست: { $why }
rule-regex-too-big = عبارت باقاعده بسیار بزرگ است
rule-regex-invalid = عبارت باقاعده درست نیست: { $why }
rule-says = { $fields } { $how ->
        [all] همهٔ کلمه‌های
        [any] یکی از کلمه‌های
       *[regex] جور با
    } «{ $pattern }» ← { $actions }
rule-says-field = { $field ->
        [title] عنوان
        [text] متن
        [author] نویسنده
        [link] لینک
       *[feed] فید
    }
rule-says-action = { $action ->
        [read] خوانده
        [hide] پنهان
        [bookmark] نشانه
        [notify] خبر دادن
       *[no_full_text] بدون مقالهٔ کامل
    }
rule-says-separator = {"، "}
