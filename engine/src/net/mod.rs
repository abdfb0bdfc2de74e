//! The network, for every stage that fetches: HTTP with its caps, timeouts and redirects
//! (`fetch.rs`), large files streamed to disk and resumed (`download.rs`), a feed's own
//! sign-in and User-Agent (`login.rs`), how many fetches run at once (`limits.rs`), and
//! sign-in pages that answer in place of what was asked (`portal.rs`).

pub mod download;
pub mod fetch;
pub mod limits;
pub mod login;
pub mod portal;
