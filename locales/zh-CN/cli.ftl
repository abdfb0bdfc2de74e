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
cli-storage-episodes = 节目：{ $files } 个文件，{ $size } MiB（书签占 { $bookmarks } MiB）
cli-images-removed = 已删除 { $count } 张图片

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } 未读 / { $total }
cli-feed-failing = { $error }（已失败 { $times } 次）
cli-renamed = 订阅源 { $feed } 现名为“{ $title }”
cli-moved-into = 已将 { $title } 移入 { $folder }
cli-moved-out = 已将 { $title } 移出文件夹
cli-folder-made = 已新建文件夹 { $path }（编号 { $id }）
cli-folder-now = 文件夹现在是 { $path }
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
cli-episodes-none = 没有节目：还没有订阅源附带音频或视频。
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = 另有 { $count } 个来源：{ $sources }
cli-episode-audio = 音频
cli-episode-video = 视频
cli-episode-downloaded = 已下载，{ $megabytes } MB
cli-episode-saved = 已保存以供离线收听（{ $megabytes } MB）：{ $path }
cli-episode-played = 已播完
cli-episode-downloads-never = 订阅源 { $feed }:仅在你要求时下载其节目(broadsheet download ID)。
cli-episode-downloads-every = 订阅源 { $feed }:每次刷新后下载每个新节目。
cli-episode-downloads-latest = 订阅源 { $feed }:每次刷新后下载最新的 { $count } 个节目。
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
cli-account-api-at = 其 Google Reader API 位于 { $url }
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

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = 用法：
help-commands = 命令
help-options = 选项
help-arguments = 参数
help-flag-help = 显示帮助
help-flag-version = 显示版本
# after an option: the value it takes when none is given, and the values it takes
help-default = 默认：{ $value }
help-values = 可选值：{ $values }
help-cmd-help = 显示此信息或指定命令的帮助
help-about = 快速、可离线使用的新闻阅读器。不带命令时打开窗口。
help-arg-data-dir = 数据库所在位置（默认：BROADSHEET_DATA_DIR，否则为系统的用户数据目录）
help-arg-json = 供程序读取的输出：一个 JSON 文档（refresh 的进度为逐行 JSON）
help-arg-lang = 使用的语言（fa-AF、ps、ar、fa、fr、es、ru、zh-CN、en；默认：系统语言）
help-arg-timeout = 一次获取（含连接）可用的秒数
help-cmd-add = 订阅一个订阅源地址或网站的订阅源
help-arg-add-url = 订阅源或网站的地址
help-arg-add-folder = 放入此文件夹，路径如 新闻/亚洲（不存在则新建）
help-arg-add-account = 放入此订阅源服务器账户（下次同步时发送到服务器）
help-cmd-import = 从 OPML 文件导入订阅
help-arg-import-file = OPML 文件
help-cmd-export = 将订阅导出为 OPML（写入 FILE 或标准输出）
help-arg-export-file = 写入位置（默认：标准输出）
help-cmd-refresh = 获取新文章（全部订阅源，或指定的订阅源）
help-arg-refresh-due = 只刷新已到刷新间隔的订阅源
help-arg-refresh-no-offline = 不为离线阅读获取全文和图片
help-arg-refresh-feed-ids = 要刷新的订阅源（默认：全部）
help-cmd-sync = 同步订阅源服务器账户（全部或一个），不获取本地订阅源
help-arg-sync-account = 要同步的账户（默认：全部）
help-arg-sync-no-offline = 不为离线阅读获取全文和图片
help-cmd-account = 订阅源服务器账户（FreshRSS、Miniflux 等，通过 Google Reader API）
help-cmd-account-add = 登录服务器并将其添加为账户
help-arg-account-add-kind = 服务器的 API：greader，即 Google Reader API（FreshRSS、Miniflux、Inoreader、The Old Reader、BazQux）
help-arg-account-add-url = 服务器地址，可以是其网页地址或其 API 地址（FreshRSS：https://主机/api/greader.php；Miniflux：https://主机）
help-arg-account-add-user = 服务器上的用户名
help-arg-account-add-password-stdin = 从标准输入读取（API）密码，而不是询问
help-arg-account-add-move-local = 将“本机”的订阅移入此账户（保留文件夹）
help-cmd-account-list = 列出账户
help-cmd-account-remove = 删除账户：其文章删除，书签保留（在“本机”下）
help-arg-account-remove-id = 账户编号（见 `broadsheet account list`）
help-cmd-account-sign-in = 重新登录（服务器拒绝已保存的登录后）
help-arg-account-sign-in-id = 账户编号（见 `broadsheet account list`）
help-arg-account-sign-in-password-stdin = 从标准输入读取（API）密码，而不是询问
help-cmd-full-text = 订阅源的“下载全文”：auto（只带摘要时）、always、never
help-arg-full-text-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-full-text-mode = 何时下载其全文
help-cmd-notify = 订阅源新文章的桌面通知（由窗口的刷新显示）
help-arg-notify-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-notify-state = 开启或关闭通知
help-cmd-export-bookmarks = 导出书签：一个独立的 HTML 文件（内嵌图片）、Markdown 或 JSON
help-arg-export-bookmarks-file = 写入位置（默认：标准输出）
help-arg-export-bookmarks-format = html、markdown 或 json（默认：按文件扩展名，否则为 html）
help-cmd-storage = 文章和已存图片占用的空间；--clean 删除图片
help-arg-storage-clean = 删除已存图片：read（已读文章的图片；书签保留其图片）或 all-but-bookmarks（除书签外的所有图片）
help-cmd-feeds = 列出订阅及未读数和错误（--health：按问题列出，并说明怎么办）
help-arg-feeds-health = 订阅源健康：失败、已消失、已停更、缓慢、已搬迁，最严重的在前
help-cmd-set-url = 更改订阅源地址（今后从该地址获取）
help-arg-set-url-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-set-url-url = 新地址
help-cmd-rediscover = 从网站重新找到订阅源，并将订阅移到找到的地址
help-arg-rediscover-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-cmd-folders = 列出文件夹
help-cmd-folder = 新建、重命名、移动和删除文件夹（文件夹可以嵌套，最多 8 层）
help-cmd-folder-add = 新建文件夹，以及它上面缺少的文件夹（“新闻/亚洲”）
help-arg-folder-add-path = 文件夹路径：从顶层起的名称，用 / 分隔
help-cmd-folder-rename = 重命名文件夹（位置不变）
help-arg-folder-rename-folder-id = 文件夹编号（见 `broadsheet folders`）
help-arg-folder-rename-name = 新名称（不含 /）
help-cmd-folder-move = 把文件夹连同其中的一切移入另一个文件夹（不给路径：移到顶层）
help-arg-folder-move-folder-id = 文件夹编号（见 `broadsheet folders`）
help-arg-folder-move-into = 要移入的文件夹路径（不存在则新建）
help-cmd-folder-delete = 删除文件夹：其中的内容上移一层，不取消任何订阅
help-arg-folder-delete-folder-id = 文件夹编号（见 `broadsheet folders`）
help-cmd-rename = 重命名订阅源（不给标题：恢复订阅源自己的名称）
help-arg-rename-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-rename-title = 新名称
help-cmd-move = 将订阅源移入文件夹（不给文件夹：移出所有文件夹）
help-arg-move-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-move-folder = 文件夹，路径如 新闻/亚洲（不存在则新建）
help-cmd-remove = 取消订阅；加了书签的文章会保留
help-arg-remove-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-cmd-list = 列出文章，最新的在前
help-arg-list-view = 哪些文章
help-arg-list-feed = 只列此订阅源的
help-arg-list-folder = 只列此文件夹（路径如 新闻/亚洲）及其子文件夹的
help-arg-list-unread = 只列未读文章
help-arg-list-oldest-first = 最早的在前
help-arg-list-grouped = 多个来源的同一则新闻合为一行：显示最早的报道，并列出其他来源
help-arg-list-limit = 最多这么多篇
help-cmd-search = 在标题、作者和正文中全文搜索
help-arg-search-query = 要查找的词
help-arg-search-limit = 最多这么多篇
help-arg-search-hidden = 也查找被规则隐藏的文章
help-cmd-read = 显示一篇文章并标为已读（--unread 标为未读；--all 将一个视图标为已读）
help-arg-read-article-id = 文章编号（见 `broadsheet list`）
help-arg-read-unread = 改为标为未读
help-arg-read-all = 将所有文章标为已读（若给出 --feed，则只限该订阅源）
help-arg-read-feed = 与 --all 一起用：只限此订阅源
help-cmd-bookmark = 为文章加书签（--remove 移除书签）
help-arg-bookmark-article-id = 文章编号（见 `broadsheet list`）
help-arg-bookmark-remove = 移除书签
help-cmd-stats = 数量统计和数据库大小
help-cmd-config = 显示设置，或更改一项：config KEY VALUE
help-arg-config-key = 设置名称
help-arg-config-value = 新的值
help-cmd-purge = 立即执行保留期限：删除旧的已读文章（从不删除书签）
help-cmd-undo = 撤销上一步（标为已读、书签、取消订阅），或撤销第 STEP 步
help-arg-undo-step = 步骤编号（默认：最后一步）
help-cmd-rule = 将新文章标为已读、隐藏、加书签或通知的规则
help-cmd-rule-add = 添加规则；从下次刷新起作用于新文章（已存文章用 `rule apply`）
help-arg-rule-add-when = 规则读取的内容，以逗号分隔：title、text、author、link、feed
help-arg-rule-add-matches = 要查找的词（任意一个，除非用 --all），或配合 --regex 的表达式
help-arg-rule-add-all = 每个词都必须出现
help-arg-rule-add-regex = TEXT 是正则表达式
help-arg-rule-add-case-sensitive = 区分大小写
help-arg-rule-add-then = 规则的动作，以逗号分隔：read、hide、bookmark、notify、no-full-text
help-arg-rule-add-feed = 只在此订阅源
help-arg-rule-add-folder = 只在此文件夹（路径如 新闻/亚洲）及其子文件夹
help-cmd-rule-list = 按执行顺序列出规则
help-cmd-rule-test = 显示规则匹配最近 30 天内的哪些已存文章（不做任何更改）
help-arg-rule-test-id = 规则编号（见 `broadsheet rule list`）
help-cmd-rule-apply = 立即将规则应用于所有已存文章
help-arg-rule-apply-id = 规则编号（见 `broadsheet rule list`）
help-cmd-rule-enable = 启用规则
help-arg-rule-enable-id = 规则编号（见 `broadsheet rule list`）
help-cmd-rule-disable = 停用规则（保留规则，但不起作用）
help-arg-rule-disable-id = 规则编号（见 `broadsheet rule list`）
help-cmd-rule-move = 将规则移到顺序中的某个位置（1 = 第一）
help-arg-rule-move-id = 规则编号（见 `broadsheet rule list`）
help-arg-rule-move-to = 新位置
help-cmd-rule-remove = 删除规则（它对文章做过的保留，除非用 --unhide）
help-arg-rule-remove-id = 规则编号（见 `broadsheet rule list`）
help-arg-rule-remove-unhide = 让它隐藏的文章重新出现在列表中
help-cmd-rule-unhide = 让被规则隐藏的文章重新出现在列表中
help-arg-rule-unhide-article-id = 文章编号（见 `broadsheet search --hidden`）
help-cmd-extract = 输出阅读器会为某文章网页显示的内容（文件或 URL）
help-arg-extract-source = 保存的 HTML 文件，或要获取的 http(s) 地址
help-arg-extract-base-url = 网页地址，用于解析其相对链接（默认：所获取的 URL）
help-cmd-stories = 把文章文件（JSON 行）按报道归组，与列表的做法相同；输出 id 和组
help-arg-stories-file = 每行一个 JSON 对象：id、title、text，已知时还有 date 和 source
help-cmd-episodes = 列出订阅源附在条目上的音频和视频，最新的在前
help-arg-episodes-feed = 只列此订阅源的
help-arg-episodes-downloaded = 只列已下载以供离线收听的
help-cmd-download = 下载条目的节目以供离线收听（中断的下载会从停下的地方继续）
help-arg-download-article-id = 条目编号（见 `broadsheet episodes`）
help-cmd-episode-downloads = 每次刷新后下载订阅源的哪些节目
help-arg-episode-downloads-feed-id = 订阅源的编号
help-arg-episode-downloads-choice = never、every(每个新节目)或一个数字:最新的 N 个

## A feed's sign-in and User-Agent
cli-api-password-prompt = API 密码：
cli-password-prompt = 密码：
cli-feed-sign-in-kept = 订阅源 { $feed } 以 { $user } 登录
cli-feed-sign-in-forgotten = 订阅源 { $feed } 不再登录
cli-feed-user-agent = 订阅源 { $feed } 以“{ $agent }”请求
cli-feed-user-agent-browser = 订阅源 { $feed } 以网页浏览器身份请求
cli-feed-user-agent-own = 订阅源 { $feed } 以 Broadsheet 身份请求
help-cmd-feed-sign-in = 订阅源的登录（HTTP basic 或 digest）：设置或忘记
help-arg-feed-sign-in-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-feed-sign-in-user = 用于登录的用户名
help-arg-feed-sign-in-password-stdin = 从标准输入读取密码，而不是询问
help-arg-feed-sign-in-forget = 忘记登录（密码从凭据存储中删除）
help-cmd-user-agent = 订阅源的 User-Agent：一段文字、--browser，或都不给则用 Broadsheet 自己的
help-arg-user-agent-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-user-agent-value = 要发送的 User-Agent
help-arg-user-agent-browser = 以网页浏览器身份请求（用于拒绝陌生客户端的服务器）
help-arg-add-user = 以此用户名登录订阅源（HTTP basic 或 digest）
help-arg-add-password-stdin = 从标准输入读取订阅源密码，而不是询问
help-arg-add-user-agent = 以此 User-Agent 请求订阅源
help-arg-add-as-browser = 以网页浏览器身份请求（用于拒绝陌生客户端的服务器）
cli-open-in-set = 订阅源 { $feed }：文章在{ $place ->
        [browser] 网页中打开（在浏览器里）
        [inside] 网页中打开（在 Broadsheet 内）
       *[reader] 阅读器中打开
    }{ $own ->
        [yes] {""}
       *[no] （默认）
    }
cli-page-scripts-on = 它的网页在 Broadsheet 内显示时可以运行脚本：与本应用隔离，无法访问本应用。
help-cmd-open-in = 订阅源文章在哪里打开：阅读器、浏览器中的网页，或 Broadsheet 内的网页（不运行脚本）；default：按 `config open_articles`
help-arg-open-in-feed-id = 订阅源编号（见 `broadsheet feeds`）
help-arg-open-in-place = 其文章在哪里打开
help-arg-open-in-scripts = 允许它的网页在 Broadsheet 内运行脚本（与本应用隔离）
