//! The sanitizer and the reader's image rewriting: nothing that runs, navigates or loads survives.
#![no_main]
use std::collections::HashMap;

use broadsheet_engine::pages::sanitize::{image_urls, localize_images, sanitize_article};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/dom.rs"]
mod dom;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let clean = sanitize_article(&text, Some("https://news.example/a/1.html"));
    let shown = localize_images(&clean, HashMap::new());
    let _ = image_urls(&clean);
    let found = dom::dangers(&shown);
    assert!(found.is_empty(), "{found:?} survived: {shown}");
    let found: Vec<_> = dom::dangers(&clean)
        .into_iter()
        .filter(|d| !d.to_ascii_lowercase().starts_with("img[src=http"))
        .collect();
    assert!(found.is_empty(), "{found:?} survived sanitizing: {clean}");
});
