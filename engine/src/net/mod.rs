//! The network, for every stage that fetches: HTTP with its caps, timeouts and redirects
//! (`fetch.rs`), how many fetches run at once (`limits.rs`), and sign-in pages that answer in
//! place of what was asked (`portal.rs`).

pub mod fetch;
pub mod limits;
pub mod portal;
