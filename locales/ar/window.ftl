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
view-listen = استماع
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
list-unread-stories = { $count } غير مقروءة، في { $stories } خبر
search =
    .aria-label = بحث
    .placeholder = بحث  /
search-hidden = المخفية
search-hidden-label =
    .title = اعثر أيضًا على المقالات التي أخفتها قاعدة
unread-only =
    .aria-label = غير المقروءة فقط
    .title = غير المقروءة فقط
list-layout =
    .aria-label = تخطيط القائمة: { $layout }
layout-compact = مضغوط
layout-pictures = مع الصور
layout-cards = بطاقات
settings-layout = تخطيط القائمة لكل العروض
oldest-first =
    .aria-label = الأقدم أولًا
    .title = الأقدم أولًا
mark-all-read =
    .aria-label = تعليم الكل كمقروء
    .title = تعليم الكل كمقروء (Shift+A)
articles =
    .aria-label = المقالات
row-bookmarked =
    .aria-label = بإشارة مرجعية
row-untitled = (بلا عنوان)
story-more-sources = و{ $count ->
        [zero] لا مصادر أخرى
        [one] مصدر آخر
        [two] مصدران آخران
        [few] { $count } مصادر أخرى
        [many] { $count } مصدرًا آخر
       *[other] { $count } مصدر آخر
    }: { $sources }
story-panel =
    .aria-label = تقارير «{ $title }»
story-also-reported = نقلته أيضًا
story-not-same = ليس الخبر نفسه
story-split = فُصل عن التقارير الأخرى ({ $count }).
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
# the rule that touched the article, as lists name it
reader-rule = القاعدة: { $rule }
reader-hidden-by-rule = أخفتها القاعدة: { $rule }
reader-hidden = أخفتها قاعدة

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
feed-episodes = تنزيل حلقاتها (صوت وفيديو)
feed-episodes-never = فقط ما أنزّله بنفسي
feed-episodes-latest = { $count ->
    [zero] الأحدث { $count }
    [one] الأحدث
    [two] الأحدث اثنتان
    [few] الأحدث { $count }
    [many] الأحدث { $count }
   *[other] الأحدث { $count }
}
feed-episodes-every = كل حلقة جديدة
feed-episodes-hint = بعد كل تحديث، للاستماع دون اتصال. تُحذف الحلقات المسموعة بعد الأيام المحددة في الإعدادات؛ وتبقى حلقات الإشارات المرجعية.
feed-notify = أعلمني بالمقالات الجديدة
settings-open-articles = فتح المقالات
open-in-reader = في القارئ
open-in-browser = صفحة الويب، في متصفحك
open-in-inside = صفحة الويب، داخل Broadsheet (بلا سكربتات)
feed-page-scripts = اسمح لصفحة الويب بتشغيل سكربتاتها هنا
feed-page-scripts-hint = للصفحات التي لا تعرض شيئًا من دونها. تعمل بمعزل عن Broadsheet: لا تصل إلى اشتراكاتك ولا ملفاتك ولا إلى التطبيق.
feed-open-in = فتح مقالاتها
feed-open-in-default = كما في الإعدادات ({ $place ->
        [browser] صفحة الويب، في متصفحك
        [inside] صفحة الويب، داخل Broadsheet
       *[reader] في القارئ
    })
reader-page-frame =
    .title = صفحة الويب
reader-page-inside = صفحة الويب، بلا سكربتاتها.
reader-page-inside-scripts = صفحة الويب، بسكربتاتها.
reader-page-text = نص المقالة.
reader-page-browser = تُفتح مقالات هذه الخلاصة في متصفحك.
reader-page-show-text = اعرض نص المقالة
reader-page-show-page = اعرض صفحة الويب
reader-page-open = افتح صفحة الويب
access-summary = تسجيل الدخول والهوية
access-hint = لخلاصة خلف تسجيل دخول، أو لخادم يرفض القرّاء المجهولين. تذهب كلمة المرور إلى مخزن بيانات الاعتماد في النظام.
access-user = اسم المستخدم
access-password = كلمة المرور
access-password-kept =
    .placeholder = محفوظة: اتركها فارغة لإبقائها
access-identify = التعريف باسم
access-agent-own = Broadsheet
access-agent-browser = متصفح ويب
access-agent-custom = غير ذلك…
access-agent-text =
    .aria-label = وكيل المستخدم (User-Agent)
    .placeholder = User-Agent
access-forget = انسَ تسجيل الدخول
    .aria-label = انسَ تسجيل الدخول
feed-last-error = فشل آخر تحديث: { $error }
feed-unsubscribe = إلغاء الاشتراك
    .aria-label = إلغاء الاشتراك
feed-refresh = تحديث
    .aria-label = تحديث هذه الخلاصة

## A folder's dialog

folder-title = المجلد
folder-name = الاسم
folder-delete-hint = حذف المجلد يُبقي خلاصاته ومجلداته: تصعد مستوى واحدًا.
folder-parent = داخل
folder-top-level =
    .placeholder = المستوى الأعلى
folder-path-hint = المجلد داخل مجلد آخر يُكتب بمساره: أخبار/آسيا
folder-moved-into = نُقل { $name } إلى { $folder }
folder-moved-to-top = نُقل { $name } إلى المستوى الأعلى
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
settings-episode-max = أكبر حلقة تُنزَّل
settings-episodes-space = مساحة القرص للحلقات المنزّلة
settings-episodes-played = الاحتفاظ بالحلقات المسموعة، بعد سماعها، لمدة
settings-episodes-hint = تختار إعدادات كل موجز أيّ حلقاته تُنزَّل. المقالات ذات الإشارات المرجعية تحتفظ بحلقاتها دائمًا.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = تعليم المقالات كمقروءة عند فتحها
settings-mark-scrolled = تعليم المقالات كمقروءة عند تجاوزها بالتمرير
settings-hide-read-feeds = إخفاء الخلاصات والمجلدات التي لا تحوي مقالات غير مقروءة
settings-group-stories = عرض الخبر نفسه من مصادر عدة مرة واحدة
settings-story-first = يُعرض من الخبر أولًا
settings-story-earliest = أقدم تقرير عنه
settings-story-longest = أطول تقرير عنه
settings-story-marks-read = قراءة الخبر تجعل كل تقاريره مقروءة
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
settings-storage-episodes = الحلقات: { $files } منزّلة، { $size } MB ({ $bookmarks } MB للإشارات المرجعية).
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
keys-story = إظهار التقارير الأخرى عن الخبر أو إخفاؤها
keys-play = تشغيل الحلقة أو إيقافها مؤقتًا
keys-play-back = الحلقة: رجوع 15 ثانية
keys-play-on = الحلقة: تقدّم 30 ثانية
keys-play-slower = الحلقة: أبطأ
keys-play-faster = الحلقة: أسرع
keys-undo = التراجع عن الخطوة الأخيرة (التعليم، الإشارات المرجعية، إلغاء الاشتراك)
keys-this-list = هذه القائمة
keys-next = المقالة التالية
keys-previous = المقالة السابقة
keys-next-unread = المقالة غير المقروءة التالية
keys-previous-unread = المقالة غير المقروءة السابقة
settings-shortcuts-hint = غيّر مفتاح أي إجراء، أو أوقف الاختصارات ذات المفتاح الواحد.
settings-shortcuts-open = الاختصارات…
    .aria-label = الاختصارات: غيّر المفاتيح
shortcuts-no-key = لا شيء
shortcuts-change =
    .aria-label = { $key }: غيّر مفتاح { $action }
shortcuts-clear = مسح
    .aria-label = امسح مفتاح { $action }
shortcuts-press = اضغط مفتاحًا…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = لم يعد لـ{ $action } مفتاح
shortcuts-clash = كان { $key } مفتاح «{ $other }»، ولم يعد له مفتاح الآن
shortcuts-reserved = { $key } للتنقل في النافذة ولا يمكن أن يكون اختصارًا
shortcuts-single = اختصارات المفتاح الواحد (j وk وs…)
shortcuts-single-hint = أوقفها عندما يستخدم قارئ الشاشة هذه المفاتيح؛ تبقى الاختصارات مع Ctrl أو Alt عاملة.
shortcuts-reset = إعادة الكل إلى الافتراضي
shortcuts-were-reset = عاد كل اختصار إلى افتراضيه
shortcuts-action = الإجراء
shortcuts-key = المفتاح

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

## Feed health

health-title = صحة الخلاصات
health-all-fine = كل الخلاصات تعمل.
health-some = { $count ->
        [zero] لا خلاصة تحتاج إلى نظرة.
        [one] خلاصة واحدة تحتاج إلى نظرة. الأسوأ أولًا.
        [two] خلاصتان تحتاجان إلى نظرة. الأسوأ أولًا.
        [few] { $count } خلاصات تحتاج إلى نظرة. الأسوأ أولًا.
        [many] { $count } خلاصة تحتاج إلى نظرة. الأسوأ أولًا.
       *[other] { $count } خلاصة تحتاج إلى نظرة. الأسوأ أولًا.
    }
health-list =
    .aria-label = الخلاصات بحسب صحتها
health-state-failing = تفشل
health-state-gone = زالت
health-state-dead = متوقفة
health-state-slow = بطيئة
health-state-moved = انتقلت
health-state-fine = تعمل
health-per-week = { $count } مقالة في الأسبوع
health-last-worked = آخر نجاح { $date }
health-last-new = آخر مقالة جديدة { $date }
health-answers-ms = تجيب في { $ms } ملّي ثانية
health-answers-s = تجيب في { $seconds } ثانية
health-size = { $kb } KB
health-failed = { $count ->
        [zero] لم تفشل
        [one] فشلت مرة واحدة
        [two] فشلت مرتين متتاليتين
        [few] فشلت { $count } مرات متتالية
        [many] فشلت { $count } مرة متتالية
       *[other] فشلت { $count } مرة متتالية
    }
health-since = { $headline } منذ { $date }
health-retry = أعد المحاولة الآن
    .aria-label = أعد المحاولة الآن { $title }
health-find = ابحث عنها مجددًا
    .aria-label = ابحث عنها مجددًا { $title }
health-change = تغيير العنوان…
    .aria-label = تغيير العنوان… { $title }
health-unsubscribe = إلغاء الاشتراك
    .aria-label = إلغاء الاشتراك { $title }
health-new-address =
    .aria-label = العنوان الجديد لـ{ $title }
health-save-address = حفظ
    .aria-label = حفظ عنوان { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: تغيّر العنوان؛ يجري جلبها الآن.
health-retrying = { $title }: تجري المحاولة مجددًا…
health-found = { $title }: وُجدت في { $url }؛ يجري جلبها الآن.
health-unsubscribed = أُلغي الاشتراك في { $title }.

## Rules

rules-title = القواعد
rules-hint = تعمل القواعد على المقالات الجديدة عند كل تحديث، قبل الإشعارات والتنزيلات، بهذا الترتيب. أول قاعدة تنطبق هي التي تُذكر على المقالة.
rules-list =
    .aria-label = القواعد
rules-none = لا قواعد بعد.
rules-add = إضافة قاعدة…
    .aria-label = إضافة قاعدة
rule-on =
    .aria-label = القاعدة مفعّلة: { $rule }
rule-turned-on = فُعّلت القاعدة.
rule-turned-off = عُطّلت القاعدة.
rule-up = ↑
    .aria-label = نقل إلى الأعلى: { $rule }
    .title = نقل إلى الأعلى
rule-down = ↓
    .aria-label = نقل إلى الأسفل: { $rule }
    .title = نقل إلى الأسفل
rule-edit = تحرير
    .aria-label = تحرير: { $rule }
    .title = تحرير
rule-apply = طبّق الآن
    .aria-label = طبّق الآن: { $rule }
    .title = طبّق الآن
rule-remove = إزالة
    .aria-label = إزالة: { $rule }
    .title = إزالة
rule-applied = { $count ->
        [zero] لم تنطبق القاعدة على أي مقالة محفوظة.
        [one] انطبقت القاعدة على مقالة محفوظة واحدة.
        [two] انطبقت القاعدة على مقالتين محفوظتين.
        [few] انطبقت القاعدة على { $count } مقالات محفوظة.
        [many] انطبقت القاعدة على { $count } مقالة محفوظة.
       *[other] انطبقت القاعدة على { $count } مقالة محفوظة.
    }
rule-removed = أُزيلت القاعدة. ما فعلته بالمقالات يبقى.
rule-in-feed = { $rule } · في { $feed }
rule-in-folder = { $rule } · في المجلد { $folder }
rule-one-feed = خلاصة واحدة
rule-field-title = العنوان
rule-field-text = النص
rule-field-author = الكاتب
rule-field-link = الرابط
rule-field-feed = اسم الخلاصة
rule-action-read = علّمها كمقروءة
rule-action-hide = أخفِها (خارج كل العروض؛ يجدها البحث مع «المخفية»)
rule-action-bookmark = ضع عليها إشارة مرجعية (تُحفظ كاملة دون اتصال)
rule-action-notify = أعلمني
rule-action-no-full-text = لا تنزّل المقالة الكاملة أبدًا
rule-kind-any = فيه أيٌّ من هذه الكلمات
rule-kind-all = فيه كل هذه الكلمات
rule-kind-regex = يطابق التعبير النمطي
rule-when = حين يكون في المقالة
rule-then = عندها
rule-kind =
    .aria-label = كيف يطابق
rule-pattern =
    .aria-label = الكلمات أو التعبير
rule-scope =
    .aria-label = في أي الخلاصات
rule-scope-all = في كل الخلاصات
rule-scope-folder = في المجلد { $folder }
rule-scope-feed = في { $feed }
rule-case = طابِق الأحرف الكبيرة والصغيرة تمامًا
rule-save = حفظ
    .aria-label = حفظ القاعدة
rule-edit-title = تحرير القاعدة
rule-new-title = قاعدة جديدة
rule-preview-hint = اكتب كلمات لترى أي المقالات المحفوظة تنطبق عليها القاعدة.
rule-preview-capped = { $matches } من أحدث { $looked } مقالة
rule-preview-count = { $matches ->
        [zero] لا مقالات في آخر ٣٠ يومًا
        [one] مقالة واحدة في آخر ٣٠ يومًا
        [two] مقالتان في آخر ٣٠ يومًا
        [few] { $matches } مقالات في آخر ٣٠ يومًا
        [many] { $matches } مقالة في آخر ٣٠ يومًا
       *[other] { $matches } مقالة في آخر ٣٠ يومًا
    }
rule-saved = حُفظت القاعدة.
rule-added = أُضيفت القاعدة. تعمل على المقالات الجديدة؛ «طبّق الآن» يطبقها على المحفوظة.

## Accounts

accounts-title = الحسابات
accounts-hint = زامن مع خادم خلاصات تستخدمه (FreshRSS وMiniflux وInoreader وThe Old Reader وBazQux) عبر واجهة Google Reader API: تبقى الاشتراكات والمجلدات والمقالات المقروءة وذات النجمة واحدة على كل جهاز. يجلب الخادم خلاصاته؛ ويحفظ Broadsheet كل ما يزامنه للقراءة دون اتصال، والمقالات ذات النجمة كاملة.
accounts-folders-hint = تصل المجلدات التي داخل مجلدات إلى الخادم وسومًا تحمل مسارها، مثل «أخبار/آسيا»، كما تكتبها التطبيقات الأخرى التي تزامن معه.
accounts-list =
    .aria-label = الحسابات
accounts-add = إضافة حساب…
    .aria-label = إضافة حساب
account-keyring = بيانات الدخول محفوظة في مخزن كلمات السر في النظام.
account-file = بيانات الدخول محفوظة في ملف لا يقرؤه غيرك: ليس في هذا النظام مخزن لكلمات السر.
account-refused = لم يعد الخادم يقبل تسجيل الدخول.
account-last-failed = فشلت آخر مزامنة: { $error }
account-synced-now = زُومن للتو.
account-synced-ago = آخر مزامنة قبل { $when }.
account-synced-on = آخر مزامنة { $when }.
account-not-synced = لم يُزامَن بعد.
account-local-feeds = { $count ->
        [zero] لا خلاصات يجلبها Broadsheet.
        [one] خلاصة واحدة يجلبها Broadsheet.
        [two] خلاصتان يجلبهما Broadsheet.
        [few] { $count } خلاصات يجلبها Broadsheet.
        [many] { $count } خلاصة يجلبها Broadsheet.
       *[other] { $count } خلاصة يجلبها Broadsheet.
    }
account-server-feeds = { $url } · { $count ->
        [zero] لا خلاصات
        [one] خلاصة واحدة
        [two] خلاصتان
        [few] { $count } خلاصات
        [many] { $count } خلاصة
       *[other] { $count } خلاصة
    }
account-again = سجّل الدخول مجددًا…
    .aria-label = سجّل الدخول مجددًا: { $account }
account-remove = إزالة…
    .aria-label = إزالة: { $account }
account-add-title = إضافة حساب
account-add-hint = استخدم كلمة سر API الخاصة بالخادم (FreshRSS: Profile → API management)، لا التي تدخل بها إلى صفحته على الويب. تُستخدم كلمة السر مرة واحدة: لا يُحفظ إلا رمز الدخول الذي يعطيه الخادم.
account-url = عنوان الخادم
account-user = اسم المستخدم
account-password = كلمة سر API
account-move-local = انقل إليه { $count ->
        [zero] اشتراكاتي
        [one] اشتراكي الوحيد
        [two] اشتراكَيّ الاثنين
        [few] اشتراكاتي الـ{ $count }
        [many] اشتراكاتي الـ{ $count }
       *[other] اشتراكاتي الـ{ $count }
    } على هذا الحاسوب (مع مجلداتها)
account-submit = سجّل الدخول وأضف
    .aria-label = سجّل الدخول وأضف
account-signing-in = جارٍ تسجيل الدخول…
account-added = أُضيف { $account }: تجيب واجهة Google Reader البرمجية الخاصة به عند { $url }. تجري المزامنة الآن.
account-sign-in = تسجيل الدخول
    .aria-label = تسجيل الدخول
account-sign-in-title = تسجيل الدخول إلى { $account }
account-signed-in = سُجّل الدخول. تجري المزامنة الآن.
account-remove-confirm = إزالة
    .aria-label = إزالة { $account }
account-removed = أُزيل { $account }. { $count ->
        [zero] لا إشارات مرجعية تبقى على هذا الحاسوب.
        [one] تبقى إشارة مرجعية واحدة على هذا الحاسوب.
        [two] تبقى إشارتان مرجعيتان على هذا الحاسوب.
        [few] تبقى { $count } إشارات مرجعية على هذا الحاسوب.
        [many] تبقى { $count } إشارة مرجعية على هذا الحاسوب.
       *[other] تبقى { $count } إشارة مرجعية على هذا الحاسوب.
    }
account-remove-title = إزالة { $account }؟
account-remove-hint = تذهب خلاصاته ومقالاته من هذا الحاسوب؛ وتبقى إشاراته المرجعية كاملة تحت «على هذا الحاسوب». لا يتغير شيء على الخادم.

## The tray and the system's own dialogs

tray-no-unread = لا مقالات غير مقروءة
tray-unread = { $count ->
        [zero] لا مقالات غير مقروءة
        [one] مقالة واحدة غير مقروءة
        [two] مقالتان غير مقروءتين
        [few] { $shown } مقالات غير مقروءة
        [many] { $shown } مقالة غير مقروءة
       *[other] { $shown } مقالة غير مقروءة
    }
tray-tooltip = Broadsheet: { $unread }
tray-show = إظهار Broadsheet
tray-refresh = تحديث
tray-quit = إنهاء
dialog-export-bookmarks = تصدير الإشارات المرجعية
dialog-import = استيراد الاشتراكات
dialog-export = تصدير الاشتراكات

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = لا أيقونة في علبة النظام على سطح المكتب هذا: { $why }
app-cannot-open = تعذّر فتح النافذة: { $why }

## The player

player =
    .aria-label = المشغّل
player-play =
    .aria-label = تشغيل
    .title = تشغيل (l)
player-pause =
    .aria-label = إيقاف مؤقت
    .title = إيقاف مؤقت (l)
player-back =
    .aria-label = رجوع 15 ثانية
    .title = رجوع 15 ثانية ([)
player-on =
    .aria-label = تقدّم 30 ثانية
    .title = تقدّم 30 ثانية (])
player-position =
    .aria-label = الموضع
player-speed =
    .aria-label = السرعة
player-speed-value = { $speed }×
player-volume =
    .aria-label = مستوى الصوت
player-close =
    .aria-label = إغلاق المشغّل
    .title = إغلاق المشغّل
player-time-of = { $at } من { $duration }
player-time-left = بقي { $left }
player-listen = استماع
player-watch = مشاهدة
player-pause-episode = إيقاف مؤقت
player-played = تم الاستماع
player-downloading = جارٍ التنزيل…
player-downloading-of = جارٍ التنزيل: { $done } من { $total } م.ب
player-downloading-so-far = جارٍ التنزيل: { $done } م.ب
player-downloaded = تم التنزيل ({ $megabytes } م.ب)
player-download = تنزيل
player-remove = حذف التنزيل
player-download-failed = تعذّر التنزيل: { $error }
player-not-downloaded-offline = لم يُنزَّل، ولا توجد شبكة: يُشغَّل عند عودة الشبكة.
player-cannot-play = لا يمكن تشغيل هذه الحلقة هنا.

## The Listen view

listen-downloaded = المنزّلة
listen-unplayed = غير المسموعة
listen-downloading = تنزيل الحلقات: { $done } من { $total }
listen-none = لا حلقات بعد: تظهر هنا حلقات الخلاصات التي تحمل صوتًا أو فيديو.
listen-none-match = لا حلقة مطابقة.
listen-play =
    .aria-label = تشغيل { $title }
listen-pause =
    .aria-label = إيقاف { $title } مؤقتًا
listen-download =
    .aria-label = تنزيل { $title }
listen-remove =
    .aria-label = حذف تنزيل { $title }
