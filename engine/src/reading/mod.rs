//! What a person reads, from the store alone: an article as the reader shows it, images local
//! (`reader.rs`), and bookmarks exported as one file (`export.rs`).

pub mod export;
pub mod reader;
