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
