//! Reads feed files named on standard input (one per line: `PATH` or `PATH<TAB>CONTENT-TYPE`)
//! and prints, per file, one JSON line with what Broadsheet's parser made of it: the feed's
//! title and each item's title, or the error. For comparing with other parsers over a corpus
//! (`bench/feeds-vs-feedparser.py`); not part of the app.
//! Run: `cargo run --release -p broadsheet-engine --example parse_corpus < list.txt`.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let (path, content_type) = match line.split_once('\t') {
            Some((p, c)) => (p.to_string(), Some(c.to_string())),
            None => (line.clone(), None),
        };
        let record = match std::fs::read(&path) {
            Err(e) => serde_json::json!({ "path": path, "error": e.to_string() }),
            Ok(bytes) => match broadsheet_engine::feeds::parse::parse_feed(
                &bytes,
                content_type.as_deref(),
                "http://corpus.example/feed",
                1_800_000_000,
            ) {
                Ok(feed) => serde_json::json!({
                    "path": path,
                    "title": feed.title,
                    "items": feed.articles.iter().map(|a| &a.title).collect::<Vec<_>>(),
                    "links": feed.articles.iter().map(|a| &a.url).collect::<Vec<_>>(),
                    // the "fetch the pages" decision (engine::feeds::parse::looks_summary_only)
                    "summary_only": feed.summary_only,
                }),
                Err(e) => serde_json::json!({ "path": path, "error": e.to_string() }),
            },
        };
        let _ = writeln!(out, "{record}");
    }
}
