### Broadsheet's command-line reader, in English (the source every catalog translates).
###
### Glossary: the words this catalog uses for the reader's things, the same everywhere.
###   feed: a site's list of new stories that Broadsheet subscribes to
###   article: one story of a feed
###   bookmark: an article kept on purpose (never removed by retention)
###   refresh: fetching every feed for new articles
###   folder: a named group of feeds
###   full article: the article's own page, fetched and kept for offline reading
###   unread: not yet opened
###
### Commands, options and values (`broadsheet undo 3`, VALUE) stay in English: they are typed.

## broadsheet add

cli-subscribed = Subscribed to { $title } ({ $url }), feed { $feed }: { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }
cli-already-subscribed = Already subscribed to { $title } (feed { $feed })

## broadsheet import, export, export-bookmarks

cli-imported = Imported { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } into { $folders ->
        [one] { $folders } folder
       *[other] { $folders } folders
    }; skipped { $duplicates } already subscribed and { $invalid } invalid
cli-imported-rules = Imported { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    } ({ $skipped } skipped: feed not subscribed or rule not valid)
cli-wrote = Wrote { $path }
cli-wrote-bookmarks = Wrote { $count ->
        [one] { $count } bookmark
       *[other] { $count } bookmarks
    } to { $path }

## broadsheet full-text, notify

# $on is "yes" or "no"; $mode is "auto", "always" or "never"
cli-full-text-set = Feed { $feed }: full articles { $on ->
        [yes] downloaded
       *[no] not downloaded
    } ({ $mode ->
        [auto] automatic
        [always] always
       *[never] never
    })
cli-notify-set = Feed { $feed }: new articles { $on ->
        [yes] are announced
       *[no] arrive quietly
    }

## broadsheet storage

# $database, $images and $bookmarks are sizes in MiB with one decimal
cli-storage = database: { $database } MiB ({ $full ->
        [one] { $full } full article
       *[other] { $full } full articles
    })
    images: { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $images } MiB ({ $bookmarks } MiB for bookmarks)
    at { $dir }
cli-storage-episodes = episodes: { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size } MiB ({ $bookmarks } MiB for bookmarks)
cli-images-removed = Removed { $count ->
        [one] { $count } image
       *[other] { $count } images
    }

## broadsheet feeds, folders, rename, move, remove

cli-feed-counts = { $unread } unread / { $total }
cli-feed-failing = { $error } (failed { $times ->
        [one] { $times } time
       *[other] { $times } times
    })
cli-renamed = Feed { $feed } is now “{ $title }”
cli-moved-into = Moved { $title } into { $folder }
cli-moved-out = Moved { $title } out of folders
cli-folder-made = Made the folder { $path } (number { $id })
cli-folder-now = The folder is now { $path }
cli-unsubscribed-keeping = { $label }; its { $count ->
        [one] bookmarked article is kept under Bookmarks
       *[other] { $count } bookmarked articles are kept under Bookmarks
    }
cli-undo-within = To undo (within { $minutes } minutes): broadsheet undo { $step }

## broadsheet list, search, read, bookmark

cli-no-match = No articles match.
cli-undo = To undo: broadsheet undo { $step }
cli-nothing-to-mark-read = Nothing to mark read
cli-marked-unread = Marked article { $id } unread
cli-bookmarked = Bookmarked “{ $title }”
cli-bookmark-removed = Removed the bookmark from “{ $title }”
cli-bookmarked-not-offline = bookmarked, but could not keep it offline: { $error }

## broadsheet stats, purge

cli-stats = { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } in { $folders ->
        [one] { $folders } folder
       *[other] { $folders } folders
    } ({ $failing } failing)
    { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }, { $unread } unread, { $bookmarked } bookmarked
    database: { $size } MiB at { $path }
cli-purged = Removed { $count ->
        [one] { $count } read article
       *[other] { $count } read articles
    } older than { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

## broadsheet refresh, sync

cli-feed-new = feed { $feed }: { $count } new
cli-feed-failed = feed { $feed } failed: { $error } ({ $url })
cli-account-synced = account { $account }: { $new ->
        [one] { $new } new article
       *[other] { $new } new articles
    }, { $sent ->
        [one] { $sent } change
       *[other] { $sent } changes
    } sent, { $states ->
        [one] { $states } read state
       *[other] { $states } read states
    } and { $stars ->
        [one] { $stars } star
       *[other] { $stars } stars
    } changed here, { $requests } requests in { $ms } ms
cli-account-failed = account { $account } failed: { $error }
cli-refreshed = Refreshed { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } in { $ms } ms: { $new ->
        [one] { $new } new article
       *[other] { $new } new articles
    }; { $changed } changed, { $unchanged } unchanged, { $failed } failed
cli-synced = Synced { $accounts ->
        [one] { $accounts } account
       *[other] { $accounts } accounts
    }: { $new ->
        [one] { $new } new article
       *[other] { $new } new articles
    }, { $failed } failed
cli-no-accounts = No feed-server account to sync: add one with `broadsheet account add greader URL --user NAME`
cli-offline = Offline in { $ms } ms: { $full ->
        [one] { $full } full article
       *[other] { $full } full articles
    } ({ $full_failed } failed), { $images ->
        [one] { $images } image
       *[other] { $images } images
    } ({ $size } MiB, { $images_failed } refused or failed)

## broadsheet feeds --health, set-url, rediscover

cli-health-none = No subscriptions.
cli-episodes-none = No episodes: no feed has attached sound or video yet.
# a story's row in `list --grouped`: the feeds of its other reports, "A, B"
cli-story-others = and { $count ->
        [one] one more source
       *[other] { $count } more sources
    }: { $sources }
cli-episode-audio = audio
cli-episode-video = video
cli-episode-downloaded = downloaded, { $megabytes } MB
cli-episode-saved = Saved for listening offline ({ $megabytes } MB): { $path }
cli-episode-played = played
cli-episode-downloads-never = Feed { $feed }: its episodes are downloaded only when you ask (broadsheet download ID).
cli-episode-downloads-every = Feed { $feed }: every new episode is downloaded after each refresh.
cli-episode-downloads-latest = Feed { $feed }: { $count ->
    [one] the latest episode is
   *[other] the latest { $count } episodes are
} downloaded after each refresh.
# the state's short name, in a column: $state is failing, gone, dead, slow, moved or fine
cli-health-state = { $state ->
        [failing] failing
        [gone] gone
        [dead] dead
        [slow] slow
        [moved] moved
       *[fine] fine
    }
# $headline is what is wrong (the engine's message, already in words)
cli-health-now = { $title }: { $headline }
cli-health-since = { $title } since { $date }: { $headline }
# $count has one decimal
cli-health-per-week = { $count } articles a week
cli-health-last-worked = last worked { $date }
cli-health-last-new = last new { $date }
cli-health-answers = answers in { $ms } ms
cli-health-size = { $kib } KiB
cli-health-failed = { $count ->
        [one] failed once
       *[other] failed { $count } times in a row
    }
cli-set-url = Feed { $feed } now comes from { $url }; `broadsheet refresh { $feed }` fetches it now
cli-rediscovered = Feed { $feed } found again: { $url } (was { $before })
cli-rediscover-same = Feed { $feed }: its site still names { $url }; it will be tried again

## broadsheet account

# $place is "keyring" or "file"
cli-account-added = Added account { $id }: { $name } (sign-in kept in { $place ->
        [keyring] the system's credential store
       *[file] a file only you can read (no credential store here)
    })
cli-account-moved = Moved { $count ->
        [one] { $count } subscription
       *[other] { $count } subscriptions
    } into it; they reach the server at the next sync
cli-account-sync-hint = Run `broadsheet sync` to fetch its subscriptions and articles
cli-account-api-at = Its Google Reader API answers at { $url }
cli-account-feeds = { $count ->
        [one] { $count } feed
       *[other] { $count } feeds
    }
cli-account-server = { $url }, sign-in kept in { $place ->
        [keyring] the system's credential store
       *[file] a file only you can read (no credential store here)
    }
cli-account-refused = the server refused the sign-in: `broadsheet account sign-in ID`
cli-account-last-failed = last sync failed: { $error }
cli-account-removed = Removed account { $id }: { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    }; { $bookmarks ->
        [one] { $bookmarks } bookmark
       *[other] { $bookmarks } bookmarks
    } kept in "On this computer"
cli-account-signed-in = Signed in again to { $name }

## broadsheet rule, undo

# $rule is the rule as the engine describes it
cli-rule-added = Rule { $id }: { $rule }
    It acts on new articles; `broadsheet rule apply { $id }` applies it to stored ones.
cli-rules-none = No rules.
cli-rule-line = rule { $id }: { $rule }
cli-rule-line-off = rule { $id } (off): { $rule }
cli-rule-in-feed = (in feed { $id }, { $title })
cli-rule-in-feed-id = (in feed { $id })
cli-rule-in-folder = (in folder { $folder })
cli-rule-test = Rule { $id } matches { $matches } of { $looked ->
        [one] { $looked } article
       *[other] { $looked } articles
    } in the last { $days } days
cli-rule-applied = Rule { $id } matched { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
# $on is "yes" or "no"
cli-rule-set = Rule { $id } is { $on ->
        [yes] on
       *[no] off
    }
cli-rules-order = Rules now run in this order: { $order }
cli-rule-removed = Removed rule { $id }
cli-rule-removed-unhidden = Removed rule { $id }; { $count ->
        [one] { $count } article
       *[other] { $count } articles
    } back in the lists
cli-article-unhidden = Article { $id } is back in the lists
cli-undone = Undone: { $step }
cli-undo-gone = Step { $id } cannot be undone any more (or never existed)
cli-undo-nothing = Nothing to undo

## --help: the headings, and what each command and option is for
## (a command's words stay as they are: `broadsheet config KEY VALUE`, --all, html, json)

help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-flag-help = Print help
help-flag-version = Print version
# after an option: the value it takes when none is given, and the values it takes
help-default = default: { $value }
help-values = possible values: { $values }
help-cmd-help = Print this message or the help of the given command
help-about = A fast news reader that works offline. Without a command, opens the window.
help-arg-data-dir = Where the database lives (default: BROADSHEET_DATA_DIR, else the system's user data directory)
help-arg-json = Machine-readable output: one JSON document (or JSON lines for refresh progress)
help-arg-lang = The language to speak (fa-AF, ps, ar, fa, fr, es, ru, zh-CN, en; default: the system's)
help-arg-timeout = Seconds a fetch may take, connecting included
help-cmd-add = Subscribe to a feed URL or a website's feed
help-arg-add-url = The feed's address, or the website's
help-arg-add-folder = Put it in this folder, by path such as News/Asia (made if missing)
help-arg-add-account = Into this feed-server account (sent to the server at the next sync)
help-cmd-import = Import subscriptions from an OPML file
help-arg-import-file = The OPML file
help-cmd-export = Export subscriptions as OPML (to FILE, or standard output)
help-arg-export-file = Where to write (default: standard output)
help-cmd-refresh = Fetch new articles (all feeds, or the ones given)
help-arg-refresh-due = Only feeds whose refresh interval has passed
help-arg-refresh-no-offline = Skip fetching full articles and images for offline reading
help-arg-refresh-feed-ids = The feeds to refresh (default: all)
help-cmd-sync = Sync the feed-server accounts (all, or one) without fetching the local feeds
help-arg-sync-account = The account to sync (default: all)
help-arg-sync-no-offline = Skip fetching full articles and images for offline reading
help-cmd-account = Feed-server accounts (FreshRSS, Miniflux, ... over the Google Reader API)
help-cmd-account-add = Sign in to a server and add it as an account
help-arg-account-add-kind = The server's API: greader, the Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux)
help-arg-account-add-url = The server's address, as its web page has it or the API's own (FreshRSS: https://host/api/greader.php; Miniflux: https://host)
help-arg-account-add-user = The user name on the server
help-arg-account-add-password-stdin = Read the (API) password from standard input instead of asking
help-arg-account-add-move-local = Move the subscriptions of “On this computer” into it (folders kept)
help-cmd-account-list = List the accounts
help-cmd-account-remove = Remove an account: its articles go, its bookmarks stay (in “On this computer”)
help-arg-account-remove-id = The account's number (see `broadsheet account list`)
help-cmd-account-sign-in = Sign in again (after the server refused the kept sign-in)
help-arg-account-sign-in-id = The account's number (see `broadsheet account list`)
help-arg-account-sign-in-password-stdin = Read the (API) password from standard input instead of asking
help-cmd-full-text = “Download full articles” for a feed: auto (when it carries summaries only), always, never
help-arg-full-text-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-full-text-mode = When to download its full articles
help-cmd-notify = Desktop notifications for a feed's new articles (shown by the window's refreshes)
help-arg-notify-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-notify-state = Notifications on or off
help-cmd-export-bookmarks = Export bookmarks: one self-contained HTML file (images inlined), Markdown or JSON
help-arg-export-bookmarks-file = Where to write (default: standard output)
help-arg-export-bookmarks-format = html, markdown or json (default: from the file's extension, else html)
help-cmd-storage = Space used by articles and stored images; --clean removes images
help-arg-storage-clean = Remove stored images: read (those of read articles; bookmarks keep theirs) or all-but-bookmarks (every image except bookmarks')
help-cmd-feeds = List subscriptions with unread counts and errors (--health: by trouble, with what to do)
help-arg-feeds-health = Feed health: failing, gone, dead, slow, moved, worst first
help-cmd-set-url = Change a feed's address (it is fetched from there from now on)
help-arg-set-url-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-set-url-url = Its new address
help-cmd-rediscover = Find a feed again from its site and move the subscription to what is found
help-arg-rediscover-feed-id = The feed's number (see `broadsheet feeds`)
help-cmd-folders = List folders
help-cmd-folder = Make, rename, move and delete folders (folders go in folders, 8 deep at most)
help-cmd-folder-add = Make a folder, and the folders above it that are missing (“News/Asia”)
help-arg-folder-add-path = The folder’s path: names from the top, separated by /
help-cmd-folder-rename = Rename a folder (it stays where it is)
help-arg-folder-rename-folder-id = The folder’s number (see `broadsheet folders`)
help-arg-folder-rename-name = Its new name (without /)
help-cmd-folder-move = Move a folder, with all it holds, into another (no path: to the top level)
help-arg-folder-move-folder-id = The folder’s number (see `broadsheet folders`)
help-arg-folder-move-into = The folder to go in, by path (made if missing)
help-cmd-folder-delete = Delete a folder: what it holds moves up a level, nothing is unsubscribed
help-arg-folder-delete-folder-id = The folder’s number (see `broadsheet folders`)
help-cmd-rename = Rename a feed (no title: back to the feed's own)
help-arg-rename-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-rename-title = Its new name
help-cmd-move = Move a feed into a folder (no folder: out of any)
help-arg-move-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-move-folder = The folder, by path such as News/Asia (made if missing)
help-cmd-remove = Unsubscribe; bookmarked articles are kept
help-arg-remove-feed-id = The feed's number (see `broadsheet feeds`)
help-cmd-list = List articles, newest first
help-arg-list-view = Which articles
help-arg-list-feed = Only this feed's
help-arg-list-folder = Only this folder’s (a path such as News/Asia), with the folders in it
help-arg-list-unread = Only unread articles
help-arg-list-oldest-first = Oldest first
help-arg-list-grouped = The same story from many sources as one row: its first report, the other sources named
help-arg-list-limit = At most this many
help-cmd-search = Full-text search over titles, authors and text
help-arg-search-query = The words to find
help-arg-search-limit = At most this many
help-arg-search-hidden = Find articles a rule hid, too
help-cmd-read = Show an article and mark it read (--unread marks it unread; --all marks a view read)
help-arg-read-article-id = The article's number (see `broadsheet list`)
help-arg-read-unread = Mark it unread instead
help-arg-read-all = Mark every article read (of --feed, if given)
help-arg-read-feed = With --all: only this feed's
help-cmd-bookmark = Bookmark an article (--remove to take the bookmark off)
help-arg-bookmark-article-id = The article's number (see `broadsheet list`)
help-arg-bookmark-remove = Take the bookmark off
help-cmd-stats = Counts and database size
help-cmd-config = Show settings, or set one: config KEY VALUE
help-arg-config-key = The setting's name
help-arg-config-value = Its new value
help-cmd-purge = Apply retention now: remove old read articles (never bookmarks)
help-cmd-undo = Take back the last step (marking read, bookmarks, unsubscribing), or step STEP
help-arg-undo-step = The step's number (default: the last)
help-cmd-rule = Rules that mark read, hide, bookmark or announce new articles
help-cmd-rule-add = Add a rule; it acts on new articles from the next refresh on (`rule apply` for stored ones)
help-arg-rule-add-when = What it reads, comma-separated: title, text, author, link, feed
help-arg-rule-add-matches = The words to look for (any of them, unless --all), or an expression with --regex
help-arg-rule-add-all = Every word must appear
help-arg-rule-add-regex = TEXT is a regular expression
help-arg-rule-add-case-sensitive = Mind upper and lower case
help-arg-rule-add-then = What it does, comma-separated: read, hide, bookmark, notify, no-full-text
help-arg-rule-add-feed = Only in this feed
help-arg-rule-add-folder = Only in this folder (a path such as News/Asia) and the folders in it
help-cmd-rule-list = List the rules in the order they run
help-cmd-rule-test = Show which stored articles of the last 30 days a rule matches (changes nothing)
help-arg-rule-test-id = The rule's number (see `broadsheet rule list`)
help-cmd-rule-apply = Apply a rule to every stored article now
help-arg-rule-apply-id = The rule's number (see `broadsheet rule list`)
help-cmd-rule-enable = Turn a rule on
help-arg-rule-enable-id = The rule's number (see `broadsheet rule list`)
help-cmd-rule-disable = Turn a rule off (it stays, and does nothing)
help-arg-rule-disable-id = The rule's number (see `broadsheet rule list`)
help-cmd-rule-move = Move a rule to a place in the order (1 = first)
help-arg-rule-move-id = The rule's number (see `broadsheet rule list`)
help-arg-rule-move-to = Its new place
help-cmd-rule-remove = Remove a rule (what it did to articles stays, unless --unhide)
help-arg-rule-remove-id = The rule's number (see `broadsheet rule list`)
help-arg-rule-remove-unhide = Show the articles it hid in the lists again
help-cmd-rule-unhide = Show an article a rule hid in the lists again
help-arg-rule-unhide-article-id = The article's number (see `broadsheet search --hidden`)
help-cmd-extract = Print what the reader would show for an article page (a file or a URL)
help-arg-extract-source = A saved HTML file, or an http(s) address to fetch
help-arg-extract-base-url = The page's address, to resolve its relative links (default: the URL fetched)
help-cmd-stories = Group a file of articles (JSON lines) into stories, as the lists do; prints id and group
help-arg-stories-file = One JSON object per line: id, title, text, and when known date and source
help-cmd-episodes = List the sound and video that feeds attach to their items, newest first
help-arg-episodes-feed = Only this feed's
help-arg-episodes-downloaded = Only those downloaded for listening offline
help-cmd-download = Download an article's episode for listening offline (an interrupted download goes on where it stopped)
help-arg-download-article-id = The article's number (see `broadsheet episodes`)
help-cmd-episode-downloads = Which of a feed's episodes are downloaded after each refresh
help-arg-episode-downloads-feed-id = The feed's number
help-arg-episode-downloads-choice = never, every (each new one), or a number: the latest N

## A feed's sign-in and User-Agent
cli-api-password-prompt = API password:
cli-password-prompt = Password:
cli-feed-sign-in-kept = Feed { $feed } signs in as { $user }
cli-feed-sign-in-forgotten = Feed { $feed } no longer signs in
cli-feed-user-agent = Feed { $feed } asks as “{ $agent }”
cli-feed-user-agent-browser = Feed { $feed } asks as a web browser
cli-feed-user-agent-own = Feed { $feed } asks as Broadsheet
help-cmd-feed-sign-in = A feed's sign-in (HTTP basic or digest): set it, or forget it
help-arg-feed-sign-in-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-feed-sign-in-user = The user name to sign in with
help-arg-feed-sign-in-password-stdin = Read the password from standard input instead of asking
help-arg-feed-sign-in-forget = Forget the sign-in (the password leaves the credential store)
help-cmd-user-agent = A feed's User-Agent: a text, --browser, or neither for Broadsheet's own
help-arg-user-agent-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-user-agent-value = The User-Agent to send
help-arg-user-agent-browser = Identify as a web browser (for servers that turn unknown clients away)
help-arg-add-user = Sign in to the feed with this user name (HTTP basic or digest)
help-arg-add-password-stdin = Read the feed's password from standard input instead of asking
help-arg-add-user-agent = Ask for the feed with this User-Agent
help-arg-add-as-browser = Identify as a web browser (for servers that turn unknown clients away)
cli-open-in-set = Feed { $feed }: articles open in { $place ->
        [browser] the web page, in your browser
        [inside] the web page, inside Broadsheet
       *[reader] the reader
    }{ $own ->
        [yes] {""}
       *[no] {" "}(the default)
    }
cli-page-scripts-on = Its web page, shown inside Broadsheet, may run its scripts: apart from the app, which they cannot reach.
help-cmd-open-in = Where a feed's articles open: the reader, the web page in the browser, or the web page inside Broadsheet (no script); default: as `config open_articles` says
help-arg-open-in-feed-id = The feed's number (see `broadsheet feeds`)
help-arg-open-in-place = Where its articles open
help-arg-open-in-scripts = Let its web page, shown inside Broadsheet, run its scripts (apart from the app)
