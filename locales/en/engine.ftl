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
fetch-needs-login = the feed needs a user name and password
fetch-login-refused = the server refused the feed’s user name and password
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
advice-sign-in = Give its user name and password in the feed’s settings, or unsubscribe.

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

## Why a page gave no full article (stored with the article; the reader's note says it)

page-unprocessed = the page could not be processed
page-no-page = the server sent no page
# $type: what the server said it sent (image/png, application/pdf...)
page-not-html = the link leads to { $type }, not a page
page-no-article-found = no article found on the page
page-extractor-failed = the extractor failed on this page
page-too-slow = the page took longer than { $seconds } s to read
page-not-this-article = the page is not this article
page-not-this-article-titled = the page is not this article (it reads “{ $title }”)
page-too-short = the page holds no article, only { $count ->
        [one] { $count } word
       *[other] { $count } words
    } (a sign-in or cookie wall, a gallery?)
page-links = the page is a list of links, not an article
page-short-lines = the page is a list of short lines (the longest has { $count ->
        [one] { $count } word
       *[other] { $count } words
    }), not an article

## A reason an older version stored in English: its words as they were

as-stored = { $text }

## The reader's note above the feed's text ($why is one of the reasons above)

reader-not-extracted = The full article could not be extracted ({ $why }). This is the text the feed carries.
reader-not-loaded = The full article could not be loaded ({ $why }). This is the text the feed carries.

## The network behind a sign-in page (hotels, trains, airports)

portal-sign-in = The network asks you to sign in; full articles and images will be fetched once it lets you through.

## Why a fetch failed

net-timeout = the server did not answer within { $seconds } s
net-unreachable = the server could not be reached ({ $why })
net-http = the server answered HTTP { $code }
net-later = the server asks to wait { $seconds } s (HTTP { $code })
net-too-large = the answer is larger than the limit of { $bytes } bytes
net-redirects = more than { $count } redirects
net-redirect-loop = the address redirects in a loop at { $url }
net-bad-redirect = the server redirects without saying where
net-unsupported = not an address Broadsheet can fetch: { $url }
net-needs-login = this feed needs a user name and password
net-login-refused = the server refused this feed’s user name and password
net-other = network error: { $why }

## Why signing in to a feed server or syncing failed

sync-bad-login = the server refused this user name and password (use the API password, not the web one)
sync-not-greader = no Google Reader API answers at { $url }, nor where FreshRSS and Miniflux put it beneath that address
sync-api-off = the server's API is turned off (FreshRSS: Settings → Authentication → allow API access)
sync-sign-in-again = the server no longer accepts this sign-in: sign in again
sync-network = could not reach the server: { $why }
sync-tls = the secure connection to the server failed: { $why }
sync-server = the server failed (HTTP { $code })
sync-garbage = the server's answer could not be read
sync-too-large = the server's answer is larger than { $bytes } bytes
sync-too-many = the server lists more than { $count } items in one list; sync stopped there
sync-no-secret = no sign-in is kept for this account: sign in again
sync-change-refused = the server refused a change of subscription (HTTP { $code })

## Errors ($why: the operating system's or a library's own words)

error-database = the database failed: { $why }
error-disk-full = the disk is full: nothing of this step was saved and what was saved before is intact; free some space and try again
error-read-only = the data directory is read-only: Broadsheet can show what is stored but not save anything ({ $why })
error-data-dir = cannot use the data directory { $path }: { $why }
error-no-data-dir = no user data directory on this system; pass --data-dir
error-schema-too-new = the database was written by a newer Broadsheet (schema { $found }, this version knows up to { $known }); update Broadsheet to open it
error-other = { $why }
error-invalid-url = not a valid web address: { $url }
error-parse = could not read the feed: { $why }
error-extract = could not extract an article: { $why }
error-no-feed = no feed found at { $url }
error-opml = could not read the OPML file: { $why }
# $kind is one of the words below; $id the thing's number
error-not-found = { $kind ->
        [feed] there is no feed { $id }
        [article] there is no article { $id }
        [folder] there is no folder { $id }
        [rule] there is no rule { $id }
        [account] there is no account { $id }
       *[other] there is no { $kind } { $id }
    }
error-export-format = unknown export format “{ $format }”; use html, markdown or json
error-feed-has-address = feed { $id } already has the address { $url }
error-undo-unreadable = an undo step that cannot be read: { $why }
error-folder-name = a folder needs a name
error-folder-too-deep = folders go at most { $depth } levels deep
error-folder-slash = a folder’s name cannot hold a /, which separates the folders of a path
error-folder-exists = a folder named “{ $name }” is already there
error-folder-into-itself = a folder cannot go inside itself
error-local-account = the account “On this computer” cannot be removed
error-not-an-image = not an image (its bytes say otherwise)
error-not-media = not sound or video (its bytes say otherwise)
error-episodes-full = downloaded episodes would take more than the { $megabytes } MB allowed (setting episodes_space_mb)
# $key is the setting's name as `broadsheet config` takes it, $value what was given
error-setting-number = { $key } must be a whole number, not “{ $value }”
error-setting-choice = { $key } must be one of { $choices }, not “{ $value }”
error-setting-shortcuts = { $key } must map actions to keys in JSON, such as {"{"}"next": "h"{"}"}, not “{ $value }”
error-feed-login = a user name (without a colon) and a password, each on one line and at most 1,000 characters
error-user-agent = a User-Agent is one line of at most { $chars } characters
error-setting-unknown = unknown setting “{ $key }”; known: { $choices }
error-config-value = give a value: broadsheet config { $key } VALUE
error-plain-304 = the server answered 304 to a plain request
error-cannot-read = cannot read { $path }: { $why }
error-stories-line = line { $line } of { $path } is not an article: { $why }
error-no-password = no password given
error-cannot-write = could not write { $path }: { $why }
error-offline = could not reach { $url }: you may be offline ({ $why })

## Rules: what is wrong with one, and how lists name one

# $value: what was given; the words in brackets are what `broadsheet rule` takes
rule-bad-field = “{ $value }” is not something a rule can read (title, text, author, link, feed)
rule-bad-match = “{ $value }” is not a kind of match (all, any, regex)
rule-bad-action = “{ $value }” is not something a rule can do (read, hide, bookmark, notify, no_full_text)
rule-no-fields = say what the rule reads (title, text, author, link or feed)
rule-no-actions = say what the rule does (read, hide, bookmark, notify or no_full_text)
rule-no-pattern = the rule has nothing to look for
rule-pattern-too-long = the pattern is longer than { $bytes } bytes
# $at: a character's place in the pattern
rule-regex-at = the regular expression is not valid at character { $at }: { $why }
rule-regex-too-big = the regular expression is too big
rule-regex-invalid = the regular expression is not valid: { $why }
# a rule as lists name it: “title, text has any of “sport football” → read, hide”
rule-says = { $fields } { $how ->
        [all] has all of
        [any] has any of
       *[regex] matches
    } “{ $pattern }” → { $actions }
rule-says-field = { $field ->
        [title] title
        [text] text
        [author] author
        [link] link
       *[feed] feed
    }
rule-says-action = { $action ->
        [read] read
        [hide] hide
        [bookmark] bookmark
        [notify] notify
       *[no_full_text] no full text
    }
# between the fields and between the actions
rule-says-separator = {", "}
