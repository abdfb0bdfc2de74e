//! The IPC command of a feed's sign-in and User-Agent (the feed dialog's "Sign-in and
//! identity"): the password goes straight to the engine, which keeps it in the credential
//! store; nothing here holds or returns it.

use broadsheet_engine::net::login::Login;
use broadsheet_engine::pipeline::feed_access::{self, FeedAccess};
use serde::Deserialize;
use tauri::State;

use crate::window::failure::{failure, CmdResult};
use crate::window::state::AppState;

/// What the Add dialog gives beyond the address: a sign-in and a User-Agent.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessInput {
    user: Option<String>,
    password: Option<String>,
    user_agent: Option<String>,
}

impl AccessInput {
    pub fn into_access(self) -> FeedAccess {
        FeedAccess {
            login: self
                .user
                .map(|u| u.trim().to_string())
                .filter(|u| !u.is_empty())
                .map(|user| Login {
                    user,
                    password: self.password.unwrap_or_default(),
                }),
            user_agent: self.user_agent.filter(|a| !a.trim().is_empty()),
        }
    }
}

/// Sets a feed's sign-in and User-Agent. `forget` drops the sign-in; else a user name with a
/// password keeps them (a user name alone, the one kept, leaves the sign-in as it is).
/// `user_agent`: `None` Broadsheet's own, "browser", or a text.
#[tauri::command]
pub fn set_feed_access(
    state: State<'_, AppState>,
    id: i64,
    user: Option<String>,
    password: Option<String>,
    forget: bool,
    user_agent: Option<String>,
) -> CmdResult<()> {
    let store = state.store();
    let feed = store.feed(id).map_err(failure)?;
    let user = user.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
    let password = password.filter(|p| !p.is_empty());
    if forget {
        if feed.login_user.is_some() {
            feed_access::set_login(&store, id, None).map_err(failure)?;
        }
    } else if let Some(user) = user {
        match password {
            Some(password) => feed_access::set_login(&store, id, Some(&Login { user, password }))
                .map_err(failure)?,
            None if feed.login_user.as_deref() == Some(user.as_str()) => {}
            None => {
                return Err(broadsheet_engine::l10n::Message::new("error-feed-login"));
            }
        }
    }
    let user_agent = user_agent.filter(|a| !a.trim().is_empty());
    if user_agent != feed.user_agent {
        feed_access::set_user_agent(&store, id, user_agent.as_deref()).map_err(failure)?;
    }
    Ok(())
}
