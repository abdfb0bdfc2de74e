//! A feed's sign-in and User-Agent as a person sets them: the password kept in the credential
//! store (`crate::secrets`, as account tokens), the user name and where the password is in the
//! feed's row, and how a fetch of the feed then asks (`crate::net::login::Asking`).

use std::path::Path;

use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::FeedFetchState;
use crate::net::login::{valid_user_agent, Asking, Login, AS_BROWSER};
use crate::secrets::{self, Place};
use crate::store::Store;

/// Longest user name and password a feed may keep.
const MAX_LOGIN_CHARS: usize = 1_000;

/// What a person gives for a feed when subscribing, beyond its address.
#[derive(Debug, Clone, Default)]
pub struct FeedAccess {
    pub login: Option<Login>,
    /// `None` the app's own, [`AS_BROWSER`], or a text.
    pub user_agent: Option<String>,
}

impl FeedAccess {
    /// How to ask for `url` with these.
    pub fn asking(&self, url: &str) -> Asking {
        Asking::new(url, self.login.clone(), self.user_agent.as_deref())
    }

    /// Checks what was given: a user name, a password within limits, a one-line User-Agent.
    pub fn check(&self) -> Result<()> {
        if let Some(login) = &self.login {
            check_login(login)?;
        }
        if let Some(agent) = &self.user_agent {
            check_user_agent(agent)?;
        }
        Ok(())
    }
}

fn check_login(login: &Login) -> Result<()> {
    let fits = |s: &str| s.chars().count() <= MAX_LOGIN_CHARS && !s.contains(['\r', '\n']);
    if login.user.trim().is_empty() || !fits(&login.user) || !fits(&login.password) {
        return Err(Error::Invalid(Message::new("error-feed-login")));
    }
    // basic sign-in joins them with a colon: a user name cannot hold one
    if login.user.contains(':') {
        return Err(Error::Invalid(Message::new("error-feed-login")));
    }
    Ok(())
}

fn check_user_agent(agent: &str) -> Result<()> {
    if agent == AS_BROWSER || valid_user_agent(agent) {
        Ok(())
    } else {
        Err(Error::Invalid(
            Message::new("error-user-agent").with("chars", crate::net::login::MAX_USER_AGENT_CHARS),
        ))
    }
}

/// Keeps (or, with `None`, forgets) a feed's sign-in, and has it fetched at the next refresh.
pub fn set_login(store: &Store, feed_id: i64, login: Option<&Login>) -> Result<()> {
    store.feed(feed_id)?;
    keep_login(store, feed_id, login)?;
    store.retry_feed_now(feed_id)
}

/// Sets a feed's own User-Agent (`None` or empty: the app's), and has it fetched at the next
/// refresh.
pub fn set_user_agent(store: &Store, feed_id: i64, user_agent: Option<&str>) -> Result<()> {
    keep_user_agent(store, feed_id, user_agent)?;
    store.retry_feed_now(feed_id)
}

/// What a new subscription was given, kept.
pub(crate) fn keep(store: &Store, feed_id: i64, access: &FeedAccess) -> Result<()> {
    if let Some(login) = &access.login {
        keep_login(store, feed_id, Some(login))?;
    }
    if let Some(agent) = &access.user_agent {
        keep_user_agent(store, feed_id, Some(agent))?;
    }
    Ok(())
}

fn keep_login(store: &Store, feed_id: i64, login: Option<&Login>) -> Result<()> {
    let data_dir = store.data_dir();
    match login {
        Some(login) => {
            check_login(login)?;
            let place = secrets::save_feed_login(data_dir, feed_id, login)?;
            store.set_feed_login(feed_id, Some((login.user.trim(), place.as_str())))
        }
        None => {
            secrets::delete_feed_login(data_dir, feed_id);
            store.set_feed_login(feed_id, None)
        }
    }
}

fn keep_user_agent(store: &Store, feed_id: i64, user_agent: Option<&str>) -> Result<()> {
    let user_agent = user_agent.map(str::trim).filter(|a| !a.is_empty());
    if let Some(agent) = user_agent {
        check_user_agent(agent)?;
    }
    store.set_feed_user_agent(feed_id, user_agent)
}

/// Takes the passwords of feeds that are gone (unsubscribed for good, or gone with their
/// account) out of the credential store. Returns how many.
pub fn forget_dropped_logins(store: &Store) -> Result<usize> {
    let dropped = store.dropped_logins()?;
    for &feed in &dropped {
        secrets::delete_feed_login(store.data_dir(), feed);
    }
    store.clear_dropped_logins()?;
    Ok(dropped.len())
}

/// How a refresh asks for `feed`: its kept sign-in (none when it cannot be read: the server
/// then says the feed needs one) and its User-Agent.
pub fn asking_for(data_dir: &Path, feed: &FeedFetchState) -> Asking {
    if feed.login_place.is_none() && feed.user_agent.is_none() {
        return Asking::default();
    }
    let login = feed.login_place.as_deref().and_then(|place| {
        secrets::load_feed_login(data_dir, feed.id, Place::parse(place))
            .ok()
            .flatten()
    });
    Asking::new(&feed.url, login, feed.user_agent.as_deref())
}
