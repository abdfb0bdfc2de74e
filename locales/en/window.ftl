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
view-listen = Listen
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
list-unread-stories = { $count } unread, { $stories ->
        [one] { $stories } story
       *[other] { $stories } stories
    }
search =
    .aria-label = Search
    .placeholder = Search  /
search-hidden = Hidden
search-hidden-label =
    .title = Also find articles a rule hid
unread-only =
    .aria-label = Show unread only
    .title = Show unread only
list-layout =
    .aria-label = List layout: { $layout }
layout-compact = Compact
layout-pictures = With pictures
layout-cards = Cards
settings-layout = List layout for every view
oldest-first =
    .aria-label = Oldest first
    .title = Oldest first
mark-all-read =
    .aria-label = Mark all as read
    .title = Mark all as read (Shift+A)
articles =
    .aria-label = Articles
row-bookmarked =
    .aria-label = Bookmarked
row-untitled = (untitled)
story-more-sources = and { $count ->
        [one] one more source
       *[other] { $count } more sources
    }: { $sources }
story-panel =
    .aria-label = Reports of “{ $title }”
story-also-reported = Also reported by
story-not-same = Not the same story
story-split = { $count ->
        [one] Split from the other report.
       *[other] Split from the { $count } other reports.
    }
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
# the rule that touched the article, as lists name it
reader-rule = Rule: { $rule }
reader-hidden-by-rule = Hidden by rule: { $rule }
reader-hidden = Hidden by a rule

## The player: an episode (an item's sound or video) under the reader; the reader's episode line

player =
    .aria-label = Player
player-play =
    .aria-label = Play
    .title = Play (l)
player-pause =
    .aria-label = Pause
    .title = Pause (l)
player-back =
    .aria-label = Back 15 seconds
    .title = Back 15 seconds ([)
player-on =
    .aria-label = On 30 seconds
    .title = On 30 seconds (])
player-position =
    .aria-label = Position
player-speed =
    .aria-label = Speed
# a playback speed: 1.5×
player-speed-value = { $speed }×
player-volume =
    .aria-label = Volume
player-close =
    .aria-label = Close the player
    .title = Close the player
# where the player is, for screen readers: "2:03 of 15:00"
player-time-of = { $at } of { $duration }
player-time-left = { $left } left
player-listen = Listen
player-watch = Watch
player-pause-episode = Pause
player-played = Played
player-downloading = Downloading…
# $done and $total are megabytes with one decimal
player-downloading-of = Downloading: { $done } of { $total } MB
player-downloading-so-far = Downloading: { $done } MB
player-downloaded = Downloaded ({ $megabytes } MB)
player-download = Download
player-remove = Remove the download
player-download-failed = Could not download it: { $error }
player-not-downloaded-offline = Not downloaded, and there is no network: it plays once the network is back.
player-cannot-play = This episode cannot be played here.

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
feed-episodes = Download its episodes (sound and video)
feed-episodes-never = Only those I download
feed-episodes-latest = { $count ->
    [one] The latest one
   *[other] The latest { $count }
}
feed-episodes-every = Every new one
feed-episodes-hint = After each refresh, for listening offline. Played ones go after the days set in Settings; bookmarked ones stay.
feed-notify = Notify me of new articles
settings-open-articles = Open articles
open-in-reader = In the reader
open-in-browser = The web page, in your browser
open-in-inside = The web page, inside Broadsheet (no scripts)
feed-page-scripts = Let its web page run its scripts here
feed-page-scripts-hint = For pages that show nothing without them. They run apart from Broadsheet: they cannot reach your subscriptions, your files or the app.
feed-open-in = Open its articles
feed-open-in-default = As in Settings ({ $place ->
        [browser] the web page, in your browser
        [inside] the web page, inside Broadsheet
       *[reader] in the reader
    })
reader-page-frame =
    .title = The web page
reader-page-inside = The web page, without its scripts.
reader-page-inside-scripts = The web page, with its scripts.
reader-page-text = The article’s text.
reader-page-browser = This feed’s articles open in your browser.
reader-page-show-text = Show the article’s text
reader-page-show-page = Show the web page
reader-page-open = Open the web page
access-summary = Sign-in and identity
access-hint = For a feed behind a sign-in, or a server that turns unknown readers away. The password goes to the system’s credential store.
access-user = User name
access-password = Password
access-password-kept =
    .placeholder = Kept: leave empty to keep it
access-identify = Identify as
access-agent-own = Broadsheet
access-agent-browser = A web browser
access-agent-custom = Other…
access-agent-text =
    .aria-label = User-Agent
    .placeholder = User-Agent
access-forget = Forget the sign-in
    .aria-label = Forget the sign-in
feed-last-error = Last refresh failed: { $error }
feed-unsubscribe = Unsubscribe
    .aria-label = Unsubscribe
feed-refresh = Refresh
    .aria-label = Refresh this feed

## A folder's dialog

folder-title = Folder
folder-name = Name
folder-delete-hint = Deleting a folder keeps its feeds and folders: they move up a level.
folder-parent = Inside
folder-top-level =
    .placeholder = Top level
folder-path-hint = A folder inside another is written as its path: News/Asia
folder-moved-into = Moved { $name } into { $folder }
folder-moved-to-top = Moved { $name } to the top level
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
settings-episode-max = Largest episode to download
settings-episodes-space = Disk space for downloaded episodes
settings-episodes-played = Keep played episodes, after playing them, for
settings-episodes-hint = Each feed's settings choose which of its episodes download. Bookmarked articles keep theirs for good.
settings-megabytes = { $size } MB
settings-gigabytes = { $size } GB
settings-mark-opened = Mark articles read when they are opened
settings-mark-scrolled = Mark articles read as you scroll past them
settings-hide-read-feeds = Hide feeds and folders with nothing unread
settings-group-stories = Show the same story from many sources once
settings-story-first = A story shows first
settings-story-earliest = its earliest report
settings-story-longest = its longest report
settings-story-marks-read = Reading a story marks all its reports read
settings-storage = Storage
settings-measuring = Measuring…
# $articles, $images and $bookmarks are sizes in MB with one decimal
settings-storage-usage = Articles: { $articles } MB ({ $full ->
        [one] { $full } full article
       *[other] { $full } full articles
    }). Images: { $files } kept, { $images } MB ({ $bookmarks } MB for bookmarks).
# $size and $bookmarks are sizes in MB with one decimal
settings-storage-episodes = Episodes: { $files } downloaded, { $size } MB ({ $bookmarks } MB for bookmarks).
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
keys-story = Show or hide a story's other reports
keys-play = Play or pause the episode
keys-play-back = Episode: back 15 seconds
keys-play-on = Episode: on 30 seconds
keys-play-slower = Episode: slower
keys-play-faster = Episode: faster
keys-undo = Undo the last step (marking, bookmarks, unsubscribing)
keys-this-list = This list
keys-next = Next article
keys-previous = Previous article
keys-next-unread = Next unread article
keys-previous-unread = Previous unread article
settings-shortcuts-hint = Change the key of any action, or turn single-key shortcuts off.
settings-shortcuts-open = Shortcuts…
    .aria-label = Shortcuts: change the keys
shortcuts-no-key = none
shortcuts-change =
    .aria-label = { $key }: change the key of { $action }
shortcuts-clear = Clear
    .aria-label = Clear the key of { $action }
shortcuts-press = Press a key…
shortcuts-set = { $action }: { $key }
shortcuts-cleared = { $action } has no key now
shortcuts-clash = { $key } was the key of “{ $other }”, which has no key now
shortcuts-reserved = { $key } moves around the window and cannot be a shortcut
shortcuts-single = Single-key shortcuts (j, k, s, …)
shortcuts-single-hint = Turn them off when a screen reader uses these keys; shortcuts with Ctrl or Alt still work.
shortcuts-reset = Reset all to the defaults
shortcuts-were-reset = Every shortcut is back to its default
shortcuts-action = Action
shortcuts-key = Key

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

## Feed health

health-title = Feed health
health-all-fine = Every feed works.
health-some = { $count ->
        [one] { $count } feed needs a look. The worst come first.
       *[other] { $count } feeds need a look. The worst come first.
    }
health-list =
    .aria-label = Feeds by health
health-state-failing = Failing
health-state-gone = Gone
health-state-dead = Dead
health-state-slow = Slow
health-state-moved = Moved
health-state-fine = Working
# $count has one decimal
health-per-week = { $count } articles a week
health-last-worked = last worked { $date }
health-last-new = last new article { $date }
health-answers-ms = answers in { $ms } ms
health-answers-s = answers in { $seconds } s
health-size = { $kb } KB
health-failed = { $count ->
        [one] failed once
       *[other] failed { $count } times in a row
    }
# $headline is what is wrong, as the engine says it
health-since = { $headline } since { $date }
health-retry = Retry now
    .aria-label = Retry now { $title }
health-find = Find again
    .aria-label = Find again { $title }
health-change = Change address…
    .aria-label = Change address… { $title }
health-unsubscribe = Unsubscribe
    .aria-label = Unsubscribe { $title }
health-new-address =
    .aria-label = New address of { $title }
health-save-address = Save
    .aria-label = Save the address of { $title }
health-error = { $title }: { $error }
health-address-changed = { $title }: the address is changed; fetching it now.
health-retrying = { $title }: trying again…
health-found = { $title }: found at { $url }; fetching it now.
health-unsubscribed = Unsubscribed from { $title }.

## Rules

rules-title = Rules
rules-hint = Rules act on new articles at every refresh, before notifications and downloads, in this order. The first rule that matches is the one an article names.
rules-list =
    .aria-label = Rules
rules-none = No rules yet.
rules-add = Add a rule…
    .aria-label = Add a rule
rule-on =
    .aria-label = Rule on: { $rule }
rule-turned-on = Rule turned on.
rule-turned-off = Rule turned off.
rule-up = ↑
    .aria-label = Move up: { $rule }
    .title = Move up
rule-down = ↓
    .aria-label = Move down: { $rule }
    .title = Move down
rule-edit = Edit
    .aria-label = Edit: { $rule }
    .title = Edit
rule-apply = Apply now
    .aria-label = Apply now: { $rule }
    .title = Apply now
rule-remove = Remove
    .aria-label = Remove: { $rule }
    .title = Remove
rule-applied = { $count ->
        [one] The rule matched { $count } stored article.
       *[other] The rule matched { $count } stored articles.
    }
rule-removed = Rule removed. What it did to articles stays.
rule-in-feed = { $rule } · in { $feed }
rule-in-folder = { $rule } · in folder { $folder }
rule-one-feed = one feed
rule-field-title = Title
rule-field-text = Text
rule-field-author = Author
rule-field-link = Link
rule-field-feed = Feed name
rule-action-read = Mark read
rule-action-hide = Hide (out of every view; search finds it with “Hidden”)
rule-action-bookmark = Bookmark (kept whole offline)
rule-action-notify = Notify me
rule-action-no-full-text = Never download the full article
rule-kind-any = has any of these words
rule-kind-all = has all of these words
rule-kind-regex = matches the regular expression
rule-when = When the article’s
rule-then = Then
rule-kind =
    .aria-label = How it matches
rule-pattern =
    .aria-label = Words or expression
rule-scope =
    .aria-label = In which feeds
rule-scope-all = In all feeds
rule-scope-folder = In folder { $folder }
rule-scope-feed = In { $feed }
rule-case = Match upper and lower case exactly
rule-save = Save
    .aria-label = Save rule
rule-edit-title = Edit rule
rule-new-title = New rule
rule-preview-hint = Type words to see which stored articles the rule would match.
rule-preview-capped = { $matches } of the newest { $looked } articles
rule-preview-count = { $matches ->
        [one] { $matches } article in the last 30 days
       *[other] { $matches } articles in the last 30 days
    }
rule-saved = Rule saved.
rule-added = Rule added. It acts on new articles; “Apply now” applies it to stored ones.

## Accounts

accounts-title = Accounts
accounts-hint = Sync with a feed server you already use (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux) through its Google Reader API: subscriptions, folders, read and starred articles stay the same on every device. The server fetches its feeds; Broadsheet keeps everything it syncs readable offline, and starred articles whole.
accounts-folders-hint = Folders inside folders reach the server as labels named by their path, such as “News/Asia”, as other apps that sync there write them.
accounts-list =
    .aria-label = Accounts
accounts-add = Add an account…
    .aria-label = Add an account
account-keyring = Sign-in kept in the system’s credential store.
account-file = Sign-in kept in a file only you can read: this system has no credential store.
account-refused = The server no longer accepts the sign-in.
account-last-failed = Last sync failed: { $error }
account-synced-now = Synced just now.
account-synced-ago = Last synced { $when } ago.
account-synced-on = Last synced { $when }.
account-not-synced = Not synced yet.
account-local-feeds = { $count ->
        [one] { $count } feed, fetched by Broadsheet.
       *[other] { $count } feeds, fetched by Broadsheet.
    }
account-server-feeds = { $url } · { $count ->
        [one] { $count } feed
       *[other] { $count } feeds
    }
account-again = Sign in again…
    .aria-label = Sign in again: { $account }
account-remove = Remove…
    .aria-label = Remove: { $account }
account-add-title = Add an account
account-add-hint = Use the server’s API password (FreshRSS: Profile → API management), not the one you sign in to its web page with. The password is used once: only the server’s sign-in token is kept.
account-url = Server address
account-user = User name
account-password = API password
account-move-local = Move my { $count ->
        [one] { $count } subscription
       *[other] { $count } subscriptions
    } on this computer into it (folders kept)
account-submit = Sign in and add
    .aria-label = Sign in and add
account-signing-in = Signing in…
account-added = Added { $account }: its Google Reader API answers at { $url }. Syncing now.
account-sign-in = Sign in
    .aria-label = Sign in
account-sign-in-title = Sign in to { $account }
account-signed-in = Signed in. Syncing now.
account-remove-confirm = Remove
    .aria-label = Remove { $account }
account-removed = Removed { $account }. { $count ->
        [one] { $count } bookmark stays on this computer.
       *[other] { $count } bookmarks stay on this computer.
    }
account-remove-title = Remove { $account }?
account-remove-hint = Its feeds and articles go from this computer; its bookmarks stay, whole, under “On this computer”. Nothing changes on the server.

## The tray and the system's own dialogs

tray-no-unread = No unread articles
# $shown is $count as the language writes it alone ("100,000")
tray-unread = { $count ->
        [one] { $shown } unread article
       *[other] { $shown } unread articles
    }
tray-tooltip = Broadsheet: { $unread }
tray-show = Show Broadsheet
tray-refresh = Refresh
tray-quit = Quit
dialog-export-bookmarks = Export bookmarks
dialog-import = Import subscriptions
dialog-export = Export subscriptions

## The window itself, said on the terminal it was started from ($why: the system's words)

app-no-tray = no tray icon on this desktop: { $why }
app-cannot-open = could not open the window: { $why }

## The Listen view

listen-downloaded = Downloaded
listen-unplayed = Not played
listen-downloading = Downloading episodes: { $done } of { $total }
listen-none = No episodes yet: feeds that carry sound or video list them here.
listen-none-match = No episode matches.
listen-play =
    .aria-label = Play { $title }
listen-pause =
    .aria-label = Pause { $title }
listen-download =
    .aria-label = Download { $title }
listen-remove =
    .aria-label = Remove the download of { $title }
