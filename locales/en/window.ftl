### Broadsheet's window, in English (the source every catalog translates).
###
### Glossary: the words this catalog uses for the reader's things, the same everywhere.
###   feed: a site's list of new stories that Broadsheet subscribes to
###   article: one story of a feed
###   bookmark: an article kept on purpose (never removed by retention)
###   refresh: fetching every feed for new articles
###   folder: a named group of feeds
###   full article: the article's own page, fetched and kept for offline reading
###   unread: not yet opened
###   feed server: FreshRSS, Miniflux and the like, which keep one state for every device
###
### Keys (j, k, s, Ctrl...) stay as they are: they are what is pressed. A <kbd>…</kbd> in a
### message becomes a key cap; keep it around the key.

## Sidebar and toolbars

app-name = Broadsheet
sidebar =
    .aria-label = Feeds and views
toolbar-add =
    .aria-label = Add feed
    .title = Add feed
toolbar-refresh =
    .aria-label = Refresh
    .title = Refresh all (r)
toolbar-settings =
    .aria-label = Settings
    .title = Settings
view-all = All articles
view-unread = Unread
view-today = Today
view-bookmarks = Bookmarks
view-search = Search
view-health = Feed health
view-health-button =
    .aria-label = Feed health
view-health-failing =
    .aria-label = Feed health { $count } failing
# a smart view's button, read by screen readers: "Unread 12 unread"
view-count-unread =
    .aria-label = { $name } { $count } unread
view-count-bookmarks =
    .aria-label = { $name } { $count }
split-sidebar =
    .aria-label = Resize feeds pane
split-list =
    .aria-label = Resize article list
sidebar-hide =
    .aria-label = Hide feeds and views
    .title = Hide feeds and views (v)
sidebar-show =
    .aria-label = Show feeds and views
    .title = Show feeds and views (v)
folder-toggle =
    .aria-label = Folder { $name }, { $count } unread
folder-all = All in folder
folder-all-button =
    .aria-label = All in folder { $count } unread, { $name }
folder-edit =
    .aria-label = Edit folder { $name }
    .title = Rename or delete the folder
feed-button =
    .aria-label = { $title } { $count } unread
feed-button-trouble =
    .aria-label = { $title } { $count } unread, { $trouble }
feed-edit =
    .aria-label = Edit feed { $title }
    .title = Rename, move or unsubscribe
feed-gone = gone since { $date }: the server says the feed is gone, so it is no longer fetched
feed-failing = failing: { $problem }
feed-failing-since = failing since { $date }: { $problem }
account-sign-in-again = sign in again
account-sync-failed = sync failed

## The article list

list-title-search = Search
list-found = { $count } found
list-unread = { $count } unread
search =
    .aria-label = Search
    .placeholder = Search  /
search-hidden = Hidden
search-hidden-label =
    .title = Also find articles a rule hid
unread-only =
    .aria-label = Show unread only
    .title = Show unread only
mark-all-read =
    .aria-label = Mark all as read
    .title = Mark all as read (Shift+A)
articles =
    .aria-label = Articles
row-bookmarked =
    .aria-label = Bookmarked
row-untitled = (untitled)
empty-no-match = No articles match.
empty-no-bookmarks = No bookmarks yet. Press s on an article to keep it.
empty-all-read = All read.
empty-nothing-yet = No articles here yet.

## Dates in the list: a few minutes, hours, yesterday; then the date itself

date-now = now
date-minutes = { $count } min
date-hours = { $count } h
date-yesterday = Yesterday

## The reader

reader =
    .aria-label = Article
reader-back =
    .aria-label = Back to the list
    .title = Back to the list (Escape)
reader-mark-read =
    .aria-label = Mark as read
    .title = Mark as read (m)
reader-mark-unread =
    .aria-label = Mark as unread
    .title = Mark as unread (m)
reader-bookmark =
    .aria-label = Bookmark
    .title = Bookmark (s)
reader-remove-bookmark =
    .aria-label = Remove bookmark
    .title = Remove bookmark (s)
reader-load-full =
    .aria-label = Load full article
    .title = Load full article from its page (f)
reader-load-full-again =
    .aria-label = Load the full article again
    .title = Load the full article again from its page (f)
reader-open =
    .aria-label = Open original
    .title = Open original in browser (o)
reader-empty = Select an article to read it.
reader-keys-hint = Press <kbd>?</kbd> for keyboard shortcuts.
reader-unhide = Show in lists again
    .aria-label = Show in lists again
reader-frame =
    .title = Article text
reader-original = Read on the original site
reader-full-failed = The full article could not be loaded ({ $error }).

## The status line

status-refreshing = Refreshing… { $done } of { $total }
status-saving = Saving for offline reading… { $done } of { $total }
status-offline = Offline: showing what is stored.
status-updated = Updated { $time }
status-sign-in-again = { $account }: the server no longer accepts the sign-in. Sign in again in Settings → Accounts.
status-sync-failed = Sync with { $account } failed: { $error }
status-an-account = an account
status-refresh-failed = Refresh failed: { $error }
status-imported = Imported { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } ({ $duplicates } already there){ $rules ->
        [0] {""}
        [one] , { $rules } rule
       *[other] , { $rules } rules
    }.
status-import-failed = Import failed: { $error }
status-bookmarks-kept = { $count ->
        [one] The bookmarked article of { $title } stays under Bookmarks.
       *[other] { $count } bookmarked articles of { $title } stay under Bookmarks.
    }
status-bookmarks-exported = Bookmarks exported to { $path }
status-exported = Exported to { $path }
status-export-failed = Export failed: { $error }
status-setting-refused = The setting was not changed: { $error }
status-unhidden = The article is back in the lists.

## Undo

undo = Undo
undo-button =
    .aria-label = Undo: { $step }
undo-done = Undone: { $step }
undo-nothing = Nothing to undo
undo-failed = Could not undo: { $error }

## Add a feed

add-title = Add a feed
add-url = Feed or website address
add-folder = Folder (optional)
add-account = Account
add-import = Import OPML…
    .aria-label = Import OPML
add-searching = Looking for the feed…
add-subscribe = Subscribe
    .aria-label = Subscribe
cancel = Cancel
    .aria-label = Cancel
save = Save
    .aria-label = Save
close = Close
    .aria-label = Close
done = Done
    .aria-label = Done

## A feed's dialog

feed-name = Name
feed-folder = Folder
feed-no-folder =
    .placeholder = No folder
feed-full-text = Download full articles
feed-full-text-auto = Automatic
feed-full-text-always = Always
feed-full-text-never = Never
feed-summary-only = This feed sends summaries only: Broadsheet fetches each article from its page.
feed-whole-articles = This feed sends whole articles.
feed-notify = Notify me of new articles
feed-last-error = Last refresh failed: { $error }
feed-unsubscribe = Unsubscribe
    .aria-label = Unsubscribe
feed-refresh = Refresh
    .aria-label = Refresh this feed

## A folder's dialog

folder-title = Folder
folder-name = Name
folder-delete-hint = Deleting a folder keeps its feeds; they move out of any folder.
folder-delete = Delete folder
    .aria-label = Delete folder

## Settings

settings-title = Settings
settings-language = Language
settings-language-system = Same as the system ({ $language })
settings-digits = Numbers
settings-digits-native = The language's own digits
settings-digits-latin = 0123456789
settings-calendar = Calendar
settings-calendar-native = The language's own calendar
settings-calendar-gregorian = Gregorian
settings-interval = Refresh feeds every
settings-interval-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
settings-interval-hour = hour
settings-interval-hours = { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
settings-theme = Theme
settings-theme-system = Same as the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-font = Reader font
settings-font-serif = Serif
settings-font-sans = Sans-serif
settings-size = Reader text size
settings-size-small = Small
settings-size-medium = Medium
settings-size-large = Large
settings-size-larger = Larger
settings-retention = Keep read articles, after reading them, for
settings-retention-week = a week
settings-retention-month = a month
settings-retention-months = { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
settings-retention-year = a year
settings-retention-ever = ever
settings-retention-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
settings-retention-hint = Counted from when you read an article. Unread and bookmarked articles are always kept.
settings-images = Keep images for offline reading
settings-images-all = For all articles
settings-images-bookmarks = For bookmarks only
settings-images-none = Never
settings-storage = Storage
settings-measuring = Measuring…
# $articles, $images and $bookmarks are sizes in MB with one decimal
settings-storage-usage = Articles: { $articles } MB ({ $full ->
        [one] { $full } full article
       *[other] { $full } full articles
    }). Images: { $files } kept, { $images } MB ({ $bookmarks } MB for bookmarks).
settings-clean-read = Remove images of read articles
    .aria-label = Remove images of read articles
settings-clean-all = Remove all but bookmarks'
    .aria-label = Remove all but bookmarks' images
settings-accounts = Accounts
settings-accounts-hint = Sync with FreshRSS, Miniflux and other Google Reader API servers.
settings-accounts-open = Accounts…
    .aria-label = Accounts: add or remove feed-server accounts
settings-rules = Rules
settings-rules-hint = Mark read, hide, bookmark or announce new articles by their words.
settings-rules-open = Rules…
    .aria-label = Rules: edit the rules
settings-export-bookmarks = Export bookmarks
settings-export-html = Web page…
    .aria-label = Web page: export bookmarks as one HTML file
settings-export-markdown = Markdown…
    .aria-label = Markdown: export bookmarks as Markdown
settings-export-json = JSON…
    .aria-label = JSON: export bookmarks as JSON
settings-export-opml = Export OPML…
    .aria-label = Export OPML

## Keyboard shortcuts

keys-title = Keyboard shortcuts
keys-next-previous = Next / previous article
keys-next-previous-unread = Next / previous unread article
keys-bookmark = Bookmark or remove the bookmark
keys-read = Mark read or unread
keys-open = Open the original in the browser
keys-full = Load the full article from its page
keys-refresh = Refresh all feeds
keys-search = Search
keys-sidebar = Show or hide feeds and views
keys-back = Back to the list (narrow windows)
keys-zoom = Zoom in, out, back to normal
keys-mark-all = Mark all in this view as read
keys-undo = Undo the last step (marking, bookmarks, unsubscribing)
keys-this-list = This list

## The first-run screen

first-run-welcome = Welcome to Broadsheet
first-run-intro = Follow the sites you read in one calm place, and keep reading when the network is gone. Pick a few to start, bring your subscriptions from another reader, or sync with the feed server you already use.
first-run-subscribe = Subscribe
    .aria-label = Subscribe to the ticked feeds
first-run-subscribing = Subscribing…
    .aria-label = Subscribe to the ticked feeds
first-run-import = Import OPML…
    .aria-label = Import OPML
first-run-add = Add by address…
    .aria-label = Add feed by address
first-run-accounts = Sync with a feed server…
    .aria-label = Sync with a feed server: FreshRSS, Miniflux and others
first-run-offline = You are offline: no feed could be reached. Connect to the internet and try again.
first-run-subscribed = subscribed
first-run-result = { $title }: { $outcome }
