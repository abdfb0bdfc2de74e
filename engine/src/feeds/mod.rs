//! Feeds in, before anything is stored: a site's address to its feed (`discover.rs`), bytes
//! to articles (`parse.rs`, with the dates feeds write in `feed_date.rs` and the pictures
//! they give beside the text in `picture.rs`), what each item's
//! text is and what the rules do to it (`rules.rs`, `prepare.rs`), and a feed's health judged
//! from its facts (`health.rs`). Nothing here reads or writes the store.

pub mod discover;
pub mod enclosures;
pub mod feed_date;
pub mod health;
pub mod parse;
pub mod picture;
pub mod prepare;
pub mod rules;
