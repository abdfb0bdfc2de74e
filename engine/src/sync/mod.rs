//! Sync with feed servers. An account of kind `greader` speaks the Google Reader API (FreshRSS,
//! Miniflux, Inoreader, The Old Reader, BazQux): [`greader::client`] makes the HTTP calls and
//! decodes the answers, server quirks included; [`greader::account`] decides what to send and
//! what to fetch and writes it through the store. Secrets live in [`crate::secrets`].

pub mod greader;

use serde::Serialize;

pub use crate::error::SyncError;

/// Progress of a sync, for the CLI's JSON lines and the window's progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum SyncEvent {
    SyncStarted {
        account_id: i64,
        name: String,
    },
    /// Items fetched so far of those the server has and this computer did not.
    SyncItems {
        account_id: i64,
        done: usize,
        total: usize,
    },
    SyncFinished {
        account_id: i64,
        summary: SyncSummary,
    },
    SyncFailed {
        account_id: i64,
        error: crate::l10n::Message,
        sign_in_again: bool,
    },
}

/// What one account's sync did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SyncSummary {
    pub account_id: i64,
    /// HTTP requests made.
    pub requests: usize,
    /// Subscription changes sent (subscribe, unsubscribe, rename, move).
    pub feed_changes_sent: usize,
    /// Subscription changes the server refused (kept here, said in `errors`).
    pub feed_changes_refused: usize,
    /// Read, unread, star and unstar changes sent.
    pub states_sent: usize,
    pub feeds: crate::store::FeedsApplied,
    pub new_articles: usize,
    pub states: crate::store::StatesApplied,
    pub elapsed_ms: u128,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<crate::l10n::Message>,
    /// (feed id, new articles) and articles a rule announces, for notifications.
    #[serde(skip)]
    pub new_by_feed: Vec<(i64, u32)>,
    #[serde(skip)]
    pub notify_articles: Vec<i64>,
}
