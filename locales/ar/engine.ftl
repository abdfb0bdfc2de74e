### ما يقوله محرك Broadsheet عن الخلاصات، بالعربية. تعرضه النافذة وسطر الأوامر كلاهما.
###
### Glossary (مسرد): feed: خلاصة؛ article: مقالة؛ server: الخادم
###
### تبقى HTTP والرقم بعدها (HTTP 404) كما هي. $why و$error كلام النظام أو الخلاصة نفسها، بالإنجليزية.

## What is wrong with a feed

state-gone = يقول الخادم إن الخلاصة لم تعد موجودة (HTTP 410): لم تعد تُجلب
state-dead = لا مقالة جديدة منذ أكثر من ستة أشهر
state-slow = بطيئة: تجيب في { $seconds } ثانية في المتوسط
state-moved = العنوان { $from } يحوّل الآن إلى { $url }: حُدّث
state-working = تعمل

## A fetch's error

fetch-gone = يقول الخادم إن الخلاصة لم تعد موجودة (HTTP 410)
fetch-not-found = يقول الخادم إنه لا خلاصة في هذا العنوان (HTTP 404)
fetch-refused = يرفض الخادم إرسال الخلاصة (HTTP { $code })
fetch-needs-login = تحتاج الخلاصة إلى اسم مستخدم وكلمة مرور
fetch-login-refused = رفض الخادم اسم المستخدم وكلمة المرور للخلاصة
fetch-later = يطلب الخادم من Broadsheet العودة لاحقًا (HTTP 429)
fetch-trouble = يواجه الخادم مشكلة (HTTP { $code })
fetch-http = أجاب الخادم بـ HTTP { $code }
fetch-not-a-feed = لم تعد خلاصة: تعيد صفحة ويب
fetch-timeout = لم يُجب الخادم خلال { $seconds } ثانية
fetch-unreachable = تعذّر الوصول إلى الخادم ({ $why })
fetch-broken = الخلاصة معطوبة: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = ابحث عن الخلاصة مجددًا من موقعها، أو ألغِ الاشتراك. أعد المحاولة إن قال الموقع إنها عادت.
advice-dead = ربما توقفت عن النشر أو انتقلت: ابحث عن الخلاصة مجددًا من موقعها، أو ألغِ الاشتراك.
advice-slow = لا شيء يلزم ما لم تبدأ بالفشل؛ الخلاصات الأخرى لا تنتظرها.
advice-moved = لا شيء يلزم: يتبعها Broadsheet إلى عنوانها الجديد.
advice-find = ابحث عن الخلاصة مجددًا من موقعها، أو غيّر العنوان، أو ألغِ الاشتراك.
advice-wait = غالبًا ما يزول: يعيد Broadsheet المحاولة لاحقًا وينتظر أطول في كل مرة. أعد المحاولة الآن إن كنت تعلم أنها عادت.
advice-retry = أعد المحاولة الآن، أو ابحث عن الخلاصة مجددًا من موقعها، أو غيّر العنوان.
advice-sign-in = أدخل اسم المستخدم وكلمة المرور في إعدادات الخلاصة، أو ألغِ الاشتراك.

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count ->
        [zero] لا مقالات جديدة: { $titles }
        [one] مقالة جديدة واحدة: { $titles }
        [two] مقالتان جديدتان: { $titles }
        [few] { $count } مقالات جديدة: { $titles }
        [many] { $count } مقالة جديدة: { $titles }
       *[other] { $count } مقالة جديدة: { $titles }
    }
notify-more = { $count ->
        [zero] لم تنطبق قواعدك على مقالات أخرى
        [one] انطبقت قواعدك على مقالة أخرى
        [two] انطبقت قواعدك على مقالتين أخريين
        [few] انطبقت قواعدك على { $count } مقالات أخرى
        [many] انطبقت قواعدك على { $count } مقالة أخرى
       *[other] انطبقت قواعدك على { $count } مقالة أخرى
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = { $count ->
        [zero] لم تُعلَّم أي مقالة كمقروءة
        [one] عُلّمت مقالة واحدة كمقروءة
        [two] عُلّمت مقالتان كمقروءتين
        [few] عُلّمت { $count } مقالات كمقروءة
        [many] عُلّمت { $count } مقالة كمقروءة
       *[other] عُلّمت { $count } مقالة كمقروءة
    }
undo-read = عُلّمت كمقروءة
undo-unread = عُلّمت كغير مقروءة
undo-bookmarked = أُضيفت إشارة مرجعية
undo-unbookmarked = أُزيلت الإشارة المرجعية
undo-unsubscribed = أُلغي الاشتراك في { $title }
undo-folder-deleted = حُذف المجلد { $name }
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = تعذّرت معالجة الصفحة
page-no-page = لم يرسل الخادم أي صفحة
page-not-html = يقود الرابط إلى { $type }، لا إلى صفحة
page-no-article-found = لم يُعثر على مقالة في الصفحة
page-extractor-failed = أخفق المستخرِج في هذه الصفحة
page-too-slow = استغرقت قراءة الصفحة أكثر من { $seconds } ثانية
page-not-this-article = الصفحة ليست هذه المقالة
page-not-this-article-titled = الصفحة ليست هذه المقالة (عنوانها «{ $title }»)
page-too-short = لا تحوي الصفحة مقالة، { $count ->
        [zero] ولا كلمة فيها
        [one] بل كلمة واحدة فقط
        [two] بل كلمتان فقط
        [few] بل { $count } كلمات فقط
        [many] بل { $count } كلمة فقط
       *[other] بل { $count } كلمة فقط
    } (جدار تسجيل دخول أو ملفات تعريف ارتباط، أو معرض صور؟)
page-links = الصفحة قائمة روابط، لا مقالة
page-short-lines = الصفحة قائمة أسطر قصيرة (أطولها { $count ->
        [zero] بلا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $count } كلمات
        [many] { $count } كلمة
       *[other] { $count } كلمة
    })، لا مقالة

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = تعذّر استخراج المقالة الكاملة ({ $why }). هذا هو النص الذي تحمله الخلاصة.
reader-not-loaded = تعذّر تحميل المقالة الكاملة ({ $why }). هذا هو النص الذي تحمله الخلاصة.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = تطلب الشبكة تسجيل الدخول؛ ستُجلب المقالات الكاملة والصور حين تسمح لك بالمرور.

## Why a fetch failed

net-timeout = لم يُجب الخادم خلال { $seconds } ثانية
net-unreachable = تعذّر الوصول إلى الخادم ({ $why })
net-http = أجاب الخادم بـ HTTP { $code }
net-later = يطلب الخادم الانتظار { $seconds } ثانية (HTTP { $code })
net-too-large = الرد أكبر من الحد البالغ { $bytes } بايت
net-redirects = أكثر من { $count } إعادة توجيه
net-redirect-loop = يعيد العنوان التوجيه في حلقة عند { $url }
net-bad-redirect = يعيد الخادم التوجيه دون أن يقول إلى أين
net-unsupported = ليس عنوانًا يستطيع Broadsheet جلبه: { $url }
net-needs-login = تحتاج هذه الخلاصة إلى اسم مستخدم وكلمة مرور
net-login-refused = رفض الخادم اسم المستخدم وكلمة المرور لهذه الخلاصة
net-other = خطأ في الشبكة: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = رفض الخادم اسم المستخدم وكلمة المرور هذين (استخدم كلمة مرور الواجهة البرمجية، لا كلمة مرور الموقع)
sync-not-greader = لا تجيب واجهة Google Reader البرمجية عند { $url } ولا في المواضع التي يضعها فيها FreshRSS وMiniflux تحت هذا العنوان
sync-api-off = الواجهة البرمجية للخادم معطّلة (FreshRSS: الإعدادات ← المصادقة ← السماح بالوصول عبر الواجهة البرمجية)
sync-sign-in-again = لم يعد الخادم يقبل تسجيل الدخول هذا: سجّل الدخول مجددًا
sync-network = تعذّر الوصول إلى الخادم: { $why }
sync-tls = أخفق الاتصال الآمن بالخادم: { $why }
sync-server = أخفق الخادم (HTTP { $code })
sync-garbage = تعذّرت قراءة رد الخادم
sync-too-large = رد الخادم أكبر من { $bytes } بايت
sync-too-many = يسرد الخادم أكثر من { $count } عنصر في قائمة واحدة؛ توقفت المزامنة عندها
sync-no-secret = لا تسجيل دخول محفوظًا لهذا الحساب: سجّل الدخول مجددًا
sync-change-refused = رفض الخادم تغييرًا في الاشتراك (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = أخفقت قاعدة البيانات: { $why }
error-disk-full = القرص ممتلئ: لم يُحفظ شيء من هذه الخطوة وما حُفظ قبلها سليم؛ أفرغ بعض المساحة وحاول مجددًا
error-read-only = مجلد البيانات للقراءة فقط: يستطيع Broadsheet عرض المخزَّن لكنه لا يحفظ شيئًا ({ $why })
error-data-dir = تعذّر استخدام مجلد البيانات { $path }: { $why }
error-no-data-dir = لا مجلد بيانات للمستخدم على هذا النظام؛ مرِّر ‎--data-dir
error-schema-too-new = كتب قاعدةَ البيانات إصدارٌ أحدث من Broadsheet (المخطط { $found }، وهذا الإصدار يعرف حتى { $known })؛ حدِّث Broadsheet لفتحها
error-other = { $why }
error-invalid-url = ليس عنوان ويب صالحًا: { $url }
error-parse = تعذّرت قراءة الخلاصة: { $why }
error-extract = تعذّر استخراج مقالة: { $why }
error-no-feed = لم يُعثر على خلاصة في { $url }
error-opml = تعذّرت قراءة ملف OPML: { $why }
error-not-found = { $kind ->
        [feed] لا توجد خلاصة { $id }
        [article] لا توجد مقالة { $id }
        [folder] لا يوجد مجلد { $id }
        [rule] لا توجد قاعدة { $id }
        [account] لا يوجد حساب { $id }
       *[other] لا يوجد { $kind } { $id }
    }
error-export-format = صيغة تصدير غير معروفة «{ $format }»؛ استخدم html أو markdown أو json
error-feed-has-address = للخلاصة { $id } العنوان { $url } من قبل
error-undo-unreadable = خطوة تراجع تتعذّر قراءتها: { $why }
error-folder-name = يحتاج المجلد إلى اسم
error-folder-too-deep = لا تتداخل المجلدات أكثر من { $depth } مستويات
error-folder-slash = لا يمكن أن يحتوي اسم المجلد على /، فهي تفصل بين مجلدات المسار
error-folder-exists = يوجد هناك مجلد باسم «{ $name }» بالفعل
error-folder-into-itself = لا يمكن وضع مجلد داخل نفسه
error-local-account = لا يمكن إزالة الحساب «على هذا الحاسوب»
error-not-an-image = ليست صورة (بايتاتها تقول غير ذلك)
error-not-media = ليس صوتًا ولا فيديو (بايتاته تقول غير ذلك)
error-episodes-full = ستشغل الحلقات المنزّلة أكثر من { $megabytes } ميغابايت المسموح بها (الإعداد episodes_space_mb)
error-setting-number = يجب أن يكون { $key } عددًا صحيحًا، لا «{ $value }»
error-setting-choice = يجب أن يكون { $key } واحدًا من { $choices }، لا «{ $value }»
error-setting-shortcuts = يجب أن يربط { $key } الإجراءات بالمفاتيح بصيغة JSON، مثل {"{"}"next": "h"{"}"}، لا «{ $value }»
error-feed-login = اسم مستخدم (بلا نقطتين) وكلمة مرور، كل منهما في سطر واحد وبحد أقصى 1000 حرف
error-user-agent = وكيل المستخدم (User-Agent) سطر واحد لا يتجاوز { $chars } حرفًا
error-setting-unknown = إعداد غير معروف «{ $key }»؛ المعروفة: { $choices }
error-config-value = أعطِ قيمة: broadsheet config { $key } VALUE
error-plain-304 = أجاب الخادم بـ 304 على طلب عادي
error-cannot-read = تعذّرت قراءة { $path }: { $why }
error-stories-line = السطر { $line } من { $path } ليس مقالة: { $why }
error-no-password = لم تُعطَ كلمة مرور
error-cannot-write = تعذّرت كتابة { $path }: { $why }
error-offline = تعذّر الوصول إلى { $url }: ربما أنت غير متصل ({ $why })

## Rules: what is wrong with one, and how lists name one

rule-bad-field = «{ $value }» ليس شيئًا تستطيع القاعدة قراءته (title، text، author، link، feed)
rule-bad-match = «{ $value }» ليس نوع مطابقة (all، any، regex)
rule-bad-action = «{ $value }» ليس شيئًا تستطيع القاعدة فعله (read، hide، bookmark، notify، no_full_text)
rule-no-fields = قل ماذا تقرأ القاعدة (title أو text أو author أو link أو feed)
rule-no-actions = قل ماذا تفعل القاعدة (read أو hide أو bookmark أو notify أو no_full_text)
rule-no-pattern = ليس للقاعدة ما تبحث عنه
rule-pattern-too-long = النمط أطول من { $bytes } بايت
rule-regex-at = التعبير النمطي غير صالح عند الحرف { $at }: { $why }
rule-regex-too-big = التعبير النمطي كبير جدًا
rule-regex-invalid = التعبير النمطي غير صالح: { $why }
rule-says = { $fields } { $how ->
        [all] فيه كل كلمات
        [any] فيه أي من كلمات
       *[regex] يطابق
    } «{ $pattern }» ← { $actions }
rule-says-field = { $field ->
        [title] العنوان
        [text] النص
        [author] الكاتب
        [link] الرابط
       *[feed] الخلاصة
    }
rule-says-action = { $action ->
        [read] مقروءة
        [hide] إخفاء
        [bookmark] إشارة مرجعية
        [notify] تنبيه
       *[no_full_text] دون المقالة الكاملة
    }
rule-says-separator = {"، "}
