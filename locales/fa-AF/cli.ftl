### برنامهٔ خط فرمان Broadsheet، به دری (افغانستان).
###
### Glossary (واژه‌نامه): کلمه‌هایی که این فهرست برای چیزهای خواننده به کار می‌برد، همه‌جا یکسان.
###   feed: فید (ج. فیدها)
###   article: مقاله (ج. مقاله‌ها)
###   bookmark: نشانه (ج. نشانه‌ها)؛ «نشانه شد»، «نشانه‌دار»
###   refresh: تازه کردن
###   folder: فولدر (ج. فولدرها)
###   full article: مقالهٔ کامل (صفحهٔ خود مقاله، برای خواندن بدون انترنت نگه داشته‌شده)
###   unread: ناخوانده
###   new: نو (نه «جدید»)؛ failed: ناکام؛ database: دیتابیس؛ image: عکس
###
### دری است، نه فارسی ایران: «نو»، «فولدر»، «انترنت»، «ناکام». پس از عدد، نام مفرد می‌آید.
### فرمان‌ها، گزینه‌ها و مقدارها (`broadsheet undo 3`، VALUE) انگلیسی می‌مانند: تایپ می‌شوند.

## broadsheet add

cli-subscribed = مشترک { $title } ({ $url }) شدید، فید { $feed }: { $articles } مقاله
cli-already-subscribed = از پیش مشترک { $title } هستید (فید { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = { $feeds } فید در { $folders } فولدر وارد شد؛ { $duplicates } فیدِ از پیش مشترک و { $invalid } فیدِ نادرست کنار گذاشته شد
cli-imported-rules = { $rules } قاعده وارد شد ({ $skipped } کنار گذاشته شد: فید مشترک نیست یا قاعده درست نیست)
cli-wrote = در { $path } نوشته شد
cli-wrote-bookmarks = { $count } نشانه در { $path } نوشته شد

## broadsheet full-text, notify

# $on یا "yes" است یا "no"؛ $mode یکی از "auto"، "always" یا "never"
cli-full-text-set = فید { $feed }: مقاله‌های کامل { $on ->
        [yes] دانلود می‌شوند
       *[no] دانلود نمی‌شوند
    } ({ $mode ->
        [auto] خودکار
        [always] همیشه
       *[never] هرگز
    })
cli-notify-set = فید { $feed }: برای مقاله‌های نو { $on ->
        [yes] اطلاعیه نشان داده می‌شود
       *[no] اطلاعیه نشان داده نمی‌شود
    }

## broadsheet storage

# $database، $images و $bookmarks اندازه به MiB با یک رقم اعشاری
cli-storage = دیتابیس: { $database } MiB ({ $full } مقالهٔ کامل)
    عکس‌ها: { $files } فایل، { $images } MiB ({ $bookmarks } MiB از نشانه‌ها)
    در { $dir }
cli-storage-episodes = برنامه‌ها: { $files } فایل، { $size } MiB ({ $bookmarks } MiB از نشانه‌ها)
cli-images-removed = { $count } عکس پاک شد

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } ناخوانده از { $total }
cli-feed-failing = { $error } ({ $times } بار ناکام شد)
cli-renamed = نام فید { $feed } حالا «{ $title }» است
cli-moved-into = { $title } به فولدر { $folder } برده شد
cli-moved-out = { $title } از فولدرها بیرون شد
cli-folder-made = فولدر { $path } ساخته شد (شمارهٔ { $id })
cli-folder-now = فولدر حالا { $path } است
cli-unsubscribed-keeping = { $label }؛ { $count } مقالهٔ نشانه‌دارِ آن در «نشانه‌ها» می‌ماند
cli-undo-within = برای برگرداندن (تا { $minutes } دقیقه): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = هیچ مقاله‌ای پیدا نشد.
cli-undo = برای برگرداندن: broadsheet undo { $step }
cli-nothing-to-mark-read = چیزی نیست که خوانده‌شده نشانی شود
cli-marked-unread = مقالهٔ { $id } ناخوانده نشانی شد
cli-bookmarked = «{ $title }» نشانه شد
cli-bookmark-removed = نشانه از «{ $title }» برداشته شد
cli-bookmarked-not-offline = نشانه شد، اما برای خواندن بدون انترنت نگه داشته نشد: { $error }

## broadsheet stats, purge

cli-stats = { $feeds } فید در { $folders } فولدر ({ $failing } ناکام)
    { $articles } مقاله، { $unread } ناخوانده، { $bookmarked } نشانه‌دار
    دیتابیس: { $size } MiB در { $path }
cli-purged = { $count } مقالهٔ خوانده‌شدهٔ کهنه‌تر از { $days } روز پاک شد

## broadsheet refresh, sync

cli-feed-new = فید { $feed }: { $count } نو
cli-feed-failed = فید { $feed } ناکام شد: { $error } ({ $url })
cli-account-synced = حساب { $account }: { $new } مقالهٔ نو، { $sent } تغییر فرستاده شد، { $states } حالت خواندن و { $stars } ستاره این‌جا تغییر کرد، { $requests } درخواست در { $ms } میلی‌ثانیه
cli-account-failed = حساب { $account } ناکام شد: { $error }
cli-refreshed = { $feeds } فید در { $ms } میلی‌ثانیه تازه شد: { $new } مقالهٔ نو؛ { $changed } تغییر کرد، { $unchanged } بی‌تغییر، { $failed } ناکام
cli-synced = { $accounts } حساب همگام شد: { $new } مقالهٔ نو، { $failed } ناکام
cli-no-accounts = هیچ حسابِ سرور فید برای همگام‌سازی نیست: با `broadsheet account add greader URL --user NAME` یکی را اضافه کنید
cli-offline = برای خواندن بدون انترنت در { $ms } میلی‌ثانیه: { $full } مقالهٔ کامل ({ $full_failed } ناکام)، { $images } عکس ({ $size } MiB، { $images_failed } رد یا ناکام)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = هیچ اشتراکی نیست.
cli-episodes-none = قسمتی نیست: هنوز هیچ فیدی صدا یا ویدیو پیوست نکرده است.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = و { $count } منبع دیگر: { $sources }
cli-episode-audio = صدا
cli-episode-video = ویدیو
cli-episode-downloaded = دانلودشده، { $megabytes } میگابایت
cli-episode-saved = برای شنیدن بدون انترنت ذخیره شد ({ $megabytes } میگابایت): { $path }
cli-episode-played = شنیده شد
cli-episode-downloads-never = خبرنامهٔ { $feed }: برنامه‌هایش تنها وقتی بخواهید دانلود می‌شوند (broadsheet download ID).
cli-episode-downloads-every = خبرنامهٔ { $feed }: هر برنامهٔ تازه پس از هر تازه‌سازی دانلود می‌شود.
cli-episode-downloads-latest = خبرنامهٔ { $feed }: { $count } برنامهٔ آخر پس از هر تازه‌سازی دانلود می‌شود.
cli-health-state = { $state ->
        [failing] ناکام
        [gone] رفته
        [dead] خاموش
        [slow] کند
        [moved] جابه‌جا
       *[fine] سالم
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } از { $date }: { $headline }
cli-health-per-week = { $count } مقاله در هفته
cli-health-last-worked = آخرین کار { $date }
cli-health-last-new = آخرین مقالهٔ نو { $date }
cli-health-answers = پاسخ در { $ms } میلی‌ثانیه
cli-health-size = { $kib } KiB
cli-health-failed = { $count } بار پیاپی ناکام
cli-set-url = فید { $feed } حالا از { $url } می‌آید؛ `broadsheet refresh { $feed }` همین حالا آن را می‌گیرد
cli-rediscovered = فید { $feed } دوباره پیدا شد: { $url } (پیش‌تر { $before })
cli-rediscover-same = فید { $feed }: سایتش هنوز { $url } را نام می‌برد؛ دوباره کوشش می‌شود

## broadsheet account

cli-account-added = حساب { $id } افزوده شد: { $name } (ورود در { $place ->
        [keyring] انبار رمزهای سیستم
       *[file] فایلی که تنها شما می‌توانید بخوانید (این‌جا انبار رمز نیست)
    } نگه داشته شد)
cli-account-moved = { $count } اشتراک به آن برده شد؛ در همگام‌سازی بعدی به سرور می‌رسند
cli-account-sync-hint = برای گرفتن اشتراک‌ها و مقاله‌هایش `broadsheet sync` را اجرا کنید
cli-account-api-at = API گوگل ریدرِ آن در { $url } پاسخ می‌دهد
cli-account-feeds = { $count } فید
cli-account-server = { $url }، ورود در { $place ->
        [keyring] انبار رمزهای سیستم
       *[file] فایلی که تنها شما می‌توانید بخوانید (این‌جا انبار رمز نیست)
    } نگه داشته شده
cli-account-refused = سرور ورود را نپذیرفت: `broadsheet account sign-in ID`
cli-account-last-failed = آخرین همگام‌سازی ناکام شد: { $error }
cli-account-removed = حساب { $id } حذف شد: { $feeds } فید؛ { $bookmarks } نشانه در «روی این کمپیوتر» ماند
cli-account-signed-in = دوباره به { $name } وارد شدید

## broadsheet rule, undo

cli-rule-added = قاعدهٔ { $id }: { $rule }
    روی مقاله‌های نو کار می‌کند؛ `broadsheet rule apply { $id }` آن را روی مقاله‌های نگه‌داشته‌شده اجرا می‌کند.
cli-rules-none = هیچ قاعده‌ای نیست.
cli-rule-line = قاعدهٔ { $id }: { $rule }
cli-rule-line-off = قاعدهٔ { $id } (خاموش): { $rule }
cli-rule-in-feed = (در فید { $id }، { $title })
cli-rule-in-feed-id = (در فید { $id })
cli-rule-in-folder = (در فولدر { $folder })
cli-rule-test = قاعدهٔ { $id } با { $matches } از { $looked } مقالهٔ { $days } روز گذشته می‌خورد
cli-rule-applied = قاعدهٔ { $id } با { $count } مقاله خورد
cli-rule-set = قاعدهٔ { $id } { $on ->
        [yes] روشن است
       *[no] خاموش است
    }
cli-rules-order = قاعده‌ها حالا به این ترتیب اجرا می‌شوند: { $order }
cli-rule-removed = قاعدهٔ { $id } حذف شد
cli-rule-removed-unhidden = قاعدهٔ { $id } حذف شد؛ { $count } مقاله به فهرست‌ها برگشت
cli-article-unhidden = مقالهٔ { $id } به فهرست‌ها برگشت
cli-undone = برگردانده شد: { $step }
cli-undo-gone = کار { $id } دیگر برگرداندنی نیست (یا هرگز نبوده)
cli-undo-nothing = چیزی برای برگرداندن نیست

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = طرز استفاده:
help-commands = فرمان‌ها
help-options = گزینه‌ها
help-arguments = آرگومان‌ها
help-flag-help = نشان دادن رهنما
help-flag-version = نشان دادن نسخه
# after an option: the value it takes when none is given, and the values it takes
help-default = پیش‌فرض: { $value }
help-values = مقدارهای ممکن: { $values }
help-cmd-help = نشان دادن این پیام یا رهنمای فرمان داده‌شده
help-about = خبرخوان تیز که بدون انترنت هم کار می‌کند. بدون فرمان، پنجره را باز می‌کند.
help-arg-data-dir = جای دیتابیس (پیش‌فرض: BROADSHEET_DATA_DIR، ورنه فولدر داده‌های کاربر در سیستم)
help-arg-json = خروجی برای پروگرام‌ها: یک سند JSON (یا سطرهای JSON برای پیشرفت refresh)
help-arg-lang = زبان (fa-AF، ps، ar، fa، fr، es، ru، zh-CN، en؛ پیش‌فرض: زبان سیستم)
help-arg-timeout = چند ثانیه گرفتن یک چیز، با وصل شدن، طول کشیده می‌تواند
help-cmd-add = مشترک شدن در نشانی یک فید یا فید یک ویب‌سایت
help-arg-add-url = نشانی فید، یا نشانی ویب‌سایت
help-arg-add-folder = گذاشتنش در این فولدر، با مسیری مثل خبرها/آسیا (اگر نباشد ساخته می‌شود)
help-arg-add-account = در این حساب سرور فید (در همگام‌سازی بعدی به سرور فرستاده می‌شود)
help-cmd-import = وارد کردن اشتراک‌ها از یک فایل OPML
help-arg-import-file = فایل OPML
help-cmd-export = صادر کردن اشتراک‌ها به OPML (در FILE، یا خروجی معیاری)
help-arg-export-file = جای نوشتن (پیش‌فرض: خروجی معیاری)
help-cmd-refresh = گرفتن مقاله‌های نو (همهٔ فیدها، یا فیدهای داده‌شده)
help-arg-refresh-due = فقط فیدهایی که وقت تازه کردن‌شان رسیده
help-arg-refresh-no-offline = نگرفتن مقاله‌های کامل و عکس‌ها برای خواندن بدون انترنت
help-arg-refresh-feed-ids = فیدهایی که تازه شوند (پیش‌فرض: همه)
help-cmd-sync = همگام‌سازی حساب‌های سرور فید (همه، یا یکی) بدون گرفتن فیدهای محلی
help-arg-sync-account = حسابی که همگام شود (پیش‌فرض: همه)
help-arg-sync-no-offline = نگرفتن مقاله‌های کامل و عکس‌ها برای خواندن بدون انترنت
help-cmd-account = حساب‌های سرور فید (FreshRSS، Miniflux و… با API گوگل ریدر)
help-cmd-account-add = وارد شدن به یک سرور و افزودنش به‌حیث حساب
help-arg-account-add-kind = API سرور: greader، یعنی API گوگل ریدر (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux)
help-arg-account-add-url = نشانی سرور، نشانی صفحهٔ ویب آن یا نشانی API آن (FreshRSS: ‏https://host/api/greader.php؛ Miniflux: ‏https://host)
help-arg-account-add-user = نام کاربر روی سرور
help-arg-account-add-password-stdin = خواندن رمز (API) از ورودی معیاری به‌جای پرسیدن
help-arg-account-add-move-local = بردن اشتراک‌های «روی این کمپیوتر» به آن (با فولدرها)
help-cmd-account-list = فهرست حساب‌ها
help-cmd-account-remove = پاک کردن یک حساب: مقاله‌هایش می‌روند، نشانه‌هایش می‌مانند (در «روی این کمپیوتر»)
help-arg-account-remove-id = نمبر حساب (ببینید `broadsheet account list`)
help-cmd-account-sign-in = دوباره وارد شدن (پس از آن‌که سرور ورود نگه‌داشته را نپذیرفت)
help-arg-account-sign-in-id = نمبر حساب (ببینید `broadsheet account list`)
help-arg-account-sign-in-password-stdin = خواندن رمز (API) از ورودی معیاری به‌جای پرسیدن
help-cmd-full-text = «گرفتن مقاله‌های کامل» برای یک فید: auto (وقتی فقط خلاصه دارد)، always، never
help-arg-full-text-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-full-text-mode = چه وقت مقاله‌های کاملش گرفته شوند
help-cmd-notify = اطلاعیه‌های دسکتاپ برای مقاله‌های نوی یک فید (با تازه کردن‌های پنجره نشان داده می‌شوند)
help-arg-notify-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-notify-state = اطلاعیه‌ها روشن یا خاموش
help-cmd-export-bookmarks = صادر کردن نشانه‌ها: یک فایل HTML مستقل (با عکس‌ها)، Markdown یا JSON
help-arg-export-bookmarks-file = جای نوشتن (پیش‌فرض: خروجی معیاری)
help-arg-export-bookmarks-format = html، markdown یا json (پیش‌فرض: از پسوند فایل، ورنه html)
help-cmd-storage = جای گرفته‌شده توسط مقاله‌ها و عکس‌های ذخیره‌شده؛ ‎--clean عکس‌ها را پاک می‌کند
help-arg-storage-clean = پاک کردن عکس‌های ذخیره‌شده: read (عکس‌های مقاله‌های خوانده؛ نشانه‌ها عکس‌های خود را نگه می‌دارند) یا all-but-bookmarks (همه به‌جز عکس‌های نشانه‌ها)
help-cmd-feeds = فهرست اشتراک‌ها با شمار ناخوانده‌ها و خطاها (‎--health: بر اساس مشکل، با راه چاره)
help-arg-feeds-health = صحت فیدها: ناکام، از بین رفته، مرده، کند، جابه‌جا شده؛ بدترین اول
help-cmd-set-url = تغییر نشانی یک فید (از این پس از آن‌جا گرفته می‌شود)
help-arg-set-url-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-set-url-url = نشانی نویش
help-cmd-rediscover = پیدا کردن دوبارهٔ فید از ویب‌سایتش و بردن اشتراک به آنچه پیدا شد
help-arg-rediscover-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-cmd-folders = فهرست فولدرها
help-cmd-folder = ساختن، تغییر نام، جابه‌جا کردن و حذف فولدرها (فولدر در فولدر، حداکثر ۸ سطح)
help-cmd-folder-add = ساختن فولدر و فولدرهای بالای آن که نیستند («خبرها/آسیا»)
help-arg-folder-add-path = مسیر فولدر: نام‌ها از بالا، جدا شده با /
help-cmd-folder-rename = تغییر نام فولدر (در جایش می‌ماند)
help-arg-folder-rename-folder-id = شمارهٔ فولدر (ببینید `broadsheet folders`)
help-arg-folder-rename-name = نام نوی آن (بدون /)
help-cmd-folder-move = جابه‌جا کردن فولدر با هر چه در آن است به فولدر دیگر (بدون مسیر: به بالاترین سطح)
help-arg-folder-move-folder-id = شمارهٔ فولدر (ببینید `broadsheet folders`)
help-arg-folder-move-into = فولدری که به آن می‌رود، با مسیرش (اگر نباشد ساخته می‌شود)
help-cmd-folder-delete = حذف فولدر: هر چه در آن است یک سطح بالا می‌رود و هیچ اشتراکی لغو نمی‌شود
help-arg-folder-delete-folder-id = شمارهٔ فولدر (ببینید `broadsheet folders`)
help-cmd-rename = تغییر نام یک فید (بدون عنوان: برگشت به نام خود فید)
help-arg-rename-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-rename-title = نام نویش
help-cmd-move = بردن یک فید به یک فولدر (بدون فولدر: بیرون از همهٔ فولدرها)
help-arg-move-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-move-folder = فولدر، با مسیری مثل خبرها/آسیا (اگر نباشد ساخته می‌شود)
help-cmd-remove = لغو اشتراک؛ مقاله‌های نشانه‌دار نگه داشته می‌شوند
help-arg-remove-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-cmd-list = فهرست مقاله‌ها، نوترین اول
help-arg-list-view = کدام مقاله‌ها
help-arg-list-feed = فقط مقاله‌های این فید
help-arg-list-folder = فقط مقاله‌های این فولدر (مسیری مثل خبرها/آسیا) و فولدرهای درونش
help-arg-list-unread = فقط مقاله‌های ناخوانده
help-arg-list-oldest-first = اول کهنه‌ترین‌ها
help-arg-list-grouped = یک خبر از چند منبع در یک سطر: نخستین گزارش آن، با نام منبع‌های دیگر
help-arg-list-limit = حد اکثر این‌قدر
help-cmd-search = جستجوی متن کامل در عنوان‌ها، نویسنده‌ها و متن
help-arg-search-query = کلمه‌هایی که جستجو شوند
help-arg-search-limit = حد اکثر این‌قدر
help-arg-search-hidden = پیدا کردن مقاله‌هایی که یک قاعده پنهان کرده نیز
help-cmd-read = نشان دادن یک مقاله و خوانده نشانی کردنش (‎--unread ناخوانده؛ ‎--all یک نما را خوانده می‌کند)
help-arg-read-article-id = نمبر مقاله (ببینید `broadsheet list`)
help-arg-read-unread = به‌جایش ناخوانده نشانی کن
help-arg-read-all = همهٔ مقاله‌ها را خوانده نشانی کن (از ‎--feed، اگر داده شود)
help-arg-read-feed = با ‎--all: فقط مقاله‌های این فید
help-cmd-bookmark = نشانه کردن یک مقاله (‎--remove برای برداشتن نشانه)
help-arg-bookmark-article-id = نمبر مقاله (ببینید `broadsheet list`)
help-arg-bookmark-remove = برداشتن نشانه
help-cmd-stats = شمارها و اندازهٔ دیتابیس
help-cmd-config = نشان دادن تنظیمات، یا تغییر یکی: config KEY VALUE
help-arg-config-key = نام تنظیم
help-arg-config-value = مقدار نویش
help-cmd-purge = اجرای مدت نگه‌داری همین حالا: پاک کردن مقاله‌های خواندهٔ کهنه (هرگز نشانه‌ها)
help-cmd-undo = برگرداندن گام آخر (خوانده کردن، نشانه‌ها، لغو اشتراک)، یا گام STEP
help-arg-undo-step = نمبر گام (پیش‌فرض: آخرین)
help-cmd-rule = قاعده‌هایی که مقاله‌های نو را خوانده، پنهان یا نشانه‌دار می‌کنند یا خبر می‌دهند
help-cmd-rule-add = افزودن یک قاعده؛ از تازه کردن بعدی روی مقاله‌های نو کار می‌کند (برای نگه‌داشته‌شده‌ها `rule apply`)
help-arg-rule-add-when = آنچه می‌خواند، جدا با کامه: title، text، author، link، feed
help-arg-rule-add-matches = کلمه‌هایی که جستجو شوند (هر کدام، مگر با ‎--all)، یا یک عبارت با ‎--regex
help-arg-rule-add-all = هر کلمه باید بیاید
help-arg-rule-add-regex = TEXT یک عبارت باقاعده است
help-arg-rule-add-case-sensitive = حساس به حروف کلان و خورد
help-arg-rule-add-then = آنچه می‌کند، جدا با کامه: read، hide، bookmark، notify، no-full-text
help-arg-rule-add-feed = فقط در این فید
help-arg-rule-add-folder = فقط در این فولدر (مسیری مثل خبرها/آسیا) و فولدرهای درونش
help-cmd-rule-list = فهرست قاعده‌ها به ترتیب اجرا
help-cmd-rule-test = نشان دادن مقاله‌های نگه‌داشتهٔ ۳۰ روز گذشته که یک قاعده با آن‌ها جور می‌آید (چیزی را تغییر نمی‌دهد)
help-arg-rule-test-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-cmd-rule-apply = اجرای یک قاعده روی همهٔ مقاله‌های نگه‌داشته همین حالا
help-arg-rule-apply-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-cmd-rule-enable = روشن کردن یک قاعده
help-arg-rule-enable-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-cmd-rule-disable = خاموش کردن یک قاعده (می‌ماند، و کاری نمی‌کند)
help-arg-rule-disable-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-cmd-rule-move = بردن یک قاعده به جایی در ترتیب (۱ = اول)
help-arg-rule-move-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-arg-rule-move-to = جای نویش
help-cmd-rule-remove = پاک کردن یک قاعده (آنچه با مقاله‌ها کرده می‌ماند، مگر با ‎--unhide)
help-arg-rule-remove-id = نمبر قاعده (ببینید `broadsheet rule list`)
help-arg-rule-remove-unhide = دوباره نشان دادن مقاله‌هایی که پنهان کرده در فهرست‌ها
help-cmd-rule-unhide = دوباره نشان دادن مقاله‌ای که یک قاعده پنهان کرده در فهرست‌ها
help-arg-rule-unhide-article-id = نمبر مقاله (ببینید `broadsheet search --hidden`)
help-cmd-extract = چاپ آنچه خواننده برای صفحهٔ یک مقاله نشان می‌دهد (یک فایل یا یک URL)
help-arg-extract-source = یک فایل HTML ذخیره‌شده، یا نشانی http(s) برای گرفتن
help-arg-extract-base-url = نشانی صفحه، برای حل لینک‌های نسبی‌اش (پیش‌فرض: URL گرفته‌شده)
help-cmd-stories = گروه‌بندی مقاله‌های یک فایل (سطرهای JSON) در خبرها، همان‌گونه که فهرست‌ها می‌کنند؛ شناسه و گروه را چاپ می‌کند
help-arg-stories-file = در هر سطر یک شیء JSON: id، title، text، و اگر معلوم باشد date و source
help-cmd-episodes = فهرست صدا و ویدیویی که فیدها به مقاله‌های شان پیوست می‌کنند، تازه‌ترین اول
help-arg-episodes-feed = فقط از این فید
help-arg-episodes-downloaded = فقط آن‌هایی که برای شنیدن بدون انترنت دانلود شده‌اند
help-cmd-download = قسمت صوتی یا تصویری یک مقاله را برای شنیدن بدون انترنت دانلود می‌کند (دانلود نیمه‌کاره از همان‌جا ادامه پیدا می‌کند)
help-arg-download-article-id = نمبر مقاله (ببینید `broadsheet episodes`)
help-cmd-episode-downloads = کدام برنامه‌های یک خبرنامه پس از هر تازه‌سازی دانلود شوند
help-arg-episode-downloads-feed-id = شمارهٔ خبرنامه
help-arg-episode-downloads-choice = never، every (هر برنامهٔ تازه) یا یک عدد: N برنامهٔ آخر

## A feed's sign-in and User-Agent
cli-api-password-prompt = رمز API:
cli-password-prompt = رمز:
cli-feed-sign-in-kept = فید { $feed } با نام { $user } وارد می‌شود
cli-feed-sign-in-forgotten = فید { $feed } دیگر وارد نمی‌شود
cli-feed-user-agent = فید { $feed } با «{ $agent }» درخواست می‌شود
cli-feed-user-agent-browser = فید { $feed } مانند یک مرورگر ویب درخواست می‌شود
cli-feed-user-agent-own = فید { $feed } با نام Broadsheet درخواست می‌شود
help-cmd-feed-sign-in = ورود یک فید (HTTP basic یا digest): تنظیم یا فراموش کردن
help-arg-feed-sign-in-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-feed-sign-in-user = نام کاربر برای ورود
help-arg-feed-sign-in-password-stdin = خواندن رمز از ورودی معیاری به‌جای پرسیدن
help-arg-feed-sign-in-forget = فراموش کردن ورود (رمز از ذخیرهٔ اعتبارنامه‌ها بیرون می‌شود)
help-cmd-user-agent = User-Agent یک فید: یک متن، ‎--browser، یا هیچ‌کدام برای User-Agent خود Broadsheet
help-arg-user-agent-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-user-agent-value = User-Agent فرستادنی
help-arg-user-agent-browser = معرفی به حیث مرورگر ویب (برای سرورهایی که مشتری‌های ناشناس را نمی‌پذیرند)
help-arg-add-user = ورود به فید با این نام کاربر (HTTP basic یا digest)
help-arg-add-password-stdin = خواندن رمز فید از ورودی معیاری به‌جای پرسیدن
help-arg-add-user-agent = درخواست فید با این User-Agent
help-arg-add-as-browser = معرفی به حیث مرورگر ویب (برای سرورهایی که مشتری‌های ناشناس را نمی‌پذیرند)
cli-open-in-set = فید { $feed }: مقاله‌ها باز می‌شوند در { $place ->
        [browser] صفحهٔ ویب، در مرورگر شما
        [inside] صفحهٔ ویب، درون Broadsheet
       *[reader] خواننده
    }{ $own ->
        [yes] {""}
       *[no] {" "}(پیش‌فرض)
    }
cli-page-scripts-on = صفحهٔ ویب آن، درون Broadsheet، می‌تواند اسکریپت‌هایش را اجرا کند: جدا از برنامه، که به آن دسترسی ندارند.
help-cmd-open-in = جایی که مقاله‌های یک فید باز می‌شوند: خواننده، صفحهٔ ویب در مرورگر، یا صفحهٔ ویب درون Broadsheet (بدون اسکریپت)؛ default: آنچه `config open_articles` می‌گوید
help-arg-open-in-feed-id = نمبر فید (ببینید `broadsheet feeds`)
help-arg-open-in-place = جایی که مقاله‌هایش باز می‌شوند
help-arg-open-in-scripts = اجازه بده صفحهٔ ویب آن، درون Broadsheet، اسکریپت‌هایش را اجرا کند (جدا از برنامه)
