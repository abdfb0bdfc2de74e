//! The one pipeline behind "Refresh" (the r key, the button, the tray, the schedule,
//! `broadsheet refresh` and `broadsheet sync`): every server account syncs, the local feeds
//! are fetched, then notifications are worked out, retention runs, and (if asked) the offline
//! pass fetches full articles and images. One event stream covers it all; the CLI prints it
//! and the window forwards it. One account or feed failing never stops the others.

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::model::{now, LOCAL_ACCOUNT};
use crate::net::limits::Limits;
use crate::offline::{self, OfflineContext, OfflineProgress, OfflineSummary};
use crate::pipeline::notify::{announcements, Announcement};
use crate::pipeline::refresh::{refresh, RefreshEvent, RefreshSummary};
use crate::store::{Grouping, OfflineScope, Store};
use crate::sync::greader::account as greader;
use crate::sync::{SyncEvent, SyncSummary};

/// What a run covers.
#[derive(Debug, Clone, Default)]
pub struct UpdatePlan {
    /// Only what is due (the schedule): local feeds past their interval, accounts last tried
    /// an interval ago; else everything.
    pub due_only: bool,
    /// Only these feeds (asked for by name: tried now, even when backing off or gone); a
    /// server feed among them syncs its account.
    pub feed_ids: Vec<i64>,
    /// Which server accounts sync: `None` all of them, `Some(ids)` only those.
    pub accounts: Option<Vec<i64>>,
    /// Fetch the local feeds (false: `broadsheet sync`).
    pub local: bool,
    /// Run the offline pass at the end.
    pub offline: bool,
    /// Articles retention must not remove (the one on screen).
    pub keep: Vec<i64>,
}

/// One step of a run, in the order it happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum UpdateEvent {
    Sync(SyncEvent),
    Refresh(RefreshEvent),
    Offline(OfflineProgress),
}

/// What a whole run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct UpdateSummary {
    pub refresh: RefreshSummary,
    pub syncs: Vec<SyncSummary>,
    /// Accounts whose sync failed (their errors were events; each account keeps its own).
    pub sync_failed: usize,
    pub purged: usize,
    pub offline: Option<OfflineSummary>,
    /// Every local fetch failed at the network level and no sync got through: offline.
    pub network_down: bool,
    /// The same story from many sources: what grouping the new articles did (nothing when
    /// grouping is off).
    pub stories: Grouping,
    /// Desktop notifications to show (feeds marked "notify", rules that announce).
    #[serde(skip)]
    pub announcements: Vec<Announcement>,
}

/// The accounts a plan syncs, and the local feeds it names (none: all that are due or all).
fn targets(store: &Store, plan: &UpdatePlan) -> Result<(Vec<i64>, Vec<i64>)> {
    let mut accounts: Vec<i64> = match &plan.accounts {
        Some(ids) => ids.clone(),
        // the schedule: accounts whose interval has passed since they were last tried
        None if plan.feed_ids.is_empty() && plan.due_only => {
            store.accounts_due(now(), store.settings()?.refresh_interval_secs())?
        }
        None if plan.feed_ids.is_empty() => store
            .accounts()?
            .into_iter()
            .filter(|a| !a.is_local())
            .map(|a| a.id)
            .collect(),
        None => Vec::new(),
    };
    let mut local_ids = Vec::new();
    for id in &plan.feed_ids {
        let feed = store.feed(*id)?;
        if feed.account_id == LOCAL_ACCOUNT {
            local_ids.push(*id);
        } else if !accounts.contains(&feed.account_id) {
            accounts.push(feed.account_id);
        }
    }
    Ok((accounts, local_ids))
}

/// How many steps a plan takes, for a progress line: each local feed fetched and each account
/// synced.
pub fn planned_steps(store: &Store, plan: &UpdatePlan) -> Result<usize> {
    let (accounts, local_ids) = targets(store, plan)?;
    let local = match plan.local {
        false => 0,
        true if plan.feed_ids.is_empty() => store.feeds_to_refresh(now(), plan.due_only)?.len(),
        true => local_ids.len(),
    };
    Ok(local + accounts.len())
}

/// Runs the pipeline. `data_dir` holds the account secrets; `ctx` has the fetcher, the image
/// store and the limits.
pub async fn update(
    store: &mut Store,
    data_dir: &Path,
    ctx: &OfflineContext,
    plan: &UpdatePlan,
    mut on_event: impl FnMut(&UpdateEvent),
) -> Result<UpdateSummary> {
    let settings = store.settings()?;
    let mut summary = UpdateSummary::default();
    // unsubscribes past their undo time become final (and queue their unsubscribe)
    store.finalize_undo(now())?;
    // and the passwords of feeds gone for good leave the credential store
    super::feed_access::forget_dropped_logins(store)?;

    let (accounts, local_ids) = targets(store, plan)?;
    let mut new_by_feed: Vec<(i64, u32)> = Vec::new();
    let mut by_rule: Vec<i64> = Vec::new();
    for id in accounts {
        let account = store.account(id)?;
        if account.is_local() {
            continue;
        }
        let result = greader::sync(
            store,
            data_dir,
            &account,
            settings.retention_days,
            &mut |e| on_event(&UpdateEvent::Sync(e.clone())),
        )
        .await;
        match result {
            Ok(s) => {
                new_by_feed.extend(&s.new_by_feed);
                by_rule.extend(&s.notify_articles);
                summary.syncs.push(s);
            }
            Err(_) => summary.sync_failed += 1,
        }
    }

    if plan.local {
        let feeds = if plan.feed_ids.is_empty() {
            store.feeds_to_refresh(now(), plan.due_only)?
        } else if local_ids.is_empty() {
            Vec::new()
        } else {
            for id in &local_ids {
                store.retry_feed_now(*id)?;
            }
            let mut feeds = store.feeds_to_refresh(now(), false)?;
            feeds.retain(|f| local_ids.contains(&f.id));
            feeds
        };
        let mut network_failures = 0usize;
        summary.refresh = refresh(store, &ctx.fetcher, feeds, Limits::from(&settings), |e| {
            match e {
                RefreshEvent::Failed { network: true, .. } => network_failures += 1,
                RefreshEvent::Finished {
                    feed_id,
                    new_articles,
                    notify_articles,
                    ..
                } if *new_articles > 0 => {
                    new_by_feed.push((*feed_id, *new_articles));
                    by_rule.extend(notify_articles);
                }
                _ => {}
            }
            on_event(&UpdateEvent::Refresh(e.clone()));
        })
        .await?;
        summary.network_down = !summary.refresh.portal
            && summary.refresh.feeds > 0
            && network_failures == summary.refresh.feeds
            && summary.syncs.is_empty();
    }

    // the same story from many sources, before anything is shown of the new articles
    if settings.group_stories {
        summary.stories = store.group_new_stories(settings.story_first)?;
    }
    summary.announcements = announcements(store, &new_by_feed, &by_rule).unwrap_or_default();
    summary.purged = offline::apply_retention(
        store,
        &ctx.images,
        settings.retention_days,
        now(),
        &plan.keep,
    )?;
    // behind a sign-in page every page would be that page: the pass waits for the network
    if plan.offline && !summary.refresh.portal && !summary.network_down {
        summary.offline = Some(
            offline::run(store, ctx, OfflineScope::Due, |p| {
                on_event(&UpdateEvent::Offline(p.clone()))
            })
            .await?,
        );
    }
    Ok(summary)
}
