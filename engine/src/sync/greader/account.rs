//! One Google Reader API account's sync: send what changed here (subscriptions, then read and
//! starred states, in batches), then take the server's subscriptions, fetch the items not
//! stored yet (in batches, never the whole account at once), and write the server's unread and
//! starred sets over everything with no change pending. Sent changes are marked sent only
//! after the server said yes, so a sync cut anywhere (network, kill -9) sends them again.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Instant;

use super::client::{self, Client, Item, READ, READING_LIST, STARRED};
use crate::error::{Error, Result};
use crate::feeds::parse::{looks_summary_only, ParsedFeed};
use crate::model::{now, NewArticle, Timestamp};
use crate::secrets::{self, Place, Secret};
use crate::store::{Account, FeedChange, FetchMeta, ItemFlag, ItemLink, Store};
use crate::sync::{SyncError, SyncEvent, SyncSummary};

/// Item states sent per `edit-tag`.
pub const STATES_PER_POST: usize = 1_000;
/// Items fetched per `stream/items/contents`.
pub const ITEMS_PER_POST: usize = 100;
/// An incremental sync asks for items crawled since its last start, less this margin (items
/// the server was storing while the last sync asked). Unread and starred items come whatever
/// their age: this list only finds items read elsewhere before this computer saw them.
const SINCE_MARGIN_SECS: i64 = 120;

/// Signs in to a server and adds it as an account; the token (never the password) is kept in
/// the credential store. Returns the account.
pub async fn add_account(
    store: &mut Store,
    data_dir: &Path,
    server_url: &str,
    user: &str,
    password: &str,
) -> Result<Account> {
    let client = signed_in_client(server_url, user, password).await?;
    let name = url::Url::parse(client.base())
        .ok()
        .and_then(|u| u.host_str().map(|h| format!("{user} on {h}")))
        .unwrap_or_else(|| user.to_string());
    let id = store.add_account("greader", &name, client.base(), user)?;
    if let Err(e) = keep_secret(store, data_dir, id, &client) {
        let _ = store.remove_account(id);
        return Err(e);
    }
    store.account(id)
}

/// Signs in again (after the server refused the kept token).
pub async fn sign_in_again(
    store: &mut Store,
    data_dir: &Path,
    account: i64,
    password: &str,
) -> Result<()> {
    let acc = store.account(account)?;
    let client = signed_in_client(
        acc.server_url.as_deref().unwrap_or_default(),
        acc.username.as_deref().unwrap_or_default(),
        password,
    )
    .await?;
    keep_secret(store, data_dir, account, &client)?;
    store.set_account_synced(account, None, false, None)?;
    Ok(())
}

/// Signs in, finding the API from the address given, and checks that it answers to the token.
async fn signed_in_client(server_url: &str, user: &str, password: &str) -> Result<Client> {
    Ok(super::discover::sign_in(server_url, user, password).await?)
}

/// Keeps a signed-in client's token in the credential store and notes where on the account.
fn keep_secret(store: &Store, data_dir: &Path, account: i64, client: &Client) -> Result<()> {
    let secret = Secret {
        auth: client.auth().unwrap_or_default().to_string(),
        token: client.token().map(str::to_string),
    };
    let place = secrets::save(data_dir, account, &secret)?;
    store.set_account_secret_place(account, place.as_str())
}

/// Syncs one account. A failure is recorded on the account (and a refused token turns into
/// "sign in again": nothing is tried until then); what was stored before stays.
pub async fn sync(
    store: &mut Store,
    data_dir: &Path,
    account: &Account,
    retention_days: u32,
    on_event: &mut dyn FnMut(&SyncEvent),
) -> Result<SyncSummary> {
    on_event(&SyncEvent::SyncStarted {
        account_id: account.id,
        name: account.name.clone(),
    });
    let started = Instant::now();
    let result = sync_inner(store, data_dir, account, retention_days, on_event).await;
    match result {
        Ok(mut summary) => {
            summary.elapsed_ms = started.elapsed().as_millis();
            on_event(&SyncEvent::SyncFinished {
                account_id: account.id,
                summary: summary.clone(),
            });
            Ok(summary)
        }
        Err(e) => {
            let sign_in = matches!(&e, Error::Sync(s) if s.needs_sign_in());
            let error = e.message();
            let _ = store.set_account_synced(account.id, Some(&error), sign_in, None);
            on_event(&SyncEvent::SyncFailed {
                account_id: account.id,
                error,
                sign_in_again: sign_in,
            });
            Err(e)
        }
    }
}

async fn sync_inner(
    store: &mut Store,
    data_dir: &Path,
    account: &Account,
    retention_days: u32,
    on_event: &mut dyn FnMut(&SyncEvent),
) -> Result<SyncSummary> {
    if account.sign_in_again {
        return Err(SyncError::SignInAgain.into());
    }
    let place = Place::parse(account.secret_place.as_deref().unwrap_or("file"));
    let secret = secrets::load(data_dir, account.id, place)?.ok_or(SyncError::NoSecret)?;
    let kept_token = secret.token.clone();
    let mut client = Client::signed_in(
        account.server_url.as_deref().unwrap_or_default(),
        secret.auth.clone(),
        secret.token,
    )?;
    let sync_start = now();
    let mut summary = SyncSummary {
        account_id: account.id,
        ..Default::default()
    };
    let result = run(
        store,
        &mut client,
        account,
        retention_days,
        &mut summary,
        on_event,
    )
    .await;
    summary.requests = client.requests;
    // a token fetched again is kept for the next sync
    if client.token().map(str::to_string) != kept_token {
        let _ = secrets::save(
            data_dir,
            account.id,
            &Secret {
                auth: secret.auth,
                token: client.token().map(str::to_string),
            },
        );
    }
    result?;
    store.set_account_synced(account.id, None, false, Some(sync_start))?;
    Ok(summary)
}

async fn run(
    store: &mut Store,
    client: &mut Client,
    account: &Account,
    retention_days: u32,
    summary: &mut SyncSummary,
    on_event: &mut dyn FnMut(&SyncEvent),
) -> Result<()> {
    push_feed_changes(store, client, account.id, summary).await?;
    push_states(store, client, account.id, summary).await?;

    let feeds = client.subscriptions().await?;
    summary.feeds = store.apply_remote_feeds(account.id, &feeds)?;

    // which items exist: unread and starred ones whatever their age, others since the last
    // sync (the first: back to the retention window)
    let unread = client.item_ids(READING_LIST, Some(READ), None).await?;
    let starred = client.item_ids(STARRED, None, None).await?;
    let since = match account.newest_item_at {
        Some(t) => Some(t - SINCE_MARGIN_SECS),
        // read articles are kept forever here: all of them, the first time
        None if retention_days == 0 => None,
        None => Some(now() - i64::from(retention_days) * 86_400),
    };
    let recent = client.item_ids(READING_LIST, None, since).await?;

    let mut wanted: Vec<i64> = Vec::new();
    let mut seen = HashSet::new();
    for id in unread.iter().chain(&starred).chain(&recent) {
        if seen.insert(*id) {
            wanted.push(*id);
        }
    }
    drop(seen);
    let mut missing = Vec::new();
    for chunk in wanted.chunks(10_000) {
        let stored = store.stored_remote_ids(account.id, chunk)?;
        missing.extend(chunk.iter().filter(|id| !stored.contains(id)));
    }
    let unread_set: HashSet<i64> = unread.iter().copied().collect();
    let starred_set: HashSet<i64> = starred.iter().copied().collect();
    // contents are fetched one batch ahead of the writer: the next batch is on its way while
    // this one is stored (a server answers one request at a time; the writer is the rest)
    let total = missing.len();
    let batches: Vec<Vec<i64>> = missing
        .chunks(ITEMS_PER_POST)
        .map(<[i64]>::to_vec)
        .collect();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(usize, Result<Vec<Item>, SyncError>)>(2);
    let mut fetching = client.clone();
    fetching.requests = 0;
    let task = tokio::spawn(async move {
        for batch in batches {
            let result = fetching.contents(&batch).await;
            let failed = result.is_err();
            if tx.send((batch.len(), result)).await.is_err() || failed {
                break;
            }
        }
        fetching
    });
    let mut done = 0;
    let mut failure = None;
    while let Some((asked, result)) = rx.recv().await {
        match result {
            Ok(items) => {
                store_items(store, account.id, items, &unread_set, &starred_set, summary)?;
                done += asked;
                on_event(&SyncEvent::SyncItems {
                    account_id: account.id,
                    done,
                    total,
                });
            }
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    drop(rx);
    if let Ok(fetching) = task.await {
        client.absorb(fetching);
    }
    if let Some(e) = failure {
        return Err(e.into());
    }
    summary.states = store.apply_remote_states(account.id, &unread, &starred, now())?;
    Ok(())
}

/// Subscription changes made here, oldest first. A change the server refuses (a 4xx: it found
/// no feed there) is counted and said, and stays here; the network or the server failing
/// stops the sync with the queue kept.
async fn push_feed_changes(
    store: &mut Store,
    client: &mut Client,
    account: i64,
    summary: &mut SyncSummary,
) -> Result<()> {
    for change in store.pending_feed_changes(account)? {
        let sent = match &change {
            FeedChange::Subscribe {
                url, title, folder, ..
            } => match client.subscribe(url).await {
                Ok(stream) => client
                    .edit_subscription(&stream, "edit", Some(title), folder.as_deref(), None)
                    .await
                    .map(|_| Some(stream)),
                Err(e) => Err(e),
            },
            FeedChange::Unsubscribe { stream, .. } => client
                .edit_subscription(stream, "unsubscribe", None, None, None)
                .await
                .map(|_| None),
            FeedChange::Rename { stream, title, .. } => client
                .edit_subscription(stream, "edit", Some(title), None, None)
                .await
                .map(|_| None),
            FeedChange::Move {
                stream, from, to, ..
            } => client
                .edit_subscription(stream, "edit", None, to.as_deref(), from.as_deref())
                .await
                .map(|_| None),
        };
        match sent {
            Ok(stream) => {
                store.feed_change_sent(&change, stream.as_deref())?;
                summary.feed_changes_sent += 1;
            }
            // the server no longer has what this computer unsubscribes from: done
            Err(SyncError::Server { status, .. })
                if (400..500).contains(&status)
                    && matches!(change, FeedChange::Unsubscribe { .. }) =>
            {
                store.feed_change_sent(&change, None)?;
                summary.feed_changes_sent += 1;
            }
            Err(SyncError::Server { status, .. })
                if (400..500).contains(&status) || status == 200 =>
            {
                summary.feed_changes_refused += 1;
                summary
                    .errors
                    .push(crate::l10n::Message::new("sync-change-refused").with("code", status));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Read, unread, star and unstar changes made here, in batches of [`STATES_PER_POST`].
async fn push_states(
    store: &mut Store,
    client: &mut Client,
    account: i64,
    summary: &mut SyncSummary,
) -> Result<()> {
    loop {
        let pending = store.pending_states(account, 20_000)?;
        if pending.is_empty() {
            return Ok(());
        }
        let before = pending.len();
        for (list, flag, value, add, remove) in [
            (&pending.read, ItemFlag::Read, true, Some(READ), None),
            (&pending.unread, ItemFlag::Read, false, None, Some(READ)),
            (
                &pending.starred,
                ItemFlag::Starred,
                true,
                Some(STARRED),
                None,
            ),
            (
                &pending.unstarred,
                ItemFlag::Starred,
                false,
                None,
                Some(STARRED),
            ),
        ] {
            for batch in list.chunks(STATES_PER_POST) {
                let remote: Vec<i64> = batch.iter().map(|(_, r)| *r).collect();
                client.edit_tag(&remote, add, remove).await?;
                let local: Vec<i64> = batch.iter().map(|(a, _)| *a).collect();
                store.states_sent(flag, value, &local)?;
                summary.states_sent += batch.len();
            }
        }
        // whatever is left changed again meanwhile; next sync
        if store.pending_states(account, 20_000)?.len() >= before {
            return Ok(());
        }
    }
}

/// Stores one batch of items, each under its feed (a feed the account no longer subscribes
/// to gets an unsubscribed row that keeps them), through the same writer as a refresh: rules,
/// search index and counts included.
fn store_items(
    store: &mut Store,
    account: i64,
    items: Vec<Item>,
    unread: &HashSet<i64>,
    starred: &HashSet<i64>,
    summary: &mut SyncSummary,
) -> Result<()> {
    let mut streams = store.account_streams(account)?;
    let mut by_feed: BTreeMap<i64, (Vec<NewArticle>, Vec<ItemLink>)> = BTreeMap::new();
    let at = now();
    for item in items {
        let feed_id = match streams.get(&item.stream) {
            Some(id) => *id,
            None => {
                let id = store.stream_home(
                    account,
                    &item.stream,
                    &item.feed_title,
                    item.site_url.as_deref(),
                )?;
                streams.insert(item.stream.clone(), id);
                id
            }
        };
        let (article, link) = article_of(&item, unread, starred, at);
        let entry = by_feed.entry(feed_id).or_default();
        entry.0.push(article);
        entry.1.push(link);
    }
    let interval = 365 * 86_400;
    for (feed_id, (articles, links)) in by_feed {
        store.adopt_items(feed_id, &links)?;
        let parsed = ParsedFeed {
            // the title is the server's, from its subscription list
            title: String::new(),
            site_url: None,
            summary_only: looks_summary_only(&articles),
            articles,
        };
        let counts = store.apply_feed(feed_id, &parsed, &FetchMeta::default(), at, interval)?;
        store.link_items(feed_id, &links, at)?;
        summary.new_articles += counts.new as usize;
        if counts.new > 0 {
            summary.new_by_feed.push((feed_id, counts.new));
        }
        summary.notify_articles.extend(counts.notify);
    }
    Ok(())
}

fn article_of(
    item: &Item,
    unread: &HashSet<i64>,
    starred: &HashSet<i64>,
    at: Timestamp,
) -> (NewArticle, ItemLink) {
    let plausible = |t: &i64| *t > 0 && *t <= at + 86_400;
    let published = item
        .published
        .filter(plausible)
        .or(item.crawled.filter(plausible));
    let guid = client::long_id(item.id);
    let content_hash = crate::feeds::parse::hash_of(&[
        &item.title,
        item.url.as_deref().unwrap_or(""),
        item.author.as_deref().unwrap_or(""),
        &published.unwrap_or_default().to_string(),
        &item.updated.unwrap_or_default().to_string(),
        item.html.as_deref().unwrap_or(""),
    ]);
    let article = NewArticle {
        guid: guid.clone(),
        url: item.url.clone(),
        title: item.title.clone(),
        author: item.author.clone(),
        published_at: published.unwrap_or(at),
        published_from_feed: published.is_some(),
        updated_at: item.updated.filter(plausible),
        // the server's text is whatever the feed had: a summary when it is short
        summary: item.html.clone(),
        content: None,
        content_hash,
        enclosures: Vec::new(),
    };
    let link = ItemLink {
        guid,
        url: item.url.clone(),
        remote_id: item.id,
        // the id lists, fetched just before, are the truth
        read: !unread.contains(&item.id),
        starred: starred.contains(&item.id),
    };
    (article, link)
}
