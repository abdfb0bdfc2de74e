//! Why a page gave no full article, as the catalog names it: the ids the offline pass stores
//! with an article (`offline/pages.rs`, `pages/extract.rs` give them) and the reader says
//! (`reading/reader.rs`).

/// The ids of a page's own failures (`page-*`); a stored failure may also be the network's
/// ([`crate::error::NET_FAILURES`]). Anything else an older version stored (English) is shown
/// as `as-stored`.
pub const PAGE_FAILURES: &[&str] = &[
    "page-unprocessed",
    "page-no-page",
    "page-not-html",
    "page-no-article-found",
    "page-extractor-failed",
    "page-too-slow",
    "page-not-this-article",
    "page-not-this-article-titled",
    "page-too-short",
    "page-links",
    "page-short-lines",
];

/// The failures that say the page came but was not this article (the rest: it did not come).
pub const NOT_THE_ARTICLE: &[&str] = &[
    "page-no-article-found",
    "page-not-this-article",
    "page-not-this-article-titled",
    "page-too-short",
    "page-links",
    "page-short-lines",
];
