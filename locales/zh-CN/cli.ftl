### Broadsheet 命令行阅读器，简体中文。
###
### Glossary（术语表）：本目录对阅读器中各事物的称呼，处处一致。
###   feed：订阅源
###   article：文章
###   bookmark：书签
###   refresh：刷新
###   folder：文件夹
###   full article：全文（文章本身的网页，保存以供离线阅读）
###   unread：未读
###
### 命令、选项和取值（`broadsheet undo 3`、VALUE）保留英文：它们需要原样输入。中文没有复数变化。

## broadsheet add

cli-subscribed = 已订阅 { $title }（{ $url }），订阅源 { $feed }：{ $articles } 篇文章
cli-already-subscribed = 已经订阅了 { $title }（订阅源 { $feed }）

## broadsheet import, export, export-bookmarks

cli-imported = 已导入 { $feeds } 个订阅源，分入 { $folders } 个文件夹；跳过 { $duplicates } 个已订阅的和 { $invalid } 个无效的
cli-imported-rules = 已导入 { $rules } 条规则（跳过 { $skipped } 条：订阅源未订阅或规则无效）
cli-wrote = 已写入 { $path }
cli-wrote-bookmarks = 已将 { $count } 个书签写入 { $path }

## broadsheet full-text, notify

# $on 为 "yes" 或 "no"；$mode 为 "auto"、"always" 或 "never"
cli-full-text-set = 订阅源 { $feed }：{ $on ->
        [yes] 下载全文
       *[no] 不下载全文
    }（{ $mode ->
        [auto] 自动
        [always] 总是
       *[never] 从不
    }）
cli-notify-set = 订阅源 { $feed }：新文章{ $on ->
        [yes] 会发出通知
       *[no] 静默到达
    }

## broadsheet storage

# $database、$images 和 $bookmarks 是以 MiB 为单位、保留一位小数的大小
cli-storage = 数据库：{ $database } MiB（{ $full } 篇全文）
    图片：{ $files } 个文件，{ $images } MiB（书签占 { $bookmarks } MiB）
    位于 { $dir }
cli-images-removed = 已删除 { $count } 张图片

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } 未读 / { $total }
cli-feed-failing = { $error }（已失败 { $times } 次）
cli-renamed = 订阅源 { $feed } 现名为“{ $title }”
cli-moved-into = 已将 { $title } 移入 { $folder }
cli-moved-out = 已将 { $title } 移出文件夹
cli-unsubscribed-keeping = { $label }；其 { $count } 篇加了书签的文章保留在“书签”中
cli-undo-within = 撤销（{ $minutes } 分钟内）：broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = 没有匹配的文章。
cli-undo = 撤销：broadsheet undo { $step }
cli-nothing-to-mark-read = 没有可标为已读的文章
cli-marked-unread = 已将文章 { $id } 标为未读
cli-bookmarked = 已加书签：“{ $title }”
cli-bookmark-removed = 已移除“{ $title }”的书签
cli-bookmarked-not-offline = 已加书签，但未能保存以供离线阅读：{ $error }

## broadsheet stats, purge

cli-stats = { $feeds } 个订阅源，{ $folders } 个文件夹（{ $failing } 个出错）
    { $articles } 篇文章，{ $unread } 篇未读，{ $bookmarked } 篇有书签
    数据库：{ $size } MiB，位于 { $path }
cli-purged = 已删除 { $count } 篇超过 { $days } 天的已读文章

## broadsheet refresh, sync

cli-feed-new = 订阅源 { $feed }：{ $count } 篇新文章
cli-feed-failed = 订阅源 { $feed } 失败：{ $error }（{ $url }）
cli-account-synced = 账户 { $account }：{ $new } 篇新文章，发送 { $sent } 项更改，本地更改 { $states } 个阅读状态和 { $stars } 个星标，{ $ms } 毫秒内 { $requests } 次请求
cli-account-failed = 账户 { $account } 失败：{ $error }
cli-refreshed = 已刷新 { $feeds } 个订阅源，用时 { $ms } 毫秒：{ $new } 篇新文章；{ $changed } 个有变化，{ $unchanged } 个无变化，{ $failed } 个失败
cli-synced = 已同步 { $accounts } 个账户：{ $new } 篇新文章，{ $failed } 个失败
cli-no-accounts = 没有可同步的订阅源服务器账户：用 `broadsheet account add greader URL --user NAME` 添加一个
cli-offline = 离线保存用时 { $ms } 毫秒：{ $full } 篇全文（{ $full_failed } 篇失败），{ $images } 张图片（{ $size } MiB，{ $images_failed } 张被拒或失败）

## broadsheet feeds --health, set-url, rediscover

cli-health-none = 没有订阅。
cli-health-state = { $state ->
        [failing] 出错
        [gone] 已消失
        [dead] 已停更
        [slow] 缓慢
        [moved] 已迁移
       *[fine] 正常
    }
cli-health-now = { $title }：{ $headline }
cli-health-since = { $title } 自 { $date } 起：{ $headline }
cli-health-per-week = 每周 { $count } 篇文章
cli-health-last-worked = 上次正常 { $date }
cli-health-last-new = 上次新文章 { $date }
cli-health-answers = 响应 { $ms } 毫秒
cli-health-size = { $kib } KiB
cli-health-failed = 连续失败 { $count } 次
cli-set-url = 订阅源 { $feed } 现在来自 { $url }；`broadsheet refresh { $feed }` 会立即获取
cli-rediscovered = 已重新找到订阅源 { $feed }：{ $url }（原为 { $before }）
cli-rediscover-same = 订阅源 { $feed }：其网站仍指向 { $url }；稍后会再试

## broadsheet account

cli-account-added = 已添加账户 { $id }：{ $name }（登录信息保存在{ $place ->
        [keyring] 系统的凭据存储
       *[file] 只有你能读取的文件（此处没有凭据存储）
    }中）
cli-account-moved = 已将 { $count } 个订阅移入其中；下次同步时会发送到服务器
cli-account-sync-hint = 运行 `broadsheet sync` 获取其订阅和文章
cli-account-feeds = { $count } 个订阅源
cli-account-server = { $url }，登录信息保存在{ $place ->
        [keyring] 系统的凭据存储
       *[file] 只有你能读取的文件（此处没有凭据存储）
    }中
cli-account-refused = 服务器拒绝了登录：`broadsheet account sign-in ID`
cli-account-last-failed = 上次同步失败：{ $error }
cli-account-removed = 已移除账户 { $id }：{ $feeds } 个订阅源；{ $bookmarks } 个书签保留在“本机”中
cli-account-signed-in = 已重新登录 { $name }

## broadsheet rule, undo

cli-rule-added = 规则 { $id }：{ $rule }
    它作用于新文章；`broadsheet rule apply { $id }` 可将其应用到已保存的文章。
cli-rules-none = 没有规则。
cli-rule-line = 规则 { $id }：{ $rule }
cli-rule-line-off = 规则 { $id }（已停用）：{ $rule }
cli-rule-in-feed = （在订阅源 { $id }，{ $title }）
cli-rule-in-feed-id = （在订阅源 { $id }）
cli-rule-in-folder = （在文件夹 { $folder }）
cli-rule-test = 规则 { $id } 在最近 { $days } 天的 { $looked } 篇文章中匹配 { $matches } 篇
cli-rule-applied = 规则 { $id } 匹配了 { $count } 篇文章
cli-rule-set = 规则 { $id } { $on ->
        [yes] 已启用
       *[no] 已停用
    }
cli-rules-order = 规则现在按此顺序运行：{ $order }
cli-rule-removed = 已删除规则 { $id }
cli-rule-removed-unhidden = 已删除规则 { $id }；{ $count } 篇文章回到列表中
cli-article-unhidden = 文章 { $id } 已回到列表中
cli-undone = 已撤销：{ $step }
cli-undo-gone = 步骤 { $id } 已无法撤销（或从未存在）
cli-undo-nothing = 没有可撤销的操作
