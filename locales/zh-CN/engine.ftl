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
