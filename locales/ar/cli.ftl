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
