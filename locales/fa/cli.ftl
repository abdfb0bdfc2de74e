### برنامهٔ خط فرمان Broadsheet، به فارسی (ایران).
###
### Glossary (واژه‌نامه): واژه‌هایی که این فهرست برای چیزهای خواننده به کار می‌برد، همه‌جا یکسان.
###   feed: خوراک (ج. خوراک‌ها)
###   article: مطلب (ج. مطالب)
###   bookmark: نشانک (ج. نشانک‌ها)
###   refresh: به‌روزرسانی
###   folder: پوشه (ج. پوشه‌ها)
###   full article: متن کامل مطلب (صفحهٔ خود مطلب، نگه‌داشته برای خواندن آفلاین)
###   unread: خوانده‌نشده
###
### پس از عدد، اسم مفرد می‌آید. فرمان‌ها، گزینه‌ها و مقدارها (`broadsheet undo 3`، VALUE)
### انگلیسی می‌مانند: تایپ می‌شوند.

## broadsheet add

cli-subscribed = مشترک { $title } ({ $url }) شدید، خوراک { $feed }: { $articles } مطلب
cli-already-subscribed = از قبل مشترک { $title } هستید (خوراک { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = { $feeds } خوراک در { $folders } پوشه وارد شد؛ { $duplicates } خوراکِ تکراری و { $invalid } خوراکِ نامعتبر کنار گذاشته شد
cli-imported-rules = { $rules } قاعده وارد شد ({ $skipped } مورد کنار گذاشته شد: خوراک مشترک نیست یا قاعده معتبر نیست)
cli-wrote = در { $path } نوشته شد
cli-wrote-bookmarks = { $count } نشانک در { $path } نوشته شد

## broadsheet full-text, notify

# $on یا "yes" است یا "no"؛ $mode یکی از "auto"، "always" یا "never"
cli-full-text-set = خوراک { $feed }: متن کامل مطالب { $on ->
        [yes] بارگیری می‌شود
       *[no] بارگیری نمی‌شود
    } ({ $mode ->
        [auto] خودکار
        [always] همیشه
       *[never] هرگز
    })
cli-notify-set = خوراک { $feed }: برای مطالب جدید { $on ->
        [yes] اعلان نمایش داده می‌شود
       *[no] اعلانی نمایش داده نمی‌شود
    }

## broadsheet storage

# $database، $images و $bookmarks اندازه بر حسب MiB با یک رقم اعشار
cli-storage = پایگاه داده: { $database } MiB ({ $full } متن کامل)
    تصاویر: { $files } پرونده، { $images } MiB ({ $bookmarks } MiB برای نشانک‌ها)
    در { $dir }
cli-storage-episodes = قسمت‌ها: { $files } پرونده، { $size } MiB ({ $bookmarks } MiB برای نشانک‌ها)
cli-images-removed = { $count } تصویر حذف شد

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } خوانده‌نشده از { $total }
cli-feed-failing = { $error } ({ $times } بار ناموفق)
cli-renamed = نام خوراک { $feed } اکنون «{ $title }» است
cli-moved-into = { $title } به پوشهٔ { $folder } منتقل شد
cli-moved-out = { $title } از پوشه‌ها بیرون آمد
cli-folder-made = پوشهٔ { $path } ساخته شد (شمارهٔ { $id })
cli-folder-now = پوشه اکنون { $path } است
cli-unsubscribed-keeping = { $label }؛ { $count } مطلبِ نشانک‌دارِ آن در «نشانک‌ها» می‌ماند
cli-undo-within = برای واگرد (تا { $minutes } دقیقه): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = هیچ مطلبی پیدا نشد.
cli-undo = برای واگرد: broadsheet undo { $step }
cli-nothing-to-mark-read = چیزی برای علامت‌زدن به‌عنوان خوانده‌شده نیست
cli-marked-unread = مطلب { $id } خوانده‌نشده علامت خورد
cli-bookmarked = «{ $title }» نشانک شد
cli-bookmark-removed = نشانک «{ $title }» برداشته شد
cli-bookmarked-not-offline = نشانک شد، اما برای خواندن آفلاین نگه داشته نشد: { $error }

## broadsheet stats, purge

cli-stats = { $feeds } خوراک در { $folders } پوشه ({ $failing } ناموفق)
    { $articles } مطلب، { $unread } خوانده‌نشده، { $bookmarked } نشانک‌دار
    پایگاه داده: { $size } MiB در { $path }
cli-purged = { $count } مطلبِ خوانده‌شدهٔ قدیمی‌تر از { $days } روز حذف شد

## broadsheet refresh, sync

cli-feed-new = خوراک { $feed }: { $count } جدید
cli-feed-failed = خوراک { $feed } ناموفق بود: { $error } ({ $url })
cli-account-synced = حساب { $account }: { $new } مطلب جدید، { $sent } تغییر ارسال شد، { $states } وضعیت خواندن و { $stars } ستاره این‌جا تغییر کرد، { $requests } درخواست در { $ms } میلی‌ثانیه
cli-account-failed = حساب { $account } ناموفق بود: { $error }
cli-refreshed = { $feeds } خوراک در { $ms } میلی‌ثانیه به‌روز شد: { $new } مطلب جدید؛ { $changed } تغییرکرده، { $unchanged } بدون تغییر، { $failed } ناموفق
cli-synced = { $accounts } حساب همگام‌سازی شد: { $new } مطلب جدید، { $failed } ناموفق
cli-no-accounts = هیچ حسابِ کارساز خوراک برای همگام‌سازی نیست: با `broadsheet account add greader URL --user NAME` یکی اضافه کنید
cli-offline = برای خواندن آفلاین در { $ms } میلی‌ثانیه: { $full } متن کامل ({ $full_failed } ناموفق)، { $images } تصویر ({ $size } MiB، { $images_failed } ردشده یا ناموفق)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = هیچ اشتراکی نیست.
cli-episodes-none = قسمتی نیست: هنوز هیچ خوراکی صدا یا ویدیو پیوست نکرده است.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = و { $count } منبع دیگر: { $sources }
cli-episode-audio = صدا
cli-episode-video = ویدیو
cli-episode-downloaded = دانلودشده، { $megabytes } مگابایت
cli-episode-saved = برای شنیدن بدون اینترنت ذخیره شد ({ $megabytes } مگابایت): { $path }
cli-episode-played = شنیده شد
cli-episode-downloads-never = خوراک { $feed }: قسمت‌هایش فقط وقتی بخواهید دانلود می‌شوند (broadsheet download ID).
cli-episode-downloads-every = خوراک { $feed }: هر قسمت تازه پس از هر تازه‌سازی دانلود می‌شود.
cli-episode-downloads-latest = خوراک { $feed }: { $count } قسمت آخر پس از هر تازه‌سازی دانلود می‌شود.
cli-health-state = { $state ->
        [failing] ناموفق
        [gone] حذف‌شده
        [dead] بی‌جان
        [slow] کند
        [moved] منتقل‌شده
       *[fine] سالم
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } از { $date }: { $headline }
cli-health-per-week = { $count } مطلب در هفته
cli-health-last-worked = آخرین موفقیت { $date }
cli-health-last-new = آخرین مطلب جدید { $date }
cli-health-answers = پاسخ در { $ms } میلی‌ثانیه
cli-health-size = { $kib } KiB
cli-health-failed = { $count } بار پیاپی ناموفق
cli-set-url = خوراک { $feed } اکنون از { $url } می‌آید؛ `broadsheet refresh { $feed }` همین حالا دریافتش می‌کند
cli-rediscovered = خوراک { $feed } دوباره پیدا شد: { $url } (پیش‌تر { $before })
cli-rediscover-same = خوراک { $feed }: سایتش هنوز { $url } را نام می‌برد؛ دوباره تلاش می‌شود

## broadsheet account

cli-account-added = حساب { $id } افزوده شد: { $name } (اطلاعات ورود در { $place ->
        [keyring] انبار گذرواژه‌های سیستم
       *[file] پرونده‌ای که فقط شما می‌توانید بخوانید (این‌جا انبار گذرواژه نیست)
    } نگه داشته شد)
cli-account-moved = { $count } اشتراک به آن منتقل شد؛ در همگام‌سازی بعدی به کارساز می‌رسند
cli-account-sync-hint = برای دریافت اشتراک‌ها و مطالبش `broadsheet sync` را اجرا کنید
cli-account-api-at = API گوگل ریدرِ آن در { $url } پاسخ می‌دهد
cli-account-feeds = { $count } خوراک
cli-account-server = { $url }، اطلاعات ورود در { $place ->
        [keyring] انبار گذرواژه‌های سیستم
       *[file] پرونده‌ای که فقط شما می‌توانید بخوانید (این‌جا انبار گذرواژه نیست)
    }
cli-account-refused = کارساز ورود را نپذیرفت: `broadsheet account sign-in ID`
cli-account-last-failed = آخرین همگام‌سازی ناموفق بود: { $error }
cli-account-removed = حساب { $id } حذف شد: { $feeds } خوراک؛ { $bookmarks } نشانک در «روی این رایانه» ماند
cli-account-signed-in = دوباره به { $name } وارد شدید

## broadsheet rule, undo

cli-rule-added = قاعدهٔ { $id }: { $rule }
    روی مطالب جدید اجرا می‌شود؛ `broadsheet rule apply { $id }` آن را روی مطالب ذخیره‌شده اجرا می‌کند.
cli-rules-none = هیچ قاعده‌ای نیست.
cli-rule-line = قاعدهٔ { $id }: { $rule }
cli-rule-line-off = قاعدهٔ { $id } (غیرفعال): { $rule }
cli-rule-in-feed = (در خوراک { $id }، { $title })
cli-rule-in-feed-id = (در خوراک { $id })
cli-rule-in-folder = (در پوشهٔ { $folder })
cli-rule-test = قاعدهٔ { $id } با { $matches } از { $looked } مطلب { $days } روز گذشته منطبق است
cli-rule-applied = قاعدهٔ { $id } با { $count } مطلب منطبق شد
cli-rule-set = قاعدهٔ { $id } { $on ->
        [yes] فعال است
       *[no] غیرفعال است
    }
cli-rules-order = قاعده‌ها اکنون به این ترتیب اجرا می‌شوند: { $order }
cli-rule-removed = قاعدهٔ { $id } حذف شد
cli-rule-removed-unhidden = قاعدهٔ { $id } حذف شد؛ { $count } مطلب به فهرست‌ها برگشت
cli-article-unhidden = مطلب { $id } به فهرست‌ها برگشت
cli-undone = واگردانده شد: { $step }
cli-undo-gone = گام { $id } دیگر واگرد نمی‌شود (یا هرگز وجود نداشته)
cli-undo-nothing = چیزی برای واگرد نیست

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = کاربرد:
help-commands = فرمان‌ها
help-options = گزینه‌ها
help-arguments = آرگومان‌ها
help-flag-help = نمایش راهنما
help-flag-version = نمایش نسخه
# after an option: the value it takes when none is given, and the values it takes
help-default = پیش‌فرض: { $value }
help-values = مقدارهای ممکن: { $values }
help-cmd-help = نمایش این پیام یا راهنمای فرمان داده‌شده
help-about = خبرخوانی سریع که آفلاین هم کار می‌کند. بدون فرمان، پنجره را باز می‌کند.
help-arg-data-dir = جای پایگاه داده (پیش‌فرض: BROADSHEET_DATA_DIR، وگرنه پوشهٔ داده‌های کاربر در سیستم)
help-arg-json = خروجی ماشین‌خوان: یک سند JSON (یا سطرهای JSON برای پیشرفت refresh)
help-arg-lang = زبان (fa-AF، ps، ar، fa، fr، es، ru، zh-CN، en؛ پیش‌فرض: زبان سیستم)
help-arg-timeout = ثانیه‌هایی که یک دریافت، با اتصال، می‌تواند طول بکشد
help-cmd-add = مشترک شدن در نشانی یک خوراک یا خوراک یک وب‌سایت
help-arg-add-url = نشانی خوراک، یا نشانی وب‌سایت
help-arg-add-folder = گذاشتن آن در این پوشه، با مسیری مثل اخبار/آسیا (اگر نباشد ساخته می‌شود)
help-arg-add-account = در این حساب کارساز خوراک (در همگام‌سازی بعدی به کارساز فرستاده می‌شود)
help-cmd-import = درون‌بری اشتراک‌ها از یک پروندهٔ OPML
help-arg-import-file = پروندهٔ OPML
help-cmd-export = برون‌بری اشتراک‌ها به OPML (در FILE، یا خروجی استاندارد)
help-arg-export-file = جای نوشتن (پیش‌فرض: خروجی استاندارد)
help-cmd-refresh = دریافت مطالب تازه (همهٔ خوراک‌ها، یا خوراک‌های داده‌شده)
help-arg-refresh-due = فقط خوراک‌هایی که زمان به‌روزرسانی‌شان رسیده
help-arg-refresh-no-offline = دریافت نکردن متن کامل و تصویرها برای خواندن آفلاین
help-arg-refresh-feed-ids = خوراک‌هایی که به‌روز شوند (پیش‌فرض: همه)
help-cmd-sync = همگام‌سازی حساب‌های کارساز خوراک (همه، یا یکی) بدون دریافت خوراک‌های محلی
help-arg-sync-account = حسابی که همگام شود (پیش‌فرض: همه)
help-arg-sync-no-offline = دریافت نکردن متن کامل و تصویرها برای خواندن آفلاین
help-cmd-account = حساب‌های کارساز خوراک (FreshRSS، Miniflux و… با API گوگل ریدر)
help-cmd-account-add = ورود به یک کارساز و افزودن آن به‌عنوان حساب
help-arg-account-add-kind = API کارساز: greader، یعنی API گوگل ریدر (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux)
help-arg-account-add-url = نشانی کارساز، نشانی صفحهٔ وبش یا نشانی API آن (FreshRSS: ‏https://host/api/greader.php؛ Miniflux: ‏https://host)
help-arg-account-add-user = نام کاربری روی کارساز
help-arg-account-add-password-stdin = خواندن گذرواژهٔ (API) از ورودی استاندارد به‌جای پرسیدن
help-arg-account-add-move-local = انتقال اشتراک‌های «روی این رایانه» به آن (با پوشه‌ها)
help-cmd-account-list = فهرست حساب‌ها
help-cmd-account-remove = حذف یک حساب: مطالبش می‌روند، نشانک‌هایش می‌مانند (در «روی این رایانه»)
help-arg-account-remove-id = شمارهٔ حساب (نگاه کنید به `broadsheet account list`)
help-cmd-account-sign-in = ورود دوباره (پس از آن‌که کارساز ورود نگه‌داشته را نپذیرفت)
help-arg-account-sign-in-id = شمارهٔ حساب (نگاه کنید به `broadsheet account list`)
help-arg-account-sign-in-password-stdin = خواندن گذرواژهٔ (API) از ورودی استاندارد به‌جای پرسیدن
help-cmd-full-text = «بارگیری متن کامل» برای یک خوراک: auto (وقتی فقط چکیده دارد)، always، never
help-arg-full-text-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-full-text-mode = کی متن کامل مطالبش بارگیری شود
help-cmd-notify = اعلان‌های میزکار برای مطالب تازهٔ یک خوراک (با به‌روزرسانی‌های پنجره نشان داده می‌شوند)
help-arg-notify-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-notify-state = اعلان‌ها روشن یا خاموش
help-cmd-export-bookmarks = برون‌بری نشانک‌ها: یک پروندهٔ HTML خودبسنده (با تصویرها)، Markdown یا JSON
help-arg-export-bookmarks-file = جای نوشتن (پیش‌فرض: خروجی استاندارد)
help-arg-export-bookmarks-format = html، markdown یا json (پیش‌فرض: از پسوند پرونده، وگرنه html)
help-cmd-storage = فضای مطالب و تصویرهای ذخیره‌شده؛ ‎--clean تصویرها را حذف می‌کند
help-arg-storage-clean = حذف تصویرهای ذخیره‌شده: read (تصویرهای مطالب خوانده؛ نشانک‌ها تصویرهایشان را نگه می‌دارند) یا all-but-bookmarks (همه جز تصویرهای نشانک‌ها)
help-cmd-feeds = فهرست اشتراک‌ها با شمار خوانده‌نشده‌ها و خطاها (‎--health: بر پایهٔ مشکل، با راه‌حل)
help-arg-feeds-health = سلامت خوراک‌ها: ناموفق، ازمیان‌رفته، مرده، کند، جابه‌جاشده؛ بدترین اول
help-cmd-set-url = تغییر نشانی یک خوراک (از این پس از آن‌جا دریافت می‌شود)
help-arg-set-url-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-set-url-url = نشانی تازه‌اش
help-cmd-rediscover = پیدا کردن دوبارهٔ خوراک از وب‌سایتش و انتقال اشتراک به آنچه پیدا شد
help-arg-rediscover-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-cmd-folders = فهرست پوشه‌ها
help-cmd-folder = ساختن، تغییر نام، جابه‌جا کردن و حذف پوشه‌ها (پوشه در پوشه، حداکثر ۸ سطح)
help-cmd-folder-add = ساختن پوشه و پوشه‌های بالای آن که نیستند («اخبار/آسیا»)
help-arg-folder-add-path = مسیر پوشه: نام‌ها از بالا، جدا شده با /
help-cmd-folder-rename = تغییر نام پوشه (سر جایش می‌ماند)
help-arg-folder-rename-folder-id = شمارهٔ پوشه (نگاه کنید به `broadsheet folders`)
help-arg-folder-rename-name = نام تازه‌اش (بدون /)
help-cmd-folder-move = جابه‌جا کردن پوشه با هر چه در آن است به پوشه‌ای دیگر (بدون مسیر: به بالاترین سطح)
help-arg-folder-move-folder-id = شمارهٔ پوشه (نگاه کنید به `broadsheet folders`)
help-arg-folder-move-into = پوشه‌ای که به آن می‌رود، با مسیرش (اگر نباشد ساخته می‌شود)
help-cmd-folder-delete = حذف پوشه: هر چه در آن است یک سطح بالا می‌رود و هیچ اشتراکی لغو نمی‌شود
help-arg-folder-delete-folder-id = شمارهٔ پوشه (نگاه کنید به `broadsheet folders`)
help-cmd-rename = تغییر نام یک خوراک (بدون عنوان: بازگشت به نام خود خوراک)
help-arg-rename-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-rename-title = نام تازه‌اش
help-cmd-move = انتقال یک خوراک به یک پوشه (بدون پوشه: بیرون از همهٔ پوشه‌ها)
help-arg-move-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-move-folder = پوشه، با مسیری مثل اخبار/آسیا (اگر نباشد ساخته می‌شود)
help-cmd-remove = لغو اشتراک؛ مطالب نشانک‌دار می‌مانند
help-arg-remove-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-cmd-list = فهرست مطالب، تازه‌ترین اول
help-arg-list-view = کدام مطالب
help-arg-list-feed = فقط مطالب این خوراک
help-arg-list-folder = فقط مطالب این پوشه (مسیری مثل اخبار/آسیا) و پوشه‌های درونش
help-arg-list-unread = فقط مطالب خوانده‌نشده
help-arg-list-oldest-first = اول قدیمی‌ترین‌ها
help-arg-list-grouped = یک خبر از چند منبع در یک سطر: نخستین گزارش آن، با نام منبع‌های دیگر
help-arg-list-limit = حداکثر این تعداد
help-cmd-search = جستجوی متن کامل در عنوان‌ها، نویسنده‌ها و متن
help-arg-search-query = واژه‌هایی که جستجو شوند
help-arg-search-limit = حداکثر این تعداد
help-arg-search-hidden = یافتن مطالبی که یک قاعده پنهان کرده نیز
help-cmd-read = نمایش یک مطلب و علامت زدنش به‌عنوان خوانده (‎--unread خوانده‌نشده؛ ‎--all یک نما را خوانده می‌کند)
help-arg-read-article-id = شمارهٔ مطلب (نگاه کنید به `broadsheet list`)
help-arg-read-unread = به‌جایش خوانده‌نشده علامت بزن
help-arg-read-all = همهٔ مطالب را خوانده علامت بزن (مطالب ‎--feed، اگر داده شود)
help-arg-read-feed = با ‎--all: فقط مطالب این خوراک
help-cmd-bookmark = نشانک گذاشتن روی یک مطلب (‎--remove برای برداشتن)
help-arg-bookmark-article-id = شمارهٔ مطلب (نگاه کنید به `broadsheet list`)
help-arg-bookmark-remove = برداشتن نشانک
help-cmd-stats = شمارش‌ها و اندازهٔ پایگاه داده
help-cmd-config = نمایش تنظیمات، یا تغییر یکی: config KEY VALUE
help-arg-config-key = نام تنظیم
help-arg-config-value = مقدار تازه‌اش
help-cmd-purge = اعمال مدت نگه‌داری همین حالا: حذف مطالب خواندهٔ قدیمی (هرگز نشانک‌ها)
help-cmd-undo = واگرد آخرین گام (خوانده کردن، نشانک‌ها، لغو اشتراک)، یا گام STEP
help-arg-undo-step = شمارهٔ گام (پیش‌فرض: آخرین)
help-cmd-rule = قاعده‌هایی که مطالب تازه را خوانده، پنهان یا نشانک‌دار می‌کنند یا اعلام می‌کنند
help-cmd-rule-add = افزودن یک قاعده؛ از به‌روزرسانی بعدی روی مطالب تازه کار می‌کند (برای ذخیره‌شده‌ها `rule apply`)
help-arg-rule-add-when = آنچه می‌خواند، جداشده با ویرگول: title، text، author، link، feed
help-arg-rule-add-matches = واژه‌هایی که جستجو شوند (هر کدام، مگر با ‎--all)، یا یک عبارت با ‎--regex
help-arg-rule-add-all = هر واژه باید بیاید
help-arg-rule-add-regex = TEXT یک عبارت باقاعده است
help-arg-rule-add-case-sensitive = حساس به حروف بزرگ و کوچک
help-arg-rule-add-then = آنچه می‌کند، جداشده با ویرگول: read، hide، bookmark، notify، no-full-text
help-arg-rule-add-feed = فقط در این خوراک
help-arg-rule-add-folder = فقط در این پوشه (مسیری مثل اخبار/آسیا) و پوشه‌های درونش
help-cmd-rule-list = فهرست قاعده‌ها به ترتیب اجرا
help-cmd-rule-test = نشان دادن مطالب ذخیرهٔ ۳۰ روز گذشته که یک قاعده با آن‌ها منطبق است (چیزی را تغییر نمی‌دهد)
help-arg-rule-test-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-cmd-rule-apply = اعمال یک قاعده روی همهٔ مطالب ذخیره‌شده همین حالا
help-arg-rule-apply-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-cmd-rule-enable = روشن کردن یک قاعده
help-arg-rule-enable-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-cmd-rule-disable = خاموش کردن یک قاعده (می‌ماند، و کاری نمی‌کند)
help-arg-rule-disable-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-cmd-rule-move = بردن یک قاعده به جایی در ترتیب (۱ = اول)
help-arg-rule-move-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-arg-rule-move-to = جای تازه‌اش
help-cmd-rule-remove = حذف یک قاعده (آنچه با مطالب کرده می‌ماند، مگر با ‎--unhide)
help-arg-rule-remove-id = شمارهٔ قاعده (نگاه کنید به `broadsheet rule list`)
help-arg-rule-remove-unhide = دوباره نشان دادن مطالبی که پنهان کرده در فهرست‌ها
help-cmd-rule-unhide = دوباره نشان دادن مطلبی که یک قاعده پنهان کرده در فهرست‌ها
help-arg-rule-unhide-article-id = شمارهٔ مطلب (نگاه کنید به `broadsheet search --hidden`)
help-cmd-extract = چاپ آنچه خواننده برای صفحهٔ یک مطلب نشان می‌دهد (یک پرونده یا یک URL)
help-arg-extract-source = یک پروندهٔ HTML ذخیره‌شده، یا نشانی http(s) برای دریافت
help-arg-extract-base-url = نشانی صفحه، برای حل پیوندهای نسبی‌اش (پیش‌فرض: URL دریافت‌شده)
help-cmd-stories = گروه‌بندی مطالب یک پرونده (سطرهای JSON) در خبرها، همان‌گونه که فهرست‌ها می‌کنند؛ شناسه و گروه را چاپ می‌کند
help-arg-stories-file = در هر سطر یک شیء JSON: id، title، text، و اگر معلوم باشد date و source
help-cmd-episodes = فهرست صدا و ویدیویی که خوراک‌ها به مطالبشان پیوست می‌کنند، تازه‌ترین اول
help-arg-episodes-feed = فقط مال این خوراک
help-arg-episodes-downloaded = فقط آن‌هایی که برای شنیدن بدون اینترنت دانلود شده‌اند
help-cmd-download = قسمت صوتی یا تصویری یک مطلب را برای شنیدن بدون اینترنت دانلود می‌کند (دانلود نیمه‌کاره از همان‌جا ادامه می‌یابد)
help-arg-download-article-id = شمارهٔ مطلب (نگاه کنید به `broadsheet episodes`)
help-cmd-episode-downloads = کدام قسمت‌های یک خوراک پس از هر تازه‌سازی دانلود شوند
help-arg-episode-downloads-feed-id = شمارهٔ خوراک
help-arg-episode-downloads-choice = never، every (هر قسمت تازه) یا یک عدد: N قسمت آخر

## A feed's sign-in and User-Agent
cli-api-password-prompt = گذرواژهٔ API:
cli-password-prompt = گذرواژه:
cli-feed-sign-in-kept = خوراک { $feed } با نام { $user } وارد می‌شود
cli-feed-sign-in-forgotten = خوراک { $feed } دیگر وارد نمی‌شود
cli-feed-user-agent = خوراک { $feed } با «{ $agent }» درخواست می‌شود
cli-feed-user-agent-browser = خوراک { $feed } مانند یک مرورگر وب درخواست می‌شود
cli-feed-user-agent-own = خوراک { $feed } با نام Broadsheet درخواست می‌شود
help-cmd-feed-sign-in = ورود یک خوراک (HTTP basic یا digest): تنظیم یا فراموش کردن
help-arg-feed-sign-in-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-feed-sign-in-user = نام کاربری برای ورود
help-arg-feed-sign-in-password-stdin = خواندن گذرواژه از ورودی استاندارد به‌جای پرسیدن
help-arg-feed-sign-in-forget = فراموش کردن ورود (گذرواژه از انبار اعتبارنامه‌ها حذف می‌شود)
help-cmd-user-agent = User-Agent یک خوراک: یک متن، ‎--browser، یا هیچ‌کدام برای User-Agent خود Broadsheet
help-arg-user-agent-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-user-agent-value = User-Agent ارسالی
help-arg-user-agent-browser = معرفی به‌عنوان مرورگر وب (برای کارسازهایی که کارخواه‌های ناشناس را نمی‌پذیرند)
help-arg-add-user = ورود به خوراک با این نام کاربری (HTTP basic یا digest)
help-arg-add-password-stdin = خواندن گذرواژهٔ خوراک از ورودی استاندارد به‌جای پرسیدن
help-arg-add-user-agent = درخواست خوراک با این User-Agent
help-arg-add-as-browser = معرفی به‌عنوان مرورگر وب (برای کارسازهایی که کارخواه‌های ناشناس را نمی‌پذیرند)
cli-open-in-set = خوراک { $feed }: مطالب باز می‌شوند در { $place ->
        [browser] صفحهٔ وب، در مرورگر شما
        [inside] صفحهٔ وب، درون Broadsheet
       *[reader] خواننده
    }{ $own ->
        [yes] {""}
       *[no] {" "}(پیش‌فرض)
    }
cli-page-scripts-on = صفحهٔ وب آن، درون Broadsheet، می‌تواند اسکریپت‌هایش را اجرا کند: جدا از برنامه، که به آن دسترسی ندارند.
help-cmd-open-in = جایی که مطالب یک خوراک باز می‌شوند: خواننده، صفحهٔ وب در مرورگر، یا صفحهٔ وب درون Broadsheet (بدون اسکریپت)؛ default: آنچه `config open_articles` می‌گوید
help-arg-open-in-feed-id = شمارهٔ خوراک (نگاه کنید به `broadsheet feeds`)
help-arg-open-in-place = جایی که مطالبش باز می‌شوند
help-arg-open-in-scripts = اجازه بده صفحهٔ وب آن، درون Broadsheet، اسکریپت‌هایش را اجرا کند (جدا از برنامه)
