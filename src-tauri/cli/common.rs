//! What every command family of the command-line reader shares: the global flags, exit codes,
//! printing a result (as a person reads it, or as JSON), the async runtime, the fetcher and the
//! offline pass's context.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use broadsheet_engine::net::fetch::{FetchConfig, Fetcher};
use broadsheet_engine::net::limits::Limits;
use broadsheet_engine::offline::episodes::EpisodeSetup;
use broadsheet_engine::offline::{ImageStore, OfflineContext};
use broadsheet_engine::store::Settings;
use broadsheet_engine::{Error, Store};
use serde::Serialize;

#[derive(clap::Args)]
pub struct Global {
    /// Where the database lives (default: BROADSHEET_DATA_DIR, else the OS's user data directory)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Machine-readable output: one JSON document (or JSON lines for refresh progress)
    #[arg(long, global = true)]
    pub json: bool,
    /// The language to speak (fa-AF, ps, ar, fa, fr, es, ru, zh-CN, en; default: the system's)
    #[arg(long, global = true, value_name = "LANG", value_parser = super::l10n::parse_lang)]
    pub lang: Option<String>,
    /// Seconds a fetch may take, connecting included
    #[arg(long, global = true, default_value_t = 20, value_name = "SECS")]
    pub timeout: u64,
    /// The first-run screen's suggestions, `Title|address;...` (for tests: local addresses)
    #[arg(
        long,
        hide = true,
        env = "BROADSHEET_SUGGESTED_FEEDS",
        value_name = "LIST"
    )]
    pub suggested_feeds: Option<String>,
}

/// Exit codes scripts can rely on. 2 is clap's (bad usage); 1 is left to a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(i32)]
pub enum ExitCode {
    Ok = 0,
    /// A feed, folder or article id that does not exist.
    NotFound = 3,
    /// The network or a feed failed: could not fetch, parse or find a feed; or, for refresh,
    /// at least one feed failed (the others were still refreshed).
    FeedProblem = 4,
    /// The data directory or database cannot be used (newer schema, unwritable, corrupt).
    Storage = 5,
    /// Input the command cannot use (bad URL, bad OPML, bad setting).
    BadInput = 6,
    /// A feed server refused the sign-in, or is not a Google Reader API: sign in again. Or a
    /// feed needs a user name and password, or its server refused them.
    SignIn = 7,
}

pub(crate) fn fetcher(global: &Global) -> Result<Fetcher, Error> {
    let timeout = Duration::from_secs(global.timeout.max(1));
    Ok(Fetcher::new(FetchConfig {
        connect_timeout: timeout,
        total_timeout: timeout,
        ..FetchConfig::default()
    })?)
}

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// Prints `value` as JSON, or the human text.
pub(crate) fn emit<T: Serialize>(global: &Global, value: &T, human: impl FnOnce() -> String) {
    let mut out = std::io::stdout().lock();
    let _ = if global.json {
        writeln!(out, "{}", serde_json::to_string(value).unwrap_or_default())
    } else {
        let text = human();
        if text.is_empty() {
            Ok(())
        } else {
            writeln!(out, "{text}")
        }
    };
}

/// The data directory a store lives in (images sit beside the database).
pub(crate) fn data_dir_of(store: &Store) -> PathBuf {
    store
        .path()
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub(crate) fn offline_context(
    global: &Global,
    store: &Store,
    settings: &Settings,
) -> Result<OfflineContext, Error> {
    Ok(OfflineContext {
        fetcher: fetcher(global)?,
        images: ImageStore::in_data_dir(&data_dir_of(store)),
        limits: Limits::from(settings),
        policy: settings.offline_images,
        extract_budget: broadsheet_engine::offline::EXTRACT_BUDGET,
        episodes: Some(EpisodeSetup::of(&data_dir_of(store), settings)),
    })
}

/// A password from standard input's first line (`from_stdin`), else asked for without echo
/// after `prompt`. Never empty.
pub(crate) fn read_password(from_stdin: bool, prompt: &str) -> Result<String, Error> {
    use std::io::BufRead;
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\n', '\r']).to_string()
    } else {
        rpassword::prompt_password(format!("{prompt} "))?
    };
    if password.is_empty() {
        return Err(Error::Invalid(broadsheet_engine::l10n::Message::new(
            "error-no-password",
        )));
    }
    Ok(password)
}
