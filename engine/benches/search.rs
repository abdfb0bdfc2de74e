//! Search benchmark: 100,000 stored articles, two-word queries, p50/p95/p99 latency, and the
//! database size. Run: `cargo bench -p broadsheet-engine --bench search [-- ARTICLES QUERIES]
//! [--keep DIR]`; with `--keep` the database stays in DIR (the window benchmark uses it).
//!
//! Articles are synthetic but shaped like news: a 5,000-word vocabulary drawn with a Zipf
//! distribution (so some words are everywhere and most are rare), a 40-word summary and a
//! 400-word body in paragraphs, 100 articles to a feed.

use std::time::Instant;

use broadsheet_engine::store::{FetchMeta, NewFeed};
use broadsheet_engine::Store;

mod common;
use common::{Rng, Words};

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let articles = args.first().copied().unwrap_or(100_000);
    let queries = args.get(1).copied().unwrap_or(1_000);
    let per_feed = 100;
    let news = Words::new();
    let (words, zipf) = (&news.words, &news.zipf);
    let mut rng = Rng(42);

    // `--keep DIR` writes the database there (for the window benchmark) instead of a temp dir
    let keep = std::env::args()
        .skip_while(|a| a != "--keep")
        .nth(1)
        .map(std::path::PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let dir = keep.clone().unwrap_or_else(|| temp.path().to_path_buf());
    let mut store = Store::open_in(&dir).unwrap();
    let started = Instant::now();
    let now = 1_800_000_000;
    for f in 0..articles.div_ceil(per_feed) {
        let feed_id = store
            .add_feed(&NewFeed {
                url: format!("http://bench.example/{f}.xml"),
                ..Default::default()
            })
            .unwrap()
            .id();
        let parsed = news.feed(&mut rng, f, per_feed, now);
        store
            .apply_feed(feed_id, &parsed, &FetchMeta::default(), now, 1800)
            .unwrap();
    }
    let ingest = started.elapsed();
    let stats = store.stats().unwrap();
    println!(
        "stored {} articles in {:.1} s ({:.0} articles/s); database {:.1} MiB ({:.1} KiB per article)",
        stats.articles,
        ingest.as_secs_f64(),
        stats.articles as f64 / ingest.as_secs_f64(),
        stats.database_bytes as f64 / 1048576.0,
        stats.database_bytes as f64 / 1024.0 / stats.articles as f64
    );

    // warm the cache as a running app would be
    for _ in 0..20 {
        let q = format!(
            "{} {}",
            words[zipf.sample(&mut rng)],
            words[zipf.sample(&mut rng)]
        );
        store.search(&q, 50).unwrap();
    }
    let mut times = Vec::with_capacity(queries);
    let mut hits = 0usize;
    for _ in 0..queries {
        let q = format!(
            "{} {}",
            words[zipf.sample(&mut rng)],
            words[zipf.sample(&mut rng)]
        );
        let t = Instant::now();
        hits += store.search(&q, 50).unwrap().len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "search: {queries} two-word queries (Zipf-drawn words, 50 results max), {:.1} results on average: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        hits as f64 / queries as f64,
        pct(0.50),
        pct(0.95),
        pct(0.99),
        times[times.len() - 1]
    );
}
