### Broadsheet 引擎关于订阅源的说明，简体中文。窗口和命令行都会显示这些内容。
###
### Glossary（术语表）：feed：订阅源；article：文章；server：服务器
###
### HTTP 及其后的数字（HTTP 404）保持原样。$why 和 $error 是系统或订阅源自己的英文原话。

## What is wrong with a feed

state-gone = 服务器说此订阅源已不存在（HTTP 410）：不再获取
state-dead = 超过六个月没有新文章
state-slow = 缓慢：平均 { $seconds } 秒才响应
state-moved = 地址 { $from } 现在重定向到 { $url }：已更新
state-working = 正常

## A fetch's error

fetch-gone = 服务器说此订阅源已不存在（HTTP 410）
fetch-not-found = 服务器说此地址没有订阅源（HTTP 404）
fetch-refused = 服务器拒绝发送订阅源（HTTP { $code }）
fetch-needs-login = 订阅源需要用户名和密码
fetch-login-refused = 服务器拒绝了订阅源的用户名和密码
fetch-later = 服务器要求 Broadsheet 稍后再来（HTTP 429）
fetch-trouble = 服务器出现问题（HTTP { $code }）
fetch-http = 服务器返回 HTTP { $code }
fetch-not-a-feed = 不再是订阅源：返回的是网页
fetch-timeout = 服务器在 { $seconds } 秒内没有响应
fetch-unreachable = 无法连接服务器（{ $why }）
fetch-broken = 订阅源已损坏：{ $why }
fetch-other = { $error }

## What to do about it

advice-gone = 从网站重新查找订阅源，或退订。如果网站说已恢复，请重试。
advice-dead = 它可能已停止发布或已迁移：从网站重新查找订阅源，或退订。
advice-slow = 只要不出错就无需处理；其他订阅源不会等它。
advice-moved = 无需处理：Broadsheet 会在新地址继续获取。
advice-find = 从网站重新查找订阅源、更改地址，或退订。
advice-wait = 通常是暂时的：Broadsheet 稍后会重试，每次等待更久。如果你知道已恢复，可以立即重试。
advice-retry = 立即重试、从网站重新查找订阅源，或更改地址。
advice-sign-in = 在订阅源设置中填写用户名和密码，或取消订阅。

## Desktop notifications after a refresh

notify-article = { $title }
notify-new = { $count } 篇新文章：{ $titles }
notify-more = 另有 { $count } 篇文章符合你的规则

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = 已将 { $count } 篇文章标为已读
undo-read = 已标为已读
undo-unread = 已标为未读
undo-bookmarked = 已加书签
undo-unbookmarked = 已移除书签
undo-unsubscribed = 已退订 { $title }
undo-folder-deleted = 已删除文件夹 { $name }
undo-other = { $text }

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = 无法处理该网页
page-no-page = 服务器没有发送网页
page-not-html = 链接指向 { $type }，而不是网页
page-no-article-found = 网页上没有找到文章
page-extractor-failed = 提取器在此网页上出错
page-too-slow = 读取网页超过了 { $seconds } 秒
page-not-this-article = 该网页不是这篇文章
page-not-this-article-titled = 该网页不是这篇文章（其标题为“{ $title }”）
page-too-short = 该网页没有文章，只有 { $count } 个词（登录或 Cookie 墙？图库？）
page-links = 该网页是一串链接，不是文章
page-short-lines = 该网页是一串短行（最长的一行只有 { $count } 个词），不是文章

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = 无法提取全文（{ $why }）。以下是订阅源自带的文本。
reader-not-loaded = 无法载入全文（{ $why }）。以下是订阅源自带的文本。

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = 当前网络要求登录；网络放行后将获取全文和图片。

## Why a fetch failed

net-timeout = 服务器在 { $seconds } 秒内没有应答
net-unreachable = 无法连接服务器（{ $why }）
net-http = 服务器返回 HTTP { $code }
net-later = 服务器要求等待 { $seconds } 秒（HTTP { $code }）
net-too-large = 应答超过 { $bytes } 字节的上限
net-redirects = 重定向超过 { $count } 次
net-redirect-loop = 地址在 { $url } 处循环重定向
net-bad-redirect = 服务器重定向却没有给出目标
net-unsupported = Broadsheet 无法获取此地址：{ $url }
net-needs-login = 此订阅源需要用户名和密码
net-login-refused = 服务器拒绝了此订阅源的用户名和密码
net-other = 网络错误：{ $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = 服务器拒绝了此用户名和密码（请使用 API 密码，而不是网页登录密码）
sync-not-greader = { $url } 及 FreshRSS 和 Miniflux 在该地址下的常用位置都没有 Google Reader API 应答
sync-api-off = 服务器的 API 已关闭（FreshRSS：设置 → 认证 → 允许 API 访问）
sync-sign-in-again = 服务器不再接受此登录：请重新登录
sync-network = 无法连接服务器：{ $why }
sync-tls = 与服务器的安全连接失败：{ $why }
sync-server = 服务器出错（HTTP { $code }）
sync-garbage = 无法读取服务器的应答
sync-too-large = 服务器的应答超过 { $bytes } 字节
sync-too-many = 服务器在一个列表中列出超过 { $count } 项；同步在此停止
sync-no-secret = 此账户没有保存登录信息：请重新登录
sync-change-refused = 服务器拒绝了一项订阅变更（HTTP { $code }）

## Errors ($why: the operating system's or a library's own words)

error-database = 数据库出错：{ $why }
error-disk-full = 磁盘已满：这一步没有保存任何内容，之前保存的内容完好；请腾出空间后重试
error-read-only = 数据目录为只读：Broadsheet 可以显示已存内容，但无法保存任何东西（{ $why }）
error-data-dir = 无法使用数据目录 { $path }：{ $why }
error-no-data-dir = 此系统上没有用户数据目录；请传入 --data-dir
error-schema-too-new = 数据库由更新版本的 Broadsheet 写入（架构 { $found }，此版本最多认识 { $known }）；请更新 Broadsheet 后再打开
error-other = { $why }
error-invalid-url = 不是有效的网址：{ $url }
error-parse = 无法读取订阅源：{ $why }
error-extract = 无法提取文章：{ $why }
error-no-feed = 在 { $url } 没有找到订阅源
error-opml = 无法读取 OPML 文件：{ $why }
error-not-found = { $kind ->
        [feed] 没有订阅源 { $id }
        [article] 没有文章 { $id }
        [folder] 没有文件夹 { $id }
        [rule] 没有规则 { $id }
        [account] 没有账户 { $id }
       *[other] { $kind } { $id } 不存在
    }
error-export-format = 未知的导出格式“{ $format }”；请使用 html、markdown 或 json
error-feed-has-address = 订阅源 { $id } 已经使用地址 { $url }
error-undo-unreadable = 无法读取的撤销步骤：{ $why }
error-folder-name = 文件夹需要一个名称
error-folder-too-deep = 文件夹最多嵌套 { $depth } 层
error-folder-slash = 文件夹名称不能包含 /，它用于分隔路径中的文件夹
error-folder-exists = 那里已有名为“{ $name }”的文件夹
error-folder-into-itself = 文件夹不能放进它自己里面
error-local-account = 无法删除“本机”账户
error-not-an-image = 不是图片（其字节表明并非如此）
error-not-media = 不是音频或视频（其字节表明并非如此）
error-episodes-full = 已下载的节目将超过允许的 { $megabytes } MB（设置 episodes_space_mb）
error-setting-number = { $key } 必须是整数，而不是“{ $value }”
error-setting-choice = { $key } 必须是 { $choices } 之一，而不是“{ $value }”
error-setting-shortcuts = { $key } 必须是以 JSON 写出的操作与按键对应，例如 {"{"}"next": "h"{"}"}，而不是“{ $value }”
error-feed-login = 用户名（不含冒号）和密码，各占一行，最多 1000 个字符
error-user-agent = User-Agent 为一行，最多 { $chars } 个字符
error-setting-unknown = 未知设置“{ $key }”；已知设置：{ $choices }
error-config-value = 请给出一个值：broadsheet config { $key } 值
error-plain-304 = 服务器对普通请求返回了 304
error-cannot-read = 无法读取 { $path }：{ $why }
error-stories-line = { $path } 的第 { $line } 行不是文章：{ $why }
error-no-password = 没有提供密码
error-cannot-write = 无法写入 { $path }：{ $why }
error-offline = 无法连接 { $url }：你可能处于离线状态（{ $why }）

## Rules: what is wrong with one, and how lists name one

rule-bad-field = “{ $value }”不是规则可以读取的内容（title、text、author、link、feed）
rule-bad-match = “{ $value }”不是一种匹配方式（all、any、regex）
rule-bad-action = “{ $value }”不是规则可以执行的操作（read、hide、bookmark、notify、no_full_text）
rule-no-fields = 请说明规则读取什么（title、text、author、link 或 feed）
rule-no-actions = 请说明规则做什么（read、hide、bookmark、notify 或 no_full_text）
rule-no-pattern = 规则没有要查找的内容
rule-pattern-too-long = 模式超过 { $bytes } 字节
rule-regex-at = 正则表达式在第 { $at } 个字符处无效：{ $why }
rule-regex-too-big = 正则表达式太大
rule-regex-invalid = 正则表达式无效：{ $why }
rule-says = { $fields } { $how ->
        [all] 包含全部
        [any] 包含任一
       *[regex] 匹配
    } “{ $pattern }” → { $actions }
rule-says-field = { $field ->
        [title] 标题
        [text] 正文
        [author] 作者
        [link] 链接
       *[feed] 订阅源
    }
rule-says-action = { $action ->
        [read] 已读
        [hide] 隐藏
        [bookmark] 书签
        [notify] 通知
       *[no_full_text] 不下载全文
    }
rule-says-separator = {"、"}
