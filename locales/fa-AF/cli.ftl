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
cli-images-removed = { $count } عکس پاک شد

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } ناخوانده از { $total }
cli-feed-failing = { $error } ({ $times } بار ناکام شد)
cli-renamed = نام فید { $feed } حالا «{ $title }» است
cli-moved-into = { $title } به فولدر { $folder } برده شد
cli-moved-out = { $title } از فولدرها بیرون شد
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
