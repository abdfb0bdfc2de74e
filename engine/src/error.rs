//! The engine's one error type: every failure carries enough context to show a person.

use std::path::PathBuf;

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
    InvalidRule(String),

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
    Invalid(String),

    #[error("{0}")]
    Sync(#[from] SyncError),
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
    #[error("network error: {0}")]
    Other(String),
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
