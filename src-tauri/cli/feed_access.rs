//! A feed's sign-in and User-Agent from the command line: `add URL --user NAME
//! --password-stdin`, `feed-sign-in FEED --user NAME` (or `--forget`) and `user-agent FEED
//! [TEXT | --browser]`. The password is read from standard input or asked for without echo,
//! and goes to the credential store only.

use broadsheet_engine::net::login::{Login, AS_BROWSER};
use broadsheet_engine::pipeline::feed_access::{self, FeedAccess};
use broadsheet_engine::{Error, Store};
use clap::Args;

use super::common::{emit, read_password, ExitCode, Global};
use super::l10n::t;

/// The sign-in and User-Agent options of `add`.
#[derive(Args, Debug, Default)]
pub struct AccessArgs {
    /// Sign in to the feed with this user name (HTTP basic or digest)
    #[arg(long)]
    user: Option<String>,
    /// Read the feed's password from standard input instead of asking
    #[arg(long, requires = "user")]
    password_stdin: bool,
    /// Ask for the feed with this User-Agent
    #[arg(long, conflicts_with = "as_browser")]
    user_agent: Option<String>,
    /// Identify as a web browser (for servers that turn unknown clients away)
    #[arg(long)]
    as_browser: bool,
}

impl AccessArgs {
    /// What was given, the password read (only when a user name was).
    pub fn read(self) -> Result<FeedAccess, Error> {
        Ok(FeedAccess {
            login: login_of(self.user, self.password_stdin)?,
            user_agent: user_agent_of(self.user_agent, self.as_browser),
        })
    }
}

/// A sign-in for `user`, its password read from standard input or asked for; none without a
/// user name.
fn login_of(user: Option<String>, password_stdin: bool) -> Result<Option<Login>, Error> {
    user.map(|user| {
        let password = read_password(password_stdin, &t!("cli-password-prompt"))?;
        Ok(Login { user, password })
    })
    .transpose()
}

/// The User-Agent to keep: a web browser's, the text given, or none (Broadsheet's own).
fn user_agent_of(text: Option<String>, browser: bool) -> Option<String> {
    if browser {
        Some(AS_BROWSER.to_string())
    } else {
        text
    }
}

/// `feed-sign-in`: keeps the feed's user name and password, or forgets them (`user` None).
pub fn run_sign_in(
    global: &Global,
    store: &Store,
    feed_id: i64,
    user: Option<String>,
    password_stdin: bool,
) -> Result<ExitCode, Error> {
    let login = login_of(user, password_stdin)?;
    feed_access::set_login(store, feed_id, login.as_ref())?;
    let feed = store.feed(feed_id)?;
    emit(global, &feed, || match &feed.login_user {
        Some(user) => t!("cli-feed-sign-in-kept", feed = feed_id, user = user),
        None => t!("cli-feed-sign-in-forgotten", feed = feed_id),
    });
    Ok(ExitCode::Ok)
}

/// `user-agent`: the feed's own User-Agent, a web browser's, or (neither) Broadsheet's.
pub fn run_user_agent(
    global: &Global,
    store: &Store,
    feed_id: i64,
    value: Option<String>,
    browser: bool,
) -> Result<ExitCode, Error> {
    let value = user_agent_of(value, browser);
    feed_access::set_user_agent(store, feed_id, value.as_deref())?;
    let feed = store.feed(feed_id)?;
    emit(global, &feed, || match feed.user_agent.as_deref() {
        None => t!("cli-feed-user-agent-own", feed = feed_id),
        Some(AS_BROWSER) => t!("cli-feed-user-agent-browser", feed = feed_id),
        Some(agent) => t!("cli-feed-user-agent", feed = feed_id, agent = agent),
    });
    Ok(ExitCode::Ok)
}
