//! HTML to Markdown, as the bookmark export writes it.
#![no_main]
use broadsheet_engine::reading::export::html_to_markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = html_to_markdown(&String::from_utf8_lossy(data));
});
