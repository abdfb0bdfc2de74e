### پنجرهٔ Broadsheet، به دری (افغانستان).
###
### Glossary (واژه‌نامه): کلمه‌هایی که این فهرست برای چیزهای خواننده به کار می‌برد، همه‌جا یکسان.
###   feed: فید (ج. فیدها)
###   article: مقاله (ج. مقاله‌ها)
###   bookmark: نشانه (ج. نشانه‌ها)؛ «نشانه کردن»، «نشانه‌دار»
###   refresh: تازه کردن
###   folder: فولدر (ج. فولدرها)
###   full article: مقالهٔ کامل (صفحهٔ خود مقاله، برای خواندن بدون انترنت نگه داشته‌شده)
###   unread: ناخوانده
###   feed server: سرور فید (FreshRSS، Miniflux و مانند آن‌ها)
###   new: نو؛ failed: ناکام؛ health: صحت؛ keyboard: کیبورد؛ image: عکس؛ internet: انترنت
###
### دری است، نه فارسی ایران: «نو» نه «جدید»، «فولدر» نه «پوشه»، «انترنت» نه «اینترنت».
### کلیدها (j، k، s، Ctrl…) همان‌طور می‌مانند. <kbd>…</kbd> را دور کلید نگه دارید.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = فیدها و نماها
toolbar-add =
    .aria-label = افزودن فید
    .title = افزودن فید
toolbar-refresh =
    .aria-label = تازه کردن
    .title = تازه کردن همه (r)
toolbar-settings =
    .aria-label = تنظیمات
    .title = تنظیمات
view-all = همهٔ مقاله‌ها
view-unread = ناخوانده
view-today = امروز
view-bookmarks = نشانه‌ها
view-search = جستجو
view-health = صحت فیدها
view-health-button =
    .aria-label = صحت فیدها
view-health-failing =
    .aria-label = صحت فیدها، { $count } ناکام
view-count-unread =
    .aria-label = { $name } { $count } ناخوانده
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = تغییر اندازهٔ بخش فیدها
split-list =
    .aria-label = تغییر اندازهٔ فهرست مقاله‌ها
sidebar-hide =
    .aria-label = پنهان کردن فیدها و نماها
    .title = پنهان کردن فیدها و نماها (v)
sidebar-show =
    .aria-label = نشان دادن فیدها و نماها
    .title = نشان دادن فیدها و نماها (v)
folder-toggle =
    .aria-label = فولدر { $name }، { $count } ناخوانده
folder-all = همه در فولدر
folder-all-button =
    .aria-label = همه در فولدر، { $count } ناخوانده، { $name }
folder-edit =
    .aria-label = ویرایش فولدر { $name }
    .title = تغییر نام یا حذف فولدر
feed-button =
    .aria-label = { $title } { $count } ناخوانده
feed-button-trouble =
    .aria-label = { $title } { $count } ناخوانده، { $trouble }
feed-edit =
    .aria-label = ویرایش فید { $title }
    .title = تغییر نام، انتقال یا لغو اشتراک
feed-gone = از { $date } از میان رفته: سرور می‌گوید این فید دیگر نیست، پس دیگر گرفته نمی‌شود
feed-failing = ناکام: { $problem }
feed-failing-since = از { $date } ناکام: { $problem }
account-sign-in-again = دوباره وارد شوید
account-sync-failed = همگام‌سازی ناکام شد

## The article list

list-title-search = جستجو
list-found = { $count } پیدا شد
list-unread = { $count } ناخوانده
search =
    .aria-label = جستجو
    .placeholder = جستجو  /
search-hidden = پنهان
search-hidden-label =
    .title = مقاله‌هایی را هم که یک قاعده پنهان کرده پیدا کن
unread-only =
    .aria-label = تنها ناخوانده‌ها
    .title = تنها ناخوانده‌ها
mark-all-read =
    .aria-label = همه را خوانده نشانی کن
    .title = همه را خوانده نشانی کن (Shift+A)
articles =
    .aria-label = مقاله‌ها
row-bookmarked =
    .aria-label = نشانه‌دار
row-untitled = (بی‌عنوان)
empty-no-match = هیچ مقاله‌ای پیدا نشد.
empty-no-bookmarks = هنوز نشانه‌ای نیست. روی یک مقاله s را فشار دهید تا نگهش دارید.
empty-all-read = همه خوانده شده.
empty-nothing-yet = هنوز مقاله‌ای این‌جا نیست.

## Dates in the list

date-now = اکنون
date-minutes = { $count } دقیقه
date-hours = { $count } ساعت
date-yesterday = دیروز

## The reader

reader =
    .aria-label = مقاله
reader-back =
    .aria-label = بازگشت به فهرست
    .title = بازگشت به فهرست (Escape)
reader-mark-read =
    .aria-label = خوانده نشانی کن
    .title = خوانده نشانی کن (m)
reader-mark-unread =
    .aria-label = ناخوانده نشانی کن
    .title = ناخوانده نشانی کن (m)
reader-bookmark =
    .aria-label = نشانه کن
    .title = نشانه کن (s)
reader-remove-bookmark =
    .aria-label = برداشتن نشانه
    .title = برداشتن نشانه (s)
reader-load-full =
    .aria-label = آوردن مقالهٔ کامل
    .title = آوردن مقالهٔ کامل از صفحهٔ آن (f)
reader-load-full-again =
    .aria-label = آوردن دوبارهٔ مقالهٔ کامل
    .title = آوردن دوبارهٔ مقالهٔ کامل از صفحهٔ آن (f)
reader-open =
    .aria-label = باز کردن اصل
    .title = باز کردن اصل در مرورگر (o)
reader-empty = یک مقاله را برای خواندن انتخاب کنید.
reader-keys-hint = برای میان‌برهای کیبورد <kbd>?</kbd> را فشار دهید.
reader-unhide = دوباره در فهرست‌ها نشان بده
    .aria-label = دوباره در فهرست‌ها نشان بده
reader-frame =
    .title = متن مقاله
reader-original = خواندن در سایت اصلی
reader-full-failed = مقالهٔ کامل آورده نشد ({ $error }).

## The status line

status-refreshing = در حال تازه کردن… { $done } از { $total }
status-saving = نگه‌داشتن برای خواندن بدون انترنت… { $done } از { $total }
status-offline = بدون انترنت: آنچه نگه داشته شده نشان داده می‌شود.
status-updated = تازه شد { $time }
status-sign-in-again = { $account }: سرور دیگر ورود را نمی‌پذیرد. در تنظیمات ← حساب‌ها دوباره وارد شوید.
status-sync-failed = همگام‌سازی با { $account } ناکام شد: { $error }
status-an-account = یک حساب
status-refresh-failed = تازه کردن ناکام شد: { $error }
status-imported = { $feeds } فید وارد شد ({ $duplicates } از پیش بود){ $rules ->
        [0] {""}
        [one] ، { $rules } قاعده
       *[other] ، { $rules } قاعده
    }.
status-import-failed = وارد کردن ناکام شد: { $error }
status-bookmarks-kept = { $count } مقالهٔ نشانه‌دارِ { $title } در «نشانه‌ها» می‌ماند.
status-bookmarks-exported = نشانه‌ها در { $path } صادر شد
status-exported = در { $path } صادر شد
status-export-failed = صادر کردن ناکام شد: { $error }
status-setting-refused = تنظیم تغییر نکرد: { $error }
status-unhidden = مقاله دوباره در فهرست‌هاست.

## Undo

undo = برگرداندن
undo-button =
    .aria-label = برگرداندن: { $step }
undo-done = برگردانده شد: { $step }
undo-nothing = چیزی برای برگرداندن نیست
undo-failed = برگردانده نشد: { $error }

## Add a feed

add-title = افزودن فید
add-url = نشانی فید یا ویب‌سایت
add-folder = فولدر (اختیاری)
add-account = حساب
add-import = وارد کردن OPML…
    .aria-label = وارد کردن OPML
add-searching = در جستجوی فید…
add-subscribe = اشتراک
    .aria-label = اشتراک
cancel = لغو
    .aria-label = لغو
save = ذخیره
    .aria-label = ذخیره
close = بستن
    .aria-label = بستن
done = تمام
    .aria-label = تمام

## A feed's dialog

feed-name = نام
feed-folder = فولدر
feed-no-folder =
    .placeholder = بدون فولدر
feed-full-text = دانلود مقاله‌های کامل
feed-full-text-auto = خودکار
feed-full-text-always = همیشه
feed-full-text-never = هرگز
feed-summary-only = این فید تنها خلاصه می‌فرستد: Broadsheet هر مقاله را از صفحهٔ آن می‌آورد.
feed-whole-articles = این فید مقاله‌های کامل می‌فرستد.
feed-notify = مرا از مقاله‌های نو آگاه کن
feed-last-error = آخرین تازه کردن ناکام شد: { $error }
feed-unsubscribe = لغو اشتراک
    .aria-label = لغو اشتراک
feed-refresh = تازه کردن
    .aria-label = تازه کردن این فید

## A folder's dialog

folder-title = فولدر
folder-name = نام
folder-delete-hint = با حذف فولدر فیدهایش می‌مانند؛ تنها از فولدر بیرون می‌شوند.
folder-delete = حذف فولدر
    .aria-label = حذف فولدر

## Settings

settings-title = تنظیمات
settings-language = زبان
settings-language-system = مانند سیستم ({ $language })
settings-digits = اعداد
settings-digits-native = ارقام دری (۱۲۳)
settings-digits-latin = 0123456789
settings-calendar = تقویم
settings-calendar-native = هجری شمسی
settings-calendar-gregorian = میلادی
settings-interval = تازه کردن فیدها هر
settings-interval-minutes = { $count } دقیقه
settings-interval-hour = ساعت
settings-interval-hours = { $count } ساعت
settings-theme = نما
settings-theme-system = مانند سیستم
settings-theme-light = روشن
settings-theme-dark = تاریک
settings-font = فونت خواننده
settings-font-serif = سریف
settings-font-sans = بدون سریف
settings-size = اندازهٔ متن خواننده
settings-size-small = کوچک
settings-size-medium = متوسط
settings-size-large = بزرگ
settings-size-larger = بزرگ‌تر
settings-retention = مقاله‌های خوانده‌شده، پس از خواندن، نگه داشته شوند تا
settings-retention-week = یک هفته
settings-retention-month = یک ماه
settings-retention-months = { $count } ماه
settings-retention-year = یک سال
settings-retention-ever = همیشه
settings-retention-days = { $count } روز
settings-retention-hint = از زمانی که مقاله را می‌خوانید شمرده می‌شود. مقاله‌های ناخوانده و نشانه‌دار همیشه می‌مانند.
settings-images = نگه‌داشتن عکس‌ها برای خواندن بدون انترنت
settings-images-all = برای همهٔ مقاله‌ها
settings-images-bookmarks = تنها برای نشانه‌ها
settings-images-none = هرگز
settings-storage = حافظه
settings-measuring = در حال اندازه‌گیری…
settings-storage-usage = مقاله‌ها: { $articles } MB ({ $full } مقالهٔ کامل). عکس‌ها: { $files } نگه داشته شده، { $images } MB ({ $bookmarks } MB از نشانه‌ها).
settings-clean-read = پاک کردن عکس‌های مقاله‌های خوانده‌شده
    .aria-label = پاک کردن عکس‌های مقاله‌های خوانده‌شده
settings-clean-all = پاک کردن همه جز عکس‌های نشانه‌ها
    .aria-label = پاک کردن همهٔ عکس‌ها جز عکس‌های نشانه‌ها
settings-accounts = حساب‌ها
settings-accounts-hint = همگام‌سازی با FreshRSS، Miniflux و دیگر سرورهای Google Reader API.
settings-accounts-open = حساب‌ها…
    .aria-label = حساب‌ها: افزودن یا حذف حساب‌های سرور فید
settings-rules = قاعده‌ها
settings-rules-hint = مقاله‌های نو را با کلمه‌هایشان خوانده نشانی، پنهان، نشانه یا اعلان کنید.
settings-rules-open = قاعده‌ها…
    .aria-label = قاعده‌ها: ویرایش قاعده‌ها
settings-export-bookmarks = صادر کردن نشانه‌ها
settings-export-html = صفحهٔ ویب…
    .aria-label = صفحهٔ ویب: صادر کردن نشانه‌ها در یک فایل HTML
settings-export-markdown = Markdown…
    .aria-label = Markdown: صادر کردن نشانه‌ها به Markdown
settings-export-json = JSON…
    .aria-label = JSON: صادر کردن نشانه‌ها به JSON
settings-export-opml = صادر کردن OPML…
    .aria-label = صادر کردن OPML

## Keyboard shortcuts

keys-title = میان‌برهای کیبورد
keys-next-previous = مقالهٔ بعدی / قبلی
keys-next-previous-unread = مقالهٔ ناخواندهٔ بعدی / قبلی
keys-bookmark = نشانه کردن یا برداشتن نشانه
keys-read = خوانده یا ناخوانده نشانی کردن
keys-open = باز کردن اصل در مرورگر
keys-full = آوردن مقالهٔ کامل از صفحهٔ آن
keys-refresh = تازه کردن همهٔ فیدها
keys-search = جستجو
keys-sidebar = نشان دادن یا پنهان کردن فیدها و نماها
keys-back = بازگشت به فهرست (پنجره‌های باریک)
keys-zoom = بزرگ‌نمایی، کوچک‌نمایی، اندازهٔ عادی
keys-mark-all = همه در این نما را خوانده نشانی کن
keys-undo = برگرداندن آخرین کار (نشانی کردن، نشانه‌ها، لغو اشتراک)
keys-this-list = همین فهرست

## The first-run screen

first-run-welcome = به Broadsheet خوش آمدید
first-run-intro = سایت‌هایی را که می‌خوانید در یک جای آرام دنبال کنید و وقتی انترنت نیست هم بخوانید. چند تا را برای آغاز انتخاب کنید، اشتراک‌هایتان را از خوانندهٔ دیگری بیاورید، یا با سرور فیدی که به کار می‌برید همگام شوید.
first-run-subscribe = اشتراک
    .aria-label = اشتراک در فیدهای انتخاب‌شده
first-run-subscribing = در حال اشتراک…
    .aria-label = اشتراک در فیدهای انتخاب‌شده
first-run-import = وارد کردن OPML…
    .aria-label = وارد کردن OPML
first-run-add = افزودن با نشانی…
    .aria-label = افزودن فید با نشانی
first-run-accounts = همگام‌سازی با سرور فید…
    .aria-label = همگام‌سازی با سرور فید: FreshRSS، Miniflux و دیگران
first-run-offline = بدون انترنت هستید: هیچ فیدی در دسترس نبود. به انترنت وصل شوید و دوباره کوشش کنید.
first-run-subscribed = مشترک شدید
first-run-result = { $title }: { $outcome }
