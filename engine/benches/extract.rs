//! Extraction benchmark over Mozilla Readability's test pages: time per page (in process, the
//! way refresh calls it: extraction plus sanitizing), no panic on any page, and how many titles
//! equal `expected-metadata.json`'s, and how many bylines, excerpts, site names and text
//! directions do (white space folded; "none" equals null). Run:
//! `cargo bench -p broadsheet-engine --bench extract -- "$PWD"/../shared/corpora/extraction/mozilla-readability`

use std::time::{Duration, Instant};

use broadsheet_engine::pages::extract::extract;
use broadsheet_engine::text::fold_whitespace;

fn main() {
    let Some(corpus) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: extract CORPUS_DIR (Mozilla Readability's test-pages folder)");
        std::process::exit(2);
    };
    let mut pages: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    pages.sort();
    let base = "http://fakehost/test/page.html";
    let mut times = Vec::with_capacity(pages.len());
    let (mut same, mut same_folded, mut failed, mut panicked) = (0, 0, 0, 0);
    // byline, excerpt, site name, dir
    let mut metadata = [0usize; 4];
    let fields = ["byline", "excerpt", "siteName", "dir"];
    for page in &pages {
        let html = std::fs::read(page.join("source.html")).expect("source.html");
        let html = String::from_utf8_lossy(&html).into_owned();
        let expected: serde_json::Value =
            std::fs::read_to_string(page.join("expected-metadata.json"))
                .ok()
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default();
        let want = expected["title"].as_str().unwrap_or("").to_string();
        // one warm-up run, then the best of three (the machine's noise is not the extractor's)
        let run = || std::panic::catch_unwind(|| extract(&html, Some(base)));
        let _ = run();
        let mut best = Duration::MAX;
        let mut result = None;
        for _ in 0..3 {
            let started = Instant::now();
            let r = run();
            best = best.min(started.elapsed());
            result = Some(r);
        }
        times.push(best);
        match result.expect("ran") {
            Err(_) => panicked += 1,
            Ok(Err(_)) => failed += 1,
            Ok(Ok(got)) => {
                if got.title == want {
                    same += 1;
                }
                if fold_whitespace(&got.title) == fold_whitespace(&want) {
                    same_folded += 1;
                }
                let ours = [&got.byline, &got.excerpt, &got.site_name, &got.dir];
                for (i, field) in fields.iter().enumerate() {
                    let want = expected[field]
                        .as_str()
                        .map(fold_whitespace)
                        .filter(|s| !s.is_empty());
                    if ours[i].as_deref().map(fold_whitespace) == want {
                        metadata[i] += 1;
                    }
                }
            }
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() as f64 - 1.0) * q).round() as usize]);
    let n = pages.len();
    println!(
        "{n} pages: median {:.2} ms, p90 {:.2} ms, max {:.2} ms per page; {panicked} panics, {failed} without an article; titles equal {same} ({:.1}%), equal after folding white space {same_folded} ({:.1}%)",
        at(0.5),
        at(0.9),
        at(1.0),
        100.0 * same as f64 / n as f64,
        100.0 * same_folded as f64 / n as f64
    );
    let line: Vec<String> = fields
        .iter()
        .zip(metadata)
        .map(|(f, k)| format!("{f} {k}/{n}"))
        .collect();
    println!("metadata equal to expected: {}", line.join(", "));
}
