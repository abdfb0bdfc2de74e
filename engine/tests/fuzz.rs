//! Bounded fuzzing of what reads hostile bytes: feed parse + normalize, OPML, the sanitizer
//! (and the reader's image rewriting), the extractor, HTML-to-text and HTML-to-Markdown. Inputs are seeds (the seed
//! story, the hostile payloads, small feeds of every format) mutated with byte flips, inserted
//! markup tokens, cuts, duplications and splices. No target may panic; sanitized output must
//! still carry nothing executable. A panic's input is saved under `fuzz-regressions/` (replayed
//! on every run) and fails the test.
//!
//! Every `cargo test` runs a small fixed budget. For a real session:
//!   BROADSHEET_FUZZ_SECS=600 cargo test --release -p broadsheet-engine --test fuzz -- --nocapture
//! Coverage-guided fuzzing of the same targets (cargo-fuzz, nightly): `engine/fuzz/README.md`;
//! what it finds is copied here as `<target>-<hash>.bin` and replayed by every run.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[path = "support/dom.rs"]
mod dom;

use broadsheet_engine::feeds::parse::parse_feed;
use broadsheet_engine::pages::extract::extract;
use broadsheet_engine::pages::sanitize::{image_urls, localize_images, sanitize_article};
use broadsheet_engine::text::{excerpt, html_to_text};

const TARGETS: &[&str] = &["feed", "opml", "sanitize", "extract", "text", "markdown"];
const TOKENS: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "&",
    "&#",
    "&#x",
    "&amp;",
    "\"",
    "'",
    "=",
    "<script>",
    "</script>",
    "<svg>",
    "<math>",
    "<style>",
    "<noscript>",
    "<template>",
    "<iframe srcdoc=\"",
    " onerror=",
    "javascript:",
    "data:",
    "<img src=",
    "<a href=",
    "<item>",
    "</item>",
    "<entry>",
    "<content type=\"html\">",
    "<description>",
    "<guid>",
    "<pubDate>",
    "{",
    "}",
    "\"items\":[",
    "\"content_html\":",
    "\0",
    "\u{202e}",
    "\u{feff}",
    "ü",
    "日本",
    "\u{1F600}",
    "<?xml version=\"1.0\" encoding=\"windows-1252\"?>",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "&a;",
    "<table><tr><td>",
    "<p>",
    "<div>",
    "<figure><img src=x><figcaption>",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut seeds: Vec<Vec<u8>> = [
        "feed.xml",
        "feed-summary-only.xml",
        "feed-dari-rtl.xml",
        "article.html",
    ]
    .iter()
    .filter_map(|f| std::fs::read(root.join("seed-story").join(f)).ok())
    .collect();
    if let Ok(payloads) = std::fs::read_to_string(root.join("hostile/payloads.txt")) {
        seeds.extend(payloads.lines().map(|l| l.as_bytes().to_vec()));
    }
    seeds.push(br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title type="html">&lt;b&gt;x</title><updated>2024-01-01T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry></feed>"#.to_vec());
    seeds.push(br#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_html":"<p>x</p>","date_published":"2024-01-01T00:00:00Z"}]}"#.to_vec());
    seeds.push(br#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item><title>i</title><link>http://x/</link></item></rdf:RDF>"#.to_vec());
    seeds
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 | 2 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            3 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(256)).min(data.len());
                let piece = data[at..end].to_vec();
                data.splice(at..at, piece);
            }
            5 => data.truncate(at),
            _ => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(512)).min(other.len());
                data.splice(at..at, other[from..end].iter().copied());
            }
        }
    }
    data
}

/// Runs one target on one input; `Err` describes a broken property (a panic is caught above).
fn run(target: &str, input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    match target {
        "feed" => {
            for ctype in [
                None,
                Some("application/rss+xml; charset=iso-8859-1"),
                Some("application/json"),
            ] {
                if let Ok(feed) =
                    parse_feed(input, ctype, "http://127.0.0.1/feed.xml", 1_800_000_000)
                {
                    for a in &feed.articles {
                        if a.guid.is_empty() {
                            return Err("an article without identity".into());
                        }
                        let _ =
                            sanitize_article(a.content.as_deref().unwrap_or(""), a.url.as_deref());
                    }
                }
            }
            Ok(())
        }
        "sanitize" => {
            let clean = sanitize_article(&text, Some("https://news.example/a/1.html"));
            let shown = localize_images(&clean, HashMap::new());
            let _ = image_urls(&clean);
            // the reader's output: nothing that runs, navigates or loads (src: none stored here)
            let found = dom::dangers(&shown);
            if !found.is_empty() {
                return Err(format!("{found:?} survived: {shown}"));
            }
            // what is stored may keep remote image addresses, nothing else
            let found: Vec<_> = dom::dangers(&clean)
                .into_iter()
                .filter(|d| !d.to_ascii_lowercase().starts_with("img[src=http"))
                .collect();
            if !found.is_empty() {
                return Err(format!("{found:?} survived sanitizing: {clean}"));
            }
            Ok(())
        }
        "extract" => {
            if let Ok(got) = extract(&text, Some("https://news.example/a/1.html")) {
                let found: Vec<_> = dom::dangers(&got.html)
                    .into_iter()
                    .filter(|d| !d.to_ascii_lowercase().starts_with("img[src=http"))
                    .collect();
                if !found.is_empty() {
                    return Err(format!("{found:?} survived extraction: {}", got.html));
                }
            }
            Ok(())
        }
        "text" => {
            let plain = html_to_text(&text);
            let _ = excerpt(&plain, 1 + input.len() % 300);
            Ok(())
        }
        "opml" => {
            if let Ok(subs) = broadsheet_engine::pipeline::opml::read_opml(&text) {
                if subs.iter().any(|s| s.url.is_empty()) {
                    return Err("a subscription without an address".into());
                }
            }
            Ok(())
        }
        "markdown" => {
            let _ = broadsheet_engine::reading::export::html_to_markdown(&text);
            Ok(())
        }
        other => Err(format!("unknown target {other}")),
    }
}

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

fn save(target: &str, input: &[u8]) -> PathBuf {
    let hash = input.iter().fold(0xcbf29ce484222325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    let path = regressions_dir().join(format!("{target}-{hash:016x}.bin"));
    let _ = std::fs::write(&path, input);
    path
}

fn check(target: &str, input: &[u8]) -> Option<String> {
    match catch_unwind(AssertUnwindSafe(|| run(target, input))) {
        Ok(Ok(())) => None,
        Ok(Err(broken)) => Some(broken),
        Err(panic) => Some(format!(
            "panic: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

#[test]
fn saved_crashes_stay_fixed() {
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(regressions_dir()).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some((target, _)) = name.split_once('-') else {
            continue;
        };
        if !TARGETS.contains(&target) {
            continue;
        }
        let input = std::fs::read(entry.path()).unwrap();
        if let Some(why) = check(target, &input) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn fuzz_every_target_within_the_budget() {
    let seeds = seeds();
    assert!(seeds.len() > 50);
    let budget = std::env::var("BROADSHEET_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_secs);
    let iterations: usize = std::env::var("BROADSHEET_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(150);
    let seed = std::env::var("BROADSHEET_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_b0a7_u64);
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let mut runs: HashMap<&str, usize> = HashMap::new();
    let mut failures = Vec::new();
    // quiet: a caught panic should not flood the output
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    'outer: for round in 0.. {
        for target in TARGETS {
            let done = match budget {
                Some(b) => started.elapsed() >= b,
                None => round >= iterations,
            };
            if done {
                break 'outer;
            }
            let input = mutate(&mut rng, &seeds);
            *runs.entry(target).or_default() += 1;
            if let Some(why) = check(target, &input) {
                let path = save(target, &input);
                failures.push(format!(
                    "{target}: {why} (input saved to {})",
                    path.display()
                ));
            }
        }
    }
    std::panic::set_hook(hook);
    eprintln!("fuzz: seed {seed}, {:?} in {:?}", runs, started.elapsed());
    assert!(failures.is_empty(), "{failures:#?}");
}

#[path = "support/shapes.rs"]
mod shapes;

/// Structure-aware fuzzing: the pathological shapes (deep nesting of every kind, many
/// siblings and attributes, huge values and text, entity tricks, deep OPML and feeds), at
/// random sizes and nested inside each other, through every target, on a 2 MiB stack: an
/// unbounded recursion anywhere aborts the test. Bounded HTML must parse no deeper than twice
/// the bound. A small budget every run; `BROADSHEET_FUZZ_SECS` for a session.
#[test]
fn pathological_shapes_through_every_target_on_a_small_stack() {
    let budget = std::env::var("BROADSHEET_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_secs);
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut rng = Rng(0xdee9_5eed);
            let started = Instant::now();
            let max_depth = 2 * broadsheet_engine::pages::html_bounds::MAX_DEPTH;
            for round in 0.. {
                match budget {
                    Some(b) if started.elapsed() >= b => break,
                    None if round >= 12 => break,
                    _ => {}
                }
                let shape = &shapes::HTML_SHAPES[rng.below(shapes::HTML_SHAPES.len())];
                let inner = &shapes::HTML_SHAPES[rng.below(shapes::HTML_SHAPES.len())];
                let n = 200 + rng.below(20_000);
                // one shape, sometimes with another inside its deepest point
                let mut html = (shape.make)(n);
                if rng.below(2) == 0 {
                    html = html.replace("deep text", &(inner.make)(200 + rng.below(5_000)));
                }
                let base = Some("https://news.example/a/1.html");
                let bounded = broadsheet_engine::pages::html_bounds::bound_html(&html);
                let depth = broadsheet_engine::pages::html_bounds::parsed_depth(&bounded);
                assert!(
                    depth <= max_depth,
                    "{} + {}: depth {depth}",
                    shape.name,
                    inner.name
                );
                let _ = extract(&html, base);
                let clean = sanitize_article(&html, base);
                let _ = localize_images(&clean, HashMap::new());
                let _ = image_urls(&clean);
                let _ = html_to_text(&html);
                let _ = broadsheet_engine::reading::export::html_to_markdown(&html);
                if round % 4 == 0 {
                    let deep = 1_000 + rng.below(60_000);
                    let subs =
                        broadsheet_engine::pipeline::opml::read_opml(&shapes::deep_opml(deep));
                    assert_eq!(subs.map(|s| s.len()).ok(), Some(1));
                    for (_, feed) in shapes::deep_feeds(1_000 + rng.below(30_000)) {
                        if let Ok(parsed) =
                            parse_feed(feed.as_bytes(), None, "http://127.0.0.1/f.xml", 0)
                        {
                            for a in &parsed.articles {
                                let _ = sanitize_article(
                                    a.content.as_deref().or(a.summary.as_deref()).unwrap_or(""),
                                    None,
                                );
                            }
                        }
                    }
                }
            }
        })
        .expect("thread")
        .join()
        .expect("no panic");
}
