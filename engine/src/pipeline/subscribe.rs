//! Subscribing: discover the feed behind a URL, add it (into a folder if asked) and store its
//! first fetch at once, so the new subscription shows its articles immediately.

use serde::Serialize;

use crate::error::Result;
use crate::feeds::discover::{discover, with_scheme};
use crate::model::{now, WriteCounts};
use crate::net::fetch::Fetcher;
use crate::pipeline::feed_access::{self, FeedAccess};
use crate::store::{Added, NewFeed, Store};

#[derive(Debug, Clone, Serialize)]
pub struct Subscribed {
    pub feed_id: i64,
    pub url: String,
    pub title: String,
    /// False when the feed was already subscribed.
    pub new: bool,
    pub articles: WriteCounts,
}

pub async fn subscribe(
    store: &mut Store,
    fetcher: &Fetcher,
    input: &str,
    folder: Option<&str>,
) -> Result<Subscribed> {
    subscribe_into(store, fetcher, input, folder, None).await
}

/// [`subscribe`] into an account (`None`: "On this computer"). Discovery is always local; a
/// feed of a server account stores no articles of its own: the server sends them at the next
/// sync, which also sends it the subscription.
pub async fn subscribe_into(
    store: &mut Store,
    fetcher: &Fetcher,
    input: &str,
    folder: Option<&str>,
    account: Option<i64>,
) -> Result<Subscribed> {
    subscribe_with(
        store,
        fetcher,
        input,
        folder,
        account,
        &FeedAccess::default(),
    )
    .await
}

/// [`subscribe_into`] with a sign-in and a User-Agent: discovery asks with them (the sign-in
/// given only to the address typed's own scheme, host and port), and the new feed keeps them
/// (the password in the credential store).
pub async fn subscribe_with(
    store: &mut Store,
    fetcher: &Fetcher,
    input: &str,
    folder: Option<&str>,
    account: Option<i64>,
    access: &FeedAccess,
) -> Result<Subscribed> {
    let account = account.filter(|&a| a != crate::model::LOCAL_ACCOUNT);
    if let Some(id) = account {
        store.account(id)?;
    }
    access.check()?;
    // the sign-in goes to the address as discovery will read it
    let asking = access.asking(&with_scheme(input));
    let fetcher = if asking.is_plain() {
        fetcher.clone()
    } else {
        fetcher.asking(asking)
    };
    let found = discover(&fetcher, input).await?;
    let folder_id = folder.map(|name| store.folder_id(name)).transpose()?;
    let added = store.add_feed(&NewFeed {
        url: found.url.clone(),
        title: Some(found.parsed.title.clone()).filter(|t| !t.is_empty()),
        site_url: found.parsed.site_url.clone(),
        folder_id,
        account_id: account,
    })?;
    let settings = store.settings()?;
    let interval = settings.refresh_interval_secs();
    let mut meta = found.body.meta.clone();
    // the subscription already has the final address
    meta.moved_to = None;
    let articles = match added {
        Added::New(_) if account.is_some() => WriteCounts::default(),
        Added::New(id) => {
            store.record_response(id, None, Some(found.body.bytes.len() as u64))?;
            store.apply_feed(id, &found.parsed, &meta, now(), interval)?
        }
        Added::Existing(_) => WriteCounts::default(),
    };
    // its articles join the stories other sources already report
    if settings.group_stories && articles.new > 0 {
        store.group_new_stories(settings.story_first)?;
    }
    feed_access::keep(store, added.id(), access)?;
    let feed = store.feed(added.id())?;
    Ok(Subscribed {
        feed_id: feed.id,
        url: feed.url,
        title: feed.title,
        new: matches!(added, Added::New(_)),
        articles,
    })
}

/// "Find the feed again": discovery from the feed's site (its home page when the feed named
/// none), and the subscription moved to what it finds. Returns the address found (unchanged
/// when it is the one already used).
pub async fn rediscover(store: &mut Store, fetcher: &Fetcher, feed_id: i64) -> Result<String> {
    let feed = store.feed(feed_id)?;
    let site = match &feed.site_url {
        Some(site) => site.clone(),
        None => url::Url::parse(&feed.url)
            .ok()
            .and_then(|u| u.join("/").ok())
            .map(|u| u.to_string())
            .ok_or_else(|| crate::error::Error::InvalidUrl(feed.url.clone()))?,
    };
    let found = discover(fetcher, &site).await?;
    if found.url != feed.url {
        store.set_feed_url(feed_id, &found.url)?;
    } else {
        store.retry_feed_now(feed_id)?;
    }
    Ok(found.url)
}
