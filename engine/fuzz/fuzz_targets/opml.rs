//! OPML subscription lists of any shape.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(subs) = broadsheet_engine::pipeline::opml::read_opml(&text) {
        for s in subs {
            assert!(!s.url.is_empty(), "a subscription without an address");
        }
    }
});
