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
