### What Broadsheet's engine says about feeds, in English (the source every catalog translates).
### The window and the command line both show these.
###
### Glossary: the words this catalog uses for the reader's things, the same everywhere.
###   feed: a site's list of new stories that Broadsheet subscribes to
###   article: one story of a feed
###   server: the site's computer that sends the feed
###
### HTTP and the numbers after it (HTTP 404) stay as they are. $why and $error are the
### operating system's or the feed's own words, in English.

## What is wrong with a feed

state-gone = the server says the feed is gone (HTTP 410): no longer fetched
state-dead = no new article in over six months
# $seconds has one decimal
state-slow = slow: answers in { $seconds } s on average
state-moved = the address { $from } now redirects to { $url }: updated
state-working = working

## A fetch's error

fetch-gone = the server says the feed is gone (HTTP 410)
fetch-not-found = the server says there is no feed at this address (HTTP 404)
fetch-refused = the server refuses to send the feed (HTTP { $code })
fetch-later = the server asks Broadsheet to come back later (HTTP 429)
fetch-trouble = the server is having trouble (HTTP { $code })
fetch-http = the server answered HTTP { $code }
fetch-not-a-feed = not a feed any more: it returns a web page
fetch-timeout = the server did not answer within { $seconds } s
fetch-unreachable = the server could not be reached ({ $why })
fetch-broken = the feed is broken: { $why }
fetch-other = { $error }

## What to do about it

advice-gone = Find the feed again from its site, or unsubscribe. Retry if the site says it is back.
advice-dead = It may have stopped publishing or moved: find the feed again from its site, or unsubscribe.
advice-slow = Nothing to do unless it starts failing; other feeds do not wait for it.
advice-moved = Nothing to do: Broadsheet follows it at its new address.
advice-find = Find the feed again from its site, change the address, or unsubscribe.
advice-wait = Often passing: Broadsheet tries again later, waiting longer each time. Retry now if you know it is back.
advice-retry = Retry now, find the feed again from its site, or change the address.

## Desktop notifications after a refresh

# one new article: its title, as it is
notify-article = { $title }
# $titles: the newest titles, joined with " · "
notify-new = { $count ->
        [one] { $count } new article: { $titles }
       *[other] { $count } new articles: { $titles }
    }
notify-more = { $count ->
        [one] { $count } more article matched your rules
       *[other] { $count } more articles matched your rules
    }

## Steps that can be undone (the undo notice, `broadsheet undo`)

undo-marked-read = Marked { $count ->
        [one] { $count } article
       *[other] { $count } articles
    } read
undo-read = Marked read
undo-unread = Marked unread
undo-bookmarked = Bookmarked
undo-unbookmarked = Bookmark removed
undo-unsubscribed = Unsubscribed from { $title }
undo-folder-deleted = Deleted the folder { $name }
# a step an older version described in English: its words as they were
undo-other = { $text }
