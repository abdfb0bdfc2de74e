### آنچه موتور Broadsheet دربارهٔ خوراک‌ها می‌گوید، به فارسی. پنجره و خط فرمان هر دو این‌ها را نشان می‌دهند.
###
### Glossary (واژه‌نامه): feed: خوراک؛ article: مطلب؛ server: کارساز
###
### HTTP و عدد پس از آن (HTTP 404) همان‌طور می‌مانند. $why و $error سخن خود سیستم یا خوراک است، به انگلیسی.

## What is wrong with a feed

state-gone = کارساز می‌گوید خوراک دیگر وجود ندارد (HTTP 410): دیگر دریافت نمی‌شود
state-dead = بیش از شش ماه هیچ مطلب جدیدی نیامده
state-slow = کند: به‌طور میانگین در { $seconds } ثانیه پاسخ می‌دهد
state-moved = نشانی { $from } اکنون به { $url } می‌رود: به‌روز شد
state-working = سالم

## A fetch's error

fetch-gone = کارساز می‌گوید خوراک دیگر وجود ندارد (HTTP 410)
fetch-not-found = کارساز می‌گوید در این نشانی خوراکی نیست (HTTP 404)
fetch-refused = کارساز از فرستادن خوراک خودداری می‌کند (HTTP { $code })
fetch-needs-login = خوراک نام کاربری و گذرواژه می‌خواهد
fetch-login-refused = کارساز نام کاربری و گذرواژهٔ خوراک را نپذیرفت
fetch-later = کارساز می‌خواهد Broadsheet بعداً برگردد (HTTP 429)
fetch-trouble = کارساز دچار مشکل است (HTTP { $code })
fetch-http = کارساز با HTTP { $code } پاسخ داد
fetch-not-a-feed = دیگر خوراک نیست: یک صفحهٔ وب برمی‌گرداند
fetch-timeout = کارساز در { $seconds } ثانیه پاسخ نداد
fetch-unreachable = دسترسی به کارساز ممکن نشد ({ $why })
fetch-broken = خوراک خراب است: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = خوراک را دوباره از سایتش پیدا کنید یا اشتراک را لغو کنید. اگر سایت می‌گوید برگشته، دوباره تلاش کنید.
advice-dead = شاید دیگر منتشر نمی‌کند یا جابه‌جا شده: خوراک را دوباره از سایتش پیدا کنید یا اشتراک را لغو کنید.
advice-slow = تا وقتی ناموفق نشده کاری لازم نیست؛ خوراک‌های دیگر منتظرش نمی‌مانند.
advice-moved = کاری لازم نیست: Broadsheet آن را در نشانی جدیدش دنبال می‌کند.
advice-find = خوراک را دوباره از سایتش پیدا کنید، نشانی را تغییر دهید یا اشتراک را لغو کنید.
advice-wait = معمولاً گذراست: Broadsheet بعداً دوباره تلاش می‌کند و هر بار بیشتر صبر می‌کند. اگر می‌دانید برگشته، همین حالا دوباره تلاش کنید.
advice-retry = همین حالا دوباره تلاش کنید، خوراک را دوباره از سایتش پیدا کنید یا نشانی را تغییر دهید.
advice-sign-in = نام کاربری و گذرواژه‌اش را در تنظیمات خوراک وارد کنید، یا اشتراک را لغو کنید.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count } مطلب جدید: { $titles }
notify-more = { $count } مطلب دیگر با قاعده‌های شما منطبق شد

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count } مطلب خوانده‌شده علامت خورد
undo-read = خوانده‌شده علامت خورد
undo-unread = خوانده‌نشده علامت خورد
undo-bookmarked = نشانک شد
undo-unbookmarked = نشانک برداشته شد
undo-unsubscribed = اشتراک { $title } لغو شد
undo-folder-deleted = پوشهٔ { $name } حذف شد
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = صفحه پردازش نشد
page-no-page = کارساز هیچ صفحه‌ای نفرستاد
page-not-html = پیوند به { $type } می‌رود، نه به یک صفحه
page-no-article-found = در صفحه هیچ مطلبی پیدا نشد
page-extractor-failed = استخراج متن از این صفحه شکست خورد
page-too-slow = خواندن صفحه بیش از { $seconds } ثانیه طول کشید
page-not-this-article = صفحه این مطلب نیست
page-not-this-article-titled = صفحه این مطلب نیست (عنوانش «{ $title }» است)
page-too-short = در صفحه مطلبی نیست، فقط { $count } واژه (دیوار ورود یا کوکی، یا گالری تصویر؟)
page-links = صفحه فهرستی از پیوندهاست، نه یک مطلب
page-short-lines = صفحه فهرستی از سطرهای کوتاه است (بلندترینش { $count } واژه دارد)، نه یک مطلب

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = متن کامل استخراج نشد ({ $why }). این متنی است که خوراک با خود دارد.
reader-not-loaded = متن کامل بارگیری نشد ({ $why }). این متنی است که خوراک با خود دارد.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = شبکه می‌خواهد وارد شوید؛ به محض این‌که اجازه دهد، متن‌های کامل و تصویرها دریافت می‌شوند.

## Why a fetch failed

net-timeout = کارساز در { $seconds } ثانیه پاسخ نداد
net-unreachable = دسترسی به کارساز ممکن نشد ({ $why })
net-http = کارساز با HTTP { $code } پاسخ داد
net-later = کارساز می‌خواهد { $seconds } ثانیه صبر شود (HTTP { $code })
net-too-large = پاسخ از سقف { $bytes } بایت بزرگ‌تر است
net-redirects = بیش از { $count } بار تغییر مسیر
net-redirect-loop = نشانی در { $url } در حلقه تغییر مسیر می‌دهد
net-bad-redirect = کارساز تغییر مسیر می‌دهد ولی نمی‌گوید به کجا
net-unsupported = نشانی‌ای نیست که Broadsheet بتواند دریافت کند: { $url }
net-needs-login = این خوراک نام کاربری و گذرواژه می‌خواهد
net-login-refused = کارساز نام کاربری و گذرواژهٔ این خوراک را نپذیرفت
net-other = خطای شبکه: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = کارساز این نام کاربری و گذرواژه را نپذیرفت (از گذرواژهٔ API استفاده کنید، نه گذرواژهٔ وب)
sync-not-greader = در { $url } و در جاهایی که FreshRSS و Miniflux زیر این نشانی می‌گذارند، هیچ API گوگل ریدری پاسخ نمی‌دهد
sync-api-off = API کارساز خاموش است (FreshRSS: تنظیمات ← احراز هویت ← اجازهٔ دسترسی API)
sync-sign-in-again = کارساز دیگر این ورود را نمی‌پذیرد: دوباره وارد شوید
sync-network = دسترسی به کارساز ممکن نشد: { $why }
sync-tls = اتصال امن به کارساز شکست خورد: { $why }
sync-server = کارساز با خطا روبه‌رو شد (HTTP { $code })
sync-garbage = پاسخ کارساز خوانده نشد
sync-too-large = پاسخ کارساز از { $bytes } بایت بزرگ‌تر است
sync-too-many = کارساز در یک فهرست بیش از { $count } مورد می‌آورد؛ همگام‌سازی همان‌جا متوقف شد
sync-no-secret = برای این حساب هیچ ورودی نگه‌داری نشده: دوباره وارد شوید
sync-change-refused = کارساز یک تغییر اشتراک را نپذیرفت (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = پایگاه داده با خطا روبه‌رو شد: { $why }
error-disk-full = دیسک پر است: از این مرحله چیزی ذخیره نشد و آنچه پیش‌تر ذخیره شده سالم است؛ کمی فضا آزاد کنید و دوباره تلاش کنید
error-read-only = پوشهٔ داده‌ها فقط‌خواندنی است: Broadsheet آنچه ذخیره شده را نشان می‌دهد ولی چیزی ذخیره نمی‌کند ({ $why })
error-data-dir = نمی‌توان از پوشهٔ داده‌های { $path } استفاده کرد: { $why }
error-no-data-dir = در این سیستم پوشهٔ داده‌های کاربر نیست؛ ‎--data-dir را بدهید
error-schema-too-new = پایگاه داده را Broadsheet جدیدتری نوشته (طرح { $found }، این نسخه تا { $known } را می‌شناسد)؛ برای باز کردنش Broadsheet را به‌روز کنید
error-other = { $why }
error-invalid-url = نشانی وب معتبر نیست: { $url }
error-parse = خوراک خوانده نشد: { $why }
error-extract = مطلبی استخراج نشد: { $why }
error-no-feed = در { $url } هیچ خوراکی پیدا نشد
error-opml = پروندهٔ OPML خوانده نشد: { $why }
error-not-found = { $kind ->
        [feed] خوراک { $id } وجود ندارد
        [article] مطلب { $id } وجود ندارد
        [folder] پوشهٔ { $id } وجود ندارد
        [rule] قاعدهٔ { $id } وجود ندارد
        [account] حساب { $id } وجود ندارد
       *[other] { $kind } { $id } وجود ندارد
    }
error-export-format = قالب برون‌بری «{ $format }» ناشناخته است؛ از html، markdown یا json استفاده کنید
error-feed-has-address = خوراک { $id } همین حالا نشانی { $url } را دارد
error-undo-unreadable = یک گام واگرد که خوانده نمی‌شود: { $why }
error-folder-name = پوشه به نام نیاز دارد
error-folder-too-deep = پوشه‌ها حداکثر { $depth } سطح در هم می‌روند
error-folder-slash = نام پوشه نمی‌تواند / داشته باشد؛ / پوشه‌های یک مسیر را جدا می‌کند
error-folder-exists = پوشه‌ای به نام «{ $name }» از قبل آنجاست
error-folder-into-itself = پوشه نمی‌تواند داخل خودش برود
error-local-account = حساب «روی این رایانه» را نمی‌توان حذف کرد
error-not-an-image = تصویر نیست (بایت‌هایش چیز دیگری می‌گویند)
error-not-media = صدا یا ویدیو نیست (بایت‌هایش چیز دیگری می‌گویند)
error-episodes-full = قسمت‌های دانلودشده بیش از { $megabytes } مگابایت مجاز جا می‌گیرند (تنظیم episodes_space_mb)
error-setting-number = { $key } باید عدد صحیح باشد، نه «{ $value }»
error-setting-choice = { $key } باید یکی از { $choices } باشد، نه «{ $value }»
error-setting-shortcuts = { $key } باید کارها را در JSON به کلیدها نسبت دهد، مانند {"{"}"next": "h"{"}"}، نه «{ $value }»
error-feed-login = یک نام کاربری (بدون دونقطه) و یک گذرواژه، هر یک در یک سطر و حداکثر ۱۰۰۰ نویسه
error-user-agent = User-Agent یک سطر با حداکثر { $chars } نویسه است
error-setting-unknown = تنظیم «{ $key }» ناشناخته است؛ شناخته‌ها: { $choices }
error-config-value = یک مقدار بدهید: broadsheet config { $key } VALUE
error-plain-304 = کارساز به یک درخواست ساده با 304 پاسخ داد
error-cannot-read = { $path } خوانده نشد: { $why }
error-stories-line = سطر { $line } از { $path } یک مطلب نیست: { $why }
error-no-password = گذرواژه‌ای داده نشد
error-cannot-write = { $path } نوشته نشد: { $why }
error-offline = دسترسی به { $url } ممکن نشد: شاید به اینترنت وصل نیستید ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» چیزی نیست که قاعده بتواند بخواند (title، text، author، link، feed)
rule-bad-match = «{ $value }» نوعی تطبیق نیست (all، any، regex)
rule-bad-action = «{ $value }» کاری نیست که قاعده بتواند بکند (read، hide، bookmark، notify، no_full_text)
rule-no-fields = بگویید قاعده چه چیزی را می‌خواند (title، text، author، link یا feed)
rule-no-actions = بگویید قاعده چه می‌کند (read، hide، bookmark، notify یا no_full_text)
rule-no-pattern = قاعده چیزی برای جستجو ندارد
rule-pattern-too-long = الگو از { $bytes } بایت بلندتر است
rule-regex-at = عبارت باقاعده در نویسهٔ { $at } معتبر نیست: { $why }
rule-regex-too-big = عبارت باقاعده بیش از حد بزرگ است
rule-regex-invalid = عبارت باقاعده معتبر نیست: { $why }
rule-says = { $fields } { $how ->
        [all] همهٔ واژه‌های
        [any] یکی از واژه‌های
       *[regex] منطبق با
    } «{ $pattern }» ← { $actions }
rule-says-field = { $field ->
        [title] عنوان
        [text] متن
        [author] نویسنده
        [link] پیوند
       *[feed] خوراک
    }
rule-says-action = { $action ->
        [read] خوانده
        [hide] پنهان
        [bookmark] نشانک
        [notify] آگاه‌سازی
       *[no_full_text] بدون متن کامل
    }
rule-says-separator = {"، "}
