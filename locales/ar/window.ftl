### نافذة Broadsheet، بالعربية.
###
### Glossary (مسرد): الكلمات التي يسمّي بها هذا الفهرس أشياء القارئ، هي نفسها في كل مكان.
###   feed: خلاصة (ج. خلاصات)
###   article: مقالة (ج. مقالات)
###   bookmark: إشارة مرجعية (ج. إشارات مرجعية)
###   refresh: تحديث
###   folder: مجلد (ج. مجلدات)
###   full article: المقالة الكاملة (صفحة المقالة نفسها، محفوظة للقراءة دون اتصال)
###   unread: غير مقروءة
###   feed server: خادم خلاصات (FreshRSS وMiniflux وأمثالهما)
###
### المفاتيح (j، k، s، Ctrl…) تبقى كما هي. أبقِ <kbd>…</kbd> حول المفتاح.
### الأعداد: صيغ الجمع الست (zero, one, two, few, many, other) كلها مطلوبة حيث يُختار بالعدد.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = الخلاصات والعروض
toolbar-add =
    .aria-label = إضافة خلاصة
    .title = إضافة خلاصة
toolbar-refresh =
    .aria-label = تحديث
    .title = تحديث الكل (r)
toolbar-settings =
    .aria-label = الإعدادات
    .title = الإعدادات
view-all = كل المقالات
view-unread = غير المقروءة
view-today = اليوم
view-bookmarks = الإشارات المرجعية
view-search = بحث
view-health = صحة الخلاصات
view-health-button =
    .aria-label = صحة الخلاصات
view-health-failing =
    .aria-label = صحة الخلاصات، { $count } تفشل
view-count-unread =
    .aria-label = { $name } { $count } غير مقروءة
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = تغيير حجم لوحة الخلاصات
split-list =
    .aria-label = تغيير حجم قائمة المقالات
sidebar-hide =
    .aria-label = إخفاء الخلاصات والعروض
    .title = إخفاء الخلاصات والعروض (v)
sidebar-show =
    .aria-label = إظهار الخلاصات والعروض
    .title = إظهار الخلاصات والعروض (v)
folder-toggle =
    .aria-label = المجلد { $name }، { $count } غير مقروءة
folder-all = الكل في المجلد
folder-all-button =
    .aria-label = الكل في المجلد، { $count } غير مقروءة، { $name }
folder-edit =
    .aria-label = تحرير المجلد { $name }
    .title = إعادة تسمية المجلد أو حذفه
feed-button =
    .aria-label = { $title } { $count } غير مقروءة
feed-button-trouble =
    .aria-label = { $title } { $count } غير مقروءة، { $trouble }
feed-edit =
    .aria-label = تحرير الخلاصة { $title }
    .title = إعادة التسمية أو النقل أو إلغاء الاشتراك
feed-gone = زالت منذ { $date }: يقول الخادم إن الخلاصة لم تعد موجودة، فلم تعد تُجلب
feed-failing = تفشل: { $problem }
feed-failing-since = تفشل منذ { $date }: { $problem }
account-sign-in-again = سجّل الدخول مجددًا
account-sync-failed = فشلت المزامنة

## The article list

list-title-search = بحث
list-found = نتائج: { $count }
list-unread = { $count } غير مقروءة
search =
    .aria-label = بحث
    .placeholder = بحث  /
search-hidden = المخفية
search-hidden-label =
    .title = اعثر أيضًا على المقالات التي أخفتها قاعدة
unread-only =
    .aria-label = غير المقروءة فقط
    .title = غير المقروءة فقط
mark-all-read =
    .aria-label = تعليم الكل كمقروء
    .title = تعليم الكل كمقروء (Shift+A)
articles =
    .aria-label = المقالات
row-bookmarked =
    .aria-label = بإشارة مرجعية
row-untitled = (بلا عنوان)
empty-no-match = لا توجد مقالات مطابقة.
empty-no-bookmarks = لا إشارات مرجعية بعد. اضغط s على مقالة لتحتفظ بها.
empty-all-read = كلها مقروءة.
empty-nothing-yet = لا مقالات هنا بعد.

## Dates in the list

date-now = الآن
date-minutes = { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
date-hours = { $count ->
        [zero] { $count } ساعة
        [one] ساعة
        [two] ساعتان
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
date-yesterday = أمس

## The reader

reader =
    .aria-label = المقالة
reader-back =
    .aria-label = العودة إلى القائمة
    .title = العودة إلى القائمة (Escape)
reader-mark-read =
    .aria-label = تعليم كمقروءة
    .title = تعليم كمقروءة (m)
reader-mark-unread =
    .aria-label = تعليم كغير مقروءة
    .title = تعليم كغير مقروءة (m)
reader-bookmark =
    .aria-label = إضافة إشارة مرجعية
    .title = إضافة إشارة مرجعية (s)
reader-remove-bookmark =
    .aria-label = إزالة الإشارة المرجعية
    .title = إزالة الإشارة المرجعية (s)
reader-load-full =
    .aria-label = تحميل المقالة الكاملة
    .title = تحميل المقالة الكاملة من صفحتها (f)
reader-load-full-again =
    .aria-label = تحميل المقالة الكاملة مجددًا
    .title = تحميل المقالة الكاملة من صفحتها مجددًا (f)
reader-open =
    .aria-label = فتح الأصل
    .title = فتح الأصل في المتصفح (o)
reader-empty = اختر مقالة لقراءتها.
reader-keys-hint = اضغط <kbd>?</kbd> لاختصارات لوحة المفاتيح.
reader-unhide = إظهارها في القوائم مجددًا
    .aria-label = إظهارها في القوائم مجددًا
reader-frame =
    .title = نص المقالة
reader-original = اقرأ على الموقع الأصلي
reader-full-failed = تعذّر تحميل المقالة الكاملة ({ $error }).

## The status line

status-refreshing = جارٍ التحديث… { $done } من { $total }
status-saving = جارٍ الحفظ للقراءة دون اتصال… { $done } من { $total }
status-offline = دون اتصال: يُعرض ما هو محفوظ.
status-updated = حُدّث { $time }
status-sign-in-again = { $account }: لم يعد الخادم يقبل تسجيل الدخول. سجّل الدخول مجددًا من الإعدادات ← الحسابات.
status-sync-failed = فشلت المزامنة مع { $account }: { $error }
status-an-account = أحد الحسابات
status-refresh-failed = فشل التحديث: { $error }
status-imported = { $feeds ->
        [zero] لم تُستورد أي خلاصة
        [one] استُوردت خلاصة واحدة
        [two] استُوردت خلاصتان
        [few] استُوردت { $feeds } خلاصات
        [many] استُوردت { $feeds } خلاصة
       *[other] استُوردت { $feeds } خلاصة
    } ({ $duplicates } موجودة مسبقًا){ $rules ->
        [zero] {""}
        [one] ، وقاعدة واحدة
        [two] ، وقاعدتان
        [few] ، و{ $rules } قواعد
        [many] ، و{ $rules } قاعدة
       *[other] ، و{ $rules } قاعدة
    }.
status-import-failed = فشل الاستيراد: { $error }
status-bookmarks-kept = { $count ->
        [zero] لا مقالات لـ{ $title } بإشارة مرجعية.
        [one] تبقى مقالة { $title } ذات الإشارة المرجعية في «الإشارات المرجعية».
        [two] تبقى مقالتا { $title } ذواتا الإشارة المرجعية في «الإشارات المرجعية».
        [few] تبقى { $count } مقالات من { $title } ذات إشارة مرجعية في «الإشارات المرجعية».
        [many] تبقى { $count } مقالة من { $title } ذات إشارة مرجعية في «الإشارات المرجعية».
       *[other] تبقى { $count } مقالة من { $title } ذات إشارة مرجعية في «الإشارات المرجعية».
    }
status-bookmarks-exported = صُدّرت الإشارات المرجعية إلى { $path }
status-exported = صُدّر إلى { $path }
status-export-failed = فشل التصدير: { $error }
status-setting-refused = لم يتغير الإعداد: { $error }
status-unhidden = عادت المقالة إلى القوائم.

## Undo

undo = تراجع
undo-button =
    .aria-label = تراجع: { $step }
undo-done = تم التراجع: { $step }
undo-nothing = لا شيء للتراجع عنه
undo-failed = تعذّر التراجع: { $error }

## Add a feed

add-title = إضافة خلاصة
add-url = عنوان الخلاصة أو الموقع
add-folder = المجلد (اختياري)
add-account = الحساب
add-import = استيراد OPML…
    .aria-label = استيراد OPML
add-searching = جارٍ البحث عن الخلاصة…
add-subscribe = اشتراك
    .aria-label = اشتراك
cancel = إلغاء
    .aria-label = إلغاء
save = حفظ
    .aria-label = حفظ
close = إغلاق
    .aria-label = إغلاق
done = تم
    .aria-label = تم

## A feed's dialog

feed-name = الاسم
feed-folder = المجلد
feed-no-folder =
    .placeholder = بلا مجلد
feed-full-text = تنزيل المقالات الكاملة
feed-full-text-auto = تلقائيًا
feed-full-text-always = دائمًا
feed-full-text-never = أبدًا
feed-summary-only = ترسل هذه الخلاصة ملخصات فقط: يجلب Broadsheet كل مقالة من صفحتها.
feed-whole-articles = ترسل هذه الخلاصة المقالات كاملة.
feed-notify = أعلمني بالمقالات الجديدة
feed-last-error = فشل آخر تحديث: { $error }
feed-unsubscribe = إلغاء الاشتراك
    .aria-label = إلغاء الاشتراك
feed-refresh = تحديث
    .aria-label = تحديث هذه الخلاصة

## A folder's dialog

folder-title = المجلد
folder-name = الاسم
folder-delete-hint = حذف المجلد يُبقي خلاصاته؛ تخرج فقط من المجلد.
folder-delete = حذف المجلد
    .aria-label = حذف المجلد

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-language-system = لغة النظام ({ $language })
settings-digits = الأرقام
settings-digits-native = الأرقام العربية (١٢٣)
settings-digits-latin = 0123456789
settings-calendar = التقويم
settings-calendar-native = تقويم اللغة
settings-calendar-gregorian = الميلادي
settings-interval = تحديث الخلاصات كل
settings-interval-minutes = { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
settings-interval-hour = ساعة
settings-interval-hours = { $count ->
        [zero] { $count } ساعة
        [one] ساعة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
settings-theme = المظهر
settings-theme-system = مثل النظام
settings-theme-light = فاتح
settings-theme-dark = داكن
settings-font = خط القراءة
settings-font-serif = بذيل (Serif)
settings-font-sans = بلا ذيل (Sans-serif)
settings-size = حجم نص القراءة
settings-size-small = صغير
settings-size-medium = متوسط
settings-size-large = كبير
settings-size-larger = أكبر
settings-retention = الاحتفاظ بالمقالات المقروءة، بعد قراءتها، لمدة
settings-retention-week = أسبوع
settings-retention-month = شهر
settings-retention-months = { $count ->
        [zero] { $count } شهر
        [one] شهر
        [two] شهرين
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
settings-retention-year = سنة
settings-retention-ever = دائمًا
settings-retention-days = { $count ->
        [zero] { $count } يوم
        [one] يوم
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
settings-retention-hint = تُحسب المدة من وقت قراءتك للمقالة. تبقى المقالات غير المقروءة وذات الإشارات المرجعية دائمًا.
settings-images = الاحتفاظ بالصور للقراءة دون اتصال
settings-images-all = لكل المقالات
settings-images-bookmarks = للإشارات المرجعية فقط
settings-images-none = أبدًا
settings-storage = التخزين
settings-measuring = جارٍ القياس…
settings-storage-usage = المقالات: { $articles } MB ({ $full ->
        [zero] لا مقالات كاملة
        [one] مقالة كاملة واحدة
        [two] مقالتان كاملتان
        [few] { $full } مقالات كاملة
        [many] { $full } مقالة كاملة
       *[other] { $full } مقالة كاملة
    }). الصور: المحفوظ { $files }، { $images } MB (منها { $bookmarks } MB للإشارات المرجعية).
settings-clean-read = إزالة صور المقالات المقروءة
    .aria-label = إزالة صور المقالات المقروءة
settings-clean-all = إزالة الكل عدا صور الإشارات المرجعية
    .aria-label = إزالة كل الصور عدا صور الإشارات المرجعية
settings-accounts = الحسابات
settings-accounts-hint = المزامنة مع FreshRSS وMiniflux وغيرهما من خوادم Google Reader API.
settings-accounts-open = الحسابات…
    .aria-label = الحسابات: إضافة حسابات خوادم الخلاصات أو إزالتها
settings-rules = القواعد
settings-rules-hint = علّم المقالات الجديدة كمقروءة أو أخفِها أو ضع عليها إشارة مرجعية أو أعلن عنها بحسب كلماتها.
settings-rules-open = القواعد…
    .aria-label = القواعد: تحرير القواعد
settings-export-bookmarks = تصدير الإشارات المرجعية
settings-export-html = صفحة ويب…
    .aria-label = صفحة ويب: تصدير الإشارات المرجعية في ملف HTML واحد
settings-export-markdown = Markdown…
    .aria-label = Markdown: تصدير الإشارات المرجعية بصيغة Markdown
settings-export-json = JSON…
    .aria-label = JSON: تصدير الإشارات المرجعية بصيغة JSON
settings-export-opml = تصدير OPML…
    .aria-label = تصدير OPML

## Keyboard shortcuts

keys-title = اختصارات لوحة المفاتيح
keys-next-previous = المقالة التالية / السابقة
keys-next-previous-unread = المقالة غير المقروءة التالية / السابقة
keys-bookmark = إضافة الإشارة المرجعية أو إزالتها
keys-read = تعليم كمقروءة أو غير مقروءة
keys-open = فتح الأصل في المتصفح
keys-full = تحميل المقالة الكاملة من صفحتها
keys-refresh = تحديث كل الخلاصات
keys-search = بحث
keys-sidebar = إظهار الخلاصات والعروض أو إخفاؤها
keys-back = العودة إلى القائمة (النوافذ الضيقة)
keys-zoom = تكبير، تصغير، العودة إلى الحجم العادي
keys-mark-all = تعليم كل ما في هذا العرض كمقروء
keys-undo = التراجع عن الخطوة الأخيرة (التعليم، الإشارات المرجعية، إلغاء الاشتراك)
keys-this-list = هذه القائمة

## The first-run screen

first-run-welcome = مرحبًا بك في Broadsheet
first-run-intro = تابع المواقع التي تقرؤها في مكان واحد هادئ، وواصل القراءة حين تغيب الشبكة. اختر بعضها للبدء، أو انقل اشتراكاتك من قارئ آخر، أو زامن مع خادم الخلاصات الذي تستخدمه.
first-run-subscribe = اشتراك
    .aria-label = الاشتراك في الخلاصات المحددة
first-run-subscribing = جارٍ الاشتراك…
    .aria-label = الاشتراك في الخلاصات المحددة
first-run-import = استيراد OPML…
    .aria-label = استيراد OPML
first-run-add = إضافة بالعنوان…
    .aria-label = إضافة خلاصة بعنوانها
first-run-accounts = المزامنة مع خادم خلاصات…
    .aria-label = المزامنة مع خادم خلاصات: FreshRSS وMiniflux وغيرهما
first-run-offline = أنت غير متصل: تعذّر الوصول إلى أي خلاصة. اتصل بالإنترنت وحاول مجددًا.
first-run-subscribed = تم الاشتراك
first-run-result = { $title }: { $outcome }
