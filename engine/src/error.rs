//! The engine's one error type: every failure carries enough context to show a person.

use std::path::PathBuf;

use crate::l10n::Message;

/// Everything that can go wrong inside the engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Db(rusqlite::Error),

    #[error("the disk is full: nothing of this step was saved and what was saved before is intact; free some space and try again")]
    DiskFull,

    #[error("the data directory is read-only: Broadsheet can show what is stored but not save anything ({0})")]
    ReadOnly(String),

    #[error("cannot use data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("the database was written by a newer Broadsheet (schema {found}, this version knows up to {known}); update Broadsheet to open it")]
    SchemaTooNew { found: i64, known: i64 },

    #[error("{0}")]
    Io(std::io::Error),

    #[error("not a valid web address: {0}")]
    InvalidUrl(String),

    #[error("the rule cannot be saved: {0}")]
    InvalidRule(Message),

    #[error("{0}")]
    Fetch(#[from] FetchError),

    #[error("could not read the feed: {0}")]
    Parse(String),

    #[error("could not extract an article: {0}")]
    Extract(String),

    #[error("no feed found at {0}")]
    NoFeedFound(String),

    #[error("could not read the OPML file: {0}")]
    Opml(String),

    #[error("{kind} {id} does not exist")]
    NotFound { kind: &'static str, id: String },

    #[error("{0}")]
    Invalid(Message),

    #[error("{0}")]
    Sync(#[from] SyncError),
}

/// The ids [`Error::message`] gives of its own (with [`NET_FAILURES`] and [`SYNC_FAILURES`]
/// for the errors it wraps): a stored error (an account's last sync) is read back as one of
/// these, or kept whole as `as-stored`.
pub const ERROR_IDS: &[&str] = &[
    "error-database",
    "error-disk-full",
    "error-read-only",
    "error-data-dir",
    "error-no-data-dir",
    "error-schema-too-new",
    "error-other",
    "error-invalid-url",
    "error-parse",
    "error-extract",
    "error-no-feed",
    "error-opml",
    "error-not-found",
    "error-export-format",
    "error-feed-has-address",
    "error-undo-unreadable",
    "error-folder-name",
    "error-local-account",
    "error-not-an-image",
    "error-not-media",
    "error-episodes-full",
    "error-setting-number",
    "error-setting-choice",
    "error-setting-unknown",
    "error-config-value",
    "error-plain-304",
    "error-cannot-read",
    "error-no-password",
];

/// The ids [`FetchError::message`] gives; a page's failure stored with its article may be one.
pub const NET_FAILURES: &[&str] = &[
    "net-timeout",
    "net-unreachable",
    "net-http",
    "net-later",
    "net-too-large",
    "net-redirects",
    "net-redirect-loop",
    "net-bad-redirect",
    "net-unsupported",
    "net-needs-login",
    "net-login-refused",
    "net-other",
];

/// The ids [`SyncError::message`] gives.
pub const SYNC_FAILURES: &[&str] = &[
    "sync-bad-login",
    "sync-not-greader",
    "sync-api-off",
    "sync-sign-in-again",
    "sync-network",
    "sync-tls",
    "sync-server",
    "sync-garbage",
    "sync-too-large",
    "sync-too-many",
    "sync-no-secret",
];

impl Error {
    /// What went wrong, as the window and the CLI say it in the reader's language. What a
    /// library or the operating system said stays in its own words, as an argument.
    pub fn message(&self) -> Message {
        match self {
            Error::Db(e) => Message::new("error-database").with("why", e.to_string()),
            Error::DiskFull => Message::new("error-disk-full"),
            Error::ReadOnly(why) => Message::new("error-read-only").with("why", why),
            Error::DataDir { path, source } => Message::new("error-data-dir")
                .with("path", path.display().to_string())
                .with("why", source.to_string()),
            Error::SchemaTooNew { found, known } => Message::new("error-schema-too-new")
                .with("found", *found)
                .with("known", *known),
            Error::Io(e) => Message::new("error-other").with("why", e.to_string()),
            Error::InvalidUrl(url) => Message::new("error-invalid-url").with("url", url),
            // the rule editor shows it beside the rule: what is wrong with it is enough
            Error::InvalidRule(message) | Error::Invalid(message) => message.clone(),
            Error::Fetch(e) => e.message(),
            Error::Parse(why) => Message::new("error-parse").with("why", why),
            Error::Extract(why) => Message::new("error-extract").with("why", why),
            Error::NoFeedFound(url) => Message::new("error-no-feed").with("url", url),
            Error::Opml(why) => Message::new("error-opml").with("why", why),
            Error::NotFound { kind, id } => {
                let message = Message::new("error-not-found").with("kind", *kind);
                // a number in the reader's digits; a name as it is
                match id.parse::<i64>() {
                    Ok(number) => message.with("id", number),
                    Err(_) => message.with("id", id),
                }
            }
            Error::Sync(e) => e.message(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            Some(ErrorCode::ReadOnly) => Error::ReadOnly(e.to_string()),
            _ => Error::Db(e),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        match e.kind() {
            std::io::ErrorKind::StorageFull => Error::DiskFull,
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                Error::ReadOnly(e.to_string())
            }
            _ => Error::Io(e),
        }
    }
}

/// Why one HTTP fetch failed. Its `Display` is what `feeds` shows as the feed's last error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("timed out after {0} s")]
    Timeout(u64),
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("HTTP {status}{}", reason.as_deref().map(|r| format!(" {r}")).unwrap_or_default())]
    Status { status: u16, reason: Option<String> },
    #[error("HTTP {status}: server asks to wait {retry_after_secs} s")]
    RetryLater { status: u16, retry_after_secs: u64 },
    #[error("response larger than the {limit_bytes}-byte limit")]
    TooLarge { limit_bytes: u64 },
    #[error("more than {0} redirects")]
    TooManyRedirects(usize),
    #[error("redirect loop at {0}")]
    RedirectLoop(String),
    #[error("redirect without a valid Location")]
    BadRedirect,
    #[error("unsupported address: {0}")]
    UnsupportedUrl(String),
    #[error("this feed needs a user name and password")]
    NeedsLogin,
    #[error("the server refused this feed's user name and password")]
    LoginRefused,
    #[error("network error: {0}")]
    Other(String),
}

impl FetchError {
    /// The failure as a catalog message (`net-*`); stored with a page that gave no article.
    pub fn message(&self) -> Message {
        match self {
            FetchError::Timeout(seconds) => Message::new("net-timeout").with("seconds", *seconds),
            FetchError::Connect(why) => Message::new("net-unreachable").with("why", why),
            FetchError::Status { status, .. } => Message::new("net-http").with("code", *status),
            FetchError::RetryLater {
                status,
                retry_after_secs,
            } => Message::new("net-later")
                .with("code", *status)
                .with("seconds", *retry_after_secs),
            FetchError::TooLarge { limit_bytes } => {
                Message::new("net-too-large").with("bytes", *limit_bytes)
            }
            FetchError::TooManyRedirects(count) => {
                Message::new("net-redirects").with("count", *count)
            }
            FetchError::RedirectLoop(url) => Message::new("net-redirect-loop").with("url", url),
            FetchError::BadRedirect => Message::new("net-bad-redirect"),
            FetchError::UnsupportedUrl(url) => Message::new("net-unsupported").with("url", url),
            FetchError::NeedsLogin => Message::new("net-needs-login"),
            FetchError::LoginRefused => Message::new("net-login-refused"),
            FetchError::Other(why) => Message::new("net-other").with("why", why),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why signing in or syncing failed, said so a person knows what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error(
        "the server refused this user name and password (use the API password, not the web one)"
    )]
    BadLogin,
    #[error(
        "no Google Reader API answers at {0} (for FreshRSS the address ends in /api/greader.php)"
    )]
    NotGreader(String),
    #[error(
        "the server's API is turned off (FreshRSS: Settings → Authentication → allow API access)"
    )]
    ApiDisabled,
    #[error("the server no longer accepts this sign-in: sign in again")]
    SignInAgain,
    #[error("could not reach the server: {0}")]
    Network(String),
    #[error("secure connection to the server failed: {0}")]
    Tls(String),
    #[error("the server failed (HTTP {status}) on {what}")]
    Server { status: u16, what: String },
    #[error("the server's answer to {0} could not be read")]
    Garbage(String),
    #[error("the server's answer to {what} is larger than {limit_bytes} bytes")]
    TooLarge { what: String, limit_bytes: u64 },
    #[error("the server lists more than {0} items in one list; sync stopped there")]
    TooManyItems(usize),
    #[error("no sign-in is kept for this account: sign in again")]
    NoSecret,
}

impl SyncError {
    /// The failure as a catalog message (`sync-*`).
    pub fn message(&self) -> Message {
        match self {
            SyncError::BadLogin => Message::new("sync-bad-login"),
            SyncError::NotGreader(url) => Message::new("sync-not-greader").with("url", url),
            SyncError::ApiDisabled => Message::new("sync-api-off"),
            SyncError::SignInAgain => Message::new("sync-sign-in-again"),
            SyncError::Network(why) => Message::new("sync-network").with("why", why),
            SyncError::Tls(why) => Message::new("sync-tls").with("why", why),
            // which request it was (`what`) is for the log: the person can do nothing with it
            SyncError::Server { status, .. } => Message::new("sync-server").with("code", *status),
            SyncError::Garbage(_) => Message::new("sync-garbage"),
            SyncError::TooLarge { limit_bytes, .. } => {
                Message::new("sync-too-large").with("bytes", *limit_bytes)
            }
            SyncError::TooManyItems(count) => Message::new("sync-too-many").with("count", *count),
            SyncError::NoSecret => Message::new("sync-no-secret"),
        }
    }

    /// The server (or the network) may answer better later: keep the queue and retry.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SyncError::Network(_) | SyncError::Server { .. } | SyncError::Tls(_)
        )
    }

    /// Nothing works until the person signs in again.
    pub fn needs_sign_in(&self) -> bool {
        matches!(
            self,
            SyncError::SignInAgain | SyncError::NoSecret | SyncError::BadLogin
        )
    }
}
