//! How many of the pictures of article pages the reader keeps: extracts every page of the
//! folders given (`.html`, `.html.gz`, or Mozilla's `*/source.html`) and counts, in what the
//! reader would show, the pictures with a web address (the offline pass stores these), and
//! among them the stand-ins a lazily loading page puts in `src` (a placeholder, a spacer, a
//! "loading" image: `pages::lazy_images::is_stand_in`). Issue 35 asked for this number before and after `pages::lazy_images`.
//! Run: `cargo run --release -p broadsheet-engine --example lazy_images -- \
//!   ../shared/corpora/extraction/{zyte,wcxb-dev}/html ../shared/corpora/extraction/mozilla-readability`

use std::io::Read;
use std::path::{Path, PathBuf};

fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a corpus folder").flatten() {
        let path = entry.path();
        if path.join("source.html").is_file() {
            out.push(path.join("source.html"));
        } else if path.to_string_lossy().ends_with(".html")
            || path.to_string_lossy().ends_with(".html.gz")
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("a page");
    if path.extension().is_some_and(|e| e == "gz") {
        let mut text = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut text)
            .expect("gzip");
        return String::from_utf8_lossy(&text).into_owned();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: lazy_images CORPUS_DIR...");
        std::process::exit(2);
    }
    let (mut pages_seen, mut with_pictures, mut kept, mut stand_ins) = (0, 0, 0, 0);
    let src = regex::Regex::new(r#"<img [^>]*src="(https?://[^"]+)""#).expect("regex");
    for dir in &dirs {
        for page in pages(Path::new(dir)) {
            pages_seen += 1;
            let html = read(&page);
            let Ok(got) = broadsheet_engine::pages::extract::extract(
                &html,
                Some("https://corpus.example/articles/page.html"),
            ) else {
                continue;
            };
            let mut any = false;
            for found in src.captures_iter(&got.html) {
                kept += 1;
                any = true;
                if broadsheet_engine::pages::lazy_images::is_stand_in(&found[1]) {
                    stand_ins += 1;
                }
            }
            with_pictures += usize::from(any);
        }
    }
    println!(
        "{pages_seen} pages, {with_pictures} with a picture kept; {kept} pictures kept, \
         {stand_ins} of them stand-ins, {} real",
        kept - stand_ins
    );
}
