//! Broadsheet's engine: everything the reader does, with no window. The desktop shell and the
//! CLI are thin adapters over this crate.
//!
//! Data flows through one folder per stage: [`feeds::discover`] finds a feed →
//! [`pipeline::subscribe`] stores it in the [`store`] → [`pipeline::refresh`] fetches ([`net`])
//! and parses ([`feeds`]) many feeds at once → the [`store`] writes them and keeps the search
//! index in step → [`offline`] fetches the pages of summary-only feeds, extracts their articles
//! ([`pages`]) and keeps their images → [`reading`] shows an article from the store alone,
//! images local → lists, articles and search read it back. [`pipeline::update`] is the one
//! pipeline behind every Refresh, [`sync`] keeps a feed server's state.

pub mod error;
pub mod feeds;
pub mod image_address;
pub mod l10n;
pub mod model;
pub mod net;
pub mod offline;
pub mod pages;
pub mod paths;
pub mod pipeline;
pub mod reading;
pub mod secrets;
pub mod store;
pub mod stories;
pub mod sync;
pub mod text;

pub use error::{Error, FetchError, Result, SyncError};
pub use store::Store;
