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
