### پنجرهٔ Broadsheet، به فارسی (ایران).
###
### Glossary (واژه‌نامه): واژه‌هایی که این فهرست برای چیزهای خواننده به کار می‌برد، همه‌جا یکسان.
###   feed: خوراک (ج. خوراک‌ها)
###   article: مطلب (ج. مطالب)
###   bookmark: نشانک (ج. نشانک‌ها)
###   refresh: به‌روزرسانی
###   folder: پوشه (ج. پوشه‌ها)
###   full article: متن کامل (صفحهٔ خود مطلب، نگه‌داشته برای خواندن آفلاین)
###   unread: خوانده‌نشده
###   feed server: کارساز خوراک (FreshRSS، Miniflux و مانند آن‌ها)
###
### کلیدها (j، k، s، Ctrl…) همان‌طور می‌مانند. <kbd>…</kbd> را دور کلید نگه دارید.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = خوراک‌ها و نماها
toolbar-add =
    .aria-label = افزودن خوراک
    .title = افزودن خوراک
toolbar-refresh =
    .aria-label = به‌روزرسانی
    .title = به‌روزرسانی همه (r)
toolbar-settings =
    .aria-label = تنظیمات
    .title = تنظیمات
view-all = همهٔ مطالب
view-unread = خوانده‌نشده
view-today = امروز
view-bookmarks = نشانک‌ها
view-listen = شنیدن
view-search = جست‌وجو
view-health = سلامت خوراک‌ها
view-health-button =
    .aria-label = سلامت خوراک‌ها
view-health-failing =
    .aria-label = سلامت خوراک‌ها، { $count } ناموفق
view-count-unread =
    .aria-label = { $name } { $count } خوانده‌نشده
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = تغییر اندازهٔ بخش خوراک‌ها
split-list =
    .aria-label = تغییر اندازهٔ فهرست مطالب
sidebar-hide =
    .aria-label = پنهان کردن خوراک‌ها و نماها
    .title = پنهان کردن خوراک‌ها و نماها (v)
sidebar-show =
    .aria-label = نمایش خوراک‌ها و نماها
    .title = نمایش خوراک‌ها و نماها (v)
folder-toggle =
    .aria-label = پوشهٔ { $name }، { $count } خوانده‌نشده
folder-all = همه در پوشه
folder-all-button =
    .aria-label = همه در پوشه، { $count } خوانده‌نشده، { $name }
folder-edit =
    .aria-label = ویرایش پوشهٔ { $name }
    .title = تغییر نام یا حذف پوشه
feed-button =
    .aria-label = { $title } { $count } خوانده‌نشده
feed-button-trouble =
    .aria-label = { $title } { $count } خوانده‌نشده، { $trouble }
feed-edit =
    .aria-label = ویرایش خوراک { $title }
    .title = تغییر نام، جابه‌جایی یا لغو اشتراک
feed-gone = از { $date } حذف شده: کارساز می‌گوید این خوراک دیگر وجود ندارد، پس دیگر دریافت نمی‌شود
feed-failing = ناموفق: { $problem }
feed-failing-since = ناموفق از { $date }: { $problem }
account-sign-in-again = دوباره وارد شوید
account-sync-failed = همگام‌سازی ناموفق بود

## The article list

list-title-search = جست‌وجو
list-found = { $count } یافت شد
list-unread = { $count } خوانده‌نشده
list-unread-stories = { $count } خوانده‌نشده، در { $stories } خبر
search =
    .aria-label = جست‌وجو
    .placeholder = جست‌وجو  /
search-hidden = پنهان
search-hidden-label =
    .title = مطالبی را هم که قاعده‌ای پنهان کرده پیدا کن
unread-only =
    .aria-label = فقط خوانده‌نشده‌ها
    .title = فقط خوانده‌نشده‌ها
list-layout =
    .aria-label = چیدمان فهرست: { $layout }
layout-compact = فشرده
layout-pictures = با تصویر
layout-cards = کارت‌ها
settings-layout = چیدمان فهرست برای همهٔ نماها
oldest-first =
    .aria-label = اول قدیمی‌ترین‌ها
    .title = اول قدیمی‌ترین‌ها
mark-all-read =
    .aria-label = علامت‌زدن همه به‌عنوان خوانده‌شده
    .title = علامت‌زدن همه به‌عنوان خوانده‌شده (Shift+A)
articles =
    .aria-label = مطالب
row-bookmarked =
    .aria-label = نشانک‌دار
row-untitled = (بی‌عنوان)
story-more-sources = و { $count } منبع دیگر: { $sources }
story-panel =
    .aria-label = گزارش‌های «{ $title }»
story-also-reported = گزارش همین خبر در
story-not-same = خبر دیگری است
story-split = از { $count } گزارش دیگر جدا شد.
empty-no-match = هیچ مطلبی پیدا نشد.
empty-no-bookmarks = هنوز نشانکی ندارید. روی یک مطلب s را بزنید تا نگهش دارید.
empty-all-read = همه خوانده شده.
empty-nothing-yet = هنوز مطلبی این‌جا نیست.

## Dates in the list

date-now = اکنون
date-minutes = { $count } دقیقه
date-hours = { $count } ساعت
date-yesterday = دیروز

## The reader

reader =
    .aria-label = مطلب
reader-back =
    .aria-label = بازگشت به فهرست
    .title = بازگشت به فهرست (Escape)
reader-mark-read =
    .aria-label = علامت‌زدن به‌عنوان خوانده‌شده
    .title = علامت‌زدن به‌عنوان خوانده‌شده (m)
reader-mark-unread =
    .aria-label = علامت‌زدن به‌عنوان خوانده‌نشده
    .title = علامت‌زدن به‌عنوان خوانده‌نشده (m)
reader-bookmark =
    .aria-label = نشانک‌گذاری
    .title = نشانک‌گذاری (s)
reader-remove-bookmark =
    .aria-label = برداشتن نشانک
    .title = برداشتن نشانک (s)
reader-load-full =
    .aria-label = بارگیری متن کامل
    .title = بارگیری متن کامل از صفحهٔ آن (f)
reader-load-full-again =
    .aria-label = بارگیری دوبارهٔ متن کامل
    .title = بارگیری دوبارهٔ متن کامل از صفحهٔ آن (f)
reader-open =
    .aria-label = باز کردن نسخهٔ اصلی
    .title = باز کردن نسخهٔ اصلی در مرورگر (o)
reader-empty = برای خواندن، مطلبی را انتخاب کنید.
reader-keys-hint = برای میان‌برهای صفحه‌کلید <kbd>?</kbd> را بزنید.
reader-unhide = نمایش دوباره در فهرست‌ها
    .aria-label = نمایش دوباره در فهرست‌ها
reader-frame =
    .title = متن مطلب
reader-original = خواندن در سایت اصلی
# the rule that touched the article, as lists name it
reader-rule = قاعده: { $rule }
reader-hidden-by-rule = پنهان‌شده با قاعده: { $rule }
reader-hidden = پنهان‌شده با یک قاعده

## The status line

status-refreshing = در حال به‌روزرسانی… { $done } از { $total }
status-saving = ذخیره برای خواندن آفلاین… { $done } از { $total }
status-offline = آفلاین: آنچه ذخیره شده نمایش داده می‌شود.
status-updated = به‌روز شد { $time }
status-sign-in-again = { $account }: کارساز دیگر ورود را نمی‌پذیرد. در تنظیمات ← حساب‌ها دوباره وارد شوید.
status-sync-failed = همگام‌سازی با { $account } ناموفق بود: { $error }
status-an-account = یک حساب
status-refresh-failed = به‌روزرسانی ناموفق بود: { $error }
status-imported = { $feeds } خوراک وارد شد ({ $duplicates } از قبل بود){ $rules ->
        [0] {""}
        [one] ، { $rules } قاعده
       *[other] ، { $rules } قاعده
    }.
status-import-failed = وارد کردن ناموفق بود: { $error }
status-bookmarks-kept = { $count } مطلبِ نشانک‌دارِ { $title } در «نشانک‌ها» می‌ماند.
status-bookmarks-exported = نشانک‌ها در { $path } صادر شد
status-exported = در { $path } صادر شد
status-export-failed = صدور ناموفق بود: { $error }
status-setting-refused = تنظیم تغییر نکرد: { $error }
status-unhidden = مطلب دوباره در فهرست‌هاست.

## Undo

undo = واگرد
undo-button =
    .aria-label = واگرد: { $step }
undo-done = واگردانده شد: { $step }
undo-nothing = چیزی برای واگرد نیست
undo-failed = واگرد ممکن نشد: { $error }

## Add a feed

add-title = افزودن خوراک
add-url = نشانی خوراک یا وب‌سایت
add-folder = پوشه (اختیاری)
add-account = حساب
add-import = وارد کردن OPML…
    .aria-label = وارد کردن OPML
add-searching = در جست‌وجوی خوراک…
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
feed-folder = پوشه
feed-no-folder =
    .placeholder = بدون پوشه
feed-full-text = بارگیری متن کامل مطالب
feed-full-text-auto = خودکار
feed-full-text-always = همیشه
feed-full-text-never = هرگز
feed-summary-only = این خوراک فقط خلاصه می‌فرستد: Broadsheet هر مطلب را از صفحهٔ خودش می‌آورد.
feed-whole-articles = این خوراک متن کامل مطالب را می‌فرستد.
feed-episodes = دانلود قسمت‌هایش (صدا و ویدیو)
feed-episodes-never = فقط آنهایی که خودم دانلود کنم
feed-episodes-latest = { $count ->
    [one] آخرین قسمت
   *[other] { $count } قسمت آخر
}
feed-episodes-every = هر قسمت تازه
feed-episodes-hint = پس از هر تازه‌سازی، برای شنیدن بی‌شبکه. شنیده‌ها پس از روزهای تعیین‌شده در تنظیمات پاک می‌شوند؛ نشان‌شده‌ها می‌مانند.
feed-notify = مرا از مطالب جدید باخبر کن
settings-open-articles = باز کردن مطالب
open-in-reader = در خواننده
open-in-browser = صفحهٔ وب، در مرورگر شما
open-in-inside = صفحهٔ وب، درون Broadsheet (بدون اسکریپت)
feed-page-scripts = اجازه بده صفحهٔ وب آن اسکریپت‌هایش را اینجا اجرا کند
feed-page-scripts-hint = برای صفحه‌هایی که بدون آن‌ها چیزی نشان نمی‌دهند. جدا از Broadsheet اجرا می‌شوند: به اشتراک‌ها، پرونده‌ها و خود برنامه دسترسی ندارند.
feed-open-in = باز کردن مطالبش
feed-open-in-default = مانند تنظیمات ({ $place ->
        [browser] صفحهٔ وب، در مرورگر شما
        [inside] صفحهٔ وب، درون Broadsheet
       *[reader] در خواننده
    })
reader-page-frame =
    .title = صفحهٔ وب
reader-page-inside = صفحهٔ وب، بدون اسکریپت‌هایش.
reader-page-inside-scripts = صفحهٔ وب، با اسکریپت‌هایش.
reader-page-text = متن مطلب.
reader-page-browser = مطالب این خوراک در مرورگر شما باز می‌شوند.
reader-page-show-text = نمایش متن مطلب
reader-page-show-page = نمایش صفحهٔ وب
reader-page-open = باز کردن صفحهٔ وب
access-summary = ورود و هویت
access-hint = برای خوراکی که ورود می‌خواهد، یا کارسازی که خواننده‌های ناشناس را نمی‌پذیرد. گذرواژه به انبار اعتبارنامه‌های سیستم می‌رود.
access-user = نام کاربری
access-password = گذرواژه
access-password-kept =
    .placeholder = نگه داشته شده: برای نگه‌داشتن خالی بگذارید
access-identify = معرفی به‌عنوان
access-agent-own = Broadsheet
access-agent-browser = یک مرورگر وب
access-agent-custom = دیگر…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = فراموش کردن ورود
    .aria-label = فراموش کردن ورود
feed-last-error = آخرین به‌روزرسانی ناموفق بود: { $error }
feed-unsubscribe = لغو اشتراک
    .aria-label = لغو اشتراک
feed-refresh = به‌روزرسانی
    .aria-label = به‌روزرسانی این خوراک

## A folder's dialog

folder-title = پوشه
folder-name = نام
folder-delete-hint = با حذف پوشه، خوراک‌ها و پوشه‌هایش می‌مانند و یک سطح بالا می‌روند.
folder-parent = درون
folder-top-level =
    .placeholder = بالاترین سطح
folder-path-hint = پوشهٔ درون پوشهٔ دیگر با مسیرش نوشته می‌شود: اخبار/آسیا
folder-moved-into = { $name } به { $folder } رفت
folder-moved-to-top = { $name } به بالاترین سطح رفت
folder-delete = حذف پوشه
    .aria-label = حذف پوشه

## Settings

settings-title = تنظیمات
settings-language = زبان
settings-language-system = مانند سیستم ({ $language })
settings-digits = اعداد
settings-digits-native = ارقام فارسی (۱۲۳)
settings-digits-latin = 0123456789
settings-calendar = تقویم
settings-calendar-native = هجری خورشیدی
settings-calendar-gregorian = میلادی
settings-interval = به‌روزرسانی خوراک‌ها هر
settings-interval-minutes = { $count } دقیقه
settings-interval-hour = ساعت
settings-interval-hours = { $count } ساعت
settings-theme = پوسته
settings-theme-system = مانند سیستم
settings-theme-light = روشن
settings-theme-dark = تیره
settings-font = قلم خواننده
settings-font-serif = سریف‌دار
settings-font-sans = بدون سریف
settings-size = اندازهٔ متن خواننده
settings-size-small = کوچک
settings-size-medium = متوسط
settings-size-large = بزرگ
settings-size-larger = بزرگ‌تر
settings-retention = نگه‌داشتن مطالب خوانده‌شده، پس از خواندن، به مدت
settings-retention-week = یک هفته
settings-retention-month = یک ماه
settings-retention-months = { $count } ماه
settings-retention-year = یک سال
settings-retention-ever = همیشه
settings-retention-days = { $count } روز
settings-retention-hint = از زمانی که مطلب را می‌خوانید شمرده می‌شود. مطالب خوانده‌نشده و نشانک‌دار همیشه می‌مانند.
settings-images = نگه‌داشتن تصاویر برای خواندن آفلاین
settings-images-all = برای همهٔ مطالب
settings-images-bookmarks = فقط برای نشانک‌ها
settings-images-none = هرگز
settings-episode-max = بزرگ‌ترین قسمتی که دانلود شود
settings-episodes-space = فضای دیسک برای قسمت‌های دانلودشده
settings-episodes-played = نگه‌داشتن قسمت‌های شنیده‌شده، پس از شنیدن، به مدت
settings-episodes-hint = تنظیمات هر خوراک تعیین می‌کند کدام قسمت‌هایش دانلود شوند. مطالب نشانک‌دار قسمت‌هایشان را همیشه نگه می‌دارند.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = مطالب هنگام باز شدن خوانده‌شده علامت بخورند
settings-mark-scrolled = مطالب با گذشتن از آن‌ها هنگام پیمایش خوانده‌شده علامت بخورند
settings-hide-read-feeds = پنهان کردن خوراک‌ها و پوشه‌هایی که مطلب خوانده‌نشده ندارند
settings-group-stories = یک خبر از چند منبع یک بار نشان داده شود
settings-story-first = از هر خبر اول نشان بده
settings-story-earliest = نخستین گزارش آن را
settings-story-longest = بلندترین گزارش آن را
settings-story-marks-read = خواندن یک خبر همهٔ گزارش‌های آن را خوانده می‌کند
settings-storage = فضای ذخیره‌سازی
settings-measuring = در حال اندازه‌گیری…
settings-storage-usage = مطالب: { $articles } MB ({ $full } متن کامل). تصاویر: { $files } نگه‌داشته، { $images } MB ({ $bookmarks } MB برای نشانک‌ها).
settings-storage-episodes = قسمت‌ها: { $files } دانلودشده، { $size } MB ({ $bookmarks } MB برای نشانک‌ها).
settings-clean-read = حذف تصاویر مطالب خوانده‌شده
    .aria-label = حذف تصاویر مطالب خوانده‌شده
settings-clean-all = حذف همه جز نشانک‌ها
    .aria-label = حذف همهٔ تصاویر جز تصاویر نشانک‌ها
settings-accounts = حساب‌ها
settings-accounts-hint = همگام‌سازی با FreshRSS، Miniflux و دیگر کارسازهای Google Reader API.
settings-accounts-open = حساب‌ها…
    .aria-label = حساب‌ها: افزودن یا حذف حساب‌های کارساز خوراک
settings-rules = قاعده‌ها
settings-rules-hint = مطالب جدید را با واژه‌هایشان خوانده، پنهان، نشانک‌دار یا اعلام کنید.
settings-rules-open = قاعده‌ها…
    .aria-label = قاعده‌ها: ویرایش قاعده‌ها
settings-export-bookmarks = صدور نشانک‌ها
settings-export-html = صفحهٔ وب…
    .aria-label = صفحهٔ وب: صدور نشانک‌ها در یک پروندهٔ HTML
settings-export-markdown = Markdown…
    .aria-label = Markdown: صدور نشانک‌ها به Markdown
settings-export-json = JSON…
    .aria-label = JSON: صدور نشانک‌ها به JSON
settings-export-opml = صدور OPML…
    .aria-label = صدور OPML

## Keyboard shortcuts

keys-title = میان‌برهای صفحه‌کلید
keys-bookmark = نشانک‌گذاری یا برداشتن نشانک
keys-read = علامت‌زدن خوانده‌شده یا خوانده‌نشده
keys-open = باز کردن نسخهٔ اصلی در مرورگر
keys-full = بارگیری متن کامل از صفحهٔ آن
keys-refresh = به‌روزرسانی همهٔ خوراک‌ها
keys-search = جست‌وجو
keys-sidebar = نمایش یا پنهان کردن خوراک‌ها و نماها
keys-back = بازگشت به فهرست (پنجره‌های باریک)
keys-zoom = بزرگ‌نمایی، کوچک‌نمایی، اندازهٔ عادی
keys-mark-all = علامت‌زدن همهٔ این نما به‌عنوان خوانده‌شده
keys-story = نشان دادن یا پنهان کردن گزارش‌های دیگر یک خبر
keys-play = پخش یا مکث قسمت
keys-play-back = قسمت: ۱۵ ثانیه به عقب
keys-play-on = قسمت: ۳۰ ثانیه به جلو
keys-play-slower = قسمت: آهسته‌تر
keys-play-faster = قسمت: تندتر
keys-undo = واگرد آخرین کار (علامت‌زدن، نشانک‌ها، لغو اشتراک)
keys-this-list = همین فهرست
keys-next = مطلب بعدی
keys-previous = مطلب قبلی
keys-next-unread = مطلب خوانده‌نشدهٔ بعدی
keys-previous-unread = مطلب خوانده‌نشدهٔ قبلی
settings-shortcuts-hint = کلید هر کاری را تغییر دهید یا میان‌برهای تک‌کلیدی را خاموش کنید.
settings-shortcuts-open = میان‌برها…
    .aria-label = میان‌برها: تغییر کلیدها
shortcuts-no-key = هیچ
shortcuts-change =
    .aria-label = { $key }: تغییر کلید { $action }
shortcuts-clear = پاک کردن
    .aria-label = پاک کردن کلید { $action }
shortcuts-press = کلیدی را بزنید…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = { $action } دیگر کلیدی ندارد
shortcuts-clash = { $key } کلید «{ $other }» بود که اکنون کلیدی ندارد
shortcuts-reserved = { $key } برای جابه‌جایی در پنجره است و نمی‌تواند میان‌بر باشد
shortcuts-single = میان‌برهای تک‌کلیدی (j، k، s، …)
shortcuts-single-hint = وقتی صفحه‌خوان از این کلیدها استفاده می‌کند خاموششان کنید؛ میان‌برهای با Ctrl یا Alt همچنان کار می‌کنند.
shortcuts-reset = بازگرداندن همه به پیش‌فرض
shortcuts-were-reset = همهٔ میان‌برها به پیش‌فرض بازگشتند
shortcuts-action = کار
shortcuts-key = کلید

## The first-run screen

first-run-welcome = به Broadsheet خوش آمدید
first-run-intro = سایت‌هایی را که می‌خوانید در جایی آرام دنبال کنید و وقتی شبکه قطع است هم بخوانید. چندتا را برای شروع انتخاب کنید، اشتراک‌هایتان را از خوانندهٔ دیگری بیاورید یا با کارساز خوراکی که از آن استفاده می‌کنید همگام شوید.
first-run-subscribe = اشتراک
    .aria-label = اشتراک در خوراک‌های انتخاب‌شده
first-run-subscribing = در حال اشتراک…
    .aria-label = اشتراک در خوراک‌های انتخاب‌شده
first-run-import = وارد کردن OPML…
    .aria-label = وارد کردن OPML
first-run-add = افزودن با نشانی…
    .aria-label = افزودن خوراک با نشانی
first-run-accounts = همگام‌سازی با کارساز خوراک…
    .aria-label = همگام‌سازی با کارساز خوراک: FreshRSS، Miniflux و دیگران
first-run-offline = آفلاین هستید: به هیچ خوراکی دسترسی نبود. به اینترنت وصل شوید و دوباره تلاش کنید.
first-run-subscribed = مشترک شدید
first-run-result = { $title }: { $outcome }

## Feed health

health-title = سلامت خوراک‌ها
health-all-fine = همهٔ خوراک‌ها کار می‌کنند.
health-some = { $count } خوراک نیاز به بررسی دارد. بدترین‌ها اول آمده‌اند.
health-list =
    .aria-label = خوراک‌ها به ترتیب سلامت
health-state-failing = ناموفق
health-state-gone = حذف‌شده
health-state-dead = بی‌جان
health-state-slow = کند
health-state-moved = منتقل‌شده
health-state-fine = سالم
health-per-week = { $count } مطلب در هفته
health-last-worked = آخرین کار موفق { $date }
health-last-new = آخرین مطلب جدید { $date }
health-answers-ms = پاسخ در { $ms } میلی‌ثانیه
health-answers-s = پاسخ در { $seconds } ثانیه
health-size = { $kb } KB
health-failed = { $count } بار پیاپی ناموفق
health-since = { $headline } از { $date }
health-retry = تلاش دوباره
    .aria-label = تلاش دوباره { $title }
health-find = یافتن دوباره
    .aria-label = یافتن دوباره { $title }
health-change = تغییر نشانی…
    .aria-label = تغییر نشانی… { $title }
health-unsubscribe = لغو اشتراک
    .aria-label = لغو اشتراک { $title }
health-new-address =
    .aria-label = نشانی جدید { $title }
health-save-address = ذخیره
    .aria-label = ذخیرهٔ نشانی { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: نشانی تغییر کرد؛ اکنون دریافت می‌شود.
health-retrying = { $title }: تلاش دوباره…
health-found = { $title }: در { $url } پیدا شد؛ اکنون دریافت می‌شود.
health-unsubscribed = اشتراک { $title } لغو شد.

## Rules

rules-title = قاعده‌ها
rules-hint = قاعده‌ها در هر به‌روزرسانی، پیش از اعلان‌ها و بارگیری‌ها و به همین ترتیب، روی مطالب جدید اجرا می‌شوند. نخستین قاعده‌ای که منطبق شود همان است که نامش روی مطلب می‌آید.
rules-list =
    .aria-label = قاعده‌ها
rules-none = هنوز قاعده‌ای نیست.
rules-add = افزودن قاعده…
    .aria-label = افزودن قاعده
rule-on =
    .aria-label = قاعده فعال: { $rule }
rule-turned-on = قاعده فعال شد.
rule-turned-off = قاعده غیرفعال شد.
rule-up = ↑
    .aria-label = بالا بردن: { $rule }
    .title = بالا بردن
rule-down = ↓
    .aria-label = پایین بردن: { $rule }
    .title = پایین بردن
rule-edit = ویرایش
    .aria-label = ویرایش: { $rule }
    .title = ویرایش
rule-apply = اجرا اکنون
    .aria-label = اجرا اکنون: { $rule }
    .title = اجرا اکنون
rule-remove = حذف
    .aria-label = حذف: { $rule }
    .title = حذف
rule-applied = قاعده با { $count } مطلب ذخیره‌شده منطبق شد.
rule-removed = قاعده حذف شد. آنچه روی مطالب انجام داده بود می‌ماند.
rule-in-feed = { $rule } · در { $feed }
rule-in-folder = { $rule } · در پوشهٔ { $folder }
rule-one-feed = یک خوراک
rule-field-title = عنوان
rule-field-text = متن
rule-field-author = نویسنده
rule-field-link = پیوند
rule-field-feed = نام خوراک
rule-action-read = علامت‌زدن به‌عنوان خوانده‌شده
rule-action-hide = پنهان کردن (بیرون از همهٔ نماها؛ جست‌وجو با «پنهان» پیدایش می‌کند)
rule-action-bookmark = نشانک‌گذاری (کامل برای خواندن آفلاین نگه داشته می‌شود)
rule-action-notify = باخبرم کن
rule-action-no-full-text = هرگز متن کامل را بارگیری نکن
rule-kind-any = یکی از این واژه‌ها را دارد
rule-kind-all = همهٔ این واژه‌ها را دارد
rule-kind-regex = با این عبارت باقاعده منطبق است
rule-when = وقتی این بخش مطلب
rule-then = آنگاه
rule-kind =
    .aria-label = شیوهٔ انطباق
rule-pattern =
    .aria-label = واژه‌ها یا عبارت
rule-scope =
    .aria-label = در کدام خوراک‌ها
rule-scope-all = در همهٔ خوراک‌ها
rule-scope-folder = در پوشهٔ { $folder }
rule-scope-feed = در { $feed }
rule-case = حروف بزرگ و کوچک دقیقاً یکسان باشند
rule-save = ذخیره
    .aria-label = ذخیرهٔ قاعده
rule-edit-title = ویرایش قاعده
rule-new-title = قاعدهٔ جدید
rule-preview-hint = واژه‌هایی بنویسید تا ببینید قاعده با کدام مطالب ذخیره‌شده منطبق می‌شود.
rule-preview-capped = { $matches } از { $looked } مطلب تازه‌تر
rule-preview-count = { $matches } مطلب در ۳۰ روز گذشته
rule-saved = قاعده ذخیره شد.
rule-added = قاعده افزوده شد. روی مطالب جدید اجرا می‌شود؛ «اجرا اکنون» آن را روی مطالب ذخیره‌شده اجرا می‌کند.

## Accounts

accounts-title = حساب‌ها
accounts-hint = با کارساز خوراکی که از آن استفاده می‌کنید (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux) از راه Google Reader API همگام شوید: اشتراک‌ها، پوشه‌ها و مطالب خوانده و ستاره‌دار در همهٔ دستگاه‌ها یکسان می‌مانند. کارساز خوراک‌هایش را دریافت می‌کند؛ Broadsheet هرچه همگام کند برای خواندن آفلاین نگه می‌دارد، و مطالب ستاره‌دار را کامل.
accounts-folders-hint = پوشه‌های درون پوشه با برچسبی به نام مسیرشان، مثل «اخبار/آسیا»، به کارساز می‌رسند؛ همان‌گونه که برنامه‌های دیگرِ همگام با آن می‌نویسند.
accounts-list =
    .aria-label = حساب‌ها
accounts-add = افزودن حساب…
    .aria-label = افزودن حساب
account-keyring = اطلاعات ورود در انبار گذرواژه‌های سیستم نگه داشته شده.
account-file = اطلاعات ورود در پرونده‌ای نگه داشته شده که فقط شما می‌توانید بخوانید: این سیستم انبار گذرواژه ندارد.
account-refused = کارساز دیگر ورود را نمی‌پذیرد.
account-last-failed = آخرین همگام‌سازی ناموفق بود: { $error }
account-synced-now = همین الان همگام شد.
account-synced-ago = آخرین همگام‌سازی { $when } پیش.
account-synced-on = آخرین همگام‌سازی { $when }.
account-not-synced = هنوز همگام نشده.
account-local-feeds = { $count } خوراک، که Broadsheet دریافت می‌کند.
account-server-feeds = { $url } · { $count } خوراک
account-again = ورود دوباره…
    .aria-label = ورود دوباره: { $account }
account-remove = حذف…
    .aria-label = حذف: { $account }
account-add-title = افزودن حساب
account-add-hint = گذرواژهٔ API کارساز را وارد کنید (FreshRSS: Profile → API management)، نه گذرواژه‌ای که با آن وارد صفحهٔ وبش می‌شوید. گذرواژه فقط یک بار به کار می‌رود: فقط نشانهٔ ورود کارساز نگه داشته می‌شود.
account-url = نشانی کارساز
account-user = نام کاربری
account-password = گذرواژهٔ API
account-move-local = { $count } اشتراک من در این رایانه به آن منتقل شود (پوشه‌ها می‌مانند)
account-submit = ورود و افزودن
    .aria-label = ورود و افزودن
account-signing-in = در حال ورود…
account-added = { $account } افزوده شد: API گوگل ریدرِ آن در { $url } پاسخ می‌دهد. اکنون همگام می‌شود.
account-sign-in = ورود
    .aria-label = ورود
account-sign-in-title = ورود به { $account }
account-signed-in = وارد شدید. اکنون همگام می‌شود.
account-remove-confirm = حذف
    .aria-label = حذف { $account }
account-removed = { $account } حذف شد. { $count } نشانک در این رایانه می‌ماند.
account-remove-title = { $account } حذف شود؟
account-remove-hint = خوراک‌ها و مطالبش از این رایانه می‌روند؛ نشانک‌هایش کامل زیر «روی این رایانه» می‌مانند. در کارساز چیزی تغییر نمی‌کند.

## The tray and the system's own dialogs

tray-no-unread = هیچ مطلب خوانده‌نشده‌ای نیست
tray-unread = { $shown } مطلب خوانده‌نشده
tray-tooltip = Broadsheet: { $unread }
tray-show = نمایش Broadsheet
tray-refresh = به‌روزرسانی
tray-quit = خروج
dialog-export-bookmarks = صدور نشانک‌ها
dialog-import = وارد کردن اشتراک‌ها
dialog-export = صدور اشتراک‌ها

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = روی این میزکار نماد سینی سیستم نیست: { $why }
app-cannot-open = پنجره باز نشد: { $why }

## The player

player =
    .aria-label = پخش‌کننده
player-play =
    .aria-label = پخش
    .title = پخش (l)
player-pause =
    .aria-label = مکث
    .title = مکث (l)
player-back =
    .aria-label = ۱۵ ثانیه به عقب
    .title = ۱۵ ثانیه به عقب ([)
player-on =
    .aria-label = ۳۰ ثانیه به جلو
    .title = ۳۰ ثانیه به جلو (])
player-position =
    .aria-label = جایگاه
player-speed =
    .aria-label = سرعت
player-speed-value = { $speed }×
player-volume =
    .aria-label = صدا
player-close =
    .aria-label = بستن پخش‌کننده
    .title = بستن پخش‌کننده
player-time-of = { $at } از { $duration }
player-time-left = { $left } مانده
player-listen = شنیدن
player-watch = دیدن
player-pause-episode = مکث
player-played = شنیده شد
player-downloading = در حال دانلود…
player-downloading-of = در حال دانلود: { $done } از { $total } مگابایت
player-downloading-so-far = در حال دانلود: { $done } مگابایت
player-downloaded = دانلود شده ({ $megabytes } مگابایت)
player-download = دانلود
player-remove = حذف دانلود
player-download-failed = دانلود نشد: { $error }
player-not-downloaded-offline = دانلود نشده و شبکه نیست: وقتی شبکه برگردد پخش می‌شود.
player-cannot-play = این قسمت اینجا پخش نمی‌شود.

## The Listen view

listen-downloaded = دانلودشده
listen-unplayed = شنیده‌نشده
listen-downloading = دانلود قسمت‌ها: { $done } از { $total }
listen-none = هنوز قسمتی نیست: خوراک‌هایی که صدا یا ویدیو دارند اینجا فهرست می‌شوند.
listen-none-match = هیچ قسمتی جور نیست.
listen-play =
    .aria-label = پخش { $title }
listen-pause =
    .aria-label = مکث { $title }
listen-download =
    .aria-label = دانلود { $title }
listen-remove =
    .aria-label = حذف دانلود { $title }
