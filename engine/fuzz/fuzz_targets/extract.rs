//! The article extractor on any page: no panic, nothing executable in what it keeps.
#![no_main]
use broadsheet_engine::pages::extract::extract;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/dom.rs"]
mod dom;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(got) = extract(&text, Some("https://news.example/a/1.html")) {
        let found: Vec<_> = dom::dangers(&got.html)
            .into_iter()
            .filter(|d| !d.to_ascii_lowercase().starts_with("img[src=http"))
            .collect();
        assert!(found.is_empty(), "{found:?} survived extraction: {}", got.html);
    }
});
