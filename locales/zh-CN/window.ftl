### Broadsheet 窗口，简体中文。
###
### Glossary（术语表）：本目录对阅读器中各事物的称呼，处处一致。
###   feed：订阅源
###   article：文章
###   bookmark：书签
###   refresh：刷新
###   folder：文件夹
###   full article：全文（文章本身的网页，保存以供离线阅读）
###   unread：未读
###   feed server：订阅源服务器（FreshRSS、Miniflux 等）
###
### 按键（j、k、s、Ctrl…）保持原样。<kbd>…</kbd> 请保留在按键两侧。中文没有复数变化。

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = 订阅源和视图
toolbar-add =
    .aria-label = 添加订阅源
    .title = 添加订阅源
toolbar-refresh =
    .aria-label = 刷新
    .title = 全部刷新 (r)
toolbar-settings =
    .aria-label = 设置
    .title = 设置
view-all = 全部文章
view-unread = 未读
view-today = 今天
view-bookmarks = 书签
view-listen = 收听
view-search = 搜索
view-health = 订阅源状态
view-health-button =
    .aria-label = 订阅源状态
view-health-failing =
    .aria-label = 订阅源状态，{ $count } 个出错
view-count-unread =
    .aria-label = { $name } { $count } 篇未读
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = 调整订阅源栏宽度
split-list =
    .aria-label = 调整文章列表宽度
sidebar-hide =
    .aria-label = 隐藏订阅源和视图
    .title = 隐藏订阅源和视图 (v)
sidebar-show =
    .aria-label = 显示订阅源和视图
    .title = 显示订阅源和视图 (v)
folder-toggle =
    .aria-label = 文件夹 { $name }，{ $count } 篇未读
folder-all = 文件夹全部
folder-all-button =
    .aria-label = 文件夹全部，{ $count } 篇未读，{ $name }
folder-edit =
    .aria-label = 编辑文件夹 { $name }
    .title = 重命名或删除文件夹
feed-button =
    .aria-label = { $title } { $count } 篇未读
feed-button-trouble =
    .aria-label = { $title } { $count } 篇未读，{ $trouble }
feed-edit =
    .aria-label = 编辑订阅源 { $title }
    .title = 重命名、移动或退订
feed-gone = 自 { $date } 起已消失：服务器说此订阅源已不存在，因此不再获取
feed-failing = 出错：{ $problem }
feed-failing-since = 自 { $date } 起出错：{ $problem }
account-sign-in-again = 请重新登录
account-sync-failed = 同步失败

## The article list

list-title-search = 搜索
list-found = 找到 { $count } 篇
list-unread = { $count } 篇未读
list-unread-stories = { $count } 篇未读，共 { $stories } 则新闻
search =
    .aria-label = 搜索
    .placeholder = 搜索  /
search-hidden = 已隐藏
search-hidden-label =
    .title = 也查找被规则隐藏的文章
unread-only =
    .aria-label = 只看未读
    .title = 只看未读
list-layout =
    .aria-label = 列表布局：{ $layout }
layout-compact = 紧凑
layout-pictures = 带图片
layout-cards = 卡片
settings-layout = 所有视图的列表布局
oldest-first =
    .aria-label = 最早的在前
    .title = 最早的在前
mark-all-read =
    .aria-label = 全部标为已读
    .title = 全部标为已读 (Shift+A)
articles =
    .aria-label = 文章
row-bookmarked =
    .aria-label = 已加书签
row-untitled = （无标题）
story-more-sources = 另有 { $count } 个来源：{ $sources }
story-panel =
    .aria-label = “{ $title }”的各篇报道
story-also-reported = 其他来源的报道
story-not-same = 不是同一则新闻
story-split = 已与其他 { $count } 篇报道分开。
empty-no-match = 没有匹配的文章。
empty-no-bookmarks = 还没有书签。在文章上按 s 即可保留它。
empty-all-read = 全部已读。
empty-nothing-yet = 这里还没有文章。

## Dates in the list

date-now = 刚刚
date-minutes = { $count } 分钟
date-hours = { $count } 小时
date-yesterday = 昨天

## The reader

reader =
    .aria-label = 文章
reader-back =
    .aria-label = 返回列表
    .title = 返回列表 (Escape)
reader-mark-read =
    .aria-label = 标为已读
    .title = 标为已读 (m)
reader-mark-unread =
    .aria-label = 标为未读
    .title = 标为未读 (m)
reader-bookmark =
    .aria-label = 加书签
    .title = 加书签 (s)
reader-remove-bookmark =
    .aria-label = 移除书签
    .title = 移除书签 (s)
reader-load-full =
    .aria-label = 加载全文
    .title = 从文章网页加载全文 (f)
reader-load-full-again =
    .aria-label = 重新加载全文
    .title = 从文章网页重新加载全文 (f)
reader-open =
    .aria-label = 打开原文
    .title = 在浏览器中打开原文 (o)
reader-empty = 选择一篇文章开始阅读。
reader-keys-hint = 按 <kbd>?</kbd> 查看键盘快捷键。
reader-unhide = 重新在列表中显示
    .aria-label = 重新在列表中显示
reader-frame =
    .title = 文章正文
reader-original = 在原网站阅读
# the rule that touched the article, as lists name it
reader-rule = 规则：{ $rule }
reader-hidden-by-rule = 被规则隐藏：{ $rule }
reader-hidden = 被某条规则隐藏

## The status line

status-refreshing = 正在刷新… { $done } / { $total }
status-saving = 正在保存以供离线阅读… { $done } / { $total }
status-offline = 离线：显示已保存的内容。
status-updated = 更新于 { $time }
status-sign-in-again = { $account }：服务器不再接受登录。请在“设置 → 账户”中重新登录。
status-sync-failed = 与 { $account } 同步失败：{ $error }
status-an-account = 某个账户
status-refresh-failed = 刷新失败：{ $error }
status-imported = 已导入 { $feeds } 个订阅源（{ $duplicates } 个已存在）{ $rules ->
        [0] {""}
       *[other] ，{ $rules } 条规则
    }。
status-import-failed = 导入失败：{ $error }
status-bookmarks-kept = { $title } 的 { $count } 篇书签文章保留在“书签”中。
status-bookmarks-exported = 书签已导出到 { $path }
status-exported = 已导出到 { $path }
status-export-failed = 导出失败：{ $error }
status-setting-refused = 设置未更改：{ $error }
status-unhidden = 文章已回到列表中。

## Undo

undo = 撤销
undo-button =
    .aria-label = 撤销：{ $step }
undo-done = 已撤销：{ $step }
undo-nothing = 没有可撤销的操作
undo-failed = 无法撤销：{ $error }

## Add a feed

add-title = 添加订阅源
add-url = 订阅源或网站地址
add-folder = 文件夹（可选）
add-account = 账户
add-import = 导入 OPML…
    .aria-label = 导入 OPML
add-searching = 正在查找订阅源…
add-subscribe = 订阅
    .aria-label = 订阅
cancel = 取消
    .aria-label = 取消
save = 保存
    .aria-label = 保存
close = 关闭
    .aria-label = 关闭
done = 完成
    .aria-label = 完成

## A feed's dialog

feed-name = 名称
feed-folder = 文件夹
feed-no-folder =
    .placeholder = 无文件夹
feed-full-text = 下载全文
feed-full-text-auto = 自动
feed-full-text-always = 总是
feed-full-text-never = 从不
feed-summary-only = 此订阅源只提供摘要：Broadsheet 会从每篇文章的网页获取全文。
feed-whole-articles = 此订阅源提供完整文章。
feed-episodes = 下载其节目(音频和视频)
feed-episodes-never = 仅我手动下载的
feed-episodes-latest = { $count ->
   *[other] 最新 { $count } 个
}
feed-episodes-every = 每个新节目
feed-episodes-hint = 每次刷新后下载,以便离线收听。已播完的在设置的天数后删除;书签中的保留。
feed-notify = 有新文章时通知我
settings-open-articles = 打开文章
open-in-reader = 在阅读器中
open-in-browser = 网页，在浏览器中
open-in-inside = 网页，在 Broadsheet 内（不运行脚本）
feed-page-scripts = 允许它的网页在此运行脚本
feed-page-scripts-hint = 用于没有脚本就什么也不显示的网页。脚本与 Broadsheet 隔离运行：无法访问你的订阅、文件或本应用。
feed-open-in = 打开其文章
feed-open-in-default = 同设置（{ $place ->
        [browser] 网页，在浏览器中
        [inside] 网页，在 Broadsheet 内
       *[reader] 在阅读器中
    }）
reader-page-frame =
    .title = 网页
reader-page-inside = 网页，不含其脚本。
reader-page-inside-scripts = 网页，运行其脚本。
reader-page-text = 文章正文。
reader-page-browser = 此订阅源的文章在浏览器中打开。
reader-page-show-text = 显示文章正文
reader-page-show-page = 显示网页
reader-page-open = 打开网页
access-summary = 登录与身份
access-hint = 用于需要登录的订阅源，或拒绝陌生阅读器的服务器。密码保存在系统的凭据存储中。
access-user = 用户名
access-password = 密码
access-password-kept =
    .placeholder = 已保存：留空则保持不变
access-identify = 身份
access-agent-own = Broadsheet
access-agent-browser = 网页浏览器
access-agent-custom = 其他…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = 忘记登录
    .aria-label = 忘记登录
feed-last-error = 上次刷新失败：{ $error }
feed-unsubscribe = 退订
    .aria-label = 退订
feed-refresh = 刷新
    .aria-label = 刷新此订阅源

## A folder's dialog

folder-title = 文件夹
folder-name = 名称
folder-delete-hint = 删除文件夹会保留其中的订阅源和文件夹：它们上移一层。
folder-parent = 位于
folder-top-level =
    .placeholder = 顶层
folder-path-hint = 文件夹中的文件夹用路径表示：新闻/亚洲
folder-moved-into = 已将 { $name } 移入 { $folder }
folder-moved-to-top = 已将 { $name } 移到顶层
folder-delete = 删除文件夹
    .aria-label = 删除文件夹

## Settings

settings-title = 设置
settings-language = 语言
settings-language-system = 跟随系统（{ $language }）
settings-digits = 数字
settings-digits-native = 该语言的数字
settings-digits-latin = 0123456789
settings-calendar = 日历
settings-calendar-native = 该语言的日历
settings-calendar-gregorian = 公历
settings-interval = 订阅源刷新间隔
settings-interval-minutes = { $count } 分钟
settings-interval-hour = 1 小时
settings-interval-hours = { $count } 小时
settings-theme = 主题
settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色
settings-font = 阅读字体
settings-font-serif = 衬线
settings-font-sans = 无衬线
settings-size = 阅读字号
settings-size-small = 小
settings-size-medium = 中
settings-size-large = 大
settings-size-larger = 特大
settings-retention = 已读文章在阅读后保留
settings-retention-week = 一周
settings-retention-month = 一个月
settings-retention-months = { $count } 个月
settings-retention-year = 一年
settings-retention-ever = 永久
settings-retention-days = { $count } 天
settings-retention-hint = 从阅读文章时开始计算。未读和加了书签的文章始终保留。
settings-images = 保留图片以供离线阅读
settings-images-all = 所有文章
settings-images-bookmarks = 仅书签
settings-images-none = 从不
settings-episode-max = 下载的单集最大为
settings-episodes-space = 已下载节目的磁盘空间
settings-episodes-played = 已播放的节目在播放后保留
settings-episodes-hint = 每个订阅源的设置决定下载其哪些节目。加了书签的文章永久保留其节目。
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = 打开文章时标为已读
settings-mark-scrolled = 滚动经过文章时标为已读
settings-hide-read-feeds = 隐藏没有未读文章的订阅源和文件夹
settings-group-stories = 多个来源的同一则新闻只显示一次
settings-story-first = 每则新闻先显示
settings-story-earliest = 最早的报道
settings-story-longest = 最长的报道
settings-story-marks-read = 读过一则新闻即把它的所有报道标为已读
settings-storage = 存储
settings-measuring = 正在计算…
settings-storage-usage = 文章：{ $articles } MB（{ $full } 篇全文）。图片：保留 { $files } 张，{ $images } MB（书签占 { $bookmarks } MB）。
settings-storage-episodes = 节目：已下载 { $files } 个，{ $size } MB（书签占 { $bookmarks } MB）。
settings-clean-read = 移除已读文章的图片
    .aria-label = 移除已读文章的图片
settings-clean-all = 移除书签以外的全部
    .aria-label = 移除书签图片以外的全部图片
settings-accounts = 账户
settings-accounts-hint = 与 FreshRSS、Miniflux 及其他 Google Reader API 服务器同步。
settings-accounts-open = 账户…
    .aria-label = 账户：添加或移除订阅源服务器账户
settings-rules = 规则
settings-rules-hint = 按文字将新文章标为已读、隐藏、加书签或发出通知。
settings-rules-open = 规则…
    .aria-label = 规则：编辑规则
settings-export-bookmarks = 导出书签
settings-export-html = 网页…
    .aria-label = 网页：将书签导出为单个 HTML 文件
settings-export-markdown = Markdown…
    .aria-label = Markdown：将书签导出为 Markdown
settings-export-json = JSON…
    .aria-label = JSON：将书签导出为 JSON
settings-export-opml = 导出 OPML…
    .aria-label = 导出 OPML

## Keyboard shortcuts

keys-title = 键盘快捷键
keys-bookmark = 加书签或移除书签
keys-read = 标为已读或未读
keys-open = 在浏览器中打开原文
keys-full = 从文章网页加载全文
keys-refresh = 刷新全部订阅源
keys-search = 搜索
keys-sidebar = 显示或隐藏订阅源和视图
keys-back = 返回列表（窄窗口）
keys-zoom = 放大、缩小、恢复正常
keys-mark-all = 将此视图全部标为已读
keys-story = 显示或隐藏一则新闻的其他报道
keys-play = 播放或暂停节目
keys-play-back = 节目:后退 15 秒
keys-play-on = 节目:前进 30 秒
keys-play-slower = 节目:减速
keys-play-faster = 节目:加速
keys-undo = 撤销上一步（标记、书签、退订）
keys-this-list = 本列表
keys-next = 下一篇文章
keys-previous = 上一篇文章
keys-next-unread = 下一篇未读文章
keys-previous-unread = 上一篇未读文章
settings-shortcuts-hint = 更改任一操作的按键，或关闭单键快捷键。
settings-shortcuts-open = 快捷键…
    .aria-label = 快捷键：更改按键
shortcuts-no-key = 无
shortcuts-change =
    .aria-label = { $key }：更改“{ $action }”的按键
shortcuts-clear = 清除
    .aria-label = 清除“{ $action }”的按键
shortcuts-press = 请按一个键…
shortcuts-set = { $action }：{ $key }
shortcuts-cleared = “{ $action }”现在没有按键
shortcuts-clash = { $key } 原是“{ $other }”的按键，它现在没有按键
shortcuts-reserved = { $key } 用于在窗口中移动，不能作为快捷键
shortcuts-single = 单键快捷键（j、k、s…）
shortcuts-single-hint = 当读屏软件使用这些键时请关闭；带 Ctrl 或 Alt 的快捷键仍然有效。
shortcuts-reset = 全部恢复默认
shortcuts-were-reset = 所有快捷键已恢复默认
shortcuts-action = 操作
shortcuts-key = 按键

## The first-run screen

first-run-welcome = 欢迎使用 Broadsheet
first-run-intro = 在一个安静的地方关注你常读的网站，没有网络时也能继续阅读。先挑几个开始，或从其他阅读器导入订阅，或与你已在使用的订阅源服务器同步。
first-run-subscribe = 订阅
    .aria-label = 订阅勾选的订阅源
first-run-subscribing = 正在订阅…
    .aria-label = 订阅勾选的订阅源
first-run-import = 导入 OPML…
    .aria-label = 导入 OPML
first-run-add = 按地址添加…
    .aria-label = 按地址添加订阅源
first-run-accounts = 与订阅源服务器同步…
    .aria-label = 与订阅源服务器同步：FreshRSS、Miniflux 等
first-run-offline = 你已离线：无法连接任何订阅源。请连接互联网后重试。
first-run-subscribed = 已订阅
first-run-result = { $title }：{ $outcome }

## Feed health

health-title = 订阅源状态
health-all-fine = 所有订阅源都正常。
health-some = 有 { $count } 个订阅源需要查看。最严重的排在前面。
health-list =
    .aria-label = 按状态排列的订阅源
health-state-failing = 出错
health-state-gone = 已消失
health-state-dead = 已停更
health-state-slow = 缓慢
health-state-moved = 已迁移
health-state-fine = 正常
health-per-week = 每周 { $count } 篇文章
health-last-worked = 上次正常：{ $date }
health-last-new = 上次有新文章：{ $date }
health-answers-ms = 响应 { $ms } 毫秒
health-answers-s = 响应 { $seconds } 秒
health-size = { $kb } KB
health-failed = 连续失败 { $count } 次
health-since = 自 { $date } 起{ $headline }
health-retry = 立即重试
    .aria-label = 立即重试 { $title }
health-find = 重新查找
    .aria-label = 重新查找 { $title }
health-change = 更改地址…
    .aria-label = 更改地址… { $title }
health-unsubscribe = 退订
    .aria-label = 退订 { $title }
health-new-address =
    .aria-label = { $title } 的新地址
health-save-address = 保存
    .aria-label = 保存 { $title } 的地址
health-error = { $title }：{ $error }
health-address-changed = { $title }：地址已更改，正在获取。
health-retrying = { $title }：正在重试…
health-found = { $title }：在 { $url } 找到，正在获取。
health-unsubscribed = 已退订 { $title }。

## Rules

rules-title = 规则
rules-hint = 每次刷新时，规则按此顺序作用于新文章，先于通知和下载。文章会标出第一条匹配的规则。
rules-list =
    .aria-label = 规则
rules-none = 还没有规则。
rules-add = 添加规则…
    .aria-label = 添加规则
rule-on =
    .aria-label = 启用规则：{ $rule }
rule-turned-on = 规则已启用。
rule-turned-off = 规则已停用。
rule-up = ↑
    .aria-label = 上移：{ $rule }
    .title = 上移
rule-down = ↓
    .aria-label = 下移：{ $rule }
    .title = 下移
rule-edit = 编辑
    .aria-label = 编辑：{ $rule }
    .title = 编辑
rule-apply = 立即应用
    .aria-label = 立即应用：{ $rule }
    .title = 立即应用
rule-remove = 删除
    .aria-label = 删除：{ $rule }
    .title = 删除
rule-applied = 规则匹配了 { $count } 篇已保存的文章。
rule-removed = 规则已删除。它对文章所做的更改保留。
rule-in-feed = { $rule } · 在 { $feed }
rule-in-folder = { $rule } · 在文件夹 { $folder }
rule-one-feed = 某个订阅源
rule-field-title = 标题
rule-field-text = 正文
rule-field-author = 作者
rule-field-link = 链接
rule-field-feed = 订阅源名称
rule-action-read = 标为已读
rule-action-hide = 隐藏（不出现在任何视图；勾选“已隐藏”可搜索到）
rule-action-bookmark = 加书签（完整保存以供离线阅读）
rule-action-notify = 通知我
rule-action-no-full-text = 从不下载全文
rule-kind-any = 包含以下任一词语
rule-kind-all = 包含以下所有词语
rule-kind-regex = 匹配正则表达式
rule-when = 当文章的
rule-then = 则
rule-kind =
    .aria-label = 匹配方式
rule-pattern =
    .aria-label = 词语或表达式
rule-scope =
    .aria-label = 适用的订阅源
rule-scope-all = 所有订阅源
rule-scope-folder = 文件夹 { $folder }
rule-scope-feed = { $feed }
rule-case = 区分大小写
rule-save = 保存
    .aria-label = 保存规则
rule-edit-title = 编辑规则
rule-new-title = 新规则
rule-preview-hint = 输入词语，查看规则会匹配哪些已保存的文章。
rule-preview-capped = 最新 { $looked } 篇中的 { $matches } 篇
rule-preview-count = 最近 30 天内 { $matches } 篇
rule-saved = 规则已保存。
rule-added = 规则已添加。它作用于新文章；“立即应用”可将其应用到已保存的文章。

## Accounts

accounts-title = 账户
accounts-hint = 通过 Google Reader API 与你已在使用的订阅源服务器（FreshRSS、Miniflux、Inoreader、The Old Reader、BazQux）同步：订阅、文件夹、已读和加星的文章在每台设备上保持一致。服务器负责获取订阅源；Broadsheet 会将同步的所有内容保存以供离线阅读，加星文章完整保存。
accounts-folders-hint = 嵌套的文件夹以其路径作为标签名同步到服务器，例如“新闻/亚洲”，与同步到该服务器的其他应用写法相同。
accounts-list =
    .aria-label = 账户
accounts-add = 添加账户…
    .aria-label = 添加账户
account-keyring = 登录信息保存在系统的凭据存储中。
account-file = 登录信息保存在只有你能读取的文件中：此系统没有凭据存储。
account-refused = 服务器不再接受登录。
account-last-failed = 上次同步失败：{ $error }
account-synced-now = 刚刚同步。
account-synced-ago = 上次同步于 { $when }前。
account-synced-on = 上次同步：{ $when }。
account-not-synced = 尚未同步。
account-local-feeds = { $count } 个订阅源，由 Broadsheet 获取。
account-server-feeds = { $url } · { $count } 个订阅源
account-again = 重新登录…
    .aria-label = 重新登录：{ $account }
account-remove = 移除…
    .aria-label = 移除：{ $account }
account-add-title = 添加账户
account-add-hint = 请使用服务器的 API 密码（FreshRSS：Profile → API management），而不是网页登录密码。密码只使用一次：只保存服务器的登录令牌。
account-url = 服务器地址
account-user = 用户名
account-password = API 密码
account-move-local = 将本机的 { $count } 个订阅移入其中（保留文件夹）
account-submit = 登录并添加
    .aria-label = 登录并添加
account-signing-in = 正在登录…
account-added = 已添加 { $account }：其 Google Reader API 位于 { $url }。正在同步。
account-sign-in = 登录
    .aria-label = 登录
account-sign-in-title = 登录到 { $account }
account-signed-in = 已登录。正在同步。
account-remove-confirm = 移除
    .aria-label = 移除 { $account }
account-removed = 已移除 { $account }。{ $count } 个书签保留在本机。
account-remove-title = 移除 { $account }？
account-remove-hint = 其订阅源和文章将从本机删除；书签会完整保留在“本机”下。服务器上没有任何变化。

## The tray and the system's own dialogs

tray-no-unread = 没有未读文章
tray-unread = { $shown } 篇未读文章
tray-tooltip = Broadsheet：{ $unread }
tray-show = 显示 Broadsheet
tray-refresh = 刷新
tray-quit = 退出
dialog-export-bookmarks = 导出书签
dialog-import = 导入订阅
dialog-export = 导出订阅

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = 此桌面没有托盘图标：{ $why }
app-cannot-open = 无法打开窗口：{ $why }

## The player

player =
    .aria-label = 播放器
player-play =
    .aria-label = 播放
    .title = 播放 (l)
player-pause =
    .aria-label = 暂停
    .title = 暂停 (l)
player-back =
    .aria-label = 后退 15 秒
    .title = 后退 15 秒 ([)
player-on =
    .aria-label = 前进 30 秒
    .title = 前进 30 秒 (])
player-position =
    .aria-label = 进度
player-speed =
    .aria-label = 速度
player-speed-value = { $speed }×
player-volume =
    .aria-label = 音量
player-close =
    .aria-label = 关闭播放器
    .title = 关闭播放器
player-time-of = { $at } / { $duration }
player-time-left = 剩余 { $left }
player-listen = 收听
player-watch = 观看
player-pause-episode = 暂停
player-played = 已播完
player-downloading = 正在下载…
player-downloading-of = 正在下载：{ $done } / { $total } MB
player-downloading-so-far = 正在下载：{ $done } MB
player-downloaded = 已下载({ $megabytes } MB)
player-download = 下载
player-remove = 删除下载
player-download-failed = 无法下载:{ $error }
player-not-downloaded-offline = 尚未下载,且没有网络:网络恢复后即可播放。
player-cannot-play = 此节目无法在这里播放。

## The Listen view

listen-downloaded = 已下载
listen-unplayed = 未播放
listen-downloading = 正在下载节目:{ $done } / { $total }
listen-none = 还没有节目:带有音频或视频的订阅源会在这里列出。
listen-none-match = 没有符合的节目。
listen-play =
    .aria-label = 播放 { $title }
listen-pause =
    .aria-label = 暂停 { $title }
listen-download =
    .aria-label = 下载 { $title }
listen-remove =
    .aria-label = 删除 { $title } 的下载
