### برنامج سطر الأوامر في Broadsheet، بالعربية.
###
### Glossary (مسرد): الكلمات التي يسمّي بها هذا الفهرس أشياء القارئ، هي نفسها في كل مكان.
###   feed: خلاصة (ج. خلاصات)
###   article: مقالة (ج. مقالات)
###   bookmark: إشارة مرجعية (ج. إشارات مرجعية)
###   refresh: تحديث
###   folder: مجلد (ج. مجلدات)
###   full article: المقالة الكاملة (صفحة المقالة نفسها، محفوظة للقراءة دون اتصال)
###   unread: غير مقروءة
###
### الأوامر والخيارات والقيم (`broadsheet undo 3`، VALUE) تبقى بالإنجليزية: إنها تُكتب كما هي.
### الأعداد: صيغ الجمع الست (zero, one, two, few, many, other) كلها مطلوبة.

## broadsheet add

cli-subscribed = تم الاشتراك في { $title } ({ $url })، الخلاصة { $feed }: { $articles ->
        [zero] لا مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $articles } مقالات
        [many] { $articles } مقالة
       *[other] { $articles } مقالة
    }
cli-already-subscribed = أنت مشترك مسبقًا في { $title } (الخلاصة { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = استُورد: { $feeds ->
        [zero] لا خلاصات
        [one] خلاصة واحدة
        [two] خلاصتان
        [few] { $feeds } خلاصات
        [many] { $feeds } خلاصة
       *[other] { $feeds } خلاصة
    }، و{ $folders ->
        [zero] لا مجلدات
        [one] مجلد واحد
        [two] مجلدان
        [few] { $folders } مجلدات
        [many] { $folders } مجلدًا
       *[other] { $folders } مجلد
    }؛ وتُخطّي { $duplicates } مشترَك فيها مسبقًا و{ $invalid } غير صالحة
cli-imported-rules = استُورد: { $rules ->
        [zero] لا قواعد
        [one] قاعدة واحدة
        [two] قاعدتان
        [few] { $rules } قواعد
        [many] { $rules } قاعدة
       *[other] { $rules } قاعدة
    } (وتُخطّي { $skipped }: خلاصة غير مشترك فيها أو قاعدة غير صالحة)
cli-wrote = حُفظ في { $path }
cli-wrote-bookmarks = { $count ->
        [zero] لم تُحفظ أي إشارة مرجعية
        [one] حُفظت إشارة مرجعية واحدة
        [two] حُفظت إشارتان مرجعيتان
        [few] حُفظت { $count } إشارات مرجعية
        [many] حُفظت { $count } إشارة مرجعية
       *[other] حُفظت { $count } إشارة مرجعية
    } في { $path }

## broadsheet full-text, notify

# $on هي "yes" أو "no"؛ $mode هي "auto" أو "always" أو "never"
cli-full-text-set = الخلاصة { $feed }: المقالات الكاملة { $on ->
        [yes] تُنزَّل
       *[no] لا تُنزَّل
    } ({ $mode ->
        [auto] تلقائيًا
        [always] دائمًا
       *[never] أبدًا
    })
cli-notify-set = الخلاصة { $feed }: { $on ->
        [yes] يُعلَن عن المقالات الجديدة
       *[no] تصل المقالات الجديدة بهدوء
    }

## broadsheet storage

# $database و$images و$bookmarks أحجام بوحدة MiB بمنزلة عشرية واحدة
cli-storage = قاعدة البيانات: { $database } MiB ({ $full ->
        [zero] لا مقالات كاملة
        [one] مقالة كاملة واحدة
        [two] مقالتان كاملتان
        [few] { $full } مقالات كاملة
        [many] { $full } مقالة كاملة
       *[other] { $full } مقالة كاملة
    })
    الصور: { $files ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }، { $images } MiB (منها { $bookmarks } MiB للإشارات المرجعية)
    في { $dir }
cli-storage-episodes = الحلقات: { $files ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }، { $size } MiB ({ $bookmarks } MiB للإشارات المرجعية)
cli-images-removed = { $count ->
        [zero] لم تُزَل أي صورة
        [one] أُزيلت صورة واحدة
        [two] أُزيلت صورتان
        [few] أُزيلت { $count } صور
        [many] أُزيلت { $count } صورة
       *[other] أُزيلت { $count } صورة
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } غير مقروءة من { $total }
cli-feed-failing = { $error } (فشلت { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرة
       *[other] { $times } مرة
    })
cli-renamed = صار اسم الخلاصة { $feed } «{ $title }»
cli-moved-into = نُقلت { $title } إلى { $folder }
cli-moved-out = أُخرجت { $title } من المجلدات
cli-folder-made = أُنشئ المجلد { $path } (رقمه { $id })
cli-folder-now = المجلد الآن { $path }
cli-unsubscribed-keeping = { $label }؛ { $count ->
        [zero] ولا مقالات لها بإشارة مرجعية
        [one] وتبقى مقالتها ذات الإشارة المرجعية في «الإشارات المرجعية»
        [two] وتبقى مقالتاها ذواتا الإشارة المرجعية في «الإشارات المرجعية»
        [few] وتبقى مقالاتها ذات الإشارة المرجعية ({ $count }) في «الإشارات المرجعية»
        [many] وتبقى مقالاتها ذات الإشارة المرجعية ({ $count }) في «الإشارات المرجعية»
       *[other] وتبقى مقالاتها ذات الإشارة المرجعية ({ $count }) في «الإشارات المرجعية»
    }
cli-undo-within = للتراجع (خلال { $minutes } دقيقة): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = لا توجد مقالات مطابقة.
cli-undo = للتراجع: broadsheet undo { $step }
cli-nothing-to-mark-read = لا شيء لتعليمه كمقروء
cli-marked-unread = عُلّمت المقالة { $id } كغير مقروءة
cli-bookmarked = أُضيفت إشارة مرجعية إلى «{ $title }»
cli-bookmark-removed = أُزيلت الإشارة المرجعية من «{ $title }»
cli-bookmarked-not-offline = أُضيفت الإشارة المرجعية، لكن تعذّر حفظ المقالة للقراءة دون اتصال: { $error }

## broadsheet stats, purge

cli-stats = { $feeds ->
        [zero] لا خلاصات
        [one] خلاصة واحدة
        [two] خلاصتان
        [few] { $feeds } خلاصات
        [many] { $feeds } خلاصة
       *[other] { $feeds } خلاصة
    } و{ $folders ->
        [zero] لا مجلدات
        [one] مجلد واحد
        [two] مجلدان
        [few] { $folders } مجلدات
        [many] { $folders } مجلدًا
       *[other] { $folders } مجلد
    } (تفشل منها { $failing })
    { $articles ->
        [zero] لا مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $articles } مقالات
        [many] { $articles } مقالة
       *[other] { $articles } مقالة
    }، منها { $unread } غير مقروءة و{ $bookmarked } بإشارة مرجعية
    قاعدة البيانات: { $size } MiB في { $path }
cli-purged = { $count ->
        [zero] لم تُزَل أي مقالة مقروءة
        [one] أُزيلت مقالة مقروءة واحدة
        [two] أُزيلت مقالتان مقروءتان
        [few] أُزيلت { $count } مقالات مقروءة
        [many] أُزيلت { $count } مقالة مقروءة
       *[other] أُزيلت { $count } مقالة مقروءة
    } أقدم من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }

## broadsheet refresh, sync

cli-feed-new = الخلاصة { $feed }: { $count } جديدة
cli-feed-failed = فشلت الخلاصة { $feed }: { $error } ({ $url })
cli-account-synced = الحساب { $account }: { $new ->
        [zero] لا مقالات جديدة
        [one] مقالة جديدة واحدة
        [two] مقالتان جديدتان
        [few] { $new } مقالات جديدة
        [many] { $new } مقالة جديدة
       *[other] { $new } مقالة جديدة
    }؛ التغييرات المرسلة: { $sent }؛ تغيّرت هنا حالات القراءة: { $states }، والنجمات: { $stars }؛ الطلبات: { $requests } في { $ms } ملّي ثانية
cli-account-failed = فشل الحساب { $account }: { $error }
cli-refreshed = { $feeds ->
        [zero] لم تُحدَّث أي خلاصة
        [one] حُدّثت خلاصة واحدة
        [two] حُدّثت خلاصتان
        [few] حُدّثت { $feeds } خلاصات
        [many] حُدّثت { $feeds } خلاصة
       *[other] حُدّثت { $feeds } خلاصة
    } في { $ms } ملّي ثانية: { $new ->
        [zero] لا مقالات جديدة
        [one] مقالة جديدة واحدة
        [two] مقالتان جديدتان
        [few] { $new } مقالات جديدة
        [many] { $new } مقالة جديدة
       *[other] { $new } مقالة جديدة
    }؛ تغيّرت { $changed }، ولم تتغير { $unchanged }، وفشلت { $failed }
cli-synced = { $accounts ->
        [zero] لم تتم مزامنة أي حساب
        [one] تمت مزامنة حساب واحد
        [two] تمت مزامنة حسابين
        [few] تمت مزامنة { $accounts } حسابات
        [many] تمت مزامنة { $accounts } حسابًا
       *[other] تمت مزامنة { $accounts } حساب
    }: { $new ->
        [zero] لا مقالات جديدة
        [one] مقالة جديدة واحدة
        [two] مقالتان جديدتان
        [few] { $new } مقالات جديدة
        [many] { $new } مقالة جديدة
       *[other] { $new } مقالة جديدة
    }، وفشل { $failed }
cli-no-accounts = لا يوجد حساب على خادم خلاصات لمزامنته: أضف حسابًا بالأمر `broadsheet account add greader URL --user NAME`
cli-offline = للقراءة دون اتصال، في { $ms } ملّي ثانية: { $full ->
        [zero] لا مقالات كاملة
        [one] مقالة كاملة واحدة
        [two] مقالتان كاملتان
        [few] { $full } مقالات كاملة
        [many] { $full } مقالة كاملة
       *[other] { $full } مقالة كاملة
    } (فشلت { $full_failed })، و{ $images ->
        [zero] لا صور
        [one] صورة واحدة
        [two] صورتان
        [few] { $images } صور
        [many] { $images } صورة
       *[other] { $images } صورة
    } ({ $size } MiB، رُفضت أو فشلت { $images_failed })

## broadsheet feeds --health, set-url, rediscover

cli-health-none = لا اشتراكات.
cli-episodes-none = لا حلقات: لم ترفق أي خلاصة صوتًا أو فيديو بعد.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = و{ $count ->
        [zero] لا مصادر أخرى
        [one] مصدر آخر
        [two] مصدران آخران
        [few] { $count } مصادر أخرى
        [many] { $count } مصدرًا آخر
       *[other] { $count } مصدر آخر
    }: { $sources }
cli-episode-audio = صوت
cli-episode-video = فيديو
cli-episode-downloaded = منزّلة، { $megabytes } ميغابايت
cli-episode-saved = حُفظت للاستماع دون اتصال ({ $megabytes } ميغابايت): { $path }
cli-episode-played = تم الاستماع
cli-episode-downloads-never = الخلاصة { $feed }: لا تُنزَّل حلقاتها إلا عند طلبك (broadsheet download ID).
cli-episode-downloads-every = الخلاصة { $feed }: تُنزَّل كل حلقة جديدة بعد كل تحديث.
cli-episode-downloads-latest = الخلاصة { $feed }: { $count ->
    [zero] تُنزَّل أحدث { $count } حلقة
    [one] تُنزَّل أحدث حلقة
    [two] تُنزَّل أحدث حلقتين
    [few] تُنزَّل أحدث { $count } حلقات
    [many] تُنزَّل أحدث { $count } حلقة
   *[other] تُنزَّل أحدث { $count } حلقة
} بعد كل تحديث.
cli-health-state = { $state ->
        [failing] تفشل
        [gone] زالت
        [dead] متوقفة
        [slow] بطيئة
        [moved] انتقلت
       *[fine] تعمل
    }
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } منذ { $date }: { $headline }
cli-health-per-week = { $count } مقالة في الأسبوع
cli-health-last-worked = آخر نجاح { $date }
cli-health-last-new = آخر مقالة جديدة { $date }
cli-health-answers = تجيب في { $ms } ملّي ثانية
cli-health-size = { $kib } KiB
cli-health-failed = { $count ->
        [zero] لم تفشل
        [one] فشلت مرة واحدة
        [two] فشلت مرتين متتاليتين
        [few] فشلت { $count } مرات متتالية
        [many] فشلت { $count } مرة متتالية
       *[other] فشلت { $count } مرة متتالية
    }
cli-set-url = الخلاصة { $feed } تأتي الآن من { $url }؛ يجلبها `broadsheet refresh { $feed }` الآن
cli-rediscovered = وُجدت الخلاصة { $feed } مجددًا: { $url } (كانت { $before })
cli-rediscover-same = الخلاصة { $feed }: ما زال موقعها يذكر { $url }؛ ستُجرّب مجددًا

## broadsheet account

cli-account-added = أُضيف الحساب { $id }: { $name } (بيانات الدخول محفوظة في { $place ->
        [keyring] مخزن كلمات السر في النظام
       *[file] ملف لا يقرؤه غيرك (لا مخزن لكلمات السر هنا)
    })
cli-account-moved = { $count ->
        [zero] لم يُنقل إليه أي اشتراك
        [one] نُقل إليه اشتراك واحد
        [two] نُقل إليه اشتراكان
        [few] نُقلت إليه { $count } اشتراكات
        [many] نُقل إليه { $count } اشتراكًا
       *[other] نُقل إليه { $count } اشتراك
    }؛ تصل إلى الخادم في المزامنة التالية
cli-account-sync-hint = شغّل `broadsheet sync` لجلب اشتراكاته ومقالاته
cli-account-api-at = تجيب واجهة Google Reader البرمجية الخاصة به عند { $url }
cli-account-feeds = { $count ->
        [zero] لا خلاصات
        [one] خلاصة واحدة
        [two] خلاصتان
        [few] { $count } خلاصات
        [many] { $count } خلاصة
       *[other] { $count } خلاصة
    }
cli-account-server = { $url }، بيانات الدخول محفوظة في { $place ->
        [keyring] مخزن كلمات السر في النظام
       *[file] ملف لا يقرؤه غيرك (لا مخزن لكلمات السر هنا)
    }
cli-account-refused = رفض الخادم تسجيل الدخول: `broadsheet account sign-in ID`
cli-account-last-failed = فشلت آخر مزامنة: { $error }
cli-account-removed = أُزيل الحساب { $id }: { $feeds ->
        [zero] لا خلاصات
        [one] خلاصة واحدة
        [two] خلاصتان
        [few] { $feeds } خلاصات
        [many] { $feeds } خلاصة
       *[other] { $feeds } خلاصة
    }؛ وبقيت { $bookmarks ->
        [zero] لا إشارات مرجعية
        [one] إشارة مرجعية واحدة
        [two] إشارتان مرجعيتان
        [few] { $bookmarks } إشارات مرجعية
        [many] { $bookmarks } إشارة مرجعية
       *[other] { $bookmarks } إشارة مرجعية
    } في «على هذا الحاسوب»
cli-account-signed-in = سُجّل الدخول مجددًا إلى { $name }

## broadsheet rule, undo

cli-rule-added = القاعدة { $id }: { $rule }
    تعمل على المقالات الجديدة؛ يطبقها `broadsheet rule apply { $id }` على المقالات المحفوظة.
cli-rules-none = لا قواعد.
cli-rule-line = القاعدة { $id }: { $rule }
cli-rule-line-off = القاعدة { $id } (معطّلة): { $rule }
cli-rule-in-feed = (في الخلاصة { $id }، { $title })
cli-rule-in-feed-id = (في الخلاصة { $id })
cli-rule-in-folder = (في المجلد { $folder })
cli-rule-test = تنطبق القاعدة { $id } على { $matches } من { $looked ->
        [zero] لا مقالات
        [one] مقالة واحدة
        [two] مقالتين
        [few] { $looked } مقالات
        [many] { $looked } مقالة
       *[other] { $looked } مقالة
    } في آخر { $days } يومًا
cli-rule-applied = انطبقت القاعدة { $id } على { $count ->
        [zero] لا مقالات
        [one] مقالة واحدة
        [two] مقالتين
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }
cli-rule-set = القاعدة { $id } { $on ->
        [yes] مفعّلة
       *[no] معطّلة
    }
cli-rules-order = تعمل القواعد الآن بهذا الترتيب: { $order }
cli-rule-removed = أُزيلت القاعدة { $id }
cli-rule-removed-unhidden = أُزيلت القاعدة { $id }؛ وعادت { $count ->
        [zero] لا مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    } إلى القوائم
cli-article-unhidden = عادت المقالة { $id } إلى القوائم
cli-undone = تم التراجع: { $step }
cli-undo-gone = لم يعد ممكنًا التراجع عن الخطوة { $id } (أو لم توجد قط)
cli-undo-nothing = لا شيء للتراجع عنه

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = الاستخدام:
help-commands = الأوامر
help-options = الخيارات
help-arguments = المعاملات
help-flag-help = اعرض المساعدة
help-flag-version = اعرض الإصدار
# after an option: the value it takes when none is given, and the values it takes
help-default = الافتراضي: { $value }
help-values = القيم الممكنة: { $values }
help-cmd-help = اعرض هذه الرسالة أو مساعدة الأمر المعطى
help-about = قارئ أخبار سريع يعمل دون اتصال. دون أمر، يفتح النافذة.
help-arg-data-dir = مكان قاعدة البيانات (الافتراضي: BROADSHEET_DATA_DIR، وإلا فمجلد بيانات المستخدم في النظام)
help-arg-json = مخرجات تقرؤها البرامج: مستند JSON واحد (أو أسطر JSON لتقدّم refresh)
help-arg-lang = اللغة (fa-AF وps وar وfa وfr وes وru وzh-CN وen؛ الافتراضي: لغة النظام)
help-arg-timeout = الثواني التي قد يستغرقها الجلب، مع الاتصال
help-cmd-add = اشترك في عنوان خلاصة أو في خلاصة موقع ويب
help-arg-add-url = عنوان الخلاصة، أو عنوان الموقع
help-arg-add-folder = ضعها في هذا المجلد، بمسار مثل أخبار/آسيا (يُنشأ إن لم يوجد)
help-arg-add-account = في حساب خادم الخلاصات هذا (تُرسل إلى الخادم في المزامنة التالية)
help-cmd-import = استورد الاشتراكات من ملف OPML
help-arg-import-file = ملف OPML
help-cmd-export = صدّر الاشتراكات بصيغة OPML (إلى FILE، أو إلى المخرج القياسي)
help-arg-export-file = أين تُكتب (الافتراضي: المخرج القياسي)
help-cmd-refresh = اجلب المقالات الجديدة (من كل الخلاصات، أو من المعطاة)
help-arg-refresh-due = الخلاصات التي حان موعد تحديثها فقط
help-arg-refresh-no-offline = لا تجلب المقالات الكاملة والصور للقراءة دون اتصال
help-arg-refresh-feed-ids = الخلاصات التي تُحدَّث (الافتراضي: كلها)
help-cmd-sync = زامن حسابات خوادم الخلاصات (كلها، أو واحدًا) دون جلب الخلاصات المحلية
help-arg-sync-account = الحساب الذي يُزامَن (الافتراضي: كلها)
help-arg-sync-no-offline = لا تجلب المقالات الكاملة والصور للقراءة دون اتصال
help-cmd-account = حسابات خوادم الخلاصات (FreshRSS وMiniflux… عبر واجهة Google Reader البرمجية)
help-cmd-account-add = سجّل الدخول إلى خادم وأضفه حسابًا
help-arg-account-add-kind = الواجهة البرمجية للخادم: greader، أي واجهة Google Reader (FreshRSS وMiniflux وInoreader وThe Old Reader وBazQux)
help-arg-account-add-url = عنوان الخادم، عنوان صفحته على الويب أو عنوان واجهته البرمجية (FreshRSS: ‏https://host/api/greader.php؛ Miniflux: ‏https://host)
help-arg-account-add-user = اسم المستخدم على الخادم
help-arg-account-add-password-stdin = اقرأ كلمة مرور (الواجهة البرمجية) من المدخل القياسي بدل السؤال عنها
help-arg-account-add-move-local = انقل إليه اشتراكات «على هذا الحاسوب» (مع مجلداتها)
help-cmd-account-list = اعرض الحسابات
help-cmd-account-remove = أزل حسابًا: تذهب مقالاته وتبقى إشاراته المرجعية (في «على هذا الحاسوب»)
help-arg-account-remove-id = رقم الحساب (انظر `broadsheet account list`)
help-cmd-account-sign-in = سجّل الدخول مجددًا (بعد أن رفض الخادم تسجيل الدخول المحفوظ)
help-arg-account-sign-in-id = رقم الحساب (انظر `broadsheet account list`)
help-arg-account-sign-in-password-stdin = اقرأ كلمة مرور (الواجهة البرمجية) من المدخل القياسي بدل السؤال عنها
help-cmd-full-text = «تنزيل المقالات الكاملة» لخلاصة: auto (حين لا تحمل إلا الملخصات)، always، never
help-arg-full-text-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-full-text-mode = متى تُنزَّل مقالاتها الكاملة
help-cmd-notify = تنبيهات سطح المكتب لمقالات الخلاصة الجديدة (تعرضها تحديثات النافذة)
help-arg-notify-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-notify-state = التنبيهات مفعّلة أو لا
help-cmd-export-bookmarks = صدّر الإشارات المرجعية: ملف HTML واحد مكتفٍ بذاته (بصوره)، أو Markdown، أو JSON
help-arg-export-bookmarks-file = أين تُكتب (الافتراضي: المخرج القياسي)
help-arg-export-bookmarks-format = html أو markdown أو json (الافتراضي: بحسب امتداد الملف، وإلا فـ html)
help-cmd-storage = المساحة التي تشغلها المقالات والصور المحفوظة؛ ‎--clean يزيل الصور
help-arg-storage-clean = أزل الصور المحفوظة: read (صور المقالات المقروءة؛ تحتفظ الإشارات المرجعية بصورها) أو all-but-bookmarks (كل الصور عدا صور الإشارات المرجعية)
help-cmd-feeds = اعرض الاشتراكات مع غير المقروء والأخطاء (‎--health: بحسب المشكلة، مع ما يُفعل)
help-arg-feeds-health = صحة الخلاصات: متعثرة، زائلة، متوقفة، بطيئة، منقولة، الأسوأ أولًا
help-cmd-set-url = غيّر عنوان خلاصة (تُجلب منه من الآن)
help-arg-set-url-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-set-url-url = عنوانها الجديد
help-cmd-rediscover = اعثر على الخلاصة من جديد من موقعها وانقل الاشتراك إلى ما وُجد
help-arg-rediscover-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-cmd-folders = اعرض المجلدات
help-cmd-folder = أنشئ المجلدات وأعد تسميتها وانقلها واحذفها (مجلدات داخل مجلدات، 8 مستويات على الأكثر)
help-cmd-folder-add = أنشئ مجلدًا والمجلدات الناقصة فوقه («أخبار/آسيا»)
help-arg-folder-add-path = مسار المجلد: الأسماء من الأعلى تفصل بينها /
help-cmd-folder-rename = أعد تسمية مجلد (يبقى في مكانه)
help-arg-folder-rename-folder-id = رقم المجلد (انظر `broadsheet folders`)
help-arg-folder-rename-name = اسمه الجديد (بلا /)
help-cmd-folder-move = انقل مجلدًا بكل ما فيه إلى مجلد آخر (بلا مسار: إلى المستوى الأعلى)
help-arg-folder-move-folder-id = رقم المجلد (انظر `broadsheet folders`)
help-arg-folder-move-into = المجلد الذي يدخله، بمساره (يُنشأ إن لم يوجد)
help-cmd-folder-delete = احذف مجلدًا: ما فيه يصعد مستوى واحدًا ولا يُلغى أي اشتراك
help-arg-folder-delete-folder-id = رقم المجلد (انظر `broadsheet folders`)
help-cmd-rename = أعد تسمية خلاصة (دون عنوان: يعود اسمها الأصلي)
help-arg-rename-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-rename-title = اسمها الجديد
help-cmd-move = انقل خلاصة إلى مجلد (دون مجلد: خارج كل المجلدات)
help-arg-move-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-move-folder = المجلد، بمسار مثل أخبار/آسيا (يُنشأ إن لم يوجد)
help-cmd-remove = ألغِ الاشتراك؛ تبقى المقالات ذات الإشارات المرجعية
help-arg-remove-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-cmd-list = اعرض المقالات، الأحدث أولًا
help-arg-list-view = أي المقالات
help-arg-list-feed = مقالات هذه الخلاصة فقط
help-arg-list-folder = مقالات هذا المجلد فقط (مسار مثل أخبار/آسيا) والمجلدات التي فيه
help-arg-list-unread = المقالات غير المقروءة فقط
help-arg-list-oldest-first = الأقدم أولًا
help-arg-list-grouped = الخبر نفسه من مصادر عدة في سطر واحد: أول تقرير عنه، مع أسماء المصادر الأخرى
help-arg-list-limit = هذا العدد على الأكثر
help-cmd-search = بحث في النص الكامل للعناوين والكتّاب والنصوص
help-arg-search-query = الكلمات المبحوث عنها
help-arg-search-limit = هذا العدد على الأكثر
help-arg-search-hidden = اعثر أيضًا على المقالات التي أخفتها قاعدة
help-cmd-read = اعرض مقالة وعلّمها مقروءة (‎--unread تعلّمها غير مقروءة؛ ‎--all تعلّم عرضًا كاملًا مقروءًا)
help-arg-read-article-id = رقم المقالة (انظر `broadsheet list`)
help-arg-read-unread = علّمها غير مقروءة بدلًا من ذلك
help-arg-read-all = علّم كل المقالات مقروءة (من ‎--feed إن أُعطيت)
help-arg-read-feed = مع ‎--all: مقالات هذه الخلاصة فقط
help-cmd-bookmark = ضع إشارة مرجعية على مقالة (‎--remove لإزالتها)
help-arg-bookmark-article-id = رقم المقالة (انظر `broadsheet list`)
help-arg-bookmark-remove = أزل الإشارة المرجعية
help-cmd-stats = الأعداد وحجم قاعدة البيانات
help-cmd-config = اعرض الإعدادات، أو غيّر واحدًا: config KEY VALUE
help-arg-config-key = اسم الإعداد
help-arg-config-value = قيمته الجديدة
help-cmd-purge = طبّق مدة الاحتفاظ الآن: أزل المقالات المقروءة القديمة (لا الإشارات المرجعية أبدًا)
help-cmd-undo = تراجع عن الخطوة الأخيرة (التعليم مقروءًا، الإشارات المرجعية، إلغاء الاشتراك)، أو عن الخطوة STEP
help-arg-undo-step = رقم الخطوة (الافتراضي: الأخيرة)
help-cmd-rule = قواعد تعلّم المقالات الجديدة مقروءة، أو تخفيها، أو تضع عليها إشارة مرجعية، أو تنبّه بها
help-cmd-rule-add = أضف قاعدة؛ تعمل على المقالات الجديدة من التحديث التالي (`rule apply` للمحفوظة)
help-arg-rule-add-when = ما تقرؤه، مفصولًا بفواصل: title وtext وauthor وlink وfeed
help-arg-rule-add-matches = الكلمات المبحوث عنها (أيّ منها، إلا مع ‎--all)، أو تعبير مع ‎--regex
help-arg-rule-add-all = يجب أن تظهر كل كلمة
help-arg-rule-add-regex = TEXT تعبير نمطي
help-arg-rule-add-case-sensitive = راعِ الأحرف الكبيرة والصغيرة
help-arg-rule-add-then = ما تفعله، مفصولًا بفواصل: read وhide وbookmark وnotify وno-full-text
help-arg-rule-add-feed = في هذه الخلاصة فقط
help-arg-rule-add-folder = في هذا المجلد فقط (مسار مثل أخبار/آسيا) والمجلدات التي فيه
help-cmd-rule-list = اعرض القواعد بترتيب تنفيذها
help-cmd-rule-test = اعرض أي المقالات المحفوظة في آخر 30 يومًا تطابقها قاعدة (لا يغيّر شيئًا)
help-arg-rule-test-id = رقم القاعدة (انظر `broadsheet rule list`)
help-cmd-rule-apply = طبّق قاعدة على كل المقالات المحفوظة الآن
help-arg-rule-apply-id = رقم القاعدة (انظر `broadsheet rule list`)
help-cmd-rule-enable = فعّل قاعدة
help-arg-rule-enable-id = رقم القاعدة (انظر `broadsheet rule list`)
help-cmd-rule-disable = عطّل قاعدة (تبقى، ولا تفعل شيئًا)
help-arg-rule-disable-id = رقم القاعدة (انظر `broadsheet rule list`)
help-cmd-rule-move = انقل قاعدة إلى موضع في الترتيب (1 = الأولى)
help-arg-rule-move-id = رقم القاعدة (انظر `broadsheet rule list`)
help-arg-rule-move-to = موضعها الجديد
help-cmd-rule-remove = أزل قاعدة (يبقى ما فعلته بالمقالات، إلا مع ‎--unhide)
help-arg-rule-remove-id = رقم القاعدة (انظر `broadsheet rule list`)
help-arg-rule-remove-unhide = أعد إظهار المقالات التي أخفتها في القوائم
help-cmd-rule-unhide = أعد إظهار مقالة أخفتها قاعدة في القوائم
help-arg-rule-unhide-article-id = رقم المقالة (انظر `broadsheet search --hidden`)
help-cmd-extract = اطبع ما سيعرضه القارئ لصفحة مقالة (ملف أو URL)
help-arg-extract-source = ملف HTML محفوظ، أو عنوان http(s) يُجلب
help-arg-extract-base-url = عنوان الصفحة، لحلّ روابطها النسبية (الافتراضي: الـ URL المجلوب)
help-cmd-stories = جمّع ملف مقالات (أسطر JSON) في قصص كما تفعل القوائم؛ يطبع المعرّف والمجموعة
help-arg-stories-file = كائن JSON واحد في كل سطر: id وtitle وtext، ومعها date وsource إن عُرفا
help-cmd-episodes = اعرض الصوت والفيديو اللذين ترفقهما الخلاصات بموادها، الأحدث أولًا
help-arg-episodes-feed = لهذه الخلاصة فقط
help-arg-episodes-downloaded = المنزّلة للاستماع دون اتصال فقط
help-cmd-download = نزّل حلقة مادة للاستماع دون اتصال (التنزيل المنقطع يُستأنف من حيث توقف)
help-arg-download-article-id = رقم المادة (انظر `broadsheet episodes`)
help-cmd-episode-downloads = أي حلقات الخلاصة تُنزَّل بعد كل تحديث
help-arg-episode-downloads-feed-id = رقم الخلاصة
help-arg-episode-downloads-choice = never أو every (كل جديدة) أو رقم: أحدث N

## A feed's sign-in and User-Agent
cli-api-password-prompt = كلمة مرور الواجهة البرمجية:
cli-password-prompt = كلمة المرور:
cli-feed-sign-in-kept = تسجّل الخلاصة { $feed } الدخول باسم { $user }
cli-feed-sign-in-forgotten = لم تعد الخلاصة { $feed } تسجّل الدخول
cli-feed-user-agent = تطلب الخلاصة { $feed } باسم «{ $agent }»
cli-feed-user-agent-browser = تطلب الخلاصة { $feed } كمتصفح ويب
cli-feed-user-agent-own = تطلب الخلاصة { $feed } باسم Broadsheet
help-cmd-feed-sign-in = تسجيل دخول خلاصة (HTTP basic أو digest): عيّنه أو انسه
help-arg-feed-sign-in-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-feed-sign-in-user = اسم المستخدم لتسجيل الدخول
help-arg-feed-sign-in-password-stdin = اقرأ كلمة المرور من المدخل القياسي بدل السؤال عنها
help-arg-feed-sign-in-forget = انسَ تسجيل الدخول (تخرج كلمة المرور من مخزن بيانات الاعتماد)
help-cmd-user-agent = وكيل المستخدم لخلاصة: نص، أو ‎--browser، أو لا شيء لوكيل Broadsheet
help-arg-user-agent-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-user-agent-value = وكيل المستخدم الذي يُرسل
help-arg-user-agent-browser = تعرّف كمتصفح ويب (للخوادم التي ترفض العملاء المجهولين)
help-arg-add-user = سجّل الدخول إلى الخلاصة بهذا الاسم (HTTP basic أو digest)
help-arg-add-password-stdin = اقرأ كلمة مرور الخلاصة من المدخل القياسي بدل السؤال عنها
help-arg-add-user-agent = اطلب الخلاصة بوكيل المستخدم هذا
help-arg-add-as-browser = تعرّف كمتصفح ويب (للخوادم التي ترفض العملاء المجهولين)
cli-open-in-set = الخلاصة { $feed }: تُفتح المقالات في { $place ->
        [browser] صفحة الويب، في متصفحك
        [inside] صفحة الويب، داخل Broadsheet
       *[reader] القارئ
    }{ $own ->
        [yes] {""}
       *[no] {" "}(الافتراضي)
    }
cli-page-scripts-on = يمكن لصفحة الويب المعروضة داخل Broadsheet تشغيل سكربتاتها: بمعزل عن التطبيق الذي لا تصل إليه.
help-cmd-open-in = أين تُفتح مقالات خلاصة: القارئ، أو صفحة الويب في المتصفح، أو صفحة الويب داخل Broadsheet (بلا سكربت)؛ الافتراضي: كما يقول `config open_articles`
help-arg-open-in-feed-id = رقم الخلاصة (انظر `broadsheet feeds`)
help-arg-open-in-place = أين تُفتح مقالاتها
help-arg-open-in-scripts = اسمح لصفحة الويب المعروضة داخل Broadsheet بتشغيل سكربتاتها (بمعزل عن التطبيق)
