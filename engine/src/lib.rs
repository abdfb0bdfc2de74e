//! Broadsheet's engine: everything the reader does, with no window. The desktop shell and the
//! CLI are thin adapters over this crate.
//!
//! Data flows: [`discover`] finds a feed → [`store`] subscribes it → [`refresh`] fetches
//! ([`fetch`]) and parses ([`parse`]) many feeds at once → [`store`] writes each feed in one
//! transaction and keeps the search index in step → [`offline`] fetches full articles
//! ([`extract`]) and images for summary-only feeds and bookmarks → [`reader`] shows an article
//! from the store alone, images local → lists, articles and search read it back.

pub mod boilerplate;
pub mod densest;
pub mod discover;
pub mod error;
pub mod export;
pub mod extract;
pub mod feed_date;
pub mod fetch;
pub mod health;
pub mod html_bounds;
pub mod image_address;
pub mod limits;
pub mod model;
pub mod notify;
pub mod offline;
pub mod opml;
pub mod parse;
pub mod paths;
pub mod portal;
pub mod prepare;
pub mod reader;
pub mod refresh;
pub mod rules;
pub mod sanitize;
pub mod secrets;
pub mod store;
pub mod subscribe;
pub mod sync;
pub mod text;
pub mod text_blocks;
pub mod update;

pub use error::{Error, FetchError, Result, SyncError};
pub use store::Store;
