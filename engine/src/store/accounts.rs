//! Accounts: "On this computer" (id 1, always there) and feed-server accounts. Adding one,
//! listing, moving local subscriptions into one, and removing one (its articles go, its
//! bookmarks stay, whole, in the local account).

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::Store;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{now, Timestamp, LOCAL_ACCOUNT};

/// An account as the Accounts view and `broadsheet account list` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    pub id: i64,
    /// `local` or `greader`.
    pub kind: String,
    pub name: String,
    pub server_url: Option<String>,
    pub username: Option<String>,
    /// Where its sign-in token is kept: `keyring` or `file`.
    pub secret_place: Option<String>,
    pub created_at: Timestamp,
    pub last_sync_at: Option<Timestamp>,
    pub last_attempt_at: Option<Timestamp>,
    /// Why the last sync failed (an English sentence an older version stored is kept whole).
    pub last_sync_error: Option<Message>,
    /// The server refused the token: the person must sign in again.
    pub sign_in_again: bool,
    pub newest_item_at: Option<Timestamp>,
    /// Subscriptions in it (not counting unsubscribed ones kept for bookmarks).
    pub feeds: i64,
}

impl Account {
    pub fn is_local(&self) -> bool {
        self.id == LOCAL_ACCOUNT
    }
}

/// What removing an account did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccountRemoved {
    pub feeds: u32,
    /// Bookmarked articles kept, now in the local account.
    pub bookmarks_kept: u32,
}

const ACCOUNT_COLUMNS: &str = "a.id, a.kind, a.name, a.server_url, a.username, a.secret_place,
     a.created_at, a.last_sync_at, a.last_sync_error, a.sign_in_again, a.newest_item_at,
     a.last_attempt_at,
     (SELECT COUNT(*) FROM feeds f WHERE f.account_id = a.id AND f.removed_at IS NULL)";

fn account_from_row(r: &Row) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        kind: r.get(1)?,
        name: r.get(2)?,
        server_url: r.get(3)?,
        username: r.get(4)?,
        secret_place: r.get(5)?,
        created_at: r.get(6)?,
        last_sync_at: r.get(7)?,
        last_sync_error: r.get::<_, Option<String>>(8)?.map(|stored| {
            use crate::error::{ERROR_IDS, NET_FAILURES, SYNC_FAILURES};
            Message::from_stored(
                &stored,
                &[SYNC_FAILURES, ERROR_IDS, NET_FAILURES],
                "as-stored",
            )
        }),
        sign_in_again: r.get(9)?,
        newest_item_at: r.get(10)?,
        last_attempt_at: r.get(11)?,
        feeds: r.get(12)?,
    })
}

impl Store {
    /// Every account, the local one first.
    pub fn accounts(&self) -> Result<Vec<Account>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a ORDER BY a.id"
        ))?;
        let rows = stmt.query_map([], account_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn account(&self, id: i64) -> Result<Account> {
        self.conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ?1"),
                [id],
                account_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "account",
                id: id.to_string(),
            })
    }

    /// Adds a server account (its token is kept apart, see [`crate::secrets`]).
    pub fn add_account(
        &self,
        kind: &str,
        name: &str,
        server_url: &str,
        username: &str,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO accounts(kind, name, server_url, username, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![kind, name, server_url, username, now()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn set_account_secret_place(&self, id: i64, place: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE accounts SET secret_place = ?2, sign_in_again = 0 WHERE id = ?1",
            params![id, place],
        )?;
        Ok(())
    }

    /// Records how a sync of the account ended.
    pub fn set_account_synced(
        &self,
        id: i64,
        error: Option<&Message>,
        sign_in_again: bool,
        newest_item_at: Option<Timestamp>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE accounts SET last_sync_at = CASE WHEN ?2 IS NULL THEN ?5 ELSE last_sync_at END,
                 last_attempt_at = ?5, last_sync_error = ?2, sign_in_again = ?3,
                 newest_item_at = MAX(COALESCE(newest_item_at, 0), COALESCE(?4, 0))
             WHERE id = ?1",
            params![
                id,
                error.map(Message::to_stored),
                sign_in_again,
                newest_item_at,
                now()
            ],
        )?;
        Ok(())
    }

    /// Server accounts the schedule should sync now: never tried, or last tried `interval_secs`
    /// ago or more. One waiting for the person to sign in again is not due.
    pub fn accounts_due(&self, now: Timestamp, interval_secs: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM accounts
              WHERE id <> ?1 AND sign_in_again = 0
                AND (last_attempt_at IS NULL OR last_attempt_at + ?3 <= ?2)
              ORDER BY id",
        )?;
        let rows = stmt.query_map(params![LOCAL_ACCOUNT, now, interval_secs], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Moves every local subscription (folders kept) into a server account: they are sent to
    /// the server at the next sync, and from then on the server fetches them. Returns how many.
    pub fn move_local_feeds_to(&self, account: i64) -> Result<usize> {
        let target = self.account(account)?;
        if target.is_local() {
            return Ok(0);
        }
        Ok(self.conn.execute(
            "UPDATE feeds SET account_id = ?1, remote_id = NULL, remote_title = NULL,
                 remote_folder = NULL
             WHERE account_id = ?2 AND removed_at IS NULL",
            params![account, LOCAL_ACCOUNT],
        )?)
    }

    /// Removes a server account: its subscriptions and articles go, except bookmarked
    /// articles, which stay whole in the local account under their (unsubscribed) feed.
    /// Nothing is sent to the server.
    pub fn remove_account(&mut self, id: i64) -> Result<AccountRemoved> {
        if id == LOCAL_ACCOUNT {
            return Err(Error::Invalid(crate::l10n::Message::new(
                "error-local-account",
            )));
        }
        self.account(id)?;
        let tx = self.conn.transaction()?;
        // no row of it is an unsubscribe to send
        tx.execute(
            "UPDATE feeds SET remote_id = NULL WHERE account_id = ?1",
            [id],
        )?;
        let feeds: Vec<i64> = {
            let mut stmt = tx.prepare("SELECT id FROM feeds WHERE account_id = ?1")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut removed = AccountRemoved::default();
        for feed in &feeds {
            removed.feeds += 1;
            removed.bookmarks_kept += super::feeds::delete_unsubscribed(&tx, *feed)?;
        }
        tx.execute(
            "UPDATE articles SET remote_id = NULL, remote_read = NULL, remote_starred = NULL
             WHERE feed_id IN (SELECT id FROM feeds WHERE account_id = ?1)",
            [id],
        )?;
        tx.execute(
            "UPDATE feeds SET account_id = ?2, remote_title = NULL, remote_folder = NULL
             WHERE account_id = ?1",
            params![id, LOCAL_ACCOUNT],
        )?;
        tx.execute("DELETE FROM sync_outbox WHERE account_id = ?1", [id])?;
        tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{test_store, NewFeed};

    #[test]
    fn the_local_account_is_always_there_and_cannot_go() {
        let (_d, mut store) = test_store();
        let all = store.accounts().unwrap();
        assert_eq!(all.len(), 1);
        assert!(all[0].is_local());
        assert_eq!(all[0].name, "On this computer");
        assert!(store.remove_account(LOCAL_ACCOUNT).is_err());
    }

    #[test]
    fn an_account_is_due_a_refresh_interval_after_it_was_tried() {
        let (_d, store) = test_store();
        let acc = store
            .add_account("greader", "Home", "http://127.0.0.1:1/api", "alice")
            .unwrap();
        assert_eq!(store.accounts_due(now(), 1800).unwrap(), vec![acc]);
        store
            .set_account_synced(
                acc,
                Some(&Message::new("sync-network").with("why", "refused")),
                false,
                None,
            )
            .unwrap();
        assert!(
            store.accounts_due(now(), 1800).unwrap().is_empty(),
            "a failure waits too"
        );
        assert_eq!(store.accounts_due(now() + 1800, 1800).unwrap(), vec![acc]);
        store
            .set_account_synced(acc, Some(&Message::new("sync-bad-login")), true, None)
            .unwrap();
        assert!(
            store.accounts_due(now() + 86_400, 1800).unwrap().is_empty(),
            "waiting for a new sign-in: never due"
        );
    }

    #[test]
    fn local_subscriptions_moved_into_an_account_are_sent_with_their_folders() {
        let (_d, store) = test_store();
        let world = store.folder_id("World").unwrap();
        let feed = store
            .add_feed(&NewFeed {
                url: "http://x/feed".into(),
                folder_id: Some(world),
                ..Default::default()
            })
            .unwrap()
            .id();
        let acc = store
            .add_account("greader", "Home", "http://127.0.0.1:1/api", "alice")
            .unwrap();
        assert_eq!(store.move_local_feeds_to(acc).unwrap(), 1);
        assert_eq!(store.feed(feed).unwrap().account_id, acc);
        assert!(
            store.feeds_to_refresh(now(), false).unwrap().is_empty(),
            "the server fetches it"
        );
        match store.pending_feed_changes(acc).unwrap().as_slice() {
            [crate::store::FeedChange::Subscribe {
                feed_id, folder, ..
            }] => {
                assert_eq!(*feed_id, feed);
                assert_eq!(folder.as_deref(), Some("World"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn removing_an_account_keeps_its_bookmarks_in_the_local_account() {
        let (_d, mut store) = test_store();
        let acc = store
            .add_account("greader", "Home", "http://127.0.0.1:1/api", "alice")
            .unwrap();
        let feed = store
            .add_feed(&NewFeed {
                url: "http://x/feed".into(),
                account_id: Some(acc),
                ..Default::default()
            })
            .unwrap()
            .id();
        let other = store
            .add_feed(&NewFeed {
                url: "http://y/feed".into(),
                account_id: Some(acc),
                ..Default::default()
            })
            .unwrap()
            .id();
        for (i, f) in [feed, feed, other].iter().enumerate() {
            let parsed = crate::feeds::parse::ParsedFeed {
                articles: vec![crate::model::NewArticle {
                    guid: format!("g{i}"),
                    url: None,
                    title: "t".into(),
                    author: None,
                    published_at: 1,
                    published_from_feed: true,
                    updated_at: None,
                    summary: None,
                    content: None,
                    content_hash: format!("h{i}"),
                    enclosures: Vec::new(),
                }],
                ..Default::default()
            };
            store
                .apply_feed(*f, &parsed, &Default::default(), 1, 60)
                .unwrap();
            store
                .conn
                .execute(
                    "UPDATE articles SET remote_id = ?2 WHERE guid = ?1",
                    params![format!("g{i}"), i as i64 + 100],
                )
                .unwrap();
        }
        let kept = store
            .conn
            .query_row("SELECT id FROM articles WHERE guid = 'g0'", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap();
        store.set_bookmarked(kept, true).unwrap();
        assert_eq!(store.move_local_feeds_to(acc).unwrap(), 0);
        assert_eq!(store.account(acc).unwrap().feeds, 2);
        let removed = store.remove_account(acc).unwrap();
        assert_eq!(
            removed,
            AccountRemoved {
                feeds: 2,
                bookmarks_kept: 1
            }
        );
        assert!(store.account(acc).is_err());
        let a = store.article(kept).unwrap();
        assert!(a.bookmarked);
        assert!(store.feed(feed).is_err(), "not subscribed any more");
        let (account, removed_at): (i64, Option<i64>) = store
            .conn
            .query_row(
                "SELECT account_id, removed_at FROM feeds WHERE id = ?1",
                [feed],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            account, LOCAL_ACCOUNT,
            "the bookmark's feed row is local now"
        );
        assert!(removed_at.is_some());
        let left: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM feeds WHERE id = ?1", [other], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(left, 0, "a feed with no bookmark goes");
        let outbox: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM sync_outbox", [], |r| r.get(0))
            .unwrap();
        assert_eq!(outbox, 0, "removing an account sends nothing");
        assert_eq!(store.count_mismatches().unwrap(), vec![]);
    }
}
