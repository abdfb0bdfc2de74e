//! What the reader does with feeds, through the store: subscribing (`subscribe.rs`), a feed's
//! sign-in and User-Agent (`feed_access.rs`), refreshing many feeds at once (`refresh.rs`), OPML in and out (`opml.rs`), what a refresh announces
//! (`notify.rs`), and the one pipeline behind every Refresh (`update.rs`: sync, feeds,
//! notifications, retention, the offline pass).

pub mod feed_access;
pub mod notify;
pub mod opml;
pub mod refresh;
pub mod subscribe;
pub mod update;
