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
view-listen = شنیدن
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
list-unread-stories = { $count } ناخوانده، در { $stories } خبر
search =
    .aria-label = جستجو
    .placeholder = جستجو  /
search-hidden = پنهان
search-hidden-label =
    .title = مقاله‌هایی را هم که یک قاعده پنهان کرده پیدا کن
unread-only =
    .aria-label = تنها ناخوانده‌ها
    .title = تنها ناخوانده‌ها
list-layout =
    .aria-label = ترتیب فهرست: { $layout }
layout-compact = فشرده
layout-pictures = با عکس
layout-cards = کارت‌ها
settings-layout = ترتیب فهرست برای همهٔ نماها
oldest-first =
    .aria-label = اول کهنه‌ترین‌ها
    .title = اول کهنه‌ترین‌ها
mark-all-read =
    .aria-label = همه را خوانده نشانی کن
    .title = همه را خوانده نشانی کن (Shift+A)
articles =
    .aria-label = مقاله‌ها
row-bookmarked =
    .aria-label = نشانه‌دار
row-untitled = (بی‌عنوان)
story-more-sources = و { $count } منبع دیگر: { $sources }
story-panel =
    .aria-label = گزارش‌های «{ $title }»
story-also-reported = گزارش همین خبر در
story-not-same = خبر دیگری است
story-split = از { $count } گزارش دیگر جدا شد.
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
# the rule that touched the article, as lists name it
reader-rule = قاعده: { $rule }
reader-hidden-by-rule = با قاعده پنهان شده: { $rule }
reader-hidden = با یک قاعده پنهان شده

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
feed-episodes = دانلود برنامه‌هایش (آواز و ویدیو)
feed-episodes-never = تنها آنهایی که خودم دانلود کنم
feed-episodes-latest = { $count ->
    [one] آخرین برنامه
   *[other] { $count } برنامهٔ آخر
}
feed-episodes-every = هر برنامهٔ تازه
feed-episodes-hint = پس از هر تازه‌سازی، برای شنیدن بدون شبکه. شنیده‌شده‌ها پس از روزهای تعیین‌شده در تنظیمات پاک می‌شوند؛ نشانی‌شده‌ها می‌مانند.
feed-notify = مرا از مقاله‌های نو آگاه کن
settings-open-articles = باز کردن مقاله‌ها
open-in-reader = در خواننده
open-in-browser = صفحهٔ ویب، در مرورگر شما
open-in-inside = صفحهٔ ویب، درون Broadsheet (بدون اسکریپت)
feed-page-scripts = اجازه بده صفحهٔ ویب آن اسکریپت‌هایش را اینجا اجرا کند
feed-page-scripts-hint = برای صفحه‌هایی که بدون آن‌ها چیزی نشان نمی‌دهند. جدا از Broadsheet اجرا می‌شوند: به اشتراک‌ها، فایل‌ها و خود برنامه دسترسی ندارند.
feed-open-in = باز کردن مقاله‌هایش
feed-open-in-default = مانند تنظیمات ({ $place ->
        [browser] صفحهٔ ویب، در مرورگر شما
        [inside] صفحهٔ ویب، درون Broadsheet
       *[reader] در خواننده
    })
reader-page-frame =
    .title = صفحهٔ ویب
reader-page-inside = صفحهٔ ویب، بدون اسکریپت‌هایش.
reader-page-inside-scripts = صفحهٔ ویب، با اسکریپت‌هایش.
reader-page-text = متن مقاله.
reader-page-browser = مقاله‌های این فید در مرورگر شما باز می‌شوند.
reader-page-show-text = نمایش متن مقاله
reader-page-show-page = نمایش صفحهٔ ویب
reader-page-open = باز کردن صفحهٔ ویب
access-summary = ورود و هویت
access-hint = برای فیدی که ورود می‌خواهد، یا سروری که خواننده‌های ناشناس را نمی‌پذیرد. رمز به ذخیرهٔ اعتبارنامه‌های سیستم می‌رود.
access-user = نام کاربر
access-password = رمز
access-password-kept =
    .placeholder = نگه‌داری شده: برای نگه‌داشتن خالی بگذارید
access-identify = معرفی به حیث
access-agent-own = Broadsheet
access-agent-browser = یک مرورگر ویب
access-agent-custom = دیگر…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = فراموش کردن ورود
    .aria-label = فراموش کردن ورود
feed-last-error = آخرین تازه کردن ناکام شد: { $error }
feed-unsubscribe = لغو اشتراک
    .aria-label = لغو اشتراک
feed-refresh = تازه کردن
    .aria-label = تازه کردن این فید

## A folder's dialog

folder-title = فولدر
folder-name = نام
folder-delete-hint = با حذف فولدر، فیدها و فولدرهایش می‌مانند و یک سطح بالا می‌روند.
folder-parent = داخل
folder-top-level =
    .placeholder = بالاترین سطح
folder-path-hint = فولدرِ داخل فولدر دیگر با مسیرش نوشته می‌شود: خبرها/آسیا
folder-moved-into = { $name } به { $folder } رفت
folder-moved-to-top = { $name } به بالاترین سطح رفت
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
settings-episode-max = بزرگ‌ترین برنامه‌ای که دانلود شود
settings-episodes-space = جای دیسک برای برنامه‌های دانلودشده
settings-episodes-played = برنامه‌های شنیده‌شده، پس از شنیدن، نگه داشته شوند تا
settings-episodes-hint = تنظیمات هر فید تعیین می‌کند کدام برنامه‌هایش دانلود شوند. مقاله‌های نشانه‌دار برنامه‌هایشان را همیشه نگه می‌دارند.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = مقاله‌ها هنگام باز شدن خوانده نشانی شوند
settings-mark-scrolled = مقاله‌ها با گذشتن از آن‌ها هنگام پیمایش خوانده نشانی شوند
settings-hide-read-feeds = پنهان کردن فیدها و فولدرهایی که مقالهٔ ناخوانده ندارند
settings-group-stories = یک خبر از چند منبع یک بار نشان داده شود
settings-story-first = از هر خبر اول نشان بده
settings-story-earliest = نخستین گزارش آن را
settings-story-longest = درازترین گزارش آن را
settings-story-marks-read = خواندن یک خبر همهٔ گزارش‌های آن را خوانده می‌سازد
settings-storage = حافظه
settings-measuring = در حال اندازه‌گیری…
settings-storage-usage = مقاله‌ها: { $articles } MB ({ $full } مقالهٔ کامل). عکس‌ها: { $files } نگه داشته شده، { $images } MB ({ $bookmarks } MB از نشانه‌ها).
settings-storage-episodes = برنامه‌ها: { $files } دانلودشده، { $size } MB ({ $bookmarks } MB از نشانه‌ها).
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
keys-story = نشان دادن یا پنهان کردن گزارش‌های دیگر یک خبر
keys-play = پخش یا توقف برنامه
keys-play-back = برنامه: ۱۵ ثانیه به عقب
keys-play-on = برنامه: ۳۰ ثانیه به پیش
keys-play-slower = برنامه: آهسته‌تر
keys-play-faster = برنامه: تیزتر
keys-undo = برگرداندن آخرین کار (نشانی کردن، نشانه‌ها، لغو اشتراک)
keys-this-list = همین فهرست
keys-next = مقالهٔ بعدی
keys-previous = مقالهٔ قبلی
keys-next-unread = مقالهٔ ناخواندهٔ بعدی
keys-previous-unread = مقالهٔ ناخواندهٔ قبلی
settings-shortcuts-hint = کلید هر کار را تغییر بدهید یا میان‌برهای یک‌کلیدی را خاموش کنید.
settings-shortcuts-open = میان‌برها…
    .aria-label = میان‌برها: تغییر کلیدها
shortcuts-no-key = هیچ
shortcuts-change =
    .aria-label = { $key }: تغییر کلید { $action }
shortcuts-clear = پاک کردن
    .aria-label = پاک کردن کلید { $action }
shortcuts-press = یک کلید را فشار بدهید…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = { $action } حالا کلید ندارد
shortcuts-clash = { $key } کلید «{ $other }» بود که حالا کلید ندارد
shortcuts-reserved = { $key } برای حرکت در پنجره است و میان‌بر شده نمی‌تواند
shortcuts-single = میان‌برهای یک‌کلیدی (j، k، s، …)
shortcuts-single-hint = وقتی صفحه‌خوان این کلیدها را به کار می‌برد خاموش‌شان کنید؛ میان‌برهای با Ctrl یا Alt باز هم کار می‌کنند.
shortcuts-reset = برگرداندن همه به پیش‌فرض
shortcuts-were-reset = همهٔ میان‌برها به پیش‌فرض برگشتند
shortcuts-action = کار
shortcuts-key = کلید

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

## Feed health

health-title = صحت فیدها
health-all-fine = همهٔ فیدها کار می‌کنند.
health-some = { $count } فید به یک نگاه نیاز دارد. بدترین‌ها اول آمده‌اند.
health-list =
    .aria-label = فیدها به ترتیب صحت
health-state-failing = ناکام
health-state-gone = از میان رفته
health-state-dead = خاموش
health-state-slow = کند
health-state-moved = جابه‌جا شده
health-state-fine = کار می‌کند
health-per-week = { $count } مقاله در هفته
health-last-worked = آخرین بار کار کرد { $date }
health-last-new = آخرین مقالهٔ نو { $date }
health-answers-ms = پاسخ در { $ms } میلی‌ثانیه
health-answers-s = پاسخ در { $seconds } ثانیه
health-size = { $kb } KB
health-failed = { $count } بار پیاپی ناکام شد
health-since = { $headline } از { $date }
health-retry = دوباره کوشش
    .aria-label = دوباره کوشش { $title }
health-find = دوباره پیدا کن
    .aria-label = دوباره پیدا کن { $title }
health-change = تغییر نشانی…
    .aria-label = تغییر نشانی… { $title }
health-unsubscribe = لغو اشتراک
    .aria-label = لغو اشتراک { $title }
health-new-address =
    .aria-label = نشانی نو برای { $title }
health-save-address = ذخیره
    .aria-label = ذخیرهٔ نشانی { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: نشانی تغییر کرد؛ اکنون گرفته می‌شود.
health-retrying = { $title }: دوباره کوشش می‌شود…
health-found = { $title }: در { $url } پیدا شد؛ اکنون گرفته می‌شود.
health-unsubscribed = اشتراک { $title } لغو شد.

## Rules

rules-title = قاعده‌ها
rules-hint = قاعده‌ها در هر تازه کردن، پیش از اعلان‌ها و دانلودها و به همین ترتیب، روی مقاله‌های نو کار می‌کنند. نخستین قاعده‌ای که بخورد، همان است که نامش روی مقاله می‌آید.
rules-list =
    .aria-label = قاعده‌ها
rules-none = هنوز قاعده‌ای نیست.
rules-add = افزودن قاعده…
    .aria-label = افزودن قاعده
rule-on =
    .aria-label = قاعده روشن: { $rule }
rule-turned-on = قاعده روشن شد.
rule-turned-off = قاعده خاموش شد.
rule-up = ↑
    .aria-label = بالا بردن: { $rule }
    .title = بالا بردن
rule-down = ↓
    .aria-label = پایین بردن: { $rule }
    .title = پایین بردن
rule-edit = ویرایش
    .aria-label = ویرایش: { $rule }
    .title = ویرایش
rule-apply = اکنون اجرا کن
    .aria-label = اکنون اجرا کن: { $rule }
    .title = اکنون اجرا کن
rule-remove = حذف
    .aria-label = حذف: { $rule }
    .title = حذف
rule-applied = قاعده با { $count } مقالهٔ نگه‌داشته‌شده خورد.
rule-removed = قاعده حذف شد. آنچه روی مقاله‌ها کرده بود می‌ماند.
rule-in-feed = { $rule } · در { $feed }
rule-in-folder = { $rule } · در فولدر { $folder }
rule-one-feed = یک فید
rule-field-title = عنوان
rule-field-text = متن
rule-field-author = نویسنده
rule-field-link = پیوند
rule-field-feed = نام فید
rule-action-read = خوانده نشانی کن
rule-action-hide = پنهان کن (از همهٔ نماها بیرون؛ جستجو با «پنهان» پیدایش می‌کند)
rule-action-bookmark = نشانه کن (کامل برای بدون انترنت نگه داشته می‌شود)
rule-action-notify = مرا آگاه کن
rule-action-no-full-text = هرگز مقالهٔ کامل را دانلود نکن
rule-kind-any = یکی از این کلمه‌ها را دارد
rule-kind-all = همهٔ این کلمه‌ها را دارد
rule-kind-regex = با این عبارت منظم می‌خورد
rule-when = وقتی این بخش مقاله
rule-then = آنگاه
rule-kind =
    .aria-label = چگونه بخورد
rule-pattern =
    .aria-label = کلمه‌ها یا عبارت
rule-scope =
    .aria-label = در کدام فیدها
rule-scope-all = در همهٔ فیدها
rule-scope-folder = در فولدر { $folder }
rule-scope-feed = در { $feed }
rule-case = حروف بزرگ و کوچک دقیقاً همان باشند
rule-save = ذخیره
    .aria-label = ذخیرهٔ قاعده
rule-edit-title = ویرایش قاعده
rule-new-title = قاعدهٔ نو
rule-preview-hint = کلمه‌ها را بنویسید تا ببینید قاعده با کدام مقاله‌های نگه‌داشته‌شده می‌خورد.
rule-preview-capped = { $matches } از { $looked } مقالهٔ تازه‌تر
rule-preview-count = { $matches } مقاله در ۳۰ روز گذشته
rule-saved = قاعده ذخیره شد.
rule-added = قاعده افزوده شد. روی مقاله‌های نو کار می‌کند؛ «اکنون اجرا کن» آن را روی مقاله‌های نگه‌داشته‌شده اجرا می‌کند.

## Accounts

accounts-title = حساب‌ها
accounts-hint = با سرور فیدی که به کار می‌برید (FreshRSS، Miniflux، Inoreader، The Old Reader، BazQux) از راه Google Reader API همگام شوید: اشتراک‌ها، فولدرها و مقاله‌های خوانده و ستاره‌دار در هر دستگاه یکسان می‌مانند. سرور فیدهایش را می‌گیرد؛ Broadsheet هر چه همگام کند برای خواندن بدون انترنت نگه می‌دارد، و مقاله‌های ستاره‌دار را کامل.
accounts-folders-hint = فولدرهای داخل فولدر با برچسبی به نام مسیرشان، مانند «خبرها/آسیا»، به سرور می‌رسند؛ همان‌طور که برنامه‌های دیگرِ همگام با آن می‌نویسند.
accounts-list =
    .aria-label = حساب‌ها
accounts-add = افزودن حساب…
    .aria-label = افزودن حساب
account-keyring = ورود در انبار رمزهای سیستم نگه داشته شده.
account-file = ورود در فایلی نگه داشته شده که تنها شما می‌توانید بخوانید: این سیستم انبار رمز ندارد.
account-refused = سرور دیگر ورود را نمی‌پذیرد.
account-last-failed = آخرین همگام‌سازی ناکام شد: { $error }
account-synced-now = همین حالا همگام شد.
account-synced-ago = آخرین همگام‌سازی { $when } پیش.
account-synced-on = آخرین همگام‌سازی { $when }.
account-not-synced = هنوز همگام نشده.
account-local-feeds = { $count } فید، که Broadsheet می‌گیرد.
account-server-feeds = { $url } · { $count } فید
account-again = ورود دوباره…
    .aria-label = ورود دوباره: { $account }
account-remove = حذف…
    .aria-label = حذف: { $account }
account-add-title = افزودن حساب
account-add-hint = رمز API سرور را به کار ببرید (FreshRSS: Profile → API management)، نه رمزی که با آن به صفحهٔ ویب آن وارد می‌شوید. رمز تنها یک بار به کار می‌رود: تنها نشانهٔ ورود سرور نگه داشته می‌شود.
account-url = نشانی سرور
account-user = نام کاربر
account-password = رمز API
account-move-local = { $count } اشتراک من در این کمپیوتر به آن برده شود (فولدرها می‌مانند)
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
account-removed = { $account } حذف شد. { $count } نشانه در این کمپیوتر می‌ماند.
account-remove-title = { $account } حذف شود؟
account-remove-hint = فیدها و مقاله‌هایش از این کمپیوتر می‌روند؛ نشانه‌هایش کامل زیر «روی این کمپیوتر» می‌مانند. در سرور چیزی تغییر نمی‌کند.

## The tray and the system's own dialogs

tray-no-unread = هیچ مقالهٔ ناخوانده‌ای نیست
tray-unread = { $shown } مقالهٔ ناخوانده
tray-tooltip = Broadsheet: { $unread }
tray-show = نشان دادن Broadsheet
tray-refresh = تازه کردن
tray-quit = بستن
dialog-export-bookmarks = صادر کردن نشانه‌ها
dialog-import = وارد کردن اشتراک‌ها
dialog-export = صادر کردن اشتراک‌ها

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = روی این دسکتاپ آیکن سینی سیستم نیست: { $why }
app-cannot-open = پنجره باز نشد: { $why }

## The player

player =
    .aria-label = پخش‌کننده
player-play =
    .aria-label = پخش
    .title = پخش (l)
player-pause =
    .aria-label = توقف
    .title = توقف (l)
player-back =
    .aria-label = ۱۵ ثانیه به عقب
    .title = ۱۵ ثانیه به عقب ([)
player-on =
    .aria-label = ۳۰ ثانیه به پیش
    .title = ۳۰ ثانیه به پیش (])
player-position =
    .aria-label = جایگاه
player-speed =
    .aria-label = سرعت
player-speed-value = { $speed }×
player-volume =
    .aria-label = آواز
player-close =
    .aria-label = بستن پخش‌کننده
    .title = بستن پخش‌کننده
player-time-of = { $at } از { $duration }
player-time-left = { $left } مانده
player-listen = شنیدن
player-watch = دیدن
player-pause-episode = توقف
player-played = شنیده شد
player-downloading = در حال دانلود…
player-downloading-of = در حال دانلود: { $done } از { $total } میگابایت
player-downloading-so-far = در حال دانلود: { $done } میگابایت
player-downloaded = دانلود شده ({ $megabytes } میگابایت)
player-download = دانلود
player-remove = حذف دانلود
player-download-failed = دانلود نشد: { $error }
player-not-downloaded-offline = دانلود نشده و شبکه نیست: وقتی شبکه برگردد پخش می‌شود.
player-cannot-play = این برنامه اینجا پخش نمی‌شود.

## The Listen view

listen-downloaded = دانلودشده
listen-unplayed = شنیده‌نشده
listen-downloading = دانلود برنامه‌ها: { $done } از { $total }
listen-none = هنوز برنامه‌ای نیست: خبرنامه‌هایی که آواز یا ویدیو دارند اینجا فهرست می‌شوند.
listen-none-match = هیچ برنامه‌ای جور نیست.
listen-play =
    .aria-label = پخش { $title }
listen-pause =
    .aria-label = توقف { $title }
listen-download =
    .aria-label = دانلود { $title }
listen-remove =
    .aria-label = حذف دانلود { $title }
