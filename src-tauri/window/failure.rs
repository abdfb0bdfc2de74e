//! Errors as the page receives them: a catalog message (`{"id": …, "args": …}`), made into
//! words in the reader's language by the page (`l10n.js`'s `errorText`), so an error says
//! itself in Dari in a Dari window.

use broadsheet_engine::l10n::Message;

/// What every IPC command returns.
pub type CmdResult<T> = Result<T, Message>;

/// An error that can be said to a person.
pub trait Said {
    fn said(self) -> Message;
}

impl Said for broadsheet_engine::Error {
    fn said(self) -> Message {
        self.message()
    }
}

impl Said for broadsheet_engine::FetchError {
    fn said(self) -> Message {
        self.message()
    }
}

/// What the operating system or a library said, in its own words.
macro_rules! said_as_other {
    ($($t:ty),*) => {$(
        impl Said for $t {
            fn said(self) -> Message {
                Message::new("error-other").with("why", self.to_string())
            }
        }
    )*};
}
said_as_other!(std::io::Error, tauri::Error, tauri_plugin_opener::Error);

/// A file that could not be read (`error-cannot-read`) or written (`error-cannot-write`).
pub fn file_failure(
    id: &'static str,
    path: &std::path::Path,
    why: impl std::fmt::Display,
) -> Message {
    Message::new(id)
        .with("path", path.display().to_string())
        .with("why", why.to_string())
}

/// `map_err(failure)`: the error as the page receives it.
pub fn failure(e: impl Said) -> Message {
    e.said()
}
