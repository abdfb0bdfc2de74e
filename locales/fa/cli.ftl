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
cli-images-removed = { $count } تصویر حذف شد

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } خوانده‌نشده از { $total }
cli-feed-failing = { $error } ({ $times } بار ناموفق)
cli-renamed = نام خوراک { $feed } اکنون «{ $title }» است
cli-moved-into = { $title } به پوشهٔ { $folder } منتقل شد
cli-moved-out = { $title } از پوشه‌ها بیرون آمد
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
