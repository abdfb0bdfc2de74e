//! HTML to plain text, and the list's excerpt of it.
#![no_main]
use broadsheet_engine::text::{excerpt, html_to_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let plain = html_to_text(&text);
    let _ = excerpt(&plain, 1 + data.len() % 300);
});
