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
